"""Limits in Dutch messages are written the Dutch way (1.000.000.000.000, 0,5), in English the
English way (1,000,000,000,000)."""

from __future__ import annotations

import pytest

from evaluator.core import fileformat
from evaluator.core.error_text import dutch_number, settings_error
from evaluator.core.model import Evaluation


def _problems(**fees: float) -> fileformat.EvaluationFileError:
    data = fileformat.to_data(Evaluation.new("x"))
    data["offer"]["fees"].update(fees)
    with pytest.raises(fileformat.EvaluationFileError) as info:
        fileformat.from_data(data)
    return info.value


def test_a_sanity_cap_in_dutch_uses_dots_for_thousands():
    error = _problems(signup=5e12)  # the cap on an amount is 10^12
    assert error.render("nl") == "offer.fees.signup: mag hoogstens 1.000.000.000.000 zijn"
    assert error.render("en") == "offer.fees.signup: must be at most 1,000,000,000,000"


@pytest.mark.parametrize("english, dutch", [
    ("1,000,000,000,000", "1.000.000.000.000"),
    ("0.5", "0,5"),
    ("1,234.5", "1.234,5"),
    ("-3.25", "-3,25"),
    ("12", "12"),
    ("abc", "abc"),      # not a number: unchanged
    ("1.5.2", "1.5.2"),  # not a number written the English way: unchanged
])
def test_dutch_number(english, dutch):
    assert dutch_number(english) == dutch


def test_simulation_limits_in_dutch():
    assert settings_error("simulation.churn_percent: must be between 0.5 and 1,000", "nl") == \
        "simulation.churn_percent: moet tussen 0,5 en 1.000 liggen"

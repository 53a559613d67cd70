"""One vocabulary (evaluator.core.labels): every choice of the model and every category the core
produces has an English and a Dutch name there, the orders are defined once, and the verdict's
comparison uses the red flags' own thresholds."""

from __future__ import annotations

import inspect
import re
from typing import get_args

from evaluator.core import labels, model, model_v1, redflags, verdict
from evaluator.core.income import IncomeSplit
from evaluator.core.projection import project, typical
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded

from .simresults import sim_result

# The model's Literal types, by the field the vocabulary keys them under.
MODEL_CHOICES = {
    "Offer.kind": model.Kind,
    "Payout.retail_mode": model.RetailMode,
    "Payout.plan": model_v1.PlanType,
    "Payout.commission_basis": model.CommissionBasis,
    "Training.focus": model.TrainingFocus,
    "Disclosure.basis": model.DisclosureBasis,
    "SimulationSettings.attachment": model.Attachment,
    # format version 2 (SPEC 8.2)
    "PayoutPlan.retail_mode": model.RetailMode,
    "Component.basis": model.CommissionBasis,
    "Disclosure.period": model.Period,
    "Disclosure.share_nothing_basis": model.ShareNothingBasis,
}
# SPEC 8.1 (format version 2).
COMPONENT_TYPES = {"unilevel", "binary", "matrix", "stairstep", "matching", "fast_start",
                   "recruit_bonus", "rank_bonus"}
COMPRESSION = {"none", "standard", "dynamic"}


def test_every_model_choice_has_a_label_and_a_text_in_both_languages():
    for field, literal in MODEL_CHOICES.items():
        assert set(labels.CHOICES[field]) == set(get_args(literal)), field
    assert set(labels.CHOICES["Component.type"]) == COMPONENT_TYPES
    assert set(labels.CHOICES["Component.compression"]) == COMPRESSION
    for field, values in labels.CHOICES.items():
        for value, choice in values.items():
            for en, nl in (choice.label, choice.text):
                assert en.strip() and nl.strip(), (field, value)


def test_a_value_shared_by_two_fields_reads_the_same_unless_the_field_is_named():
    # 'none' is a retail mode, a plan and a compression; without a field the first (the retail
    # mode's 'None') is used, with the field its own words.
    assert labels.choice_label("none", "nl") == "Geen"
    assert labels.choice_label("none", "en", "Component.compression") == "None (a lost level stays lost)"
    assert labels.choice_label("binary", "nl") == labels.choice_label("binary", "nl", "Component.type")


def test_label_for_a_list_and_text_for_a_sentence():
    assert labels.choice_label("mlm", "en") == "Multi-level marketing (MLM)"
    assert labels.choice_text("mlm", "en") == "multi-level marketing"
    assert labels.choice_label("dealer", "nl") == "Dealer- of wederverkopersnetwerk"
    assert labels.choice_text("earners", "nl", "Disclosure.basis") == "alleen wie iets verdiende"
    assert labels.choice_label("something_new", "nl") == "something_new"  # unknown: itself
    assert labels.choice_label(None, "en") == ""


def test_orders_are_defined_once_and_match_the_core_types():
    assert labels.VERDICT_LEVELS == get_args(labels.Level) == verdict.LEVELS
    assert labels.SEVERITIES == get_args(labels.Severity) == redflags.SEVERITIES
    assert labels.VERDICT_ORDER == {"likely_pyramid": 0, "high_risk": 1, "caution": 2, "lower_risk": 3}
    assert [labels.severity_rank(s) for s in ("info", "serious", "warning", "odd")] == [2, 0, 1, 3]
    assert labels.verdict_rank(None) == 4
    assert set(labels.VERDICT_LABELS) == set(labels.VERDICT_LEVELS)
    assert set(labels.SEVERITY_LABELS) == set(labels.SEVERITIES)
    assert set(labels.BASIS_COUNTS) == set(get_args(model.DisclosureBasis))


def test_no_module_keeps_its_own_copy_of_the_orders():
    """The orders and the choice names live in labels.py only (they were in four places)."""
    from pathlib import Path

    root = Path(labels.__file__).resolve().parents[1]
    copies = []
    for path in root.rglob("*.py"):
        if path.name == "labels.py":
            continue
        text = path.read_text("utf-8")
        if re.search(r'"serious":\s*0|"likely_pyramid":\s*0|"lower_risk":\s*3', text):
            copies.append(str(path.relative_to(root)))
        if re.search(r'\(\s*"likely_pyramid",\s*"high_risk",\s*"caution",\s*"lower_risk"\s*\)', text):
            copies.append(str(path.relative_to(root)))
        if '"Unilevel (a percentage per level)"' in text:
            copies.append(str(path.relative_to(root)))
    assert copies == []


def test_leaning_phrase_in_both_languages():
    assert labels.leans_text("pyramid", "en") == "leans like a pyramid"
    assert labels.leans_text("network_marketing", "nl") == "neigt als netwerkmarketing"
    # "leans unclear" / "neigt onduidelijk" were not sentences (session 11)
    assert labels.leans_text(None, "en") == "leans neither way (unclear)"
    assert labels.leans_text("unclear", "nl") == "neigt geen kant op (onduidelijk)"


# ----------------------------------------------------------------------------------------------
# verdict.compare reads the red flags' thresholds


def _aspects(split: IncomeSplit, simulation=None) -> dict[str, str]:
    ev = _from_data({"format": "opportunity-evaluation", "version": 1,
                                    "offer": {"name": "x"}})
    proj = project(ev)
    aspects = verdict.compare(ev, proj, typical(ev), [], split, "en", simulation)
    return {a.key: a.leans for a in aspects}


def test_source_of_income_leans_to_pyramid_exactly_where_the_red_flag_fires():
    # recruitment share = 100 * recruitment / (outside + recruitment)
    at = IncomeSplit(outside=50.0, recruitment=50.0, basis="projection")      # 50%: not "primarily"
    above = IncomeSplit(outside=49.0, recruitment=51.0, basis="projection")   # 51%
    assert at.recruitment_percent == redflags.PRIMARILY_PERCENT
    assert _aspects(at)["source_of_income"] == "network_marketing"
    assert _aspects(above)["source_of_income"] == "pyramid"


def test_compensation_model_uses_the_top_weighted_threshold():
    split = IncomeSplit(outside=1.0, recruitment=0.0, basis="projection")
    # (with most of everyone ending with a profit: else it leans neither way, session 11)
    at = sim_result(top1_share_percent=redflags.TOP1_PERCENT, everyone_share_profitable_percent=60.0)  # 50%: flag does not fire
    above = sim_result(top1_share_percent=redflags.TOP1_PERCENT + 0.1)  # 50.1%: it does
    assert _aspects(split, at)["compensation_model"] == "network_marketing"
    assert _aspects(split, above)["compensation_model"] == "pyramid"


def test_compare_has_no_bare_thresholds():
    source = inspect.getsource(verdict.compare)
    assert not re.search(r"[<>]=?\s*50\b", source), "use the named thresholds of redflags"

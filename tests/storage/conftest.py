"""Shared helpers for the library tests: a fresh library file per test, sample evaluations."""

from __future__ import annotations

import pytest

from evaluator.core.model import Evaluation
from evaluator.storage import Library


def make_ev(name: str, company: str = "", kind: str = "other", signup: float = 0.0) -> Evaluation:
    ev = Evaluation.new(name)
    ev.offer.company = company
    ev.offer.kind = kind
    ev.offer.fees.signup = signup
    return ev


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "library.sqlite3"


@pytest.fixture
def lib(db_path):
    library = Library.open(db_path)
    yield library
    library.close()

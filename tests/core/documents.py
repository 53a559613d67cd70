"""Small evaluation documents for the tests of the file format and the model, and the problems
the file format reports for a document it refuses."""

from __future__ import annotations

from typing import Any

import pytest

from evaluator.core.fileformat import EvaluationFileError, from_data


def v1(**offer: Any) -> dict[str, Any]:
    """A minimal valid version-1 document with these ``offer`` keys patched in."""
    return {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X", **offer}}


def v2(offer: dict[str, Any] | None = None, **sections: Any) -> dict[str, Any]:
    """A minimal valid version-2 document with these ``offer`` keys and top-level sections."""
    return {"format": "opportunity-evaluation", "version": 2, "offer": {"name": "X", **(offer or {})},
            **sections}


def problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, code) of every problem the file format refuses ``data`` with (it must refuse it)."""
    with pytest.raises(EvaluationFileError) as info:
        from_data(data)
    return [(p.path, p.code) for p in info.value.problems]


def one_problem(data: dict[str, Any]) -> Any:
    """The one problem the file format refuses ``data`` with (it must refuse it for exactly one)."""
    with pytest.raises(EvaluationFileError) as info:
        from_data(data)
    assert len(info.value.problems) == 1, info.value.render()
    return info.value.problems[0]

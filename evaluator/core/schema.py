"""The JSON Schema of the ``.oppeval`` format, generated from the model (one source of truth).

``python -m evaluator.core.schema`` rewrites ``resources/schema/oppeval-v1.schema.json``;
``tests/core/test_schema.py`` fails when the committed file and the model drift apart.

The schema describes structure, types, limits and enumerations. A few rules are checked by the
loader only: NaN/Infinity (not JSON anyway), tier shares adding up to 100 (±1), market_size at least
existing_participants, and whole numbers written as 12.0 (accepted by the loader, not the schema).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .model import FORMAT_VERSION, Evaluation

SCHEMA_ID = "https://github.com/opportunity-evaluator/opportunity-evaluator/resources/schema/oppeval-v1.schema.json"
SCHEMA_FILENAME = f"oppeval-v{FORMAT_VERSION}.schema.json"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an evaluation file, format version 1."""
    schema = Evaluation.model_json_schema(mode="validation")
    head = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"Opportunity Evaluator evaluation file (.oppeval), format version {FORMAT_VERSION}",
    }
    schema.pop("title", None)
    return {**head, **schema}


def schema_text() -> str:
    """The schema as the committed file's text (stable key order, trailing newline)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def default_path() -> Path:
    from ..resources import resource_path

    return resource_path("schema", SCHEMA_FILENAME)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    from .fileformat import atomic_write_bytes

    atomic_write_bytes(path, schema_text().encode("utf-8"))
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

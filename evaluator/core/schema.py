"""The JSON Schemas of the ``.oppeval`` format, generated from the models (one source of truth).

Version 2 (the format the app writes) is generated from :mod:`evaluator.core.model`, version 1
(still read, then upgraded) from the frozen :mod:`evaluator.core.model_v1`; both are published
beside each other in ``resources/schema/`` (``oppeval-v1.schema.json`` stays byte-identical).
``python -m evaluator.core.schema`` rewrites both; ``tests/core/test_schema.py`` fails when a
committed file and its model drift apart.

The schema describes structure, types, limits and enumerations. A few rules are checked by the
loader only: NaN/Infinity (not JSON anyway), tier shares adding up to 100 (±1), market_size at least
existing_participants, whole numbers written as 12.0 (accepted by the loader, not the schema) and,
in version 2, the plan's cross-field rules (each component type once, rank names that exist,
unique rank names, a matrix's levels within its depth) and autoship_amount agreeing with
monthly_volume.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from . import model_v1
from .model import FORMAT_VERSION, Evaluation

_ID = "https://github.com/opportunity-evaluator/opportunity-evaluator/resources/schema/oppeval-v{}.schema.json"
SCHEMA_ID = _ID.format(FORMAT_VERSION)
SCHEMA_FILENAME = f"oppeval-v{FORMAT_VERSION}.schema.json"
VERSIONS = (1, 2)
_MODELS: dict[int, type[BaseModel]] = {1: model_v1.Evaluation, 2: Evaluation}


def filename(version: int = FORMAT_VERSION) -> str:
    return f"oppeval-v{version}.schema.json"


def json_schema(version: int = FORMAT_VERSION) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an evaluation file of this format version."""
    schema = _MODELS[version].model_json_schema(mode="validation")
    head = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _ID.format(version),
        "title": f"Opportunity Evaluator evaluation file (.oppeval), format version {version}",
    }
    schema.pop("title", None)
    return {**head, **schema}


def schema_text(version: int = FORMAT_VERSION) -> str:
    """The schema as the committed file's text (stable key order, trailing newline)."""
    return json.dumps(json_schema(version), ensure_ascii=False, indent=2) + "\n"


def default_path(version: int = FORMAT_VERSION) -> Path:
    from ..resources import resource_path

    return resource_path("schema", filename(version))


def main(argv: list[str] | None = None) -> int:
    """With a path: write the current version's schema there; without: rewrite every version's
    committed file. ``--help`` explains this; any other option is refused (exit 2)."""
    import argparse

    from .fileformat import atomic_write_bytes

    parser = argparse.ArgumentParser(
        prog="python -m evaluator.core.schema",
        description="Write the JSON Schema of the evaluation file. Without a path, rewrite the "
                    "committed schema of every format version under resources/schema.")
    parser.add_argument("path", nargs="?", help="write the current version's schema to this file instead")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    targets = ([(Path(args.path), FORMAT_VERSION)] if args.path
               else [(default_path(v), v) for v in VERSIONS])
    for path, version in targets:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, schema_text(version).encode("utf-8"))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

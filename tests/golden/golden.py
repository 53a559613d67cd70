"""Golden outputs of the bundled examples: ``analyze --json``, ``simulate --json`` (without
``elapsed_s``) and the PDF's text, in both languages.

Refactors must not change a figure; ``tests/golden/test_golden.py`` compares against the files in
``tests/fixtures/golden/``. When a figure changes on purpose, regenerate with
``.venv/bin/python -m tests.golden.golden`` and list the change in CHANGELOG.md.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import tempfile
import unicodedata
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"
GOLDEN = ROOT / "tests" / "fixtures" / "golden"
LANGS = ("en", "nl")
REPORT_DAY = dt.date(2026, 1, 15)


def examples() -> list[Path]:
    return sorted(EXAMPLES.glob("*.oppeval"))


def _cli_json(argv: list[str]) -> dict:
    from evaluator.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        code = main(argv)
    assert code == 0, f"{argv}: exit {code}"
    return json.loads(out.getvalue())


def analyze_json(path: Path, lang: str) -> dict:
    data = _cli_json(["analyze", str(path), "--json", "--lang", lang])
    if data.get("simulation"):  # SPEC 9.3: analyze includes the simulation; its clock varies
        data["simulation"].pop("elapsed_s", None)
    return data


def simulate_json(path: Path) -> dict:
    data = _cli_json(["simulate", str(path), "--json"])
    data.pop("elapsed_s", None)
    return data


def report_text(path: Path, lang: str) -> str:
    import pypdf

    from evaluator.core import fileformat
    from evaluator.report import PreparedReport, ensure_qt_app

    ensure_qt_app()
    evaluation = fileformat.load(path)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.pdf"
        PreparedReport(evaluation, lang, today=REPORT_DAY).write_pdf(out, "a4")
        reader = pypdf.PdfReader(str(out))
        text = " ".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def golden_name(path: Path, what: str, lang: str | None = None) -> Path:
    suffix = f".{lang}" if lang else ""
    ext = "txt" if what == "report" else "json"
    return GOLDEN / f"{path.stem}.{what}{suffix}.{ext}"


def dump(data) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def regenerate() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for path in examples():
        for lang in LANGS:
            golden_name(path, "analyze", lang).write_text(dump(analyze_json(path, lang)), "utf-8")
            golden_name(path, "report", lang).write_text(report_text(path, lang) + "\n", "utf-8")
        golden_name(path, "simulate").write_text(dump(simulate_json(path)), "utf-8")
        print("golden:", path.name, file=sys.stderr)


if __name__ == "__main__":
    regenerate()

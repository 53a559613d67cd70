"""Every Qt translation source in resources/i18n is complete, and its compiled .qm matches it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*.ts"))


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            yield name, message.findtext("source"), translation, forms


def test_there_are_translation_sources():
    assert any(ts.name == "shell_nl.ts" for ts in TS_FILES)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_or_empty_dutch_translation(ts):
    if not ts.stem.endswith("_nl"):
        pytest.skip("not a Dutch translation")
    bad = []
    for context, source, translation, forms in messages(ts):
        text = " ".join(forms) if forms else (translation.text or "")
        if translation.get("type") == "unfinished" or not text.strip():
            bad.append(f"{context}: {source!r}")
    assert not bad, f"{ts.name}: {len(bad)} unfinished Dutch translation(s):\n" + "\n".join(bad[:30])


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_compiled_qm_matches_its_source(ts, qapp):
    """The .qm exists and gives, for every message, the translation the .ts holds (so a stale
    .qm, compiled before the latest edit of the .ts, fails here)."""
    from PySide6.QtCore import QTranslator

    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} is missing: run pyside6-lrelease {ts.name} -qm {qm.name}"
    translator = QTranslator()
    assert translator.load(str(qm))
    stale = []
    for context, source, translation, forms in messages(ts):
        if forms:
            continue  # plural forms depend on n; their presence is checked above
        expected = translation.text or ""
        got = translator.translate(context, source)
        if got != expected:
            stale.append(f"{context}: {source!r} -> {got!r}, .ts has {expected!r}")
    assert not stale, f"{qm.name} is out of date with {ts.name}:\n" + "\n".join(stale[:20])


SHELL_SOURCES = ["app.py", "main_window.py", "library_view.py", "settings.py", "dialogs.py",
                 "widgets.py", "undo.py", "editor/fields.py", "editor/tables.py", "editor/form.py",
                 "editor/choices.py", "editor/plan_editor.py", "editor/messages.py"]


def test_shell_ts_has_every_string_of_the_shell_code(tmp_path):
    """A string added to the shell code without re-running lupdate would show up in English."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if not found:
            pytest.skip("pyside6-lupdate not installed")
        lupdate = Path(found)
    ui = Path(__file__).resolve().parent.parent / "evaluator" / "ui"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *[str(ui / s) for s in SHELL_SOURCES], "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=60)
    have = {(c, s) for c, s, _t, _f in messages(I18N / "shell_nl.ts")}
    missing = [f"{c}: {s!r}" for c, s, _t, _f in messages(fresh) if (c, s) not in have]
    assert not missing, "run lupdate and translate:\n" + "\n".join(missing[:30])

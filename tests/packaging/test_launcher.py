"""The frozen program's entry point and its OPPEVAL_BUNDLE_CHECK self-report (run unfrozen here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .helpers import PACKAGING, ROOT, load_bundle_tools, pyproject_version

bt = load_bundle_tools()


def run_launcher(*args: str, **env_extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
    return subprocess.run([sys.executable, str(PACKAGING / "launcher.py"), *args], cwd=PACKAGING.parent.parent,
                          env=env, capture_output=True, text=True, timeout=120)


def test_launcher_is_the_command_line():
    result = run_launcher("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"opportunity-evaluator {pyproject_version()}"


def test_self_report_from_a_source_checkout():
    result = run_launcher(OPPEVAL_BUNDLE_CHECK="1")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["frozen"] is False
    assert Path(report["resource_dir"]) == ROOT / "resources"
    assert report["examples"] == sorted(p.name for p in (ROOT / "resources" / "examples").glob("*.oppeval"))
    assert report["app_translations"] == sorted(p.name for p in (ROOT / "resources" / "i18n").glob("*.qm"))
    assert report["icon"] is True and "svg" in report["image_formats"]
    assert report["matplotlib_backends"] == {"agg": True, "svg": True, "pdf": True, "qtagg": True}
    assert report["font_families"] > 0, "no fonts: Qt would draw boxes and write PDFs without text"


def good_report(bundle: Path) -> dict:
    return {"frozen": True, "resource_dir": str(bundle / "_internal" / "evaluator" / "resources"),
            "examples": ["a.oppeval"], "app_translations": ["shell_nl.qm"], "icon": True, "qtbase_nl": True,
            "font_families": 12, "image_formats": ["png", "svg"],
            "matplotlib_backends": {"agg": True, "qtagg": True}}


def fake_bundle(tmp_path) -> Path:
    resources = tmp_path / "bundle" / "_internal" / "evaluator" / "resources"
    (resources / "i18n").mkdir(parents=True)
    (resources / "i18n" / "shell_nl.qm").write_bytes(b"qm")
    return tmp_path / "bundle"


def test_self_report_problems_accepts_a_complete_bundle(tmp_path):
    bundle = fake_bundle(tmp_path)
    assert bt.self_report_problems(good_report(bundle), bundle, [Path("x/a.oppeval")]) == []


def test_self_report_problems_names_each_defect(tmp_path):
    bundle = fake_bundle(tmp_path)
    report = good_report(bundle) | {
        "frozen": False, "resource_dir": "/work/src/resources", "examples": [], "qtbase_nl": False,
        "font_families": 0, "image_formats": ["png"],
        "matplotlib_backends": {"agg": True, "qtagg": "ModuleNotFoundError: No module named 'unittest'"}}
    problems = bt.self_report_problems(report, bundle, [Path("x/a.oppeval")])
    assert problems == [
        "the program does not know it is frozen",
        "resources found outside the bundle: /work/src/resources",
        "the program sees examples [], the bundle has ['a.oppeval']",
        "Qt's own Dutch translation is missing from None",
        "Qt finds no fonts: PDFs would have no text (install fonts-dejavu-core)",
        "Qt's SVG image plugin is missing (the icon is an SVG)",
        "matplotlib backend qtagg: ModuleNotFoundError: No module named 'unittest'",
    ]

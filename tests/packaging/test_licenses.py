"""The bundle ships the licences of everything in it (Qt and PySide6 are LGPL-3.0)."""

from __future__ import annotations

from .helpers import load_bundle_tools

bt = load_bundle_tools()


def test_collect_licenses_covers_the_app_python_and_every_runtime_dependency(tmp_path):
    target = bt.collect_licenses(tmp_path)
    readme = (target / "README.txt").read_text().splitlines()
    names = {line.split(" ")[0].lower().replace("_", "-") for line in readme[2:] if line}
    assert {"opportunity-evaluator", "python", "pyside6-essentials", "shiboken6", "matplotlib", "numpy",
            "pydantic", "pydantic-core", "sqlite-utils", "platformdirs"} <= names
    assert "pip" not in names  # required by a requirement, but not shipped
    assert "MIT License" in (target / "opportunity-evaluator" / "LICENSE").read_text()
    (pyside,) = target.glob("PySide6_Essentials-*")
    assert "LGPL" in (pyside / "NOTE.txt").read_text()
    (numpy,) = target.glob("numpy-*")
    assert "LICENSE.txt" in {p.name for p in numpy.iterdir()}
    assert all(line.split(": ", 1)[1].strip() for line in readme[2:] if line), "every entry names its licence"

"""Locate bundled resources (examples, translations, icons, schema).

Installed wheels carry them inside the package (``evaluator/resources``); a source checkout
keeps them at the top level (``resources/``); a PyInstaller bundle puts them under
``evaluator/resources`` next to the frozen package. Never rely on the working directory.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir() -> Path:
    inside = _PACKAGE_DIR / "resources"
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def example_paths() -> list[Path]:
    return sorted(resource_path("examples").glob("*.oppeval"))

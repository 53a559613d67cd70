"""One non-modal help window per main window: find it, switch its language, show it in front.

The glossary and the user guide are both "one per parent window, non-modal, reused and brought to
the front"; this module owns that rule so the two (and any later help window) cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from ..core.i18n import norm_lang


W = TypeVar("W", bound=QWidget)


def reuse_or_create(parent: QWidget | None, cls: type[W], lang: str,
                    make: Callable[[str, QWidget | None], W]) -> W:
    """The parent's existing ``cls`` window in language ``lang`` (switched if needed), or a new
    one made by ``make(lang, parent)``."""
    window = parent.findChild(cls) if parent is not None else None
    if window is None:
        return make(lang, parent)
    if getattr(window, "lang", None) != norm_lang(lang):
        window.set_lang(lang)  # type: ignore[attr-defined]
    return window


def bring_to_front(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()

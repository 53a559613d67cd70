"""Readable names for the model's choice values in the editor's lists (the file keeps the keys).

The words live in the core's vocabulary (``evaluator.core.labels.CHOICES``), shared with the PDF
and the command line; this module only picks the interface's language.
"""

from __future__ import annotations

from ...core import labels


def choice_label(value: str | None, lang: str | None = None, field: str | None = None) -> str:
    """The name of ``value`` to pick it from a list, in ``lang`` (default: the UI's language);
    ``field`` ("Offer.kind") picks that field's wording where two fields share a value."""
    if lang is None:
        from ..format import ui_language

        lang = ui_language()
    return labels.choice_label(value, lang, field)

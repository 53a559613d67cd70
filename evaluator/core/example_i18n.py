"""The bundled examples' texts in the interface language (Qt-free).

The example files (``resources/examples/*.oppeval``) are written in English and stay as they are
on disk. Beside them, ``resources/examples/nl.json`` holds their Dutch texts: file name ->
{field path -> Dutch}, field paths as the file format writes them (``offer.name``,
``offer.disclosure.tiers[2].name``). This module owns reading that table and applying it: when
an example is listed or opened in the Dutch interface the caller passes its document through
:func:`localize` (or asks :func:`text` for one field). English, a file the table does not know,
or a path the document does not have leave the document unchanged; a missing or unreadable
table means English everywhere (logged once), never an error.

Only plain texts are translated: names, notes, tier names, sources, the recruiter's words. Rank
names are not: the payout plan refers to ranks by name.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from functools import lru_cache
from typing import Any

from ..resources import resource_path
from .i18n import norm_lang

log = logging.getLogger(__name__)

LANGUAGES = ("nl",)  # the languages with a table (English is the files' own)
_STEP = re.compile(r"([A-Za-z_]\w*)(?:\[(\d+)\])?")


@lru_cache(maxsize=None)
def table(lang: str) -> dict[str, dict[str, str]]:
    """The translation table of ``lang``: {file name: {field path: text}}; {} for English."""
    lang = norm_lang(lang)
    if lang not in LANGUAGES:
        return {}
    path = resource_path("examples", f"{lang}.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("the examples' %s texts (%s) cannot be read; the examples stay English", lang, path,
                    exc_info=True)
        return {}
    out: dict[str, dict[str, str]] = {}
    if isinstance(raw, dict):
        for name, fields in raw.items():
            if name.startswith("_") or not isinstance(fields, dict):
                continue
            out[name] = {str(k): v for k, v in fields.items() if isinstance(v, str)}
    return out


def _steps(path: str) -> list[tuple[str, int | None]] | None:
    steps: list[tuple[str, int | None]] = []
    for part in path.split("."):
        match = _STEP.fullmatch(part)
        if not match:
            return None
        steps.append((match.group(1), None if match.group(2) is None else int(match.group(2))))
    return steps


def _set(data: Any, path: str, value: str) -> bool:
    """Replace the text at ``path`` in ``data``; False (nothing changed) where there is none."""
    steps = _steps(path)
    if not steps:
        return False
    node = data
    for i, (key, index) in enumerate(steps):
        last = i == len(steps) - 1
        if not isinstance(node, dict) or key not in node:
            return False
        if index is None:
            if last:
                if not isinstance(node[key], str):
                    return False
                node[key] = value
                return True
            node = node[key]
            continue
        items = node[key]
        if not isinstance(items, list) or not 0 <= index < len(items):
            return False
        if last:
            if not isinstance(items[index], str):
                return False
            items[index] = value
            return True
        node = items[index]
    return False


def localize(data: dict[str, Any], file_name: str, lang: str) -> dict[str, Any]:
    """A copy of an example's document with its texts in ``lang`` (the same document for English
    or an example the table does not know)."""
    fields = table(lang).get(file_name)
    if not fields:
        return data
    out = copy.deepcopy(data)
    for path, text in fields.items():
        _set(out, path, text)
    return out


def text(file_name: str, path: str, lang: str, default: str) -> str:
    """One field's text in ``lang`` (``default``, the file's own, where the table has none)."""
    value = table(lang).get(file_name, {}).get(path)
    return value if value is not None else default


__all__ = ["LANGUAGES", "localize", "table", "text"]

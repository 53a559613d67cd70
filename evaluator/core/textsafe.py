"""Text from a file made safe to show: bidi controls neutralised, echoes clipped.

Owns two small functions used wherever user text is echoed (messages, the command line, the PDF,
the window title):

* :func:`plain_text` removes the Unicode bidi embedding, override and isolate controls
  (U+202A–U+202E, U+2066–U+2069) that would reorder what a reader sees (a name ending in
  ``\\u202eFDP.exe`` shows as ``exe.PDF``), and replaces lone surrogates (which no encoder can
  write) with U+FFFD;
* :func:`clip` shortens a text to a number of characters with "…";
* :func:`file_stem` turns a name (an offer's, a chart's) into a safe default file name.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def plain_text(text: str) -> str:
    """``text`` without bidi controls and with lone surrogates as U+FFFD."""
    if not text:
        return text
    text = _BIDI.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


def clip(text: str, limit: int = 80) -> str:
    """At most ``limit`` characters: longer text is cut and ends in "…"."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


__all__ = ["BIDI_CONTROLS", "clip", "plain_text"]


_NOT_IN_FILE_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def file_stem(name: str, fallback: str, limit: int = 80) -> str:
    """A file name without extension from ``name``: characters no file system accepts become a
    space, runs of spaces one, no leading or trailing dot or space, at most ``limit`` characters;
    ``fallback`` when nothing is left. 'Shake/Share: plan' -> 'Shake Share plan'."""
    stem = _NOT_IN_FILE_NAMES.sub(" ", plain_text(name))
    stem = re.sub(r"\s+", " ", stem).strip(" .")
    return stem[:limit].strip(" .") or fallback

"""The user guide's texts: finding and reading them (Qt-free).

The guide lives in ``resources/guide/NN-key.<lang>.md``, one Markdown file per section and
language, both languages with the same keys; ``NN`` gives the order and ``key`` the section's stable name (used in
links ``guide:key``). Each file begins with its title as a ``# `` heading. The files are found
through ``evaluator.resources`` so they work from a checkout, a wheel and a bundle. Links inside the
texts are ``glossary:<entry key>`` (a glossary term), ``guide:<section key>`` or a web address;
there are no images or other external resources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..resources import resource_path
from .i18n import norm_lang

_FILE = re.compile(r"^(\d+)-([a-z][a-z0-9_]*)\.(en|nl)\.md$")


class GuideMissing(Exception):
    """The guide's files are not in this installation."""


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    markdown: str  # the whole file, title heading included


def guide_dir() -> Path:
    return resource_path("guide")


def sections(lang: str) -> list[Section]:
    """The guide's sections in ``lang`` ("en"/"nl"; anything else reads English), in order."""
    folder = guide_dir()
    lang = norm_lang(lang)
    found = []
    try:
        names = sorted(p.name for p in folder.iterdir() if p.is_file())
    except OSError as exc:
        raise GuideMissing(f"the user guide is missing ({folder}: {exc.strerror or exc})") from None
    for name in names:
        match = _FILE.match(name)
        if not match or match.group(3) != lang:
            continue
        text = (folder / name).read_text(encoding="utf-8")
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        title = first[2:].strip() if first.startswith("# ") else match.group(2)
        found.append((int(match.group(1)), Section(match.group(2), title, text)))
    if not found:
        raise GuideMissing(f"the user guide is missing (no {lang} sections in {folder})")
    return [s for _, s in sorted(found, key=lambda t: t[0])]


def section(key: str, lang: str) -> Section:
    for s in sections(lang):
        if s.key == key:
            return s
    raise KeyError(f"no guide section {key!r}")


def section_keys(lang: str = "en") -> list[str]:
    return [s.key for s in sections(lang)]


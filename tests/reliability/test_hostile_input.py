"""Hostile evaluation files: user text is shown literally everywhere and can make the app neither
read another file, nor open a URL, nor run anything.

One file puts hostile text in every free-text field of the full v1 fixture (markup, format
strings, shell syntax, path traversal, right-to-left and zero-width characters, NUL, escape
sequences), each as long as the model allows. It goes through the loader, the library, the
analysis in both languages, the PDF report and the whole app window, with the network, URL
opening and file reading watched.

What an on-screen text does with markup is decided the way Qt decides it: a QLabel, tooltip or
message box with automatic format treats a text as HTML when ``Qt.mightBeRichText`` says so.
``shown(text)`` is what the user then sees; it must contain the user's text literally.
"""

from __future__ import annotations

import builtins
import copy
import io
import json
import os
import socket
import sys
import unicodedata
import urllib.request
from pathlib import Path

import pytest

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.storage import Library
from tests.ui.conftest import library, library_path, make_window, modals, settings  # noqa: F401

REPO = Path(__file__).resolve().parents[2]
FULL_FIXTURE = REPO / "tests" / "fixtures" / "files" / "v1" / "full.oppeval"

MARKUP = ('<img src="file:///etc/passwd"><a href="http://example.invalid/x">link</a>'
          "<script>alert(1)</script>")
HOSTILE = (MARKUP + " %s %n %x {0} {offer.name} ${HOME} $(id) `id` ../../etc/passwd "
           "\u202eRTL override\u202c \u200bzero\u200dwidth\ufeff \x00NUL \x1b[31mESC\x07 "
           "&amp; &lt;b&gt; \\u0041 \r\n second line")
# the literal characters a reader must find in the PDF and on screen
LITERAL_PARTS = ['<img src="file:///etc/passwd">', '<a href="http://example.invalid/x">link</a>',
                 "<script>alert(1)</script>", "%s %n %x {0} {offer.name} ${HOME} $(id)",
                 "../../etc/passwd", "&amp; &lt;b&gt;"]
HOSTILE_FILE_NAME = "evil <img src=passwd> <b>bold.oppeval"


def _text_leaves(value, path=()):
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _text_leaves(child, path + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _text_leaves(child, path + (i,))
    elif isinstance(value, str):
        yield path


def _set(data, path, value):
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def hostile_document() -> tuple[dict, dict[str, str]]:
    """The full fixture with every free-text field hostile and as long as the model allows."""
    data = json.loads(FULL_FIXTURE.read_text(encoding="utf-8"))
    placed: dict[str, str] = {}
    for path in list(_text_leaves(data)):
        if path in (("format",),):
            continue
        original = copy.deepcopy(data)
        for size in (20_000, 2_000, 500, 200):
            candidate = (HOSTILE * (size // len(HOSTILE) + 1))[:size] if size > len(HOSTILE) else HOSTILE[:size]
            _set(data, path, candidate)
            try:
                fileformat.from_data(copy.deepcopy(data))
            except fileformat.EvaluationFileError:
                continue
            placed[fileformat.format_path(path)] = candidate
            break
        else:  # a choice or a currency code: not free text
            data = original
    return data, placed


@pytest.fixture(scope="module")
def hostile():
    data, placed = hostile_document()
    return data, placed


def test_every_free_text_field_takes_the_hostile_text(hostile):
    _, placed = hostile
    expected = {"offer.name", "offer.company", "offer.notes", "offer.products[0].name",
                "offer.training[0].name", "offer.payout.ranks[0].name", "offer.disclosure.source",
                "offer.disclosure.active_definition", "offer.disclosure.tiers[0].name",
                "offer.claims.text"}
    assert expected <= set(placed)
    assert len(placed["offer.notes"]) == 20_000 and len(placed["offer.name"]) == 200
    assert not {"offer.kind", "offer.currency", "offer.payout.plan"} & set(placed)


def test_hostile_text_round_trips_through_file_and_library_unchanged(hostile, tmp_path):
    data, placed = hostile
    path = tmp_path / HOSTILE_FILE_NAME
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    ev = fileformat.load(path)
    assert ev.offer.notes == placed["offer.notes"]
    assert "\x00" in ev.offer.name and "\u202e" in ev.offer.company
    fileformat.save(ev, tmp_path / "again.oppeval")
    assert fileformat.load(tmp_path / "again.oppeval") == ev
    with Library.open(tmp_path / "library.sqlite3") as lib:
        entry_id = lib.import_file(path)
        assert lib.get(entry_id) == ev
        assert lib.entry(entry_id).name == ev.offer.name
        assert [e.id for e in lib.list(search="script")] == [entry_id]
        assert lib.integrity_check() == ["ok"]


# ------------------------------------------------------------------------------------------------
# Nothing is fetched, opened or read


class Guard:
    """Records every file the Python side opens, every connection and every URL opened."""

    def __init__(self, allowed: list[Path]):
        self.allowed = [str(p.resolve()) for p in allowed]
        self.files: list[str] = []
        self.outside: list[str] = []
        self.network: list[str] = []
        self.urls: list[str] = []

    def check(self, file) -> None:
        if isinstance(file, int):
            return
        name = os.fspath(file)
        if isinstance(name, bytes):
            name = name.decode("utf-8", "replace")
        full = os.path.realpath(name)
        self.files.append(full)
        if full.startswith("/etc/") or os.path.basename(full) == "passwd":
            self.outside.append(full)
            raise PermissionError(f"test guard: {full} must not be read")
        if not any(full == root or full.startswith(root + os.sep) for root in self.allowed):
            self.outside.append(full)


@pytest.fixture
def guard(monkeypatch, tmp_path, tmp_path_factory):
    import tempfile

    roots = [tmp_path, REPO, Path(sys.prefix), Path(sys.base_prefix), Path(tempfile.gettempdir()),
             Path(os.environ.get("XDG_CACHE_HOME", tmp_path)), Path(os.environ.get("XDG_CONFIG_HOME", tmp_path)),
             Path(os.environ.get("XDG_DATA_HOME", tmp_path)), Path("/dev/null"), Path("/proc/self"),
             Path("/usr/share/fonts"), Path("/usr/share/fontconfig"), Path("/usr/lib/python3")]
    g = Guard(roots)
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

    def guarded_open(file, *args, **kwargs):
        g.check(file)
        return real_open(file, *args, **kwargs)

    def guarded_io_open(file, *args, **kwargs):
        g.check(file)
        return real_io_open(file, *args, **kwargs)

    def guarded_os_open(path, *args, **kwargs):
        g.check(path)
        return real_os_open(path, *args, **kwargs)

    def no_connect(self, address, *args):
        g.network.append(repr(address))
        raise OSError("test guard: no network")

    def no_urlopen(url, *args, **kwargs):
        g.network.append(str(getattr(url, "full_url", url)))
        raise OSError("test guard: no network")

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_io_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    monkeypatch.setattr(socket.socket, "connect", no_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", no_connect)
    monkeypatch.setattr(urllib.request, "urlopen", no_urlopen)
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: g.urls.append(url) or False)
    try:
        from PySide6.QtGui import QDesktopServices

        monkeypatch.setattr(QDesktopServices, "openUrl",
                            staticmethod(lambda url: g.urls.append(url.toString()) or False))
    except ImportError:  # pragma: no cover
        pass
    yield g
    assert g.network == [] and g.urls == []
    assert g.outside == [], g.outside


def test_the_guard_catches_what_it_should(guard, tmp_path):
    """The guard itself can fail: reading /etc/passwd, connecting and opening URLs are caught."""
    with pytest.raises(PermissionError):
        open("/etc/passwd")
    with pytest.raises(OSError):
        socket.socket().connect(("127.0.0.1", 9))
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl("http://example.invalid"))
    assert guard.outside == ["/etc/passwd"] and len(guard.network) == 1 and guard.urls
    guard.outside.clear(), guard.network.clear(), guard.urls.clear()  # the fixture's own check passes
    (tmp_path / "fine.txt").write_text("ok")
    assert "fine.txt" in guard.files[-1]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_hostile_file_analyses_and_reports_literally_with_no_link_or_image(hostile, tmp_path, guard,
                                                                           lang, qapp):
    pypdf = pytest.importorskip("pypdf")
    from evaluator.report import write_report

    data, _ = hostile
    path = tmp_path / HOSTILE_FILE_NAME
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    ev = fileformat.load(path)
    analysis = analyze(ev, lang)
    json.dumps(analysis.to_json(), allow_nan=False)
    pdf = tmp_path / "hostile.pdf"
    write_report(ev, pdf, lang=lang)
    reader = pypdf.PdfReader(str(pdf))
    text = "".join("".join(unicodedata.normalize("NFKC", page.extract_text()).split())
                   for page in reader.pages)  # NFKC: the PDF's "fi" ligature reads as "fi"
    for part in LITERAL_PARTS:
        assert "".join(part.split()) in text, part
    raw = pdf.read_bytes()
    for marker in (b"/URI", b"/Launch", b"/JavaScript", b"/GoToR", b"/EmbeddedFile", b"/OpenAction"):
        assert marker not in raw, marker
    for page in reader.pages:
        assert list(page.get("/Annots") or []) == []  # Qt writes an empty array on every page
        xobjects = page.get("/Resources", {}).get("/XObject", {}) or {}
        for obj in xobjects.values():
            assert obj.get_object().get("/Subtype") != "/Image"
    assert 2 <= len(reader.pages) <= 12


# ------------------------------------------------------------------------------------------------
# On screen


def shown(text: str) -> str:
    """What Qt displays for a text in a label, tooltip or message box with automatic format."""
    from PySide6.QtGui import Qt, QTextDocument

    if not Qt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _squash(text: str) -> str:
    return "".join(text.split())


def _shows_literally(text: str, user_text: str) -> bool:
    return _squash(MARKUP) not in _squash(user_text) or _squash(MARKUP) in _squash(shown(text))


def test_shown_detects_markup_rendered_as_html():
    """The criterion can fail: a text Qt takes for HTML loses its tags on screen."""
    assert not _shows_literally("“" + MARKUP + "” has changes", MARKUP)
    assert _shows_literally("“" + MARKUP.replace("<", "&lt;") + "”", "x")  # no user text in it
    from PySide6.QtGui import Qt

    assert _shows_literally(Qt.convertFromPlainText("“" + MARKUP + "”"), MARKUP)


def _hostile_file(tmp_path, data) -> Path:
    path = tmp_path / HOSTILE_FILE_NAME
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_hostile_file_in_the_app_window_is_shown_as_plain_text(hostile, tmp_path, make_window, guard,  # noqa: F811 (fixtures from tests.ui.conftest)
                                                               qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QWidget

    data, _ = hostile
    window = make_window()
    entry_id = window.open_path(str(_hostile_file(tmp_path, data)))
    assert entry_id is not None
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=5000)
    window.run_analysis()
    labels = window.findChildren(QLabel)
    with_user_text = [label for label in labels if "<script>" in label.text()]
    assert with_user_text, "the offer's texts should appear in the results"
    for label in with_user_text:
        assert label.textFormat() == Qt.TextFormat.PlainText or _shows_literally(label.text(), MARKUP), \
            label.objectName() or label.text()[:60]
    for widget in window.findChildren(QWidget):
        tip = widget.toolTip()
        if "<script>" in tip:
            assert _shows_literally(tip, MARKUP), (widget.objectName(), tip[:80])


def test_library_tooltips_show_file_paths_literally(hostile, tmp_path, make_window, library, guard):  # noqa: F811 (fixtures from tests.ui.conftest)
    data, _ = hostile
    path = _hostile_file(tmp_path, data)
    entry_id = library.import_file(path)
    window = make_window()
    view = window.library_view
    assert view.cell(entry_id, 0) is not None  # the entry is listed
    assert "<img src=passwd>" in shown(view.cell(entry_id, 0, 3)), view.cell(entry_id, 0, 3)  # ToolTipRole
    for column in range(1, view.table.model().columnCount()):
        # the other columns' tooltips (type, verdict) repeat their own cell's label, nothing else
        tip = view.cell(entry_id, column, 3)
        assert tip is None or tip == view.cell(entry_id, column), (column, tip)


def test_message_boxes_show_names_literally(hostile, tmp_path, make_window, library, modals, guard):  # noqa: F811 (fixtures from tests.ui.conftest)
    from PySide6.QtWidgets import QMessageBox

    data, placed = hostile
    # 1. a crash left a draft of an entry whose name is markup: the restore question names it
    ev = fileformat.from_data(copy.deepcopy(data))
    entry_id = library.add(ev)
    library.save_draft(entry_id, fileformat.to_data(ev))
    modals.answer["question"] = QMessageBox.StandardButton.No
    window = make_window()
    (question,) = modals.named("question")
    assert "<script>" in shown(question[2]) or "<script>" in question[2]
    # 2. a file with a hostile name that is not valid: the error names the file
    bad = tmp_path / "<img src=passwd> <b>x.oppeval"
    bad.write_text("{not json", encoding="utf-8")
    assert window.open_path(str(bad)) is None
    (warning,) = modals.named("warning")
    assert _shows_literally(question[2], MARKUP), shown(question[2])[:120]
    assert "<img src=passwd>" in shown(warning[2]), shown(warning[2])[:120]


# ------------------------------------------------------------------------------------------------
# The command line


def test_cli_output_carries_no_terminal_control_characters(hostile, tmp_path, capsys):
    from evaluator.cli import main

    data, _ = hostile
    path = _hostile_file(tmp_path, data)
    assert main(["analyze", str(path), "--lang", "en"]) == 0
    assert main(["library", "--db", str(tmp_path / "lib.sqlite3"), "import", str(path)]) == 0
    assert main(["library", "--db", str(tmp_path / "lib.sqlite3"), "list"]) == 0
    out = capsys.readouterr().out
    assert "<script>" in out
    controls = sorted({hex(ord(ch)) for ch in out if (ord(ch) < 32 and ch not in "\n\t")
                       or 0x7F <= ord(ch) < 0xA0 or ch in "\u202e\u202d\u2066\u2067\u2068"})
    assert controls == []

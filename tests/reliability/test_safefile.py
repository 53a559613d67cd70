"""``core.safefile``: the one helper through which every output is written and every input read
(issue 15 items 5, 9 and 15)."""

from __future__ import annotations

import os
import stat
import threading
import unicodedata

import pytest

from evaluator.core import fileformat, safefile
from evaluator.core.model import Evaluation


def test_dev_null_is_refused_never_replaced():
    before = os.stat(os.devnull)
    with pytest.raises(safefile.SafeFileError) as info:
        safefile.check_output_path(os.devnull)  # what write_atomic does first
    assert info.value.kind == "not_regular"
    assert "is a device, not a regular file; it is left alone" in info.value.render("en")
    assert "is een apparaat, geen gewoon bestand" in info.value.render("nl")
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_a_fifo_a_folder_and_a_symlink_are_refused_and_left_as_they_are(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    target = tmp_path / "target.oppeval"
    target.write_text("original")
    link = tmp_path / "link.oppeval"
    link.symlink_to(target)
    dangling = tmp_path / "dangling.oppeval"
    dangling.symlink_to(tmp_path / "nowhere")
    for path, kind in ((fifo, "not_regular"), (folder, "folder"), (link, "symlink"),
                       (dangling, "symlink")):
        with pytest.raises(safefile.SafeFileError) as info:
            safefile.write_atomic(path, b"new")
        assert info.value.kind == kind
    assert fifo.is_fifo() and folder.is_dir() and link.is_symlink() and dangling.is_symlink()
    assert target.read_text() == "original"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "dangling.oppeval", "folder", "link.oppeval", "pipe", "target.oppeval"]


def test_reading_a_fifo_returns_at_once_with_a_refusal(tmp_path):
    fifo = tmp_path / "x.oppeval"
    os.mkfifo(fifo)
    done = {}

    def read():
        try:
            fileformat.load(fifo)
        except fileformat.EvaluationFileError as exc:
            done["message"] = exc.render("en")

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive(), "load() blocked on a FIFO"
    assert "is a named pipe (FIFO), not a regular file" in done["message"]


def test_a_new_file_respects_the_umask_and_an_existing_one_keeps_its_mode(tmp_path):
    old_umask = os.umask(0o022)
    try:
        new = tmp_path / "new.oppeval"
        fileformat.save(Evaluation.new("A"), new)
        assert stat.S_IMODE(new.stat().st_mode) == 0o644  # 0666 & ~022, not 0600
        os.umask(0o002)
        group = tmp_path / "group.oppeval"
        fileformat.save(Evaluation.new("B"), group)
        assert stat.S_IMODE(group.stat().st_mode) == 0o664  # 0666 & ~002
        new.chmod(0o640)
        fileformat.save(Evaluation.new("C"), new)
        assert stat.S_IMODE(new.stat().st_mode) == 0o640
    finally:
        os.umask(old_umask)


def test_a_253_character_file_name_can_be_written(tmp_path):
    name = "n" * (253 - len(".oppeval")) + ".oppeval"
    assert len(name) == 253
    path = tmp_path / name
    fileformat.save(Evaluation.new("Long name"), path)
    assert fileformat.load(path).offer.name == "Long name"
    fileformat.save(Evaluation.new("Again"), path)  # replacing it works too
    assert fileformat.load(path).offer.name == "Again"
    assert [p.name for p in tmp_path.iterdir()] == [name]
    # the temporary name is cut to fit: . + prefix + . + 8 hex + .tmp = 255 bytes at most
    assert len(safefile.temp_prefix(name)) + 8 + 4 <= 255


def test_a_hard_linked_target_is_replaced_and_the_other_name_keeps_the_old_version(tmp_path):
    path = tmp_path / "a.oppeval"
    fileformat.save(Evaluation.new("Old"), path)
    other = tmp_path / "b.oppeval"
    os.link(path, other)
    fileformat.save(Evaluation.new("New"), path)
    assert fileformat.load(path).offer.name == "New"
    assert fileformat.load(other).offer.name == "Old"  # documented: atomic replace splits the link
    assert path.stat().st_ino != other.stat().st_ino


def test_a_target_swapped_for_a_symlink_during_the_write_is_not_replaced(tmp_path, monkeypatch):
    path = tmp_path / "a.oppeval"
    path.write_text("old")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("not mine")
    real_fsync = os.fsync

    def swap_then_fsync(fd):
        real_fsync(fd)
        if path.exists() and not path.is_symlink():
            path.unlink()
            path.symlink_to(elsewhere)

    monkeypatch.setattr(safefile.os, "fsync", swap_then_fsync)
    with pytest.raises(safefile.SafeFileError):
        safefile.write_atomic(path, b"new")
    monkeypatch.undo()
    assert path.is_symlink() and elsewhere.read_text() == "not mine"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_bidi_controls_never_reach_the_pdf(tmp_path):
    import pypdf

    from evaluator.report import ensure_qt_app, write_report

    ensure_qt_app()
    ev = Evaluation.new("Safe\u202eFDP.exe\u2066 Offer")
    ev.offer.company = "Co\u202bmpany"
    out = tmp_path / "bidi.pdf"
    write_report(ev, out, lang="en")
    reader = pypdf.PdfReader(str(out))
    raw = "".join(page.extract_text() for page in reader.pages)
    text = " ".join(unicodedata.normalize("NFKC", raw).split())  # pypdf gives tabs, ligatures
    assert "SafeFDP.exe Offer" in text  # in the order typed, without the override
    assert not any(ch in text for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert reader.metadata.title == "SafeFDP.exe Offer"

"""Dutch message boxes give their file-error details in Dutch (review 8, item 5): Save As into a
folder that does not exist, over a FIFO or a symbolic link, and opening a file that does not
exist (which is said to be missing, not "not a valid evaluation file")."""

from __future__ import annotations

import os

import pytest

from .keys import type_into

ENGLISH = ("does not exist", "no such file", "No such file", "named pipe (FIFO), not a regular",
           "is a symbolic link", "left alone", "could not be")


@pytest.fixture
def dutch_window(make_window, settings):
    from evaluator.ui.appearance import install_translators

    settings.language_choice = "nl"
    install_translators("nl")
    window = make_window()
    yield window
    install_translators("en")


def _last_warning(modals) -> tuple[str, str]:
    args = modals.named("warning")[-1]
    return args[1], args[2]


def _save_as(qtbot, window, modals, path) -> bool:
    window.new_evaluation()
    type_into(qtbot, window, "offer.name", "Glow drinks")
    window.flush()
    modals.answer["save"] = str(path)
    return window.save_as()


def _dutch(text: str) -> None:
    for english in ENGLISH:
        assert english not in text, text


def test_save_as_into_a_missing_folder(qtbot, dutch_window, modals, tmp_path):
    target = tmp_path / "nodir" / "sub" / "x.oppeval"
    assert not _save_as(qtbot, dutch_window, modals, target)
    title, text = _last_warning(modals)
    assert title == "Opslaan lukt niet"
    assert "Het bestand kon niet worden geschreven:" in text
    assert f"{target.parent}: de map bestaat niet" in text
    _dutch(text)
    assert not (tmp_path / "nodir").exists()


def test_save_as_over_a_fifo(qtbot, dutch_window, modals, tmp_path):
    fifo = tmp_path / "pipe.oppeval"
    os.mkfifo(fifo)
    modals.answer["question"] = __import__("PySide6.QtWidgets", fromlist=["QMessageBox"]).QMessageBox.StandardButton.Yes
    assert not _save_as(qtbot, dutch_window, modals, fifo)
    _title, text = _last_warning(modals)
    assert "named pipe (FIFO)" in text and "geen gewoon bestand" in text
    _dutch(text)
    assert os.path.exists(fifo) and not fifo.is_file()  # left as it was


def test_save_as_over_a_symlink(qtbot, dutch_window, modals, tmp_path):
    real = tmp_path / "real.oppeval"
    real.write_text("untouched")
    link = tmp_path / "link.oppeval"
    link.symlink_to(real)
    assert not _save_as(qtbot, dutch_window, modals, link)
    _title, text = _last_warning(modals)
    assert "is een symbolische koppeling" in text
    _dutch(text)
    assert link.is_symlink() and real.read_text() == "untouched"


def test_opening_a_missing_file_says_it_does_not_exist(dutch_window, modals, tmp_path):
    missing = tmp_path / "gone.oppeval"
    assert dutch_window.open_path(str(missing)) is None
    title, text = _last_warning(modals)
    assert title == "Bestand openen lukt niet"
    assert text.startswith("gone.oppeval bestaat niet.")
    assert "geen geldig evaluatiebestand" not in text
    _dutch(text)


def test_opening_a_fifo_says_it_could_not_be_opened(dutch_window, modals, tmp_path):
    fifo = tmp_path / "pipe.oppeval"
    os.mkfifo(fifo)
    assert dutch_window.open_path(str(fifo)) is None
    _title, text = _last_warning(modals)
    assert text.startswith("pipe.oppeval kon niet worden geopend.")
    assert "geen geldig evaluatiebestand" not in text
    assert "named pipe (FIFO)" in text
    _dutch(text)


def test_a_broken_file_is_still_called_invalid(dutch_window, modals, tmp_path):
    bad = tmp_path / "bad.oppeval"
    bad.write_text("{ not json")
    assert dutch_window.open_path(str(bad)) is None
    _title, text = _last_warning(modals)
    assert text.startswith("bad.oppeval is geen geldig evaluatiebestand.")


def test_starting_with_a_missing_file(make_window, settings, modals, tmp_path):
    from evaluator.ui.appearance import install_translators

    settings.language_choice = "nl"
    try:
        make_window(path=str(tmp_path / "gone.oppeval"))  # as `opportunity-evaluator gone.oppeval`
        _title, text = _last_warning(modals)
        assert text.startswith("gone.oppeval bestaat niet.")
        _dutch(text)
    finally:
        install_translators("en")

"""core.textsafe.file_stem: the one rule for default file names (PDF, charts, spreadsheets)."""

from evaluator.core.textsafe import file_stem


def test_characters_no_file_system_accepts_become_one_space():
    assert file_stem('Shake/Share: "plan" <2026>?', "x") == "Shake Share plan 2026"
    assert file_stem("tab\tand\nnewline", "x") == "tab and newline"


def test_nothing_left_gives_the_fallback_and_dots_are_trimmed():
    assert file_stem("...", "report") == "report"
    assert file_stem(" . name. ", "report") == "name"


def test_bidi_controls_are_removed_and_the_length_is_limited():
    assert file_stem("abc\u202efdp.exe", "x") == "abcfdp.exe"
    assert file_stem("a" * 100, "x", limit=10) == "a" * 10

"""A file that cannot be read is explained in Dutch in Dutch (the OS's English was shown:
"kon niet worden gelezen: No such file or directory"). English keeps the OS's own words."""

from __future__ import annotations

import pytest

from evaluator.core.fileformat import EvaluationFileError, load


def test_a_missing_file_in_dutch(tmp_path):
    with pytest.raises(EvaluationFileError) as info:
        load(tmp_path / "nope.oppeval")
    [p] = info.value.problems
    assert p.code == "io"
    assert p.render("nl") == "kon niet worden gelezen: bestand of map bestaat niet"
    assert p.render("en") == "could not be read: No such file or directory"


def test_a_folder_in_dutch_names_it_a_folder_or_refuses_it(tmp_path):
    with pytest.raises(EvaluationFileError) as info:
        load(tmp_path)
    text = info.value.problems[0].render("nl")
    assert "No such" not in text and "Is a directory" not in text
    assert "map" in text

"""Dutch examples in Dutch (issue 13 item 4): listed and opened in the Dutch interface, every
bundled example's name, notes and tier names come from resources/examples/nl.json; the files on
disk stay English, and the English interface shows them as they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluator.core import example_i18n, fileformat
from evaluator.resources import example_paths, resource_path

EXAMPLES = example_paths()
TABLE = json.loads(resource_path("examples", "nl.json").read_text(encoding="utf-8"))


def english(path: Path) -> dict:
    return fileformat.to_data(fileformat.load(path))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_has_dutch_name_notes_and_tier_names(path):
    data = english(path)
    fields = TABLE.get(path.name, {})
    assert fields.get("offer.name") and fields.get("offer.notes"), f"{path.name}: no Dutch name or notes"
    # the company line says "(fictional)" or explains the figures' source: Dutch too
    assert fields.get("offer.company") and fields["offer.company"] != data["offer"]["company"], \
        f"{path.name}: no Dutch company line"
    tiers = (data["offer"].get("disclosure") or {}).get("tiers") or []
    missing = [f"offer.disclosure.tiers[{i}].name" for i, t in enumerate(tiers)
               if t["name"] and f"offer.disclosure.tiers[{i}].name" not in fields]
    assert not missing, f"{path.name}: no Dutch for {missing}"
    # every path in the table exists in the example (a renamed field would silently stay English)
    for field_path in fields:
        assert example_i18n._set(json.loads(json.dumps(data)), field_path, "x"), f"{path.name}: {field_path}"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_opened_in_dutch_each_example_is_dutch_and_still_the_same_offer(path, qtbot, make_window, settings):
    from evaluator.ui.appearance import install_translators

    settings.language_choice = "nl"
    install_translators("nl")
    window = make_window()
    before = path.read_bytes()
    entry_id = window.start_from_example(str(path))
    ev = window.library.get(entry_id)
    fields = TABLE[path.name]
    assert ev.offer.name == fields["offer.name"]
    assert ev.offer.notes == fields["offer.notes"]
    assert ev.offer.notes != fileformat.load(path).offer.notes
    if ev.offer.disclosure is not None:
        for i, tier in enumerate(ev.offer.disclosure.tiers):
            assert tier.name == fields[f"offer.disclosure.tiers[{i}].name"]
    # only texts changed: the numbers (and so every result) are the English file's
    from evaluator.core.analysis import analyze

    en, nl = fileformat.load(path), ev
    assert analyze(nl, "nl").projection.total_net == pytest.approx(analyze(en, "nl").projection.total_net)
    assert [r.name for r in nl.offer.payout.ranks] == [r.name for r in en.offer.payout.ranks]
    assert path.read_bytes() == before  # the file on disk stays as it is
    # the start screen lists it by its Dutch name
    listed = [window.library_view.examples.item(i).text().split("\n")[0]
              for i in range(window.library_view.examples.count())]
    assert fields["offer.name"] in listed
    from evaluator.core import labels

    kinds = [window.library_view.examples.item(i).text().split("\n")[1]
             for i in range(window.library_view.examples.count())]
    assert labels.choice_label(ev.offer.kind, "nl") in kinds  # the kind in Dutch too
    assert labels.choice_label("dealer", "en") not in kinds


def test_english_interface_shows_the_examples_as_they_are(window):
    path = EXAMPLES[0]
    entry_id = window.start_from_example(str(path))
    assert window.library.get(entry_id).offer.name == fileformat.load(path).offer.name
    listed = window.library_view.examples.item(0).text().split("\n")[0]
    assert listed == fileformat.load(path).offer.name


def test_switching_the_language_relists_the_examples(qtbot, window):
    from evaluator.ui.appearance import install_translators

    names = lambda: [window.library_view.examples.item(i).text().split("\n")[0]  # noqa: E731
                     for i in range(window.library_view.examples.count())]
    assert names() == [fileformat.load(p).offer.name for p in EXAMPLES]
    install_translators("nl")
    window.set_language("nl")
    assert names() == [TABLE[p.name]["offer.name"] for p in EXAMPLES]


def test_localize_leaves_unknown_files_paths_and_english_alone(tmp_path, monkeypatch):
    data = {"offer": {"name": "A", "notes": "", "disclosure": None, "products": [{"name": "P"}]}}
    assert example_i18n.localize(data, "unknown.oppeval", "nl") is data
    assert example_i18n.localize(data, EXAMPLES[0].name, "en") is data
    assert example_i18n._set(data, "offer.disclosure.tiers[0].name", "x") is False
    assert example_i18n._set(data, "offer.products[3].name", "x") is False
    assert example_i18n._set(data, "offer.products[0].name", "Q") and data["offer"]["products"][0]["name"] == "Q"


def test_a_missing_or_broken_table_means_english(tmp_path, monkeypatch, caplog):
    import evaluator.core.example_i18n as mod

    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "nl.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(mod, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    mod.table.cache_clear()
    try:
        assert mod.table("nl") == {}
        assert "cannot be read" in caplog.text
        assert mod.text("x.oppeval", "offer.name", "nl", "Own name") == "Own name"
    finally:
        mod.table.cache_clear()

"""The .oppeval file: parsing, refusals with field paths (en + nl), limits, atomic save, fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluator.core import fileformat as ff
from evaluator.core.fileformat import EvaluationFileError, Problem, dumps, load, loads, save
from evaluator.core.model import Evaluation

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "files"
MINIMAL = {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X"}}


def refusal(content) -> EvaluationFileError:
    with pytest.raises(EvaluationFileError) as info:
        loads(content if isinstance(content, (str, bytes)) else json.dumps(content))
    return info.value


# ---- unknown keys and versions -------------------------------------------------------------


@pytest.mark.parametrize(
    "data, path",
    [
        ({**MINIMAL, "extra": 1}, "extra"),
        ({**MINIMAL, "offer": {"name": "X", "payout": {"plan": "none", "bonus_pool": 3}}},
         "offer.payout.bonus_pool"),
        ({**MINIMAL, "offer": {"name": "X", "products": [
            {"name": "p", "wholesale_price": 1, "retail_price": 2, "colour": "red"}]}},
         "offer.products[0].colour"),
        ({**MINIMAL, "assumptions": {"horizon": 12}}, "assumptions.horizon"),
    ],
)
def test_unknown_key_is_refused_and_named(data, path):
    err = refusal(data)
    [p] = err.problems
    assert (p.path, p.code) == (path, "unknown_key")
    assert p.render().startswith(f"{path}: unknown key")
    assert p.render("nl").startswith(f"{path}: onbekende sleutel")


def test_newer_version_says_so():
    err = refusal({**MINIMAL, "version": 3, "something_new": {"a": 1}})
    [p] = err.problems
    assert p.path == "version"
    assert "newer version" in p.render()
    assert "format version 3" in p.render()
    assert "nieuwere versie" in p.render("nl")


@pytest.mark.parametrize("version", ["1", 0, -1, True, 1.5, None, [1]])
def test_bad_version_is_refused(version):
    [p] = refusal({**MINIMAL, "version": version}).problems
    assert (p.path, p.code) == ("version", "bad_version")


@pytest.mark.parametrize("fmt", ["opportunity-evaluation ", "Opportunity-Evaluation", 1, None, ""])
def test_wrong_format_is_refused(fmt):
    [p] = refusal({**MINIMAL, "format": fmt}).problems
    assert (p.path, p.code) == ("format", "wrong_format")
    assert "not an evaluation file" in p.render()
    assert "geen evaluatiebestand" in p.render("nl")


def test_missing_format_and_version():
    assert [(p.path, p.code) for p in refusal({"version": 1, "offer": {"name": "X"}}).problems] == [
        ("format", "missing")]
    assert [(p.path, p.code) for p in refusal({"format": "opportunity-evaluation"}).problems] == [
        ("version", "missing")]


# ---- not an object, not JSON, not UTF-8 ------------------------------------------------------


@pytest.mark.parametrize("text", ["[]", "[1, 2]", '"text"', "3", "null", "true"])
def test_json_that_is_not_an_object(text):
    [p] = refusal(text).problems
    assert (p.path, p.code) == ("", "not_object")
    assert p.render() == "an evaluation file must contain a JSON object"
    assert p.render("nl") == "een evaluatiebestand moet een JSON-object bevatten"


@pytest.mark.parametrize("text, line", [("", 1), ("{", 1), ('{"format": "opportunity-evaluation",\n  oops}', 2),
                                        ("{'single': 1}", 1), ("<xml/>", 1)])
def test_not_json(text, line):
    [p] = refusal(text).problems
    assert p.code == "not_json" and p.ctx["line"] == line
    assert p.render().startswith(f"not valid JSON (line {line}, column ")
    assert p.render("nl").startswith(f"geen geldige JSON (regel {line}, kolom ")


@pytest.mark.parametrize("raw", [b"\xff\xfe{}", b'{"format": "\xe9"}', b"\x80"])
def test_non_utf8_bytes(raw, tmp_path):
    [p] = refusal(raw).problems
    assert (p.path, p.code) == ("", "not_utf8")
    path = tmp_path / "latin1.oppeval"
    path.write_bytes(raw)
    with pytest.raises(EvaluationFileError) as info:
        load(path)
    assert info.value.render("nl") == "het bestand is geen UTF-8-tekst"


def test_utf8_bom_and_non_ascii_are_fine():
    data = {**MINIMAL, "offer": {"name": "Één € ✓"}}
    assert loads(b"\xef\xbb\xbf" + json.dumps(data, ensure_ascii=False).encode()).offer.name == "Één € ✓"


def test_lone_surrogate_is_refused_at_its_field():
    err = refusal('{"format":"opportunity-evaluation","version":1,"offer":{"name":"\\ud800"}}')
    assert [p.path for p in err.problems] == ["offer.name"]


# ---- nesting and duplicates ------------------------------------------------------------------


def test_absurd_nesting_is_refused_before_the_parser(monkeypatch):
    def no_parse(*a, **k):
        raise AssertionError("json.loads must not see absurdly nested input")

    monkeypatch.setattr(ff.json, "loads", no_parse)
    for text in ("[" * 100_000, "{\"a\":" * 100_000, "[" * 100_000 + "]" * 100_000):
        [p] = refusal(text).problems
        assert (p.path, p.code) == ("", "too_deep")
        assert p.render() == "the data is nested more than 64 levels deep"
        assert p.render("nl") == "de gegevens zijn meer dan 64 niveaus diep genest"


def test_deep_nesting_inside_a_field_is_refused():
    inner = "[" * 70 + "]" * 70
    text = '{"format":"opportunity-evaluation","version":1,"offer":{"name":"X","notes":%s}}' % inner
    assert refusal(text).problems[0].code == "too_deep"


def test_brackets_inside_strings_do_not_count_as_nesting():
    notes = "[" * 150 + '\\"{' * 50
    ev = loads('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X","notes":"%s"}}' % notes)
    assert ev.offer.notes == "[" * 150 + '"{' * 50


def test_moderate_nesting_reaches_the_model():
    text = '{"format":"opportunity-evaluation","version":1,"offer":{"name":"X","notes":%s}}' % (
        "[" * 10 + "]" * 10)
    assert [(p.path, p.code) for p in refusal(text).problems] == [("offer.notes", "text")]


@pytest.mark.parametrize(
    "text, key",
    [
        ('{"format":"opportunity-evaluation","format":"opportunity-evaluation","version":1,"offer":{"name":"X"}}',
         "format"),
        ('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X","fees":{"signup":1,"signup":2}}}',
         "signup"),
    ],
)
def test_duplicate_keys_are_refused(text, key):
    [p] = refusal(text).problems
    assert p.code == "duplicate_key"
    assert p.render() == f"the key '{key}' appears twice"
    assert p.render("nl") == f"de sleutel '{key}' komt twee keer voor"


def test_huge_integer_literal_is_refused_cleanly():
    text = ('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X"},'
            '"assumptions":{"horizon_months":%s}}' % ("9" * 5000))
    with pytest.raises(EvaluationFileError):
        loads(text)


def test_large_but_parsable_integer_is_refused_at_its_field():
    text = ('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X"},'
            '"assumptions":{"horizon_months":%s}}' % ("9" * 400))
    [p] = refusal(text).problems
    assert (p.path, p.code) == ("assumptions.horizon_months", "between")


# ---- size limit -----------------------------------------------------------------------------


def test_file_over_10_mb_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "big.oppeval"
    with open(path, "wb") as fh:  # sparse: 10,000,001 bytes without writing them
        fh.truncate(ff.MAX_FILE_BYTES + 1)

    def forbidden(*a, **k):
        raise AssertionError("the file must not be opened or parsed")

    monkeypatch.setattr(ff.json, "loads", forbidden)
    monkeypatch.setattr(Path, "open", forbidden)
    with pytest.raises(EvaluationFileError) as info:
        load(path)
    [p] = info.value.problems
    assert p.code == "too_large"
    assert p.render() == "the file is 10000001 bytes; files over 10000000 bytes are refused"
    assert p.render("nl").startswith("het bestand is 10000001 bytes")


def test_file_of_exactly_10_mb_is_read(tmp_path):
    text = json.dumps(MINIMAL)
    padded = text + " " * (ff.MAX_FILE_BYTES - len(text))
    path = tmp_path / "exact.oppeval"
    path.write_text(padded, encoding="ascii")
    assert path.stat().st_size == 10_000_000
    assert load(path).offer.name == "X"


def test_loads_refuses_oversized_bytes_and_text_before_parsing(monkeypatch):
    monkeypatch.setattr(ff, "parse_json", lambda *a: pytest.fail("must not parse"))
    big = b" " * (ff.MAX_FILE_BYTES + 1)
    assert refusal(big).problems[0].code == "too_large"
    assert refusal(big.decode()).problems[0].code == "too_large"


def test_missing_file_is_a_clean_error(tmp_path):
    with pytest.raises(EvaluationFileError) as info:
        load(tmp_path / "nope.oppeval")
    [p] = info.value.problems
    assert p.code == "io" and p.render().startswith("could not be read: ")
    assert p.render("nl").startswith("kon niet worden gelezen: ")


def test_a_folder_is_a_clean_error(tmp_path):
    with pytest.raises(EvaluationFileError):
        load(tmp_path)


# ---- messages -------------------------------------------------------------------------------


def test_error_text_lists_every_problem():
    err = refusal({**MINIMAL, "offer": {"name": "", "fees": {"signup": -1}}})
    assert str(err) == err.render("en")
    assert err.render("en").splitlines() == ["offer.name: must not be empty",
                                             "offer.fees.signup: must be at least 0"]
    assert err.render("nl").splitlines() == ["offer.name: mag niet leeg zijn",
                                             "offer.fees.signup: moet minstens 0 zijn"]


def test_every_message_code_has_english_and_dutch():
    for code, (en, nl) in ff._MESSAGES.items():
        assert en and nl and en != nl, code


def test_unknown_problem_code_falls_back_to_its_detail():
    assert Problem("x", "weird", {"detail": "something odd"}).render("nl") == "x: something odd"


def test_format_path():
    assert ff.format_path(("offer", "payout", "levels", 2)) == "offer.payout.levels[2]"
    assert ff.format_path(()) == ""


# ---- save ----------------------------------------------------------------------------------


def test_save_and_load_round_trip(tmp_path):
    ev = load(FIXTURES / "v1" / "full.oppeval")
    path = tmp_path / "out.oppeval"
    save(ev, path)
    assert load(path) == ev
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n") and "€" in text  # UTF-8, not \u escapes
    assert json.loads(text)["version"] == 2  # saving always writes version 2


def test_dumps_writes_every_field():
    data = json.loads(dumps(Evaluation.new("X")))
    assert set(data) == {"format", "version", "offer", "assumptions", "simulation"}
    assert data["assumptions"]["horizon_months"] == 36
    assert data["offer"]["disclosure"] is None
    assert ff.to_data(Evaluation.new("X")) == data


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.mark.parametrize("fail_at", ["replace", "fsync", "write"])
def test_crash_mid_save_keeps_the_old_file_and_leaves_no_temp_file(tmp_path, monkeypatch, fail_at):
    path = tmp_path / "keep.oppeval"
    save(Evaluation.new("Old"), path)
    old_bytes = path.read_bytes()

    def crash(*a, **k):
        raise OSError(28, "No space left on device")

    if fail_at == "replace":
        monkeypatch.setattr(ff.os, "replace", crash)
    elif fail_at == "fsync":
        monkeypatch.setattr(ff.os, "fsync", crash)
    else:
        real_write = ff.os.write

        def half_write(fd, data):  # something partial gets written, then the disk fills up
            real_write(fd, data[:3])
            crash()

        monkeypatch.setattr(ff.os, "write", half_write)
    with pytest.raises(OSError):
        save(Evaluation.new("New"), path)
    assert path.read_bytes() == old_bytes
    assert load(path).offer.name == "Old"
    assert _leftovers(tmp_path, {"keep.oppeval"}) == []


def test_save_replaces_the_file(tmp_path):
    path = tmp_path / "a.oppeval"
    save(Evaluation.new("One"), path)
    save(Evaluation.new("Two"), path)
    assert load(path).offer.name == "Two"
    assert _leftovers(tmp_path, {"a.oppeval"}) == []


def test_atomic_write_into_missing_folder_fails_cleanly(tmp_path):
    with pytest.raises(OSError):
        ff.atomic_write_bytes(tmp_path / "no" / "such" / "x.oppeval", b"{}")
    assert list(tmp_path.iterdir()) == []


# ---- file-format fixtures, kept forever -----------------------------------------------------


def _fixture_files():
    return sorted((FIXTURES).rglob("*.oppeval"))


def test_fixtures_exist():
    names = {p.name for p in _fixture_files()}
    assert {"minimal.oppeval", "full.oppeval"} <= names


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_fixture_loads_and_round_trips(path, tmp_path):
    ev = load(path)
    out = tmp_path / path.name
    save(ev, out)
    assert load(out) == ev


def test_full_v1_fixture_reads_every_field():
    ev = load(FIXTURES / "v1" / "full.oppeval")
    o, a, s = ev.offer, ev.assumptions, ev.simulation
    assert (o.kind, o.currency, o.fees.signup, o.fees.monthly) == ("mlm", "USD", 49.5, 19.95)
    assert o.products[1].volume is None and o.products[0].market_price == 20
    assert o.requirements.autoship_required and o.requirements.buyback_days == 90
    assert o.training[1].times_per_year == 12 and not o.training[1].mandatory
    # upgraded (SPEC 8.4): plan unilevel -> a unilevel component with version 1's basis; the
    # binary fields of a unilevel plan are not part of it
    [unilevel, *_] = o.payout.components
    assert (unilevel.type, unilevel.levels, unilevel.basis) == ("unilevel", [5, 4, 3, 2, 1], "customer_volume")
    assert o.payout.component("binary") is None
    assert "Bronze" in [r.name for r in o.payout.ranks]
    assert (o.disclosure.basis, o.disclosure.covered_percent, o.disclosure.share_nothing_percent) == (
        "active", 40, 55.5)
    assert o.disclosure.tiers[1].median is None and o.disclosure.period == "year"
    assert o.claims.claimed_monthly_income == 3000
    assert (a.horizon_months, a.include_optional_training, a.reference_hourly_wage) == (48, False, 14.71)
    assert (s.months, s.attachment, s.seed) == (24, "preferential", 42)


def test_partial_fixture_with_bom_and_float_whole_numbers():
    ev = load(FIXTURES / "v1" / "partial-bom-float-whole.oppeval")
    assert ev.assumptions.horizon_months == 12 and ev.version == 2  # upgraded on load
    assert ev.simulation.seed == 1  # omitted section: defaults

"""The PDF summary, read back with pypdf: content, languages, paper, fonts, charts, safety and
atomic writing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")

from evaluator.core.analysis import analyze  # noqa: E402
from evaluator.core.i18n import fmt_money  # noqa: E402
from evaluator.report import PreparedReport, ReportError, ensure_qt_app, write_report  # noqa: E402
from evaluator.report.content import VERDICT_LABELS, build_content  # noqa: E402
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded
from tests.report.fixtures import example_ids, examples, fake_simulation, sample_evaluation  # noqa: E402

MM = 72 / 25.4


def normalise(text: str) -> str:
    """Qt PDFs give ligatures and odd spacing: NFKC, then collapse all whitespace."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


_TEXTS: dict[tuple[str, int, int], str] = {}


def pdf_text(path) -> str:
    """All pages' text, normalised; cached per file version (extraction is the slow part)."""
    stat = os.stat(path)
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _TEXTS:
        reader = pypdf.PdfReader(str(path))
        _TEXTS[key] = normalise(" ".join(page.extract_text() or "" for page in reader.pages))
    return _TEXTS[key]


def squash(text: str) -> str:
    """Without any whitespace: for texts that a line break may split."""
    return re.sub(r"\s+", "", normalise(text))


def pages_of(path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


def fonts_of(path) -> list[tuple[str, bool]]:
    """(base font name, embedded?) for every font the PDF uses."""
    reader = pypdf.PdfReader(str(path))
    found: dict[str, bool] = {}
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return sorted(found.items())


def image_count(path) -> int:
    reader = pypdf.PdfReader(str(path))
    return sum(len(page.images) for page in reader.pages)


@pytest.fixture(scope="module")
def qt_app(qapp):
    """pytest-qt's QApplication (shared with the widget tests), which the report then uses."""
    assert ensure_qt_app() is qapp
    return qapp


@pytest.fixture(scope="module")
def sample_pdfs(qt_app, tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    ev = sample_evaluation()
    out = {}
    for lang in ("nl", "en"):
        path = folder / f"sample_{lang}.pdf"
        write_report(ev, path, lang=lang)
        out[lang] = path
    return ev, out


def test_fonts_are_installed(qt_app):
    from PySide6.QtGui import QFontDatabase

    assert QFontDatabase.families(), "no fonts: Qt would write PDFs without text"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_holds_name_verdict_flags_and_key_numbers(sample_pdfs, lang):
    ev, pdfs = sample_pdfs
    text = pdf_text(pdfs[lang])
    flat = squash(text)
    analysis = analyze(ev, lang)
    assert normalise(ev.offer.name) in text  # "Shake & Share <b>plan</b>", literally
    assert "Vita BV" in text
    en, nl = VERDICT_LABELS[analysis.verdict.level]
    assert (nl if lang == "nl" else en) in text
    assert squash(analysis.verdict.summary) in flat
    assert analysis.red_flags, "the sample should raise flags"
    for flag in analysis.red_flags:
        assert squash(flag.title) in flat, flag.id
    proj = analysis.projection
    # Key numbers as the report formats them (hand-checked against the projection).
    assert squash(fmt_money(proj.total_net, "EUR", lang)) in flat
    assert squash(fmt_money(analysis.typical.median_annual_net, "EUR", lang)) in flat
    assert squash(fmt_money(proj.hourly, "EUR", lang, 2)) in flat
    for question in analysis.questions:
        assert squash(question) in flat


def test_key_numbers_are_the_hand_computed_ones(sample_pdfs):
    ev, pdfs = sample_pdfs
    flat = squash(pdf_text(pdfs["nl"]))
    # Fees of the first month: sign-up 99 + kit 200 + monthly 20 = 319; training 150 x 2 / 12 =
    # 25 a month, 300 in the first year.
    assert squash("Kosten, startpakket en voorraad € 319 € 20 € 539") in flat
    assert squash("Training en evenementen € 25 € 25 € 300") in flat
    # Typical participant: 60% earn nothing -> gross 0, annual costs = the first year's costs.
    analysis = analyze(ev, "nl")
    assert analysis.typical.median_annual_gross == 0
    assert squash("60,0%") in flat


def test_dutch_report_is_in_dutch_and_lists_where_to_report(sample_pdfs):
    _, pdfs = sample_pdfs
    nl, en = pdf_text(pdfs["nl"]), pdf_text(pdfs["en"])
    for word in ("Kerncijfers", "Rode vlaggen", "Geen juridisch advies", "Vragen om aan de werver",
                 "Pagina 1 van", "Maand", "Cumulatief nettoresultaat"):
        assert word in nl, word
    for place in ("ConsuWijzer", "Kansspelautoriteit", "AFM", "Fraudehelpdesk", "Politie"):
        assert place in nl, place
    assert "Politie" not in en  # the list of where to report stays Dutch
    for word in ("Key numbers", "Red flags", "Not legal advice", "Page 1 of", "Month"):
        assert word in en, word
    assert "Kerncijfers" not in en


def test_pdf_is_sound_a4_with_embedded_fonts_and_vector_charts(sample_pdfs):
    _, pdfs = sample_pdfs
    for path in pdfs.values():
        reader = pypdf.PdfReader(str(path))
        box = reader.pages[0].mediabox
        assert float(box.width) == pytest.approx(210 * MM, abs=1)
        assert float(box.height) == pytest.approx(297 * MM, abs=1)
        fonts = fonts_of(path)
        assert fonts and all(embedded for _, embedded in fonts), fonts
        assert 2 <= len(reader.pages) <= 8
        assert image_count(path) == 0  # charts are vectors, not pictures
    # Chart text is real text: axis labels and legends are searchable.
    text = pdf_text(pdfs["en"])
    for label in ("Cumulative net result", "You (your projection)", "Typical participant (income disclosure)",
                  "Recruiter's claim", "Total over 36 months"):
        assert label in text, label


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf not installed")
def test_qpdf_check_passes(sample_pdfs):
    for path in sample_pdfs[1].values():
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="pdffonts not installed")
def test_pdffonts_says_every_font_is_embedded(sample_pdfs):
    for path in sample_pdfs[1].values():
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        assert rows
        for row in rows:
            # name type encoding emb sub uni object ID: 'emb' is the 4th column from the right.
            assert row.split()[-5] == "yes", row


def test_letter_paper(qt_app, tmp_path):
    path = tmp_path / "letter.pdf"
    write_report(sample_evaluation(), path, lang="en", paper="letter")
    box = pypdf.PdfReader(str(path)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((612, 792), abs=1)


def test_simulation_summary_and_outcome_chart(qt_app, tmp_path):
    path = tmp_path / "sim.pdf"
    sim = fake_simulation()
    write_report(sample_evaluation(), path, lang="en", simulation=sim)
    text = pdf_text(path)
    flat = squash(text)
    assert "Population simulation" in text
    assert "Outcomes across everyone in the simulation" in text
    assert squash("Those who join when you do -$3,000") not in flat  # the currency is EUR
    assert squash("Those who join when you do €-3,000") not in flat
    assert squash("-€3,000 -€2,500 -€1,800 -€1,500 -€300 €15,000 5.0%") in flat
    assert squash("20,000 / 12,000 / 9,000") in flat
    assert squash("61.0% / 90.0%") in flat
    assert "8.3% of everyone ends with a profit" in text  # the axis label, as text: 8.25 rounds up
    assert 2 <= pages_of(path) <= 8


# ------------------------------------------------------------------------------------------
# Every bundled example


@pytest.mark.parametrize("index", range(len(example_ids())), ids=example_ids())
def test_every_example_reports_in_both_languages(qt_app, tmp_path, index):
    ev = examples()[index]
    for lang in ("nl", "en"):
        path = tmp_path / f"{lang}.pdf"
        write_report(ev, path, lang=lang)
        text = pdf_text(path)
        flat = squash(text)
        analysis = analyze(ev, lang)
        assert squash(ev.offer.name) in flat
        en, nl = VERDICT_LABELS[analysis.verdict.level]
        assert (nl if lang == "nl" else en) in text
        for flag in analysis.red_flags:
            assert squash(flag.title) in flat, flag.id
        assert squash(fmt_money(analysis.projection.total_net, ev.offer.currency, lang)) in flat
        assert 2 <= pages_of(path) <= 8, pages_of(path)
        assert all(embedded for _, embedded in fonts_of(path))


def _largest_first(ids: list[str]) -> list:
    """The largest example runs in every test run; the others only with ``make test-slow``."""
    from evaluator.resources import example_paths

    paths = example_paths()
    largest = max(range(len(paths)), key=lambda i: paths[i].stat().st_size) if paths else -1
    return [pytest.param(i, id=name, marks=() if i == largest else pytest.mark.slow)
            for i, name in enumerate(ids)]


@pytest.mark.parametrize("index", _largest_first(example_ids()))
def test_every_example_with_a_real_simulation_stays_within_six_pages(qt_app, tmp_path, index):
    from evaluator.core.simulation import simulate

    ev = examples()[index]
    sim = simulate(ev, participants=max(ev.simulation.existing_participants, 12_000))
    path = tmp_path / "sim.pdf"
    write_report(ev, path, lang="nl", simulation=sim)
    assert 2 <= pages_of(path) <= 8
    assert "Simulatie van het hele netwerk" in pdf_text(path)


# ------------------------------------------------------------------------------------------
# Safety: user text is literal, nothing loads


HOSTILE = '<img src="file:///etc/hostname"><a href="https://example.com/x">link</a>&amp;<script>x</script>'


def test_markup_in_user_text_is_printed_literally(qt_app, tmp_path):
    ev = sample_evaluation(name=HOSTILE[:200], company="<b>bold</b> & co", notes="<h1>Big</h1>\nline 2",
                           claims={"claimed_monthly_income": 1000, "text": '<img src="x.png">'})
    path = tmp_path / "hostile.pdf"
    write_report(ev, path, lang="en")
    flat = squash(pdf_text(path))
    assert squash('<img src="file:///etc/hostname">') in flat
    assert squash("<b>bold</b> & co") in flat
    assert squash("<h1>Big</h1>") in flat
    assert squash('<img src="x.png">') in flat
    assert image_count(path) == 0


def test_html_escapes_every_user_text_and_tokens_cannot_be_forged():
    ev = sample_evaluation(name="CHARTdeadbeef <i>x</i>", notes='"quoted" <tag>')
    content = build_content(ev, analyze(ev, "en"), "en")
    assert "<i>x</i>" not in content.html
    assert "&lt;i&gt;x&lt;/i&gt;" in content.html
    assert "&lt;tag&gt;" in content.html
    assert all(spec.token not in ev.offer.name for spec in content.charts)
    assert len({spec.token for spec in content.charts}) == len(content.charts)


def test_document_loads_no_resources(qt_app, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    from evaluator.report.engine import ReportDocument

    picture = tmp_path / "p.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    image.save(str(picture))
    doc = ReportDocument()
    doc.setHtml(f'<p><img src="file://{picture}" width="8" height="8"></p>')
    assert doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"file://{picture}")) is None
    assert doc.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl.fromLocalFile(str(picture))) is None


# ------------------------------------------------------------------------------------------
# Atomic writing: a failed report leaves nothing


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_missing_folder_writes_nothing(qt_app, tmp_path):
    with pytest.raises(ReportError, match="does not exist"):
        write_report(sample_evaluation(), tmp_path / "missing" / "out.pdf")
    assert _leftovers(tmp_path) == []


def test_bad_language_or_paper_is_refused(qt_app, tmp_path):
    with pytest.raises(ReportError):
        write_report(sample_evaluation(), tmp_path / "a.pdf", lang="de")
    with pytest.raises(ReportError):
        write_report(sample_evaluation(), tmp_path / "a.pdf", paper="a3")
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_writes_nothing(qt_app, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReportError, match="not writable"):
            write_report(sample_evaluation(), folder / "out.pdf")
        assert _leftovers(folder) == []
    finally:
        folder.chmod(0o700)


def test_failure_mid_render_leaves_no_file_and_keeps_the_old_one(qt_app, tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old report")
    report = PreparedReport(sample_evaluation(), "en")
    with pytest.raises(RuntimeError, match="injected"):
        report.write_pdf(target, fail_after_page=2)
    assert _leftovers(tmp_path) == ["out.pdf"]
    assert target.read_bytes() == b"old report"
    # And the same report, not interrupted, replaces it.
    pages = report.write_pdf(target)
    assert _leftovers(tmp_path) == ["out.pdf"]
    assert pages == pages_of(target) and target.read_bytes().startswith(b"%PDF")


def test_failure_in_a_chart_writes_nothing(qt_app, tmp_path, monkeypatch):
    from evaluator import charts

    def broken(*args, **kwargs):
        raise ValueError("chart broke")

    monkeypatch.setattr(charts, "draw_income_sources", broken)
    with pytest.raises(ValueError, match="chart broke"):
        write_report(sample_evaluation(), tmp_path / "out.pdf", lang="en")
    assert _leftovers(tmp_path) == []


# ------------------------------------------------------------------------------------------
# The command line


def _cli(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must go headless by itself
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "evaluator", "report", *args], capture_output=True,
                          text=True, env=env, timeout=60)


@pytest.fixture
def sample_file(tmp_path):
    from evaluator.core.fileformat import save

    path = tmp_path / "sample.oppeval"
    save(sample_evaluation(), path)
    return path


def test_cli_writes_the_report_headless(sample_file, tmp_path):
    out = tmp_path / "r.pdf"
    result = _cli(str(sample_file), "-o", str(out), "--lang", "en", "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert "Shake & Share <b>plan</b>" in pdf_text(out)
    assert float(pypdf.PdfReader(str(out)).pages[0].mediabox.width) == pytest.approx(612, abs=1)


@pytest.mark.parametrize("args, message", [
    (["--lang", "de"], "--lang"),
    (["--paper", "a3"], "--paper"),
])
def test_cli_bad_options_exit_2(sample_file, tmp_path, args, message):
    out = tmp_path / "r.pdf"
    result = _cli(str(sample_file), "-o", str(out), *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_cli_bad_file_and_bad_output_exit_2(sample_file, tmp_path):
    bad = tmp_path / "bad.oppeval"
    bad.write_text('{"format": "opportunity-evaluation", "version": 1, "offer": {"name": ""}}')
    result = _cli(str(bad), "-o", str(tmp_path / "r.pdf"))
    assert result.returncode == 2 and "offer.name" in result.stderr
    result = _cli(str(sample_file), "-o", str(tmp_path / "nowhere" / "r.pdf"))
    assert result.returncode == 2 and "does not exist" in result.stderr
    (tmp_path / "afile").write_text("x")
    result = _cli(str(sample_file), "-o", str(tmp_path / "afile" / "r.pdf"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "bad.oppeval", "sample.oppeval"]


# ------------------------------------------------------------------------------------------
# Extremes: the least and the most an evaluation can hold


def test_a_bare_evaluation_makes_a_short_report(qt_app, tmp_path):
    from evaluator.core.model import Evaluation

    path = tmp_path / "bare.pdf"
    pages = write_report(Evaluation.new("Just a name"), path, lang="nl")
    assert 2 <= pages <= 8 and pages == pages_of(path)
    text = pdf_text(path)
    assert "Just a name" in text and "geen verklaring" in text


def test_a_huge_evaluation_is_shortened_to_six_pages(qt_app, tmp_path):

    data = {"format": "opportunity-evaluation", "version": 1, "offer": {
        "name": "Huge", "company": "C" * 200, "notes": "word " * 4000,
        "training": [{"name": f"T{i}", "cost": 10, "times_per_year": 1, "mandatory": True,
                      "focus": "recruiting"} for i in range(40)],
        "claims": {"claimed_monthly_income": 5000, "text": "claim " * 3000},
        "products": [{"name": f"Product {i}", "wholesale_price": 10 + i, "retail_price": 20 + i}
                     for i in range(60)],
        "payout": {"plan": "unilevel", "levels": [1] * 100,
                   "ranks": [{"name": f"R{i}", "group_volume": i * 100, "legs": i % 5,
                              "monthly_bonus": i} for i in range(40)]},
        "disclosure": {"year": 2020, "source": "s" * 2000, "basis": "active",
                       "tiers": [{"name": f"t{i}", "share_percent": 2, "annual_average": i * 10}
                                 for i in range(50)]}},
        "assumptions": {"horizon_months": 120, "recruits_per_month": 1,
                        "downline_recruits_per_member_per_month": 0.5}}
    path = tmp_path / "huge.pdf"
    pages = write_report(_from_data(data), path, lang="en")
    assert pages == pages_of(path) <= 8
    flat = squash(pdf_text(path))
    assert squash("... and 54 more") in flat  # 60 products, 6 shown in the compact version
    assert squash("(shortened; the evaluation file has the full text)") in flat


def test_markup_in_every_kind_of_user_text_is_literal(qt_app, tmp_path):
    marks = {key: f"<i>{key}</i>&amp;" for key in (
        "company", "product", "training", "rank", "tier", "source", "active", "claim", "notes")}
    ev = sample_evaluation(
        company=marks["company"], notes=marks["notes"],
        products=[{"name": marks["product"], "wholesale_price": 40, "retail_price": 55}],
        training=[{"name": marks["training"], "cost": 10, "times_per_year": 0, "mandatory": False,
                   "focus": "product"}],
        payout={"plan": "unilevel", "levels": [5], "ranks": [
            {"name": marks["rank"], "group_volume": 100, "legs": 1, "monthly_bonus": 10}]},
        disclosure={"year": 2023, "source": marks["source"], "basis": "active",
                    "active_definition": marks["active"],
                    "tiers": [{"name": marks["tier"], "share_percent": 100, "annual_average": 10}]},
        claims={"claimed_monthly_income": 100, "text": marks["claim"]})
    path = tmp_path / "marks.pdf"
    write_report(ev, path, lang="nl")
    flat = squash(pdf_text(path))
    for key, mark in marks.items():
        assert squash(mark) in flat, key


def test_cli_simulate_adds_the_simulation_summary(sample_file, tmp_path):
    out = tmp_path / "sim.pdf"
    result = _cli(str(sample_file), "-o", str(out), "--lang", "nl", "--simulate")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Simulatie van het hele netwerk" in text
    assert "Uitkomsten van iedereen in de simulatie" in text

"""The analyze summary says where the cohort ends truly: never "half end below $35,000" when
every one of its percentiles is $35,000."""

from __future__ import annotations

from pathlib import Path

from evaluator.cli import main
from evaluator.cli.analyze_cmd import cohort_middle

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def _text(capsys, name: str, lang: str) -> str:
    assert main(["analyze", str(EXAMPLES / name), "--lang", lang]) == 0
    return " ".join(capsys.readouterr().out.split())  # unwrapped


def test_gifting_circle_cohort_all_at_35000(capsys):
    # every cohort percentile (10 ... 99) of the gifting circle is 35,000.0 (analyze --json)
    en = _text(capsys, "gifting-circle-2x3.oppeval", "en")
    assert "Of those who join when you do (7 people), at least 8 in 10 end at exactly $35,000 and 100.0% end" in en
    assert "below" not in en.split("Population simulation")[1].split("Red flags")[0]
    nl = _text(capsys, "gifting-circle-2x3.oppeval", "nl")
    assert ("Van wie tegelijk met jou begint (7 mensen) eindigen er minstens 8 op de 10 op precies $ 35.000 en "
            "eindigt 100,0% met winst") in nl


def test_spread_cohort_says_half_end_at_the_median_or_less(capsys):
    # doTERRA 2017: cohort median -1,235.08, 10th percentile -3,803.62, 90th -342.40
    en = _text(capsys, "mlm-unilevel-doterra-2017.oppeval", "en")
    assert "Of those who join when you do (479 people), half end at -$1,235 or less and 1.5% end" in en


def test_cohort_middle_rules():
    def money(x):
        return f"${x:,.0f}"

    same = {"10": 100.0, "25": 100.0, "50": 100.0, "75": 100.0, "90": 100.004}  # within a cent
    assert cohort_middle(same, money, "en") == "at least 8 in 10 end at exactly $100"
    spread = {"10": 0.0, "50": 100.0, "90": 100.0}
    assert cohort_middle(spread, money, "en") == "half end at $100 or less"
    assert cohort_middle(spread, money, "nl") == "eindigt de helft op $100 of minder"

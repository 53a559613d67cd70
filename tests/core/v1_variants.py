"""Version-1 evaluations beyond the bundled examples, for checking that a refactor changes no
figure: each bundled example with its payout plan, fees, training, requirements, assumptions and
simulation settings varied by a seeded random generator (every plan type, both bases, rank ties,
trailing zero levels, caps, all retail modes, horizons across the renewal months).

``fingerprints()`` hashes, per variant, ``analyze --json`` in both languages, the simulation's
JSON (a small network) and the PDF content's HTML up to its appendix (the appendix echoes the
document, which is version 2 since the upgrade). ``tests/fixtures/v1-variants.sha256.json`` holds
the fingerprints made with the code before the terms/plan seam (the report's, cut at the
appendix, were remade with that same code before format version 2 landed); regenerate only when
a figure changes on purpose::

    .venv/bin/python tests/core/v1_variants.py --write tests/fixtures/v1-variants.sha256.json
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
from pathlib import Path

COUNT = 120
SEED = 12345


def _perturb(doc: dict, rnd: random.Random) -> dict:
    o = doc["offer"]
    a = doc.setdefault("assumptions", {})
    p = o.setdefault("payout", {})

    def ch(*xs):
        return rnd.choice(xs)

    p["plan"] = ch("none", "unilevel", "binary")
    p["levels"] = [round(rnd.uniform(0, 15), rnd.choice([0, 1, 3])) for _ in range(rnd.randint(0, 9))]
    if rnd.random() < 0.2:
        p["levels"] = [0.0] * rnd.randint(1, 3) + p["levels"]
    if rnd.random() < 0.2:
        p["levels"] = p["levels"] + [0.0] * 2
    p["binary_percent"] = ch(0.0, 7.5, 10.0, 13.3)
    p["binary_monthly_cap"] = ch(None, None, 50.0, 2000.0, 0.0)
    p["commission_basis"] = ch("all_volume", "customer_volume")
    p["recruit_bonus"] = ch(0.0, 0.0, 25.0, 99.9)
    p["retail_mode"] = ch("margin", "commission", "none")
    p["retail_commission_percent"] = ch(0.0, 7.0, 33.3)
    p["ranks"] = [{"name": f"R{i}", "group_volume": ch(0.0, 100.0, 500.0, 500.0, 3000.0),
                   "legs": rnd.randint(0, 3), "monthly_bonus": ch(0.0, 50.0, 123.45)}
                  for i in range(rnd.randint(0, 4))]
    f = o.setdefault("fees", {})
    for k in ("signup", "starter_kit", "monthly", "annual"):
        f[k] = ch(0.0, 4.95, 29.95, 100.0)
    r = o.setdefault("requirements", {})
    r["monthly_volume"] = ch(0.0, 50.0, 100.0, 133.3)
    r["autoship_required"] = ch(True, False)
    r["initial_inventory"] = ch(0.0, 0.0, 500.0)
    if rnd.random() < 0.3:
        o["products"] = []
    if rnd.random() < 0.5:
        o["training"] = [{"name": f"T{i}", "cost": ch(0.0, 19.95, 299.0),
                          "times_per_year": ch(0.0, 0.0, 4.0, 12.0, 0.5), "mandatory": ch(True, False),
                          "focus": ch("product", "sales", "recruiting", "mixed")}
                         for i in range(rnd.randint(0, 3))]
    a["horizon_months"] = ch(1, 12, 13, 25, 36, 60)
    a["new_customers_per_month"] = ch(0.0, 0.5, 2.0, 5.0)
    a["customer_monthly_spend"] = ch(0.0, 30.0, 80.0)
    a["customer_retention_percent"] = ch(0.0, 50.0, 90.0)
    a["recruits_per_month"] = ch(0.0, 0.2, 1.0, 2.5)
    a["downline_recruits_per_member_per_month"] = ch(0.0, 0.1, 0.3)
    a["downline_retention_percent"] = ch(50.0, 90.0, 100.0)
    a["downline_customer_sales"] = ch(0.0, 20.0, 150.0)
    a["personal_use_percent"] = ch(0.0, 30.0)
    a["other_expenses_per_month"] = ch(0.0, 15.0)
    a["include_optional_training"] = ch(True, False)
    s = doc.setdefault("simulation", {})
    s.update(existing_participants=300, market_size=ch(5000, 20000), months=ch(6, 14),
             churn_percent=ch(0.0, 5.0), attachment=ch("uniform", "preferential"),
             customer_sales_mean=ch(0.0, 50.0), seed=rnd.randint(0, 99))
    return doc


def variants(root: Path) -> list[dict]:
    rnd = random.Random(SEED)
    # the version-1 originals of the bundled examples (resources/examples/ holds version 2)
    examples = sorted((root / "tests" / "fixtures" / "files" / "v1" / "examples").glob("*.oppeval"))
    return [_perturb(copy.deepcopy(json.loads(examples[i % len(examples)].read_text("utf-8"))), rnd)
            for i in range(COUNT)]


def _numbers_only(value):
    """The JSON with every text replaced by "": a digest of it changes only when a figure does."""
    if isinstance(value, dict):
        return {k: _numbers_only(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers_only(v) for v in value]
    return "" if isinstance(value, str) else value


def _digest(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


_APPENDIX = {"en": "Appendix: what you entered", "nl": "Bijlage: wat je hebt ingevuld"}


def fingerprints(root: Path) -> list[dict[str, str]]:
    from evaluator.core import fileformat
    from evaluator.core.analysis import analyze
    from evaluator.core.simulation import simulate
    from evaluator.report.content import build_content

    out = []
    for i, doc in enumerate(variants(root)):
        ev = fileformat.from_data(doc)
        sim = simulate(ev)
        sim_json = sim.to_json()
        sim_json.pop("elapsed_s")
        row = {"simulate": _digest(sim_json)}
        for lang in ("en", "nl"):
            analysis = analyze(ev, lang, sim if i % 2 else None)
            data = analysis.to_json()
            row[f"analyze.{lang}"] = _digest(data)
            row[f"analyze.{lang}.numbers"] = _digest(_numbers_only(data))
            html = build_content(ev, analysis, lang, sim if i % 2 else None, dt.date(2026, 1, 15)).html
            # The report up to its appendix ("what you entered", which echoes the document and
            # so shows format version 2's fields since the upgrade).
            html = html[:html.index(_APPENDIX[lang])]
            row[f"report.{lang}"] = _digest(re.sub(r"CHART[0-9a-f]+", "CHART", html))
        out.append(row)
    return out


if __name__ == "__main__":
    root = Path(os.getcwd())
    sys.path.insert(0, str(root))
    target = Path(sys.argv[sys.argv.index("--write") + 1])
    target.write_text(json.dumps(fingerprints(root), indent=0) + "\n", "utf-8")
    print("wrote", target)

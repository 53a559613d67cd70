"""The payout-plan seam (core/plans): a contract every registered component keeps, a test-only
component that flows through the projection, the simulation, the red flags and the PDF, and
checks that no consumer branches on the plan type any more."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Literal

import pytest

from evaluator.core import terms as offer_terms
from evaluator.core.analysis import analyze
from evaluator.core.model import Base, CommissionBasis, Evaluation, F, Percent
from evaluator.core.model_v1 import Payout as PayoutV1
from evaluator.core.plans.upgrade import upgrade_payout_v1
from evaluator.core.plans import (
    REGISTRY, SOURCES, Kind, MonthState, Plan, SplitSums, kinds, register, unregister,
    v1_payout_fields,
)
from evaluator.core.plans.components import COMPONENT_MODELS, COMPONENT_TYPES, Rank
from evaluator.core.plans.registry import SAMPLE_RANKS
from evaluator.core.projection import project
from evaluator.core.simulation import simulate, simulate_detailed
from evaluator.core.terms import MemberVolumes
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded

ROOT = Path(__file__).resolve().parents[2]



def Payout(**fields):  # noqa: N802  (a version-1 payout as the document holds it: upgraded)
    return upgrade_payout_v1(PayoutV1(**fields))

def sample_ranks() -> list[Rank]:
    return [Rank(name=n, group_volume=gv, legs=legs) for n, gv, legs in SAMPLE_RANKS]


def evaluation(horizon: int = 3, **assumptions) -> Evaluation:
    """No products (w = r = v = 1), 100 points a month required, 1 recruit a month who all stay
    and recruit no one: a_1(m) = m, every member's commissionable volume B = MV = 100."""
    data = {
        "format": "opportunity-evaluation", "version": 1,
        "offer": {"name": "Seam", "kind": "mlm", "fees": {"monthly": 20},
                  "requirements": {"monthly_volume": 100}},
        "assumptions": {"horizon_months": horizon, "recruits_per_month": 1,
                        "downline_retention_percent": 100, **assumptions},
        "simulation": {"existing_participants": 200, "market_size": 3000, "months": 6, "seed": 7},
    }
    return _from_data(data)


# ---- the contract, over every registered component ----------------------------------------


@pytest.mark.parametrize("kind", kinds(), ids=lambda k: k.type)
def test_every_component_keeps_the_contract(kind: type[Kind]):
    component = kind.sample()
    assert component.type == kind.type and isinstance(component, kind.model)
    assert COMPONENT_MODELS[kind.type] is kind.model
    assert kind.source in SOURCES
    en, nl = kind.labels()
    assert isinstance(en, str) and en and isinstance(nl, str) and nl
    assert set(kind.editor_fields) <= set(kind.model.model_fields) - {"type"}
    assert set(kind.v1_fields) <= set(PayoutV1.model_fields)
    companions = kind.sample_companions()  # what it needs beside it to pay (matching: a unilevel)
    plan = Plan.from_components(sample_ranks(), [component, *companions])
    k = plan.kind(kind.type)
    assert k is not None
    assert isinstance(k.pays(), bool) and k.pays()  # every sample pays something
    depth = k.depth()
    assert depth is None or (isinstance(depth, int) and depth >= 0)
    assert 0 <= k.internal_share(0.4) <= 1
    # The projection step: nothing without a downline or recruits, a finite amount with them.
    volumes = MemberVolumes(customer=20.0, member=100.0, commissionable=100.0)
    empty = MonthState(month=1, levels=[0.0] * max(1, k.projection_depth()), downline=0.0,
                       recruits=0.0, volumes=volumes, rank=None)
    assert k.project(empty) == 0
    busy = MonthState(month=5, levels=[4.0] * max(1, k.projection_depth()), downline=20.0,
                      recruits=2.0, volumes=volumes, rank=plan.ranks[-1])
    value = k.project(busy)
    assert math.isfinite(value) and value > 0
    # Its words, in both languages.
    money, pct = (lambda x: f"€{x:g}"), (lambda x, d=0: f"{x:g}%")
    en, nl = k.describe("en", money, pct), k.describe("nl", money, pct)
    assert en and nl and en != nl
    phrase_en, phrase_nl = k.pays_for("en", money), k.pays_for("nl", money)
    assert (phrase_en is None) == (phrase_nl is None)
    num = lambda x, d=0: f"{x:g}"  # noqa: E731
    if depth != 0:  # how deep it pays, for the deep_overrides flag
        deep_en, deep_nl = k.depth_text("en", pct, num), k.depth_text("nl", pct, num)
        assert deep_en and deep_nl and deep_en != deep_nl
    assert k.rewards_recruiting() in (None, "serious", "warning")
    if k.rewards_recruiting() is not None:  # its sentence in the recruitment_rewards flag
        why_en, why_nl = k.recruiting_text("en", money, pct), k.recruiting_text("nl", money, pct)
        assert why_en and why_nl and why_en != why_nl
    # The traits the verdict, break-even and the charts read.
    assert math.isfinite(k.headline_rate()) and k.headline_rate() >= 0
    best = k.best_rate_per_member()
    assert best is None or 0 < best <= 1
    assert k.per_recruit() >= 0
    assert k.grows_with_recruits(volumes) is True  # every sample pays on these volumes
    assert isinstance(k.pays_downline(), bool)
    # The simulation step: a real run with this component alone pays into its source.
    ev = evaluation()
    offer_terms.use_plan(ev, plan)
    # The income split: what it adds is its revenue, split between outside and recruitment.
    acc = SplitSums()
    k.split_projection(acc, [10.0, 20.0, 30.0], project(ev), volumes)
    assert acc.outside >= 0 and acc.recruitment >= 0
    assert acc.outside + acc.recruitment == pytest.approx(60.0)
    result = simulate(ev)
    paid = result.earnings_by_source[kind.source]
    assert math.isfinite(paid) and paid >= 0
    base = 0.0  # what the companions alone pay into the same source
    if companions:
        alone = evaluation()
        offer_terms.use_plan(alone, Plan.from_components(sample_ranks(), companions))
        base = simulate(alone).earnings_by_source[kind.source]
    if kind.type in COMPONENT_TYPES:  # the eight SPEC 10 types: the exact payout engine pays them
        assert paid > base
    else:  # a test-only component: the simulation pays SPEC 10's components only
        assert paid == base


def test_registry_holds_every_component_the_version_1_ones_in_their_order():
    assert {"unilevel", "binary", "recruit_bonus", "rank_bonus"} <= set(REGISTRY)
    v1 = [k.type for k in kinds() if k.type in ("recruit_bonus", "unilevel", "binary", "rank_bonus")]
    assert v1 == ["recruit_bonus", "unilevel", "binary", "rank_bonus"]  # their order, as in version 1
    assert set(REGISTRY) == set(COMPONENT_MODELS)  # every version-2 component has its kind


def test_version_1_fields_by_plan_type_drive_the_editor():
    assert v1_payout_fields() == [
        ("levels", frozenset({"unilevel"})),
        ("binary_percent", frozenset({"binary"})),
        ("binary_monthly_cap", frozenset({"binary"})),
        ("commission_basis", frozenset({"unilevel", "binary"})),
        ("recruit_bonus", frozenset()),
        ("ranks", frozenset()),
    ]


def test_projection_revenue_by_component_adds_up_to_revenue_by_source():
    ev = evaluation(horizon=4)
    ev = ev.model_copy(update={"offer": ev.offer.model_copy(update={"payout": Payout(
        plan="unilevel", levels=[10, 5], recruit_bonus=30)})})
    p = project(ev)
    # unilevel month m: 10% * a_1 * 100 = 10m (a_2 = 0: members recruit no one)
    assert p.by_component["unilevel"] == pytest.approx([10, 20, 30, 40])
    assert p.by_component["recruit_bonus"] == pytest.approx([30] * 4)  # 30 * 1 recruit
    assert p.revenue["downline"] == p.by_component["unilevel"]
    assert p.revenue["recruiting"] == p.by_component["recruit_bonus"]


# ---- a new component is one module: a test-only one, registered here -------------------------


class OverrideComponent(Base):
    type: Literal["test_override"] = F(..., "Component", "Onderdeel", "Test override.", "Testoverride.")
    percent: Percent = F(..., "Percentage", "Percentage", "Of every level's volume.",
                         "Van het volume van elk niveau.", unit="percent")
    basis: CommissionBasis = F("all_volume", "Paid on", "Betaald over", "Basis.", "Basis.")


class Override(Kind):
    """The same percentage on each of six levels: a unilevel [p, p, p, p, p, p] in disguise."""

    type = "test_override"
    model = OverrideComponent
    source = "downline"
    order = 25
    label = ("test override", "testoverride")
    editor_fields = ("percent",)

    @classmethod
    def sample(cls):
        return OverrideComponent(type="test_override", percent=5)

    def projection_depth(self) -> int:
        return 6

    def project(self, state: MonthState) -> float:
        return sum(self.c.percent / 100 * a * state.volumes.commissionable for a in state.levels[:6])

    def pays(self) -> bool:
        return self.c.percent > 0

    def pays_downline(self) -> bool:
        return self.pays()

    def depth(self) -> int | None:
        return 6

    def headline_rate(self) -> float:
        return self.c.percent

    def depth_text(self, lang, pct, num) -> str:
        return {"en": f"The override pays {pct(self.c.percent)} on 6 levels",
                "nl": f"De override betaalt {pct(self.c.percent)} over 6 niveaus"}[lang]

    def pays_for(self, lang, money):
        return {"en": "six levels of your downline", "nl": "zes niveaus van je netwerk"}[lang]

    def describe(self, lang, money, pct) -> str:
        return {"en": f"Test override: {pct(self.c.percent)} on each of six levels.",
                "nl": f"Testoverride: {pct(self.c.percent)} op elk van zes niveaus."}[lang]


@pytest.fixture
def override():
    register(Override)
    yield Override
    unregister(Override.type)


def with_plan(ev: Evaluation, *components) -> Evaluation:
    offer_terms.use_plan(ev, Plan.from_components([], components))
    return ev


def test_test_component_flows_through_the_projection(override):
    ev = with_plan(evaluation(horizon=3), OverrideComponent(type="test_override", percent=5))
    p = project(ev)
    # month m: 5% * a_1(m) * B = 0.05 * m * 100 = 5m; fee 20 a month, own purchases 100 * 1/1
    assert p.revenue["downline"] == pytest.approx([5, 10, 15])
    assert p.by_component["test_override"] == pytest.approx([5, 10, 15])
    assert p.net == pytest.approx([5 - 120, 10 - 120, 15 - 120])


def test_test_component_equals_the_unilevel_it_imitates_in_the_projection(override):
    """Six levels of 5% are a unilevel [5, 5, 5, 5, 5, 5]: the same projection to the cent. The
    simulation pays by SPEC 10's exact engine, which knows SPEC 10's eight types only: a
    test-only component pays nothing there, while the unilevel it imitates does."""
    kw = dict(horizon=12, downline_recruits_per_member_per_month=0.5, downline_retention_percent=80)
    ours = with_plan(evaluation(**kw), OverrideComponent(type="test_override", percent=5))
    base = evaluation(**kw)
    unilevel = base.model_copy(update={"offer": base.offer.model_copy(update={
        "payout": Payout(plan="unilevel", levels=[5] * 6)})})
    assert project(ours).revenue["downline"] == pytest.approx(project(unilevel).revenue["downline"], rel=1e-12)
    a, pa = simulate_detailed(ours)
    b, pb = simulate_detailed(unilevel)
    assert a.earnings_by_source["downline"] == 0.0
    assert not pa.earnings["downline"].any()
    assert b.earnings_by_source["downline"] > 0


def test_test_component_flows_through_the_red_flags_and_the_verdict(override):
    ev = with_plan(evaluation(horizon=6), OverrideComponent(type="test_override", percent=5))
    analysis = analyze(ev, "en")
    deep = analysis.flag("deep_overrides")
    assert deep is not None and deep.title == "Commissions reach 6 levels deep"
    assert deep.detail.startswith("The override pays 5% on 6 levels; from level 5 on")
    rewards = analysis.flag("recruitment_rewards")  # paid on the recruits' required 100 points
    assert rewards is not None and "5.0%" in rewards.detail
    main_goal = next(a for a in analysis.comparison if a.key == "main_goal")
    assert main_goal.this_offer == "The plan pays for six levels of your downline."
    assert analyze(ev, "nl").flag("deep_overrides").detail.startswith("De override betaalt 5% over 6 niveaus")


def test_test_component_is_described_in_the_pdf(override, qapp, tmp_path):
    import pypdf

    from evaluator.report import PreparedReport

    ev = with_plan(evaluation(horizon=6), OverrideComponent(type="test_override", percent=5))
    out = tmp_path / "override.pdf"
    PreparedReport(ev, "en").write_pdf(out, "a4")
    text = " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(out)).pages)
    text = re.sub(r"\s+", " ", text)
    assert "Test override: 5% on each of six levels." in text
    assert "The override pays 5% on 6 levels" in text  # its red flag


# ---- no consumer branches on the plan type or recomputes the terms ----------------------------


def _sources(*skip: str):
    for path in sorted((ROOT / "evaluator").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel not in skip:
            yield rel, path.read_text("utf-8")


def test_no_branch_on_the_plan_type_outside_the_upgrade():
    allowed = ("evaluator/core/plans/upgrade.py", "evaluator/core/model.py")
    # (reading the editor's "offer.payout.plan" field, or naming it in ``docs``, is no branch)
    pattern = re.compile(r"\.plan\s*(==|!=|in\b)|(?<![\"`.])payout\.plan\b|\bplan\s*==\s*\"")
    hits = [f"{rel}:{n}" for rel, text in _sources(*allowed)
            for n, line in enumerate(text.splitlines(), 1) if pattern.search(line)]
    assert hits == []


def test_terms_are_computed_only_in_the_terms_module():
    pattern = re.compile(r"product_mix\(|commission_basis\s*==|fees\.annual|times_per_year\s*/\s*12")
    allowed = ("evaluator/core/terms.py", "evaluator/core/model.py", "evaluator/core/plans/upgrade.py",
               "evaluator/core/glossary.py")  # the glossary names field paths, computes nothing
    hits = [f"{rel}:{n}" for rel, text in _sources(*allowed)
            for n, line in enumerate(text.splitlines(), 1)
            if pattern.search(line) and "``" not in line]  # (a docstring naming a formula is fine)
    assert hits == []


# ---- version 1 through the seam -------------------------------------------------------------


def _with_payout(ev: Evaluation, **payout) -> Evaluation:
    return ev.model_copy(update={"offer": ev.offer.model_copy(update={"payout": upgrade_payout_v1(PayoutV1.model_validate(payout))})})


def test_version_1_rank_rule_survives_the_upgrade_largest_group_volume_first_listed_on_a_tie():
    ranks = [{"name": "Gold", "group_volume": 500, "legs": 0, "monthly_bonus": 80},
             {"name": "Silver", "group_volume": 500, "legs": 0, "monthly_bonus": 60},
             {"name": "Bronze", "group_volume": 100, "legs": 0, "monthly_bonus": 10}]
    ev = _with_payout(evaluation(horizon=5), ranks=ranks)
    p = project(ev)
    # GV(m) = RV 0 + OV 100 + a_1(m) * MV 100 = 100 + 100m: 200, 300, 400, 500, 600
    assert p.rank == ["Bronze", "Bronze", "Bronze", "Gold", "Gold"]
    assert p.revenue["rank"] == [10, 10, 10, 80, 80]


def test_a_version_1_rank_volume_below_version_2_s_minimum_still_analyses():
    """Version 1 accepts a group volume of 1e-7; version 2's Volume refuses it (0 or >= 1e-6):
    the seam still builds the plan, and the rank needs exactly that volume."""
    ranks = [{"name": "Tiny", "group_volume": 1e-7, "legs": 1, "monthly_bonus": 5}]
    ev = _with_payout(evaluation(horizon=2), ranks=ranks)
    p = project(ev)
    assert p.rank == ["Tiny", "Tiny"] and p.revenue["rank"] == [5, 5]  # 1 leg from month 1 on
    assert simulate(ev).earnings_by_source["rank"] > 0


def test_the_analysis_through_the_seam_does_not_import_numpy():
    """The projection runs on every keystroke: the components' simulation steps import numpy
    only when a simulation runs."""
    import subprocess
    import sys

    code = ("import sys; from evaluator.core import fileformat; from evaluator.core.analysis import analyze; "
            "analyze(fileformat.load('resources/examples/mlm-binary-starter-pack.oppeval'), run_simulation=False); "
            "print('numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_two_version_1_ranks_of_one_name_keep_the_name_the_user_entered():
    """The upgrade renames the second "Star" to "Star (2)" (version 2 keys bonuses by name);
    the projection still shows "Star" and pays the second one's own bonus."""
    ranks = [{"name": "Star", "group_volume": 200, "legs": 0, "monthly_bonus": 10},
             {"name": "Star", "group_volume": 400, "legs": 0, "monthly_bonus": 40}]
    p = project(_with_payout(evaluation(horizon=3), ranks=ranks))
    # GV = 100 + 100m: 200, 300, 400 -> the first Star twice, then the second (bonus 40)
    assert p.rank == ["Star", "Star", "Star"] and p.revenue["rank"] == [10, 10, 40]

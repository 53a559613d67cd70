"""The payout-plan seam: the interface every plan component implements, and the registry.

A plan component (``unilevel``, ``binary``, ``recruit_bonus``, ...) is one module in this package
with one :class:`Kind` subclass, registered with :func:`register`. The kind wraps the component's
model (from :mod:`.components`) and supplies everything the rest of the program asks of it:

- ``project(state)``: its income in one month of the deterministic projection (SPEC section 3);
- traits for the red flags, the verdict and the income split: does it pay at all, on a
  downline's volume, on recruiting, how deep, on which basis;
- its words: its name, what it pays for, its depth in a sentence, its description for the PDF;
- its editor fields (version 2) and the version-1 fields that express it (what a version-1
  file held; see :func:`plan_of_v1` and ``plans/upgrade.py``).

Consumers never branch on a component's type: they ask the :class:`Plan` (the components in a
fixed order, and the rank table) or each :class:`Kind`. Nothing here imports numpy at module level:
the projection runs on every keystroke without it.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ..i18n import tr

if TYPE_CHECKING:  # pragma: no cover
    from ..model_v1 import Payout
    from ..projection import Projection
    from ..terms import MemberVolumes
    from .components import PayoutPlan, Rank

# The pydantic model a Kind wraps (one of .components' models, or a test component's).
C = TypeVar("C")

# Where a component's money goes in the projection's and the simulation's revenue by source.
SOURCES = ("downline", "recruiting", "rank")


@dataclass(slots=True)
class MonthState:
    """What one month of the projection knows when the components are paid (SPEC section 3)."""

    month: int  # 1-based
    levels: list[float]  # a_l(m): active members at level l (index l - 1), for the tracked levels
    downline: float  # all active downline members (every level)
    recruits: float  # personal recruits this month
    volumes: "MemberVolumes"  # one downline member's CV, MV and B
    rank: "Rank | None"  # your paid-as rank this month (None: none qualifies)
    # Added for the version-2 components (matrix, stairstep, fast start, matching):
    personal_volume: float = 0.0  # your own volume RV + OV
    personal_customer_volume: float = 0.0  # RV, the part of it sold to outside customers
    joined: float | None = None  # everyone who ever joined your downline, quitters too (None: downline)
    joined_new: float = 0.0  # of whom joined this month
    history: Sequence[list[float]] = ()  # a_l of the months before this one (index month - 1)
    retention: float = 1.0  # rho_d: share of downline members still active the next month

    def joined_within(self, months: int) -> list[float]:
        """Active members per level who joined in the last ``months`` months (this one included):
        ``a_l(m) - rho_d^months * a_l(m - months)``, since of those active in month m - months,
        rho_d^months are still active, and everyone else active now joined since."""
        past = self.month - months
        before = self.history[past - 1] if 1 <= past <= len(self.history) else ()
        keep = self.retention ** months
        return [max(0.0, a - keep * (before[i] if i < len(before) else 0.0))
                for i, a in enumerate(self.levels)]

    def below(self, k: int, rank: "Rank | None") -> "tuple[float, MonthState] | None":
        """The members k levels below you (k >= 1) as one average member: (how many, their
        state), None when there are none or level k is not tracked. Their level j is
        ``a_{k+j} / a_k``, their downline everyone deeper than k over ``a_k``, their own volume a
        downline member's, at the ``rank`` given (the projection puts the downline at the
        lowest rank)."""
        if not 1 <= k <= len(self.levels) or self.levels[k - 1] <= 0:
            return None
        count = self.levels[k - 1]
        deeper = max(0.0, self.downline - sum(self.levels[:k]))
        state = MonthState(month=self.month, levels=[a / count for a in self.levels[k:]] or [0.0],
                           downline=deeper / count, recruits=0.0, volumes=self.volumes, rank=rank,
                           personal_volume=self.volumes.member,
                           personal_customer_volume=self.volumes.customer,
                           retention=self.retention)
        return count, state


class Kind(Generic[C]):
    """One component type. Subclasses set the class attributes and override what applies;
    ``Kind[Model]`` types ``self.c`` as the component model it wraps."""

    type: ClassVar[str]
    model: ClassVar[builtins.type]  # the pydantic model in .components
    source: ClassVar[str]  # one of SOURCES
    order: ClassVar[int]  # the place in a plan: summed, listed and described in this order
    editor_fields: ClassVar[tuple[str, ...]]  # the model's fields the editor shows (version 2)
    v1_plan: ClassVar[str | None] = None  # the version-1 ``payout.plan`` value it stands for
    v1_fields: ClassVar[tuple[str, ...]] = ()  # the version-1 payout fields that express it
    label: ClassVar[tuple[str, str] | None] = None  # (en, nl) name of a test-only component
    # What rewards_recruiting says when it pays: "serious", "warning" or None (see there).
    recruiting_reward: ClassVar[str | None] = None

    def __init__(self, component: C, plan: "Plan") -> None:
        self.c = component
        self.plan = plan

    @classmethod
    def sample(cls) -> Any:
        """A small valid component of this type (for the contract test and the docs); the
        ranks it names are in :data:`SAMPLE_RANKS`."""
        raise NotImplementedError

    @classmethod
    def sample_companions(cls) -> list[Any]:
        """Other components its sample needs in a plan to pay anything (a matching bonus needs
        something to match); empty for most."""
        return []

    # -- the projection ---------------------------------------------------------------------

    def projection_depth(self) -> int:
        """How many downline levels the projection must track one by one for this component."""
        return 0

    def project(self, state: MonthState) -> float:
        """This component's income in one month of the projection."""
        raise NotImplementedError

    # Whether ``project`` reads your own volume (``state.personal_volume`` or
    # ``personal_customer_volume``). When no component does, the break-even search over outside
    # customers, which changes only your own volume and your rank, reuses the components' income
    # of a month it already computed at the same rank. True (the safe answer) unless a kind says.
    reads_own_volume: ClassVar[bool] = True

    def projector(self) -> Callable[[MonthState], float]:
        """``project`` as a function with this component's constants read once: exactly its
        value (the same floating-point operations in the same order, the same type), for the
        break-even search, which projects one document a dozen times or more per keystroke.
        Built once per search, so the component must not change in between. By default
        ``project`` itself; tests/core/test_projection_speed.py holds each override to it."""
        return self.project

    def matched_projector(self) -> Callable[[MonthState], float]:
        """``matched_earnings`` as :meth:`projector` is ``project``: exactly its value."""
        return self.matched_earnings

    def matched_on_levels(self, rank: "Rank | None"
                          ) -> "Callable[[list[float], int, float, float], float] | None":
        """For a component whose matched earnings depend on a member's levels alone: a function
        ``(levels, k, count, basis)`` giving exactly ``matched_earnings`` of the member
        ``state.below(k, rank)`` describes (their level j is ``levels[k + j] / count``; ``basis``
        is a member's commissionable volume), without building that state. None (the default):
        the matching bonus builds the state."""
        return None

    # -- traits -----------------------------------------------------------------------------

    def pays(self) -> bool:
        """Whether it pays anything at all."""
        raise NotImplementedError

    def pays_downline(self) -> bool:
        """Whether it is a commission on a downline's volume (positive rate)."""
        return False

    @property
    def basis(self) -> str | None:
        """The volume it pays on (all_volume or customer_volume), None when not volume-based."""
        basis: str | None = getattr(self.c, "basis", None)  # not every component has one
        return basis

    def per_recruit(self) -> float:
        """Money paid to you for each person you sign up yourself (0: none)."""
        return 0.0

    def headline_rate(self) -> float:
        """The percentage a sentence quotes for it ("pays 10% on your recruits' purchases")."""
        return 0.0

    def best_rate_per_member(self) -> float | None:
        """The best fraction of one downline member's commissionable volume it can pay you
        (generously counted), None when it pays nothing per member."""
        return None

    def depth(self) -> int | None:
        """How many levels deep it pays: None = unlimited, 0 = not on a downline."""
        return 0

    def grows_with_recruits(self, volumes: "MemberVolumes") -> bool:
        """Whether more personal recruits can raise what it pays."""
        return self.pays()

    def internal_share(self, internal_consumption: float) -> float:
        """Share of its simulated earnings that comes from recruiting and own purchases, given
        the share of all volume that was participants' own purchases."""
        return 1.0

    def split_projection(self, acc: "SplitSums", revenue: list[float], projection: Projection,
                         volumes: MemberVolumes) -> None:
        """Add its projected revenue to the outside / recruitment sums of the income split."""
        acc.recruitment += sum(revenue)

    def matched_earnings(self, state: MonthState) -> float:
        """What a matching bonus matches of its income in ``state`` (SPEC 10: unilevel, binary,
        matrix level and stairstep pay; 0 for the rest)."""
        return 0.0

    def rewards_recruiting(self) -> str | None:
        """How directly it rewards bringing in people, for the ``recruitment_rewards`` flag:
        "serious" (money per head: a bonus per recruit, a cycle bonus when newcomers fill your
        matrix), "warning" (pay on recruits' first orders or on their earnings), None. By
        default its ``recruiting_reward`` when it pays anything."""
        if self.recruiting_reward is None or not self.pays():
            return None
        return self.recruiting_reward

    # -- words ------------------------------------------------------------------------------

    @classmethod
    def labels(cls) -> tuple[str, str]:
        """Its name (en, nl): from ``components.COMPONENT_NAMES``, or a test component's ``label``."""
        from .components import COMPONENT_NAMES

        return cls.label or COMPONENT_NAMES[cls.type]

    def name(self, lang: str) -> str:
        return tr(lang, *self.labels())

    def pays_for(self, lang: str, money: Callable[[float], str]) -> str | None:
        """What it pays for, as a phrase in a list ("reaching ranks"), or None."""
        return None

    def depth_text(self, lang: str, pct: Callable[..., str], num: Callable[..., str]) -> str:
        """One sentence on how deep it pays, with its rates (for the deep_overrides flag)."""
        return ""

    def describe(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        """Its rules in one sentence, for the PDF."""
        raise NotImplementedError

    def recruiting_text(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        """One sentence on how it rewards recruiting (when :meth:`rewards_recruiting` says so)."""
        return ""

    def breakage_text(self, lang: str, money: Callable[[float], str], amount: float) -> str:
        """One sentence on what it did not pay out in a simulation (its breakage), "" for none."""
        if amount <= 0:
            return ""
        return tr(lang,
                  f"{self.name(lang)}: {money(amount)} was not paid out in the simulation because the member it fell to had stopped (breakage).",
                  f"{self.name(lang)}: {money(amount)} werd in de simulatie niet uitbetaald omdat het lid bij wie het uitkwam gestopt was (breakage).")


@dataclass
class SplitSums:
    outside: float = 0.0
    recruitment: float = 0.0


REGISTRY: dict[str, type[Kind[Any]]] = {}

# The rank table the samples refer to: (name, group volume, legs), lowest first.
SAMPLE_RANKS = (("Bronze", 200.0, 1), ("Silver", 1000.0, 2))


K = TypeVar("K", bound="type[Kind[Any]]")


def register(kind: K) -> K:
    """Class decorator: make a component type known to every consumer."""
    if kind.source not in SOURCES:
        raise ValueError(f"{kind.__name__}: unknown source {kind.source!r}")
    REGISTRY[kind.type] = kind
    return kind


def unregister(type_: str) -> None:
    """Forget a component type (for tests that register a test-only component)."""
    REGISTRY.pop(type_, None)


def kinds() -> list[type[Kind[Any]]]:
    """Every registered component type, in plan order."""
    return sorted(REGISTRY.values(), key=lambda k: (k.order, k.type))


@dataclass(frozen=True)
class Plan:
    """A payout plan as the calculations see it: the rank table (lowest first) and the
    components wrapped in their kinds, in registry order."""

    ranks: tuple[Rank, ...] = ()
    kinds: tuple[Kind[Any], ...] = field(default=())
    shown_names: dict[str, str] = field(default_factory=dict)  # rank name -> the name the user entered

    def rank_name(self, rank: Rank | None) -> str | None:
        """The name to show for a rank: version 1 allowed two ranks of one name, which the
        upgrade tells apart (" (2)"); the user still sees the name they entered."""
        return None if rank is None else self.shown_names.get(rank.name, rank.name)

    @classmethod
    def from_components(cls, ranks: Iterable[Rank], components: Iterable[Any],
                        shown_names: dict[str, str] | None = None) -> "Plan":
        """``components``: models with a ``type`` (those of .components, or a test component's)."""
        plan = cls(tuple(ranks), (), dict(shown_names or {}))
        wrapped: list[Kind[Any]] = []
        for component in components:
            kind = REGISTRY.get(component.type)
            if kind is None:
                raise ValueError(f"no plan component of type {component.type!r} is registered")
            wrapped.append(kind(component, plan))
        wrapped.sort(key=lambda k: (k.order, k.type))
        object.__setattr__(plan, "kinds", tuple(wrapped))
        return plan

    @classmethod
    def from_payout_plan(cls, payout: "PayoutPlan") -> "Plan":
        """The plan of a version-2 payout; an upgraded version-1 payout keeps the rank names the
        user entered (``PayoutPlan.shown_names``)."""
        return cls.from_components(payout.ranks, payout.components, payout.shown_names)

    @property
    def lowest_rank(self) -> Rank | None:
        """The lowest-listed rank, where the projection puts your downline; None: no ranks."""
        return self.ranks[0] if self.ranks else None

    def rank_at_least(self, rank: Rank | None, name: str | None) -> bool:
        """Whether ``rank`` is the rank called ``name`` or higher (True when ``name`` is None,
        False when ``rank`` is None and ``name`` is not)."""
        if name is None:
            return True
        if rank is None:
            return False
        index = {r.name: i for i, r in enumerate(self.ranks)}
        return index.get(rank.name, -1) >= index.get(name, len(self.ranks))

    def kind(self, type_: str) -> Kind[Any] | None:
        return next((k for k in self.kinds if k.type == type_), None)

    def by_source(self, source: str) -> list[Kind[Any]]:
        return [k for k in self.kinds if k.source == source]

    # -- ranks ------------------------------------------------------------------------------

    def paid_as(self, personal_volume: float, group_volume: float, legs: float) -> Rank | None:
        """The highest-listed rank that qualifies (SPEC 8.1), None when none does. In the
        projection every active personal recruit counts as a leg."""
        best: Rank | None = None
        for rank in self.ranks:
            if (rank.personal_volume <= personal_volume and rank.group_volume <= group_volume
                    and rank.legs <= legs):
                best = rank
        return best

    # -- traits the red flags, the verdict and the income split read -------------------------

    def pays_downline(self) -> bool:
        """Whether any component pays a commission on a downline's volume."""
        return any(k.pays_downline() for k in self.kinds)

    def downline_on_customer_volume(self) -> bool:
        """Whether a component paying on a downline pays on sales to outside customers only."""
        return any(k.pays_downline() and k.basis == "customer_volume" for k in self.kinds)

    def downline_basis(self) -> str | None:
        """The basis of the downline commissions (the first paying component's), None: none."""
        return next((k.basis for k in self.kinds if k.pays_downline()), None)

    def pays_for_network(self) -> bool:
        """Whether anything is paid for recruiting or for a downline."""
        return any(k.pays() for k in self.kinds)

    def per_recruit(self) -> float:
        return sum(k.per_recruit() for k in self.kinds)

    def grows_with_recruits(self, volumes: MemberVolumes) -> bool:
        return any(k.grows_with_recruits(volumes) for k in self.kinds)

    def deepest(self) -> Kind[Any] | None:
        """The component that pays deepest (unlimited first), None when none pays below you
        (a downline commission, a bonus on recruits several levels down, generations)."""
        best: Kind[Any] | None = None
        best_depth = 0
        for k in self.kinds:
            if not k.pays():
                continue
            d = k.depth()
            if d is None:
                return k
            if d > best_depth:
                best, best_depth = k, d
        return best

    def projection_depth(self) -> int:
        return max((k.projection_depth() for k in self.kinds), default=0)

    def breakage_sentences(self, lang: str, money: Callable[[float], str],
                           by_component: dict[str, float]) -> list[str]:
        """One sentence per component that a simulation's breakage (SPEC 10/11: ``breakage``
        ``by_component``) shows was not paid out, in plan order; for the plan's description."""
        return [text for k in self.kinds
                if (text := k.breakage_text(lang, money, float(by_component.get(k.type, 0.0))))]

    def best_rate_per_member(self) -> float | None:
        rates = [r for k in self.kinds if (r := k.best_rate_per_member()) is not None]
        return max(rates) if rates else None


def v1_payout_fields() -> list[tuple[str, frozenset[str]]]:
    """The version-1 payout fields that express the registered components, each with the
    ``plan`` values that use it (empty: used whatever the plan), in the editor's order: the
    fields of a single plan type first, then those several plan types share, then the fields of
    the components that are not a ``plan`` value (recruit bonus, ranks)."""
    use: dict[str, set[str]] = {}
    for kind in kinds():
        if kind.v1_plan is not None:
            for name in kind.v1_fields:
                use.setdefault(name, set()).add(kind.v1_plan)
    single = [(n, frozenset(p)) for n, p in use.items() if len(p) == 1]
    shared = [(n, frozenset(p)) for n, p in use.items() if len(p) > 1]
    rest = [(n, frozenset[str]()) for kind in kinds() if kind.v1_plan is None
            for n in kind.v1_fields if n not in use]
    return single + shared + rest


def plan_of_v1(payout_v1: Payout) -> Plan:
    """The plan of a version-1 payout, through :func:`.upgrade.upgrade_payout_v1` (SPEC 8.4)."""
    from .upgrade import upgrade_payout_v1

    return Plan.from_payout_plan(upgrade_payout_v1(payout_v1))

"""The version-2 payout plan: a rank table and a list of plan components (SPEC 8.1).

Owns the pydantic models of ``offer.payout`` in format version 2: :class:`Rank`, the eight
component models (one ``type`` each), the discriminated union :data:`Component` and
:class:`PayoutPlan` with its cross-field rules (each component type at most once, rank names that
exist, unique rank names, a matrix no deeper in ``levels`` than its ``depth``). Every problem is
reported at the exact field path (``components[1].percent_by_rank.Gold``). Field labels and help
texts in English and Dutch live here, as in :mod:`evaluator.core.model`; the editor reads them.
"""

from __future__ import annotations

import weakref
from typing import Annotated, Any, Literal, Union, cast, get_args

from pydantic import Field, ValidationError, model_validator
from pydantic_core import ErrorDetails, InitErrorDetails, PydanticCustomError, PydanticKnownError
from pydantic_core.core_schema import ErrorType

from ..model_base import Amount, Base, CommissionBasis, F, Percent, RetailTerms, Whole, _limits

# Limits. Version 1 allowed 100 unilevel levels and 100 ranks, so version 2 must too (every
# version-1 file upgrades). The newer parts are capped at 20: no published plan goes near 20
# generations or a 20-wide matrix, and the payout engine's work grows with these numbers.
MAX_RANKS = 100
MAX_UNILEVEL_LEVELS = 100
MAX_LEVELS = 20  # matrix levels, generations, matching, fast-start and recruit-bonus levels
MAX_MATRIX_WIDTH = 20
MAX_MATRIX_DEPTH = 20
MAX_DEPTH_BY_RANK = 100  # as deep as the deepest unilevel

Compression = Literal["none", "standard", "dynamic"]
ComponentType = Literal[
    "unilevel", "binary", "matrix", "stairstep", "matching", "fast_start", "recruit_bonus",
    "rank_bonus",
]
COMPONENT_TYPES: tuple[str, ...] = get_args(ComponentType)

# Messages of the problems raised here, code -> (English, Dutch), for fileformat's table.
MESSAGES: dict[str, tuple[str, str]] = {
    "duplicate_component": (
        "the plan already has a '{type}' component (each type at most once)",
        "het plan heeft al een onderdeel '{type}' (elk soort hoogstens één keer)",
    ),
    "unknown_rank": (
        "'{name}' is not one of the plan's ranks",
        "'{name}' is geen van de rangen van het plan",
    ),
    "duplicate_rank": (
        "the rank name '{name}' is used twice",
        "de rangnaam '{name}' komt twee keer voor",
    ),
    "levels_deeper_than_matrix": (
        "has {count} levels, more than the matrix depth {depth}",
        "heeft {count} niveaus, meer dan de diepte {depth} van de matrix",
    ),
    "unknown_component": (
        "must be one of: {choices}",
        "moet een van deze zijn: {choices}",
    ),
}

# The components' names, (English, Dutch), for summaries and the editor's "add a component".
COMPONENT_NAMES: dict[str, tuple[str, str]] = {
    "unilevel": ("Unilevel commission", "Unilevel-commissie"),
    "binary": ("Binary commission", "Binaire commissie"),
    "matrix": ("Matrix commission", "Matrixcommissie"),
    "stairstep": ("Stairstep commission", "Stairstep-commissie"),
    "matching": ("Matching bonus", "Matching-bonus"),
    "fast_start": ("Fast-start bonus", "Snelle-startbonus"),
    "recruit_bonus": ("Recruit bonus", "Wervingsbonus"),
    "rank_bonus": ("Rank bonus", "Rangbonus"),
}

LevelCount = Annotated[Whole, *_limits(0, MAX_DEPTH_BY_RANK)]
MatrixWidth = Annotated[Whole, *_limits(1, MAX_MATRIX_WIDTH)]
MatrixDepth = Annotated[Whole, *_limits(1, MAX_MATRIX_DEPTH)]
StartMonths = Annotated[Whole, *_limits(1, 120)]
RankName = Annotated[str, Field(min_length=1, max_length=200)]
# A rank's volumes are thresholds, not a price per point: any amount from 0 (as in version 1,
# whose every rank must upgrade), unlike a product's Volume (0 or at least 1e-6).
RankVolume = Amount

_BASIS_EN = ("Whether this pays on all volume, participants' own purchases included, or only on "
             "sales to outside customers.")
_BASIS_NL = ("Of dit betaalt over al het volume, eigen aankopen van deelnemers inbegrepen, of "
             "alleen over verkoop aan klanten van buiten.")


def _basis() -> Any:
    return F("all_volume", "Paid on", "Betaald over", _BASIS_EN, _BASIS_NL)


class Rank(Base):
    name: str = F(..., "Rank", "Rang", "The rank's name.", "De naam van de rang.",
                  min_length=1, max_length=200)
    personal_volume: RankVolume = F(0, "Personal volume", "Persoonlijk volume",
        "Your own monthly volume (purchases and sales) needed for this rank.",
        "Je eigen maandvolume (aankopen en verkoop) dat nodig is voor deze rang.", unit="volume")
    group_volume: RankVolume = F(0, "Group volume", "Groepsvolume",
        "Monthly volume of you and everyone below you needed for this rank.",
        "Maandvolume van jou en iedereen onder je dat nodig is voor deze rang.", unit="volume")
    legs: Annotated[Whole, *_limits(0, 1e12)] = F(0, "Legs", "Lijnen",
        "How many of your own recruits must be active, each with at least the leg volume in their group.",
        "Hoeveel van je eigen rekruten actief moeten zijn, elk met minstens het lijnvolume in hun groep.",
        unit="count")
    leg_volume: RankVolume = F(0, "Volume per leg", "Volume per lijn",
        "The group volume a recruit's line needs to count as a leg (0: any active recruit counts).",
        "Het groepsvolume dat de lijn van een rekruut nodig heeft om als lijn te tellen (0: elke actieve rekruut telt).",
        unit="volume")


class UnilevelComponent(Base):
    type: Literal["unilevel"] = F(..., "Component", "Onderdeel",
        "Unilevel: a percentage of the volume of each level below you.",
        "Unilevel: een percentage van het volume van elk niveau onder je.")
    levels: list[Percent] = F(..., "Level percentages", "Percentages per niveau",
        "The percentage paid on each level; level 1 is the people you recruit yourself.",
        "Het percentage per niveau; niveau 1 zijn de mensen die je zelf werft.",
        max_length=MAX_UNILEVEL_LEVELS, unit="percent")
    basis: CommissionBasis = _basis()
    compression: Compression = F("none", "Compression", "Compressie",
        "What happens at an upline who cannot be paid: none (that level is lost), standard "
        "(an inactive upline is skipped and the level passes up), dynamic (every upline who "
        "cannot be paid is skipped).",
        "Wat er gebeurt bij een upline die niet betaald kan worden: geen (dat niveau vervalt), "
        "standaard (een inactieve upline wordt overgeslagen en het niveau schuift door), dynamisch "
        "(elke upline die niet betaald kan worden wordt overgeslagen).")
    depth_by_rank: dict[RankName, LevelCount] = F({}, "Levels paid per rank", "Niveaus per rang",
        "How many levels deep each rank is paid; empty means every rank is paid on all levels, "
        "and a rank not listed is paid on none.",
        "Hoeveel niveaus diep elke rang betaald krijgt; leeg betekent alle niveaus voor elke rang, "
        "en een rang die er niet bij staat krijgt geen enkel niveau.", max_length=MAX_RANKS)


class BinaryComponent(Base):
    type: Literal["binary"] = F(..., "Component", "Onderdeel",
        "Binary: a percentage of the weaker of your two legs.",
        "Binair: een percentage van het zwakste van je twee benen.")
    percent: Percent = F(..., "Percentage of the weaker leg", "Percentage van het zwakste been",
        "The percentage paid on the volume of your weaker leg.",
        "Het percentage over het volume van je zwakste been.", unit="percent")
    monthly_cap: Amount | None = F(None, "Monthly cap", "Maximum per maand",
        "The most this pays in a month; empty for no cap.",
        "Het meeste dat dit per maand uitbetaalt; leeg voor geen maximum.", unit="money")
    basis: CommissionBasis = _basis()
    carry_over: bool = F(False, "Carry over", "Overdragen",
        "Whether volume not paid out this month is carried over to the next (only while you are active).",
        "Of volume dat deze maand niet is uitbetaald naar de volgende maand overgaat (alleen zolang je actief bent).")


class MatrixComponent(Base):
    type: Literal["matrix"] = F(..., "Component", "Onderdeel",
        "Forced matrix: a fixed number of places under each member, filled by spillover.",
        "Gedwongen matrix: een vast aantal plaatsen onder elk lid, gevuld door overloop.")
    width: MatrixWidth = F(..., "Width", "Breedte",
        "How many members fit directly under each position (e.g. 3 in a 3×7 matrix).",
        "Hoeveel leden direct onder elke plaats passen (bijv. 3 in een 3×7-matrix).", unit="count")
    depth: MatrixDepth = F(..., "Depth", "Diepte",
        "How many levels the matrix has below you (e.g. 7 in a 3×7 matrix).",
        "Hoeveel niveaus de matrix onder je heeft (bijv. 7 in een 3×7-matrix).", unit="count")
    levels: list[Percent] = F(..., "Level percentages", "Percentages per niveau",
        "The percentage paid on each level of your matrix; at most as many as its depth.",
        "Het percentage per niveau van je matrix; hoogstens zoveel als de diepte.",
        max_length=MAX_LEVELS, unit="percent")
    basis: CommissionBasis = _basis()
    cycle_bonus: Amount = F(0, "Cycle bonus", "Cyclusbonus",
        "A one-off amount paid when every position of your matrix is filled.",
        "Een eenmalig bedrag als alle plaatsen van je matrix gevuld zijn.", unit="money")

    @model_validator(mode="after")
    def _levels_within_depth(self) -> "MatrixComponent":
        if len(self.levels) > self.depth:
            _raise([_error(("levels",), "levels_deeper_than_matrix",
                           {"count": len(self.levels), "depth": self.depth}, self.levels)])
        return self


class StairstepComponent(Base):
    type: Literal["stairstep"] = F(..., "Component", "Onderdeel",
        "Stairstep: your rank's percentage minus what is already paid to ranks below you.",
        "Stairstep: het percentage van je rang min wat al aan rangen onder je is betaald.")
    percent_by_rank: dict[RankName, Percent] = F(..., "Percentage per rank", "Percentage per rang",
        "The percentage each rank earns on volume below it; you get the difference with what lower ranks below you already got.",
        "Het percentage dat elke rang verdient over volume onder zich; je krijgt het verschil met wat lagere rangen onder je al kregen.",
        max_length=MAX_RANKS, unit="percent")
    basis: CommissionBasis = _basis()
    own_volume: bool = F(True, "Pays on your own volume", "Betaalt over je eigen volume",
        "Whether your own purchases and sales earn your rank's percentage too.",
        "Of je eigen aankopen en verkoop ook het percentage van je rang opleveren.")
    breakaway_rank: RankName | None = F(None, "Breakaway rank", "Breakaway-rang",
        "From this rank on a member 'breaks away': the differential stops there, and the uplines at this rank or higher earn generation overrides instead. Empty: no breakaway.",
        "Vanaf deze rang 'breekt' een lid 'los': het verschil stopt daar, en de uplines met deze rang of hoger verdienen in plaats daarvan generatiebonussen. Leeg: geen breakaway.")
    generation_percents: list[Percent] = F([], "Generation percentages", "Percentages per generatie",
        "Breakaway: the percentage paid to the 1st, 2nd, … upline at the breakaway rank or higher above a breakaway member.",
        "Breakaway: het percentage voor de 1e, 2e, … upline met de breakaway-rang of hoger boven een losgebroken lid.",
        max_length=MAX_LEVELS, unit="percent")


class MatchingComponent(Base):
    type: Literal["matching"] = F(..., "Component", "Onderdeel",
        "Matching bonus: a percentage of what the people you enrolled (and theirs) earn.",
        "Matching-bonus: een percentage van wat de mensen die je aanbracht (en die van hen) verdienen.")
    percents: list[Percent] = F(..., "Percentage per generation", "Percentage per generatie",
        "The percentage of the earnings of your recruits (1st), their recruits (2nd), and so on.",
        "Het percentage van de verdiensten van je rekruten (1e), hun rekruten (2e), enzovoort.",
        max_length=MAX_LEVELS, unit="percent")
    min_rank: RankName | None = F(None, "Lowest rank paid", "Laagste rang die betaald krijgt",
        "Only members at this rank or higher earn the matching bonus; empty: every active member.",
        "Alleen leden met deze rang of hoger krijgen de matching-bonus; leeg: elk actief lid.")


class FastStartComponent(Base):
    type: Literal["fast_start"] = F(..., "Component", "Onderdeel",
        "Fast start: a percentage of a new participant's volume in their first months.",
        "Snelle start: een percentage van het volume van een nieuwe deelnemer in de eerste maanden.")
    percents: list[Percent] = F(..., "Percentage per level", "Percentage per niveau",
        "The percentage paid to the new participant's sponsor (level 1), the sponsor's sponsor (2), and so on.",
        "Het percentage voor de sponsor van de nieuwe deelnemer (niveau 1), diens sponsor (2), enzovoort.",
        max_length=MAX_LEVELS, unit="percent")
    basis: CommissionBasis = _basis()
    months: StartMonths = F(1, "Months", "Maanden",
        "For how many months after joining a participant's volume pays the fast-start bonus.",
        "Hoeveel maanden na aanmelding het volume van een deelnemer de snelle-startbonus oplevert.",
        unit="months")


class RecruitBonusComponent(Base):
    type: Literal["recruit_bonus"] = F(..., "Component", "Onderdeel",
        "Recruit bonus: a fixed amount for every new participant.",
        "Wervingsbonus: een vast bedrag voor elke nieuwe deelnemer.")
    amounts: list[Amount] = F(..., "Amount per level", "Bedrag per niveau",
        "What the new participant's sponsor (level 1), the sponsor's sponsor (2), and so on get for each new participant.",
        "Wat de sponsor van de nieuwe deelnemer (niveau 1), diens sponsor (2), enzovoort krijgen per nieuwe deelnemer.",
        max_length=MAX_LEVELS, unit="money")


class RankBonusComponent(Base):
    type: Literal["rank_bonus"] = F(..., "Component", "Onderdeel",
        "Rank bonus: a fixed amount each month at a rank.",
        "Rangbonus: een vast bedrag per maand bij een rang.")
    amount_by_rank: dict[RankName, Amount] = F(..., "Bonus per rank", "Bonus per rang",
        "The amount paid each month to an active member at each rank.",
        "Het bedrag dat elke maand wordt betaald aan een actief lid met die rang.",
        max_length=MAX_RANKS, unit="money")


Component = Annotated[
    Union[UnilevelComponent, BinaryComponent, MatrixComponent, StairstepComponent,
          MatchingComponent, FastStartComponent, RecruitBonusComponent, RankBonusComponent],
    Field(discriminator="type"),
]
COMPONENT_MODELS: dict[str, type[Base]] = {
    "unilevel": UnilevelComponent, "binary": BinaryComponent, "matrix": MatrixComponent,
    "stairstep": StairstepComponent, "matching": MatchingComponent,
    "fast_start": FastStartComponent, "recruit_bonus": RecruitBonusComponent,
    "rank_bonus": RankBonusComponent,
}


class PayoutPlan(RetailTerms):  # retail_mode, retail_commission_percent as in version 1
    ranks: list[Rank] = F([], "Ranks", "Rangen",
        "The ranks, lowest first: what each requires in personal volume, group volume and legs.",
        "De rangen, laagste eerst: wat elke rang vraagt aan persoonlijk volume, groepsvolume en lijnen.",
        max_length=MAX_RANKS)
    components: list[Component] = F([], "Plan components", "Onderdelen van het plan",
        "The parts of the compensation plan; each kind at most once.",
        "De onderdelen van het compensatieplan; elk soort hoogstens één keer.",
        max_length=len(COMPONENT_TYPES))
    @model_validator(mode="wrap")
    @classmethod
    def _check(cls, data: Any, handler: Any) -> "PayoutPlan":
        try:
            plan: PayoutPlan = handler(data)
        except ValidationError as exc:
            # A discriminated union puts the tag in the path (components[0].unilevel.levels);
            # the file's path has no such step, so take it out.
            _raise([_clean(e) for e in exc.errors(include_url=False)])
        errors = plan._cross_field_errors()
        if errors:
            _raise(errors)
        return plan

    @property
    def shown_names(self) -> dict[str, str]:
        """Upgraded from version 1 with two ranks of one name: renamed rank -> the name the user
        entered (SPEC 8.4; the calculations show the entered name). Not part of the file nor of
        the model's equality: kept beside this object (:func:`remember_shown_names`)."""
        found = _SHOWN_NAMES.get(id(self))
        return dict(found[1]) if found is not None and found[0]() is self else {}

    def component(self, type_: str) -> Any:
        """The component of this type, or None."""
        return next((c for c in self.components if c.type == type_), None)

    def rank_index(self) -> dict[str, int]:
        return {r.name: i for i, r in enumerate(self.ranks)}

    def _cross_field_errors(self) -> list[InitErrorDetails]:
        errors: list[InitErrorDetails] = []
        seen_ranks: set[str] = set()
        for i, rank in enumerate(self.ranks):
            if rank.name in seen_ranks:
                errors.append(_error(("ranks", i, "name"), "duplicate_rank", {"name": rank.name}, rank.name))
            seen_ranks.add(rank.name)
        seen_types: set[str] = set()
        for i, comp in enumerate(self.components):
            if comp.type in seen_types:
                errors.append(_error(("components", i, "type"), "duplicate_component",
                                     {"type": comp.type}, comp.type))
            seen_types.add(comp.type)
            for field_name in ("depth_by_rank", "percent_by_rank", "amount_by_rank"):
                for name in getattr(comp, field_name, None) or {}:
                    if name not in seen_ranks:
                        errors.append(_error(("components", i, field_name, name), "unknown_rank",
                                             {"name": name}, name))
            for field_name in ("breakaway_rank", "min_rank"):
                name = getattr(comp, field_name, None)
                if name is not None and name not in seen_ranks:
                    errors.append(_error(("components", i, field_name), "unknown_rank", {"name": name}, name))
        return errors


_SHOWN_NAMES: dict[int, tuple[weakref.ref[PayoutPlan], dict[str, str]]] = {}


def remember_shown_names(plan: PayoutPlan, names: dict[str, str]) -> None:
    """Keep the entered names of an upgraded plan's renamed ranks with this plan object."""
    if not names:
        return
    key = id(plan)

    def dropped(_ref: weakref.ref[PayoutPlan], key: int = key) -> None:
        _SHOWN_NAMES.pop(key, None)

    _SHOWN_NAMES[key] = (weakref.ref(plan, dropped), dict(names))


def _error(loc: tuple[str | int, ...], code: str, ctx: dict[str, Any], value: Any) -> InitErrorDetails:
    en = MESSAGES[code][0]
    return InitErrorDetails(type=PydanticCustomError(code, en, ctx), loc=loc, input=value)


def _raise(errors: list[InitErrorDetails]) -> None:
    raise ValidationError.from_exception_data("PayoutPlan", errors)


def _clean(err: ErrorDetails) -> InitErrorDetails:
    """One pydantic error, re-raisable, with the discriminator's tag taken out of its path."""
    loc = list(err["loc"])
    if len(loc) >= 3 and loc[0] == "components" and isinstance(loc[1], int) and loc[2] in COMPONENT_TYPES:
        del loc[2]
    kind, ctx = err["type"], err.get("ctx")
    if kind in ("union_tag_invalid", "union_tag_not_found") and len(loc) == 2:
        loc.append("type")
        if kind == "union_tag_not_found":
            return InitErrorDetails(type="missing", loc=tuple(loc), input=err.get("input"))
        return InitErrorDetails(
            type=PydanticCustomError("unknown_component", MESSAGES["unknown_component"][0],
                                     {"choices": ", ".join(COMPONENT_TYPES)}),
            loc=tuple(loc), input=err.get("input"))
    try:
        # a built-in error type: re-raise it as itself (the call is the test: kind is any str)
        PydanticKnownError(cast(ErrorType, kind), ctx)
    except (KeyError, TypeError, ValueError):
        custom = PydanticCustomError(kind, err["msg"].replace("{", "{{").replace("}", "}}"), ctx)
        return InitErrorDetails(type=custom, loc=tuple(loc), input=err.get("input"))
    details = InitErrorDetails(type=kind, loc=tuple(loc), input=err.get("input"))
    if ctx:
        details["ctx"] = ctx
    return details


__all__ = [
    "Rank", "UnilevelComponent", "BinaryComponent", "MatrixComponent", "StairstepComponent",
    "MatchingComponent", "FastStartComponent", "RecruitBonusComponent", "RankBonusComponent",
    "Component", "PayoutPlan", "remember_shown_names", "COMPONENT_TYPES", "COMPONENT_MODELS", "COMPONENT_NAMES", "MESSAGES",
]

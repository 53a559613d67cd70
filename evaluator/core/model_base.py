"""The building blocks of the document model, shared by every format version.

Owns the field helper :func:`F` (labels and help texts in English and Dutch), the number types
with their limits (``Amount``, ``Percent``, ``Volume``, ...) and their messages, the strict
:class:`Base` model, the choice types every version shares, and :class:`RetailTerms` (the first
fields of the payout in every version). :mod:`evaluator.core.model` (version 2),
:mod:`evaluator.core.model_v1` and :mod:`evaluator.core.plans.components` build on these; import
them from :mod:`evaluator.core.model`, which re-exports them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

Kind = Literal["mlm", "dealer", "affiliate", "other"]
RetailMode = Literal["margin", "commission", "none"]
CommissionBasis = Literal["all_volume", "customer_volume"]
TrainingFocus = Literal["product", "sales", "recruiting", "mixed"]
DisclosureBasis = Literal["all", "active", "earners", "unknown"]
Attachment = Literal["uniform", "preferential"]


def _text(en_label: str, nl_label: str, en_help: str, nl_help: str, **extra: Any) -> dict[str, Any]:
    return {
        "label_en": en_label,
        "label_nl": nl_label,
        "help_en": en_help,
        "help_nl": nl_help,
        **extra,
    }


def F(default: Any, en_label: str, nl_label: str, en_help: str, nl_help: str, **kw: Any) -> Any:
    """A model field with its labels and help texts in both languages.

    Pass ``...`` as default for a required field. ``unit`` ("money", "percent", "count",
    "volume", "months", "days", "hours") tells the editor how to show it.
    """
    unit = kw.pop("unit", None)
    extra = _text(en_label, nl_label, en_help, nl_help)
    if unit:
        extra["unit"] = unit
    return Field(default, description=en_help, title=en_label, json_schema_extra=extra, **kw)


def _finite(value: float) -> float:
    if isinstance(value, float) and not math.isfinite(value):
        raise PydanticCustomError("finite_number", "must be a finite number (not NaN or Infinity)")
    return value


_RANGE_MESSAGES = {
    "between": "must be between {lo} and {hi}",
    "above_at_most": "must be greater than {lo} and at most {hi}",
    "at_least": "must be at least {lo}",
    "above": "must be greater than {lo}",
    "at_most": "must be at most {hi}",
}
# Upper limits at or above this are sanity caps rather than a field's natural range.
SANITY_LIMIT = 10_000


def _range(lo: float | None, hi: float | None, exclusive_lo: bool = False) -> Callable[[Any], Any]:
    """A validator refusing NaN/Infinity and values outside [lo, hi] (or (lo, hi] if exclusive)."""

    def check(value: Any) -> Any:
        if value is None:
            return value
        _finite(value)
        below = lo is not None and (value <= lo if exclusive_lo else value < lo)
        above = hi is not None and value > hi
        if below or above:
            ctx = {"lo": _num(lo), "hi": _num(hi)}
            if above and hi is not None and (hi >= SANITY_LIMIT or lo is None):  # above: hi is set
                code = "at_most"  # a sanity cap: name only the side that was crossed
            elif hi is None or hi >= SANITY_LIMIT:
                code = "above" if exclusive_lo else "at_least"
            else:
                code = "above_at_most" if exclusive_lo else "between"
            raise PydanticCustomError(code, _RANGE_MESSAGES[code], ctx)
        return value

    return check


def _num(x: float | None) -> str:
    if x is None:
        return ""
    if float(x).is_integer():
        return f"{int(x):,}" if abs(x) >= 10_000 else str(int(x))  # 1,000,000: never spaces
    return str(x)


from pydantic import AfterValidator, BeforeValidator  # noqa: E402  (kept next to the types that use it)


def _whole(value: Any) -> Any:
    """Accept 12.0 for a whole-number field (JSON writers differ); 12.5 stays an error."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


Whole = Annotated[int, BeforeValidator(_whole)]

# Upper limits. They are far beyond any real offer and exist so that every sum, product and
# compound-growth figure over 120 months stays a finite float (a valid file always analyses).
MAX_AMOUNT = 1e12  # money, volume and counts of people
MAX_NEW_CUSTOMERS = 1e6  # outside customers won per month
MAX_RECRUITS = 1e4  # personal recruits per month
MAX_DOWNLINE_RECRUITS = 100  # recruits per downline member per month: (rho + 100)^120 is finite
MIN_VOLUME = 1e-6  # a product's volume is 0 or at least this, so money per point stays finite
MIN_PRICE = 1e-6  # a product's price is at least this, so the margin (r - w) / r and w / v stay finite


def _limits(lo: float | None, hi: float | None = None, exclusive_lo: bool = False) -> tuple[Any, ...]:
    """AfterValidator(_range(...)) plus the same limits stated in the JSON Schema."""
    extra: dict[str, Any] = {}
    if lo is not None:
        extra["exclusiveMinimum" if exclusive_lo else "minimum"] = lo
    if hi is not None:
        extra["maximum"] = hi
    return (AfterValidator(_range(lo, hi, exclusive_lo)), Field(json_schema_extra=extra))


def _volume(value: float | None) -> float | None:
    if value is not None and 0 < value < MIN_VOLUME:
        raise PydanticCustomError("volume_tiny", "must be 0 or at least {min}", {"min": f"{MIN_VOLUME:g}"})
    return value


def _price(value: float | None) -> float | None:
    if value is not None and value < MIN_PRICE:
        raise PydanticCustomError("price_tiny", "must be at least {min}", {"min": f"{MIN_PRICE:g}"})
    return value


# Number types. Strict mode (see Base) refuses strings and booleans for numbers and floats for
# whole numbers; these validators refuse NaN/Infinity and out-of-range values with messages that
# read well after a field path.
Amount = Annotated[float, *_limits(0, MAX_AMOUNT)]
PositiveAmount = Annotated[float, *_limits(0, MAX_AMOUNT, exclusive_lo=True)]
Percent = Annotated[float, *_limits(0, 100)]
PositivePercent = Annotated[float, *_limits(0, 100, exclusive_lo=True)]
Count = Annotated[Whole, *_limits(0, MAX_AMOUNT)]
Months = Annotated[Whole, *_limits(1, 120)]
Volume = Annotated[float, *_limits(0, MAX_AMOUNT), AfterValidator(_volume)]
Price = Annotated[float, *_limits(0, MAX_AMOUNT, exclusive_lo=True), AfterValidator(_price)]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]


class Base(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        allow_inf_nan=False,
        validate_assignment=False,
        str_max_length=100_000,
        frozen=False,
    )


class RetailTerms(Base):
    """How you earn on your own sales: the first fields of the payout in every format version."""

    retail_mode: RetailMode = F("margin", "Retail income", "Inkomen uit verkoop",
        "How you earn on your own sales: the margin between wholesale and retail price, a commission, or nothing.",
        "Hoe je verdient aan je eigen verkoop: de marge tussen inkoop- en verkoopprijs, een commissie, of niets.")
    retail_commission_percent: Percent = F(0, "Sales commission", "Verkoopcommissie",
        "Commission on your sales to outside customers (when retail income is a commission).",
        "Commissie op je verkoop aan klanten van buiten (als je inkomen uit verkoop een commissie is).",
        unit="percent")

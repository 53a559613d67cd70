"""The editor's words for a problem: where it is, named as the user sees it, and what is wrong.

The file format names a problem's place by its field path (``offer.payout.components[1].levels[0]``,
0-based), which the command line shows as it is (SPEC contract). The app shows the same place in
the user's words and language: the fields' labels from the model, 1-based rows and levels, a
component by its name ("Unilevel commission, Level 1"), a rank by its name. The messages that
quote an internal name (a choice's stored value, a field's key) say it with the interface's
words instead.
"""

from __future__ import annotations

import re
import types
from typing import Annotated, Any, Union, get_args, get_origin

from PySide6.QtCore import QCoreApplication
from pydantic import BaseModel

from ...core.fileformat import Problem
from ...core.model import Assumptions, Evaluation, field_info
from ...core.plans.components import COMPONENT_MODELS, COMPONENT_NAMES, PayoutPlan
from ...core.i18n import tr
from .choices import choice_label

_TOKEN = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")
# Lists of numbers whose rows are generations rather than levels (as the plan editor names them).
_GENERATION_LISTS = {("matching", "percents"), ("stairstep", "generation_percents")}


def _unwrap(annotation: Any) -> Any:
    """The type under Annotated[...] and Optional[...]."""
    while True:
        if get_origin(annotation) is Annotated:
            annotation = get_args(annotation)[0]
        elif get_origin(annotation) in (Union, types.UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def tokens(path: str) -> list[str | int]:
    """``offer.products[1].name`` -> ``["offer", "products", 1, "name"]``."""
    return [int(index) if index else name for name, index in _TOKEN.findall(path)]


def _node(data: Any, parts: list[str | int]) -> Any:
    for part in parts:
        if isinstance(part, int) and isinstance(data, list) and 0 <= part < len(data):
            data = data[part]
        elif isinstance(part, str) and isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data


def _component_name(type_: str, lang: str) -> str:
    pair = COMPONENT_NAMES.get(type_)
    return tr(lang, *pair) if pair else QCoreApplication.translate("ProblemText", "Component %1").replace("%1", type_)


def place(path: str, lang: str, data: Any = None) -> str:
    """Where ``path`` points, in the user's words: "Products, row 2, Retail price",
    "Unilevel commission, Level 1", "Rank bonus, Amount per rank, Gold". ``data`` (the
    document shown) names a component by its type. '' for the document as a whole."""
    parts = tokens(path)
    words: list[str] = []
    model: type[BaseModel] | None = Evaluation
    annotation: Any = None  # the type of the field just passed, while it is a list or a dict
    list_owner: tuple[type[BaseModel], str] | None = None
    for i, part in enumerate(parts):
        if isinstance(part, int):
            if list_owner is not None and list_owner == (PayoutPlan, "components"):
                comp = _node(data, parts[:i + 1])
                type_ = str(comp.get("type")) if isinstance(comp, dict) else ""
                words.append(_component_name(type_, lang) if type_ else
                             QCoreApplication.translate("ProblemText", "Component %1").replace("%1", str(part + 1)))
                model = COMPONENT_MODELS.get(type_)
            elif model is not None:  # a row of a table of records
                words.append(QCoreApplication.translate("ProblemText", "row %1").replace("%1", str(part + 1)))
            else:  # an entry of a list of numbers
                owner = list_owner
                generation = owner is not None and any(
                    owner[0] is COMPONENT_MODELS.get(t) and owner[1] == n for t, n in _GENERATION_LISTS)
                text = QCoreApplication.translate("ProblemText", "Generation %1") if generation else QCoreApplication.translate("ProblemText", "Level %1")
                words.append(text.replace("%1", str(part + 1)))
            annotation = None
            continue
        if annotation is not None and get_origin(annotation) is dict:  # a key: a rank's name
            words.append(part)
            annotation, model = None, None
            continue
        if model is None or part not in model.model_fields:
            words.append(part)  # not a field the model knows (an unknown key): as in the file
            model, annotation, list_owner = None, None, None
            continue
        inner = _unwrap(model.model_fields[part].annotation)
        grouping = (isinstance(inner, type) and issubclass(inner, BaseModel)
                    or (model, part) == (PayoutPlan, "components"))
        if not grouping or i == len(parts) - 1:  # an object only groups: its fields say enough
            words.append(field_info(model, part, lang)["label"])
        list_owner = (model, part)
        if get_origin(inner) is list:
            item = _unwrap(get_args(inner)[0])
            annotation = inner
            model = item if isinstance(item, type) and issubclass(item, BaseModel) else None
            if (list_owner == (PayoutPlan, "components")):
                model = None
        elif get_origin(inner) is dict:
            annotation, model = inner, None
        elif isinstance(inner, type) and issubclass(inner, BaseModel):
            annotation, model = None, inner
        else:
            annotation, model = None, None
    # a row's field: "Products, row 2, Retail price"; never the same word twice in a row
    out: list[str] = []
    for word in words:
        if not out or out[-1] != word:
            out.append(word)
    return ", ".join(out)


def problem_message(problem: Problem, lang: str) -> str:
    """What is wrong, in the interface's words: a choice's stored values and a field's key are
    said as the editor shows them."""
    if problem.code == "choice":
        field = tokens(problem.path)[-1] if problem.path else ""
        choices = [c.strip().strip("'\"") for c in str(problem.ctx.get("choices", "")).split(",")]
        words = [choice_label(c, lang) or c for c in choices if c]
        if field and words:
            return QCoreApplication.translate("ProblemText", "must be one of: %1").replace("%1", ", ".join(words))
    if problem.code == "market_too_small":
        label = field_info(Assumptions, "existing_participants", lang)["label"]
        return QCoreApplication.translate("ProblemText", "must be at least “%1” (%2), the network at the start").replace(
            "%1", label).replace("%2", str(problem.ctx.get("existing", "")))
    if problem.code in ("duplicate_component", "unknown_component") and "type" in problem.ctx:
        return QCoreApplication.translate("ProblemText", "the plan already has a “%1” (each kind at most once)").replace(
            "%1", _component_name(str(problem.ctx["type"]), lang))
    return problem.message(lang)


def problem_text(problem: Problem, lang: str, data: Any = None) -> str:
    """The whole problem for a list: "Products, row 2, Retail price: must be at least 1e-06"."""
    where = place(problem.path, lang, data) if problem.path else ""
    message = problem_message(problem, lang)
    return f"{where}: {message}" if where else message


__all__ = ["place", "problem_message", "problem_text", "tokens"]

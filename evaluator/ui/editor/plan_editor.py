"""The payout plan editor (format version 2, SPEC 8.1): the retail terms, the rank table and the
plan's components, each component with its own fields.

Owns :class:`PlanEditor`, the widget that edits ``offer.payout``, and its parts: one
:class:`ComponentBox` per component, :class:`RankDictTable` for the ``dict[rank, x]`` fields
(one row per rank of the rank table, kept in step when a rank is renamed, added or removed) and
:class:`RankChoice` for the nullable rank names (``breakaway_rank``, ``min_rank``).

Everything is built from the model's metadata: the component types and their fields from the plan
registry (``Kind.editor_fields``, ``Kind.labels()``), falling back to the models in
``core/plans/components.py`` for a type no kind is registered for yet; labels and help texts from
the models (``fields.describe``); choice words from ``core/labels.py``. Like the rest of the
editor it shows what the user typed as typed, reports each edit with ``changed(path, typing)`` and
leaves validation and undo to the :class:`~evaluator.ui.editor.form.OfferEditor`, which hands the
problems back with their field paths (``offer.payout.components[1].levels[2]``).

In the data a ``dict[rank, x]`` field lists only the ranks with a value: an empty cell leaves the
rank out (for ``depth_by_rank`` that means "not paid", for the others 0).
"""

from __future__ import annotations

import copy
import re
import types
from collections.abc import Sequence
from typing import Annotated, Any, Union, get_args, get_origin

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pydantic import BaseModel

from ...core.glossary import component_path
from ...core.i18n import tr
from ...core.labels import choice_label
from ...core.model import field_info
from ...core.plans import REGISTRY, kinds
from ...core.plans.components import (
    COMPONENT_MODELS,
    COMPONENT_NAMES,
    COMPONENT_TYPES,
    PayoutPlan,
    Rank,
)
from ..glossary_dialog import open_for_field
from ..wheel_guard import guard
from ..widgets import ErrorLabel, set_invalid
from .fields import ScalarField, describe, field_frame, glossary_button
from .messages import place
from .tables import RecordTable

BASE = "offer.payout"
COMPONENTS = f"{BASE}.components"
RANKS = f"{BASE}.ranks"
RETAIL_FIELDS = ("retail_mode", "retail_commission_percent")
# The vocabulary's keys (core/labels.py CHOICES) for choice fields the models share.
CHOICE_FIELDS = {"compression": "Component.compression", "basis": "Payout.commission_basis",
                 "retail_mode": "Payout.retail_mode"}
# Lists of numbers whose rows are generations rather than levels.
GENERATION_LISTS = {("matching", "percents"), ("stairstep", "generation_percents")}
_COMPONENT_PATH = re.compile(r"^offer\.payout\.components\[(\d+)\](.*)$")


# ---------------------------------------------------------------------- the registry's view


def component_types(all_models: bool = False) -> list[str]:
    """The component types the program can compute: the registered kinds, in plan order; with
    ``all_models`` also the model types no kind is registered for yet (after them). The editor
    offers the first (a plan it cannot analyse would stop the results) and shows any of the
    second that a file holds."""
    registered = [k.type for k in kinds() if k.type in COMPONENT_MODELS]
    if not all_models:
        return registered
    return registered + [t for t in COMPONENT_TYPES if t not in registered]


def component_fields(type_: str) -> tuple[str, ...]:
    """The fields the editor shows for a component type (``Kind.editor_fields``, else every
    field of its model but ``type``)."""
    kind = REGISTRY.get(type_)
    fields = getattr(kind, "editor_fields", None) if kind is not None else None
    if fields:
        return tuple(fields)
    return tuple(n for n in COMPONENT_MODELS[type_].model_fields if n != "type")


def component_name(type_: str, lang: str) -> str:
    """A component type's name ("Unilevel commission") from its kind, else the models' table."""
    kind = REGISTRY.get(type_)
    pair = kind.labels() if kind is not None else COMPONENT_NAMES.get(type_, (type_, type_))
    return tr(lang, *pair)


def _unwrap(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def field_shape(model: type[BaseModel], name: str) -> tuple[str, str]:
    """(shape, number kind) of a component field: ``("list", "number")``, ``("dict", "whole")``,
    ``("rank", "")`` for a nullable rank name, ``("scalar", "")`` for the rest."""
    annotation = _unwrap(model.model_fields[name].annotation)
    origin = get_origin(annotation)
    if origin is list:
        item = _unwrap(get_args(annotation)[0])
        return "list", "whole" if item is int else "number"
    if origin is dict:
        value = _unwrap(get_args(annotation)[1])
        return "dict", "whole" if value is int else "number"
    if origin in (Union, types.UnionType):
        args = [_unwrap(a) for a in get_args(annotation) if a is not type(None)]
        if args == [str] and name.endswith("_rank"):
            return "rank", ""
    return "scalar", ""


def new_component(type_: str) -> dict[str, Any]:
    """A new component of this type: the model's defaults, empty lists and tables, and the
    required numbers empty (the editor marks them until they are filled in)."""
    model = COMPONENT_MODELS[type_]
    data: dict[str, Any] = {"type": type_}
    for name, info in model.model_fields.items():
        if name == "type":
            continue
        if not info.is_required():
            data[name] = copy.deepcopy(info.default)
            continue
        shape, _ = field_shape(model, name)
        data[name] = [] if shape == "list" else {} if shape == "dict" else None
    return data


def rank_renames(old: list[str], new: list[str]) -> dict[str, str]:
    """Old name -> new name for the ranks renamed between two states of the rank table: the
    table keeps its rows in place, so with as many rows as before a changed name is a rename;
    a row added or removed renames nothing."""
    if len(old) != len(new):
        return {}
    return {o: n for o, n in zip(old, new) if o != n and o}


# ---------------------------------------------------------------------- parts


class RankDictTable(RecordTable):
    """A ``dict[rank, x]`` field as a one-column table with one row per rank of the rank table
    (and a row for each name in the data that is not a rank, so that nothing is lost: it is
    marked invalid). An empty cell leaves the rank out."""

    def __init__(self, path: str, owner: type[BaseModel], name: str, kind: str,
                 parent: QWidget | None, glossary_path: str):
        super().__init__(path, owner, name, None, parent, glossary_path=glossary_path,
                         scalar_kind=kind)
        self.names: list[str] = []
        self.add_button.hide()
        self.remove_button.hide()
        self.add_button.setEnabled(False)
        self.remove_button.setEnabled(False)

    def column_title(self) -> str:
        if self.specs[0].kind == "whole":  # depth_by_rank: a number of levels
            return QCoreApplication.translate("PlanEditor", "Levels")
        return super().column_title()

    def row_name(self, row: int) -> str:
        name = self.names[row] if row < len(self.names) else ""
        return name or QCoreApplication.translate("PlanEditor", "Rank %1 (no name yet)").replace("%1", str(row + 1))

    def _update_row_headers(self) -> None:
        self.grid.setVerticalHeaderLabels([self.row_name(r) for r in range(self.grid.rowCount())])

    def add_row(self) -> None:  # the rows are the rank table's
        return

    def remove_rows(self) -> None:
        return

    def paste_text(self, text: str, replace: bool = False) -> int:
        """Paste a column of values; rows beyond the ranks are dropped."""
        self.blockSignals(True)
        try:
            count = super().paste_text(text, replace)
            if self.grid.rowCount() > len(self.names):
                self.set_data(self.data()[:len(self.names)])
        finally:
            self.blockSignals(False)
        if count:
            self.edited.emit(self.path, False)
        return count

    def values(self) -> dict[str, Any]:
        """Each row's value by its name, as shown (raw text included; empty cells as None)."""
        out: dict[str, Any] = {}
        for name, value in zip(self.names, self.data()):
            out.setdefault(name, value)
        return out

    def set_dict(self, rank_names: list[str], values: Any) -> None:
        """One row per rank, then one per other name in ``values`` (not lost: marked)."""
        values = values if isinstance(values, dict) else {}
        extra = [str(k) for k in values if k not in rank_names]
        self.names = list(rank_names) + extra
        self.set_data([values.get(n) for n in self.names])
        self._update_row_headers()

    def dict_data(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in zip(self.names, self.data()):
            if value is not None and name and name not in out:
                out[name] = value
        return out

    def follow_ranks(self, rank_names: list[str], renames: dict[str, str],
                     old_ranks: list[str]) -> None:
        """The rank table changed from ``old_ranks``: rows for its ranks now, a renamed rank
        keeping its value, a removed rank's row gone; a name in the data that never was a rank
        stays (marked) while it has a value."""
        old = {k: v for k, v in self.values().items() if k in rank_names or k not in old_ranks
               or k in renames}
        back = {new: old_name for old_name, new in renames.items()}
        values: dict[str, Any] = {}
        for name in rank_names:
            value = old.get(back.get(name, name)) if name in back else old.get(name)
            if value is not None and name not in values:
                values[name] = value
        for name, value in old.items():
            if (name not in rank_names and name not in renames and value is not None
                    and name not in values and name):
                values[name] = value
        self.set_dict(rank_names, values)

    def _locate(self, rel: str) -> tuple[int | None, int | None]:
        if rel.startswith("."):
            key = rel[1:]
            if key in self.names:
                return self.names.index(key), 0
        return None, None

    def set_path(self, path: str) -> None:
        self.path = path
        self.grid.setObjectName(path)


class RankChoice(QObject):
    """A nullable rank name as a combo of "(none)" and the rank table's names; a name in the data
    that is no rank (any more) stays in the list, marked invalid by the validation."""

    edited = Signal(str, bool)
    focused = Signal(str)

    def __init__(self, model: type[BaseModel], name: str, path: str, parent: QWidget,
                 glossary_path: str):
        super().__init__(parent)
        self.model = model
        self.name = name
        self.path = path
        self.glossary_path = glossary_path
        self.lang = "en"
        self.label, self.container, outer, row = field_frame(parent)
        self.widget = QComboBox(self.container)
        self.widget.setObjectName(path)
        self.widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.widget.setMinimumContentsLength(14)
        self.widget.activated.connect(lambda _=None: self.edited.emit(self.path, False))
        self.widget.installEventFilter(self)
        guard(self.widget)  # the wheel scrolls the form unless the combo has the focus
        row.addWidget(self.widget, 1)
        self.glossary_button = glossary_button(self.container, glossary_path, self.open_glossary)
        if self.glossary_button is not None:
            row.addWidget(self.glossary_button)
        outer.addLayout(row)
        self.error = ErrorLabel(self.container)
        outer.addWidget(self.error)
        self.label.setBuddy(self.widget)
        self._names: list[str] = []
        self._fill(None)

    def label_text(self, lang: str) -> str:
        return field_info(self.model, self.name, lang)["label"]

    def help(self, lang: str) -> str:
        return field_info(self.model, self.name, lang)["help"]

    def _fill(self, value: str | None) -> None:
        self.widget.blockSignals(True)
        try:
            self.widget.clear()
            self.widget.addItem(QCoreApplication.translate("PlanEditor", "(none)"), None)
            for name in self._names:
                if name:
                    self.widget.addItem(name, name)
            if value is not None and self.widget.findData(value) < 0:
                self.widget.addItem(str(value), value)  # not a rank: kept, and marked
            index = self.widget.findData(value) if value is not None else 0
            self.widget.setCurrentIndex(max(index, 0))
        finally:
            self.widget.blockSignals(False)

    def data(self) -> str | None:
        value = self.widget.currentData()
        return None if value is None else str(value)

    def set_data(self, value: Any) -> None:
        self._fill(None if value is None else str(value))

    def follow_ranks(self, rank_names: list[str], renames: dict[str, str]) -> None:
        value = self.data()
        if value is not None and value in renames:
            value = renames[value]
        self._names = list(rank_names)
        self._fill(value)

    def set_names(self, rank_names: list[str]) -> None:
        self._names = list(rank_names)
        self._fill(self.data())

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        text = self.label_text(lang)
        self.label.setText(text + ":")
        self.label.setToolTip(self.help(lang))
        self.widget.setAccessibleName(text)
        self.widget.setAccessibleDescription(self.help(lang))
        self.widget.setToolTip(self.help(lang))
        self.widget.setItemText(0, QCoreApplication.translate("PlanEditor", "(none)"))
        if self.glossary_button is not None:
            self.glossary_button.setToolTip(QCoreApplication.translate("OfferEditor", "Explain this term (F1)"))
            self.glossary_button.setAccessibleName(
                QCoreApplication.translate("OfferEditor", "Glossary: %1").replace("%1", text))

    def set_error(self, message: str | None) -> None:
        self.error.show_error(message)
        set_invalid(self.widget, bool(message))

    def set_path(self, path: str) -> None:
        self.path = path
        self.widget.setObjectName(path)

    def open_glossary(self) -> QWidget | None:
        return open_for_field(self.container.window(), self.lang, self.glossary_path)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.path)
        elif (event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
              and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_F1
              and event.modifiers() == Qt.KeyboardModifier.NoModifier
              and self.glossary_button is not None):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.open_glossary()
            return True
        return False


class ComponentBox(QGroupBox):
    """One component of the plan: its description, its fields and a Remove button."""

    edited = Signal(str, bool)
    focused = Signal(str)
    help_text = Signal(str)
    touched = Signal(str)  # a new row of one of its tables is judged now
    remove_requested = Signal(object)  # self

    def __init__(self, type_: str, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.type = type_
        self.index = index
        self.model = COMPONENT_MODELS[type_]
        self.setObjectName(f"component-{type_}")
        self.lang = "en"
        self.fields: dict[str, ScalarField] = {}
        self.ranks: dict[str, RankChoice] = {}
        self.lists: dict[str, RecordTable] = {}
        self.dicts: dict[str, RankDictTable] = {}
        self.table_labels: list[tuple[QLabel, str]] = []
        self.order: list[str] = []  # the fields, as shown
        self._extra: dict[str, Any] = {}  # keys of the data the editor does not show: kept

        layout = QVBoxLayout(self)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("note")
        layout.addWidget(self.description)
        self.error = ErrorLabel(self)  # problems of the component as a whole (its type)
        layout.addWidget(self.error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(form)
        # the lists and tables one below the other: side by side they would not fit the editor's
        # pane on a 1024-pixel screen
        tables = QVBoxLayout()
        tables.setSpacing(6)
        for name in component_fields(type_):
            if name not in self.model.model_fields:
                continue
            shape, kind = field_shape(self.model, name)
            path = self._path(name)
            gpath = component_path(type_, name)
            if shape in ("list", "dict"):
                column = QVBoxLayout()
                label = QLabel(self)
                label.setObjectName("tableLabel")
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                table: RecordTable
                if shape == "list":
                    word = "generation" if (type_, name) in GENERATION_LISTS else "level"
                    table = RecordTable(path, self.model, name, None, self, glossary_path=gpath,
                                        scalar_kind=kind, row_word=word)
                    self.lists[name] = table
                else:
                    table = RankDictTable(path, self.model, name, kind, self, gpath)
                    self.dicts[name] = table
                table.setMaximumWidth(330)
                table.compact_rows = (3, 8)
                table.fit_height()
                label.setBuddy(table.grid)
                table.edited.connect(self.edited)
                table.touched.connect(self.touched)
                table.help_text.connect(self.help_text)
                table.grid.installEventFilter(self)
                self.table_labels.append((label, name))
                column.addWidget(label)
                column.addWidget(table)
                tables.addLayout(column)
            elif shape == "rank":
                choice = RankChoice(self.model, name, path, self, gpath)
                choice.edited.connect(self.edited)
                choice.focused.connect(self._on_focused)
                self.ranks[name] = choice
                form.addRow(choice.label, choice.container)
            else:
                field = ScalarField(describe(self.model, name), path, self, glossary_path=gpath,
                                    choice_field=CHOICE_FIELDS.get(name))
                field.edited.connect(self.edited)
                field.focused.connect(self._on_focused)
                self.fields[name] = field
                form.addRow(field.label, field.container)
            self.order.append(name)
        layout.addLayout(tables)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeComponent")
        self.remove_button.clicked.connect(lambda _=False: self.remove_requested.emit(self))
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)

    def _path(self, name: str) -> str:
        return f"{COMPONENTS}[{self.index}].{name}"

    def set_index(self, index: int) -> None:
        self.index = index
        for name, field in self.fields.items():
            field.set_path(self._path(name))
        for name, choice in self.ranks.items():
            choice.set_path(self._path(name))
        for name, table in self.lists.items():
            table.path = self._path(name)
            table.grid.setObjectName(table.path)
        for name, dtable in self.dicts.items():
            dtable.set_path(self._path(name))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn:
            for name, table in {**self.lists, **self.dicts}.items():
                if obj is table.grid:
                    self.focused.emit(table.path)
                    self.help_text.emit(self.help_for(name))
        return False

    def _on_focused(self, path: str) -> None:
        self.focused.emit(path)
        self.help_text.emit(self.help_for(path.rsplit(".", 1)[-1]))

    def label_for(self, name: str) -> str:
        if name in self.model.model_fields:
            return field_info(self.model, name, self.lang)["label"]
        return component_name(self.type, self.lang)

    def help_for(self, name: str) -> str:
        if name in self.model.model_fields:
            info = field_info(self.model, name, self.lang)
            return f"{info['label']}: {info['help']}"
        return ""

    # -------------------------------------------------------------- text

    def retranslate(self, lang: str, currency: str) -> None:
        self.lang = lang
        name = component_name(self.type, lang)
        self.setTitle(name)
        self.setAccessibleName(name)
        self.description.setText(field_info(self.model, "type", lang)["help"])
        for field in self.fields.values():
            field.retranslate(lang, currency)
        for choice in self.ranks.values():
            choice.retranslate(lang)
        for table in (*self.lists.values(), *self.dicts.values()):
            table.retranslate(lang, currency)
        for label, field_name in self.table_labels:
            info = field_info(self.model, field_name, lang)
            label.setText(info["label"])
            label.setToolTip(info["help"])
        self.remove_button.setText(QCoreApplication.translate("PlanEditor", "Remove compo&nent"))
        self.remove_button.setAccessibleName(QCoreApplication.translate("PlanEditor", "Remove component: %1").replace("%1", name))
        self.remove_button.setToolTip(QCoreApplication.translate("PlanEditor", "Remove component: %1").replace("%1", name))

    # -------------------------------------------------------------- data

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type}
        out.update(copy.deepcopy(self._extra))
        for name in self.order:
            if name in self.fields:
                out[name] = self.fields[name].data()
            elif name in self.ranks:
                out[name] = self.ranks[name].data()
            elif name in self.lists:
                out[name] = self.lists[name].data()
            else:
                out[name] = self.dicts[name].dict_data()
        return out

    def set_data(self, data: dict[str, Any], rank_names: list[str]) -> None:
        fresh = new_component(self.type)
        self._extra = {k: copy.deepcopy(v) for k, v in data.items()
                       if k != "type" and k not in self.order}
        for name in self.order:
            value = data.get(name, fresh.get(name))
            if name in self.fields:
                self.fields[name].set_data(value)
            elif name in self.ranks:
                self.ranks[name].set_names(rank_names)
                self.ranks[name].set_data(value)
            elif name in self.lists:
                self.lists[name].set_data(value if isinstance(value, list) else [])
            else:
                self.dicts[name].set_dict(rank_names, value)

    def follow_ranks(self, rank_names: list[str], renames: dict[str, str],
                     old_ranks: list[str]) -> None:
        for choice in self.ranks.values():
            choice.follow_ranks(rank_names, renames)
        for table in self.dicts.values():
            table.follow_ranks(rank_names, renames, old_ranks)

    # -------------------------------------------------------------- problems and focus

    def set_errors(self, problems: list[tuple[str, str]]) -> None:
        """``problems``: (path after ``components[i]``, e.g. ".levels[2]", message)."""
        per_field: dict[str, list[tuple[str, str]]] = {}
        general: list[str] = []
        for rel, message in problems:
            match = re.match(r"^\.([A-Za-z_]+)(.*)$", rel)
            name = match.group(1) if match else ""
            if match and name in self.order:
                per_field.setdefault(name, []).append((match.group(2), message))
            elif not rel or rel == ".type":
                general.append(message)
            else:  # a field the box does not show: named in the user's words
                where = place(f"{COMPONENTS}[{self.index}]{rel}", self.lang,
                              {"offer": {"payout": {"components": [{"type": self.type}] * (self.index + 1)}}})
                general.append(f"{where}: {message}")
        for name, field in self.fields.items():
            msgs = [m for _, m in per_field.get(name, [])]
            field.set_error("; ".join(msgs) if msgs else None)
        for name, choice in self.ranks.items():
            msgs = [m for _, m in per_field.get(name, [])]
            choice.set_error("; ".join(msgs) if msgs else None)
        for name, table in (*self.lists.items(), *self.dicts.items()):
            table.set_errors(per_field.get(name, []))
        self.error.show_error("; ".join(general) if general else None)

    def widget_for(self, name: str) -> QWidget | None:
        if name in self.fields:
            return self.fields[name].widget
        if name in self.ranks:
            return self.ranks[name].widget
        if name in self.lists:
            return self.lists[name].grid
        if name in self.dicts:
            return self.dicts[name].grid
        return None

    def focus_chain(self) -> list[QWidget]:
        """The box's widgets in Tab order: its fields, each table and its buttons, Remove."""
        chain: list[QWidget] = []
        for name in self.order:
            if name in self.lists:
                table = self.lists[name]
                chain += [table.grid, table.add_button, table.remove_button]
            elif name in self.dicts:
                chain.append(self.dicts[name].grid)
        scalars = [self.widget_for(n) for n in self.order if n in self.fields or n in self.ranks]
        return [w for w in scalars if w is not None] + chain + [self.remove_button]


class _UnknownBox(QGroupBox):
    """A component of a type this version does not know: shown, kept as it is, removable."""

    remove_requested = Signal(object)

    def __init__(self, data: dict[str, Any], index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.type = str(data.get("type"))
        self.index = index
        self.raw = copy.deepcopy(data)
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(lambda _=False: self.remove_requested.emit(self))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

    def retranslate(self, lang: str, currency: str) -> None:
        self.setTitle(QCoreApplication.translate("PlanEditor", "Unknown component"))
        self.text.setText(QCoreApplication.translate("PlanEditor", "This version does not know the component type “%1”; "
                              "it is kept as it is.").replace("%1", self.type))
        self.remove_button.setText(QCoreApplication.translate("PlanEditor", "Remove compo&nent"))
        self.remove_button.setAccessibleName(QCoreApplication.translate("PlanEditor", "Remove component: %1").replace("%1", self.type))

    def data(self) -> dict[str, Any]:
        return copy.deepcopy(self.raw)

    def set_data(self, data: dict[str, Any], rank_names: list[str]) -> None:
        self.raw = copy.deepcopy(data)

    def set_index(self, index: int) -> None:
        self.index = index

    def follow_ranks(self, rank_names: list[str], renames: dict[str, str],
                     old_ranks: list[str]) -> None:
        return

    def set_errors(self, problems: list[tuple[str, str]]) -> None:
        self.error.show_error("; ".join(m for _, m in problems) if problems else None)

    def widget_for(self, name: str) -> QWidget | None:
        return None

    def focus_chain(self) -> list[QWidget]:
        return [self.remove_button]

    def label_for(self, name: str) -> str:
        return self.type

    def help_for(self, name: str) -> str:
        return ""


# ---------------------------------------------------------------------- the plan editor


class PlanEditor(QWidget):
    """Edit ``offer.payout`` (version 2): ``data()`` / ``set_data()``, ``changed(path, typing)``
    after each edit, ``set_errors()`` with the validation's problems."""

    changed = Signal(str, bool)  # path, typing (merge into one undo step)
    focused = Signal(str)  # path
    help_text = Signal(str)
    touched = Signal(str)  # a new row of a table is judged now (left, or Save tried)

    def __init__(self, parent: QWidget | None = None, offered: Sequence[str] | None = None):
        super().__init__(parent)
        self.setObjectName("planEditor")
        # the types "Add component" offers (default: those the program can compute)
        self.offered: list[str] = list(offered) if offered is not None else component_types()
        self.lang = "en"
        self.currency = "EUR"
        self.boxes: list[ComponentBox | _UnknownBox] = []
        self._rank_names: list[str] = []
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, ScalarField] = {}
        for name in RETAIL_FIELDS:
            path = f"{BASE}.{name}"
            field = ScalarField(describe(PayoutPlan, name), path, self,
                                choice_field=CHOICE_FIELDS.get(name))
            field.edited.connect(self._on_field_edited)
            field.focused.connect(self._on_scalar_focused)
            self.fields[path] = field
            form.addRow(field.label, field.container)
        layout.addLayout(form)

        self.ranks_label = self._bold_label()
        self.ranks_table = RecordTable(RANKS, PayoutPlan, "ranks", Rank, self)
        self.ranks_table.compact_rows = (3, 10)
        self.ranks_table.wrap_headers = True  # five columns in the pane of a 1024-pixel screen
        self.ranks_table.fit_height()
        self.ranks_label.setBuddy(self.ranks_table.grid)
        self.ranks_table.edited.connect(self._on_ranks_edited)
        self.ranks_table.touched.connect(self.touched)
        self.ranks_table.help_text.connect(self.help_text)
        self.ranks_table.grid.installEventFilter(self)
        layout.addWidget(self.ranks_label)
        layout.addWidget(self.ranks_table)

        self.components_label = self._bold_label()
        self.components_intro = QLabel(self)
        self.components_intro.setWordWrap(True)
        layout.addWidget(self.components_label)
        layout.addWidget(self.components_intro)
        self.components_error = ErrorLabel(self)
        layout.addWidget(self.components_error)
        self.box_layout = QVBoxLayout()
        self.box_layout.setSpacing(10)
        layout.addLayout(self.box_layout)

        add_row = QHBoxLayout()  # the label above it: in one row they would not fit 1024 pixels
        self.add_label = QLabel(self)
        self.add_combo = QComboBox(self)
        self.add_combo.setObjectName("addComponentType")
        self.add_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_combo.setMinimumContentsLength(12)
        guard(self.add_combo)
        self.add_label.setBuddy(self.add_combo)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addComponent")
        self.add_button.clicked.connect(lambda _=False: self.add_selected())
        add_row.addWidget(self.add_combo, 1)
        add_row.addWidget(self.add_button)
        layout.addWidget(self.add_label)
        layout.addLayout(add_row)
        self.set_data({})
        self.retranslate(self.lang, self.currency)

    def _bold_label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("tableLabel")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # -------------------------------------------------------------- text

    def retranslate(self, lang: str, currency: str | None = None) -> None:
        self.lang = lang
        if currency:
            self.currency = currency
        for field in self.fields.values():
            field.retranslate(lang, self.currency)
        self.ranks_table.retranslate(lang, self.currency)
        self.ranks_label.setText(field_info(PayoutPlan, "ranks", lang)["label"])
        self.ranks_label.setToolTip(field_info(PayoutPlan, "ranks", lang)["help"])
        self.components_label.setText(field_info(PayoutPlan, "components", lang)["label"])
        self.components_intro.setText(field_info(PayoutPlan, "components", lang)["help"])
        for box in self.boxes:
            box.retranslate(lang, self.currency)
        self.add_label.setText(QCoreApplication.translate("PlanEditor", "Component to add:"))
        self.add_combo.setAccessibleName(QCoreApplication.translate("PlanEditor", "Component to add"))
        self.add_button.setText(QCoreApplication.translate("PlanEditor", "Add c&omponent"))
        self.add_button.setAccessibleName(QCoreApplication.translate("PlanEditor", "Add component"))
        self._fill_add_combo()

    def set_currency(self, currency: str) -> None:
        if currency != self.currency:
            self.retranslate(self.lang, currency)

    # -------------------------------------------------------------- data

    def rank_names(self) -> list[str]:
        return [str(r.get("name") or "") if isinstance(r, dict) else "" for r in self.ranks_table.data()]

    def data(self) -> dict[str, Any]:
        """The v2 ``offer.payout`` as shown (numbers parsed where they parse, else the text)."""
        out: dict[str, Any] = {name: self.fields[f"{BASE}.{name}"].data() for name in RETAIL_FIELDS}
        out["ranks"] = self.ranks_table.data()
        out["components"] = [box.data() for box in self.boxes]
        return out

    def set_data(self, data: Any) -> None:
        """Show a v2 ``offer.payout`` (may hold raw text that does not validate)."""
        data = data if isinstance(data, dict) else {}
        self._loading = True
        try:
            for name in RETAIL_FIELDS:
                info = PayoutPlan.model_fields[name]
                self.fields[f"{BASE}.{name}"].set_data(data.get(name, info.default))
            ranks = data.get("ranks")
            self.ranks_table.set_data(ranks if isinstance(ranks, list) else [])
            self._rank_names = self.rank_names()
            components = data.get("components")
            components = [c for c in components if isinstance(c, dict)] if isinstance(components, list) else []
            if [str(c.get("type")) for c in components] != [box.type for box in self.boxes]:
                self._clear_boxes()
                for i, comp in enumerate(components):
                    self._insert_box(comp, i)
            else:
                for box, comp in zip(self.boxes, components):
                    box.set_data(comp, self._rank_names)
        finally:
            self._loading = False
        self._after_structure_change()

    def _make_box(self, comp: dict[str, Any], index: int) -> ComponentBox | _UnknownBox:
        type_ = str(comp.get("type"))
        box: ComponentBox | _UnknownBox
        if type_ in COMPONENT_MODELS:
            box = ComponentBox(type_, index, self)
            box.edited.connect(self._on_box_edited)
            box.focused.connect(self.focused)
            box.help_text.connect(self.help_text)
            box.touched.connect(self.touched)
        else:
            box = _UnknownBox(comp, index, self)
        box.remove_requested.connect(self.remove_box)
        box.retranslate(self.lang, self.currency)
        box.set_data(comp, self._rank_names)
        return box

    def _insert_box(self, comp: dict[str, Any], index: int) -> ComponentBox | _UnknownBox:
        box = self._make_box(comp, index)
        self.boxes.insert(index, box)
        self.box_layout.insertWidget(index, box)
        box.show()  # now, not when the layout gets to it: it may take the focus at once
        return box

    def _clear_boxes(self) -> None:
        for box in self.boxes:
            self.box_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.boxes = []

    def _after_structure_change(self) -> None:
        for i, box in enumerate(self.boxes):
            box.set_index(i)
        self._fill_add_combo()
        self._update_enabled()
        self._fix_tab_order()

    def _fill_add_combo(self) -> None:
        present = {box.type for box in self.boxes}
        current = self.add_combo.currentData()
        self.add_combo.blockSignals(True)
        try:
            self.add_combo.clear()
            for type_ in self.offered:
                if type_ not in present:
                    self.add_combo.addItem(choice_label(type_, self.lang, "Component.type"), type_)
            index = self.add_combo.findData(current)
            self.add_combo.setCurrentIndex(max(index, 0))
        finally:
            self.add_combo.blockSignals(False)
        has_more = self.add_combo.count() > 0
        self.add_combo.setEnabled(has_more)
        self.add_button.setEnabled(has_more)
        self.add_combo.setToolTip("" if has_more else QCoreApplication.translate("PlanEditor", "Every kind of component is in the plan."))

    def _update_enabled(self) -> None:
        mode = self.fields[f"{BASE}.retail_mode"].data()
        self.fields[f"{BASE}.retail_commission_percent"].set_enabled(mode == "commission")

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [f.widget for f in self.fields.values()]
        chain += [self.ranks_table.grid, self.ranks_table.add_button, self.ranks_table.remove_button]
        for box in self.boxes:
            chain += box.focus_chain()
        chain += [self.add_combo, self.add_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # -------------------------------------------------------------- editing

    def add_component(self, type_: str) -> QWidget | None:
        """Add a component of this type (each type at most once); focus its first field."""
        if type_ not in self.offered or any(box.type == type_ for box in self.boxes):
            return None
        box = self._insert_box(new_component(type_), len(self.boxes))
        self._after_structure_change()
        self.changed.emit(COMPONENTS, False)
        chain = box.focus_chain()
        if chain:
            chain[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return chain[0]
        return None

    def add_selected(self) -> QWidget | None:
        type_ = self.add_combo.currentData()
        return self.add_component(type_) if type_ else None

    def remove_box(self, box: QWidget) -> None:
        if box not in self.boxes:
            return
        self.boxes.remove(box)  # type: ignore[arg-type]
        self.box_layout.removeWidget(box)
        box.hide()
        box.deleteLater()
        self._after_structure_change()
        self.changed.emit(COMPONENTS, False)
        self.add_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_component(self, type_: str) -> None:
        for box in self.boxes:
            if box.type == type_:
                self.remove_box(box)
                return

    def box(self, type_: str) -> ComponentBox:
        """The component box of this type (for the form and tests)."""
        for box in self.boxes:
            if box.type == type_ and isinstance(box, ComponentBox):
                return box
        raise KeyError(type_)

    def _on_field_edited(self, path: str, typing: bool) -> None:
        self._update_enabled()
        self.changed.emit(path, typing)

    def _on_box_edited(self, path: str, typing: bool) -> None:
        if not self._loading:
            self.changed.emit(path, typing)

    def _on_ranks_edited(self, path: str, typing: bool) -> None:
        old, new = self._rank_names, self.rank_names()
        renames = rank_renames(old, new)
        self._rank_names = new
        for box in self.boxes:
            box.follow_ranks(new, renames, old)
        self.changed.emit(path, typing)

    def _on_scalar_focused(self, path: str) -> None:
        self.focused.emit(path)
        self.help_text.emit(self.help_for(path))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.ranks_table.grid and event.type() == QEvent.Type.FocusIn:
            self.focused.emit(RANKS)
        return False

    # -------------------------------------------------------------- problems, labels, focus

    def owns(self, path: str) -> bool:
        return path == BASE or path.startswith(BASE + ".") or path.startswith(BASE + "[")

    def set_errors(self, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Show each (path, message) at its field; returns those with no field here."""
        left: list[tuple[str, str]] = []
        field_errors: dict[str, list[str]] = {}
        rank_errors: list[tuple[str, str]] = []
        per_box: dict[int, list[tuple[str, str]]] = {}
        component_errors: list[str] = []
        for path, message in problems:
            match = _COMPONENT_PATH.match(path)
            if path in self.fields:
                field_errors.setdefault(path, []).append(message)
            elif path == RANKS or path.startswith(RANKS + "["):
                rank_errors.append((path[len(RANKS):], message))
            elif match and int(match.group(1)) < len(self.boxes):
                per_box.setdefault(int(match.group(1)), []).append((match.group(2), message))
            elif path == COMPONENTS:
                component_errors.append(message)
            else:
                left.append((path, message))
        for path, field in self.fields.items():
            messages = field_errors.get(path)
            field.set_error("; ".join(messages) if messages else None)
        self.ranks_table.set_errors(rank_errors)
        for i, box in enumerate(self.boxes):
            box.set_errors(per_box.get(i, []))
        self.components_error.show_error("; ".join(component_errors) if component_errors else None)
        return left

    def _box_at(self, path: str) -> tuple[ComponentBox | _UnknownBox | None, str]:
        match = _COMPONENT_PATH.match(path)
        if match and int(match.group(1)) < len(self.boxes):
            rest = match.group(2)
            name = re.match(r"^\.([A-Za-z_]+)", rest)
            return self.boxes[int(match.group(1))], name.group(1) if name else ""
        return None, ""

    def label_for(self, path: str) -> str:
        if path in self.fields:
            return self.fields[path].spec.label(self.lang)
        if path == RANKS or path.startswith(RANKS + "["):
            return field_info(PayoutPlan, "ranks", self.lang)["label"]
        box, name = self._box_at(path)
        if box is not None:
            return box.label_for(name)
        return field_info(PayoutPlan, "components", self.lang)["label"]

    def help_for(self, path: str) -> str:
        if path in self.fields:
            field = self.fields[path]
            return f"{field.spec.label(self.lang)}: {field.spec.help(self.lang)}"
        box, name = self._box_at(path)
        return box.help_for(name) if box is not None else ""

    def widget_for(self, path: str) -> QWidget | None:
        if path in self.fields:
            return self.fields[path].widget
        if path == RANKS or path.startswith(RANKS + "["):
            return self.ranks_table.grid
        box, name = self._box_at(path)
        if box is not None:
            chain = box.focus_chain()
            return box.widget_for(name) or (chain[0] if chain else None)
        if path.startswith(COMPONENTS) or path == BASE:
            return self.add_combo if self.add_combo.isEnabled() else self.fields[f"{BASE}.retail_mode"].widget
        return None

    def record_tables(self) -> list[RecordTable]:
        """Every table of the plan: the rank table, then each component's lists and tables."""
        tables: list[RecordTable] = [self.ranks_table]
        for box in self.boxes:
            if isinstance(box, ComponentBox):
                tables += [*box.lists.values(), *box.dicts.values()]
        return tables

    def first_focusable(self) -> QWidget:
        return self.fields[f"{BASE}.retail_mode"].widget


__all__ = ["ComponentBox", "PlanEditor", "RankChoice", "RankDictTable", "component_fields",
           "component_name", "component_types", "field_shape", "new_component", "rank_renames"]

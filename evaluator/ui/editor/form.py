"""The offer editor: every section of the evaluation as a form built from the model's metadata.

What the user types always stays in the widgets. After each edit the editor collects the form into
a candidate document, validates it with the file format's own rules (``fileformat.from_data``) and
marks each problem at its field. ``state_changed`` carries the candidate data, the valid
``Evaluation`` (or None) and the problems; the main window keeps the last valid evaluation driving
the results.

A value typed halfway through is not a value the user entered: typing ``25`` into a field that
allows at most 20 passes through ``2``, which is valid. So while the document is invalid, what
drives the results and is stored is ``committed``: the last valid document from before the edit
under way began (before the first keystroke in the field since it got the focus, or before a
change made in one step), never a keystroke's intermediate value (review 8, item 1).
"""

from __future__ import annotations

import copy
import datetime
import html

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import fileformat
from ...core.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Assumptions,
    Claims,
    Disclosure,
    Evaluation,
    Fees,
    Offer,
    Product,
    Requirements,
    SimulationSettings,
    Tier,
    Training,
    field_info,
)
from ..undo import EditCommand
from ..widgets import ErrorLabel, HelpLine
from .fields import ScalarField, describe
from .messages import place, problem_message, problem_text
from .plan_editor import BASE as PAYOUT
from .plan_editor import PlanEditor
from .tables import RecordTable

DISCLOSURE = "offer.disclosure"
# Nullable numbers whose empty field means "the company does not say" / "not given".
NOT_STATED = ("offer.disclosure.covered_percent", "offer.disclosure.share_nothing_percent")
NOT_GIVEN = ("offer.claims.after_months", "offer.requirements.autoship_amount",
             "assumptions.recruits_total", "offer.requirements.buyback_percent")
NAV_MIN_WIDTH, NAV_MAX_WIDTH = 120, 165  # the section list's width (see _fit_nav_width)


def copy_tree(value):
    """A deep copy of JSON data (dicts, lists and scalars), several times faster than
    ``copy.deepcopy``, which the editor otherwise pays a few times per keystroke; anything else
    is copied with ``copy.deepcopy``."""
    kind = type(value)
    if kind is dict:
        return {k: copy_tree(v) for k, v in value.items()}
    if kind is list:
        return [copy_tree(v) for v in value]
    if kind in _SCALARS or value is None:
        return value
    return copy.deepcopy(value)


_SCALARS = (str, int, float, bool)


def get_path(data, path: str):
    node = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return _MISSING
        node = node[part]
    return node


def set_path(data: dict, path: str, value) -> None:
    parts = path.split(".")
    node = data
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[parts[-1]] = value


_MISSING = object()


class _Page:
    """One section: its scroll area, the widget inside it, its title and intro labels."""

    def __init__(self, key: str, title_getter, intro_getter, widget: QScrollArea, inner: QWidget):
        self.key = key
        self.title = title_getter
        self.intro = intro_getter
        self.widget = widget
        self.inner = inner
        self.title_label = QLabel(inner)
        self.intro_label = QLabel(inner)
        self.paths: list[str] = []
        self.groups: list[tuple[QGroupBox, type, str]] = []
        self.table_labels: list[tuple[QLabel, type, str]] = []


class OfferEditor(QWidget):
    """Edit one evaluation. Load it with :meth:`load`; listen to ``state_changed``."""

    state_changed = Signal(object, object, object)  # data, Evaluation | None, list[Problem]

    def __init__(self, parent: QWidget | None = None, lang: str = "en"):
        super().__init__(parent)
        self.setObjectName("offerEditor")
        self.lang = lang
        self.undo_stack = QUndoStack(self)
        self.fields: dict[str, ScalarField] = {}
        self.tables: dict[str, RecordTable] = {}
        self.pages: list[_Page] = []
        self.evaluation: Evaluation | None = None
        # The last valid document from before the edit under way began: what the results show
        # and the library stores while the document is invalid (see the module's docstring).
        self.committed: Evaluation | None = None
        self._edit_key: tuple[str, int] | None = None  # (path, focus session) of the typing under way
        self.problems: list = []
        self._state: dict = {}
        # (path, data) of the field whose edit was taken in last, while nothing else changed
        # since: a number field reports one keystroke twice (its text, then its value).
        self._last_edit: tuple[str, object] | None = None
        self._currency = "EUR"
        self._last_focus: str | None = None
        self._section_help_shown = False  # the help line shows the section's introduction
        self._session = 0

        self.nav = QListWidget(self)
        self.nav.setObjectName("editorSections")
        self.nav.setMaximumWidth(NAV_MAX_WIDTH)
        self.nav.setMinimumWidth(NAV_MIN_WIDTH)
        self.nav.setSpacing(1)
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self._on_section_changed)
        self.general_error = ErrorLabel(self)
        # each problem with no field of its own is a link to where it is (click, or Tab and Enter)
        self.general_error.setObjectName("generalError")
        self.general_error.setTextFormat(Qt.TextFormat.RichText)
        self.general_error.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.general_error.linkActivated.connect(self.reveal)
        self.help_line = HelpLine(self)

        self._build_pages()
        self._make_section_actions()

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_error)
        layout.addLayout(body, 1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.help_line)
        self.nav.setCurrentRow(0)
        self._section_help_shown = False  # at the start the help line says how it works
        self.setStyleSheet(
            '*[invalid="true"] { border: 2px solid #e53935; border-radius: 3px; }'
            "QLabel#fieldError { color: #e53935; }"
        )
        self.retranslate(lang)

    # ------------------------------------------------------------------ building

    def _build_pages(self) -> None:
        offer_paths = [("offer", Offer, ["name", "company", "kind", "currency", "notes"])]
        self._add_form_page("offer", lambda: QCoreApplication.translate("OfferEditor", "The offer"),
                            lambda: QCoreApplication.translate("OfferEditor", "What is offered, by whom, and in which currency."),
                            offer_paths)
        self._add_form_page(
            "costs", lambda: QCoreApplication.translate("OfferEditor", "Fees and purchases"),
            lambda: field_info(Offer, "fees", self.lang)["help"],
            [("offer.fees", Fees, list(Fees.model_fields)),
             ("offer.requirements", Requirements, list(Requirements.model_fields))],
            groups=[(Offer, "fees"), (Offer, "requirements")],
        )
        self._add_table_page("products", Offer, "products", "offer.products", Product)
        self._add_table_page("training", Offer, "training", "offer.training", Training)
        self._build_payout_page()
        self._build_disclosure_page()
        self._add_form_page("claims", lambda: field_info(Offer, "claims", self.lang)["label"],
                            lambda: field_info(Offer, "claims", self.lang)["help"],
                            [("offer.claims", Claims, list(Claims.model_fields))])
        self._add_form_page("assumptions", lambda: field_info(Evaluation, "assumptions", self.lang)["label"],
                            lambda: field_info(Evaluation, "assumptions", self.lang)["help"],
                            [("assumptions", Assumptions, list(Assumptions.model_fields))])
        self._add_form_page("simulation", lambda: field_info(Evaluation, "simulation", self.lang)["label"],
                            lambda: field_info(Evaluation, "simulation", self.lang)["help"],
                            [("simulation", SimulationSettings, list(SimulationSettings.model_fields))])

    def _new_page(self, key: str, title, intro) -> tuple[_Page, QVBoxLayout]:
        inner = QWidget()
        inner.setObjectName(f"page-{key}")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 8, 12, 8)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # no Tab stop of its own: the first Tab from the section list goes to the page's first
        # field (the page scrolls to whichever field has the focus); as a stop, it swallowed what
        # was typed there without a sign
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        page = _Page(key, title, intro, scroll, inner)
        page.title_label.setObjectName("pageTitle")
        font = page.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        page.title_label.setFont(font)
        page.intro_label.setWordWrap(True)
        layout.addWidget(page.title_label)
        layout.addWidget(page.intro_label)
        self.pages.append(page)
        self.stack.addWidget(scroll)
        item = QListWidgetItem()
        item.setSizeHint(QSize(0, 28))
        self.nav.addItem(item)
        return page, layout

    def _form(self, page: _Page, parent: QWidget, base: str, model, names: list[str]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name in names:
            annotation = model.model_fields[name].annotation
            if getattr(annotation, "__origin__", None) is list:
                continue
            path = f"{base}.{name}"
            field = ScalarField(describe(model, name), path, parent)
            field.edited.connect(self._on_edited)
            field.focused.connect(self._on_focus)
            self.fields[path] = field
            page.paths.append(path)
            form.addRow(field.label, field.container)
        return form

    def _add_form_page(self, key, title, intro, sections, groups=None) -> _Page:
        page, layout = self._new_page(key, title, intro)
        inner = page.inner
        for i, (base, model, names) in enumerate(sections):
            if groups:
                box = QGroupBox(inner)
                box.setLayout(self._form(page, box, base, model, names))
                page.groups.append((box, groups[i][0], groups[i][1]))
                layout.addWidget(box)
            else:
                layout.addLayout(self._form(page, inner, base, model, names))
        layout.addStretch(1)
        return page

    def _add_table(self, page: _Page, layout: QVBoxLayout, owner, name, path, item_model,
                   paste=False) -> RecordTable:
        inner = page.inner
        label = QLabel(inner)
        label.setObjectName("tableLabel")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        table = RecordTable(path, owner, name, item_model, inner, paste_button=paste)
        table.wrap_headers = "words"  # every column in the pane of a 1024-pixel screen
        label.setBuddy(table.grid)
        table.edited.connect(self._on_edited)
        table.help_text.connect(self._on_table_help)
        table.touched.connect(self._on_touched)
        self.tables[path] = table
        page.paths.append(path)
        page.table_labels.append((label, owner, name))
        layout.addWidget(label)
        layout.addWidget(table)
        return table

    def _add_table_page(self, key, owner, name, path, item_model) -> None:
        page, layout = self._new_page(key, lambda: field_info(owner, name, self.lang)["label"],
                                      lambda: field_info(owner, name, self.lang)["help"])
        self._add_table(page, layout, owner, name, path, item_model)
        page.table_labels.pop()  # the page title already names the table
        layout.addStretch(1)

    def _build_payout_page(self) -> None:
        page, layout = self._new_page("payout", lambda: field_info(Offer, "payout", self.lang)["label"],
                                      lambda: field_info(Offer, "payout", self.lang)["help"])
        # The version-2 plan (SPEC 8.1): retail terms, ranks and components, in its own widget.
        self.plan_editor = PlanEditor(page.inner)
        self.plan_editor.changed.connect(self._on_edited)
        self.plan_editor.focused.connect(self._on_focus)
        self.plan_editor.help_text.connect(self._on_table_help)
        self.plan_editor.touched.connect(self._on_touched)
        page.paths.append(PAYOUT)
        layout.addWidget(self.plan_editor)
        layout.addStretch(1)

    def _build_disclosure_page(self) -> None:
        page, layout = self._new_page("disclosure",
                                      lambda: field_info(Offer, "disclosure", self.lang)["label"],
                                      lambda: field_info(Offer, "disclosure", self.lang)["help"])
        inner = page.inner
        self.disclosure_check = QCheckBox(inner)
        self.disclosure_check.setObjectName(DISCLOSURE)
        self.disclosure_check.toggled.connect(lambda _=None: self._on_edited(DISCLOSURE, False))
        layout.addWidget(self.disclosure_check)
        self.disclosure_box = QWidget(inner)
        box_layout = QVBoxLayout(self.disclosure_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(self._form(page, self.disclosure_box, DISCLOSURE, Disclosure,
                                        list(Disclosure.model_fields)))
        layout.addWidget(self.disclosure_box)
        self.disclosure_note = QLabel(inner)
        self.disclosure_note.setWordWrap(True)
        self.disclosure_note.setObjectName("note")
        box_layout.addWidget(self.disclosure_note)
        self._add_table(page, box_layout, Disclosure, "tiers", "offer.disclosure.tiers", Tier, paste=True)
        layout.addStretch(1)

    def _make_section_actions(self) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next / previous section; Alt+1..9: section 1..9. Active
        while the focus is anywhere in the editor (a text field included)."""
        def action(name: str, keys: str, slot) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _=False: slot())
            self.addAction(act)
            return act

        self.act_next_section = action("actionNextSection", "Ctrl+PgDown", lambda: self.step_section(1))
        self.act_previous_section = action("actionPreviousSection", "Ctrl+PgUp",
                                           lambda: self.step_section(-1))
        self.section_actions = [
            action(f"actionSection{n}", f"Alt+{n}", lambda i=n - 1: self.go_to_section(i))
            for n in range(1, min(9, len(self.pages)) + 1)]

    def step_section(self, step: int) -> None:
        """Show the section ``step`` places on (wrapping around) and focus its first field."""
        self.go_to_section((self.nav.currentRow() + step) % len(self.pages))

    def go_to_section(self, index: int) -> None:
        """Show section ``index``; focus its first field unless the focus is in the section list
        (there the arrow keys keep moving through the list)."""
        in_list = self.nav.hasFocus()
        self.nav.setCurrentRow(index)
        if not in_list:
            widget = self._first_focusable(self.pages[index])
            if widget is not None:
                if widget.hasFocus():  # Qt moved the focus there as the old page went: focus
                    widget.clearFocus()  # it again, so that the help line explains the field
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _first_focusable(self, page: _Page) -> QWidget | None:
        if page.key == "disclosure":
            return self.disclosure_check
        if page.key == "payout":
            return self.plan_editor.first_focusable()
        for path in page.paths:
            widget = self.fields[path].widget if path in self.fields else self.tables[path].grid
            if widget.isVisibleTo(page.inner) and widget.isEnabled():
                return widget
        return None

    def _fit_nav_width(self) -> None:
        """The section list as wide as its longest title with the warning mark (at most
        NAV_MAX_WIDTH): on a small screen the fields get the rest."""
        metrics = self.nav.fontMetrics()
        text = max((metrics.horizontalAdvance("\u26a0 " + page.title()) for page in self.pages), default=0)
        padding = 2 * self.nav.frameWidth() + 2 * self.nav.spacing() + 16
        self.nav.setFixedWidth(max(NAV_MIN_WIDTH, min(NAV_MAX_WIDTH, text + padding)))

    def _on_section_changed(self, row: int) -> None:
        """The help line follows the section shown: its introduction until a field is focused."""
        self.stack.setCurrentIndex(row)
        if 0 <= row < len(self.pages) and hasattr(self, "section_actions"):  # not while building
            self._last_focus = None
            self._section_help_shown = True
            self.help_line.setText(self._section_help(row))

    def _section_help(self, row: int) -> str:
        page = self.pages[row]
        return page.title() + ": " + (page.intro() or QCoreApplication.translate(
            "OfferEditor", "Click a field to see what it means."))

    # ------------------------------------------------------------------ language

    def retranslate(self, lang: str | None = None) -> None:
        self._last_edit = None  # texts may read otherwise in another language
        if lang:
            self.lang = lang
        for field in self.fields.values():
            field.retranslate(self.lang, self._currency)
            field.reformat()
        for table in self.tables.values():
            table.retranslate(self.lang, self._currency)
        self.plan_editor.retranslate(self.lang, self._currency)
        for path in NOT_STATED + NOT_GIVEN:
            number = self.fields[path].number if path in self.fields else None
            if number is not None:
                number.setPlaceholderText(
                    QCoreApplication.translate("OfferEditor", "not stated") if path in NOT_STATED
                    else QCoreApplication.translate("OfferEditor", "not given"))
        if "simulation.months" in self.fields and self.fields["simulation.months"].number is not None:
            # empty: the projection's horizon, as the Simulation tab says
            self.fields["simulation.months"].number.setPlaceholderText(
                QCoreApplication.translate("OfferEditor", "the horizon"))
        for i, page in enumerate(self.pages):
            page.title_label.setText(page.title())
            page.intro_label.setText(page.intro())
            self.nav.item(i).setText(page.title())
            for box, owner, name in page.groups:
                box.setTitle(field_info(owner, name, self.lang)["label"])
                box.setToolTip(field_info(owner, name, self.lang)["help"])
            for label, owner, name in page.table_labels:
                label.setText(field_info(owner, name, self.lang)["label"])
                label.setToolTip(field_info(owner, name, self.lang)["help"])
        self.nav.setAccessibleName(QCoreApplication.translate("OfferEditor", "Sections of the evaluation"))
        self._fit_nav_width()
        self.nav.setToolTip(QCoreApplication.translate(
            "OfferEditor", "Ctrl+PgDown and Ctrl+PgUp go to the next and previous section; "
            "Alt+1 to Alt+9 go to a section by its number."))
        self.act_next_section.setText(QCoreApplication.translate("OfferEditor", "&Next Section"))
        self.act_previous_section.setText(QCoreApplication.translate("OfferEditor", "&Previous Section"))
        self.disclosure_check.setText(QCoreApplication.translate("OfferEditor", "The company has published an income disclosure"))
        self.disclosure_check.setAccessibleName(self.disclosure_check.text())
        self.disclosure_note.setText(QCoreApplication.translate("OfferEditor",
            "Enter the tiers lowest earners first. Disclosed figures are gross, before expenses. "
            "You can paste rows copied from a spreadsheet: name, share %, average, median, lowest and "
            "highest, in amounts per the period above. Leave the share covered empty when the "
            "disclosure does not say it."))
        self.help_line.setAccessibleName(QCoreApplication.translate("OfferEditor", "Help for the current field"))
        focused_table = next((t for t in self.all_tables() if t.has_focus()), None)
        if self._last_focus:
            self._on_focus(self._last_focus)
        elif focused_table is not None:  # a cell has the focus: its column, in the new language
            self.help_line.setText(focused_table.column_help(focused_table.grid.currentColumn()))
        elif self._section_help_shown:
            self.help_line.setText(self._section_help(max(0, self.nav.currentRow())))
        else:
            self.help_line.setText(QCoreApplication.translate("OfferEditor", "Click a field to see what it means. Invalid values are marked "
                                     "in red with the reason; the results keep showing the last valid state."))
        if self._state:
            self._validate_and_show()

    # ------------------------------------------------------------------ data in and out

    def load(self, data: dict) -> None:
        """Show a document (JSON data; may hold raw text that does not validate) as a fresh start:
        the undo history is cleared."""
        data = copy.deepcopy(data)
        self._set_widgets(data)
        self._state = self.collect()
        self._last_edit = None
        self.undo_stack.clear()
        self._edit_key = None
        self.committed = None
        self._after_change()
        self.committed = self.evaluation

    def load_evaluation(self, ev: Evaluation) -> None:
        self.load(fileformat.to_data(ev))

    def state(self) -> dict:
        return copy_tree(self._state)

    def value(self, path: str):
        """One value of the form's current document (None when it has none), not copied: for
        what reads a scalar after every keystroke (the window title's name)."""
        found = get_path(self._state, path)
        return None if found is _MISSING else found

    def state_equals(self, data: dict) -> bool:
        """Whether the form's current document is ``data`` (``state() == data`` without the
        copy ``state()`` makes: for what asks after every keystroke, e.g. "is it modified")."""
        return self._state == data

    def collect(self) -> dict:
        """The form as a candidate document (numbers parsed where they parse, else the raw text)."""
        data: dict = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
        has_disclosure = self.disclosure_check.isChecked()
        for path, field in self.fields.items():
            if path.startswith(DISCLOSURE + ".") and not has_disclosure:
                continue
            set_path(data, path, field.data())
        for path, table in self.tables.items():
            if path.startswith(DISCLOSURE + ".") and not has_disclosure:
                continue
            set_path(data, path, table.data())
        set_path(data, PAYOUT, self.plan_editor.data())
        if not has_disclosure:
            set_path(data, DISCLOSURE, None)
        return data

    def _collect_typed(self, path: str) -> dict | None:
        """``collect()`` after typing in the one field ``path``: the form's document with that
        field read again, the rest as last collected (every other widget reports its own edits;
        reading every table and the payout plan again after each keystroke costs a millisecond).
        The dicts on the path are copied, so the document before (kept for undo) is unchanged.
        None where the whole form must be read (no document yet, the disclosure's fields)."""
        if not self._state or path.startswith(DISCLOSURE + ".") or path not in self.fields:
            return None
        new = dict(self._state)
        node = new
        parts = path.split(".")
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                return None
            node[part] = node = dict(child)
        node[parts[-1]] = self.fields[path].data()
        return new

    def _set_widgets(self, data: dict) -> None:
        disclosure = get_path(data, DISCLOSURE)
        has_disclosure = isinstance(disclosure, dict)
        self.disclosure_check.blockSignals(True)
        self.disclosure_check.setChecked(has_disclosure)
        self.disclosure_check.blockSignals(False)
        if not has_disclosure:  # sensible starting values for when the user ticks the box
            defaults = {"year": datetime.date.today().year - 1, "source": "", "participants": None,
                        "currency": None, "basis": "unknown", "active_definition": "",
                        "period": "year", "covered_percent": None, "share_nothing_percent": None,
                        "share_nothing_basis": "all", "tiers": []}
            data = copy.deepcopy(data)
            set_path(data, DISCLOSURE, defaults)
        for path, field in self.fields.items():
            value = get_path(data, path)
            if value is not _MISSING:
                field.set_data(value)
        for path, table in self.tables.items():
            value = get_path(data, path)
            if value is not _MISSING:
                table.set_data(value if isinstance(value, list) else [])
        payout = get_path(data, PAYOUT)
        self.plan_editor.set_data(payout if isinstance(payout, dict) else {})
        self._update_currency(get_path(data, "offer.currency"))

    def apply_state(self, data: dict, focus_path: str | None = None) -> None:
        """Show ``data`` (used by undo/redo) and move to the field it concerns."""
        self._set_widgets(copy.deepcopy(data))
        self._state = self.collect()
        self._last_edit = None
        self._edit_key = None
        self._after_change()
        if self.evaluation is not None:
            self.committed = self.evaluation
        if focus_path:
            self.reveal(focus_path)

    def reveal(self, path: str) -> QWidget | None:
        """Show the page holding ``path`` and focus its widget."""
        for i, page in enumerate(self.pages):
            if path in page.paths or any(path.startswith(p + "[") or path.startswith(p + ".")
                                         for p in page.paths):
                self.nav.setCurrentRow(i)
                break
        widget: QWidget | None = None
        if self.plan_editor.owns(path):
            widget = self.plan_editor.widget_for(path)
        elif path in self.fields:
            widget = self.fields[path].widget
        elif path in self.tables:
            widget = self.tables[path].grid
        elif path == DISCLOSURE:
            widget = self.disclosure_check
        else:  # a row or cell of a table
            widget = next((t.grid for p, t in self.tables.items() if path.startswith(p + "[")), None)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            for table in self.all_tables():
                if widget is table.grid and path.startswith(table.path + "["):
                    table.select(path[len(table.path):])  # the cell the problem is in
        return widget

    def all_tables(self) -> list[RecordTable]:
        """Every table of the editor, the payout plan's included."""
        return [*self.tables.values(), *self.plan_editor.record_tables()]

    # ------------------------------------------------------------------ reacting

    def _on_edited(self, path: str, typing: bool) -> None:
        field = self.fields.get(path)
        if field is not None and self._last_edit is not None and self._last_edit[0] == path \
                and self._last_edit[1] == field.data():
            # The same field reports the edit just taken in again: the form is as collected.
            self._update_visibility()
            return
        new = self._collect_typed(path) if typing and field is not None else None
        if new is None:
            new = self.collect()
        self._last_edit = (path, field.data()) if field is not None else None
        if new == self._state:
            self._update_visibility()
            return
        key = (path, self._session) if typing else None
        if (key is None or key != self._edit_key) and self.evaluation is not None:
            self.committed = self.evaluation  # a new edit begins: what it started from
        self._edit_key = key
        old = self._state
        self._state = new
        label = self._label_for(path)
        text = QCoreApplication.translate("OfferEditor", "Edit %1").replace("%1", label)
        self.undo_stack.push(EditCommand(self, old, new, path, text, mergeable=typing,
                                           session=self._session))
        self._after_change()

    def _label_for(self, path: str) -> str:
        if self.plan_editor.owns(path):
            return self.plan_editor.label_for(path)
        if path in self.fields:
            return self.fields[path].spec.label(self.lang)
        if path in self.tables:
            table = self.tables[path]
            return field_info(table.owner, table.name, self.lang)["label"]
        if path == DISCLOSURE:
            return field_info(Offer, "disclosure", self.lang)["label"]
        return place(path, self.lang, self._state) or path

    def _on_table_help(self, text: str) -> None:
        """A table cell got the focus: its column's help (the help line follows the focus)."""
        self._last_focus = None
        self._section_help_shown = False
        self.help_line.setText(text)

    def _on_touched(self, _path: str) -> None:
        """A new row was left (or Save tried): its problems are shown now."""
        self._validate_and_show()
        self.state_changed.emit(self.state(), self.evaluation, list(self.problems))

    def in_new_row(self, path: str) -> bool:
        """Whether ``path`` lies in a row added with Add row that is not judged yet."""
        for table in self.all_tables():
            if path.startswith(table.path + "[") and table.is_fresh(path[len(table.path):]):
                return True
        return False

    def shown_problems(self) -> list:
        """The problems the editor shows: all but those in new rows not judged yet."""
        return [p for p in self.problems if not self.in_new_row(p.path)]

    def touch_all(self) -> None:
        """Judge every new row (the user tries to save): their problems are shown too."""
        for table in self.all_tables():
            table.blockSignals(True)
            try:
                table.leave_fresh()
            finally:
                table.blockSignals(False)
        self._validate_and_show()

    def problem_text(self, problem) -> str:
        """A problem in the user's words: "Products, row 2, Retail price: must be ..."."""
        return problem_text(problem, self.lang, self._state)

    def _on_focus(self, path: str) -> None:
        self._session += 1
        self._last_focus = path
        field = self.fields.get(path)
        if field is not None:
            self.help_line.setText(f"{field.spec.label(self.lang)}: {field.spec.help(self.lang)}")
        elif self.plan_editor.owns(path) and self.plan_editor.help_for(path):
            self.help_line.setText(self.plan_editor.help_for(path))

    def _update_currency(self, currency) -> None:
        if isinstance(currency, str) and len(currency) == 3 and currency.isalpha() and currency.isupper():
            if currency != self._currency:
                self._currency = currency
                for field in self.fields.values():
                    if field.spec.unit == "money":
                        field.unit_label.setText(currency)
                for table in self.tables.values():
                    table.retranslate(self.lang, currency)
                self.plan_editor.set_currency(currency)

    def _after_change(self) -> None:
        self._update_currency(get_path(self._state, "offer.currency"))
        self._update_visibility()
        self._validate_and_show()
        self.state_changed.emit(self.state(), self.evaluation, list(self.problems))

    def _update_visibility(self) -> None:
        self.disclosure_box.setEnabled(self.disclosure_check.isChecked())

    def _validate_and_show(self) -> None:
        try:
            self.evaluation = fileformat.from_data(copy_tree(self._state))
            self.problems = []
        except fileformat.EvaluationFileError as exc:
            self.evaluation = None
            self.problems = list(exc.problems)
        field_errors: dict[str, list[str]] = {}
        table_errors: dict[str, list[tuple[str, str]]] = {path: [] for path in self.tables}
        general: list[tuple[str, str]] = []  # (path, the problem in the user's words)
        plan_problems: list[tuple[str, str]] = []
        for problem in self.problems:
            path, message = problem.path, problem_message(problem, self.lang)
            if self.plan_editor.owns(path):
                plan_problems.append((path, message))
                continue
            if path in self.fields:
                field_errors.setdefault(path, []).append(message)
                continue
            for tpath in self.tables:
                if path == tpath or path.startswith(tpath + "["):
                    table_errors[tpath].append((path[len(tpath):], message))
                    break
            else:
                general.append((path, self.problem_text(problem)))
        for path, field in self.fields.items():
            messages = field_errors.get(path)
            field.set_error("; ".join(messages) if messages else None)
        general.extend((path, f"{place(path, self.lang, self._state)}: {message}")
                       for path, message in self.plan_editor.set_errors(plan_problems))
        for path, table in self.tables.items():
            table.set_errors(table_errors[path])
            if table.isHidden():  # a table out of sight: say it up top, leading there
                general.extend((path + rel, f"{place(path + rel, self.lang, self._state)}: {message}")
                               for rel, message in table_errors[path] if not table.is_fresh(rel))
        if general:
            links = "; ".join(f'<a href="{html.escape(path, quote=True)}">{html.escape(text)}</a>'
                              for path, text in general)
            self.general_error.show_error(
                html.escape(QCoreApplication.translate("OfferEditor", "Please check:")) + " " + links)
            self.general_error.setAccessibleName(
                QCoreApplication.translate("OfferEditor", "Please check:") + " " + "; ".join(t for _, t in general))
        else:
            self.general_error.show_error(None)
        self._mark_pages()

    def _mark_pages(self) -> None:
        """Mark each section with a problem (not counting new rows not judged yet); its tooltip
        lists them in the user's words."""
        shown = self.shown_problems()
        red = QBrush(QColor("#e53935"))
        for i, page in enumerate(self.pages):
            item = self.nav.item(i)
            mine = [pr for pr in shown if any(pr.path == p or pr.path.startswith(p + "[")
                                               or pr.path.startswith(p + ".") for p in page.paths)]
            has_error = bool(mine)
            item.setForeground(red if has_error else QBrush())
            title = page.title()
            item.setText(("\u26a0 " + title) if has_error else title)
            if has_error:
                lines = [self.problem_text(pr) for pr in mine[:10]]
                item.setToolTip(QCoreApplication.translate("OfferEditor", "This section has invalid values")
                                + ":\n" + "\n".join(lines))
            else:
                item.setToolTip(title)

    # ------------------------------------------------------------------ for the main window and tests

    def field(self, path: str) -> ScalarField:
        return self.fields[path]

    def table(self, path: str) -> RecordTable:
        return self.tables[path]

    def page_index(self, key: str) -> int:
        return [p.key for p in self.pages].index(key)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.page_index(key))

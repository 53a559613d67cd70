"""The main window: the library (start screen) and the evaluation page (editor | results).

The window lays out the pages, runs the menus and asks the questions; the open evaluation's
state (loading, debounced analysis, autosave, drafts, conflict copies) lives in
``session.DocumentSession``, whose signals the window listens to.
"""

from __future__ import annotations

import datetime
import logging
import re
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core import fileformat, safefile
from ..core.law import reference_wage
from ..core.model import Evaluation
from . import dialogs
from .appearance import apply_theme, install_translators
from .editor import OfferEditor
from .library_view import LibraryView
from .session import DocumentSession
from .settings import DEFAULT_CURRENCY, AppSettings, SettingsDialog

# The results, simulation, compare and print modules (and the core's analysis) are imported where
# they are first needed, not here: the start screen comes up about 0.15 s sooner without them.

log = logging.getLogger(__name__)

# Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069): in a
# name they would reorder the rest of the window title.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def date_text(day: datetime.date, lang: str) -> str:
    """'1 January 2026' / '1 januari 2026'."""
    locale = QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English)
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


# The window's preferred size; a smaller screen gets the window shrunk to fit (1024x768 included).
DEFAULT_WINDOW_SIZE = QSize(1360, 860)
# The editor's share of the evaluation page on a small window (see MainWindow._splitter_sizes).
EDITOR_MIN_WIDTH = 586
# Room left around the window's inside for the window manager's frame: the title bar above
# (FRAME_TOP) and the borders (a window rectangle here is the inside, as Qt's geometry() is).
FRAME_WIDTH, FRAME_HEIGHT, FRAME_TOP = 16, 40, 32


def window_rect(saved: QRect | None, available: list[QRect],
                preferred: QSize = DEFAULT_WINDOW_SIZE) -> QRect:
    """Where the window opens: ``saved`` (the size and position it had) when that lies wholly
    inside one screen's available area, else ``preferred`` shrunk to fit the first (primary)
    screen's available area, centred on it. ``available``: the screens' available areas."""
    if saved is not None and saved.isValid() and any(area.contains(saved) for area in available):
        return QRect(saved)
    area = available[0] if available else QRect(0, 0, preferred.width(), preferred.height())
    width = max(1, min(preferred.width(), area.width() - FRAME_WIDTH))
    height = max(1, min(preferred.height(), area.height() - FRAME_HEIGHT))
    left = area.x() + (area.width() - width) // 2
    top = area.y() + (area.height() - height - FRAME_HEIGHT) // 2 + FRAME_TOP
    return QRect(left, top, width, height)


def rect_text(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}"


def parse_rect(text: object) -> QRect | None:
    """``rect_text``'s 'x,y,width,height' back to a rectangle; anything else: None."""
    if isinstance(text, (list, tuple)):
        text = ",".join(str(part) for part in text)
    try:
        x, y, width, height = (int(part) for part in str(text).split(","))
    except ValueError:
        return None
    return QRect(x, y, width, height) if width > 0 and height > 0 else None


def title_safe(text: str) -> str:
    """``text`` without bidi controls, for the window title."""
    return _BIDI_CONTROLS.sub("", text)


def _session_attribute(name: str, doc: str) -> property:
    """A window attribute that is the session's (kept for the menus, tests and scripts)."""
    return property(lambda self: getattr(self.session, name),
                    lambda self, value: setattr(self.session, name, value), doc=doc)


class MainWindow(QMainWindow):
    """One window. ``library``: an open ``evaluator.storage.library.Library``."""

    analysis_updated = Signal(object)  # the analysis shown (for tests and benchmarks)

    current_id = _session_attribute("current_id", "The open library entry's id, or None.")
    current_file = _session_attribute("current_file", "The file the open entry is linked to, or None.")
    last_valid = _session_attribute("last_valid", "The last valid version of the open evaluation.")
    analysis = _session_attribute("analysis", "The analysis shown.")
    simulation = _session_attribute("simulation", "The simulation result the analysis includes.")
    analysis_timer = property(lambda self: self.session.analysis_timer)
    autosave_timer = property(lambda self: self.session.autosave_timer)
    draft_timer = property(lambda self: self.session.draft_timer)

    def __init__(self, library, settings: AppSettings | None = None, lang: str | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.library = library
        self.settings = settings or AppSettings()
        self.lang = lang or self.settings.language
        self._compare_dialogs: list = []
        self.setAcceptDrops(True)

        self.session = DocumentSession(library, self.lang, self)
        self.session.opened.connect(self._on_opened)
        self.session.analysed.connect(self._on_analysed)
        self.session.status_changed.connect(self.update_title)
        self.session.forked.connect(self._on_forked)
        self.session.trouble.connect(self._library_trouble)

        self.pages = QStackedWidget(self)
        self.library_view = LibraryView(library, self.lang, self)
        self.library_view.open_requested.connect(self.open_entry)
        self.library_view.new_requested.connect(self.new_evaluation)
        self.library_view.interview_requested.connect(self.new_from_interview)
        self.library_view.example_requested.connect(self.start_from_example)
        self.library_view.compare_requested.connect(self.compare)
        self.library_view.undo_available.connect(lambda _=None: self._update_actions())
        self.pages.addWidget(self.library_view)

        self._page_built = False  # the editor and results are built when first needed
        self.setCentralWidget(self.pages)

        self._make_actions()
        self._make_menus()
        self.retranslate_ui()
        self._enter_library(refresh=False)  # the view filled its list once when it was built
        self._restore_window_geometry()

    # ------------------------------------------------------------------ actions and menus

    def _action(self, name: str, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.act_library = self._action("actionLibrary", self.show_library, QKeySequence("Ctrl+L"))
        self.act_interview = self._action("actionInterview", self.new_from_interview, QKeySequence("Ctrl+Shift+N"))
        self.act_new = self._action("actionNew", self.new_evaluation, QKeySequence.StandardKey.New)
        self.act_reinterview = self._action("actionReinterview", self.reopen_interview)
        self.act_open = self._action("actionOpen", self.open_file_dialog, QKeySequence.StandardKey.Open)
        self.act_save = self._action("actionSave", self.save, QKeySequence.StandardKey.Save)
        self.act_save_as = self._action("actionSaveAs", self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.act_import = self._action("actionImport", self.library_view.import_files)
        self.act_export = self._action("actionExport", self.export_current)
        self.act_pdf = self._action("actionExportPdf", self.export_pdf, QKeySequence("Ctrl+E"))
        self.act_spreadsheet = self._action("actionExportSpreadsheet", self.export_spreadsheet,
                                            QKeySequence("Ctrl+Shift+E"))
        self.act_print = self._action("actionPrint", self.print_document, QKeySequence.StandardKey.Print)
        self.act_preview = self._action("actionPrintPreview", self.print_preview, QKeySequence("Ctrl+Shift+P"))
        self.act_summary = self._action("actionPrintSummary", self.print_summary)
        self.act_checklist = self._action("actionPrintChecklist", self.print_checklist)
        self.act_quit = self._action("actionQuit", self.close, QKeySequence("Ctrl+Q"))
        self.act_undo = self._action("actionUndo", self.undo, QKeySequence.StandardKey.Undo)
        self.act_redo = self._action("actionRedo", self.redo,
                                     [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_find = self._action("actionFind", self.find, QKeySequence.StandardKey.Find)
        self.act_delete = self._action("actionDelete", self.delete_current)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.library_view.table.addAction(self.act_delete)
        self.removeAction(self.act_delete)
        self.act_duplicate = self._action("actionDuplicate", self.duplicate_current, QKeySequence("Ctrl+D"))
        self.act_compare = self._action("actionCompare", lambda: self.compare(None), QKeySequence("Ctrl+K"))
        self.act_settings = self._action("actionSettings", self.open_settings, QKeySequence("Ctrl+,"))
        self.act_guide = self._action("actionGuide", self.open_guide, QKeySequence.StandardKey.HelpContents)
        self.act_glossary = self._action("actionGlossary", self.open_glossary, QKeySequence("Ctrl+Shift+G"))
        self.act_about = self._action("actionAbout", self.about)
        for act in (self.act_library, self.act_new, self.act_open, self.act_save, self.act_undo,
                    self.act_redo, self.act_compare):
            act.setShortcutVisibleInContextMenu(True)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for act in (self.act_library, None, self.act_interview, self.act_new, self.act_open, None,
                    self.act_save, self.act_save_as, None, self.act_import, self.act_export,
                    self.act_spreadsheet, None, self.act_pdf, self.act_print, self.act_preview,
                    self.act_summary, self.act_checklist, None, self.act_quit):
            self.menu_file.addSeparator() if act is None else self.menu_file.addAction(act)
        self.menu_edit = bar.addMenu("")
        for act in (self.act_undo, self.act_redo, None, self.act_reinterview, self.act_find, None, self.act_duplicate,
                    self.act_delete, None, self.act_settings):
            self.menu_edit.addSeparator() if act is None else self.menu_edit.addAction(act)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_library)
        self.menu_view.addAction(self.act_compare)
        self.menu_help = bar.addMenu("")
        for act in (self.act_guide, self.act_glossary, None, self.act_about):
            self.menu_help.addSeparator() if act is None else self.menu_help.addAction(act)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.act_library, self.act_interview, self.act_new, self.act_open, self.act_save, None,
                    self.act_undo, self.act_redo, None, self.act_compare, self.act_pdf):
            self.toolbar.addSeparator() if act is None else self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)

    def retranslate_ui(self) -> None:
        for act, text, tip in (
            (self.act_library, self.tr("&Library"), self.tr("Back to your evaluations")),
            (self.act_interview, self.tr("I've &been pitched an opportunity\u2026"),
             self.tr("Start a new evaluation with a short interview, in the recruiter's words")),
            (self.act_new, self.tr("&New"), self.tr("Start a new evaluation")),
            (self.act_reinterview, self.tr("&Interview\u2026"),
             self.tr("Go through the interview again for this evaluation, with its answers filled in")),
            (self.act_open, self.tr("&Open\u2026"), self.tr("Open an evaluation file")),
            (self.act_save, self.tr("&Save"), self.tr("Save to the evaluation's file")),
            (self.act_save_as, self.tr("Save &As\u2026"), self.tr("Save to a new evaluation file")),
            (self.act_import, self.tr("&Import into Library\u2026"), self.tr("Add an evaluation file to the library")),
            (self.act_export, self.tr("E&xport Evaluation File\u2026"), self.tr("Write the evaluation to a .oppeval file without linking it")),
            (self.act_pdf, self.tr("Export P&DF\u2026"), self.tr("Save a printable PDF summary")),
            (self.act_spreadsheet, self.tr("Export to Sp&readsheet\u2026"),
             self.tr("Save the month-by-month figures, red flags and disclosure as .xlsx or .csv")),
            (self.act_print, self.tr("&Print\u2026"), self.tr("Print the summary")),
            (self.act_preview, self.tr("Print Pre&view\u2026"), self.tr("Preview the printed summary")),
            (self.act_summary, self.tr("Print one-page su&mmary\u2026"),
             self.tr("Print one page in plain language for family and helpers")),
            (self.act_checklist, self.tr("Print pitch &checklist\u2026"),
             self.tr("Print the questions to ask and the cooling-off date, with tick boxes")),
            (self.act_quit, self.tr("&Quit"), self.tr("Quit the app")),
            (self.act_undo, self.tr("&Undo"), self.tr("Undo the last change")),
            (self.act_redo, self.tr("&Redo"), self.tr("Redo what was undone")),
            (self.act_find, self.tr("&Find in Library"), self.tr("Search your evaluations")),
            (self.act_delete, self.tr("&Delete"), self.tr("Move the selected evaluations to the trash")),
            (self.act_duplicate, self.tr("Dupli&cate"), self.tr("Make a copy of the evaluation")),
            (self.act_compare, self.tr("&Compare\u2026"), self.tr("Compare two to four evaluations side by side")),
            (self.act_settings, self.tr("&Settings\u2026"), self.tr("Language, colours, reference wage, currency")),
            (self.act_guide, self.tr("&User Guide"), self.tr("How to evaluate an offer, and what the results mean")),
            (self.act_glossary, self.tr("&Glossary"), self.tr("The words a recruiter uses, in plain language")),
            (self.act_about, self.tr("&About"), self.tr("About Opportunity Evaluator")),
        ):
            act.setText(text)
            act.setToolTip(tip)
            act.setStatusTip(tip)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self._retranslate_evaluation_page()
        self.update_title()


    # ------------------------------------------------------------------ the evaluation page

    def _build_evaluation_page(self) -> None:
        """Editor | results and simulation. Built on first use, so the start screen comes up
        sooner (the library is what the user sees first)."""
        if self._page_built:
            return
        self._page_built = True
        self._editor = OfferEditor(self, self.lang)
        self.session.attach(self._editor)
        self._editor.state_changed.connect(self.session.edited)
        self._editor.state_changed.connect(self._on_edited)
        self._right_tabs = QTabWidget(self)
        self._right_tabs.setObjectName("resultTabs")
        from .results_panel import ResultsPanel
        from .simulation_view import SimulationView

        self._results_panel = ResultsPanel(self, lang=self.lang)
        self._push_reference_wage()
        self._simulation_view = SimulationView(self, lang=self.lang)
        # The view's own runs are exploratory: they never change the verdict (SPEC 9.3). It edits
        # the document's simulation settings through the editor, as one undoable edit each.
        self._simulation_view.settings_edited.connect(self._set_document_value)
        self._right_tabs.addTab(self._results_panel, "")
        self._right_tabs.addTab(self._simulation_view, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("evaluationSplitter")
        self.splitter.addWidget(self._editor)
        self.splitter.addWidget(self._build_whatif(self._right_tabs))
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes(self._splitter_sizes())
        self._evaluation_page = QWidget(self)
        page_layout = QVBoxLayout(self._evaluation_page)
        page_layout.setContentsMargins(6, 6, 6, 6)
        page_layout.addWidget(self.splitter)
        self.pages.addWidget(self._evaluation_page)
        # Section navigation (the editor's actions, active while the focus is in the editor).
        self.menu_view.addSeparator()
        self.menu_view.addAction(self._editor.act_next_section)
        self.menu_view.addAction(self._editor.act_previous_section)

        self._retranslate_evaluation_page()

    def _splitter_sizes(self) -> list[int]:
        """Editor | results: 56 % for the editor, but at least EDITOR_MIN_WIDTH of a small
        window (1024x768: 586 of 996 px, results 410), so that no field of the editor is cut off."""
        total = max(self.width() - 12, EDITOR_MIN_WIDTH + 400)
        editor = min(total - 400, max(EDITOR_MIN_WIDTH, round(total * 0.56)))
        return [editor, total - editor]

    def _page_part(self, name: str):
        self._build_evaluation_page()
        return getattr(self, name)

    editor = property(lambda self: self._page_part("_editor"))
    results_panel = property(lambda self: self._page_part("_results_panel"))
    simulation_view = property(lambda self: self._page_part("_simulation_view"))
    right_tabs = property(lambda self: self._page_part("_right_tabs"))
    evaluation_page = property(lambda self: self._page_part("_evaluation_page"))

    def _retranslate_evaluation_page(self) -> None:
        if not self._page_built:
            return
        self._right_tabs.setTabText(0, self.tr("Results"))
        self._right_tabs.setTabText(1, self.tr("Simulation"))
        self._right_tabs.setAccessibleName(self.tr("Results and simulation"))
        self.whatif_toggle.setText(self.tr("&What if\u2026?"))
        self.whatif_toggle.setToolTip(self.tr("Try other values for your assumptions without changing the evaluation"))
        self.whatif.retranslate(self.lang)

    # ------------------------------------------------------------------ what-if

    def _build_whatif(self, results: QWidget) -> QWidget:
        """The right-hand side: a "What if…?" toggle, the what-if panel (hidden until asked for)
        and the results below it, so the results change beside the values being tried."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QToolButton

        from .whatif_panel import WhatIfPanel

        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.whatif_toggle = QToolButton(side)
        self.whatif_toggle.setObjectName("whatIfToggle")
        self.whatif_toggle.setCheckable(True)
        self.whatif_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.whatif_toggle.toggled.connect(self._toggle_whatif)
        self._whatif_timer = QTimer(self)
        self._whatif_timer.setSingleShot(True)
        self._whatif_timer.setInterval(40)  # a dragged slider: one analysis per pause
        self._whatif_timer.timeout.connect(self.show_whatif_results)
        self._whatif_base: Evaluation | None = None
        self.whatif = WhatIfPanel(side, self.lang)
        self.whatif.hide()
        self.whatif.changed.connect(lambda _overrides: self._whatif_timer.start())
        self.whatif.keep.connect(self._keep_whatif)
        column.addWidget(self.whatif_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.whatif)
        column.addWidget(results, 1)
        return side

    def _toggle_whatif(self, on: bool) -> None:
        if on and self.last_valid is not None and self._whatif_base is not self.last_valid:
            self._whatif_base = self.last_valid
            self.whatif.set_evaluation(self.last_valid)
        if not on:
            self.whatif.back()
        self.whatif.setVisible(on)
        if on:
            self.whatif.setFocus()

    def show_whatif_results(self) -> None:
        """Show the results of the what-if values (or of the document when there are none)."""
        self._whatif_timer.stop()
        ev = self.last_valid
        if ev is None:
            return
        overrides = self.whatif.overrides()
        if not overrides:
            if self.analysis is not None:
                self.results_panel.set_analysis(ev, self.analysis, self.simulation,
                                                pending=self.session.verdict_pending)
            return
        from ..core.analysis import analyze
        from .whatif_panel import candidate

        try:
            tried = candidate(ev, overrides)
        except ValueError as exc:  # a value the model refuses: say so, keep the results
            self.statusBar().showMessage(str(exc).splitlines()[0], 5000)
            return
        # The document's simulation stands for the tried values too: it depends on the offer and
        # the simulation settings, never on the assumptions (SPEC 9.3). Without one yet, the
        # verdict is shown as updating rather than simulated again on every slider step.
        simulation = self.simulation
        tried_analysis = analyze(tried, self.lang, simulation, run_simulation=False)
        self.results_panel.set_analysis(tried, tried_analysis, simulation, pending=simulation is None)

    def _keep_whatif(self, overrides: dict) -> None:
        from .whatif_panel import apply_to_editor

        apply_to_editor(self._editor, overrides, self.tr("Keep what-if values"))
        self.run_analysis()  # now, not after the debounce: the panel starts again from the document

    # ------------------------------------------------------------------ language

    def set_language(self, lang: str) -> None:
        """Switch the UI language (the translators are installed by the caller, see app.py)."""
        self.lang = lang
        self.retranslate_ui()
        self.library_view.retranslate(lang)
        if not self._page_built:
            self.session.lang = lang
            return
        self._editor.retranslate(lang)
        self._results_panel.set_language(lang)
        self._push_reference_wage()
        self._simulation_view.set_language(lang)
        self.session.set_language(lang)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "menu_file"):
            self.retranslate_ui()
        super().changeEvent(event)

    def _push_reference_wage(self) -> None:
        if self._page_built:
            law_wage = reference_wage()
            self._results_panel.set_reference_wage(
                self.settings.reference_wage,
                self.tr("the Dutch statutory minimum hourly wage (21 and over) from %1").replace(
                    "%1", date_text(law_wage.valid_from, self.lang))
                if abs(self.settings.reference_wage - law_wage.value) < 1e-9
                else self.tr("the reference wage in your settings"),
                law_wage.currency)

    # ------------------------------------------------------------------ pages and title

    def show_library(self) -> None:
        self.flush()
        self._enter_library(refresh=True)

    def _enter_library(self, refresh: bool) -> None:
        self.pages.setCurrentWidget(self.library_view)
        if refresh:
            self.library_view.refresh(select_id=self.current_id)
        self.library_view.search.setFocus()
        self._update_actions()
        self.update_title()

    def on_library_page(self) -> bool:
        return self.pages.currentWidget() is self.library_view

    def is_modified(self) -> bool:
        return self.session.is_modified()

    def update_title(self) -> None:
        app_name = self.tr("Opportunity Evaluator")
        if self.on_library_page() or self.current_id is None or not self._page_built:
            self.setWindowTitle(app_name)
            return
        name = self.editor.value("offer.name") or self.tr("Untitled")  # read, not copied
        if self.last_valid is not None and not name.strip():
            name = self.last_valid.offer.name
        star = "*" if self.is_modified() else ""
        self.setWindowTitle(f"{title_safe(name)}{star} \u2014 {app_name}")

    def _update_actions(self) -> None:
        editing = not self.on_library_page() and self.current_id is not None
        for act in (self.act_save, self.act_save_as, self.act_export, self.act_pdf, self.act_print,
                    self.act_preview, self.act_spreadsheet, self.act_reinterview, self.act_summary,
                    self.act_checklist):
            act.setEnabled(editing)
        # On the library page Undo takes back a delete; with none to take back it is disabled.
        self.act_undo.setEnabled(editing or (self.on_library_page() and self.library_view.can_undo_delete()))
        self.act_redo.setEnabled(editing)
        if self._page_built:
            for act in (self._editor.act_next_section, self._editor.act_previous_section):
                act.setEnabled(editing)

    # ------------------------------------------------------------------ opening

    def open_entry(self, entry_id: int) -> bool:
        try:
            self.session.open(entry_id)
        except (LookupError, fileformat.EvaluationFileError) as exc:
            log.warning("entry %s cannot be opened", entry_id, exc_info=True)
            dialogs.show_error(self, self.tr("Cannot open"), self.tr("This evaluation cannot be opened."),
                               str(exc))
            return False
        return True

    def _on_opened(self, data: dict, ev: Evaluation) -> None:
        """The session loaded another evaluation: show it, with a fresh simulation view."""
        self.editor.load(data)
        self.simulation_view.reset(ev)
        self.results_panel.scroll_to_top()
        self.pages.setCurrentWidget(self.evaluation_page)
        self._update_actions()

    def open_path(self, path: str) -> int | None:
        """Open an evaluation file: add it to the library (or find its entry) and show it."""
        name = Path(path).name or path
        try:
            Path(path).stat()
        except OSError as exc:  # not there, or out of reach: say so, in the user's language
            if isinstance(exc, FileNotFoundError):
                dialogs.show_error(self, self.tr("Cannot open file"),
                                   self.tr("%1 does not exist.").replace("%1", name), safefile.shown(path))
            else:
                dialogs.show_error(self, self.tr("Cannot open file"),
                                   self.tr("%1 could not be opened.").replace("%1", name),
                                   safefile.io_error(path, exc, writing=False).render(self.lang))
            return None
        try:
            return self.session.open_file(path)
        except fileformat.EvaluationFileError as exc:
            refused = any(p.code in ("refused", "io") for p in exc.problems)  # not read at all
            text = (self.tr("%1 could not be opened.") if refused
                    else self.tr("%1 is not a valid evaluation file.")).replace("%1", name)
            dialogs.show_error(self, self.tr("Cannot open file"), text, exc.render(self.lang))
            return None

    def open_file_dialog(self) -> None:
        path = dialogs.ask_open_file(self)
        if path:
            self.open_path(path)

    def new_evaluation(self) -> int:
        self.flush()
        ev = Evaluation.new(self.tr("New offer"))
        currency = self.settings.default_currency
        if currency != DEFAULT_CURRENCY:
            ev = ev.model_copy(update={"offer": ev.offer.model_copy(update={"currency": currency})})
            ev = fileformat.from_data(fileformat.to_data(ev))
        entry_id = self.session.add_and_open(ev)
        self.editor.show_page("offer")
        widget = self.editor.reveal("offer.name")
        if widget is not None:
            widget.selectAll()
        return entry_id

    # ------------------------------------------------------------------ the interview

    def new_from_interview(self):
        """The guided interview for a new evaluation; at its end the evaluation opens in the
        editor with the results shown. Returns the (window-modal) dialog."""
        from .interview_dialog import open_interview

        self.flush()
        dialog = open_interview(self, self.lang, None, self.settings.default_currency)
        dialog.accepted.connect(lambda: self._interview_done(dialog, None))
        return dialog

    def reopen_interview(self):
        """The interview on the open evaluation, its answers filled in; the answers given are one
        undoable edit. None when there is no evaluation open or it has invalid values."""
        if self.on_library_page() or self.current_id is None:
            return None
        if self._refuse_invalid(self.tr("Cannot start the interview")):
            return None
        from .interview_dialog import open_interview

        dialog = open_interview(self, self.lang, self.editor.state())
        dialog.accepted.connect(lambda: self._interview_done(dialog, self.current_id))
        return dialog

    def _interview_done(self, dialog, entry_id: int | None) -> None:
        data = dialog.document()
        try:
            ev = fileformat.from_data(data)
        except fileformat.EvaluationFileError as exc:  # the interview's checks should prevent it
            log.warning("the interview gave an invalid document", exc_info=True)
            dialogs.show_error(self, self.tr("Cannot use the answers"), exc.render(self.lang))
            return
        if entry_id is None or entry_id != self.current_id:
            self.session.add_and_open(ev)
        else:
            from .undo import EditCommand

            editor = self.editor
            before = editor.state()
            editor.apply_state(fileformat.to_data(ev))
            after = editor.state()
            if after != before:
                editor.undo_stack.push(EditCommand(editor, before, after, "offer.name",
                                                   self.tr("Interview"), mergeable=False))
        self.right_tabs.setCurrentIndex(0)
        self.run_analysis()
        self.editor.show_page("offer")

    def start_from_example(self, path: str) -> int | None:
        try:
            ev = fileformat.load(path)
        except fileformat.EvaluationFileError as exc:
            dialogs.show_error(self, self.tr("Cannot open example"), exc.render(self.lang))
            return None
        from ..core import example_i18n

        data = example_i18n.localize(fileformat.to_data(ev), Path(path).name, self.lang)
        try:
            ev = fileformat.from_data(data)
        except fileformat.EvaluationFileError:  # a bad translation table: the example as it is
            log.warning("the %s texts of example %s do not fit it", self.lang, path, exc_info=True)
        return self.session.add_and_open(ev)  # a copy, not linked to the bundled file

    # ------------------------------------------------------------------ editing and analysis

    def _on_edited(self, data, evaluation, problems) -> None:
        if self.current_id is None:
            return
        if evaluation is None:  # invalid: the version from before the edit under way (session.edited)
            evaluation = self.last_valid
        if evaluation is not None:
            self.simulation_view.set_evaluation(evaluation)
        shown = self.editor.shown_problems()  # a new row not typed in yet is not counted
        if shown:
            self.statusBar().showMessage(
                self.tr("%1 invalid value(s), marked in red. The results show the last valid state.")
                .replace("%1", str(len(shown))))
        else:
            self.statusBar().clearMessage()

    def run_analysis(self) -> None:
        """Analyse the last valid evaluation now and show it."""
        self.session.run_analysis()

    def _on_analysed(self, ev: Evaluation, analysis, simulation) -> None:
        if self._page_built and self._whatif_base is not ev and (
                not self.whatif.isHidden() or self.whatif.overrides()):
            # the document changed (an edit, undo, another evaluation, kept what-if values):
            # the what-if values start again from it. A hidden panel holding no what-if values
            # is brought up to date when it is shown (_toggle_whatif), not on every keystroke.
            self._whatif_base = ev
            self.whatif.set_evaluation(ev)
        pending = self.session.verdict_pending
        self.results_panel.set_analysis(ev, analysis, simulation, pending=pending,
                                        simulation_error=self.session.simulation_error)
        self.simulation_view.show_document_simulation(simulation, pending, self.session.simulation_error)
        self.analysis_updated.emit(analysis)

    def _set_document_value(self, path: str, value) -> None:
        """A value edited outside the editor (the simulation view's settings): into the editor
        as an ordinary undoable edit, so the document holds one set of settings."""
        field = self.editor.field(path)
        field.set_data(value)
        self.editor._on_edited(path, False)  # noqa: SLF001 - the editor's one entry for edits

    def verdict_level(self) -> str | None:
        return self.session.verdict_level()

    def autosave(self) -> None:
        self.session.autosave()

    def save_draft(self) -> None:
        self.session.save_draft()

    def flush(self) -> None:
        """Write pending autosaves and drafts now (before switching, closing, quitting)."""
        self.session.flush()

    def _on_forked(self, old_name: str, copy_id: int) -> None:
        """Another window or process saved this evaluation while it was open here: ours is a copy now."""
        copy_name = self.library.entry(copy_id).name
        dialogs.show_info(self, self.tr("Saved as a copy"),
                          self.tr("\u201c%1\u201d was changed in another window while you were editing it. "
                                  "Your version was saved as \u201c%2\u201d; the other version is unchanged.")
                          .replace("%1", old_name).replace("%2", copy_name))
        self.library_view.refresh()

    def _library_trouble(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Could not store your changes in the library yet (%1); trying again.")
            .replace("%1", message), 6000)

    # ------------------------------------------------------------------ crash recovery

    def offer_draft_restore(self) -> int:
        """At start-up: offer to restore edits left behind by a crash, or kept as a draft when the
        user quit with invalid values. Returns how many restored."""
        restored = 0
        kept = self.session.kept_drafts()
        for draft in self.library.drafts():
            try:
                entry = self.library.entry(draft.evaluation_id)
            except LookupError:
                continue
            when = self.library_view.date_text(draft.saved)
            if draft.evaluation_id in kept:
                question = self.tr("\u201c%1\u201d has changes from %2 that you kept when you quit, "
                                   "with values that were not valid yet. Restore them?")
            else:
                question = self.tr("\u201c%1\u201d has changes from %2 that were not saved, probably "
                                   "because the app closed unexpectedly. Restore them?")
            if dialogs.ask_yes_no(self, self.tr("Restore unsaved changes?"),
                                  question.replace("%1", entry.name).replace("%2", when)):
                try:
                    data = fileformat.parse_json(draft.text)
                except fileformat.EvaluationFileError:
                    log.warning("the draft of entry %s cannot be read; discarded", draft.evaluation_id,
                                exc_info=True)
                    self.session.forget_draft(draft.evaluation_id)
                    continue
                self.open_entry(draft.evaluation_id)
                self.editor.apply_state(data)
                self.editor.undo_stack.clear()
                if self.editor.evaluation is not None:
                    self.autosave()
                restored += 1
                break  # one evaluation on screen at a time; others are offered next start
            self.session.forget_draft(draft.evaluation_id)
        return restored

    def report_recovery(self) -> None:
        recovered = self.library.recovered_from
        notice = self.library.recovery_notice()  # lasting: shown at every start until dismissed
        if recovered and notice:  # the notice says it all, once
            dialogs.show_error(self, self.tr("Library was damaged"), notice.render(self.lang),
                               self.tr("You can keep working normally."))
        elif recovered:
            dialogs.show_error(
                self, self.tr("Library was damaged"),
                self.tr("Your library file could not be read, so a new library was started. "
                        "The damaged file was kept as:\n%1\n\nYou can keep working normally.")
                .replace("%1", str(recovered)))
        elif notice and not dialogs.ask_yes_no(self, self.tr("Library was damaged"), notice.render(
                self.lang) + "\n\n" + self.tr("Show this notice again at the next start?")):
            self.library.dismiss_recovery_notice()

    # ------------------------------------------------------------------ saving

    def _refuse_invalid(self, what: str) -> bool:
        if self.editor.evaluation is not None:
            return False
        self.editor.touch_all()  # new rows not typed in yet are judged now
        first = self.editor.problems[0] if self.editor.problems else None
        details = "\n".join(self.editor.problem_text(p) for p in self.editor.problems[:10])
        dialogs.show_error(self, what, self.tr("Some values are invalid; correct the fields marked "
                                               "in red first."), details)
        if first is not None:
            self.editor.reveal(first.path)
        return True

    def save(self) -> bool:
        if self.current_id is None or self.on_library_page():
            return False
        if not self.current_file:
            return self.save_as()
        if self._refuse_invalid(self.tr("Cannot save")):
            return False
        return self._write_file(self.current_file)

    def save_as(self) -> bool:
        if self.current_id is None or self.on_library_page():
            return False
        if self._refuse_invalid(self.tr("Cannot save")):
            return False
        path = dialogs.ask_save_file(self, self.editor.evaluation.offer.name)
        if not path:
            return False
        if not self._write_file(path):
            return False
        self.session.link_file(path)
        return True

    def _write_file(self, path: str) -> bool:
        ev = self.editor.evaluation
        try:
            fileformat.save(ev, path)
        except OSError as exc:  # safefile's message, in the user's language
            dialogs.show_error(self, self.tr("Cannot save"), self.tr("The file could not be written:"),
                               safefile.io_error(path, exc, writing=True).render(self.lang))
            return False
        self.session.file_written(path, ev)
        self.editor.undo_stack.setClean()
        self.statusBar().showMessage(self.tr("Saved to %1").replace("%1", path), 5000)
        self.update_title()
        return True

    def export_current(self) -> None:
        if self.on_library_page():
            self.library_view.export_selected()
            return
        if self.current_id is None or self._refuse_invalid(self.tr("Cannot export")):
            return
        path = dialogs.ask_save_file(self, self.editor.evaluation.offer.name, self.tr("Export evaluation"))
        if path:
            try:
                fileformat.save(self.editor.evaluation, path)
            except OSError as exc:
                dialogs.show_error(self, self.tr("Cannot export"),
                                   safefile.io_error(path, exc, writing=True).render(self.lang))

    # ------------------------------------------------------------------ printing

    def _print_action(self, name: str) -> None:
        from . import print_actions

        func = getattr(print_actions, name)  # looked up per call: tests replace it
        if self.last_valid is None:
            return
        if self.analysis is None:
            self.run_analysis()
        self.session.flush_analysis()  # the final verdict, with the document's simulation
        func(self, self.last_valid, self.analysis, self.simulation)

    def export_pdf(self) -> None:
        self._print_action("export_pdf")

    def print_document(self) -> None:
        self._print_action("print_document")

    def export_spreadsheet(self) -> str | None:
        from .export_actions import export_spreadsheet

        if self.last_valid is None:
            return None
        self.run_analysis()
        return export_spreadsheet(self, self.last_valid, self.analysis, self.simulation, self.lang)

    def print_preview(self) -> None:
        self._print_action("print_preview")

    def print_summary(self) -> None:
        self._print_action("print_summary")

    def print_checklist(self) -> None:
        self._print_action("print_checklist")

    # ------------------------------------------------------------------ edit menu

    def undo(self) -> None:
        if self.on_library_page():
            if self.library_view.can_undo_delete():
                self.library_view.undo_delete()
            return
        self.editor.undo_stack.undo()

    def redo(self) -> None:
        if not self.on_library_page():
            self.editor.undo_stack.redo()

    def find(self) -> None:  # type: ignore[override]  # Edit > Find; QWidget.find(id) is unused here
        if not self.on_library_page():
            self.show_library()
        self.library_view.focus_search()

    def delete_current(self) -> None:
        if self.on_library_page():
            self.library_view.delete_selected()

    def duplicate_current(self) -> None:
        if self.on_library_page():
            self.library_view.duplicate_selected()
        elif self.current_id is not None:
            self.flush()
            new_id = self.library.duplicate(self.current_id)
            self.open_entry(new_id)

    def compare(self, ids: list[int] | None = None):
        self.flush()
        entries = self.library.list(sort="name")
        if not ids or not 2 <= len(ids) <= 4:
            picker = dialogs.ComparePicker(entries, ids or ([self.current_id] if self.current_id else []), self)
            if picker.exec() != dialogs.QDialog.DialogCode.Accepted:
                return None
            ids = picker.chosen_ids()
            if not 2 <= len(ids) <= 4:
                return None
        from .compare_view import CompareView

        dialog = dialogs.CompareDialog(CompareView(self.library, ids, self.lang), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._compare_dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_: self._compare_dialogs.remove(dialog)
                                 if dialog in self._compare_dialogs else None)
        dialog.show()
        return dialog

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        old_lang, old_theme = self.settings.language, self.settings.theme
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.apply_settings(old_lang, old_theme)

    def apply_settings(self, old_lang: str, old_theme: str) -> None:
        if self.settings.theme != old_theme:
            apply_theme(self.settings.theme)
        if self.settings.language != old_lang:
            install_translators(self.settings.language)
            self.set_language(self.settings.language)
        self._push_reference_wage()
        if self.last_valid is not None:
            self.run_analysis()

    def open_guide(self, section: str | None = None):
        from .guide_dialog import open_guide

        return open_guide(self, self.lang, section)

    def open_glossary(self, key: str | None = None):
        from .glossary_dialog import open_glossary

        return open_glossary(self, self.lang, key)

    def about(self) -> None:
        from .. import __version__

        dialogs.show_info(self, self.tr("About Opportunity Evaluator"), self.tr(
            "Opportunity Evaluator %1\n\nSee what a network-marketing, MLM, dealer or affiliate offer "
            "really costs and earns, and whether it looks like a pyramid scheme.\n\n"
            "An aid, not legal advice.").replace("%1", __version__) + "\n\n" + dialogs.log_file_note())

    # ------------------------------------------------------------------ window events

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            for path in paths:
                self.open_path(path)

    def _restore_window_geometry(self) -> None:
        """Open at the size and place of last time if that fits a current screen; otherwise at
        the preferred size shrunk to the primary screen (a 1024x768 screen included)."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        ordered = ([primary] if primary else []) + [sc for sc in screens if sc is not primary]
        rect = window_rect(parse_rect(self.settings.value("window/rect")),
                           [sc.availableGeometry() for sc in ordered])
        self.library_view.fit_width(rect.width())  # an 800-pixel screen: two rows of buttons
        self.setGeometry(rect)
        if str(self.settings.value("window/maximized", "")).lower() in ("true", "1"):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _save_window_geometry(self) -> None:
        self.settings.set_value("window/rect", rect_text(self.normalGeometry()))
        self.settings.set_value("window/maximized", "true" if self.isMaximized() else "false")

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._may_close():
            event.ignore()
            return
        self.session.close_document(flush=False)  # _may_close flushed; a discarded draft stays gone
        self._save_window_geometry()
        event.accept()

    def _may_close(self) -> bool:
        """Ask about unsaved changes before quitting; False when the user goes back."""
        self.flush()
        if self.current_id is None or not self._page_built:
            return True
        if self.session.has_invalid_values():
            # Invalid values cannot be stored in the evaluation, only in a draft.
            name = self.editor.state().get("offer", {}).get("name") or self.last_valid.offer.name
            answer = QMessageBox.question(
                self, self.tr("Keep your unsaved changes?"), dialogs.literal(self.tr(
                    "\u201c%1\u201d has values that are not valid yet, so they are not saved in the "
                    "evaluation. Save keeps them as a draft that you are offered next time; Discard "
                    "keeps the last valid version; Cancel goes back to correct them.")
                    .replace("%1", str(name))),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Save:
                self.session.keep_draft_on_quit()
                return True
            if answer == QMessageBox.StandardButton.Discard:
                self.session.discard_draft()
                return True
            return False  # Cancel (or Escape): back to the fields
        if self.current_file and self.is_modified():
            choice = dialogs.ask_save_changes(self, self.editor.evaluation.offer.name)
            if choice == "cancel":
                return False
            if choice == "save" and not self.save():
                return False
        return True


__all__ = ["MainWindow", "title_safe"]

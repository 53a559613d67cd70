"""Every modal question the app asks, in one place (tests patch QMessageBox/QFileDialog/QInputDialog
centrally, so none of these can hang a test run)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core.fileformat import EXTENSION


def file_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Evaluation files (*.oppeval);;All files (*)")


def ask_open_file(parent: QWidget | None, title: str | None = None,
                  with_libraries: bool = False) -> str | None:
    """Ask for a file to open; ``with_libraries`` also offers library files (*.sqlite3, *.db),
    e.g. the damaged library a recovery kept aside."""
    filters = file_filter()
    if with_libraries:
        filters = filters.replace(";;", ";;" + QCoreApplication.translate(
            "Dialogs", "Library files (*.sqlite3 *.db *.sqlite3.corrupt-*)") + ";;", 1)
    path, _ = QFileDialog.getOpenFileName(parent, title or QCoreApplication.translate("Dialogs", "Open evaluation"), "", filters)
    return path or None


SAVE_FOLDER_KEY = "dialogs/last_save_folder"


def save_folder() -> str:
    """Where a Save dialog opens: the folder last saved to, else the user's documents (never the
    process's working folder, which for a desktop launch is anywhere)."""
    from PySide6.QtCore import QSettings, QStandardPaths

    folder = str(QSettings().value(SAVE_FOLDER_KEY, "", str) or "")
    if folder and Path(folder).is_dir():
        return folder
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def ask_save_file(parent: QWidget | None, suggested_name: str, title: str | None = None) -> str | None:
    safe = "".join(c for c in suggested_name if c not in '\\/:*?"<>|').strip() or "evaluation"
    start = str(Path(save_folder()) / (safe + EXTENSION))
    path, _ = QFileDialog.getSaveFileName(parent, title or QCoreApplication.translate("Dialogs", "Save evaluation as"),
                                          start, file_filter())
    if not path:
        return None
    if Path(path).suffix.lower() != EXTENSION:
        path += EXTENSION
    from PySide6.QtCore import QSettings

    QSettings().setValue(SAVE_FOLDER_KEY, str(Path(path).resolve().parent))
    return path


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def literal(text: str) -> str:
    """Text that Qt shows as written: unchanged unless Qt would take it for HTML (a name such as
    ``<img src="file:///etc/passwd">`` would otherwise be rendered, and the file read)."""
    qt = QtGui.Qt  # mightBeRichText lives in QtGui's Qt namespace
    if qt.mightBeRichText(text):
        return qt.convertFromPlainText(text, qt.WhiteSpaceMode.WhiteSpaceNormal)
    return text


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, literal(text), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """'save', 'discard' or 'cancel' for a linked file that is behind the editor."""
    text = QCoreApplication.translate("Dialogs", "The file of \u201c%1\u201d does not have your latest changes yet (the library does). "
       "Save them to the file?").replace("%1", name)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Dialogs", "Save changes?"), literal(text),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Cancel:
        return "cancel"
    return "discard"


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    if details:
        text = text + "\n\n" + details
    QMessageBox.warning(parent, title, literal(text))


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` (a dialog) ``width`` x ``height`` pixels, or less where its screen (its
    parent's) is smaller: it keeps a 16-pixel frame across and 40 down, so the title bar and
    the buttons at the bottom stay on a 1024x768 or 800x600 screen."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen()
    if screen is not None:
        area = screen.availableGeometry()
        width = max(1, min(width, area.width() - 16))
        height = max(1, min(height, area.height() - 40))
    window.resize(width, height)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, literal(text))


class ComparePicker(QDialog):
    """Pick two to four library entries to compare side by side."""

    def __init__(self, entries, preselected: list[int] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare evaluations"))
        self.setMinimumSize(560, 420)
        self.intro = QLabel(self.tr("Tick two to four evaluations to compare side by side."), self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # long names wrap instead of being cut off
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setAccessibleName(self.tr("Evaluations to compare"))
        chosen = set(preselected or [])
        for entry in entries:
            item = QListWidgetItem(entry.name + (f" \u2014 {entry.company}" if entry.company else ""))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(literal(item.text()))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Compare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._update()

    def chosen_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self, *_):
        n = len(self.chosen_ids())
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(2 <= n <= 4)


class CompareDialog(QDialog):
    """Hosts the UI-results helper's CompareView in a window of its own."""

    def __init__(self, view: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare evaluations"))
        self.setObjectName("compareDialog")
        resize_within_screen(self, 1200, 780)
        self.view = view
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # The comparison can be kept: saved as an image (to print or send).
        self.save_button = buttons.addButton(self.tr("Save as Image\u2026"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_image)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)

    def save_image(self) -> str | None:
        folder = Path(save_folder())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the comparison as an image"),
                                              str(folder / (self.tr("comparison") + ".png")),
                                              self.tr("PNG images (*.png)"))
        if not path:
            return None
        if Path(path).suffix.lower() != ".png":
            path += ".png"
        save = getattr(self.view, "save_image", None)
        if save is None or not save(path):
            show_error(self, self.tr("Cannot save"), self.tr("The image could not be written."), path)
            return None
        return path


def log_file_note() -> str:
    """The About dialog's line naming the log file, so that a user can send it with a problem."""
    from .. import logsetup

    return QCoreApplication.translate(
        "Dialogs", "Log file (send it along when you report a problem):\n%1").replace(
        "%1", str(logsetup.log_file_path()))

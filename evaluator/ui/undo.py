"""Undo and redo of editor changes.

Each command holds the editor's whole form state before and after (a small JSON-like dict, raw
text included where it does not parse yet), so undo restores exactly what the user saw. Typing in
one field merges into one command, as in a text editor: one Ctrl+Z undoes the whole word.
Leaving the field and coming back starts a new step.
"""

from __future__ import annotations

import time

from PySide6.QtGui import QUndoCommand

MERGE_WINDOW_S = 2.0
_EDIT_ID = 0x0E7A


class EditCommand(QUndoCommand):
    """Replace the editor's state ``before`` with ``after``; ``path`` names the edited field."""

    def __init__(self, editor, before: dict, after: dict, path: str, text: str, mergeable: bool,
                 session: int = 0):
        super().__init__(text)
        self.session = session  # the editor starts a new session when a field gains the focus
        self.editor = editor
        self.before = before
        self.after = after
        self.path = path
        self.mergeable = mergeable
        self.stamp = time.monotonic()
        self._first = True

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return _EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not (isinstance(other, EditCommand) and self.mergeable and other.mergeable):
            return False
        if other.path != self.path or other.session != self.session or other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        self.after = other.after
        self.stamp = other.stamp
        return True

    def redo(self) -> None:
        if self._first:  # the widgets already show the change the user just made
            self._first = False
            return
        self.editor.apply_state(self.after, focus_path=self.path)

    def undo(self) -> None:
        self.editor.apply_state(self.before, focus_path=self.path)

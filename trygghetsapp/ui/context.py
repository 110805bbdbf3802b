"""The shared state every widget is given through its constructor (no global service locator).

Holds the open database, the session's undo stack and the chosen language, and broadcasts what a
service call changed so each view refreshes only when its data moved.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from trygghetsapp.services.database import Database
from trygghetsapp.services.readmodels import Changes


class AppContext(QObject):
    """Database handle, undo stack, language and the `changed` broadcast."""

    changed = Signal(object)
    """Emitted with a `Changes` after every committed edit, undo and redo."""

    error = Signal(str)
    """A short, friendly message for the status bar or a message box."""

    def __init__(self, database: Database, language: str = "sv", parent: QObject | None = None):
        super().__init__(parent)
        self.database = database
        self.language = language
        self.undo_stack = QUndoStack(self)

    def notify(self, changes: Changes | None = None) -> None:
        self.changed.emit(changes or Changes())

"""The shared state every widget is given through its constructor (no global service locator).

Holds the door to the database (`door.py`), the session's undo stack and the chosen language, and
the window-wide signals: what changed (so each view refreshes only what it shows), errors and
status notes (the main window shows them; no widget holds the main window).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from trygghetsapp.services.database import Database
from trygghetsapp.services.readmodels import Changes
from trygghetsapp.ui.door import Door
from trygghetsapp.ui.tasks import DatabaseWorker


class AppContext(QObject):
    """The door, the undo stack, the language and the window-wide signals."""

    changed = Signal(object)
    """Emitted with a `Changes` after every committed edit, undo and redo (from the door)."""

    error = Signal(str)
    """A short, friendly message for the status bar."""

    failed = Signal(object)
    """An exception to show the user (a message box for a refusal, the log for a bug)."""

    message = Signal(str)
    """A note for the status bar ("Importen är klar.")."""

    def __init__(
        self,
        database: Database,
        language: str = "sv",
        parent: QObject | None = None,
        worker: DatabaseWorker | None = None,
    ):
        super().__init__(parent)
        self.database = database
        """For the window's title (the file's name) and for tests: widgets use the door."""
        self.language = language
        self.undo_stack = QUndoStack(self)
        self.door = Door(database, worker, self)
        self.door.changed.connect(self.changed)
        self.door.failed.connect(self.failed)

    def notify(self, changes: Changes | None = None) -> None:
        """Say that data changed behind the door's back (tests; another program's edit): out
        through the door, so the views that listen to it (the area list) hear it too."""
        self.door.changed.emit(changes or Changes())

    def data_replaced(self, message: str = "") -> None:
        """After an import, a sync, a restore or an erasure: everything may have changed, and
        the undo stack is emptied (its commands refer to a state that no longer exists, and an
        older edit must not bring erased values back)."""
        self.undo_stack.clear()
        self.door.changed.emit(Changes())
        if message:
            self.message.emit(message)

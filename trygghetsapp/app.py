"""GUI start-up, the composition root: lock, database, settings, translations, main window.

Everything is built here and passed down through constructors (no global service locator).
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from trygghetsapp.services.database import Database
    from trygghetsapp.store.health import DamagedDatabaseError
    from trygghetsapp.ui.tasks import DatabaseWorker


def _install_excepthook() -> None:
    """An exception escaping a slot is logged in full and shown as one friendly sentence."""
    from trygghetsapp.logs import log_exception

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        error.__traceback__ = tb
        log_exception(error)
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            from trygghetsapp.ui.errors import unexpected_message

            if QApplication.platformName() != "offscreen":
                QMessageBox.warning(None, "Trygghetsapp", unexpected_message())
        except Exception:
            traceback.print_exception(kind, error, tb)

    sys.excepthook = hook


def _refuse(title: str, message: str) -> int:
    """One line on stderr (no traceback) and, on a real screen, a message box."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    print(message, file=sys.stderr)
    if QApplication.platformName() != "offscreen":
        QMessageBox.critical(None, title, message)
    return 1


def _load_demo_if_empty(database: Database) -> None:
    from trygghetsapp.services import areas
    from trygghetsapp.services.demo import load_demo

    if areas.count_areas(database) == 0:
        load_demo(database)


def _offer_backup(damaged: DamagedDatabaseError) -> str | None:
    """The damaged-database dialog; on Återställ, the recovery. Returns the sentence for the
    status bar, or None when the user quit (nothing was written)."""
    from PySide6.QtCore import QCoreApplication

    from trygghetsapp.services.database import recover_damaged
    from trygghetsapp.ui.damaged_database import ask_restore

    print(damaged.message("sv"), file=sys.stderr)
    if not ask_restore(damaged.path, damaged.backup) or damaged.backup is None:
        return None
    aside = recover_damaged(damaged.path, damaged.backup)
    return (
        QCoreApplication.translate(
            "app",
            "Databasen återställdes från säkerhetskopian %1. Den skadade filen sparades som %2.",
        )
        .replace("%1", damaged.backup.name)
        .replace("%2", aside.name)
    )


def _start_daily_backup(database: Database, window: QMainWindow) -> DatabaseWorker:
    """The first backup of the day on a thread of its own, after the window shows.

    Not on the database worker: copying and verifying a national database takes seconds, and the
    worker's jobs (badges, the overview) must not wait behind it. SQLite's backup API reads a
    consistent snapshot through its own connection while the user edits.
    """
    from PySide6.QtCore import QCoreApplication

    from trygghetsapp.logs import log_exception
    from trygghetsapp.ui.tasks import DatabaseWorker

    backups = DatabaseWorker()

    def failed(error: BaseException) -> None:
        log_exception(error)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "app", "Dagens säkerhetskopia kunde inte göras (detaljer i loggfilen)."
            ),
            30000,
        )

    backups.submit(lambda _progress: database.daily_backup_if_due(), lambda _path: None, failed)
    return backups


def run_gui(db_path: Path, language: str | None = None, demo: bool = False) -> int:
    """The GUI's start: the single-instance lock first, so a refused second instance (and
    `--demo`, loaded only after the lock is held) never writes to the database."""
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from trygghetsapp.domain.errors import DomainError
    from trygghetsapp.logs import configure_logging, log_exception
    from trygghetsapp.services.database import Database
    from trygghetsapp.store.health import DamagedDatabaseError
    from trygghetsapp.ui import settings as keys
    from trygghetsapp.ui.context import AppContext
    from trygghetsapp.ui.i18n import Translations, choose_language
    from trygghetsapp.ui.main_window import MainWindow
    from trygghetsapp.ui.single_instance import take
    from trygghetsapp.ui.tasks import DatabaseWorker

    QCoreApplication.setOrganizationName("Trygghetsapp")
    QCoreApplication.setApplicationName("Trygghetsapp")
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from trygghetsapp.ui.qt_workarounds import collect_garbage_on_the_gui_thread

    collect_garbage_on_the_gui_thread()
    configure_logging()
    _install_excepthook()
    settings = QSettings()
    chosen = choose_language(language, keys.get_str(settings, keys.LANGUAGE, "system"))
    translations = Translations()
    translations.install(chosen)

    lock, unclean = take(db_path)
    if lock is None:
        return _refuse(
            "Trygghetsapp",
            QCoreApplication.translate(
                "app",
                "Trygghetsapp är redan öppet med den här databasen (%1). Byt till det fönstret; "
                "två fönster på samma databas går inte.",
            ).replace("%1", str(db_path)),
        )
    try:
        try:
            # After an unclean shutdown (a stale lock) the full check runs whatever the marker says.
            restored: str | None = None
            try:
                database = Database.open(
                    db_path, daily_backup=True, force_check=unclean, defer_backup=True
                )
            except DamagedDatabaseError as damaged:
                restored = _offer_backup(damaged)
                if restored is None:
                    return 1
                database = Database.open(db_path, daily_backup=True, defer_backup=True)
                database.warnings.insert(0, restored)
            if demo:
                _load_demo_if_empty(database)
        except DomainError as error:
            return _refuse("Trygghetsapp", error.message(chosen))
        except Exception as error:
            path = log_exception(error)
            return _refuse(
                "Trygghetsapp",
                QCoreApplication.translate("app", "Databasen kunde inte öppnas: %1 (detaljer i %2)")
                .replace("%1", str(error).splitlines()[0] if str(error) else type(error).__name__)
                .replace("%2", str(path)),
            )
        context = AppContext(database, chosen)
        worker = DatabaseWorker()
        window = MainWindow(context, settings, worker, translations)
        notes = list(database.warnings)
        if unclean and restored is None:  # a restored backup gets its own sentence instead
            notes.insert(
                0,
                QCoreApplication.translate(
                    "app",
                    "Trygghetsapp stängdes inte ordentligt förra gången. "
                    "Databasen har kontrollerats och är hel.",
                ),
            )
        if notes:
            window.statusBar().showMessage("  ".join(notes), 30000)
        window.show()
        # Count the country's readiness on the worker while the user starts working.
        QTimer.singleShot(0, window.overview.prefetch)
        backups = _start_daily_backup(database, window)
        try:
            return int(app.exec())
        finally:
            backups.wait()
            worker.wait()
            database.close()
    finally:
        lock.unlock()

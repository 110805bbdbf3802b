"""GUI start-up, the composition root: lock, database, settings, translations, main window.

Everything is built here and passed down through constructors (no global service locator).
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType


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


def run_gui(db_path: Path, language: str | None = None) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from trygghetsapp.domain.errors import DomainError
    from trygghetsapp.logs import configure_logging, log_exception
    from trygghetsapp.services.database import Database
    from trygghetsapp.ui import settings as keys
    from trygghetsapp.ui.context import AppContext
    from trygghetsapp.ui.i18n import Translations, choose_language
    from trygghetsapp.ui.main_window import MainWindow
    from trygghetsapp.ui.single_instance import acquire
    from trygghetsapp.ui.tasks import DatabaseWorker

    QCoreApplication.setOrganizationName("Trygghetsapp")
    QCoreApplication.setApplicationName("Trygghetsapp")
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    configure_logging()
    _install_excepthook()
    settings = QSettings()
    chosen = choose_language(language, keys.get_str(settings, keys.LANGUAGE, "system"))
    translations = Translations()
    translations.install(chosen)

    lock = acquire(db_path)
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
            database = Database.open(db_path, daily_backup=True)
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
        for warning in database.warnings:
            window.statusBar().showMessage(warning, 15000)
        window.show()
        # Count the country's readiness on the worker while the user starts working.
        QTimer.singleShot(0, window.overview.prefetch)
        try:
            return int(app.exec())
        finally:
            worker.wait()
            database.close()
    finally:
        lock.unlock()

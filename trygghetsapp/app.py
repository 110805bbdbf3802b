"""GUI start-up, the composition root: lock, database, settings, translations, main window.

Everything is built here and passed down through constructors (no global service locator).
"""

from __future__ import annotations

import gc
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow

    from trygghetsapp.services.database import Database
    from trygghetsapp.store.health import DamagedDatabaseError, UnexpectedFileError
    from trygghetsapp.ui.activation import ActivationServer
    from trygghetsapp.ui.i18n import Translations
    from trygghetsapp.ui.main_window import MainWindow
    from trygghetsapp.ui.start_window import StartWindow
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
                QMessageBox.warning(None, "Trygghetsapp", unexpected_message())  # type: ignore[arg-type]
        except Exception:
            traceback.print_exception(kind, error, tb)

    sys.excepthook = hook


def _refuse(title: str, message: str) -> int:
    """One line on stderr (no traceback) and, on a real screen, a message box."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    print(message, file=sys.stderr)
    if QApplication.platformName() != "offscreen":
        QMessageBox.critical(None, title, message)  # type: ignore[arg-type]  # 6.8 stubs
    return 1


def _load_demo_if_empty(database: Database) -> None:
    from trygghetsapp.services import areas
    from trygghetsapp.services.demo import load_demo

    if areas.count_areas(database) == 0:
        load_demo(database)


def _offer_backup(
    unusable: DamagedDatabaseError | UnexpectedFileError, language: str = "sv"
) -> str | None:
    """The dialog for a damaged, empty or vanished database; on Återställ the recovery, on
    "Börja med en tom databas" the empty file removed and the old backups moved aside. Returns
    the sentence for the status bar, or None when the user quit (nothing was written)."""
    from PySide6.QtCore import QCoreApplication

    from trygghetsapp.services.database import recover_damaged, start_empty
    from trygghetsapp.ui import damaged_database as dialog

    print(unusable.message(language), file=sys.stderr)
    kind = getattr(unusable, "kind", dialog.DAMAGED)
    choice = dialog.ask(unusable.path, unusable.backup, kind)
    if choice == dialog.START_EMPTY:
        moved = start_empty(unusable.path)
        if moved is None:
            return QCoreApplication.translate("app", "En ny, tom databas skapades.")
        return QCoreApplication.translate(
            "app", "En ny, tom databas skapades. De gamla säkerhetskopiorna finns kvar i %1."
        ).replace("%1", str(moved))
    if choice != dialog.RESTORE or unusable.backup is None:
        return None
    aside = recover_damaged(unusable.path, unusable.backup)
    if aside is None:
        return QCoreApplication.translate(
            "app", "Databasen återställdes från säkerhetskopian %1."
        ).replace("%1", unusable.backup.name)
    return (
        QCoreApplication.translate(
            "app",
            "Databasen återställdes från säkerhetskopian %1. Den skadade filen sparades som %2.",
        )
        .replace("%1", unusable.backup.name)
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

    def done(_path: object) -> None:
        second = database.second_copy
        problem = getattr(second, "problem", None)
        if problem is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "app", "Dagens säkerhetskopia gjordes, men inte i den andra mappen: %1"
                ).replace("%1", str(problem)),
                30000,
            )

    def make(_progress: object) -> object:
        from trygghetsapp.services.backups import daily_backup_if_due

        return daily_backup_if_due(database)

    backups.submit(make, done, failed)
    return backups


class _GuiStart:
    """The start after the start window shows: the database layer loads and the database opens
    on a thread of its own, then the main window is built on the GUI thread, reads its first page
    through its door (the database worker), and takes over when it is `ready`.

    Why a thread: importing SQLAlchemy and the ORM and (after a crash) checking the whole file
    take from half a second to several seconds; on the GUI thread they would freeze the start
    window the user is already scrolling and searching. Only imports and `Database.open` (and,
    after a restored backup, the open again) run there; every widget is built on the GUI thread,
    and from then on every query of the window runs on the database worker.
    """

    POLL_MS = 10

    def __init__(
        self,
        db_path: Path,
        language: str,
        settings: QSettings,
        translations: Translations,
        shell: StartWindow,
        unclean: bool,
        demo: bool,
    ) -> None:
        from PySide6.QtCore import QTimer

        self.db_path, self.language, self.settings = db_path, language, settings
        self.translations, self.shell, self.unclean, self.demo = translations, shell, unclean, demo
        self.database: Database | None = None
        self.error: BaseException | None = None
        self.upgrading = False
        """Set by the loader when the file holds an older schema (the open upgrades it)."""
        self.changed_outside = False
        """The file changed since the last clean close (a command, a restored copy, another
        program): the open checks it in full, which at national scale takes a while."""
        self._told_why = False
        self.restored: str | None = None
        self.window: MainWindow | None = None
        self.handed_over = False
        self.worker: DatabaseWorker | None = None
        self.backups: DatabaseWorker | None = None
        self.exit_code: int | None = None
        self._thread: threading.Thread | None = None
        self._poll = QTimer()
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._check)

    def begin(self) -> None:
        self.shell.database_opening = True
        self._load(self._open)

    def _load(self, target: Callable[[], None]) -> None:
        """Run `target` on the loader thread; `_check` polls for its end."""
        self._thread = threading.Thread(target=target, name="database-open", daemon=True)
        self._thread.start()
        self._poll.start()

    def _open(self) -> None:
        """On the loader thread: the log file, imports, then the database (checked, migrated)."""
        try:
            from trygghetsapp.logs import configure_logging

            configure_logging()
            from trygghetsapp.services.database import clean_left_overs

            clean_left_overs()  # what killed backups and restores left behind
            from trygghetsapp.ui import main_window  # noqa: F401  (import only: no widgets here)

            # The modules just imported (~90,000 objects) out of the young generation: else the
            # GUI thread's first young collection (ui/qt_workarounds.py) walks them all, 40 ms
            # while the user scrolls the start window.
            gc.freeze()
            from trygghetsapp.store.migrate import file_needs_upgrade

            self.upgrading = file_needs_upgrade(self.db_path)  # `_check` tells the user
            if not self.unclean and not self.upgrading and self.db_path.exists():
                from trygghetsapp.store.health import clean_mark_matches

                self.changed_outside = not clean_mark_matches(self.db_path)

            self._open_database(force_check=self.unclean)
        except BaseException as error:  # handed to the GUI thread, which tells the user
            self.error = error

    def _open_database(self, force_check: bool) -> None:
        from trygghetsapp.services.database import open_database

        self.database = open_database(
            self.db_path, daily_backup=True, force_check=force_check, defer_backup=True
        )
        if self.demo:
            _load_demo_if_empty(self.database)

    def _reopen(self) -> None:
        """On the loader thread, after the restore dialog put a backup back: open it."""
        try:
            self._open_database(force_check=False)
        except BaseException as error:
            self.error = error

    def _check(self) -> None:
        if self.upgrading and not self._told_why:
            self._told_why = True
            self.shell.say_upgrading()
        elif self.changed_outside and not self._told_why:
            self._told_why = True
            self.shell.say_checking_a_changed_file()
        if self._thread is None or self._thread.is_alive():
            return
        self._poll.stop()
        if self.shell.close_requested:  # closed while opening: done now, nothing to show
            if self.error is not None:  # told at the next start (dialog, message); kept here
                from trygghetsapp.logs import log_exception

                log_exception(self.error)
            self._end(0)
            return
        self._opened()

    def _opened(self) -> None:
        """On the GUI thread, once the loader is done. Any failure from here on ends the start
        with a message and exit code 1, never a start window left waiting forever."""
        from trygghetsapp.store.health import (
            EMPTY,
            MISSING,
            DamagedDatabaseError,
            UnexpectedFileError,
        )

        try:
            unusable = isinstance(self.error, DamagedDatabaseError) or (
                isinstance(self.error, UnexpectedFileError) and self.error.kind in (EMPTY, MISSING)
            )
            if unusable:
                assert isinstance(self.error, DamagedDatabaseError | UnexpectedFileError)
                # The start window stays up behind the dialog: the app does not seem to vanish,
                # and the dialog is never the last window, whose closing may end the event loop.
                self.restored = _offer_backup(self.error, self.language)
                if self.restored is None:  # the user quit: nothing was written
                    self._end(1)
                    return
                self.error = None
                self._load(self._reopen)  # back to `_check`, then here with the database open
                return
            if self.error is None:
                assert self.database is not None
                if self.restored is not None and self.restored not in self.database.warnings:
                    self.database.warnings.insert(0, self.restored)
                self._show_main_window()
                return
        except BaseException as error:  # building the window, the restore, a full disk...
            self.error = error
        self._refuse_to_start(self.error)

    def _refuse_to_start(self, error: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication

        from trygghetsapp.domain.errors import DomainError
        from trygghetsapp.logs import log_exception

        if isinstance(error, DomainError):
            self._end(_refuse("Trygghetsapp", error.message(self.language)))
            return
        path = log_exception(error)
        text = str(error).splitlines()[0] if str(error) else type(error).__name__
        self._end(
            _refuse(
                "Trygghetsapp",
                QCoreApplication.translate("app", "Databasen kunde inte öppnas: %1 (detaljer i %2)")
                .replace("%1", text)
                .replace("%2", str(path)),
            )
        )

    def _show_main_window(self) -> None:
        """Build the main window (hidden); it reads its first page, area and tab through the
        door, and hands over from the start window once `ready`."""
        from trygghetsapp.ui.context import AppContext
        from trygghetsapp.ui.main_window import MainWindow
        from trygghetsapp.ui.tasks import DatabaseWorker

        assert self.database is not None
        self.worker = DatabaseWorker()
        context = AppContext(self.database, self.language, worker=self.worker)
        window = MainWindow(context, self.settings, self.worker, self.translations)
        self.window = window
        if window.is_ready:
            self._hand_over()
        else:
            window.ready.connect(self._hand_over)

    def _hand_over(self) -> None:
        from PySide6.QtCore import QCoreApplication

        window, database = self.window, self.database
        assert window is not None and database is not None
        self.shell.database_opening = False
        if self.shell.close_requested:  # closed while the window read its first page
            window.close()
            self._end(0)
            return
        notes = list(database.warnings)
        if self.unclean and self.restored is None:  # a restored backup has its own sentence
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
        window.took_over.connect(self._after_take_over)
        self.shell.hand_over(window)
        self.handed_over = True

    def _after_take_over(self) -> None:
        """The start's background work, once the main window shows: not before, or the national
        count (half a second at 5,000 areas) would sit on the worker between the remembered
        area's reads and delay the window it was meant not to delay."""
        from PySide6.QtCore import QCoreApplication, QTimer

        from trygghetsapp.ui.qt_workarounds import collect_garbage_on_the_gui_thread

        window, database = self.window, self.database
        assert window is not None and database is not None
        # Count the country's readiness on the worker while the user starts working.
        QTimer.singleShot(0, window.overview.prefetch)
        collector = collect_garbage_on_the_gui_thread()
        app = QCoreApplication.instance()
        idle = window.door.is_idle
        QTimer.singleShot(
            0, lambda: collector.settle_after_start(app or window, lambda: not idle())
        )
        self.backups = _start_daily_backup(database, window)

    def _end(self, code: int) -> None:
        """End the start with exit `code`. The start window is hidden, not closed: closing the
        last window would ask the loop to quit a second time, and that request would linger and
        end the next event loop started in this process (a dialog's, a test's)."""
        from PySide6.QtCore import QCoreApplication

        self.exit_code = code
        self.shell.hide()
        self.shell.deleteLater()
        QCoreApplication.exit(code)

    def wait_for_threads(self) -> None:
        """The loader, the day's backup and the database worker, done."""
        self._poll.stop()
        if self._thread is not None:
            self._thread.join()
        if self.backups is not None:
            self.backups.wait()
        if self.worker is not None:
            self.worker.wait()

    def finish(self) -> None:
        """After the event loop: wait for the threads, close the database, keep the start view.

        The start view is written after the close, so it carries the file's final stamp. A session
        that ended before the main window showed (closed while loading) keeps none: the open may
        have migrated, restored or filled the file, so its old view is not re-stamped as true. A
        failure while collecting the view only costs the view: the database is closed anyway.
        """
        from trygghetsapp.logs import log_exception
        from trygghetsapp.services import start_view

        self.wait_for_threads()
        if self.database is None:
            return
        view = None
        try:
            if self.window is not None and self.handed_over:
                view = self.window.start_view()
        except Exception as error:  # the next start simply waits for the database
            log_exception(error)
        finally:
            self.database.close()
        if view is not None:
            start_view.save(self.db_path, view)
        else:
            start_view.discard(self.db_path)


def _first_window_came_forward(db_path: Path) -> bool:
    """A window holds the database: ask it to come forward (issue 13: a second start is most
    often a user who lost the window), instead of refusing."""
    from trygghetsapp.database_lock import WINDOW
    from trygghetsapp.ui.activation import allow_to_come_forward, ask_first_window
    from trygghetsapp.ui.single_instance import who_holds

    holder = who_holds(db_path)
    if holder is None or holder.kind != WINDOW:
        return False
    allow_to_come_forward(holder.pid)
    return ask_first_window(db_path)


def _held_elsewhere_message(db_path: Path) -> str:
    """Why this start is refused: another window has the database, or a command is writing."""
    from PySide6.QtCore import QCoreApplication

    from trygghetsapp.database_lock import COMMAND
    from trygghetsapp.ui.single_instance import who_holds

    holder = who_holds(db_path)
    if holder is not None and holder.kind == COMMAND:
        return (
            QCoreApplication.translate(
                "app",
                "Kommandot '%1' (process %2) arbetar med databasen %3 just nu. Försök igen när "
                "det är klart.",
            )
            .replace("%1", holder.command)
            .replace("%2", str(holder.pid))
            .replace("%3", str(db_path))
        )
    return QCoreApplication.translate(
        "app",
        "Trygghetsapp är redan öppet med den här databasen (%1). Byt till det fönstret; "
        "två fönster på samma databas går inte.",
    ).replace("%1", str(db_path))


def application(language: str | None) -> tuple[QApplication, QSettings, str, Translations]:
    """The application every window start shares: names, the GUI thread's collector, the
    excepthook, the settings and the chosen language's translations installed."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from trygghetsapp.ui import settings as keys
    from trygghetsapp.ui.i18n import Translations, choose_language
    from trygghetsapp.ui.qt_workarounds import collect_garbage_on_the_gui_thread

    QCoreApplication.setOrganizationName("Trygghetsapp")
    QCoreApplication.setApplicationName("Trygghetsapp")
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    collect_garbage_on_the_gui_thread()
    _install_excepthook()  # the log file itself is opened by the loader (`_GuiStart._open`)
    settings = QSettings()
    chosen = choose_language(language, keys.get_str(settings, keys.LANGUAGE, "system"))
    translations = Translations()
    translations.install(chosen)
    return app, settings, chosen, translations


def run_start(
    app: QApplication,
    start: _GuiStart,
    shell: StartWindow,
    anchor: Path,
    after_first_window: Callable[[], None] = lambda: None,
) -> int:
    """The event loop of a start whose window shows: listening at `anchor` for a second start
    (after the first turn: QtNetwork loads then), `after_first_window` (the lock's holder named),
    the open begun, the threads waited for."""
    from PySide6.QtCore import QTimer

    ears: list[ActivationServer] = []
    QTimer.singleShot(0, after_first_window)

    def listen() -> None:
        from trygghetsapp.ui.activation import ActivationServer, bring_forward

        ears.append(ActivationServer(anchor))
        ears[0].asked.connect(lambda: bring_forward(start.window or shell))

    QTimer.singleShot(0, listen)
    QTimer.singleShot(0, start.begin)
    try:
        code = int(app.exec())
    finally:
        for ear in ears:
            ear.close()
        start.finish()
    return start.exit_code if start.exit_code is not None else code


def run_gui(db_path: Path, language: str | None = None, demo: bool = False) -> int:
    """The GUI's start: the single-instance lock first, so a refused second instance (and
    `--demo`, loaded only after the lock is held) never writes to the database; then the start
    window from the last session's list, while the database opens (`_GuiStart`).

    Only light modules are imported before the start window shows: no SQLAlchemy, no ORM.
    """
    from trygghetsapp.database_lock import LockUnavailable
    from trygghetsapp.services import start_view
    from trygghetsapp.ui.single_instance import take
    from trygghetsapp.ui.start_window import StartWindow

    app, settings, chosen, translations = application(language)
    try:
        lock, unclean = take(db_path, describe=False)  # named once the first window shows
    except (LockUnavailable, OSError):
        from trygghetsapp.store import diagnosis

        problem = diagnosis.unusable_folder(db_path)
        return _refuse("Trygghetsapp", problem.message(chosen))
    if lock is None:
        if _first_window_came_forward(db_path):
            return 0
        return _refuse("Trygghetsapp", _held_elsewhere_message(db_path))
    try:
        # After an unclean shutdown the last session's list may not be what the file holds.
        view = None if unclean else start_view.load(db_path, chosen)
        shell = StartWindow(db_path, view, settings, checking=unclean)
        shell.show()
        start = _GuiStart(db_path, chosen, settings, translations, shell, unclean, demo)
        return run_start(app, start, shell, db_path, lock.describe)
    finally:
        lock.release()

"""The window on an office's server database (PostgreSQL, issue 19; docs/office-postgresql.md).

The same start as a file's (app.py `_GuiStart`: the start window, the database opened on a
thread of its own, the main window handed over when ready) without what belongs to a file:

- no database lock: several workstations, and windows of several installations, have one server
  database open at once (that is the point; the server orders their writes). One window per
  *installation* (this computer's user, the server database and its login: the local anchor)
  is kept: a second start of the same installation brings the first window forward, as for a
  file. Its lock is a file in the installation's anchor folder, never taken by commands.
- no start-view file: the last session's list would show another workstation's or an earlier
  scope's areas before the server says what this login may see; the start window says
  "opening" until the database answers.
- no backups (the Backups menu says pg_dump), no health marker, no quick_check, no
  damaged-file dialog.
- a refused login or an unreachable server ends the start with one sentence
  (services/server_errors.py), never a traceback; the URL is shown without its password.

The installation's identity and keys are found as the commands find them: the local anchor of
the URL (store/location.py `server_anchor`), the device id beside it (store/device_file.py).
"""

from __future__ import annotations

from pathlib import Path

from trygghetsapp.app import (
    _first_window_came_forward,
    _GuiStart,
    _refuse,
    application,
    run_start,
)


class _OfficeStart(_GuiStart):
    """`_GuiStart` on a server database: opened by URL, explained when refused, no start view."""

    def __init__(self, url: str, anchor: Path, *args: object, **kwargs: object) -> None:
        super().__init__(anchor, *args, **kwargs)  # type: ignore[arg-type]
        self.url = url

    def _open_database(self, force_check: bool) -> None:
        from trygghetsapp.app import _load_demo_if_empty
        from trygghetsapp.services.database import open_database
        from trygghetsapp.services.server_errors import explained

        try:
            self.database = open_database(self.url, anchor=self.db_path)
        except Exception as error:
            told = explained(error, None, self.url)
            if told is None:
                raise
            raise told from error
        if self.demo:
            _load_demo_if_empty(self.database)

    def finish(self) -> None:
        """After the event loop: wait for the threads and close the connections. No start view
        is kept (module docstring) and no clean-close mark is left (no file)."""
        self.wait_for_threads()
        if self.database is not None:
            self.database.close()


def _held_elsewhere_message(location: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "app",
        "Trygghetsapp är redan öppet med serverdatabasen %1 för den här användaren på den här "
        "datorn. Byt till det fönstret.",
    ).replace("%1", location)


def run_office_gui(
    url: str, language: str | None = None, demo: bool = False, anchor: Path | None = None
) -> int:
    """The window on the server database at `url`; `anchor` is this installation's local anchor
    (by default the one the commands use for the URL)."""
    from trygghetsapp.database_lock import LockUnavailable
    from trygghetsapp.store.engine import server_label, shown_url
    from trygghetsapp.store.location import server_anchor
    from trygghetsapp.ui.single_instance import take
    from trygghetsapp.ui.start_window import StartWindow

    anchor = anchor or server_anchor(url)
    app, settings, chosen, translations = application(language)

    try:  # one window per installation: its lock lives in the anchor folder (no database file)
        lock, _unclean = take(anchor)  # a crashed window's lock: nothing of a file to check
    except (LockUnavailable, OSError):
        from trygghetsapp.store import diagnosis

        return _refuse("Trygghetsapp", diagnosis.unusable_folder(anchor).message(chosen))
    if lock is None:
        if _first_window_came_forward(anchor):
            return 0
        return _refuse("Trygghetsapp", _held_elsewhere_message(shown_url(url)))
    try:
        shell = StartWindow(anchor, None, settings)
        shell.setWindowTitle(f"Trygghetsapp – {server_label(url)}")
        shell.show()
        start = _OfficeStart(url, anchor, chosen, settings, translations, shell, False, demo)
        return run_start(app, start, shell, anchor)
    finally:
        lock.release()

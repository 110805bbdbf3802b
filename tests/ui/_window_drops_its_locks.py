"""Child process for tests/ui/test_lock_drops.py: the real window, whose process then drops its
SQLite locks the way a user's file dialog does, and makes one edit when the parent asks.

argv: DB VARIANT where VARIANT is "dialog" (Qt's own file dialog, which reads every listed file to
guess its type), "our_dialog" (the app's dialog, `ui/file_dialogs.py`, which must not), "open_close"
(a plain `open(db).close()`, and the same for -wal and -shm) or "busy" (as open_close, then the
window keeps adding areas, acknowledging each, until it is killed).

Prints `READY <locks before> <locks after>` (this process's POSIX locks on the database, its -wal
and -shm, from /proc/locks) once the locks were dropped, then waits for a line `EDIT` on stdin, adds
an area through the window's database and prints `ACK <area id>` after the commit returned.
"""

from __future__ import annotations

import contextlib
import os
import queue
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from trygghetsapp.app import run_gui
from trygghetsapp.ui.main_window import MainWindow

DB = Path(sys.argv[1])
VARIANT = sys.argv[2]
commands: queue.Queue[str] = queue.Queue()


def my_locks() -> int:
    """How many of SQLite's two standing locks this process holds (Linux /proc/locks): any lock
    on the database file (every WAL connection keeps a shared one while open) and the -shm's
    "DMS" byte (offset 128, which says the -shm is in use). Other locks come and go with each
    read, write or new connection, so only whether each of the two is held is counted: 2 while
    the locks stand, fewer once they are lost."""
    targets: dict[int, int | None] = {}
    with contextlib.suppress(FileNotFoundError):
        targets[os.stat(DB).st_ino] = None  # any lock on the database file
    with contextlib.suppress(FileNotFoundError):
        targets[os.stat(f"{DB}-shm").st_ino] = 128  # the DMS byte only
    held: set[int] = set()
    for line in Path("/proc/locks").read_text().splitlines():
        parts = line.split()
        # "1: POSIX  ADVISORY  READ 1234 fd:01:5678 START END" (blocked waiters carry "->")
        if "->" in parts or len(parts) < 8 or parts[1] != "POSIX":
            continue
        if int(parts[4]) != os.getpid():
            continue
        inode = int(parts[5].split(":")[-1])
        if inode in targets and targets[inode] in (None, int(parts[6])):
            held.add(inode)
    return len(held)


def window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def drop_locks() -> None:
    main = window()
    if main is None or main.area_id is None:  # the start window is still showing
        QTimer.singleShot(20, drop_locks)
        return
    before = my_locks()
    if VARIANT in ("open_close", "busy"):
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{DB}{suffix}").exists():
                open(f"{DB}{suffix}", "rb").close()
        report(before)
        return
    if VARIANT == "our_dialog":
        from trygghetsapp.ui import file_dialogs

        dialog = file_dialogs._dialog(main, "Spara PDF", str(DB.parent), "")
    else:
        dialog = QFileDialog(main, "Spara PDF", str(DB.parent))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)

    started: list[bool] = []

    def loaded() -> None:
        if started:  # directoryLoaded comes for each folder the dialog reads
            return
        started.append(True)
        dialog.grab()  # paint: the view asks each row for its icon and type
        QTimer.singleShot(50, finish)

    def finish() -> None:
        dialog.grab()
        dialog.reject()
        report(before)

    model = dialog.findChild(QFileSystemModel, "qt_filesystem_model")
    assert model is not None, "Qt's file dialog has no file system model"
    model.directoryLoaded.connect(lambda _path: QTimer.singleShot(0, loaded))
    dialog.show()


def report(before: int) -> None:
    print(f"READY {before} {my_locks()}", flush=True)
    if VARIANT == "busy":
        QTimer.singleShot(0, keep_editing)
        return
    threading.Thread(target=lambda: commands.put(sys.stdin.readline().strip()), daemon=True).start()
    QTimer.singleShot(10, wait_for_edit)


def keep_editing() -> None:
    from trygghetsapp.services import areas

    main = window()
    assert main is not None
    area_id, _ = areas.create_area(main.context.database, {"name": "Medan någon läser"})
    print(f"ACK {area_id}", flush=True)
    QTimer.singleShot(2, keep_editing)


def wait_for_edit() -> None:
    try:
        command = commands.get_nowait()
    except queue.Empty:
        QTimer.singleShot(10, wait_for_edit)
        return
    if command != "EDIT":
        return
    from trygghetsapp.services import areas

    main = window()
    assert main is not None
    area_id, _ = areas.create_area(main.context.database, {"name": "Efter dialogen"})
    print(f"ACK {area_id}", flush=True)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, drop_locks)
    raise SystemExit(run_gui(DB, "sv"))

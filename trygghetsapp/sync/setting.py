"""The sync folder setting, apart from the package machinery in `folder.py`.

Why: the window reads its sync status and the folder a moment after it starts (the status bar's
summary); reaching `get_folder` through `folder.py` imported the exporter, the importer and
cryptography (64 modules, 70-76 ms) on the one database worker, and a keystroke queued behind
it waited that long.
"""

from __future__ import annotations

from pathlib import Path

from trygghetsapp.store import sql
from trygghetsapp.store.database import Database
from trygghetsapp.store.uow import UnitOfWork

FOLDER_KEY = "folder"


def get_folder(database: Database) -> Path | None:
    with UnitOfWork(database) as uow:
        value = sql.execute(
            uow.session.connection(), "SELECT value FROM sync_setting WHERE key = ?", (FOLDER_KEY,)
        ).scalar()
    return Path(value) if value else None


def set_folder(database: Database, folder: Path) -> None:
    with UnitOfWork(database) as uow:
        sql.execute(
            uow.session.connection(),
            "INSERT INTO sync_setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (FOLDER_KEY, str(folder)),
        )

"""Where the database lives: --db, then TRYGGHETSAPP_DB, then the user's local data folder.

The local (not roaming) data folder is chosen on purpose: roaming and redirected folders are often
on a network share, where SQLite's WAL does not work.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Trygghetsapp"
DB_FILENAME = "trygghetsapp.sqlite"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("TRYGGHETSAPP_DB")
    if env:
        return Path(env).expanduser().resolve()
    return default_db_path()


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database in a folder of their own."""
    return db_path.parent / f"{db_path.stem}-backups"

"""Where the database lives: --db, then TRYGGHETSAPP_DB, then the user's local data folder.

The local (not roaming) data folder is chosen on purpose: roaming and redirected folders are often
on a network share, where SQLite's WAL does not work.
"""

from __future__ import annotations

import os
from pathlib import Path

from trygghetsapp.files.places import data_dir

DB_FILENAME = "trygghetsapp.sqlite"

SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_server_url(location: object) -> bool:
    """A PostgreSQL URL (an office database on a server), not a file path. Here, not beside the
    engine: the command line asks it on its way to the first window, before SQLAlchemy loads."""
    return isinstance(location, str) and location.startswith(SERVER_SCHEMES)


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def chosen_location(explicit: str | os.PathLike[str] | None = None) -> str | None:
    """--db, else TRYGGHETSAPP_DB, as given (a path or a PostgreSQL URL); None for neither."""
    if explicit:
        return os.fspath(explicit)
    return os.environ.get("TRYGGHETSAPP_DB") or None


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("TRYGGHETSAPP_DB")
    if env:
        return Path(env).expanduser().resolve()
    return default_db_path()


def server_anchor(url: str) -> Path:
    """This installation's local anchor for the server database at `url` (store/engine.py): a
    folder per server, port and database in the data folder, holding what stays on this
    computer (its keys); the password is no part of the name."""
    import re

    from sqlalchemy.engine import make_url

    parsed = make_url(re.sub(r"^postgres(ql)?(\+psycopg)?://", "postgresql://", url))
    host = parsed.host or str(parsed.query.get("host", "local"))
    port = parsed.port or parsed.query.get("port") or 5432
    name = f"{host}-{port}-{parsed.database or ''}-{parsed.username or ''}"
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_")[:120]
    return data_dir() / "servers" / safe / "office"


def start_view_files(db_path: Path) -> tuple[Path, Path]:
    """The last session's list and the picture of its open tab, kept beside the database for the
    next start's first window (services/start_view.py). Named here, below the services, so that
    an erasure (store/erasure.py) can remove them: the picture may show the erased person."""
    return (
        db_path.with_name(db_path.name + ".startview"),
        db_path.with_name(db_path.name + ".startview.png"),
    )


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database in a folder of their own."""
    return db_path.parent / f"{db_path.stem}-backups"


SYNCED_FOLDER_MARKERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "nextcloud",
    "owncloud",
    "icloud",
    "box sync",
    "syncthing",
)
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "sshfs",
        "fuse.sshfs",
        "afpfs",
        "9p",
        "davfs",
        "webdav",
    }
)


def _mount_type(path: Path) -> str | None:
    """The filesystem type of the mount holding `path` (Linux /proc/mounts), if known."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    best, kind = "", None
    text = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1]
        inside = text == mount or text.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > len(best):
            best, kind = mount, parts[2]
    return kind


def _windows_drive_is_remote(path: Path) -> bool:
    if os.name != "nt":
        return False
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)  # type: ignore[attr-defined]


def is_network_location(path: Path) -> bool:
    """A UNC path, a mapped network drive or a network mount: SQLite's WAL does not work there."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if _windows_drive_is_remote(path):
        return True
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    return (_mount_type(existing.resolve()) or "") in NETWORK_FILESYSTEMS


def synced_folder_marker(path: Path) -> str | None:
    """The file-sync service folder holding `path`, if any (a warning, not a refusal)."""
    for part in path.parts:
        lowered = part.casefold()
        for marker in SYNCED_FOLDER_MARKERS:
            if marker in lowered:
                return part
    for folder in [path.parent, *path.parent.parents]:
        if (folder / ".stfolder").exists() or (folder / ".dropbox").exists():
            return folder.name or str(folder)
    return None

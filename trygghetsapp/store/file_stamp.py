"""What identifies a database file's contents without reading them.

Its own module, with nothing but `os`, because the start reads it before anything heavier is
imported: the clean-close marker (`health.py`) and the start view (`services/start_view.py`)
both compare a saved stamp with the file as it is now.
"""

from __future__ import annotations

import os
from pathlib import Path


def file_stamp(db_path: Path) -> dict[str, list[int] | None]:
    """What identifies the file's contents without reading them: size, mtime, inode (and -wal's)."""
    stamp: dict[str, list[int] | None] = {}
    for suffix in ("", "-wal"):
        try:
            info = os.stat(f"{db_path}{suffix}")
        except FileNotFoundError:
            stamp[suffix or "db"] = None
            continue
        # An empty -wal (left by a connection closed after ours) holds nothing: same as none.
        empty_wal = suffix == "-wal" and info.st_size == 0
        stamp[suffix or "db"] = None if empty_wal else [info.st_size, info.st_mtime_ns, info.st_ino]
    return stamp

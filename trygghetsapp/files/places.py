"""Where the app keeps its own files: the user's local (not roaming) data folder.

Roaming and redirected folders are often on a network share, where SQLite's WAL does not work.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Trygghetsapp"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))

"""A rotating log file in the user's data folder: where unexpected errors are written in full."""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

from trygghetsapp.files.places import data_dir

_configured = False
_configuring = threading.Lock()  # the start's loader thread and an early error may race


def log_path() -> Path:
    return data_dir() / "logs" / "trygghetsapp.log"


def configure_logging() -> Path:
    path = log_path()
    with _configuring:
        _configure_once(path)
    return path


def _configure_once(path: Path) -> None:
    global _configured
    if not _configured:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
            )
        except OSError:
            handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger("trygghetsapp")
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _configured = True


def log_exception(error: BaseException) -> Path:
    path = configure_logging()
    logging.getLogger("trygghetsapp").error("unexpected error", exc_info=error)
    return path

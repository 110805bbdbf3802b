"""A rotating log file in the user's data folder: where unexpected errors are written in full."""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

from trygghetsapp.files.places import data_dir

_configured: tuple[Path, logging.Handler] | None = None
"""The file the log is written to and its handler, once set up."""

_SECRETS = (
    (re.compile(r"(://[^:/@\s]*:)[^@\s]*@"), r"\1***@"),  # postgresql://user:password@host
    (re.compile(r"(\bpassword\s*=\s*)('[^']*'|\S+)", re.IGNORECASE), r"\1***"),  # conninfo
)
"""A database password as it could appear in an error's text (issue 19: a server URL)."""


def redacted(text: str) -> str:
    """`text` without any password a server URL or a libpq connection string put in it."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class _RedactingFormatter(logging.Formatter):
    """Every line of the log (tracebacks included) through `redacted`."""

    def format(self, record: logging.LogRecord) -> str:
        return redacted(super().format(record))


_configuring = threading.Lock()  # the start's loader thread and an early error may race


def log_path() -> Path:
    return data_dir() / "logs" / "trygghetsapp.log"


def configure_logging() -> Path:
    path = log_path()
    with _configuring:
        _configure_once(path)
    return path


def _configure_once(path: Path) -> None:
    """Set the log up for `path`; again only if the data folder has moved since (a test, or a
    profile moved under a running process), so that what is logged lands where `log_path`
    says, not in a folder that may be gone."""
    global _configured
    if _configured is not None and _configured[0] == path:
        return
    # Here, not at the top: the start imports this module before its first window, and
    # logging.handlers brings sockets, queues and pickling with it (4-7 ms).
    import logging.handlers

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(_RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("trygghetsapp")
    if _configured is not None:
        root.removeHandler(_configured[1])
        _configured[1].close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = (path, handler)


def log_exception(error: BaseException) -> Path:
    path = configure_logging()
    logging.getLogger("trygghetsapp").error("unexpected error", exc_info=error)
    return path

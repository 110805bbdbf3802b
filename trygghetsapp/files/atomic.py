"""Writing a file whole or not at all: the one way every part of the app writes its files.

A file is written under a new, unpredictable name beside its target, flushed to the disk, and
renamed over the target in one step, then the folder is synced so the rename survives a power cut.
Readers never see half a file, and a failure (a full stick, a pulled stick, a kill) leaves an
earlier file at the target as it was. While a temporary exists its name is noted
(`files/unfinished.py`), so what a killed process leaves behind is removed at the next start.

Permissions: an ordinary output (a PDF, an export, a sync package) gets the user's usual
permissions (created 0666 minus the umask, as any program's files); `private=True` creates it
0600 from the first byte (a key), never readable by others even for a moment.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from trygghetsapp.files import problems, unfinished

PRIVATE_MODE = 0o600
SHARED_MODE = 0o666


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no folder handles to sync, the rename is it."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temporary_name(target: Path, suffix: str) -> Path:
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{suffix}")


@contextlib.contextmanager
def temporary_beside(
    target: Path, private: bool = False, suffix: str = ".partial"
) -> Iterator[Path]:
    """A new, empty file beside `target` for someone else to fill (SQLite's backup API, say);
    removed (with SQLite's companions of it) if the block fails. The caller puts it in place
    with `commit`. OSErrors are said plainly (`problems.write_refusal`)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = _temporary_name(target, suffix)
        mode = PRIVATE_MODE if private else SHARED_MODE
        with unfinished.noted(temporary):
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            os.close(fd)
            try:
                yield temporary
            except BaseException:
                unfinished.remove_temporary(temporary)
                raise
    except OSError as error:
        if not problems.is_media_error(error, target):
            raise
        raise problems.write_refusal(target, error) from None


def commit(temporary: Path, target: Path) -> None:
    """Flush `temporary` to the disk, rename it over `target`, and make the rename durable."""
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_output(target: Path, private: bool = False) -> Iterator[IO[bytes]]:
    """Yield a binary handle; on a clean exit its bytes replace `target` in one rename."""
    with temporary_beside(target, private=private) as temporary:
        with open(temporary, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_text_output(target: Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Yield a text handle (newlines written as \\n on every system), replaced as above."""
    with temporary_beside(target) as temporary:
        with open(temporary, "w", encoding=encoding, newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        fsync_dir(target.parent)


def write_with(target: Path, write: Callable[[Path], None], private: bool = False) -> Path:
    """Let `write` fill a temporary path (reportlab writes to a name), then put it in place."""
    with temporary_beside(target, private=private) as temporary:
        write(temporary)
        commit(temporary, target)
    return target


def write_bytes_atomic(target: Path, data: bytes, private: bool = False) -> None:
    with atomic_output(target, private=private) as handle:
        handle.write(data)


def write_json_atomic(target: Path, value: Any, private: bool = False) -> None:
    """Pretty, key-sorted UTF-8 JSON: diffable and stable."""
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_bytes_atomic(target, text.encode("utf-8"), private=private)

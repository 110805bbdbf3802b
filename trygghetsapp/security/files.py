"""Small file helpers shared by the security modules: atomic writes and strict JSON reads.

Key files, the trust register and quarantine notes must never be half written (a dead battery in
the middle of enrolment must not leave a register that refuses every package), so everything is
written to a temporary file in the same folder, fsynced, and renamed over the target.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from trygghetsapp.domain.errors import DomainError

PRIVATE_MODE = 0o600
"""Owner read/write only. On Windows chmod can only set read-only, so it is best effort there."""


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Folders cannot be opened on Windows; there the rename is enough."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(target: Path, private: bool = False) -> Iterator[IO[bytes]]:
    """Yield a binary handle; on a clean exit its bytes replace `target` in one rename.

    On any error the temporary file is deleted and `target` is left as it was, so a caller never
    leaves partial output behind. `private` creates the file with mode 0600 from the start (not
    chmod after writing), so a private key is never readable by others, not even for a moment.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    except OSError as error:
        raise _write_refusal(target, error) from None
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if private and os.name == "posix":
                os.fchmod(handle.fileno(), PRIVATE_MODE)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError) and error.errno in _MEDIA_ERRORS:
            raise _write_refusal(target, error) from None
        raise
    fsync_dir(target.parent)


_EDQUOT = getattr(errno, "EDQUOT", errno.ENOSPC)  # not defined on every platform
_MEDIA_ERRORS = {errno.ENOSPC, errno.EROFS, _EDQUOT, errno.EFBIG}
"""Errors that only writing causes: a full or write-protected stick, a quota. Said plainly."""


def _write_refusal(target: Path, error: OSError) -> DomainError:
    if error.errno in (errno.ENOSPC, _EDQUOT, errno.EFBIG):
        sv, en = "disken eller stickan är full", "the disk or stick is full"
    elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        sv, en = "mappen är skrivskyddad", "the folder is write-protected"
    else:
        sv, en = f"kan inte skriva ({error.strerror})", f"cannot write ({error.strerror})"
    return DomainError(str(target), f"{sv}; inget skrevs", f"{en}; nothing was written")


def write_bytes_atomic(target: Path, data: bytes, private: bool = False) -> None:
    """Write `data` to `target` atomically (see `atomic_output`)."""
    with atomic_output(target, private=private) as handle:
        handle.write(data)


def write_json_atomic(target: Path, value: Any, private: bool = False) -> None:
    """Write `value` as pretty, key-sorted UTF-8 JSON atomically: diffable and stable."""
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_bytes_atomic(target, text.encode("utf-8"), private=private)


MAX_JSON_BYTES = 1024 * 1024
"""Cards, registers and settings are small; a bigger file is not one of ours."""


def read_json_object(path: Path, what_sv: str, what_en: str) -> dict[str, Any]:
    """Read a small JSON object, refusing anything else with one clear line."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_JSON_BYTES + 1)
    except FileNotFoundError:
        raise DomainError(str(path), f"{what_sv} finns inte", f"{what_en} does not exist") from None
    except OSError as error:
        raise DomainError(
            str(path),
            f"{what_sv} kan inte läsas ({error.strerror})",
            f"{what_en} cannot be read ({error.strerror})",
        ) from None
    if len(raw) > MAX_JSON_BYTES:
        raise DomainError(str(path), f"{what_sv} är för stor", f"{what_en} is too large")
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DomainError(
            str(path), f"{what_sv} är inte giltig JSON", f"{what_en} is not valid JSON"
        ) from None
    if not isinstance(value, dict):
        raise DomainError(str(path), f"{what_sv} har fel format", f"{what_en} has the wrong format")
    return value

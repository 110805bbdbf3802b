"""Local security settings and the quarantine folder for refused packages.

`always_encrypt`: a field laptop set this way seals every package it writes to the office's key,
so nobody has to remember it before copying to a stick. It lives in `policy.json` in the keys
folder (not in the database) because it is a property of this installation, not synced data.

Quarantine: a package the reader refuses (unknown device, bad signature, damaged seal) is moved
into `<sync folder>/karantän/` with a `<name>.reason.txt` beside it saying why, so it is never
applied, never silently deleted, and the office can look at it later.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.files.atomic import (
    atomic_output,
    fsync_dir,
    write_bytes_atomic,
    write_json_atomic,
)
from trygghetsapp.security.files import QUARANTINE_FOLDER, read_json_object
from trygghetsapp.security.keys import keys_dir
from trygghetsapp.security.trust import office_card

POLICY_FILE = "policy.json"
REASON_SUFFIX = ".reason.txt"


@dataclass(frozen=True)
class SecurityPolicy:
    """This installation's settings; the defaults apply until something is saved."""

    always_encrypt: bool = False


def load_policy(db_path: Path) -> SecurityPolicy:
    path = keys_dir(db_path) / POLICY_FILE
    if not path.exists():
        return SecurityPolicy()
    value = read_json_object(path, "säkerhetsinställningarna", "the security settings")
    return SecurityPolicy(always_encrypt=value.get("always_encrypt") is True)


def save_policy(db_path: Path, policy: SecurityPolicy) -> None:
    write_json_atomic(keys_dir(db_path) / POLICY_FILE, {"always_encrypt": policy.always_encrypt})


def set_always_encrypt(db_path: Path, on: bool) -> SecurityPolicy:
    """Turn "always encrypt packages to the office" on or off.

    Turning it on is refused until the office's card is trusted: there is nothing to encrypt to,
    and a setting that silently does nothing is worse than a clear refusal.
    """
    if on and office_card(db_path) is None:
        raise DomainError(
            "kryptering",
            "datorn har ingen kontorsnyckel än; kör först 'keys trust-office KORTFIL'",
            "this computer has no office key yet; run 'keys trust-office CARD_FILE' first",
        )
    policy = SecurityPolicy(always_encrypt=on)
    save_policy(db_path, policy)
    return policy


def _free_name(folder: Path, name: str) -> Path:
    """`name`, or `name` with -2, -3... before the suffix: never overwrite a quarantined file."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while candidate.exists() or Path(f"{candidate}{REASON_SUFFIX}").exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def quarantine(path: Path, reason: str, folder: Path) -> Path:
    """Move `path` into `folder/karantän/` with a reason file; return the new path.

    `folder` is the sync folder. The package is moved first (a rename on the same disk; copied,
    fsynced and then removed from a USB stick), then the reason written atomically, so a crash in
    between leaves a quarantined package without its note, never a package outside quarantine
    that was refused.
    """
    target_folder = folder / QUARANTINE_FOLDER
    target_folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(target_folder, path.name)
    try:
        os.replace(path, target)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        # another filesystem (the stick): copy durably, then remove the original
        with path.open("rb") as source, atomic_output(target) as out:
            shutil.copyfileobj(source, out, 1024 * 1024)
        path.unlink()
    fsync_dir(target_folder)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    note = f"{reason}\n\nfil / file: {path}\ntid / time: {stamp}\n"
    write_bytes_atomic(Path(f"{target}{REASON_SUFFIX}"), note.encode("utf-8"))
    return target

"""An office installation's device identity, kept beside its local anchor (issue 19).

A SQLite file carries its device's identity inside it (`local_device`, one row). A server database
is shared by several office installations (a workstation and its user), and each must be a device
of its own: its own id, counter and clock, so that `(device, seq)` stays contiguous per device
and two workstations never number changes from one counter. So the id of a server installation
lives on this computer, in `<anchor>.device` beside the installation's keys (`office-keys/`); the
database holds one `local_device` row per installation, and each installation's connections see
only their own (store/engine.py `own_device_view`).

The file is written once, atomically (temporary file, fsync, rename), and only read after that.
Copying the folder to a second computer would clone the identity: the importer's clone alarm
(same (device, seq) with other content) catches that as it does for a copied SQLite file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from trygghetsapp.store.ids import new_id

DEVICE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class DeviceFileError(RuntimeError):
    """The identity file exists but does not hold an id (damaged or edited by hand)."""


def device_file(anchor: Path) -> Path:
    return anchor.with_name(anchor.name + ".device")


def installation_device_id(anchor: Path) -> str:
    """This installation's device id: read from beside `anchor`, made at the first call."""
    path = device_file(anchor)
    if path.exists():
        text = path.read_text(encoding="ascii", errors="replace").strip()
        if DEVICE_ID.fullmatch(text) is None:
            raise DeviceFileError(
                f"{path} does not hold a device id; it identifies this installation in the "
                "office database: restore it from a backup of this computer or, if this "
                "installation never wrote anything, delete it to get a new identity"
            )
        return text
    path.parent.mkdir(parents=True, exist_ok=True)
    device_id = new_id()
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(temporary, "w", encoding="ascii") as handle:
        handle.write(device_id + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(temporary, path)  # never replaces an id another process wrote meanwhile
    except FileExistsError:
        pass
    finally:
        temporary.unlink(missing_ok=True)
    return installation_device_id(anchor)

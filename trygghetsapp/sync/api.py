"""The sync service API for the GUI and the CLI (one import point; see docs/sync.md).

Every function takes an open `Database`, runs in its own transaction(s) and returns plain frozen
or simple dataclasses; refusals raise `DomainError` (Swedish and English message) or its subclass
`PackageError` (names the file).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trygghetsapp.sync.conflicts import (
        Conflict,
        Version,
        list_conflicts,
        rematerialise,
        resolve,
    )
    from trygghetsapp.sync.device import DeviceView, get_device, rename_device, set_role
    from trygghetsapp.sync.enrolment import (
        CardView,
        SetupState,
        enrol,
        export_card,
        is_default_name,
        read_card,
        set_always_encrypt,
        setup_state,
        trust_office,
    )
    from trygghetsapp.sync.exporter import ExportReport, export_package
    from trygghetsapp.sync.folder import SyncReport, sync_now
    from trygghetsapp.sync.importer import ImportReport, import_file
    from trygghetsapp.sync.reader import PackageError
    from trygghetsapp.sync.setting import get_folder, set_folder
    from trygghetsapp.sync.signatures import NotForThisDevice
    from trygghetsapp.sync.status import (
        DeviceStatus,
        SyncStatus,
        location_warnings,
        sync_status,
    )

# Each name is imported from its module when first used, not when this module is: the main
# window imports this facade, and the exporter, importer and signing code (cryptography) cost
# about 0.1 s that the window's start does not need. The status and conflicts a window shows
# first are loaded by the database worker's first sync job.
_HOME = {
    "Conflict": "conflicts",
    "Version": "conflicts",
    "list_conflicts": "conflicts",
    "rematerialise": "conflicts",
    "resolve": "conflicts",
    "DeviceView": "device",
    "get_device": "device",
    "rename_device": "device",
    "set_role": "device",
    "CardView": "enrolment",
    "SetupState": "enrolment",
    "enrol": "enrolment",
    "export_card": "enrolment",
    "is_default_name": "enrolment",
    "read_card": "enrolment",
    "set_always_encrypt": "enrolment",
    "setup_state": "enrolment",
    "trust_office": "enrolment",
    "ExportReport": "exporter",
    "export_package": "exporter",
    "SyncReport": "folder",
    "get_folder": "setting",
    "set_folder": "setting",
    "sync_now": "folder",
    "ImportReport": "importer",
    "import_file": "importer",
    "PackageError": "reader",
    "NotForThisDevice": "signatures",
    "DeviceStatus": "status",
    "SyncStatus": "status",
    "location_warnings": "status",
    "sync_status": "status",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"trygghetsapp.sync.{_HOME[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "CardView",
    "Conflict",
    "DeviceStatus",
    "DeviceView",
    "ExportReport",
    "ImportReport",
    "NotForThisDevice",
    "PackageError",
    "SetupState",
    "SyncReport",
    "SyncStatus",
    "Version",
    "enrol",
    "export_card",
    "export_package",
    "get_device",
    "get_folder",
    "import_file",
    "is_default_name",
    "list_conflicts",
    "location_warnings",
    "read_card",
    "rematerialise",
    "rename_device",
    "resolve",
    "set_always_encrypt",
    "set_folder",
    "set_role",
    "setup_state",
    "sync_now",
    "sync_status",
    "trust_office",
]

"""The sync service API for the GUI and the CLI (one import point; see docs/sync.md).

Every function takes an open `Database`, runs in its own transaction(s) and returns plain frozen
or simple dataclasses; refusals raise `DomainError` (Swedish and English message) or its subclass
`PackageError` (names the file).
"""

from __future__ import annotations

from trygghetsapp.sync.conflicts import Conflict, Version, list_conflicts, rematerialise, resolve
from trygghetsapp.sync.device import DeviceView, get_device, rename_device, set_role
from trygghetsapp.sync.exporter import ExportReport, export_package
from trygghetsapp.sync.folder import SyncReport, get_folder, set_folder, sync_now
from trygghetsapp.sync.importer import ImportReport, import_file
from trygghetsapp.sync.reader import PackageError
from trygghetsapp.sync.signatures import NotForThisDevice
from trygghetsapp.sync.status import DeviceStatus, SyncStatus, location_warnings, sync_status

__all__ = [
    "Conflict",
    "DeviceStatus",
    "DeviceView",
    "ExportReport",
    "ImportReport",
    "NotForThisDevice",
    "PackageError",
    "SyncReport",
    "SyncStatus",
    "Version",
    "export_package",
    "get_device",
    "get_folder",
    "import_file",
    "list_conflicts",
    "location_warnings",
    "rematerialise",
    "rename_device",
    "resolve",
    "set_folder",
    "set_role",
    "sync_now",
    "sync_status",
]

"""The window's sync feature: Synka nu, preview, folder, packages, device, and the shared status.

One object per window (it outlives the widget rebuild of a language change). Every read and
write goes through the door: sync runs on the database worker behind a progress dialog;
afterwards the report is shown window-modal with `open()` (not `exec()`), and
`AppContext.data_replaced` reloads the views and clears the undo stack, because changes that came
from other computers cannot be undone here. Status and conflicts are read on the worker into a
`SyncSnapshot` that the panel, the conflict view, the badge and the status bar share.

It knows the window only as the parent of its dialogs: what the window shows of it (the summary
and badge in its status bar, the conflicts tab) it takes from `summary`, `badge`,
`snapshot_changed` and `conflicts_requested`; messages and failures go out on the context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.logs import log_exception
from trygghetsapp.services.readmodels import Changes
from trygghetsapp.sync import api
from trygghetsapp.ui import file_dialogs
from trygghetsapp.ui.door import load_snapshot
from trygghetsapp.ui.sync.labels import local_time, role_label, sv_or_en
from trygghetsapp.ui.sync.report import SyncReportDialog
from trygghetsapp.ui.sync.setup import SyncSetupDialog
from trygghetsapp.ui.sync.state import SyncSnapshot
from trygghetsapp.ui.tasks import Cancelled

if TYPE_CHECKING:
    from trygghetsapp.services.database import Database
    from trygghetsapp.ui.context import AppContext

REFRESH_DELAY_MS = 400
"""Edits come in bursts (a form commits field by field): read the status once after them."""


class SyncController(QObject):
    snapshot_changed = Signal(object)
    """A new `SyncSnapshot` arrived from the worker."""

    conflicts_requested = Signal()
    """The conflict badge was clicked: show the conflicts."""

    folder_chosen = Signal(object)
    """The sync folder was saved (a `Path`)."""

    exported = Signal(object)
    """A package was written (the `ExportReport`), and the user told."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.door = context.door
        self.parent_widget = parent
        """The parent of the controller's dialogs."""
        self.snapshot: SyncSnapshot | None = None
        self.progress_dialog: QProgressDialog | None = None
        """The last sync's progress dialog (its Avbryt stops between packages)."""
        self.report_dialog: SyncReportDialog | None = None
        self.setup_dialog: SyncSetupDialog | None = None
        self.busy = False
        self._loading = False
        self._again = False
        self._full = True
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._load)
        self.summary = QLabel()
        self.summary.setObjectName("syncSummary")
        self.badge = QPushButton()
        self.badge.setObjectName("conflictBadge")
        self.badge.setFlat(True)
        self.badge.setStyleSheet("color: #b00020; font-weight: bold;")
        self.badge.hide()
        self.badge.clicked.connect(self.conflicts_requested)
        context.changed.connect(self.local_edit)

    @property
    def language(self) -> str:
        return self.context.language

    @property
    def database_path(self) -> Path:
        return self.door.database.path

    # -- status ----------------------------------------------------------------------------
    def refresh(self, now: bool = False) -> None:
        """Read status and conflicts again on the worker (after a sync, an import, a resolve)."""
        self._full = True
        if now:
            self._timer.stop()
            self._load()
        else:
            self._timer.start()

    def stop(self) -> None:
        """The window closes: no further status reads (the database is about to close)."""
        self._timer.stop()
        self._stopped = True

    def local_edit(self, changes: Changes) -> None:
        """After an edit here: the counters move, but a local edit cannot create a conflict
        (it has seen everything applied), so the conflict list is read again only when the
        edit touched a record in it (it may have settled it). Debounced: forms commit field
        by field."""
        listed = {c.row_id for c in self.snapshot.conflicts} if self.snapshot else set()
        changed = {row_id for _entity, row_id in changes.rows} | set(changes.ids)
        if self.snapshot is None or changes.everything or listed.intersection(changed):
            self._full = True
        if not self._stopped:
            self._timer.start()

    def _load(self) -> None:
        if self._stopped:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        full, previous = self._full, self.snapshot
        self._full = False

        def work(database: Database) -> SyncSnapshot:
            if full or previous is None:
                return load_snapshot(database)
            return replace(previous, status=api.sync_status(database))

        self.door.query(work, self._arrived, self._failed, owner=self)

    def _arrived(self, snapshot: SyncSnapshot) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self._full = True
            self._load()
            return
        self.snapshot = snapshot
        self.retranslate()
        self.snapshot_changed.emit(snapshot)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        log_exception(error)
        self.summary.setText("⚠ " + self.tr("Synkstatus kunde inte läsas; se loggfilen."))

    def retranslate(self) -> None:
        """Status bar texts in the current language (also after a language change)."""
        snapshot = self.snapshot
        if snapshot is None:
            return
        status = snapshot.status
        packages = [when for when in (status.last_export, status.last_import) if when]
        if status.last_sync:
            text = self.tr("Senast synkad %1").replace("%1", local_time(status.last_sync))
        elif packages:  # exchanged by hand (a USB stick): not "never synced" (user test)
            latest = max(packages, key=local_time)
            text = self.tr("Senaste synkpaket %1").replace("%1", local_time(latest))
        else:
            text = self.tr("Inte synkad än")
        if status.pending_export:
            text += " · " + self.tr("%n ändringar väntar", "", status.pending_export)
        self.summary.setText(text)
        count = len(snapshot.conflicts)
        self.badge.setText("⚠ " + self.tr("Konflikter: %1").replace("%1", str(count)))
        self.badge.setToolTip(self.tr("Visa konflikterna"))
        self.badge.setVisible(count > 0)

    # -- Synka nu ----------------------------------------------------------------------------
    def sync_now(self, preview: bool = False) -> None:
        """Synka nu (or the dry run first); asks for a folder when none is chosen yet."""
        if self.busy:
            return
        self.busy = True

        def folder_known(folder: Path | None) -> None:
            if folder is None:
                folder = self.choose_folder(then=lambda chosen: self._sync_in(chosen, preview))
                if folder is None:
                    self.busy = False
                return
            self._sync_in(folder, preview)

        def unreadable(error: BaseException) -> None:
            self.busy = False
            self.context.failed.emit(error)

        self.door.query(api.get_folder, folder_known, unreadable, owner=self)

    def _sync_in(self, folder: Path, preview: bool) -> None:
        title = (
            self.tr("Läser paketen i synkmappen…") if preview else self.tr("Synkar med %1…")
        ).replace("%1", str(folder))
        self.progress_dialog = self.door.long(
            self.parent_widget,
            title,
            lambda database, progress: _with_names(
                database, api.sync_now(database, dry_run=preview, progress=progress)
            ),
            self._synced,
            lambda error: self._sync_failed(error, preview),
        )

    def preview(self) -> None:
        self.sync_now(preview=True)

    def _synced(self, result: tuple[api.SyncReport, dict[str, str]]) -> None:
        self.busy = False
        report, names = result
        if report.dry_run:
            dialog = self._show_report(report, names)
            dialog.accepted.connect(lambda: self.sync_now())
            return
        self._after_remote_changes(report)
        self._show_report(report, names)

    def _after_remote_changes(self, report: api.SyncReport) -> None:
        if report.imported:
            self.context.data_replaced(self.tr("Synkningen är klar."))
        else:
            self.context.message.emit(self.tr("Synkningen är klar."))
        self.refresh(now=True)

    def _sync_failed(self, error: BaseException, preview: bool = False) -> None:
        self.busy = False
        if isinstance(error, Cancelled) and not preview:
            # Stopped between packages: those already read are in (and reload the window).
            self.context.data_replaced(
                self.tr(
                    "Synken avbröts. Paket som redan lästs in är kvar; resten läses in nästa gång."
                )
            )
        else:
            self.context.failed.emit(error)
        self.refresh(now=True)

    def _show_report(
        self, report: api.SyncReport, names: dict[str, str], own_package: bool = True
    ) -> SyncReportDialog:
        if self.report_dialog is not None and shiboken6.isValid(self.report_dialog):
            self.report_dialog.close()
        dialog = SyncReportDialog(
            report, self.language, self.parent_widget, own_package=own_package, device_names=names
        )
        self.report_dialog = dialog
        dialog.open()
        return dialog

    # -- folder and packages ---------------------------------------------------------------
    def choose_folder(
        self, folder: Path | None = None, then: Callable[[Path], None] | None = None
    ) -> Path | None:
        """Välj synkmapp…: the folder (asked for unless given), saved through the door; then a
        warning if the database itself is badly placed, and `then(folder)`."""
        if folder is None:
            current = self.snapshot.folder if self.snapshot is not None else None
            name = file_dialogs.existing_directory(
                self.parent_widget, self.tr("Välj synkmapp"), str(current or Path.home())
            )
            if not name:
                return None
            folder = Path(name)
        chosen = folder

        def saved(warnings: list[str]) -> None:
            shown = [sv_or_en(w, self.language) for w in warnings]
            try:
                inside = self.database_path.resolve().is_relative_to(chosen.resolve())
            except OSError:
                inside = False
            if inside:
                shown.append(
                    self.tr(
                        "Databasen ligger i synkmappen. Synka aldrig själva databasfilen: flytta "
                        "den till en lokal mapp, eller välj en annan synkmapp."
                    )
                )
            if shown:
                QMessageBox.warning(self.parent_widget, self.tr("Synkmapp"), "\n\n".join(shown))
            self.refresh(now=True)
            self.folder_chosen.emit(chosen)
            if then is not None:
                then(chosen)

        def failed(error: BaseException) -> None:
            self.busy = False
            self.context.failed.emit(error)

        def op(database: Database) -> list[str]:
            api.set_folder(database, chosen)
            return list(api.location_warnings(database))

        self.door.change(op, saved, failed, owner=self)
        return chosen

    def export_package(self, folder: Path | None = None) -> None:
        """Exportera synkpaket…: this computer's changes as a file, e.g. onto a USB stick."""
        if folder is None:
            name = file_dialogs.existing_directory(
                self.parent_widget, self.tr("Spara synkpaketet i mappen"), str(Path.home())
            )
            if not name:
                return
            folder = Path(name)
        target = folder
        self.door.long(
            self.parent_widget,
            self.tr("Skriver synkpaket…"),
            lambda database, _progress: api.export_package(database, target),
            self._exported,
            self._sync_failed,
            cancellable=False,
        )

    def _exported(self, report: api.ExportReport) -> None:
        self.refresh(now=True)
        if report.path is None:
            text = self.tr("Det fanns inga nya ändringar att skriva.")
        else:
            text = self.tr(
                "Ett synkpaket med %n ändringar sparades i mappen %1. Ta med filen till kontoret.",
                "",
                report.changes,
            ).replace("%1", str(report.path.parent))
        QMessageBox.information(self.parent_widget, self.tr("Exportera synkpaket"), text)
        self.exported.emit(report)

    def import_packages(self, paths: list[Path] | None = None) -> None:
        """Importera synkpaket…: files from a stick or an e-mail, each refused or applied whole."""
        if paths is None:
            names = file_dialogs.open_file_names(
                self.parent_widget,
                self.tr("Importera synkpaket"),
                str(Path.home()),
                self.tr("Synkpaket (*.tsync *.tsync.sealed)"),
            )
            if not names:
                return
            paths = [Path(n) for n in names]
        chosen = list(paths)

        def work(database: Database, progress: Any) -> tuple[api.SyncReport, dict[str, str]]:
            report = api.SyncReport(folder=chosen[0].parent, dry_run=False)
            for index, path in enumerate(chosen):
                progress(100 * index // len(chosen))
                try:
                    report.files.append(api.import_file(database, path))
                except DomainError as error:
                    # Another laptop's package is the office's to read, not an error here.
                    outcome = "ignored" if isinstance(error, api.NotForThisDevice) else "refused"
                    refused = api.ImportReport(path=path, outcome=outcome)
                    refused.message = error.message("sv") + " / " + error.message("en")
                    report.files.append(refused)
            return _with_names(database, report)

        def done(result: tuple[api.SyncReport, dict[str, str]]) -> None:
            report, names = result
            self._after_remote_changes(report)
            self._show_report(report, names, own_package=False)

        self.door.long(
            self.parent_widget,
            self.tr("Läser in synkpaket…"),
            work,
            done,
            self._sync_failed,
            cancellable=False,
        )

    # -- this device ---------------------------------------------------------------------
    def open_setup(self) -> SyncSetupDialog:
        """Ställ in säker synk…: the guided set-up of names, cards and fingerprints."""
        if self.setup_dialog is not None and shiboken6.isValid(self.setup_dialog):
            self.setup_dialog.close()
        dialog = SyncSetupDialog(self, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setup_dialog = dialog
        dialog.open()
        return dialog

    def rename_device(self, name: str | None = None) -> None:
        """Byt namn…: the name other computers see in conflicts and status (the host name a
        new database starts with is not offered: the field asks for a human name)."""
        if name is None:
            current = self.snapshot.status.device_name if self.snapshot is not None else ""
            if api.is_default_name(current):
                current = ""
            name, ok = QInputDialog.getText(
                self.parent_widget,
                self.tr("Byt namn på datorn"),
                self.tr("Namn som de andra datorerna ser, t.ex. Fältdator Gunilla:"),
                text=current,
            )
            if not ok:
                return
        chosen = name

        def refused(error: BaseException) -> None:
            if isinstance(error, DomainError):
                QMessageBox.warning(
                    self.parent_widget, "Trygghetsapp", error.message(self.language)
                )
            else:
                self.context.failed.emit(error)

        self.door.change(
            lambda database: api.rename_device(database, chosen),
            lambda _result: self.refresh(now=True),
            refused,
            owner=self,
        )

    def set_role(self, role: str) -> bool:
        """Fältdator or Kontor; asks first, since the office's packages acknowledge the others.
        False when the user said no (nothing is written)."""
        current = self.snapshot.status.role if self.snapshot is not None else None
        if role == current:
            return True
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Byt roll"),
            self.tr(
                "Ändra den här datorns roll till %1? Bara kommunens kontorsdator ska ha rollen "
                "Kontor: dess paket talar om för fältdatorerna vad kontoret har tagit emot."
            ).replace("%1", role_label(role)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.refresh(now=True)  # puts the combo back
            return False
        self.door.change(
            lambda database: api.set_role(database, role),
            lambda _result: self.refresh(now=True),
            self.context.failed.emit,
            owner=self,
        )
        return True


def _with_names(
    database: Database, report: api.SyncReport
) -> tuple[api.SyncReport, dict[str, str]]:
    """Computer names as known after the sync (on the worker), for clock warnings by name."""
    if not any(f.clock_warnings for f in report.files):
        return report, {}
    devices = api.sync_status(database).devices
    return report, {d.device_id: d.name for d in devices if d.name}

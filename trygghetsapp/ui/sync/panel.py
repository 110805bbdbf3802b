"""Synk: this computer's name and role, the sync folder, the buttons, and an honest status.

Honest means read from the log, never guessed: how many of our changes have been written to a
package, how many the office has confirmed, what is still waiting, and per computer what has
arrived and which changes are known to exist but have not come yet. Everything comes from the
controller's `SyncSnapshot`; the buttons call the controller, which does the work on the worker.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.ui.screen_fit import WholeHeaders
from trygghetsapp.ui.sync.labels import local_time, role_label, sv_or_en
from trygghetsapp.ui.sync.state import SyncSnapshot

if TYPE_CHECKING:
    from trygghetsapp.ui.sync.controller import SyncController


class DeviceCol(IntEnum):
    """The table of computers: its columns, in order."""

    NAME, ROLE, RECEIVED, HELD, MISSING, LAST_PACKAGE = range(6)


REFUSED_SHOWN = 5
"""Refused files listed in the panel, the newest first; the rest are counted."""


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SyncPanel(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self.controller = controller
        self.snapshot: SyncSnapshot | None = None

        device = QGroupBox(self.tr("Den här datorn"))
        device_form = QFormLayout(device)
        self.device_name = _label()
        self.device_name.setObjectName("deviceName")
        rename = QPushButton(self.tr("Byt namn…"))
        rename.clicked.connect(lambda: controller.rename_device())
        name_row = QHBoxLayout()
        name_row.addWidget(self.device_name, 1)
        name_row.addWidget(rename)
        device_form.addRow(self.tr("Namn:"), name_row)
        self.role = QComboBox()
        self.role.setObjectName("deviceRole")
        self.role.setAccessibleName(self.tr("Roll"))
        self.role.addItem(role_label("field"), "field")
        self.role.addItem(role_label("office"), "office")
        self.role.activated.connect(self._role_chosen)
        device_form.addRow(self.tr("Roll:"), self.role)
        setup = QPushButton(self.tr("Ställ in säker synk…"))
        setup.setObjectName("syncSetupButton")
        setup.setToolTip(
            self.tr("Namn, enhetskort och fingeravtryck: koppla ihop fältdatorer och kontoret")
        )
        setup.clicked.connect(lambda: controller.open_setup())
        device_form.addRow("", setup)

        folder = QGroupBox(self.tr("Synkmapp"))
        folder_column = QVBoxLayout(folder)
        self.folder = _label()
        self.folder.setObjectName("syncFolder")
        choose = QPushButton(self.tr("Välj synkmapp…"))
        choose.clicked.connect(lambda: controller.choose_folder())
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        folder_column.addLayout(folder_row)
        self.sync_button = QPushButton(self.tr("Synka nu"))
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(lambda: controller.sync_now())
        preview = QPushButton(self.tr("Förhandsgranska…"))
        preview.clicked.connect(lambda: controller.preview())
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(preview)
        buttons.addStretch(1)
        folder_column.addLayout(buttons)
        stick = QLabel(self.tr("Utan synkmapp, till exempel med ett USB-minne:"))
        stick.setWordWrap(True)
        folder_column.addWidget(stick)
        export = QPushButton(self.tr("Exportera synkpaket…"))
        export.clicked.connect(lambda: controller.export_package())
        import_ = QPushButton(self.tr("Importera synkpaket…"))
        import_.clicked.connect(lambda: controller.import_packages())
        stick_row = QHBoxLayout()
        stick_row.addWidget(export)
        stick_row.addWidget(import_)
        stick_row.addStretch(1)
        folder_column.addLayout(stick_row)

        self.warnings = _label()
        self.warnings.setObjectName("syncWarnings")
        self.warnings.setStyleSheet("color: #b00020;")

        left = QVBoxLayout()
        left.addWidget(device)
        left.addWidget(folder)
        left.addWidget(self.warnings)
        left.addStretch(1)

        status = QGroupBox(self.tr("Status"))
        status_form = QFormLayout(status)
        self.last_sync = _label()
        self.own = _label()
        self.own.setObjectName("ownChanges")
        self.office = _label()
        self.office.setObjectName("officeAcknowledged")
        self.conflicts = _label()
        self.last_export = _label()
        status_form.addRow(self.tr("Senast synkad:"), self.last_sync)
        status_form.addRow(self.tr("Senaste paket ut / in:"), self.last_export)
        status_form.addRow(self.tr("Egna ändringar:"), self.own)
        status_form.addRow(self.tr("Kontoret har tagit emot:"), self.office)
        status_form.addRow(self.tr("Öppna konflikter:"), self.conflicts)

        self.devices = QTableWidget(0, len(DeviceCol))
        self.devices.setObjectName("syncDevices")
        self.devices.setAccessibleName(self.tr("Datorer"))
        self.devices.setHorizontalHeaderLabels(
            [
                self.tr("Dator"),
                self.tr("Roll"),
                self.tr("Mottaget t.o.m. ändring"),
                self.tr("Väntar på tidigare"),
                self.tr("Saknas"),
                self.tr("Senaste paket"),
            ]
        )
        self.devices.verticalHeader().hide()
        self.devices.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.devices.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.devices.setTabKeyNavigation(False)  # Tab on to the next control
        self.devices.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.devices.horizontalHeader().setStretchLastSection(True)
        WholeHeaders(self.devices.horizontalHeader())  # no header cut off (issue 13)
        self.missing = _label()
        self.missing.setObjectName("syncMissing")
        self.refused = _label()
        self.refused.setObjectName("syncRefused")
        # In a box of at most ten lines: a long list ran under the status bar (user test).
        self.refused_box = QScrollArea()
        self.refused_box.setWidget(self.refused)
        self.refused_box.setWidgetResizable(True)
        self.refused_box.setFrameShape(QScrollArea.Shape.NoFrame)
        self.refused_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.refused_box.setMaximumHeight(self.fontMetrics().lineSpacing() * 10)

        right = QVBoxLayout()
        right.addWidget(status)
        right.addWidget(QLabel(self.tr("Datorer som synkar med den här:")))
        right.addWidget(self.devices, 1)
        right.addWidget(self.missing)
        right.addWidget(self.refused_box)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        if controller.snapshot is not None:
            self.set_snapshot(controller.snapshot)

    def _role_chosen(self, index: int) -> None:
        self.controller.set_role(str(self.role.itemData(index)))

    def set_snapshot(self, snapshot: SyncSnapshot) -> None:
        self.snapshot = snapshot
        language = self.controller.language
        status = snapshot.status
        self.device_name.setText(status.device_name)
        self.role.setCurrentIndex(max(0, self.role.findData(status.role)))
        self.folder.setText(
            str(snapshot.folder) if snapshot.folder else self.tr("Ingen synkmapp vald.")
        )
        self.warnings.setText("\n".join("⚠ " + sv_or_en(w, language) for w in status.warnings))
        self.warnings.setVisible(bool(status.warnings))
        never = self.tr("aldrig")
        self.last_sync.setText(local_time(status.last_sync) or never)
        self.last_export.setText(
            f"{local_time(status.last_export) or never} / {local_time(status.last_import) or never}"
        )
        own = (
            self.tr("%n ändringar gjorda här", "", status.last_seq)
            + ", "
            + self.tr("%n skickade i paket", "", status.exported_seq)
        )
        if status.pending_export:
            own += "; " + self.tr("%1 väntar på nästa synk").replace(
                "%1", str(status.pending_export)
            )
        self.own.setText(own)
        if status.role == "office":
            office = self.tr("Den här datorn är kontoret.")
        elif status.office_acknowledged is None:
            office = self.tr("Inget paket från kontoret ännu.")
        else:
            unconfirmed = max(0, status.last_seq - status.office_acknowledged)
            office = self.tr("t.o.m. ändring %1").replace("%1", str(status.office_acknowledged))
            if unconfirmed:
                office += " – " + self.tr("%n ändringar är inte bekräftade än", "", unconfirmed)
            else:
                office += " – " + self.tr("allt är bekräftat")
        self.office.setText(office)
        self.conflicts.setText(str(len(snapshot.conflicts)))
        self.devices.setRowCount(len(status.devices))
        for row, device in enumerate(status.devices):
            name = device.name or device.device_id[:8]
            if device.is_self:
                name += " " + self.tr("(den här datorn)")
            if device.clock_suspicious:
                name += " ⚠ " + self.tr("klockan går före")
            missing = ", ".join(f"{lo}–{hi}" for lo, hi in device.missing)
            cells = {
                DeviceCol.NAME: name,
                DeviceCol.ROLE: role_label(device.role),
                DeviceCol.RECEIVED: str(device.applied_seq),
                DeviceCol.HELD: str(device.held) if device.held else "",
                DeviceCol.MISSING: missing,
                DeviceCol.LAST_PACKAGE: local_time(device.last_package_at),
            }
            for column, text in cells.items():
                self.devices.setItem(row, column, QTableWidgetItem(text))
        gaps = [
            (
                self.tr("Ändring %1 från %3 har inte kommit än.")
                if lo == hi
                else self.tr("Ändringarna %1–%2 från %3 har inte kommit än.")
            )
            .replace("%1", str(lo))
            .replace("%2", str(hi))
            .replace("%3", device.name or device.device_id[:8])
            for device in status.devices
            for lo, hi in device.missing
        ]
        self.missing.setText("\n".join(gaps))
        self.missing.setVisible(bool(gaps))
        newest = status.refused_files[::-1][:REFUSED_SHOWN]  # kept oldest first
        refused = []
        for entry in newest:
            name, _sep, message = entry.partition(": ")
            refused.append(f"• {name}: {sv_or_en(message, language)}")
        older = len(status.refused_files) - len(newest)
        if older:
            refused.append(
                self.tr("… och %n äldre ('trygghetsapp sync status' visar alla)", "", older)
            )
        self.refused.setText(
            (self.tr("Avvisade filer:") + "\n" + "\n".join(refused)) if refused else ""
        )
        self.refused_box.setVisible(bool(refused))
        # As high as the list needs, up to the box's ten lines (then it scrolls).
        need = self.refused.heightForWidth(max(300, self.refused_box.viewport().width()))
        self.refused_box.setMinimumHeight(min(need, self.refused_box.maximumHeight()))

"""Säkerhetskopior: list the backups, make one now, and put one back.

Restoring replaces everything on this computer with the backup's content, so the question says
exactly that, and that the current state is saved first as a backup of its own (the way back).
Backup and restore run on the database worker: on a large database they take seconds. After a
restore the window reloads everything and the undo stack is emptied, since its commands refer to
a state that no longer exists.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.backups import BackupInfo
from trygghetsapp.ui import door as ops
from trygghetsapp.ui import file_dialogs
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.screen_fit import fit_to_screen


class Col(IntEnum):
    """The list's columns, in order."""

    TAKEN, KIND, SIZE = range(3)


def size_text(size: int) -> str:
    """Bytes as a Swedish reader expects them: 1,4 MB, 820 kB."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


class BackupsDialog(QDialog):
    """The list, *Säkerhetskopiera nu* and *Återställ…*; after a restore the whole window reads
    everything again (`AppContext.data_replaced`)."""

    restored = Signal(str)
    """Emitted after a restore with the status message the window was given."""

    listed = Signal()
    """The list of backups was read (again)."""

    second_folder_shown = Signal()
    """The second folder was read or changed, and is shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        self.context = context
        self.door = context.door
        self.infos: list[BackupInfo] = []
        self.table = QTableWidget(0, len(Col))
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Säkerhetskopior"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Datum och tid"), self.tr("Typ"), self.tr("Storlek")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab on to the buttons, arrows between rows
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Col.TAKEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.KIND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Col.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        intro = QLabel(
            self.tr(
                "Appen sparar en säkerhetskopia varje dag och före varje import som ändrar "
                "något, uppgradering och återställning. De 14 senaste dagliga behålls, och de "
                "10 senaste av varje annan sort, så importer trycker aldrig ut de dagliga."
            )
        )
        intro.setWordWrap(True)
        self.second_label = QLabel()
        self.second_label.setObjectName("secondFolderLabel")
        self.second_label.setWordWrap(True)
        self.second_button = QPushButton(self.tr("&Andra mapp…"))
        self.second_button.setToolTip(
            self.tr("Välj en mapp, t.ex. på ett USB-minne, som också får dagens säkerhetskopia")
        )
        self.second_off_button = QPushButton(self.tr("Ta &bort andra mapp"))
        self.second_button.clicked.connect(self.choose_second_folder)
        self.second_off_button.clicked.connect(lambda: self._set_second_folder(None))
        second = QHBoxLayout()
        second.addWidget(self.second_label, 1)
        second.addWidget(self.second_button)
        second.addWidget(self.second_off_button)
        self.backup_button = QPushButton(self.tr("&Säkerhetskopiera nu"))
        self.restore_button = QPushButton(self.tr("&Återställ…"))
        close_button = QPushButton(self.tr("Stäng"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(second)
        layout.addLayout(buttons)
        fit_to_screen(self, 620, 460)
        self.second_folder: Path | None = None
        self._show_second_folder(None)
        self.reload()
        self._load_second_folder()

    # -- the second folder (a USB stick that also gets the day's backup) ---------------------
    def _show_second_folder(self, folder: Path | None) -> None:
        self.second_folder = folder
        if folder is None:
            self.second_label.setText(
                self.tr("Ingen andra mapp: dagens kopia sparas bara på den här datorn.")
            )
        else:
            self.second_label.setText(
                self.tr("Dagens kopia sparas också i %1 (när mappen finns).").replace(
                    "%1", str(folder)
                )
            )
        self.second_off_button.setEnabled(folder is not None)
        self.second_folder_shown.emit()

    def _load_second_folder(self) -> None:
        self.door.query(ops.second_folder(), self._show_second_folder, self._failed, owner=self)

    def choose_second_folder(self) -> None:
        start = str(self.second_folder) if self.second_folder else str(Path.home())
        name = file_dialogs.existing_directory(
            self, self.tr("Välj en andra mapp för dagens säkerhetskopia"), start
        )
        if name:
            self._set_second_folder(Path(name))

    def _set_second_folder(self, folder: Path | None) -> None:
        self.door.change(
            ops.set_second_folder(folder), self._show_second_folder, self._failed, owner=self
        )

    def reason_text(self, reason: str) -> str:
        texts = {
            "daily": self.tr("Daglig"),
            "before-migration": self.tr("Före uppgradering"),
            "before-import": self.tr("Före import"),
            "before-restore": self.tr("Före återställning"),
            "manual": self.tr("Manuell"),
        }
        return texts.get(reason, self.tr("Annan"))

    def reload(self) -> None:
        """Read the list again (on the worker)."""
        self.door.query(ops.describe_backups(), self._show_list, self._list_failed, owner=self)

    def _show_list(self, infos: list[BackupInfo]) -> None:
        self.infos = infos
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            when = info.taken.strftime("%Y-%m-%d %H:%M:%S") if info.taken else info.path.name
            size = QTableWidgetItem(size_text(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, Col.TAKEN, QTableWidgetItem(when))
            self.table.setItem(row, Col.KIND, QTableWidgetItem(self.reason_text(info.reason)))
            self.table.setItem(row, Col.SIZE, size)
        if self.infos:
            self.table.selectRow(0)
        self._selection_changed()
        self.listed.emit()

    def _list_failed(self, error: BaseException) -> None:
        self._show_list([])
        self._tell(error)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def _busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)

    # -- actions ---------------------------------------------------------------------------
    def backup_now(self) -> None:
        self._busy(True)

        def done(_path: object) -> None:
            self._busy(False)
            self.reload()

        self.door.long(
            self,
            self.tr("Säkerhetskopierar…"),
            ops.backup_now(),
            done,
            self._failed,
            cancellable=False,
        )

    def confirm_text(self, info: BackupInfo) -> str:
        when = info.taken.strftime("%Y-%m-%d %H:%M") if info.taken else info.path.name
        return (
            self.tr(
                "Återställa databasen till läget den %1 (%2)?\n\n"
                "Allt som har ändrats på den här datorn efter det försvinner härifrån. "
                "Det nuvarande läget sparas först som en säkerhetskopia (Före återställning), "
                "så du kan gå tillbaka till det."
            )
            .replace("%1", when)
            .replace("%2", self.reason_text(info.reason))
        )

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Återställ säkerhetskopia"),
            self.confirm_text(info),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._busy(True)
        self.door.long(
            self,
            self.tr("Återställer…"),
            ops.restore_backup(info.path),
            self._restored,
            self._failed,
            cancellable=False,
        )

    def _restored(self, _safety: object) -> None:
        self._busy(False)
        self.reload()
        message = self.tr("Databasen är återställd från säkerhetskopian.")
        self.context.data_replaced(message)
        self.restored.emit(message)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.reload()
        self._tell(error)

    def _tell(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
        else:
            report_unexpected(error, self)

"""Skriv ut / exportera flera områden: many areas' documents at once, on the worker, cancellable.

The office prints every area's checklist before a storm season: 5,000 areas take minutes, so the
export runs on the database worker with a progress bar and Avbryt. One file per area into a folder
(finished files stay, each complete; the one being written when Avbryt is pressed is removed) or
one combined PDF with a bookmark per area (cancelled: nothing is written).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.reports import kinds
from trygghetsapp.services.readmodels import AreaListItem
from trygghetsapp.ui import door as ops
from trygghetsapp.ui import file_dialogs
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.door import ExportResult
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.print_preview import kind_labels
from trygghetsapp.ui.screen_fit import fit_to_screen
from trygghetsapp.ui.tasks import Cancelled


class BatchExportDialog(QDialog):
    """Which areas, which document, one file each or one combined; then the worker does it."""

    areas_loaded = Signal()
    """The list of areas to choose from is filled."""

    exported = Signal(object)
    """An export ended (the `ExportResult`, possibly cancelled), and the user was told."""

    def __init__(
        self,
        context: AppContext,
        current_area_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchExport")
        self.setWindowTitle(self.tr("Skriv ut / exportera flera områden"))
        self.context = context
        self.door = context.door
        self.current_area_id = current_area_id
        self.result_: ExportResult | None = None
        self.error: BaseException | None = None
        self.progress_dialog: QProgressDialog | None = None

        self.all_radio = QRadioButton(self.tr("&Alla områden (%1)").replace("%1", "…"))
        self.chosen_radio = QRadioButton(self.tr("&Valda områden i listan nedan"))
        self.which = QButtonGroup(self)
        self.which.addButton(self.all_radio)
        self.which.addButton(self.chosen_radio)
        self.area_list = QListWidget()
        self.area_list.setObjectName("areaChoice")
        self.area_list.setAccessibleName(self.tr("Områden"))
        self.area_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        (self.chosen_radio if current_area_id else self.all_radio).setChecked(True)

        self.kind_box = QComboBox()
        for code, label in kind_labels():
            self.kind_box.addItem(label, code)
        self.folder_radio = QRadioButton(self.tr("En PDF-fil per område i en &mapp"))
        self.combined_radio = QRadioButton(self.tr("En &samlad PDF med ett bokmärke per område"))
        self.target_kind = QButtonGroup(self)
        self.target_kind.addButton(self.folder_radio)
        self.target_kind.addButton(self.combined_radio)
        self.folder_radio.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("&Dokument:"), self.kind_box)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Exportera…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Områden</b>")))
        layout.addWidget(self.all_radio)
        layout.addWidget(self.chosen_radio)
        layout.addWidget(self.area_list, 1)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Utdata</b>")))
        layout.addWidget(self.folder_radio)
        layout.addWidget(self.combined_radio)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 560)
        self.export_button.setEnabled(False)  # until the areas are listed
        self.door.query(ops.list_areas(), self._show_areas, self._failed, owner=self)

    def _show_areas(self, areas: list[AreaListItem]) -> None:
        self.all_radio.setText(self.tr("&Alla områden (%1)").replace("%1", str(len(areas))))
        for area in areas:
            item = QListWidgetItem(area.name)
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            self.area_list.addItem(item)
            if area.id == self.current_area_id:
                item.setSelected(True)
                self.area_list.setCurrentItem(item)
        self.area_list.itemSelectionChanged.connect(lambda: self.chosen_radio.setChecked(True))
        self.export_button.setEnabled(True)
        self.areas_loaded.emit()

    def area_ids(self) -> list[str]:
        if self.all_radio.isChecked():
            return [
                str(self.area_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.area_list.count())
            ]
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in self.area_list.selectedItems()]

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def ask_target(self) -> Path | None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if self.folder_radio.isChecked():
            folder = file_dialogs.existing_directory(
                self, self.tr("Välj mapp för PDF-filerna"), start
            )
            return Path(folder) if folder else None
        stem = kinds.kind(self.kind()).file_stem
        name = file_dialogs.save_file_name(
            self,
            self.tr("Spara samlad PDF"),
            str(Path(start) / f"{stem}-alla.pdf"),
            self.tr("PDF-filer (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def export(self, target: Path | None = None) -> None:
        """Ask where (unless given), then run the export on the worker with progress and cancel."""
        ids = self.area_ids()
        if not ids:
            QMessageBox.information(
                self, "Trygghetsapp", self.tr("Markera minst ett område i listan.")
            )
            return
        target = target or self.ask_target()
        if target is None:
            return
        if self.folder_radio.isChecked():
            target.mkdir(parents=True, exist_ok=True)
        self.export_button.setEnabled(False)
        self.progress_dialog = self.door.long(
            self,
            (
                self.tr("Skapar %1 PDF för ett område…")
                if len(ids) == 1
                else self.tr("Skapar %1 PDF för %2 områden…")
            )
            .replace("%1", self.kind_box.currentText())
            .replace("%2", str(len(ids))),
            ops.export_pdfs(ids, self.kind(), target),
            self._done,
            self._failed,
        )

    def _done(self, result: ExportResult) -> None:
        self.result_ = result
        self.export_button.setEnabled(True)
        if result.cancelled:
            text = self.tr("Avbrutet. %1 av %2 PDF-filer hann sparas (varje fil är komplett).")
            text = text.replace("%1", str(len(result.written))).replace("%2", str(result.total))
            if not self.folder_radio.isChecked():
                text = self.tr("Avbrutet – ingen fil sparades.")
            QMessageBox.information(self, "Trygghetsapp", text)
            self.exported.emit(result)
            return
        if self.folder_radio.isChecked():
            text = (
                self.tr("1 PDF-fil sparad i %2.")
                if len(result.written) == 1
                else self.tr("%1 PDF-filer sparade i %2.")
            )
            where = result.written[0].parent if result.written else ""
            text = text.replace("%1", str(len(result.written))).replace("%2", str(where))
        else:
            text = self.tr("Samlad PDF sparad: %1").replace(
                "%1", str(result.written[0]) if result.written else ""
            )
        QMessageBox.information(self, "Trygghetsapp", text)
        self.exported.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self.export_button.setEnabled(True)
        if isinstance(error, Cancelled):
            QMessageBox.information(self, "Trygghetsapp", self.tr("Avbrutet – ingen fil sparades."))
        elif isinstance(error, DomainError):
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
        else:
            report_unexpected(error, self)

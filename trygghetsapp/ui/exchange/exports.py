"""Exportera: the workbook, the blank template, the county's report, GIS files, the residents'
web page and the notice-board posters, from the window.

One small dialog per kind says what the file is for and who it is for, offers the profile where
there is one (public unless internal is chosen: docs/privacy.md) and the options the command line
has, asks where to save, and writes on the database worker through the door (`door.export_file`;
the file appears whole or not at all: every writer writes a temporary and renames it in).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.ui import door as ops
from trygghetsapp.ui import file_dialogs
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.door import ExportChoice, ExportDone
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.screen_fit import fit_to_screen
from trygghetsapp.ui.tasks import Cancelled

KINDS = ("xlsx", "template", "county", "gis", "web", "poster")
GIS_FORMATS = ("gpkg", "geojson", "kml", "csv")
PUBLISHED = ("gis", "web", "poster")
"""The kinds built from a publication: they have a profile (public by default)."""


def suffix(choice: ExportChoice) -> str:
    if choice.kind in ("xlsx", "template", "county"):
        return ".xlsx"
    if choice.kind == "gis":
        return "." + choice.gis_format
    return ".html" if choice.kind == "web" else ".pdf"


def _texts(kind: str) -> tuple[str, str, str]:
    """(window title, what the file is and who it is for, suggested file name)."""
    table = {
        "xlsx": (
            QCoreApplication.translate("ExportDialog", "Exportera Excel-arbetsbok"),
            QCoreApplication.translate(
                "ExportDialog",
                "Allt i databasen i en Excel-arbetsbok: ett blad per slag, listval för "
                "kategorier och skick, översikten per område. Dolda id-kolumner gör att filen kan "
                "ändras i Excel och läsas in igen. Innehåller personuppgifter: för kommunens "
                "eget bruk.",
            ),
            "trygghetspunkter.xlsx",
        ),
        "template": (
            QCoreApplication.translate("ExportDialog", "Spara tom Excel-mall"),
            QCoreApplication.translate(
                "ExportDialog",
                "En tom arbetsbok med rätt blad och kolumner och listval, att fylla i och läsa "
                "in med Importera Excel-arbetsbok.",
            ),
            "trygghetspunkter-mall.xlsx",
        ),
        "county": (
            QCoreApplication.translate("ExportDialog", "Rapport till länsstyrelsen"),
            QCoreApplication.translate(
                "ExportDialog",
                "Trygghetspunkterna med kapacitet och reservkraft, koordinater i SWEREF 99 TM "
                "och WGS 84, som Excel-arbetsbok. Inga kontakter eller personer.",
            ),
            "rapport-lansstyrelsen.xlsx",
        ),
        "gis": (
            QCoreApplication.translate("ExportDialog", "Exportera för GIS"),
            QCoreApplication.translate(
                "ExportDialog",
                "Trygghetspunkterna för kartor: GeoPackage i SWEREF 99 TM för kommunens "
                "GIS-handläggare, GeoJSON för webbkartor, KML för Google Earth, CSV för Excel.",
            ),
            "trygghetspunkter",
        ),
        "web": (
            QCoreApplication.translate("ExportDialog", "Webbsida för invånarna"),
            QCoreApplication.translate(
                "ExportDialog",
                "En fristående webbsida (en fil) med varje trygghetspunkt, adress, vad den "
                "erbjuder och en karta. Kan läggas på kommunens webbplats som den är.",
            ),
            "trygghetspunkter.html",
        ),
        "poster": (
            QCoreApplication.translate("ExportDialog", "Affischer för anslagstavlan"),
            QCoreApplication.translate(
                "ExportDialog",
                "En affisch per trygghetspunkt, ”Här är din trygghetspunkt”, på svenska med en "
                "rad på engelska. En PDF med en sida per punkt.",
            ),
            "affischer.pdf",
        ),
    }
    return table[kind]


class ExportDialog(QDialog):
    """What the file is, the profile and options, where to save; then the worker writes it."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(kind)
        self.setObjectName(f"export:{kind}")
        self.context = context
        self.kind = kind
        self.done_: ExportDone | None = None
        self.error: BaseException | None = None
        self.progress_dialog: QProgressDialog | None = None
        title, about, self.suggested = _texts(kind)
        self.setWindowTitle(title)

        explanation = QLabel(about)
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        form = QFormLayout()

        self.format_box = QComboBox()
        self.format_box.setObjectName("gisFormat")
        for code, label in (
            ("gpkg", self.tr("GeoPackage (SWEREF 99 TM) – för GIS")),
            ("geojson", self.tr("GeoJSON (WGS 84) – för webbkartor")),
            ("kml", self.tr("KML (WGS 84) – för Google Earth")),
            ("csv", self.tr("CSV med semikolon – för Excel")),
        ):
            self.format_box.addItem(label, code)
        if kind == "gis":
            form.addRow(self.tr("&Format:"), self.format_box)
        self.paper_box = QComboBox()
        self.paper_box.setObjectName("paper")
        self.paper_box.addItem("A4", "A4")
        self.paper_box.addItem("A3", "A3")
        if kind == "poster":
            form.addRow(self.tr("Pappersstorle&k:"), self.paper_box)
        if form.rowCount():
            layout.addLayout(form)

        self.public_radio = QRadioButton(
            self.tr(
                "&Publik – för invånare och GIS: inga personuppgifter, inga nyckel-, Rakel- "
                "eller reservkraftsdetaljer"
            )
        )
        self.internal_radio = QRadioButton(
            self.tr(
                "&Intern – allt, även kontaktpersoner och nycklar: bara för kommunens eget bruk"
            )
        )
        self.profile_group = QButtonGroup(self)
        self.profile_group.addButton(self.public_radio)
        self.profile_group.addButton(self.internal_radio)
        self.public_radio.setChecked(True)
        self.planned_box = QCheckBox(self.tr("Ta med planera&de trygghetspunkter"))
        self.planned_box.setChecked(True)
        if kind in PUBLISHED:
            layout.addWidget(QLabel(self.tr("<b>Profil</b>")))
            layout.addWidget(self.public_radio)
            layout.addWidget(self.internal_radio)
            layout.addWidget(self.planned_box)
        self.internal_radio.toggled.connect(self._warn_internal)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        layout.addWidget(self.warning)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Spara…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # Wrapped texts need their height for the width they get, or a short dialog cuts them.
        width = max(620, layout.sizeHint().width())
        fit_to_screen(self, width, layout.totalHeightForWidth(width))

    def _warn_internal(self, internal: bool) -> None:
        self.warning.setText(
            self.tr(
                "Den interna filen innehåller personuppgifter och uppgifter om nycklar. "
                "Lägg den inte på webben och skicka den inte utanför kommunen."
            )
            if internal
            else ""
        )
        layout = self.layout()
        if layout is not None:  # room for the warning's lines, none cut off
            height = layout.totalHeightForWidth(self.width())
            fit_to_screen(self, self.width(), max(height, self.height()))

    def choice(self) -> ExportChoice:
        return ExportChoice(
            kind=self.kind,
            profile="internal" if self.internal_radio.isChecked() else "public",
            include_planned=self.planned_box.isChecked(),
            gis_format=str(self.format_box.currentData()),
            paper=str(self.paper_box.currentData()),
        )

    def ask_target(self, choice: ExportChoice) -> Path | None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        wanted = suffix(choice)
        name = Path(self.suggested).with_suffix(wanted).name
        if choice.profile == "internal":
            name = Path(name).stem + "-intern" + wanted
        chosen = file_dialogs.save_file_name(
            self,
            self.windowTitle(),
            str(Path(start) / name),
            self.tr("%1-filer (*%2)").replace("%1", wanted[1:].upper()).replace("%2", wanted),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == wanted else path.with_name(path.name + wanted)

    def export(self, target: Path | None = None) -> QProgressDialog | None:
        choice = self.choice()
        target = target or self.ask_target(choice)
        if target is None:
            return None
        self.save_button.setEnabled(False)
        self.progress_dialog = self.context.door.long(
            self,
            self.tr("Sparar %1…").replace("%1", target.name),
            ops.export_file(choice, target),
            self._done,
            self._failed,
        )
        return self.progress_dialog

    def _done(self, done: ExportDone) -> None:
        self.done_ = done
        self.save_button.setEnabled(True)
        if self.kind in ("xlsx", "template"):
            text = self.tr("Sparad: %1").replace("%1", str(done.path))
        else:
            profile = self.tr("intern") if done.profile == "internal" else self.tr("publik")
            text = (
                self.tr("Sparad: %1 (%n trygghetspunkter, profil: %3)", "", done.points)
                .replace("%1", str(done.path))
                .replace("%3", profile)
            )
        status = getattr(self.parentWidget(), "statusBar", None)
        if callable(status):
            status().showMessage(text, 15000)
        QMessageBox.information(self, "Trygghetsapp", text)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self.save_button.setEnabled(True)
        if isinstance(error, Cancelled):
            QMessageBox.information(self, "Trygghetsapp", self.tr("Avbrutet – ingen fil sparades."))
        elif isinstance(error, DomainError):
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
        else:
            report_unexpected(error, self)


def open_export(context: AppContext, kind: str, parent: QWidget) -> ExportDialog:
    dialog = ExportDialog(context, kind, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

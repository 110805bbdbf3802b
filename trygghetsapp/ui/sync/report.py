"""The report after *Synka nu* (or an imported package), and the preview before it.

Plain Swedish, numbers first: how many records are new, changed, in conflict, and each refused
file by name with the reason. The preview is the same report of a dry run, with *Synka nu* and
*Avbryt* instead of *Stäng*: nothing has changed until the user says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from trygghetsapp.sync import api
from trygghetsapp.ui.i18n import counted
from trygghetsapp.ui.sync.labels import sv_or_en

PACKAGE_NAME = re.compile(r"^[0-9A-Za-z-]{8,}-\d+-\d+-[0-9a-f]{8}\.tsync(\.sealed)?$")
"""The name the exporter gives a package (sync/package.py `package_name`)."""


class SyncReportDialog(QDialog):
    """Shown with open() (window-modal, not blocking): `accepted` on a preview means apply."""

    def __init__(
        self,
        report: api.SyncReport,
        language: str,
        parent: QWidget | None = None,
        own_package: bool = True,
        device_names: Mapping[str, str] | None = None,
    ):
        super().__init__(parent)
        self._own_package = own_package
        self._names = dict(device_names or {})
        self.setObjectName("syncReport")
        self.report = report
        preview = report.dry_run
        self.setWindowTitle(self.tr("Förhandsgranska synk") if preview else self.tr("Synk"))
        self.text = QLabel(self._html(report, language))
        self.text.setObjectName("syncReportText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        if preview:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setText(self.tr("Synka nu"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.resize(560, 380)

    def plain_text(self) -> str:
        """The report as the user reads it, without markup (tests, copy to clipboard)."""
        document = QTextDocument()
        document.setHtml(self.text.text())
        return document.toPlainText()

    def _html(self, report: api.SyncReport, language: str) -> str:
        lines: list[str] = []
        if report.dry_run:
            lines.append(
                "<b>"
                + self.tr("Förhandsgranskning: ingenting är ändrat än.")
                + "</b><br>"
                + self.tr("Så här skulle de nya paketen i synkmappen ändra dina uppgifter:")
            )
        else:
            lines.append("<b>" + self.tr("Synkningen är klar.") + "</b>")
        usable = report.imported
        if not report.files:
            lines.append(self.tr("Inga nya paket i synkmappen."))
        counts = [
            (self.tr("Nya poster"), report.new_records),
            (self.tr("Ändrade poster"), report.changed_records),
            (self.tr("Konflikter"), report.conflicts),
            (self.tr("Avvisade filer"), len(report.refused)),
        ]
        self.counts = {name: n for name, n in counts}
        rows = "".join(
            f"<tr><td>{escape(name)}:&nbsp;&nbsp;</td><td align='right'><b>{n}</b></td></tr>"
            for name, n in counts
        )
        if report.files:
            lines.append(f"<table>{rows}</table>")
        if usable:
            sources = sorted({f.source for f in usable if f.source})
            text = self.tr("Inlästa paket: %1").replace("%1", str(len(usable)))
            if sources:
                text += " " + self.tr("från %1").replace("%1", escape(", ".join(sources)))
            if len(usable) > 1 or report.dry_run:
                each = self.tr("Från %1: %2")
                items = "".join(
                    "<li>"
                    + each.replace("%1", escape(f.source or self.tr("en okänd dator"))).replace(
                        "%2",
                        counted(
                            new=f.new_records, changed=f.changed_records, conflicts=f.conflicts
                        ),
                    )
                    + "</li>"
                    for f in usable
                )
                text += f"<ul>{items}</ul>"
            lines.append(text)
        duplicates = [f for f in report.files if f.outcome == "duplicate"]
        if duplicates:
            skipped = self.tr("Redan inlästa paket som hoppades över: %1")
            lines.append(skipped.replace("%1", str(len(duplicates))))
        if report.ignored:
            lines.append(
                self.tr(
                    "Paket från andra fältdatorer lämnades kvar i mappen åt kontoret: %1. "
                    "Deras ändringar kommer hit genom kontorets paket."
                ).replace("%1", str(len(report.ignored)))
            )
        if report.conflicts and report.open_conflicts == 0:
            # Met in one package and settled by a later one (the office's decision came in the
            # same run): nothing to choose, and the Konflikter tab is empty.
            lines.append(self.tr("Konflikterna är redan avgjorda: det finns inget att välja."))
        elif report.conflicts:
            lines.append(
                self.tr(
                    "Konflikter: samma uppgift har ändrats på två datorer. Välj vilket värde som "
                    "ska gälla under fliken Konflikter."
                )
            )
        warnings = sorted({self._names.get(w, w) for f in report.files for w in f.clock_warnings})
        if warnings:
            lines.append(
                "⚠ "
                + self.tr(
                    "Klockan på %1 går mer än ett dygn före. Be användaren ställa klockan rätt."
                ).replace("%1", escape(", ".join(warnings)))
            )
        if report.refused:
            items = "".join(
                f"<li>{escape(self._which(f))}: {escape(sv_or_en(f.message, language))}</li>"
                for f in report.refused
            )
            lines.append(
                "⚠ "
                + self.tr("Dessa filer avvisades och ingenting i dem lästes in:")
                + f"<ul>{items}</ul>"
            )
        if self._own_package and not report.dry_run:
            exported = report.exported
            if exported is not None and exported.path is not None and not exported.changes:
                lines.append(
                    self.tr(
                        "Ett kvitto på det som kom fram lades i synkmappen, så att de andra "
                        "datorerna ser vad den här datorn har tagit emot."
                    )
                )
            elif exported is not None and exported.path is not None:
                lines.append(
                    self.tr(
                        "Dina %n ändringar lades i synkmappen. De andra datorerna får dem när "
                        "de synkar.",
                        "",
                        exported.changes,
                    )
                )
            else:
                lines.append(self.tr("Inga nya egna ändringar att skicka."))
        return "<br><br>".join(lines)

    def _which(self, item: api.ImportReport) -> str:
        """A refused file in words: who sent it; its name only when a person chose it (a
        package's own name is 60 characters of device id and hash that tell nobody anything)."""
        sender = item.source or self.tr("en okänd dator")
        if PACKAGE_NAME.match(item.path.name):
            return self.tr("Ett paket från %1").replace("%1", sender)
        return self.tr("Filen %1").replace("%1", item.path.name)

"""Importera Excel-arbetsbok: pick a file, see what it would do, write it all at once or nothing.

The coordinator's existing lists come in here. The wizard reads the file on the database worker
(`door.preview_import`, nothing written) and shows, before anything is written: how many rows
are new, changed and unchanged, every error of the file with its sheet, row and column, each
change as old -> new, and how each sheet and column was understood, with a drop-down for those
it did not know (the mapping step; *Granska igen* reads the file again with the choices, also
after the file was corrected in Excel). *Importera* is offered only for a file without errors and
writes exactly what the preview showed, in one transaction on the worker (progress, Avbryt rolls
everything back); the import is then one step on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QFont, QUndoCommand, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.logs import log_exception
from trygghetsapp.services.readmodels import Changes
from trygghetsapp.services.workbook.columns import SHEET_BY_KEY, SHEETS
from trygghetsapp.services.workbook.importer import (
    ImportPreview,
    ImportResult,
    ImportUndo,
    Overrides,
    SheetMapping,
)
from trygghetsapp.ui import door as ops
from trygghetsapp.ui import file_dialogs
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.door import LongOp
from trygghetsapp.ui.errors import report_unexpected
from trygghetsapp.ui.i18n import counted
from trygghetsapp.ui.screen_fit import fit_to_screen
from trygghetsapp.ui.tasks import Cancelled

SHOWN_ROWS = 2000
"""Rows listed per tab; a 50,000-row import is counted in full but not drawn row by row."""

NOT_READ = ""
"""The drop-downs' value for "do not read this sheet or column"."""


class ImportCommand(QUndoCommand):
    """The applied import as one undo step. Undo and redo run on the database worker, each one
    transaction with a progress bar (a 50,000-row import takes tens of seconds to take back;
    the window stays live and repaints, and is blocked by the progress dialog meanwhile)."""

    def __init__(
        self,
        context: AppContext,
        host: QWidget,
        text: str,
        result: ImportResult,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._host = host
        self._undo = result.undo
        self._changes = result.changes
        self._done_once = False
        self.running: QProgressDialog | None = None

    def redo(self) -> None:
        if not self._done_once:  # the import itself was the first do
            self._done_once = True
            self._context.notify(self._changes)
            return
        self._run(ops.redo_import, QCoreApplication.translate("ImportCommand", "Gör om…"))

    def undo(self) -> None:
        self._run(ops.undo_import, QCoreApplication.translate("ImportCommand", "Ångrar importen…"))

    def _run(
        self,
        replay: Callable[[ImportUndo], LongOp[Changes]],
        title: str,
    ) -> None:
        self.running = self._context.door.long(
            self._host,
            title,
            replay(self._undo),
            self._finished,
            self._failed,
            cancellable=False,
        )
        self.running.setRange(0, 100)  # a real bar: it reports how far it is

    def _finished(self, changes: Changes) -> None:
        self.running = None
        self._context.notify(changes)

    def _failed(self, error: BaseException) -> None:
        self.running = None
        if isinstance(error, DomainError):
            self._context.error.emit(error.message(self._context.language))
        else:
            log_exception(error)
            self._context.error.emit("")
        self._context.notify(Changes())


class MappingBox(QComboBox):
    """A drop-down in the mapping list that the mouse wheel does not turn while the list is
    scrolled past it (a coordinator scrolling would otherwise remap columns unseen)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the list scrolls instead


class XlsxImportWizard(QDialog):
    """File, preview (new, changed, errors, sheets and columns), then one transaction."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("xlsxImport")
        self.setWindowTitle(self.tr("Importera Excel-arbetsbok"))
        self.context = context
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.result_: ImportResult | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.sheet_choices: dict[str, str | None] = {}
        self.column_choices: dict[str, dict[str, str | None]] = {}
        self._english = context.language.startswith("en")

        self.file_label = QLabel(self.tr("Ingen fil vald."))
        self.file_label.setObjectName("xlsxFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Välj fil…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.summary = QLabel()
        self.summary.setObjectName("xlsxSummary")
        font = QFont(self.summary.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        self.advice = QLabel(
            self.tr(
                "Välj arbetsboken med kommunens listor: ett blad per slag (områden, "
                "trygghetspunkter, utrustning, kontakter, roller, kanaler), rubriker på svenska "
                "eller engelska. Inget skrivs förrän du har sett vad som ändras och tryckt "
                "Importera."
            )
        )
        self.advice.setObjectName("xlsxAdvice")
        self.advice.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("xlsxTabs")
        self.errors_tree = self._tree(
            "xlsxErrors", [self.tr("Blad"), self.tr("Rad"), self.tr("Kolumn"), self.tr("Fel")]
        )
        self.new_tree = self._tree("xlsxNew", [self.tr("Blad"), self.tr("Rad"), self.tr("Post")])
        self.changed_tree = self._tree(
            "xlsxChanged",
            [self.tr("Blad och rad / kolumn"), self.tr("Nu"), self.tr("Efter importen")],
        )
        self.mapping_tree = self._tree(
            "xlsxMapping", [self.tr("Blad / rubrik i filen"), self.tr("Läses som")]
        )
        self.changed_tree.setRootIsDecorated(True)
        self.mapping_tree.setRootIsDecorated(True)

        buttons = QDialogButtonBox()
        self.again_button = buttons.addButton(
            self.tr("&Granska igen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.again_button.setToolTip(
            self.tr("Läs filen igen, med dina val av blad och kolumner och med rättelser du gjort")
        )
        self.import_button = buttons.addButton(
            self.tr("&Importera"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = buttons.addButton(
            self.tr("Stäng"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.again_button.clicked.connect(lambda: self.load())
        self.import_button.clicked.connect(lambda: self.apply())
        self.close_button.clicked.connect(self.reject)
        self.again_button.setEnabled(False)
        self.import_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.advice)
        layout.addWidget(self.tabs, 1)
        self.filler = QWidget()  # keeps the texts at the top while there is no table
        layout.addWidget(self.filler, 1)
        layout.addWidget(buttons)
        self.tabs.hide()
        fit_to_screen(self, 960, 600)

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setHeaderLabels(headers)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setRootIsDecorated(False)  # flat lists; the two trees with levels turn it on
        tree.header().setStretchLastSection(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return tree

    # -- reading ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = file_dialogs.open_file_name(
            self,
            self.tr("Välj Excel-arbetsbok"),
            start,
            self.tr("Excel-arbetsböcker (*.xlsx *.xlsm);;Alla filer (*)"),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> QProgressDialog:
        """A new file: earlier choices of sheets and columns belonged to the old one."""
        self.path = path
        self.sheet_choices, self.column_choices = {}, {}
        self.file_label.setText(str(path))
        return self.load()

    def overrides(self) -> Overrides:
        return Overrides(
            sheets=dict(self.sheet_choices),
            columns={title: dict(chosen) for title, chosen in self.column_choices.items()},
        )

    def load(self) -> QProgressDialog:
        """Read the file on the worker (writes nothing) and show what an import would do."""
        assert self.path is not None
        path = self.path
        self._busy(True)
        self.progress_dialog = self.context.door.long(
            self,
            self.tr("Läser %1…").replace("%1", path.name),
            ops.preview_import(path, self.overrides()),
            self.show_preview,
            self._read_failed,
        )
        return self.progress_dialog

    def _busy(self, busy: bool) -> None:
        for button in (self.choose_button, self.again_button, self.import_button):
            button.setEnabled(not busy)
        if not busy:
            self.again_button.setEnabled(self.path is not None)
            ready = self.preview is not None and self.preview.ok
            self.import_button.setEnabled(
                bool(ready and self.preview and (self.preview.new or self.preview.changed))
            )

    def _read_failed(self, error: BaseException) -> None:
        """The whole file refused (damaged, not a workbook, a zip bomb ...): said in one line."""
        self.preview = None
        self.tabs.hide()
        self.filler.show()
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Avbrutet – filen lästes inte färdigt."))
            self.advice.setText(self.tr("Inget har skrivits."))
        elif isinstance(error, DomainError):
            self.summary.setText(
                self.tr("Filen kan inte läsas in: %1").replace(
                    "%1", error.message(self.context.language)
                )
            )
            self.advice.setText(
                self.tr(
                    "Inget har skrivits. Välj en annan fil, eller rätta den här och tryck "
                    "Granska igen."
                )
            )
        else:
            self.summary.setText(self.tr("Filen kunde inte läsas. Inget har skrivits."))
            self.advice.setText("")
            report_unexpected(error, self)
        self.summary.setStyleSheet("color: #b00020;")
        self._busy(False)

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        language = self.context.language
        errors = len(preview.errors) + preview.more_errors
        self.summary.setText(self._summary_text(preview))
        self.summary.setStyleSheet("color: #b00020;" if errors else "")
        if errors:
            advice = self.tr(
                "Filen har fel och kan inte importeras. Inget har skrivits. Rätta felen i "
                "Excel (blad, rad och kolumn står i listan), spara filen och tryck "
                "Granska igen."
            )
        elif preview.new or preview.changed:
            advice = self.tr(
                "Inget har skrivits ännu. Importera skriver allt på en gång; det kan ångras "
                "i ett steg med Ctrl+Z. Poster som saknas i filen tas inte bort."
            )
        else:
            advice = self.tr("Filen innehåller inget nytt: databasen har redan allt i den.")
        unread = [m.title for m in preview.mappings if m.how == "unknown"]
        if unread:
            advice += " " + self.tr(
                "Blad som inte läses: %1 (välj vad de är under Blad och kolumner)."
            ).replace("%1", ", ".join(unread))
        self.advice.setText(advice)
        self._fill_errors(preview, language)
        self._fill_new(preview)
        self._fill_changed(preview)
        self._fill_mapping(preview)
        self.tabs.clear()
        self.tabs.addTab(self.errors_tree, self.tr("Fel (%1)").replace("%1", str(errors)))
        self.tabs.addTab(self.new_tree, self.tr("Nya (%1)").replace("%1", str(len(preview.new))))
        self.tabs.addTab(
            self.changed_tree,
            self.tr("Ändrade (%1)").replace("%1", str(len(preview.changed))),
        )
        unknown = sum(
            1
            for m in preview.mappings
            if m.how == "unknown" or (m.sheet_key is not None and m.unknown_headers)
        )
        mapping_title = self.tr("Blad och kolumner")
        if unknown:
            mapping_title = self.tr("Blad och kolumner (%n okända)", "", unknown)
        self.tabs.addTab(self.mapping_tree, mapping_title)
        self.filler.hide()
        self.tabs.show()
        if errors:
            self.tabs.setCurrentWidget(self.errors_tree)
        elif preview.changed and not preview.new:
            self.tabs.setCurrentWidget(self.changed_tree)
        else:
            self.tabs.setCurrentWidget(self.new_tree)
        self._busy(False)
        (self.import_button if self.import_button.isEnabled() else self.again_button).setFocus()

    def _summary_text(self, preview: ImportPreview) -> str:
        errors = len(preview.errors) + preview.more_errors
        return counted(
            new=len(preview.new),
            changed=len(preview.changed),
            unchanged=preview.unchanged,
            errors=errors,
        )

    def _fill_errors(self, preview: ImportPreview, language: str) -> None:
        self.errors_tree.clear()
        english = language.startswith("en")
        items = []
        for error in preview.errors[:SHOWN_ROWS]:
            message = error.message_en if english else error.message_sv
            items.append(
                QTreeWidgetItem(
                    [error.sheet, str(error.row) if error.row else "", error.column, message]
                )
            )
        left = len(preview.errors) - SHOWN_ROWS + preview.more_errors
        if left > 0:
            items.append(
                QTreeWidgetItem(["", "", "", self.tr("… och %1 fel till").replace("%1", str(left))])
            )
        self.errors_tree.addTopLevelItems(items)
        for column in range(3):
            self.errors_tree.resizeColumnToContents(column)

    def _fill_new(self, preview: ImportPreview) -> None:
        self.new_tree.clear()
        items = [
            QTreeWidgetItem([change.sheet, str(change.row), change.label])
            for change in preview.new[:SHOWN_ROWS]
        ]
        if len(preview.new) > SHOWN_ROWS:
            items.append(
                QTreeWidgetItem(
                    [
                        "",
                        "",
                        self.tr("… och %1 till").replace("%1", str(len(preview.new) - SHOWN_ROWS)),
                    ]
                )
            )
        self.new_tree.addTopLevelItems(items)
        for column in range(2):
            self.new_tree.resizeColumnToContents(column)

    def _fill_changed(self, preview: ImportPreview) -> None:
        self.changed_tree.clear()
        row_word = self.tr("rad")
        items = []
        for change in preview.changed[:SHOWN_ROWS]:
            top = QTreeWidgetItem([f"{change.sheet} {row_word} {change.row} – {change.label}"])
            for field_change in change.changes:
                top.addChild(
                    QTreeWidgetItem([field_change.column, field_change.old, field_change.new])
                )
            items.append(top)
        if len(preview.changed) > SHOWN_ROWS:
            items.append(
                QTreeWidgetItem(
                    [self.tr("… och %1 till").replace("%1", str(len(preview.changed) - SHOWN_ROWS))]
                )
            )
        self.changed_tree.addTopLevelItems(items)
        self.changed_tree.expandAll()
        self.changed_tree.setColumnWidth(0, 320)
        self.changed_tree.setColumnWidth(1, 260)

    # -- the mapping step ------------------------------------------------------------------
    def _sheet_label(self, key: str) -> str:
        sheet = SHEET_BY_KEY[key]
        return sheet.en if self._english else sheet.sv

    def _fill_mapping(self, preview: ImportPreview) -> None:
        tree = self.mapping_tree
        tree.clear()
        counts = {c.sheet: c for c in preview.counts}
        for mapping in preview.mappings:
            if mapping.how == "ignored":
                continue  # the export's own list sheet: nothing for a person to decide
            top = QTreeWidgetItem([mapping.title])
            tree.addTopLevelItem(top)
            sheet_key = self.sheet_choices.get(mapping.title, mapping.sheet_key)
            combo = MappingBox()
            combo.setObjectName(f"sheet:{mapping.title}")
            combo.setAccessibleName(self.tr("Bladet %1 läses som").replace("%1", mapping.title))
            combo.addItem(self.tr("– läses inte –"), NOT_READ)
            for sheet in SHEETS:
                combo.addItem(self._sheet_label(sheet.key), sheet.key)
            combo.setCurrentIndex(max(0, combo.findData(sheet_key or NOT_READ)))
            combo.currentIndexChanged.connect(
                lambda _i, title=mapping.title, box=combo: self._sheet_chosen(title, box)
            )
            tree.setItemWidget(top, 1, combo)
            count = counts.get(mapping.title)
            if count is not None:
                top.setToolTip(
                    0, counted(new=count.new, changed=count.changed, unchanged=count.unchanged)
                )
            self._fill_columns(top, mapping, sheet_key)
        tree.expandAll()
        tree.setColumnWidth(0, 360)

    def _fill_columns(
        self, top: QTreeWidgetItem, mapping: SheetMapping, sheet_key: str | None
    ) -> None:
        chosen = self.column_choices.get(mapping.title, {})
        for column in mapping.columns:
            child = QTreeWidgetItem([column.header])
            top.addChild(child)
            combo = MappingBox()
            combo.setObjectName(f"column:{mapping.title}:{column.header}")
            combo.setAccessibleName(self.tr("Kolumnen %1 läses som").replace("%1", column.header))
            combo.addItem(self.tr("– läses inte –"), NOT_READ)
            if sheet_key is not None:
                for known in SHEET_BY_KEY[sheet_key].columns:
                    combo.addItem(known.en if self._english else known.sv, known.key)
            key = chosen.get(column.header, column.key)
            combo.setCurrentIndex(max(0, combo.findData(key or NOT_READ)))
            combo.setEnabled(sheet_key is not None)
            if key is None and sheet_key is not None:
                child.setForeground(0, Qt.GlobalColor.darkRed)
                child.setToolTip(0, self.tr("Rubriken känns inte igen; välj vad kolumnen är"))
            combo.currentIndexChanged.connect(
                lambda _i, title=mapping.title, header=column.header, box=combo, item=child: (
                    self._column_chosen(title, header, box, item)
                )
            )
            self.mapping_tree.setItemWidget(child, 1, combo)

    def _sheet_chosen(self, title: str, combo: QComboBox) -> None:
        key = _chosen(combo)
        self.sheet_choices[title] = key
        self.column_choices.pop(title, None)  # another kind of sheet: other columns
        preview = self.preview
        if preview is None:
            return
        mapping = next(m for m in preview.mappings if m.title == title)
        top = next(
            self.mapping_tree.topLevelItem(i)
            for i in range(self.mapping_tree.topLevelItemCount())
            if self.mapping_tree.topLevelItem(i).text(0) == title
        )
        for i in range(top.childCount()):
            old = self.mapping_tree.itemWidget(top.child(i), 1)
            if old is not None:
                old.setObjectName("")
                old.deleteLater()
        top.takeChildren()
        self._fill_columns(top, mapping, key)
        top.setExpanded(True)
        self._choices_changed()

    def _column_chosen(
        self, title: str, header: str, combo: QComboBox, item: QTreeWidgetItem
    ) -> None:
        key = _chosen(combo)
        self.column_choices.setdefault(title, {})[header] = key
        if key is not None:  # chosen: no longer a header to worry about
            item.setData(0, Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip(0, "")
        self._choices_changed()

    def _choices_changed(self) -> None:
        """A choice is not a preview: Importera waits until the file was read with it."""
        self.import_button.setEnabled(False)
        self.advice.setText(self.tr("Du har ändrat hur filen läses. Tryck Granska igen."))
        self.again_button.setDefault(True)

    # -- writing ---------------------------------------------------------------------------
    def apply(self) -> QProgressDialog | None:
        """Write what the preview showed, in one transaction on the worker; Avbryt undoes it."""
        preview = self.preview
        if preview is None or not preview.ok:
            return None
        self._busy(True)
        self.progress_dialog = self.context.door.long(
            self,
            self.tr("Importerar %1…").replace("%1", preview.path.name),
            ops.apply_import(preview),
            self._applied,
            self._apply_failed,
        )
        return self.progress_dialog

    def _applied(self, result: ImportResult) -> None:
        self.result_ = result
        host = self.parentWidget() or self
        self.context.undo_stack.push(
            ImportCommand(
                self.context,
                host,
                self.tr("Import från %1").replace("%1", result.preview.path.name),
                result,
            )
        )  # its first redo only tells the views
        parent = self.parentWidget()
        message = self.tr("Importen är klar: %1. Ångra med Ctrl+Z.").replace(
            "%1", counted(new=result.added, changed=result.updated)
        )
        status = getattr(parent, "statusBar", None)
        if callable(status):
            status().showMessage(message, 15000)
        self.summary.setText(message)
        self.accept()

    def _apply_failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Avbrutet – inget ändrades."))
            self.summary.setStyleSheet("")
            self.advice.setText(self.tr("Tryck Importera för att försöka igen."))
        elif isinstance(error, DomainError):
            # The file or the data changed since the preview: read it again before writing.
            self.summary.setText(error.message(self.context.language))
            self.summary.setStyleSheet("color: #b00020;")
            self.advice.setText(self.tr("Inget har skrivits. Tryck Granska igen."))
            self.import_button.setEnabled(False)
        else:
            report_unexpected(error, self)


def _chosen(combo: QComboBox) -> str | None:
    data = combo.currentData()
    return str(data) if data else None


def open_wizard(context: AppContext, parent: QWidget) -> XlsxImportWizard:
    wizard = XlsxImportWizard(context, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard

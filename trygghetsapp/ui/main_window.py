"""The main window: a thin shell. Area list left, the area's tabs right, the overview beside.

It owns no data logic: tabs and panels load through the services, actions come from `actions.py`,
settings from `settings.py`. On a language change it rebuilds its widgets (they are cheap and load
lazily), keeping the open area, the tab and the undo stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services import areas, demo, transfer
from trygghetsapp.services.readmodels import Changes
from trygghetsapp.services.start_view import StartRow, StartView
from trygghetsapp.ui import commands, file_dialogs
from trygghetsapp.ui import settings as keys
from trygghetsapp.ui import window_texts as texts
from trygghetsapp.ui.actions import EXPORTS, Act, build_actions
from trygghetsapp.ui.area_list import AreaListPanel
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.dialogs import RecordDialog, confirm_delete
from trygghetsapp.ui.errors import report_unexpected, unexpected_message
from trygghetsapp.ui.form import FieldSpec
from trygghetsapp.ui.frame import HandOver, area_splitter, area_title_label, modes_tabs
from trygghetsapp.ui.i18n import Translations, system_language
from trygghetsapp.ui.overview import OverviewPanel
from trygghetsapp.ui.readiness import COLOURS, badge
from trygghetsapp.ui.sync_conflicts import ConflictsPanel
from trygghetsapp.ui.sync_controller import SyncController
from trygghetsapp.ui.sync_panel import SyncPanel
from trygghetsapp.ui.tabs.base import AreaTab, select_id
from trygghetsapp.ui.tabs.channels import ChannelsTab
from trygghetsapp.ui.tabs.contacts import ContactsTab
from trygghetsapp.ui.tabs.equipment import EquipmentTab
from trygghetsapp.ui.tabs.inspection import InspectionTab
from trygghetsapp.ui.tabs.roles import RolesTab
from trygghetsapp.ui.tabs.safety_point import SafetyPointTab
from trygghetsapp.ui.tasks import Cancelled, DatabaseWorker, Progress, run_with_progress

if TYPE_CHECKING:  # the dialogs load reportlab and PDFium: imported when first opened, not at start
    from trygghetsapp.ui.backups_dialog import BackupsDialog
    from trygghetsapp.ui.batch_export import BatchExportDialog
    from trygghetsapp.ui.exchange.exports import ExportDialog
    from trygghetsapp.ui.exchange.xlsx_wizard import XlsxImportWizard
    from trygghetsapp.ui.print_preview import PrintPreviewDialog

TAB_KEYS = texts.AREA_TAB_KEYS


class MainWindow(QMainWindow):
    """Everything the user sees; built from the context, settings, worker and translations."""

    language_changed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        settings: QSettings,
        worker: DatabaseWorker,
        translations: Translations,
    ) -> None:
        super().__init__()
        self.context = context
        self.settings = settings
        self.worker = worker
        self.translations = translations
        self.area_id: str | None = None
        self.setObjectName("mainWindow")
        self.setMinimumSize(900, 560)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        context.error.connect(self.show_error)
        context.changed.connect(self._on_changed)
        context.undo_stack.cleanChanged.connect(self._clean_changed)
        self.sync = SyncController(self, self)
        self.sync.snapshot_changed.connect(self._sync_snapshot)
        self._build()
        self._restore()
        self.sync.refresh()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self._built_language = self.translations.language
        self.actions_ = build_actions(self)
        self._build_menus()
        self.area_panel = AreaListPanel(self.context.database, worker=self.worker)
        self.area_title = area_title_label()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("areaTabs")
        self.area_tabs: dict[str, AreaTab] = {
            "point": SafetyPointTab(self.context),
            "equipment": EquipmentTab(self.context),
            "contacts": ContactsTab(self.context, self.worker),
            "roles": RolesTab(self.context),
            "channels": ChannelsTab(self.context),
            "inspection": InspectionTab(self.context),
        }
        titles = texts.area_tab_titles()
        for key in TAB_KEYS:
            self.tabs.addTab(self.area_tabs[key], titles[key])
        self.splitter = area_splitter(self.area_panel, self.area_title, self.tabs)
        self.overview = OverviewPanel(self.context, self.worker)
        self.modes = modes_tabs()
        self.sync_panel = SyncPanel(self.sync)
        self.conflicts_panel = ConflictsPanel(self.context)
        modes = (self.splitter, self.overview, self.sync_panel, self.conflicts_panel)
        for widget, title in zip(modes, texts.mode_titles(), strict=True):
            self.modes.addTab(widget, title)
        self.conflicts_panel.open_record.connect(self.open_gap)
        self.conflicts_panel.resolved.connect(self._conflict_resolved)
        if self.sync.snapshot is not None:
            self._sync_snapshot(self.sync.snapshot)
        self.setCentralWidget(self.modes)
        self.area_panel.area_selected.connect(self.open_area)
        self.area_panel.new_area_requested.connect(self.new_area)
        self.overview.open_gap.connect(self.open_gap)
        self.overview.open_contact.connect(self.open_contact)
        self._update_title()
        self._show_area_header()

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        bar.clear()
        file_title, edit_title, view_title, sync_title, language_title = texts.menu_titles()
        file_menu = bar.addMenu(file_title)
        file_menu.addActions([a[Act.NEW_AREA], a[Act.DELETE_AREA]])
        file_menu.addSeparator()
        file_menu.addActions([a[Act.IMPORT_XLSX], a[Act.IMPORT_JSON], a[Act.LOAD_DEMO]])
        export_menu = file_menu.addMenu(self.tr("Exportera"))
        export_menu.addActions([a[act] for act in EXPORTS])
        file_menu.addSeparator()
        file_menu.addActions([a[Act.PRINT_PREVIEW], a[Act.PRINT_BATCH]])
        file_menu.addSeparator()
        file_menu.addAction(a[Act.BACKUPS])
        file_menu.addSeparator()
        file_menu.addAction(a[Act.QUIT])
        edit_menu = bar.addMenu(edit_title)
        edit_menu.addActions([a[Act.UNDO], a[Act.REDO]])
        edit_menu.addSeparator()
        edit_menu.addActions([a[Act.NEW], a[Act.EDIT], a[Act.DELETE]])
        edit_menu.addSeparator()
        edit_menu.addAction(a[Act.SEARCH])
        view_menu = bar.addMenu(view_title)
        view_menu.addActions([a[Act.SHOW_AREA], a[Act.SHOW_OVERVIEW]])
        view_menu.addActions([a[Act.SHOW_SYNC], a[Act.SHOW_CONFLICTS]])
        sync_menu = bar.addMenu(sync_title)
        sync_menu.addActions([a[Act.SYNC_NOW], a[Act.SYNC_PREVIEW]])
        sync_menu.addSeparator()
        sync_menu.addAction(a[Act.SYNC_FOLDER])
        sync_menu.addActions([a[Act.SYNC_EXPORT], a[Act.SYNC_IMPORT]])
        language_menu = bar.addMenu(language_title)
        language_menu.addActions([a[Act.LANG_SV], a[Act.LANG_EN], a[Act.LANG_SYSTEM]])
        saved = keys.get_str(self.settings, keys.LANGUAGE, "system")
        a[Act.LANG_SV].setChecked(saved == "sv")
        a[Act.LANG_EN].setChecked(saved == "en")
        a[Act.LANG_SYSTEM].setChecked(saved not in ("sv", "en"))
        stack = self.context.undo_stack
        a[Act.UNDO].triggered.connect(stack.undo)
        a[Act.REDO].triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a[Act.UNDO].setEnabled)
        stack.canRedoChanged.connect(a[Act.REDO].setEnabled)
        a[Act.UNDO].setEnabled(stack.canUndo())
        a[Act.REDO].setEnabled(stack.canRedo())
        # The menu says what will be undone: "Ångra Ta bort Elverk".
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self._undo_text(stack.undoText())
        self._redo_text(stack.redoText())
        a[Act.NEW_AREA].triggered.connect(self.new_area)
        a[Act.DELETE_AREA].triggered.connect(self.delete_area)
        a[Act.LOAD_DEMO].triggered.connect(lambda: self.load_demo())
        a[Act.IMPORT_JSON].triggered.connect(lambda: self.import_json())
        a[Act.IMPORT_XLSX].triggered.connect(lambda: self.import_xlsx())
        for act, kind in EXPORTS.items():
            a[act].triggered.connect(lambda _checked=False, kind=kind: self.export_file(kind))
        a[Act.PRINT_PREVIEW].triggered.connect(lambda: self.print_preview())
        a[Act.PRINT_BATCH].triggered.connect(lambda: self.export_many())
        a[Act.BACKUPS].triggered.connect(lambda: self.show_backups())
        a[Act.QUIT].triggered.connect(self.close)
        a[Act.NEW].triggered.connect(lambda: self._current_tab_do("new_record"))
        a[Act.EDIT].triggered.connect(lambda: self._current_tab_do("edit_current"))
        a[Act.DELETE].triggered.connect(lambda: self._current_tab_do("delete_current"))
        a[Act.SEARCH].triggered.connect(self.focus_search)
        a[Act.SHOW_AREA].triggered.connect(lambda: self.modes.setCurrentIndex(0))
        a[Act.SHOW_OVERVIEW].triggered.connect(lambda: self.modes.setCurrentIndex(1))
        a[Act.SHOW_SYNC].triggered.connect(lambda: self.modes.setCurrentWidget(self.sync_panel))
        a[Act.SHOW_CONFLICTS].triggered.connect(self.show_conflicts)
        a[Act.SYNC_NOW].triggered.connect(lambda: self.sync.sync_now())
        a[Act.SYNC_PREVIEW].triggered.connect(lambda: self.sync.preview())
        a[Act.SYNC_FOLDER].triggered.connect(lambda: self.sync.choose_folder())
        a[Act.SYNC_EXPORT].triggered.connect(lambda: self.sync.export_package())
        a[Act.SYNC_IMPORT].triggered.connect(lambda: self.sync.import_packages())
        a[Act.LANG_SV].triggered.connect(lambda: self.set_language("sv"))
        a[Act.LANG_EN].triggered.connect(lambda: self.set_language("en"))
        a[Act.LANG_SYSTEM].triggered.connect(lambda: self.set_language("system"))

    def _undo_text(self, text: str) -> None:
        label = self.tr("Ångra %1").replace("%1", text) if text else self.tr("Ångra")
        self.actions_[Act.UNDO].setText(label)

    def _redo_text(self, text: str) -> None:
        label = self.tr("Gör om %1").replace("%1", text) if text else self.tr("Gör om")
        self.actions_[Act.REDO].setText(label)

    def _rebuild(self) -> None:
        """After a language change: new widgets with new texts, same area, tab and mode."""
        area_id, tab, mode = self.area_id, self.tabs.currentIndex(), self.modes.currentIndex()
        old = self.centralWidget()
        for action in self.actions_.values():
            action.deleteLater()
        self._build()
        if old is not None:
            old.deleteLater()
        self.modes.setCurrentIndex(mode)
        if area_id is not None:
            self.show_area(area_id)
        self.tabs.setCurrentIndex(tab)
        self.sync.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Qt sends LanguageChange for every translator installed, also at start-up: rebuild only
        # when the language really moved.
        if (
            event.type() == QEvent.Type.LanguageChange
            and hasattr(self, "modes")
            and self.translations.language != self._built_language
        ):
            self._rebuild()

    # -- areas ---------------------------------------------------------------------------
    def open_area(self, area_id: str) -> None:
        self.area_id = area_id
        self.settings.setValue(keys.LAST_AREA, area_id)
        self._show_area_header()
        for tab in self.area_tabs.values():
            tab.set_area(area_id)

    def take_over(self, handed: HandOver) -> None:
        """Take the start window's place, search, tab, picked area and focus, and show.

        The search first, so the picked area is highlighted in the list it belongs to; focus is
        taken only if the start window had it (the user may have turned to another program)."""
        self.restoreGeometry(handed.geometry)
        self.splitter.restoreState(handed.splitter)
        if handed.minimized:
            self.showMinimized()
        else:
            self.show()
        search = self.area_panel.search
        if handed.search:
            search.setText(handed.search)
            self.area_panel.apply_search()
        if handed.picked_area is not None:
            self.show_area(handed.picked_area, load_through=True)
        self.tabs.setCurrentIndex(handed.tab)
        if handed.search_focused:  # the caret where it was, so the next keystroke continues
            search.setFocus()
            search.setCursorPosition(handed.cursor)
        if handed.active:
            self.activateWindow()

    def show_area(self, area_id: str, load_through: bool = False) -> None:
        """Open an area, highlighted in the list when it is on a loaded page (or, with
        `load_through`, after loading the pages down to it: see `AreaListPanel.select_area`)."""
        if not self.area_panel.select_area(area_id, load_through):  # selecting emits open_area
            self.open_area(area_id)

    def _show_area_header(self) -> None:
        if self.area_id is None:
            self.area_title.setText(texts.no_area_title())
            self.tabs.setEnabled(False)
            return
        self.tabs.setEnabled(True)
        try:
            area = areas.get_area(self.context.database, self.area_id)
        except DomainError:
            self.area_id = None
            self._show_area_header()
            return
        villages = ", ".join(area.villages)
        self.area_title.setText(area.name + (f" – {villages}" if villages else ""))

    def open_gap(self, area_id: str, tab_key: str) -> None:
        """From the overview: show the area, on the tab holding the gap, with focus on it."""
        self.modes.setCurrentIndex(0)
        if self.area_id != area_id:
            self.show_area(area_id)
        tab = self.area_tabs.get(tab_key, self.area_tabs["point"])
        self.tabs.setCurrentWidget(tab)
        tab.focus_gap()

    def open_contact(self, area_id: str, contact_id: str) -> None:
        """From the overview's review list: that person's row on the area's Kontakter tab."""
        self.open_gap(area_id, "contacts")
        table = getattr(self.area_tabs["contacts"], "table", None)
        if table is not None:
            select_id(table, contact_id)
            table.setFocus()

    def new_area(self) -> None:
        db = self.context.database
        specs = [
            FieldSpec("name", self.tr("Namn"), required=True),
            FieldSpec("villages", self.tr("Byar (kommaseparerade)"), "list"),
        ]
        created: list[str] = []

        def submit(values: dict[str, Any]) -> None:
            created.append(
                commands.push_create(
                    self.context,
                    self.tr("Nytt område"),
                    lambda: areas.create_area(db, values),
                    lambda i: areas.delete_area(db, i),
                    lambda i: areas.restore_area(db, i),
                )
            )

        dialog = RecordDialog(
            self.tr("Nytt område"), specs, submit, self.context.language, parent=self
        )
        if dialog.exec() and created:
            self.show_area(created[0])
            self.modes.setCurrentIndex(0)
            self.tabs.setCurrentWidget(self.area_tabs["point"])

    def delete_area(self) -> None:
        """The whole area goes (a tombstone); Ctrl+Z brings it back with everything in it."""
        area_id = self.area_id
        if area_id is None:
            return
        db = self.context.database
        name = areas.get_area(db, area_id).name
        if not confirm_delete(self, name):
            return
        commands.push_delete(
            self.context,
            self.tr("Ta bort %1").replace("%1", name),
            lambda: areas.delete_area(db, area_id),
            lambda: areas.restore_area(db, area_id),
            "area",
        )

    def focus_search(self) -> None:
        """Ctrl+F: the overview's filter when the overview is shown, else the area search."""
        target = self.overview.filter if self.modes.currentIndex() == 1 else self.area_panel.search
        target.setFocus()
        target.selectAll()

    def current_tab(self) -> AreaTab:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, AreaTab)
        return widget

    def _current_tab_do(self, method: str) -> None:
        if self.modes.currentIndex() != 0 or self.area_id is None:
            return
        getattr(self.current_tab(), method)()

    # -- sync ----------------------------------------------------------------------------
    def show_conflicts(self) -> None:
        self.modes.setCurrentWidget(self.conflicts_panel)

    def _sync_snapshot(self, snapshot: Any) -> None:
        self.sync_panel.set_snapshot(snapshot)
        self.conflicts_panel.set_snapshot(snapshot)
        count = len(snapshot.conflicts)
        title = self.tr("Konflikter (%1)").replace("%1", str(count)) if count else None
        self.modes.setTabText(
            self.modes.indexOf(self.conflicts_panel), title or texts.mode_titles()[3]
        )

    def _conflict_resolved(self) -> None:
        self.statusBar().showMessage(
            self.tr("Konflikten är löst. Ditt val skickas med nästa synk."), 8000
        )
        self.sync.refresh(now=True)

    def _on_changed(self, changes: Changes) -> None:
        self.sync.local_edit(changes)
        if not changes.entities or changes.touches("area"):
            self.overview.invalidate()
        elif self.area_id is not None:
            self.overview.area_changed(self.area_id)
        if not changes.entities or changes.touches(
            "area",
            "safety_point",
            "equipment_item",
            "role_assignment",
            "contact",
            "info_channel",
            "inspection",
        ):
            self.area_panel.refresh()
            if self.area_id is not None:
                self._show_area_header()  # sets area_id to None when the area is gone
                if self.area_id is None:
                    # The open area was deleted (or its creation undone): nothing to show.
                    # (Not "no row selected": the area may lie beyond the loaded pages.)
                    for tab in self.area_tabs.values():
                        tab.set_area(None)

    # -- language ------------------------------------------------------------------------
    def set_language(self, choice: str) -> None:
        self.settings.setValue(keys.LANGUAGE, choice)
        language = system_language() if choice == "system" else choice
        self.context.language = language
        self.translations.install(language)
        # Qt posts LanguageChange to every widget; rebuild now so the switch is immediate, and
        # changeEvent then sees the language already built and does nothing.
        if language != self._built_language:
            self._rebuild()
        self.language_changed.emit(language)

    # -- long work on the worker ---------------------------------------------------------
    def load_demo(self, scale: int = 0) -> Any:
        db = self.context.database

        def work(progress: Progress) -> Any:
            total = max(scale, 1)
            return demo.load_demo(db, scale=scale, progress=lambda n: progress(100 * n // total))

        return run_with_progress(
            self.worker,
            self,
            self.tr("Läser in demodata…"),
            work,
            lambda _counts: self.long_work_done(self.tr("Demodata inläst.")),
            self.long_work_failed,
        )

    def import_json(self, path: Path | None = None) -> Any:
        if path is None:
            name = file_dialogs.open_file_name(
                self, self.tr("Importera JSON-fil"), "", self.tr("JSON-filer (*.json)")
            )
            if not name:
                return None
            path = Path(name)
        db = self.context.database
        chosen = path
        return run_with_progress(
            self.worker,
            self,
            self.tr("Importerar %1…").replace("%1", chosen.name),
            lambda _progress: transfer.import_file(db, chosen),
            lambda _counts: self.long_work_done(self.tr("Importen är klar.")),
            self.long_work_failed,
            cancellable=False,
        )

    # -- print, batch export, backups (dialogs of their own; opened window-modal) ---------
    def print_preview(self) -> PrintPreviewDialog | None:
        """Ctrl+P: the open area's document, previewed, saved or printed."""
        if self.area_id is None:
            self.statusBar().showMessage(self.tr("Välj ett område först."), 8000)
            return None
        from trygghetsapp.ui.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(self.context, self.worker, self.area_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_many(self) -> BatchExportDialog:
        from trygghetsapp.ui.batch_export import BatchExportDialog

        dialog = BatchExportDialog(self.context, self.worker, self.area_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_xlsx(self, path: Path | None = None) -> XlsxImportWizard:
        """The Excel import wizard (ui/exchange): asks for the file unless given one."""
        from trygghetsapp.ui.exchange.xlsx_wizard import open_wizard

        wizard = open_wizard(self.context, self.worker, self)
        if path is None:
            wizard.choose_file()
        else:
            wizard.open_file(path)
        return wizard

    def export_file(self, kind: str) -> ExportDialog:
        from trygghetsapp.ui.exchange.exports import open_export

        return open_export(self.context, self.worker, kind, self)

    def show_backups(self) -> BackupsDialog:
        from trygghetsapp.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context, self.worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self.long_work_done)
        dialog.open()
        return dialog

    def long_work_done(self, message: str) -> None:
        # Imported data is not undoable record by record; the backup taken first is the undo.
        self.context.undo_stack.clear()
        self.context.notify(Changes())
        self.statusBar().showMessage(message, 8000)

    def long_work_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.statusBar().showMessage(self.tr("Avbrutet – inget ändrades."), 8000)
        elif isinstance(error, DomainError):
            QMessageBox.warning(self, "Trygghetsapp", error.message(self.context.language))
        else:
            report_unexpected(error, self)

    # -- errors and state ----------------------------------------------------------------
    def show_error(self, message: str) -> None:
        text = message or unexpected_message()
        self.status_label.setText("⚠ " + text)
        self.statusBar().showMessage("", 0)

    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        path = self.context.database.path
        self.setWindowTitle(f"Trygghetsapp – {path.name}")

    def _restore(self) -> None:
        keys.restore_place(self.settings, self, self.splitter)
        last = keys.get_str(self.settings, keys.LAST_AREA)
        if last and not self.area_panel.select_area(last, load_through=True):
            try:
                areas.get_area(self.context.database, last)
                self.open_area(last)
            except DomainError:
                last = ""
        if not last and self.area_panel.model.rowCount():
            self.area_panel.select_area(self.area_panel.model.area_id(0))
        self.tabs.setCurrentIndex(keys.get_int(self.settings, keys.LAST_TAB, 0))

    def save_state(self) -> None:
        keys.save_place(self.settings, self, self.splitter)
        self.settings.setValue(keys.LAST_TAB, self.tabs.currentIndex())
        if self.area_id is not None:
            self.settings.setValue(keys.LAST_AREA, self.area_id)
        self.settings.sync()

    def start_view(self) -> StartView:
        """What the next start shows before its database is open (`services/start_view.py`):
        every area in list order, the badges this session has worked out, the open area."""
        # The national count covers every area; the list's own pages fill in before it is done.
        gaps = {**self.area_panel.model.known_gaps(), **self.overview.known_gaps()}
        rows = tuple(
            StartRow(
                id=entry.id,
                name=entry.name,
                search_text=entry.search_text,
                badge=badge(gaps.get(entry.id)),
                colour=COLOURS[gaps[entry.id].readiness].name() if entry.id in gaps else "",
            )
            for entry in areas.list_area_index(self.context.database)
        )
        title = self.area_title.text() if self.area_id is not None else ""
        return StartView(self.translations.language, self.area_id, title, rows)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.stop()
        self.save_state()
        super().closeEvent(event)

"""The main window: a thin shell. Area list left, the area's tabs right, the overview beside.

It owns no data logic: tabs and panels load through the door (`door.py`), actions come from
`actions.py`, settings from `settings.py`. What the widgets report it shows: errors, failures and
notes arrive as the context's signals, the sync controller's as its own. On a language change it
rebuilds its widgets (they are cheap and load lazily), keeping the open area, the tab and the
undo stack.

At start it reads its first page, the remembered area and that area's tab through the door and
says `ready`; the start window then hands over (`take_over`, the `frame.Successor` protocol).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.readmodels import AreaView, Changes, Entity
from trygghetsapp.services.start_view import StartRow, StartView, TabPicture
from trygghetsapp.ui import commands, file_dialogs
from trygghetsapp.ui import door as ops
from trygghetsapp.ui import settings as keys
from trygghetsapp.ui import window_texts as texts
from trygghetsapp.ui.actions import EXPORTS, Act, build_actions
from trygghetsapp.ui.area_list import AreaListPanel
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.dialogs import RecordDialog, confirm_delete
from trygghetsapp.ui.door import Failed
from trygghetsapp.ui.errors import report_unexpected, unexpected_message
from trygghetsapp.ui.form import FieldSpec
from trygghetsapp.ui.frame import HandOver, area_splitter, area_title_label, modes_tabs
from trygghetsapp.ui.i18n import Translations, system_language
from trygghetsapp.ui.municipality_page import MunicipalityPage
from trygghetsapp.ui.overview import OverviewPanel
from trygghetsapp.ui.readiness import COLOURS, badge
from trygghetsapp.ui.sync.conflicts import ConflictsPanel
from trygghetsapp.ui.sync.controller import SyncController
from trygghetsapp.ui.sync.panel import SyncPanel
from trygghetsapp.ui.tabs.base import AreaTab, select_id
from trygghetsapp.ui.tabs.channels import ChannelsTab
from trygghetsapp.ui.tabs.contacts import ContactsTab
from trygghetsapp.ui.tabs.equipment import EquipmentTab
from trygghetsapp.ui.tabs.inspection import InspectionTab
from trygghetsapp.ui.tabs.roles import RolesTab
from trygghetsapp.ui.tabs.safety_point import SafetyPointTab
from trygghetsapp.ui.tasks import Cancelled, DatabaseWorker
from trygghetsapp.ui.window_texts import TabKey

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

    ready = Signal()
    """The first page of the list, the remembered area and its tab are shown (once, at start)."""

    took_over = Signal()
    """Shown in the start window's place (`take_over`): the start's background work may begin."""

    def __init__(
        self,
        context: AppContext,
        settings: QSettings,
        worker: DatabaseWorker,
        translations: Translations,
    ) -> None:
        super().__init__()
        context.door.adopt(worker)  # the one database worker
        self.context = context
        self.door = context.door
        self.settings = settings
        self.worker = worker
        self.translations = translations
        self.area_id: str | None = None
        self.area: AreaView | None = None
        """The open area as its header shows it."""
        self.is_ready = False
        self.setObjectName("mainWindow")
        self.setMinimumSize(900, 560)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        context.error.connect(self.show_error)
        context.failed.connect(self.show_failure)
        context.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        context.changed.connect(self._on_changed)
        context.undo_stack.cleanChanged.connect(self._clean_changed)
        self.sync = SyncController(context, self)
        self.sync.snapshot_changed.connect(self._sync_snapshot)
        self.sync.conflicts_requested.connect(self.show_conflicts)
        self.statusBar().addPermanentWidget(self.sync.badge)
        self.statusBar().addPermanentWidget(self.sync.summary)
        self._build()
        self._restore()  # the sync status is read once the window is ready (`_say_ready`)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self._built_language = self.translations.language
        self.actions_ = build_actions(self)
        self._build_menus()
        self.area_panel = AreaListPanel(self.door)
        if not self.is_ready:
            # The start's reads first (list, area, tab); badges and sync status after them.
            self.area_panel.model.hold_badges()
        self.area_title = area_title_label()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("areaTabs")
        self.area_tabs: dict[str, AreaTab] = {
            TabKey.POINT: SafetyPointTab(self.context),
            TabKey.EQUIPMENT: EquipmentTab(self.context),
            TabKey.CONTACTS: ContactsTab(self.context),
            TabKey.ROLES: RolesTab(self.context),
            TabKey.CHANNELS: ChannelsTab(self.context),
            TabKey.INSPECTION: InspectionTab(self.context),
        }
        titles = texts.area_tab_titles()
        for key in TAB_KEYS:
            self.tabs.addTab(self.area_tabs[key], titles[key])
        self.splitter = area_splitter(self.area_panel, self.area_title, self.tabs)
        self.overview = OverviewPanel(self.context)
        self.modes = modes_tabs()
        self.sync_panel = SyncPanel(self.sync)
        self.conflicts_panel = ConflictsPanel(self.context)
        modes = (self.splitter, self.overview, self.sync_panel, self.conflicts_panel)
        for widget, title in zip(modes, texts.mode_titles(), strict=True):
            self.modes.addTab(widget, title)
        self.municipality_page = MunicipalityPage(self.context)  # the Kommun page (issue 13)
        self.modes.addTab(self.municipality_page, self.tr("Kommun"))
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
        view_menu.addAction(a[Act.SHOW_MUNICIPALITY])
        sync_menu = bar.addMenu(sync_title)
        sync_menu.addActions([a[Act.SYNC_NOW], a[Act.SYNC_PREVIEW]])
        sync_menu.addSeparator()
        sync_menu.addAction(a[Act.SYNC_FOLDER])
        sync_menu.addAction(self.tr("Ställ in säker synk…"), lambda: self.sync.open_setup())
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
        if self.context.database.is_server:  # no file to copy: the server's operators pg_dump it
            reason = self.tr(
                "En databas på en server säkerhetskopieras av serverns driftansvariga med "
                "pg_dump, inte av Trygghetsapp (docs/office-postgresql.md)."
            )
            a[Act.BACKUPS].setText(self.tr("Säkerhetskopior: tas med pg_dump på servern"))
            a[Act.BACKUPS].setEnabled(False)
            a[Act.BACKUPS].setToolTip(reason)
            a[Act.BACKUPS].setStatusTip(reason)
        a[Act.QUIT].triggered.connect(self.close)
        a[Act.NEW].triggered.connect(lambda: self._current_tab_do("new_record"))
        a[Act.EDIT].triggered.connect(lambda: self._current_tab_do("edit_current"))
        a[Act.DELETE].triggered.connect(lambda: self._current_tab_do("delete_current"))
        a[Act.SEARCH].triggered.connect(self.focus_search)
        a[Act.SHOW_AREA].triggered.connect(lambda: self.modes.setCurrentIndex(0))
        a[Act.SHOW_OVERVIEW].triggered.connect(lambda: self.modes.setCurrentIndex(1))
        a[Act.SHOW_SYNC].triggered.connect(lambda: self.modes.setCurrentWidget(self.sync_panel))
        a[Act.SHOW_CONFLICTS].triggered.connect(self.show_conflicts)
        a[Act.SHOW_MUNICIPALITY].triggered.connect(self._show_municipality_page)
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

    def show_area(
        self,
        area_id: str,
        load_through: bool = False,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Open an area, highlighted in the list when it is on a loaded page (or, with
        `load_through`, after loading the pages down to it: see `AreaListPanel.select_area`);
        `then()` once it is open."""

        def settled(found: bool) -> None:
            if not found:  # selecting emits `area_selected`, which opens it; else open it here
                self.open_area(area_id)
            if then is not None:
                then()

        self.area_panel.select_area(area_id, load_through, settled)

    def _show_area_header(self, then: Callable[[], None] | None = None) -> None:
        """The open area's name over its tabs (read through the door); an area that is gone
        (deleted here or elsewhere) closes."""
        area_id = self.area_id
        if area_id is None:
            self.area = None
            self.area_title.setText(texts.no_area_title())
            self.tabs.setEnabled(False)
            if then is not None:
                then()
            return
        self.tabs.setEnabled(True)

        def arrived(area: AreaView) -> None:
            if self.area_id == area_id:
                self.area = area
                villages = ", ".join(area.villages)
                self.area_title.setText(area.name + (f" – {villages}" if villages else ""))
            if then is not None:
                then()

        def gone(error: BaseException) -> None:
            if self.area_id == area_id and isinstance(error, DomainError):
                # The open area was deleted (or its creation undone): nothing to show. (Not
                # "no row selected": the area may lie beyond the loaded pages.)
                self.area_id = None
                self._show_area_header()
                for tab in self.area_tabs.values():
                    tab.set_area(None)
            elif not isinstance(error, DomainError):
                self.show_failure(error)
            if then is not None:
                then()

        self.door.query(ops.get_area(area_id), arrived, gone, owner=self)

    def open_gap(self, area_id: str, tab_key: str, gap: str = "") -> None:
        """From the overview: show the area (its list row highlighted, loading the list's pages
        down to it), on the tab holding the gap, with its first row of that `gap` selected."""
        self.modes.setCurrentIndex(0)
        tab = self.area_tabs.get(tab_key, self.area_tabs[TabKey.POINT])
        self.tabs.setCurrentWidget(tab)
        self._on_tab_of(area_id, tab, lambda: tab.focus_gap(gap), load_through=True)

    def open_contact(self, area_id: str, contact_id: str) -> None:
        """From the overview's review list: that person's row on the area's Kontakter tab."""
        self.modes.setCurrentIndex(0)
        tab = self.area_tabs[TabKey.CONTACTS]
        self.tabs.setCurrentWidget(tab)

        def select() -> None:
            select_id(tab.table, contact_id)
            tab.table.setFocus()

        self._on_tab_of(area_id, tab, select)

    def _on_tab_of(
        self, area_id: str, tab: AreaTab, then: Callable[[], None], load_through: bool = False
    ) -> None:
        """`then()` once `tab` shows `area_id` (opened first when another area is open)."""
        if self.area_id != area_id:
            self.show_area(area_id, load_through, then=lambda: tab.when_loaded(then))
        else:
            tab.when_loaded(then)

    def new_area(self) -> None:
        specs = [
            FieldSpec("name", self.tr("Namn"), required=True),
            FieldSpec("villages", self.tr("Byar (kommaseparerade)"), "list"),
        ]
        created: list[str] = []

        def submit(values: dict[str, Any], done: Callable[[], None], failed: Failed) -> None:
            def made(new_id: str) -> None:
                created.append(new_id)
                done()

            commands.create(
                self.context, self.tr("Nytt område"), Entity.AREA, values, made, failed, None
            )

        dialog = RecordDialog(
            self.tr("Nytt område"), specs, submit, self.context.language, parent=self
        )
        if dialog.exec() and created:
            self.modes.setCurrentIndex(0)
            self.tabs.setCurrentWidget(self.area_tabs[TabKey.POINT])
            # The list puts the new row in place when the door's change arrives; then select.
            self.area_panel.model.when_loaded(lambda: self.show_area(created[0]))

    def delete_area(self) -> None:
        """The whole area goes (a tombstone); Ctrl+Z brings it back with everything in it."""
        area_id, area = self.area_id, self.area
        if area_id is None or area is None or area.id != area_id:
            return
        if not confirm_delete(self, area.name):
            return
        commands.delete(
            self.context,
            self.tr("Ta bort %1").replace("%1", area.name),
            Entity.AREA,
            area_id,
            lambda: None,
            self.show_failure,
            area_id,
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

    def _show_municipality_page(self) -> None:
        self.modes.setCurrentWidget(self.municipality_page)
        self.municipality_page.focus_first_field()

    def _current_tab_do(self, method: str) -> None:
        if self.modes.currentIndex() != 0:
            return
        if self.area_id is None:
            # No area open (a new database, or none chosen): the record anything else needs is
            # an area, so Ctrl+N makes one instead of doing nothing (a user test stalled here).
            if method == "new_record":
                self.new_area()
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
        """The area list, the overview, the tabs and the sync status follow the change
        themselves; the window only reads the open area's header again when it moved.

        A warning in the status bar (a refused edit) goes with the next change that was taken:
        left standing it reads like a current error on every later tab."""
        if self.status_label.text():
            self.status_label.clear()
        if self.area_id is None:
            return
        named = changes.ids_of(Entity.AREA)
        if named is None or self.area_id in named:
            self._show_area_header()  # closes the area when it is gone

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
        return self.door.long(
            self,
            self.tr("Läser in demodata…"),
            ops.load_demo(scale),
            lambda _counts: self.context.data_replaced(self.tr("Demodata inläst.")),
            self.show_failure,
        )

    def import_json(self, path: Path | None = None) -> Any:
        if path is None:
            name = file_dialogs.open_file_name(
                self, self.tr("Importera JSON-fil"), "", self.tr("JSON-filer (*.json)")
            )
            if not name:
                return None
            path = Path(name)
        # Imported data is not undoable record by record; the backup taken first is the undo.
        return self.door.long(
            self,
            self.tr("Importerar %1…").replace("%1", path.name),
            ops.import_json(path),
            lambda _counts: self.context.data_replaced(self.tr("Importen är klar.")),
            self.show_failure,
            cancellable=False,
        )

    # -- print, batch export, backups (dialogs of their own; opened window-modal) ---------
    def print_preview(self) -> PrintPreviewDialog | None:
        """Ctrl+P: the open area's document, previewed, saved or printed."""
        if self.area_id is None:
            self.statusBar().showMessage(self.tr("Välj ett område först."), 8000)
            return None
        from trygghetsapp.ui.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(self.context, self.area_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_many(self) -> BatchExportDialog:
        from trygghetsapp.ui.batch_export import BatchExportDialog

        dialog = BatchExportDialog(self.context, self.area_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_xlsx(self, path: Path | None = None) -> XlsxImportWizard:
        """The Excel import wizard (ui/exchange): asks for the file unless given one."""
        from trygghetsapp.ui.exchange.xlsx_wizard import open_wizard

        wizard = open_wizard(self.context, self)
        if path is None:
            wizard.choose_file()
        else:
            wizard.open_file(path)
        return wizard

    def export_file(self, kind: str) -> ExportDialog:
        from trygghetsapp.ui.exchange.exports import open_export

        return open_export(self.context, kind, self)

    def show_backups(self) -> BackupsDialog:
        from trygghetsapp.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_failure(self, error: BaseException) -> None:
        """Long work that failed, or an error no widget took care of."""
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
        self.setWindowTitle(f"Trygghetsapp – {self.context.database.short_name}")

    def _restore(self) -> None:
        """The place, the tab and the remembered area (read through the door; `ready` once it
        and its tab are shown). An area the list does not hold (the search hides it, or it lies
        beyond the pages) opens all the same; one that is gone gives way to the first row."""
        keys.restore_place(self.settings, self, self.splitter)
        self.tabs.setCurrentIndex(keys.get_int(self.settings, keys.LAST_TAB, 0))
        self.tabs.currentChanged.connect(self._remember_tab)
        last = keys.get_str(self.settings, keys.LAST_AREA)
        self._tried_first = False
        if last:
            self.show_area(last, load_through=True, then=self._opened_at_start)
        else:
            self.area_panel.model.when_loaded(self._opened_at_start)

    def _opened_at_start(self) -> None:
        """The start's area is chosen: its tab loads now (the window may not be shown yet), and
        the window is ready when that tab and the header are in. Without an area (none was
        remembered, or it is gone) the list's first row is opened first."""
        if self.is_ready:
            return
        waiting = {"tab", "header"}

        def arrived(part: str) -> None:
            waiting.discard(part)
            if waiting:
                return
            model = self.area_panel.model
            if self.area_id is None and model.rowCount() and not self._tried_first:
                self._tried_first = True
                self.area_panel.select_area(
                    model.area_id(0), then=lambda _found: self._opened_at_start()
                )
                return
            self._say_ready()

        self.current_tab().refresh(then=lambda: arrived("tab"))
        self._show_area_header(then=lambda: arrived("header"))

    def _say_ready(self) -> None:
        if not self.is_ready:
            self.is_ready = True
            self.area_panel.model.release_badges()
            self.sync.refresh()
            self.ready.emit()

    # -- taking over from the start window (frame.Successor) ----------------------------
    def take_over(self, handed: HandOver, done: Callable[[], None]) -> None:
        """The start window's place, search, pick and tab; shown once the search and pick are
        loaded (a few milliseconds), so the list never flashes the unfiltered page."""
        self.restoreGeometry(handed.geometry)
        self.splitter.restoreState(handed.splitter)
        self.area_panel.model.show_last_sessions_badges(handed.badges)
        self.tabs.setCurrentIndex(handed.tab)
        search = self.area_panel.search

        def show() -> None:
            if handed.minimized:
                self.showMinimized()
            else:
                self.show()
            self._keep_list_where_it_was(handed.list_scroll)
            if handed.search_focused:  # the caret where it was: the next key continues the word
                search.setFocus()
                search.setCursorPosition(self._handed_cursor)
            if handed.active:
                self.activateWindow()
            done()
            self.took_over.emit()

        def when_the_tab_is_in() -> None:
            # A tab the user turned to in the start window is read before showing, or it would
            # flash as an area without data ("Området har ingen trygghetspunkt än") for a frame.
            self.current_tab().when_loaded(show)

        def pick() -> None:
            if handed.picked_area is not None:
                self.show_area(handed.picked_area, load_through=True, then=when_the_tab_is_in)
            else:
                when_the_tab_is_in()

        self._handed_cursor = handed.cursor
        if handed.search and handed.search != search.text():
            self.area_panel.search_now(handed.search, then=pick)
        else:
            pick()

    def _keep_list_where_it_was(self, scroll: int) -> None:
        """The list's rows where the start window had them (shown, not yet painted), as long as
        the highlighted area stays in view."""
        view = self.area_panel.view
        view.verticalScrollBar().setValue(scroll)
        current = view.currentIndex()
        if current.isValid():
            view.scrollTo(current)

    def follow_search(self, text: str, cursor: int) -> None:
        """What the user types in the start window while the hand-over is under way."""
        self.area_panel.search.setText(text)
        self._handed_cursor = cursor

    def _remember_tab(self, index: int) -> None:
        """Kept as it changes, as the area is: after a crash the same tab opens again."""
        self.settings.setValue(keys.LAST_TAB, index)

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
        # Called by the app after the event loop and the worker are done: read here (call_now).
        rows = tuple(
            StartRow(
                id=entry.id,
                name=entry.name,
                search_text=entry.search_text,
                badge=badge(gaps.get(entry.id)),
                colour=COLOURS[gaps[entry.id].readiness].name() if entry.id in gaps else "",
            )
            for entry in self.door.call_now(ops.area_index())
        )
        title = self.area_title.text() if self.area_id is not None else ""
        return StartView(self.translations.language, self.area_id, title, rows, self._picture())

    def _picture(self) -> TabPicture | None:
        """The open area's tab as drawn now, for the next start's first window; None when the
        window is not showing an area's finished tab (another mode, minimised, a read under
        way)."""
        tab = self.tabs.currentWidget()
        if (
            self.area_id is None
            or self.modes.currentIndex() != 0
            or self.isMinimized()
            or not isinstance(tab, AreaTab)
            or not tab.shows_current_area
            or tab.area_id != self.area_id
        ):
            return None
        image = tab.grab()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            return None
        return TabPicture(
            tab=self.tabs.currentIndex(),
            area_id=self.area_id,
            width=tab.width(),
            height=tab.height(),
            ratio=image.devicePixelRatio(),
            png=bytes(data.data()),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.stop()
        self.save_state()
        super().closeEvent(event)

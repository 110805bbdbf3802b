"""Render the main tabs and the overview from demo data, offscreen, into PNG files.

`python -m tools.screenshots docs/screenshots` writes ui-*.png at 1366x768 (the
smallest screen the app must be usable on), Swedish by default (`--language en` for English).
It works on a throw-away database and settings, so it never touches the user's data. Each step
runs from the event loop (a timer chain), so layouts and worker results settle as in real use.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

AREA = "Laxsjö/Ede"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", choices=["sv", "en"], default="sv")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

    from trygghetsapp.domain.errors import DomainError
    from trygghetsapp.services import areas, contacts, equipment
    from trygghetsapp.services.database import open_database
    from trygghetsapp.services.demo import load_demo
    from trygghetsapp.ui.context import AppContext
    from trygghetsapp.ui.dialogs import RecordDialog
    from trygghetsapp.ui.i18n import Translations
    from trygghetsapp.ui.main_window import MainWindow
    from trygghetsapp.ui.start_window import StartWindow
    from trygghetsapp.ui.tabs.contacts import ContactsTab
    from trygghetsapp.ui.tabs.equipment import EquipmentTab
    from trygghetsapp.ui.tabs.inspection import InspectionTab
    from trygghetsapp.ui.tasks import DatabaseWorker

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from trygghetsapp.ui.qt_workarounds import collect_garbage_on_the_gui_thread

    collect_garbage_on_the_gui_thread()
    assert isinstance(app, QApplication)
    work = Path(tempfile.mkdtemp(prefix="trygghetsapp-shots-"))
    database = open_database(work / "demo.sqlite", device_name="Fältdator Gunilla")
    load_demo(database, seed=1)
    _two_conflicts(database, work)
    translations = Translations()
    translations.install(args.language)
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    worker = DatabaseWorker()
    window = MainWindow(AppContext(database, args.language), settings, worker, translations)
    window.resize(1366, 768)
    window.show()
    area_id = areas.find_area(database, AREA).id
    window.area_panel.select_area(area_id)
    args.outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shoot(name: str, widget: QWidget | None = None) -> None:
        path = args.outdir / f"ui-{name}.png"
        (widget or window).grab().save(str(path))
        written.append(path)

    def tab(key: str) -> Callable[[], None]:
        def show() -> None:
            window.modes.setCurrentIndex(0)
            window.tabs.setCurrentWidget(window.area_tabs[key])

        return show

    def walk() -> None:
        inspection = window.area_tabs["inspection"]
        assert isinstance(inspection, InspectionTab)
        inspection.inspector.setText("Eva Exempel (FIKTIV)")
        inspection.start()
        for condition in ("ok", "ok", "needs_service"):
            inspection.mark_current(condition)

    dialogs: list[RecordDialog] = []

    def contact_error() -> None:
        contacts_tab = window.area_tabs["contacts"]
        assert isinstance(contacts_tab, ContactsTab)

        def submit(
            values: dict[str, object],
            done: Callable[[], None],
            failed: Callable[[BaseException], None],
        ) -> None:
            # As the window's door would answer (the tool writes directly: a refusal only).
            try:
                contacts.add_contact(database, {"area_id": area_id, **values})
            except DomainError as error:
                failed(error)
            else:
                done()

        dialog = RecordDialog(
            QCoreApplication.translate("ContactsTab", "Ny kontakt"),
            contacts_tab.specs(),
            submit,
            args.language,
            parent=window,
        )
        name, phone = dialog.form.widgets["name"], dialog.form.widgets["phone"]
        assert isinstance(name, QLineEdit) and isinstance(phone, QLineEdit)
        name.setText("Test Testsson")
        phone.setText("070-12")
        dialog.show()
        dialog.accept()  # refused: the dialog stays open with the reason under the phone
        dialogs.append(dialog)

    def generator_dialog() -> None:
        """The equipment dialog of the area's generator (edit_current runs its own exec())."""
        equipment_tab = window.area_tabs["equipment"]
        assert isinstance(equipment_tab, EquipmentTab)
        item = next(
            i
            for i in equipment.list_equipment(database, area_id=area_id)
            if i.category == "reserve_power"
        )
        equipment_tab.table.selectRow(equipment_tab.model.row_of(item.id))
        QTimer.singleShot(0, equipment_tab.edit_current)

    def shoot_generator() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecordDialog):  # not open yet
            QTimer.singleShot(50, shoot_generator)
            return
        scroll = dialog.findChild(QScrollArea)
        assert scroll is not None
        scroll.ensureWidgetVisible(dialog.form.widgets["runtime_load_percent"])
        path = args.outdir / "ui-utrustning-reservkraft.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.reject()
        QTimer.singleShot(80, run_step)

    def shoot_dialog() -> None:
        dialog = dialogs.pop()
        path = args.outdir / "ui-kontakt-fel.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.reject()

    steps: list[tuple[Callable[[], None], str | None]] = [
        (tab("point"), "trygghetspunkt"),
        (tab("equipment"), "utrustning"),
        (generator_dialog, None),
        (shoot_generator, ""),
        (tab("contacts"), "kontakter"),
        (contact_error, None),
        (shoot_dialog, None),
        (tab("roles"), "roller"),
        (tab("channels"), "kanaler"),
        (tab("inspection"), None),
        (walk, "inventering"),
        (lambda: window.modes.setCurrentWidget(window.sync_panel), "synk"),
        (window.show_conflicts, None),
        (
            lambda: window.conflicts_panel.select_row(1),
            "konflikter",
        ),
        (lambda: window.modes.setCurrentIndex(1), None),
    ]

    def run_step() -> None:
        if window.sync.snapshot is None:  # sync status and conflicts arrive from the worker
            QTimer.singleShot(50, run_step)
            return
        if steps:
            action, name = steps.pop(0)
            action()
            if name == "":  # the step shoots and goes on by itself
                return
            if name is not None:

                def shoot_then_go_on(shot: str = name) -> None:
                    shoot(shot)
                    run_step()

                QTimer.singleShot(80, shoot_then_go_on)
            else:
                QTimer.singleShot(80, run_step)
            return
        if not window.overview.loaded:  # the national count arrives from the worker
            QTimer.singleShot(50, run_step)
            return
        shoot("oversikt")
        # What the next start shows from this session's list while the database layer loads.
        start = StartWindow(database.path, window.start_view(), settings)
        start.resize(1366, 768)
        start.show()

        def shoot_start() -> None:
            shoot("start", start)
            start.close()
            app.quit()

        QTimer.singleShot(80, shoot_start)

    QTimer.singleShot(200, run_step)
    app.exec()
    worker.wait()
    window.close()
    database.close()
    for path in written:
        print(path)
    return 0


def _two_conflicts(database: Any, work: Path) -> None:
    """An office replica that synced, then edited the same contacts as the laptop: one field
    edited on both, and a contact deleted at the office while the laptop added a note."""
    from trygghetsapp.security import trust
    from trygghetsapp.security.keys import load_or_create_device_keys, write_card
    from trygghetsapp.services import areas, contacts
    from trygghetsapp.services.database import open_database
    from trygghetsapp.sync import api

    office = open_database(work / "kontor" / "kontor.sqlite", device_name="Kontoret")
    api.set_role(office, "office")
    cards = {}
    for name, db, role in (("falt", database, "field"), ("kontor", office, "office")):
        device = api.get_device(db)
        keys = load_or_create_device_keys(db.path, device.id, device.name, role)  # type: ignore[arg-type]
        cards[name] = work / f"{name}.card.json"
        write_card(keys.card, cards[name])
    trust.enrol(office.path, cards["falt"])
    trust.trust_office(database.path, cards["kontor"])
    folder = work / "synkmapp"
    folder.mkdir()
    api.set_folder(database, folder)
    api.set_folder(office, folder)
    api.sync_now(database)
    api.sync_now(office)
    people = contacts.list_contacts(database, areas.find_area(database, AREA).id)
    contacts.update_contact(database, people[0].id, {"phone": "070-111 11 11"})
    contacts.update_contact(office, people[0].id, {"phone": "070-222 22 22"})
    contacts.update_contact(database, people[1].id, {"notes": "Har nyckel till skolan"})
    contacts.delete_contact(office, people[1].id)
    api.sync_now(office)
    api.sync_now(database)
    office.close()


if __name__ == "__main__":
    raise SystemExit(main())

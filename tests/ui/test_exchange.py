"""The Excel import wizard and the export dialogs in the window (issue 18, ui/exchange/).

A coordinator's own workbook: the preview lists exactly its five errors and offers no Importera;
the corrected file imports as one undo step; Avbryt during the write leaves the database as it
was; a file that is not a workbook is refused whole in one line; a sheet it does not know is
mapped by hand; every export in File > Exportera writes its file on the worker.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QPushButton

from tests.services.test_workbook import hand_made
from tests.ui.conftest import settle
from trygghetsapp.services import areas, transfer
from trygghetsapp.services.database import Database
from trygghetsapp.ui.actions import EXPORTS, Act
from trygghetsapp.ui.exchange.exports import ExportDialog
from trygghetsapp.ui.exchange.xlsx_wizard import ImportCommand, XlsxImportWizard
from trygghetsapp.ui.main_window import MainWindow

WAIT = 30000


@pytest.fixture
def empty_window(make_window: Callable[[Database], MainWindow], database: Database) -> Any:
    made = make_window(database)
    yield made
    made.worker.wait()


def _previewed(qtbot: Any, window: MainWindow, path: Path) -> XlsxImportWizard:
    wizard = window.import_xlsx(path)
    assert not wizard.choose_button.isEnabled()  # reading on the worker
    qtbot.waitUntil(lambda: wizard.choose_button.isEnabled(), timeout=WAIT)
    return wizard


def _rows(tree: Any) -> list[list[str]]:
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_the_preview_lists_exactly_the_five_errors_and_writes_nothing(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path
) -> None:
    db = empty_window.context.database
    before = transfer.export_text(db)
    wizard = _previewed(qtbot, empty_window, hand_made(tmp_path / "listor.xlsx"))
    assert {(r[0], r[1], r[2]) for r in _rows(wizard.errors_tree)} == {
        ("Trygghetspunkter", "4", "Latitud"),
        ("Utrustning", "5", "Skick"),
        ("Utrustning", "6", "Senast kontrollerad"),
        ("Kontakter", "5", "Mobil"),
        ("Rollbesättning", "6", "Person"),
    }
    assert wizard.summary.text().endswith(", 5 fel")
    assert wizard.tabs.currentWidget() is wizard.errors_tree
    assert wizard.tabs.tabText(0) == "Fel (5)"
    assert "Inget har skrivits" in wizard.advice.text()
    assert not wizard.import_button.isEnabled()
    wizard.apply()  # even if called: refused, nothing written
    assert transfer.export_text(db) == before
    assert empty_window.context.undo_stack.count() == 0


def test_the_corrected_file_imports_as_one_undo_step(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path
) -> None:
    db = empty_window.context.database
    before = transfer.export_text(db)
    wizard = _previewed(qtbot, empty_window, hand_made(tmp_path / "listor.xlsx", False))
    assert wizard.summary.text() == "18 nya, 0 ändrade, 0 oförändrade, 0 fel"
    assert wizard.tabs.currentWidget() is wizard.new_tree
    assert len(_rows(wizard.new_tree)) == 18
    assert wizard.import_button.isEnabled()
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=WAIT)
    settle(qtbot, empty_window)  # the views reload what the import changed through the door
    assert {a.name for a in areas.list_areas(db)} == {"Valsjöbyn", "Rötviken"}
    stack = empty_window.context.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import från listor.xlsx"
    assert "Importen är klar: 18 nya, 0 ändrade" in empty_window.statusBar().currentMessage()
    assert empty_window.area_panel.model.rowCount() == 2  # the list refreshed
    # Undo and redo run on the worker (a large import takes a while to take back).
    command = stack.command(0)
    stack.undo()
    assert isinstance(command, ImportCommand) and command.running is not None
    qtbot.waitUntil(lambda: command.running is None, timeout=WAIT)
    settle(qtbot, empty_window)
    assert transfer.export_text(db) == before
    assert empty_window.area_panel.model.rowCount() == 0  # the list was told
    stack.redo()
    qtbot.waitUntil(lambda: command.running is None, timeout=WAIT)
    settle(qtbot, empty_window)
    assert {a.name for a in areas.list_areas(db)} == {"Valsjöbyn", "Rötviken"}
    assert empty_window.area_panel.model.rowCount() == 2

    again = _previewed(qtbot, empty_window, tmp_path / "listor.xlsx")
    # 17: the municipality the first import created from the area rows is no row of its own
    assert again.summary.text() == "0 nya, 0 ändrade, 17 oförändrade, 0 fel"
    assert not again.import_button.isEnabled()
    assert "inget nytt" in again.advice.text()


def test_avbryt_while_writing_rolls_everything_back(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path
) -> None:
    db = empty_window.context.database
    before = transfer.export_text(db)
    wizard = _previewed(qtbot, empty_window, hand_made(tmp_path / "listor.xlsx", False))
    # Hold the worker so Avbryt is pressed before the import's first progress report.
    gate = threading.Event()
    empty_window.worker.submit(lambda _p: gate.wait(WAIT / 1000), lambda _r: None, lambda _e: None)
    progress_dialog = wizard.apply()
    assert progress_dialog is not None
    cancel = progress_dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Avbryt"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: wizard.summary.text() == "Avbrutet – inget ändrades.", timeout=WAIT)
    assert transfer.export_text(db) == before
    assert wizard.result_ is None and empty_window.context.undo_stack.count() == 0
    assert wizard.import_button.isEnabled()  # the same preview can still be imported


def test_a_file_that_is_not_a_workbook_is_refused_whole(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path
) -> None:
    db = empty_window.context.database
    before = transfer.export_text(db)
    fake = tmp_path / "lista.xlsx"
    fake.write_text("Namn;Adress\nBystugan;Byvägen 1\n", encoding="utf-8")
    wizard = _previewed(qtbot, empty_window, fake)
    assert wizard.preview is None and wizard.tabs.isHidden()
    assert wizard.summary.text().startswith("Filen kan inte läsas in: ")
    assert "CSV" in wizard.summary.text() or "text" in wizard.summary.text()
    assert "Inget har skrivits" in wizard.advice.text()
    assert not wizard.import_button.isEnabled()
    assert transfer.export_text(db) == before


def test_an_unknown_sheet_is_mapped_by_hand(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path
) -> None:
    db = empty_window.context.database
    areas.create_area(db, {"name": "Valsjöbyn"})
    path = tmp_path / "blad1.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Blad1")
    for column, header in enumerate(["Ort", "Lokalens namn", "Skostorlek"]):
        sheet.write_string(0, column, header)
    for column, value in enumerate(["Valsjöbyn", "Bystugan", "42"]):
        sheet.write_string(1, column, value)
    book.close()
    wizard = _previewed(qtbot, empty_window, path)
    assert wizard.tabs.tabText(3) == "Blad och kolumner (1 okänd)"
    assert "Blad som inte läses: Blad1" in wizard.advice.text()
    assert not wizard.import_button.isEnabled()

    def combo(name: str) -> QComboBox:
        found = wizard.findChild(QComboBox, name)
        assert found is not None, name
        return found

    sheet_box = combo("sheet:Blad1")
    # Scrolling the list past a drop-down does not turn it (it would remap a sheet unseen).
    assert not sheet_box.hasFocus() and sheet_box.currentData() == ""
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(sheet_box.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(sheet_box, wheel)
    assert sheet_box.currentData() == ""
    sheet_box.setCurrentIndex(sheet_box.findData("safety_points"))
    place = combo("column:Blad1:Ort")
    place.setCurrentIndex(place.findData("@area"))
    name = combo("column:Blad1:Lokalens namn")
    name.setCurrentIndex(name.findData("name"))
    assert "Granska igen" in wizard.advice.text()
    qtbot.mouseClick(wizard.again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            wizard.preview is not None and wizard.preview.ok and wizard.choose_button.isEnabled()
        ),
        timeout=WAIT,
    )
    assert [r[2] for r in _rows(wizard.new_tree)] == ["Bystugan"]
    assert combo("sheet:Blad1").currentData() == "safety_points"  # the choices are kept
    assert combo("column:Blad1:Skostorlek").currentData() == ""  # not read
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=WAIT)
    assert "Bystugan" in transfer.export_text(db)


@pytest.mark.parametrize(
    ("act", "suffix"),
    [
        (Act.EXPORT_XLSX, ".xlsx"),
        (Act.EXPORT_TEMPLATE, ".xlsx"),
        (Act.EXPORT_COUNTY, ".xlsx"),
        (Act.EXPORT_GIS, ".gpkg"),
        (Act.EXPORT_WEB, ".html"),
        (Act.EXPORT_POSTER, ".pdf"),
    ],
)
def test_every_export_in_the_menu_writes_its_file(
    qtbot: Any, window: MainWindow, tmp_path: Path, messages: list[str], act: Act, suffix: str
) -> None:
    assert act in EXPORTS
    menus = window.menuBar().findChildren(QMenu)
    export_menu = next(m for m in menus if m.title() == "Exportera")
    assert window.actions_[act] in export_menu.actions()
    window.actions_[act].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    choice = dialog.choice()
    assert choice.profile == "public"  # internal must be asked for
    target = tmp_path / f"ut{suffix}"
    dialog.export(target)
    qtbot.waitUntil(lambda: dialog.done_ is not None or dialog.error is not None, timeout=WAIT)
    assert dialog.error is None, dialog.error
    assert target.exists() and target.stat().st_size > 0
    assert messages and messages[-1].startswith(f"Sparad: {target}")


def test_the_web_page_from_the_window_is_public_unless_internal_is_chosen(
    qtbot: Any, window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    db = window.context.database
    secret = json.loads(transfer.export_text(db))["contacts"][0]["name"]
    results = {}
    for internal in (False, True):
        dialog = window.export_file("web")
        dialog.internal_radio.setChecked(internal)
        assert bool(dialog.warning.text()) == internal  # the internal file is said to be so
        target = tmp_path / f"sida-{internal}.html"
        dialog.export(target)
        qtbot.waitUntil(lambda d=dialog: d.done_ is not None, timeout=WAIT)
        results[internal] = target.read_text(encoding="utf-8")
        assert "profil: " + ("intern" if internal else "publik") in messages[-1]
    assert secret not in results[False]
    assert results[True] != results[False]


def test_a_file_gone_between_preview_and_import_is_one_line_not_a_crash(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    db = empty_window.context.database
    before = transfer.export_text(db)
    path = hand_made(tmp_path / "listor.xlsx", False)
    wizard = _previewed(qtbot, empty_window, path)
    path.unlink()  # moved away in the file manager while the preview was read
    wizard.apply()
    qtbot.waitUntil(lambda: wizard.choose_button.isEnabled(), timeout=WAIT)
    assert wizard.summary.text().startswith("filen kan inte läsas längre")
    assert "Inget har skrivits" in wizard.advice.text()
    assert not wizard.import_button.isEnabled() and messages == []  # no "unexpected error"
    assert transfer.export_text(db) == before

"""Issue 13 item 7: sync set up in the window, as two people on the phone would do it.

An office replica and a laptop replica, two fresh databases (each named after the machine, as a
new install is), each in its own real window. Through the set-up dialog only: the laptop gets a
human name and saves its card; the office enrols it after typing the fingerprint the laptop
"reads aloud" (a wrong one is refused beside the field and enrols nothing); the office saves its
card; the laptop trusts it on the same condition and turns on always-encrypt. Then one *Synka nu*
each way carries an area from the laptop to the office and one back, and the reports say what
happened in words, without a package's 60-character file name.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from tests.ui.conftest import settle
from trygghetsapp.security import policy, trust
from trygghetsapp.services import areas
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.sync import api
from trygghetsapp.ui.main_window import MainWindow

PACKAGE_NAME = re.compile(r"[0-9a-f-]{36}-\d+-\d+-[0-9a-f]{8}\.tsync")


def _child(dialog: QWidget, kind: type[Any], name: str) -> Any:
    found = dialog.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} {name!r} in the set-up dialog"
    return found


def _click(qtbot: Any, dialog: QWidget, name: str) -> None:
    button = _child(dialog, QPushButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type(qtbot: Any, dialog: QWidget, name: str, text: str) -> None:
    edit = _child(dialog, QLineEdit, name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    for char in text:  # QTest's keyClicks takes ASCII only: "ä" as the keyboard sends it
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
    assert edit.text() == text
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _open_setup(qtbot: Any, window: MainWindow) -> Any:
    """Synk tab, *Ställ in säker synk…*: the dialog, once it has read its state."""
    window.modes.setCurrentWidget(window.sync_panel)
    button = window.sync_panel.findChild(QPushButton, "syncSetupButton")
    assert button is not None, "the sync panel has no set-up button"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.setup_dialog is not None)
    dialog = window.sync.setup_dialog
    assert dialog is not None and dialog.objectName() == "syncSetup"
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.state is not None)
    settle(qtbot, window)
    return dialog


def _wait_state(qtbot: Any, window: MainWindow, dialog: Any, test: Callable[[Any], bool]) -> None:
    qtbot.waitUntil(lambda: dialog.state is not None and test(dialog.state), timeout=10000)
    settle(qtbot, window)


def _sync(qtbot: Any, window: MainWindow) -> str:
    old = window.sync.report_dialog
    window.modes.setCurrentWidget(window.sync_panel)
    qtbot.mouseClick(window.sync_panel.sync_button, Qt.MouseButton.LeftButton)

    def shown() -> bool:
        dialog = window.sync.report_dialog
        return dialog is not None and dialog is not old and dialog.isVisible()

    qtbot.waitUntil(shown, timeout=60_000)
    dialog = window.sync.report_dialog
    assert dialog is not None
    text = dialog.plain_text()
    dialog.close()
    qtbot.waitUntil(lambda: not window.sync.busy)
    settle(qtbot, window)
    return text


def _screenshot(window: MainWindow, dialog: QWidget, name: str) -> None:
    """The window at 1366x768 with the dialog over its middle, as the user sees them."""
    shots = os.environ.get("TRYGGHETSAPP_SCREENSHOTS")
    if not shots:
        return
    picture = window.grab()
    painter = QPainter(picture)
    over = dialog.grab()
    painter.drawPixmap(
        QPoint((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 2),
        over,
    )
    painter.end()
    picture.save(str(Path(shots) / name))


@pytest.fixture
def replicas(tmp_path: Path) -> Any:
    office = open_database(tmp_path / "kontor" / "trygghet.sqlite")
    laptop = open_database(tmp_path / "falt" / "trygghet.sqlite")
    yield office, laptop
    office.close()
    laptop.close()


def test_enrol_and_trust_through_the_dialogs_then_sync_each_way(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    replicas: tuple[Database, Database],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office_db, laptop_db = replicas
    folder, stick = tmp_path / "synkmapp", tmp_path / "usb"
    folder.mkdir()
    stick.mkdir()
    monkeypatch.setattr(
        "trygghetsapp.ui.file_dialogs.existing_directory", lambda *_a, **_k: str(stick)
    )
    chosen_card: list[Path] = []
    monkeypatch.setattr(
        "trygghetsapp.ui.file_dialogs.open_file_name", lambda *_a, **_k: str(chosen_card[-1])
    )

    # -- the laptop: a human name, then its card onto the stick ----------------------------
    laptop = make_window(laptop_db)
    laptop.resize(1366, 768)
    assert laptop.sync.choose_folder(folder) == folder
    settle(qtbot, laptop)
    setup = _open_setup(qtbot, laptop)
    assert setup.state is not None and not setup.state.named  # "Dator <hostname>"
    name_edit = _child(setup, QLineEdit, "deviceNameEdit")
    assert name_edit.text() == "", "the host name is offered as the computer's name"
    assert setup.state.name in setup.name_hint.text()  # "... heter ännu bara Dator x"
    _click(qtbot, setup, "saveLaptopCard")  # refused until it has a name
    settle(qtbot, laptop)
    assert _child(setup, QLabel, "laptopCardError").isVisible()
    assert list(stick.iterdir()) == []
    _type(qtbot, setup, "deviceNameEdit", "Fältdator Gunilla")
    _wait_state(qtbot, laptop, setup, lambda s: s.named and s.name == "Fältdator Gunilla")
    _click(qtbot, setup, "saveLaptopCard")
    settle(qtbot, laptop)
    laptop_card = stick / "Fältdator-Gunilla.kort.json"
    assert laptop_card.exists()
    assert "Fältdator-Gunilla.kort.json" in _child(setup, QLabel, "laptopCardSaved").text()
    laptop_reads_aloud = _child(setup, QLabel, "laptopFingerprint").text()
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", laptop_reads_aloud)

    # -- the office: its role and name, enrol the laptop's card, save its own ---------------
    office = make_window(office_db)
    office.resize(1366, 768)
    assert office.sync.choose_folder(folder) == folder
    settle(qtbot, office)
    desk = _open_setup(qtbot, office)
    qtbot.mouseClick(_child(desk, QWidget, "roleOffice"), Qt.MouseButton.LeftButton)
    _wait_state(qtbot, office, desk, lambda s: s.role == "office")
    assert desk.pages.currentWidget() is desk.office_page
    _type(qtbot, desk, "deviceNameEdit", "Kontoret")
    _wait_state(qtbot, office, desk, lambda s: s.name == "Kontoret")
    chosen_card.append(laptop_card)
    _click(qtbot, desk, "chooseLaptopCard")
    settle(qtbot, office)
    assert "Fältdator Gunilla" in _child(desk, QLabel, "laptopCardText").text()
    wrong = "AAAA-BBBB-CCCC-DDDD"
    _type(qtbot, desk, "laptopExpect", wrong)  # misheard on the phone
    settle(qtbot, office)
    error = _child(desk, QLabel, "enrolError")
    assert error.isVisible() and "inget registrerades" in error.text()
    assert trust.list_enrolled(office_db.path) == []
    _type(qtbot, desk, "laptopExpect", laptop_reads_aloud.lower().replace("-", " "))
    _wait_state(qtbot, office, desk, lambda s: len(s.enrolled) == 1)
    assert [d.device_name for d in trust.list_enrolled(office_db.path)] == ["Fältdator Gunilla"]
    assert "Fältdator Gunilla" in _child(desk, QLabel, "enrolledText").text()
    _click(qtbot, desk, "saveOfficeCard")
    settle(qtbot, office)
    office_card = stick / "Kontoret.kort.json"
    assert office_card.exists()
    office_reads_aloud = _child(desk, QLabel, "officeFingerprint").text()
    _screenshot(office, desk, "sync-setup-office-1366.png")

    # -- the laptop: trust the office's card, always encrypt --------------------------------
    chosen_card.append(office_card)
    _click(qtbot, setup, "chooseOfficeCard")
    settle(qtbot, laptop)
    _type(qtbot, setup, "officeExpect", wrong)
    settle(qtbot, laptop)
    assert _child(setup, QLabel, "trustError").isVisible()
    assert trust.office_card(laptop_db.path) is None
    assert not setup.always_encrypt.isEnabled()  # nothing to encrypt to yet
    _type(qtbot, setup, "officeExpect", office_reads_aloud)
    _wait_state(qtbot, laptop, setup, lambda s: s.office is not None)
    assert "Kontoret" in _child(setup, QLabel, "officeTrusted").text()
    assert setup.always_encrypt.isEnabled()
    qtbot.mouseClick(setup.always_encrypt, Qt.MouseButton.LeftButton)
    _wait_state(qtbot, laptop, setup, lambda s: s.always_encrypt)
    assert policy.load_policy(laptop_db.path).always_encrypt
    _screenshot(laptop, setup, "sync-setup-1366.png")
    setup.close()
    desk.close()

    # -- one Synka nu each way ------------------------------------------------------------
    areas.create_area(laptop_db, {"name": "Valsjöbyn"})
    laptop.context.notify()
    settle(qtbot, laptop)
    text = _sync(qtbot, laptop)
    assert "ändringar lades i synkmappen" in text and not PACKAGE_NAME.search(text)
    assert [p.name for p in folder.glob("*.tsync.sealed")] != []  # sealed to the office

    areas.create_area(office_db, {"name": "Åsarna"})
    office.context.notify()
    settle(qtbot, office)
    text = _sync(qtbot, office)
    assert "Fältdator Gunilla" in text and "avvisades" not in text, text
    assert not PACKAGE_NAME.search(text)
    assert {a.name for a in areas.list_areas(office_db)} == {"Valsjöbyn", "Åsarna"}

    text = _sync(qtbot, laptop)
    assert "Kontoret" in text and "avvisades" not in text, text
    assert not PACKAGE_NAME.search(text)
    assert {a.name for a in areas.list_areas(laptop_db)} == {"Valsjöbyn", "Åsarna"}
    assert api.sync_status(laptop_db).open_conflicts == 0

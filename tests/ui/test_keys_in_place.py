"""Issue 13 item 2 again, from a user test with keys only at 1366x768: typing goes where the
cursor is, also on the Kommun page, in the sync set-up, in the role grid and past the area list,
and every underlined letter of the main window opens one thing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPushButton, QWidget
from pytestqt.exceptions import TimeoutError as QtTimeout

from tests.ui.conftest import settle
from trygghetsapp.services import municipalities
from trygghetsapp.sync import api
from trygghetsapp.ui.actions import Act
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.print_preview import PrintPreviewDialog
from trygghetsapp.ui.tabs.roles import RolesTab
from trygghetsapp.ui.window_texts import TabKey

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def keys(qtbot: Any, *strokes: str | Qt.Key) -> None:
    """Each stroke to whatever has the focus now: text as key events carrying it (QTest's
    keyClicks cannot send Swedish letters), a Qt.Key pressed."""
    for stroke in strokes:
        if isinstance(stroke, str):
            for char in stroke:
                target = focused()
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                    QApplication.sendEvent(target, event)
        else:
            qtbot.keyClick(focused(), stroke)


def press(qtbot: Any, window: MainWindow, key: Qt.Key, modifier: Any = CTRL) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)
    settle(qtbot, window)


# -- 1. Kommun page ------------------------------------------------------------------------------
def test_kommun_page_typed_with_tabs_on_an_empty_database_lands_every_field(
    qtbot: Any, make_window: Any, database: Any
) -> None:
    """On 7b31c3e leaving *Namn* created the municipality and the page was read again: the
    "Lägg till en kommun till" button appeared and the later strokes landed one field off."""
    window = make_window(database)
    press(qtbot, window, Key.Key_5)
    page = window.municipality_page
    assert window.modes.currentWidget() is page
    widgets = page.form.widgets
    # Ctrl+5 puts the cursor in the name (a user test typed from there and lost every field).
    qtbot.waitUntil(lambda: focused() is widgets["name"])
    keys(qtbot, "Krokoms kommun", Key.Key_Tab)
    keys(qtbot, "2321", Key.Key_Tab, "0640-161 00", Key.Key_Tab, "070-174 06 00", Key.Key_Tab)
    keys(qtbot, "100,0", Key.Key_Tab, "Åsa Öberg, säkerhetssamordnare", Key.Key_Tab)
    settle(qtbot, window)
    made = municipalities.list_municipalities(database)
    assert len(made) == 1
    saved = made[0]
    assert (saved.name, saved.code, saved.switchboard_phone, saved.duty_phone) == (
        "Krokoms kommun",
        "2321",
        "+4664016100",
        "+46701740600",
    )
    assert saved.vma_frequency == "100,0 MHz"
    assert saved.checklist_authors == "Åsa Öberg, säkerhetssamordnare"
    assert focused() is widgets["is_default"]


def test_kommun_page_tab_into_a_filled_field_selects_it_so_typing_replaces(
    qtbot: Any, make_window: Any, database: Any
) -> None:
    """Tab into a filled line edit selects it (Qt's default): on 7b31c3e the page read again
    after the previous field's commit set the text anew, the selection went and "2321" was
    appended to "2309"."""
    municipalities.add_municipality(database, {"name": "Krokoms kommun", "code": "2309"})
    window = make_window(database)
    press(qtbot, window, Key.Key_5)
    page = window.municipality_page
    settle(qtbot, window)
    widgets = page.form.widgets
    name = widgets["name"]
    name.setFocus()
    qtbot.waitUntil(lambda: focused() is name)
    assert isinstance(name, QLineEdit)
    name.selectAll()
    keys(qtbot, "Krokom", Key.Key_Tab)  # the name's commit reads the page again
    settle(qtbot, window)
    code = widgets["code"]
    assert focused() is code
    assert isinstance(code, QLineEdit) and code.selectedText() == "2309"
    keys(qtbot, "2321", Key.Key_Tab)
    settle(qtbot, window)
    saved = municipalities.list_municipalities(database)[0]
    assert (saved.name, saved.code) == ("Krokom", "2321")


# -- 3. Role grid --------------------------------------------------------------------------------
def test_role_grid_tab_walks_holder_deputies_next_role_and_keeps_focus_after_a_pick(
    qtbot: Any, window: MainWindow
) -> None:
    """On 7b31c3e a person picked with the arrow keys was saved and the grid was built anew:
    the focused picker was deleted, and the next Tab started from the window's top (the tab
    bar). The focused picker's only mark was Fusion's 1-pixel outline."""
    tab = window.area_tabs[TabKey.ROLES]
    assert isinstance(tab, RolesTab)
    window.tabs.setCurrentWidget(tab)
    settle(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = tab.table
    first = table.cellWidget(0, 1)
    first.setFocus()
    qtbot.waitUntil(lambda: focused() is first)
    before = first.currentData()
    keys(qtbot, Key.Key_Down)  # browse to the next person (not saved yet: see
    keys(qtbot, Key.Key_Return)  # test_roles_pickers), Enter chooses: saved
    settle(qtbot, window)
    role = tab.staffing[0].role
    holder = tab.staffing[0].holder
    assert holder is not None and holder.contact_id != before, "the pick was not saved"
    assert focused() is table.cellWidget(0, 1), (
        f"after the save the focus is on {focused().objectName() or focused()!r}"
    )
    walked = [focused().objectName()]
    for _ in range(4):
        keys(qtbot, Key.Key_Tab)
        walked.append(focused().objectName())
    second = tab.staffing[1].role
    code = role.code or role.id
    code2 = second.code or second.id
    assert walked == [
        f"role_{code}_0",
        f"role_{code}_1",
        f"role_{code}_2",
        f"role_{code2}_0",
        f"role_{code2}_1",
    ]
    # The focused picker is marked by a frame two pixels wide in the highlight colour.
    picker = focused()
    image = picker.grab().toImage()
    mark = picker.palette().color(QPalette.ColorRole.Highlight)
    middle = image.height() // 2
    for x in (0, 1):
        assert image.pixelColor(x, middle) == mark, f"no focus mark at x={x}"
    picker.clearFocus()
    assert picker.grab().toImage().pixelColor(1, middle) != mark


# -- 4. Area list --------------------------------------------------------------------------------
def test_tab_leaves_the_area_list_and_the_arrows_still_move_the_area(
    qtbot: Any, window: MainWindow
) -> None:
    """On 7b31c3e Tab walked the list's cells and on to the next row, so each second Tab opened
    another area and the focus never reached what follows the list."""
    view = window.area_panel.view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.waitUntil(lambda: focused() is view)
    row = view.currentIndex().row()
    keys(qtbot, Key.Key_Tab)
    settle(qtbot, window)
    assert view.currentIndex().row() == row, "Tab chose another area"
    assert focused() is not view, "Tab stayed in the area list"
    assert focused() is window.area_panel.new_button
    view.setFocus()
    qtbot.waitUntil(lambda: focused() is view)
    keys(qtbot, Key.Key_Down)
    settle(qtbot, window)
    assert view.currentIndex().row() == row + 1, "Down no longer moves to the next area"


# -- 2. Sync set-up ------------------------------------------------------------------------------
def _open_setup_from_the_menu(qtbot: Any, window: MainWindow) -> Any:
    """Synk > Ställ in säker synk… (the menu's action, as the keys reach it)."""
    menus: list[QMenu] = window.menuBar().findChildren(QMenu)
    menu = next(m for m in menus if m.title().replace("&", "") == "Synk")
    action = next(a for a in menu.actions() if a.text().startswith("Ställ in säker synk"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    action.trigger()
    qtbot.waitUntil(lambda: window.sync.setup_dialog is not None)
    dialog = window.sync.setup_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isActiveWindow())
    return dialog


def test_sync_setup_opens_on_the_databases_role_with_the_name_focused(
    qtbot: Any, make_window: Any, database: Any
) -> None:
    """On 7b31c3e the dialog opened with its scroll area focused (not a field), and showed the
    laptop's steps on an office database until the role was read: the typed name went
    nowhere. The name, once read, is selected, so typing replaces it."""
    api.set_role(database, "office")
    api.rename_device(database, "Gamla kontoret")  # a name typed over, not appended to
    window = make_window(database)
    dialog = _open_setup_from_the_menu(qtbot, window)
    # Before the state is back from the worker no laptop steps and no Fältdator are shown.
    if dialog.state is None:
        assert not dialog.field_role.isChecked()
        assert dialog.pages.currentWidget() is dialog.office_page or not dialog.pages.isVisible()
    assert focused() is dialog.name, f"the dialog opens with {focused().objectName()!r} focused"
    # Once read, the name shows, selected: typing replaces it.
    qtbot.waitUntil(lambda: dialog.state is not None)
    assert dialog.name.text() == "Gamla kontoret"
    assert dialog.name.selectedText() == "Gamla kontoret"
    keys(qtbot, "Kontoret Storgatan", Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.state is not None and dialog.state.named)
    assert dialog.state.name == "Kontoret Storgatan"
    assert dialog.state.role == "office"
    assert api.setup_state(database).role == "office"
    assert dialog.office_role.isChecked() and not dialog.field_role.isChecked()
    assert dialog.pages.currentWidget() is dialog.office_page


# -- 5. Mnemonics --------------------------------------------------------------------------------
def mnemonic(text: str) -> str:
    """The underlined letter of a Qt text ("S&ynk" -> "y", "&&" is a literal ampersand)."""
    letter = QKeySequence.mnemonic(text).toString()
    return letter.split("+")[-1].lower() if letter else ""


def test_every_underlined_letter_of_the_print_preview_presses_its_button(
    qtbot: Any, window: MainWindow, monkeypatch: Any
) -> None:
    """On 7b31c3e *Spara PDF…* and *Skriv ut…* were given Ctrl+S and Ctrl+P with setShortcut,
    which replaced their Alt+S and Alt+U: underlined, and dead."""
    pressed: list[str] = []
    monkeypatch.setattr(PrintPreviewDialog, "save", lambda self, path=None: pressed.append("save"))
    monkeypatch.setattr(PrintPreviewDialog, "print_document", lambda self: pressed.append("print"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Key.Key_P, CTRL)
    dialog = window.findChild(PrintPreviewDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None and dialog.isActiveWindow(), timeout=15000)
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton) if mnemonic(b.text())}
    assert set(buttons) >= {"&Spara PDF…", "Skriv &ut…"}
    for text, expected in (("&Spara PDF…", "save"), ("Skriv &ut…", "print")):
        pressed.clear()
        letter = mnemonic(text)
        qtbot.keyClick(focused(), Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        # A button's own shortcut clicks it animated, a moment later.
        try:
            qtbot.waitUntil(lambda expected=expected: pressed == [expected], timeout=3000)
        except QtTimeout:
            raise AssertionError(f"Alt+{letter.upper()} ({text}) did {pressed}") from None
    for key, expected in ((Key.Key_S, "save"), (Key.Key_P, "print")):
        pressed.clear()
        qtbot.keyClick(focused(), key, CTRL)
        qtbot.waitUntil(lambda expected=expected: pressed == [expected], timeout=3000)
    dialog.reject()


def main_window_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, text) of every title in the menu bar and the area's tabs."""
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [window.modes.tabText(i) for i in range(window.modes.count())]
    return [(mnemonic(t), t) for t in texts if mnemonic(t)]


def test_the_main_windows_underlined_letters_are_unique_in_both_languages(
    qtbot: Any, window: MainWindow
) -> None:
    """On 7b31c3e Alt+R was both *Redigera* and *Roller*, Alt+K both *Kontakter* and
    *Informationskanaler*; in English Alt+E both *Edit* and *Equipment*."""
    for language in ("sv", "en"):
        window.actions_[Act.LANG_EN if language == "en" else Act.LANG_SV].trigger()
        settle(qtbot, window)
        found = main_window_mnemonics(window)
        assert len(found) >= 11, found  # five menus, six area tabs
        letters: dict[str, list[str]] = {}
        for letter, text in found:
            letters.setdefault(letter, []).append(text)
        twice = {k: v for k, v in letters.items() if len(v) > 1}
        assert not twice, f"{language}: one Alt letter for several titles: {twice}"
    window.actions_[Act.LANG_SV].trigger()
    settle(qtbot, window)

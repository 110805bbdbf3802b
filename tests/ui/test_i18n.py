"""Swedish and English are complete, compiled, and switchable from the Språk menu."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from tools import i18n_build
from trygghetsapp.resources import resources_dir
from trygghetsapp.ui import settings as keys
from trygghetsapp.ui.actions import Act
from trygghetsapp.ui.i18n import choose_language
from trygghetsapp.ui.main_window import MainWindow

I18N = resources_dir() / "i18n"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _translated(translation: ET.Element) -> bool:
    """Its text, or for a count (numerus) every one of its forms, is filled in."""
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def test_every_string_in_the_code_is_translated_in_both_languages(tmp_path: Path) -> None:
    """lupdate over today's code finds no string the committed .ts files lack."""
    for language in ("sv", "en"):
        committed = I18N / f"trygghetsapp_{language}.ts"
        fresh = tmp_path / committed.name
        shutil.copy(committed, fresh)
        i18n_build.update(fresh, language)
        messages = _messages(fresh)
        assert set(messages) == set(_messages(committed)), f"run i18n_build ({language})"
        unfinished = [
            source
            for (_context, source), message in messages.items()
            if (translation := message.find("translation")) is None
            or translation.get("type") in ("unfinished", "obsolete", "vanished")
            or not _translated(translation)
        ]
        assert unfinished == []
        assert (I18N / f"trygghetsapp_{language}.qm").stat().st_size > 1000


def test_language_choice_order() -> None:
    assert choose_language("en", "sv") == "en"
    assert choose_language(None, "sv") == "sv"
    assert choose_language(None, "system") in ("sv", "en")


def test_switch_language_from_the_menu(qtbot: Any, window: MainWindow) -> None:
    assert window.tabs.tabText(1) == "&Utrustning"
    assert window.menuBar().actions()[0].text() == "&Arkiv"
    window.open_gap(window.area_panel.model.area_id(0), "equipment")
    area = window.area_id
    window.overview.prefetch()  # a worker job in flight across the rebuild must land harmlessly

    window.actions_[Act.LANG_EN].trigger()
    assert window.tabs.tabText(1) == "E&quipment"
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.modes.tabText(1) == "Overview – readiness"
    # The same area and tab stay open, and catalogue labels follow the language too.
    assert window.area_id == area
    assert window.tabs.currentIndex() == 1
    equipment_tab = window.area_tabs["equipment"]
    assert equipment_tab.category_filter.itemText(0) == "All categories"  # type: ignore[attr-defined]
    assert keys.get_str(window.settings, keys.LANGUAGE) == "en"

    window.worker.wait()
    window.actions_[Act.LANG_SV].trigger()
    assert window.tabs.tabText(1) == "&Utrustning"
    assert window.modes.tabText(1) == "Översikt – beredskap"


QT_BUTTONS = """
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from trygghetsapp.ui.i18n import Translations
app = QApplication([])
translations = Translations()
Button = QMessageBox.StandardButton
for language in ("sv", "en", "sv"):
    translations.install(language)
    box = QMessageBox(QMessageBox.Icon.Question, "", "?", Button.Yes | Button.No)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    texts = (box.button(Button.Yes).text(), box.button(Button.No).text())
    print(language, *texts, close.button(QDialogButtonBox.StandardButton.Close).text())
"""


def test_qts_own_buttons_speak_the_users_language(tmp_path: Path) -> None:
    """The discard question's Ja/Nej, a dialog's Stäng, the file dialog's texts: Qt's own
    strings. The PySide6 wheel has no Swedish qtbase catalogue, so without our
    qt_standard_sv they were English in a Swedish window ("Yes/No", J did nothing). In a
    process of its own: the test session keeps other windows' translators installed."""
    import subprocess
    import sys

    from .conftest import child_env

    result = subprocess.run(
        [sys.executable, "-c", QT_BUTTONS],
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.splitlines() == [
        "sv &Ja &Nej Stäng",
        "en &Yes &No Close",
        "sv &Ja &Nej Stäng",
    ]

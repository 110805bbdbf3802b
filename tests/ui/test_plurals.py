"""Issue 13 item 9: a count and its words agree, in Swedish and English, in the window and on the
command line ("1 sak är inte markerad", "1 öppen konflikt", "1 ändring väntar", "1 område").

- Every count-bearing message of the window is a numerus message (`tr(text, "", n)`), and each
  one's n=1 and n=2 in both languages is checked against what a reader expects (`EXPECTED`).
- No message of the window puts a count before a plural word by `replace("%1", ...)` any more
  (the class of the bug), except the ones that choose their sentence by the count themselves.
- The three sentences the coordinator met are driven through the real widgets at n=1 and n=2.
- The command line: every counted phrase, and a real command's output at 1 and 2.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tests.ui.conftest import settle, start_inspection
from tests.ui.sync_setup import Pair, open_pair
from trygghetsapp.cli import common
from trygghetsapp.services import areas, contacts
from trygghetsapp.services.database import Database
from trygghetsapp.sync import api
from trygghetsapp.ui.i18n import Translations
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.inspection import InspectionTab

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"

# (context, source) -> {language: (n=1, n=2)}: the words a reader expects, in full.
EXPECTED: dict[tuple[str, str], dict[str, tuple[str, str]]] = {
    ("Counts", "%n nya"): {"sv": ("1 ny", "2 nya"), "en": ("1 new", "2 new")},
    ("Counts", "%n ändrade"): {"sv": ("1 ändrad", "2 ändrade"), "en": ("1 changed", "2 changed")},
    ("Counts", "%n oförändrade"): {
        "sv": ("1 oförändrad", "2 oförändrade"),
        "en": ("1 unchanged", "2 unchanged"),
    },
    ("Counts", "%n konflikter"): {
        "sv": ("1 konflikt", "2 konflikter"),
        "en": ("1 conflict", "2 conflicts"),
    },
    ("Counts", "%n fel"): {"sv": ("1 fel", "2 fel"), "en": ("1 error", "2 errors")},
    ("EquipmentTab", "%n försenade"): {
        "sv": ("1 försenad", "2 försenade"),
        "en": ("1 overdue", "2 overdue"),
    },
    ("MunicipalityPage", "%n områden har ingen kommun: deras checklistor saknar TiB-numret."): {
        "sv": (
            "1 område har ingen kommun: dess checklista saknar TiB-numret.",
            "2 områden har ingen kommun: deras checklistor saknar TiB-numret.",
        ),
        "en": (
            "1 area has no municipality: its checklist lacks the duty officer's number.",
            "2 areas have no municipality: their checklists lack the duty officer's number.",
        ),
    },
    ("EquipmentTab", "%n aldrig kontrollerade"): {
        "sv": ("1 aldrig kontrollerad", "2 aldrig kontrollerade"),
        "en": ("1 never checked", "2 never checked"),
    },
    ("OverviewPanel", "%n områden"): {"sv": ("1 område", "2 områden"), "en": ("1 area", "2 areas")},
    ("OverviewPanel", "%n kritiska"): {
        "sv": ("1 kritiskt", "2 kritiska"),
        "en": ("1 critical", "2 critical"),
    },
    ("SyncController", "%n ändringar väntar"): {
        "sv": ("1 ändring väntar", "2 ändringar väntar"),
        "en": ("1 change waiting", "2 changes waiting"),
    },
    ("SyncPanel", "%n ändringar gjorda här"): {
        "sv": ("1 ändring gjord här", "2 ändringar gjorda här"),
        "en": ("1 change made here", "2 changes made here"),
    },
    ("SyncPanel", "%n skickade i paket"): {
        "sv": ("1 skickad i paket", "2 skickade i paket"),
        "en": ("1 sent in packages", "2 sent in packages"),
    },
    ("SyncPanel", "%n ändringar är inte bekräftade än"): {
        "sv": ("1 ändring är inte bekräftad än", "2 ändringar är inte bekräftade än"),
        "en": ("1 change not confirmed yet", "2 changes not confirmed yet"),
    },
    ("SyncPanel", "… och %n äldre ('trygghetsapp sync status' visar alla)"): {
        "sv": (
            "… och 1 äldre ('trygghetsapp sync status' visar alla)",
            "… och 2 äldre ('trygghetsapp sync status' visar alla)",
        ),
        "en": (
            "… and 1 older one ('trygghetsapp sync status' shows them all)",
            "… and 2 older ones ('trygghetsapp sync status' shows them all)",
        ),
    },
    ("XlsxImportWizard", "Blad och kolumner (%n okända)"): {
        "sv": ("Blad och kolumner (1 okänd)", "Blad och kolumner (2 okända)"),
        "en": ("Sheets and columns (1 unknown)", "Sheets and columns (2 unknown)"),
    },
}
# Long sentences: the part that carries the number, n=1 and n=2 (the rest is the same).
EXPECTED_PARTS: dict[tuple[str, str], dict[str, tuple[str, str]]] = {
    (
        "InspectionTab",
        "%n saker är inte markerade och behåller sitt skick och datum. Avsluta ändå?",
    ): {
        "sv": ("1 sak är inte markerad och behåller sitt", "2 saker är inte markerade och"),
        "en": ("1 item is not marked and keeps its", "2 items are not marked and keep their"),
    },
    (
        "ConflictsPanel",
        "%n öppna konflikter. Samma uppgift har ändrats på två datorer innan de hann synka; "
        "det senaste värdet gäller tills du väljer.",
    ): {
        "sv": ("1 öppen konflikt.", "2 öppna konflikter."),
        "en": ("1 open conflict.", "2 open conflicts."),
    },
    (
        "ReviewSection",
        "%n kontakter har passerat sitt granskningsdatum, saknar ett eller saknar en vald "
        "rättslig grund. Gå igenom dem med personen (behövs uppgifterna fortfarande?). "
        "Dubbelklicka för att öppna.",
    ): {
        "sv": ("1 kontakt har passerat sitt", "2 kontakter har passerat sitt"),
        "en": ("1 contact is past its", "2 contacts are past their"),
    },
    (
        "SyncController",
        "Ett synkpaket med %n ändringar sparades i mappen %1. Ta med filen till kontoret.",
    ): {
        "sv": ("med 1 ändring sparades", "med 2 ändringar sparades"),
        "en": ("with 1 change was saved", "with 2 changes was saved"),
    },
    (
        "SyncReportDialog",
        "Dina %n ändringar lades i synkmappen. De andra datorerna får dem när de synkar.",
    ): {
        "sv": ("Din ändring lades i synkmappen. De andra datorerna får den", "Dina 2 ändringar"),
        "en": ("Your change was put", "Your 2 changes were put"),
    },
    ("ExportDialog", "Sparad: %1 (%n trygghetspunkter, profil: %3)"): {
        "sv": ("(1 trygghetspunkt, profil", "(2 trygghetspunkter, profil"),
        "en": ("(1 safety point, profile", "(2 safety points, profile"),
    },
    (
        "ContactsTab",
        "Ta också bort %1 ur de %n äldre säkerhetskopiorna på den här datorn nu?\n\nNej: de "
        "finns kvar tills de ersätts (inom ungefär %3 dagar).",
    ): {
        "sv": ("ur den äldre säkerhetskopian", "ur de 2 äldre säkerhetskopiorna"),
        "en": ("from the older backup", "from the 2 older backups"),
    },
    (
        "ContactsTab",
        "Radera %1 för gott?\n\nTas bort nu, på den här datorn: kontaktuppgifterna (också ur "
        "ändringshistoriken) och personens %n roller.",
    ): {
        "sv": ("personens 1 roll.", "personens 2 roller."),
        "en": ("person's 1 role.", "person's 2 roles."),
    },
    (
        "ContactsTab",
        "Personen nämns också på %n andra ställen; namn, telefon och e-post töms där:",
    ): {
        "sv": ("på 1 annat ställe;", "på 2 andra ställen;"),
        "en": ("in 1 other place;", "in 2 other places;"),
    },
    (
        "ContactsTab",
        "%n äldre säkerhetskopior på den här datorn (ersätts inom ungefär %2 dagar, eller tas "
        "bort nu om du väljer det)",
    ): {
        "sv": ("1 äldre säkerhetskopia på", "2 äldre säkerhetskopior på"),
        "en": ("1 older backup on", "2 older backups on"),
    },
}

PLURAL_WORDS = (
    "ändringar|konflikter|områden|saker|kontakter|poster|filer|trygghetspunkter|roller|"
    "säkerhetskopior|säkerhetskopiorna|nya|ändrade|oförändrade|okända|försenade|kritiska|"
    "sidor|PDF-filer|ställen|rader|affischer"
)
COUNT_BEFORE_PLURAL = re.compile(rf"%\d (?:\w+ )?(?:{PLURAL_WORDS})\b")
CHOSEN_BY_THE_CALLER = {
    # These sit in an `if n == 1 ... else` with their own singular sentence beside them.
    ("BatchExportDialog", "Skapar %1 PDF för %2 områden…"),
    ("BatchExportDialog", "%1 PDF-filer sparade i %2."),
    ("BatchExportDialog", "Avbrutet. %1 av %2 PDF-filer hann sparas (varje fil är komplett)."),
    ("PrintPreviewDialog", "%1 sidor"),
    ("PrintPreviewDialog", "%1 sidor skickade till skrivaren."),
}
"""Not numerus, and right: the count picks the sentence before it is translated ("av 2
PDF-filer" is never singular, the batch needs at least two)."""


def _messages(language: str) -> list[tuple[str, str, bool]]:
    tree = ET.parse(I18N / f"trygghetsapp_{language}.ts")
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            bool(message.get("numerus")),
        )
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


@pytest.fixture
def translations(qapp: Any) -> Iterator[Callable[[str], None]]:
    installed = Translations()
    yield installed.install
    installed.install("sv")


def test_every_numerus_message_is_checked_at_one_and_two(
    translations: Callable[[str], None],
) -> None:
    numerus = {(c, s) for c, s, n in _messages("sv") if n}
    assert numerus == {(c, s) for c, s, n in _messages("en") if n}
    assert numerus == set(EXPECTED) | set(EXPECTED_PARTS), "a numerus message is not checked"
    for language in ("sv", "en"):
        translations(language)
        for (context, source), forms in EXPECTED.items():
            shown = tuple(QCoreApplication.translate(context, source, "", n) for n in (1, 2))
            assert shown == forms[language], (language, source)
        for (context, source), parts in EXPECTED_PARTS.items():
            for n, part in zip((1, 2), parts[language], strict=True):
                shown = QCoreApplication.translate(context, source, "", n)
                assert part in shown, (language, n, shown)


def test_no_count_is_put_before_a_plural_word_by_hand() -> None:
    """The class of the bug: '%1 saker' filled with 1. A count before a plural word is a
    numerus message (%n), or its caller picks a singular sentence itself (listed)."""
    found = [
        (context, source)
        for context, source, numerus in _messages("sv")
        if not numerus and COUNT_BEFORE_PLURAL.search(source)
    ]
    assert set(found) <= CHOSEN_BY_THE_CALLER, sorted(set(found) - CHOSEN_BY_THE_CALLER)


# -- the window, driven --------------------------------------------------------------------
def _inspection_with_unmarked(
    qtbot: Any, window: MainWindow, unmarked: int, messages: list[str]
) -> str:
    _area_id, tab = start_inspection(qtbot, window, "Aspås", inspector="Eva")
    assert isinstance(tab, InspectionTab)
    tab.walk.setFocus()
    tab.walk.setCurrentIndex(tab.model.index(0, 0))
    for _row in range(tab.model.rowCount() - unmarked):
        qtbot.keyClick(tab.walk, Qt.Key.Key_O)
    settle(qtbot, window)
    before = len(messages)
    qtbot.mouseClick(tab.finish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert len(messages) == before + 1
    return messages[-1]


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("sv", "1 sak är inte markerad", "2 saker är inte markerade"),
        ("en", "1 item is not marked", "2 items are not marked"),
    ],
)
def test_finishing_with_one_or_two_unmarked_items(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    demo_database: Database,
    messages: list[str],
    language: str,
    one: str,
    two: str,
) -> None:
    window = make_window(demo_database, language)
    assert _inspection_with_unmarked(qtbot, window, 1, messages).startswith(one)
    assert _inspection_with_unmarked(qtbot, window, 2, messages).startswith(two)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("sv", "1 ändring väntar", "2 ändringar väntar"), ("en", "1 change waiting", "2 changes")],
)
def test_changes_waiting_in_the_status_bar(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    database: Database,
    tmp_path: Path,
    language: str,
    one: str,
    two: str,
) -> None:
    (tmp_path / "paket").mkdir()
    api.export_package(database, tmp_path / "paket")  # what a new database holds: sent
    window = make_window(database, language)
    areas.create_area(database, {"name": "Valsjöbyn"})  # one change waits
    window.sync.refresh(now=True)
    qtbot.waitUntil(lambda: one in window.sync.summary.text(), timeout=10000)
    assert two not in window.sync.summary.text()
    areas.create_area(database, {"name": "Åsarna"})
    window.sync.refresh(now=True)
    qtbot.waitUntil(lambda: two in window.sync.summary.text(), timeout=10000)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = open_pair(tmp_path)
    yield made
    made.close()


def _conflicts(pair: Pair, fields: dict[str, tuple[str, str]]) -> None:
    """The same fields of one contact edited on both computers before either saw the other."""
    area_id, _ = areas.create_area(pair.laptop, {"name": "Valsjöbyn"})
    contact_id, _ = contacts.add_contact(pair.laptop, {"area_id": area_id, "name": "Märta"})
    api.sync_now(pair.laptop, pair.folder)
    api.sync_now(pair.office)
    contacts.update_contact(pair.laptop, contact_id, {k: v[0] for k, v in fields.items()})
    contacts.update_contact(pair.office, contact_id, {k: v[1] for k, v in fields.items()})
    api.sync_now(pair.office)
    api.sync_now(pair.laptop, pair.folder)


@pytest.mark.parametrize(
    ("language", "fields", "expected"),
    [
        ("sv", {"phone": ("070-111 11 11", "070-222 22 22")}, "1 öppen konflikt."),
        (
            "sv",
            {"phone": ("070-111 11 11", "070-222 22 22"), "email": ("a@x.se", "b@x.se")},
            "2 öppna konflikter.",
        ),
        ("en", {"phone": ("070-111 11 11", "070-222 22 22")}, "1 open conflict."),
        (
            "en",
            {"phone": ("070-111 11 11", "070-222 22 22"), "email": ("a@x.se", "b@x.se")},
            "2 open conflicts.",
        ),
    ],
)
def test_open_conflicts_counted(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    pair: Pair,
    language: str,
    fields: dict[str, tuple[str, str]],
    expected: str,
) -> None:
    _conflicts(pair, fields)
    assert len(api.list_conflicts(pair.laptop)) == len(fields)
    window = make_window(pair.laptop, language)
    window.show_conflicts()
    summary = window.conflicts_panel.summary
    qtbot.waitUntil(lambda: summary.text().startswith(expected), timeout=10000)


# -- the command line ----------------------------------------------------------------------
def test_every_counted_phrase_of_the_command_line_at_one_and_two() -> None:
    for one, many in common.PLURALS.items():
        assert common.count(1, one) == f"1 {one}"
        assert common.count(2, one) == f"2 {many}"
        assert common.count(0, one) == f"0 {many}"


def test_no_command_puts_a_count_before_a_plural_word_by_hand() -> None:
    """An f-string '{n} områden' is the bug; `count(n, "område")` is the cure."""
    plural = {many for one, many in common.PLURALS.items() if one != many}
    words = "|".join(sorted((re.escape(w) for w in plural), key=len, reverse=True))
    pattern = re.compile(rf"\}} (?:{words})\b")
    found = []
    for path in sorted((ROOT / "trygghetsapp" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                text = ast.unparse(node)
                if pattern.search(text):
                    found.append(f"{path.name}:{node.lineno}: {text}")
    assert found == []


@pytest.mark.parametrize(("made", "expected"), [(1, "(1 ändring)"), (2, "(2 ändringar)")])
def test_sync_export_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], made: int, expected: str
) -> None:
    from trygghetsapp.cli import main
    from trygghetsapp.services.database import open_database

    db = tmp_path / "t.sqlite"
    database = open_database(db, device_name="Fältdator")
    out = tmp_path / "ut"
    out.mkdir()
    api.export_package(database, out)  # what a new database holds: sent
    for number in range(made):
        areas.create_area(database, {"name": f"Område {number}"})
    database.close()
    assert main(["--db", str(db), "sync", "export", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert expected in said, said

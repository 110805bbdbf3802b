"""Säkerhetskopior: back up, edit, restore in the dialog; the edit is gone, a way back kept."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from trygghetsapp.services import areas, backups
from trygghetsapp.services.readmodels import Entity
from trygghetsapp.ui import commands
from trygghetsapp.ui.actions import Act
from trygghetsapp.ui.backups_dialog import BackupsDialog, size_text
from trygghetsapp.ui.main_window import MainWindow


def _reasons(dialog: BackupsDialog) -> list[str]:
    return [info.reason for info in dialog.infos]


def test_backup_edit_restore_through_the_dialog(
    qtbot: Any, window: MainWindow, messages: list[str]
) -> None:
    db = window.context.database
    area_id = window.area_id
    assert area_id is not None
    old_name = areas.get_area(db, area_id).name

    window.actions_[Act.BACKUPS].trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.isVisible()
    before = len(dialog.infos)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.infos) == before + 1, timeout=20000)
    assert dialog.infos[0].reason == "manual" and dialog.infos[0].taken is not None
    assert dialog.table.item(0, 1).text() == "Manuell"
    assert dialog.table.item(0, 2).text().endswith(("kB", "MB"))

    # An edit after the backup, undoable as usual.
    written: list[bool] = []
    commands.update(
        window.context,
        "Byt namn",
        Entity.AREA,
        area_id,
        {"name": old_name},
        {"name": "Ändrat efter kopian"},
        lambda: written.append(True),
        lambda error: pytest.fail(str(error)),
        area_id,
    )
    qtbot.waitUntil(lambda: written == [True])
    assert areas.get_area(db, area_id).name == "Ändrat efter kopian"
    assert window.context.undo_stack.count() == 1

    dialog.table.selectRow(0)
    assert dialog.selected() is not None and dialog.selected().reason == "manual"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "before-restore" in _reasons(dialog), timeout=20000)
    question = next(m for m in messages if m.startswith("Återställa databasen"))
    assert "(Manuell)" in question and "sparas först" in question

    assert areas.get_area(db, area_id).name == old_name  # the edit is gone
    assert window.context.undo_stack.count() == 0  # its undo would refer to a lost state
    qtbot.waitUntil(lambda: window.area_title.text().startswith(old_name))  # reloaded
    assert "återställd" in window.statusBar().currentMessage()
    safety = next(i for i in backups.describe_backups(db) if i.reason == "before-restore")
    assert dialog.table.item(_reasons(dialog).index("before-restore"), 1).text() == (
        "Före återställning"
    )
    # The replaced state is in that backup: restoring it brings the edit back.
    backups.restore(db, safety.path)
    assert areas.get_area(db, area_id).name == "Ändrat efter kopian"


def test_backup_names_and_sizes_are_read_for_the_list(tmp_path: Any) -> None:
    path = tmp_path / "min_databas_2026-11-27_031500_123456_before-import.sqlite"
    path.write_bytes(b"x" * 3000)
    info = backups.describe(path)
    assert info.reason == "before-import" and info.size == 3000
    assert info.taken is not None and info.taken.strftime("%Y-%m-%d %H:%M") == "2026-11-27 03:15"
    stray = backups.describe(tmp_path / "kopia.sqlite")
    assert stray.reason == "other" and stray.taken is None
    assert size_text(3000) == "3 kB" and size_text(1_500_000) == "1,4 MB"

"""Long work runs on the database worker behind a progress dialog; Cancel leaves nothing behind."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QPushButton

from trygghetsapp.services import areas, transfer
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tasks import DatabaseWorker


def test_worker_runs_off_the_gui_thread_and_delivers_on_it(qtbot: Any) -> None:
    worker = DatabaseWorker()
    seen: dict[str, Any] = {}

    def work(progress: Any) -> int:
        seen["work_thread"] = QThread.currentThread()
        progress(50)
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_thread"] = QThread.currentThread()

    worker.submit(work, done, lambda e: seen.setdefault("error", e))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["work_thread"] is not seen["done_thread"]
    assert seen["done_thread"] is QThread.currentThread()
    worker.wait()


def test_demo_load_from_the_menu_with_progress(
    qtbot: Any, make_window: Callable[[Database], MainWindow], database: Database
) -> None:
    window = make_window(database)
    assert window.area_panel.model.rowCount() == 0
    dialog = window.load_demo()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: window.area_panel.model.rowCount() == 10, timeout=30_000)
    assert not dialog.isVisible()
    assert "Demodata" in window.statusBar().currentMessage()


def test_cancel_rolls_the_whole_load_back(
    qtbot: Any, make_window: Callable[[Database], MainWindow], database: Database
) -> None:
    window = make_window(database)
    dialog = window.load_demo(scale=20)
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Avbryt"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Avbrutet" in window.statusBar().currentMessage(), timeout=30_000)
    window.worker.wait()
    assert areas.count_areas(database) == 0


def test_import_json_on_the_worker_and_a_bad_file_refused(
    qtbot: Any,
    make_window: Callable[[Database], MainWindow],
    demo_database: Database,
    tmp_path: Path,
    messages: list[str],
) -> None:
    exported = tmp_path / "export.json"
    transfer.export_to_file(demo_database, exported)
    target = open_database(tmp_path / "target.sqlite")
    try:
        window = make_window(target)
        window.import_json(exported)
        qtbot.waitUntil(lambda: window.area_panel.model.rowCount() == 10, timeout=30_000)
        broken = tmp_path / "broken.json"
        data = json.loads(exported.read_text(encoding="utf-8"))
        data["areas"][0]["name"] = ""
        broken.write_text(json.dumps(data), encoding="utf-8")
        window.import_json(broken)
        qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
        assert "Traceback" not in messages[0]
        window.worker.wait()
    finally:
        target.close()

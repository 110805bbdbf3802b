"""The GUI thread's garbage collection (ui/qt_workarounds.py): full collections, which walk every
object the app holds, wait until the user is quiet, and what the start made is frozen."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from trygghetsapp.services import areas
from trygghetsapp.services.database import open_database
from trygghetsapp.ui.qt_workarounds import MainThreadGarbageCollector

from .conftest import child_env


class FakeGc:
    """The parts of `gc` the collector uses, with counts the test sets."""

    def __init__(self) -> None:
        self.counts = (0, 0, 0)
        self.collected: list[int] = []
        self.frozen = 0

    def get_threshold(self) -> tuple[int, int, int]:
        return (700, 10, 10)

    def disable(self) -> None:
        pass

    def get_count(self) -> tuple[int, int, int]:
        return self.counts

    def collect(self, generation: int = 2) -> None:
        self.collected.append(generation)

    def freeze(self) -> None:
        self.frozen += 1


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def collectors() -> Iterator[list[MainThreadGarbageCollector]]:
    """Collectors a test makes: their input watch ends with the test (the application, and
    its `focusWindowChanged`, live on)."""
    made: list[MainThreadGarbageCollector] = []
    yield made
    for collector in made:
        collector.timer.stop()
        collector.stop_watching()


def _collector(
    made: list[MainThreadGarbageCollector],
) -> tuple[MainThreadGarbageCollector, FakeGc, Clock]:
    fake, clock = FakeGc(), Clock()
    collector = MainThreadGarbageCollector(fake, clock)
    collector.timer.stop()
    made.append(collector)
    return collector, fake, clock


def test_a_full_collection_waits_while_the_user_types(qtbot: Any) -> None:
    fake, clock = FakeGc(), Clock()
    collector = MainThreadGarbageCollector(fake, clock)
    collector.timer.stop()  # the test calls `check` itself
    fake.counts = (701, 11, 11)  # every generation due
    collector.user_acted()
    clock.now += 0.5
    collector.check()
    assert fake.collected == [1] and collector.full_collections_waiting == 1
    clock.now += collector.QUIET_S
    collector.check()
    assert fake.collected == [1, 2]
    fake.counts = (701, 3, 0)
    collector.check()
    fake.counts = (5, 0, 0)
    collector.check()
    assert fake.collected == [1, 2, 0], "young generations as their counts say; nothing early"


def test_collections_wait_for_the_workers_job_to_end(
    qtbot: Any, qapp: Any, collectors: list[MainThreadGarbageCollector]
) -> None:
    """The worker's objects in flight count as new: collecting during its job walks them all,
    alive (0.3 s of frozen window during the overview's count at 20,000 areas)."""
    collector, fake, _clock = _collector(collectors)
    busy = [True]
    collector.settle_after_start(qapp, lambda: busy[0])
    fake.counts = (5000, 0, 0)
    collector.check()
    assert fake.collected == [] and collector.waited_for_worker == 1
    busy[0] = False
    collector.check()
    assert fake.collected == [0], "collected as soon as the job is done"
    busy[0] = True
    fake.counts = (collector.BUSY_LIMIT, 0, 0)
    collector.check()
    assert fake.collected == [0, 0], "a job holding a million new objects: memory comes first"


def _typed_into(qtbot: Any, field: QLineEdit) -> None:
    """A key as the window system delivers it: to the field's window, which passes it on."""
    field.window().show()
    field.window().activateWindow()
    qtbot.waitUntil(lambda: field.window().isActiveWindow())
    field.setFocus()
    window = field.window().windowHandle()
    assert window is not None
    QTest.keyClick(window, Qt.Key.Key_A)
    assert field.text().endswith("a"), "the key reached the field through its window"


def test_typing_in_the_window_counts_as_the_user_acting(
    qtbot: Any, qapp: Any, collectors: list[MainThreadGarbageCollector]
) -> None:
    collector, fake, clock = _collector(collectors)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    collector.settle_after_start(qapp)
    assert fake.collected == [] and fake.frozen == 1, "frozen without a full collection first"
    clock.now = 500.0
    _typed_into(qtbot, field)
    assert collector.last_input == 500.0
    fake.counts = (701, 11, 11)
    collector.check()
    assert fake.collected[-1] == 1, "a key press just now: the full collection waits"

    # A window opened later (a dialog) is watched once it has the focus.
    dialog_field = QLineEdit()
    qtbot.addWidget(dialog_field)
    clock.now = 900.0
    _typed_into(qtbot, dialog_field)
    assert collector.last_input == 900.0


def test_input_is_watched_on_windows_not_on_every_event_of_the_application(
    qtbot: Any, qapp: Any, collectors: list[MainThreadGarbageCollector]
) -> None:
    """An application-wide filter made every event of every object a Python call (3,000 for an
    area opened), a tenth of an area's opening time at 20,000 areas."""
    collector, _fake, _clock = _collector(collectors)
    seen: list[int] = []
    collector.user_acted = lambda: seen.append(1)  # type: ignore[method-assign]
    collector.settle_after_start(qapp)
    field = QLineEdit()
    qtbot.addWidget(field)
    QTest.keyClick(field, Qt.Key.Key_A)  # sent to the widget itself, past its window
    assert field.text() == "a" and seen == [], "the application's events are not filtered"
    _typed_into(qtbot, field)
    assert seen, "the window's input is"


def test_a_pop_up_that_never_gets_the_focus_is_watched_too(
    qtbot: Any, qapp: Any, collectors: list[MainThreadGarbageCollector]
) -> None:
    """Menus, combo lists and calendars are windows of their own that Windows and X11 never
    give the focus: a wheel or clicks there went unseen, and a full collection could stall the
    gesture. The offscreen platform focuses every window, so the focus hook is taken away here,
    as such a platform would leave it."""
    collector, _fake, clock = _collector(collectors)
    collector.settle_after_start(qapp)
    qapp.focusWindowChanged.disconnect(collector.watch_window)
    pop_up = QLineEdit()
    qtbot.addWidget(pop_up)
    pop_up.show()
    qtbot.waitExposed(pop_up)
    window = pop_up.windowHandle()
    assert window is not None
    collector.check()  # its timer: every half second
    clock.now = 700.0
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=pop_up.rect().center())
    assert collector.last_input == 700.0
    qapp.focusWindowChanged.connect(collector.watch_window)  # as stop_watching expects it


READY_THEN_FROZEN = """
import gc, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)

def when_ready():
    if not any(w.objectName() == "mainWindow" and w.isVisible() for w in app.topLevelWidgets()):
        QTimer.singleShot(10, when_ready)
        return
    def frozen():  # the hand-over queued the freeze before the window showed: it ran by now
        print("FROZEN", gc.get_freeze_count() > 10000, gc.isenabled(), flush=True)
        app.quit()
    QTimer.singleShot(0, frozen)

QTimer.singleShot(0, when_ready)
from trygghetsapp.app import run_gui
sys.exit(run_gui(Path(sys.argv[1]), "sv"))
"""


def test_the_app_freezes_what_its_start_made(tmp_path: Path) -> None:
    db_path = tmp_path / "db.sqlite"
    database = open_database(db_path)
    areas.create_area(database, {"name": "Åsen"})
    database.close()
    result = subprocess.run(
        [sys.executable, "-c", READY_THEN_FROZEN, str(db_path)],
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "FROZEN True False" in result.stdout, result.stderr[-2000:]

"""The window on an office's server database (issue 19, item 1; docs/office-postgresql.md).

On the throw-away PostgreSQL server (tests/pg.py): the whole start (`trygghetsapp --db
postgresql://...` with no command) opens the main window, its title names the server database
without the password, no file lock, start view or backup is made; the window lists the areas and
an edit in it is committed (read back by a connection of its own); two installations have
windows on one database at once; a server that stops answering, a refused login and an
unreachable server each give one sentence, never a traceback; a municipality's login sees only
its areas; the county's read-only login is told so when it edits.

The guard of tests/ui/conftest.py is on for all of them: the window's database work runs on its
worker, on PostgreSQL as on SQLite.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.pg import PgServer
from tests.store.test_office_scoping import County
from tests.ui.conftest import child_env, open_area_tab, settle, when_main_window_shows
from trygghetsapp.cli import main
from trygghetsapp.services import areas, safety_points
from trygghetsapp.services.database import Database, open_database
from trygghetsapp.ui.actions import Act
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.safety_point import SafetyPointTab

pytestmark = pytest.mark.postgresql

PASSWORD = "hemligt-lösen-4711"
SECOND_WINDOW = Path(__file__).with_name("_office_second_window.py")


def _dbname(url: str) -> str:
    return url.split("/")[3].split("?")[0]


def _with_password(url: str, user: str = "postgres") -> str:
    """The URL with a password in it (the test server trusts every local login: it is not
    checked, but the app must never show or log it)."""
    return url.replace("postgresql://postgres@", f"postgresql://{user}:{PASSWORD}@")


@pytest.fixture
def office(pg_server: PgServer, tmp_path: Path) -> Iterator[str]:
    """A server database with two areas and a safety point each, made by an administrator's
    installation; its URL."""
    url = pg_server.new_database("office")
    admin = open_database(url, anchor=tmp_path / "admin" / "office")
    try:
        for name in ("Bergsbyn", "Åsen"):
            area_id, _ = areas.create_area(admin, {"name": name})
            safety_points.create_safety_point(
                admin,
                {"area_id": area_id, "name": f"Bygdegården i {name}", "kind": "village_hall",
                 "level": 1, "latitude": 63.2, "longitude": 14.6},
            )  # fmt: skip
    finally:
        admin.close()
    yield url
    pg_server.drop(url)


def _read_back(server: PgServer, url: str, statement: str, *args: Any) -> Any:
    """A value read by a connection of its own (not the window's)."""
    with psycopg.connect(
        dbname=_dbname(url), user="postgres", host=str(server.socket_dir), port=server.port
    ) as connection:
        row = connection.execute(statement, args).fetchone()  # type: ignore[arg-type]
    return None if row is None else row[0]


def _type(qtbot: Any, widget: QLineEdit, text: str) -> None:
    """Replace the field's text as a user types it and leave it with Return."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    settle(qtbot, widget.window())


def _listed(window: MainWindow) -> list[str]:
    model = window.area_panel.model
    return [str(model.index(row, model.NAME).data()) for row in range(model.rowCount())]


def _address_field(qtbot: Any, window: MainWindow, area_id: str) -> QLineEdit:
    tab = open_area_tab(qtbot, window, area_id, "point")
    assert isinstance(tab, SafetyPointTab)
    qtbot.waitUntil(tab.point_form.isVisible)
    field = tab.point_form.widgets["address"]
    assert isinstance(field, QLineEdit)
    return field


def _name_field(qtbot: Any, window: MainWindow, area_id: str) -> QLineEdit:
    tab = open_area_tab(qtbot, window, area_id, "point")
    assert isinstance(tab, SafetyPointTab)
    qtbot.waitUntil(tab.point_form.isVisible)
    field = tab.point_form.widgets["name"]
    assert isinstance(field, QLineEdit)
    return field


def _area_id(url: str, server: PgServer, name: str) -> str:
    return str(_read_back(server, url, "SELECT id FROM area WHERE name = %s", name))


# -- the whole start ------------------------------------------------------------------------


def test_the_window_opens_a_server_database_from_the_command_line(
    qtbot: Any, office: str, pg_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`trygghetsapp --db postgresql://...`: the main window opens on the server database (it
    was refused before), lists its areas and commits an edit; its title names the database,
    never the password; nothing of a file's machinery is left in the installation's folder."""
    from trygghetsapp.files.places import data_dir
    from trygghetsapp.logs import log_path

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the start installs its own
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = _with_password(office)
    bergsbyn = _area_id(office, pg_server, "Bergsbyn")
    seen: dict[str, Any] = {}

    def work(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        seen["listed"] = _listed(window)
        backups = window.actions_[Act.BACKUPS]
        seen["backups"] = (backups.isEnabled(), backups.text(), backups.toolTip())
        _type(qtbot, _address_field(qtbot, window, bergsbyn), "Byvägen 12")
        seen["location"] = window.context.database.location

    _started(qtbot, ["--db", url], work)
    assert seen["listed"] == ["Bergsbyn", "Åsen"]
    assert _dbname(office) in seen["title"] and "postgres@" in seen["title"]
    assert PASSWORD not in seen["title"] and PASSWORD not in seen["location"]
    enabled, text, reason = seen["backups"]
    assert not enabled and "pg_dump" in text and "pg_dump" in reason
    committed = _read_back(
        pg_server, office, "SELECT address FROM safety_point WHERE area_id = %s", bergsbyn
    )
    assert committed == "Byvägen 12"
    # The installation's folder holds its identity and keys, no database, no start view, no
    # backups; the window's lock (one window per installation) is let go.
    folder = data_dir() / "servers"
    (installation,) = list(folder.iterdir())
    names = sorted(p.name for p in installation.iterdir())
    assert "office.device" in names, names
    assert not [n for n in names if "start" in n or "backup" in n or n.endswith(".sqlite")], names
    if log_path().exists():
        assert PASSWORD not in log_path().read_text(encoding="utf-8")


def test_a_refused_login_is_one_sentence(
    qtbot: Any, office: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """A login the server does not know: the start ends with the server's reason in a sentence
    (exit 1), no traceback, no password."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["--db", _with_password(office, user="okand_inloggning"), "--language", "sv"]) == 1
    err = capsys.readouterr().err
    assert "vägrade inloggningen" in err and "okand_inloggning" in err, err
    assert "Traceback" not in err and PASSWORD not in err


def test_an_unreachable_server_is_one_sentence(
    qtbot: Any, pg_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """No server listens where the URL points: one sentence, exit 1."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    nowhere = f"postgresql://anna:{PASSWORD}@/trygghetsapp?host={tmp_path}&port=1"
    assert main(["--db", nowhere, "--language", "en"]) == 1
    err = capsys.readouterr().err
    assert "does not answer" in err, err
    assert "Traceback" not in err and PASSWORD not in err


# -- the main window on the server ------------------------------------------------------------


@pytest.fixture
def installation(
    tmp_path: Path,
) -> Iterator[Callable[[str, str], Database]]:
    """Opens the server database as an office installation of its own (its anchor folder)."""
    opened: list[Database] = []

    def make(url: str, name: str) -> Database:
        database = open_database(url, anchor=tmp_path / name / "office")
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()


def _started(qtbot: Any, args: list[str], work: Callable[[MainWindow], None]) -> dict[str, Any]:
    """`trygghetsapp <args>` in this process (the real start); `work` runs on its main window
    once ready, which is then closed. Returns what `work` noted (and raises what it raised)."""
    seen: dict[str, Any] = {}

    def run(window: MainWindow) -> None:
        try:
            qtbot.waitUntil(lambda: window.is_ready, timeout=20000)
            settle(qtbot, window)
            work(window)
        except BaseException as error:  # raised after the start has ended
            seen["error"] = error
        finally:
            window.close()

    when_main_window_shows(run)
    code = main(args)
    if "error" in seen:
        raise seen["error"]
    assert code == 0
    return seen


def test_two_installations_edit_in_two_windows_at_once(
    qtbot: Any, office: str, pg_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workstations' windows on one database at once (the second a process of its own,
    another computer's installation): each commits its edit under its own device, and the first
    window shows the second's edit once it reloads."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "anna"))
    bergsbyn, asen = (_area_id(office, pg_server, n) for n in ("Bergsbyn", "Åsen"))
    child_output: list[str] = []

    def work(window: MainWindow) -> None:
        _type(qtbot, _address_field(qtbot, window, asen), "Storgatan 1")
        env = child_env(tmp_path / "bo")  # the other workstation: its own data folder
        child = subprocess.Popen(
            [sys.executable, str(SECOND_WINDOW), office, "Bos bygdegård"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=60000)
        out, err = child.communicate()
        child_output.extend([out, err, str(child.returncode)])
        assert out.startswith("EDITED"), (out, err)
        assert (
            _read_back(
                pg_server, office, "SELECT name FROM safety_point WHERE area_id = %s", bergsbyn
            )
            == "Bos bygdegård"
        )
        window.context.notify()  # another workstation's edit: shown when the window reloads
        name = _name_field(qtbot, window, bergsbyn)
        qtbot.waitUntil(lambda: name.text() == "Bos bygdegård", timeout=10000)

    _started(qtbot, ["--db", office, "--language", "sv"], work)
    out, err, code = child_output
    assert code == "0" and out.startswith("EDITED"), (out, err)
    assert _dbname(office) in out  # the second window's title names the database
    assert (
        _read_back(pg_server, office, "SELECT address FROM safety_point WHERE area_id = %s", asen)
        == "Storgatan 1"
    )
    assert (
        _read_back(pg_server, office, "SELECT name FROM safety_point WHERE area_id = %s", bergsbyn)
        == "Bos bygdegård"
    )
    devices = _read_back(
        pg_server, office,
        "SELECT count(DISTINCT device_id) FROM change WHERE entity = 'safety_point' "
        "AND (data::text LIKE '%%Storgatan%%' OR data::text LIKE '%%Bos bygdeg%%')",
    )  # fmt: skip
    assert devices == 2, "the two windows' edits were not numbered by two installations"


def test_a_lost_server_is_told_and_the_window_carries_on_when_it_answers(
    qtbot: Any,
    office: str,
    pg_server: PgServer,
    installation: Callable[[str, str], Database],
    make_window: Callable[[Database], MainWindow],
    messages: list[str],
) -> None:
    """The administrator ends the window's sessions and the database refuses new ones (the
    server is gone for it): the edit is refused with one sentence, nothing half-saved; when
    the database answers again, the same window commits the edit."""
    window = make_window(installation(office, "anna"))
    bergsbyn = _area_id(office, pg_server, "Bergsbyn")
    field = _address_field(qtbot, window, bergsbyn)
    name = _dbname(office)
    pg_server.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
    pg_server.admin(
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
    )
    try:
        _type(qtbot, field, "Förlorad väg 1")
        qtbot.waitUntil(lambda: bool(messages) or bool(window.status_label.text()))
    finally:
        pg_server.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    told = " ".join(messages) + window.status_label.text()
    assert "Förbindelsen med databasservern" in told, told
    assert "Något gick fel" not in told
    assert (
        _read_back(
            pg_server, office, "SELECT address FROM safety_point WHERE area_id = %s", bergsbyn
        )
        == ""
    )
    messages.clear()
    _type(qtbot, _address_field(qtbot, window, bergsbyn), "Åter väg 2")
    assert messages == []
    assert (
        _read_back(
            pg_server, office, "SELECT address FROM safety_point WHERE area_id = %s", bergsbyn
        )
        == "Åter väg 2"
    )


# -- a county database: row-level security ---------------------------------------------------


@pytest.fixture
def county(pg_server: PgServer, tmp_path: Path) -> Iterator[County]:
    made = County(pg_server, tmp_path)
    yield made
    made.close()


def test_a_municipality_login_sees_only_its_areas_in_the_window(
    qtbot: Any, county: County, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Krokom's login starts the window on the county database: its list and its overview hold
    Krokom's area only (the server's policies decide; the window reads through them)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "anna"))
    url = county.url.replace("postgres@", f"{county.anna}@")

    def work(window: MainWindow) -> None:
        assert _listed(window) == [f"Område i {county.a['name']}"]
        window.modes.setCurrentIndex(1)  # the overview counts through the same policies
        qtbot.waitUntil(lambda: window.overview.loaded)
        settle(qtbot, window)
        overview = window.overview.model
        shown = " ".join(
            str(overview.index(r, c).data())
            for r in range(overview.rowCount()) for c in range(overview.columnCount())
        )  # fmt: skip
        assert county.a["name"] in shown and county.b["name"] not in shown, shown

    _started(qtbot, ["--db", url, "--language", "sv"], work)


def test_the_county_login_is_told_it_only_reads(
    qtbot: Any,
    county: County,
    installation: Callable[[str, str], Database],
    make_window: Callable[[Database], MainWindow],
    messages: list[str],
) -> None:
    url = county.url.replace("postgres@", f"{county.reader}@")
    window = make_window(installation(url, "lan"))
    assert sorted(_listed(window)) == sorted(f"Område i {m['name']}" for m in (county.a, county.b))
    _type(qtbot, _address_field(qtbot, window, county.a["area"]), "Länsvägen 1")
    qtbot.waitUntil(lambda: bool(messages) or bool(window.status_label.text()))
    told = " ".join(messages) + window.status_label.text()
    assert "bara läser" in told and county.reader in told, told
    assert "Något gick fel" not in told
    with county.owner() as owner:
        address = owner.execute(
            "SELECT address FROM safety_point WHERE id = %s", (county.a["point"],)
        ).fetchone()
    assert address == ("",)

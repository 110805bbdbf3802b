"""A migration killed midway leaves the database as it was, and the next start completes it.

Our engine issues an explicit BEGIN, so Alembic's DDL runs in one SQLite transaction; the child
process below is SIGKILLed after the upgrade ran but before it committed.
"""

import signal
import sqlite3
import subprocess
import sys
import textwrap

from trygghetsapp.services.database import open_database
from trygghetsapp.store import migrate, sqlite_tools
from trygghetsapp.store.engine import open_engine

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from alembic import command
    original = command.upgrade

    def upgrade_then_hang(config, revision):
        original(config, revision)
        print("MIGRATED-NOT-COMMITTED", flush=True)
        time.sleep(60)

    command.upgrade = upgrade_then_hang
    from trygghetsapp.services.database import Database, open_database
    open_database(Path(sys.argv[1]))
    """
)


def _kill_midway(path):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "MIGRATED-NOT-COMMITTED"
    child.send_signal(signal.SIGKILL)
    child.wait()


def test_killed_migration_of_existing_database_rolls_back(tmp_path):
    revisions = migrate.all_revisions()
    path = tmp_path / "db.sqlite"
    start = revisions[-2] if len(revisions) > 1 else None
    if start is not None:
        store = open_engine(path)
        migrate.upgrade(store.engine, start)
        store.close()
    else:
        sqlite3.connect(path).execute("CREATE TABLE keep_me (x TEXT)").connection.commit()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS keep_me (x TEXT)")
    conn.execute("INSERT INTO keep_me VALUES ('Åsa')")
    conn.commit()
    before = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master"))
    conn.close()
    _kill_midway(path)
    assert sqlite_tools.integrity_problems(path) == []
    conn = sqlite3.connect(path)
    after = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master"))
    assert after == before, "the half-done migration left schema behind"
    assert conn.execute("SELECT x FROM keep_me").fetchall() == [("Åsa",)]
    conn.close()
    database = open_database(path)
    try:
        assert migrate.current_revision(database.store.engine) == migrate.head_revision()
    finally:
        database.close()

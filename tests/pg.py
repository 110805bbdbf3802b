"""A throw-away PostgreSQL server for the test session (issue 19).

One server per session: `initdb` into a temporary folder, `pg_ctl start` on a free port with its
unix socket in that folder (no TCP listener), stopped at the session's end. The schema is
migrated once into a template database; every test database is `CREATE DATABASE ... TEMPLATE`
of it (about 30 ms, instead of running the migrations again) and dropped after the test.

The server runs without fsync: the tests check behaviour, not PostgreSQL's durability. Run as
root (a CI container), PostgreSQL refuses to start: the server then runs as the `postgres` user
(runuser). Without `initdb`/`pg_ctl`/`postgres` on PATH, or psycopg, the PostgreSQL half of the
parametrised suites is skipped with the reason.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

TEMPLATE = "trygghetsapp_template"
BINARIES = ("initdb", "pg_ctl", "postgres")


def missing_reason() -> str | None:
    """Why no server can be started here, or None."""
    missing = [b for b in BINARIES if shutil.which(b) is None]
    if missing:
        return f"PostgreSQL not installed ({', '.join(missing)} not on PATH)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg not installed (pip install -e '.[office]')"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root and no runuser to start PostgreSQL as another user"
    if os.geteuid() == 0:
        import pwd

        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and no 'postgres' user to start PostgreSQL as"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgServer:
    folder: Path
    port: int = 0
    user: str | None = None
    """The OS user the server runs as when we are root."""
    counter: itertools.count[int] = field(default_factory=itertools.count)

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.socket_dir}&port={self.port}"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        result = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, cwd=self.folder, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {result.stderr or result.stdout}")

    def start(self) -> None:
        self.socket_dir.mkdir(parents=True)
        if os.geteuid() == 0:
            self.user = "postgres"
            shutil.chown(self.folder, self.user)
            shutil.chown(self.socket_dir, self.user)
        data = self.folder / "data"
        self._run(
            "initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--no-locale", "--no-sync",
        )  # fmt: skip
        self.port = _free_port()
        options = (
            f"-k {self.socket_dir} -p {self.port} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.folder / "log"), "-w",
                  "start")  # fmt: skip
        self._make_template()

    def stop(self) -> None:
        """Stop the server and remove its folder (about 45 MB a session, left in the temporary
        folder by every test session before)."""
        if self.port:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
            self.port = 0
            shutil.rmtree(self.folder, ignore_errors=True)

    def admin(self, statement: str) -> None:
        """One statement on the maintenance database, outside a transaction."""
        import psycopg

        with psycopg.connect(
            dbname="postgres", user="postgres", host=str(self.socket_dir), port=self.port,
            autocommit=True,
        ) as connection:  # fmt: skip
            connection.execute(statement)  # type: ignore[arg-type]

    def _make_template(self) -> None:
        from trygghetsapp.store import migrate
        from trygghetsapp.store.engine import make_server_engine

        self.admin(f"CREATE DATABASE {TEMPLATE}")
        engine = make_server_engine(self.url(TEMPLATE))
        try:
            migrate.migrate_server(engine)
        finally:
            engine.dispose()

    def new_database(self, label: str = "t") -> str:
        """A fresh, migrated, empty database; returns its URL."""
        name = f"{label}_{os.getpid()}_{next(self.counter)}".lower()
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.split("/")[3].split("?")[0]
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def start_server() -> PgServer:
    folder = Path(tempfile.mkdtemp(prefix="trygghetsapp-pg-"))
    server = PgServer(folder)
    try:
        server.start()
    except BaseException:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return server

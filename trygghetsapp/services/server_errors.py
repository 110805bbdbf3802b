"""What a server database's failures mean to the user (issue 19: the window on PostgreSQL).

A SQLite file fails in its own ways (store/diagnosis.py: a full disk, damage, a lock). A server
database fails in others, and the window must say each in one sentence, never a traceback:

- the connection is lost (the server restarted, the network went, an administrator ended the
  session with `pg_terminate_backend`) or the server does not answer at all;
- the server refuses the login (wrong password, no such role or database, no CONNECT right);
- the login may only read (the county's role, `trygghetsapp_county`: its row-security policies
  give it SELECT only, so an edit touches no row or is refused);
- row-level security refuses a write (a municipality login writing another municipality's row).

`explained(error, database)` returns that sentence as a `DomainError`, or None when the error is
none of these (or the database is a file): the caller then handles it as before. Messages name
the database as user@server/database, never with a password (`Database.short_name`); the
driver's own text is quoted only for a refused login (libpq never puts the password in it).
"""

from __future__ import annotations

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.services.database import Database
from trygghetsapp.store import scoping
from trygghetsapp.store.engine import server_label

FIELD = "database"

LOGIN_REFUSED = ("28P01", "28000", "3D000", "42501")
"""SQLSTATEs of a refused login: wrong password, no such role or no CONNECT right, no such
database, no privilege."""

REFUSED_WRITE = ("42501",)
"""insufficient_privilege: also what a row-security policy's WITH CHECK raises."""

LOGIN_WORDS = (
    "password authentication failed",
    "authentication failed",
    "does not exist",
    "no password supplied",
    "permission denied for database",
    "no pg_hba.conf entry",
)


def _driver_error(error: BaseException) -> BaseException | None:
    """psycopg's error inside SQLAlchemy's (or the error itself when it is psycopg's)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sa_exc.DBAPIError) and seen.orig is not None:
            return seen.orig
        if type(seen).__module__.startswith("psycopg"):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _first(error: BaseException, kind: type[BaseException]) -> BaseException | None:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, kind):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _invalidated(error: BaseException) -> bool:
    dbapi = _first(error, sa_exc.DBAPIError)
    return isinstance(dbapi, sa_exc.DBAPIError) and bool(dbapi.connection_invalidated)


def lost_connection(location: str) -> DomainError:
    return DomainError(
        FIELD,
        f"Förbindelsen med databasservern ({location}) bröts, eller servern svarar inte. Det du "
        "just gjorde sparades inte. Försök igen om en stund: fönstret ansluter på nytt av sig "
        "självt när servern svarar.",
        f"The connection to the database server ({location}) was lost, or the server does not "
        "answer. What you just did was not saved. Try again in a while: the window reconnects "
        "by itself once the server answers.",
    )


def login_refused(location: str, reason: str) -> DomainError:
    return DomainError(
        FIELD,
        f"Databasservern vägrade inloggningen till {location}: {reason}. Kontrollera "
        "användarnamnet och lösenordet (i ~/.pgpass eller PGPASSWORD) eller be databasens "
        "administratör om behörighet. Inget har ändrats.",
        f"The database server refused the login to {location}: {reason}. Check the user name "
        "and the password (in ~/.pgpass or PGPASSWORD) or ask the database's administrator for "
        "access. Nothing was changed.",
    )


def read_only_role(user: str) -> DomainError:
    return DomainError(
        FIELD,
        f"Inloggningen {user} har en roll som bara läser (till exempel länsstyrelsens) i den här "
        "databasen: den kan inte ändra något. Ändringen gjordes inte.",
        f"The login {user} has a read-only role (such as the county's) in this database: it "
        "cannot change anything. The change was not made.",
    )


def refused_by_row_security(user: str) -> DomainError:
    return DomainError(
        FIELD,
        f"Databasservern vägrade ändringen: inloggningen {user} får inte ändra de här "
        "uppgifterna (de hör till en annan kommun, eller rollen saknar skrivrätt). Inget "
        "ändrades.",
        f"The database server refused the change: the login {user} may not change these "
        "records (they belong to another municipality, or the role may not write). Nothing "
        "was changed.",
    )


def _server_reason(driver: BaseException) -> str:
    """The server's own words for a refused login, one line, without 'FATAL:'."""
    text = str(driver).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in reversed(lines):
        if "FATAL:" in line:
            return line.split("FATAL:", 1)[1].strip()
    last = lines[-1] if lines else type(driver).__name__
    return last.split(": ", 1)[-1] if last.startswith("connection failed") else last


def _is_login_refusal(driver: BaseException) -> bool:
    state = getattr(driver, "sqlstate", None)
    text = str(driver)
    if state in LOGIN_REFUSED and "row-level security" not in text:
        return state != "42501" or "database" in text
    return "connection failed" in text and any(word in text for word in LOGIN_WORDS)


def explained(
    error: BaseException, database: Database | None, url: str | None = None
) -> DomainError | None:
    """The one sentence for a server database's failure (module docstring), or None.

    `database`: the open database (an edit, a read); `url`: the server's URL when the database
    did not open (the start)."""
    if isinstance(error, DomainError):
        return None
    if database is not None and not database.is_server:
        return None
    location = database.short_name if database is not None else server_label(url or "")
    user = _user(database, url)
    driver = _driver_error(error)
    if driver is not None and _is_login_refusal(driver):
        return login_refused(location, _server_reason(driver))
    if _invalidated(error) or _connection_trouble(driver):
        return lost_connection(location)
    refused = _first(error, StaleDataError) is not None or (
        driver is not None
        and (
            getattr(driver, "sqlstate", None) in REFUSED_WRITE
            or "row-level security" in str(driver)
        )
    )
    if refused and database is not None:
        return read_only_role(user) if _reads_only(database) else refused_by_row_security(user)
    return None


def _connection_trouble(driver: BaseException | None) -> bool:
    """psycopg's OperationalError that is about the connection (not a statement's failure)."""
    if driver is None or type(driver).__name__ not in ("OperationalError", "InterfaceError"):
        return False
    state = getattr(driver, "sqlstate", None)
    # 08: connection exception; 57P01-03: admin shutdown, crash shutdown, cannot connect now.
    return state is None or state.startswith("08") or state in ("57P01", "57P02", "57P03")


def _user(database: Database | None, url: str | None) -> str:
    from sqlalchemy.engine import make_url

    from trygghetsapp.store.engine import driver_url

    source = database.store.url if database is not None else url
    try:
        return make_url(driver_url(source or "")).username or "?"
    except Exception:  # a URL the engine would not have taken either
        return "?"


def _reads_only(database: Database) -> bool:
    """Whether the login may only read (store/scoping.py `reads_only`), asked on a connection
    of its own after the refusal; unknown (the server gone meanwhile) counts as not."""
    try:
        with database.store.engine.connect() as connection:
            return scoping.reads_only(connection)
    except Exception:
        return False


__all__ = ["explained", "login_refused", "lost_connection", "read_only_role"]

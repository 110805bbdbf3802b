"""Unit of work: one session, one transaction, one change-log entry per user action.

Services change data only through `add`, `set` and `remove`, so that every change lands in the
change log with the transaction's stamp; a delete is a tombstone (`deleted = True`), never a row
removal, so it can travel to other replicas.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Table
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from trygghetsapp.domain.errors import NotFoundError
from trygghetsapp.store import diagnosis
from trygghetsapp.store.bulk import bulk_insert
from trygghetsapp.store.changelog import ChangeLog, PendingChanges
from trygghetsapp.store.codec import data_fields, to_json_value
from trygghetsapp.store.engine import IMMEDIATE
from trygghetsapp.store.models import DERIVED_COLUMNS, SYNC_COLUMNS, SyncedRow
from trygghetsapp.store.readiness_counts import PARENTS, Touched, refresh

if TYPE_CHECKING:
    from trygghetsapp.store.database import Database

Row = TypeVar("Row", bound=SyncedRow)


def entity_name(model: type[SyncedRow]) -> str:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table.name


def column_defaults(model: type[SyncedRow]) -> dict[str, Any]:
    """The Python-side defaults of the data columns, so the row and its change record agree."""
    table = model.__table__  # type: ignore[attr-defined]
    defaults: dict[str, Any] = {}
    for column in table.columns:
        if column.name in SYNC_COLUMNS or column.name in DERIVED_COLUMNS or column.name == "id":
            continue
        default = column.default
        if default is None:
            defaults[column.name] = None
        elif default.is_callable:
            defaults[column.name] = default.arg(None)
        else:
            defaults[column.name] = default.arg
    return defaults


def storage_error(error: OperationalError, path: Path) -> Exception:
    """A full disk, a read-only file, a lock...: one plain sentence (store/diagnosis.py); damage
    and bugs pass unchanged."""
    return diagnosis.diagnose(error, path) or error


class UnitOfWork:
    def __init__(self, database: Database):
        self.database = database
        self.session: Session = database.store.sessions()
        self.pending = PendingChanges()
        self._log: ChangeLog | None = None
        self.changed_entities: set[str] = set()
        self.touched = Touched()
        """The rows written, whose areas' kept readiness counts are refreshed at commit
        (store/readiness_counts.py); whoever writes rows adds them (add/set/bulk_add here, the
        sync merge in sync/materialise.py)."""

    def __enter__(self) -> UnitOfWork:
        self.session.begin()
        if not self.database.store.read_only:
            # Take the write lock at BEGIN: see store/engine.py (a second writer then waits).
            self.session.connection(execution_options=IMMEDIATE)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                if self.touched and not self.database.store.read_only:
                    refresh(self.session, self.touched.areas(self.session))
                # The change log only for a unit of work that changed something: a reading one
                # neither reads the device row nor, on a server database, waits for an import's
                # merge or locks the row (store/changelog.py).
                if self.pending or self._log is not None:
                    log = self.log
                    if self.pending:
                        self.session.flush()
                        log.append_pending(self.pending)
                    log.finish()
                self.session.commit()
            else:
                self.session.rollback()
                if isinstance(exc, OperationalError):
                    converted = storage_error(exc, self.database.path)
                    if converted is not exc:
                        raise converted from exc
        except OperationalError as error:
            self.session.rollback()
            raise storage_error(error, self.database.path) from error
        except BaseException:
            self.session.rollback()
            # The clock may have advanced for a transaction that never committed; that is harmless.
            raise
        finally:
            self.session.close()

    @property
    def log(self) -> ChangeLog:
        if self._log is None:
            self._log = ChangeLog(self.session, self.database.clock)
        return self._log

    def _stamp(self, row: SyncedRow) -> None:
        row.hlc = self.log.stamp()
        row.device_id = self.log.device_id

    def get(self, model: type[Row], row_id: str, entity_label: str | None = None) -> Row:
        row = self.session.get(model, row_id)
        if row is None or row.deleted:
            raise NotFoundError(entity_label or entity_name(model), row_id)
        return row

    def add(self, model: type[Row], values: dict[str, Any], row_id: str | None = None) -> Row:
        from trygghetsapp.store.ids import new_id

        full = {**column_defaults(model), **values}
        row = model(id=row_id or new_id(), deleted=False, **full)  # type: ignore[call-arg]
        self._stamp(row)
        self.session.add(row)
        fields = {name: full.get(name) for name in data_fields(model) if name != "id"}
        self.pending.record(entity_name(model), row.id, {**fields, "deleted": False})
        self.changed_entities.add(entity_name(model))
        self.touched.add(entity_name(model), (row.id,))
        return row

    def set(self, row: SyncedRow, values: dict[str, Any]) -> dict[str, Any]:
        """Apply the values that differ; returns {field: old value} of what changed."""
        changed: dict[str, Any] = {}
        for name, value in values.items():
            old = getattr(row, name)
            if to_json_value(old) != to_json_value(value):
                changed[name] = old
                setattr(row, name, value)
        if changed:
            self._stamp(row)
            model = type(row)
            self.pending.record(entity_name(model), row.id, {k: values[k] for k in changed})
            self.changed_entities.add(entity_name(model))
            self.touched.add(entity_name(model), (row.id,))
            self.touched.parents({k: v for k, v in changed.items() if k in PARENTS})
        return changed

    def remove(self, row: SyncedRow) -> None:
        self.set(row, {"deleted": True})

    def restore(self, row: SyncedRow) -> None:
        self.set(row, {"deleted": False})

    def bulk_add(self, model: type[SyncedRow], rows: Iterable[dict[str, Any]]) -> int:
        """Insert many new records at once (demo data, import), with their change records.

        Each dict must hold every data field, `id` included; returns the number inserted.
        """
        entity = entity_name(model)
        fields = [name for name in data_fields(model) if name != "id"]
        stamp = self.log.stamp()
        device_id = self.log.device_id
        count = 0
        batch: list[dict[str, Any]] = []

        def changes(chunk: list[dict[str, Any]]) -> Iterator[tuple[str, str, dict[str, Any]]]:
            for row in chunk:
                data = {name: to_json_value(row[name]) for name in fields}
                data["deleted"] = False
                yield entity, row["id"], data

        table = model.__table__  # type: ignore[attr-defined]
        derived = {c.name: None for c in table.columns if c.name in DERIVED_COLUMNS}
        connection = self.session.connection()
        for row in rows:
            batch.append({**derived, **row, "deleted": False, "hlc": stamp, "device_id": device_id})
            if len(batch) >= 20_000:
                self.touched.add(entity, (r["id"] for r in batch))
                bulk_insert(connection, table, batch)
                self.log.append(changes(batch))
                count += len(batch)
                batch = []
        if batch:
            self.touched.add(entity, (r["id"] for r in batch))
            bulk_insert(connection, table, batch)
            self.log.append(changes(batch))
            count += len(batch)
        if count:
            self.changed_entities.add(entity)
        return count

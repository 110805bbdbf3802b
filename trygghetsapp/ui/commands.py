"""Undo commands: each runs service ops through the door, never widgets (DESIGN.md habit 7).

A command is pushed *after* its first write came back committed, so a refused value (DomainError)
is shown beside the field and never lands on the undo stack; `redo()` skips that first, already
done write. Undo and redo hand their op to the door like any edit (in order: the door's worker is
one thread), and the door broadcasts what they changed. Undoing an edit writes the old values
back; undoing a delete restores the tombstoned record, so each undo and redo is itself an
ordinary, logged, synced edit.

The functions below are the one path the widgets take for an undoable write: `create`, `update`,
`delete` and `call` each write now and, once the write is back, push the command and call `done`;
a refusal goes to `failed` instead (a dialog keeps what was typed and shows it by the field).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.logs import log_exception
from trygghetsapp.services.readmodels import Changes, Entity
from trygghetsapp.ui import door as ops
from trygghetsapp.ui.context import AppContext
from trygghetsapp.ui.door import Failed, Op


class DoorCommand(QUndoCommand):
    """Do and undo as two ops through the door; the first `redo` is skipped: it already ran."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        do: Op[Any],
        undo: Op[Any],
        area: str | None = None,
        after: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._do = do
        self._undo = undo
        self._area = area
        self._after = after
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self._run(self._do, True)

    def undo(self) -> None:
        self._run(self._undo, False)

    def _run(self, op: Op[Any], forward: bool) -> None:
        after = self._after
        self._context.door.change(
            op,
            (lambda _result: after(forward)) if after is not None else None,
            self._failed,
            area=self._area,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self._context.error.emit(error.message(self._context.language))
        else:
            log_exception(error)
            self._context.error.emit("")


def create(
    context: AppContext,
    text: str,
    entity: Entity,
    values: dict[str, Any],
    done: Callable[[str], None],
    failed: Failed,
    area: str | None,
) -> None:
    """Create now; once it is back, `done(new id)`. Undo deletes it, redo restores it."""

    def arrived(result: tuple[str, Changes]) -> None:
        new_id = result[0]
        context.undo_stack.push(
            DoorCommand(
                context, text, ops.restore(entity, new_id), ops.delete(entity, new_id), area
            )
        )
        done(new_id)

    context.door.change(ops.add(entity, values), arrived, failed, area=area)


def update(
    context: AppContext,
    text: str,
    entity: Entity,
    row_id: str,
    old: dict[str, Any],
    new: dict[str, Any],
    done: Callable[[], None],
    failed: Failed,
    area: str | None,
) -> None:
    """Write `new` now; undo writes `old` back. Nothing is written when nothing changed."""
    if all(old.get(k) == v for k, v in new.items()):
        done()
        return
    call(
        context,
        text,
        ops.update(entity, row_id, new),
        ops.update(entity, row_id, old),
        done,
        failed,
        area,
    )


def delete(
    context: AppContext,
    text: str,
    entity: Entity,
    row_id: str,
    done: Callable[[], None],
    failed: Failed,
    area: str | None,
) -> None:
    """Delete now (a tombstone); undo restores the same record with the same id."""
    call(
        context,
        text,
        ops.delete(entity, row_id),
        ops.restore(entity, row_id),
        done,
        failed,
        area,
    )


def call(
    context: AppContext,
    text: str,
    do: Op[Any],
    undo: Op[Any],
    done: Callable[[], None],
    failed: Failed,
    area: str | None,
    after: Callable[[bool], None] | None = None,
) -> None:
    """Any other pair of ops, e.g. putting a person in a role slot and back. `after(forward)`
    runs when a later undo (False) or redo (True) is back."""

    def arrived(_result: Any) -> None:
        context.undo_stack.push(DoorCommand(context, text, do, undo, area, after))
        done()

    context.door.change(do, arrived, failed, area=area)

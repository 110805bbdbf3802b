"""Undo commands: each calls services, never widgets (DESIGN.md habit 7).

A command is pushed *after* its first service call succeeded, so a refused value (DomainError) is
shown beside the field and never lands on the undo stack; `redo()` skips that first, already-done
call. Undoing an edit writes the old values back; undoing a delete restores the tombstoned record,
so each undo and redo is itself an ordinary, logged, synced edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.logs import log_exception
from trygghetsapp.services.readmodels import Changes
from trygghetsapp.ui.context import AppContext


class ServiceCommand(QUndoCommand):
    """Do and undo as two service calls; the first `redo` is skipped because it already ran."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        changes: Changes,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._do = do
        self._undo = undo
        self._changes = changes
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
        else:
            self._call(self._do)
        self._context.notify(self._changes)

    def undo(self) -> None:
        self._call(self._undo)
        self._context.notify(self._changes)

    def _call(self, action: Callable[[], Any]) -> None:
        # Qt swallows exceptions raised in virtual overrides, so report them here instead.
        try:
            action()
        except DomainError as error:
            self._context.error.emit(error.message(self._context.language))
        except Exception as error:
            log_exception(error)
            self._context.error.emit("")


def push_create(
    context: AppContext,
    text: str,
    create: Callable[[], tuple[str, Changes]],
    delete: Callable[[str], Any],
    restore: Callable[[str], Any],
) -> str:
    """Create now (raising DomainError if refused); undo deletes it, redo restores it."""
    new_id, changes = create()
    context.undo_stack.push(
        ServiceCommand(context, text, lambda: restore(new_id), lambda: delete(new_id), changes)
    )
    return new_id


def push_update(
    context: AppContext,
    text: str,
    update: Callable[[dict[str, Any]], Any],
    old: dict[str, Any],
    new: dict[str, Any],
    entity: str,
) -> None:
    """Write `new` now; undo writes `old` back. Nothing is pushed when nothing changed."""
    if all(old.get(k) == v for k, v in new.items()):
        return
    update(new)
    context.undo_stack.push(
        ServiceCommand(
            context,
            text,
            lambda: update(new),
            lambda: update(old),
            Changes(frozenset({entity})),
        )
    )


def push_delete(
    context: AppContext,
    text: str,
    delete: Callable[[], Any],
    restore: Callable[[], Any],
    entity: str,
) -> None:
    """Delete now (a tombstone); undo restores the same record with the same id."""
    delete()
    context.undo_stack.push(
        ServiceCommand(context, text, delete, restore, Changes(frozenset({entity})))
    )


def push_call(
    context: AppContext,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[], Any],
    entity: str,
) -> None:
    """Any other pair of service calls, e.g. putting a person in a role slot and back."""
    do()
    context.undo_stack.push(ServiceCommand(context, text, do, undo, Changes(frozenset({entity}))))

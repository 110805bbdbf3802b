"""Every change a package carries passes the rules an edit in the window passes.

A change's data is a JSON object `{field: stored value}`. For a known entity each known field
must hold exactly what the field's rule (`domain/schemas.py`, the rules of the window and of
import-json) stores: the rule applied to the value gives the value back. So a change can only
ever bring values one of our own doors could have written: text of the allowed length without
control characters, a code of the catalogue, a finite number in range, an ISO date, a reference
in id form. `deleted` is true or false, the erasure marker `erased` is true. Fields and entities
this version does not know are kept for a newer app (docs/sync.md) and never shown, but their
values must be finite too: they travel on in our packages.

The import checks every new change (hundreds of thousands in an office's first import), so for
each entity one function is compiled that tests the common stored values with a few inline
comparisons (a printable, stripped text within its length, a code of its catalogue, a number
in range, `None`) and otherwise calls the rule itself, which decides and words the refusal. The
fast test accepts only values its rule gives back unchanged (`tests/sync/test_validate.py`
checks that with Hypothesis); whatever it is unsure of goes to the rule.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from trygghetsapp.domain import schemas as s
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.domain.values import RECORD_ID
from trygghetsapp.store.codec import to_json_value
from trygghetsapp.store.erasure import ERASED_MARK
from trygghetsapp.sync.package import fast_loads

TOMBSTONE = "deleted"
ENTITY_NAME = re.compile(r"[a-z_]{1,40}")
"""An entity's name as every version writes it (a table name), known here or not."""
MAX_INTEGER = 2**63 - 1


class InvalidChange(DomainError):
    """A change whose value no door of the app would store; `record` names entity and row."""


def _fast(rule: s.Rule) -> str:
    """A Python expression in `x` that is true only for values `rule` gives back unchanged
    ("False": always ask the rule). Kept to the stored forms the app writes."""
    if isinstance(rule, s.Text):
        low = 1 if rule.required or rule.default else 0
        return (
            f"(type(x) is str and {low} <= len(x) <= {rule.max_length} and x.isprintable() "
            f"and x.strip() is x and NFC(x))"
        )
    if isinstance(rule, s.Ref):
        found = "(type(x) is str and len(x) == 36 and RID(x) is not None)"
        return found if rule.required else f"(x is None or {found})"
    if isinstance(rule, s.Choice):
        return f"(type(x) is str and x in {frozenset(rule.options)!r})"
    if isinstance(rule, s.Count):
        return f"(x is None or (type(x) is int and 0 <= x <= {rule.maximum}))"
    if isinstance(rule, s.Quantity):
        number = "((type(x) is float or type(x) is int) and 0 <= x <= 1e9)"
        return f"(x is None or {number})" if rule.optional else number
    if isinstance(rule, s.IntegerIn):
        return f"(type(x) is int and {rule.low} <= x <= {rule.high})"
    if isinstance(rule, s.Flag):
        return "(x is True or x is False)"
    if isinstance(rule, s.Date) and not rule.required:
        return "(x is None)"
    if isinstance(rule, s.Phone | s.Coordinate):
        return "(x is None)"
    if isinstance(rule, s.Email):
        return '(type(x) is str and x == "")'
    if isinstance(rule, s.Hours):
        return "(x is None)"
    if isinstance(rule, s.Percent):
        return "(x is None or (type(x) is int and 1 <= x <= 100))"
    if isinstance(rule, s.Choices | s.TextList | s.Steps):
        return "(type(x) is list and not x)"
    if isinstance(rule, s.Facts):
        return "(type(x) is dict and not x)"
    return "False"


def _compile(entity: str, rules: Mapping[str, s.Rule]) -> Callable[[dict[str, Any]], bool]:
    """`fast(data)`: True when every field is known and passes its fast test.

    Straight-line code for the usual creation (every field present: one subscript and one test
    per field), a loop over the few fields of an edit otherwise."""
    every = {**rules, TOMBSTONE: s.Flag()}
    lines = ["def fast(d):", "    try:"]
    for name, rule in every.items():
        lines += [
            f"        x = d[{name!r}]",
            f"        if not {_fast(rule)}:",
            "            return False",
        ]
    lines += [
        "    except KeyError:",
        "        for k, x in d.items():",
        "            t = TESTS.get(k)",
        "            if t is None or not t(x):",
        "                return False",
        "        return True",
        f"    return len(d) == {len(every)}",
    ]
    tests = {
        name: eval(f"lambda x: {_fast(rule)}", dict(FAST_NAMES)) for name, rule in every.items()
    }
    tests[ERASED_MARK] = lambda x: x is True
    namespace: dict[str, Any] = {"TESTS": tests, **FAST_NAMES}
    exec(compile("\n".join(lines), f"<change check {entity}>", "exec"), namespace)
    fast: Callable[[dict[str, Any]], bool] = namespace["fast"]
    return fast


_is_nfc = functools.partial(unicodedata.is_normalized, "NFC")
"""Text is stored in Unicode NFC (`values.optional_text`): a decomposed "Ha\u030akan" is not
the stored form of "Håkan", so the fast test leaves it to the rule (which refuses it)."""


FAST_NAMES: Mapping[str, Callable[[str], Any]] = {"RID": RECORD_ID.fullmatch, "NFC": _is_nfc}
"""The helpers a fast test's expression may call."""


def _same(stored: Any, given: Any) -> bool:
    """The rule's result, as JSON, equals the value (numbers by value; true is no 1)."""
    return bool(stored == given) and isinstance(stored, bool) == isinstance(given, bool)


def finite(value: Any) -> bool:
    """No NaN or infinity anywhere in a JSON value (`json` reads `NaN`, `Infinity`, `1e999`)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is float:
            if not math.isfinite(item):
                return False
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


class ChangeValidator:
    """Checks change data; raises InvalidChange naming the record and the field."""

    def __init__(self) -> None:
        self._fast: dict[str, Callable[[dict[str, Any]], bool]] = {
            entity: _compile(entity, rules) for entity, rules in s.FIELDS.items()
        }

    def check(self, entity: str, row_id: str, data: Any) -> None:
        """`data`: the parsed change data of a change of `entity` `row_id`."""
        fast = self._fast.get(entity)
        if fast is not None and type(data) is dict and fast(data):
            return
        self._slow(entity, row_id, data)

    def check_text(self, entity: str, row_id: str, text: str) -> None:
        """The same for the data as stored (changes not parsed on the way: held back by causal
        order, or of an entity this version does not know)."""
        try:
            data = fast_loads(text)
        except (ValueError, RecursionError):
            raise self._refusal(
                entity, row_id, "data", "är ingen giltig JSON", "is not valid JSON"
            ) from None
        self.check(entity, row_id, data)

    def _slow(self, entity: str, row_id: str, data: Any) -> None:
        if not isinstance(data, dict):
            raise self._refusal(entity, row_id, "data", "är inget objekt", "is not an object")
        rules = s.FIELDS.get(entity, {})
        for field, value in data.items():
            if field == TOMBSTONE and isinstance(value, bool):
                continue
            if field == ERASED_MARK and value is True:
                continue
            if field in (TOMBSTONE, ERASED_MARK):
                raise self._refusal(entity, row_id, field, "måste vara sant", "must be true")
            rule = rules.get(field)
            if rule is None:  # a newer app's field: kept as it is, but finite
                if not finite(value):
                    raise self._refusal(
                        entity,
                        row_id,
                        field,
                        "innehåller ett tal som inte är ändligt",
                        "holds a number that is not finite",
                    )
                continue
            try:
                stored = to_json_value(rule(field, value))
            except DomainError as error:
                raise InvalidChange(
                    error.field, error.message_sv, error.message_en, _record(entity, row_id)
                ) from None
            if not _same(stored, value):
                raise self._refusal(
                    entity,
                    row_id,
                    field,
                    f"har inte den form appen sparar ({_short(value)}, väntat {_short(stored)})",
                    f"is not in the form the app stores ({_short(value)}, "
                    f"expected {_short(stored)})",
                )

    @staticmethod
    def _refusal(entity: str, row_id: str, field: str, sv: str, en: str) -> InvalidChange:
        return InvalidChange(field, sv, en, _record(entity, row_id))


def _record(entity: str, row_id: str) -> str:
    return f"{entity[:40]} {row_id[:36]}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _head_refusal(what_sv: str, what_en: str) -> InvalidChange:
    return InvalidChange("rad", what_sv, what_en)


def check_head(device: str, seq: int, tx_seq: int, hlc: int, entity: str, row_id: str) -> None:
    """A change line's members (the reader's fast path takes only lines that pass this)."""
    if RECORD_ID.fullmatch(device) is None or RECORD_ID.fullmatch(row_id) is None:
        raise _head_refusal("enhets- eller post-id är inget id", "device or record id is not an id")
    if ENTITY_NAME.fullmatch(entity) is None:
        raise _head_refusal("ogiltigt posttyp-namn", "invalid entity name")
    if not (1 <= tx_seq <= seq <= MAX_INTEGER and 0 <= hlc <= MAX_INTEGER):
        raise _head_refusal("ogiltiga löpnummer eller klocka", "invalid sequence numbers or clock")


def check_tx(device: str, tx_seq: int, last_seq: int, hlc: int, seen: str) -> None:
    """A transaction line: its numbers, and `seen` a version vector {device id: seq >= 0}."""
    if RECORD_ID.fullmatch(device) is None:
        raise _head_refusal("enhets-id är inget id", "device id is not an id")
    if not (1 <= tx_seq <= last_seq <= MAX_INTEGER and 0 <= hlc <= MAX_INTEGER):
        raise _head_refusal("ogiltiga löpnummer eller klocka", "invalid sequence numbers or clock")
    try:
        vector = json.loads(seen)
    except (ValueError, RecursionError):
        vector = None
    if not isinstance(vector, dict) or not all(
        isinstance(d, str)
        and RECORD_ID.fullmatch(d) is not None
        and type(n) is int
        and 0 <= n <= MAX_INTEGER
        for d, n in vector.items()
    ):
        raise _head_refusal("ogiltig versionsvektor", "invalid version vector")


@functools.cache
def validator() -> ChangeValidator:
    """One per process: the compiled checks do not change."""
    return ChangeValidator()


class NewChanges:
    """Checks the changes one import added to the log, each once, where its data is parsed
    anyway (materialisation) or, for those not materialised now, from their text.

    A change is new when its rowid is above the log's largest before the import (SQLite gives
    new rows larger rowids; nothing deletes from the log). Changes already held are not
    checked again: they were checked when they came, or came before these rules."""

    def __init__(self, after_rowid: int) -> None:
        self.after_rowid = after_rowid
        self._validator = validator()
        self._fast = self._validator._fast

    def values(self, rowid: int, entity: str, row_id: str, data: Any) -> None:
        if rowid <= self.after_rowid:
            return
        fast = self._fast.get(entity)
        if fast is not None and type(data) is dict and fast(data):
            return
        self._validator.check(entity, row_id, data)

    def text(self, rowid: int, entity: str, row_id: str, data: str) -> None:
        if rowid > self.after_rowid:
            self._validator.check_text(entity, row_id, data)

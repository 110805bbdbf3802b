"""The import's fast value check is never looser than the field rules (sync/validate.py).

For speed the import tests common stored values with compiled inline comparisons and asks the
rule (`domain/schemas.py`, the same rules as the window and import-json) only otherwise. The
property: whatever value the fast test accepts for a field, the rule accepts too and gives it
back unchanged (so the fast path lets through only what a door of the app could have stored).
And the whole check agrees with the rules on data objects: a change the checker accepts holds
only values the rules give back unchanged.

`test_a_loose_fast_test_is_caught` plants a fast test that forgets the control-character check
and shows the property fails on it.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trygghetsapp.domain import schemas as s
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.store.codec import to_json_value
from trygghetsapp.sync import validate

FIELDS = [
    (entity, name, rule) for entity, rules in s.FIELDS.items() for name, rule in rules.items()
]
OPTIONS = sorted(
    {o for _e, _n, rule in FIELDS for o in getattr(rule, "options", ())}
    | {"school", "church_hall", "other"}
)
ID = "01a2464a-3519-7b2c-84dd-70bd8cafbc46"

TEXTS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["", " a", "a ", "a\u0000", "a\tb", "a\nb", "\ud800", "Åsa ö", "\u2028", "Ha\u030akan"]
    ),
    st.integers(0, 3).map(lambda k: "x" * (40, 80, 10_000, 10_001)[k]),
    st.sampled_from(OPTIONS),
    st.just(ID),
    st.just(ID.upper()),
)
VALUES: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**64), 2**64),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, 1, 0.0, 1.0, 1e9, 1e9 + 1, -0.0, 2**31, 2**63]),
    TEXTS,
    st.lists(TEXTS, max_size=3),
    st.dictionaries(TEXTS, TEXTS, max_size=2),
)


def _gives_back(rule: s.Rule, name: str, value: Any) -> bool:
    try:
        stored = to_json_value(rule(name, value))
    except DomainError:
        return False
    return validate._same(stored, value)


def _fast_test(rule: s.Rule) -> Any:
    return eval(f"lambda x: {validate._fast(rule)}", dict(validate.FAST_NAMES))


@settings(max_examples=3000, suppress_health_check=list(HealthCheck), deadline=None, database=None)
@given(index=st.integers(0, len(FIELDS) - 1), value=VALUES)
def test_the_fast_test_accepts_only_what_the_rule_gives_back(index: int, value: Any) -> None:
    _entity, name, rule = FIELDS[index]
    if _fast_test(rule)(value):
        assert _gives_back(rule, name, value), (name, rule, value)


@settings(max_examples=1500, suppress_health_check=list(HealthCheck), deadline=None, database=None)
@given(
    entity=st.sampled_from(sorted(s.FIELDS)),
    data=st.data(),
)
def test_the_check_accepts_a_change_only_if_every_value_passes_its_rule(
    entity: str, data: st.DataObject
) -> None:
    rules = s.FIELDS[entity]
    names = data.draw(st.lists(st.sampled_from([*sorted(rules), "deleted"]), max_size=4))
    change = {name: data.draw(VALUES) for name in names}
    try:
        validate.validator().check(entity, ID, change)
    except validate.InvalidChange:
        return
    for name, value in change.items():
        if name == "deleted":
            assert isinstance(value, bool)
        else:
            assert _gives_back(rules[name], name, value), (entity, name, value)
            assert not (isinstance(value, float) and not math.isfinite(value))


def test_a_loose_fast_test_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The planted bug: a text's fast test without `isprintable()` lets NUL through."""
    real = validate._fast

    def loose(rule: s.Rule) -> str:
        return real(rule).replace(" and x.isprintable()", "")

    monkeypatch.setattr(validate, "_fast", loose)
    with pytest.raises(AssertionError):
        test_the_fast_test_accepts_only_what_the_rule_gives_back()

"""The change-line parser: the fast regex path and the JSON fallback agree."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trygghetsapp.store.codec import canonical_json
from trygghetsapp.sync.package import (
    change_body,
    change_row,
    fast_loads,
    loads_data,
    split_change,
)


def test_fast_and_fallback_parsers_agree() -> None:
    data = '{"deleted":false,"name":"Åsa \\"Ö\\"","villages":["By"]}'
    fast = split_change(change_body("d-1", 7, 5, 1 << 40, "area", "r-1", data))
    assert fast == {
        "t": "c",
        "d": "d-1",
        "s": 7,
        "x": 5,
        "h": 1 << 40,
        "e": "area",
        "r": "r-1",
        "v": data,
    }
    # Another writer's key order and escapes take the JSON path, with the same result.
    head = {"r": "r-1", "e": "area", "h": 1 << 40, "x": 5, "s": 7, "d": "d-1", "t": "c"}
    other = json.dumps(head, separators=(",", ":"))[:-1] + ',"v":' + data + "}"
    assert split_change(other) == fast
    odd = split_change(change_body('d"1', 7, 5, 1, "area", "r", "{}"))
    assert odd["d"] == 'd"1'


def test_change_row_is_the_fast_parse_as_a_row() -> None:
    """The reader's hot path gives the row `_insert_all` would build from `split_change`, and
    declines (None) every line the regex does not take, whatever `split_change` makes of it."""
    data = '{"deleted":false,"name":"Åsa \\"Ö\\"","villages":["By"]}'
    body = change_body("d-1", 7, 5, 1 << 40, "area", "r-1", data)
    assert change_row(body) == ("d-1", 7, 5, 1 << 40, "area", "r-1", data)
    head = {"r": "r-1", "e": "area", "h": 1 << 40, "x": 5, "s": 7, "d": "d-1", "t": "c"}
    assert change_row(json.dumps(head, separators=(",", ":"))[:-1] + ',"v":' + data + "}") is None
    assert change_row(change_body('d"1', 7, 5, 1, "area", "r", "{}")) is None
    for broken in (body + " ", body.replace(',"v":{', ',"v":['), body.split(',"v":')[0] + "}"):
        assert change_row(broken) is None
        with pytest.raises(ValueError):
            split_change(broken)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(), JSON_VALUES, max_size=6))
def test_loads_data_equals_json(data: dict[str, object]) -> None:
    """orjson behind `loads_data` gives exactly the values `json` gives (types included: a big
    integer must not come back as a float)."""
    for text in (canonical_json(data), json.dumps(data)):
        assert _typed(loads_data(text)) == _typed(fast_loads(text))


def _typed(value: object) -> object:
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, repr(value))


@pytest.mark.parametrize(
    "text",
    [
        '{"a":123456789012345678901234567890}',
        '{"a":-9223372036854775809}',
        '{"a":18446744073709551616}',
        '{"a":NaN}',
        '{"a":-Infinity}',
        '{"a":1e400}',
        '{"a":"\\ud800"}',
        '{"a":"\ud800"}',
        '{"a":1} trailing',
        '{"a":1,"a":2}',
        ' {"a":1}',
        '{"a":"\x01"}',
        '{"a":01}',
        '{"a":1.}',
        "{",
        "",
    ],
)
def test_loads_data_takes_and_refuses_what_json_does(text: str) -> None:
    """Where orjson and `json` differ (big integers, NaN, lone surrogates, trailing text, deep
    nesting, leading space) `loads_data` answers as `json`: the same value or the same error."""
    try:
        expected: object = ("ok", _typed(fast_loads(text)))
    except (ValueError, RecursionError) as error:
        expected = ("error", type(error))
    try:
        got: object = ("ok", _typed(loads_data(text)))
    except (ValueError, RecursionError) as error:
        got = ("error", type(error))
    assert got == expected


@pytest.mark.parametrize("depth", [50, 99, 101, 500, 900, 990, 1000, 1010, 1020, 1100, 3000])
def test_loads_data_nesting_as_json(depth: int) -> None:
    """Deep nesting: `json` raises RecursionError where orjson (up to 1024 levels) would not;
    `loads_data` must raise it too (a hostile package is refused, not stored)."""
    text = '{"a":' + "[" * depth + "]" * depth + "}"
    outcomes = []
    for parse in (fast_loads, loads_data):
        try:
            parse(text)
            outcomes.append("ok")
        except (ValueError, RecursionError) as error:
            outcomes.append(type(error).__name__)
    assert outcomes[0] == outcomes[1]

"""The change-line parser: the fast regex path and the JSON fallback agree."""

from __future__ import annotations

import json

import pytest

from trygghetsapp.sync.package import (
    change_body,
    change_row,
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

"""The change-line parser: the fast regex path and the JSON fallback agree."""

from __future__ import annotations

import json

import pytest

from trygghetsapp.sync.package import (
    change_body,
    change_row,
    split_change,
)
from trygghetsapp.sync.validate import InvalidChange, check_head

D = "01a2464a-3519-7b2c-84dd-70bd8cafbc46"
R = "01a2464a-3600-7ffb-8b5c-cc4847a6b975"


def test_fast_and_fallback_parsers_agree() -> None:
    data = '{"deleted":false,"name":"Åsa \\"Ö\\"","villages":["By"]}'
    fast = split_change(change_body(D, 7, 5, 1 << 40, "area", R, data))
    assert fast == {
        "t": "c",
        "d": D,
        "s": 7,
        "x": 5,
        "h": 1 << 40,
        "e": "area",
        "r": R,
        "v": data,
    }
    # Another writer's key order and escapes take the JSON path, with the same result.
    head = {"r": R, "e": "area", "h": 1 << 40, "x": 5, "s": 7, "d": D, "t": "c"}
    other = json.dumps(head, separators=(",", ":"))[:-1] + ',"v":' + data + "}"
    assert split_change(other) == fast
    odd = split_change(change_body('d"1', 7, 5, 1, "area", "r", "{}"))
    assert odd["d"] == 'd"1'


def test_change_row_is_the_fast_parse_as_a_row() -> None:
    """The reader's hot path gives the row `_insert_all` would build from `split_change`, and
    declines (None) every line the regex does not take, whatever `split_change` makes of it."""
    data = '{"deleted":false,"name":"Åsa \\"Ö\\"","villages":["By"]}'
    body = change_body(D, 7, 5, 1 << 40, "area", R, data)
    assert change_row(body) == (D, 7, 5, 1 << 40, "area", R, data)
    head = {"r": R, "e": "area", "h": 1 << 40, "x": 5, "s": 7, "d": D, "t": "c"}
    assert change_row(json.dumps(head, separators=(",", ":"))[:-1] + ',"v":' + data + "}") is None
    assert change_row(change_body('d"1', 7, 5, 1, "area", "r", "{}")) is None
    for broken in (body + " ", body.replace(',"v":{', ',"v":['), body.split(',"v":')[0] + "}"):
        assert change_row(broken) is None
        with pytest.raises(ValueError):
            split_change(broken)


@pytest.mark.parametrize(
    ("device", "seq", "tx", "hlc", "entity", "row"),
    [
        ("d-1", 7, 5, 1, "area", R),  # not an id
        (D, 7, 5, 1, "area", "no-such-row"),
        (D, 7, 5, 1, "area", R.upper()),
        (D, 0, 0, 1, "area", R),  # numbering starts at 1
        (D, 5, 7, 1, "area", R),  # a transaction starts at or before its changes
        (D, 7, 5, 1, "Area; DROP", R),
        (D, 7, 5, 2**63, "area", R),
    ],
)
def test_heads_outside_the_rules_take_the_checked_path(
    device: str, seq: int, tx: int, hlc: int, entity: str, row: str
) -> None:
    """The fast path declines them; the JSON path's check refuses them."""
    body = change_body(device, seq, tx, hlc, entity, row, "{}")
    assert change_row(body) is None
    parsed = split_change(body)
    with pytest.raises(InvalidChange):
        check_head(parsed["d"], parsed["s"], parsed["x"], parsed["h"], parsed["e"], parsed["r"])

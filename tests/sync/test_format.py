"""The change-line parser: the fast regex path and the JSON fallback agree."""

from __future__ import annotations

import json

from trygghetsapp.sync.package import change_body, split_change


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

"""The package file format (SYNC.md 2.7): JSON Lines, one self-checksummed record per line.

```
{"t":"header","format":"trygghetsapp-sync/1",...}\t<sha256(body)[:32]>
{"t":"tx","d":device,"x":tx_seq,"l":last_seq,"h":hlc,"seen":"<vv json>"}\t<sum>
{"t":"c","d":device,"s":seq,"x":tx_seq,"h":hlc,"e":entity,"r":row id,"v":<data json>}\t<sum>
{"t":"end","count":N,"sha256":"<sha256 of every byte before this line>"}\t<sum>
```

Change data travels as the exact text stored in `change.data`, embedded as the last member
`"v"` of the line, so a change re-exported by any replica (including one that does not understand
its entity or fields) is byte-identical to the original and clone detection can compare it exactly.
The reader slices that text out of the checksummed line instead of decoding and re-encoding it
(`split_change`); it is parsed once, when the record is materialised.

Every line carries its own checksum; the footer's count and whole-file hash detect truncation and
tampering. The footer is signed (issue 6): `"signer"` and `"sig"` (Ed25519 over the whole-file
hash), plus `"lines"` (hash of every line's stored checksum) and `"lsig"` (its signature), so
`--salvage` can keep the intact lines of a damaged file and prove they are the signer's
(docs/security.md). Readers ignore footer keys they do not know.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

FORMAT = "trygghetsapp-sync/1"
FORMAT_FAMILY = "trygghetsapp-sync/"
READER_VERSION = 1
SUFFIX = ".tsync"
LINE_SUM_CHARS = 32

MAX_LINE_BYTES = 8 * 1024 * 1024
"""No line of a package is longer (checked while reading: a longer one is refused after
MAX_LINE_BYTES + 1 bytes, never read whole). The largest line a real package holds is the
header at an office with thousands of devices (about 130 B per device with ordinary names,
at most about 430 B with 80-character names in four-byte characters: 8 MiB is 19,000 such
devices) or a change of a record with every text at its longest (a safety point: 4 notes of
10,000 characters and 5 short texts, at most 4 bytes per character in UTF-8 or as a JSON escape:
about 170 KB): 48 times that. docs/sync.md, "Caps"."""

MAX_FILE_BYTES = 4 * 1024 * 1024 * 1024
"""No package is larger (checked before reading and while reading). A full package of the
national demo register (`demo --scale 5000`: 5,000 areas, 500,000 equipment items, 100,000
contacts; 690,000 changes at about 490 B) is about 340 MB; with three edits per record over the
years about 1 GB. 4 GiB is four times that, and bounds the time and temporary disk a package
can cost (a sealed one is opened into a temporary file first)."""

FooterCheck = Callable[[dict[str, Any], str], None]
FOOTER_CHECKS: list[FooterCheck] = []
"""Extra checks of a complete package: (footer, whole-file sha256 hex) -> raise to refuse.
Issue 6 (signatures) registers its verifier here."""


_DECODER = json.JSONDecoder()


def fast_loads(text: str) -> Any:
    """`json.loads` without its per-call encoding sniffing and whitespace regexes (the hot path
    of an import parses every line and every record twice); input is our own compact JSON."""
    return _DECODER.raw_decode(text)[0]


CHANGE_PREFIX = '{"t":"c",'
DATA_MARK = ',"v":'


_ID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_CHANGE_HEAD = re.compile(
    r'\{"t":"c","d":"(' + _ID + r')","s":([1-9]\d{0,17}),"x":([1-9]\d{0,17}),"h":(\d{1,18}),'
    r'"e":"([a-z_]{1,40})","r":"(' + _ID + r')"\Z'
)
"""The head of a change line as we write it, with members that pass `validate.check_head`: ids
in record-id form, an entity's name, sequence numbers from 1 and a clock below 2**63. A line
that does not match is parsed as JSON and checked by `check_head` (and refused if it fails)."""


ChangeRow = tuple[str, int, int, int, str, str, str]
"""A change line as the row it is inserted as: (device, seq, tx_seq, hlc, entity, row id, data)."""

_DATA_AT = len(DATA_MARK)


def change_row(body: str) -> ChangeRow | None:
    """The change line `body` (it starts with CHANGE_PREFIX) as its log row, when it has the
    layout `change_body` writes; None for anything else (the caller takes `split_change`).

    The hot path of an import (one call per change): no dict is built and nothing is converted
    twice. Accepts exactly the lines that `split_change` parses by its regex, with the same values
    (its data checks included), so the two never disagree."""
    cut = body.find(DATA_MARK)
    if cut < 0 or not (body.startswith("{", cut + _DATA_AT) and body.endswith("}")):
        return None
    head = _CHANGE_HEAD.match(body, 0, cut)
    if head is None:
        return None
    d, seq_text, tx_text, hlc, entity, row = head.groups()
    seq, tx = int(seq_text), int(tx_text)
    if tx > seq:
        return None  # a transaction starts at or before its changes: the JSON path refuses it
    return (d, seq, tx, int(hlc), entity, row, body[cut + _DATA_AT : -1])


def split_change(body: str) -> dict[str, Any]:
    """A change line's members, with "v" kept as the raw data text (never re-encoded).

    The layout `change_body` writes is taken by `change_row`'s regex (3x faster than JSON);
    anything else (escapes, another writer's key order) goes through the JSON parser."""
    row = change_row(body)
    if row is not None:
        return {"t": "c", **dict(zip(("d", "s", "x", "h", "e", "r", "v"), row, strict=True))}
    cut = body.index(DATA_MARK)
    data = body[cut + _DATA_AT : -1]
    if not (data.startswith("{") and body.endswith("}")):
        raise ValueError("change data is not an object")
    record: dict[str, Any] = fast_loads(body[:cut] + "}")
    record["v"] = data
    return record


LINE_SUMS_LABEL = b"trygghetsapp-line-sums/1\x00"
"""Starts the hash over every line's stored checksum (footer key "lines", signed as "lsig"):
with it `--salvage` can prove which lines of a damaged signed package are the signer's."""


def line_sums_hasher() -> Any:
    return hashlib.sha256(LINE_SUMS_LABEL)


def line_sum(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()[:LINE_SUM_CHARS]


def encode_line(body: str) -> bytes:
    raw = body.encode("utf-8")
    return raw + b"\t" + line_sum(raw).encode("ascii") + b"\n"


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def change_body(
    device: str, seq: int, tx_seq: int, hlc: int, entity: str, row_id: str, data: str
) -> str:
    """Hand-built for speed (this runs 500,000 times in an export); equal to dumps() of the dict
    except for key order, which readers do not depend on."""
    return (
        f'{{"t":"c","d":{json.dumps(device)},"s":{seq},"x":{tx_seq},"h":{hlc},'
        f'"e":{json.dumps(entity)},"r":{json.dumps(row_id)},'
        f'"v":{data}}}'
    )


def tx_body(device: str, tx_seq: int, last_seq: int, hlc: int, seen: str) -> str:
    return dumps({"t": "tx", "d": device, "x": tx_seq, "l": last_seq, "h": hlc, "seen": seen})


def package_name(device_id: str, first: int, last: int, sha256_hex: str) -> str:
    """Unique per content: two packages never overwrite each other on a USB stick or share."""
    return f"{device_id}-{first}-{last}-{sha256_hex[:8]}{SUFFIX}"

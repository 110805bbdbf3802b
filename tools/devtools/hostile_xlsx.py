"""Hostile workbooks for `import-xlsx` (issue 18, item 6), beside hostile.py's JSON files.

Kinds of case, in turn:

- `bytes`: byte mutations of a real exported workbook (the zip container breaks);
- `xml`: the workbook unpacked, one of its XML parts mutated (bit flips, cuts, inserted bytes,
  a swapped tag), packed again: openpyxl's parsers get malformed but well-zipped XML;
- `cells`: a workbook of random sheets, headers (known, near-known, junk), values (wrong types,
  formulas, huge and odd text, dates out of range, NaN-like text), merged ranges and title rows;
- `edit`: a real export with random cells of its data sheets replaced by such values;
- `special`: the named attacks, each built once: billion laughs and an external entity in a part,
  a zip bomb (declared and by ratio), 1,000,000 rows (with a true and a lying dimension), a CSV,
  an old .xls, an OpenDocument file and a Word document renamed .xlsx, an empty file, a workbook
  of formulas only, merged cells over the header.

A case passes when the import is accepted or refused with one DomainError line, and a refused
import leaves the database exactly as it was (`hostile.run_case`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tools.devtools.hostile import mutate
from trygghetsapp.services.workbook import columns as spec

KINDS = ("bytes", "xml", "cells", "edit", "special")

JUNK_HEADERS = ("Skostorlek", "", "  ", "Namn2", "=A1", "Id", "ID ", "Område-id", "x" * 300)
VALUES: tuple[Any, ...] = (
    None,
    "",
    " ",
    0,
    -1,
    1e308,
    -1e-308,
    2**63,
    True,
    False,
    "Åsa Öberg",
    "070-174 06 00",
    "0701740600",
    "+4670",
    "12,5",
    "1 000,5 l",
    "NaN",
    "inf",
    "2026-02-30",
    "31/12-1899",
    "0000-00-00",
    46082,
    2_958_466,
    -5,
    "=1+1",
    "@SUM(A1)",
    "+46 1",
    "\x00",
    "\u202e\u200b",
    "x" * 600,
    "y" * 12_000,
    "Planerad",
    "Bygdegård",
    "OK; Trasig",
    "Värme och vila, Toalett, Okänd",
    "Nivå 4",
    "Ersättare 9",
    "ja",
    "kanske",
    "00000000-0000-0000-0000-000000000000",
    "not-a-uuid",
    dt.datetime(1900, 1, 1),
    dt.datetime(2026, 3, 1, 12, 30),
    dt.date(9999, 12, 31),
)


def _known_headers() -> list[str]:
    return [name for sheet in spec.SHEETS for column in sheet.columns for name in column.names()]


def _sheet_names() -> list[str]:
    return [*(s.sv for s in spec.SHEETS), *(s.en for s in spec.SHEETS), "Blad1", "Översikt"]


def cells_workbook(rng: random.Random) -> bytes:
    """Random sheets of random headers and values, written by xlsxwriter (another library than
    the reader), with merged ranges and formulas."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    headers = _known_headers()
    used: set[str] = set()
    for _ in range(rng.randint(1, 4)):
        name = rng.choice(_sheet_names())
        if name in used:
            continue
        used.add(name)
        sheet = book.add_worksheet(name)
        top = rng.choice((0, 0, 1, 2))
        if top:
            sheet.merge_range(0, 0, 0, 3, "Titel")
        width = rng.randint(1, 12)
        for column in range(width):
            header = rng.choice(headers) if rng.random() < 0.8 else rng.choice(JUNK_HEADERS)
            if header:
                sheet.write_string(top, column, header)
        for row in range(top + 1, top + 1 + rng.randint(0, 12)):
            for column in range(width):
                _write(sheet, row, column, rng.choice(VALUES), rng, book)
        if rng.random() < 0.3:
            first = rng.randint(0, top + 4)
            column = rng.randint(0, max(width - 1, 0))
            with contextlib.suppress(Exception):  # xlsxwriter refuses overlaps: no merge then
                sheet.merge_range(first, column, first + rng.randint(1, 4), column, "merged")
    if not used:
        book.add_worksheet("Blad1")
    book.close()
    return buffer.getvalue()


def _write(sheet: Any, row: int, column: int, value: Any, rng: random.Random, book: Any) -> None:
    if value is None:
        return
    if isinstance(value, str) and value.startswith("=") and rng.random() < 0.5:
        sheet.write_formula(row, column, value, None, rng.choice((0, "x", None)))
    elif isinstance(value, bool):
        sheet.write_boolean(row, column, value)
    elif isinstance(value, int | float):
        if isinstance(value, int) and abs(value) > 2**53:
            sheet.write_string(row, column, str(value))
        else:
            sheet.write_number(row, column, value)
    elif isinstance(value, dt.datetime | dt.date):
        moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
        sheet.write_datetime(row, column, moment, book.add_format({"num_format": "yyyy-mm-dd"}))
    else:
        sheet.write_string(row, column, value)


def _rezip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _parts(workbook: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def xml_mutation(valid: bytes, rng: random.Random) -> bytes:
    parts = _parts(valid)
    name = rng.choice([n for n in parts if n.endswith((".xml", ".rels"))])
    data = parts[name]
    if rng.random() < 0.3 and b"<row" in data:
        data = (
            data.replace(b"<row", b"<rox", 1)
            if rng.random() < 0.5
            else data.replace(b'r="', b'r="9', rng.randint(1, 20))
        )
    else:
        data = mutate(data, rng)
    parts[name] = data
    return _rezip(parts)


def edited_export(valid: bytes, rng: random.Random) -> bytes:
    """A real export with some data cells replaced (through openpyxl, as an editor would)."""
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(valid))
    for _ in range(rng.randint(1, 6)):
        sheet = book[rng.choice([s.sv for s in spec.SHEETS])]
        if sheet.max_row < 1:
            continue
        cell = sheet.cell(rng.randint(1, sheet.max_row + 1), rng.randint(1, sheet.max_column + 1))
        value = rng.choice(VALUES)
        cell.value = value.replace("\x00", "") if isinstance(value, str) else value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- the named attacks ---------------------------------------------------------------------

_MINIMAL_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<sheetData>%s</sheetData></worksheet>"
)


def _with_part(valid: bytes, name: str, data: bytes) -> bytes:
    parts = _parts(valid)
    parts[name] = data
    return _rezip(parts)


def billion_laughs(valid: bytes) -> bytes:
    entities = b'<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    strings = (
        b'<?xml version="1.0"?>\n<!DOCTYPE sst [' + entities + b"]>"
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        b'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )
    return _with_part(valid, "xl/sharedStrings.xml", strings)


def external_entity(valid: bytes) -> bytes:
    parts = _parts(valid)
    workbook = parts["xl/workbook.xml"]
    head, _, rest = workbook.partition(b"?>")
    parts["xl/workbook.xml"] = (
        head + b'?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + rest
    )
    return _rezip(parts)


def utf16_entity(valid: bytes) -> bytes:
    text = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'
    return _with_part(valid, "xl/sharedStrings.xml", text.encode("utf-16"))


def ratio_bomb(valid: bytes) -> bytes:
    parts = _parts(valid)
    parts["xl/worksheets/sheet2.xml"] = _MINIMAL_SHEET % (b" " * (60 * 1024 * 1024))
    return _rezip(parts)


def declared_bomb(valid: bytes) -> bytes:
    """A part whose zip entry declares 8 GB (the central directory is edited by hand)."""
    data = bytearray(_with_part(valid, "xl/media/big.bin", b"x" * 1000))
    marker = b"xl/media/big.bin"
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(marker))
    data[central + 24 : central + 28] = (0xFFFFFFF0).to_bytes(4, "little")  # uncompressed size
    return bytes(data)


def million_rows(valid: bytes, lie: bool) -> bytes:
    """An area sheet of 1,000,000 rows; with `lie` its <dimension> says A1:B2, so only the
    row limit while reading stops it."""
    header = (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Omr\xc3\xa5de</t></is></c>'
        b'<c r="B1" t="inlineStr"><is><t>Inv\xc3\xa5nare</t></is></c></row>'
    )
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>Omr %d</t></is></c><c r="B%d"><v>%d</v>'
        b"</c></row>" % (n, n, n, n, n)
        for n in range(2, 1_000_001)
    )
    dimension = b'<dimension ref="A1:B2"/>' if lie else b'<dimension ref="A1:B1000000"/>'
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + dimension
        + b"<sheetData>"
        + header
        + rows
        + b"</sheetData></worksheet>"
    )
    parts = _parts(valid)
    areas = _sheet_part(parts, "Områden")
    parts[areas] = sheet
    return _rezip(parts)


def _sheet_part(parts: dict[str, bytes], title: str) -> str:
    """The part of the sheet called `title` (by the workbook's order: sheetN is the Nth)."""
    import re

    workbook = parts["xl/workbook.xml"].decode("utf-8")
    titles = re.findall(r'<sheet [^>]*name="([^"]+)"', workbook)
    return f"xl/worksheets/sheet{titles.index(title) + 1}.xml"


def merged_header(rng: random.Random) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Trygghetspunkter")
    sheet.merge_range(0, 0, 3, 3, "Område")
    sheet.write_string(4, 0, "Namn")
    sheet.write_string(5, 0, "Punkt")
    book.close()
    return buffer.getvalue()


def formulas_only() -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Områden")
    for column, header in enumerate(("Område", "Invånare", "Yta (km²)", "Byar", "Kommun")):
        sheet.write_string(0, column, header)
        for row in range(1, 20):
            sheet.write_formula(row, column, f'=ROW()*{column}+HYPERLINK("http://x")')
    book.close()
    return buffer.getvalue()


def _opendocument() -> bytes:
    return _rezip(
        {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<a/>"}
    )


def _word() -> bytes:
    return _rezip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})


class Specials:
    """The named attacks, built once (the big ones take seconds) and handed out in turn."""

    def __init__(self, valid: bytes, rng: random.Random):
        self.valid = valid
        self.rng = rng
        self._cache: dict[str, bytes] = {}
        self.builders: dict[str, Callable[[], bytes]] = {
            "billion_laughs": lambda: billion_laughs(valid),
            "external_entity": lambda: external_entity(valid),
            "utf16_entity": lambda: utf16_entity(valid),
            "ratio_bomb": lambda: ratio_bomb(valid),
            "declared_bomb": lambda: declared_bomb(valid),
            "million_rows": lambda: million_rows(valid, lie=False),
            "csv_as_xlsx": lambda: "Namn;Telefon\nÅsa;070-174 06 00\n".encode(),
            "xls": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000,
            "opendocument": _opendocument,
            "word": _word,
            "empty": lambda: b"",
            "formulas": formulas_only,
            "merged_header": lambda: merged_header(rng),
        }
        self.slow = {"million_rows_lying": lambda: million_rows(valid, lie=True)}

    def get(self, name: str) -> bytes:
        if name not in self._cache:
            builder = self.builders.get(name) or self.slow[name]
            self._cache[name] = builder()
        return self._cache[name]

    def names(self) -> list[str]:
        return list(self.builders)


def case(valid: bytes, specials: Specials, rng: random.Random, number: int) -> tuple[str, bytes]:
    """The `number`th case: (kind, file content). The lying million-row file (which is read up
    to the row limit, seconds) comes once in 500 cases."""
    if number % 500 == 499:
        return "special:million_rows_lying", specials.get("million_rows_lying")
    kind = KINDS[number % len(KINDS)]
    if kind == "bytes":
        return kind, mutate(valid, rng)
    if kind == "xml":
        return kind, xml_mutation(valid, rng)
    if kind == "cells":
        return kind, cells_workbook(rng)
    if kind == "edit":
        return kind, edited_export(valid, rng)
    names = specials.names()
    name = names[(number // len(KINDS)) % len(names)]
    return f"special:{name}", specials.get(name)


def write_case(folder: Path, content: bytes) -> Path:
    path = folder / "case.xlsx"
    path.write_bytes(content)
    return path

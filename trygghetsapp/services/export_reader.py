"""Reading an export-json file without holding it in memory.

Our own exports put one record per line (see transfer.write_export), so they are read line by line:
a first pass validates every record and notes where each section starts, a second pass seeks to the
sections in dependency order and writes. Memory stays bounded by the set of ids, not the file. A
hand-edited file in any other JSON layout is accepted up to a modest size and parsed whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.files.problems import read_problem

MAX_IMPORT_BYTES = 4 * 1024**3
MAX_FREE_FORM_BYTES = 64 * 1024**2
MAX_LINE_BYTES = 16 * 1024**2


def _file_error(sv: str, en: str) -> DomainError:
    return DomainError("file", sv, en)


def _layout_error(line_number: int) -> DomainError:
    return _file_error(
        f"ogiltig JSON eller oväntad uppställning på rad {line_number}",
        f"invalid JSON or unexpected layout on line {line_number}",
    )


class ExportFile:
    """An export-json file: `records(key)` yields (index, record) of one section."""

    def __init__(self, path: Path, known_keys: set[str]):
        self.path = path
        self.known_keys = known_keys
        self.offsets: dict[str, int] = {}
        self._parsed: dict[str, Any] | None = None
        try:
            size = path.stat().st_size
        except OSError as error:
            raise _file_error(*read_problem(error)) from None
        if size > MAX_IMPORT_BYTES:
            raise _file_error("filen är för stor", "the file is too large")
        self.line_by_line = self._starts_like_our_export()
        if not self.line_by_line:
            if size > MAX_FREE_FORM_BYTES:
                raise _file_error(
                    "filen är för stor för att läsas i annan uppställning än Trygghetsapps egen "
                    "export",
                    "the file is too large for any layout other than Trygghetsapp's own export",
                )
            self._parsed = self._parse_whole()

    def _open(self) -> Any:
        try:
            return open(self.path, "rb")
        except OSError as error:
            raise _file_error(*read_problem(error)) from None

    def _starts_like_our_export(self) -> bool:
        with self._open() as handle:
            return bool(handle.readline(16) == b"{\n")

    def _parse_whole(self) -> dict[str, Any]:
        try:
            with open(self.path, encoding="utf-8") as handle:
                data = json.load(handle)
        except UnicodeDecodeError:
            raise _file_error("filen är inte UTF-8", "the file is not UTF-8") from None
        except json.JSONDecodeError as error:
            raise _file_error(
                f"ogiltig JSON på rad {error.lineno}, tecken {error.colno}",
                f"invalid JSON on line {error.lineno}, character {error.colno}",
            ) from None
        except RecursionError:
            raise _file_error(
                "ogiltig JSON: för djupt nästlad", "invalid JSON: nested too deep"
            ) from None
        except OSError as error:
            raise _file_error(*read_problem(error)) from None
        if not isinstance(data, dict):
            raise _file_error("måste vara ett JSON-objekt", "must be a JSON object")
        self._check_keys(data)
        return data

    def _check_keys(self, keys: Any) -> None:
        unknown = sorted(set(keys) - self.known_keys)
        if unknown:
            raise DomainError(
                unknown[0], "okänd posttyp i filen", "unknown record type in the file"
            )

    def scan(self) -> Iterator[tuple[str, int, Any]]:
        """Every record in file order; the first pass, which also finds the sections."""
        if self._parsed is not None:
            for key, records in self._parsed.items():
                if not isinstance(records, list):
                    raise DomainError(key, "måste vara en lista", "must be a list")
                for index, record in enumerate(records):
                    yield key, index, record
            return
        yield from self._scan_lines()

    def _decode(self, raw: bytes, line_number: int) -> str:
        if len(raw) >= MAX_LINE_BYTES:
            raise _file_error(
                f"en post på rad {line_number} är för stor",
                f"a record on line {line_number} is too large",
            )
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _file_error("filen är inte UTF-8", "the file is not UTF-8") from None

    def _scan_lines(self) -> Iterator[tuple[str, int, Any]]:
        with self._open() as handle:
            handle.readline()
            line_number = 1
            key: str | None = None
            index = 0
            closed = False
            while True:
                raw = handle.readline(MAX_LINE_BYTES)
                line_number += 1
                if not raw:
                    break
                text = self._decode(raw, line_number).rstrip("\n")
                if closed:
                    raise _layout_error(line_number)
                if key is None:
                    if text == "}":
                        closed = True
                        continue
                    header = _section_header(text)
                    if header is None:
                        raise _layout_error(line_number)
                    name, empty = header
                    self._check_keys([name])
                    if name in self.offsets:
                        raise DomainError(name, "förekommer två gånger", "appears twice")
                    self.offsets[name] = handle.tell()
                    key, index = (None, 0) if empty else (name, 0)
                    continue
                if text in ("]", "],"):
                    key = None
                    continue
                body = text[:-1] if text.endswith(",") else text
                try:
                    record = json.loads(body)
                except (json.JSONDecodeError, RecursionError):
                    raise _layout_error(line_number) from None
                yield key, index, record
                index += 1
            if not closed or key is not None:
                raise _file_error("filen är avkortad", "the file is truncated")

    def records(self, key: str) -> Iterator[tuple[int, Any]]:
        """One section's records; the second pass, reading only that section."""
        if self._parsed is not None:
            yield from enumerate(self._parsed.get(key, []))
            return
        start = self.offsets.get(key)
        if start is None:
            return
        with self._open() as handle:
            handle.seek(start)
            lines = iter(lambda: handle.readline(MAX_LINE_BYTES), b"")
            for index, raw in enumerate(lines):
                text = raw.decode("utf-8").rstrip("\n")
                if text in ("]", "],", "}") or _section_header(text) is not None:
                    return
                yield index, json.loads(text[:-1] if text.endswith(",") else text)


def _section_header(text: str) -> tuple[str, bool] | None:
    """`"areas": [` -> ("areas", False); `"roles": [],` -> ("roles", True); else None."""
    for suffix, empty in (('": [', False), ('": []', True), ('": [],', True)):
        if text.startswith('"') and text.endswith(suffix):
            name = text[1 : -len(suffix)]
            if name and '"' not in name:
                return name, empty
    return None

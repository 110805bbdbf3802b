"""Streaming, verifying reader of package files.

Reads line by line, each read bounded by the caps of `package.py` (a line longer than
MAX_LINE_BYTES is refused once that many bytes are read, never read whole; a file larger than
MAX_FILE_BYTES is refused before reading and while reading, should it grow), so memory stays
bounded for any file. Checks every line's checksum and the footer's count and whole-file hash.
In strict mode the first problem raises `PackageError` naming the file and what is wrong; the
importer applies lines inside one transaction and rolls back, so a refused file changes nothing.
In salvage mode damaged lines are skipped and listed.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.sync.package import (
    CHANGE_PREFIX,
    FOOTER_CHECKS,
    FORMAT_FAMILY,
    LINE_SUM_CHARS,
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    READER_VERSION,
    ChangeRow,
    change_row,
    dumps,
    fast_loads,
    line_sums_hasher,
    split_change,
)

_sha256 = hashlib.sha256


class PackageError(DomainError):
    """A package refused whole: names the file and the problem, in Swedish and English."""

    def __init__(self, path: Path, message_sv: str, message_en: str):
        self.path = path
        super().__init__(str(path.name), message_sv, message_en)


@dataclass
class ReadStats:
    lines: int = 0
    skipped: list[str] = field(default_factory=list)
    footer_ok: bool = False
    """The whole file verified (hash and signature)."""
    lines_ok: bool = False
    """Salvage: the file is damaged, but the signature over every line's stored checksum
    verified, so every line whose body matches its checksum is the signer's own."""
    sha256: str = ""


def check_file_size(path: Path) -> None:
    """Refuse a file over the cap before hashing or opening it (a stat, no read)."""
    try:
        size = path.stat().st_size
    except OSError:
        return  # reading it will say what is wrong
    _check_size(path, size)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _decode(raw: bytes) -> dict[str, Any] | ChangeRow | str:
    """The verified record of one line, or a description of what is wrong with it.

    A change line in the layout we write comes back as its log row (`change_row`: the hot path,
    one call per change, no dict); any other line as its dict."""
    if not raw.endswith(b"\n"):
        return "rad utan radslut (filen är avkortad) / line without end (file truncated)"
    tab = raw.rfind(b"\t")
    if tab < 0 or len(raw) - tab - 2 != LINE_SUM_CHARS:
        return "rad utan kontrollsumma / line without checksum"
    body = raw[:tab]
    # The stored sum as bytes against our hex digest: equal exactly when its ASCII text is.
    if _sha256(body).hexdigest().encode("ascii")[:LINE_SUM_CHARS] != raw[tab + 1 : -1]:
        return "kontrollsumman stämmer inte (ändrad eller skadad) / checksum mismatch (altered)"
    try:
        text = body.decode("utf-8")
        if text.startswith(CHANGE_PREFIX):
            row = change_row(text)
            if row is not None:
                return row
            record = split_change(text)
        else:
            record = fast_loads(text)
        if (
            isinstance(record, dict)
            and record.get("t") == "c"
            and not isinstance(record.get("v"), str)
        ):
            # A change written in another key order: keep its data as canonical text.
            record["v"] = dumps(record.get("v"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return "ogiltig JSON / invalid JSON"
    if not isinstance(record, dict) or not isinstance(record.get("t"), str):
        return "okänd radtyp / unknown line type"
    return record


Verifier = Callable[[dict[str, Any], dict[str, Any], str], None]
"""(header, footer, whole-file sha256 the reader computed) -> raise to refuse (the signature)."""


def read_package(
    path: Path,
    salvage: bool = False,
    stats: ReadStats | None = None,
    verify: Verifier | None = None,
    verify_lines: Verifier | None = None,
) -> Iterator[dict[str, Any] | ChangeRow]:
    """Yield the header, then every tx and change record; verify the footer at the end.

    Change lines in the layout we write come as `ChangeRow` tuples, every other record as a dict.

    Raises PackageError (strict) for any damage; in salvage mode only a missing or unreadable
    header is fatal, and `stats.skipped` lists what was left out. `verify` runs once the
    whole-file hash matched (the one pass over the bytes serves both); its refusal is raised in
    salvage mode too, and the caller rolls back everything the generator yielded.
    `verify_lines` (salvage only) gets the hash of every line's stored checksum (header, footer
    and the hex digest): the only way a damaged file's intact lines are trusted.
    """
    stats = stats if stats is not None else ReadStats()
    digest = hashlib.sha256()
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in finally; generator
    except OSError as error:
        raise PackageError(path, f"kan inte läsas: {error}", f"cannot be read: {error}") from None
    try:
        _check_size(path, os.fstat(handle.fileno()).st_size)
        readline = handle.readline
        first = readline(LINE_LIMIT)
        _check_line(path, first, 1)
        total = len(first)
        header = _decode(first)
        if not isinstance(header, dict) or header.get("t") != "header":
            raise PackageError(
                path,
                "är inget Trygghetsapp-synkpaket (första raden)",
                "is not a Trygghetsapp sync package (first line)",
            )
        fmt = str(header.get("format", ""))
        if not fmt.startswith(FORMAT_FAMILY):
            raise PackageError(path, f"okänt format {fmt!r}", f"unknown format {fmt!r}")
        if int(header.get("min_reader", 1)) > READER_VERSION:
            raise PackageError(
                path,
                "paketet kräver en nyare version av Trygghetsapp",
                "the package needs a newer version of Trygghetsapp",
            )
        digest.update(first)
        sums = line_sums_hasher() if salvage else None
        if sums is not None:
            sums.update(first[-LINE_SUM_CHARS - 1 : -1])
        damaged = 0
        yield header
        count = 0
        footer: dict[str, Any] | None = None
        number = 1
        while raw := readline(LINE_LIMIT):
            number += 1
            total += len(raw)
            if len(raw) >= LINE_LIMIT or total > MAX_FILE_BYTES:
                _check_line(path, raw, number)
                _check_size(path, total)
            if footer is not None:
                _problem(path, stats, salvage, number, "data efter slutraden / data after footer")
                continue
            record = _decode(raw)  # a change row (tuple), another record (dict), or a problem
            if isinstance(record, str):
                digest.update(raw)
                _problem(path, stats, salvage, number, record)
                damaged += 1
                if sums is not None:
                    sums.update(raw[-LINE_SUM_CHARS - 1 : -1])
                continue
            if not isinstance(record, tuple) and record["t"] == "end":
                footer = record
                stats.sha256 = digest.hexdigest()
                continue
            digest.update(raw)
            if sums is not None:
                sums.update(raw[-LINE_SUM_CHARS - 1 : -1])
            count += 1
            stats.lines = count
            yield record
        if footer is None:
            _problem(
                path,
                stats,
                salvage,
                number,
                "slutraden saknas: filen är avkortad / footer missing: the file is truncated",
            )
            return
        intact = footer.get("count") == count and footer.get("sha256") == stats.sha256
        if salvage and not (intact and damaged == 0):
            if (
                verify_lines is not None
                and sums is not None
                and footer.get("count") == count + damaged
            ):
                verify_lines(header, footer, sums.hexdigest())
                stats.lines_ok = True
            return  # the caller refuses unless lines_ok
        if footer.get("count") != count:
            _problem(
                path,
                stats,
                salvage,
                number,
                f"slutraden anger {footer.get('count')} rader men filen har {count} / "
                f"footer says {footer.get('count')} lines but the file has {count}",
            )
            return
        if footer.get("sha256") != stats.sha256:
            _problem(
                path,
                stats,
                salvage,
                number,
                "filens kontrollsumma stämmer inte / whole-file checksum mismatch",
            )
            return
        if verify is not None:
            verify(header, footer, stats.sha256)
        for check in FOOTER_CHECKS:
            check(footer, stats.sha256)
        stats.footer_ok = True
    finally:
        handle.close()


LINE_LIMIT = MAX_LINE_BYTES + 1
"""Bytes asked of each `readline`: one more than a line may hold, so an over-long line shows."""


def _check_line(path: Path, raw: bytes, number: int) -> None:
    """Refuse a line longer than the cap (also in salvage mode: no writer of ours makes one)."""
    if len(raw) > MAX_LINE_BYTES:
        mib = MAX_LINE_BYTES // (1024 * 1024)
        raise PackageError(
            path,
            f"har en rad längre än {mib} MiB (rad {number}) och lästes inte in; inget paket "
            f"från Trygghetsapp har så långa rader",
            f"has a line longer than {mib} MiB (line {number}) and was not imported; no "
            f"Trygghetsapp package has lines that long",
        )


def _check_size(path: Path, size: int) -> None:
    if size > MAX_FILE_BYTES:
        gib = MAX_FILE_BYTES // (1024 * 1024 * 1024)
        raise PackageError(
            path,
            f"är större än {gib} GiB, mer än något paket Trygghetsapp skriver, och lästes inte in",
            f"is larger than {gib} GiB, more than any package Trygghetsapp writes, and was not "
            f"imported",
        )


def _problem(path: Path, stats: ReadStats, salvage: bool, number: int, what: str) -> None:
    if not salvage:
        sv, _, en = what.partition(" / ")
        raise PackageError(
            path,
            f"är skadat eller ändrat och lästes inte in (rad {number}: {sv})",
            f"is damaged or altered and was not imported (line {number}: {en or sv})",
        )
    stats.skipped.append(f"rad {number}: {what}")

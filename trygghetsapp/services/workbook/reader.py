"""Opening a workbook someone sent us: untrusted bytes, read within limits or refused whole.

Before openpyxl sees the file, the container is checked here: its first bytes (an old .xls, an
encrypted workbook, a CSV or an OpenDocument file renamed .xlsx are each named as such), the size
of the file and of every part as the zip declares it (Python's zipfile never inflates a part past
its declared size, so these figures bound the work; a part that inflates past them fails its
CRC), the compression ratio of large parts (zip bombs), and every XML part for a document type
declaration: OOXML has no use for one, and entity expansion (billion laughs, quadratic blowup)
needs it. openpyxl then parses with defusedxml (a hard dependency; its presence is checked), in
read-only mode, one row at a time, at most MAX_COLUMNS columns and MAX_ROWS rows a sheet.

Every refusal is a DomainError with one line; any exception openpyxl raises on a malformed part
is one too ("could not be read as an Excel workbook"), since a hostile file can reach any of
openpyxl's code paths and none of them may end the program with a traceback.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.files.problems import read_problem

# openpyxl warns (to stderr) about what it tolerates in a file: a date serial out of range, an
# unknown extension, a style it drops. The import says what matters in its own words.
warnings.filterwarnings("ignore", module=r"openpyxl(\.|$)")

MAX_FILE_BYTES = 100 * 1024**2
"""The workbook file itself (a municipality's lists are a few megabytes)."""
MAX_PART_BYTES = 512 * 1024**2
"""One part, inflated: a sheet of 200,000 rows of 40 columns is about 400 MB of XML."""
MAX_SMALL_PART_BYTES = 64 * 1024**2
"""The parts openpyxl holds whole in memory: shared strings, styles, the workbook."""
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_PARTS = 10_000
MAX_RATIO = 200
"""Inflated/compressed above this, for a part above RATIO_FLOOR, is a zip bomb (XML of real
spreadsheets compresses 5-40 times)."""
RATIO_FLOOR = 1024**2
MAX_SHEETS = 60
MAX_ROWS = 200_000
"""Rows a sheet may hold (data and empty rows between them); more is refused, not cut."""
MAX_COLUMNS = 100
"""Columns read; cells further right are not read (headers past it are reported as unread)."""
EXCEL_MAX_ROW = 1_048_576

_HELD_WHOLE = re.compile(r"(sharedStrings|styles|workbook)[^/]*\.xml$", re.IGNORECASE)
_DTD = (b"<!doctype", b"<!entity")
_MERGE = re.compile(
    rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})\""
)


def file_error(sv: str, en: str) -> DomainError:
    return DomainError("file", sv, en)


@dataclass(frozen=True)
class Formula:
    """A cell that holds a formula: not read as a value (see the importer's message)."""

    text: str


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + (char - 64)
    return number


def check_container(path: Path) -> None:
    """Refuse what is not a plain .xlsx within the limits, before any XML is parsed."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise file_error(*read_problem(error)) from None
    if size > MAX_FILE_BYTES:
        raise file_error(
            f"filen är för stor ({size // 1024**2} MB; högst {MAX_FILE_BYTES // 1024**2} MB)",
            f"the file is too large ({size // 1024**2} MB; at most {MAX_FILE_BYTES // 1024**2} MB)",
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise file_error(
            "filen är en gammal .xls-arbetsbok eller en lösenordsskyddad arbetsbok; spara den "
            "som .xlsx utan lösenord och försök igen",
            "the file is an old .xls workbook or a password-protected one; save it as .xlsx "
            "without a password and try again",
        )
    if not head.startswith(b"PK\x03\x04"):
        if size == 0:
            raise file_error("filen är tom", "the file is empty")
        raise file_error(
            "filen är ingen Excel-arbetsbok (.xlsx); om det är en CSV- eller textfil, öppna den "
            "i Excel och spara den som Excel-arbetsbok (.xlsx)",
            "the file is not an Excel workbook (.xlsx); if it is a CSV or text file, open it in "
            "Excel and save it as an Excel workbook (.xlsx)",
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_parts(archive, infos)
    except DomainError:
        raise
    except zipfile.BadZipFile:
        raise file_error(
            "filen är skadad (zip-behållaren går inte att läsa)",
            "the file is damaged (its zip container cannot be read)",
        ) from None
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error) as error:
        raise file_error(
            f"filen är skadad ({type(error).__name__})",
            f"the file is damaged ({type(error).__name__})",
        ) from None


def _check_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_PARTS:
        raise file_error("filen har för många delar", "the file has too many parts")
    names = {info.filename for info in infos}
    if "mimetype" in names and "[Content_Types].xml" not in names:
        raise file_error(
            "filen är ett OpenDocument-kalkylark (.ods); spara den som .xlsx och försök igen",
            "the file is an OpenDocument spreadsheet (.ods); save it as .xlsx and try again",
        )
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise file_error(
            "filen är ingen Excel-arbetsbok (zip-filen saknar arbetsbokens delar)",
            "the file is not an Excel workbook (the zip lacks a workbook's parts)",
        )
    total = 0
    for info in infos:
        declared = info.file_size
        total += declared
        limit = MAX_SMALL_PART_BYTES if _HELD_WHOLE.search(info.filename) else MAX_PART_BYTES
        if declared > limit or total > MAX_TOTAL_BYTES:
            raise file_error(
                f"en del av filen är för stor uppackad ({info.filename}, "
                f"{declared // 1024**2} MB); filen läses inte",
                f"a part of the file is too large unpacked ({info.filename}, "
                f"{declared // 1024**2} MB); the file is not read",
            )
        if declared > RATIO_FLOOR and declared > MAX_RATIO * max(info.compress_size, 1):
            raise file_error(
                f"filen packas upp orimligt mycket ({info.filename}: "
                f"{declared // max(info.compress_size, 1)} gånger); den läses inte (zip-bomb?)",
                f"the file unpacks unreasonably ({info.filename}: "
                f"{declared // max(info.compress_size, 1)} times); it is not read (zip bomb?)",
            )
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels", ".vml")):
            _check_no_dtd(archive, info)


def _check_no_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """No <!DOCTYPE or <!ENTITY anywhere in an XML part (in any of its encodings)."""
    with archive.open(info) as part:
        first = part.read(4)
        encoding = "utf-8"
        if first.startswith((b"\xff\xfe", b"\xfe\xff")):
            encoding = "utf-16"
        elif first.startswith((b"\x00<", b"<\x00")):
            encoding = "utf-16-be" if first.startswith(b"\x00") else "utf-16-le"
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        tail = ""
        chunk = first
        while chunk:
            text = tail + decoder.decode(chunk).lower()
            if "<!doctype" in text or "<!entity" in text:
                raise file_error(
                    "filen innehåller en dokumenttypsdefinition (DTD) med entiteter, som en "
                    "arbetsbok aldrig behöver; den läses inte",
                    "the file holds a document type definition (DTD) with entities, which a "
                    "workbook never needs; it is not read",
                )
            tail = text[-16:]
            chunk = part.read(1024 * 1024)


def merged_fill(archive_path: Path, member: str) -> dict[int, dict[int, int]]:
    """Vertical merges of a sheet: {row: {column: row whose value fills it}}, read by a scan of
    the part's bytes (openpyxl's read-only mode does not report merges, and they sit after the
    rows). A person who merges "Område" over the rows of its points means every row."""
    fill: dict[int, dict[int, int]] = {}
    with zipfile.ZipFile(archive_path) as archive, archive.open(member) as part:
        tail = b""
        while chunk := part.read(1024 * 1024):
            data = tail + chunk
            end = 0
            for match in _MERGE.finditer(data):
                first_col = _column_number(match.group(1))
                first_row, last_row = int(match.group(2)), int(match.group(4))
                end = match.end()
                if last_row <= first_row or last_row - first_row > MAX_ROWS:
                    continue
                for row in range(first_row + 1, last_row + 1):
                    fill.setdefault(row, {})[first_col] = first_row
                if len(fill) > MAX_ROWS:
                    return fill
            tail = data[max(end, len(data) - 200) :]
    return fill


class Workbook:
    """A checked workbook, open for streaming its sheets' rows."""

    def __init__(self, path: Path):
        self.path = path
        check_container(path)
        import openpyxl
        import openpyxl.xml

        if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
            raise file_error(
                "defusedxml saknas: arbetsböcker läses inte utan skydd",
                "defusedxml is missing: workbooks are not read without protection",
            )
        self.declared_rows: dict[str, int] = {}
        """Rows each sheet's <dimension> claims, once the sheet was opened: for a progress
        estimate only (a wrong or hostile one is never trusted for reading)."""
        self._handle: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by close()
        try:
            self._book: Any = openpyxl.load_workbook(
                self._handle, read_only=True, data_only=False, keep_links=False
            )
            self.sheet_names: list[str] = list(self._book.sheetnames)
        except DomainError:
            self.close()
            raise
        except Exception as error:  # a hostile file can reach any of openpyxl's paths
            self.close()
            raise unreadable(error) from None
        if len(self.sheet_names) > MAX_SHEETS:
            self.close()
            raise file_error(
                f"arbetsboken har {len(self.sheet_names)} blad (högst {MAX_SHEETS})",
                f"the workbook has {len(self.sheet_names)} sheets (at most {MAX_SHEETS})",
            )

    def __enter__(self) -> Workbook:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        book = getattr(self, "_book", None)
        if book is not None:
            with contextlib.suppress(Exception):  # a broken archive: nothing to save
                book.close()
        handle = getattr(self, "_handle", None)
        if handle is not None:
            handle.close()

    def rows(self, sheet: str, columns: int = MAX_COLUMNS) -> Iterator[tuple[int, list[Any]]]:
        """(row number, values of its first `columns` cells) of every row up to the last
        non-empty one; a formula cell is a `Formula`, a date cell a datetime, an empty cell
        None; vertically merged cells carry the merge's value."""
        try:
            worksheet = self._book[sheet]
            declared = worksheet.max_row
            worksheet.reset_dimensions()  # a hostile or wrong <dimension> is not trusted
            member = getattr(worksheet, "_worksheet_path", None)
        except Exception as error:
            raise unreadable(error) from None
        if isinstance(declared, int) and declared > MAX_ROWS:
            raise too_many_rows(sheet)
        if isinstance(declared, int) and declared > 0:
            self.declared_rows.setdefault(sheet, declared)
        try:
            fill = merged_fill(self.path, member) if member else {}
        except Exception as error:  # a part that inflates wrongly, a missing member ...
            raise unreadable(error) from None
        remembered: dict[tuple[int, int], Any] = {}
        width = max(1, min(columns, MAX_COLUMNS))  # the header's width, once it is known
        iterator = iter(worksheet.iter_rows(min_col=1, max_col=width))
        number = 0
        while True:
            try:
                cells = next(iterator)
            except StopIteration:
                return
            except DomainError:
                raise
            except Exception as error:
                raise unreadable(error) from None
            number += 1
            if number > MAX_ROWS:
                raise too_many_rows(sheet)
            values = [_value(cell) for cell in cells]
            for column, source_row in fill.get(number, {}).items():
                if column <= len(values) and values[column - 1] is None:
                    values[column - 1] = remembered.get((source_row, column))
            if number + 1 in fill:
                for column, source_row in fill[number + 1].items():
                    if source_row == number and column <= len(values):
                        remembered[(number, column)] = values[column - 1]
            yield number, values


def too_many_rows(sheet: str) -> DomainError:
    return file_error(
        f"bladet {sheet!r} har fler än {MAX_ROWS} rader; dela upp det i flera filer",
        f"the sheet {sheet!r} has more than {MAX_ROWS} rows; split it into several files",
    )


def _value(cell: Any) -> Any:
    value = cell.value
    if getattr(cell, "data_type", None) == "f":
        return Formula(str(value))
    if isinstance(value, str) and not value.strip():
        return None
    return value


def unreadable(error: BaseException) -> DomainError:
    reason = type(error).__name__
    return file_error(
        f"filen kunde inte läsas som Excel-arbetsbok ({reason}); spara om den i Excel som "
        ".xlsx och försök igen",
        f"the file could not be read as an Excel workbook ({reason}); save it again in Excel "
        "as .xlsx and try again",
    )

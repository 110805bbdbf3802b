"""Writing workbooks: the data (to edit and import again), the blank template, the county report.

The data workbook has one sheet per entity with the columns of `columns.SHEETS` (the same ones
the import reads, so it comes back with no mapping), each record's id in a hidden column,
drop-down lists for catalogue values and conditions (from a hidden sheet "Listor"), a frozen
header row, column widths, and dates as dates. The overview (readiness per area) and "Om filen"
(what the file is, its profile) are sheets of their own that the import ignores. Text that begins
with = + - @ (or a tab or carriage return) is written as a text cell with Excel's quote prefix,
so no cell of ours is ever a formula (OWASP's CSV/formula injection).

Everything is streamed (openpyxl's write-only mode, rows read `yield_per`), and the file is
written whole or not at all (files/atomic.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from trygghetsapp import __version__
from trygghetsapp.domain import typed
from trygghetsapp.domain.catalogues import FACT_LABELS
from trygghetsapp.domain.coords import sweref99tm
from trygghetsapp.domain.readiness import Readiness
from trygghetsapp.domain.values import format_phone
from trygghetsapp.files.atomic import write_with
from trygghetsapp.services import overview
from trygghetsapp.services.workbook import columns as spec
from trygghetsapp.services.workbook.directory import KINDS
from trygghetsapp.store.database import Database
from trygghetsapp.store.models import (
    Area,
    Contact,
    CrisisRole,
    EquipmentItem,
    InfoChannel,
    Inspection,
    InspectionFinding,
    Municipality,
    RoleAssignment,
    SafetyPoint,
)
from trygghetsapp.store.uow import UnitOfWork

RISKY_START = ("=", "+", "-", "@", "\t", "\r")
"""OWASP: a cell starting with one of these may be read as a formula by a spreadsheet."""
READINESS_SV = {Readiness.READY: "Redo", Readiness.GAPS: "Brister", Readiness.CRITICAL: "Kritisk"}
VALIDATION_ROWS = 5000
"""Drop-downs cover this many rows below the data (a template: the first 5,000)."""


@dataclass(frozen=True)
class WorkbookCounts:
    sheets: dict[str, int]

    def total(self) -> int:
        return sum(self.sheets.values())


def risky(text: str) -> bool:
    return text.startswith(RISKY_START)


class SheetWriter:
    """openpyxl's write-only workbook with our cell conventions."""

    def __init__(self) -> None:
        import openpyxl
        from openpyxl.styles import Font

        self.book = openpyxl.Workbook(write_only=True)
        self.bold = Font(bold=True)
        self.lists: dict[str, str] = {}
        """Vocabulary name -> the range of its labels on the hidden sheet "Listor"."""

    def cell(self, sheet: Any, value: Any, header: bool = False) -> Any:
        from openpyxl.cell import WriteOnlyCell

        if isinstance(value, str) and risky(value):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # never a formula
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
            return cell
        if header:
            cell = WriteOnlyCell(sheet, value=value)
            cell.font = self.bold
            return cell
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            return int(value)
        return value

    def sheet(self, title: str, columns: list[tuple[str, int, bool]], rows: int = 0) -> Any:
        """A sheet with a bold, frozen header row: (header, width, hidden) per column.

        `rows` (below the header) goes into the sheet's <dimension>: write-only mode has none,
        and without it openpyxl (and other readers) parse the whole sheet to size it.
        """
        from openpyxl.utils import get_column_letter

        sheet = self.book.create_sheet(title)
        last = f"{get_column_letter(max(len(columns), 1))}{rows + 1}"
        sheet.calculate_dimension = lambda: f"A1:{last}"
        sheet.freeze_panes = "A2"
        for number, (_, width, hidden) in enumerate(columns, 1):
            dimension = sheet.column_dimensions[get_column_letter(number)]
            dimension.width = width
            dimension.hidden = hidden
        sheet.append([self.cell(sheet, header, header=True) for header, _, _ in columns])
        return sheet

    def drop_down(self, sheet: Any, column_number: int, vocabulary: str, rows: int) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        letter = get_column_letter(column_number)
        validation = DataValidation(
            type="list",
            formula1=self.lists[vocabulary],
            allow_blank=True,
            showErrorMessage=vocabulary != "services",  # several services in one cell
            errorTitle="Okänt värde",
            error="Välj ett värde i listan.",
        )
        validation.add(f"{letter}2:{letter}{rows + 1}")
        sheet.data_validations.append(validation)

    def list_sheet(self) -> None:
        """The drop-downs' values, in a hidden sheet (a list in the rule itself may hold at most
        255 characters)."""
        from openpyxl.utils import get_column_letter

        names = [*spec.VOCABULARIES, "flag"]
        values = {
            name: list(spec.VOCABULARIES[name].display.values()) for name in spec.VOCABULARIES
        }
        values["flag"] = ["Ja", "Nej"]
        sheet = self.book.create_sheet("Listor")
        sheet.sheet_state = "hidden"
        longest = max(len(v) for v in values.values())
        for name_index, name in enumerate(names, 1):
            letter = get_column_letter(name_index)
            self.lists[name] = f"Listor!${letter}$1:${letter}${len(values[name])}"
        for row in range(longest):
            sheet.append([values[name][row] if row < len(values[name]) else None for name in names])

    def save(self, path: Path) -> None:
        write_with(path, lambda temporary: self.book.save(str(temporary)))


def export_workbook(
    database: Database, path: Path, template: bool = False, today: dt.date | None = None
) -> WorkbookCounts:
    """The data workbook (or, with `template`, the same sheets empty), written atomically."""
    writer = SheetWriter()
    writer.list_sheet()
    counts: dict[str, int] = {}
    with UnitOfWork(database) as uow:
        for sheet_spec in spec.SHEETS:
            visible = list(sheet_spec.columns)
            model = KINDS[sheet_spec.entity].model
            count = 0 if template else _count(uow, model)
            sheet = writer.sheet(
                sheet_spec.sv, [(c.sv, c.width, c.hidden) for c in visible], rows=count
            )
            written = 0
            if not template:
                for record in _records(uow, sheet_spec.key):
                    sheet.append([writer.cell(sheet, v) for v in _cells(visible, record)])
                    written += 1
            counts[sheet_spec.sv] = written
            for number, column in enumerate(visible, 1):
                vocabulary = column.vocabulary or ("flag" if column.kind == spec.FLAG else None)
                if vocabulary:
                    writer.drop_down(sheet, number, vocabulary, written + VALIDATION_ROWS)
    if not template:
        _overview_sheet(writer, database, today)
    _about_sheet(writer, template, counts)
    _move_last_sheets_first(writer)
    writer.save(path)
    return WorkbookCounts(counts)


def _count(uow: UnitOfWork, model: Any) -> int:
    return int(uow.session.scalar(select(func.count()).where(~model.deleted)) or 0)


def _move_last_sheets_first(writer: SheetWriter) -> None:
    """Data sheets first, then Översikt and Om filen, and the hidden Listor last."""
    sheets = writer.book._sheets  # write-only books have no move_sheet
    lists = next(s for s in sheets if s.title == "Listor")
    sheets.remove(lists)
    sheets.append(lists)


def _overview_sheet(writer: SheetWriter, database: Database, today: dt.date | None) -> None:
    headers = [
        ("Område", 32, False),
        ("Beredskap", 12, False),
        ("Har trygghetspunkt", 12, False),
        ("Roller utan innehavare", 12, False),
        ("Kritiska roller utan ersättare", 14, False),
        ("Utrustning trasig", 12, False),
        ("Utrustning saknas", 12, False),
        ("Kontroll försenad", 12, False),
        ("Dagar sedan inventering", 14, False),
        ("Otestade kanaler", 12, False),
    ]
    rows = overview.overview(database, today=today)
    sheet = writer.sheet("Översikt", headers, rows=len(rows))
    for row in rows:
        gaps = row.gaps
        sheet.append(
            [
                writer.cell(sheet, row.area_name),
                READINESS_SV[gaps.readiness],
                "Ja" if gaps.has_safety_point else "Nej",
                gaps.roles_without_holder,
                gaps.critical_roles_without_deputy,
                gaps.equipment_defect,
                gaps.equipment_missing,
                gaps.equipment_overdue,
                gaps.days_since_inspection,
                gaps.channels_untested,
            ]
        )


def _about_sheet(writer: SheetWriter, template: bool, counts: dict[str, int]) -> None:
    rows: list[tuple[str, Any]] = [
        ("Fil", "Mall för import till Trygghetsapp" if template else "Export från Trygghetsapp"),
        ("Profil", "intern (hela registret, med personuppgifter: hanteras som internt material)"),
        ("Skapad", dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")),
        ("Program", f"Trygghetsapp {__version__}"),
        (
            "Läsa in igen",
            "trygghetsapp import-xlsx FIL (eller Arkiv > Importera i fönstret). Dolda kolumner "
            "(Id) gör att samma post uppdateras i stället för att läggas till igen.",
        ),
        ("Koordinater", "WGS 84 (latitud, longitud) och SWEREF 99 TM (N, E), EPSG:3006."),
        *((f"Rader: {title}", count) for title, count in counts.items()),
    ]
    sheet = writer.sheet("Om filen", [("Uppgift", 28, False), ("Värde", 90, False)], len(rows))
    for label, value in rows:
        sheet.append([label, writer.cell(sheet, value)])


def _cells(columns: list[spec.Column], record: dict[str, Any]) -> list[Any]:
    return [_cell_value(column, record) for column in columns]


def _cell_value(column: spec.Column, record: dict[str, Any]) -> Any:
    kind, key = column.kind, column.key
    if kind == spec.ID:
        return record["id"]
    if kind == spec.REF:
        return record.get(key)
    if kind == spec.DISPLAY:
        return record.get(key)
    if kind in (spec.SWEREF_N, spec.SWEREF_E):
        latitude, longitude = record.get("latitude"), record.get("longitude")
        if latitude is None or longitude is None:
            return None
        north, east = sweref99tm(latitude, longitude)
        return north if kind == spec.SWEREF_N else east
    if kind == spec.FACT:
        value = (record.get("facts") or {}).get(key.removeprefix("fact:"))
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return value
        return value
    if kind == spec.OTHER_FACTS:
        others = {k: v for k, v in (record.get("facts") or {}).items() if k not in FACT_LABELS}
        return (
            "; ".join(
                f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in others.items()
            )
            or None
        )
    value = record.get(key)
    if value is None:
        return None
    if kind == spec.PHONE:
        return format_phone(value)
    if kind == spec.FLAG:
        return "Ja" if value else "Nej"
    if kind == spec.CHOICE:
        assert column.vocabulary is not None
        return spec.VOCABULARIES[column.vocabulary].display.get(str(value), str(value))
    if kind == spec.CHOICES:
        assert column.vocabulary is not None
        labels = spec.VOCABULARIES[column.vocabulary].display
        return "; ".join(labels.get(v, v) for v in value) or None
    if kind == spec.LIST:
        return typed.join_list(value) or None
    if kind == spec.STEPS:
        return "\n".join(value) or None
    if isinstance(value, str) and not value:
        return None
    return value


def _row(row: Any, **extra: Any) -> dict[str, Any]:
    values = {c.name: getattr(row, c.name) for c in row.__table__.columns}
    values.update(extra)
    return values


def _in_area(session: Any, area: Any, model: Any, *order: Any) -> Iterator[dict[str, Any]]:
    """Records that belong to an area directly (points, contacts, channels), with its name."""
    query = (
        select(model, area.name)
        .outerjoin(area, area.id == model.area_id)
        .where(~model.deleted)
        .order_by(area.name, *order)
    )
    for row, area_name in session.execute(query.execution_options(yield_per=2000)):
        yield _row(row, **{"@area": area_name})


def _records(uow: UnitOfWork, key: str) -> Iterator[dict[str, Any]]:
    """Live records of one sheet with the names of what they refer to, in reading order."""
    session = uow.session
    area = aliased(Area)
    point = aliased(SafetyPoint)
    if key == "municipalities":
        query: Any = select(Municipality).where(~Municipality.deleted).order_by(Municipality.name)
        for row in session.scalars(query):
            yield _row(row)
    elif key == "areas":
        query = (
            select(Area, Municipality.name)
            .outerjoin(Municipality, Municipality.id == Area.municipality_id)
            .where(~Area.deleted)
            .order_by(Area.name, Area.id)
        )
        for row, municipality in session.execute(query.execution_options(yield_per=2000)):
            yield _row(row, **{"@municipality": municipality})
    elif key == "roles":
        query = (
            select(CrisisRole)
            .where(~CrisisRole.deleted)
            .order_by(CrisisRole.sort_order, CrisisRole.name)
        )
        for row in session.scalars(query):
            yield _row(row)
    elif key == "safety_points":
        yield from _in_area(session, area, SafetyPoint, SafetyPoint.name, SafetyPoint.id)
    elif key == "equipment":
        query = (
            select(EquipmentItem, point.name, area.name)
            .outerjoin(point, point.id == EquipmentItem.safety_point_id)
            .outerjoin(area, area.id == point.area_id)
            .where(~EquipmentItem.deleted)
            .order_by(area.name, point.name, EquipmentItem.category, EquipmentItem.name)
        )
        for row, point_name, area_name in session.execute(query.execution_options(yield_per=2000)):
            yield _row(row, **{"@point": point_name, "@area": area_name})
    elif key == "contacts":
        yield from _in_area(session, area, Contact, Contact.name, Contact.id)
    elif key == "role_assignments":
        query = (
            select(RoleAssignment, area.name, CrisisRole.name, Contact.name, Contact.phone)
            .outerjoin(area, area.id == RoleAssignment.area_id)
            .outerjoin(CrisisRole, CrisisRole.id == RoleAssignment.role_id)
            .outerjoin(Contact, Contact.id == RoleAssignment.contact_id)
            .where(~RoleAssignment.deleted)
            .order_by(area.name, CrisisRole.sort_order, RoleAssignment.rank, Contact.name)
        )
        for row, area_name, role, person, phone in session.execute(
            query.execution_options(yield_per=2000)
        ):
            yield _row(
                row,
                **{
                    "@area": area_name,
                    "@role": role,
                    "@contact": person,
                    "display:phone": format_phone(phone) or None,
                },
            )
    elif key == "channels":
        yield from _in_area(session, area, InfoChannel, InfoChannel.kind, InfoChannel.identifier)
    elif key == "inspections":
        query = (
            select(Inspection, point.name, area.name)
            .outerjoin(point, point.id == Inspection.safety_point_id)
            .outerjoin(area, area.id == point.area_id)
            .where(~Inspection.deleted)
            .order_by(area.name, point.name, Inspection.date)
        )
        for row, point_name, area_name in session.execute(query.execution_options(yield_per=2000)):
            yield _row(row, **{"@point": point_name, "@area": area_name})
    elif key == "inspection_findings":
        inspection = aliased(Inspection)
        query = (
            select(InspectionFinding, inspection.date, point.name, area.name, EquipmentItem.name)
            .outerjoin(inspection, inspection.id == InspectionFinding.inspection_id)
            .outerjoin(point, point.id == inspection.safety_point_id)
            .outerjoin(area, area.id == point.area_id)
            .outerjoin(EquipmentItem, EquipmentItem.id == InspectionFinding.equipment_id)
            .where(~InspectionFinding.deleted)
            .order_by(area.name, point.name, inspection.date, EquipmentItem.name)
        )
        for row, date, point_name, area_name, item in session.execute(
            query.execution_options(yield_per=2000)
        ):
            yield _row(
                row,
                **{
                    "@inspection": date,
                    "@point": point_name,
                    "@area": area_name,
                    "@equipment": item,
                },
            )

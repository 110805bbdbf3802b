"""A small, sortable table model over a list of frozen read models (one area's records).

An area has tens to a few hundred records of each kind, so its tabs hold them in memory; the
national-scale lists (areas, overview) have their own models. Columns are declared as data so
each tab says *what* it shows, and sorting, colours and ids work the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Row = TypeVar("Row")
ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: Callable[[], str]
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    foreground: Callable[[Row], QColor | None] | None = None
    background: Callable[[Row], QColor | None] | None = None
    bold: Callable[[Row], bool] | None = None
    tooltip: Callable[[Row], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind with declared columns; `ID_ROLE` gives each row's record id."""

    def __init__(
        self, columns: Sequence[Column[Row]], parent: Any = None, id_attr: str = "id"
    ) -> None:
        super().__init__(parent)
        self._id_attr = id_attr
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def row_of(self, record_id: str) -> int:
        return next(
            (i for i, r in enumerate(self._rows) if getattr(r, self._id_attr, None) == record_id),
            -1,
        )

    def refresh_row(self, number: int) -> None:
        """Repaint one row whose derived text changed (e.g. an inspection mark)."""
        if 0 <= number < len(self._rows):
            last = self.index(number, len(self._columns) - 1)
            self.dataChanged.emit(self.index(number, 0), last)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            colour = column.foreground(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == ID_ROLE:
            return getattr(row, self._id_attr, None)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self._columns[column]
        key = spec.sort_key or (lambda r: spec.text(r).casefold())
        # None sorts first ascending (never checked before the oldest date), stably.
        self._rows.sort(
            key=lambda r: (key(r) is not None, key(r)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

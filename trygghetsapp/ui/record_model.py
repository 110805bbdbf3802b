"""A small, sortable table model over a list of frozen read models (one area's records).

An area has tens to a few hundred records of each kind, so its tabs hold them in memory; the
national-scale lists (areas, overview) have their own models. Columns are declared as data so
each tab says *what* it shows, and sorting, colours and ids work the same everywhere; each tab
names its columns with an `IntEnum` in the declared order.

After an edit a tab hands `apply` the changed rows only: each is changed in place, moved, added
or taken away with Qt's row signals, so the selection and the scroll position stay where they
were (a whole new list would reset both).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
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
        self,
        columns: Sequence[Column[Row]],
        parent: Any = None,
        id_attr: str = "id",
        order: Callable[[Row], Any] | None = None,
    ) -> None:
        """`order` is the services' order of the rows (where a new row goes while unsorted)."""
        super().__init__(parent)
        self._id_attr = id_attr
        self._order = order
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def apply(self, ids: Collection[str], rows: Sequence[Row]) -> None:
        """The rows of `ids` as they are now: changed in place, moved to where the order puts
        them, added, or (an id without a row) taken away. Other rows are not touched."""
        fresh = {self.id_of(row): row for row in rows}
        for record_id in ids:
            number = self.row_of(record_id)
            row = fresh.get(record_id)
            if row is None:
                if number >= 0:
                    self.beginRemoveRows(QModelIndex(), number, number)
                    del self._rows[number]
                    self.endRemoveRows()
                continue
            others = [r for i, r in enumerate(self._rows) if i != number]
            target = self._place(others, row) if number < 0 or self._moves(number, row) else number
            if number < 0:
                self.beginInsertRows(QModelIndex(), target, target)
                self._rows.insert(target, row)
                self.endInsertRows()
                continue
            if target != number:
                destination = target + 1 if target > number else target
                self.beginMoveRows(QModelIndex(), number, number, QModelIndex(), destination)
                del self._rows[number]
                self._rows.insert(target, row)
                self.endMoveRows()
            else:
                self._rows[number] = row
            self.refresh_row(target)

    def id_of(self, row: Row) -> str:
        return str(getattr(row, self._id_attr, ""))

    def _key(self) -> Callable[[Row], Any] | None:
        if self._sort is not None:
            spec = self._columns[self._sort[0]]
            key = spec.sort_key or (lambda r: spec.text(r).casefold())
            return lambda r: (key(r) is not None, key(r))
        return self._order

    def _moves(self, number: int, row: Row) -> bool:
        """Whether the changed row no longer sits between its neighbours."""
        key = self._key()
        if key is None:
            return False
        descending = self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder
        before = self._rows[number - 1] if number > 0 else None
        after = self._rows[number + 1] if number + 1 < len(self._rows) else None
        try:
            if descending:
                before, after = after, before
            return (before is not None and key(before) > key(row)) or (
                after is not None and key(row) > key(after)
            )
        except TypeError:  # keys that do not compare (mixed kinds): leave it where it is
            return False

    def _place(self, others: list[Row], row: Row) -> int:
        """Where `row` goes among `others`: by the sort on screen, else the services' order,
        else at the end."""
        key = self._key()
        if key is None:
            return len(others)
        descending = self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder
        mine = key(row)
        for index, other in enumerate(others):
            try:
                theirs = key(other)
                if (theirs < mine) if descending else (mine < theirs):
                    return index
            except TypeError:
                continue
        return len(others)

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

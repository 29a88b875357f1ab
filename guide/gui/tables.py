"""A read-only table model over a list of records, for the small lists the pages show."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from guide.gui.i18n import tr

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class RecordTable(QAbstractTableModel, Generic[T]):
    """Subclasses name their HEADERS and say what a record shows (``cells``) and what it
    answers for other roles (``role_data``)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, records: list[T] | None = None, parent: Any = None):
        super().__init__(parent)
        self.entries: list[T] = list(records or [])

    def set_entries(self, entries: list[T]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def cells(self, record: T) -> tuple[str, ...]:
        raise NotImplementedError

    def role_data(self, record: T, role: int) -> Any:
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def tooltip(self, record: T, column: int) -> str | None:
        """A cell's tooltip (none by default)."""
        return None

    def sort_key(self, record: T, column: int) -> Any:
        """What a click on a column's header sorts by: its text, by default."""
        return self.cells(record)[column].casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        record = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(record)[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader says column and value
            value = self.cells(record)[column] or tr("empty")
            return tr("{column}: {value}").format(column=tr(self.HEADERS[column]), value=value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column)
        return self.role_data(record, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by a column (stable: rows that tie keep their order); selections follow
        their rows."""
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        rows = sorted(
            range(len(self.entries)),
            key=lambda row: self.sort_key(self.entries[row], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.entries = [self.entries[row] for row in rows]
        moved = {before: after for after, before in enumerate(rows)}
        self.changePersistentIndexList(
            old, [self.index(moved[index.row()], index.column()) for index in old]
        )
        self.layoutChanged.emit()

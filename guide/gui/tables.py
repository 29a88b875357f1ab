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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        record = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(record)[index.column()]
        return self.role_data(record, role)

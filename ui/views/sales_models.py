"""A small read-only table model over plain row tuples, shared by the quotes, recurring, feedback
and timeline views (their lists are per client or per business: tens to hundreds of rows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the id behind a row (quote, schedule, ...)
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []
        self.keys: list[Any] = []
        self.alignments: dict[int, Qt.AlignmentFlag] = {}

    def set_rows(self, rows: Sequence[tuple[str, ...]], keys: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows, self.keys = [tuple(r) for r in rows], list(keys)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == ROW_KEY_ROLE:
            return self.keys[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.alignments:
            return int(self.alignments[index.column()] | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def key_at(self, row: int) -> Any:
        return self.keys[row] if 0 <= row < len(self.keys) else None

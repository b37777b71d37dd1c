"""Clients, loaded in pages of ~200 as the view scrolls; the search runs in SQL (services.clients.list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from facturas_app.domain.folding import fold
from facturas_app.domain.parties import Client

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
_FIELDS = ("name", "tax_id", "city", "email", "phone")


class ClientListModel(QAbstractTableModel):
    first_page_loaded = Signal()
    load_failed = Signal(object)

    def __init__(self, services: Any, runner: Any, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.page_size = page_size
        self.text = ""
        self.include_archived = False  # «Mostrar archivados»
        self.rows: list[Client] = []
        self.generation = 0
        self._exhausted = True
        self._loading = False
        self._sort: tuple[int, bool] | None = None  # None: the SQL order (name)

    def set_text(self, text: str) -> None:
        self.text = text.strip()
        self.reload()

    def set_include_archived(self, shown: bool) -> None:
        self.include_archived = shown
        self.reload()

    def reload(self) -> None:
        self.generation += 1
        self.beginResetModel()
        self.rows = []
        # Busy during the reset notification: views must not fetch before the new query starts.
        self._exhausted, self._loading = False, True
        self.endResetModel()
        self._loading = False
        self._load_page()

    def _load_page(self) -> None:
        if self._exhausted or self._loading:
            return
        self._loading = True
        generation, offset, text = self.generation, len(self.rows), self.text
        archived = self.include_archived
        # Sorting by a column the SQL order does not know loads the (small) filtered set at once.
        limit = None if self._sort else self.page_size
        self.runner.submit(
            lambda: self.services.clients.list(text, limit, offset, include_archived=archived),
            lambda rows: self._page_arrived(generation, rows, limit),
            lambda exc: self._failed(generation, exc),
        )

    def _page_arrived(self, generation: int, rows: list[Client], limit: int | None) -> None:
        if generation != self.generation:
            return
        first = not self.rows
        if self._sort:
            column, descending = self._sort
            rows = sorted(rows, key=lambda c: fold(getattr(c, _FIELDS[column])), reverse=descending)
        self._exhausted = limit is None or len(rows) < limit
        if rows:  # still "loading" while views react to the insertion, so they cannot re-fetch it
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self._loading = False
        if first:
            self.first_page_loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self.generation:
            self._loading, self._exhausted = False, True
            self.load_failed.emit(exc)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._load_page()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Nombre"),
            self.tr("NIF"),
            self.tr("Ciudad"),
            self.tr("Correo"),
            self.tr("Teléfono"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        client = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(client, _FIELDS[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return client.id
        if role == Qt.ItemDataRole.ForegroundRole and client.archived:  # shown only when asked for
            return QBrush(QColor("gray"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        wanted = (
            None
            if (column == 0 and not descending) or not 0 <= column < len(_FIELDS)
            else (column, descending)
        )
        if wanted != self._sort:
            self._sort = wanted
            self.reload()

    def client_at(self, row: int) -> Client | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

"""The invoice list: pages of ~200 rows fetched in SQL, filtered and sorted in SQL.

Every query carries a generation number; a page or summary from an older query (the user kept
typing) is dropped when it arrives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from facturas_app.domain.invoice import Status
from facturas_app.storage.api import InvoiceListRow, InvoiceQuery, ListSummary
from ui.i18n import status_name
from ui.widgets.money import format_date, format_money
from ui.widgets.validated_line_edit import ERROR_RED

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
COL_NUMBER, COL_CLIENT, COL_DATE, COL_DUE, COL_TOTAL, COL_OUTSTANDING, COL_STATUS, COL_DAYS = range(8)
_SORT_KEYS = ("number", "client_name", "issue_date", "due_date", "total", "outstanding", "status", "due_date")
OUTSTANDING_STATUSES = (Status.OVERDUE, Status.PARTIALLY_PAID, Status.SENT, Status.ISSUED)
_DISPLAY, _ALIGNMENT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND, _USER = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.UserRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC_COLUMNS = frozenset((COL_TOTAL, COL_OUTSTANDING, COL_DAYS))
_OVERDUE_COLUMNS = frozenset((COL_DUE, COL_STATUS, COL_DAYS))


@dataclass(frozen=True)
class InvoiceFilters:
    """What the user asked for; `statuses` are listed one after another (a union, in that order)."""

    statuses: tuple[Status | None, ...] = (None,)
    client_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""


class InvoiceListModel(QAbstractTableModel):
    first_page_loaded = Signal()
    summary_changed = Signal(object)  # ListSummary
    load_failed = Signal(object)  # the exception

    def __init__(
        self,
        services: Any,
        runner: Any,
        page_size: int = PAGE_SIZE,
        show_days_overdue: bool = False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.page_size = page_size
        self.show_days_overdue = show_days_overdue
        self.filters = InvoiceFilters()
        self.order_by, self.descending = "issue_date", True
        self.rows: list[InvoiceListRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # row number → its formatted cells
        self._overdue_brush = QBrush(ERROR_RED)
        self.generation = 0
        self._group = 0  # which of filters.statuses is being paged
        self._offset = 0
        self._exhausted = True
        self._loading = False
        self.today = services.clock.today()

    # ----- queries -------------------------------------------------------------------------------
    def set_filters(self, filters: InvoiceFilters) -> None:
        self.filters = filters
        self.reload()

    def set_order(self, order_by: str, descending: bool) -> None:
        self.order_by, self.descending = order_by, descending
        self.reload()

    def reload(self) -> None:
        self.generation += 1
        self.beginResetModel()
        self.rows, self._texts = [], {}
        self._group, self._offset = 0, 0
        # Busy during the reset notification: views must not fetch before the new query starts.
        self._exhausted, self._loading = False, True
        self.endResetModel()
        self._loading = False
        self.today = self.services.clock.today()
        self._load_summary()
        self._load_page()

    def _query(self, status: Status | None, limit: int | None = None, offset: int = 0) -> InvoiceQuery:
        f = self.filters
        return replace(
            self.services.invoices.query(
                status=status,
                client_id=f.client_id,
                date_from=f.date_from,
                date_to=f.date_to,
                text=f.text,
                order_by=self.order_by,
                descending=self.descending,
            ),
            limit=limit,
            offset=offset,
        )

    def _load_page(self) -> None:
        if self._exhausted or self._loading:
            return
        self._loading = True
        generation, group, offset = self.generation, self._group, self._offset
        query = self._query(self.filters.statuses[group], self.page_size, offset)
        self.runner.submit(
            lambda: self.services.invoices.list(query),
            lambda rows: self._page_arrived(generation, group, rows),
            lambda exc: self._failed(generation, exc),
        )

    def _page_arrived(self, generation: int, group: int, rows: list[InvoiceListRow]) -> None:
        if generation != self.generation:
            return  # a newer query replaced this one
        first = not self.rows
        if rows:  # still "loading" while views react to the insertion, so they cannot re-fetch it
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self._loading = False
        self._offset += len(rows)
        if len(rows) < self.page_size:
            self._group, self._offset = group + 1, 0
            self._exhausted = self._group >= len(self.filters.statuses)
            if not self._exhausted and len(self.rows) < self.page_size:
                self._load_page()  # fill the first screen from the next status group
                return
        if first or self._exhausted:
            self.first_page_loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self.generation:
            self._loading = False
            self._exhausted = True
            self.load_failed.emit(exc)

    def _load_summary(self) -> None:
        generation = self.generation
        queries = [self._query(status) for status in self.filters.statuses]
        self.runner.submit(
            lambda: _sum(self.services.invoices.summarize(q) for q in queries),
            lambda summary: self._summary_arrived(generation, summary),
            lambda exc: self._failed(generation, exc),
        )

    def _summary_arrived(self, generation: int, summary: ListSummary) -> None:
        if generation == self.generation:
            self.summary_changed.emit(summary)

    def is_loading(self) -> bool:
        return self._loading

    # ----- Qt model ------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._load_page()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (8 if self.show_days_overdue else 7)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Número"),
            self.tr("Cliente"),
            self.tr("Fecha"),
            self.tr("Vencimiento"),
            self.tr("Total"),
            self.tr("Pendiente"),
            self.tr("Estado"),
            self.tr("Días vencida"),
        )
        return headers[section] if 0 <= section < self.columnCount() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks every visible cell for ~7 roles, so the common answers come first and the
        # row's texts are formatted once (Babel costs ~30 µs per amount), then read from a cache.
        row_number = index.row()
        if not 0 <= row_number < len(self.rows):
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._texts_of(row_number)[column]
        if role == _ALIGNMENT:
            return _RIGHT if column in _NUMERIC_COLUMNS else None
        if role == _FOREGROUND:
            overdue = column in _OVERDUE_COLUMNS and self._is_overdue(row_number)
            return self._overdue_brush if overdue else None
        if role == _USER:
            return self.rows[row_number].id
        return None

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """All the roles of one cell in one call: item delegates ask for seven roles per cell, and
        one Python call instead of seven keeps a repaint of the list cheap."""
        row_number = index.row()
        if not 0 <= row_number < len(self.rows):
            return
        column = index.column()
        for role_data in roleDataSpan:
            role_data.clearData()  # delegates reuse the span from cell to cell
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(self._texts_of(row_number)[column])
            elif role == _ALIGNMENT and column in _NUMERIC_COLUMNS:
                role_data.setData(_RIGHT)
            elif role == _FOREGROUND and column in _OVERDUE_COLUMNS and self._is_overdue(row_number):
                role_data.setData(self._overdue_brush)

    def _is_overdue(self, row_number: int) -> bool:
        return self.rows[row_number].status is Status.OVERDUE

    def _texts_of(self, row_number: int) -> tuple[str, ...]:
        texts = self._texts.get(row_number)
        if texts is None:
            row = self.rows[row_number]
            texts = self._texts[row_number] = tuple(self._display(row, column) for column in range(8))
        return texts

    def _display(self, row: InvoiceListRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number or self.tr("(borrador)")
        if column == COL_CLIENT:
            return row.client_name
        if column in (COL_DATE, COL_DUE):
            return format_date(row.issue_date if column == COL_DATE else row.due_date)
        if column in (COL_TOTAL, COL_OUTSTANDING):
            return format_money(row.total if column == COL_TOTAL else row.outstanding)
        if column == COL_STATUS:
            return status_name(row.status)
        days = (self.today - row.due_date).days
        return str(days) if row.status is Status.OVERDUE and days > 0 else ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if 0 <= column < len(_SORT_KEYS) and (_SORT_KEYS[column], descending) != (
            self.order_by,
            self.descending,
        ):
            self.set_order(_SORT_KEYS[column], descending)

    def row_at(self, row: int) -> InvoiceListRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


def _sum(summaries: Any) -> ListSummary:
    count, total, outstanding = 0, Decimal("0.00"), Decimal("0.00")
    for s in summaries:
        count, total, outstanding = count + s.count, total + s.total, outstanding + s.outstanding
    return ListSummary(count=count, total=total, outstanding=outstanding)

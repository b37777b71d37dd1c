"""The invoice list: pages of ~200 rows fetched in SQL, filtered and sorted in SQL.

Every query carries a generation number; a page or summary from an older query (the user kept
typing) is dropped when it arrives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel

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
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
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


class InvoiceListModel(QStandardItemModel):
    """The rows live in Qt's own item model, so painting never calls into Python.

    A Python model is asked ~3 questions per visible cell on every repaint, each needing the GIL;
    with a page query running in the worker that made scrolling stall (issue #3). The cells of a
    page are built in the worker, and only appended on the GUI thread.
    """

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
        super().__init__(0, 8 if show_days_overdue else 7, parent)
        self.services = services
        self.runner = runner
        self.page_size = page_size
        self.show_days_overdue = show_days_overdue
        self.filters = InvoiceFilters()
        self.order_by, self.descending = "issue_date", True
        self.rows: list[InvoiceListRow] = []
        self._cells = _CellMaker(self.columnCount(), self.tr("(borrador)"))
        self.generation = 0
        self._group = 0  # which of filters.statuses is being paged
        self._offset = 0
        self._exhausted = True
        self._loading = False
        self.today = services.clock.today()
        self.setHorizontalHeaderLabels(self._headers()[: self.columnCount()])

    def _headers(self) -> list[str]:
        return [
            self.tr("Número"),
            self.tr("Cliente"),
            self.tr("Fecha"),
            self.tr("Vencimiento"),
            self.tr("Total"),
            self.tr("Pendiente"),
            self.tr("Estado"),
            self.tr("Días vencida"),
        ]

    # ----- queries -------------------------------------------------------------------------------
    def set_filters(self, filters: InvoiceFilters) -> None:
        self.filters = filters
        self.reload()

    def set_order(self, order_by: str, descending: bool) -> None:
        self.order_by, self.descending = order_by, descending
        self.reload()

    def reload(self) -> None:
        self.generation += 1
        # Busy while the rows go: views must not fetch before the new query starts.
        self._exhausted, self._loading = False, True
        self.rows = []
        self.setRowCount(0)
        self._group, self._offset = 0, 0
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
        cells, today = self._cells, self.today

        def fetch() -> tuple[list[InvoiceListRow], list[list[QStandardItem]]]:
            rows = self.services.invoices.list(query)
            return rows, [cells.row(row, today) for row in rows]

        self.runner.submit(
            fetch,
            lambda page: self._page_arrived(generation, group, *page),
            lambda exc: self._failed(generation, exc),
        )

    def _page_arrived(
        self, generation: int, group: int, rows: list[InvoiceListRow], cells: list[list[QStandardItem]]
    ) -> None:
        if generation != self.generation:
            return  # a newer query replaced this one
        first = not self.rows
        self._loading = True  # while views react to the insertion, so they cannot re-fetch it
        self.rows.extend(rows)
        for row_cells in cells:
            self.appendRow(row_cells)
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if 0 <= column < len(_SORT_KEYS) and (_SORT_KEYS[column], descending) != (
            self.order_by,
            self.descending,
        ):
            self.set_order(_SORT_KEYS[column], descending)

    def row_at(self, row: int) -> InvoiceListRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class _CellMaker:
    """The cells of one row as Qt items: built on the worker thread (QStandardItem is not a QObject)."""

    def __init__(self, columns: int, draft_text: str) -> None:
        self.columns = columns
        self.draft_text = draft_text
        self.overdue_brush = QBrush(ERROR_RED)

    def row(self, row: InvoiceListRow, today: dt.date) -> list[QStandardItem]:
        overdue = row.status is Status.OVERDUE
        days = (today - row.due_date).days
        texts = (
            row.number or self.draft_text,
            row.client_name,
            format_date(row.issue_date),
            format_date(row.due_date),
            format_money(row.total),
            format_money(row.outstanding),
            status_name(row.status),
            str(days) if overdue and days > 0 else "",
        )
        cells = [QStandardItem(text) for text in texts[: self.columns]]
        for column, cell in enumerate(cells):
            cell.setEditable(False)
            if column in _NUMERIC_COLUMNS:
                cell.setTextAlignment(_RIGHT)
            if overdue and column in _OVERDUE_COLUMNS:
                cell.setForeground(self.overdue_brush)
        cells[COL_NUMBER].setData(row.id, Qt.ItemDataRole.UserRole)
        return cells


def _sum(summaries: Any) -> ListSummary:
    count, total, outstanding = 0, Decimal("0.00"), Decimal("0.00")
    for s in summaries:
        count, total, outstanding = count + s.count, total + s.total, outstanding + s.outstanding
    return ListSummary(count=count, total=total, outstanding=outstanding)

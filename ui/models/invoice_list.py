"""The invoice list: filtered and sorted in SQL, its rows fetched a page (~200 rows) at a time as they
come into view.

Every query carries a generation number; a page or summary from an older query (the user kept
typing) is dropped when it arrives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from facturas_app.domain.invoice import Status
from facturas_app.storage.api import InvoiceListRow, InvoiceQuery, ListSummary
from ui.models.invoice_list_columns import (
    COL_CLIENT,
    COL_OUTSTANDING,
    COL_STATUS,
    COL_VERIFACTU,
    NUMERIC_COLUMNS,
    RIGHT,
    SORT_KEYS,
    cell_text,
    columns_for,
    foreground,
    header,
    verifactu_tooltip,
)
from ui.models.page_window import PageWindow

PAGE_SIZE = 200
MAX_PAGES_KEPT = 50  # 10,000 rows in memory at most, however long the list
Index = QModelIndex | QPersistentModelIndex
OUTSTANDING_STATUSES = (Status.OVERDUE, Status.PARTIALLY_PAID, Status.SENT, Status.ISSUED)
_DISPLAY, _ALIGNMENT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND, _USER = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.UserRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
__all__ = ["COL_CLIENT", "COL_OUTSTANDING", "COL_STATUS", "InvoiceFilters", "InvoiceListModel"]


class ListEntry(NamedTuple):
    row: InvoiceListRow
    cells: tuple[str, ...]  # what each column shows


@dataclass(frozen=True)
class InvoiceFilters:
    """What the user asked for; `statuses` are listed one after another (a union, in that order)."""

    statuses: tuple[Status | None, ...] = (None,)
    client_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""
    refunds: bool = False  # then also paid invoices a rectification left owing money back


class InvoiceListModel(QAbstractTableModel):
    """All the rows of the filtered list (rowCount is the SQL count), but only the pages around what
    the user looked at lately are in memory. A row not in memory paints empty and asks for its page;
    one page at a time is fetched on the worker pool, the most recently wanted first (PageWindow).
    So scrolling to the end of 100,000 invoices fetches one page, not 500, and the GUI thread only
    ever paints what is on screen."""

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
        max_pages: int = MAX_PAGES_KEPT,
        show_verifactu: bool = False,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.page_size = page_size
        self.columns = columns_for(show_days_overdue, show_verifactu)  # column ids, in view order
        self.filters = InvoiceFilters()
        self.order_by, self.descending = "issue_date", True
        self.window: PageWindow[ListEntry] = PageWindow(page_size, max_pages)
        self.generation = 0
        self._queries: list[InvoiceQuery] = []  # one per status group, listed one after another
        self._counts: tuple[int, ...] | None = None  # rows per status group, once the summary is in
        self._row_count = 0
        self._first_page_in = False
        self._refetch: list[int] = []  # pages to fetch again once a refresh's counts are in
        self._ahead: int | None = None  # a page to fetch ahead of scrolling, once nothing is wanted
        self._broken = False  # a fetch failed: no more fetching until the next reload
        self._dispatch_timer = QTimer(self)
        self._dispatch_timer.setSingleShot(True)
        self._dispatch_timer.setInterval(0)  # after the paint that asked, never inside it
        self._dispatch_timer.timeout.connect(self._fetch_wanted)
        self.today = services.clock.today()

    # ----- queries -------------------------------------------------------------------------------
    def set_filters(self, filters: InvoiceFilters) -> None:
        """Other filters start at the top; the same ones again refresh the rows in place."""
        if filters == self.filters:
            self.refresh()
            return
        self.filters = filters
        self.reload()

    def set_order(self, order_by: str, descending: bool) -> None:
        self.order_by, self.descending = order_by, descending
        self.reload()

    def reload(self) -> None:
        self.generation += 1
        self.beginResetModel()
        self.window.clear()
        self._counts, self._row_count, self._refetch, self._ahead = None, 0, [], None
        self._first_page_in = self._broken = False
        self.endResetModel()
        self.today = self.services.clock.today()
        self._queries = self._all_queries()
        # The first page and the count (with the totals) run side by side, the page first so that it
        # never waits behind the count on a busy pool: it shows as soon as it is in, and the rest
        # of the rows appear when the count is known.
        self.window.start(0)
        self._fetch(0, prefetched=False)
        self._load_summary()

    def refresh(self) -> None:
        """The same query again after the data changed, keeping the rows' places (and so the scroll
        position and selection): the rows on screen stay until their pages come back fresh."""
        if self._counts is None or self._broken:
            self.reload()  # nothing settled to keep
            return
        self.generation += 1
        self._refetch = self.window.refresh()
        self._counts = None  # pages are placed by the counts: none is fetched until they are in
        self.today = self.services.clock.today()
        self._queries = self._all_queries()
        self._load_summary()
        if self._row_count:  # painting asks for the rows on screen again
            self.dataChanged.emit(self.index(0, 0), self.index(self._row_count - 1, self.columnCount() - 1))

    def _all_queries(self) -> list[InvoiceQuery]:
        queries = [self._query(status) for status in self.filters.statuses]
        if self.filters.refunds:
            queries.append(replace(self._query(Status.PAID), owed_back=True))
        return queries

    def _query(self, status: Status | None) -> InvoiceQuery:
        f = self.filters
        return self.services.invoices.query(
            status=status,
            client_id=f.client_id,
            date_from=f.date_from,
            date_to=f.date_to,
            text=f.text,
            order_by=self.order_by,
            descending=self.descending,
        )

    def _look_ahead(self, row_number: int) -> None:
        """Painting reached the second half of a page whose next one is not here (or the first half,
        scrolling up): fetch that one ahead, after this paint."""
        page, at = divmod(row_number, self.page_size)
        ahead = page + 1 if at >= self.page_size // 2 else page - 1
        if self._ahead is None and not self.window.has_page(ahead) and self.window.in_flight != ahead:
            self._ahead = ahead
            self._dispatch_soon()

    def _want(self, row_number: int) -> None:
        if self._broken:
            return
        self.window.want(self.window.page_of(row_number))
        self._dispatch_soon()

    def _dispatch_soon(self) -> None:
        """Fetch what is wanted once the current paint (or signal) is over: never from inside it."""
        if not self._dispatch_timer.isActive():
            self._dispatch_timer.start()

    def _fetch_wanted(self) -> None:
        if self._counts is None:
            return  # refreshing: the summary's arrival dispatches what was wanted meanwhile
        page = self.window.next_to_fetch()
        if page is not None:
            self._fetch(page, prefetched=False)
        elif self._ahead is not None:
            self._prefetch(self._ahead)
        self._ahead = None

    def _fetch(self, page: int, prefetched: bool) -> None:
        generation, invoices = self.generation, self.services.invoices
        queries, counts, start = self._queries, self._counts, page * self.page_size

        def fetch() -> list[ListEntry]:  # on the worker: the query, and the texts of the cells
            rows = fetch_rows(invoices, queries, counts, start, self.page_size)
            return [ListEntry(row, self._cells(row)) for row in rows]

        self.runner.submit(
            fetch,
            lambda entries: self._page_arrived(generation, page, entries, prefetched),
            lambda exc: self._failed(generation, exc),
        )

    def _page_arrived(self, generation: int, page: int, rows: list[ListEntry], prefetched: bool) -> None:
        if generation != self.generation:
            return  # a newer query replaced this one
        self.window.arrived(page, rows)
        start = page * self.page_size
        if self._counts is None and start + len(rows) > self._row_count:
            self._set_row_count(start + len(rows))  # the first page, before the count is in
        last = min(start + len(rows), self._row_count) - 1
        # Only a page painting asked for is shown (empty or stale) and needs repainting: a page
        # fetched ahead is painted when it scrolls into view, and telling the view about it anyway
        # costs a repaint of the whole viewport (~20 ms) for nothing.
        if self.window.take_asked(page) and last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, self.columnCount() - 1))
        if page == 0 and not self._first_page_in:
            self._first_page_in = True
            self.first_page_loaded.emit()
        if self.window.has_wanted():
            self._dispatch_soon()
        elif not prefetched:
            self._prefetch(page + 1)

    def _prefetch(self, page: int) -> None:
        """A page next to what is on screen, while nothing is wanted: scrolling on finds its rows
        already in memory instead of painting them empty first."""
        if self._counts is None or not 0 <= page * self.page_size < self._row_count:
            return
        if self.window.has_page(page):
            return
        if self.window.in_flight is None:
            self.window.start(page)
            self._fetch(page, prefetched=True)

    def _set_row_count(self, count: int) -> None:
        if count > self._row_count:
            self.beginInsertRows(QModelIndex(), self._row_count, count - 1)
            self._row_count = count
            self.endInsertRows()
        elif count < self._row_count:  # the data changed between the first page and the count
            self.beginRemoveRows(QModelIndex(), count, self._row_count - 1)
            self._row_count = count
            self.endRemoveRows()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self.generation:
            self.window.failed()
            self._broken = True
            self.load_failed.emit(exc)

    def _load_summary(self) -> None:
        generation, queries, invoices = self.generation, self._queries, self.services.invoices
        self.runner.submit(
            lambda: [invoices.summarize(q) for q in queries],
            lambda summaries: self._summary_arrived(generation, summaries),
            lambda exc: self._failed(generation, exc),
        )

    def _summary_arrived(self, generation: int, summaries: list[ListSummary]) -> None:
        if generation != self.generation:
            return
        self._counts = tuple(s.count for s in summaries)
        self._set_row_count(sum(self._counts))
        for page in reversed(self._refetch):  # a refresh: pages that were around the screen, after
            if page * self.page_size < self._row_count:  # those painted meanwhile
                self.window.want_later(page)
        self._refetch = []
        self.summary_changed.emit(_sum(summaries))
        if self.window.has_wanted():
            self._dispatch_soon()
        elif self.window.has_page(0):
            self._prefetch(1)  # the first page came before the count: the second one can come now

    def is_loading(self) -> bool:
        """The count or a page is still on its way."""
        return not self._broken and (self._counts is None or self.window.in_flight is not None)

    def loaded_rows(self) -> list[InvoiceListRow]:
        """The rows in memory, in list order (tests and tools; views ask row_at)."""
        return [entry.row for number, entry in self.window.loaded_rows() if number < self._row_count]

    # ----- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return header(self.columns[section]) if 0 <= section < len(self.columns) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self._entry_or_want(index.row())
        if entry is None:
            return None
        column = index.column()
        if column == 0 and role == _DISPLAY:
            self._look_ahead(index.row())
        if role == _DISPLAY:
            return entry.cells[column]
        return self._role_data(entry.row, self.columns[column], role)

    def _role_data(self, row: InvoiceListRow, column: int, role: int) -> Any:
        if role == _ALIGNMENT:
            return RIGHT if column in NUMERIC_COLUMNS else None
        if role == _FOREGROUND:
            return foreground(row, column)
        if role == _USER:
            return row.id
        if role == _TOOLTIP and column == COL_VERIFACTU:
            return verifactu_tooltip(row.verifactu) or None
        return None

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """All the roles of one cell in one call: item delegates ask for seven roles per cell, and
        one Python call instead of seven keeps a repaint of the list cheap. The texts were made on
        the worker with the page, so painting only looks them up."""
        entry = self._entry_or_want(index.row())
        column = index.column()
        if column == 0 and entry is not None:
            self._look_ahead(index.row())
        for role_data in roleDataSpan:
            role_data.clearData()  # delegates reuse the span from cell to cell
            if entry is None:
                continue
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(entry.cells[column])
            elif role in (_ALIGNMENT, _FOREGROUND, _TOOLTIP):
                value = self._role_data(entry.row, self.columns[column], role)
                if value is not None:
                    role_data.setData(value)

    def _entry_or_want(self, row_number: int) -> ListEntry | None:
        """The row if it is in memory; else None, and its page is asked for (after this paint)."""
        if not 0 <= row_number < self._row_count:
            return None
        entry = self.window.get(row_number)
        if entry is None or not self.window.is_fresh(row_number):
            self._want(row_number)
        return entry

    def _cells(self, row: InvoiceListRow) -> tuple[str, ...]:
        """The row's cell texts (Babel-exact money and dates, translated words). Made on the
        worker thread: QCoreApplication.translate and the formatters are safe there."""
        return tuple(cell_text(row, column, self.today) for column in self.columns)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        key = SORT_KEYS.get(self.columns[column]) if 0 <= column < len(self.columns) else None
        if key is not None and (key, descending) != (self.order_by, self.descending):
            self.set_order(key, descending)

    def row_at(self, row: int) -> InvoiceListRow | None:
        """The row, if it is in memory (a row on screen or selected always is)."""
        entry = self.window.get(row) if 0 <= row < self._row_count else None
        return None if entry is None else entry.row


def fetch_rows(
    invoices: Any, queries: list[InvoiceQuery], counts: tuple[int, ...] | None, start: int, limit: int
) -> list[InvoiceListRow]:
    """Rows start..start+limit of the status groups listed one after another (runs on a worker).
    Without the counts only the first page can be placed: each group then starts at its top."""
    rows: list[InvoiceListRow] = []
    offset = start
    for group, query in enumerate(queries):
        if counts is not None and offset >= counts[group]:
            offset -= counts[group]
            continue
        rows += invoices.list(replace(query, limit=limit - len(rows), offset=offset))
        if len(rows) >= limit:
            break
        offset = 0
    return rows


def _sum(summaries: Any) -> ListSummary:
    count, total, outstanding = 0, Decimal("0.00"), Decimal("0.00")
    for s in summaries:
        count, total, outstanding = count + s.count, total + s.total, outstanding + s.outstanding
    return ListSummary(count=count, total=total, outstanding=outstanding)

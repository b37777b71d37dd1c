"""The received invoices (expenses) list: filtered in SQL by the service, its rows fetched a page at
a time as they come into view (the same PageWindow as the invoice list), the count and the sums of
the whole filtered set beside them. Every query carries a generation number: a page or summary of
an older query (the user kept typing) is dropped when it arrives."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush

from facturas_app.domain.purchases import RESPONSE_DAYS
from facturas_app.storage.api_purchases import ExpenseListRow, ExpenseQuery
from ui.models.page_window import PageWindow
from ui.widgets.money import format_date, format_money
from ui.widgets.validated_line_edit import ERROR_RED

PAGE_SIZE = 200
MAX_PAGES_KEPT = 50
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("supplier", "number", "date", "base", "vat", "total", "status", "source")
NUMERIC = {3, 4, 5}
STATUS_COLUMN = COLUMNS.index("status")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LATE = QBrush(ERROR_RED)


def headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Expenses", "Proveedor"),
        QCoreApplication.translate("Expenses", "Número"),
        QCoreApplication.translate("Expenses", "Fecha"),
        QCoreApplication.translate("Expenses", "Base"),
        QCoreApplication.translate("Expenses", "IVA"),
        QCoreApplication.translate("Expenses", "Total"),
        QCoreApplication.translate("Expenses", "Estado"),
        QCoreApplication.translate("Expenses", "Origen"),
    )


def status_names() -> dict[str, str]:
    return {
        "received": QCoreApplication.translate("Expenses", "Recibida"),
        "accepted": QCoreApplication.translate("Expenses", "Aceptada"),
        "rejected": QCoreApplication.translate("Expenses", "Rechazada"),
        "paid": QCoreApplication.translate("Expenses", "Pagada"),
    }


def source_names() -> dict[str, str]:
    typed = QCoreApplication.translate("Expenses", "Manual")
    return {"typed": typed, "ubl": "UBL", "facturae": "Facturae", "facturx": "Factur-X", "cii": "CII"}


def respond_by(row: ExpenseListRow) -> dt.date:
    """RD 238/2026: acceptance or rejection is reported within four days of receipt."""
    return row.received_on + dt.timedelta(days=RESPONSE_DAYS)


def status_text(row: ExpenseListRow) -> str:
    if row.status != "received":
        return status_names().get(row.status, row.status)
    due = respond_by(row)
    return QCoreApplication.translate("Expenses", "Responder hasta el %1").replace(
        "%1", f"{due.day:02d}/{due.month:02d}"
    )


def cells(row: ExpenseListRow) -> tuple[str, ...]:
    """The row's cell texts, made on the worker with its page (translate and Babel are safe there)."""
    number = row.number if row.valid else f"{row.number} ⚠"
    return (row.supplier_name, number, format_date(row.issue_date), format_money(row.base),
            format_money(row.vat), format_money(row.total), status_text(row),
            source_names().get(row.source, row.source))  # fmt: skip


class Entry(NamedTuple):
    row: ExpenseListRow
    cells: tuple[str, ...]


class ExpenseListModel(QAbstractTableModel):
    """rowCount is the SQL count; only the pages around what was looked at lately are in memory.
    A row not in memory paints empty and asks for its page (fetched on the worker pool)."""

    summary_changed = Signal(object)  # ExpenseSummary
    load_failed = Signal(object)

    def __init__(self, services: Any, runner: Any, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.services, self.runner, self.page_size = services, runner, page_size
        self.query = ExpenseQuery()
        self.window: PageWindow[Entry] = PageWindow(page_size, MAX_PAGES_KEPT)
        self.generation, self._row_count, self._counted = 0, 0, False
        self.today = services.clock.today()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # after the paint that asked, never inside it
        self._timer.timeout.connect(self._fetch_wanted)

    # ----- queries --------------------------------------------------------------------------------
    def set_query(self, text: str, status: str | None) -> None:
        query = ExpenseQuery(text=text, status=status)
        if query == self.query and self._counted:
            self.refresh()
            return
        self.query = query
        self.reload()

    def reload(self) -> None:
        self.generation += 1
        self.beginResetModel()
        self.window.clear()
        self._row_count, self._counted = 0, False
        self.endResetModel()
        self.window.start(0)
        self._fetch(0)
        self._load_summary()

    def refresh(self) -> None:
        """The same query after the data changed, rows kept in place until their pages come back."""
        self.generation += 1
        for page in self.window.refresh():  # the pages around the screen, fetched once counted
            self.window.want_later(page)
        self._counted = False
        self._load_summary()
        if self._row_count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._row_count - 1, len(COLUMNS) - 1))

    def _fetch(self, page: int) -> None:
        generation, query, expenses = self.generation, self.query, self.services.expenses
        start = page * self.page_size

        def fetch() -> list[Entry]:  # on the worker
            rows = expenses.page(replace(query, limit=self.page_size, offset=start))
            return [Entry(row, cells(row)) for row in rows]

        self.runner.submit(fetch, lambda rows: self._arrived(generation, page, rows),
                           lambda exc: self._failed(generation, exc))  # fmt: skip

    def _arrived(self, generation: int, page: int, rows: list[Entry]) -> None:
        if generation != self.generation:
            return
        self.window.arrived(page, rows)
        start = page * self.page_size
        if not self._counted and start + len(rows) > self._row_count:
            self._set_row_count(start + len(rows))
        last = min(start + len(rows), self._row_count) - 1
        if self.window.take_asked(page) and last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(COLUMNS) - 1))
        self._dispatch_soon()

    def _load_summary(self) -> None:
        generation, query, expenses = self.generation, self.query, self.services.expenses
        self.runner.submit(lambda: expenses.summary(query), lambda s: self._summary(generation, s),
                           lambda exc: self._failed(generation, exc))  # fmt: skip

    def _summary(self, generation: int, summary: Any) -> None:
        if generation != self.generation:
            return
        self._counted = True
        self._set_row_count(summary.count)
        self.summary_changed.emit(summary)
        self._dispatch_soon()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self.generation:
            self.window.failed()
            self.load_failed.emit(exc)

    def _set_row_count(self, count: int) -> None:
        if count > self._row_count:
            self.beginInsertRows(QModelIndex(), self._row_count, count - 1)
            self._row_count = count
            self.endInsertRows()
        elif count < self._row_count:
            self.beginRemoveRows(QModelIndex(), count, self._row_count - 1)
            self._row_count = count
            self.endRemoveRows()

    def _dispatch_soon(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _fetch_wanted(self) -> None:
        page = self.window.next_to_fetch()
        if page is not None:
            self._fetch(page)

    def is_loading(self) -> bool:
        return not self._counted or self.window.in_flight is not None

    # ----- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self._entry_or_want(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATUS_COLUMN:
            return _LATE if self._late(entry.row) else None
        if role == Qt.ItemDataRole.UserRole:
            return entry.row.id
        return None

    def _late(self, row: ExpenseListRow) -> bool:
        return row.status == "received" and respond_by(row) < self.today

    def _entry_or_want(self, number: int) -> Entry | None:
        if not 0 <= number < self._row_count:
            return None
        entry = self.window.get(number)
        if entry is None or not self.window.is_fresh(number):
            self.window.want(self.window.page_of(number))
            self._dispatch_soon()
        return entry

    def row_at(self, number: int) -> ExpenseListRow | None:
        entry = self.window.get(number) if 0 <= number < self._row_count else None
        return None if entry is None else entry.row

    def loaded_rows(self) -> list[ExpenseListRow]:
        return [entry.row for number, entry in self.window.loaded_rows() if number < self._row_count]

"""Dashboard: pending and overdue money, what was invoiced this month and year, the most overdue invoices.

Figures come from services.invoices.summarize, computed off the GUI thread after the first paint.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.invoice import Status
from facturas_app.storage.api import InvoiceListRow
from ui.views import configure_table, show_error
from ui.widgets.money import format_date, format_money


@dataclass(frozen=True)
class OpenFigures:
    pending: Decimal
    overdue: Decimal
    overdue_count: int
    most_overdue: list[InvoiceListRow]
    to_refund: Decimal = Decimal("0.00")  # owed back to clients after rectifications
    to_refund_count: int = 0


@dataclass(frozen=True)
class InvoicedFigures:
    month: Decimal
    year: Decimal


def _invoiced(services: Any, start: dt.date, end: dt.date) -> Decimal:
    """Issued invoices only: everything in the period minus drafts and cancelled ones."""
    q = services.invoices.query
    summarize = services.invoices.summarize
    everything = summarize(q(date_from=start, date_to=end)).total
    drafts = summarize(q(date_from=start, date_to=end, status=Status.DRAFT)).total
    cancelled = summarize(q(date_from=start, date_to=end, status=Status.CANCELLED)).total
    return everything - drafts - cancelled


def open_figures(services: Any) -> OpenFigures:
    q, summarize = services.invoices.query, services.invoices.summarize
    overdue = summarize(q(status=Status.OVERDUE))
    most_overdue = services.invoices.list(
        q(status=Status.OVERDUE, order_by="due_date", descending=False, limit=10)
    )
    to_refund, to_refund_count = services.dashboard.refunds_due()
    return OpenFigures(
        pending=summarize(q()).outstanding + to_refund,  # what clients owe, refunds shown apart
        overdue=overdue.outstanding,
        overdue_count=overdue.count,
        most_overdue=most_overdue,
        to_refund=to_refund,
        to_refund_count=to_refund_count,
    )


def invoiced_figures(services: Any) -> InvoicedFigures:
    today = services.clock.today()
    return InvoicedFigures(
        month=_invoiced(services, today.replace(day=1), today),
        year=_invoiced(services, today.replace(month=1, day=1), today),
    )


def fill_overdue_table(table: QTableWidget, rows: list[InvoiceListRow], today: dt.date) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        values = (
            row.number or "",
            row.client_name,
            format_date(row.due_date),
            str((today - row.due_date).days),
            format_money(row.outstanding),
        )
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c >= 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def _dashboard_tr(text: str, n: int = -1) -> str:
    """The dashboard's translation context, shared with the start-up preview (same words)."""
    return QCoreApplication.translate("DashboardView", text, None, n)


def overdue_table_headers() -> list[str]:
    """Literal translate() calls: lupdate only extracts those (through _dashboard_tr these headers
    never reached the .ts files and stayed Spanish in English)."""
    translate = QCoreApplication.translate
    return [
        translate("DashboardView", "Número"),
        translate("DashboardView", "Cliente"),
        translate("DashboardView", "Vencimiento"),
        translate("DashboardView", "Días"),
        translate("DashboardView", "Pendiente"),
    ]


class _Figure(QFrame):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("…")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.value)
        layout.addWidget(self.detail)


class DashboardView(QWidget):
    data_shown = Signal()  # after the figures have been painted (used by --exit-after-load)
    open_invoice_requested = Signal(str)
    verifactu_settings_requested = Signal()
    expenses_requested = Signal(str)  # the Gastos view, filtered to this status (#21)

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.pending = _Figure(self.tr("Pendiente de cobro"))
        self.overdue = _Figure(self.tr("Vencido"))
        self.month = _Figure(self.tr("Facturado este mes"))
        self.year = _Figure(self.tr("Facturado este año"))
        grid = QGridLayout()
        for i, figure in enumerate((self.pending, self.overdue, self.month, self.year)):
            grid.addWidget(figure, 0, i)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(overdue_table_headers())
        configure_table(self.table)
        self.table.cellDoubleClicked.connect(self._open)
        from ui.views.verifactu_attention import VerifactuAttention  # rejected / waiting records

        self.verifactu = VerifactuAttention(services, runner, self)
        self.verifactu.settings_requested.connect(self.verifactu_settings_requested)
        from ui.views.expense_attention import ExpenseAttention  # received invoices to answer (#21)

        self.responses = ExpenseAttention(services, runner, self)
        self.responses.open_requested.connect(lambda: self.expenses_requested.emit("received"))
        layout = QVBoxLayout(self)
        title = QHBoxLayout()  # the received invoices to answer beside the title: no height taken
        title.addWidget(QLabel(self.tr("<h2>Resumen</h2>")))
        title.addStretch(1)
        title.addWidget(self.responses)
        layout.addLayout(title)
        layout.addWidget(self.verifactu)
        layout.addLayout(grid)
        from ui.views.dashboard_trends import DashboardTrends  # collected, DSO, 12-month chart, top clients

        self.trends = DashboardTrends(services, runner, self)
        layout.addWidget(self.trends, 1)
        from ui.views.aging_panel import AgingPanel  # pending/overdue by age (services.aging, SQL sums)

        self.aging = AgingPanel(services, runner, self, compact=True)
        layout.addWidget(self.aging)
        self.ratings = RatingsPanel(services, runner, self)
        overdue_box = QWidget()
        overdue_layout = QVBoxLayout(overdue_box)
        overdue_layout.setContentsMargins(0, 0, 0, 0)
        overdue_layout.addWidget(QLabel(self.tr("<h3>Facturas más vencidas</h3>")))
        overdue_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(overdue_box, 3)
        bottom.addWidget(self.ratings, 2)
        layout.addLayout(bottom, 1)
        self._rows: list[InvoiceListRow] = []
        QTimer.singleShot(0, self, self.refresh)  # after the first paint

    def refresh(self) -> None:
        """What is owed first (it is what the user acts on), then what was invoiced."""
        failed = lambda exc: show_error(self, exc)  # noqa: E731
        self.runner.submit(lambda: open_figures(self.services), self._show_open, failed)
        self.runner.submit(lambda: invoiced_figures(self.services), self._show_invoiced, failed)
        self.aging.refresh()
        self.verifactu.refresh()
        self.responses.refresh()
        self.ratings.refresh()
        self.trends.refresh()

    def _show_open(self, figures: OpenFigures) -> None:
        self.pending.value.setText(format_money(figures.pending))
        refund = self.tr("A devolver a clientes: %1").replace("%1", format_money(figures.to_refund))
        self.pending.detail.setText(refund if figures.to_refund else "")
        self.overdue.value.setText(format_money(figures.overdue))
        self.overdue.detail.setText(self.tr("%n factura(s) vencida(s)", "", figures.overdue_count))
        self._fill_table(figures.most_overdue)
        QTimer.singleShot(0, self, self.data_shown.emit)  # queued: the repaint happens first

    def _show_invoiced(self, figures: InvoicedFigures) -> None:
        self.month.value.setText(format_money(figures.month))
        self.year.value.setText(format_money(figures.year))

    def _fill_table(self, rows: list[InvoiceListRow]) -> None:
        self._rows = rows
        fill_overdue_table(self.table, rows, self.services.clock.today())

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._rows):
            self.open_invoice_requested.emit(self._rows[row].id)


@dataclass(frozen=True)
class Ratings:
    overall: Any
    by_client: list[Any]
    by_month: list[Any]


def load_ratings(services: Any) -> Ratings:
    feedback = services.feedback
    return Ratings(feedback.overall(), feedback.averages_by_client(), feedback.averages_by_month())


class RatingsPanel(QWidget):
    """Clients' feedback at a glance: the overall average, per client (best first) and per month."""

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.overall = QLabel("…")
        self.by_client = self._table(self.tr("Cliente"))
        self.by_month = self._table(self.tr("Mes"))
        tabs = QTabWidget()
        tabs.addTab(self.by_client, self.tr("Por cliente"))
        tabs.addTab(self.by_month, self.tr("Por mes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<h3>Valoraciones</h3>")))
        layout.addWidget(self.overall)
        layout.addWidget(tabs, 1)

    def _table(self, first: str) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels([first, self.tr("Media"), self.tr("Nº")])
        configure_table(table, stretch_column=0)
        return table

    def refresh(self) -> None:
        self.runner.submit(lambda: load_ratings(self.services), self._show, lambda exc: show_error(self, exc))

    def _show(self, ratings: Ratings) -> None:
        if ratings.overall is None or not ratings.overall.count:
            self.overall.setText(self.tr("Todavía no hay valoraciones de clientes."))
        else:
            self.overall.setText(
                self.tr("Media: %1 ★ sobre %2 valoraciones")
                .replace("%1", _one_decimal(ratings.overall.average))
                .replace("%2", str(ratings.overall.count))
            )
        by_client = sorted(ratings.by_client, key=lambda a: (-a.average, a.label))
        self._fill(self.by_client, by_client)
        self._fill(self.by_month, list(reversed(ratings.by_month)))  # newest month first

    @staticmethod
    def _fill(table: QTableWidget, averages: list[Any]) -> None:
        table.setRowCount(len(averages))
        for r, average in enumerate(averages):
            for c, value in enumerate((average.label, _one_decimal(average.average), str(average.count))):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)


def _one_decimal(value: Any) -> str:
    from babel.numbers import format_decimal

    from ui.i18n import babel_locale

    return str(format_decimal(value, format="0.0", locale=babel_locale()))


class LandingPreview(QWidget):
    """The dashboard's first figures while the full app loads behind it (start-up fast path).

    Fed by facturas_app.landing.read_landing (stdlib sqlite3); replaced by DashboardView as soon as
    the services are ready.
    """

    data_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pending = _Figure(_dashboard_tr("Pendiente de cobro"))
        self.overdue = _Figure(_dashboard_tr("Vencido"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(overdue_table_headers())
        configure_table(self.table)
        grid = QGridLayout()
        grid.addWidget(self.pending, 0, 0)
        grid.addWidget(self.overdue, 0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_dashboard_tr("<h2>Resumen</h2>")))
        layout.addLayout(grid)
        layout.addWidget(QLabel(_dashboard_tr("<h3>Facturas más vencidas</h3>")))
        layout.addWidget(self.table, 1)

    def show_figures(self, figures: Any, today: dt.date) -> None:
        self.pending.value.setText(format_money(figures.pending))
        self.overdue.value.setText(format_money(figures.overdue))
        self.overdue.detail.setText(_dashboard_tr("%n factura(s) vencida(s)", figures.overdue_count))
        fill_overdue_table(self.table, figures.most_overdue, today)
        QTimer.singleShot(0, self, self.data_shown.emit)  # queued: the repaint happens first

"""The dashboard's money-in-time figures: collected this month and quarter, days sales outstanding,
revenue per month for the last 12 months (a QPainter bar chart) and the top clients.

Everything comes from services.dashboard.figures() (SQL aggregates), run on the task runner when the
dashboard refreshes — that is, after the first paint.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.views import configure_table, show_error
from ui.widgets.bar_chart import BarChart
from ui.widgets.money import format_money


def month_label(day: Any, pattern: str = "MMM") -> str:
    from babel.dates import format_date

    from ui.i18n import babel_locale

    return str(format_date(day, pattern, locale=babel_locale()))


def days_text(value: Any) -> str:
    from babel.numbers import format_decimal

    from ui.i18n import babel_locale

    return str(format_decimal(value, format="#,##0.0", locale=babel_locale()))


class DashboardTrends(QWidget):
    figures_shown = Signal(object)  # the DashboardFigures just painted

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.views.dashboard import _Figure  # the dashboard's figure tile (lazy: no import cycle)

        self.services, self.runner = services, runner
        self.collected_month = _Figure(self.tr("Cobrado este mes"))
        self.collected_quarter = _Figure(self.tr("Cobrado este trimestre"))
        self.dso = _Figure(self.tr("Días medios de cobro (DSO)"))
        self.dso.setToolTip(self.tr("Pendiente de cobro ÷ facturado en los últimos 90 días × 90"))
        tiles = QGridLayout()
        for i, tile in enumerate((self.collected_month, self.collected_quarter, self.dso)):
            tiles.addWidget(tile, 0, i)
        self.chart = BarChart(format_money, self)
        self.top = QTableWidget(0, 2)
        self.top.setHorizontalHeaderLabels([self.tr("Cliente"), self.tr("Facturado (base)")])
        configure_table(self.top, stretch_column=0)
        chart_box = QVBoxLayout()
        chart_box.addWidget(QLabel(self.tr("<h3>Facturación por mes (base imponible, 12 meses)</h3>")))
        chart_box.addWidget(self.chart, 1)
        top_box = QVBoxLayout()
        top_box.addWidget(QLabel(self.tr("<h3>Mejores clientes (12 meses)</h3>")))
        top_box.addWidget(self.top, 1)
        row = QHBoxLayout()
        row.addLayout(chart_box, 3)
        row.addLayout(top_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tiles)
        layout.addLayout(row, 1)

    def refresh(self) -> None:
        self.runner.submit(
            self.services.dashboard.figures, self.show_figures, lambda exc: show_error(self, exc)
        )

    def show_figures(self, figures: Any) -> None:
        self.collected_month.value.setText(format_money(figures.collected_month))
        self.collected_quarter.value.setText(format_money(figures.collected_quarter))
        self._show_dso(figures)
        self.chart.set_data([(month_label(m.month), m.revenue) for m in figures.revenue_by_month])
        self._fill_top(figures.top_clients)
        self.figures_shown.emit(figures)

    def _show_dso(self, figures: Any) -> None:
        why = self.dso_reason(figures.dso_missing)
        if why:  # the service withholds the figure until the books have history (issue #18)
            self.dso.value.setText("—")
            self.dso.detail.setText(why)
            self.dso.setToolTip(why)
            return
        self.dso.value.setText(self.tr("%1 días").replace("%1", days_text(figures.dso_days)))
        self.dso.detail.setText(
            self.tr("Facturado en 90 días: %1").replace("%1", format_money(figures.billed_90_days))
        )
        self.dso.setToolTip(self.tr("Pendiente de cobro ÷ facturado en los últimos 90 días × 90"))

    def dso_reason(self, missing: str | None) -> str:
        """Why the DSO tile shows no figure ("" when it shows one)."""
        return {
            "short_history": self.tr(
                "Sin cifra todavía: hacen falta 30 días desde la primera factura emitida"
            ),
            "no_payment": self.tr("Sin cifra todavía: aún no se ha registrado ningún cobro"),
            "nothing_billed": self.tr("Nada facturado en 90 días"),
        }.get(missing or "", "")

    def _fill_top(self, clients: Any) -> None:
        self.top.setRowCount(len(clients))
        for r, client in enumerate(clients):
            self.top.setItem(r, 0, QTableWidgetItem(client.client_name))
            amount = QTableWidgetItem(format_money(client.revenue))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.top.setItem(r, 1, amount)

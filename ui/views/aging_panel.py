"""Aging of what is owed: totals per bucket (not yet due … over 90 days), a table per client with
the average days to pay, and a filter to show only clients owing in an older bucket."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from facturas_app.storage.api import AGING_BUCKETS
from ui.models.aging_model import AgingModel, bucket_titles, lines_from
from ui.views import configure_table, show_error
from ui.widgets.money import format_money


def load_aging(services: Any, min_bucket: str | None) -> tuple[Any, dict[str, Any]]:
    """Off the GUI thread: the report (SQL sums) and each client's average days to pay."""
    return services.aging.report(min_bucket=min_bucket), services.aging.average_days_to_pay()


class AgingPanel(QWidget):
    loaded = Signal(object)  # the AgingReport, after it is shown

    def __init__(
        self, services: Any, runner: Any, parent: QWidget | None = None, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.report: Any = None
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Todos los clientes con saldo"), None)
        for code, title in zip(AGING_BUCKETS[1:], bucket_titles()[1:], strict=True):
            self.filter.addItem(self.tr("Con deuda de %1 o más").replace("%1", title.lower()), code)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.bucket_labels = [QLabel("…") for _ in AGING_BUCKETS]
        grid = QGridLayout()
        for column, (title, label) in enumerate(zip(bucket_titles(), self.bucket_labels, strict=True)):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            grid.addWidget(label, 1, column)
        self.model = AgingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, stretch_column=0)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h3>Antigüedad de la deuda</h3>")))
        top.addStretch(1)
        top.addWidget(self.filter)
        layout.addLayout(top)
        layout.addLayout(grid)
        self.table.setVisible(not compact)
        self.filter.setVisible(not compact)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        min_bucket = self.filter.currentData()
        self.runner.submit(
            lambda: load_aging(self.services, min_bucket), self._show, lambda exc: show_error(self, exc)
        )

    def _show(self, loaded: tuple[Any, dict[str, Any]]) -> None:
        report, days = loaded
        self.report = report
        for label, bucket in zip(self.bucket_labels, AGING_BUCKETS, strict=True):
            label.setText(
                self.tr("%1 (%2 fact.)")
                .replace("%1", format_money(report.totals[bucket]))
                .replace("%2", str(report.counts[bucket]))
            )
        self.model.set_lines(lines_from(report, days))
        self.loaded.emit(report)

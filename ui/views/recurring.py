"""Recurring invoices: each schedule with its next run, and the history of what it issued.

"Emitir ahora" runs the same `RecurringService.run` as the scheduler (exactly once per occurrence).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import error_message
from ui.views.sales_models import RowsModel
from ui.widgets.money import format_date


class RecurringView(QWidget):
    issued = Signal(int)  # how many invoices a run issued

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.schedules: list[dict[str, Any]] = []
        self.model = RowsModel(
            [
                self.tr("Cliente"),
                self.tr("Periodicidad"),
                self.tr("Inicio"),
                self.tr("Fin"),
                self.tr("Próxima"),
                self.tr("Emitidas"),
                self.tr("Envío automático"),
                self.tr("Activa"),
            ],
            self,
        )
        self.history_model = RowsModel([self.tr("Fecha"), self.tr("Número"), self.tr("Enviada")], self)
        self.table = self._table(self.model)
        self.history = self._table(self.history_model)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Emitir ahora lo pendiente"), self)
        self.pause_button = QPushButton(self.tr("Pausar / reanudar"), self)
        self.run_button.clicked.connect(self.run_now)
        self.pause_button.clicked.connect(self.toggle_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_history())
        self.refresh()

    def _table(self, model: RowsModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def every_text(self, every: str) -> str:
        return {
            "week": self.tr("Semanal"),
            "month": self.tr("Mensual"),
            "quarter": self.tr("Trimestral"),
            "year": self.tr("Anual"),
        }.get(every, every)

    def refresh(self) -> None:
        service = self.services.recurring
        self.runner.submit(
            lambda: [service.schedule_json(s) for s in service.list()], self._show, self._failed
        )

    def _show(self, schedules: list[dict[str, Any]]) -> None:
        self.schedules = schedules
        yes, no = self.tr("Sí"), self.tr("No")
        rows = [
            (
                s["client_name"],
                self.every_text(s["every"]),
                _date(s["start"]),
                _date(s["end"]) or "—",
                _date(s["next_run"]) or self.tr("Terminada"),
                str(s["issued_count"]),
                yes if s["auto_send"] else no,
                yes if s["active"] else no,
            )
            for s in schedules
        ]
        self.model.set_rows(rows, [s["id"] for s in schedules])
        self._show_history()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.schedules[rows[0].row()] if rows else None

    def _show_history(self) -> None:
        schedule = self.selected()
        history = list(reversed(schedule["history"])) if schedule else []
        yes, no = self.tr("Sí"), self.tr("No")
        self.history_model.set_rows(
            [(_date(h["issue_date"]), h["number"] or "", yes if h["sent"] else no) for h in history],
            [h["number"] for h in history],
        )

    def run_now(self) -> None:
        self.runner.submit(self.services.recurring.run, self._ran, self._failed)

    def _ran(self, report: Any) -> None:
        text = self.tr("%1 factura(s) emitida(s)").replace("%1", str(len(report.issued)))
        if report.failures:
            text += " — " + "; ".join(error_message(f.error) for f in report.failures)
        self.status.setText(text)
        self.issued.emit(len(report.issued))
        self.refresh()

    def toggle_selected(self) -> None:
        schedule = self.selected()
        if schedule is None:
            return
        active = not schedule["active"]
        self.runner.submit(
            lambda: self.services.recurring.set_active(schedule["id"], active),
            lambda _r: self.refresh(),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_message(exc))


def _date(text: str | None) -> str:
    import datetime as dt

    return format_date(dt.date.fromisoformat(text)) if text else ""

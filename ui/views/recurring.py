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
        self._keep_id: str | None = None  # the schedule to select once the refresh lands
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
        self.run_button.clicked.connect(self.run_now)
        self.buttons = {
            "new": QPushButton(self.tr("Nueva…"), self),
            "edit": QPushButton(self.tr("Editar…"), self),
            "pause": QPushButton(self.tr("Pausar"), self),
            "resume": QPushButton(self.tr("Reanudar"), self),
            "delete": QPushButton(self.tr("Eliminar"), self),
        }
        for key, slot in (
            ("new", self.new_schedule),
            ("edit", self.edit_selected),
            ("pause", lambda: self.set_selected_active(False)),
            ("resume", lambda: self.set_selected_active(True)),
            ("delete", self.delete_selected),
        ):
            self.buttons[key].clicked.connect(slot)
        buttons = QHBoxLayout()
        for button in self.buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 280])  # the schedules need the room; the history is three columns
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
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

    def end_text(self, schedule: dict[str, Any]) -> str:
        if schedule["end"]:
            return _date(schedule["end"])
        if schedule["count"]:
            return self.tr("Tras %1 facturas").replace("%1", str(schedule["count"]))
        return "—"

    def refresh(self) -> None:
        service = self.services.recurring
        self.runner.submit(
            lambda: [service.schedule_json(s) for s in service.list()], self._show, self._failed
        )

    def _show(self, schedules: list[dict[str, Any]]) -> None:
        yes, no = self.tr("Sí"), self.tr("No")
        rows = [
            (
                s["client_name"],
                self.every_text(s["every"]),
                _date(s["start"]),
                self.end_text(s),
                _date(s["next_run"]) or (self.tr("Terminada") if s["active"] else self.tr("En pausa")),
                str(s["issued_count"]),
                yes if s["auto_send"] else no,
                yes if s["active"] else no,
            )
            for s in schedules
        ]
        keep = self._keep_id or (self.selected() or {}).get("id")
        self.schedules = schedules
        self.model.set_rows(rows, [s["id"] for s in schedules])
        self.table.resizeColumnsToContents()
        self._keep_id = None
        if keep:
            self.select_id(keep)  # a refresh keeps the schedule the user was on
        self._selection_changed()

    def _selection_changed(self) -> None:
        self._show_history()
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Actions on a schedule need one selected; pause or resume as it stands; delete only
        while it has issued nothing (history is final: services/recurring.py)."""
        schedule = self.selected()
        active = bool(schedule and schedule["active"])
        self.buttons["edit"].setEnabled(schedule is not None)
        self.buttons["pause"].setEnabled(active)
        self.buttons["resume"].setEnabled(schedule is not None and not active)
        deletable = schedule is not None and schedule["issued_count"] == 0
        self.buttons["delete"].setEnabled(deletable)
        self.buttons["delete"].setToolTip(
            self.tr("Ya emitió facturas: páusela en su lugar") if schedule and not deletable else ""
        )

    def select_id(self, schedule_id: str) -> None:
        ids = [s["id"] for s in self.schedules]
        if schedule_id in ids:
            self.table.selectRow(ids.index(schedule_id))

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
        if schedule is not None:
            self.set_selected_active(not schedule["active"])

    def set_selected_active(self, active: bool) -> None:
        schedule = self.selected()
        if schedule is None:
            return
        self.runner.submit(
            lambda: self.services.recurring.set_active(schedule["id"], active),
            lambda _r: self._changed(schedule["id"]),
            self._failed,
        )

    def dialog(self, schedule: dict[str, Any] | None = None) -> Any:
        from ui.views.recurring_dialog import ScheduleDialog  # lazy: the view opens without it

        return ScheduleDialog(self.services, self.runner, schedule, self)

    def new_schedule(self) -> None:
        self._run_dialog(self.dialog())

    def edit_selected(self) -> None:
        schedule = self.selected()
        if schedule is not None:
            self._run_dialog(self.dialog(schedule))

    def _run_dialog(self, dialog: Any) -> None:
        if dialog.exec() and dialog.saved is not None:
            self._changed(dialog.saved.id)

    def delete_selected(self) -> None:
        schedule = self.selected()
        if schedule is None or not self.confirm_delete(schedule):
            return
        self.runner.submit(
            lambda: self.services.recurring.delete(schedule["id"]),
            lambda _r: self.refresh(),
            self._failed,
        )

    def confirm_delete(self, schedule: dict[str, Any]) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Eliminar factura recurrente"),
            self.tr("¿Eliminar la programación de %1?").replace("%1", schedule["client_name"]),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _changed(self, schedule_id: str) -> None:
        """Refresh and select the schedule just changed."""
        self._keep_id = schedule_id
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_message(exc))


def _date(text: str | None) -> str:
    import datetime as dt

    return format_date(dt.date.fromisoformat(text)) if text else ""

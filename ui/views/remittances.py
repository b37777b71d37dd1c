"""SEPA remittances under Cobros (issue #19): the remittances made so far and «Nueva remesa…»,
which shows what a remittance on the chosen collection date would hold (and what it leaves out,
and why) before the pain.008 file is saved where the user says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facturas_app.messages import text_for
from facturas_app.services.sepa import RemittancePlan, RemittanceResult
from ui.i18n import current_language, error_message, problem_message
from ui.views import show_error
from ui.widgets.money import format_date, format_money
from ui.widgets.validated_line_edit import ERROR_RED


def _table(headers: list[str], rows: list[list[str]], stretch: int = 1) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fill(table, rows)
    return table


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class NewRemittanceDialog(QDialog):
    """`made` holds the remittance made after accept()."""

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.made: RemittanceResult | None = None
        self.plan: RemittancePlan | None = None
        self.setWindowTitle(self.tr("Nueva remesa SEPA"))
        self.resize(760, 520)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date_message = QLabel()
        self.date_message.setStyleSheet(f"color: {ERROR_RED.name()}")
        self.date_message.setWordWrap(True)
        self.included = _table(
            [
                self.tr("Factura"),
                self.tr("Cliente"),
                self.tr("Importe"),
                self.tr("Secuencia"),
                self.tr("Mandato"),
            ],
            [],
        )
        self.excluded = _table([self.tr("Factura"), self.tr("Cliente"), self.tr("Motivo")], [], stretch=2)
        self.summary, self.excluded_title, self.earliest_note = QLabel(), QLabel(), QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Guardar remesa…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.runner.submit(self.services.sepa.earliest_collection_date, self._start, self._failed)

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Fecha de cargo"), self.date)
        form.addRow("", self.earliest_note)
        form.addRow("", self.date_message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.included, 3)
        layout.addWidget(self.excluded_title)
        layout.addWidget(self.excluded, 1)
        layout.addWidget(self.buttons)

    def _start(self, earliest: dt.date) -> None:
        self.earliest = earliest
        note = self.tr("La primera fecha posible es el %1: preaviso acordado y día hábil TARGET2.")
        self.earliest_note.setText(note.replace("%1", format_date(earliest)))
        self.date.setMinimumDate(_qdate(self.services.clock.today()))
        self.date.setDate(_qdate(earliest))  # the earliest allowed date, preselected
        self.refresh()

    def collection_date(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        day = self.collection_date()
        self.runner.submit(lambda: self.services.sepa.plan(day), self._show, self._failed)

    def _show(self, plan: RemittancePlan) -> None:
        self.plan = plan
        problems = [problem_message(p) for p in plan.problems]
        self.date_message.setText("\n".join(problems))
        self.date_message.setVisible(bool(problems))
        rows = [[d.number, d.client_name, format_money(d.amount), d.sequence_type, d.mandate.mandate_id]
                for d in plan.included]  # fmt: skip
        fill(self.included, rows)
        lang = current_language()
        fill(self.excluded, [[e.number, e.client_name, text_for(e.reason, lang)] for e in plan.excluded])
        self.summary.setText(
            self.tr("%1 adeudo(s) · Total: %2 · Cargo el %3")
            .replace("%1", str(len(plan.included))).replace("%2", format_money(plan.total))
            .replace("%3", format_date(plan.collection_date))
        )  # fmt: skip
        self.excluded_title.setText(self.tr("Excluidas (%1)").replace("%1", str(len(plan.excluded))))
        self.save_button.setEnabled(bool(plan.included) and not problems)

    def save(self) -> None:
        day = self.collection_date()
        name = f"remesa-{day.isoformat()}.xml"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar remesa"), name, self.tr("SEPA XML (*.xml)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Writes and records the remittance (the save dialog already confirmed a replacement)."""
        day = self.collection_date()
        self.save_button.setEnabled(False)
        self.runner.submit(lambda: self.services.sepa.create(day, path), self._saved, self._failed)

    def _saved(self, result: RemittanceResult) -> None:
        self.made = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.date_message.setText(error_message(exc))
        self.date_message.setVisible(True)
        if self.plan is not None:
            self.save_button.setEnabled(bool(self.plan.included))


class RemittancesDialog(QDialog):
    """The remittances made, newest first, and «Nueva remesa…»."""

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.setWindowTitle(self.tr("Remesas SEPA"))
        self.resize(720, 420)
        headers = [
            self.tr("Fecha de cargo"),
            self.tr("Esquema"),
            self.tr("Adeudos"),
            self.tr("Total"),
            self.tr("Fichero"),
        ]
        self.table = _table(headers, [], stretch=4)
        self.new = QPushButton(self.tr("Nueva remesa…"))
        self.new.clicked.connect(self.new_remittance)
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.new)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.runner.submit(self.services.sepa.list_remittances, self._show, lambda exc: show_error(self, exc))

    def _show(self, remittances: list[Any]) -> None:
        rows = [[format_date(r.collection_date), r.scheme, str(r.count), format_money(r.total), r.file_name]
                for r in remittances]  # fmt: skip
        fill(self.table, rows)

    def new_remittance(self) -> None:
        dialog = NewRemittanceDialog(self.services, self.runner, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

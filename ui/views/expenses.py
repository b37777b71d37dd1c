"""Gastos / Facturas recibidas (#21): the lazy SQL-backed list of received invoices with search,
status filter and the filtered set's sums; typed in through the editor, imported from UBL /
Facturae / Factur-X files (the button or dropped on the view), accepted, rejected (with the
reason), paid (on its date) or deleted while still only received. Every call runs on the worker
pool; refusals are the service's coded messages, never a traceback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.purchases import Expense, can_move
from facturas_app.storage.api_purchases import ExpenseListRow, ExpenseSummary
from ui.i18n import babel_locale, error_message
from ui.models.expense_list import ExpenseListModel, status_names
from ui.views import SearchBox, configure_table, enable_with_selection, show_error, show_status
from ui.views import expense_actions as ask
from ui.views.expense_editor import ExpenseEditor
from ui.widgets.money import format_money

OK_STYLE, ERROR_STYLE = "color: #2e7d32", "color: #d32f2f"


class ExpensesView(QWidget):
    changed = Signal()  # an expense was recorded, changed or deleted (the reports follow)

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.ask_reason: Callable[[str], str | None] = lambda number: ask.ask_reason(self, number)
        self.ask_paid_on: Callable[[str], dt.date | None] = lambda number: ask.ask_paid_on(
            self, number, services.clock.today()
        )
        self.ask_save_path: Callable[[str], str | None] = lambda name: ask.ask_save_path(self, name)
        self.confirm_delete: Callable[[ExpenseListRow], bool] = lambda row: ask.confirm_delete(
            self, row.number, row.supplier_name
        )
        self.editor: ExpenseEditor | None = None
        self.model = ExpenseListModel(services, runner, parent=self)
        self.model.summary_changed.connect(self._show_summary)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.search = SearchBox(self.tr("Buscar proveedor, NIF, número…"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Todos los estados"), None)
        for status, label in self._filter_names().items():
            self.status.addItem(label, status)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, stretch_column=0)
        for column, width in enumerate((0, 140, 95, 105, 95, 105, 205, 80)):
            if width:
                self.table.setColumnWidth(column, width)  # «Responder hasta el 30/11» whole
        self.table.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self.footer, self.notice = QLabel(), QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.setAcceptDrops(True)
        self._build()
        self.search.searched.connect(lambda _t: self.apply_filters())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.apply_filters()

    def _filter_names(self) -> dict[str, str]:
        return {
            "received": self.tr("Pendientes de responder"),
            "accepted": self.tr("Aceptadas"),
            "rejected": self.tr("Rechazadas"),
            "paid": self.tr("Pagadas"),
        }

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("Nuevo gasto…"))
        self.new_button.clicked.connect(lambda: self.new_expense())
        self.import_button = QPushButton(self.tr("Importar factura recibida…"))
        self.import_button.clicked.connect(self.choose_files)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("<h2>Gastos / Facturas recibidas</h2>")))
        header.addStretch(1)
        header.addWidget(self.new_button)
        header.addWidget(self.import_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status)
        filters.addStretch(1)
        for button in self._action_buttons():
            filters.addWidget(button)
        hint = QLabel(self.tr("Puede arrastrar aquí archivos PDF o XML de facturas recibidas."))
        hint.setStyleSheet("color: palette(mid)")
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.table)
        footer = QHBoxLayout()
        footer.addWidget(self.footer, 1)
        footer.addWidget(hint)
        layout.addLayout(footer)

    def _action_buttons(self) -> list[QPushButton]:
        self.accept_button = QPushButton(self.tr("Aceptar"))
        self.accept_button.clicked.connect(lambda: self.accept_selected())
        self.reject_button = QPushButton(self.tr("Rechazar…"))
        self.reject_button.clicked.connect(lambda: self.reject_selected())
        self.pay_button = QPushButton(self.tr("Marcar pagada…"))
        self.pay_button.clicked.connect(lambda: self.pay_selected())
        self.response_button = QPushButton(self.tr("Respuesta al proveedor…"))
        self.response_button.setToolTip(
            self.tr("El estado comunicado (aceptada, rechazada, pagada) como ApplicationResponse UBL 2.1")
        )
        self.response_button.clicked.connect(lambda: self.save_response())
        self.delete_button = QPushButton(self.tr("Eliminar"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self._updates = [
            enable_with_selection(self.table, self.accept_button, when=lambda: self._may("accepted")),
            enable_with_selection(self.table, self.reject_button, when=lambda: self._may("rejected")),
            enable_with_selection(self.table, self.pay_button, when=lambda: self._may("paid")),
            enable_with_selection(self.table, self.delete_button, when=lambda: self._may("deleted")),
            enable_with_selection(self.table, self.response_button, when=lambda: self._may("told")),
        ]
        self.model.dataChanged.connect(lambda *_a: self._update_buttons())
        return [
            self.accept_button,
            self.reject_button,
            self.pay_button,
            self.response_button,
            self.delete_button,
        ]

    def _may(self, action: str) -> bool:
        row = self.selected()
        if row is None:
            return False
        if action in ("deleted", "told"):
            return (row.status == "received") == (action == "deleted")
        return can_move(row.status, action)

    def _update_buttons(self) -> None:
        for update in self._updates:
            update()

    # ----- list -----------------------------------------------------------------------------------
    def apply_filters(self) -> None:
        self.footer.setText(self.tr("Cargando…"))
        self.model.set_query(self.search.text().strip(), self.status.currentData())

    def refresh(self) -> None:
        self.model.refresh()

    def _show_summary(self, summary: ExpenseSummary) -> None:
        if summary.count == 1:
            text = self.tr("1 factura recibida · Total: {1} · IVA deducible: {2}")
        else:
            text = self.tr("{0} facturas recibidas · Total: {1} · IVA deducible: {2}")
        amounts = (format_money(summary.total), format_money(summary.deductible_vat))
        self.footer.setText(text.format(format_decimal(summary.count, locale=babel_locale()), *amounts))

    def selected(self) -> ExpenseListRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _say(self, text: str, ok: bool = True) -> None:
        self.notice.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        if ok:
            show_status(self, text)

    def _failed(self, exc: BaseException) -> None:
        """A refusal in the service's words (a bug's details go to the log)."""
        self._say(error_message(exc), ok=False)

    def _changed(self, text: str) -> None:
        self._say(text)
        self.model.refresh()
        self.changed.emit()

    # ----- the editor -----------------------------------------------------------------------------
    def new_expense(self, attachment: tuple[str, bytes] | None = None) -> ExpenseEditor:
        return self._open_editor(None, attachment)

    def edit_row(self, row_number: int) -> None:
        row = self.model.row_at(row_number)
        if row is not None:
            self.runner.submit(lambda: self.services.expenses.get(row.id), self._open_editor, self._failed)

    def _open_editor(
        self, expense: Expense | None, attachment: tuple[str, bytes] | None = None
    ) -> ExpenseEditor:
        editor = ExpenseEditor(self.services, self.runner, expense, attachment, self)
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()
        self.editor = editor
        return editor

    def _saved(self, editor: ExpenseEditor | None) -> None:
        if editor is not None and editor.saved is not None:
            saved = editor.saved
            text = self.tr("Factura %1 de %2 guardada")
            self._changed(text.replace("%1", saved.number).replace("%2", saved.supplier_name))

    # ----- importing ------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Importar factura recibida"), "",
            self.tr("Facturas electrónicas (*.xml *.xsig *.pdf);;Todos los archivos (*)"),
        )  # fmt: skip
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[str]) -> None:
        """Each file read and imported on the worker; a PDF without XML opens the editor with it."""
        expenses = self.services.expenses

        def run() -> tuple[list[tuple[str, bytes]], list[Any]]:
            files = ask.read_files(paths)
            return files, expenses.import_files(files)

        self.runner.submit(run, lambda done: self._imported(*done), self._failed)

    def _imported(self, files: list[tuple[str, bytes]], results: list[Any]) -> None:
        recorded, refused = ask.outcome_lines(results)
        if refused:
            self._say("\n".join([*recorded, *refused]), ok=False)
        elif recorded:
            self._say("\n".join(recorded))
        if recorded:
            self.model.refresh()
            self.changed.emit()
        for file, result in zip(files, results, strict=True):  # in order: two «factura.pdf» differ
            if result.error is not None and result.error.code == ask.PDF_WITHOUT_XML:
                self.new_expense(file)
                self._say(self.tr("%1 no lleva la factura en XML: escríbala, el PDF queda adjunto.")
                          .replace("%1", result.name))  # fmt: skip
                break

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls()]
        if ask.importable(paths):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = ask.importable([url.toLocalFile() for url in event.mimeData().urls()])
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # ----- status and deleting --------------------------------------------------------------------
    def accept_selected(self) -> None:
        row = self.selected()
        if row is not None and self._may("accepted"):
            self._set_status(row, "accepted", self.tr("Factura %1 aceptada"))

    def reject_selected(self) -> None:
        row = self.selected()
        reason = self.ask_reason(row.number) if row is not None and self._may("rejected") else None
        if row is not None and reason is not None:
            self._set_status(row, "rejected", self.tr("Factura %1 rechazada"), reason=reason)

    def pay_selected(self) -> None:
        row = self.selected()
        day = self.ask_paid_on(row.number) if row is not None and self._may("paid") else None
        if row is not None and day is not None:
            self._set_status(row, "paid", self.tr("Factura %1 pagada"), on=day)

    def _set_status(self, row: ExpenseListRow, status: str, done: str, **given: Any) -> None:
        text = done.replace("%1", row.number)
        self.runner.submit(
            lambda: self.services.expenses.set_status(row.id, status, **given),
            lambda _r: self._changed(text),
            self._failed,
        )

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or not self._may("deleted") or not self.confirm_delete(row):
            return
        text = (
            self.tr("Factura %1 de %2 eliminada").replace("%1", row.number).replace("%2", row.supplier_name)
        )
        self.runner.submit(
            lambda: self.services.expenses.delete(row.id), lambda _r: self._changed(text), self._failed
        )

    # ----- the supplier's ApplicationResponse -----------------------------------------------------
    def save_response(self) -> None:
        row = self.selected()
        if row is not None and self._may("told"):
            response = self.services.expenses.response
            self.runner.submit(lambda: response(row.id), self._response_ready, self._failed)

    def _response_ready(self, response: tuple[str, bytes]) -> None:
        name, data = response
        path = self.ask_save_path(name)
        if path:
            done = self.tr("Respuesta al proveedor guardada: %1").replace("%1", Path(path).name)
            self.runner.submit(lambda: Path(path).write_bytes(data), lambda _n: self._say(done), self._failed)

    def status_label(self, status: str) -> str:
        return status_names().get(status, status)

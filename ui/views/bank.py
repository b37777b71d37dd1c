"""Banco (#19): import a statement (button or drag-and-drop of the file), see every movement with
its state, confirm a suggestion with one click, assign an unmatched credit to invoices found by
search, undo a match. Everything goes through services.bank (as `facturas bank …`), off the GUI
thread; the lists and the dashboard refresh when a payment was recorded (`changed`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.views import configure_table, enable_with_selection, show_error, show_status
from ui.widgets.money import format_date, format_money

STATEMENT_SUFFIXES = (".n43", ".aeb", ".csb", ".txt", ".q43", ".xml", ".c43", ".asc")


class BankView(QWidget):
    changed = Signal()

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.movements: list[Any] = []
        self.setAcceptDrops(True)
        self.import_button = QPushButton(self.tr("Importar extracto…"))
        self.state = QComboBox()
        for label, state in self.state_filters():
            self.state.addItem(label, state)
        self.summary = QLabel(self.tr("Arrastre aquí el extracto de su banco (Norma 43 o CAMT.053)."))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Fecha"),
                self.tr("Importe"),
                self.tr("Concepto"),
                self.tr("Estado"),
                self.tr("Facturas"),
            ]
        )
        configure_table(self.table, stretch_column=2)
        self.confirm_button = QPushButton(self.tr("Confirmar"))
        self.assign_button = QPushButton(self.tr("Asignar a facturas…"))
        self.unmatch_button = QPushButton(self.tr("Deshacer cruce"))
        self._lay_out()
        self._connect()
        self.refresh()

    def state_filters(self) -> list[tuple[str, str | None]]:
        return [
            (self.tr("Todos los movimientos"), None),
            (self.tr("Por confirmar"), "suggested"),
            (self.tr("Sin cruzar"), "unmatched"),
            (self.tr("Cruzados"), "matched"),
        ]

    def state_names(self) -> dict[str, str]:
        return {
            "matched": self.tr("Cruzado"),
            "suggested": self.tr("Por confirmar"),
            "unmatched": self.tr("Sin cruzar"),
            "debit": self.tr("Cargo"),
            "returned": self.tr("Devolución"),
        }

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addStretch(1)
        top.addWidget(self.state)
        actions = QHBoxLayout()
        for button in (self.confirm_button, self.assign_button, self.unmatch_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Banco</h2>")))
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.import_button.clicked.connect(self.choose_file)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.assign_button.clicked.connect(self.assign_selected)
        self.unmatch_button.clicked.connect(self.unmatch_selected)
        self.table.doubleClicked.connect(lambda _i: self._default_action())
        state_is = lambda *states: lambda: (m := self.selected()) is not None and m.state in states  # noqa: E731
        self._updates = [
            enable_with_selection(self.table, self.confirm_button, when=state_is("suggested")),
            enable_with_selection(self.table, self.assign_button, when=lambda: self._assignable()),
            enable_with_selection(self.table, self.unmatch_button, when=state_is("matched")),
        ]

    # ----- the list ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        state = self.state.currentData()
        self.runner.submit(lambda: self.services.bank.list(state), self._show, lambda e: show_error(self, e))

    def _show(self, movements: list[Any]) -> None:
        self.movements = movements
        self.table.setRowCount(len(movements))
        names = self.state_names()
        for row, m in enumerate(movements):
            numbers = ", ".join(x.number or "" for x in m.matches)
            cells = (
                format_date(m.booked_on),
                format_money(m.amount),
                m.concept,
                names.get(m.state, m.state),
                numbers,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(row, column, item)
        for update in self._updates:
            update()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.movements[rows[0].row()] if rows and rows[0].row() < len(self.movements) else None

    def _assignable(self) -> bool:
        movement = self.selected()
        return movement is not None and movement.amount > 0 and movement.state in ("suggested", "unmatched")

    # ----- importing --------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Importar extracto bancario"),
            "",
            self.tr("Extractos (*.n43 *.aeb *.csb *.txt *.q43 *.xml);;Todos (*)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        self.summary.setText(self.tr("Importando %1…").replace("%1", path.name))
        self.runner.submit(lambda: self._read_and_import(path), self._imported, self._import_failed)

    def _read_and_import(self, path: Path) -> Any:
        from facturas_app.services.bank.statement import read_file

        return self.services.bank.import_file(read_file(path))

    def _imported(self, report: Any) -> None:
        counts = report.to_json()
        text = self.tr(
            "%1 movimientos nuevos (%2 repetidos): %3 cobros registrados, %4 por confirmar, %5 sin cruzar."
        )
        for n, key in enumerate(("new", "duplicates", "matched", "suggested", "unmatched"), start=1):
            text = text.replace(f"%{n}", str(counts[key]))
        self.summary.setText(text)
        show_status(self, self.tr("Extracto importado"))
        self.refresh()
        self.changed.emit()

    def _import_failed(self, exc: BaseException) -> None:
        from ui.i18n import error_message

        self.summary.setText(error_message(exc))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_path(path)

    # ----- acting on a movement ---------------------------------------------------------------------
    def _default_action(self) -> None:
        movement = self.selected()
        if movement is not None and movement.state == "suggested" and self.confirm_button.isEnabled():
            self.confirm_selected()
        elif self._assignable():
            self.assign_selected()

    def confirm_selected(self) -> None:
        movement = self.selected()
        if movement is not None:
            self._act(lambda: self.services.bank.confirm(movement.id), self.tr("Cobro registrado"))

    def assign_selected(self) -> None:
        from ui.views.bank_assign import AssignDialog

        movement = self.selected()
        if movement is None:
            return
        dialog = AssignDialog(self.services, self.runner, movement, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.numbers:
            numbers = dialog.numbers
            self._act(lambda: self.services.bank.match(movement.id, numbers), self.tr("Cobro registrado"))

    def unmatch_selected(self) -> None:
        movement = self.selected()
        if movement is not None:
            self._act(lambda: self.services.bank.unmatch(movement.id), self.tr("Cruce deshecho"))

    def _act(self, work: Any, done_text: str) -> None:
        def done(_result: Any) -> None:
            show_status(self, done_text)
            self.refresh()
            self.changed.emit()

        self.runner.submit(work, done, lambda exc: show_error(self, exc))


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in STATEMENT_SUFFIXES or not path.suffix else None

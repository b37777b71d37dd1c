"""Create or edit a recurring schedule: client, what each invoice holds (its own lines, or the lines
of an existing invoice), frequency, next date, end and auto-send.

It saves through the same `RecurringService.add` / `update` as `facturas recurring add`, so the
checks are the service's: each problem comes back on its field and is shown beside that field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.errors import FacturasError, ValidationFailed
from facturas_app.storage.api_sales import RECURRING_EVERY
from ui.i18n import error_message, problem_message
from ui.widgets.client_picker import ClientPicker

LINE_KEYS = ("description", "quantity", "unit_price", "vat_rate")
MESSAGE_STYLE = "color: #b00020;"


def _message_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(MESSAGE_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ScheduleDialog(QDialog):
    """`saved` holds the stored schedule after accept(); `schedule` is the one edited (its JSON)."""

    def __init__(
        self,
        services: Any,
        runner: Any,
        schedule: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.runner, self.schedule = services, runner, schedule
        self.saved: Any = None
        self.setWindowTitle(
            self.tr("Editar factura recurrente") if schedule else self.tr("Nueva factura recurrente")
        )
        self.setMinimumWidth(760)
        self.messages: dict[str, QLabel] = {}
        self._make_fields()
        self._build()
        today = services.recurring.clock.today()
        self.start.setDate(_qdate(today))
        self.end_date.setDate(_qdate(today))
        if schedule is not None:
            self._load(schedule)
        else:
            self.add_line_row()  # a first line to type into
        self._sync()

    # ----- building -------------------------------------------------------------------------------
    def _make_fields(self) -> None:
        self.client = ClientPicker(self.services, self.runner, self)
        self.own_lines = QRadioButton(self.tr("Con estas líneas"))
        self.like_invoice = QRadioButton(self.tr("Igual que la factura"))
        self.source = QButtonGroup(self)
        for button in (self.own_lines, self.like_invoice):
            self.source.addButton(button)
        self.own_lines.setChecked(True)
        self.invoice_number = QLineEdit()
        self.invoice_number.setPlaceholderText(self.tr("número, p. ej. F-2026-0001"))
        self.lines = QTableWidget(0, len(LINE_KEYS))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Descripción"), self.tr("Cantidad"), self.tr("Precio"), self.tr("IVA %")]
        )
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # every column in view
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setMinimumHeight(120)
        self.add_line = QPushButton(self.tr("Añadir línea"))
        self.remove_line = QPushButton(self.tr("Quitar línea"))
        self.irpf = QLineEdit("0")
        self.every = QComboBox()
        for key in RECURRING_EVERY:
            self.every.addItem(self.every_text(key), key)
        self.every.setCurrentIndex(RECURRING_EVERY.index("month"))
        self.start = QDateEdit(calendarPopup=True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.end_kind = QComboBox()
        self.end_kind.addItem(self.tr("Sin fin"), "none")
        self.end_kind.addItem(self.tr("En una fecha"), "date")
        self.end_kind.addItem(self.tr("Tras un número de facturas"), "count")
        self.end_date = QDateEdit(calendarPopup=True)
        self.end_date.setDisplayFormat("dd/MM/yyyy")
        self.count = QSpinBox()
        self.count.setRange(1, 10_000)
        self.count.setValue(12)
        self.count.setSuffix(self.tr(" facturas en total"))
        self.auto_send = QCheckBox(self.tr("Enviar cada factura por correo al emitirla"))
        self.error = _message_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.add_line.clicked.connect(lambda: self.add_line_row())
        self.remove_line.clicked.connect(self._remove_line)
        for button in (self.own_lines, self.like_invoice):
            button.toggled.connect(lambda _on: self._sync())
        self.end_kind.currentIndexChanged.connect(lambda _i: self._sync())
        self.client.client_chosen.connect(lambda _c: self._clear("client"))

    def _with_message(self, key: str, *widgets: QWidget) -> QWidget:
        """The field's widgets with its message to the right (beside the field, issue #18)."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        self.messages[key] = _message_label()
        self.messages[key].setMinimumWidth(180)
        row.addWidget(self.messages[key], 1)
        return box

    def _build(self) -> None:
        line_buttons = QVBoxLayout()
        line_buttons.addWidget(self.add_line)
        line_buttons.addWidget(self.remove_line)
        line_buttons.addStretch(1)
        lines_row = QHBoxLayout()
        lines_row.addWidget(self.lines, 1)
        lines_row.addLayout(line_buttons)
        self.lines_box = QWidget()
        self.lines_box.setLayout(lines_row)
        form = QFormLayout()
        form.addRow(self.tr("Cliente"), self._with_message("client", self.client))
        form.addRow(self.tr("Contenido"), self._with_message("source", self.own_lines, self.like_invoice))
        form.addRow(self.tr("Factura modelo"), self._with_message("invoice", self.invoice_number))
        form.addRow(self.tr("Líneas"), self.lines_box)
        form.addRow("", self._with_message("lines"))
        form.addRow(self.tr("Retención IRPF %"), self._with_message("irpf", self.irpf))
        form.addRow(self.tr("Periodicidad"), self._with_message("every", self.every))
        form.addRow(self.tr("Próxima fecha"), self._with_message("start", self.start))
        form.addRow(self.tr("Fin"), self._with_message("end", self.end_kind, self.end_date, self.count))
        form.addRow("", self.auto_send)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_line_row(self, values: dict[str, Any] | None = None) -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        defaults = {"quantity": "1", "vat_rate": "21"}
        for column, key in enumerate(LINE_KEYS):
            text = str((values or defaults).get(key, defaults.get(key, "")))
            self.lines.setItem(row, column, QTableWidgetItem(text))

    def _remove_line(self) -> None:
        rows = sorted({index.row() for index in self.lines.selectedIndexes()}, reverse=True)
        for row in rows or [self.lines.rowCount() - 1]:
            self.lines.removeRow(row)

    def _sync(self) -> None:
        """Only the fields that apply are enabled: the lines or the invoice, the end's date or count."""
        like = self.like_invoice.isChecked()
        self.invoice_number.setEnabled(like)
        for widget in (self.lines_box, self.irpf):
            widget.setEnabled(not like)
        kind = self.end_kind.currentData()
        self.end_date.setVisible(kind == "date")
        self.count.setVisible(kind == "count")

    # ----- loading --------------------------------------------------------------------------------
    def _load(self, schedule: dict[str, Any]) -> None:
        self.client.load_client(schedule["client_id"])
        for line in schedule["template"].get("lines", []):
            self.add_line_row(line)
        self.irpf.setText(str(schedule["template"].get("irpf_rate", "0")))
        self.every.setCurrentIndex(max(0, self.every.findData(schedule["every"])))
        # The next date: an edit that keeps it keeps the series (services/recurring_edit.py).
        self.start.setDate(_qdate(dt.date.fromisoformat(schedule["next_run"] or schedule["start"])))
        if schedule["end"]:
            self.end_kind.setCurrentIndex(self.end_kind.findData("date"))
            self.end_date.setDate(_qdate(dt.date.fromisoformat(schedule["end"])))
        elif schedule["count"]:
            self.end_kind.setCurrentIndex(self.end_kind.findData("count"))
            self.count.setValue(int(schedule["count"]))
        self.auto_send.setChecked(bool(schedule["auto_send"]))

    # ----- saving ---------------------------------------------------------------------------------
    def line_values(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.lines.rowCount()):
            cells = [self.lines.item(row, c) for c in range(len(LINE_KEYS))]
            values = {
                key: (cell.text().strip() if cell else "") for key, cell in zip(LINE_KEYS, cells, strict=True)
            }
            if values["description"] or values["unit_price"]:  # the prefilled 1 and 21 % alone are no line
                rows.append(values)
        return rows

    def payload(self, template: dict[str, Any]) -> dict[str, Any]:
        """The CLI.md schedule shape for a template (the dialog's lines or a model invoice's)."""
        kind = self.end_kind.currentData()
        return {
            "template": template,
            "every": self.every.currentData(),
            "start": _pydate(self.start.date()).isoformat(),
            "end": _pydate(self.end_date.date()).isoformat() if kind == "date" else None,
            "count": self.count.value() if kind == "count" else None,
            "auto_send": self.auto_send.isChecked(),
        }

    def own_template(self) -> dict[str, Any]:
        kept = dict(self.schedule["template"]) if self.schedule else {}  # notes, terms... stay
        client = self.client.current_client()
        kept.update(
            client_id=client.id if client else "", lines=self.line_values(), irpf_rate=self.irpf.text()
        )
        return kept

    def local_problems(self) -> dict[str, str]:
        """What is missing before asking the service (the rest it checks itself)."""
        found = {}
        if self.like_invoice.isChecked():
            if not self.invoice_number.text().strip():
                found["invoice"] = self.tr("Indique el número de la factura modelo")
            return found
        if self.client.current_client() is None:
            found["client"] = self.tr("Elija un cliente")
        if not self.line_values():
            found["lines"] = self.tr("Añada al menos una línea")
        return found

    def save(self) -> None:
        self._clear_all()
        local = self.local_problems()
        if local:
            for key, text in local.items():
                self._show(key, text)
            return
        job = self._job()
        self.buttons.setEnabled(False)
        self.runner.submit(job, self._saved, self._failed)

    def _job(self) -> Any:
        service, schedule = self.services.recurring, self.schedule
        payload = self.payload(self.own_template()) if self.own_lines.isChecked() else None
        number = self.invoice_number.text().strip()
        client = self.client.current_client()

        def run() -> Any:
            body = payload or self.payload(_like(service, number, client))
            return service.update(schedule["id"], body) if schedule else service.add(body)

        return run

    def _saved(self, schedule: Any) -> None:
        self.saved = schedule
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            for problem in exc.problems:
                self._show(field_key(problem.field), problem_message(problem))
        elif isinstance(exc, FacturasError) and exc.code == "invoice_not_found":
            self._show("invoice", error_message(exc))
        else:
            self._show("", error_message(exc))

    def _show(self, key: str, text: str) -> None:
        label = self.messages.get(key, self.error)
        label.setText("; ".join(t for t in (label.text(), text) if t))
        label.show()

    def _clear(self, key: str) -> None:
        self.messages[key].clear()
        self.messages[key].hide()

    def _clear_all(self) -> None:
        for key in self.messages:
            self._clear(key)
        self.error.clear()
        self.error.hide()

    def message(self, key: str) -> str:
        """The text shown beside a field ("" when none; tests read it)."""
        label = self.messages.get(key, self.error)
        return "" if label.isHidden() else label.text()

    def every_text(self, every: str) -> str:
        return {
            "week": self.tr("Semanal"),
            "month": self.tr("Mensual"),
            "quarter": self.tr("Trimestral"),
            "year": self.tr("Anual"),
        }.get(every, every)


def _like(service: Any, number: str, client: Any) -> dict[str, Any]:
    """A model invoice's template, for the client picked (its own client when none is)."""
    template = service.template_from_invoice(number)
    if client is not None:
        template["client_id"] = client.id
    return template


def field_key(field: str) -> str:
    """Which message label a service problem's field goes beside."""
    if field.startswith("template.lines"):
        return "lines"
    return {
        "template.client_id": "client",
        "template.irpf_rate": "irpf",
        "template": "source",
        "every": "every",
        "start": "start",
        "end": "end",
        "count": "end",
    }.get(field, "")

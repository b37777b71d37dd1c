"""Type in (or correct) a received invoice: supplier, number, dates, tax groups, IRPF, category,
deductible share, notes and its scan/PDF. Checked as typed by the service's own check (nothing
stored), each problem shown under its field or, for the others, named in one line below the form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.purchases import MAX_ATTACHMENT_BYTES, Expense, Supplier
from facturas_app.domain.taxes import supported_countries, tax_table
from facturas_app.services.purchases.service import attachment_of
from ui.i18n import problem_line, problem_message
from ui.views import show_error
from ui.views.expense_taxes import TaxGroups, rate_text, rate_value
from ui.widgets.money import format_money
from ui.widgets.validated_line_edit import ValidatedLineEdit, required_check, tax_id_check

DEDUCTIBLE = ("100", "50", "0")
LINE_FIELDS = ("supplier.name", "supplier.tax_id", "number")


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class ExpenseEditor(QDialog):
    """`saved` holds the stored expense after accept(). `attachment` (name, bytes): the file the
    invoice came as (a dropped PDF without XML opens the editor with it)."""

    def __init__(
        self,
        services: Any,
        runner: Any,
        expense: Expense | None = None,
        attachment: tuple[str, bytes] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.runner, self.original = services, runner, expense
        self.attachment, self.saved = attachment, None
        self.setWindowTitle(self.tr("Editar gasto") if expense else self.tr("Nuevo gasto"))
        self.setMinimumWidth(640)
        business = services.business.get()
        self.home = (business.country if business else "") or "ES"
        self._make_fields()
        self._build()
        self._connect()
        if expense is not None:
            self._load(expense)
        self._show_attachment()
        self.validate()

    # ----- building -------------------------------------------------------------------------------
    def _make_fields(self) -> None:
        today = self.services.clock.today()
        self.supplier = ValidatedLineEdit(required_check)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(supported_countries())
        self.country.setCurrentText(self.home)
        self.tax_id = ValidatedLineEdit(tax_id_check(lambda: self.country.currentText()))
        self.number = ValidatedLineEdit(required_check)
        self.credit_note = QCheckBox(self.tr("Factura rectificativa"))
        self.issue_date, self.received_on = _date_edit(today), _date_edit(today)
        self.taxes = TaxGroups(tax_table(self.home), today)
        self.irpf = self._rate_combo(["0", *self._withholding_rates()])
        self.category = self._rate_combo(self._categories())
        self.category.setCurrentText("")
        self.deductible = self._rate_combo(list(DEDUCTIBLE))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(52)
        self.file_label, self.file_error = QLabel(), QLabel()
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet("color: #d32f2f")
        self.attach_button = QPushButton(self.tr("Adjuntar archivo…"))
        self.totals, self.error = QLabel(), QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #d32f2f")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.suppliers_found: dict[str, Supplier] = {}
        self.supplier_names = QStringListModel(self)
        completer = QCompleter(self.supplier_names, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._supplier_chosen)
        self.supplier.edit.setCompleter(completer)

    def _rate_combo(self, items: list[str]) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.addItems(items)
        return box

    def _withholding_rates(self) -> list[str]:
        table = tax_table(self.home)
        return [rate_text(rate) for rate in table.withholding_rates] if table else ["15", "7"]

    def _categories(self) -> list[str]:
        return [self.tr("Material de oficina"), self.tr("Suministros"), self.tr("Alquiler"),
                self.tr("Servicios profesionales"), self.tr("Software y suscripciones"),
                self.tr("Vehículo"), self.tr("Viajes y dietas"), self.tr("Formación"),
                self.tr("Otros")]  # fmt: skip

    def _build(self) -> None:
        supplier_row = QHBoxLayout()
        top = Qt.AlignmentFlag.AlignTop  # the tax id's message opens below it, the country stays put
        supplier_row.addWidget(self.tax_id, 3, top)
        country_label = QLabel(self.tr("País"))
        country_label.setFixedHeight(self.country.sizeHint().height())
        supplier_row.addWidget(country_label, 0, top)
        supplier_row.addWidget(self.country, 1, top)
        dates = QHBoxLayout()
        dates.addWidget(self.issue_date)
        dates.addWidget(QLabel(self.tr("Recibida el")))
        dates.addWidget(self.received_on)
        dates.addStretch(1)
        shares = QHBoxLayout()
        for label, widget in (
            (self.tr("% deducible"), self.deductible),
            (self.tr("Retención IRPF %"), self.irpf),
        ):
            shares.addWidget(QLabel(label))
            shares.addWidget(widget)
        shares.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.file_label, 1)
        files.addWidget(self.file_error, 2)
        files.addWidget(self.attach_button)
        form = QFormLayout()
        for label, item in (
            (self.tr("Proveedor"), self.supplier),
            (self.tr("NIF / ID fiscal"), supplier_row),
            (self.tr("Número de factura"), self.number),
            ("", self.credit_note),
            (self.tr("Fecha de emisión"), dates),
            (self.tr("Bases e impuestos"), self.taxes),
            (self.tr("Deducción"), shares),
            (self.tr("Categoría"), self.category),
            (self.tr("Notas"), self.notes),
            (self.tr("Archivo"), files),
        ):
            form.addRow(label, item)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.totals)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.attach_button.clicked.connect(self.choose_file)
        self.country.currentTextChanged.connect(lambda _t: self.tax_id.revalidate())
        for line in (self.supplier, self.tax_id, self.number):
            line.edit.textChanged.connect(lambda _t: self.validate())
        self.credit_note.toggled.connect(lambda _c: self.validate())
        for box in (self.country, self.irpf, self.deductible):
            box.currentTextChanged.connect(lambda _t: self.validate())
        for date in (self.issue_date, self.received_on):
            date.dateChanged.connect(lambda _d: self.validate())
        self.taxes.changed.connect(self.validate)
        self.supplier.edit.textEdited.connect(self._search_suppliers)

    # ----- suppliers ------------------------------------------------------------------------------
    def _search_suppliers(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        self.runner.submit(
            lambda: self.services.expenses.suppliers(text.strip()), self._suppliers_found, lambda _e: None
        )

    def _suppliers_found(self, suppliers: list[Supplier]) -> None:
        self.suppliers_found = {s.name: s for s in suppliers[:20]}
        self.supplier_names.setStringList(list(self.suppliers_found))

    def _supplier_chosen(self, name: str) -> None:
        found = self.suppliers_found.get(name)
        if found is not None:
            self.country.setCurrentText(found.country)
            self.tax_id.setText(found.tax_id)

    # ----- values ---------------------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        return {
            "supplier": {"name": self.supplier.text(), "tax_id": self.tax_id.text(),
                         "country": self.country.currentText().strip().upper()},
            "number": self.number.text(),
            "issue_date": self.issue_date.date().toPython().isoformat(),
            "received_on": self.received_on.date().toPython().isoformat(),
            "taxes": self.taxes.payload(),
            "irpf_rate": _number(self.irpf.currentText()),
            "category": self.category.currentText().strip(),
            "deductible_percent": _number(self.deductible.currentText()),
            "notes": self.notes.toPlainText().strip(),
            "credit_note": self.credit_note.isChecked(),
            **self._kept(),
        }  # fmt: skip

    def _kept(self) -> dict[str, str]:
        """What the form does not show, kept from the expense being edited (an import's dates)."""
        original = self.original
        if original is None:
            return {}
        days = {"operation_date": original.operation_date, "due_date": original.due_date}
        return {"corrects": original.corrects} | {k: d.isoformat() for k, d in days.items() if d}

    def _load(self, expense: Expense) -> None:
        self.country.setCurrentText(expense.supplier_country)
        self.supplier.setText(expense.supplier_name)
        self.tax_id.setText(expense.supplier_tax_id)
        self.number.setText(expense.number)
        for edit, day in ((self.issue_date, expense.issue_date), (self.received_on, expense.received_on)):
            edit.setDate(QDate(day.year, day.month, day.day))
        self.taxes.load(expense.taxes)
        self.irpf.setCurrentText(rate_text(expense.irpf_rate))
        self.category.setCurrentText(expense.category)
        self.deductible.setCurrentText(rate_text(expense.deductible_percent))
        self.notes.setPlainText(expense.notes)
        self.credit_note.setChecked(expense.is_credit_note)

    # ----- checking -------------------------------------------------------------------------------
    def problems(self) -> list[Problem]:
        """What the service would refuse (its check stores nothing and reads no data)."""
        try:
            checked = self.services.expenses.check(self.payload())
        except ValidationFailed as failed:
            return list(failed.problems)
        self._show_totals(checked.input.expense)
        return []

    def validate(self) -> bool:
        problems = self.problems()
        self._show_problems(problems, revealed=False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        if problems:
            self.totals.setText("")
        return not problems

    def _show_problems(self, problems: list[Problem], revealed: bool) -> None:
        lines = {"supplier.name": self.supplier, "supplier.tax_id": self.tax_id, "number": self.number}
        for field, line in lines.items():
            mine = [p for p in problems if p.field == field]
            if mine and revealed:
                line.show_problem(problem_message(mine[0]))
            elif not mine:
                line.revalidate()
        others = [p for p in problems if p.field not in (*LINE_FIELDS, "file")]
        self.error.setText("\n".join(problem_line(p) for p in others))
        self.file_error.setText("\n".join(problem_message(p) for p in problems if p.field == "file"))

    def _show_totals(self, expense: Expense) -> None:
        text = self.tr("Base: %1 · IVA: %2 · Total: %3 · IVA deducible: %4")
        for n, amount in enumerate(
            (expense.base, expense.vat, expense.invoice_total, expense.deductible_vat)
        ):
            text = text.replace(f"%{n + 1}", format_money(amount))
        if expense.irpf:
            text += self.tr(" · Retención IRPF: %1").replace("%1", format_money(expense.irpf))
        self.totals.setText(text)

    # ----- files and saving -----------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Adjuntar la factura"), "", self.tr("Facturas (*.pdf *.xml *.png *.jpg *.jpeg)")
        )
        if path:
            self.read_file(path)

    def read_file(self, path: str) -> None:
        """The file read on the worker, never more than one byte past the limit."""
        self.attach_button.setEnabled(False)
        self.runner.submit(lambda: read_attachment(path), self._file_read, self._file_refused)

    def _file_read(self, attachment: tuple[str, bytes]) -> None:
        self.attach_button.setEnabled(True)
        self.attachment = attachment
        self.file_error.setText("")
        self._show_attachment()

    def _file_refused(self, exc: BaseException) -> None:
        self.attach_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self._show_problems(list(exc.problems), revealed=True)
        else:
            show_error(self, exc)

    def _show_attachment(self) -> None:
        none = self.tr("Sin archivo adjunto")
        self.file_label.setText(self.attachment[0] if self.attachment else none)

    def save(self) -> None:
        payload, attachment, original = self.payload(), self.attachment, self.original
        expenses = self.services.expenses
        self.buttons.setEnabled(False)

        def store() -> Expense:  # on the worker
            if original is None:
                return expenses.add(payload, attachment)
            return expenses.update(original.id, payload, attachment)  # one transaction

        self.runner.submit(store, self._saved, self._failed)

    def _saved(self, expense: Expense) -> None:
        self.saved = expense
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self._show_problems(list(exc.problems), revealed=True)
        else:
            show_error(self, exc)


def read_attachment(path: str) -> tuple[str, bytes]:
    """(name, bytes) of the file, refused in the service's words when empty or too large."""
    name, file = Path(path).name, Path(path)
    with file.open("rb") as stream:
        data = stream.read(MAX_ATTACHMENT_BYTES + 1)
    attachment_of(name, data, size=file.stat().st_size)
    return name, data


def _number(text: str) -> str:
    value = rate_value(text)
    return text.strip() if value is None else f"{value:f}"

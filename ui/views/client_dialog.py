"""Add or edit a client, with live validation (client_problems) shown under each field."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import LANGUAGES, Client, client_problems
from facturas_app.domain.taxes import supported_countries
from ui.i18n import problem_line, problem_message
from ui.views import show_error
from ui.views.client_einvoice_box import EInvoiceBox
from ui.views.client_mandate_box import MandateBox
from ui.views.settings import LANGUAGE_NAMES
from ui.widgets.validated_line_edit import (
    ValidatedLineEdit,
    client_name_check,
    country_check,
    emails_check,
    iban_check,
    tax_id_check,
)


class ClientDialog(QDialog):
    """`saved_client` holds the stored client after accept()."""

    def __init__(
        self, services: Any, runner: Any, client: Client | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.runner, self.original = services, runner, client
        self.saved_client: Client | None = None
        self.setWindowTitle(self.tr("Editar cliente") if client else self.tr("Nuevo cliente"))
        self.setMinimumWidth(520)
        self.name = ValidatedLineEdit(client_name_check)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(supported_countries())
        self.country.setCurrentText("ES")
        self.country_message = ValidatedLineEdit(country_check)
        self.tax_id = ValidatedLineEdit(tax_id_check(lambda: self.country.currentText(), required=False))
        self.address, self.postal_code, self.city, self.phone = (
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.email = ValidatedLineEdit(emails_check)
        self.email.edit.setPlaceholderText(self.tr("varias direcciones separadas por comas"))
        self.iban = ValidatedLineEdit(iban_check)
        self.terms = QSpinBox()
        self.terms.setRange(0, 365)
        self.terms.setValue(30)
        self.terms.setSuffix(self.tr(" días"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.reminders_paused = QCheckBox(self.tr("No enviarle recordatorios de pago"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(52)
        self.einvoice_box = EInvoiceBox(self)  # UBL / Facturae and DIR3 (#20)
        self.einvoice_box.changed.connect(self._update_buttons)
        self.error = QLabel()
        self.error.setWordWrap(True)
        # A company's address is on every invoice to it (RD 1619/2012 art. 6): said, not enforced
        # here (the client may be saved), and issuing is refused until it is complete.
        self.address_note = QLabel()
        self.address_note.setWordWrap(True)
        self.address_note.setStyleSheet("color: #9a6700")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self.country.currentTextChanged.connect(lambda _t: self.tax_id.revalidate())
        for field in (self.name, self.tax_id, self.email, self.iban):
            field.validity_changed.connect(lambda _v: self._update_buttons())
        self.name.edit.textChanged.connect(lambda _t: self._update_buttons())
        for plain in (self.address, self.postal_code, self.city):
            plain.textChanged.connect(lambda _t: self._update_buttons())
        self.tax_id.edit.textChanged.connect(lambda _t: self._update_buttons())
        if client is not None:
            self._load(client)
        self._update_buttons()

    def _build(self) -> None:
        form = QFormLayout()
        for label, widget in (
            (self.tr("Nombre o razón social"), self.name),
            (self.tr("País"), self.country),
            (self.tr("NIF / ID fiscal"), self.tax_id),
            (self.tr("Dirección"), self.address),
            (self.tr("Código postal"), self.postal_code),
            (self.tr("Ciudad"), self.city),
            (self.tr("Correo electrónico"), self.email),
            (self.tr("Teléfono"), self.phone),
            (self.tr("IBAN"), self.iban),
            (self.tr("Plazo de pago"), self.terms),
            (self.tr("Idioma"), self.language),
            ("", self.reminders_paused),
            (self.tr("Notas"), self.notes),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.mandate_box = MandateBox(self.services, self.runner, self.original, self)  # SEPA (#19)
        layout.addWidget(self.mandate_box)
        layout.addWidget(self.einvoice_box)
        layout.addWidget(self.address_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _load(self, client: Client) -> None:
        self.country.setCurrentText(client.country)
        for edit, value in (
            (self.name, client.name),
            (self.tax_id, client.tax_id),
            (self.email, client.email),
            (self.iban, client.iban),
        ):
            edit.setText(value)
        for plain, value in (
            (self.address, client.address),
            (self.postal_code, client.postal_code),
            (self.city, client.city),
            (self.phone, client.phone),
        ):
            plain.setText(value)
        self.terms.setValue(client.payment_terms_days)
        self.language.setCurrentIndex(max(0, self.language.findData(client.language)))
        self.notes.setPlainText(client.notes)
        self.reminders_paused.setChecked(client.reminders_paused)
        self.einvoice_box.load(client)

    def client(self) -> Client:
        values = dict(
            name=self.name.text(),
            tax_id=self.tax_id.text(),
            address=self.address.text().strip(),
            postal_code=self.postal_code.text().strip(),
            city=self.city.text().strip(),
            country=self.country.currentText().strip().upper(),
            email=self.email.text(),
            phone=self.phone.text().strip(),
            iban=self.iban.text().replace(" ", "").upper(),
            payment_terms_days=self.terms.value(),
            language=self.language.currentData(),
            notes=self.notes.toPlainText().strip(),
            reminders_paused=self.reminders_paused.isChecked(),
            **self.einvoice_box.values(),
        )
        if self.original is not None:
            return replace(self.original, **values)
        return Client(id=new_id(), **values)

    def _update_buttons(self) -> None:
        problems = client_problems(self.client())
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        button.setEnabled(not problems)
        unshown = [p for p in problems if p.field not in ("name", "tax_id", "email", "iban")]
        self.error.setText("; ".join(problem_line(p) for p in unshown))
        self._show_address_required(self.client().missing_address_fields)

    def _show_address_required(self, missing: list[str]) -> None:
        """A company: its address, postal code and city are marked required while any is empty."""
        edits = {"address": self.address, "postal_code": self.postal_code, "city": self.city}
        for name, edit in edits.items():
            edit.setPlaceholderText(self.tr("Obligatorio para empresas") if name in missing else "")
        self.address_note.setVisible(bool(missing))
        self.address_note.setText(
            self.tr("Empresa: la dirección, el código postal y la ciudad son obligatorios en sus facturas.")
            if missing
            else ""
        )

    def save(self) -> None:
        """Saves after checking the tax id: another client holding it asks first (a warning only)."""
        client = self.client()
        self.buttons.setEnabled(False)
        self.runner.submit(
            lambda: self.services.clients.same_tax_id(client),
            lambda others: self._save_checked(client, others),
            self._failed,
        )

    def _save_checked(self, client: Client, others: list[Client]) -> None:
        unchanged = self.original is not None and self.original.tax_id == client.tax_id
        if others and not unchanged and not self.confirm_duplicate(client, others):  # asked once
            self.buttons.setEnabled(True)
            return
        action = self.services.clients.update if self.original is not None else self.services.clients.add
        self.runner.submit(lambda: action(client), self._saved, self._failed)

    def confirm_duplicate(self, client: Client, others: list[Client]) -> bool:
        names = ", ".join(other.name for other in others)
        text = self.tr("El NIF %1 ya lo tiene otro cliente: %2. ¿Guardar este cliente igualmente?")
        answer = QMessageBox.question(
            self, self.tr("NIF repetido"), text.replace("%1", client.tax_id).replace("%2", names)
        )
        return answer == QMessageBox.StandardButton.Yes

    def _saved(self, client: Client) -> None:
        self.saved_client = client
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, ValidationFailed):
            show_error(self, exc)
            return
        fields = {"name": self.name, "tax_id": self.tax_id, "email": self.email, "iban": self.iban}
        for problem in exc.problems:
            if problem.field in fields:
                fields[problem.field].show_problem(problem_message(problem))
        self.error.setText("; ".join(problem_line(p) for p in exc.problems if p.field not in fields))

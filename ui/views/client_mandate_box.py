"""«Domiciliación SEPA»: a client's direct-debit mandate, shown and edited in the client dialog
(issue #19). It saves on its own button — a mandate needs a stored client, and a refused mandate
(a bad IBAN check digit, no signature date) must never keep the client from being saved."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.parties import Client
from facturas_app.domain.sepa import SCHEMES, Mandate
from ui.i18n import problem_message
from ui.views import show_error

_UNSIGNED = QDate(2000, 1, 1)  # the date edit's minimum, shown as «sin fecha»: no signature date


class MandateBox(QGroupBox):
    """`mandate` is the stored mandate (None: the client has none yet)."""

    def __init__(
        self, services: Any, runner: Any, client: Client | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Domiciliación SEPA"), parent)
        self.services, self.runner, self.client = services, runner, client
        self.mandate: Mandate | None = None
        self.iban, self.reference = QLineEdit(), QLineEdit()
        self.iban.setPlaceholderText("ES00 0000 0000 0000 0000 0000")
        self.reference.setMaxLength(35)
        self.signed = QDateEdit()
        self.signed.setCalendarPopup(True)
        self.signed.setDisplayFormat("dd/MM/yyyy")
        self.signed.setMinimumDate(_UNSIGNED)
        self.signed.setSpecialValueText(self.tr("sin fecha"))
        self.signed.setDate(_UNSIGNED)
        self.scheme = QComboBox()
        self.scheme.addItems(list(SCHEMES))
        self.sequence = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Guardar mandato"))
        self.save_button.clicked.connect(self.save)
        self._build()
        self._load()

    def _build(self) -> None:
        """Two rows of two fields: the dialog must still fit a 768-pixel-high laptop screen."""
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("IBAN del cargo")), 0, 0)
        grid.addWidget(self.iban, 0, 1)
        grid.addWidget(QLabel(self.tr("Esquema")), 0, 2)
        grid.addWidget(self.scheme, 0, 3)
        grid.addWidget(QLabel(self.tr("Referencia del mandato")), 1, 0)
        grid.addWidget(self.reference, 1, 1)
        grid.addWidget(QLabel(self.tr("Fecha de firma")), 1, 2)
        grid.addWidget(self.signed, 1, 3)
        grid.addWidget(self.sequence, 2, 0, 1, 3)
        grid.addWidget(self.save_button, 2, 3)
        grid.addWidget(self.message, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)

    def _load(self) -> None:
        if self.client is None:  # a mandate belongs to a stored client
            self.setEnabled(False)
            self.sequence.setText(self.tr("Guarde primero el cliente para añadir su mandato."))
            return
        self.runner.submit(lambda: self.services.sepa.get_mandate(self.client.id), self._show, self._failed)

    def _show(self, mandate: Mandate | None) -> None:
        self.mandate = mandate
        if mandate is not None:
            self.iban.setText(mandate.iban)
            self.reference.setText(mandate.mandate_id)
            self.signed.setDate(_qdate(mandate.signed_on))
            self.scheme.setCurrentText(mandate.scheme)
        self.sequence.setText(self._sequence_text(mandate))

    def _sequence_text(self, mandate: Mandate | None) -> str:
        if mandate is None:
            return self.tr("Sin mandato: sus facturas no se remesan.")
        if mandate.sequence_type == "FRST":
            return self.tr("Próximo adeudo: primero (FRST)")
        return self.tr("Próximo adeudo: recurrente (RCUR)")

    def signed_on(self) -> dt.date | None:
        date = self.signed.date()
        return None if date == _UNSIGNED else dt.date(date.year(), date.month(), date.day())

    def save(self) -> None:
        client_id = self.client.id if self.client else ""
        values = (self.iban.text(), self.reference.text(), self.signed_on(), self.scheme.currentText())
        self.message.setText("")
        self.runner.submit(
            lambda: self.services.sepa.save_mandate(client_id, *values), self._saved, self._failed
        )

    def _saved(self, mandate: Mandate) -> None:
        self._show(mandate)
        self.message.setStyleSheet("color: #1a7f37")
        self.message.setText(self.tr("Mandato guardado."))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationFailed):
            show_error(self, exc)
            return
        self.message.setStyleSheet("color: #b42318")
        self.message.setText("\n".join(problem_message(p) for p in exc.problems))


def _qdate(day: dt.date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else _UNSIGNED

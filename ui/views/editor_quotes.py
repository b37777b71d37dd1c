"""Quotes (presupuestos) and proformas in the invoice editor: same lines and totals, other actions.

A mixin of `InvoiceEditorView`, placed first so `issue` and `send_by_email` can route a quote to
`services.quotes` (finalise takes a P- number; send finalises and mails it) while invoices keep
their own path. A numbered, undecided quote offers Aceptar/Rechazar; a proforma (never numbered)
offers "Convertir en factura". Accepting opens the new draft invoice (same lines, same totals).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QInputDialog, QPushButton

from facturas_app.domain.invoice import DocType, Invoice
from ui.i18n import error_message
from ui.widgets.money import format_date

if TYPE_CHECKING:
    from ui.views.invoice_editor import InvoiceEditorView

    _Base = InvoiceEditorView
else:
    _Base = object

DEFAULT_VALIDITY_DAYS = 30  # as services.quotes: a new quote is valid for 30 days


# Literal QCoreApplication.translate("InvoiceEditorView", "...") calls, not a helper: lupdate extracts only
# literals (through a helper these texts never reached the .ts files and stayed Spanish in English).


def mail_state_words(state: str) -> str:
    """The outbox's state in words: the sentence once ended in '(failed)' in a Spanish editor."""
    words = {
        "queued": QCoreApplication.translate("InvoiceEditorView", "en cola"),
        "sending": QCoreApplication.translate("InvoiceEditorView", "enviándose"),
        "failed": QCoreApplication.translate("InvoiceEditorView", "falló el envío"),
        "unknown": QCoreApplication.translate("InvoiceEditorView", "sin confirmar"),
        "cancelled": QCoreApplication.translate("InvoiceEditorView", "cancelado"),
    }
    return words.get(state, state)


def doc_type_of(value: str | DocType) -> DocType:
    return DocType(value)


class EditorQuotes(_Base):
    _new_doc_type: DocType = DocType.INVOICE

    # ----- construction ---------------------------------------------------------------------------
    def _build_quote_buttons(self, buttons: QBoxLayout) -> None:
        self.accept_button = QPushButton(QCoreApplication.translate("InvoiceEditorView", "Aceptar"), self)
        self.reject_button = QPushButton(QCoreApplication.translate("InvoiceEditorView", "Rechazar…"), self)
        self.convert_button = QPushButton(
            QCoreApplication.translate("InvoiceEditorView", "Convertir en factura"), self
        )
        for button in (self.reject_button, self.accept_button, self.convert_button):
            button.hide()
            buttons.insertWidget(max(buttons.count() - 1, 0), button)
        self.accept_button.clicked.connect(lambda: self.accept_quote())
        self.reject_button.clicked.connect(lambda: self.reject_quote())
        self.convert_button.clicked.connect(lambda: self.accept_quote())
        self._quote_decided = False

    # ----- what kind of document ------------------------------------------------------------------
    def doc_type(self) -> DocType:
        return self.invoice.doc_type if self.invoice is not None else self._new_doc_type

    def is_quote_like(self) -> bool:
        return self.doc_type() is not DocType.INVOICE

    def _with_doc_fields(self, invoice: Invoice) -> Invoice:
        """A quote always carries a validity date on or after its issue date."""
        if invoice.doc_type is not DocType.QUOTE:
            return invoice
        if invoice.valid_until is None or invoice.valid_until < invoice.issue_date:
            return replace(invoice, valid_until=invoice.issue_date + dt.timedelta(days=DEFAULT_VALIDITY_DAYS))
        return invoice

    def _quote_title(self) -> str:
        invoice = self.invoice
        proforma = self.doc_type() is DocType.PROFORMA
        if invoice is not None and invoice.number:
            return QCoreApplication.translate("InvoiceEditorView", "Presupuesto %1").replace(
                "%1", invoice.number
            )
        client = self.form.client_picker.current_client()
        if invoice is None or not self.stored or client is None:
            return (
                QCoreApplication.translate("InvoiceEditorView", "Nueva factura proforma")
                if proforma
                else QCoreApplication.translate("InvoiceEditorView", "Nuevo presupuesto")
            )
        name = (
            QCoreApplication.translate("InvoiceEditorView", "Factura proforma")
            if proforma
            else QCoreApplication.translate("InvoiceEditorView", "Presupuesto")
        )
        title = f"{name} — {client.name}"
        return f"{title} *" if self.has_unsaved_changes() else title

    def _quote_banner(self) -> str:
        invoice = self.invoice
        if invoice is None:
            return ""
        if invoice.doc_type is DocType.PROFORMA:
            return QCoreApplication.translate(
                "InvoiceEditorView", "Factura proforma: sin validez fiscal ni número de factura."
            )
        valid = format_date(invoice.valid_until) if invoice.valid_until else "—"
        if invoice.number:
            text = QCoreApplication.translate(
                "InvoiceEditorView", "Presupuesto %1 — válido hasta %2"
            ).replace("%1", invoice.number)
        else:
            text = QCoreApplication.translate("InvoiceEditorView", "Presupuesto (borrador) — válido hasta %2")
        return text.replace("%2", valid)

    def _update_quote_buttons(self) -> None:
        """Called at the end of `_set_editable`: quote actions in, invoice corrections out."""
        quote_like = self.is_quote_like()
        invoice = self.invoice
        numbered_quote = quote_like and invoice is not None and invoice.number is not None
        proforma = self.doc_type() is DocType.PROFORMA
        self.issue_button.setText(
            QCoreApplication.translate("InvoiceEditorView", "Finalizar presupuesto")
            if quote_like
            else QCoreApplication.translate("InvoiceEditorView", "Emitir…")
        )
        self.send_button.setText(
            QCoreApplication.translate("InvoiceEditorView", "Enviar presupuesto…")
            if quote_like
            else QCoreApplication.translate("InvoiceEditorView", "Enviar por email…")
        )
        if quote_like:
            self.rectify_button.hide()
            self.cancel_button.hide()
            self.issue_button.setVisible(bool(invoice and invoice.is_draft and not proforma))
            self.send_button.setVisible(invoice is not None and not proforma)
        self.accept_button.setVisible(False)
        self.reject_button.setVisible(False)
        self.convert_button.setVisible(proforma and invoice is not None)
        if numbered_quote or proforma:
            self._load_decision()

    def _load_decision(self) -> None:
        invoice = self.invoice
        if invoice is None or not self.stored:
            return
        quote_id = invoice.id
        self.runner.submit(
            lambda: self.services.quotes.decision(quote_id), self._show_decision, lambda _exc: None
        )

    def _show_decision(self, decision: Any) -> None:
        self._quote_decided = decision is not None
        invoice = self.invoice
        if invoice is None or not self.is_quote_like():
            return
        open_quote = decision is None and invoice.doc_type is DocType.QUOTE and invoice.number is not None
        self.accept_button.setVisible(open_quote)
        self.reject_button.setVisible(open_quote)
        self.convert_button.setVisible(decision is None and invoice.doc_type is DocType.PROFORMA)
        if decision is not None:
            outcome = (
                QCoreApplication.translate("InvoiceEditorView", "aceptado")
                if decision.outcome == "accepted"
                else QCoreApplication.translate("InvoiceEditorView", "rechazado")
            )
            self.banner.setText(f"{self._quote_banner()} — {outcome} {format_date(decision.decided_on)}")
            self.banner.show()

    # ----- actions --------------------------------------------------------------------------------
    def issue(self) -> None:
        if not self.is_quote_like():
            super().issue()
            return
        if self.invoice is None or not self.invoice.is_draft or self.doc_type() is not DocType.QUOTE:
            return
        self._save(lambda ok: self._finalise() if ok else None)

    def _finalise(self) -> None:
        assert self.invoice is not None
        quote_id = self.invoice.id
        self.runner.submit(
            lambda: self.services.quotes.finalise(quote_id), self._quote_locked, self._action_failed
        )

    def _quote_locked(self, quote: Invoice) -> None:
        self.invoice = quote
        self._set_editable(False)
        self._show_error("")
        self.warning_notice.hide()
        self._update_title()
        self.refresh_preview(now=True)
        self.saved.emit(quote.id)

    def send_by_email(self) -> None:
        if not self.is_quote_like():
            super().send_by_email()
            return
        if self.invoice is None or self.doc_type() is not DocType.QUOTE:
            return
        if self.invoice.is_draft:
            self._save(lambda ok: self._send_quote() if ok else None)
        else:
            self._send_quote()

    def _send_quote(self) -> None:
        assert self.invoice is not None
        quote_id = self.invoice.id
        self.runner.submit(lambda: self.services.quotes.send(quote_id), self._quote_sent, self._action_failed)

    def _quote_sent(self, entry: Any) -> None:
        if entry.state != "sent":
            self._show_error(
                QCoreApplication.translate(
                    "InvoiceEditorView", "El presupuesto no se ha enviado (%1)."
                ).replace("%1", mail_state_words(entry.state)),
                False,
            )
        quote_id = entry.invoice_id or (self.invoice.id if self.invoice else "")
        self.runner.submit(lambda: self.services.quotes.get(quote_id), self._quote_locked, lambda _e: None)

    def accept_quote(self, note: str = "") -> None:
        """Aceptar (a numbered quote) or Convertir en factura (a proforma): a new draft invoice."""
        if self.invoice is None or not self.is_quote_like():
            return
        if self.invoice.is_draft and self.doc_type() is DocType.PROFORMA:
            self._save(lambda ok: self._accept(note) if ok else None)
        else:
            self._accept(note)

    def _accept(self, note: str) -> None:
        assert self.invoice is not None
        quote_id = self.invoice.id
        self.runner.submit(
            lambda: self.services.quotes.accept(quote_id, note=note), self._accepted, self._action_failed
        )

    def _accepted(self, invoice: Invoice) -> None:
        assert self.invoice is not None
        self.saved.emit(self.invoice.id)
        self.open_invoice(invoice.id)  # the draft invoice, with the quote's lines and totals

    def reject_quote(self, note: str | None = None) -> None:
        if self.invoice is None or self.doc_type() is not DocType.QUOTE or self.invoice.number is None:
            return
        if note is None:
            text, ok = QInputDialog.getText(
                self,
                QCoreApplication.translate("InvoiceEditorView", "Presupuesto rechazado"),
                QCoreApplication.translate("InvoiceEditorView", "Motivo (opcional):"),
            )
            if not ok:
                return
            note = text
        quote_id, reason = self.invoice.id, note
        self.runner.submit(
            lambda: self.services.quotes.reject(quote_id, reason),
            self._rejected,
            lambda exc: self._show_error(error_message(exc), from_cells=False),
        )

    def _rejected(self, decision: Any) -> None:
        self._show_decision(decision)
        if self.invoice is not None:
            self.saved.emit(self.invoice.id)

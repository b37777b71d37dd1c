"""Quotes and proformas in the invoice editor, over real services (temp SQLite, synchronous runner)."""

# ruff: noqa: F401, F811 - pytest fixtures imported from editor_helpers are redefined as parameters

from __future__ import annotations

from typing import Any

from facturas_app.domain.invoice import DocType, Status
from tests.services.mail_fixtures import (
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.ui.editor_helpers import TODAY, client, editor, editor_services, type_cell
from ui.models.line_records import Column


def _quote(editor: Any, client: Any, doc_type: str = "quote") -> Any:
    editor.new_invoice(client.id, doc_type=doc_type)
    assert editor.form.client_picker.current_client() == client
    for row, (text, qty, price) in enumerate((("Reforma baño", "1", "1200.00"), ("Pintura", "3", "45.50"))):
        if row >= editor.lines.model.rowCount():
            editor.lines.add_line()
        type_cell(editor, row, Column.DESCRIPTION, text)
        type_cell(editor, row, Column.QUANTITY, qty)
        type_cell(editor, row, Column.PRICE, price)
        type_cell(editor, row, Column.VAT, "21")
    return editor.current_totals()


def test_new_quote_saves_as_a_quote_with_the_same_totals(editor, client, editor_services):
    shown = _quote(editor, client)
    assert editor.title() == "Nuevo presupuesto"
    assert editor.issue_button.text() == "Finalizar presupuesto"
    editor.save_draft()
    assert editor.error_notice.isHidden()
    stored = editor_services.invoices.get(editor.invoice.id)
    assert stored.doc_type is DocType.QUOTE and stored.number is None
    assert stored.valid_until is not None and stored.valid_until > stored.issue_date
    assert stored.totals == shown and stored.totals.total > 0
    assert [q.row.id for q in editor_services.quotes.list()] == [stored.id]
    assert editor.title() == "Presupuesto — Construcciones Levante S.L."


def test_finalise_takes_a_p_number_and_accept_gives_a_draft_invoice_with_identical_totals(
    editor, client, editor_services
):
    shown = _quote(editor, client)
    editor.issue()  # "Finalizar presupuesto": saves, then numbers in the quote series
    quote = editor_services.quotes.get(editor.invoice.id)
    assert quote.number is not None and quote.number.startswith("P-") and quote.status is Status.ISSUED
    assert editor.title() == f"Presupuesto {quote.number}" and editor.is_read_only()
    assert not editor.accept_button.isHidden() and not editor.reject_button.isHidden()
    assert editor.rectify_button.isHidden() and editor.cancel_button.isHidden()

    editor.accept_quote()
    invoice = editor.invoice
    assert invoice.doc_type is DocType.INVOICE and invoice.is_draft and invoice.id != quote.id
    assert editor_services.invoices.get(invoice.id).totals == quote.totals == shown
    assert editor_services.quotes.quote_of_invoice(invoice.id) == quote.id
    assert editor.issue_button.text() == "Emitir…" and editor.accept_button.isHidden()


def test_opening_a_quote_detects_it_and_reject_records_the_decision(editor, client, editor_services):
    _quote(editor, client)
    editor.issue()
    quote_id = editor.invoice.id
    editor.new_invoice(client.id)  # an ordinary invoice in between
    assert editor.title() == "Nueva factura" and editor.accept_button.isHidden()
    editor.open_invoice(quote_id)
    assert editor.invoice.doc_type is DocType.QUOTE and editor.title().startswith("Presupuesto P-")
    editor.reject_quote("Demasiado caro")
    decision = editor_services.quotes.decision(quote_id)
    assert decision.outcome == "rejected" and decision.note == "Demasiado caro"
    assert editor.accept_button.isHidden() and "rechazado" in editor.banner.text()


def test_proforma_is_never_numbered_and_converts_into_an_invoice(editor, client, editor_services):
    shown = _quote(editor, client, "proforma")
    assert editor.title() == "Nueva factura proforma"
    assert editor.issue_button.isHidden() and editor.send_button.isHidden()
    assert not editor.convert_button.isHidden()
    editor.accept_quote()  # "Convertir en factura": saves the proforma, then converts it
    invoice = editor.invoice
    assert invoice.doc_type is DocType.INVOICE and invoice.is_draft
    assert invoice.totals == shown
    proforma_id = editor_services.quotes.quote_of_invoice(invoice.id)
    proforma = editor_services.quotes.get(proforma_id)
    assert proforma.doc_type is DocType.PROFORMA and proforma.number is None


def test_send_from_the_editor_finalises_and_mails_the_quote(
    qtbot, tmp_path, use_keyring, trusting_context_factory, smtp_server
):
    from decimal import Decimal

    from facturas_app.bootstrap import build_services
    from facturas_app.domain.ids import new_id
    from facturas_app.domain.parties import Business, Client
    from tests.fakes import FixedClock
    from tests.services.mail_fixtures import SMTP_PASSWORD, MemoryKeyring, mail_settings
    from tests.services.outbox_helpers import parse
    from tests.ui.editor_helpers import BUSINESS_NIF, CLIENT_CIF, ScriptedDialogs
    from ui.views.invoice_editor import InvoiceEditorView
    from ui.workers import SynchronousRunner

    use_keyring(MemoryKeyring())
    services = build_services(
        tmp_path / "mail", clock=FixedClock(TODAY), ssl_context_factory=trusting_context_factory
    )
    services.mail_config.configure(mail_settings(smtp_server.port), SMTP_PASSWORD)
    services.business.save(
        Business(
            name="Laura Gómez Ruiz",
            tax_id=BUSINESS_NIF,
            address="Calle Mayor 1",
            postal_code="28013",
            city="Madrid",
            default_irpf_rate=Decimal(15),
        )
    )
    buyer = services.clients.add(
        Client(
            id=new_id(),
            name="Levante SL",
            tax_id=CLIENT_CIF,
            email="compras@levante.example.test",
            address="Av. del Puerto 22",  # a company's: issuing needs it (RD 1619/2012 art. 6)
            postal_code="46021",
            city="Valencia",
        )
    )
    view = InvoiceEditorView(services, SynchronousRunner())
    view.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    qtbot.addWidget(view)
    try:
        _quote(view, buyer)
        view.send_by_email()  # "Enviar presupuesto…": saves, numbers, queues and delivers
        quote = services.quotes.get(view.invoice.id)
        assert quote.number is not None and quote.number.startswith("P-")
        assert view.is_read_only() and view.title() == f"Presupuesto {quote.number}"
        (envelope,) = smtp_server.envelopes
        assert envelope.rcpt_tos == ["compras@levante.example.test"]
        assert quote.number in parse(envelope.original_content)["Subject"]
    finally:
        services.close()

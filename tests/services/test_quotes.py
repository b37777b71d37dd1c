"""Quotes and proformas through the real services over a temp SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.domain.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from facturas_app.domain.invoice import DocType, Status
from tests.fakes import FixedClock
from tests.services.sales_helpers import quote_payload, setup_client

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def services(tmp_path, database_url):
    built = build_services(tmp_path / "data", clock=FixedClock(TODAY), database_url=database_url)
    yield built
    built.close()


def test_accepted_quote_becomes_a_draft_invoice_with_identical_lines_and_totals(services):
    client = setup_client(services)
    quote = services.quotes.draft(quote_payload(client.id)).invoice
    numbered = services.quotes.finalise(quote.id)

    invoice = services.quotes.accept(quote.id, note="OK por teléfono")

    stored = services.invoices.get(invoice.id)
    assert stored.doc_type is DocType.INVOICE and stored.status is Status.DRAFT and stored.number is None
    assert stored.lines == numbered.lines
    assert stored.irpf_rate == numbered.irpf_rate
    assert stored.totals == numbered.totals  # every group, base, VAT, IRPF, total, amount due
    assert services.quotes.quote_of_invoice(invoice.id) == quote.id  # invoice -> quote
    decision = services.quotes.decision(quote.id)  # quote -> invoice
    assert (decision.outcome, decision.invoice_id, decision.note, decision.decided_on) == (
        "accepted",
        invoice.id,
        "OK por teléfono",
        TODAY,
    )
    issued = services.invoices.issue(invoice.id)
    assert issued.number == "F-2026-0001" and issued.totals.total == numbered.totals.total


def test_quotes_take_the_quote_series_never_an_invoice_number(services):
    client = setup_client(services)
    first = services.quotes.finalise(services.quotes.draft(quote_payload(client.id)).invoice.id)
    second = services.quotes.finalise(services.quotes.draft(quote_payload(client.id)).invoice.id)
    invoice = services.invoices.create_draft_from_payload(quote_payload(client.id)).invoice

    assert (first.number, second.number) == ("P-2026-0001", "P-2026-0002")
    assert services.invoices.issue(invoice.id).number == "F-2026-0001"  # the invoice series is untouched
    with pytest.raises(InvalidTransition):
        services.invoices.issue(services.quotes.draft(quote_payload(client.id)).invoice.id)
    assert services.quotes.finalise(first.id).number == "P-2026-0001"  # finalising twice changes nothing


def test_proforma_never_takes_a_number_and_converts_to_an_invoice(services):
    client = setup_client(services)
    proforma = services.quotes.draft(quote_payload(client.id), DocType.PROFORMA).invoice
    with pytest.raises(InvalidTransition):
        services.quotes.finalise(proforma.id)
    with pytest.raises(InvalidTransition):
        services.invoices.issue(proforma.id)
    invoice = services.quotes.accept(proforma.id)
    assert services.invoices.get(invoice.id).totals == services.quotes.get(proforma.id).totals
    assert services.quotes.get(proforma.id).number is None
    assert (
        services.invoices.list(services.invoices.query())[0].id == invoice.id
    )  # proformas stay out of lists


def test_reject_records_date_and_note_and_a_decided_quote_cannot_change(services):
    client = setup_client(services)
    quote = services.quotes.draft(quote_payload(client.id)).invoice
    decision = services.quotes.reject(quote.id, "Demasiado caro", dt.date(2026, 3, 9))
    assert (decision.outcome, decision.note, decision.decided_on) == (
        "rejected",
        "Demasiado caro",
        dt.date(2026, 3, 9),
    )
    with pytest.raises(Conflict):
        services.quotes.accept(quote.id)
    with pytest.raises(Conflict):
        services.quotes.reject(quote.id)
    with pytest.raises(ValidationFailed):
        services.quotes.reject(
            services.quotes.draft(quote_payload(client.id)).invoice.id, "", dt.date(2026, 3, 11)
        )


def test_expired_flag_is_past_validity_without_an_answer(services, tmp_path):
    client = setup_client(services)
    old = services.quotes.draft(
        quote_payload(client.id, issue_date="2026-01-02", valid_until="2026-02-01")
    ).invoice
    fresh = services.quotes.draft(quote_payload(client.id)).invoice
    answered = services.quotes.draft(
        quote_payload(client.id, issue_date="2026-01-02", valid_until="2026-02-01")
    ).invoice
    services.quotes.reject(answered.id, "no")

    flags = {item.row.id: item.expired for item in services.quotes.list()}
    assert flags == {old.id: True, fresh.id: False, answered.id: False}
    assert services.quotes.get(fresh.id).valid_until == TODAY + dt.timedelta(days=30)


def test_unknown_quote_and_invoice_ids_are_not_quotes(services):
    client = setup_client(services)
    invoice = services.invoices.create_draft_from_payload(quote_payload(client.id)).invoice
    with pytest.raises(NotFound):
        services.quotes.accept(invoice.id)
    with pytest.raises(NotFound):
        services.quotes.accept("nope")
    with pytest.raises(ValidationFailed):
        services.quotes.draft(quote_payload(client.id, issue_date="2026-03-01", valid_until="2026-02-01"))

"""Invoice use cases through the real services on a temp SQLite file: drafts, issue, rectify, cancel, pay."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from facturas_app.domain.invoice import Invoice, Kind, Status
from facturas_app.domain.parties import Business, Client
from facturas_app.domain.totals import compute_totals
from tests.fakes import FixedClock

# A company's address is on every full invoice to it (RD 1619/2012 art. 6): issuing needs it.
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}

D = Decimal
TODAY = dt.date(2026, 11, 26)
LINE = {"description": "Consultoría", "quantity": "3", "unit_price": "85.50", "vat_rate": "21"}


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def services(tmp_path: Path, clock: FixedClock, database_url: str | None) -> Iterator[Services]:
    s = build_services(tmp_path, clock=clock, database_url=database_url)
    s.business.save(
        Business(
            name="Laura Gómez Ruiz",
            tax_id="12345678Z",
            default_payment_methods=("transfer", "bizum"),
            thank_you="Gracias por su confianza.",
        )
    )
    s.clients.add(
        Client(id="sol", name="Inmobiliaria Sol S.A.", tax_id="A58818501", payment_terms_days=45, **ADDRESS)
    )
    yield s
    s.close()


def draft(services: Services, **extra: object) -> Invoice:
    payload = {"client_id": "sol", "lines": [LINE], "irpf_rate": "15", **extra}
    return services.invoices.create_draft_from_payload(payload).invoice


def issued(services: Services, **extra: object) -> Invoice:
    return services.invoices.issue(draft(services, **extra).id)


def status_of(services: Services, key: str) -> Status:
    return services.invoices.get(key).effective_status(services.clock.today())


def listed_status(services: Services, invoice_id: str) -> Status:
    return next(r.status for r in services.invoices.list(services.invoices.query()) if r.id == invoice_id)


# ----- drafts ------------------------------------------------------------------------------------
def test_draft_defaults_come_from_clock_client_and_business(services: Services) -> None:
    invoice = services.invoices.get(draft(services).id)
    assert invoice.status is Status.DRAFT and invoice.number is None
    assert invoice.issue_date == TODAY
    assert invoice.due_date == TODAY + dt.timedelta(days=45)
    assert invoice.payment_methods == ("transfer", "bizum")
    assert invoice.thank_you == "Gracias por su confianza."
    assert invoice.kind is Kind.INVOICE
    assert invoice.lines[0].discount_percent == 0 and invoice.lines[0].surcharge_rate == 0
    assert invoice.totals.amount_due == D("271.89")


def test_explicit_draft_values_win(services: Services) -> None:
    invoice = draft(
        services,
        issue_date="2026-11-01",
        due_date="2026-11-15",
        payment_methods=["cash"],
        notes="n",
        kind="simplified",
    )
    assert (invoice.issue_date, invoice.due_date) == (dt.date(2026, 11, 1), dt.date(2026, 11, 15))
    assert invoice.payment_methods == ("cash",) and invoice.kind is Kind.SIMPLIFIED
    only_issue = draft(services, issue_date="2026-11-01")
    assert only_issue.due_date == dt.date(2026, 11, 1) + dt.timedelta(days=45)


def test_warnings_are_returned_not_raised(services: Services) -> None:
    saved = services.invoices.create_draft_from_payload(
        {"client_id": "sol", "lines": [{**LINE, "vat_rate": "0"}, {**LINE, "surcharge_rate": "5.2"}]}
    )
    assert {w.code for w in saved.warnings} == {"zero_vat_without_reason", "surcharge_to_company"}


def test_unknown_client_and_bad_lines_save_nothing(services: Services) -> None:
    with pytest.raises(ValidationFailed):
        services.invoices.create_draft_from_payload({"client_id": "nobody", "lines": [LINE]})
    with pytest.raises(ValidationFailed) as caught:
        services.invoices.create_draft_from_payload(
            {"client_id": "sol", "lines": [{**LINE, "quantity": "abc"}, {**LINE, "vat_rate": "17"}]}
        )
    assert [(p.field, p.code) for p in caught.value.problems] == [("lines[0].quantity", "not_a_number")]
    assert services.invoices.list(services.invoices.query()) == []


def test_an_issued_invoice_is_no_longer_a_draft(services: Services) -> None:
    invoice = issued(services)
    with pytest.raises(InvalidTransition):
        services.invoices.save_draft(invoice)
    with pytest.raises(InvalidTransition):
        services.invoices.delete_draft(invoice.id)
    with pytest.raises(InvalidTransition):
        services.invoices.issue(invoice.id)


# ----- issuing -----------------------------------------------------------------------------------
def test_issue_numbers_by_series_and_year(services: Services) -> None:
    first, second = issued(services), issued(services)
    assert (first.number, second.number) == ("F-2026-0001", "F-2026-0002")
    other = services.invoices.issue(draft(services).id, series="B")
    assert other.number == "B-2026-0001"
    loaded = services.invoices.get("F-2026-0001")
    assert loaded.status is Status.ISSUED and loaded.client_snapshot["name"] == "Inmobiliaria Sol S.A."


@pytest.mark.parametrize("series", ["R", "P", "a b", "x" * 11])
def test_reserved_or_invalid_series_are_refused(services: Services, series: str) -> None:
    invoice = draft(services)
    with pytest.raises(ValidationFailed):
        services.invoices.issue(invoice.id, series=series)
    assert services.invoices.get(invoice.id).number is None


def test_issue_with_a_date_moves_the_due_date_by_the_same_terms(services: Services) -> None:
    invoice = services.invoices.issue(draft(services).id, issue_date=dt.date(2026, 11, 20))
    assert (invoice.issue_date, invoice.due_date) == (dt.date(2026, 11, 20), dt.date(2027, 1, 4))


def test_unknown_invoice(services: Services) -> None:
    with pytest.raises(NotFound):
        services.invoices.get("F-2026-9999")
    with pytest.raises(NotFound):
        services.invoices.issue("no-such-id")


# ----- rectifying --------------------------------------------------------------------------------
def test_rectify_by_substitution(services: Services) -> None:
    original = issued(services)
    corrected = [{**LINE, "quantity": "2"}]
    saved = services.invoices.rectify(original.number or "", {"lines": corrected}, "Horas facturadas de más")
    rect = saved.invoice
    assert rect.kind is Kind.RECTIFYING and rect.rectification_kind == "R1"
    assert rect.rectifies_id == original.id and rect.rectification_reason == "Horas facturadas de más"
    assert rect.irpf_rate == D(15)  # copied from the original
    assert rect.totals == compute_totals([line.taxable() for line in rect.lines], D(15))
    assert (rect.totals.base, rect.totals.total, rect.totals.amount_due) == (
        D("171.00"),
        D("206.91"),
        D("181.26"),
    )
    issued_rect = services.invoices.issue(rect.id)
    assert issued_rect.number == "R-2026-0001"
    # The original keeps its status and points to its rectification.
    assert services.invoices.get(original.id).status is Status.ISSUED
    with services.store.read() as tx:
        assert tx.rectifying_invoices_of(original.id) == [rect.id]
    # The books: original + (rectifying − original) = the corrected amounts.
    net = issued_rect.totals.total - original.totals.total
    assert original.totals.total + net == D("206.91") and net == D("-103.46")


def test_rectifying_may_go_negative_only_by_differences_and_copies_missing_fields(services: Services) -> None:
    original = issued(services)
    payload = {"lines": [{**LINE, "quantity": "-3"}], "irpf_rate": "0"}
    # A return typed as negative lines is a difference, not a corrected invoice worth −310.37.
    with pytest.raises(ValidationFailed) as refused:
        services.invoices.rectify(original.id, payload, "Devolución total", kind="R4")
    assert [(p.field, p.code) for p in refused.value.problems] == [("lines", "negative_total")]
    rect = services.invoices.rectify(
        original.id, payload, "Devolución total", kind="R4", method="differences"
    ).invoice
    assert rect.totals.total == D("-310.37") and rect.rectification_kind == "R4" and rect.irpf_rate == 0
    same = services.invoices.rectify(original.id, {}, "Datos del cliente").invoice
    assert same.lines == original.lines
    assert services.invoices.issue(rect.id, series="R").number == "R-2026-0001"
    with pytest.raises(ValidationFailed):
        services.invoices.issue(same.id, series="F")  # rectifying invoices only in their own series


def test_rectifying_a_simplified_invoice_defaults_to_r5(services: Services) -> None:
    original = issued(services, kind="simplified", irpf_rate="0")
    rect = services.invoices.rectify(original.id, {"lines": [{**LINE, "quantity": "1"}]}, "Error").invoice
    assert rect.rectification_kind == "R5"


@pytest.mark.parametrize(
    ("payload", "reason", "kind"),
    [({}, "  ", None), ({}, "x", "R9"), ({"lines": [{**LINE, "unit_price": "NaN"}]}, "x", None)],
)
def test_bad_rectifications_are_refused(
    services: Services, payload: dict, reason: str, kind: str | None
) -> None:  # type: ignore[type-arg]
    original = issued(services)
    with pytest.raises(ValidationFailed):
        services.invoices.rectify(original.id, payload, reason, kind)
    assert len(services.invoices.list(services.invoices.query())) == 1


def test_drafts_and_cancelled_invoices_cannot_be_rectified(services: Services) -> None:
    with pytest.raises(InvalidTransition):
        services.invoices.rectify(draft(services).id, {}, "x")
    cancelled = issued(services)
    services.invoices.cancel(cancelled.id, "duplicada")
    with pytest.raises(InvalidTransition):
        services.invoices.rectify(cancelled.id, {}, "x")


# ----- cancelling --------------------------------------------------------------------------------
def test_cancel_keeps_the_invoice_with_its_reason(services: Services) -> None:
    invoice = issued(services)
    services.invoices.cancel(invoice.number or "", "  Emitida por error  ")
    kept = services.invoices.get(invoice.id)
    assert kept.status is Status.CANCELLED and kept.cancel_reason == "Emitida por error"
    assert kept.number == "F-2026-0001" and kept.outstanding == 0
    assert issued(services).number == "F-2026-0002"  # the number is never reused
    with pytest.raises(InvalidTransition):
        services.invoices.cancel(invoice.id, "otra vez")
    with pytest.raises(InvalidTransition):
        services.payments.add(invoice.id, D("1"))


def test_cancel_is_refused_with_payments_or_without_reason(services: Services) -> None:
    invoice = issued(services)
    with pytest.raises(ValidationFailed):
        services.invoices.cancel(invoice.id, " ")
    services.payments.add(invoice.id, D("10"))
    with pytest.raises(Conflict) as caught:
        services.invoices.cancel(invoice.id, "error")
    assert caught.value.code == "invoice_has_payments"
    assert services.invoices.get(invoice.id).status is Status.PARTIALLY_PAID
    with pytest.raises(InvalidTransition):
        services.invoices.cancel(draft(services).id, "borrador")


# ----- payments ----------------------------------------------------------------------------------
def test_partial_then_full_payment(services: Services) -> None:
    invoice = issued(services)
    services.payments.add(invoice.number or "", D("100.00"))
    assert status_of(services, invoice.id) is Status.PARTIALLY_PAID
    assert services.invoices.get(invoice.id).outstanding == D("171.89")
    with pytest.raises(Conflict) as caught:
        services.payments.add(invoice.id, D("171.90"))
    assert caught.value.code == "overpayment"
    services.payments.add(invoice.id, D("171.89"), method="bizum")
    assert status_of(services, invoice.id) is Status.PAID
    assert services.invoices.get(invoice.id).outstanding == 0
    with pytest.raises(InvalidTransition):
        services.payments.add(invoice.id, D("0.01"))


def test_removing_a_payment_puts_the_status_back(services: Services) -> None:
    invoice = issued(services)
    payment = services.payments.add(invoice.id, D("271.89"))
    services.payments.remove(payment.id, "importe equivocado")
    assert status_of(services, invoice.id) is Status.ISSUED
    assert services.payments.list(invoice.id) == []
    assert len(services.payments.list(invoice.id, include_removed=True)) == 1


def test_payment_in_the_future_or_with_unknown_method_is_refused(services: Services) -> None:
    invoice = issued(services)
    with pytest.raises(ValidationFailed):
        services.payments.add(invoice.id, D("1"), paid_on=TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationFailed):
        services.payments.add(invoice.id, D("1"), method="gold")
    assert services.invoices.get(invoice.id).paid == 0


def test_overdue_is_derived_and_never_shown_for_a_paid_invoice(services: Services, clock: FixedClock) -> None:
    unpaid, paid, partly = issued(services), issued(services), issued(services)
    services.payments.add(paid.id, D("271.89"))
    services.payments.add(partly.id, D("1.00"))
    due = services.invoices.get(unpaid.id).due_date
    clock.today_date = due
    assert [listed_status(services, i.id) for i in (unpaid, paid, partly)] == [
        Status.ISSUED,
        Status.PAID,
        Status.PARTIALLY_PAID,
    ]
    clock.today_date = due + dt.timedelta(days=1)
    assert [listed_status(services, i.id) for i in (unpaid, paid, partly)] == [
        Status.OVERDUE,
        Status.PAID,
        Status.OVERDUE,
    ]
    assert [status_of(services, i.id) for i in (unpaid, paid, partly)] == [
        Status.OVERDUE,
        Status.PAID,
        Status.OVERDUE,
    ]
    overdue = services.invoices.list(services.invoices.query(status=Status.OVERDUE))
    assert {r.id for r in overdue} == {unpaid.id, partly.id}
    assert services.invoices.get(unpaid.id).status is Status.ISSUED  # stored status untouched


def test_list_outstanding_and_summary(services: Services) -> None:
    a, b = issued(services), issued(services)
    draft(services)
    services.payments.add(a.id, D("71.89"))
    summary = services.invoices.summarize(services.invoices.query())
    assert summary.count == 3
    assert summary.outstanding == D("200.00") + D("271.89")
    rows = {r.id: r for r in services.invoices.list(services.invoices.query())}
    assert rows[a.id].outstanding == D("200.00") and rows[b.id].outstanding == D("271.89")

"""Rectification that settles the debt (issue #16, point 7), through the real services on a temp
SQLite file: what is owed after a substitution and after a difference, refunds, reminders, aging,
the dashboard and the PDF read back (pdftotext, zbar)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.errors import Conflict, InvalidTransition, ValidationFailed
from facturas_app.domain.invoice import Invoice, Status
from facturas_app.services.documents import DocumentService
from tests.fakes import FixedClock
from tests.services.pdf_helpers import business, decode_qrs, pdf_text

D = Decimal
TODAY = dt.date(2026, 11, 26)
EARLY = dt.date(2026, 9, 1)  # the original's issue date: due 2026-10-01, overdue today


def line(price: str, qty: str = "1") -> dict[str, str]:
    return {"description": "Consultoría", "quantity": qty, "unit_price": price, "vat_rate": "21"}


@pytest.fixture
def services(tmp_path: Path, database_url: str | None) -> Iterator[Services]:
    built = build_services(tmp_path / "data", clock=FixedClock(TODAY), database_url=database_url)
    built.business.save(business())
    built.clients.add_payload(
        {
            "name": "Inmobiliaria Sol S.A.",
            "tax_id": "A58818501",
            "city": "Valencia",
            "address": "Av. del Puerto 22",
            "postal_code": "46021",
        }
    )
    yield built
    built.close()


def client_id(services: Services) -> str:
    return services.clients.list()[0].id


def issue(services: Services, price: str = "423.23", day: dt.date = EARLY) -> Invoice:
    """1 × price + 21 % VAT; 423.23 → 512.11 (the issue's example), due 30 days later."""
    payload = {"client_id": client_id(services), "lines": [line(price)], "issue_date": day.isoformat()}
    draft = services.invoices.create_draft_from_payload(payload).invoice
    return services.invoices.issue(draft.id, issue_date=day)


def rectify(services: Services, number: str, lines: list[dict[str, str]], method: str) -> Invoice:
    draft = services.invoices.rectify(number, {"lines": lines}, "Precio corregido", method=method)
    return services.invoices.issue(draft.invoice.id)


def owed(services: Services, invoice: Invoice) -> Decimal:
    return services.invoices.get(invoice.id).outstanding


def listed(services: Services, invoice: Invoice) -> Decimal:
    rows = services.invoices.list(services.invoices.query())
    return next(r.outstanding for r in rows if r.id == invoice.id)


def reminded(services: Services) -> set[str]:
    return {r.number for r in services.reminders.run(TODAY, dry_run=True)}


def aged(services: Services) -> Decimal:
    return services.aging.report(TODAY).total


def pdf(services: Services, invoice: Invoice, tmp_path: Path) -> tuple[str, list[str]]:
    data = DocumentService(services.store, services.clock).pdf_bytes(invoice.id)
    tmp_path.mkdir(parents=True, exist_ok=True)
    return " ".join(pdf_text(data, tmp_path, f"{invoice.number}.pdf").split()), decode_qrs(data, tmp_path)


def test_substitution_of_a_paid_invoice_owes_112_11_back_until_refunded(
    services: Services, tmp_path: Path
) -> None:
    original = issue(services)
    assert original.totals.amount_due == D("512.11")
    services.payments.add(original.number or "", D("512.11"), EARLY)
    control = issue(services, "100.00")  # unpaid and overdue: proves reminders are on
    substitute = rectify(services, original.number or "", [line("330.58")], "substitution")
    assert substitute.totals.amount_due == D("400.00")
    assert (owed(services, original), owed(services, substitute)) == (D("0.00"), D("-112.11"))
    assert (listed(services, original), listed(services, substitute)) == (D("0.00"), D("-112.11"))
    assert reminded(services) == {control.number}  # neither the replaced original nor the refund
    assert aged(services) == control.totals.amount_due
    figures = services.dashboard.figures()
    assert (figures.outstanding, figures.to_refund) == (control.totals.amount_due, D("112.11"))
    text, qrs = pdf(services, substitute, tmp_path)
    assert "A devolver 112,11 €" in text and "Pagado en la factura rectificada -512,11 €" in text
    assert not any(q.startswith("BCD") for q in qrs)  # nothing to pay: no payment QR
    # The refund, then nothing is owed either way.
    with pytest.raises(Conflict):
        services.payments.add(substitute.number or "", D("-200.00"), TODAY, "transfer")
    with pytest.raises(Conflict):
        services.payments.add(original.number or "", D("-112.11"), TODAY, "transfer")
    assert owed(services, substitute) == D("-112.11")  # the refusals changed nothing
    services.payments.add(substitute.number or "", D("-112.11"), TODAY, "transfer")
    after = services.invoices.get(substitute.id)
    assert (after.outstanding, after.status) == (D("0.00"), Status.PAID)
    assert services.dashboard.figures().to_refund == D("0.00")
    text, _ = pdf(services, after, tmp_path / "after")
    assert "Devuelto 112,11 €" in text and "Pendiente 0,00 €" in text


def test_substitution_carries_a_partial_payment_and_asks_for_the_rest(
    services: Services, tmp_path: Path
) -> None:
    original = issue(services)
    services.payments.add(original.number or "", D("100.00"), EARLY)
    substitute = rectify(services, original.number or "", [line("330.58")], "substitution")
    assert (owed(services, original), owed(services, substitute)) == (D("0.00"), D("300.00"))
    assert services.invoices.get(substitute.id).status is Status.PARTIALLY_PAID
    assert reminded(services) == set()  # the original owes nothing; the substitute is not due yet
    later = {
        r.number for r in services.reminders.run(substitute.due_date + dt.timedelta(days=8), dry_run=True)
    }
    assert later == {substitute.number}
    text, qrs = pdf(services, substitute, tmp_path)
    assert "Pendiente 300,00 €" in text
    epc = [q for q in qrs if q.startswith("BCD")]
    assert len(epc) == 1 and "\nEUR300.00\n" in epc[0]  # the QR asks for what is still owed
    with pytest.raises(Conflict):  # more than is owed now
        services.payments.add(substitute.number or "", D("300.01"), TODAY)
    services.payments.add(substitute.number or "", D("300.00"), TODAY)
    assert services.invoices.get(substitute.id).status is Status.PAID


def test_differences_move_the_originals_debt(services: Services, tmp_path: Path) -> None:
    original = issue(services)
    services.payments.add(original.number or "", D("300.00"), EARLY)
    difference = rectify(services, original.number or "", [line("-92.65")], "differences")
    assert difference.totals.amount_due == D("-112.11") and difference.totals.total == D("-112.11")
    assert (owed(services, original), owed(services, difference)) == (D("100.00"), D("0.00"))
    assert reminded(services) == {original.number}  # still overdue for 100.00; the difference never
    assert aged(services) == D("100.00")
    text, qrs = pdf(services, original, tmp_path)
    assert "Ajuste por rectificativas -112,11 €" in text and "Pendiente 100,00 €" in text
    assert next(q for q in qrs if q.startswith("BCD")).count("\nEUR100.00\n") == 1
    text, qrs = pdf(services, difference, tmp_path / "difference")
    assert "Aplicado a la factura rectificada 112,11 €" in text and "Pendiente 0,00 €" in text
    assert f"Rectifica la factura {original.number} de fecha 01/09/2026 (por diferencias)" in text
    assert not any(q.startswith("BCD") for q in qrs)


def test_a_difference_on_a_paid_invoice_is_refunded_on_the_original(services: Services) -> None:
    original = issue(services)
    services.payments.add(original.number or "", D("512.11"), EARLY)
    difference = rectify(services, original.number or "", [line("92.65", "-1")], "differences")
    assert owed(services, original) == D("-112.11") and reminded(services) == set()
    services.payments.add(original.number or "", D("-112.11"), TODAY, "transfer")
    assert (owed(services, original), owed(services, difference)) == (D("0.00"), D("0.00"))
    assert services.invoices.get(original.id).status is Status.PAID


def test_cancelling_a_difference_gives_the_debt_back(services: Services) -> None:
    original = issue(services)
    difference = rectify(services, original.number or "", [line("-92.65")], "differences")
    assert owed(services, original) == D("400.00")
    services.invoices.cancel(difference.number or "", "emitida por error")
    assert owed(services, original) == D("512.11")


def test_rectifications_that_would_tell_two_stories_are_refused(services: Services) -> None:
    original = issue(services)
    substitute = rectify(services, original.number or "", [line("330.58")], "substitution")
    with pytest.raises(InvalidTransition, match="rectify_the_substitute"):  # a difference of a replaced one
        services.invoices.rectify(original.number or "", {"lines": [line("-1")]}, "x", method="differences")
    difference = rectify(services, substitute.number or "", [line("-10.00")], "differences")
    with pytest.raises(InvalidTransition, match="rectify_the_original"):
        services.invoices.rectify(difference.number or "", {"lines": [line("-1")]}, "x", method="differences")
    with pytest.raises(InvalidTransition, match="rectified_by_differences"):
        services.invoices.rectify(substitute.number or "", {"lines": [line("1")]}, "x")
    with pytest.raises(ValidationFailed) as bad:
        services.invoices.rectify(substitute.number or "", {"lines": [line("-1")]}, "x", method="swap")
    assert bad.value.problems[0].field == "method"
    with pytest.raises(ValidationFailed) as missing:  # a copy of the lines would double the invoice
        services.invoices.rectify(substitute.number or "", {}, "x", method="differences")
    assert missing.value.problems[0].code == "difference_lines_required"
    drafts = services.invoices.list(services.invoices.query(status=Status.DRAFT))
    assert drafts == []  # nothing refused was saved
    assert owed(services, substitute) == D("400.00") - D("12.10")


def test_347_and_303_after_each_method(services: Services) -> None:
    """A Q2 original of 5,121.08 replaced in Q4 by one of 4,000.01 (base 3,305.79, VAT rounded on
    its own base): Q4 counts the substitute less the original, the year the substitute."""
    may = dt.date(2026, 5, 4)
    original = issue(services, "4232.30", may)
    assert original.totals.total == D("5121.08")
    substitute = rectify(services, original.number or "", [line("3305.79")], "substitution")
    assert (substitute.totals.vat, substitute.totals.total) == (D("694.22"), D("4000.01"))
    (row,) = services.reports.clients_347(2026)
    assert row.quarters == (D("0"), D("5121.08"), D("0"), D("-1121.07")) and row.total == D("4000.01")
    q4 = services.reports.vat_summary("2026Q4")
    assert [(g.base, g.vat) for g in q4.groups] == [(D("-926.51"), D("-194.56"))]


def test_347_and_303_after_a_difference(services: Services) -> None:
    may = dt.date(2026, 5, 4)
    original = issue(services, "4232.30", may)
    difference = rectify(services, original.number or "", [line("-926.51")], "differences")
    assert difference.totals.total == D("-1121.08")
    (row,) = services.reports.clients_347(2026)
    assert row.quarters == (D("0"), D("5121.08"), D("0"), D("-1121.08")) and row.total == D("4000.00")
    q4 = services.reports.vat_summary("2026Q4")
    assert [(g.base, g.vat) for g in q4.groups] == [(D("-926.51"), D("-194.57"))]
    assert q4.invoice_count == 1
    q2 = services.reports.vat_summary("2026Q2")
    assert [(g.base, g.vat) for g in q2.groups] == [(D("4232.30"), D("888.78"))]

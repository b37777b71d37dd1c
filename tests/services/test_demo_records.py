"""#16 point 8: the demo's issued invoices carry real billing records (test environment, pending),
chained through the issuing hooks, so `verifactu verify` passes on a demo data folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.errors import Conflict
from facturas_app.domain.invoice import DocType, Status
from facturas_app.services.demo import DemoService
from facturas_app.storage.api import InvoiceQuery
from tests.fakes import FixedClock

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def demo(tmp_path: Path) -> Services:
    services = build_services(tmp_path, clock=FixedClock(TODAY))
    DemoService(services.store, services.clock).generate(700, seed=3)  # with a rectification
    yield services
    services.close()


def _issued(services: Services) -> list[tuple[str, str, Status]]:
    with services.store.read() as tx:
        rows = tx.list_invoices(InvoiceQuery(today=TODAY, doc_type=DocType.INVOICE))
        found = [tx.get_invoice(row.id) for row in rows]
    return [(i.id, i.number, i.status) for i in found if i is not None and i.number is not None]


def test_every_issued_demo_invoice_has_its_record_and_the_chain_verifies(demo: Services) -> None:
    issued = _issued(demo)
    rows = demo.verifactu.rows()
    altas = {r.invoice_id: r for r in rows if r.record_type == "alta"}
    anuladas = {r.invoice_id for r in rows if r.record_type == "anulacion"}
    assert set(altas) == {invoice_id for invoice_id, _, _ in issued}
    assert {number for _, number, _ in issued} == {r.number for r in altas.values()}
    assert anuladas == {invoice_id for invoice_id, _, status in issued if status is Status.CANCELLED}
    assert anuladas and any(r.number.startswith("R-") for r in altas.values())
    result = demo.verifactu.verify()
    assert result.intact and result.count == len(rows)
    assert [r.chain_seq for r in rows] == list(range(1, len(rows) + 1))


def test_demo_records_are_pending_in_the_test_environment_with_a_test_qr(demo: Services) -> None:
    status = demo.verifactu.status()
    assert status["test_environment"] is True and status["pending"] == status["records"] > 0
    assert status["accepted"] == status["rejected"] == 0  # nothing was sent, nothing was faked
    with demo.store.read() as tx:
        # Sending stays unconfigured: a fictitious business has no certificate, and opening the
        # demo must never try to reach AEAT (the QR's test host comes from test_environment).
        assert tx.get_setting("verifactu.environment") is None
    invoice_id = demo.verifactu.rows()[0].invoice_id
    invoice = demo.invoices.get(invoice_id)
    url = demo.verifactu.qr_url_for(invoice)
    assert url is not None and url.startswith("https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=")


def test_a_refused_demo_adds_no_records(demo: Services) -> None:
    before = len(demo.verifactu.rows())
    with pytest.raises(Conflict):
        DemoService(demo.store, demo.clock).generate(50, seed=4)
    assert len(demo.verifactu.rows()) == before


def test_demo_substitutions_settle_the_debt_as_the_app_does(demo: Services) -> None:
    """The demo writes its rectifications in bulk; what it stores must be what the settlement
    service computes for the same family (no payment that never arrived, the refund recorded)."""
    from facturas_app.services.settlement import family, refresh

    with demo.store.read() as tx:
        rows = tx.list_invoices(InvoiceQuery(today=TODAY, doc_type=DocType.INVOICE))
        corrections = [tx.get_invoice(row.id) for row in rows if row.kind == "rectifying"]
        stored = {c.id: (c, *family(tx, c.id)) for c in corrections if c is not None}
        payments = {c_id: tx.list_payments(c_id) for c_id in stored}
    assert stored
    for correction_id, (correction, root, _members) in stored.items():
        assert root.status is Status.PAID and root.debt_change == 0 and root.outstanding == 0
        assert correction.debt_change == -root.paid  # the original's payment carried over
        refund = correction.totals.amount_due - root.paid
        assert refund < 0 and [p.amount for p in payments[correction_id]] == [refund]
        assert correction.outstanding == 0 and correction.status is Status.PAID
    with demo.store.write() as tx:  # the service's own rule leaves every member as stored
        for correction, _, _ in stored.values():
            refresh(tx, correction)
    with demo.store.read() as tx:
        again = {c_id: tx.get_invoice(c_id) for c_id in stored}
    assert {c_id: (i.debt_change, i.status) for c_id, i in again.items()} == {
        c_id: (c.debt_change, c.status) for c_id, (c, _, _) in stored.items()
    }

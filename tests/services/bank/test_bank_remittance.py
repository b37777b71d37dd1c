"""A SEPA remittance collected and a debit returned, read from the bank (#19): the statement's one
credit for the remittance's total pays each of its invoices (method direct_debit); a devolución of
one debit in a later statement reopens that invoice, says why in the timeline, and frees it for a
new remittance."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from facturas_app.domain.invoice import Status
from tests.services.bank.bank_files import Line, camt053, n43_account, n43_file
from tests.services.sepa.sepa_helpers import add_mandates, open_services, seed

MONDAY = dt.date(2026, 11, 30)
LATER = dt.date(2026, 12, 9)


def test_a_collected_remittance_pays_its_invoices_and_a_return_reopens_one(tmp_path: Path) -> None:
    services = open_services(tmp_path)
    try:
        seeded = seed(services, clients=3, per_client=2)
        add_mandates(services, seeded.client_ids)
        result = services.sepa.create(MONDAY, tmp_path / "remesa.xml")
    finally:
        services.close()
    services = open_services(tmp_path, today=LATER)
    try:
        total, message_id = result.remittance.total, result.remittance.message_id
        credit = Line(MONDAY, total, [f"ABONO REMESA {message_id}"[:38]])
        report = services.bank.import_file(n43_file(n43_account([credit], MONDAY, MONDAY))).to_json()
        assert report["matched"] == 1
        statuses = {n: services.invoices.get(n).status for n in seeded.numbers}
        assert set(statuses.values()) == {Status.PAID}
        assert {p.method for n in seeded.numbers for p in services.payments.list(n)} == {"direct_debit"}
        returned = seeded.numbers[2]
        devolucion = Line(LATER - dt.timedelta(days=1), -seeded.amounts[returned], ["Devolucion adeudo MD06"],
                          reference=returned, returned=True)  # fmt: skip
        assert services.bank.import_file(camt053([devolucion])).to_json()["returned"] == 1
        invoice = services.invoices.get(returned)
        told = [
            i.summary
            for i in services.timeline.for_client(invoice.client_id)
            if i.kind == "direct_debit_returned"
        ]
        assert len(told) == 1 and "MD06" in told[0]
        assert invoice.outstanding == seeded.amounts[returned] and invoice.status is not Status.PAID
        assert [d.number for d in services.sepa.plan(LATER + dt.timedelta(days=5)).included] == [returned]
    finally:
        services.close()

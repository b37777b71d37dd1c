"""A real data folder with direct-debit invoices: bulk-loaded (issued, numbered, unpaid) so that a
1,000-debit remittance is quick to set up, and mandates saved through the service."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import sepaxml
from lxml import etree

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import Invoice, InvoiceLine, Status, evolve
from facturas_app.domain.parties import Business, Client
from facturas_app.domain.sepa import Mandate, creditor_id_for, mandate_problems
from facturas_app.services.invoicing import snapshot_business, snapshot_client
from facturas_app.storage.api import IssuedNumber
from tests.fakes import FixedClock

TODAY = dt.date(2026, 11, 26)  # a Thursday: 2 days' notice makes Monday 30 the earliest
NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"}
BUSINESS = Business(
    name="Laura Gómez Ruiz", tax_id="12345678Z", address="Calle Mayor 1", postal_code="28001",
    city="Madrid", email="facturas@example.com", iban="ES9121000418450200051332",
    sepa_creditor_id=creditor_id_for("12345678Z"),
)  # fmt: skip
# Real Spanish IBANs of different banks (valid check digits), for the clients' mandates.
IBANS = ("ES7921000813610123456789", "ES6000491500051234567892", "ES1720852066623456789011")


@dataclass(frozen=True)
class Seeded:
    client_ids: list[str]
    numbers: list[str]
    amounts: dict[str, Decimal]  # number -> outstanding


def open_services(data_dir: Path, today: dt.date = TODAY) -> Services:
    return build_services(data_dir, clock=FixedClock(today))


def _client(index: int) -> Client:
    return Client(id=new_id(), name=f"Cliente {index:04d} S.L.", tax_id="", city="Madrid", email="")


def _invoice(client: Client, index: int, methods: tuple[str, ...]) -> tuple[Invoice, IssuedNumber]:
    price = Decimal(10 + index % 97) + Decimal(index % 100) / 100
    line = InvoiceLine(
        description="Cuota mensual", quantity=Decimal(1), unit_price=price, vat_rate=Decimal(21)
    )
    day = TODAY - dt.timedelta(days=10)
    number = IssuedNumber("F", 2026, index + 1, f"F-2026-{index + 1:04d}")
    invoice = Invoice(id=new_id(), client_id=client.id, lines=(line,), issue_date=day,
                      due_date=day + dt.timedelta(days=30), payment_methods=methods)  # fmt: skip
    snapshots = {"client_snapshot": snapshot_client(client), "issuer_snapshot": snapshot_business(BUSINESS)}
    issued = evolve(invoice, status=Status.ISSUED, series="F", number=number.number, **snapshots)
    return issued, number


def seed(
    services: Services, clients: int, per_client: int, methods: tuple[str, ...] = ("direct_debit",)
) -> Seeded:
    people = [_client(i) for i in range(clients)]
    planned = [_invoice(people[i % clients], i, methods) for i in range(clients * per_client)]
    services.store.bulk_loader().load(BUSINESS, people, [], planned, [], services.clock.now())
    amounts = {str(inv.number): inv.totals.amount_due for inv, _ in planned}
    return Seeded([c.id for c in people], [str(inv.number) for inv, _ in planned], amounts)


def add_mandates(services: Services, client_ids: list[str], scheme: str = "CORE") -> None:
    """Through the service for a few (its checks); hundreds in one transaction, checked the same way."""
    mandates = [
        Mandate(client_id, f"MND-{index:05d}", IBANS[index % len(IBANS)], dt.date(2026, 1, 15), scheme)
        for index, client_id in enumerate(client_ids)
    ]
    if len(mandates) <= 5:
        for m in mandates:
            services.sepa.save_mandate(m.client_id, m.iban, m.mandate_id, m.signed_on, m.scheme)
        return
    assert all(not mandate_problems(m, TODAY) for m in mandates)
    with services.store.write() as tx:
        for mandate in mandates:
            tx.save_mandate(mandate, services.clock.now())


def xsd() -> etree.XMLSchema:
    """The ISO schema sepaxml ships, read by lxml: a second, independent check of the file."""
    path = Path(os.path.dirname(sepaxml.__file__)) / "schemas" / "pain.008.001.02.xsd"
    return etree.XMLSchema(etree.parse(str(path)))


def transactions(tree: etree._ElementTree) -> list[dict[str, str]]:
    """Every DrctDbtTxInf with its batch's sequence type and collection date."""
    rows = []
    for batch in tree.iterfind(".//p:PmtInf", NS):
        seq = batch.findtext("p:PmtTpInf/p:SeqTp", namespaces=NS)
        day = batch.findtext("p:ReqdColltnDt", namespaces=NS)
        for tx in batch.iterfind("p:DrctDbtTxInf", NS):
            rows.append({
                "seq": str(seq), "date": str(day),
                "e2e": str(tx.findtext("p:PmtId/p:EndToEndId", namespaces=NS)),
                "amount": str(tx.findtext("p:InstdAmt", namespaces=NS)),
                "mandate": str(tx.findtext("p:DrctDbtTx/p:MndtRltdInf/p:MndtId", namespaces=NS)),
                "signed": str(tx.findtext("p:DrctDbtTx/p:MndtRltdInf/p:DtOfSgntr", namespaces=NS)),
                "iban": str(tx.findtext("p:DbtrAcct/p:Id/p:IBAN", namespaces=NS)),
            })  # fmt: skip
    return rows

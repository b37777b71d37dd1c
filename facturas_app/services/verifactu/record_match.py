"""Each billing record compared with the invoice it describes, not only with its own chain.

A chain can be intact while the books are not: an issued total edited behind the app's back
leaves every hash valid. So every alta is held against its invoice (number, date, total, tax,
issuer NIF) recomputed by the domain's totals engine, every anulación against a cancelled
invoice, and every invoice issued since the chain began must have its alta.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from facturas_app.domain import verifactu as vf
from facturas_app.domain.invoice import DocType, Invoice, Status
from facturas_app.services.verifactu.payload import PayloadError, decode
from facturas_app.services.verifactu.records import spanish_nif
from facturas_app.storage.api import InvoiceQuery, Transaction, VerifactuRow


@dataclass(frozen=True)
class InvoiceFacts:
    """What a record states about an invoice, taken from the invoice itself."""

    id: str
    number: str
    issue_date: dt.date
    total: Decimal
    tax: Decimal
    nif: str
    cancelled: bool
    is_invoice: bool


def numbered_invoice_facts(tx: Transaction, today: dt.date, chunk: int = 500) -> list[InvoiceFacts]:
    """The facts of every issued (numbered) invoice of the store, loaded a chunk at a time."""
    rows = tx.list_invoices(InvoiceQuery(today=today, doc_type=DocType.INVOICE, order_by="issue_date"))
    ids = [row.id for row in rows if row.number]
    facts: list[InvoiceFacts] = []
    for start in range(0, len(ids), chunk):
        facts += [facts_of(invoice) for invoice in tx.get_invoices(ids[start : start + chunk])]
    return facts


def facts_of(invoice: Invoice) -> InvoiceFacts:
    totals = invoice.totals
    return InvoiceFacts(
        id=invoice.id, number=invoice.number or "", issue_date=invoice.issue_date,
        total=totals.total, tax=totals.tax_total,
        nif=spanish_nif(str(invoice.issuer_snapshot.get("tax_id") or "")),
        cancelled=invoice.status is Status.CANCELLED, is_invoice=invoice.doc_type is DocType.INVOICE,
    )  # fmt: skip


@dataclass(frozen=True)
class RecordDifference:
    seq: int
    number: str
    record_type: str
    field: str  # number | issue_date | importe_total | cuota_total | issuer_nif | invoice | status | record
    record_value: str
    invoice_value: str


def differences(rows: Sequence[VerifactuRow], invoices: Iterable[InvoiceFacts]) -> list[RecordDifference]:
    """Every disagreement between the records and the invoices, oldest record first."""
    by_id = {facts.id: facts for facts in invoices}
    found: list[RecordDifference] = []
    for row in rows:
        found += _row_differences(row, by_id.get(row.invoice_id or ""))
    return found + _missing_records(rows, by_id.values())


def _row_differences(row: VerifactuRow, facts: InvoiceFacts | None) -> list[RecordDifference]:
    def diff(field: str, in_record: object, in_invoice: object) -> RecordDifference:
        return RecordDifference(row.seq, row.number, row.record_type, field, str(in_record), str(in_invoice))

    if facts is None:
        return [diff("invoice", row.number, "")]
    try:
        record = decode(row.payload).record
    except PayloadError:
        return []  # chain_check reports an unreadable payload
    pairs: list[tuple[str, object, object]] = [
        ("number", record.number, facts.number),
        ("issue_date", record.issue_date.isoformat(), facts.issue_date.isoformat()),
        ("issuer_nif", record.issuer_nif, facts.nif),
    ]
    if isinstance(record, vf.AltaRecord):
        pairs.append(("importe_total", record.importe_total, facts.total))
        pairs.append(("cuota_total", record.cuota_total, facts.tax))
    elif not facts.cancelled:
        pairs.append(("status", "anulada", "no anulada"))
    return [diff(name, a, b) for name, a, b in pairs if _differ(a, b)]


def _differ(a: object, b: object) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a.compare(b) != 0
    return a != b


def _missing_records(
    rows: Sequence[VerifactuRow], invoices: Iterable[InvoiceFacts]
) -> list[RecordDifference]:
    """Invoices issued since an issuer's chain began that have no alta (a deleted record)."""
    first_date: dict[str, dt.date] = {}
    recorded: set[str] = set()
    for row in rows:
        if row.record_type == "alta":
            first_date.setdefault(row.issuer_nif, row.issue_date)
            recorded.add(row.invoice_id or "")
    return [
        RecordDifference(0, facts.number, "alta", "record", "", facts.number)
        for facts in invoices
        if facts.is_invoice and facts.id not in recorded
        and facts.nif in first_date and facts.issue_date >= first_date[facts.nif]
    ]  # fmt: skip

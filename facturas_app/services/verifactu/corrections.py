"""`verifactu resubmit NUMBER`: after the user corrected what AEAT objected to (the client's name or
tax id, say), a subsanación is chained: a new RegistroAlta of the same invoice with Subsanacion=S,
and RechazoPrevio=S when AEAT had rejected the alta (it holds nothing for that invoice), or without
it when AEAT accepted the alta with errors (it holds one, which this one replaces). A rejected
anulación is re-chained with RechazoPrevio=S when the alta it cancels was rejected too."""

from __future__ import annotations

import dataclasses
import datetime as dt

from facturas_app.domain.errors import NotFound, Problem, ValidationFailed
from facturas_app.domain.invoice import Invoice
from facturas_app.domain.parties import Business
from facturas_app.services.invoicing import snapshot_client
from facturas_app.services.verifactu.records import alta_for, anulacion_for, append_record
from facturas_app.storage.api import Transaction, VerifactuRow

CORRECTABLE = frozenset({"rejected", "accepted_with_errors"})


def resubmit_in(tx: Transaction, number: str, now: dt.datetime) -> VerifactuRow:
    """Chain the correcting record of invoice `number` (inside the caller's transaction)."""
    invoice = tx.get_invoice_by_number(number)
    business = tx.get_business()
    if business is None:
        raise NotFound("business_not_configured")
    if invoice is None:
        raise NotFound("invoice_not_found", id=number)
    rows = tx.list_verifactu_records(invoice_id=invoice.id)
    last = rows[-1] if rows else None
    state = last.submission.state if last and last.submission else ""
    if last is None or state not in CORRECTABLE:
        raise ValidationFailed([Problem("number", "verifactu_nothing_to_correct",
                                        {"number": number, "state": state or "none"})])  # fmt: skip
    if last.record_type == "anulacion":
        return _reannul(tx, rows, business, invoice, now)
    corrected = _with_current_client(tx, invoice)
    record = alta_for(tx, corrected, business, now, subsanacion=True,
                      rechazo_previo="S" if state == "rejected" else None)  # fmt: skip
    return append_record(tx, record, invoice.id, business)


def _reannul(
    tx: Transaction, rows: list[VerifactuRow], business: Business, invoice: Invoice, now: dt.datetime
) -> VerifactuRow:
    altas = [row for row in rows if row.record_type == "alta"]
    alta_rejected = all(row.submission is not None and row.submission.state == "rejected" for row in altas)
    record = anulacion_for(tx, altas[-1], now, rechazo_previo=alta_rejected)
    return append_record(tx, record, invoice.id, business)


def _with_current_client(tx: Transaction, invoice: Invoice) -> Invoice:
    """The invoice as the record should state it now: the recipient as the client reads today
    (what the user corrected); the invoice itself, amounts and number, stays as issued."""
    client = tx.get_client(invoice.client_id)
    if client is None:
        return invoice
    return dataclasses.replace(invoice, client_snapshot=snapshot_client(client))


def cancellation_flags(tx: Transaction, alta: VerifactuRow) -> dict[str, bool]:
    """For a new anulación: RechazoPrevio=S when AEAT rejected the alta it cancels (AEAT would
    otherwise refuse it, 3002: it holds no such invoice)."""
    state = alta.submission.state if alta.submission else ""
    return {"rechazo_previo": True} if state == "rejected" else {}

"""From an issued or cancelled invoice to its billing record, appended to the issuer's chain
inside the issuing / cancelling transaction (raising here rolls the invoice number back)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from facturas_app.domain import verifactu as vf
from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.identifiers import EU_COUNTRIES, normalize_tax_id
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import Invoice, Kind
from facturas_app.domain.parties import Business
from facturas_app.domain.verifactu_rules import record_name
from facturas_app.services.verifactu.payload import StoredRecord, encode, record_type
from facturas_app.services.verifactu.producer import software_for
from facturas_app.services.verifactu.settings import TIME_ZONE
from facturas_app.storage.api import Transaction, VerifactuRow

# --- pure helpers: from an issued invoice to the record's fields ---------------------------------


def spanish_nif(tax_id: str) -> str:
    compact = normalize_tax_id(tax_id)
    return compact[2:] if compact.startswith("ES") and len(compact) == 11 else compact


def invoice_type_of(invoice: Invoice) -> str:
    if invoice.kind is Kind.RECTIFYING:
        return invoice.rectification_kind or "R1"
    return "F2" if invoice.kind is Kind.SIMPLIFIED else "F1"


def recipient_of(snapshot: dict[str, Any]) -> vf.Recipient:
    """IDDestinatario from the client snapshot: NIF for Spain, IDOtro with the country otherwise."""
    # The invoice keeps the name as typed; the record writes ' and " as AEAT accepts them (1287).
    name = record_name(str(snapshot.get("name", "")).strip())[:120]
    country = str(snapshot.get("country") or "ES").upper()
    tax_id = normalize_tax_id(str(snapshot.get("tax_id", "")))
    if country == "ES":
        return vf.Recipient(name, nif=spanish_nif(tax_id))
    if country in EU_COUNTRIES:
        prefix = "EL" if country == "GR" else country
        value = tax_id if tax_id.startswith(prefix) else prefix + tax_id
        return vf.Recipient(name, foreign_id=vf.ForeignId("02", value[:20], country))  # 02: NIF-IVA
    return vf.Recipient(name, foreign_id=vf.ForeignId("04", tax_id[:20], country))  # 04: official id


def description_of(invoice: Invoice) -> str:
    seen: list[str] = []
    for line in invoice.lines:
        text = " ".join(line.description.split())
        if text and text not in seen:
            seen.append(text)
    joined = "; ".join(seen) or "Factura"
    return joined if len(joined) <= 500 else joined[:497] + "..."


def _recipients(invoice: Invoice, invoice_type: str) -> tuple[vf.Recipient, ...]:
    return () if invoice_type in vf.NO_RECIPIENT_TYPES else (recipient_of(invoice.client_snapshot),)


def _recipient_problems(invoice: Invoice, invoice_type: str) -> list[Problem]:
    if invoice_type in vf.NO_RECIPIENT_TYPES:
        return []
    if not str(invoice.client_snapshot.get("tax_id", "")).strip():
        return [Problem("client.tax_id", "verifactu_recipient_tax_id_required")]
    return []


# --- records in the chain ------------------------------------------------------------------------


def alta_for(
    tx: Transaction, invoice: Invoice, business: Business, now: dt.datetime, **extra: Any
) -> vf.AltaRecord:
    """The RegistroAlta of a just-numbered invoice, chained after the issuer's last record."""
    issuer_nif = spanish_nif(business.tax_id)
    invoice_type = invoice_type_of(invoice)
    problems = vf.validate_numserie(invoice.number or "") + _recipient_problems(invoice, invoice_type)
    if problems:
        raise ValidationFailed(problems)
    totals = invoice.totals
    return vf.build_alta(
        issuer_nif=issuer_nif, issuer_name=business.name[:120], number=invoice.number or "",
        issue_date=invoice.issue_date, invoice_type=invoice_type, description=description_of(invoice),
        breakdown=vf.breakdown_from_totals(totals.groups), cuota_total=totals.tax_total,
        importe_total=totals.total, previous=previous_link(tx, issuer_nif), generated_at=now,
        recipients=_recipients(invoice, invoice_type),
        operation_date=invoice.operation_date if invoice.operation_date != invoice.issue_date else None,
        time_zone=TIME_ZONE, **rectification_fields(tx, invoice, issuer_nif), **extra,
    )  # fmt: skip


def anulacion_for(tx: Transaction, alta: VerifactuRow, now: dt.datetime, **extra: Any) -> vf.AnulacionRecord:
    cancelled = vf.InvoiceRef(alta.issuer_nif, alta.number, alta.issue_date)
    return vf.build_anulacion(
        cancelled=cancelled, previous=previous_link(tx, alta.issuer_nif), generated_at=now,
        time_zone=TIME_ZONE, **extra,
    )  # fmt: skip


def previous_link(tx: Transaction, issuer_nif: str) -> vf.ChainLink | None:
    last = tx.last_verifactu_record(issuer_nif)
    return None if last is None else vf.ChainLink(last.issuer_nif, last.number, last.issue_date, last.huella)


def rectification_fields(tx: Transaction, invoice: Invoice, issuer_nif: str) -> dict[str, Any]:
    if invoice.kind is not Kind.RECTIFYING:
        return {}
    original = tx.get_invoice(invoice.rectifies_id or "")
    if original is None or original.number is None:
        raise ValidationFailed([Problem("rectifies_id", "verifactu_rectified_not_found")])
    original_nif = spanish_nif(str(original.issuer_snapshot.get("tax_id") or issuer_nif))
    rectified = (vf.InvoiceRef(original_nif, original.number, original.issue_date),)
    if invoice.is_by_differences:
        # TipoRectificativa I: the record's own amounts are the difference; AEAT takes no
        # ImporteRectificacion then (it states the rectified amounts, for substitutions only).
        return {"rectification_kind": "I", "rectified": rectified, "rectification_amounts": None}
    t = original.totals
    return {
        "rectification_kind": "S",
        "rectified": rectified,
        "rectification_amounts": vf.RectificationAmounts(t.base, t.vat, t.surcharge if t.surcharge else None),
    }


def append_record(
    tx: Transaction, record: vf.ChainRecord, invoice_id: str, business: Business
) -> VerifactuRow:
    stored = StoredRecord(record, software_for(tx, business), business.name[:120])
    row = VerifactuRow(
        id=new_id(), issuer_nif=record.issuer_nif, record_type=record_type(record), invoice_id=invoice_id,
        number=record.number, issue_date=record.issue_date, generated_at=record.generated_at,
        huella=record.huella, previous_huella=record.previous.huella if record.previous else "",
        payload=encode(stored),
    )  # fmt: skip
    return tx.append_verifactu_record(row)

"""Domain objects ⇄ table rows. Amounts go to integer cents here and nowhere else."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from facturas_app.domain.folding import fold
from facturas_app.domain.invoice import DocType, Invoice, InvoiceLine, Kind, RectificationMethod, Status
from facturas_app.domain.money import from_cents, to_cents
from facturas_app.domain.parties import Business, Client, Product
from facturas_app.storage.sqlite.tables import (
    BusinessRow,
    ClientRow,
    InvoiceLineRow,
    InvoiceRow,
    ProductRow,
)


def business_to_row(business: Business) -> dict[str, Any]:
    values = asdict(business)
    values["default_payment_methods"] = list(business.default_payment_methods)
    return {"id": 1, **values}


def business_from_row(row: BusinessRow) -> Business:
    values = row.model_dump()
    values.pop("id")
    values["default_payment_methods"] = tuple(values["default_payment_methods"])
    return Business(**values)


def search_text(*pieces: str) -> str:
    """The stored search text: the non-empty pieces, folded (domain/folding.py), one space apart.
    Migration 0017 builds the same text in SQL for the rows written before it."""
    return fold(" ".join(piece for piece in pieces if piece))


def client_search_text(client: Client) -> str:
    return search_text(client.name, client.tax_id, client.email, client.city)


def client_to_row(client: Client) -> dict[str, Any]:
    values = asdict(client)
    values["search_text"] = client_search_text(client)
    values["name_sort"] = fold(client.name)  # lists sort as they search (migration 0025)
    return values


def client_from_row(row: ClientRow) -> Client:
    values = row.model_dump(exclude={"search_text", "created_at", "name_sort"})
    values["reminders_paused"] = bool(values["reminders_paused"])
    values["archived"] = bool(values["archived"])
    return Client(**values)


def product_to_row(product: Product) -> dict[str, Any]:
    folded = {"search_text": search_text(product.name, product.code), "name_sort": fold(product.name)}
    return {**asdict(product), **folded}


def product_from_row(row: ProductRow) -> Product:
    return Product(**row.model_dump(exclude={"search_text", "created_at", "name_sort"}))


def invoice_search_text(invoice: Invoice, client_name: str, number: str | None = None) -> str:
    """Number, client name and tax id as snapshotted, every line's description, the notes' start.
    Written with the draft and again at issue (number and lines final), then locked with the row."""
    return search_text(
        number or invoice.number or "",
        client_name,
        _snapshot_text(invoice.client_snapshot, "tax_id"),
        *(line.description for line in invoice.lines),
        invoice.notes[:200],
    )


def _snapshot_text(snapshot: dict[str, Any], key: str) -> str:
    """A snapshot value as its own column (migration 0010 backfilled them with the same rule)."""
    value = snapshot.get(key)
    return "" if value is None else str(value)


def invoice_to_row(invoice: Invoice, client_name: str) -> dict[str, Any]:
    totals = invoice.totals
    return {
        "id": invoice.id,
        "doc_type": invoice.doc_type.value,
        "kind": invoice.kind.value,
        "status": invoice.status.value,
        "client_id": invoice.client_id,
        "client_name": client_name,
        "client_sort": fold(client_name),
        "client_snapshot": invoice.client_snapshot,
        "client_tax_id": _snapshot_text(invoice.client_snapshot, "tax_id"),
        "client_country": _snapshot_text(invoice.client_snapshot, "country"),
        "issuer_snapshot": invoice.issuer_snapshot,
        "issue_date": invoice.issue_date,
        "due_date": invoice.due_date,
        "operation_date": invoice.operation_date,
        "valid_until": invoice.valid_until,
        "irpf_rate": invoice.irpf_rate,
        "payment_methods": list(invoice.payment_methods),
        "notes": invoice.notes,
        "thank_you": invoice.thank_you,
        "template": invoice.template,
        "base_cents": to_cents(totals.base),
        "vat_cents": to_cents(totals.vat),
        "surcharge_cents": to_cents(totals.surcharge),
        "irpf_cents": to_cents(totals.irpf),
        "total_cents": to_cents(totals.total),
        "amount_due_cents": to_cents(totals.amount_due),
        "rectifies_id": invoice.rectifies_id,
        "rectification_kind": invoice.rectification_kind,
        "rectification_reason": invoice.rectification_reason,
        "rectification_method": invoice.rectification_method.value if invoice.rectification_method else None,
        "search_text": invoice_search_text(invoice, client_name),
    }


def line_rows(invoice: Invoice) -> list[dict[str, Any]]:
    return [
        {
            "invoice_id": invoice.id,
            "position": position,
            "description": line.description,
            "quantity": line.quantity,
            "unit": line.unit,
            "unit_price": line.unit_price,
            "discount_percent": line.discount_percent,
            "vat_rate": line.vat_rate,
            "surcharge_rate": line.surcharge_rate,
            "exemption": line.exemption,
            "net_cents": to_cents(line.net),
            "product_id": line.product_id,
        }
        for position, line in enumerate(invoice.lines)
    ]


def tax_rows(invoice: Invoice) -> list[dict[str, Any]]:
    """The engine's groups, stored so reports can add them up in SQL without a second formula."""
    return [
        {
            "invoice_id": invoice.id,
            "position": position,
            "exemption": group.exemption,
            "vat_rate": group.vat_rate,
            "surcharge_rate": group.surcharge_rate,
            "base_cents": to_cents(group.base),
            "vat_cents": to_cents(group.vat),
            "surcharge_cents": to_cents(group.surcharge),
        }
        for position, group in enumerate(invoice.totals.groups)
    ]


def line_from_row(row: InvoiceLineRow) -> InvoiceLine:
    return InvoiceLine(
        description=row.description,
        quantity=row.quantity,
        unit_price=row.unit_price,
        vat_rate=row.vat_rate,
        discount_percent=row.discount_percent,
        surcharge_rate=row.surcharge_rate,
        exemption=row.exemption,
        unit=row.unit,
        product_id=row.product_id,
    )


def invoice_from_row(row: InvoiceRow, lines: list[InvoiceLineRow]) -> Invoice:
    return Invoice(
        id=row.id,
        client_id=row.client_id,
        lines=tuple(line_from_row(line) for line in lines),
        issue_date=row.issue_date,
        due_date=row.due_date,
        doc_type=DocType(row.doc_type),
        kind=Kind(row.kind),
        status=Status(row.status),
        series=row.series,
        number=row.number,
        irpf_rate=row.irpf_rate,
        payment_methods=tuple(row.payment_methods),
        notes=row.notes,
        thank_you=row.thank_you,
        operation_date=row.operation_date,
        rectifies_id=row.rectifies_id,
        rectification_kind=row.rectification_kind,
        rectification_reason=row.rectification_reason,
        rectification_method=RectificationMethod(row.rectification_method)
        if row.rectification_method
        else None,
        cancel_reason=row.cancel_reason,
        template=row.template,
        paid=from_cents(row.paid_cents),
        debt_change=from_cents(row.debt_change_cents),
        valid_until=row.valid_until,
        sent_at=row.sent_at,
        client_snapshot=row.client_snapshot,
        issuer_snapshot=row.issuer_snapshot,
    )

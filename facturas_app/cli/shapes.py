"""CLI.md's JSON shapes. Keys here are a contract: add, never rename or drop."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from facturas_app.domain.invoice import Invoice, InvoiceLine
from facturas_app.domain.money import decimal_text, money_text
from facturas_app.domain.parties import Business, Client, Product
from facturas_app.domain.totals import Totals
from facturas_app.storage.api import InvoiceListRow


def business_json(b: Business) -> dict[str, Any]:
    return {
        "name": b.name,
        "trade_name": b.trade_name,
        "tax_id": b.tax_id,
        "address": b.address,
        "postal_code": b.postal_code,
        "city": b.city,
        "country": b.country,
        "email": b.email,
        "iban": b.iban,
        "default_series": b.default_series,
        "phone": b.phone,
        "bic": b.bic,
        "rectifying_series": b.rectifying_series,
        "quote_series": b.quote_series,
        "default_vat_rate": decimal_text(b.default_vat_rate),
        "default_irpf_rate": decimal_text(b.default_irpf_rate),
        "default_payment_methods": list(b.default_payment_methods),
        "language": b.language,
        "thank_you": b.thank_you,
        "payment_link": b.payment_link,
        "pdf_template": b.pdf_template,
        "accent_color": b.accent_color,
        "logo_path": b.logo_path,
        "sepa_creditor_id": b.sepa_creditor_id,
        "sepa_prenotice_days": b.sepa_prenotice_days,
    }


def client_json(c: Client) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "tax_id": c.tax_id,
        "address": c.address,
        "postal_code": c.postal_code,
        "city": c.city,
        "country": c.country,
        "email": c.email,
        "payment_terms_days": c.payment_terms_days,
        "language": c.language,
        "phone": c.phone,
        "iban": c.iban,
        "notes": c.notes,
        "reminders_paused": c.reminders_paused,
        "archived": c.archived,
        "einvoice_format": c.einvoice_format,
        "dir3": _dir3_json(c),
    }


def _dir3_json(c: Client) -> dict[str, str] | None:
    """CLI.md's client "dir3" object; null for a client that is not a public administration."""
    codes = {
        "oficina_contable": c.dir3_oficina_contable,
        "organo_gestor": c.dir3_organo_gestor,
        "unidad_tramitadora": c.dir3_unidad_tramitadora,
    }
    return codes if any(codes.values()) else None


def product_json(p: Product) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "code": p.code,
        "unit": p.unit,
        "unit_price": decimal_text(p.unit_price),
        "vat_rate": decimal_text(p.vat_rate),
        "surcharge_rate": decimal_text(p.surcharge_rate),
        "description": p.description,
        "archived": not p.active,
    }


def line_json(line: InvoiceLine) -> dict[str, Any]:
    return {
        "description": line.description,
        "quantity": decimal_text(line.quantity),
        "unit_price": decimal_text(line.unit_price),
        "discount_percent": decimal_text(line.discount_percent),
        "vat_rate": decimal_text(line.vat_rate),
        "surcharge_rate": decimal_text(line.surcharge_rate),
        "exemption": line.exemption,
        "unit": line.unit,
        "net": money_text(line.net),
    }


def _to_refund(outstanding: Decimal) -> str:
    """What is owed back to the client (a negative outstanding, after a rectification), else 0.00."""
    return money_text(max(-outstanding, Decimal("0.00")))


def totals_json(t: Totals, paid: Any, outstanding: Any, debt_change: Decimal | None = None) -> dict[str, Any]:
    return {
        "taxes": [
            {
                "vat_rate": decimal_text(g.vat_rate),
                "surcharge_rate": decimal_text(g.surcharge_rate),
                "base": money_text(g.base),
                "vat": money_text(g.vat),
                "surcharge": money_text(g.surcharge),
                "exemption": g.exemption,
            }
            for g in t.groups
        ],
        "base": money_text(t.base),
        "vat": money_text(t.vat),
        "surcharge": money_text(t.surcharge),
        "irpf_rate": decimal_text(t.irpf_rate),
        "irpf": money_text(t.irpf),
        "total": money_text(t.total),
        "amount_due": money_text(t.amount_due),
        "paid": money_text(paid),
        "outstanding": money_text(outstanding),
        "to_refund": _to_refund(outstanding),
        "debt_change": money_text(debt_change if debt_change is not None else Decimal("0.00")),
    }


def invoice_json(inv: Invoice, client: Client | None, status: str, rectified_by: list[str]) -> dict[str, Any]:
    client_data = (
        dict(inv.client_snapshot) if inv.client_snapshot else (client_json(client) if client else {})
    )
    client_data.setdefault("id", inv.client_id)
    return {
        "id": inv.id,
        "number": inv.number,
        "series": inv.series,
        "status": status,
        "kind": inv.kind.value,
        "doc_type": inv.doc_type.value,
        "issue_date": inv.issue_date.isoformat(),
        "due_date": inv.due_date.isoformat(),
        "client_id": inv.client_id,
        "client": client_data,
        "lines": [line_json(line) for line in inv.lines],
        "irpf_rate": decimal_text(inv.irpf_rate),
        "payment_methods": list(inv.payment_methods),
        "notes": inv.notes,
        "thank_you": inv.thank_you,
        "rectifies": inv.rectifies_id,
        "rectification_kind": inv.rectification_kind,
        "rectification_reason": inv.rectification_reason,
        "rectification_method": inv.rectification_method.value if inv.rectification_method else None,
        "rectified_by": rectified_by,
        "cancel_reason": inv.cancel_reason,
        "totals": totals_json(inv.totals, inv.paid, inv.outstanding, inv.debt_change),
    }


def invoice_item_json(row: InvoiceListRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "number": row.number,
        "status": row.status.value,
        "client_id": row.client_id,
        "client_name": row.client_name,
        "issue_date": row.issue_date.isoformat(),
        "due_date": row.due_date.isoformat(),
        "total": money_text(row.total),
        "outstanding": money_text(row.outstanding),
        "to_refund": _to_refund(row.outstanding),
        "kind": row.kind,
        "verifactu": row.verifactu,  # the latest billing record's state, null without one
    }

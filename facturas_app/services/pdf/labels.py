"""Printed words and number/date formats for invoice PDFs, in Spanish and English.

Spanish documents: dates dd/mm/yyyy and amounts "1.234,56 €" (grouping forced: CLDR's Spanish
locale would print "1234,56 €" for four-digit amounts). Babel does the formatting; results are
memoised because a document formats the same few values many times.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from facturas_app.domain.money import decimal_text

LABELS: dict[str, dict[str, str]] = {
    "invoice": {"es": "FACTURA", "en": "INVOICE"},
    "simplified": {"es": "FACTURA SIMPLIFICADA", "en": "SIMPLIFIED INVOICE"},
    "rectifying": {"es": "FACTURA RECTIFICATIVA", "en": "CORRECTIVE INVOICE"},
    "quote": {"es": "PRESUPUESTO", "en": "QUOTE"},
    "proforma": {"es": "FACTURA PROFORMA", "en": "PROFORMA INVOICE"},
    "draft": {"es": "BORRADOR", "en": "DRAFT"},
    "cancelled": {"es": "ANULADA", "en": "CANCELLED"},
    "number": {"es": "Número", "en": "Number"},
    "series": {"es": "Serie", "en": "Series"},
    "issue_date": {"es": "Fecha de expedición", "en": "Issue date"},
    "operation_date": {"es": "Fecha de operación", "en": "Date of supply"},
    "due_date": {"es": "Vencimiento", "en": "Due date"},
    "debit_on": {
        "es": "Se cargará en su cuenta {iban} el {date}",
        "en": "To be debited to your account {iban} on {date}",
    },
    "debit_at_due": {
        "es": "Se cargará en su cuenta {iban} al vencimiento",
        "en": "To be debited to your account {iban} on the due date",
    },
    "valid_until": {"es": "Válido hasta", "en": "Valid until"},
    "bill_to": {"es": "Cliente", "en": "Bill to"},
    "issuer": {"es": "Emisor", "en": "From"},
    "tax_id": {"es": "NIF", "en": "Tax ID"},
    "vat_id": {"es": "NIF-IVA", "en": "VAT No."},
    "description": {"es": "Descripción", "en": "Description"},
    "quantity": {"es": "Cant.", "en": "Qty"},
    "unit": {"es": "Ud.", "en": "Unit"},
    "unit_price": {"es": "Precio", "en": "Unit price"},
    "discount": {"es": "Dto.", "en": "Disc."},
    "vat": {"es": "IVA", "en": "VAT"},
    "amount": {"es": "Importe", "en": "Amount"},
    "base": {"es": "Base imponible", "en": "Tax base"},
    "rate": {"es": "Tipo", "en": "Rate"},
    "quota": {"es": "Cuota", "en": "Tax"},
    "surcharge": {"es": "Recargo equiv.", "en": "Equivalence surcharge"},
    "surcharge_short": {"es": "R.E.", "en": "Surch."},
    "irpf": {"es": "Retención IRPF", "en": "Income tax withheld (IRPF)"},
    "total": {"es": "Total factura", "en": "Invoice total"},
    "total_quote": {"es": "Total", "en": "Total"},
    "amount_due": {"es": "Importe a pagar", "en": "Amount to pay"},
    "paid": {"es": "Pagado", "en": "Paid"},
    "refunded": {"es": "Devuelto", "en": "Refunded"},
    "to_refund": {"es": "A devolver", "en": "To refund"},
    "debt_change": {"es": "Ajuste por rectificativas", "en": "Adjusted by corrective invoices"},
    "applied_to_rectified": {
        "es": "Aplicado a la factura rectificada",
        "en": "Applied to the corrected invoice",
    },
    "paid_on_rectified": {"es": "Pagado en la factura rectificada", "en": "Paid on the corrected invoice"},
    "outstanding": {"es": "Pendiente", "en": "Outstanding"},
    "vat_included": {"es": "IVA incluido", "en": "VAT included"},
    "payment": {"es": "Forma de pago", "en": "Payment"},
    "iban": {"es": "IBAN", "en": "IBAN"},
    "bic": {"es": "BIC", "en": "BIC"},
    "scan_to_pay": {"es": "Escanee para pagar", "en": "Scan to pay"},
    "pay_online": {"es": "Pagar en línea", "en": "Pay online"},
    "notes": {"es": "Observaciones", "en": "Notes"},
    "rectifies": {"es": "Rectifica la factura", "en": "Corrects invoice"},
    "of_date": {"es": "de fecha", "en": "dated"},
    "reason": {"es": "Motivo", "en": "Reason"},
    "rect_kind": {"es": "Tipo de rectificación", "en": "Correction type"},
    "by_substitution": {"es": "por sustitución", "en": "by substitution"},
    "by_differences": {"es": "por diferencias", "en": "by differences"},
    "qr_tributario": {"es": "QR tributario:", "en": "QR tributario:"},
    "verifactu": {"es": "VERI*FACTU", "en": "VERI*FACTU"},
    "page": {"es": "Página", "en": "Page"},
    "continued": {"es": "(continuación)", "en": "(continued)"},
}

PAYMENT_METHODS: dict[str, dict[str, str]] = {
    "transfer": {"es": "Transferencia bancaria", "en": "Bank transfer"},
    "card": {"es": "Tarjeta", "en": "Card"},
    "cash": {"es": "Efectivo", "en": "Cash"},
    "bizum": {"es": "Bizum", "en": "Bizum"},
    "paypal": {"es": "PayPal", "en": "PayPal"},
    "direct_debit": {"es": "Domiciliación bancaria", "en": "Direct debit"},
    "other": {"es": "Otro", "en": "Other"},
}

RECTIFICATION_KINDS: dict[str, dict[str, str]] = {
    "R1": {
        "es": "R1 · error fundado en derecho (art. 80 Uno, Dos y Seis LIVA)",
        "en": "R1 · legal error (art. 80.1, 80.2, 80.6 Spanish VAT Act)",
    },
    "R2": {"es": "R2 · concurso de acreedores (art. 80 Tres LIVA)", "en": "R2 · insolvency (art. 80.3)"},
    "R3": {"es": "R3 · crédito incobrable (art. 80 Cuatro LIVA)", "en": "R3 · bad debt (art. 80.4)"},
    "R4": {"es": "R4 · otras causas", "en": "R4 · other reasons"},
    "R5": {
        "es": "R5 · rectificación de factura simplificada",
        "en": "R5 · correction of a simplified invoice",
    },
}

_LOCALES = {"es": "es_ES", "en": "en_GB"}


def label(key: str, lang: str) -> str:
    texts = LABELS[key]
    return texts.get(lang) or texts["es"]


def payment_method(code: str, lang: str) -> str:
    texts = PAYMENT_METHODS.get(code)
    return (texts.get(lang) or texts["es"]) if texts else code


def rectification_kind(code: str, lang: str) -> str:
    texts = RECTIFICATION_KINDS.get(code)
    return (texts.get(lang) or texts["es"]) if texts else code


@lru_cache(maxsize=4096)
def money(amount: Decimal, lang: str) -> str:
    """'1.234,56 €' (es) or '€1,234.56' (en)."""
    from babel.numbers import format_currency

    if lang == "es":
        return format_currency(amount, "EUR", format="#,##0.00\u00a0¤", locale="es_ES")
    return format_currency(amount, "EUR", locale=_LOCALES.get(lang, "en_GB"))


@lru_cache(maxsize=4096)
def number(value: Decimal, lang: str) -> str:
    """A quantity or rate without trailing zeros, with the language's decimal mark."""
    text = decimal_text(value)
    if lang == "es":
        whole, _, frac = text.partition(".")
        return _group_es(whole) + ("," + frac if frac else "")
    return text


def _group_es(whole: str) -> str:
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sign + ".".join(groups)


def percent(value: Decimal, lang: str) -> str:
    return f"{number(value, lang)}\u00a0%" if lang == "es" else f"{number(value, lang)}%"


@lru_cache(maxsize=1024)
def date(value: dt.date, lang: str) -> str:
    """dd/mm/yyyy for Spanish; '26 Nov 2026' for English."""
    if lang == "es":
        return value.strftime("%d/%m/%Y")
    from babel.dates import format_date

    return format_date(value, format="d MMM yyyy", locale=_LOCALES.get(lang, "en_GB"))

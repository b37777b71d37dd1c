"""The columns of migration 0024's tables and their mapping to domain/purchases.py values."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from facturas_app.domain.money import decimal_text, from_cents, to_cents
from facturas_app.domain.purchases import Expense, ExpenseTax, Supplier, supplier_key
from facturas_app.storage.api_purchases import ExpenseQuery
from facturas_app.storage.sqlite.mappers import search_text
from facturas_app.storage.sqlite.search_sql import folded_query
from facturas_app.storage.sqlite.types import date_to_db, timestamp_to_db

SUPPLIER_COLUMNS = "id, name, tax_id, tax_key, country, address, postal_code, city, email, search_text"
EXPENSE_COLUMNS = (
    "id, supplier_id, supplier_name, supplier_tax_id, supplier_tax_key, supplier_country, number,"
    " issue_date, received_on, operation_date, due_date, currency, base_cents, vat_cents,"
    " surcharge_cents, irpf_rate, irpf_cents, total_cents, deductible_percent, deductible_vat_cents,"
    " category, is_credit_note, corrects, status, status_at, reason, paid_on, source, findings,"
    " signature, notes, search_text"
)
LIST_COLUMNS = (
    "id, supplier_id, supplier_name, supplier_tax_id, number, issue_date, received_on, base_cents,"
    " vat_cents, total_cents, status, category, is_credit_note, findings, source"
)
TAX_COLUMNS = (
    "expense_id, position, base_cents, vat_rate, vat_cents, surcharge_rate, surcharge_cents,"
    " category, exemption_reason"
)


def supplier_values(s: Supplier) -> tuple[Any, ...]:
    text = search_text(s.name, s.tax_id, s.city)
    key = supplier_key(s.tax_id, s.country)
    return (s.id, s.name, s.tax_id, key, s.country, s.address, s.postal_code, s.city, s.email, text)


def expense_search_text(e: Expense) -> str:
    return search_text(e.number, e.supplier_name, e.supplier_tax_id, e.category, e.notes[:200])


def _day(value: dt.date | None) -> str | None:
    return date_to_db(value) if value is not None else None


def expense_values(e: Expense) -> tuple[Any, ...]:
    """The row of `e`, in EXPENSE_COLUMNS' order; `total_cents` is the invoice's own total."""
    return (
        e.id, e.supplier_id, e.supplier_name, e.supplier_tax_id,
        supplier_key(e.supplier_tax_id, e.supplier_country), e.supplier_country, e.number,
        date_to_db(e.issue_date), date_to_db(e.received_on), _day(e.operation_date), _day(e.due_date),
        e.currency, to_cents(e.base), to_cents(e.vat), to_cents(e.surcharge), decimal_text(e.irpf_rate),
        to_cents(e.irpf), to_cents(e.invoice_total), decimal_text(e.deductible_percent),
        to_cents(e.deductible_vat), e.category, bool(e.is_credit_note), e.corrects, e.status,
        timestamp_to_db(e.status_at) if e.status_at else None, e.reason, _day(e.paid_on), e.source,
        json.dumps(list(e.findings), ensure_ascii=False), e.signature, e.notes, expense_search_text(e),
    )  # fmt: skip


def tax_values(expense_id: str, position: int, t: ExpenseTax) -> tuple[Any, ...]:
    return (
        expense_id, position, to_cents(t.base), decimal_text(t.vat_rate), to_cents(t.vat),
        decimal_text(t.surcharge_rate), to_cents(t.surcharge), t.category, t.exemption_reason,
    )  # fmt: skip


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def expense_row(r: Any, taxes: tuple[ExpenseTax, ...]) -> Expense:
    """An expense from a row of EXPENSE_COLUMNS (its files are not read: see expense_attachments)."""
    return Expense(
        id=r[0], supplier_id=r[1], supplier_name=r[2], supplier_tax_id=r[3], supplier_country=r[5],
        number=r[6], issue_date=dt.date.fromisoformat(r[7]), received_on=dt.date.fromisoformat(r[8]),
        operation_date=_date(r[9]), due_date=_date(r[10]), currency=r[11], taxes=taxes,
        irpf_rate=Decimal(r[15]), irpf=from_cents(r[16]), deductible_percent=Decimal(r[18]),
        category=r[20], is_credit_note=bool(r[21]), corrects=r[22], status=r[23],
        status_at=dt.datetime.fromisoformat(r[24]) if r[24] else None, reason=r[25], paid_on=_date(r[26]),
        source=r[27], findings=tuple(json.loads(r[28])), signature=r[29], notes=r[30],
    )  # fmt: skip


def query_where(query: ExpenseQuery) -> tuple[str, tuple[Any, ...]]:
    """The WHERE clause of a list or summary: text as the invoice list's rule (folded substring)."""
    clauses: list[str] = []
    params: list[Any] = []
    if query.text.strip():
        clauses.append("instr(search_text, ?) > 0")
        params.append(folded_query(query.text))
    if query.status:
        clauses.append("status = ?")
        params.append(query.status)
    if query.date_from:
        clauses.append("issue_date >= ?")
        params.append(date_to_db(query.date_from))
    if query.date_to:
        clauses.append("issue_date <= ?")
        params.append(date_to_db(query.date_to))
    if query.supplier_id:
        clauses.append("supplier_id = ?")
        params.append(query.supplier_id)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)

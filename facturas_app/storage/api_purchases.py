"""Received invoices (expenses) and suppliers (repo_expenses.py, migration 0024); part of the
Transaction protocol. The values themselves live in domain/purchases.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from facturas_app.domain.purchases import Attachment, Expense, StatusEvent, Supplier


@dataclass(frozen=True)
class ExpenseQuery:
    """Filters and page of the expense list, newest first (issue date, then id); all in SQL.
    `text` matches the folded search text as the invoice list does (case and accents ignored)."""

    text: str = ""
    status: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    supplier_id: str | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True, slots=True)
class ExpenseListRow:
    id: str
    supplier_id: str
    supplier_name: str
    supplier_tax_id: str
    number: str
    issue_date: dt.date
    received_on: dt.date
    base: Decimal
    vat: Decimal
    total: Decimal
    status: str
    category: str
    is_credit_note: bool
    valid: bool
    source: str = "typed"  # how it came in: typed, ubl, facturae, facturx, cii (the list shows it)


@dataclass(frozen=True)
class ExpenseSummary:
    count: int
    base: Decimal
    vat: Decimal
    total: Decimal
    deductible_vat: Decimal = Decimal("0.00")  # Σ of each row's deductible VAT (the list's summary)


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    file_name: str
    media_type: str
    size: int


class ExpensePort(Protocol):
    # suppliers
    def add_supplier(self, supplier: Supplier, created_at: dt.datetime) -> None: ...
    def find_supplier_by_key(self, tax_key: str) -> Supplier | None: ...
    def get_supplier(self, supplier_id: str) -> Supplier | None: ...
    def list_suppliers(self, text: str = "", limit: int | None = None) -> list[Supplier]: ...

    # expenses (attachments and status events are written by their own calls)
    def add_expense(self, expense: Expense, created_at: dt.datetime) -> bool: ...  # False: duplicate
    def replace_expense(self, expense: Expense) -> bool: ...  # False: another has its supplier + number
    def delete_expense(self, expense_id: str) -> None: ...
    def get_expense(self, expense_id: str) -> Expense | None: ...
    def expense_exists(self, supplier_tax_key: str, number: str, except_id: str = "") -> bool: ...
    def list_expenses(self, query: ExpenseQuery) -> list[ExpenseListRow]: ...
    def summarize_expenses(self, query: ExpenseQuery) -> ExpenseSummary: ...
    def expense_responses_due(self, late_before: dt.date) -> tuple[int, dt.date | None, int]: ...
    def expenses_in(self, date_from: dt.date, date_to: dt.date) -> list[Expense]: ...  # by issue date
    def expenses_received_in(self, date_from: dt.date, date_to: dt.date) -> list[Expense]: ...
    def set_expense_status(self, event: StatusEvent) -> None: ...
    def expense_status_events(self, expense_id: str) -> list[StatusEvent]: ...
    def add_expense_attachment(
        self, expense_id: str, attachment_id: str, attachment: Attachment, added_at: dt.datetime
    ) -> None: ...
    def expense_attachments(self, expense_id: str) -> list[AttachmentInfo]: ...
    def expense_attachment(self, attachment_id: str) -> Attachment | None: ...

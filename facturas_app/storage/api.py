"""What services may ask of storage. The SQLite implementation lives in storage/sqlite/."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from facturas_app.domain.invoice import DocType, Invoice, Status
from facturas_app.domain.parties import Business, Client, Product
from facturas_app.storage.api_backup import BackupInfo, BackupPort  # noqa: F401  (re-exported)
from facturas_app.storage.api_bank import BankPort
from facturas_app.storage.api_purchases import ExpensePort
from facturas_app.storage.api_reminders import (  # re-exported: callers import these from api
    AGING_BUCKETS as AGING_BUCKETS,
)
from facturas_app.storage.api_reminders import (
    AgingRow,
    ClientRevenue,
    ReminderCandidate,
    ReminderRecord,
)
from facturas_app.storage.api_reports import (
    BookLines,
    ClientQuarterRow,
    ReportTaxRow,
    ReportTotals,
)
from facturas_app.storage.api_sales import (
    Feedback,
    FeedbackCandidate,
    QuoteDecision,
    QuoteRow,
    RatingSum,
    RecurringOccurrence,
    RecurringSchedule,
    TimelineEvent,
)
from facturas_app.storage.api_sepa import SepaPort

INVOICE_SORT_KEYS = ("number", "issue_date", "due_date", "client_name", "total", "outstanding", "status")


@dataclass(frozen=True)
class InvoiceQuery:
    """Filters and order for invoice lists; everything runs in SQL."""

    today: dt.date
    doc_type: DocType = DocType.INVOICE
    status: Status | None = None
    client_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""
    order_by: str = "issue_date"
    descending: bool = True
    limit: int | None = None
    offset: int = 0
    owed_back: bool = False  # only invoices a rectification left owing money to the client


@dataclass(frozen=True, slots=True)  # slots: lists hold 100,000s of them; less memory, one GC object
class InvoiceListRow:
    id: str
    number: str | None
    status: Status  # effective: overdue derived
    client_id: str
    client_name: str
    issue_date: dt.date
    due_date: dt.date
    total: Decimal
    amount_due: Decimal
    paid: Decimal
    kind: str
    debt_change: Decimal = Decimal("0.00")  # what rectifications moved onto this debt
    # The latest billing record's state: pending | accepted | accepted_with_errors | rejected;
    # None when the invoice has no record (a draft, a quote, VERI*FACTU off)
    verifactu: str | None = None

    @property
    def outstanding(self) -> Decimal:
        """What the client still owes; below zero, what is owed back to the client."""
        if self.status in (Status.DRAFT, Status.CANCELLED):
            return Decimal("0.00")
        return self.amount_due + self.debt_change - self.paid


@dataclass(frozen=True)
class LandingFigures:
    """What the dashboard shows first: read before the full storage stack has loaded."""

    has_business: bool
    pending: Decimal
    overdue: Decimal
    overdue_count: int
    most_overdue: list[InvoiceListRow]


@dataclass(frozen=True)
class ListSummary:
    count: int
    total: Decimal
    outstanding: Decimal


@dataclass(frozen=True)
class Payment:
    id: str
    invoice_id: str
    amount: Decimal
    paid_on: dt.date
    method: str
    reference: str
    created_at: dt.datetime
    removed_at: dt.datetime | None = None
    removed_reason: str = ""


OUTBOX_STATES = ("queued", "sending", "sent", "failed", "unknown", "cancelled")
OUTBOX_KINDS = ("invoice", "quote", "reminder", "receipt", "feedback", "test")


@dataclass(frozen=True)
class OutboxEntry:
    """One email in the outbox. `raw_message` is empty in lists (only get_outbox loads it)."""

    id: str
    message_id: str
    state: str  # one of OUTBOX_STATES
    kind: str  # one of OUTBOX_KINDS
    to: str
    subject: str
    created_at: dt.datetime
    raw_message: bytes = b""
    cc: str = ""
    stage: str = ""
    invoice_id: str | None = None
    client_id: str | None = None
    attempts: int = 0
    next_attempt_at: dt.datetime | None = None
    last_attempt_at: dt.datetime | None = None
    last_error: str = ""  # the server's words (or ours, in English): a detail
    sent_at: dt.datetime | None = None
    invoice_number: str | None = None  # joined from the invoice, for lists
    error_code: str = ""  # why it did not go out (services/mail/error_codes.py); "" before 0021


@dataclass(frozen=True)
class Event:
    id: str
    kind: str
    happened_at: dt.datetime
    client_id: str | None = None
    invoice_id: str | None = None
    summary: str = ""
    payload: dict[str, Any] | None = None


@dataclass(frozen=True)
class IssuedNumber:
    series: str
    year: int
    seq: int
    number: str


@dataclass(frozen=True)
class VerifactuSubmission:
    """The sending state of one VERI*FACTU record (the only part of a record that changes)."""

    record_id: str
    state: str = "pending"  # pending | accepted | rejected
    aeat_status: str = ""  # EstadoRegistro as AEAT answered
    error_code: int | None = None
    error_description: str = ""
    csv: str = ""
    attempts: int = 0
    last_attempt_at: dt.datetime | None = None


@dataclass(frozen=True)
class VerifactuRow:
    """A stored billing record. `payload` is the JSON text the record is rebuilt from; `seq` and
    `chain_seq` are assigned by the store when the record is appended (pass 0)."""

    id: str
    issuer_nif: str
    record_type: str  # alta | anulacion
    invoice_id: str | None
    number: str
    issue_date: dt.date
    generated_at: dt.datetime
    huella: str
    previous_huella: str
    payload: str
    seq: int = 0
    chain_seq: int = 0
    submission: VerifactuSubmission | None = None


class Transaction(SepaPort, BankPort, ExpensePort, Protocol):
    """One unit of work: everything inside commits together or not at all.
    (SEPA mandates and remittances: storage/api_sepa.py; bank movements: storage/api_bank.py;
    received invoices and suppliers: storage/api_purchases.py.)"""

    # business profile and settings
    def get_business(self) -> Business | None: ...
    def save_business(self, business: Business) -> None: ...
    def get_setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...

    # clients and products
    def add_client(self, client: Client, created_at: dt.datetime) -> None: ...
    def update_client(self, client: Client) -> None: ...
    def get_client(self, client_id: str) -> Client | None: ...
    def list_clients(
        self, text: str = "", limit: int | None = None, offset: int = 0, include_archived: bool = True
    ) -> list[Client]: ...
    def count_clients(self, text: str = "", include_archived: bool = True) -> int: ...
    def find_client_by_tax_id(self, tax_id: str) -> Client | None: ...
    def add_product(self, product: Product, created_at: dt.datetime) -> None: ...
    def update_product(self, product: Product) -> None: ...
    def get_product(self, product_id: str) -> Product | None: ...
    def list_products(
        self, text: str = "", limit: int | None = None, include_archived: bool = True
    ) -> list[Product]: ...
    # deleting what nothing refers to, duplicate tax ids (storage/sqlite/repo_archive.py)
    def client_reference_count(self, client_id: str) -> int: ...
    def delete_client(self, client_id: str) -> None: ...
    def product_line_count(self, product_id: str) -> int: ...
    def delete_product(self, product_id: str) -> None: ...
    def clients_with_tax_id(self, variants: Collection[str], except_id: str = "") -> list[Client]: ...

    # invoices
    def insert_draft(self, invoice: Invoice, created_at: dt.datetime, client_name: str) -> None: ...
    def replace_draft(self, invoice: Invoice, client_name: str) -> None: ...
    def delete_draft(self, invoice_id: str) -> None: ...
    def get_invoice(self, invoice_id: str) -> Invoice | None: ...
    def get_invoice_by_number(self, number: str) -> Invoice | None: ...
    def get_invoices(self, invoice_ids: Sequence[str]) -> list[Invoice]: ...  # asked order; unknown skipped
    def take_number(self, series: str, issue_date: dt.date) -> IssuedNumber: ...
    def last_issue_date(self, series: str) -> dt.date | None: ...
    def mark_issued(self, invoice: Invoice, number: IssuedNumber, issued_at: dt.datetime) -> None: ...
    def set_status(self, invoice_id: str, status: Status, **changes: Any) -> None: ...
    def list_invoices(self, query: InvoiceQuery) -> list[InvoiceListRow]: ...
    def summarize_invoices(self, query: InvoiceQuery) -> ListSummary: ...
    def count_issued_invoices(self) -> int: ...
    def rectifying_invoices_of(self, invoice_id: str) -> list[str]: ...

    # rectification families and what they owe (storage/sqlite/repo_settlement.py)
    def rectification_root(self, invoice_id: str) -> str: ...
    def rectification_members(self, root_id: str) -> list[str]: ...
    def set_debt_change(self, invoice_id: str, debt_change: Decimal, status: Status | None) -> None: ...
    def refunds_due(self) -> tuple[Decimal, int]: ...
    def has_rectifications(self, invoice_id: str) -> bool: ...
    def with_rectifications(self, invoice_ids: Sequence[str]) -> set[str]: ...  # has_rectifications, many
    def rectified_invoice_ids(self) -> list[str]: ...

    # outbox (emails): rows are written before sending; state changes are conditional claims
    def add_outbox(self, entry: OutboxEntry) -> None: ...
    def get_outbox(self, outbox_id: str) -> OutboxEntry | None: ...
    def list_outbox(
        self,
        states: Sequence[str] | None = None,
        invoice_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[OutboxEntry]: ...
    def count_outbox(self, states: Sequence[str] | None = None) -> int: ...
    def due_outbox_ids(self, now: dt.datetime, limit: int = 100) -> list[str]: ...
    def stale_sending_ids(self, started_before: dt.datetime) -> list[str]: ...
    def update_outbox(self, outbox_id: str, expected_states: Sequence[str], **changes: Any) -> bool: ...

    # payments and timeline
    def add_payment(self, payment: Payment) -> None: ...
    def list_payments(self, invoice_id: str, include_removed: bool = False) -> list[Payment]: ...
    def get_payment(self, payment_id: str) -> Payment | None: ...
    def remove_payment(self, payment_id: str, removed_at: dt.datetime, reason: str) -> None: ...
    def set_paid(self, invoice_id: str, paid: Decimal, status: Status) -> None: ...
    def add_event(self, event: Event) -> None: ...
    def list_events(self, client_id: str) -> list[Event]: ...

    # reports (tax books, Modelo 303/130/347/349): sums of the stored engine results, in SQL
    def report_tax_groups(self, date_from: dt.date, date_to: dt.date) -> list[ReportTaxRow]: ...
    def report_totals(self, date_from: dt.date, date_to: dt.date) -> ReportTotals: ...
    def report_client_quarters(self, date_from: dt.date, date_to: dt.date) -> list[ClientQuarterRow]: ...
    def report_exempt_by_client(
        self, date_from: dt.date, date_to: dt.date, exemption: str
    ) -> list[ClientQuarterRow]: ...
    def report_book(self, date_from: dt.date, date_to: dt.date) -> BookLines: ...

    # reminders, pauses, receipts and aging (storage/sqlite/repo_reminders.py)
    def reminder_candidates(self, today: dt.date, earliest_offset_days: int) -> list[ReminderCandidate]: ...
    def claim_reminder(self, record: ReminderRecord) -> bool: ...
    def list_reminders(self, invoice_id: str) -> list[ReminderRecord]: ...
    def set_invoice_reminders_paused(self, invoice_id: str, paused: bool, at: dt.datetime) -> None: ...
    def invoice_reminders_paused(self, invoice_id: str) -> bool: ...
    def claim_receipt(
        self, receipt_id: str, payment_id: str, outbox_id: str, created_at: dt.datetime
    ) -> bool: ...
    def receipt_outbox_ids(self, states: Sequence[str] | None = None) -> list[str]: ...
    def receipt_for_payment(self, payment_id: str) -> str | None: ...
    def aging_rows(self, today: dt.date, client_id: str | None = None) -> list[AgingRow]: ...
    def average_days_to_pay(self, client_id: str | None = None) -> dict[str, Decimal]: ...

    # dashboard figures, each one SQL aggregate (storage/sqlite/repo_dashboard.py)
    def dashboard_open_totals(self, today: dt.date) -> tuple[Decimal, Decimal, int]: ...
    def dashboard_collected(self, date_from: dt.date, date_to: dt.date) -> Decimal: ...
    def dashboard_revenue_by_month(self, date_from: dt.date, date_to: dt.date) -> dict[str, Decimal]: ...
    def dashboard_top_clients(
        self, date_from: dt.date, date_to: dt.date, limit: int = 5
    ) -> list[ClientRevenue]: ...
    def dashboard_billed(self, date_from: dt.date, date_to: dt.date) -> Decimal: ...
    def dashboard_history(self) -> tuple[dt.date | None, bool]: ...

    # quotes, recurring invoices, feedback and the client timeline (storage/sqlite/repo_sales.py)
    def save_quote_decision(self, decision: QuoteDecision) -> bool: ...
    def get_quote_decision(self, quote_id: str) -> QuoteDecision | None: ...
    def quote_of_invoice(self, invoice_id: str) -> str | None: ...
    def list_quotes(
        self, doc_types: tuple[str, ...] = ("quote",), client_id: str | None = None
    ) -> list[QuoteRow]: ...
    def add_schedule(self, schedule: RecurringSchedule) -> None: ...
    def set_schedule_active(self, schedule_id: str, active: bool) -> bool: ...
    def update_schedule(self, schedule: RecurringSchedule) -> bool: ...
    def delete_schedule(self, schedule_id: str) -> bool: ...
    def get_schedule(self, schedule_id: str) -> RecurringSchedule | None: ...
    def list_schedules(self, active_only: bool = False) -> list[RecurringSchedule]: ...
    def claim_occurrence(self, occurrence: RecurringOccurrence) -> bool: ...
    def list_occurrences(self, schedule_id: str | None = None) -> list[RecurringOccurrence]: ...
    def occurrences_to_email(self) -> list[RecurringOccurrence]: ...
    def set_occurrence_outbox(self, occurrence_id: str, outbox_id: str) -> bool: ...
    def add_feedback(self, feedback: Feedback) -> None: ...
    def list_feedback(self, client_id: str | None = None) -> list[Feedback]: ...
    def feedback_by_client(self) -> list[RatingSum]: ...
    def feedback_by_month(self) -> list[RatingSum]: ...
    def feedback_candidates(
        self, paid_on_or_before: dt.date, paid_on_or_after: dt.date
    ) -> list[FeedbackCandidate]: ...
    def claim_feedback_request(
        self, request_id: str, invoice_id: str, outbox_id: str | None, channel: str, at: dt.datetime
    ) -> bool: ...
    def feedback_requested(self, invoice_id: str) -> bool: ...
    def timeline_events(self, client_id: str) -> list[TimelineEvent]: ...

    # VERI*FACTU records (append-only) and their sending state
    def append_verifactu_record(self, row: VerifactuRow) -> VerifactuRow: ...
    def last_verifactu_record(self, issuer_nif: str) -> VerifactuRow | None: ...
    def list_verifactu_records(
        self,
        issuer_nif: str | None = None,
        invoice_id: str | None = None,
        state: str | None = None,
        after_seq: int = 0,
        limit: int | None = None,
    ) -> list[VerifactuRow]: ...
    def count_verifactu_records(self) -> dict[str, int]: ...
    def verifactu_attention(self, pending_before: dt.datetime) -> tuple[int, int]: ...
    def save_verifactu_submission(self, submission: VerifactuSubmission) -> None: ...


class Store(Protocol):
    path: Path

    def read(self) -> AbstractContextManager[Transaction]: ...
    def write(self) -> AbstractContextManager[Transaction]: ...
    def bulk_loader(self) -> BulkLoader: ...
    def close(self) -> None: ...


class BulkLoader(Protocol):
    """Fast inserts for sample data and imports: one transaction, many rows."""

    def load(
        self,
        business: Business,
        clients: Sequence[Client],
        products: Sequence[Product],
        invoices: Sequence[tuple[Invoice, IssuedNumber | None]],
        payments: Sequence[Payment],
        now: dt.datetime,
    ) -> None: ...

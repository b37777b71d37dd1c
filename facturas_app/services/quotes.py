"""Quotes (presupuestos) and proformas: the invoice's shape and editor, never an invoice number.

A quote is a draft until it is finalised (or sent, which finalises it): then it takes the next
number of the business's quote series ('P-2026-0001') and locks like an issued invoice. The client
accepts it (it becomes a DRAFT invoice with the same lines, linked both ways) or rejects it; both
with a date and a note, recorded once. A proforma is doc_type `proforma`: it is never numbered.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from facturas_app.domain.checks import invoice_problems
from facturas_app.domain.errors import Conflict, InvalidTransition, NotFound, Problem, ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import DocType, Invoice, Kind, Status
from facturas_app.services.invoicing import InvoicingService, SavedDraft, snapshot_business, snapshot_client
from facturas_app.services.ports import Clock
from facturas_app.storage.api import Event, OutboxEntry, Store, Transaction
from facturas_app.storage.api_sales import QuoteDecision, QuoteRow

DEFAULT_VALIDITY_DAYS = 30
QUOTE_TYPES = (DocType.QUOTE, DocType.PROFORMA)


@dataclass(frozen=True)
class QuoteItem:
    """A quote in a list, with what the list derives (expired) from the clock."""

    row: QuoteRow
    expired: bool

    def to_json(self) -> dict[str, Any]:
        r = self.row
        return {
            "id": r.id,
            "number": r.number,
            "doc_type": r.doc_type,
            "status": r.status,
            "client_id": r.client_id,
            "client_name": r.client_name,
            "issue_date": r.issue_date.isoformat(),
            "valid_until": r.valid_until.isoformat() if r.valid_until else None,
            "total": f"{r.total:.2f}",
            "outcome": r.outcome,
            "decided_on": r.decided_on.isoformat() if r.decided_on else None,
            "note": r.note,
            "invoice_id": r.invoice_id,
            "expired": self.expired,
        }


def is_expired(valid_until: dt.date | None, outcome: str | None, today: dt.date) -> bool:
    """Past its validity date and the client never answered."""
    return outcome is None and valid_until is not None and valid_until < today


class QuoteService:
    def __init__(self, store: Store, clock: Clock, invoices: InvoicingService, outbox: Any = None) -> None:
        self.store = store
        self.clock = clock
        self.invoices = invoices
        self.outbox = outbox  # OutboxService; None when mail is not wired (sending then fails)

    # ----- drafts -------------------------------------------------------------------------------
    def draft(self, payload: Any, doc_type: DocType = DocType.QUOTE) -> SavedDraft:
        """A quote (or proforma) draft from the draft-invoice shape; valid 30 days unless told."""
        from facturas_app.services import inputs

        if doc_type not in QUOTE_TYPES:
            raise ValidationFailed(
                [Problem("doc_type", "invalid_choice", {"value": doc_type, "choices": QUOTE_TYPES})]
            )
        document = self.invoices.build_draft(inputs.parse_draft(payload), doc_type)
        if document.valid_until is None:
            document = replace(
                document, valid_until=document.issue_date + dt.timedelta(days=DEFAULT_VALIDITY_DAYS)
            )
        self._check_validity(document)
        saved = self.invoices.save_draft(document)
        self._event(
            f"{doc_type.value}_created",
            document,
            document.valid_until.isoformat() if document.valid_until else "",
        )
        return saved

    def _check_validity(self, document: Invoice) -> None:
        if document.valid_until is not None and document.valid_until < document.issue_date:
            raise ValidationFailed(
                [
                    Problem(
                        "valid_until", "valid_until_before_issue", {"value": document.valid_until.isoformat()}
                    )
                ]
            )

    # ----- numbering and sending ----------------------------------------------------------------
    def finalise(self, quote_id: str, issue_date: dt.date | None = None) -> Invoice:
        """Take the next number of the QUOTE series (never an invoice number) and lock the quote."""
        with self.store.write() as tx:
            quote = self._require(tx, quote_id)
            if quote.doc_type is not DocType.QUOTE:
                raise InvalidTransition("proforma_never_numbered", id=quote_id)
            if not quote.is_draft:
                return quote
            return self._number(tx, quote, issue_date)

    def _number(self, tx: Transaction, quote: Invoice, issue_date: dt.date | None) -> Invoice:
        business = tx.get_business()
        client = tx.get_client(quote.client_id)
        if business is None or client is None:
            raise NotFound(
                "business_not_configured" if business is None else "client_not_found", id=quote.client_id
            )
        today = self.clock.today()
        date = issue_date or min(quote.issue_date, today)
        if date > today:
            raise ValidationFailed(
                [Problem("issue_date", "issue_date_in_future", {"value": date.isoformat()})]
            )
        if date != quote.issue_date:  # keep the validity period when the date moves
            shift = date - quote.issue_date
            quote = replace(
                quote,
                issue_date=date,
                due_date=quote.due_date + shift,
                valid_until=quote.valid_until + shift if quote.valid_until else None,
            )
        problems = invoice_problems(quote, business)
        if problems:
            raise ValidationFailed(problems)
        number = tx.take_number(business.quote_series, quote.issue_date)
        quote = replace(
            quote,
            series=business.quote_series,
            number=number.number,
            status=Status.ISSUED,
            client_snapshot=snapshot_client(client),
            issuer_snapshot=snapshot_business(business),
        )
        now = self.clock.now()
        tx.mark_issued(quote, number, now)
        tx.add_event(
            Event(
                new_id(),
                "quote_issued",
                now,
                quote.client_id,
                quote.id,
                number.number,
                {"date": quote.issue_date.isoformat()},
            )
        )
        return quote

    def send(self, quote_id: str, to: Sequence[str] | None = None) -> OutboxEntry:
        """Finalise if still a draft, queue the email (kind `quote`, PDF attached) and deliver it now."""
        if self.outbox is None:
            raise NotFound("mail_not_configured")
        self.outbox.mail_config.transport()  # no settings or password: fail before numbering anything
        quote = self.finalise(quote_id)
        entry = self.outbox.queue_invoice(quote.id, kind="quote", to=list(to) if to else None)
        delivered = self.outbox.deliver([entry.id])
        return delivered[0] if delivered else entry  # type: ignore[no-any-return]

    # ----- the client's decision ----------------------------------------------------------------
    def accept(self, quote_id: str, decided_on: dt.date | None = None, note: str = "") -> Invoice:
        """The quote becomes a DRAFT invoice with the same lines (same totals), linked both ways."""
        decided_on = self._decision_date(decided_on)
        with self.store.read() as tx:
            quote = self._require(tx, quote_id)
            self._check_open(tx, quote)
            client = tx.get_client(quote.client_id)
            business = tx.get_business()
        if client is None or business is None:
            raise NotFound("client_not_found", id=quote.client_id)
        invoice = self._invoice_from(quote, client.payment_terms_days)
        problems = invoice_problems(invoice, business)
        if problems:
            raise ValidationFailed(problems)
        now = self.clock.now()
        with self.store.write() as tx:
            decision = QuoteDecision(quote.id, "accepted", decided_on, now, note.strip(), invoice.id)
            if not tx.save_quote_decision(decision):
                raise Conflict("quote_already_decided", id=quote.number or quote.id)
            tx.insert_draft(invoice, now, client.name)
            tx.add_event(
                Event(
                    new_id(),
                    f"{quote.doc_type.value}_accepted",
                    now,
                    quote.client_id,
                    quote.id,
                    note.strip(),
                    {"date": decided_on.isoformat(), "invoice_id": invoice.id},
                )
            )
        return invoice

    def _invoice_from(self, quote: Invoice, terms_days: int) -> Invoice:
        today = self.clock.today()
        return Invoice(
            id=new_id(),
            client_id=quote.client_id,
            lines=quote.lines,
            issue_date=today,
            due_date=today + dt.timedelta(days=terms_days),
            doc_type=DocType.INVOICE,
            kind=Kind.SIMPLIFIED if quote.kind is Kind.SIMPLIFIED else Kind.INVOICE,
            irpf_rate=quote.irpf_rate,
            payment_methods=quote.payment_methods,
            notes=quote.notes,
            thank_you=quote.thank_you,
            operation_date=quote.operation_date,
            template=quote.template,
        )

    def reject(self, quote_id: str, note: str = "", decided_on: dt.date | None = None) -> QuoteDecision:
        decided_on = self._decision_date(decided_on)
        now = self.clock.now()
        with self.store.write() as tx:
            quote = self._require(tx, quote_id)
            self._check_open(tx, quote)
            decision = QuoteDecision(quote.id, "rejected", decided_on, now, note.strip())
            if not tx.save_quote_decision(decision):
                raise Conflict("quote_already_decided", id=quote.number or quote.id)
            tx.add_event(
                Event(
                    new_id(),
                    f"{quote.doc_type.value}_rejected",
                    now,
                    quote.client_id,
                    quote.id,
                    note.strip(),
                    {"date": decided_on.isoformat()},
                )
            )
        return decision

    def _decision_date(self, decided_on: dt.date | None) -> dt.date:
        today = self.clock.today()
        if decided_on is not None and decided_on > today:
            raise ValidationFailed([Problem("date", "date_in_future", {"value": decided_on.isoformat()})])
        return decided_on or today

    def _check_open(self, tx: Transaction, quote: Invoice) -> None:
        if tx.get_quote_decision(quote.id) is not None:
            raise Conflict("quote_already_decided", id=quote.number or quote.id)

    # ----- reading ------------------------------------------------------------------------------
    def get(self, quote_id: str) -> Invoice:
        with self.store.read() as tx:
            return self._require(tx, quote_id)

    def decision(self, quote_id: str) -> QuoteDecision | None:
        with self.store.read() as tx:
            return tx.get_quote_decision(self._require(tx, quote_id).id)

    def quote_of_invoice(self, invoice_id: str) -> str | None:
        """The quote an invoice came from (the link back)."""
        with self.store.read() as tx:
            return tx.quote_of_invoice(invoice_id)

    def list(self, client_id: str | None = None, include_proformas: bool = True) -> builtins.list[QuoteItem]:
        types = ("quote", "proforma") if include_proformas else ("quote",)
        today = self.clock.today()
        with self.store.read() as tx:
            rows = tx.list_quotes(types, client_id)
        return [QuoteItem(r, is_expired(r.valid_until, r.outcome, today)) for r in rows]

    def _require(self, tx: Transaction, key: str) -> Invoice:
        document = tx.get_invoice(key) or tx.get_invoice_by_number(key)
        if document is None or document.doc_type not in QUOTE_TYPES:
            raise NotFound("quote_not_found", id=key)
        return document

    def _event(self, kind: str, document: Invoice, summary: str) -> None:
        with self.store.write() as tx:
            tx.add_event(
                Event(
                    new_id(),
                    kind,
                    self.clock.now(),
                    document.client_id,
                    document.id,
                    summary,
                    {"date": document.issue_date.isoformat()},
                )
            )

"""Invoice use cases: drafts, issuing with a gapless number, rectifying, cancelling, lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any

from facturas_app.domain.checks import invoice_problems, invoice_warnings, recipient_problems
from facturas_app.domain.errors import Conflict, InvalidTransition, NotFound, Problem, ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import (
    RECTIFICATION_KINDS,
    DocType,
    Invoice,
    Kind,
    RectificationMethod,
    Status,
    check_transition,
)
from facturas_app.domain.parties import Business, Client
from facturas_app.domain.verifactu_rules import draft_problems
from facturas_app.services import inputs, settlement
from facturas_app.services.ports import Clock
from facturas_app.storage.api import Event, InvoiceListRow, InvoiceQuery, ListSummary, Store, Transaction

# Called inside the issuing/cancelling transaction (VERI*FACTU records are written there).
IssueHook = Callable[[Transaction, Invoice, Business, dt.datetime], None]
CancelHook = Callable[[Transaction, Invoice, Business, dt.datetime], None]


@dataclass(frozen=True)
class SavedDraft:
    invoice: Invoice
    warnings: list[Problem]


# What the client is, not how we deal with it: preferences stay out of the issued invoice.
_NOT_SNAPSHOTTED = ("notes", "reminders_paused", "archived", "einvoice_format")


def snapshot_client(client: Client) -> dict[str, Any]:
    return {k: v for k, v in asdict(client).items() if k not in _NOT_SNAPSHOTTED}


def snapshot_business(business: Business) -> dict[str, Any]:
    values = asdict(business)
    values["default_payment_methods"] = list(business.default_payment_methods)
    return {k: str(v) if not isinstance(v, str | int | list | bool) else v for k, v in values.items()}


class InvoicingService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self.issue_hooks: list[IssueHook] = []
        self.cancel_hooks: list[CancelHook] = []

    # ----- drafts -------------------------------------------------------------------------------
    def build_draft(
        self, draft: inputs.DraftInput, doc_type: DocType = DocType.INVOICE, invoice_id: str | None = None
    ) -> Invoice:
        """Fill the defaults of CLI.md: issue date today, due date by the client's terms, methods."""
        business, client = self._business_and_client(draft.client_id)
        issue_date = draft.issue_date or self.clock.today()
        due_date = draft.due_date or issue_date + dt.timedelta(days=client.payment_terms_days)
        return Invoice(
            id=invoice_id or new_id(),
            client_id=client.id,
            lines=draft.lines,
            issue_date=issue_date,
            due_date=due_date,
            doc_type=doc_type,
            kind=draft.kind,
            irpf_rate=draft.irpf_rate,
            payment_methods=draft.payment_methods
            if draft.payment_methods is not None
            else business.default_payment_methods,
            notes=draft.notes,
            thank_you=draft.thank_you if draft.thank_you is not None else business.thank_you,
            operation_date=draft.operation_date,
            valid_until=draft.valid_until,
            template=draft.template,
        )

    def _business_and_client(self, client_id: str) -> tuple[Business, Client]:
        with self.store.read() as tx:
            business = tx.get_business()
            client = tx.get_client(client_id) if client_id else None
        if business is None:
            raise NotFound("business_not_configured")
        if client is None:
            raise ValidationFailed([Problem("client_id", "unknown_client", {"value": client_id})])
        return business, client

    def create_draft_from_payload(self, payload: Any, doc_type: DocType = DocType.INVOICE) -> SavedDraft:
        return self.save_draft(self.build_draft(inputs.parse_draft(payload), doc_type))

    def save_draft(self, invoice: Invoice) -> SavedDraft:
        """Insert or replace a draft after validating it; returns warnings the user should see."""
        business, client = self._business_and_client(invoice.client_id)
        problems = invoice_problems(invoice, business)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as tx:
            existing = tx.get_invoice(invoice.id)
            if existing is None:
                tx.insert_draft(invoice, self.clock.now(), client.name)
            elif not existing.is_draft:
                raise InvalidTransition("not_a_draft", number=existing.number or "")
            else:
                tx.replace_draft(invoice, client.name)
        return SavedDraft(invoice, invoice_warnings(invoice, business, client))

    def warnings_for(self, invoice: Invoice) -> list[Problem]:
        business, client = self._business_and_client(invoice.client_id)
        return invoice_warnings(invoice, business, client)

    def issue_refusals(self, invoice: Invoice) -> list[Problem]:
        """What `issue` would refuse in this draft under AEAT's record rules, for the editor to show
        as the user types (the same call `issue` makes)."""
        business, client = self._business_and_client(invoice.client_id)
        return draft_problems(invoice, business, client, self.clock.today()) + recipient_problems(
            invoice, client
        )

    def delete_draft(self, invoice_id: str) -> None:
        with self.store.write() as tx:
            invoice = self._get(tx, invoice_id)
            if not invoice.is_draft:
                raise InvalidTransition("not_a_draft", number=invoice.number or "")
            tx.delete_draft(invoice_id)

    def duplicate(self, invoice_id: str) -> SavedDraft:
        """A new draft with the same client, lines and terms, dated today."""
        original = self.get(invoice_id)
        today = self.clock.today()
        terms = (original.due_date - original.issue_date).days
        copy = Invoice(
            id=new_id(),
            client_id=original.client_id,
            lines=original.lines,
            issue_date=today,
            due_date=today + dt.timedelta(days=max(terms, 0)),
            doc_type=original.doc_type,
            kind=Kind.SIMPLIFIED if original.kind is Kind.SIMPLIFIED else Kind.INVOICE,
            irpf_rate=original.irpf_rate,
            payment_methods=original.payment_methods,
            notes=original.notes,
            thank_you=original.thank_you,
            template=original.template,
        )
        return self.save_draft(copy)

    # ----- reading ------------------------------------------------------------------------------
    def _get(self, tx: Transaction, key: str) -> Invoice:
        invoice = tx.get_invoice(key) or tx.get_invoice_by_number(key)
        if invoice is None:
            raise NotFound("invoice_not_found", id=key)
        return invoice

    def get(self, number_or_id: str) -> Invoice:
        with self.store.read() as tx:
            return self._get(tx, number_or_id)

    def list(self, query: InvoiceQuery) -> list[InvoiceListRow]:
        with self.store.read() as tx:
            return tx.list_invoices(query)

    def summarize(self, query: InvoiceQuery) -> ListSummary:
        with self.store.read() as tx:
            return tx.summarize_invoices(query)

    def query(self, **filters: Any) -> InvoiceQuery:
        return InvoiceQuery(today=self.clock.today(), **filters)

    # ----- issuing ------------------------------------------------------------------------------
    def issue(self, invoice_id: str, series: str | None = None, issue_date: dt.date | None = None) -> Invoice:
        """Take the next number of the series and lock the invoice, all in one write transaction."""
        with self.store.write() as tx:
            return self.issue_in(tx, invoice_id, series, issue_date)

    def issue_in(
        self, tx: Transaction, invoice_id: str, series: str | None = None, issue_date: dt.date | None = None
    ) -> Invoice:
        """`issue` inside the caller's transaction (recurring runs claim the occurrence in the same one)."""
        today = self.clock.today()
        draft = self._get(tx, invoice_id)
        if not draft.is_draft and draft.number:  # a retried script: name the number, not the states
            raise InvalidTransition("already_issued", number=draft.number)
        check_transition(draft.status, Status.ISSUED)
        if draft.doc_type is not DocType.INVOICE:
            raise InvalidTransition("not_an_invoice", doc_type=draft.doc_type.value)
        business = tx.get_business()
        client = tx.get_client(draft.client_id)
        if business is None or client is None:
            raise NotFound("business_not_configured" if business is None else "client_not_found")
        invoice = self._dated_for_issue(draft, issue_date, today)
        problems = invoice_problems(invoice, business) + draft_problems(invoice, business, client, today)
        problems += recipient_problems(invoice, client)  # a company's address (RD 1619/2012 art. 6)
        if problems:
            raise ValidationFailed(problems)
        chosen = self._series_for(invoice, business, series)
        if invoice.kind is Kind.RECTIFYING:  # the original may have been corrected since the draft
            self._check_rectifiable(tx, invoice)
        number = tx.take_number(chosen, invoice.issue_date)
        invoice = replace(
            invoice,
            series=chosen,
            number=number.number,
            status=Status.ISSUED,
            client_snapshot=snapshot_client(client),
            issuer_snapshot=snapshot_business(business),
        )
        now = self.clock.now()
        tx.mark_issued(invoice, number, now)
        tx.add_event(Event(new_id(), "invoice_issued", now, client.id, invoice.id, number.number))
        if invoice.rectifies_id:
            settlement.refresh(tx, invoice)  # what is owed moves to (or by) the rectifying invoice
        for hook in self.issue_hooks:
            hook(tx, invoice, business, now)
        return invoice

    def _dated_for_issue(self, draft: Invoice, issue_date: dt.date | None, today: dt.date) -> Invoice:
        if issue_date is None:
            issue_date = draft.issue_date
        if issue_date > today:
            raise ValidationFailed(
                [Problem("issue_date", "issue_date_in_future", {"value": issue_date.isoformat()})]
            )
        if issue_date == draft.issue_date:
            return draft
        terms = draft.due_date - draft.issue_date
        return replace(draft, issue_date=issue_date, due_date=issue_date + terms)

    def _series_for(self, invoice: Invoice, business: Business, series: str | None) -> str:
        if invoice.kind is Kind.RECTIFYING:
            if series and series != business.rectifying_series:
                raise ValidationFailed(
                    [Problem("series", "rectifying_needs_own_series", {"series": business.rectifying_series})]
                )
            return business.rectifying_series
        chosen = series or business.default_series
        if chosen in (business.rectifying_series, business.quote_series):
            raise ValidationFailed([Problem("series", "series_reserved", {"series": chosen})])
        if not (1 <= len(chosen) <= 10 and chosen.isascii() and chosen.replace("_", "").isalnum()):
            raise ValidationFailed([Problem("series", "invalid_series", {"value": chosen})])
        return chosen

    # ----- corrections --------------------------------------------------------------------------
    def rectify(
        self, number: str, payload: Any, reason: str, kind: str | None = None, method: str | None = None
    ) -> SavedDraft:
        """A rectifying draft. By substitution (default) its totals are the corrected full amounts;
        by differences, only the difference (FILE's lines, negative quantities or prices allowed)."""
        chosen_method = _method(method)
        with self.store.read() as tx:
            original = self._get(tx, number)
            if (
                original.status in (Status.DRAFT, Status.CANCELLED)
                or original.doc_type is not DocType.INVOICE
            ):
                raise InvalidTransition(
                    "cannot_rectify", number=original.number or number, status=original.status.value
                )
            settlement.check_can_rectify(tx, original, chosen_method)
        data = inputs.require_object(payload)
        problems: list[Problem] = []
        if chosen_method is RectificationMethod.DIFFERENCES and "lines" not in data:
            problems.append(Problem("lines", "difference_lines_required"))  # a copy would double it
        lines = inputs.parse_lines(data["lines"], problems) if "lines" in data else original.lines
        reader = inputs.Reader(data, problems=problems)
        irpf = reader.decimal("irpf_rate") if "irpf_rate" in data else original.irpf_rate
        chosen_kind = kind or ("R5" if original.kind is Kind.SIMPLIFIED else "R1")
        if chosen_kind not in RECTIFICATION_KINDS:
            problems.append(Problem("kind", "invalid_rectification_kind", {"value": chosen_kind}))
        if not reason.strip():
            problems.append(Problem("reason", "required"))
        if problems:
            raise ValidationFailed(problems)
        today = self.clock.today()
        draft = Invoice(
            id=new_id(),
            client_id=original.client_id,
            lines=lines,
            issue_date=today,
            due_date=today + (original.due_date - original.issue_date),
            kind=Kind.RECTIFYING,
            irpf_rate=irpf,
            payment_methods=original.payment_methods,
            notes=original.notes,
            thank_you=original.thank_you,
            rectifies_id=original.id,
            rectification_kind=chosen_kind,
            rectification_reason=reason.strip(),
            rectification_method=chosen_method,
            template=original.template,
        )
        return self.save_draft(draft)

    def _check_rectifiable(self, tx: Transaction, invoice: Invoice) -> None:
        original = tx.get_invoice(invoice.rectifies_id or "")
        if original is None or original.status is Status.CANCELLED:
            status = original.status.value if original else "?"
            raise InvalidTransition(
                "cannot_rectify", number=original.number if original else "", status=status
            )
        method = invoice.rectification_method or RectificationMethod.SUBSTITUTION
        settlement.check_can_rectify(tx, original, method)

    def cancel(self, number: str, reason: str) -> Invoice:
        if not reason.strip():
            raise ValidationFailed([Problem("reason", "required")])
        with self.store.write() as tx:
            invoice = self._get(tx, number)
            # Payments first: a (partly) paid invoice must say why and what to do, not "invalid transition".
            if tx.list_payments(invoice.id):
                raise Conflict("invoice_has_payments", number=invoice.number or number)
            check_transition(invoice.status, Status.CANCELLED)
            business = tx.get_business()
            now = self.clock.now()
            tx.set_status(invoice.id, Status.CANCELLED, cancel_reason=reason.strip(), cancelled_at=now)
            cancelled = replace(invoice, status=Status.CANCELLED, cancel_reason=reason.strip())
            tx.add_event(
                Event(new_id(), "invoice_cancelled", now, invoice.client_id, invoice.id, reason.strip())
            )
            settlement.refresh(tx, cancelled)  # a cancelled rectification gives the debt back
            for hook in self.cancel_hooks:
                hook(tx, cancelled, business, now)  # type: ignore[arg-type]
        return cancelled

    def mark_sent(self, invoice_id: str) -> None:
        """Called by the outbox once the server accepted the message (status `sent` only then)."""
        with self.store.write() as tx:
            self.mark_sent_in(tx, invoice_id)

    def mark_sent_in(self, tx: Transaction, invoice_id: str) -> None:
        """The same, inside the caller's transaction (the outbox records `sent` in the same commit)."""
        invoice = self._get(tx, invoice_id)
        status = Status.SENT if invoice.status is Status.ISSUED else invoice.status
        tx.set_status(invoice.id, status, sent_at=invoice.sent_at or self.clock.now())


def _method(value: str | RectificationMethod | None) -> RectificationMethod:
    if value is None:
        return RectificationMethod.SUBSTITUTION
    try:
        return RectificationMethod(value)
    except ValueError:
        raise ValidationFailed(
            [Problem("method", "invalid_rectification_method", {"value": value})]
        ) from None

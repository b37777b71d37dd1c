"""Received invoices (expenses): typed in, imported from structured files, their status to the
supplier and their files (`facturas expense …`, the Gastos view). Issue #21.

Every way in goes through one path: the payload read (expense_inputs.py), the domain's checks
(purchase_checks.py), the supplier found in the supplier list by its tax id or added, and the
expense stored in the same write transaction — or nothing, with a coded error. A duplicate (the
same supplier tax id and number) is refused with Conflict("expense_duplicate").
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from facturas_app.domain.errors import (
    Conflict,
    FacturasError,
    InvalidTransition,
    NotFound,
    Problem,
    ValidationFailed,
)
from facturas_app.domain.ids import new_id
from facturas_app.domain.purchase_checks import expense_problems
from facturas_app.domain.purchases import (
    MAX_ATTACHMENT_BYTES,
    MEGABYTE,
    Attachment,
    Expense,
    StatusEvent,
    Supplier,
    can_move,
    megabytes,
    supplier_key,
)
from facturas_app.services.ports import Clock
from facturas_app.services.purchases.expense_inputs import ExpenseInput, read_expense
from facturas_app.storage.api import Store, Transaction
from facturas_app.storage.api_purchases import AttachmentInfo, ExpenseListRow, ExpenseQuery, ExpenseSummary

STATUS_TARGETS = ("accepted", "rejected", "paid")
EDITED = "edited"  # the signature: the signed data were changed by hand after the import
EDITED_FINDING = "Editada a mano después de importarla: la firma ya no cubre estos datos"
SIGNED_FIELDS = ("number", "issue_date", "operation_date", "due_date", "supplier_name", "taxes", "irpf_rate",
                 "irpf", "is_credit_note", "corrects")  # fmt: skip
PAGE = 200


@dataclass(frozen=True)
class ImportResult:
    """One file of an import: the expense recorded, or the error that refused it (nothing stored),
    with what the document's checks found (`problems`: schema errors, EN 16931 rule ids)."""

    name: str
    expense: Expense | None = None
    error: FacturasError | None = None
    kind: str = ""
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Recorded:
    """A checked expense ready to store, with the supplier data a new supplier is made of."""

    input: ExpenseInput
    attachments: tuple[Attachment, ...]


def media_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def attachment_of(name: str, data: bytes, size: int | None = None) -> Attachment:
    """The file as an attachment, refused when empty or over 30 MB (issue #21). `size`: the
    file's own when only its first bytes were read."""
    if not data:
        raise ValidationFailed([Problem("file", "attachment_empty", {"name": name})])
    if len(data) > MAX_ATTACHMENT_BYTES:
        limit = MAX_ATTACHMENT_BYTES // MEGABYTE
        # machine text ('30.0'): the message writes it with the reader's decimal mark (messages_fields)
        params = {"name": name, "size": str(megabytes(size or len(data))), "limit": limit}
        raise ValidationFailed([Problem("file", "attachment_too_large", params)])
    return Attachment(name, bytes(data), media_type(name))


def duplicate(expense: Expense) -> Conflict:
    return Conflict("expense_duplicate", number=expense.number, supplier=expense.supplier_name)


def quarter_range(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, 3 * quarter - 2, 1)
    last = dt.date(year + quarter // 4, 1 if quarter == 4 else 3 * quarter + 1, 1) - dt.timedelta(days=1)
    return first, last


class ExpenseService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store, self.clock = store, clock

    # ----- recording ------------------------------------------------------------------------------
    def add(self, payload: Any, attachment: tuple[str, bytes] | None = None) -> Expense:
        """A received invoice typed in (CLI.md's `expense add` shape), with its scan if given."""
        return self.add_payload(payload, attachment, source="typed")

    def add_payload(
        self,
        payload: Any,
        attachment: tuple[str, bytes] | None = None,
        source: str = "ubl",
        findings: Sequence[str] = (),
        signature: str = "",
    ) -> Expense:
        """A reader's payload (read_ubl.py and the others) or a typed one, stored with its file."""
        recorded = self.check(payload, attachment, source, findings, signature)
        with self.store.write() as tx:
            return self.insert(tx, recorded)

    def check(
        self,
        payload: Any,
        attachment: tuple[str, bytes] | None = None,
        source: str = "typed",
        findings: Sequence[str] = (),
        signature: str = "",
    ) -> Recorded:
        """The payload read and checked, nothing stored (ValidationFailed with every problem)."""
        read = read_expense(payload, self.clock.today(), source)
        files = (attachment_of(*attachment),) if attachment else ()
        expense = replace(read.expense, id=new_id(), findings=tuple(findings), signature=signature)
        problems = [*read.problems, *expense_problems(expense, self.clock.today())]
        if problems:
            raise ValidationFailed(problems)
        return Recorded(replace(read, expense=expense), files)

    def insert(self, tx: Transaction, recorded: Recorded) -> Expense:
        """Store a checked expense in `tx`; Conflict("expense_duplicate") when it was recorded before."""
        supplier = self._supplier_for(tx, recorded.input)
        expense = replace(recorded.input.expense, supplier_id=supplier.id, attachments=recorded.attachments)
        if not tx.add_expense(expense, self.clock.now()):
            raise duplicate(expense)
        return replace(expense, attachments=())

    def _supplier_for(self, tx: Transaction, read: ExpenseInput) -> Supplier:
        """The supplier list's entry with this tax id, or a new one from the invoice's data."""
        data = read.supplier
        found = tx.find_supplier_by_key(supplier_key(data.tax_id, data.country))
        if found is not None:
            return found
        supplier = Supplier(new_id(), data.name, data.tax_id, data.country, data.address, data.postal_code,
                            data.city, data.email)  # fmt: skip
        tx.add_supplier(supplier, self.clock.now())
        return supplier

    # ----- importing ------------------------------------------------------------------------------
    def import_file(self, name: str, data: bytes) -> ImportResult:
        """A received UBL / Facturae / Factur-X file recorded; its refusal raised (nothing stored)."""
        result = self.import_files([(name, data)])[0]
        if result.error is not None:
            raise result.error
        return result

    def import_files(self, files: Sequence[tuple[str, bytes]]) -> list[ImportResult]:
        """Each file read and checked, the accepted ones stored in one transaction; a refused one
        (unreadable, another buyer, amounts that do not add up, a duplicate) stores nothing."""
        business_tax_id = self._business_tax_id()
        checked = [self._read_file(name, data, business_tax_id) for name, data in files]
        with self.store.write() as tx:
            return [self._store_read(tx, result, recorded) for result, recorded in checked]

    def _business_tax_id(self) -> str:
        with self.store.read() as tx:
            business = tx.get_business()
        if business is None or not business.tax_id:
            raise NotFound("business_not_configured")
        return business.tax_id

    def _read_file(
        self, name: str, data: bytes, business_tax_id: str
    ) -> tuple[ImportResult, Recorded | None]:
        from facturas_app.services.purchases.incoming import read_incoming

        try:
            incoming = read_incoming(name, data, business_tax_id)
            signature = incoming.signature.status if incoming.signature else ""
            found = (tuple(incoming.problems), tuple(incoming.warnings))
            result = ImportResult(name, kind=incoming.kind, problems=found[0], warnings=found[1])
            recorded = self.check(incoming.payload, incoming.attachment, incoming.kind, found[0], signature)
        except FacturasError as error:
            return ImportResult(name, error=error), None
        return result, recorded

    def _store_read(self, tx: Transaction, result: ImportResult, recorded: Recorded | None) -> ImportResult:
        if recorded is None:
            return result
        try:
            return replace(result, expense=self.insert(tx, recorded))
        except Conflict as error:
            return replace(result, error=error)

    # ----- changing -------------------------------------------------------------------------------
    def update(self, expense_id: str, payload: Any, attachment: tuple[str, bytes] | None = None) -> Expense:
        """The payload replaces the expense's data; its status, files and origin stay, and
        `attachment` is added in the same transaction (a refused one changes nothing). Once the
        supplier was told a status, its supplier and number (what the message named) are kept."""
        recorded = self.check(payload, attachment, source=self.get(expense_id).source)
        with self.store.write() as tx:
            old = self._get(tx, expense_id)
            new = self._updated(old, recorded.input.expense)
            supplier = self._supplier_for(tx, recorded.input)
            new = replace(new, supplier_id=supplier.id)
            if not tx.replace_expense(new):
                raise duplicate(new)
            for file in recorded.attachments:
                tx.add_expense_attachment(expense_id, new_id(), file, self.clock.now())
            return new

    def _updated(self, old: Expense, new: Expense) -> Expense:
        same = supplier_key(old.supplier_tax_id, old.supplier_country) == supplier_key(
            new.supplier_tax_id, new.supplier_country
        )
        if old.status != "received" and not (same and old.number == new.number):
            raise Conflict("expense_identity_locked", number=old.number)
        kept = ("status", "status_at", "reason", "paid_on", "source", "findings", "signature")
        updated = replace(new, id=old.id, **{name: getattr(old, name) for name in kept})
        if old.signature not in ("", EDITED) and _signed_data_changed(old, new, same):
            updated = replace(updated, signature=EDITED, findings=(*old.findings, EDITED_FINDING))
        return updated

    def delete(self, expense_id: str) -> None:
        """Only while nothing was told to the supplier (status «received»): an accepted, rejected
        or paid invoice is part of what the supplier and the books know."""
        with self.store.write() as tx:
            expense = self._get(tx, expense_id)
            if expense.status != "received":
                raise Conflict("expense_not_deletable", number=expense.number, status=expense.status)
            tx.delete_expense(expense_id)

    def set_status(
        self,
        expense_id: str,
        status: str,
        on: dt.date | None = None,
        reason: str = "",
        on_recorded: Callable[[Expense, StatusEvent], object] | None = None,
    ) -> tuple[Expense, StatusEvent]:
        """Accepted / rejected (with the reason) / paid (on its date), recorded with the real UTC
        time: the ApplicationResponse for the supplier is written from the event. `on_recorded`
        runs before the commit (writing that message): if it fails, the status is not recorded."""
        day = on or self.clock.today()
        _check_status_input(status, day, reason.strip(), self.clock.today())
        with self.store.write() as tx:
            expense = self._get(tx, expense_id)
            if not can_move(expense.status, status):
                raise InvalidTransition(
                    "expense_status_move", number=expense.number, current=expense.status, target=status
                )
            event = StatusEvent(new_id(), expense.id, status, day, self.clock.now(), reason.strip())
            tx.set_expense_status(event)
            changed = self._get(tx, expense_id)
            if on_recorded is not None:
                on_recorded(changed, event)
            return changed, event

    def response(self, expense_id: str) -> tuple[str, bytes]:
        """The ApplicationResponse of the expense's latest status (file name, UTF-8 XML), to save
        or send again; Conflict("expense_no_status") while nothing was recorded."""
        from facturas_app.services.purchases.response import response_bytes, response_file_name

        with self.store.read() as tx:
            expense = self._get(tx, expense_id)
            events = tx.expense_status_events(expense_id)
            business = tx.get_business()
        if not events:
            raise Conflict("expense_no_status", number=expense.number)
        if business is None:
            raise NotFound("business_not_configured")
        return response_file_name(expense, events[-1]), response_bytes(expense, events[-1], business)

    def attach(self, expense_id: str, name: str, data: bytes) -> AttachmentInfo:
        attachment = attachment_of(name, data)
        attachment_id = new_id()
        with self.store.write() as tx:
            self._get(tx, expense_id)
            tx.add_expense_attachment(expense_id, attachment_id, attachment, self.clock.now())
        return AttachmentInfo(attachment_id, name, attachment.media_type, len(data))

    # ----- reading --------------------------------------------------------------------------------
    def get(self, expense_id: str) -> Expense:
        with self.store.read() as tx:
            return self._get(tx, expense_id)

    def _get(self, tx: Transaction, expense_id: str) -> Expense:
        expense = tx.get_expense(expense_id)
        if expense is None:
            raise NotFound("expense_not_found", id=expense_id)
        return expense

    def page(self, query: ExpenseQuery) -> list[ExpenseListRow]:
        with self.store.read() as tx:
            return tx.list_expenses(query)

    def summary(self, query: ExpenseQuery) -> ExpenseSummary:
        with self.store.read() as tx:
            return tx.summarize_expenses(query)

    def list(
        self, text: str = "", status: str | None = None, quarter: tuple[int, int] | None = None
    ) -> list[ExpenseListRow]:
        """Every expense matching, newest first (read a page at a time)."""
        date_from, date_to = quarter_range(*quarter) if quarter else (None, None)
        query = ExpenseQuery(text=text, status=status, date_from=date_from, date_to=date_to, limit=PAGE)
        rows: list[ExpenseListRow] = []
        while True:
            page = self.page(replace(query, offset=len(rows)))
            rows += page
            if len(page) < PAGE:
                return rows

    def expenses_in(self, date_from: dt.date, date_to: dt.date) -> list[Expense]:
        with self.store.read() as tx:
            return tx.expenses_in(date_from, date_to)

    def history(self, expense_id: str) -> list[StatusEvent]:
        with self.store.read() as tx:
            self._get(tx, expense_id)
            return tx.expense_status_events(expense_id)

    def attachments(self, expense_id: str) -> list[AttachmentInfo]:
        with self.store.read() as tx:
            return tx.expense_attachments(expense_id)

    def attachment(self, attachment_id: str) -> Attachment:
        with self.store.read() as tx:
            found = tx.expense_attachment(attachment_id)
        if found is None:
            raise NotFound("attachment_not_found", id=attachment_id)
        return found

    def suppliers(self, text: str = "") -> list[Supplier]:
        with self.store.read() as tx:
            return tx.list_suppliers(text)


def _signed_data_changed(old: Expense, new: Expense, same_supplier: bool) -> bool:
    """The supplier, number, dates or any tax amount differ from what the signature covered."""
    return not same_supplier or any(getattr(old, name) != getattr(new, name) for name in SIGNED_FIELDS)


def _check_status_input(status: str, day: dt.date, reason: str, today: dt.date) -> None:
    problems = []
    if status not in STATUS_TARGETS:
        problems.append(Problem("status", "expense_invalid_status", {"value": status}))
    if day > today:
        problems.append(Problem("date", "expense_date_in_future", {"value": day.isoformat()}))
    if status == "rejected" and not reason:
        problems.append(Problem("reason", "expense_reason_required"))
    if problems:
        raise ValidationFailed(problems)

"""Recording payments: status follows money, overpayments refused, removals kept in the history.
A refund (a negative payment) gives back what a rectification left owed to the client."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import NamedTuple

from facturas_app.domain.checks import MAX_TOTAL
from facturas_app.domain.errors import Conflict, InvalidTransition, NotFound, Problem, ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import OPEN_STATUSES, Invoice, Status, status_after_payments
from facturas_app.domain.money import (
    NotADecimal,
    decimal_places,
    looks_like_thousands,
    money_text,
    to_decimal,
    typed_amount_text,
)
from facturas_app.domain.parties import PAYMENT_METHODS
from facturas_app.services import settlement
from facturas_app.services.ports import Clock
from facturas_app.storage.api import Event, Payment, Store, Transaction

PaymentHook = Callable[[Transaction, Invoice, Payment], None]


class NewPayment(NamedTuple):
    """One payment to record: `invoice` is its id or its number."""

    invoice: str
    amount: Decimal
    paid_on: dt.date
    method: str = "transfer"
    reference: str = ""


def parse_amount(text: str, refund_allowed: bool = False) -> Decimal:
    """A payment amount from text; `refund_allowed`: a negative amount is a refund to the client.
    A decimal comma is read as one ('512,11', '1.000,50'), as people type it in Spain; '1.500'
    (1500 to a Spaniard, 1.5 to a script) is refused rather than guessed."""
    if looks_like_thousands(text):
        raise ValidationFailed([Problem("amount", "import_ambiguous_number", {"value": text})])
    try:
        amount = to_decimal(typed_amount_text(text, dots_group_thousands=False))
    except NotADecimal:
        raise ValidationFailed([Problem("amount", "not_a_number", {"value": text})]) from None
    if amount == 0 or (amount < 0 and not refund_allowed):
        raise ValidationFailed([Problem("amount", "must_be_positive", {"value": text})])
    if abs(amount) > MAX_TOTAL:  # '1e400' is a finite decimal, but could not even be rounded to cents
        raise ValidationFailed([Problem("amount", "out_of_range", {"min": "0.01", "max": MAX_TOTAL})])
    if decimal_places(amount) > 2:
        raise ValidationFailed([Problem("amount", "too_many_decimals", {"max": 2})])
    return amount


class PaymentService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self.payment_hooks: list[PaymentHook] = []  # receipts are queued here, in the same transaction

    def add(
        self,
        number_or_id: str,
        amount: Decimal,
        paid_on: dt.date | None = None,
        method: str = "transfer",
        reference: str = "",
    ) -> Payment:
        paid_on = paid_on or self.clock.today()
        if method not in PAYMENT_METHODS:
            raise ValidationFailed([Problem("method", "invalid_payment_method", {"value": method})])
        if paid_on > self.clock.today():
            raise ValidationFailed([Problem("date", "date_in_future", {"value": paid_on.isoformat()})])
        with self.store.write() as tx:
            return self.add_in(tx, number_or_id, amount, paid_on, method, reference)

    def add_in(
        self,
        tx: Transaction,
        number_or_id: str,
        amount: Decimal,
        paid_on: dt.date,
        method: str,
        reference: str,
    ) -> Payment:
        """`add` inside the caller's transaction."""
        return self.add_many_in(tx, [NewPayment(number_or_id, amount, paid_on, method, reference)])[0]

    def add_many_in(self, tx: Transaction, wanted: Sequence[NewPayment]) -> list[Payment]:
        """Payments in the caller's transaction (a bank match, a remittance collected), each
        checked and recorded as `add_in` does, in order; their invoices read in one go."""
        invoices = _Invoices(tx, [w.invoice for w in wanted])
        return [self._record(tx, invoices, w) for w in wanted]

    def _record(self, tx: Transaction, invoices: _Invoices, wanted: NewPayment) -> Payment:
        invoice = invoices.get(wanted.invoice)
        amount = wanted.amount
        _check_amount(invoice, amount, wanted.invoice)
        reference = wanted.reference.strip()
        payment = Payment(
            new_id(), invoice.id, amount, wanted.paid_on, wanted.method, reference, self.clock.now()
        )
        tx.add_payment(payment)
        self._refresh_status(tx, invoice, invoice.paid + amount)
        invoices.changed(invoice.id, settlement.refresh(tx, invoice, invoices.rectified(invoice.id)))
        tx.add_event(_recorded_event(invoice, payment))
        for hook in self.payment_hooks if amount > 0 else ():  # a refund is not a receipt
            hook(tx, invoice, payment)
        return payment

    def remove(self, payment_id: str, reason: str = "") -> None:
        with self.store.write() as tx:
            self.remove_in(tx, payment_id, reason)

    def remove_in(self, tx: Transaction, payment_id: str, reason: str = "") -> None:
        found = tx.get_payment(payment_id)
        if found is None:
            raise NotFound("payment_not_found", id=payment_id)
        invoice = tx.get_invoice(found.invoice_id)
        assert invoice is not None
        now = self.clock.now()
        tx.remove_payment(payment_id, now, reason)
        self._refresh_status(tx, invoice, invoice.paid - found.amount)
        settlement.refresh(tx, invoice)
        tx.add_event(
            Event(
                new_id(),
                "payment_removed",
                now,
                invoice.client_id,
                invoice.id,
                money_text(found.amount),
                {"reason": reason},
            )
        )

    def _refresh_status(self, tx: Transaction, invoice: Invoice, paid: Decimal) -> None:
        status = status_after_payments(invoice, paid, was_sent=invoice.sent_at is not None)
        tx.set_paid(invoice.id, paid, status if invoice.status is not Status.CANCELLED else Status.CANCELLED)

    def list(self, number_or_id: str, include_removed: bool = False) -> list[Payment]:
        with self.store.read() as tx:
            invoice = tx.get_invoice(number_or_id) or tx.get_invoice_by_number(number_or_id)
            if invoice is None:
                raise NotFound("invoice_not_found", id=number_or_id)
            return tx.list_payments(invoice.id, include_removed)


def _check_amount(invoice: Invoice, amount: Decimal, key: str) -> None:
    """A payment up to what is owed, on an open invoice; a refund up to what is owed back (a
    paid invoice too: the client paid more than the corrected debt)."""
    number = invoice.number or key
    open_statuses = OPEN_STATUSES if amount > 0 else (*OPEN_STATUSES, Status.PAID)
    if invoice.status not in open_statuses:
        raise InvalidTransition("cannot_pay", number=number, status=invoice.status.value)
    owed = invoice.outstanding
    if amount > owed:
        raise Conflict("overpayment", amount=money_text(amount), outstanding=money_text(owed))
    if amount < 0 and owed >= 0:
        raise Conflict("refund_not_owed", number=number, outstanding=money_text(owed))
    if amount < 0 and amount < owed:
        raise Conflict("refund_exceeds", amount=money_text(-amount), owed=money_text(-owed))


def _recorded_event(invoice: Invoice, payment: Payment) -> Event:
    payload = {"payment_id": payment.id, "method": payment.method}
    amount = money_text(payment.amount)
    return Event(
        new_id(), "payment_recorded", payment.created_at, invoice.client_id, invoice.id, amount, payload
    )


class _Invoices:
    """The invoices a batch of payments pays, read in two queries (and which of them have been
    rectified in a third) instead of per payment. An invoice paid once is read again before its
    next payment of the batch, and all of them once a rectification family's debts moved, so every
    payment is checked against what is stored, as a payment recorded on its own is."""

    def __init__(self, tx: Transaction, keys: Sequence[str]) -> None:
        self.tx = tx
        self.found = {i.id: i for i in tx.get_invoices(keys)}
        self.by_key: dict[str, Invoice] = dict(self.found)
        self.with_rectifications = tx.with_rectifications(list(self.found))

    def get(self, key: str) -> Invoice:
        invoice = self.by_key.get(key)
        if invoice is None:
            invoice = self.tx.get_invoice(key) or self.tx.get_invoice_by_number(key)
        if invoice is None:
            raise NotFound("invoice_not_found", id=key)
        self.by_key[key] = invoice
        return invoice

    def rectified(self, invoice_id: str) -> bool | None:
        """Whether the invoice has rectifying invoices, when read with the batch (None: ask)."""
        return invoice_id in self.with_rectifications if invoice_id in self.found else None

    def changed(self, invoice_id: str, family_changed: bool) -> None:
        """Forget what a payment made stale: its invoice, or every one when a family moved."""
        stale = (
            set(self.by_key) if family_changed else {k for k, i in self.by_key.items() if i.id == invoice_id}
        )
        for key in stale:
            del self.by_key[key]

"""Importing a statement, and confirming or undoing what it paid (`facturas bank …`, the Bank view).

One write transaction per file: movements stored once each (the key below), credits matched
(matching.py) with their payments recorded through PaymentService.add_in — so the receipt is
queued and the invoice's status follows exactly as for a payment typed in — and returned direct
debits reopening their invoice. A refused file (unreadable, another business's account) stores
nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from facturas_app.domain.errors import Conflict, NotFound, Problem, ValidationFailed
from facturas_app.domain.identifiers import normalize_iban
from facturas_app.domain.ids import new_id
from facturas_app.domain.money import money_text
from facturas_app.services.bank.matching import Matcher, Result
from facturas_app.services.bank.remittances import collected_remittance
from facturas_app.services.bank.statement import AccountStatement, Movement, read_statement
from facturas_app.services.payments import NewPayment
from facturas_app.services.ports import Clock
from facturas_app.storage.api import Event, Store, Transaction
from facturas_app.storage.api_bank import BankMatch, BankMovement

_NUMBER_LIKE = re.compile(r"[A-Z0-9][A-Z0-9/\-.]{3,}")


class _Run(NamedTuple):
    """What one import reads once and every movement of the file consults."""

    matcher: Matcher
    remittances: list[Any]


@dataclass
class ImportReport:
    accounts: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def to_json(self) -> dict[str, Any]:
        keys = ("movements", "new", "duplicates", "matched", "suggested", "unmatched")
        return {
            "account": self.accounts[0] if self.accounts else "",
            "accounts": self.accounts,
            **{key: self.counts[key] for key in keys},
            "returned": self.counts["returned"],
        }


def movement_keys(statement: AccountStatement) -> Iterator[tuple[str, Movement]]:
    """CLI.md's key (account, date, amount, reference) and the movement's place among identical
    ones in its file: a re-import, or an overlapping statement of whole days, repeats the keys."""
    seen: Counter[str] = Counter()
    for movement in statement.movements:
        base = f"{statement.account}|{movement.booked_on.isoformat()}|{movement.amount}|{movement.reference}"
        seen[base] += 1
        yield f"{base}|{seen[base]}", movement


def is_our_account(account: str, iban: str) -> bool:
    """The statement's IBAN, or a Norma 43 CCC without its check digits, against ours."""
    ours = normalize_iban(iban)
    if not ours:
        return False
    if account.startswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")):
        return normalize_iban(account) == ours
    return ours.startswith("ES") and len(ours) == 24 and account == ours[4:12] + ours[14:24]


class BankService:
    def __init__(self, store: Store, clock: Clock, payments: Any) -> None:
        self.store, self.clock, self.payments = store, clock, payments

    # ----- importing ------------------------------------------------------------------------------
    def import_file(self, data: bytes) -> ImportReport:
        statements = read_statement(data)
        report = ImportReport([s.account for s in statements])
        with self.store.write() as tx:
            self._check_accounts(tx, statements)
            run = _Run(Matcher(tx.open_invoices_for_matching()), tx.list_remittances())  # once per file
            for statement in statements:
                for key, movement in movement_keys(statement):
                    outcome = self._store(tx, run, statement.account, key, movement)
                    report.counts.update(
                        ["movements", outcome] + ([] if outcome == "duplicates" else ["new"])
                    )
        return report

    def _check_accounts(self, tx: Transaction, statements: list[AccountStatement]) -> None:
        business = tx.get_business()
        iban = business.iban if business is not None else ""
        if not statements:
            raise ValidationFailed([Problem("file", "bank_file_no_account")])
        for statement in statements:
            if not is_our_account(statement.account, iban):
                code = "bank_account_unknown" if iban else "bank_account_not_set"
                raise ValidationFailed([Problem("file", code, {"account": statement.account})])

    def _store(self, tx: Transaction, run: _Run, account: str, key: str, movement: Movement) -> str:
        row = _row(new_id(), key, account, movement, self.clock.now())
        if not tx.add_bank_movement(row):
            return "duplicates"
        if movement.amount < 0:
            state = self._returned(tx, row) if movement.return_reason else "debit"
        elif (
            collected := collected_remittance(
                tx, run.remittances, row.amount, f"{row.concept} {row.reference}"
            )
        ) is not None:
            state = self._collect(tx, row, *collected)
        else:
            state = self._apply(tx, run.matcher, row, run.matcher.match(movement))
        tx.set_bank_movement_state(row.id, state)
        return state if state in ("matched", "suggested", "returned") else "unmatched"

    def _apply(self, tx: Transaction, matcher: Matcher, row: BankMovement, result: Result) -> str:
        if result.state == "matched":
            self._record(tx, row, [(i.invoice_id, amount) for i, amount in result.pays])
            matcher.paid(result.pays)
        elif result.state == "suggested":
            tx.save_bank_matches(row.id, [BankMatch(i.invoice_id, amount) for i, amount in result.pays])
        return result.state

    def _collect(self, tx: Transaction, row: BankMovement, remittance: Any, items: list[Any]) -> str:
        """A remittance's total credited: each debit is its invoice's payment (remittances.py)."""
        pays = [(item.invoice_id, item.amount) for item in items]
        self._record(tx, row, pays, "direct_debit", f"Remesa {remittance.message_id}")
        return "matched"

    def _record(
        self,
        tx: Transaction,
        row: BankMovement,
        pays: list[tuple[str, Decimal]],
        method: str = "transfer",
        reference: str = "",
    ) -> None:
        reference = reference or f"{row.concept} {row.reference}".strip()[:200]
        wanted = [
            NewPayment(invoice_id, amount, row.booked_on, method, reference) for invoice_id, amount in pays
        ]
        payments = self.payments.add_many_in(tx, wanted)
        tx.save_bank_matches(row.id, [BankMatch(p.invoice_id, p.amount, p.id) for p in payments])

    # ----- returned direct debits -------------------------------------------------------------------
    def _returned(self, tx: Transaction, row: BankMovement) -> str:
        """A devolución names its debit (end-to-end id, reference or concept): that invoice's
        payment of the same amount is removed, so it is owed (and chased) again."""
        for invoice in self._named_in(tx, row):
            payment = next((p for p in tx.list_payments(invoice.id, False) if p.amount == -row.amount), None)
            if payment is not None:
                reason = " · ".join(part for part in (row.concept, row.return_reason) if part)
                self.payments.remove_in(tx, payment.id, f"Devolución del adeudo: {reason}")
                tx.mark_debit_returned(invoice.id, self.clock.now(), reason)  # may be remitted again
                tx.add_event(_return_event(invoice, row, reason, self.clock.now()))
                tx.save_bank_matches(row.id, [BankMatch(invoice.id, -row.amount, payment.id)])
                return "returned"
        return "debit"

    @staticmethod
    def _named_in(tx: Transaction, row: BankMovement) -> Iterator[Any]:
        texts = [row.end_to_end_id, row.reference, *_NUMBER_LIKE.findall(row.concept.upper())]
        for text in dict.fromkeys(t for t in texts if t):
            invoice = tx.get_invoice_by_number(text)
            if invoice is not None:
                yield invoice

    # ----- by hand ----------------------------------------------------------------------------------
    def match(self, movement_id: str, numbers: list[str]) -> BankMovement:
        """`bank match`: the credit pays these invoices, oldest due first; less than they owe
        makes the last one a partial payment; more than they owe is refused."""
        with self.store.write() as tx:
            row = self._movement(tx, movement_id)
            if row.amount <= 0 or row.state == "matched":
                raise Conflict("bank_movement_not_matchable", id=movement_id, state=row.state)
            self._record(tx, row, _allocate(row, [self._open_invoice(tx, n) for n in numbers]))
            tx.set_bank_movement_state(row.id, "matched")
            return self._movement(tx, movement_id)

    def confirm(self, movement_id: str) -> BankMovement:
        """One click on a suggestion that names one way to pay (not alternatives)."""
        with self.store.read() as tx:
            row = self._movement(tx, movement_id)
        if row.state != "suggested" or sum(m.amount for m in row.matches) != row.amount:
            raise Conflict("bank_suggestion_ambiguous", id=movement_id)
        return self.match(movement_id, [m.number or m.invoice_id for m in row.matches])

    def unmatch(self, movement_id: str) -> BankMovement:
        """Undoes a match and the payments it recorded (they stay in the history, removed)."""
        with self.store.write() as tx:
            row = self._movement(tx, movement_id)
            if row.state != "matched":
                raise Conflict("bank_movement_not_matched", id=movement_id, state=row.state)
            for match in row.matches:
                if match.payment_id:
                    self.payments.remove_in(tx, match.payment_id, "Cruce bancario deshecho")
            tx.save_bank_matches(row.id, [])
            tx.set_bank_movement_state(row.id, "unmatched")
            return self._movement(tx, movement_id)

    def list(self, state: str | None = None, limit: int | None = None) -> list[BankMovement]:
        with self.store.read() as tx:
            return tx.list_bank_movements(state, limit)

    @staticmethod
    def _movement(tx: Transaction, movement_id: str) -> BankMovement:
        row = tx.get_bank_movement(movement_id)
        if row is None:
            raise NotFound("bank_movement_not_found", id=movement_id)
        return row

    @staticmethod
    def _open_invoice(tx: Transaction, number: str) -> Any:
        invoice = tx.get_invoice_by_number(number) or tx.get_invoice(number)
        if invoice is None:
            raise NotFound("invoice_not_found", id=number)
        if invoice.outstanding <= 0:
            raise Conflict("bank_invoice_not_owed", number=invoice.number)
        return invoice


def _allocate(row: BankMovement, invoices: list[Any]) -> list[tuple[str, Decimal]]:
    invoices = sorted(invoices, key=lambda i: (i.due_date, i.number or ""))
    owed = sum((i.outstanding for i in invoices), Decimal(0))
    if row.amount > owed:
        raise ValidationFailed(
            [
                Problem(
                    "amount",
                    "bank_credit_exceeds",
                    {"amount": money_text(row.amount), "owed": money_text(owed)},
                )
            ]
        )
    pays, left = [], row.amount
    for invoice in invoices:
        part = min(invoice.outstanding, left)
        if part > 0:
            pays.append((invoice.id, part))
        left -= part
    return pays


def _row(movement_id: str, key: str, account: str, m: Movement, now: Any) -> BankMovement:
    return BankMovement(
        id=movement_id,
        movement_key=key,
        account=account,
        booked_on=m.booked_on,
        amount=m.amount,
        concept=m.concept[:500],
        state="unmatched",
        imported_at=now,
        reference=m.reference[:140],
        counterparty_name=m.counterparty_name[:140],
        counterparty_iban=m.counterparty_iban[:34],
        bank_code=m.bank_code[:40],
        end_to_end_id=m.end_to_end_id[:35],
        return_reason=m.return_reason[:140],
    )


def _return_event(invoice: Any, row: BankMovement, reason: str, now: Any) -> Event:
    summary = f"{money_text(-row.amount)} · {reason}"
    payload = {"movement_id": row.id, "reason": reason}
    return Event(new_id(), "direct_debit_returned", now, invoice.client_id, invoice.id, summary, payload)

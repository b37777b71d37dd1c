"""Which open invoices a credit pays, by CLI.md's rules:

- `matched` — conclusive: the concept names invoice numbers whose outstanding amounts add up to
  the credit exactly (one invoice, or several paid at once); or, naming none, the concept names the
  client (or the credit comes from the client's IBAN) and exactly one of their open invoices is
  owed exactly the credit.
- `suggested` — the amount fits but the concept is not conclusive (no number, no client: every
  invoice owed exactly that much), several invoices fit, a named invoice is paid short (a partial
  payment waits for a click), or the client's open invoices together add up to it.
- `unmatched` otherwise.

Pure: the caller loads the open invoices once per import and hands each credit in turn; a credit
matched here lowers what is owed, so the next credit of the same file sees it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from facturas_app.domain.folding import fold
from facturas_app.services.bank.statement import Movement
from facturas_app.storage.api_bank import OpenInvoice

_LEGAL_FORMS = re.compile(r"(slu|sll|sl|sa|sau|sc|scp|cb|slne|scoop)$")
MIN_NAME = 5  # a folded client name shorter than this names too many concepts to be evidence
MAX_ALTERNATIVES = 5


def compact(text: str) -> str:
    """The search folding (domain/folding.py) with letters and digits only, since a bank writes a
    concept's spaces and punctuation its own way: 'Clínica Sánchez, S.L.' → 'clinicasanchezsl'."""
    return "".join(c for c in fold(text) if c.isalnum())


@dataclass(frozen=True)
class Result:
    state: str  # matched | suggested | unmatched
    pays: tuple[tuple[OpenInvoice, Decimal], ...] = ()  # (invoice, amount); alternatives add up to more


class Matcher:
    """Indexes built once per import (10,000 open invoices: a few ms), so each credit costs a
    handful of lookups plus one pass over the clients' folded names."""

    def __init__(self, invoices: list[OpenInvoice]) -> None:
        self.current = {i.invoice_id: i for i in invoices}
        self.by_number = {compact(i.number): i.invoice_id for i in invoices}
        self.number_lengths = {len(key) for key in self.by_number}
        self.by_client: dict[str, list[str]] = {}
        self.by_amount: dict[Decimal, set[str]] = {}
        self.client_keys: dict[str, tuple[str, str]] = {}  # client → (folded name, folded IBAN)
        for i in invoices:
            self.by_client.setdefault(i.client_id, []).append(i.invoice_id)
            self.by_amount.setdefault(i.outstanding, set()).add(i.invoice_id)
            self.client_keys[i.client_id] = (
                _LEGAL_FORMS.sub("", compact(i.client_name)),
                compact(i.client_iban),
            )

    # ----- the rules ------------------------------------------------------------------------------
    def match(self, movement: Movement) -> Result:
        if movement.amount <= 0:
            return Result("unmatched")
        concept = compact(f"{movement.concept} {movement.reference}")
        named = self.named_invoices(concept)
        if named:
            return self._by_numbers(named, movement.amount)
        clients = self._named_clients(concept, movement)
        if clients:
            return self._by_client(clients, movement.amount)
        return self._by_amount(movement.amount)

    def named_invoices(self, concept: str) -> list[OpenInvoice]:
        """Open invoices whose folded number appears in the folded concept, not followed by a
        digit (f20260001 is not in f202600012)."""
        found: dict[str, OpenInvoice] = {}
        for length in self.number_lengths:
            for start in range(len(concept) - length + 1):
                invoice_id = self.by_number.get(concept[start : start + length])
                after = concept[start + length : start + length + 1]
                if invoice_id and not after.isdigit() and self.current[invoice_id].outstanding > 0:
                    found[invoice_id] = self.current[invoice_id]
        return _oldest_first(found.values())

    def _by_numbers(self, named: list[OpenInvoice], amount: Decimal) -> Result:
        owed = sum((i.outstanding for i in named), Decimal(0))
        if owed == amount:
            return Result("matched", tuple((i, i.outstanding) for i in named))
        return Result("suggested", _allocate(named, amount))

    def _named_clients(self, concept: str, movement: Movement) -> list[str]:
        iban, payer = movement.counterparty_iban, compact(movement.counterparty_name)
        found = []
        for client_id, (name, client_iban) in self.client_keys.items():
            by_iban = bool(iban) and client_iban == compact(iban)
            by_name = len(name) >= MIN_NAME and (name in concept or (bool(payer) and name in payer))
            if by_iban or by_name:
                found.append(client_id)
        return found

    def _by_client(self, clients: list[str], amount: Decimal) -> Result:
        theirs = _oldest_first(
            self.current[i] for c in clients for i in self.by_client[c] if self.current[i].outstanding > 0
        )
        exact = [i for i in theirs if i.outstanding == amount]
        if len(exact) == 1 and len(clients) == 1:
            return Result("matched", ((exact[0], amount),))
        if exact:
            return Result("suggested", tuple((i, amount) for i in exact[:MAX_ALTERNATIVES]))
        if len(theirs) > 1 and sum((i.outstanding for i in theirs), Decimal(0)) == amount:
            return Result("suggested", tuple((i, i.outstanding) for i in theirs))
        return self._by_amount(amount)

    def _by_amount(self, amount: Decimal) -> Result:
        exact = _oldest_first(self.current[i] for i in self.by_amount.get(amount, ()))
        if not exact:
            return Result("unmatched")
        return Result("suggested", tuple((i, amount) for i in exact[:MAX_ALTERNATIVES]))

    # ----- after a match ----------------------------------------------------------------------------
    def paid(self, pays: tuple[tuple[OpenInvoice, Decimal], ...]) -> None:
        """A recorded match lowers what the next credits of the file can pay."""
        for invoice, amount in pays:
            before = self.current[invoice.invoice_id]
            self.by_amount.get(before.outstanding, set()).discard(before.invoice_id)
            after = replace(before, outstanding=before.outstanding - amount)
            self.current[before.invoice_id] = after
            self.by_amount.setdefault(after.outstanding, set()).add(after.invoice_id)


def _oldest_first(invoices: Iterable[OpenInvoice]) -> list[OpenInvoice]:
    return sorted(invoices, key=lambda i: (i.due_date, i.number))


def _allocate(invoices: list[OpenInvoice], amount: Decimal) -> tuple[tuple[OpenInvoice, Decimal], ...]:
    """A short credit for named invoices: the oldest paid first, the last one in part."""
    pays, left = [], amount
    for invoice in invoices:
        if left <= 0:
            break
        part = min(invoice.outstanding, left)
        pays.append((invoice, part))
        left -= part
    return tuple(pays)

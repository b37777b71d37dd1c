"""What is owed once rectifying invoices exist (RD 1619/2012 art. 15; CLI.md "what is owed").

An invoice and the rectifying invoices that hang from it (directly or through each other) form a
family. Its debt lives on one invoice, the *current version*: the original, or the latest
substitution that replaced it (a substitution of a substitution replaces that one in turn).
- every other issued member owes 0: a replaced version's payments are carried to the current
  version (the client paid them towards the same debt), and a rectification by differences moves
  its amount (usually negative) onto the version it corrects;
- so the current version owes its amount due + the differences on it − what was paid on the
  replaced versions − what was paid on it. Below zero, that is money to give back to the client.

Each member's `debt_change` is what makes `amount_due + debt_change − paid` equal that rule, so
every list, reminder and total can go on reading one stored column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from facturas_app.domain.invoice import Invoice, RectificationMethod, Status, status_for_debt
from facturas_app.domain.money import ZERO


@dataclass(frozen=True)
class Settlement:
    """The debt change to store on one member, and its status (None: keep the stored one)."""

    invoice_id: str
    debt_change: Decimal
    status: Status | None


def _live(invoice: Invoice) -> bool:
    return invoice.number is not None and invoice.status not in (Status.DRAFT, Status.CANCELLED)


def _order(invoice: Invoice) -> tuple[object, ...]:
    return (invoice.issue_date, invoice.number or "")


def _children(members: Sequence[Invoice], parent_id: str, method: RectificationMethod) -> list[Invoice]:
    found = [
        m
        for m in members
        if m.rectifies_id == parent_id
        and (m.rectification_method or RectificationMethod.SUBSTITUTION) is method
    ]
    return sorted(found, key=_order)


def current_version(root: Invoice, members: Sequence[Invoice]) -> Invoice:
    """The version that carries the family's debt: follow the latest substitution down."""
    live = [m for m in members if _live(m)]
    current = root
    while subs := _children(live, current.id, RectificationMethod.SUBSTITUTION):
        current = subs[-1]
    return current


def settle(root: Invoice, members: Sequence[Invoice]) -> list[Settlement]:
    """The debt change and status of every member of the family rooted at `root` (root included)."""
    everyone = {m.id: m for m in (root, *members)}
    live = [m for m in everyone.values() if _live(m)]
    current = current_version(root, live)
    differences = _children(live, current.id, RectificationMethod.DIFFERENCES)
    settled = [m for m in live if m.id != current.id]
    carried = sum((m.paid for m in settled), ZERO)
    result = [Settlement(m.id, m.paid - m.totals.amount_due, None) for m in settled]
    result += [Settlement(m.id, ZERO, None) for m in everyone.values() if not _live(m)]
    if _live(current):
        corrections = sum((d.totals.amount_due for d in differences), ZERO)
        due = current.totals.amount_due + corrections
        status = status_for_debt(due, current.paid + carried, was_sent=current.sent_at is not None)
        result.append(Settlement(current.id, corrections - carried, status))
    return result

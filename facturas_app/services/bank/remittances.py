"""A SEPA remittance collected (services/sepa/): the bank credits its total as one movement, and
each of its debits is recorded as its invoice's payment (method direct_debit). A credit is taken
for a remittance when it equals the total of a remittance whose invoices still owe their debits,
and its concept names the remittance (its message id, or «REMESA») or no other remittance has
that total."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from facturas_app.services.bank.matching import compact
from facturas_app.storage.api import Transaction


def collected_remittance(
    tx: Transaction, remittances: list[Any], amount: Any, concept: str
) -> tuple[Any, list[Any]] | None:
    """(remittance, its items) that this credit collects, or None; `remittances`: all of them,
    read once per import (a statement has hundreds of credits)."""
    folded = compact(concept)
    candidates = list(_uncollected(tx, remittances, amount))
    named = [c for c in candidates if compact(c[0].message_id) in folded]
    if len(named) == 1:
        return named[0]
    if len(candidates) == 1 and ("remesa" in folded or not named):
        return candidates[0]
    return None


def _uncollected(tx: Transaction, remittances: list[Any], amount: Any) -> Iterator[tuple[Any, list[Any]]]:
    for remittance in remittances:
        if remittance.total != amount:
            continue
        items = [i for i in tx.remittance_items(remittance.id) if i.returned_at is None]
        if items and sum(i.amount for i in items) == amount and all(_still_owed(tx, i) for i in items):
            yield remittance, items


def _still_owed(tx: Transaction, item: Any) -> bool:
    invoice = tx.get_invoice(item.invoice_id)
    return invoice is not None and invoice.outstanding >= item.amount

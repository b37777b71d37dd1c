"""Keeping what is owed true after rectifications: the family's debt recomputed in the same
transaction as the change that moved it (a rectifying invoice issued or cancelled, a payment or
refund recorded or removed). The rule itself is domain/settlement.py."""

from __future__ import annotations

from facturas_app.domain.errors import InvalidTransition
from facturas_app.domain.invoice import Invoice, RectificationMethod, Status
from facturas_app.domain.settlement import current_version, settle
from facturas_app.storage.api import Store, Transaction


def family(tx: Transaction, invoice_id: str) -> tuple[Invoice, list[Invoice]]:
    """The root of the invoice's rectifications and every issued member below it."""
    root_id = tx.rectification_root(invoice_id)
    found = tx.get_invoices([root_id, *tx.rectification_members(root_id)])
    return found[0], found[1:]


def refresh(tx: Transaction, invoice: Invoice, has_rectifications: bool | None = None) -> bool:
    """Recompute the debt of the invoice's family; nothing to do for an invoice never rectified.
    `has_rectifications`: known to the caller (a batch of payments asks for all in one query).
    Returns whether anything stored changed."""
    if has_rectifications is None and invoice.rectifies_id is None:
        has_rectifications = tx.has_rectifications(invoice.id)
    if invoice.rectifies_id is None and not has_rectifications:
        return False
    return _resettle(tx, invoice.id)


RESETTLED_SETTING = "settlement.families_resettled"


def resettle_once(store: Store) -> int:
    """Every rectification family recomputed by the rule, once per database: migration 0012's SQL
    backfill settled a substitution of a substitution against the wrong version and left the
    statuses as they were (tests/storage/test_migration_0012_0016.py). Returns families changed."""
    with store.read() as tx:
        if tx.get_setting(RESETTLED_SETTING, False) or not tx.rectified_invoice_ids():
            return 0
    with store.write() as tx:
        changed = sum(_resettle(tx, invoice_id) for invoice_id in tx.rectified_invoice_ids())
        tx.set_setting(RESETTLED_SETTING, True)
    return changed


def _resettle(tx: Transaction, invoice_id: str) -> bool:
    """Store what the rule gives each member of the invoice's family where it differs."""
    root, members = family(tx, invoice_id)
    stored = {m.id: m for m in (root, *members)}
    wrong = [
        item
        for item in settle(root, members)
        if item.debt_change != stored[item.invoice_id].debt_change
        or item.status not in (None, stored[item.invoice_id].status)
    ]
    for item in wrong:
        tx.set_debt_change(item.invoice_id, item.debt_change, item.status)
    return bool(wrong)


def check_can_rectify(tx: Transaction, original: Invoice, method: RectificationMethod) -> None:
    """What a new rectification may correct, so that the debt and the tax reports tell one story:
    - a difference corrects the version that carries the debt (not a replaced one, not another
      difference): it is added to that version;
    - a substitution is a new version of what it rectifies (rectifying the original again replaces
      the earlier substitution too, as the reports count it); not once a family has a difference,
      which the new full amounts would have to count again or drop."""
    if original.is_by_differences:
        target = tx.get_invoice(original.rectifies_id or "")
        raise InvalidTransition(
            "rectify_the_original", number=original.number or "", original=target.number if target else ""
        )
    root, members = family(tx, original.id)
    current = current_version(root, members)
    if method is RectificationMethod.DIFFERENCES and original.id != current.id:
        raise InvalidTransition(
            "rectify_the_substitute", number=original.number or "", substitute=current.number or ""
        )
    live = [m for m in members if m.number and m.status is not Status.CANCELLED]
    if method is RectificationMethod.SUBSTITUTION and any(m.is_by_differences for m in live):
        raise InvalidTransition("rectified_by_differences", number=current.number or "")

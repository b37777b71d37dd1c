"""A staged backup judged with the domain's own rules before it may become the live books.

The file-level checks (integrity, schema version, triggers) ran while staging
(storage/sqlite/restore_checks.py). Here every issued invoice's stored totals are recomputed from
its lines by the one totals engine, every billing record's hash and link are recomputed
(chain_check) and held against the invoice it describes (record_match), and the backup's identity
is compared with the current books'. Each failure has its own message; nothing live has changed.
"""

from __future__ import annotations

import re
from pathlib import Path

from facturas_app.domain.errors import Conflict
from facturas_app.services.verifactu.chain_check import verify_rows
from facturas_app.services.verifactu.record_match import InvoiceFacts, RecordDifference, differences, facts_of
from facturas_app.storage.api import BackupPort
from facturas_app.storage.api_backup import DataSetIdentity

MAX_SHOWN = 10


def _shown(items: list[str]) -> str:
    text = ", ".join(items[:MAX_SHOWN])
    return text + (f" (+{len(items) - MAX_SHOWN})" if len(items) > MAX_SHOWN else "")


def check_books(port: BackupPort, staged: Path, source: Path) -> None:
    facts = _check_totals(port, staged)
    rows = port.billing_rows(staged)
    broken = [f"{b.number}: {b.reason}" for b in verify_rows(rows).broken]
    found = differences(rows, facts)
    missing = [d.number for d in found if d.field == "record"]
    if missing:
        raise Conflict("backup_record_missing", count=len(missing), numbers=_shown(missing))
    broken += [_difference_text(d) for d in found]
    if broken:
        raise Conflict("backup_records_mismatch", count=len(broken), details=_shown(broken))


def _difference_text(d: RecordDifference) -> str:
    return f"{d.number}: {d.field} {d.record_value} ≠ {d.invoice_value}"


def _check_totals(port: BackupPort, staged: Path) -> list[InvoiceFacts]:
    """The facts of every issued invoice; Conflict if a stored total differs from its lines."""
    facts, wrong, first = [], [], ("", "")
    for item in port.issued_invoices(staged):
        totals = item.invoice.totals
        computed = {"base": totals.base, "vat": totals.vat, "surcharge": totals.surcharge,
                    "irpf": totals.irpf, "total": totals.total, "amount_due": totals.amount_due}  # fmt: skip
        bad = [name for name, value in computed.items() if item.stored[name].compare(value) != 0]
        if bad:
            wrong.append(item.invoice.number or item.invoice.id)
            if len(wrong) == 1:
                first = (f"{bad[0]} {item.stored[bad[0]]}", str(computed[bad[0]]))
        facts.append(facts_of(item.invoice))
    if wrong:
        raise Conflict(
            "backup_totals_mismatch",
            count=len(wrong),
            numbers=_shown(wrong),
            stored=first[0],
            computed=first[1],
        )
    return facts


def _tax_key(tax_id: str) -> str:
    key = re.sub(r"[^0-9A-Z]", "", tax_id.upper())
    return key[2:] if key.startswith("ES") and len(key) == 11 else key


def same_data_set(current: DataSetIdentity | None, backup: DataSetIdentity) -> bool:
    """Whether restoring `backup` over `current` is restoring the same books.

    Current books with no invoice at all (a new installation, a new computer) take any backup:
    nothing of theirs can be lost. Otherwise the business's tax id must match when both have
    one, and the data-set ids must match when both have one (a backup from before ids existed
    is judged by the tax id alone)."""
    if current is None or not current.has_books:
        return True
    if current.tax_id and backup.tax_id and _tax_key(current.tax_id) != _tax_key(backup.tax_id):
        return False
    return not (current.dataset_id and backup.dataset_id and current.dataset_id != backup.dataset_id)


def raise_other_data_set(current: DataSetIdentity | None, backup: DataSetIdentity) -> None:
    assert current is not None
    if current.tax_id and backup.tax_id and _tax_key(current.tax_id) != _tax_key(backup.tax_id):
        raise Conflict("restore_other_business", backup_tax_id=backup.tax_id, current_tax_id=current.tax_id)
    raise Conflict("restore_other_data_set")

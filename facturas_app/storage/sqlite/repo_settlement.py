"""Rectification families and the debt they settle (domain/settlement.py decides the amounts)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from facturas_app.domain.invoice import Status
from facturas_app.domain.money import from_cents, to_cents
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.invoice_list_sql import OWED_SQL
from facturas_app.storage.sqlite.repo_invoices import IN_CHUNK
from facturas_app.storage.sqlite.tables import InvoiceRow

invoices_t = InvoiceRow.__table__  # type: ignore[attr-defined]

# Up from the invoice to its root (what it rectifies, and so on), then down to every issued
# invoice that rectifies a member. Families are a handful of rows; ix_invoices_rectifies drives it.
_ROOT = """
WITH RECURSIVE up(id, parent) AS (
    SELECT id, rectifies_id FROM invoices WHERE id = :id
    UNION SELECT i.id, i.rectifies_id FROM invoices i JOIN up ON i.id = up.parent
)
SELECT id FROM up WHERE parent IS NULL
"""
_DESCENDANTS = """
WITH RECURSIVE down(id) AS (
    SELECT :root
    UNION SELECT i.id FROM invoices i JOIN down ON i.rectifies_id = down.id WHERE i.number IS NOT NULL
)
SELECT id FROM down WHERE id <> :root
"""
_RECTIFIED = (
    "SELECT DISTINCT rectifies_id FROM invoices WHERE rectifies_id IS NOT NULL AND number IS NOT NULL"
)
# Money owed back to clients: issued invoices whose rectified debt went below what was paid.
REFUNDS_DUE_SQL = f"""
SELECT coalesce(-sum({OWED_SQL}), 0), count(*) FROM invoices
WHERE doc_type = 'invoice' AND status NOT IN ('draft', 'cancelled') AND {OWED_SQL} < 0
"""


class SettlementRepo:
    conn: Connection

    def rectification_root(self, invoice_id: str) -> str:
        """The invoice at the top of the rectifications the given one belongs to (itself if none)."""
        rows = database.raw_rows(self.conn, _ROOT, {"id": invoice_id})
        return str(rows[0][0]) if rows else invoice_id

    def rectification_members(self, root_id: str) -> list[str]:
        """Ids of the issued invoices that rectify the root, or rectify one of those, and so on."""
        return [str(r[0]) for r in database.raw_rows(self.conn, _DESCENDANTS, {"root": root_id})]

    def set_debt_change(self, invoice_id: str, debt_change: Decimal, status: Status | None) -> None:
        values: dict[str, object] = {"debt_change_cents": to_cents(debt_change)}
        if status is not None:
            values["status"] = status.value
        self.conn.execute(update(invoices_t).where(invoices_t.c.id == invoice_id).values(**values))

    def refunds_due(self) -> tuple[Decimal, int]:
        """(amount owed back to clients, how many invoices) after rectifications."""
        cents, count = database.raw_rows(self.conn, REFUNDS_DUE_SQL, {})[0]
        return from_cents(int(cents)), int(count)

    def rectified_invoice_ids(self) -> list[str]:
        """Every invoice an issued rectifying invoice rectifies (each family reached at least once)."""
        sql = (
            "SELECT DISTINCT rectifies_id FROM invoices WHERE rectifies_id IS NOT NULL AND number IS NOT NULL"
        )
        return [str(r[0]) for r in database.raw_rows(self.conn, sql, {})]

    def has_rectifications(self, invoice_id: str) -> bool:
        stmt = select(invoices_t.c.id).where(invoices_t.c.rectifies_id == invoice_id).limit(1)
        return self.conn.execute(stmt).first() is not None

    def with_rectifications(self, invoice_ids: Sequence[str]) -> set[str]:
        """Those of the ids that has_rectifications would say True for, in one query per chunk."""
        found: set[str] = set()
        for start in range(0, len(invoice_ids), IN_CHUNK):
            chunk = list(invoice_ids[start : start + IN_CHUNK])
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT DISTINCT rectifies_id FROM invoices WHERE rectifies_id IN ({marks})"
            found.update(str(r[0]) for r in self.conn.exec_driver_sql(sql, tuple(chunk)))
        return found

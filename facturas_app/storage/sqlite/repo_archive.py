"""Deleting clients and products that nothing refers to, and finding clients by tax id (issue #18).

What counts as "refers to" is every table with a client_id (invoices of any kind, recurring
schedules, feedback, the timeline, the outbox) and every document line naming the product: a
row that points at a client keeps it, so the service can say so before SQLite's foreign keys or
0015's trigger refuse the delete with a bare error."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.engine import Connection

from facturas_app.domain.parties import Client
from facturas_app.storage.sqlite import mappers
from facturas_app.storage.sqlite.tables import ClientRow, InvoiceLineRow, ProductRow

clients_t = ClientRow.__table__  # type: ignore[attr-defined]
products_t = ProductRow.__table__  # type: ignore[attr-defined]
lines_t = InvoiceLineRow.__table__  # type: ignore[attr-defined]

# Every table whose rows point at a client (migrations 0001, 0003, 0005).
CLIENT_REFERENCES = ("invoices", "recurring_schedules", "feedback", "events", "outbox")


def _compact_tax_id(column: object) -> object:
    """identifiers.normalize_tax_id in SQL: without spaces, dots, hyphens or slashes, upper case."""
    folded = column
    for character in (" ", ".", "-", "/"):
        folded = func.replace(folded, character, "")
    return func.upper(folded)


class ArchiveRepo:
    conn: Connection

    def client_reference_count(self, client_id: str) -> int:
        """How many rows (documents and history) point at the client."""
        return sum(self._rows_naming(table, client_id) for table in CLIENT_REFERENCES)

    def _rows_naming(self, table: str, client_id: str) -> int:
        sql = text(f"SELECT count(*) FROM {table} WHERE client_id = :id")  # table: one of CLIENT_REFERENCES
        return int(self.conn.execute(sql, {"id": client_id}).scalar() or 0)

    def delete_client(self, client_id: str) -> None:
        self.conn.execute(delete(clients_t).where(clients_t.c.id == client_id))

    def product_line_count(self, product_id: str) -> int:
        """How many document lines (drafts, quotes and issued invoices alike) name the product."""
        stmt = select(func.count()).select_from(lines_t).where(lines_t.c.product_id == product_id)
        return int(self.conn.execute(stmt).scalar() or 0)

    def delete_product(self, product_id: str) -> None:
        self.conn.execute(delete(products_t).where(products_t.c.id == product_id))

    def clients_with_tax_id(self, variants: Collection[str], except_id: str = "") -> list[Client]:
        """Clients whose compact tax id is one of `variants` (other than `except_id`), by name."""
        if not variants:
            return []
        stmt = (
            select(clients_t)
            .where(or_(*(_compact_tax_id(clients_t.c.tax_id) == v for v in sorted(variants))))
            .where(clients_t.c.id != except_id, clients_t.c.tax_id != "")
            .order_by(clients_t.c.name_sort, clients_t.c.name)
        )
        return [mappers.client_from_row(ClientRow(**r._mapping)) for r in self.conn.execute(stmt)]

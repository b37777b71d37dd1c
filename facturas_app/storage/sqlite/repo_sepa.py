"""SEPA mandates and remittances (migrations/0020). Raw SQL: the partial UNIQUE index on live
items, not a read-then-write check, keeps an invoice out of two remittances."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection

from facturas_app.domain.invoice import OPEN_STATUSES
from facturas_app.domain.money import from_cents, to_cents
from facturas_app.domain.sepa import Mandate
from facturas_app.storage.api_sepa import DebitCandidate, Remittance, RemittanceItem
from facturas_app.storage.sqlite.types import date_to_db, timestamp_to_db

_OPEN = "(" + ", ".join(f"'{s.value}'" for s in OPEN_STATUSES) + ")"
_MANDATE_COLUMNS = "client_id, mandate_id, iban, signed_on, scheme, first_collection"

_SAVE_MANDATE = """
INSERT INTO sepa_mandates (client_id, mandate_id, iban, signed_on, scheme, first_collection, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (client_id) DO UPDATE SET mandate_id = excluded.mandate_id, iban = excluded.iban,
    signed_on = excluded.signed_on, scheme = excluded.scheme,
    first_collection = excluded.first_collection, updated_at = excluded.updated_at
"""

# Issued invoices still owed whose payment methods name direct_debit and in no live remittance.
_CANDIDATES = f"""
SELECT i.id, i.number, i.client_id, c.name, i.due_date,
       i.amount_due_cents + i.debt_change_cents - i.paid_cents AS owed
FROM invoices i JOIN clients c ON c.id = i.client_id
WHERE i.doc_type = 'invoice' AND i.number IS NOT NULL AND i.status IN {_OPEN}
  AND i.amount_due_cents + i.debt_change_cents > i.paid_cents
  AND EXISTS (SELECT 1 FROM json_each(i.payment_methods) m WHERE m.value = 'direct_debit')
  AND NOT EXISTS (SELECT 1 FROM sepa_remittance_items s
                  WHERE s.invoice_id = i.id AND s.returned_at IS NULL)
ORDER BY i.issue_date, i.number
"""

_ITEM_COLUMNS = (
    "s.invoice_id, s.client_id, s.mandate_id, s.sequence_type, s.amount_cents, s.end_to_end_id, "
    "i.number, s.returned_at, s.return_reason"
)
_REMITTANCE_COLUMNS = "id, message_id, file_name, collection_date, scheme, count, total_cents, created_at"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _mandate(row: Sequence[Any]) -> Mandate:
    return Mandate(row[0], row[1], row[2], _date(row[3]), row[4], _date(row[5]))


def _item(row: Sequence[Any]) -> RemittanceItem:
    returned = dt.datetime.fromisoformat(row[7]) if row[7] else None
    return RemittanceItem(
        row[0], row[1], row[2], row[3], from_cents(row[4]), row[5], row[6] or "", returned, row[8]
    )


def _remittance(row: Sequence[Any]) -> Remittance:
    created = dt.datetime.fromisoformat(row[7])
    return Remittance(
        row[0], row[1], row[2], dt.date.fromisoformat(row[3]), row[4], row[5], from_cents(row[6]), created
    )


class SepaRepo:
    conn: Connection

    def get_mandate(self, client_id: str) -> Mandate | None:
        sql = f"SELECT {_MANDATE_COLUMNS} FROM sepa_mandates WHERE client_id = ?"
        row = self.conn.exec_driver_sql(sql, (client_id,)).first()
        return _mandate(row) if row else None

    def save_mandate(self, mandate: Mandate, at: dt.datetime) -> None:
        first = date_to_db(mandate.first_collection) if mandate.first_collection else None
        values = (
            mandate.client_id,
            mandate.mandate_id,
            mandate.iban,
            date_to_db(mandate.signed_on or at.date()),
        )
        self.conn.exec_driver_sql(_SAVE_MANDATE, (*values, mandate.scheme, first, timestamp_to_db(at)))

    def mandates_of(self, client_ids: Sequence[str]) -> dict[str, Mandate]:
        rows = self.conn.exec_driver_sql(f"SELECT {_MANDATE_COLUMNS} FROM sepa_mandates").fetchall()
        wanted = set(client_ids)
        return {row[0]: _mandate(row) for row in rows if row[0] in wanted}

    def mandate_id_owner(self, mandate_id: str) -> str | None:
        sql = "SELECT client_id FROM sepa_mandates WHERE mandate_id = ?"
        return self.conn.exec_driver_sql(sql, (mandate_id,)).scalar()  # type: ignore[no-any-return]

    def debit_candidates(self) -> list[DebitCandidate]:
        rows = self.conn.exec_driver_sql(_CANDIDATES).fetchall()
        return [
            DebitCandidate(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4]), from_cents(r[5]))
            for r in rows
        ]

    def add_remittance(self, remittance: Remittance, items: Sequence[RemittanceItem]) -> None:
        r = remittance
        self.conn.exec_driver_sql(
            f"INSERT INTO sepa_remittances ({_REMITTANCE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (r.id, r.message_id, r.file_name, date_to_db(r.collection_date), r.scheme, r.count,
             to_cents(r.total), timestamp_to_db(r.created_at)),
        )  # fmt: skip
        self.conn.exec_driver_sql(
            "INSERT INTO sepa_remittance_items (remittance_id, invoice_id, client_id, mandate_id, "
            "sequence_type, amount_cents, end_to_end_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(remittance.id, i.invoice_id, i.client_id, i.mandate_id, i.sequence_type, to_cents(i.amount),
              i.end_to_end_id) for i in items],
        )  # fmt: skip
        first = date_to_db(remittance.collection_date)
        used = sorted({i.client_id for i in items if i.sequence_type == "FRST"})
        if used:  # the mandates' first use: their next collections are RCUR
            self.conn.exec_driver_sql(
                "UPDATE sepa_mandates SET first_collection = ? "
                "WHERE client_id = ? AND first_collection IS NULL",
                [(first, client_id) for client_id in used],
            )

    def list_remittances(self) -> list[Remittance]:
        sql = f"SELECT {_REMITTANCE_COLUMNS} FROM sepa_remittances ORDER BY created_at DESC, id"
        return [_remittance(row) for row in self.conn.exec_driver_sql(sql)]

    def remittance_items(self, remittance_id: str) -> list[RemittanceItem]:
        sql = (
            f"SELECT {_ITEM_COLUMNS} FROM sepa_remittance_items s JOIN invoices i ON i.id = s.invoice_id "
            "WHERE s.remittance_id = ? ORDER BY i.number"
        )
        return [_item(row) for row in self.conn.exec_driver_sql(sql, (remittance_id,))]

    def live_debit(self, invoice_id: str) -> tuple[RemittanceItem, dt.date] | None:
        sql = (
            f"SELECT {_ITEM_COLUMNS}, r.collection_date FROM sepa_remittance_items s "
            "JOIN invoices i ON i.id = s.invoice_id JOIN sepa_remittances r ON r.id = s.remittance_id "
            "WHERE s.invoice_id = ? AND s.returned_at IS NULL"
        )
        row = self.conn.exec_driver_sql(sql, (invoice_id,)).first()
        return (_item(row), dt.date.fromisoformat(row[9])) if row else None

    def mark_debit_returned(self, invoice_id: str, at: dt.datetime, reason: str) -> RemittanceItem | None:
        """Frees the invoice; a returned first collection leaves its mandate unused (FRST again)."""
        live = self.live_debit(invoice_id)
        if live is None:
            return None
        item, collection = live
        self.conn.exec_driver_sql(
            "UPDATE sepa_remittance_items SET returned_at = ?, return_reason = ? "
            "WHERE invoice_id = ? AND returned_at IS NULL",
            (timestamp_to_db(at), reason, invoice_id),
        )
        if item.sequence_type == "FRST":
            self._forget_first_use(item, collection)
        return item

    def _forget_first_use(self, item: RemittanceItem, collection: dt.date) -> None:
        others = self.conn.exec_driver_sql(
            "SELECT count(*) FROM sepa_remittance_items WHERE mandate_id = ? AND returned_at IS NULL",
            (item.mandate_id,),
        ).scalar()
        if not others:
            self.conn.exec_driver_sql(
                "UPDATE sepa_mandates SET first_collection = NULL WHERE client_id = ? AND mandate_id = ?",
                (item.client_id, item.mandate_id),
            )

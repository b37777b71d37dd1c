"""Bank movements and their matches (migration 0019): raw SQL, as the other list repositories."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy.engine import Connection

from facturas_app.domain.money import decimal_text, from_cents
from facturas_app.storage.api_bank import BankMatch, BankMovement, OpenInvoice
from facturas_app.storage.sqlite.invoice_list_sql import OPEN_SQL
from facturas_app.storage.sqlite.types import date_to_db, timestamp_to_db

_COLUMNS = (
    "id, movement_key, account, booked_on, amount, concept, state, imported_at, reference,"
    " counterparty_name, counterparty_iban, bank_code, end_to_end_id, return_reason"
)
_OPEN_INVOICES = (
    "SELECT i.id, i.number, i.client_id, i.client_name, coalesce(c.iban, ''),"
    " i.amount_due_cents + i.debt_change_cents - i.paid_cents, i.due_date"
    " FROM invoices i LEFT JOIN clients c ON c.id = i.client_id"
    f" WHERE i.doc_type = 'invoice' AND i.status IN ({OPEN_SQL}) AND i.number IS NOT NULL"
)


class BankRepo:
    conn: Connection

    def add_bank_movement(self, movement: BankMovement) -> bool:
        values = _row(movement)
        sql = f"INSERT OR IGNORE INTO bank_movements ({_COLUMNS}) VALUES ({', '.join('?' * len(values))})"
        return bool(self.conn.exec_driver_sql(sql, values).rowcount == 1)

    def get_bank_movement(self, movement_id: str) -> BankMovement | None:
        rows = self.conn.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM bank_movements WHERE id = ?", (movement_id,)
        )
        row = rows.fetchone()
        return self._with_matches(_movement(row)) if row else None

    def list_bank_movements(self, state: str | None = None, limit: int | None = None) -> list[BankMovement]:
        where, params = ("WHERE state = ?", (state,)) if state else ("", ())
        sql = f"SELECT {_COLUMNS} FROM bank_movements {where} ORDER BY booked_on DESC, rowid DESC"
        rows = self.conn.exec_driver_sql(sql + (f" LIMIT {int(limit)}" if limit else ""), params)
        movements = [_movement(r) for r in rows]
        matches = self._matches_of([m.id for m in movements])
        return [_replace_matches(m, matches.get(m.id, ())) for m in movements]

    def set_bank_movement_state(self, movement_id: str, state: str) -> None:
        self.conn.exec_driver_sql("UPDATE bank_movements SET state = ? WHERE id = ?", (state, movement_id))

    def save_bank_matches(self, movement_id: str, matches: list[BankMatch]) -> None:
        self.conn.exec_driver_sql("DELETE FROM bank_matches WHERE movement_id = ?", (movement_id,))
        for match in matches:
            self.conn.exec_driver_sql(
                "INSERT INTO bank_matches (movement_id, invoice_id, amount, payment_id) VALUES (?, ?, ?, ?)",
                (movement_id, match.invoice_id, decimal_text(match.amount), match.payment_id),
            )

    def open_invoices_for_matching(self) -> list[OpenInvoice]:
        rows = self.conn.exec_driver_sql(_OPEN_INVOICES)
        return [
            OpenInvoice(r[0], r[1], r[2], r[3], r[4], from_cents(r[5]), dt.date.fromisoformat(r[6]))
            for r in rows
        ]

    def _with_matches(self, movement: BankMovement) -> BankMovement:
        return _replace_matches(movement, self._matches_of([movement.id]).get(movement.id, ()))

    def _matches_of(self, ids: list[str]) -> dict[str, tuple[BankMatch, ...]]:
        found: dict[str, list[BankMatch]] = {}
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            marks = ", ".join("?" * len(chunk))
            rows = self.conn.exec_driver_sql(
                "SELECT m.movement_id, m.invoice_id, m.amount, m.payment_id, i.number FROM bank_matches m"
                f" JOIN invoices i ON i.id = m.invoice_id WHERE m.movement_id IN ({marks})"
                " ORDER BY i.number",
                tuple(chunk),
            )
            for r in rows:
                found.setdefault(r[0], []).append(BankMatch(r[1], Decimal(r[2]), r[3], r[4]))
        return {key: tuple(value) for key, value in found.items()}


def _row(m: BankMovement) -> tuple[Any, ...]:
    return (
        m.id,
        m.movement_key,
        m.account,
        date_to_db(m.booked_on),
        decimal_text(m.amount),
        m.concept,
        m.state,
        timestamp_to_db(m.imported_at),
        m.reference,
        m.counterparty_name,
        m.counterparty_iban,
        m.bank_code,
        m.end_to_end_id,
        m.return_reason,
    )


def _movement(r: Any) -> BankMovement:
    return BankMovement(
        id=r[0],
        movement_key=r[1],
        account=r[2],
        booked_on=dt.date.fromisoformat(r[3]),
        amount=Decimal(r[4]),
        concept=r[5],
        state=r[6],
        imported_at=dt.datetime.fromisoformat(r[7]),
        reference=r[8],
        counterparty_name=r[9],
        counterparty_iban=r[10],
        bank_code=r[11],
        end_to_end_id=r[12],
        return_reason=r[13],
    )


def _replace_matches(movement: BankMovement, matches: tuple[BankMatch, ...]) -> BankMovement:
    return replace(movement, matches=tuple(matches))

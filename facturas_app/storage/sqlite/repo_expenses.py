"""Received invoices, their suppliers, files and status events (migration 0024): raw SQL, as the
other list repositories. An expense row carries the sums of its tax groups in cents, so the list
and the quarter's figures read one row per expense."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from typing import Any

from sqlalchemy.engine import Connection

from facturas_app.domain.money import from_cents
from facturas_app.domain.purchases import Attachment, Expense, ExpenseTax, StatusEvent, Supplier
from facturas_app.storage.api_purchases import AttachmentInfo, ExpenseListRow, ExpenseQuery, ExpenseSummary
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.expense_sql import (
    EXPENSE_COLUMNS,
    LIST_COLUMNS,
    SUPPLIER_COLUMNS,
    TAX_COLUMNS,
    expense_row,
    expense_values,
    query_where,
    supplier_values,
    tax_values,
)
from facturas_app.storage.sqlite.search_sql import folded_query
from facturas_app.storage.sqlite.types import date_to_db, timestamp_to_db


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class ExpensesRepo:
    conn: Connection

    @property
    def _raw(self) -> sqlite3.Connection:
        """The sqlite3 connection of this same transaction: plain tuples, no per-statement result
        set-up (an import writes a few rows per invoice, 1,000 invoices at a time)."""
        return database.driver_connection(self.conn)  # type: ignore[no-any-return]

    # ----- suppliers ------------------------------------------------------------------------------
    def add_supplier(self, supplier: Supplier, created_at: dt.datetime) -> None:
        values = (*supplier_values(supplier), timestamp_to_db(created_at))
        sql = f"INSERT INTO suppliers ({SUPPLIER_COLUMNS}, created_at) VALUES ({_marks(len(values))})"
        self._raw.execute(sql, values)

    def find_supplier_by_key(self, tax_key: str) -> Supplier | None:
        return self._one_supplier("tax_key = ?", tax_key)

    def get_supplier(self, supplier_id: str) -> Supplier | None:
        return self._one_supplier("id = ?", supplier_id)

    def list_suppliers(self, text: str = "", limit: int | None = None) -> list[Supplier]:
        where, params = ("", ())
        if text.strip():
            where, params = "WHERE instr(search_text, ?) > 0", (folded_query(text),)
        page = f" LIMIT {int(limit)}" if limit else ""
        # lower(): SQLite's NOCASE (ASCII letters only) on both stores
        sql = f"SELECT {SUPPLIER_COLUMNS} FROM suppliers {where} ORDER BY lower(name), id{page}"
        return [_supplier(r) for r in self._raw.execute(sql, params)]

    def _one_supplier(self, where: str, value: str) -> Supplier | None:
        row = self._raw.execute(f"SELECT {SUPPLIER_COLUMNS} FROM suppliers WHERE {where}", (value,))
        found = row.fetchone()
        return _supplier(found) if found else None

    # ----- expenses -------------------------------------------------------------------------------
    def expense_exists(self, supplier_tax_key: str, number: str, except_id: str = "") -> bool:
        sql = "SELECT 1 FROM expenses WHERE supplier_tax_key = ? AND number = ? AND id <> ?"
        return self._raw.execute(sql, (supplier_tax_key, number, except_id)).fetchone() is not None

    def add_expense(self, expense: Expense, created_at: dt.datetime) -> bool:
        if self.expense_exists(_key(expense), expense.number):
            return False
        values = (*expense_values(expense), timestamp_to_db(created_at))
        sql = f"INSERT INTO expenses ({EXPENSE_COLUMNS}, created_at) VALUES ({_marks(len(values))})"
        self._raw.execute(sql, values)
        self._write_taxes(expense)
        for index, attachment in enumerate(expense.attachments):
            self.add_expense_attachment(expense.id, f"{expense.id}-{index}", attachment, created_at)
        return True

    def replace_expense(self, expense: Expense) -> bool:
        if self.expense_exists(_key(expense), expense.number, except_id=expense.id):
            return False
        columns = EXPENSE_COLUMNS.split(", ")[1:]
        sets = ", ".join(f"{name} = ?" for name in columns)
        values = expense_values(expense)
        self._raw.execute(f"UPDATE expenses SET {sets} WHERE id = ?", (*values[1:], expense.id))
        self._raw.execute("DELETE FROM expense_taxes WHERE expense_id = ?", (expense.id,))
        self._write_taxes(expense)
        return True

    def delete_expense(self, expense_id: str) -> None:
        self._raw.execute("DELETE FROM expenses WHERE id = ?", (expense_id,))

    def get_expense(self, expense_id: str) -> Expense | None:
        """The expense with its tax groups; its files are listed by expense_attachments (not read)."""
        found = self._expenses("id = ?", (expense_id,))
        return found[0] if found else None

    def expenses_in(self, date_from: dt.date, date_to: dt.date) -> list[Expense]:
        """Every expense issued in [date_from, date_to], oldest first (the Modelo 130's costs)."""
        return self._expenses("issue_date BETWEEN ? AND ?", (date_to_db(date_from), date_to_db(date_to)))

    def expenses_received_in(self, date_from: dt.date, date_to: dt.date) -> list[Expense]:
        """Every expense received in [date_from, date_to] (the 303's deductions, the received book)."""
        return self._expenses("received_on BETWEEN ? AND ?", (date_to_db(date_from), date_to_db(date_to)))

    def list_expenses(self, query: ExpenseQuery) -> list[ExpenseListRow]:
        where, params = query_where(query)
        page = f" LIMIT {int(query.limit)} OFFSET {int(query.offset)}" if query.limit else ""
        sql = f"SELECT {LIST_COLUMNS} FROM expenses {where} ORDER BY issue_date DESC, id DESC{page}"
        return [_list_row(r) for r in self._raw.execute(sql, params)]

    def summarize_expenses(self, query: ExpenseQuery) -> ExpenseSummary:
        where, params = query_where(query)
        sql = (
            "SELECT count(*), coalesce(sum(base_cents), 0), coalesce(sum(vat_cents), 0),"
            f" coalesce(sum(total_cents), 0), coalesce(sum(deductible_vat_cents), 0) FROM expenses {where}"
        )
        r = self._raw.execute(sql, params).fetchone()
        return ExpenseSummary(int(r[0]), *(from_cents(cents) for cents in r[1:5]))

    def expense_responses_due(self, late_before: dt.date) -> tuple[int, dt.date | None, int]:
        """Received invoices still waiting for our answer (status 'received'): how many, the
        earliest received_on, and how many were received before `late_before` (the dashboard's)."""
        sql = (
            "SELECT count(*), min(received_on),"
            " coalesce(sum(CASE WHEN received_on < ? THEN 1 ELSE 0 END), 0)"
            " FROM expenses WHERE status = 'received'"
        )
        count, first, late = self._raw.execute(sql, (date_to_db(late_before),)).fetchone()
        return int(count), dt.date.fromisoformat(first) if first else None, int(late)

    def set_expense_status(self, event: StatusEvent) -> None:
        paid_on = date_to_db(event.on) if event.status == "paid" else None
        self._raw.execute(
            "UPDATE expenses SET status = ?, status_at = ?, reason = ?, paid_on = coalesce(?, paid_on)"
            " WHERE id = ?",
            (event.status, timestamp_to_db(event.recorded_at), event.reason, paid_on, event.expense_id),
        )
        self._raw.execute(
            "INSERT INTO expense_status_events (id, expense_id, status, on_date, recorded_at, reason)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (event.id, event.expense_id, event.status, date_to_db(event.on),
             timestamp_to_db(event.recorded_at), event.reason),
        )  # fmt: skip

    def expense_status_events(self, expense_id: str) -> list[StatusEvent]:
        rows = self._raw.execute(
            "SELECT id, expense_id, status, on_date, recorded_at, reason FROM expense_status_events"
            " WHERE expense_id = ? ORDER BY recorded_at, rowid",
            (expense_id,),
        )
        return [
            StatusEvent(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), dt.datetime.fromisoformat(r[4]), r[5])
            for r in rows
        ]

    # ----- files ----------------------------------------------------------------------------------
    def add_expense_attachment(
        self, expense_id: str, attachment_id: str, attachment: Attachment, added_at: dt.datetime
    ) -> None:
        self._raw.execute(
            "INSERT INTO expense_attachments (id, expense_id, file_name, media_type, size, content, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (attachment_id, expense_id, attachment.file_name, attachment.media_type,
             len(attachment.content), attachment.content, timestamp_to_db(added_at)),
        )  # fmt: skip

    def expense_attachments(self, expense_id: str) -> list[AttachmentInfo]:
        rows = self._raw.execute(
            "SELECT id, file_name, media_type, size FROM expense_attachments WHERE expense_id = ?"
            " ORDER BY added_at, rowid",
            (expense_id,),
        )
        return [AttachmentInfo(r[0], r[1], r[2], int(r[3])) for r in rows]

    def expense_attachment(self, attachment_id: str) -> Attachment | None:
        row = self._raw.execute(
            "SELECT file_name, content, media_type FROM expense_attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        return Attachment(row[0], bytes(row[1]), row[2]) if row else None

    # ----- helpers --------------------------------------------------------------------------------
    def _write_taxes(self, expense: Expense) -> None:
        rows = [tax_values(expense.id, index, tax) for index, tax in enumerate(expense.taxes)]
        if rows:
            sql = f"INSERT INTO expense_taxes ({TAX_COLUMNS}) VALUES ({_marks(len(rows[0]))})"
            self._raw.executemany(sql, rows)

    def _expenses(self, where: str, params: tuple[Any, ...]) -> list[Expense]:
        sql = f"SELECT {EXPENSE_COLUMNS} FROM expenses WHERE {where} ORDER BY issue_date, id"
        rows = list(self._raw.execute(sql, params))
        taxes = self._taxes_of([r[0] for r in rows])
        return [expense_row(r, taxes.get(r[0], ())) for r in rows]

    def _taxes_of(self, ids: list[str]) -> dict[str, tuple[ExpenseTax, ...]]:
        found: dict[str, list[ExpenseTax]] = {}
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            rows = self._raw.execute(
                "SELECT expense_id, base_cents, vat_rate, vat_cents, surcharge_rate, surcharge_cents,"
                f" category, exemption_reason FROM expense_taxes WHERE expense_id IN ({_marks(len(chunk))})"
                " ORDER BY expense_id, position",
                tuple(chunk),
            )
            for r in rows:
                tax = ExpenseTax(from_cents(r[1]), Decimal(r[2]), from_cents(r[3]), Decimal(r[4]),
                                 from_cents(r[5]), r[6], r[7])  # fmt: skip
                found.setdefault(r[0], []).append(tax)
        return {key: tuple(value) for key, value in found.items()}


def _key(expense: Expense) -> str:
    from facturas_app.domain.purchases import supplier_key

    return supplier_key(expense.supplier_tax_id, expense.supplier_country)


def _supplier(r: Any) -> Supplier:
    return Supplier(r[0], r[1], r[2], r[4], r[5], r[6], r[7], r[8])


def _list_row(r: Any) -> ExpenseListRow:
    return ExpenseListRow(
        id=r[0],
        supplier_id=r[1],
        supplier_name=r[2],
        supplier_tax_id=r[3],
        number=r[4],
        issue_date=dt.date.fromisoformat(r[5]),
        received_on=dt.date.fromisoformat(r[6]),
        base=from_cents(r[7]),
        vat=from_cents(r[8]),
        total=from_cents(r[9]),
        status=r[10],
        category=r[11],
        is_credit_note=bool(r[12]),
        valid=r[13] == "[]",
        source=r[14],
    )

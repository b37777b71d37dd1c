"""Invoices, their lines and tax groups, numbering and the list queries (filtered and sorted in SQL)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from facturas_app.domain.errors import Conflict
from facturas_app.domain.invoice import Invoice, Status, format_number
from facturas_app.domain.money import from_cents
from facturas_app.storage.api import InvoiceListRow, InvoiceQuery, IssuedNumber, ListSummary
from facturas_app.storage.sqlite import database, mappers
from facturas_app.storage.sqlite.dialect import is_postgres
from facturas_app.storage.sqlite.invoice_list_sql import OFFICE, WALK, list_rows, summary_sql
from facturas_app.storage.sqlite.tables import InvoiceLineRow, InvoiceRow, InvoiceTaxRow, SeriesCounterRow

invoices_t = InvoiceRow.__table__  # type: ignore[attr-defined]
lines_t = InvoiceLineRow.__table__  # type: ignore[attr-defined]
taxes_t = InvoiceTaxRow.__table__  # type: ignore[attr-defined]
counters_t = SeriesCounterRow.__table__  # type: ignore[attr-defined]


class InvoicesRepo:
    conn: Connection

    def _write_children(self, invoice: Invoice) -> None:
        lines = mappers.line_rows(invoice)
        if lines:
            self.conn.execute(insert(lines_t), lines)
        taxes = mappers.tax_rows(invoice)
        if taxes:
            self.conn.execute(insert(taxes_t), taxes)

    def insert_draft(self, invoice: Invoice, created_at: dt.datetime, client_name: str) -> None:
        row = mappers.invoice_to_row(invoice, client_name)
        self.conn.execute(insert(invoices_t).values(**row, created_at=created_at))
        self._write_children(invoice)

    def replace_draft(self, invoice: Invoice, client_name: str) -> None:
        row = mappers.invoice_to_row(invoice, client_name)
        result = self.conn.execute(
            update(invoices_t)
            .where(invoices_t.c.id == invoice.id, invoices_t.c.number.is_(None))
            .values(**row)
        )
        if result.rowcount != 1:
            raise Conflict("not_a_draft", id=invoice.id)
        self.conn.execute(delete(lines_t).where(lines_t.c.invoice_id == invoice.id))
        self.conn.execute(delete(taxes_t).where(taxes_t.c.invoice_id == invoice.id))
        self._write_children(invoice)

    def delete_draft(self, invoice_id: str) -> None:
        self.conn.execute(delete(lines_t).where(lines_t.c.invoice_id == invoice_id))
        self.conn.execute(delete(taxes_t).where(taxes_t.c.invoice_id == invoice_id))
        self.conn.execute(
            delete(invoices_t).where(invoices_t.c.id == invoice_id, invoices_t.c.number.is_(None))
        )

    def _load(self, where: Any) -> Invoice | None:
        row = self.conn.execute(select(invoices_t).where(where)).first()
        if row is None:
            return None
        lines = self.conn.execute(
            select(lines_t).where(lines_t.c.invoice_id == row.id).order_by(lines_t.c.position)
        )
        return mappers.invoice_from_row(
            InvoiceRow(**row._mapping), [InvoiceLineRow(**r._mapping) for r in lines]
        )

    def get_invoice(self, invoice_id: str) -> Invoice | None:
        return self._load(invoices_t.c.id == invoice_id)

    def get_invoice_by_number(self, number: str) -> Invoice | None:
        return self._load(invoices_t.c.number == number)

    def last_issue_date(self, series: str) -> dt.date | None:
        value = self.conn.execute(
            select(func.max(counters_t.c.last_date)).where(counters_t.c.series == series)
        ).scalar()
        if isinstance(value, str):
            return dt.date.fromisoformat(value)
        return value

    def take_number(self, series: str, issue_date: dt.date) -> IssuedNumber:
        """The next correlative of the series for the year; refuses a date before the last issued one."""
        last_date = self.last_issue_date(series)
        if last_date is not None and issue_date < last_date:
            raise Conflict("issue_date_before_last", series=series, last_date=last_date.isoformat())
        year = issue_date.year
        key = and_(counters_t.c.series == series, counters_t.c.year == year)
        last_seq = self.conn.execute(select(counters_t.c.last_seq).where(key)).scalar()
        seq = (last_seq or 0) + 1
        if last_seq is None:
            self.conn.execute(
                insert(counters_t).values(series=series, year=year, last_seq=seq, last_date=issue_date)
            )
        else:
            self.conn.execute(update(counters_t).where(key).values(last_seq=seq, last_date=issue_date))
        return IssuedNumber(series=series, year=year, seq=seq, number=format_number(series, year, seq))

    def mark_issued(self, invoice: Invoice, number: IssuedNumber, issued_at: dt.datetime) -> None:
        """Write the issued content and the number in one UPDATE: the row locks from then on."""
        row = mappers.invoice_to_row(invoice, str(invoice.client_snapshot.get("name", "")))
        row.update(series=number.series, year=number.year, seq=number.seq, number=number.number)
        row.update(status=Status.ISSUED.value, issued_at=issued_at)
        row["search_text"] = mappers.invoice_search_text(invoice, row["client_name"], number.number)
        self.conn.execute(delete(lines_t).where(lines_t.c.invoice_id == invoice.id))
        self.conn.execute(delete(taxes_t).where(taxes_t.c.invoice_id == invoice.id))
        self._write_children(invoice)
        result = self.conn.execute(
            update(invoices_t)
            .where(invoices_t.c.id == invoice.id, invoices_t.c.number.is_(None))
            .values(**row)
        )
        if result.rowcount != 1:
            raise Conflict("not_a_draft", id=invoice.id)

    def set_status(self, invoice_id: str, status: Status, **changes: Any) -> None:
        self.conn.execute(
            update(invoices_t).where(invoices_t.c.id == invoice_id).values(status=status.value, **changes)
        )

    def list_invoices(self, query: InvoiceQuery) -> list[InvoiceListRow]:
        return list_rows(database.driver_connection(self.conn), query)

    def summarize_invoices(self, query: InvoiceQuery) -> ListSummary:
        sql, params = summary_sql(query, OFFICE if is_postgres(self.conn) else WALK)
        count, total, outstanding = database.raw_rows(self.conn, sql, params)[0]
        return ListSummary(
            count=int(count), total=from_cents(int(total)), outstanding=from_cents(int(outstanding))
        )

    def count_issued_invoices(self) -> int:
        stmt = select(func.count()).select_from(invoices_t).where(invoices_t.c.number.is_not(None))
        return int(self.conn.execute(stmt).scalar() or 0)

    def rectifying_invoices_of(self, invoice_id: str) -> list[str]:
        stmt = select(invoices_t.c.id).where(invoices_t.c.rectifies_id == invoice_id)
        return [r.id for r in self.conn.execute(stmt)]

    def get_invoices(self, invoice_ids: Sequence[str]) -> list[Invoice]:
        """Many invoices with their lines in two IN-queries per chunk (batch PDF export), mapped
        exactly as get_invoice does; in the order asked, unknown ids skipped."""
        found: dict[str, Invoice] = {}
        wanted = list(dict.fromkeys(invoice_ids))
        for start in range(0, len(wanted), IN_CHUNK):
            found.update(self._load_many(wanted[start : start + IN_CHUNK]))
        return [found[i] for i in invoice_ids if i in found]

    def _load_many(self, ids: list[str]) -> dict[str, Invoice]:
        lines: dict[str, list[Any]] = {}
        line_rows = self.conn.execute(
            select(lines_t)
            .where(lines_t.c.invoice_id.in_(ids))
            .order_by(lines_t.c.invoice_id, lines_t.c.position)
        )
        # The mappers only read attributes, which result rows have under the same names with the
        # same values (SQLModel's table constructor does not convert): skipping the ORM objects
        # halves the cost of a batch. get_invoices == [get_invoice(i) ...] is tested.
        for r in line_rows:
            lines.setdefault(r.invoice_id, []).append(r)
        rows = self.conn.execute(select(invoices_t).where(invoices_t.c.id.in_(ids)))
        return {row.id: mappers.invoice_from_row(row, lines.get(row.id, [])) for row in rows}  # type: ignore[arg-type]


IN_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-variable limit

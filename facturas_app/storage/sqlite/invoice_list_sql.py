"""The invoice list, a page at a time, and its totals: plain SQL on the sqlite3 connection.

Why not SQLAlchemy here: the GUI pages this list from a worker thread while it paints, and every
Python call of a paint needs the GIL. SQLAlchemy's per-row result processing kept the GIL for
milliseconds at a time and made scrolling stall (issue #3); sqlite3's `fetchall` builds the rows in
C and releases the GIL while SQLite works. The start-up fast path (landing.py) shares these pieces.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from facturas_app.domain.invoice import OPEN_STATUSES, Status
from facturas_app.domain.money import from_cents
from facturas_app.storage.api import InvoiceListRow, InvoiceQuery
from facturas_app.storage.sqlite.search_sql import MIN_TRIGRAM_QUERY, folded_query, like_pattern

OPEN_SQL = ",".join(f"'{s.value}'" for s in OPEN_STATUSES)
# What is owed: the amount due, moved by rectifications (domain/settlement.py), less what was paid.
OWED_SQL = "amount_due_cents + debt_change_cents - paid_cents"
OVERDUE_SQL = f"status IN ({OPEN_SQL}) AND due_date < :today AND {OWED_SQL} > 0"
EFFECTIVE_STATUS_SQL = f"CASE WHEN {OVERDUE_SQL} THEN '{Status.OVERDUE.value}' ELSE status END"
_NOT_LIVE_SQL = f"'{Status.DRAFT.value}', '{Status.CANCELLED.value}'"
# The sending state of the invoice's latest billing record (an alta, its subsanación or the
# anulación), NULL when it has none. Evaluated only for the rows of the page (after OFFSET), each an
# index lookup (ix_verifactu_records_invoice_seq, migration 0016), so a page costs the same at
# row 100,000 as at row 0.
# (max(seq) rather than ORDER BY seq DESC LIMIT 1: no sort, not even of an invoice's few records.)
VERIFACTU_STATE_SQL = (
    "(SELECT coalesce(s.state, 'pending') FROM verifactu_records r"
    " LEFT JOIN verifactu_submissions s ON s.record_id = r.id"
    " WHERE r.seq = (SELECT max(seq) FROM verifactu_records WHERE invoice_id = invoices.id))"
)

LIST_COLUMNS_SQL = (
    "id, number, client_id, client_name, issue_date, due_date, total_cents, amount_due_cents,"
    " paid_cents, kind, debt_change_cents"
)

# Each order is exactly one sort index (migrations 0006 and 0008) so a deep page is an index walk;
# the expression for "outstanding" is written as in its index, or SQLite would not use it.
_ORDER_KEYS: dict[str, tuple[str, ...]] = {
    "number": ("number", "search_key"),
    "issue_date": ("issue_date", "number", "search_key"),
    "due_date": ("due_date", "search_key"),
    "client_name": ("client_sort", "search_key"),  # folded: "Álvarez" among the A's (0025)
    "total": ("total_cents", "search_key"),
    "outstanding": (f"({OWED_SQL})", "search_key"),
    "status": ("status", "search_key"),
}


# A page of a text search is read in one of three ways (list_plan picks one):
# - WALK: walk the list's order and keep the rows among the text's matches, which the full-text index
#   finds first, all of them (≈ 0.25 µs a row walked, and ≈ 0.1 µs a match per trigram of the text:
#   13 ms for the 18,000 invoices with 'logotipo' at 100,000, 37 ms for 'servicio de catering');
# - CHECK_TEXT: walk the list's order and look for the text in each walked row's own search text,
#   without the full-text index (≈ 1.3 µs a row walked: the first page of a frequent text in 1 to
#   5 ms). `instr` on the folded texts is the screen's own rule (domain/folding.folded_contains);
# - FROM_MATCHES: read the matches themselves and sort them (≈ 8 µs a match: for few matches).
# - OFFICE: the office store (#22) has no full-text table: a LIKE on the folded search text, which
#   its trigram GIN index answers (PostgreSQL's planner chooses between it and the order's index).
WALK, CHECK_TEXT, FROM_MATCHES, OFFICE = "walk", "check_text", "from_matches", "office"
FEW_MATCHES = 1500
CHECKED_ROWS = 4000  # rows CHECK_TEXT may walk for a page; beyond, WALK costs less
_MATCHES = "(SELECT rowid AS match_key FROM invoice_search WHERE invoice_search MATCH :phrase) matches"
_INVOICES_SQL = "coalesce((SELECT max(search_key) FROM invoices), 0)"  # about how many, one lookup
# The matches are counted only as far as the choice needs: counting all 18,000 of a frequent text
# costs what finding them does. CHECK_TEXT needs enough that the page's rows are within CHECKED_ROWS.
_COUNT_UP_TO_SQL = f"max(:few + 1, (:rows * {_INVOICES_SQL} + :checked - 1) / :checked)"


def where_sql(query: InvoiceQuery, plan: str = WALK) -> tuple[str, dict[str, Any]]:
    """The WHERE clause and its parameters for the query's filters (not its order or page), the text
    read as `plan` says (FROM_MATCHES: list_sql joins the matches, no clause for the text)."""
    clauses = ["doc_type = :doc_type"]
    params: dict[str, Any] = {"doc_type": query.doc_type.value, "today": query.today.isoformat()}
    if query.status is not None:
        clauses.append(f"({EFFECTIVE_STATUS_SQL}) = :status")
        params["status"] = query.status.value
    if query.owed_back:
        clauses.append(f"status NOT IN ({_NOT_LIVE_SQL}) AND ({OWED_SQL}) < 0")
    if query.client_id:
        clauses.append("client_id = :client_id")
        params["client_id"] = query.client_id
    if query.date_from:
        clauses.append("issue_date >= :date_from")
        params["date_from"] = query.date_from.isoformat()
    if query.date_to:
        clauses.append("issue_date <= :date_to")
        params["date_to"] = query.date_to.isoformat()
    text = query.text.strip()
    if text and plan == FROM_MATCHES:
        params["phrase"] = _phrase(text)
    elif text:
        clauses.append(_text_clause(text, params, plan))
    return " AND ".join(clauses), params


def match_count_sql(query: InvoiceQuery) -> tuple[str, dict[str, Any]] | None:
    """(matches, invoices) for list_plan: how many invoices of any kind the text matches, counted up
    to what the choice needs, and about how many invoices there are. None: no trigram to count."""
    text = query.text.strip()
    if len(folded_query(text)) < MIN_TRIGRAM_QUERY:
        return None
    sql = (
        f"SELECT count(*), {_INVOICES_SQL} FROM (SELECT rowid FROM invoice_search"
        f" WHERE invoice_search MATCH :phrase LIMIT {_COUNT_UP_TO_SQL})"
    )
    rows = -1 if query.limit is None else query.offset + query.limit  # the whole list: WALK or few
    return sql, {"phrase": _phrase(text), "few": FEW_MATCHES, "rows": rows, "checked": CHECKED_ROWS}


def list_plan(query: InvoiceQuery, counted: tuple[int, ...] | None) -> str:
    """How list_sql reads the page, from match_count_sql's (matches, invoices)."""
    if counted is None:
        return WALK  # no text, or one or two characters (a LIKE on the walked rows)
    matches, invoices = counted
    if matches <= FEW_MATCHES:
        return FROM_MATCHES
    if query.limit is not None and matches * CHECKED_ROWS >= (query.offset + query.limit) * invoices:
        return CHECK_TEXT
    return WALK


def _phrase(text: str) -> str:
    return '"' + folded_query(text).replace('"', '""') + '"'


def _text_clause(text: str, params: dict[str, Any], plan: str) -> str:
    """Substring search: the trigram full-text index, `instr` on each row's folded search text
    (CHECK_TEXT), or a LIKE on each row for one or two characters."""
    if len(folded_query(text)) < MIN_TRIGRAM_QUERY or plan == OFFICE:
        params["pattern"] = like_pattern(text)
        return "search_text LIKE :pattern ESCAPE '\\'"
    if plan == CHECK_TEXT:
        params["folded"] = folded_query(text)
        return "instr(search_text, :folded) > 0"
    params["phrase"] = _phrase(text)
    return "search_key IN (SELECT rowid FROM invoice_search WHERE invoice_search MATCH :phrase)"


def list_sql(query: InvoiceQuery, plan: str = WALK) -> tuple[str, dict[str, Any]]:
    """A page of the list, read as `plan` says (see WALK, CHECK_TEXT, FROM_MATCHES): FROM_MATCHES
    reads the text's matches and sorts them, the others walk the order's index."""
    where, params = where_sql(query, plan)
    keys = _ORDER_KEYS.get(query.order_by, _ORDER_KEYS["issue_date"])
    order = _order_sql(keys, query.descending, plan)
    source = "invoices"
    if plan == FROM_MATCHES:
        source = f"{_MATCHES} CROSS JOIN invoices ON search_key = match_key"
    columns = f"{LIST_COLUMNS_SQL}, {EFFECTIVE_STATUS_SQL}, {VERIFACTU_STATE_SQL}"
    sql = f"SELECT {columns} FROM {source} WHERE {where} ORDER BY {order}"
    if query.limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=query.limit, offset=query.offset)
    return sql, params


# On the office store the same orders need saying: text byte by byte, a missing number smallest
# (SQLite's rules; migration 0008 of storage/postgres indexes exactly these).
_OFFICE_KEYS = {
    "number": 'number COLLATE "C"',
    "status": 'status COLLATE "C"',
}
_OFFICE_NULLS = {"number": (" NULLS FIRST", " NULLS LAST")}


def _order_sql(keys: tuple[str, ...], descending: bool, plan: str) -> str:
    direction = " DESC" if descending else " ASC"
    if plan != OFFICE:
        return ", ".join(key + direction for key in keys)
    return ", ".join(
        _OFFICE_KEYS.get(key, key) + direction + _OFFICE_NULLS.get(key, ("", ""))[descending] for key in keys
    )


def summary_sql(query: InvoiceQuery, plan: str = WALK) -> tuple[str, dict[str, Any]]:
    """(count, total cents, outstanding cents of live invoices) of the filtered set."""
    where, params = where_sql(query, plan)
    live_owed = f"CASE WHEN status NOT IN ({_NOT_LIVE_SQL}) THEN {OWED_SQL} ELSE 0 END"
    sql = (
        f"SELECT count(*), coalesce(sum(total_cents), 0), coalesce(sum({live_owed}), 0)"
        f" FROM invoices WHERE {where}"
    )
    return sql, params


def list_row(r: tuple[Any, ...], status: Status | None = None) -> InvoiceListRow:
    """A row of LIST_COLUMNS_SQL (then the effective status, unless `status` is given, and the
    VERI*FACTU state when the query asked for it)."""
    return InvoiceListRow(
        id=r[0],
        number=r[1],
        status=status if status is not None else Status(r[11]),
        client_id=r[2],
        client_name=r[3],
        issue_date=dt.date.fromisoformat(r[4]),
        due_date=dt.date.fromisoformat(r[5]),
        total=from_cents(r[6]),
        amount_due=from_cents(r[7]),
        paid=from_cents(r[8]),
        kind=r[9],
        debt_change=from_cents(r[10]),
        verifactu=_public_state(r[12]) if len(r) > 12 else None,
    )


def _public_state(state: str | None) -> str | None:
    """A record in doubt is still pending to the user: AEAT has not confirmed it (CLI.md)."""
    return "pending" if state == "in_doubt" else state


def list_rows(raw: Any, query: InvoiceQuery) -> list[InvoiceListRow]:
    """The list's page on a sqlite3 connection: the store's transaction and the CLI's quick read
    (quick_read.py, issue #23) both answer with this, so their rows cannot differ."""
    if getattr(raw, "dialect", "sqlite") == "postgresql":
        sql, params = list_sql(query, OFFICE)
    else:
        counting = match_count_sql(query)
        counted = None if counting is None else raw.execute(*counting).fetchall()[0]
        sql, params = list_sql(query, list_plan(query, counted))
    return [list_row(r) for r in raw.execute(sql, params).fetchall()]

"""Rows as stored, read back through the store's own connection: the same raw SQL on the data
folder's SQLite file and on the office's PostgreSQL database (storage/postgres/adapt.py
translates it), so a storage-contract test checks what either store really holds."""

from __future__ import annotations

from typing import Any


def stored_rows(services: Any, sql: str, *params: object) -> list[tuple[object, ...]]:
    with services.store.read() as tx:
        return [tuple(row) for row in tx.conn.exec_driver_sql(sql, params)]

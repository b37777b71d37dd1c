"""The shared repositories' raw SQL and its results, made PostgreSQL's (#22).

The repositories write some queries as plain SQL for SQLite (`?` or `:name` placeholders, planner
hints) and read their results as SQLite gives them: dates and timestamps as ISO text, JSON as
text, sums of integers as integers. On an office connection:
- `translate` rewrites the placeholders to psycopg's (`%s`, `%(name)s`), doubles literal `%`,
  drops `INDEXED BY` hints, writes SQLite's null-safe `IS [NOT]` comparisons as `IS [NOT] DISTINCT
  FROM` and turns `INSERT OR IGNORE` into `ON CONFLICT DO NOTHING`;
- `register_loaders` makes psycopg load `date`, `timestamptz`, `jsonb` and `numeric` as SQLite's
  text and integers, so the repositories' readers (and the column types of storage/sqlite/types.py,
  which accept both) see one shape of value from either store.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal
from typing import Any

_STRING = re.compile(r"('(?:[^']|'')*')")
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_HINT = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.IGNORECASE)
# SQLite's null-safe `a IS NOT b` / `a IS b` before a literal or a parameter
_IS_NOT = re.compile(r"\bIS\s+NOT\s+(?=$|\?|:[A-Za-z_]|%\()", re.IGNORECASE)
_IS = re.compile(r"\bIS\s+(?=$|\?|:[A-Za-z_]|%\()", re.IGNORECASE)
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)  # the repositories' statements are constants: translate once
def translate(sql: str, has_params: bool) -> str:
    """SQLite-flavoured SQL as psycopg runs it (placeholders are parsed only when there are
    parameters, so `%` is doubled only then)."""
    ignore = bool(_OR_IGNORE.match(sql))
    if ignore:
        sql = _OR_IGNORE.sub("INSERT INTO", sql, count=1).rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    parts = _STRING.split(sql)
    return "".join(_literal(p, has_params) if i % 2 else _code(p, has_params) for i, p in enumerate(parts))


@functools.lru_cache(maxsize=1024)
def translate_syntax(sql: str) -> str:
    """A text() statement SQLAlchemy already compiled (its placeholders are psycopg's, its `%`
    doubled): only the SQLite-only syntax is rewritten."""
    parts = _STRING.split(sql)
    return "".join(p if i % 2 else _syntax(p) for i, p in enumerate(parts))


def _syntax(text: str) -> str:
    return _IS.sub("IS NOT DISTINCT FROM ", _IS_NOT.sub("IS DISTINCT FROM ", _HINT.sub("", text)))


def _literal(text: str, has_params: bool) -> str:
    return text.replace("%", "%%") if has_params else text


def _code(text: str, has_params: bool) -> str:
    text = _syntax(text)
    if not has_params:
        return text
    text = text.replace("%", "%%").replace("?", "%s")
    return _NAMED.sub(r"%(\1)s", text)


def _iso_date(value: dt.date) -> str:
    return value.isoformat()


def _iso_timestamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _integer_or_decimal(value: Decimal) -> int | Decimal:
    return int(value) if value == value.to_integral_value() and value.as_tuple().exponent >= 0 else value


def register_loaders(connection: Any) -> None:
    """On one psycopg connection: dates, timestamps, JSON and numerics loaded as on SQLite."""
    from psycopg.types.datetime import DateLoader, TimestamptzLoader
    from psycopg.types.numeric import NumericLoader
    from psycopg.types.string import TextLoader

    class IsoDateLoader(DateLoader):
        def load(self, data: Any) -> str:
            return _iso_date(super().load(data))

    class IsoTimestampLoader(TimestamptzLoader):
        def load(self, data: Any) -> str:
            return _iso_timestamp(super().load(data))

    class CentsLoader(NumericLoader):
        def load(self, data: Any) -> int | Decimal:
            return _integer_or_decimal(super().load(data))

    adapters = connection.adapters
    adapters.register_loader("date", IsoDateLoader)
    adapters.register_loader("timestamptz", IsoTimestampLoader)
    adapters.register_loader("jsonb", TextLoader)
    adapters.register_loader("numeric", CentsLoader)


class TranslatingConnection:
    """A psycopg connection that takes the SQLite store's raw SQL, for the repositories that run
    statements on the driver connection directly (plain tuples, no SQLAlchemy per-row work)."""

    dialect = "postgresql"

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.connection.execute(translate(sql, bool(params)), params or None)

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = list(rows)
        cursor = self.connection.cursor()
        cursor.executemany(translate(sql, True), rows)
        return cursor

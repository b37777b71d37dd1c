"""The shared repositories' raw SQL and its results, made PostgreSQL's (#22).

The repositories write some queries as plain SQL for SQLite (`?` or `:name` placeholders, planner
hints) and read their results as SQLite gives them: dates and timestamps as ISO text, JSON as
text, sums of integers as integers. On an office connection:
- `translate` rewrites the placeholders to psycopg's (`%s`, `%(name)s`), doubles literal `%`,
  drops `INDEXED BY` hints and turns `INSERT OR IGNORE` into `ON CONFLICT DO NOTHING`;
- `register_loaders` makes psycopg load `date`, `timestamptz`, `jsonb` and `numeric` as SQLite's
  text and integers, so the repositories' readers (and the column types of storage/sqlite/types.py,
  which accept both) see one shape of value from either store.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

_STRING = re.compile(r"('(?:[^']|'')*')")
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_HINT = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.IGNORECASE)
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO", re.IGNORECASE)


def translate(sql: str, has_params: bool) -> str:
    """SQLite-flavoured SQL as psycopg runs it (placeholders are parsed only when there are
    parameters, so `%` is doubled only then)."""
    ignore = bool(_OR_IGNORE.match(sql))
    if ignore:
        sql = _OR_IGNORE.sub("INSERT INTO", sql, count=1).rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    parts = _STRING.split(sql)
    return "".join(_literal(p, has_params) if i % 2 else _code(p, has_params) for i, p in enumerate(parts))


def _literal(text: str, has_params: bool) -> str:
    return text.replace("%", "%%") if has_params else text


def _code(text: str, has_params: bool) -> str:
    text = _HINT.sub("", text)
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

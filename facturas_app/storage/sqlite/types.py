"""Column types that keep money and dates exact on SQLite (never SQL NUMERIC, which goes through float).

On PostgreSQL (the office store, #22) the same columns are native `date`, `timestamptz` and `jsonb`
(storage/postgres/migrations): the types bind Python values there, and read the ISO and JSON text
the office connection's loaders give (storage/postgres/adapt.py), as on SQLite; rates and prices
stay canonical decimal text on both."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlalchemy.types import Date, DateTime, Text, TypeDecorator, TypeEngine

from facturas_app.domain.money import decimal_text, to_decimal


def decimal_to_db(value: Any) -> str:
    return decimal_text(to_decimal(value))


def date_to_db(value: dt.date) -> str:
    return value.isoformat()


def timestamp_to_db(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def json_to_db(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def value_to_db(value: Any) -> Any:
    """The column types' conversions, for raw bulk inserts (same text as the TypeDecorators write)."""
    if value is None or isinstance(value, str | int | float):
        return int(value) if isinstance(value, bool) else value
    if isinstance(value, Decimal):
        return decimal_to_db(value)
    if isinstance(value, dt.datetime):
        return timestamp_to_db(value)
    if isinstance(value, dt.date):
        return date_to_db(value)
    return json_to_db(value)


def _identity(value: Any) -> Any:
    return value


_FAST_CONVERTERS: dict[type, Any] = {
    str: _identity,
    int: _identity,
    float: _identity,
    type(None): _identity,
    bool: int,
    Decimal: decimal_to_db,
    dt.date: date_to_db,
    dt.datetime: timestamp_to_db,
}


def fast_value_to_db(value: Any) -> Any:
    """value_to_db with a type lookup first: bulk loads convert millions of values."""
    converter = _FAST_CONVERTERS.get(type(value))
    return converter(value) if converter is not None else value_to_db(value)


class DecimalText(TypeDecorator[Decimal]):
    """Rates, quantities and unit prices as canonical decimal text ('85.5', '21')."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else decimal_to_db(value)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        return None if value is None else to_decimal(value)


def _native(dialect: Any) -> bool:
    return bool(dialect.name == "postgresql")


class ISODate(TypeDecorator[dt.date]):
    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> TypeEngine[Any]:
        return dialect.type_descriptor(Date() if _native(dialect) else Text())

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None or _native(dialect):
            return value
        return date_to_db(value)

    def process_result_value(self, value: Any, dialect: Any) -> dt.date | None:
        return None if value is None else dt.date.fromisoformat(value)


class UTCTimestamp(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes stored as ISO text; a naive datetime is a bug and raises."""

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> TypeEngine[Any]:
        return dialect.type_descriptor(DateTime(timezone=True) if _native(dialect) else Text())

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        text = timestamp_to_db(value)  # refuses a naive datetime on both stores
        return value.astimezone(dt.UTC) if _native(dialect) else text

    def process_result_value(self, value: Any, dialect: Any) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)


class JSONText(TypeDecorator[Any]):
    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> TypeEngine[Any]:
        if not _native(dialect):
            return dialect.type_descriptor(Text())
        from sqlalchemy.dialects.postgresql import JSONB  # 38 ms to import: only in office mode

        return dialect.type_descriptor(JSONB())

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None or _native(dialect):
            return value  # JSONB serialises it (the store's json_serializer keeps non-ASCII)
        return json_to_db(value)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return None if value is None else json.loads(value)  # text from both (postgres/adapt.py)

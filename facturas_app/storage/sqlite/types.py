"""Column types that keep money and dates exact on SQLite (never SQL NUMERIC, which goes through float)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlalchemy.types import Text, TypeDecorator

from facturas_app.domain.money import decimal_text, to_decimal


class DecimalText(TypeDecorator[Decimal]):
    """Rates, quantities and unit prices as canonical decimal text ('85.5', '21')."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else decimal_text(to_decimal(value))

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        return None if value is None else to_decimal(value)


class ISODate(TypeDecorator[dt.date]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: Any, dialect: Any) -> dt.date | None:
        return None if value is None else dt.date.fromisoformat(value)


class UTCTimestamp(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes stored as ISO text; a naive datetime is a bug and raises."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: Any, dialect: Any) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)


class JSONText(TypeDecorator[Any]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return None if value is None else json.loads(value)

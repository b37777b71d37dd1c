"""Clients and products from a CSV export, checked row by row, ready for an all-or-nothing save.

The caller saves nothing when `errors` is non-empty, so every invalid cell of every row is
reported (not just the first), each with the physical line it sits on (the header is line 1).
A file that is not a readable table gives one file-level error (line 0, or 1 for header
problems, field 'file' or 'header') instead of an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from facturas_app.domain.taxes import TaxTable, tax_table
from facturas_app.domain.text_rules import refused_characters
from facturas_app.services.importers.csv_reader import BadFile, CsvTable, read_table
from facturas_app.services.importers.formats import REQUIRED, Kind, detect_format, map_columns
from facturas_app.services.importers.values import (
    BadValue,
    evident_decimal_mark,
    parse_country,
    parse_days,
    parse_decimal,
    parse_email,
    parse_language,
    parse_postal_code,
    parse_tax_id,
    parse_unit_price,
    parse_vat_rate,
)

DEFAULT_COUNTRY = "ES"
DEFAULT_LANGUAGE = "es"
DEFAULT_PAYMENT_TERMS_DAYS = 30
MAX_TEXT_LENGTH = 300
NUMBER_FIELDS = frozenset({"unit_price", "vat_rate"})  # the cells that show a file's decimal mark
T = TypeVar("T")


@dataclass(frozen=True)
class RowError:
    """One problem: physical line (0 = whole file), field, stable code, and the offending text."""

    line: int
    field: str
    code: str
    value: str


@dataclass
class ImportResult:
    """Parsed rows (only meaningful when `errors` is empty) and every problem found."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    format: str = ""  # 'generic', 'holded', 'factusol' or 'quipu': shown to the user

    @property
    def ok(self) -> bool:
        return not self.errors


class _Cells:
    """The cells of one record by field name, collecting the errors of their parsing."""

    def __init__(self, line: int, values: dict[str, str], decimal_mark: str | None = None) -> None:
        self.line = line
        self.values = values
        self.decimal_mark = decimal_mark  # the one the whole file shows, for '1.500' (values.py)
        self.errors: list[RowError] = []

    def take(self, name: str, parse: Callable[[str], T], default: T) -> T | None:
        """The parsed cell, `default` when empty, None (and an error recorded) when invalid."""
        text = self.values.get(name, "")
        if not text:
            return default
        try:
            return parse(text)
        except BadValue as exc:
            self.errors.append(RowError(self.line, name, exc.code, text))
            return None

    def required(self, name: str, parse: Callable[[str], T]) -> T | None:
        if not self.values.get(name):
            self.errors.append(RowError(self.line, name, "required", ""))
            return None
        return self.take(name, parse, None)


def parse_clients(
    data: bytes, *, default_payment_terms_days: int = DEFAULT_PAYMENT_TERMS_DAYS
) -> ImportResult:
    """Client dicts in the CLI Client JSON shape (country defaults to ES, tax ids normalised)."""
    return _parse(data, "clients", lambda cells: _client(cells, default_payment_terms_days), "tax_id")


def parse_products(data: bytes, country: str | None = None) -> ImportResult:
    """Product dicts {name, unit_price, vat_rate, unit, code} with canonical decimal text; with a
    `country` (the business's), VAT rates must exist in its tax table: 22 % is no Spanish rate."""
    table = tax_table(country) if country else None
    return _parse(data, "products", lambda cells: _product(cells, table), "code")


def _parse(data: bytes, kind: Kind, build: Callable[[_Cells], dict[str, Any]], unique: str) -> ImportResult:
    try:
        table = read_table(data)
    except BadFile as exc:
        return ImportResult(errors=[RowError(exc.line, "file", exc.code, exc.value)])
    fmt = detect_format(table.header)
    columns = map_columns(table.header, fmt, kind)
    result = ImportResult(errors=_header_errors(table, columns, kind), format=fmt.key)
    if result.errors:
        return result
    numeric = [i for name, i in columns.items() if name in NUMBER_FIELDS]
    mark = evident_decimal_mark(_cell(record, i) for _, record in table.records for i in numeric)
    for line, record in table.records:
        cells = _Cells(line, {name: _cell(record, i) for name, i in columns.items()}, mark)
        result.rows.append(build(cells))
        result.errors += _width_error(line, record, len(table.header)) + cells.errors
    result.errors += _duplicates(result.rows, [line for line, _ in table.records], unique)
    result.errors.sort(key=lambda error: error.line)  # stable: a row's errors keep column order
    if not result.rows:
        result.errors.append(RowError(0, "file", "no_rows", ""))
    return result


def _cell(record: Sequence[str], index: int) -> str:
    # Spreadsheets drop trailing empty cells, so a short record just has empty fields.
    return record[index] if index < len(record) else ""


def _header_errors(table: CsvTable, columns: dict[str, int], kind: Kind) -> list[RowError]:
    if not columns:
        code = "no_header" if any(map(_looks_like_data, table.raw_header)) else "unknown_columns"
        return [RowError(table.header_line, "header", code, " | ".join(table.raw_header)[:500])]
    missing = [name for name in REQUIRED[kind] if name not in columns]
    return [RowError(table.header_line, name, "missing_column", "") for name in missing]


def _looks_like_data(cell: str) -> bool:
    """A header cell that is a number, an email or a Spanish tax id: the file has no header row."""
    for parse in (parse_decimal, parse_email, lambda text: parse_tax_id(text, "ES")):
        try:
            parse(cell)
            return True
        except BadValue:
            continue
    return False


def _width_error(line: int, record: Sequence[str], width: int) -> list[RowError]:
    # Extra non-empty cells usually mean an unquoted separator inside a value ("Pérez, Juan"):
    # every later column would be shifted, so the row cannot be trusted.
    extra = [cell for cell in record[width:] if cell]
    return [RowError(line, "row", "too_many_cells", " | ".join(extra)[:200])] if extra else []


def _plain_text(text: str) -> str:
    if refused_characters(text):  # the input rule of every field (domain/text_rules.py)
        raise BadValue("control_character")  # line breaks or tabs would break PDFs and emails
    if len(text) > MAX_TEXT_LENGTH:
        raise BadValue("too_long")
    return text


def _client(cells: _Cells, default_days: int) -> dict[str, Any]:
    country = cells.take("country", parse_country, DEFAULT_COUNTRY)
    return {
        "name": cells.required("name", _plain_text) or "",
        "tax_id": _by_country(cells, "tax_id", parse_tax_id, country),
        "address": cells.take("address", _plain_text, "") or "",
        "postal_code": _by_country(cells, "postal_code", parse_postal_code, country),
        "city": cells.take("city", _plain_text, "") or "",
        "country": country or "",
        "email": cells.take("email", parse_email, "") or "",
        "payment_terms_days": cells.take("payment_terms_days", parse_days, default_days),
        "language": cells.take("language", parse_language, DEFAULT_LANGUAGE) or "",
    }


def _by_country(cells: _Cells, name: str, parse: Callable[[str, str], str], country: str | None) -> str:
    # With an unreadable country (already reported) a tax id cannot be judged: keep the text.
    if country is None:
        return cells.take(name, _plain_text, "") or ""
    return cells.take(name, lambda text: parse(text, country), "") or ""


def _product(cells: _Cells, table: TaxTable | None) -> dict[str, Any]:
    mark = cells.decimal_mark
    return {
        "name": cells.required("name", _plain_text) or "",
        "unit_price": cells.required("unit_price", lambda text: parse_unit_price(text, mark)) or "",
        "vat_rate": cells.required("vat_rate", lambda text: _vat_rate(text, mark, table)) or "",
        "unit": cells.take("unit", _plain_text, "") or "",
        "code": cells.take("code", _plain_text, "") or "",
    }


def _vat_rate(text: str, decimal_mark: str | None, table: TaxTable | None) -> str:
    rate = parse_vat_rate(text, decimal_mark)
    if table is not None and not table.knows_vat_rate(Decimal(rate)):
        raise BadValue("unknown_vat_rate")  # a typo, or another country's catalogue
    return rate


def _duplicates(rows: list[dict[str, Any]], lines: list[int], key: str) -> list[RowError]:
    """Later rows repeating an earlier row's key (tax id, product code): the store keeps them unique."""
    seen: set[str] = set()
    errors: list[RowError] = []
    for row, line in zip(rows, lines, strict=True):
        value = row[key]
        if value and value in seen:
            errors.append(RowError(line, key, "duplicate", value))
        seen.add(value)
    return errors

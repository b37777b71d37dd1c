"""CSV that Spanish Excel opens as-is, and that cannot smuggle formulas into it.

Formula injection (OWASP "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`, tab or carriage
return may be evaluated by Excel/LibreOffice as a formula (`=HYPERLINK(...)`, DDE...). Such cells
get a leading apostrophe, which spreadsheets treat as "this is text".

Decision on negative numbers: a cell that is *only* a plain negative number (`-12,50`, `-12.50`,
`-1.234,56`, `-7`) is written unchanged, so totals stay numbers a user can sum. Such a cell cannot
carry a formula: it has no operator, function or reference after the sign. Anything else starting
with `-` (`-1+1`, `-A1`, `-cmd|...`) is escaped. `+12` is escaped too (we never write a plus sign).

The importer undoes the escape (`unescape_cell`), so export -> import round-trips exactly: a value
that already starts with apostrophes before a trigger character gets one more on the way out and
loses exactly one on the way in.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO

from facturas_app.domain.money import decimal_text

_TRIGGERS = "=+-@\t\r"
_NEEDS_ESCAPE = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
_PLAIN_NEGATIVE = re.compile(r"-([0-9]+|[0-9]{1,3}(\.[0-9]{3})+)([.,][0-9]+)?")

Row = Mapping[str, object] | Sequence[object]


def safe_cell(value: object) -> str:
    """The text of one cell, with a leading apostrophe if a spreadsheet could run it as a formula."""
    text = "" if value is None else str(value)
    if _PLAIN_NEGATIVE.fullmatch(text):
        return text
    if _NEEDS_ESCAPE.match(text):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """Undo `safe_cell`: drop the one apostrophe it added before a formula trigger."""
    return text[1:] if _ESCAPED.match(text) else text


def format_value(value: object, *, decimal_comma: bool = True) -> str:
    """Machine text for a cell: decimals canonical (comma for Spanish Excel), dates ISO."""
    if value is None:
        return ""
    if isinstance(value, float):
        # Money never travels as float (CONVENTIONS.md); refuse instead of printing 0.1000000001.
        raise TypeError("floats are not written to CSV; pass a Decimal")
    if isinstance(value, Decimal):
        text = decimal_text(value)
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def _cells(row: Row, header: Sequence[str], decimal_comma: bool) -> list[str]:
    values: Iterable[object]
    values = (row.get(name) for name in header) if isinstance(row, Mapping) else row
    return [safe_cell(format_value(v, decimal_comma=decimal_comma)) for v in values]


def _write(rows: Iterable[Row], header: Sequence[str], stream: IO[str], decimal_comma: bool) -> None:
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_cell(name) for name in header])
    for row in rows:
        writer.writerow(_cells(row, header, decimal_comma))


def write_csv(
    rows: Iterable[Row],
    header: Sequence[str],
    path_or_stream: str | Path | IO[str] | IO[bytes],
    *,
    decimal_comma: bool = True,
) -> None:
    """Write a CSV for Spanish Excel: UTF-8 with BOM, `;` separator, CRLF, formula-safe cells.

    Rows are mappings keyed by the header names or sequences in header order. A text stream gets
    the BOM as U+FEFF; a path or binary stream gets the UTF-8 bytes EF BB BF.
    """
    if isinstance(path_or_stream, str | Path):
        with open(path_or_stream, "w", encoding="utf-8-sig", newline="") as handle:
            _write(rows, header, handle, decimal_comma)
        return
    if isinstance(path_or_stream, io.TextIOBase):
        path_or_stream.write("\ufeff")
        _write(rows, header, path_or_stream, decimal_comma)
        return
    text = io.StringIO(newline="")
    _write(rows, header, text, decimal_comma)
    path_or_stream.write(text.getvalue().encode("utf-8-sig"))  # type: ignore[arg-type]

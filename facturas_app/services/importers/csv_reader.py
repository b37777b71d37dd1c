"""Turn the bytes of a CSV someone exported (Excel, Factusol, Holded...) into a header and rows.

Spanish files arrive in every shape: UTF-8 with or without BOM, Windows-1252 from older Windows
programs, UTF-16 from Excel's "Texto Unicode", `;` (Spanish Excel), `,` or tab separators.
Nothing here raises on bad input except `BadFile`, which carries a stable code for the caller.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from facturas_app.services.exporters.csv_safe import unescape_cell

MAX_FILE_BYTES = 20 * 1024 * 1024
DELIMITERS = (";", ",", "\t")
_SNIFF_RECORDS = 20
_DOS_EOF = "\x1a"  # some old Windows exporters end the file with Ctrl-Z


class BadFile(Exception):
    """The file as a whole cannot be read; `code` is stable, `line` 0 means the whole file."""

    def __init__(self, code: str, line: int = 0, value: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.line = line
        self.value = value


@dataclass(frozen=True)
class CsvTable:
    """A decoded CSV: normalised header names, raw header, and data records with their line."""

    header_line: int
    header: tuple[str, ...]
    raw_header: tuple[str, ...]
    records: tuple[tuple[int, tuple[str, ...]], ...]
    delimiter: str
    encoding: str


def read_table(data: bytes) -> CsvTable:
    """Decode, sniff and split a CSV file; raises `BadFile` for anything that is not a table."""
    if len(data) > MAX_FILE_BYTES:
        raise BadFile("file_too_large", value=str(len(data)))
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    records = _records(text, delimiter)
    if not records:
        raise BadFile("empty_file")
    (header_line, raw_header), *rows = records
    header = tuple(normalise_header(name) for name in raw_header)
    return CsvTable(header_line, header, raw_header, tuple(rows), delimiter, encoding)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text: UTF-16 by BOM, UTF-8 (BOM optional), else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _try_decode(data, "utf-16"), "utf-16"
    elif b"\x00" in data:
        raise BadFile("nul_byte", line=data[: data.index(b"\x00")].count(b"\n") + 1)
    else:
        text, encoding = _decode_8bit(data)
    text = text.rstrip(_DOS_EOF)
    _refuse_binary(text)
    if not text.strip():
        raise BadFile("empty_file")
    return text, encoding


def _decode_8bit(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return _try_decode(data, "cp1252"), "cp1252"


def _try_decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadFile("not_text", value=encoding) from exc


def _refuse_binary(text: str) -> None:
    # A NUL is caught before decoding; here control characters betray a PDF, ZIP or image that
    # happened to decode as Windows-1252. A single stray one in a big file is tolerated.
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n")
    if "\x00" in text:
        raise BadFile("nul_byte")
    if controls and controls * 100 >= len(text):
        raise BadFile("not_text")


def sniff_delimiter(text: str) -> str:
    """The candidate separator that splits the first records into the most consistent columns."""
    sample = text[:64_000]
    scores = [(_delimiter_score(sample, d), -i, d) for i, d in enumerate(DELIMITERS)]
    return max(scores)[2]


def _delimiter_score(sample: str, delimiter: str) -> tuple[int, int]:
    try:
        records = [cells for _, cells in _records(sample, delimiter)[:_SNIFF_RECORDS]]
    except BadFile:
        return (-1, 0)
    if not records:
        return (-1, 0)
    width = len(records[0])
    same_width = sum(1 for cells in records if len(cells) == width)
    # Prefer the separator that gives a multi-column header and rows as wide as it.
    return (same_width if width > 1 else 0, width)


def _records(text: str, delimiter: str) -> list[tuple[int, tuple[str, ...]]]:
    """Non-blank records with the physical line each starts on (header is line 1)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, tuple[str, ...]]] = []
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                records.append((start, tuple(clean_cell(cell) for cell in cells)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise BadFile("malformed_csv", line=start, value=str(exc)) from exc
    return records


def clean_cell(cell: str) -> str:
    """Spreadsheets pad cells with spaces and our exporter escapes formulas: undo both."""
    return unescape_cell(cell.strip())  # str.strip also drops the no-break spaces Excel leaves


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_ABBREVIATION = re.compile(r"\b[a-z](\.[a-z])+\b\.?")


def normalise_header(name: str) -> str:
    """'Cód. Postal*' -> 'cod postal', 'N.I.F.' -> 'nif', 'payment_terms_days' -> 'payment terms days'."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    ascii_only = "".join(ch for ch in folded if not unicodedata.combining(ch))
    # Dotted abbreviations ('N.I.F.', 'C.P.') become one word; any other dot separates words.
    without_dots = _ABBREVIATION.sub(lambda m: m.group().replace(".", ""), ascii_only)
    return _NOT_ALNUM.sub(" ", without_dots).strip()

"""The lines table, measured before it is drawn.

Column widths come from the content: a figure column grows to its widest cell (a price of
1.234.567,891234 € does not fit the 24 mm a normal invoice needs) and the description takes the
rest, never less than MIN_DESCRIPTION. When even that is not enough, cells wrap inside their
column instead of running into the next one. Every row knows its height before it is drawn, so a
row that does not fit goes onto the next page under a repeated header — and one taller than a
whole page is split between pages line by line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from facturas_app.services.pdf import labels as L
from facturas_app.services.pdf.model import DocLine
from facturas_app.services.pdf.render import BOTTOM, LEFT, WIDTH, Painter

KEYS = ("description", "quantity", "unit", "unit_price", "discount", "vat", "amount")
# the designed widths (mm): what a usual invoice gets, and the least a figure column gets
COLUMNS = (72.0, 15.0, 12.0, 24.0, 13.0, 14.0, 30.0)
ALIGN = ("L", "R", "C", "R", "R", "R", "R")
MIN_DESCRIPTION = 50.0
LINE_H = 4.0
ROW_PAD = 1.3
SIZE = 8.5
HEADER_SIZE = 7.5
PAD = 3.4  # mm a cell needs beyond its text: 1 mm each side plus fpdf2's cell margins, and a hair


@dataclass(frozen=True)
class Row:
    cells: tuple[tuple[str, ...], ...]  # wrapped lines of each column
    height: float


def _vat_cell(p: Painter, line: DocLine) -> str:
    if line.exemption:
        short = {"S2": ("ISP", "Rev. ch."), "N1": ("No suj.", "N/S"), "N2": ("No suj.", "N/S")}
        es, en = short.get(line.exemption, ("Exento", "Exempt"))
        return es if p.lang == "es" else en
    text = L.percent(line.vat_rate, p.lang)
    if line.surcharge_rate:
        text += f"+{L.number(line.surcharge_rate, p.lang)}"
    return text


def _unit_price(p: Painter, value: Any) -> str:
    """Unit prices may carry up to 6 decimals: print them all rather than round a price."""
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        number = L.number(value, p.lang)
        return f"{number}\u00a0€" if p.lang == "es" else f"€{number}"
    return L.money(value, p.lang)


def _cells(p: Painter, line: DocLine) -> tuple[str, ...]:
    return (
        line.description,
        L.number(line.quantity, p.lang),
        line.unit,
        _unit_price(p, line.unit_price),
        L.percent(line.discount_percent, p.lang) if line.discount_percent else "",
        _vat_cell(p, line),
        L.money(line.net, p.lang),
    )


def column_widths(p: Painter, texts: list[tuple[str, ...]]) -> tuple[float, ...]:
    """Figure columns as wide as their widest cell (at least the designed width); the
    description gets the rest. Over budget, the widened columns give back their extra share."""
    p.font(HEADER_SIZE, True)
    need = [p.width(p.t(key)) + PAD for key in KEYS]
    p.font(SIZE)
    for row in texts:
        for i in range(1, len(KEYS)):
            need[i] = max(need[i], p.width(row[i]) + PAD)
    figures = [max(base, n) for base, n in zip(COLUMNS[1:], need[1:], strict=True)]
    extra = sum(figures) - (WIDTH - MIN_DESCRIPTION)
    if extra > 0:
        grown = sum(f - base for f, base in zip(figures, COLUMNS[1:], strict=True))
        figures = [f - (f - base) * extra / grown for f, base in zip(figures, COLUMNS[1:], strict=True)]
    return (WIDTH - sum(figures), *figures)


def measure_rows(p: Painter, texts: list[tuple[str, ...]], widths: tuple[float, ...]) -> list[Row]:
    p.font(SIZE)
    rows = []
    for row in texts:
        cells = tuple(
            tuple(p.wrap(text, w - 2)) if text else ("",) for text, w in zip(row, widths, strict=True)
        )
        rows.append(Row(cells, max(len(c) for c in cells) * LINE_H + ROW_PAD))
    return rows


def table_header(p: Painter, y: float, widths: tuple[float, ...]) -> float:
    theme = p.theme
    if theme.header_fill:
        p.fill(LEFT, y, WIDTH, 6.5, theme.header_fill)
    p.font(HEADER_SIZE, True, theme.header_text)
    x = LEFT
    for key, w, align in zip(KEYS, widths, ALIGN, strict=True):
        p.text(x + 1, y + 1.2, w - 2, p.t(key), align=align)
        x += w
    if not theme.header_fill:
        p.hline(y + 6.5, color=(105, 105, 105), width=0.3)
    return y + 8


def _draw_row(p: Painter, y: float, row: Row, widths: tuple[float, ...], index: int) -> float:
    if p.theme.zebra and index % 2:
        p.fill(LEFT, y - 0.4, WIDTH, row.height, p.theme.zebra)
    p.font(SIZE)
    x = LEFT
    for lines, w, align in zip(row.cells, widths, ALIGN, strict=True):
        for i, text in enumerate(lines):
            if text:
                p.text(x + 1, y + i * LINE_H, w - 2, text, align=align, h=LINE_H)
        x += w
    y += row.height
    if not p.theme.zebra:
        p.hline(y - 0.6, color=(232, 232, 232), width=0.1)
    return y


def _split(row: Row, lines: int) -> tuple[Row, Row]:
    """The first `lines` lines of a row and the rest (figures stay with the first part)."""
    head = tuple(c[:lines] for c in row.cells)
    tail = tuple(c[lines:] or ("",) for c in row.cells)
    rest = max(len(c) for c in row.cells) - lines
    return Row(head, lines * LINE_H + ROW_PAD), Row(tail, rest * LINE_H + ROW_PAD)


def lines_table(p: Painter, y: float, new_page: Callable[[], float]) -> float:
    """Draw all lines; on overflow call new_page() (which returns the new y) and repeat the header."""
    texts = [_cells(p, line) for line in p.doc.lines]
    widths = column_widths(p, texts)
    y = table_header(p, y, widths)
    for index, row in enumerate(measure_rows(p, texts, widths)):
        while y + row.height > BOTTOM:
            room = int((BOTTOM - y - ROW_PAD) // LINE_H)
            if room >= 1 and row.height > BOTTOM - 40:  # taller than a page: split it here
                part, row = _split(row, room)
                _draw_row(p, y, part, widths, index)
            y = table_header(p, new_page(), widths)
        y = _draw_row(p, y, row, widths, index)
    return y + 2

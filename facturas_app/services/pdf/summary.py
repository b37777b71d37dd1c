"""The tax breakdown (one row per group) and the totals column, measured before they are drawn.

Breakdown columns are as wide as their widest figure; when the table no longer fits beside the
totals column (seven groups with recargo and amounts in the millions) it takes the full width and
the totals go below it. Every totals row measures its value first and wraps its label in what is
left, so a label never runs into its amount. The whole block moves to the next page when its
measured height does not fit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from facturas_app.domain.invoice import DocType
from facturas_app.services.pdf import labels as L
from facturas_app.services.pdf.render import BOTTOM, LEFT, RIGHT, Painter
from facturas_app.services.pdf.templates import BLACK, GREY, RGB

NewPage = Callable[[], float]
SUMMARY_X = 122.0
SUMMARY_W = RIGHT - SUMMARY_X
STACKED_W = 95.0  # the totals column under a full-width breakdown
GROUP_ROW = 5.0
GAP = 3.0  # mm between two right-aligned columns


@dataclass(frozen=True)
class Line:
    """One totals row: label lines at the left, the amount at the right of the first line."""

    label: tuple[str, ...]
    value: str
    size: float
    bold: bool
    color: RGB
    pitch: float  # mm per label line
    due: bool = False  # the "amount to pay" row, with its band

    @property
    def height(self) -> float:
        return self.pitch * len(self.label) + (3.0 if self.due else 0.0)


def _rate_text(p: Painter, exemption: str | None, rate: Decimal) -> str:
    if exemption:
        return (
            {"S2": "ISP"}.get(exemption, "Exento" if p.lang == "es" else "Exempt")
            if exemption[0] != "N"
            else ("No sujeto" if p.lang == "es" else "Not subject")
        )
    return L.percent(rate, p.lang)


def _rows(p: Painter) -> list[tuple[str, str, bool]]:
    """Base, taxes, total and IRPF. A quote without IRPF has its total once, in the band below."""
    totals, quote = p.doc.totals, p.doc.doc_type is DocType.QUOTE
    rows = [(p.t("base"), p.money(totals.base), False), (p.t("vat"), p.money(totals.vat), False)]
    if totals.surcharge:
        rows.append((p.t("surcharge"), p.money(totals.surcharge), False))
    if not (quote and not totals.irpf):
        rows.append((p.t("total_quote") if quote else p.t("total"), p.money(totals.total), True))
    if totals.irpf:
        rows.append((f"{p.t('irpf')} ({L.percent(totals.irpf_rate, p.lang)})", p.money(-totals.irpf), False))
    return rows


def _due_label(p: Painter) -> str:
    quote = p.doc.doc_type is DocType.QUOTE
    return p.t("total_quote") if quote and not p.doc.totals.irpf else p.t("amount_due")


def _line(p: Painter, width: float, row: tuple[str, str, float, bool, RGB, float]) -> Line:
    label, value, size, bold, color, pitch = row
    p.font(size, bold)
    room = width - 4 - p.width(value) - GAP
    return Line(tuple(p.wrap(label, max(room, 20.0))), value, size, bold, color, pitch)


def summary_lines(p: Painter, width: float = SUMMARY_W) -> list[Line]:
    doc = p.doc
    lines = [_line(p, width, (label, value, 8.5, strong, BLACK, 5.5)) for label, value, strong in _rows(p)]
    due = _line(p, width, (_due_label(p), p.money(doc.totals.amount_due), 10.5, True, p.theme.due_text, 6.0))
    lines.append(Line(due.label, due.value, due.size, True, due.color, 6.0, due=True))
    if (doc.paid or doc.debt_change) and not doc.is_draft:
        for key, amount in settlement_rows(doc.paid, doc.debt_change, doc.outstanding, doc.debt_label):
            lines.append(_line(p, width, (p.t(key), p.money(amount), 8.5, False, GREY, 5.0)))
    return lines


def settlement_rows(
    paid: Decimal, debt_change: Decimal, owed: Decimal, debt_label: str = "debt_change"
) -> list[tuple[str, Decimal]]:
    """Below the amount to pay: what rectifications changed, what was paid (or given back), and what
    is left — owed by the client, or to refund to the client when below zero."""
    rows = [(debt_label, debt_change)] if debt_change else []
    if paid:
        rows.append(("paid", paid) if paid > 0 else ("refunded", -paid))
    rows.append(("outstanding", owed) if owed >= 0 else ("to_refund", -owed))
    return rows


def _draw_summary(p: Painter, y: float, lines: list[Line], width: float) -> float:
    x = RIGHT - width
    for line in lines:
        if line.due:
            y += 1
            if p.theme.due_fill:
                p.fill(x, y - 1.5, width, line.height, p.theme.due_fill)
            else:
                p.hline(y - 1.5, x, RIGHT, color=GREY, width=0.3)
        p.font(line.size, line.bold, line.color)
        for i, text in enumerate(line.label):
            p.text(x + 2, y + i * line.pitch, width - 4, text, h=line.pitch if line.due else 4.2)
        p.text(x + 2, y, width - 4, line.value, align="R", h=line.pitch if line.due else 4.2)
        y += line.height
    return y


# ---- the breakdown ------------------------------------------------------------------------------
def _breakdown_cells(p: Painter, with_surcharge: bool) -> list[list[str]]:
    titles = [p.t("base"), p.t("rate"), p.t("quota")]
    if with_surcharge:
        titles += [p.t("surcharge_short"), f"{p.t('quota')} {p.t('surcharge_short')}"]
    rows = [titles]
    for g in p.doc.totals.groups:
        values = [p.money(g.base), _rate_text(p, g.exemption, g.vat_rate), p.money(g.vat)]
        if with_surcharge:
            values += [L.percent(g.surcharge_rate, p.lang) if g.surcharge_rate else "—", p.money(g.surcharge)]
        rows.append(values)
    return rows


def _breakdown_widths(p: Painter, rows: list[list[str]]) -> list[float]:
    designed = [28.0, 16.0, 24.0, 14.0, 24.0]
    p.font(7.5, True)
    widths = [max(designed[i], p.width(t) + GAP) for i, t in enumerate(rows[0])]
    p.font(8.5)
    for row in rows[1:]:
        widths = [max(w, p.width(t) + GAP) for w, t in zip(widths, row, strict=True)]
    return widths


def _draw_breakdown(p: Painter, y: float, rows: list[list[str]], widths: list[float]) -> float:
    p.font(7.5, True, p.theme.section_color)
    x = LEFT
    for title, w in zip(rows[0], widths, strict=True):
        p.text(x, y, w, title, align="R")
        x += w
    p.hline(y + 4.6, LEFT, x, width=0.2)
    y += 6
    p.font(8.5)
    for row in rows[1:]:
        x = LEFT
        for value, w in zip(row, widths, strict=True):
            p.text(x, y, w, value, align="R")
            x += w
        y += GROUP_ROW
    return y


def totals_block(p: Painter, y: float, new_page: NewPage) -> float:
    """Breakdown and totals side by side when the breakdown fits left of the totals, else stacked
    (the totals column then a little wider, so that big amounts keep their label on one line)."""
    with_surcharge = any(g.surcharge_rate for g in p.doc.totals.groups)
    rows = _breakdown_cells(p, with_surcharge)
    widths = _breakdown_widths(p, rows)
    side = sum(widths) <= SUMMARY_X - LEFT - GAP
    width = SUMMARY_W if side else STACKED_W
    lines = summary_lines(p, width)
    table_h = 6 + GROUP_ROW * (len(rows) - 1)
    summary_h = sum(line.height for line in lines) + 1
    height = max(table_h, summary_h) if side else table_h + 3 + summary_h
    if y + height + 2 > BOTTOM:
        y = new_page()
    table_end = _draw_breakdown(p, y, rows, widths)
    end = _draw_summary(p, y if side else table_end + 3, lines, width)
    return max(table_end, end) + 2

"""One invoice-editor line as the text the user typed, and what is wrong with each of its cells.

Pure of any Qt model: parsing Spanish numbers, the column layout, per-cell validation and the step
from a valid text record to a domain `InvoiceLine`. `invoice_lines_model` builds the table on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale

from facturas_app.domain.checks import MAX_TOTAL
from facturas_app.domain.invoice import InvoiceLine
from facturas_app.domain.money import (
    MAX_PRICE_DECIMALS,
    MAX_QUANTITY_OR_PRICE,
    NotADecimal,
    decimal_places,
    decimal_text,
    to_decimal,
)
from facturas_app.domain.taxes import TaxTable
from ui.i18n import current_language

_PLAIN = re.compile(r"^[+-]?\d+(\.\d+)?$")
_DOT_GROUPED = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")


def parse_number(text: str) -> Decimal | None:
    """A number as a Spanish user types it: '85,50', '1.234,56', '85.50' or '1.234.567'; else None."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if "," in cleaned and "." in cleaned:
        decimal_sep = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        cleaned = cleaned.replace(group_sep, "").replace(decimal_sep, ".")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    elif _DOT_GROUPED.match(cleaned) and cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    if not _PLAIN.match(cleaned):
        return None  # rejects 'abc', 'NaN', 'inf', '1e5', '1,2,3'
    try:
        return to_decimal(cleaned)
    except NotADecimal:
        return None


def number_text(value: Decimal) -> str:
    """How a stored decimal is shown for editing: canonical digits with the UI language's decimal
    mark ('85,50' / '85.50'; an English editor once showed '85,50' beside '€85.50')."""
    text = decimal_text(value)
    return text.replace(".", ",") if current_language() == "es" else text


class Column(IntEnum):
    DESCRIPTION = 0
    QUANTITY = 1
    UNIT = 2
    PRICE = 3
    DISCOUNT = 4
    VAT = 5
    SURCHARGE = 6
    EXEMPTION = 7
    NET = 8


FIELD_OF = {
    Column.DESCRIPTION: "description",
    Column.QUANTITY: "quantity",
    Column.UNIT: "unit",
    Column.PRICE: "unit_price",
    Column.DISCOUNT: "discount_percent",
    Column.VAT: "vat_rate",
    Column.SURCHARGE: "surcharge_rate",
    Column.EXEMPTION: "exemption",
}
COLUMN_OF_FIELD = {name: column for column, name in FIELD_OF.items()}
NUMERIC = (Column.QUANTITY, Column.PRICE, Column.DISCOUNT, Column.VAT, Column.SURCHARGE, Column.NET)


@dataclass(frozen=True)
class LineRecord:
    """One editable line as text, the way the user typed it."""

    description: str = ""
    quantity: str = "1"
    unit: str = ""
    unit_price: str = ""
    discount_percent: str = "0"
    vat_rate: str = "21"
    surcharge_rate: str = "0"
    exemption: str = ""
    product_id: str = ""

    @classmethod
    def from_line(cls, line: InvoiceLine) -> LineRecord:
        return cls(
            description=line.description,
            quantity=number_text(line.quantity),
            unit=line.unit,
            unit_price=number_text(line.unit_price),
            discount_percent=number_text(line.discount_percent),
            vat_rate=number_text(line.vat_rate),
            surcharge_rate=number_text(line.surcharge_rate),
            exemption=line.exemption or "",
            product_id=line.product_id or "",
        )

    def value(self, column: Column) -> str:
        return str(getattr(self, FIELD_OF[column]))

    def with_value(self, column: Column, text: str) -> LineRecord:
        return replace(self, **{FIELD_OF[column]: text})


def is_blank(record: LineRecord) -> bool:
    """A line added and not typed in yet (no description, no price): not an error, not saved."""
    return not record.description.strip() and not record.unit_price.strip() and not record.product_id


def cell_error(record: LineRecord, column: Column, table: TaxTable | None = None) -> str | None:
    """What is wrong with one cell, in words, or None — as typed, with the domain's limits; the
    domain re-checks everything on save."""
    if is_blank(record):
        return None
    if column is Column.NET:
        return _net_error(record, table)
    if column is Column.DESCRIPTION:
        return (
            QCoreApplication.translate("InvoiceLinesModel", "Obligatorio")
            if not record.description.strip()
            else None
        )
    if column not in NUMERIC:
        return None
    text = record.value(column)
    value = parse_number(text)
    if value is None:
        return (
            QCoreApplication.translate("InvoiceLinesModel", "Obligatorio")
            if not text.strip()
            else QCoreApplication.translate("InvoiceLinesModel", "«%1» no es un número").replace("%1", text)
        )
    return _range_error(column, value, record, table)


def _range_error(column: Column, value: Decimal, record: LineRecord, table: TaxTable | None) -> str | None:
    if column is Column.QUANTITY:
        if value == 0:
            return QCoreApplication.translate("InvoiceLinesModel", "La cantidad no puede ser cero")
    elif value < 0:
        return QCoreApplication.translate("InvoiceLinesModel", "No puede ser negativo")
    if column in (Column.QUANTITY, Column.PRICE) and abs(value) > MAX_QUANTITY_OR_PRICE:
        return QCoreApplication.translate("InvoiceLinesModel", "Como máximo %1").replace(
            "%1", QLocale().toString(MAX_QUANTITY_OR_PRICE)
        )
    if column in (Column.QUANTITY, Column.PRICE) and decimal_places(value) > MAX_PRICE_DECIMALS:
        return QCoreApplication.translate("InvoiceLinesModel", "Máximo 6 decimales")
    if column in (Column.DISCOUNT, Column.VAT) and value > 100:
        return QCoreApplication.translate("InvoiceLinesModel", "Debe estar entre 0 y 100")
    if column is Column.VAT and table is not None and not table.knows_vat_rate(value):
        return QCoreApplication.translate("InvoiceLinesModel", "Tipo de IVA desconocido")
    if column is Column.VAT and record.exemption and value != 0:
        return QCoreApplication.translate("InvoiceLinesModel", "Una línea exenta no lleva IVA")
    if column is Column.SURCHARGE and table is not None and not table.knows_surcharge(value):
        return QCoreApplication.translate("InvoiceLinesModel", "Recargo no válido")
    return None


def _net_error(record: LineRecord, table: TaxTable | None) -> str | None:
    """The line's amount over what any invoice may total (quantity and price each within range)."""
    if any(cell_error(record, column, table) for column in Column if column is not Column.NET):
        return None
    if abs(to_domain_line(record).net) <= MAX_TOTAL:
        return None
    text = QCoreApplication.translate(
        "InvoiceLinesModel", "El importe de la línea supera el máximo de una factura (%1)"
    )
    return text.replace("%1", QLocale().toString(MAX_TOTAL))


def record_errors(record: LineRecord, table: TaxTable | None = None) -> dict[Column, str]:
    found = {column: cell_error(record, column, table) for column in Column}
    return {column: text for column, text in found.items() if text}


def to_domain_line(record: LineRecord) -> InvoiceLine:
    """Only for records without errors (see `record_errors`)."""
    number = {
        name: parse_number(getattr(record, name))
        for name in ("quantity", "unit_price", "discount_percent", "vat_rate", "surcharge_rate")
    }
    return InvoiceLine(
        description=record.description.strip(),
        quantity=number["quantity"],  # type: ignore[arg-type]
        unit_price=number["unit_price"],
        vat_rate=number["vat_rate"],  # type: ignore[arg-type]
        discount_percent=number["discount_percent"],
        surcharge_rate=number["surcharge_rate"],  # type: ignore[arg-type]
        exemption=record.exemption or None,
        unit=record.unit.strip(),
        product_id=record.product_id or None,
    )

"""The words of the tax reports on screen, in the UI's language.

The files for the gestor (CSV, XLSX, the quarter pack) keep the Spanish of the forms and the AEAT's
book: they are Spanish documents whoever prints them. On screen, an English UI shows English
column names and concepts next to the same box numbers. Every label the report services write is
listed here with QT_TRANSLATE_NOOP, so lupdate files it under the "ReportLabels" context.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.widgets.money import format_rate

_CONTEXT = "ReportLabels"

# Column names (facturas_app/services/report_files.py) and fixed concepts (services/reports.py).
LABELS = (
    QT_TRANSLATE_NOOP("ReportLabels", "Fecha expedición"),
    QT_TRANSLATE_NOOP("ReportLabels", "Número"),
    QT_TRANSLATE_NOOP("ReportLabels", "Tipo factura"),
    QT_TRANSLATE_NOOP("ReportLabels", "Rectifica a"),
    QT_TRANSLATE_NOOP("ReportLabels", "Estado"),
    QT_TRANSLATE_NOOP("ReportLabels", "Cliente"),
    QT_TRANSLATE_NOOP("ReportLabels", "NIF cliente"),
    QT_TRANSLATE_NOOP("ReportLabels", "País"),
    QT_TRANSLATE_NOOP("ReportLabels", "Exención/Calificación"),
    QT_TRANSLATE_NOOP("ReportLabels", "Base imponible"),
    QT_TRANSLATE_NOOP("ReportLabels", "Tipo IVA %"),
    QT_TRANSLATE_NOOP("ReportLabels", "Cuota IVA"),
    QT_TRANSLATE_NOOP("ReportLabels", "Tipo RE %"),
    QT_TRANSLATE_NOOP("ReportLabels", "Cuota RE"),
    QT_TRANSLATE_NOOP("ReportLabels", "Retención IRPF"),
    QT_TRANSLATE_NOOP("ReportLabels", "Total factura"),
    QT_TRANSLATE_NOOP("ReportLabels", "Modelo"),
    QT_TRANSLATE_NOOP("ReportLabels", "Casilla"),
    QT_TRANSLATE_NOOP("ReportLabels", "Concepto"),
    QT_TRANSLATE_NOOP("ReportLabels", "Importe"),
    QT_TRANSLATE_NOOP("ReportLabels", "NIF"),
    QT_TRANSLATE_NOOP("ReportLabels", "Nombre"),
    QT_TRANSLATE_NOOP("ReportLabels", "Total"),
    QT_TRANSLATE_NOOP("ReportLabels", "1T"),
    QT_TRANSLATE_NOOP("ReportLabels", "2T"),
    QT_TRANSLATE_NOOP("ReportLabels", "3T"),
    QT_TRANSLATE_NOOP("ReportLabels", "4T"),
    QT_TRANSLATE_NOOP("ReportLabels", "NIF-IVA"),
    QT_TRANSLATE_NOOP("ReportLabels", "Trimestre"),
    QT_TRANSLATE_NOOP("ReportLabels", "Clave"),
    QT_TRANSLATE_NOOP("ReportLabels", "Base"),
    QT_TRANSLATE_NOOP("ReportLabels", "emitida"),
    QT_TRANSLATE_NOOP("ReportLabels", "anulada"),
    QT_TRANSLATE_NOOP("ReportLabels", "Modificación bases (rectificativas)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Modificación cuotas (rectificativas)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Modificación bases RE"),
    QT_TRANSLATE_NOOP("ReportLabels", "Modificación cuotas RE"),
    QT_TRANSLATE_NOOP("ReportLabels", "Total cuota devengada"),
    QT_TRANSLATE_NOOP("ReportLabels", "Entregas intracomunitarias de bienes y servicios"),
    QT_TRANSLATE_NOOP("ReportLabels", "Exportaciones y operaciones asimiladas"),
    QT_TRANSLATE_NOOP("ReportLabels", "Operaciones no sujetas por reglas de localización"),
    QT_TRANSLATE_NOOP("ReportLabels", "Operaciones con inversión del sujeto pasivo"),
    QT_TRANSLATE_NOOP("ReportLabels", "Ingresos computables (acumulado del año)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Retenciones e ingresos a cuenta (acumulado)"),
    QT_TRANSLATE_NOOP("ReportLabels", "No sujeta (N1/N2)"),
    QT_TRANSLATE_NOOP("ReportLabels", "IRPF retenido en el periodo"),
    QT_TRANSLATE_NOOP("ReportLabels", "Facturas del periodo"),
    # the deductible side and the whole Modelo 130 (#21, services/reports_purchases.py)
    QT_TRANSLATE_NOOP("ReportLabels", "Base cuotas soportadas en operaciones interiores corrientes"),
    QT_TRANSLATE_NOOP("ReportLabels", "Cuotas soportadas en operaciones interiores corrientes"),
    QT_TRANSLATE_NOOP("ReportLabels", "Rectificación de deducciones (base)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Rectificación de deducciones (cuota)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Total a deducir"),
    QT_TRANSLATE_NOOP("ReportLabels", "Resultado régimen general"),
    QT_TRANSLATE_NOOP("ReportLabels", "Gastos fiscalmente deducibles (acumulado)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Rendimiento neto (01 − 02)"),
    QT_TRANSLATE_NOOP("ReportLabels", "20 % del rendimiento neto positivo"),
    QT_TRANSLATE_NOOP("ReportLabels", "Pagos fraccionados de trimestres anteriores"),
    QT_TRANSLATE_NOOP("ReportLabels", "Pago fraccionado previo (04 − 05 − 06)"),
    QT_TRANSLATE_NOOP("ReportLabels", "Pago fraccionado a ingresar"),
)

# Labels with a rate or a code in them: the words are translated, the figure is written anew.
_RATE_LABELS = {
    "Base": QT_TRANSLATE_NOOP("ReportLabels", "Base %1"),
    "Tipo": QT_TRANSLATE_NOOP("ReportLabels", "Tipo %1"),
    "Cuota": QT_TRANSLATE_NOOP("ReportLabels", "Cuota %1"),
    "Base RE": QT_TRANSLATE_NOOP("ReportLabels", "Base RE %1"),
    "Tipo RE": QT_TRANSLATE_NOOP("ReportLabels", "Tipo RE %1"),
    "Cuota RE": QT_TRANSLATE_NOOP("ReportLabels", "Cuota RE %1"),
}
_EXEMPT = QT_TRANSLATE_NOOP("ReportLabels", "Exenta %1")
_UNMAPPED = QT_TRANSLATE_NOOP("ReportLabels", "Sin casilla: IVA %1 RE %2 (base)")
_RATE_LABEL = re.compile(r"^(Base|Tipo|Cuota)( RE)? ([0-9]+(?:,[0-9]+)?) %$")
_UNMAPPED_LABEL = re.compile(r"^Sin casilla: IVA ([0-9.]+) % RE ([0-9.]+) % \(base\)$")


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _rate(text: str) -> str:
    """'5,2' or '5.2' (the services' Spanish or plain decimal) → the UI's '5,2 %' / '5.2 %'."""
    try:
        return format_rate(Decimal(text.replace(",", ".")))
    except InvalidOperation:
        return text + " %"


def report_label(text: str) -> str:
    """A report's column name, concept or book status, as the UI's language writes it."""
    if not text:
        return text
    rate = _RATE_LABEL.match(text)
    if rate:
        words = rate.group(1) + (rate.group(2) or "")
        return _translate(_RATE_LABELS[words]).replace("%1", _rate(rate.group(3)))
    if text.startswith("Exenta "):
        return _translate(_EXEMPT).replace("%1", text.removeprefix("Exenta "))
    unmapped = _UNMAPPED_LABEL.match(text)
    if unmapped:
        vat, surcharge = (_rate(unmapped.group(n)) for n in (1, 2))
        return _translate(_UNMAPPED).replace("%1", vat).replace("%2", surcharge)
    return _translate(text)

"""Words for received invoices (expenses) typed in or imported, and their status (#21; see messages.py)."""

from __future__ import annotations

from facturas_app.messages_fields import FIELD_LABELS, INDEXED_LABELS, MONEY_PARAMS

EXPENSE_TEXTS: dict[str, tuple[str, str]] = {
    "expense_date_in_future": (
        "la fecha no puede ser futura: {value}",
        "the date cannot be in the future: {value}",
    ),
    "expense_received_before_issue": (
        "la fecha de recepción ({value}) es anterior a la de emisión",
        "the date received ({value}) is before the issue date",
    ),
    "expense_no_taxes": (
        "la factura recibida necesita al menos una base con su IVA",
        "the received invoice needs at least one base with its VAT",
    ),
    "too_many_tax_groups": (
        "demasiados tipos de IVA distintos (máx. {max})",
        "too many different VAT rates (max {max})",
    ),
    "expense_tax_mismatch": (
        "{value} no cuadra con la base y el tipo (se esperaba {expected})",
        "{value} does not match the base and the rate ({expected} expected)",
    ),
    "expense_irpf_beyond_base": (
        "la retención de {value} no puede ser de otro signo que la base ni mayor que ella",
        "the withholding of {value} cannot have another sign than the base nor be larger than it",
    ),
    "expense_total_mismatch": (
        "el total {value} no es la suma de bases, IVA y recargo ({expected})",
        "the total {value} is not the sum of bases, VAT and surcharge ({expected})",
    ),
    "credit_note_amount_positive": (
        "una factura rectificativa recibida lleva importes negativos (base {value})",
        "a received credit note has negative amounts (base {value})",
    ),
    "expense_amount_negative": (
        "la base total es negativa ({value}): si es una rectificativa, márquela como tal",
        "the total base is negative ({value}): if it is a credit note, mark it as one",
    ),
    "expense_currency_not_eur": (
        "la factura está en {value}: solo se registran facturas en euros (el IVA español se declara en EUR)",
        "the invoice is in {value}: only invoices in euros are recorded (Spanish VAT is stated in EUR)",
    ),
    "expense_currency_type_in_euros": (
        "la factura está en {value} (su IVA en euros: {vat}): regístrela a mano con sus importes en euros "
        "y el archivo adjunto (facturas expense add … --attach)",
        "the invoice is in {value} (its VAT in euros: {vat}): record it by hand with its amounts in euros "
        "and the file attached (facturas expense add … --attach)",
    ),
    "expense_unknown_source": ("origen desconocido: {value}", "unknown source: {value}"),
    "expense_duplicate": (
        "la factura {number} de {supplier} ya está registrada; no se ha guardado de nuevo",
        "invoice {number} from {supplier} is already recorded; it was not stored again",
    ),
    "expense_not_found": ("factura recibida no encontrada: {id}", "received invoice not found: {id}"),
    "supplier_not_found": ("proveedor no encontrado: {id}", "supplier not found: {id}"),
    "attachment_not_found": ("archivo adjunto no encontrado: {id}", "attachment not found: {id}"),
    "expense_invalid_status": (
        "estado no válido: {value} (accepted, rejected o paid)",
        "invalid status: {value} (accepted, rejected or paid)",
    ),
    "expense_status_move": (
        "la factura {number} está «{current}»: no puede pasar a «{target}»",
        "invoice {number} is “{current}”: it cannot become “{target}”",
    ),
    "expense_reason_required": (
        "indique el motivo del rechazo para el proveedor",
        "give the supplier the reason for the rejection",
    ),
    "expense_not_deletable": (
        "la factura {number} ya se comunicó al proveedor como «{status}»: no se puede borrar",
        "invoice {number} was already reported to the supplier as “{status}”: it cannot be deleted",
    ),
    "expense_identity_locked": (
        "la factura {number} ya se comunicó al proveedor: su proveedor y su número no se pueden cambiar",
        "invoice {number} was already reported to the supplier: its supplier and number cannot change",
    ),
    "expense_no_status": (
        "la factura {number} aún no tiene estado que comunicar al proveedor (acéptela, recházela o márquela pagada)",
        "invoice {number} has no status to report to the supplier yet (accept, reject or mark it paid)",
    ),
    "attachment_too_large": (
        "el archivo {name} ocupa {size} MB; un adjunto no puede pasar de {limit} MB",
        "file {name} is {size} MB; an attachment cannot be larger than {limit} MB",
    ),
    "attachment_empty": ("el archivo {name} está vacío", "file {name} is empty"),
    "expense_payload_not_object": (
        "se esperaba un objeto JSON con la factura recibida",
        "a JSON object with the received invoice was expected",
    ),
    "invalid_quarter": (
        "trimestre no válido: {value} (AAAA-T, p. ej. 2026-4)",
        "invalid quarter: {value} (YYYY-Q, e.g. 2026-4)",
    ),
    "expense_import_refused": ("{name}: {message}", "{name}: {message}"),
    "expense_import_some_refused": (
        "{refused} de {count} archivos rechazados; los demás se han registrado",
        "{refused} of {count} files refused; the others were recorded",
    ),
}
# Status words, as the list and the messages show them.
EXPENSE_STATUS_TEXTS: dict[str, tuple[str, str]] = {
    "expense_status_received": ("recibida", "received"),
    "expense_status_accepted": ("aceptada", "accepted"),
    "expense_status_rejected": ("rechazada", "rejected"),
    "expense_status_paid": ("pagada", "paid"),
}
EXPENSE_TEXTS.update(EXPENSE_STATUS_TEXTS)

# The expense editor's labels (ui/views/expense_editor.py, expense_taxes.py; field_label) and the amounts its messages write as money.
EXPENSE_FIELD_LABELS: dict[str, tuple[str, str]] = {
    "supplier": ("Proveedor", "Supplier"),
    "taxes": ("Bases e impuestos", "Bases and taxes"),
    "base": ("Base", "Base"),
    "vat": ("IVA", "VAT"),
    "surcharge": ("Recargo", "Surcharge"),
    "irpf": ("Importe IRPF", "IRPF amount"),
    "category": ("Categoría", "Category"),
    "deductible_percent": ("% deducible", "Deductible %"),
    "received_on": ("Recibida el", "Received on"),
    "currency": ("Moneda", "Currency"),
    "corrects": ("Factura rectificada", "Corrected invoice"),
    "total": ("Total", "Total"),
    "paid_on": ("Fecha de pago", "Payment date"),
    "status": ("Estado", "Status"),
    "credit_note": ("Factura rectificativa", "Credit note"),
    "vat_category": ("Categoría de IVA", "VAT category"),
    "exemption_reason": ("Motivo de exención", "Exemption reason"),
}
EXPENSE_MONEY_PARAMS: dict[str, tuple[str, ...]] = {
    "expense_tax_mismatch": ("value", "expected"),
    "expense_total_mismatch": ("value", "expected"),
    "expense_irpf_beyond_base": ("value",),
    "credit_note_amount_positive": ("value",),
    "expense_amount_negative": ("value",),
    "expense_currency_type_in_euros": ("vat",),
}


def _register_fields() -> None:
    """The labels and money parameters above, in messages_fields' tables (as messages.py imports us)."""
    for name, pair in EXPENSE_FIELD_LABELS.items():
        FIELD_LABELS.setdefault(name, pair)
    MONEY_PARAMS.update(EXPENSE_MONEY_PARAMS)
    INDEXED_LABELS.setdefault("taxes", ("Bases e impuestos, fila {n}", "Bases and taxes, row {n}"))


_register_fields()


# Parameters that are codes of a word of ours: text_for says the word (an expense's status in the
# user's language, «aceptada», not the stored "accepted").
STATUS_WORD = "expense_status_"
EXPENSE_WORD_PARAMS: dict[str, dict[str, str]] = {
    "expense_status_move": {"current": STATUS_WORD, "target": STATUS_WORD},
    "expense_not_deletable": {"status": STATUS_WORD},
}

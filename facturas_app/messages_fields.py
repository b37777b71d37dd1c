"""Field names and money in messages, as the screens write them (issue #18).

A Problem names its field by the internal name ('amount', 'from_address', 'lines[2].unit_price');
a message shows the label the form beside it uses ('Importe', 'Dirección del remitente',
'Línea 3 · Precio') in the user's language, and amounts as money ('1.000,00 €', '€1,000.00'),
never '1000.00'. The labels are the forms' own (ui/views: client and business data, products,
payments, the editor and its lines table, mail settings, the send dialog).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

FIELD_LABELS: dict[str, tuple[str, str]] = {
    # clients and the business (ClientDialog, Settings › Business)
    "name": ("Nombre", "Name"),
    "trade_name": ("Nombre comercial", "Trade name"),
    "country": ("País", "Country"),
    "tax_id": ("NIF / ID fiscal", "Tax ID"),
    "address": ("Dirección", "Address"),
    "postal_code": ("Código postal", "Postal code"),
    "city": ("Ciudad", "City"),
    "email": ("Correo electrónico", "Email"),
    "phone": ("Teléfono", "Phone"),
    "iban": ("IBAN", "IBAN"),
    "database": ("Servidor de la oficina", "Office server"),  # --database / Ajustes › Datos (#22)
    "bic": ("BIC", "BIC"),
    "payment_terms_days": ("Plazo de pago", "Payment terms"),
    "language": ("Idioma", "Language"),
    "lang": ("Idioma", "Language"),
    "notes": ("Notas", "Notes"),
    "default_series": ("Serie de facturas", "Invoice series"),
    "rectifying_series": ("Serie de rectificativas", "Corrective invoice series"),
    "quote_series": ("Serie de presupuestos", "Quote series"),
    "default_vat_rate": ("IVA por defecto", "Default VAT"),
    "default_irpf_rate": ("IRPF por defecto", "Default IRPF withholding"),
    "default_payment_methods": ("Formas de pago", "Payment methods"),
    "payment_methods": ("Formas de pago", "Payment methods"),
    "logo_path": ("Logotipo", "Logo"),
    "client": ("Cliente", "Client"),
    "client_id": ("Cliente", "Client"),
    "reminders_paused": ("No enviarle recordatorios de pago", "Do not send payment reminders to this client"),
    "archived": ("Archivado", "Archived"),
    "einvoice_format": ("Factura electrónica", "E-invoice"),
    "einvoice": ("Factura electrónica", "E-invoice"),  # what the UBL/Facturae builder cannot express
    "format": ("Formato", "Format"),  # invoice export --format
    "dir3": ("DIR3", "DIR3"),
    "oficina_contable": ("Oficina contable", "Accounting office"),
    "organo_gestor": ("Órgano gestor", "Managing body"),
    "unidad_tramitadora": ("Unidad tramitadora", "Processing unit"),
    "dir3_oficina_contable": ("Oficina contable (DIR3)", "Accounting office (DIR3)"),
    "dir3_organo_gestor": ("Órgano gestor (DIR3)", "Managing body (DIR3)"),
    "dir3_unidad_tramitadora": ("Unidad tramitadora (DIR3)", "Processing unit (DIR3)"),
    "payment_link": ("Enlace de pago", "Payment link"),
    "pdf_template": ("Plantilla PDF", "PDF template"),
    "accent_color": ("Color", "Colour"),
    # products and invoice lines (ProductDialog, the editor's lines table)
    "code": ("Código", "Code"),
    "unit": ("Unidad", "Unit"),
    "unit_price": ("Precio", "Price"),
    "vat_rate": ("IVA %", "VAT %"),
    "description": ("Descripción", "Description"),
    "quantity": ("Cantidad", "Quantity"),
    "discount_percent": ("Dto. %", "Disc. %"),
    "surcharge_rate": ("Recargo %", "Surcharge %"),
    "exemption": ("Exención", "Exemption"),
    "lines": ("Líneas", "Lines"),
    "product_id": ("Producto", "Product"),
    # invoices (the editor's form)
    "issue_date": ("Fecha de emisión", "Issue date"),
    "due_date": ("Vencimiento", "Due date"),
    "operation_date": ("Fecha de operación", "Operation date"),
    "irpf_rate": ("Retención IRPF", "IRPF withholding"),
    "kind": ("Tipo", "Type"),
    "doc_type": ("Tipo", "Type"),
    "invoice_type": ("Tipo de factura", "Invoice type"),
    "series": ("Serie", "Series"),
    "number": ("Número", "Number"),
    "thank_you": ("Mensaje de agradecimiento", "Thank-you message"),
    "reason": ("Motivo", "Reason"),
    "valid_until": ("Válido hasta", "Valid until"),
    # recurring invoices (the schedule dialog)
    "source": ("Contenido", "Contents"),
    "invoice": ("Factura modelo", "Model invoice"),
    "every": ("Periodicidad", "Frequency"),
    "start": ("Próxima fecha", "Next date"),
    "end": ("Fin", "End"),
    "count": ("Fin", "End"),
    "auto_send": ("Enviar cada factura por correo al emitirla", "Email each invoice when it is issued"),
    # SEPA direct debits and bank statements (#19: the client's mandate box, remittances, import)
    "mandate_id": ("Referencia del mandato", "Mandate reference"),
    "signed": ("Fecha de firma", "Signature date"),
    "signed_on": ("Fecha de firma", "Signature date"),
    "scheme": ("Esquema", "Scheme"),
    "collection_date": ("Fecha de cargo", "Collection date"),
    "sepa_creditor_id": ("Identificador de acreedor SEPA", "SEPA creditor identifier"),
    "sepa_prenotice_days": ("Días de preaviso", "Pre-notification days"),
    "file": ("Fichero", "File"),
    # payments (PaymentDialog)
    "amount": ("Importe", "Amount"),
    "date": ("Fecha", "Date"),
    "method": ("Forma de pago", "Payment method"),
    "reference": ("Referencia", "Reference"),
    # mail settings and the send dialog
    "host": ("Servidor SMTP", "SMTP server"),
    "port": ("Puerto", "Port"),
    "security": ("Seguridad", "Security"),
    "user": ("Usuario", "User"),
    "password": ("Contraseña", "Password"),
    "from_name": ("Nombre del remitente", "Sender name"),
    "from_address": ("Dirección del remitente", "Sender address"),
    "reply_to": ("Responder a", "Reply to"),
    "to": ("Para", "To"),
    "recipients": ("Para", "To"),
    "subject": ("Asunto", "Subject"),
    "body": ("Mensaje", "Message"),
    "template": ("Plantilla", "Template"),
    # feedback, reports, VERI*FACTU settings
    "rating": ("Valoración", "Rating"),
    "comment": ("Comentario", "Comment"),
    "year": ("Año", "Year"),
    "quarter": ("Trimestre", "Quarter"),
    "period": ("Periodo", "Period"),
    "environment": ("Entorno", "Environment"),
    "days": ("Días", "Days"),
}
_LINE = ("Línea {n}", "Line {n}")
# Lists whose items a message names by their place ('lines[2]' → 'Línea 3'); other modules add theirs.
INDEXED_LABELS: dict[str, tuple[str, str]] = {"lines": _LINE}
_PART = re.compile(r"^(?P<name>[a-z_][a-z0-9_]*)(?:\[(?P<index>\d+)\])?$")
_SEPARATOR = " · "

# Parameters that hold an amount of money, by message code.
MONEY_PARAMS: dict[str, tuple[str, ...]] = {
    "overpayment": ("amount", "outstanding"),
    "refund_not_owed": ("outstanding",),
    "refund_exceeds": ("amount", "owed"),
    "simplified_over_limit": ("limit",),
    "incoming_amounts_do_not_add_up": ("stated", "expected"),  # in the params' "currency" (#21)
}
# Parameters that hold a plain decimal number (machine text '30.0'), written with the language's
# decimal mark ('30,0' in Spanish), by message code.
NUMBER_PARAMS: dict[str, tuple[str, ...]] = {
    "attachment_too_large": ("size",),
    "incoming_too_large": ("size",),
}
# A field that holds money: its range limits are amounts too ('out of range (€0.01–€…)').
MONEY_FIELDS = frozenset({"amount"})
_LOCALES = {"es": "es_ES", "en": "en_GB"}


def field_label(path: str, lang: str = "es") -> str:
    """'lines[2].unit_price' → 'Línea 3 · Precio'; a name without a label stays as it is."""
    words = [_part_label(part, lang) for part in path.split(".") if part]
    return _SEPARATOR.join(words) if words else path


def _part_label(part: str, lang: str) -> str:
    found = _PART.match(part)
    if found is None:
        return part
    english = lang == "en"
    name, index = found.group("name"), found.group("index")
    if index is not None and name in INDEXED_LABELS:
        return INDEXED_LABELS[name][english].format(n=int(index) + 1)
    label = FIELD_LABELS.get(name)
    return label[english] if label else part


def money_params(code: str, field: str, params: dict[str, Any], lang: str) -> dict[str, Any]:
    """`params` with the amounts of money written as money in `lang`, and the numbers as numbers."""
    names = MONEY_PARAMS.get(code, ())
    if field.rsplit(".", 1)[-1] in MONEY_FIELDS and code == "out_of_range":
        names = ("min", "max")
    numbers = NUMBER_PARAMS.get(code, ())
    currency = str(params.get("currency") or "EUR")
    return {
        key: format_money(value, lang, currency)
        if key in names
        else format_number(value, lang)
        if key in numbers
        else value
        for key, value in params.items()
    }


def format_number(value: Any, lang: str) -> str:
    """'30.0' → '30,0' / '30.0' (as many decimals as the text has); not a number: left alone."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    from babel.numbers import format_decimal

    places = max(-int(number.as_tuple().exponent), 0)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(format_decimal(number, format=pattern, locale=_LOCALES.get(lang, "es_ES")))


def format_money(value: Any, lang: str, currency: str = "EUR") -> str:
    """'1000.00' → '1.000,00 €' / '€1,000.00'; a value that is not a number is left alone."""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    from babel.numbers import format_currency  # ~40 ms to import: only when a message needs it

    return str(format_currency(amount, currency, locale=_LOCALES.get(lang, "es_ES")))

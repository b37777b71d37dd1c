"""Error and warning codes → words, in Spanish (default) and English. Used by the CLI and the UI."""

from __future__ import annotations

from typing import Any

from facturas_app.domain.errors import FacturasError, Problem, ValidationFailed
from facturas_app.messages_bank import BANK_TEXTS
from facturas_app.messages_delivery import DELIVERY_TEXTS
from facturas_app.messages_einvoice import EINVOICE_TEXTS
from facturas_app.messages_expenses import EXPENSE_TEXTS, EXPENSE_WORD_PARAMS
from facturas_app.messages_facturae import FACTURAE_TEXTS
from facturas_app.messages_fields import field_label, money_params
from facturas_app.messages_incoming import INCOMING_TEXTS
from facturas_app.messages_input import INPUT_TEXTS
from facturas_app.messages_outbox import OUTBOX_TEXTS
from facturas_app.messages_output import OUTPUT_TEXTS
from facturas_app.messages_parties import PARTIES_TEXTS
from facturas_app.messages_recurring import RECURRING_TEXTS
from facturas_app.messages_safety import SAFETY_TEXTS
from facturas_app.messages_schema import SCHEMA_TEXTS
from facturas_app.messages_sending import SENDING_TEXTS
from facturas_app.messages_sepa import SEPA_TEXTS
from facturas_app.messages_storage import STORAGE_TEXTS
from facturas_app.messages_ubl import UBL_TEXTS
from facturas_app.messages_verifactu import RULE_TEXTS

_TEXTS: dict[str, tuple[str, str]] = {
    # generic input problems
    "required": ("es obligatorio", "is required"),
    "too_long": ("es demasiado largo (máx. {max})", "is too long (max {max})"),
    "not_text": ("debe ser texto", "must be text"),
    "not_a_number": ("no es un número válido: {value}", "is not a valid number: {value}"),
    "not_an_integer": ("no es un número entero: {value}", "is not a whole number: {value}"),
    "not_a_list": ("debe ser una lista", "must be a list"),
    "not_a_boolean": ("debe ser true o false", "must be true or false"),
    "not_an_object": ("debe ser un objeto JSON", "must be a JSON object"),
    "invalid_date": (
        "no es una fecha válida (AAAA-MM-DD): {value}",
        "is not a valid date (YYYY-MM-DD): {value}",
    ),
    "out_of_range": ("fuera de rango ({min}–{max})", "out of range ({min}–{max})"),
    "negative_not_allowed": ("no puede ser negativo", "cannot be negative"),
    "must_be_positive": ("debe ser mayor que cero: {value}", "must be greater than zero: {value}"),
    "too_many_decimals": ("admite como máximo {max} decimales", "allows at most {max} decimals"),
    # parties
    "invalid_tax_id": (
        "NIF/identificador fiscal no válido para {country}: {value}",
        "invalid tax id for {country}: {value}",
    ),
    "invalid_email": ("correo electrónico no válido: {value}", "invalid email address: {value}"),
    "invalid_iban": ("IBAN no válido: {value}", "invalid IBAN: {value}"),
    "invalid_country": ("código de país no válido: {value}", "invalid country code: {value}"),
    "invalid_language": ("idioma no admitido: {value}", "unsupported language: {value}"),
    "invalid_series": ("serie no válida: {value}", "invalid series: {value}"),
    "series_must_differ": (
        "las series de facturas, rectificativas y presupuestos deben ser distintas",
        "invoice, corrective and quote series must differ",
    ),
    "series_reserved": (
        "la serie {series} está reservada a otro tipo de documento",
        "series {series} is reserved for another document type",
    ),
    "rectifying_needs_own_series": (
        "las rectificativas usan su propia serie ({series})",
        "corrective invoices use their own series ({series})",
    ),
    "invalid_payment_method": ("forma de pago desconocida: {value}", "unknown payment method: {value}"),
    # invoices
    "unknown_client": ("cliente desconocido: {value}", "unknown client: {value}"),
    "no_lines": ("la factura no tiene líneas", "the invoice has no lines"),
    "too_many_lines": ("demasiadas líneas (máx. {max})", "too many lines (max {max})"),
    "zero_quantity": ("la cantidad no puede ser cero", "quantity cannot be zero"),
    "unknown_vat_rate": (
        "tipo de IVA {value} % no existe en {country}",
        "VAT rate {value}% does not exist in {country}",
    ),
    "unknown_surcharge_rate": (
        "recargo de equivalencia {value} % no válido",
        "invalid equivalence surcharge {value}%",
    ),
    "invalid_exemption": ("causa de exención desconocida: {value}", "unknown exemption code: {value}"),
    "exempt_line_has_vat": (
        "una línea exenta ({code}) no puede llevar IVA",
        "an exempt line ({code}) cannot carry VAT",
    ),
    "due_before_issue": (
        "el vencimiento es anterior a la fecha de emisión",
        "the due date is before the issue date",
    ),
    "negative_total": (
        "el total no puede ser negativo salvo en una rectificativa por diferencias",
        "the total can only be negative on a corrective invoice by differences",
    ),
    "invalid_rectification_method": (
        "método de rectificación no válido: {value} (substitution o differences)",
        "invalid correction method: {value} (substitution or differences)",
    ),
    "difference_lines_required": (
        "una rectificativa por diferencias necesita las líneas de la diferencia",
        "a correction by differences needs the lines of the difference",
    ),
    "refund_not_owed": (
        "no hay nada que devolver en {number} (pendiente: {outstanding})",
        "nothing is owed back on {number} (outstanding: {outstanding})",
    ),
    "refund_exceeds": (
        "la devolución de {amount} supera lo que se debe al cliente ({owed})",
        "the refund of {amount} exceeds what is owed to the client ({owed})",
    ),
    "invalid_kind": ("tipo de factura no válido: {value}", "invalid invoice kind: {value}"),
    "invalid_rectification_kind": (
        "tipo de rectificativa no válido: {value}",
        "invalid correction kind: {value}",
    ),
    "issue_date_in_future": (
        "la fecha de emisión no puede ser futura: {value}",
        "the issue date cannot be in the future: {value}",
    ),
    "issue_date_before_last": (
        "la fecha es anterior a la última factura de la serie {series} ({last_date})",
        "the date is earlier than the last invoice of series {series} ({last_date})",
    ),
    "date_in_future": ("la fecha no puede ser futura: {value}", "the date cannot be in the future: {value}"),
    # errors
    "validation_failed": ("datos no válidos", "invalid input"),
    "not_found": ("no encontrado", "not found"),
    "invoice_not_found": ("factura no encontrada: {id}", "invoice not found: {id}"),
    "client_not_found": ("cliente no encontrado: {id}", "client not found: {id}"),
    "product_not_found": ("producto no encontrado: {id}", "product not found: {id}"),
    "payment_not_found": ("pago no encontrado: {id}", "payment not found: {id}"),
    "business_not_configured": (
        "primero configure los datos de su negocio (facturas business set)",
        "set up your business profile first (facturas business set)",
    ),
    "invalid_transition": (
        "no se puede pasar de «{current}» a «{target}»",
        "cannot go from “{current}” to “{target}”",
    ),
    "not_a_draft": (
        "la factura {number} ya está emitida y no se puede modificar",
        "invoice {number} is issued and cannot be changed",
    ),
    "not_an_invoice": (
        "solo se emiten facturas (esto es un {doc_type})",
        "only invoices are issued (this is a {doc_type})",
    ),
    "cannot_rectify": (
        "no se puede rectificar {number} (estado: {status})",
        "cannot correct {number} (status: {status})",
    ),
    "rectify_the_original": (
        "{number} es una rectificativa por diferencias: rectifique {original}",
        "{number} is a correction by differences: correct {original} instead",
    ),
    "rectify_the_substitute": (
        "{number} ya fue sustituida por {substitute}: rectifique {substitute}",
        "{number} was replaced by {substitute}: correct {substitute} instead",
    ),
    "rectified_by_differences": (
        "{number} ya se rectificó por diferencias: rectifíquela de nuevo por diferencias",
        "{number} was already corrected by differences: correct it by differences again",
    ),
    "cannot_pay": (
        "no se pueden registrar pagos en {number} (estado: {status})",
        "cannot record payments on {number} (status: {status})",
    ),
    "overpayment": (
        "el pago de {amount} supera lo pendiente ({outstanding})",
        "the payment of {amount} exceeds what is owed ({outstanding})",
    ),
    "invoice_has_payments": (
        "{number} tiene pagos registrados: elimínelos o emita una rectificativa",
        "{number} has payments recorded: remove them or issue a corrective invoice",
    ),
    "conflict": ("conflicto con los datos existentes", "conflict with existing data"),
    "demo_refused": (
        "la carpeta de datos ya contiene facturas emitidas; use una carpeta vacía",
        "the data folder already holds issued invoices; use an empty one",
    ),
    "malformed_json": ("JSON mal formado: {detail}", "malformed JSON: {detail}"),
    "file_not_readable": (
        "no se puede leer el archivo {path}: {detail}",
        "cannot read file {path}: {detail}",
    ),
    "not_a_database": (
        "{path} no es una base de datos de Facturas (¿archivo dañado?). Restaure la última copia de seguridad.",
        "{path} is not a Facturas database (damaged file?). Restore the latest backup.",
    ),
    "truncated_database": (
        "{path} está truncado. Restaure la última copia de seguridad.",
        "{path} is truncated. Restore the latest backup.",
    ),
    "corrupt_database": (
        "la base de datos está dañada ({detail}). Restaure la última copia de seguridad.",
        "the database is damaged ({detail}). Restore the latest backup.",
    ),
    "storage_error": ("error al guardar los datos: {detail}", "error while saving data: {detail}"),
    "unexpected_error": ("error inesperado: {detail}", "unexpected error: {detail}"),
    # warnings
    "irpf_by_company_issuer": (
        "las sociedades no suelen practicar retención de IRPF en sus facturas",
        "companies do not usually have IRPF withheld on their invoices",
    ),
    "irpf_to_private_person": (
        "no se aplica retención de IRPF a particulares",
        "IRPF is not withheld by private individuals",
    ),
    "surcharge_to_company": (
        "el recargo de equivalencia solo se aplica a comerciantes minoristas personas físicas",
        "the equivalence surcharge only applies to sole-trader retailers",
    ),
    "zero_vat_without_reason": (
        "IVA 0 % sin causa de exención indicada",
        "0% VAT without an exemption reason",
    ),
    "vat_rate_not_in_force": (
        "el tipo de IVA {value} % no está vigente en la fecha de la factura",
        "VAT rate {value}% is not in force on the invoice date",
    ),
    "surcharge_does_not_match_vat": (
        "el recargo esperado para ese IVA es {expected} %",
        "the expected surcharge for that VAT rate is {expected}%",
    ),
    "simplified_over_limit": (
        "una factura simplificada no debería superar {limit}",
        "a simplified invoice should not exceed {limit}",
    ),
    # PDFs (services/pdf, cli/commands_pdf)
    "pdf_number_or_all": (
        "indique un número de factura o --all (no ambos)",
        "give an invoice number or --all (not both)",
    ),
    # reports (services/reports, cli/commands_reports)
    "invalid_report_period": (
        "periodo no válido (AAAAQn, p. ej. 2026Q1): {value}",
        "invalid period (YYYYQn, e.g. 2026Q1): {value}",
    ),
    "invalid_report_year": ("año no válido: {value}", "invalid year: {value}"),
    "invalid_report_quarter": ("trimestre no válido (1–4): {value}", "invalid quarter (1–4): {value}"),
    "invalid_report_output": (
        "el archivo debe terminar en .csv o .xlsx: {value}",
        "the file must end in .csv or .xlsx: {value}",
    ),
    # reminders and receipts (services/reminders, services/receipts, cli/commands_payments)
    "reminder_not_sent": (
        "el recordatorio {stage} de la factura {number} no se ha enviado ({state})",
        "the {stage} reminder for invoice {number} was not sent ({state})",
    ),
    "reminder_not_queued": (
        "la factura {number} no ha recibido recordatorio: {reason}",
        "invoice {number} got no reminder: {reason}",
    ),
    "receipt_not_sent": (
        "el pago está registrado, pero el recibo no se ha enviado: {detail}",
        "the payment is recorded, but its receipt was not sent: {detail}",
    ),
    "reminders_paused": (
        "recordatorios pausados para la factura {number}",
        "reminders paused for invoice {number}",
    ),
    "reminders_resumed": (
        "recordatorios reanudados para la factura {number}",
        "reminders resumed for invoice {number}",
    ),
    "client_reminders_off": ("{name} no recibirá recordatorios", "{name} will get no reminders"),
    "client_reminders_on": ("{name} recibirá recordatorios", "{name} will get reminders"),
    "duplicate_reminder_stage": ("una etapa de recordatorio está repetida", "a reminder stage appears twice"),
    "reminder_days_must_differ": (
        "dos etapas de recordatorio no pueden caer el mismo día",
        "two reminder stages cannot fall on the same day",
    ),
    # quotes, recurring invoices, feedback, client timeline (services/quotes, recurring, feedback, timeline)
    "quote_not_found": ("presupuesto no encontrado: {id}", "quote not found: {id}"),
    "quote_already_decided": (
        "el presupuesto {id} ya está aceptado o rechazado",
        "quote {id} was already accepted or rejected",
    ),
    "proforma_never_numbered": (
        "una factura proforma no lleva número: {id}",
        "a proforma invoice never takes a number: {id}",
    ),
    "valid_until_before_issue": (
        "la validez termina antes de la fecha del presupuesto: {value}",
        "the validity ends before the quote's date: {value}",
    ),
    "schedule_not_found": ("factura recurrente no encontrada: {id}", "recurring schedule not found: {id}"),
    "end_before_start": (
        "la fecha de fin es anterior a la de inicio",
        "the end date is before the start date",
    ),
    "recurring_failed": (
        "no se ha emitido la factura recurrente del {date}: {detail}",
        "the recurring invoice of {date} was not issued: {detail}",
    ),
    "recurring_not_sent": (
        "la factura {number} está emitida, pero no se ha enviado: {detail}",
        "invoice {number} is issued but was not sent: {detail}",
    ),
    "invalid_rating": (
        "la valoración debe ser un número entero del 1 al 5: {value}",
        "the rating must be a whole number from 1 to 5: {value}",
    ),
    "invoice_of_another_client": (
        "la factura {value} es de otro cliente",
        "invoice {value} belongs to another client",
    ),
    "verifactu_cert_unreadable": (
        "VERI*FACTU: no se puede abrir el certificado PKCS#12 (¿contraseña incorrecta?)",
        "VERI*FACTU: cannot open the PKCS#12 certificate (wrong password?)",
    ),
    "verifactu_cert_incomplete": (
        "VERI*FACTU: el fichero PKCS#12 no contiene certificado y clave privada",
        "VERI*FACTU: the PKCS#12 file lacks a certificate and private key",
    ),
    "verifactu_cert_missing_file": (
        "VERI*FACTU: no se puede leer el certificado {path}: {detail}",
        "VERI*FACTU: cannot read the certificate {path}: {detail}",
    ),
    "verifactu_cert_not_configured": (
        "VERI*FACTU: no hay certificado configurado (facturas verifactu configure-cert)",
        "VERI*FACTU: no certificate configured (facturas verifactu configure-cert)",
    ),
    "verifactu_cert_password_missing": (
        "VERI*FACTU: la contraseña del certificado no está en el llavero; vuelva a configurarlo",
        "VERI*FACTU: the certificate password is not in the keyring; configure it again",
    ),
}
_TEXTS.update(SAFETY_TEXTS)
_TEXTS.update(SENDING_TEXTS)
_TEXTS.update(RULE_TEXTS)  # the VERI*FACTU rules' words live beside their table
_TEXTS.update(STORAGE_TEXTS)  # disk full / read-only / locked, restore validation
_TEXTS.update(OUTPUT_TEXTS)  # refused -o paths (the database, a device, an existing file)
_TEXTS.update(SCHEMA_TEXTS)  # a database from a newer Facturas: read, never changed
_TEXTS.update(INPUT_TEXTS)  # typed input past its limits: control characters, lengths, nesting
_TEXTS.update(RECURRING_TEXTS)  # editing and deleting recurring schedules
_TEXTS.update(DELIVERY_TEXTS)  # a connection test's or delivery's outcome in our own words
_TEXTS.update(PARTIES_TEXTS)  # deleting/archiving clients, products, drafts; address and tax id checks
_TEXTS.update(SEPA_TEXTS)  # direct debits: mandates, creditor identifier, remittances (#19)
_TEXTS.update(BANK_TEXTS)  # bank statements: broken files by line, unknown accounts, matching (#19)
_TEXTS.update(UBL_TEXTS)  # what EN 16931 cannot express from our invoices (#20)
_TEXTS.update(OUTBOX_TEXTS)  # why an email did not go out, by the outbox's error code (#18)
_TEXTS.update(EINVOICE_TEXTS)  # UBL / Facturae export, a client's e-invoice format and DIR3 codes (#20)
_TEXTS.update(FACTURAE_TEXTS)  # Facturae 3.2.2 and its XAdES-EPES signature, DIR3 code format (#20)
_TEXTS.update(INCOMING_TEXTS)  # received UBL / Facturae / Factur-X invoices read into expenses (#21)
_TEXTS.update(EXPENSE_TEXTS)  # received invoices typed in or imported, their status, their labels (#21)


def text_for(code: str, lang: str = "es", **params: Any) -> str:
    pair = _TEXTS.get(code)
    if pair is None:
        return code
    template = pair[1] if lang == "en" else pair[0]
    try:
        return template.format(**_worded(code, money_params(code, "", params, lang), lang))
    except (KeyError, IndexError, ValueError):
        return template


def _worded(code: str, params: dict[str, Any], lang: str) -> dict[str, Any]:
    """`params` with the ones that are a word's code (EXPENSE_WORD_PARAMS) said in `lang`."""
    prefixes = EXPENSE_WORD_PARAMS.get(code, {})
    return {
        key: text_for(prefixes[key] + str(value), lang) if key in prefixes else value
        for key, value in params.items()
    }


def problem_text(problem: Problem, lang: str = "es") -> str:
    """'Importe: no es un número válido: …' — the field as the form names it, not 'amount'."""
    params = money_params(problem.code, problem.field, problem.params, lang)
    message = text_for(problem.code, lang, **params)
    return f"{field_label(problem.field, lang)}: {message}" if problem.field else message


def error_text(error: FacturasError, lang: str = "es") -> str:
    if isinstance(error, ValidationFailed):
        return "; ".join(problem_text(p, lang) for p in error.problems)
    return text_for(error.code, lang, **error.params)

"""Error and warning codes → words, in Spanish (default) and English. Used by the CLI and the UI."""

from __future__ import annotations

from typing import Any

from facturas_app.domain.errors import FacturasError, Problem, ValidationFailed
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
        "una factura simplificada no debería superar {limit} €",
        "a simplified invoice should not exceed €{limit}",
    ),
    # backups, restore, import/export (data safety)
    "backup_not_found": ("no existe la copia {path}", "backup {path} does not exist"),
    "backup_too_new": (
        "la copia {path} es de una versión más nueva de Facturas (esquema {version}); actualice la aplicación",
        "backup {path} comes from a newer Facturas (schema {version}); update the app",
    ),
    "restore_loses_invoices": (
        "la copia no contiene {count} factura(s) emitidas después: {numbers}. Use --force para restaurar igualmente",
        "the backup lacks {count} invoice(s) issued since: {numbers}. Use --force to restore anyway",
    ),
    "restore_removes_billing_records": (
        "no se restaura: la copia no contiene {count} registro(s) de facturación VERI*FACTU que ya "
        "existen (facturas {numbers}). La ley no permite borrarlos, ni con --force; no se ha cambiado "
        "nada. Restaure una copia hecha después de la factura {last}",
        "not restored: the backup lacks {count} VERI*FACTU billing record(s) that exist now "
        "(invoices {numbers}). The law does not allow removing them, not even with --force; nothing "
        "was changed. Restore a backup taken after invoice {last}",
    ),
    "latest_backup_hint": (
        'Última copia válida: {path} — restáurela con: facturas restore "{path}"',
        'Latest good backup: {path} — restore it with: facturas restore "{path}"',
    ),
    "no_backup_available": ("No hay copias de seguridad en {folder}.", "There are no backups in {folder}."),
    "backup_created": ("Copia de seguridad creada: {path} ({size})", "Backup created: {path} ({size})"),
    "restore_done": (
        "Restaurada {path}. Copia de seguridad de la base anterior: {safety}",
        "Restored {path}. Safety copy of the previous database: {safety}",
    ),
    "data_dir_on_network_drive": (
        "la carpeta de datos está en una unidad de red o sincronizada ({reason}): se desactiva WAL; "
        "no abra la misma carpeta desde dos equipos a la vez",
        "the data folder is on a network or cloud-synced drive ({reason}): WAL is off; "
        "do not open the same folder from two computers at once",
    ),
    "import_failed": ("no se ha importado nada: {count} error(es)", "nothing was imported: {count} error(s)"),
    "import_done": (
        "{count} registro(s) importado(s) (formato {format})",
        "{count} record(s) imported ({format} format)",
    ),
    "import_line": ("línea {line}, {field}: {message}", "line {line}, {field}: {message}"),
    "import_duplicate": ("repetido: {value}", "repeated: {value}"),
    "import_already_exists": ("ya existe: {value}", "already exists: {value}"),
    "import_missing_column": ("falta la columna", "the column is missing"),
    "import_no_header": ("el archivo no tiene fila de cabecera", "the file has no header row"),
    "import_unknown_columns": ("no se reconoce ninguna columna: {value}", "no column is recognised: {value}"),
    "import_no_rows": ("el archivo no tiene filas de datos", "the file has no data rows"),
    "import_too_many_cells": (
        "la fila tiene más celdas que la cabecera: {value}",
        "the row has more cells than the header: {value}",
    ),
    "import_empty_file": ("el archivo está vacío", "the file is empty"),
    "import_file_too_large": ("el archivo es demasiado grande", "the file is too large"),
    "import_malformed_csv": ("CSV mal formado: {value}", "malformed CSV: {value}"),
    "import_not_text": ("el archivo no es texto", "the file is not text"),
    "import_nul_byte": (
        "el archivo contiene bytes nulos (¿es binario?)",
        "the file contains NUL bytes (binary?)",
    ),
    "import_required": ("es obligatorio", "is required"),
    "import_too_long": ("es demasiado largo: {value}", "is too long: {value}"),
    "import_control_character": (
        "contiene saltos de línea o caracteres de control",
        "contains line breaks or control characters",
    ),
    "import_invalid_days": ("días de pago no válidos: {value}", "invalid payment days: {value}"),
    "import_invalid_email": ("correo electrónico no válido: {value}", "invalid email address: {value}"),
    "import_several_emails": ("varios correos en una celda: {value}", "several emails in one cell: {value}"),
    "import_invalid_number": ("no es un número válido: {value}", "is not a valid number: {value}"),
    "import_invalid_postal_code": ("código postal no válido: {value}", "invalid postal code: {value}"),
    "import_invalid_tax_id": ("NIF no válido: {value}", "invalid tax id: {value}"),
    "import_negative": ("no puede ser negativo: {value}", "cannot be negative: {value}"),
    "import_out_of_range": ("fuera de rango: {value}", "out of range: {value}"),
    "import_too_many_decimals": ("demasiados decimales: {value}", "too many decimals: {value}"),
    "import_unknown_country": ("país desconocido: {value}", "unknown country: {value}"),
    "import_unsupported_language": ("idioma no admitido: {value}", "unsupported language: {value}"),
    "export_done": ("Exportado a {path}", "Exported to {path}"),
    "export_pdfs_skipped": ("PDF no incluidos: {reason}", "PDFs not included: {reason}"),
    # VERI*FACTU
    "verifactu_recipient_tax_id_required": (
        "VERI*FACTU: una factura completa necesita el NIF del cliente (o emita una factura simplificada)",
        "VERI*FACTU: a full invoice needs the client's tax id (or issue a simplified invoice)",
    ),
    "verifactu_rectified_not_found": (
        "VERI*FACTU: no se encuentra la factura rectificada",
        "VERI*FACTU: the rectified invoice was not found",
    ),
    "verifactu_invalid_mode": (
        "modo VERI*FACTU no válido: {value} (admitidos: {allowed})",
        "invalid VERI*FACTU mode: {value} (allowed: {allowed})",
    ),
    "verifactu_invalid_environment": (
        "entorno VERI*FACTU no válido: {value} (admitidos: {allowed})",
        "invalid VERI*FACTU environment: {value} (allowed: {allowed})",
    ),
    "verifactu_invalid_endpoint": (
        "dirección del servicio no válida: {value} (debe empezar por https://)",
        "invalid service address: {value} (it must start with https://)",
    ),
    "verifactu_not_configured": (
        "VERI*FACTU: aún no se ha elegido adónde enviar los registros (facturas verifactu configure)",
        "VERI*FACTU: where to send the records is not set yet (facturas verifactu configure)",
    ),
    "verifactu_nothing_to_correct": (
        "la factura {number} no tiene un registro rechazado ni aceptado con errores (estado: {state})",
        "invoice {number} has no rejected or accepted-with-errors record (state: {state})",
    ),
    "verifactu_export_failed": (
        "no se pudo exportar el registro {first}: {detail}",
        "could not export record {first}: {detail}",
    ),
    "verifactu_export_needs_dir": (
        "hay {count} documentos: indique una carpeta con -o",
        "there are {count} documents: give a folder with -o",
    ),
    "verifactu_error": ("error de VERI*FACTU", "VERI*FACTU error"),
    "verifactu_transport": (
        "no se pudo contactar con el servicio VERI*FACTU: {detail}",
        "could not reach the VERI*FACTU service: {detail}",
    ),
    "verifactu_fault": (
        "el servicio VERI*FACTU rechazó el envío: {detail}",
        "the VERI*FACTU service refused the request: {detail}",
    ),
    "numserie_empty": ("el número de factura está vacío", "the invoice number is empty"),
    "numserie_too_long": (
        "el número de factura tiene {length} caracteres (máx. {max})",
        "the invoice number has {length} characters (max {max})",
    ),
    "numserie_bad_characters": (
        "el número de factura contiene caracteres no admitidos: {characters}",
        "the invoice number contains characters not allowed: {characters}",
    ),
    "numserie_untrimmed": (
        "el número de factura empieza o acaba con espacios",
        "the invoice number starts or ends with spaces",
    ),
    "nif_length": ("el NIF debe tener {length} caracteres", "the NIF must have {length} characters"),
    "recipient_required": (
        "VERI*FACTU: esta factura necesita destinatario",
        "VERI*FACTU: this invoice needs a recipient",
    ),
    "recipients_not_allowed": (
        "VERI*FACTU: una factura simplificada no lleva destinatario",
        "VERI*FACTU: a simplified invoice has no recipient",
    ),
    "breakdown_count": (
        "VERI*FACTU admite como máximo {max} combinaciones de impuesto y tipo (hay {count})",
        "VERI*FACTU allows at most {max} tax/rate combinations (there are {count})",
    ),
    "total_mismatch": (
        "el total no cuadra con el desglose (esperado {expected})",
        "the total does not match the breakdown (expected {expected})",
    ),
    # email: settings, keyring, outbox
    "mail_not_configured": (
        "el correo no está configurado (Ajustes › Correo, o facturas mail configure)",
        "email is not set up (Settings › Email, or facturas mail configure)",
    ),
    "mail_password_missing": (
        "no hay contraseña SMTP para {account} ({reason}): introdúzcala (en la terminal, con --password-stdin)",
        "no SMTP password for {account} ({reason}): enter it (on the command line, with --password-stdin)",
    ),
    "keyring_unavailable": (
        "no hay un llavero del sistema utilizable ({backend}, {reason}): la contraseña no se ha guardado y se pedirá cada vez",
        "no usable system keyring ({backend}, {reason}): the password was not saved and will be asked for each time",
    ),
    "keyring_write_failed": (
        "el llavero del sistema no pudo guardar la contraseña ({reason}); se pedirá cada vez",
        "the system keyring could not save the password ({reason}); it will be asked for each time",
    ),
    "keyring_read_failed": (
        "el llavero del sistema no pudo leer la contraseña ({reason})",
        "the system keyring could not read the password ({reason})",
    ),
    "keyring_readback_mismatch": (
        "el llavero del sistema ({backend}) no conservó la contraseña; se pedirá cada vez",
        "the system keyring ({backend}) did not keep the password; it will be asked for each time",
    ),
    "keyring_delete_failed": (
        "el llavero del sistema no pudo borrar la contraseña ({reason})",
        "the system keyring could not delete the password ({reason})",
    ),
    "invalid_host": ("servidor no válido: {value}", "invalid server name: {value}"),
    "invalid_choice": ("valor no admitido: {value}", "unsupported value: {value}"),
    "plain_only_localhost": (
        "SMTP sin cifrar solo se permite hacia este mismo equipo y con --allow-plain-localhost (servidor: {host})",
        "plain SMTP is only allowed to this computer, with --allow-plain-localhost (server: {host})",
    ),
    "credentials_need_tls": (
        "el usuario y la contraseña solo se envían con TLS",
        "the user name and password are only sent over TLS",
    ),
    "line_break_not_allowed": ("no puede contener saltos de línea", "cannot contain line breaks"),
    "unknown_placeholder": ("marcador desconocido: {value}", "unknown placeholder: {value}"),
    "client_has_no_email": (
        "el cliente {client} no tiene correo electrónico; indique uno con --to",
        "client {client} has no email address; give one with --to",
    ),
    "invoice_not_sendable": (
        "no se puede enviar {number} (estado: {status})",
        "cannot send {number} (status: {status})",
    ),
    "pdf_renderer_missing": ("no se puede generar el PDF: {detail}", "cannot produce the PDF: {detail}"),
    "outbox_not_found": (
        "mensaje no encontrado en la bandeja de salida: {id}",
        "message not found in the outbox: {id}",
    ),
    "outbox_cannot_retry": (
        "no se puede reintentar un mensaje en estado «{state}»",
        "cannot retry a message in state “{state}”",
    ),
    "outbox_cannot_cancel": (
        "no se puede cancelar un mensaje en estado «{state}»",
        "cannot cancel a message in state “{state}”",
    ),
    "outbox_cannot_mark_sent": (
        "solo un mensaje en estado «unknown» se puede marcar como enviado (está en «{state}»)",
        "only a message in state “unknown” can be marked as sent (it is “{state}”)",
    ),
    "mail_delivery_failed": ("el envío ha fallado: {detail}", "sending failed: {detail}"),
    "outbox_sent": ("enviado a {to} (Message-ID {message_id})", "sent to {to} (Message-ID {message_id})"),
    "outbox_temporary": (
        "no se ha podido enviar ahora ({detail}); queda en la bandeja de salida ({id}) y se reintentará a partir de {when}",
        "could not send now ({detail}); it stays in the outbox ({id}) and will be retried from {when}",
    ),
    "outbox_failed": (
        "el envío ha fallado: {detail} (bandeja de salida: {id})",
        "sending failed: {detail} (outbox: {id})",
    ),
    "outbox_unknown": (
        "se perdió la conexión después de enviar el mensaje: puede haber llegado o no ({detail}). No se reenviará solo: "
        "compruébelo y use «facturas outbox retry {id}» o «facturas outbox mark-sent {id}»",
        "the connection was lost after the message went out: it may or may not have arrived ({detail}). It will not be "
        "resent on its own: check, then use “facturas outbox retry {id}” or “facturas outbox mark-sent {id}”",
    ),
    "outbox_other": ("mensaje {id} en estado «{state}»", "message {id} is “{state}”"),
    "mail_configured": ("configuración de correo guardada", "email settings saved"),
    "mail_password_stored": (
        "contraseña guardada en el llavero del sistema",
        "password stored in the system keyring",
    ),
    "mail_test_ok": ("conexión correcta: {detail}", "connection works: {detail}"),
    "mail_test_failed": (
        "la prueba de conexión ha fallado: {detail}",
        "the connection test failed: {detail}",
    ),
    "password_stdin_empty": (
        "no se ha recibido ninguna contraseña por la entrada estándar",
        "no password was given on standard input",
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
_TEXTS.update(RULE_TEXTS)  # the VERI*FACTU rules' words live beside their table


def text_for(code: str, lang: str = "es", **params: Any) -> str:
    pair = _TEXTS.get(code)
    if pair is None:
        return code
    template = pair[1] if lang == "en" else pair[0]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def problem_text(problem: Problem, lang: str = "es") -> str:
    message = text_for(problem.code, lang, **problem.params)
    return f"{problem.field}: {message}" if problem.field else message


def error_text(error: FacturasError, lang: str = "es") -> str:
    if isinstance(error, ValidationFailed):
        return "; ".join(problem_text(p, lang) for p in error.problems)
    return text_for(error.code, lang, **error.params)

"""Words for VERI*FACTU settings and sending, and for email: settings, keyring, outbox (see messages.py)."""

from __future__ import annotations

SENDING_TEXTS: dict[str, tuple[str, str]] = {
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
}

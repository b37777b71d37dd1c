"""Words for bank statements and their matching (#19; see messages.py)."""

from __future__ import annotations

BANK_TEXTS: dict[str, tuple[str, str]] = {
    "bank_file_empty": ("el fichero del banco está vacío", "the bank file is empty"),
    "bank_file_too_big": (
        "el fichero del banco pasa de {max_mb} MB: no parece un extracto",
        "the bank file is over {max_mb} MB: it does not look like a statement",
    ),
    "bank_file_not_norma43": (
        "el fichero no es un extracto Norma 43 (AEB 43) ni CAMT.053: descárguelo de nuevo desde su banco",
        "the file is neither a Norma 43 (AEB 43) nor a CAMT.053 statement: download it again from your bank",
    ),
    "bank_file_not_camt053": (
        "el fichero XML no es un extracto CAMT.053 ni un aviso de adeudos y abonos CAMT.054 (ISO 20022) legible",
        "the XML file is neither a readable CAMT.053 statement nor a CAMT.054 debit/credit notification (ISO 20022)",
    ),
    "bank_xml_broken": (
        "el XML del banco está dañado en la línea {line}: descárguelo de nuevo; no se ha importado nada",
        "the bank's XML is damaged at line {line}: download it again; nothing was imported",
    ),
    "bank_file_truncated": (
        "el extracto está incompleto (falta el registro final de la cuenta): descárguelo de nuevo; no se ha importado nada",
        "the statement is incomplete (the account's closing record is missing): download it again; nothing was imported",
    ),
    "bank_file_totals_differ": (
        "línea {line}: los totales de la cuenta no cuadran con sus movimientos; el fichero está dañado y no se ha importado nada",
        "line {line}: the account's totals do not add up to its movements; the file is damaged and nothing was imported",
    ),
    "bank_line_unknown_record": (
        "línea {line}: registro «{record}» desconocido en Norma 43; no se ha importado nada",
        "line {line}: unknown Norma 43 record «{record}»; nothing was imported",
    ),
    "bank_line_wrong_length": (
        "línea {line}: tiene {length} caracteres y un registro Norma 43 tiene {expected}; no se ha importado nada",
        "line {line}: it has {length} characters and a Norma 43 record has {expected}; nothing was imported",
    ),
    "bank_line_not_digits": (
        "línea {line}, columna {column}: se esperaban cifras; no se ha importado nada",
        "line {line}, column {column}: digits were expected; nothing was imported",
    ),
    "bank_line_bad_code": (
        "línea {line}, columna {column}: código de debe/haber no válido; no se ha importado nada",
        "line {line}, column {column}: invalid debit/credit code; nothing was imported",
    ),
    "bank_line_bad_date": (
        "línea {line}, columna {column}: fecha no válida; no se ha importado nada",
        "line {line}, column {column}: invalid date; nothing was imported",
    ),
    "bank_line_out_of_order": (
        "línea {line}: registro fuera de su sitio (cada cuenta empieza con un 11 y acaba con un 33); no se ha importado nada",
        "line {line}: record out of place (each account starts with an 11 and ends with a 33); nothing was imported",
    ),
    "bank_entry_incomplete": (
        "apunte {entry} del extracto: falta o no es válido {field}; no se ha importado nada",
        "statement entry {entry}: {field} is missing or invalid; nothing was imported",
    ),
    "bank_file_no_account": ("el fichero no contiene ninguna cuenta", "the file holds no account"),
    "bank_account_unknown": (
        "el extracto es de la cuenta {account}, que no es la de su negocio (Ajustes › Negocio › IBAN); no se ha importado nada",
        "the statement is for account {account}, not your business's (Settings › Business › IBAN); nothing was imported",
    ),
    "bank_account_not_set": (
        "indique primero el IBAN de su negocio (Ajustes › Negocio): el extracto es de la cuenta {account}",
        "first enter your business's IBAN (Settings › Business): the statement is for account {account}",
    ),
    "xml_entities_refused": (
        "el XML declara entidades o un DOCTYPE, que un extracto bancario no usa: rechazado por seguridad",
        "the XML declares entities or a DOCTYPE, which a bank statement never uses: refused for safety",
    ),
    "bank_movement_not_found": ("no existe el movimiento {id}", "movement {id} does not exist"),
    "bank_movement_not_matchable": (
        "el movimiento {id} no se puede asignar (estado: {state}); deshaga antes su cruce",
        "movement {id} cannot be assigned (state: {state}); undo its match first",
    ),
    "bank_movement_not_matched": (
        "el movimiento {id} no está cruzado con ninguna factura (estado: {state})",
        "movement {id} is not matched to any invoice (state: {state})",
    ),
    "bank_suggestion_ambiguous": (
        "varias facturas encajan con el movimiento {id}: indique cuál (facturas bank match {id} NÚMERO)",
        "several invoices fit movement {id}: say which (facturas bank match {id} NUMBER)",
    ),
    "bank_invoice_not_owed": (
        "la factura {number} no tiene nada pendiente",
        "invoice {number} has nothing outstanding",
    ),
    "bank_credit_exceeds": (
        "el ingreso de {amount} supera lo pendiente de esas facturas ({owed}): añada la que falta",
        "the credit of {amount} is more than those invoices owe ({owed}): add the missing one",
    ),
}

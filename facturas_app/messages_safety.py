"""Words for backups, restore, import/export and data safety (see messages.py)."""

from __future__ import annotations

SAFETY_TEXTS: dict[str, tuple[str, str]] = {
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
}

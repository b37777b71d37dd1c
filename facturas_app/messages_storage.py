"""Words for storage failures, restore validation and record-vs-invoice checks (see messages.py).

Only real damage tells the user to restore a backup: a full disk, a read-only place or a lock
held by another program say what to do instead, and that nothing saved before was lost.
"""

from __future__ import annotations

STORAGE_TEXTS: dict[str, tuple[str, str]] = {
    # storage failures (storage/sqlite/errors.py)
    "storage_disk_full": (
        "no queda espacio en el disco: no se ha guardado este cambio; lo guardado antes está intacto. "
        "Libere espacio y vuelva a intentarlo (no restaure ninguna copia)",
        "the disk is full: this change was not saved; everything saved before is intact. "
        "Free some space and try again (do not restore a backup)",
    ),
    "storage_read_only": (
        "no se puede escribir en la carpeta o el archivo de datos (solo lectura o sin permiso): "
        "no se ha guardado nada. Dé permiso de escritura o use otra carpeta con --data-dir ({detail})",
        "cannot write to the data folder or file (read-only or no permission): nothing was saved. "
        "Allow writing or use another folder with --data-dir ({detail})",
    ),
    "storage_locked": (
        "otro programa tiene la base de datos bloqueada y no la ha soltado a tiempo: no se ha "
        "cambiado nada. Cierre la otra ventana o el otro proceso de Facturas y vuelva a intentarlo",
        "another program holds the database locked and did not release it in time: nothing was "
        "changed. Close the other Facturas window or process and try again",
    ),
    "storage_busy_restore": (
        "no se restaura: otro programa está usando la base de datos ({detail}); no se ha cambiado "
        "nada. Cierre las otras ventanas o procesos de Facturas y vuelva a intentarlo",
        "not restored: another program is using the database ({detail}); nothing was changed. "
        "Close the other Facturas windows or processes and try again",
    ),
    # the office server (storage/postgres/errors.py): never damage, never "restore a backup"
    "server_unreachable": (
        "no se puede conectar con el servidor de la oficina {location}: no responde ({detail}). "
        "Compruebe la red y que el servidor esté en marcha; no se ha cambiado nada",
        "cannot connect to the office server {location}: it does not answer ({detail}). Check the "
        "network and that the server is running; nothing was changed",
    ),
    "server_auth_failed": (
        "el servidor de la oficina {location} no acepta este usuario o contraseña: no se ha "
        "cambiado nada. Revise el usuario y la contraseña en Ajustes → Datos",
        "the office server {location} does not accept this user or password: nothing was changed. "
        "Check the user and password in Settings → Data",
    ),
    "server_no_database": (
        "el servidor de la oficina no tiene la base de datos de {location}: no se ha cambiado nada. "
        "Revise el nombre o pida a quien administra el servidor que la cree (createdb)",
        "the office server has no database {location}: nothing was changed. Check the name or ask "
        "whoever runs the server to create it (createdb)",
    ),
    "server_connection_lost": (
        "se ha perdido la conexión con el servidor de la oficina {location} a mitad de la operación: "
        "el servidor la ha deshecho entera, no se ha guardado nada de ella. Vuelva a intentarlo "
        "cuando el servidor responda",
        "the connection to the office server {location} was lost halfway: the server undid the "
        "whole operation, none of it was saved. Try again when the server answers",
    ),
    "server_no_permission": (
        "su usuario no tiene permiso para esto en el servidor de la oficina {location} ({detail}): "
        "no se ha cambiado nada. Pida permiso a quien administra el servidor",
        "your user may not do this on the office server {location} ({detail}): nothing was "
        "changed. Ask whoever runs the server for permission",
    ),
    "server_error": (
        "el servidor de la oficina {location} ha rechazado la operación ({detail}): no se ha cambiado nada",
        "the office server {location} refused the operation ({detail}): nothing was changed",
    ),
    "server_backups_pg_dump": (
        "los datos están en el servidor de la oficina {location}: las copias las hace el servidor "
        "con pg_dump (pg_dump -Fc -f facturas.dump …) y se restauran con pg_restore; la aplicación "
        "no copia ni sustituye esta base de datos",
        "the data lives on the office server {location}: the server makes the backups with pg_dump "
        "(pg_dump -Fc -f facturas.dump …) and restores them with pg_restore; the app neither copies "
        "nor replaces this database",
    ),
    "office_mode_not_installed": (
        "esta instalación de Facturas no trae el modo oficina (servidor PostgreSQL): instale "
        "«pip install facturas[office]» o el instalador de oficina; no se ha cambiado nada",
        "this Facturas installation does not include office mode (PostgreSQL server): install "
        "«pip install facturas[office]» or the office installer; nothing was changed",
    ),
    "office_database_too_new": (
        "la base de datos de la oficina {location} es de una versión más nueva de Facturas "
        "(esquema {version}; esta versión llega al {latest}): actualice Facturas en este equipo. "
        "No se ha cambiado nada",
        "the office database {location} comes from a newer Facturas (schema {version}; this "
        "version knows up to {latest}): update Facturas on this computer. Nothing was changed",
    ),
    "copy_no_source": (
        "no se copia: no hay datos en {path}; indique la carpeta de datos con --data-dir",
        "not copied: there is no data at {path}; give the data folder with --data-dir",
    ),
    "copy_target_not_empty": (
        "no se copia: la base de datos de la oficina ya tiene datos (tabla {table}); no se ha "
        "cambiado nada. Cree una base de datos vacía (createdb) y copie ahí",
        "not copied: the office database already holds data (table {table}); nothing was changed. "
        "Create an empty database (createdb) and copy there",
    ),
    "copy_schema_mismatch": (
        "no se copia: la tabla {table} tiene columnas que la base de datos de la oficina no conoce "
        "({columns}); no se ha cambiado nada. Actualice Facturas en todos los equipos",
        "not copied: table {table} has columns the office database does not know ({columns}); "
        "nothing was changed. Update Facturas on every computer",
    ),
    "copy_count_mismatch": (
        "no se copia: en la tabla {table} se copiarían {copied} filas de {source}; no se ha cambiado nada",
        "not copied: table {table} would get {copied} rows of {source}; nothing was changed",
    ),
    "database_url_scheme": (
        "«{url}» no es la dirección de una base de datos PostgreSQL: escriba "
        "postgresql://usuario@servidor/base",
        "«{url}» is not a PostgreSQL database address: write postgresql://user@server/name",
    ),
    "database_url_no_name": (
        "a la dirección «{url}» le falta el nombre de la base de datos: postgresql://usuario@servidor/base",
        "the address «{url}» lacks the database name: postgresql://user@server/name",
    ),
    # restore: the backup checked on a temporary copy before it becomes live (services/backup.py)
    "restore_other_business": (
        "no se restaura: la copia es de otro negocio (NIF {backup_tax_id}; el actual es "
        "{current_tax_id}); no se ha cambiado nada. Si de verdad quiere sustituir estos datos por los "
        "de ese negocio, use --replace-with-other-business",
        "not restored: the backup belongs to another business (tax id {backup_tax_id}; the current "
        "one is {current_tax_id}); nothing was changed. To really replace these books with that "
        "business's, use --replace-with-other-business",
    ),
    "restore_other_data_set": (
        "no se restaura: la copia es de otro conjunto de datos (otra instalación o empresa, aunque el "
        "NIF y los números coincidan); no se ha cambiado nada. Si de verdad quiere sustituir estos "
        "datos, use --replace-with-other-business",
        "not restored: the backup is another data set (another installation or company, even if the "
        "tax id and numbers match); nothing was changed. To really replace these books, use "
        "--replace-with-other-business",
    ),
    "backup_integrity_failed": (
        "no se restaura: la copia {path} está dañada ({detail}); no se ha cambiado nada. Elija otra copia",
        "not restored: backup {path} is damaged ({detail}); nothing was changed. Choose another backup",
    ),
    "backup_truncated": (
        "no se restaura: la copia {path} está incompleta (truncada); no se ha cambiado nada. Elija otra copia",
        "not restored: backup {path} is incomplete (truncated); nothing was changed. Choose another backup",
    ),
    "backup_not_a_database": (
        "no se restaura: {path} no es una copia de Facturas; no se ha cambiado nada",
        "not restored: {path} is not a Facturas backup; nothing was changed",
    ),
    "backup_triggers_changed": (
        "no se restaura: en la copia {path} faltan o se han cambiado las protecciones de las facturas "
        "emitidas ({names}); pudo ser manipulada. No se ha cambiado nada",
        "not restored: in backup {path} the protections of issued invoices are missing or changed "
        "({names}); it may have been tampered with. Nothing was changed",
    ),
    "backup_totals_mismatch": (
        "no se restaura: en la copia, el total guardado de {count} factura(s) no coincide con sus "
        "líneas ({numbers}: guardado {stored}, calculado {computed}); pudo ser manipulada. No se ha "
        "cambiado nada",
        "not restored: in the backup the stored total of {count} invoice(s) does not match their "
        "lines ({numbers}: stored {stored}, computed {computed}); it may have been tampered with. "
        "Nothing was changed",
    ),
    "backup_records_mismatch": (
        "no se restaura: en la copia, {count} registro(s) VERI*FACTU no cuadran con su cadena o con la "
        "factura que describen ({details}); pudo ser manipulada. No se ha cambiado nada",
        "not restored: in the backup {count} VERI*FACTU record(s) do not match their chain or the "
        "invoice they describe ({details}); it may have been tampered with. Nothing was changed",
    ),
    "backup_record_missing": (
        "no se restaura: en la copia faltan los registros VERI*FACTU de {count} factura(s) emitida(s) "
        "({numbers}); pudo ser manipulada. No se ha cambiado nada",
        "not restored: the backup lacks the VERI*FACTU records of {count} issued invoice(s) "
        "({numbers}); it may have been tampered with. Nothing was changed",
    ),
    # verifactu verify: a record compared with the invoice it describes
    "verifactu_record_differs": (
        "el registro {seq} ({record_type} {number}) no coincide con la factura: {field} en el registro "
        "{record_value}, en la factura {invoice_value}",
        "record {seq} ({record_type} {number}) does not match the invoice: {field} in the record "
        "{record_value}, in the invoice {invoice_value}",
    ),
    "verifactu_record_missing": (
        "la factura {number} se emitió después de empezar la cadena y no tiene registro VERI*FACTU",
        "invoice {number} was issued after the chain began and has no VERI*FACTU record",
    ),
    "verifactu_record_no_invoice": (
        "el registro {seq} ({record_type} {number}) describe una factura que no existe",
        "record {seq} ({record_type} {number}) describes an invoice that does not exist",
    ),
}

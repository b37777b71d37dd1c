"""Words for refused output paths (services/output_files.py; see messages.py)."""

from __future__ import annotations

OUTPUT_TEXTS: dict[str, tuple[str, str]] = {
    "output_is_database": (
        "no se escribe en {path}: es la base de datos de Facturas (o uno de sus archivos -wal/-shm/"
        "-journal). No se ha cambiado nada; elija otro archivo",
        "not writing to {path}: it is the Facturas database (or one of its -wal/-shm/-journal "
        "files). Nothing was changed; choose another file",
    ),
    "output_is_backup": (
        "no se escribe en {path}: es una copia de seguridad. No se ha cambiado nada; elija otro archivo",
        "not writing to {path}: it is a backup. Nothing was changed; choose another file",
    ),
    "output_exists": (
        "{path} ya existe y no se sobrescribe: no se ha cambiado nada. Elija otro nombre o añada "
        "--overwrite para reemplazarlo",
        "{path} already exists and is not overwritten: nothing was changed. Choose another name "
        "or add --overwrite to replace it",
    ),
    "output_not_regular_file": (
        "{path} no es un archivo normal (es una carpeta, un dispositivo o una tubería): no se "
        "escribe en él. Indique la ruta de un archivo",
        "{path} is not a regular file (it is a folder, a device or a pipe): not writing to it. "
        "Give the path of a file",
    ),
    "output_not_a_folder": (
        "{path} existe y no es una carpeta: esta exportación escribe varios archivos en una carpeta. "
        "Indique una carpeta nueva o existente",
        "{path} exists and is not a folder: this export writes several files into a folder. "
        "Give a new or existing folder",
    ),
    "output_not_written": (
        "no se ha podido escribir {path} ({detail}); no se ha reemplazado nada. Compruebe la "
        "carpeta, el permiso de escritura y el espacio libre",
        "could not write {path} ({detail}); nothing was replaced. Check the folder, the write "
        "permission and the free space",
    ),
}

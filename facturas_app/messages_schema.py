"""Words for a database this version of Facturas cannot change (see messages.py)."""

from __future__ import annotations

SCHEMA_TEXTS: dict[str, tuple[str, str]] = {
    "database_too_new": (
        "la base de datos es de una versión más nueva de Facturas (esquema {version}; esta versión "
        "llega al {latest}): se puede consultar pero no modificar. Actualice la aplicación; no se ha "
        "cambiado nada",
        "the database comes from a newer Facturas (schema {version}; this version knows up to "
        "{latest}): it can be read but not changed. Update the app; nothing was changed",
    ),
}

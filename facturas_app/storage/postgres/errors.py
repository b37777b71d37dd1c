"""Server failures turned into messages that say what happened and what to do (#22).

A wrong password, a server that is not there, a database that does not exist and a connection
lost halfway need different advice; none of them is damage, and none suggests restoring a backup.
A transaction the server broke off is rolled back by the server: nothing of it was saved.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.exc import DBAPIError

from facturas_app.domain.errors import FacturasError, StorageError

UNREACHABLE, AUTH, NO_DATABASE = "server_unreachable", "server_auth_failed", "server_no_database"
LOST, NO_RIGHTS, FAILED = "server_connection_lost", "server_no_permission", "server_error"
# SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_BY_SQLSTATE = {
    "28P01": AUTH,  # invalid_password
    "28000": AUTH,  # invalid_authorization_specification (pg_hba: no entry for this user)
    "3D000": NO_DATABASE,  # invalid_catalog_name
    "42501": NO_RIGHTS,  # insufficient_privilege
    "57P01": LOST,  # admin_shutdown
    "57P02": LOST,  # crash_shutdown
    "57P03": UNREACHABLE,  # cannot_connect_now (starting up)
}


def _refusal_at_connect(text: str) -> str | None:
    """libpq reports a refusal at connect as text only (no SQLSTATE reaches psycopg then)."""
    if "does not exist" in text and 'database "' in text:
        return NO_DATABASE
    if ("does not exist" in text and 'role "' in text) or "password authentication failed" in text:
        return AUTH
    return AUTH if "no pg_hba.conf entry" in text else None


def _driver_error(exc: BaseException) -> BaseException:
    return getattr(exc, "orig", None) or exc


def code_for(exc: BaseException, connecting: bool = False) -> str:
    inner = _driver_error(exc)
    state = getattr(inner, "sqlstate", None) or ""
    if state in _BY_SQLSTATE:
        return _BY_SQLSTATE[state]
    if state.startswith("08") or _is_connection_failure(inner):  # connection_exception class
        return _refusal_at_connect(str(inner)) or (UNREACHABLE if connecting else LOST)
    return FAILED


def _is_connection_failure(inner: BaseException) -> bool:
    import psycopg

    return isinstance(inner, psycopg.OperationalError) and not getattr(inner, "sqlstate", None)


def server_error(exc: BaseException, location: str, connecting: bool = False) -> StorageError:
    detail = str(_driver_error(exc)).strip().splitlines()[0] if str(_driver_error(exc)).strip() else ""
    return StorageError(code_for(exc, connecting), location=location, detail=detail)


def is_server_failure(exc: BaseException) -> bool:
    """Errors of the connection or the server, not of our SQL (those stay bugs, raised as they are)."""
    import psycopg

    inner = _driver_error(exc)
    state = getattr(inner, "sqlstate", None) or ""
    return (
        state in _BY_SQLSTATE
        or state.startswith("08")
        or _is_connection_failure(inner)
        or (isinstance(inner, psycopg.OperationalError) and state.startswith("57"))
    )


def open_error(exc: BaseException, location: str) -> FacturasError:
    if isinstance(exc, FacturasError):
        return exc
    return server_error(exc, location, connecting=True)


@contextlib.contextmanager
def mapped_server_errors(location: str) -> Iterator[None]:
    try:
        yield
    except DBAPIError as exc:
        if not is_server_failure(exc):
            raise
        raise server_error(exc, location, connecting=_at_connect(exc)) from exc


def _at_connect(exc: DBAPIError) -> bool:
    return exc.statement is None  # no statement ran: the connection itself failed

"""SecretStore adapters: the OS keyring, or this process's memory when there is no usable keyring.

Passwords are never written to disk or logs by this module, and never appear in error params.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from facturas_app import APP_NAME
from facturas_app.domain.errors import SecretUnavailable

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_NAME = APP_NAME

T = TypeVar("T")


class KeyringSecretStore:
    """Secrets in the OS keyring (Secret Service, macOS Keychain, Windows Credential Locker)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._explicit_backend = backend  # None: whatever keyring resolves at call time

    def is_available(self) -> bool:
        """True when a real backend is configured. Cheap: it does not unlock or probe the keyring."""
        try:
            self._backend()
        except SecretUnavailable:
            return False
        return True

    def set_password(self, service: str, account: str, password: str) -> None:
        """Store, then read back: some backends accept a write and silently keep nothing."""
        backend = self._backend()
        _call(backend, "keyring_write_failed", password, backend.set_password, service, account, password)
        stored = _call(backend, "keyring_read_failed", password, backend.get_password, service, account)
        if stored != password:
            raise SecretUnavailable("keyring_readback_mismatch", backend=_name(backend), account=account)

    def get_password(self, service: str, account: str) -> str | None:
        backend = self._backend()
        return _call(backend, "keyring_read_failed", None, backend.get_password, service, account)

    def delete_password(self, service: str, account: str) -> None:
        """Idempotent: deleting a password that is not there is not an error."""
        from keyring.errors import PasswordDeleteError

        backend = self._backend()
        try:
            backend.delete_password(service, account)
        except PasswordDeleteError:
            return  # nothing stored under that name
        except Exception as exc:  # any backend failure becomes one domain error the UI can word
            raise _unavailable("keyring_delete_failed", backend, exc, None) from None

    def _backend(self) -> KeyringBackend:
        try:
            import keyring

            backend = self._explicit_backend if self._explicit_backend is not None else keyring.get_keyring()
        except Exception as exc:  # a broken keyring config must not crash the app
            raise SecretUnavailable("keyring_unavailable", backend="?", reason=_reason(exc, None)) from None
        if _is_unusable(backend):
            raise SecretUnavailable("keyring_unavailable", backend=_name(backend), reason="no_backend")
        return backend


class SessionSecretStore:
    """Secrets kept in memory for this process only, for when the keyring is unavailable.

    The user types the password once per session; nothing is ever written to disk.
    """

    def __init__(self) -> None:
        self._secrets: dict[tuple[str, str], str] = {}

    def is_available(self) -> bool:
        return True

    def set_password(self, service: str, account: str, password: str) -> None:
        self._secrets[(service, account)] = password

    def get_password(self, service: str, account: str) -> str | None:
        return self._secrets.get((service, account))

    def delete_password(self, service: str, account: str) -> None:
        self._secrets.pop((service, account), None)

    def __repr__(self) -> str:
        return f"SessionSecretStore({len(self._secrets)} secrets)"  # never the values


def _call(
    backend: KeyringBackend, code: str, password: str | None, method: Callable[..., T], *args: str
) -> T:
    try:
        return method(*args)
    except SecretUnavailable:
        raise
    except Exception as exc:  # any backend failure becomes one domain error the UI can word
        raise _unavailable(code, backend, exc, password) from None


def _unavailable(
    code: str, backend: KeyringBackend, exc: Exception, password: str | None
) -> SecretUnavailable:
    return SecretUnavailable(code, backend=_name(backend), reason=_reason(exc, password))


def _reason(exc: Exception, password: str | None) -> str:
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    # Paranoia: a backend message must not carry the secret into logs or the UI.
    return text.replace(password, "***") if password else text


def _is_unusable(backend: KeyringBackend) -> bool:
    """Backends that exist only to say "no keyring here" must never be mistaken for storage."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, chainer.ChainerBackend):
        return all(_is_unusable(inner) for inner in backend.backends)  # empty chain: nothing to use
    return isinstance(backend, (fail.Keyring, null.Keyring))


def _name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"

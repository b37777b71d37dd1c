"""Mail settings in the database (backed up with it) and the SMTP password in the OS keyring only.

Without a usable keyring the password lives in this process's memory (SessionSecretStore) and the
app asks for it once per session; it is never written anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any, Protocol

from facturas_app.domain.errors import MailDeliveryError, SecretUnavailable, ValidationFailed
from facturas_app.services.mail.settings import MailSettings
from facturas_app.services.ports import DeliveryResult, MailTransport
from facturas_app.services.secrets import SERVICE_NAME, SessionSecretStore
from facturas_app.storage.api import Store

SETTINGS_KEY = "mail"
SslContextFactory = Callable[[], Any]  # -> ssl.SSLContext (ssl stays off start-up)


class PasswordStore(Protocol):
    def is_available(self) -> bool: ...
    def set_password(self, service: str, account: str, password: str) -> None: ...
    def get_password(self, service: str, account: str) -> str | None: ...
    def delete_password(self, service: str, account: str) -> None: ...


class MailConfigService:
    def __init__(
        self,
        store: Store,
        secrets: PasswordStore,
        session: SessionSecretStore | None = None,
        ssl_context_factory: SslContextFactory | None = None,
    ) -> None:
        self.store = store
        self.secrets = secrets  # the OS keyring (KeyringSecretStore) in production
        self.session = session or SessionSecretStore()
        self.ssl_context_factory = ssl_context_factory  # None: the system CA store

    # ----- settings -----------------------------------------------------------------------------
    def settings(self) -> MailSettings | None:
        with self.store.read() as tx:
            return self.settings_in(tx)

    @staticmethod
    def settings_in(tx: Any) -> MailSettings | None:
        """The settings as the caller's transaction sees them (a hook inside a write: no second read)."""
        values = tx.get_setting(SETTINGS_KEY)
        return settings_from_json(values) if values else None

    def require_settings(self) -> MailSettings:
        settings = self.settings()
        if settings is None:
            raise MailDeliveryError("mail_not_configured")
        return settings

    def configure(self, settings: MailSettings, password: str | None = None) -> None:
        """Save the settings; with a password, store it in the keyring (written, then read back).

        Raises SecretUnavailable when the keyring cannot keep it: the settings are saved, and the
        password is kept in memory for this session only, so the caller can still send now.
        """
        problems = settings.validate()
        if password is not None and not password:
            from facturas_app.domain.errors import Problem

            problems.append(Problem("password", "required"))
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as tx:
            tx.set_setting(SETTINGS_KEY, asdict(settings))
        if password is None:
            return
        self.session.set_password(SERVICE_NAME, settings.keyring_account, password)
        self.secrets.set_password(SERVICE_NAME, settings.keyring_account, password)
        self.session.delete_password(SERVICE_NAME, settings.keyring_account)  # the keyring has it now

    # ----- password -----------------------------------------------------------------------------
    def keyring_available(self) -> bool:
        return self.secrets.is_available()

    def remember_for_session(self, password: str) -> None:
        """The password typed in a prompt when there is no keyring: memory only, this process only."""
        self.session.set_password(SERVICE_NAME, self.require_settings().keyring_account, password)

    def forget_password(self) -> None:
        account = self.require_settings().keyring_account
        self.session.delete_password(SERVICE_NAME, account)
        if self.secrets.is_available():
            self.secrets.delete_password(SERVICE_NAME, account)

    def password(self, settings: MailSettings | None = None) -> str | None:
        """The session's password first (typed by the user), then the keyring's."""
        settings = settings or self.require_settings()
        typed = self.session.get_password(SERVICE_NAME, settings.keyring_account)
        if typed is not None:
            return typed
        return self.secrets.get_password(SERVICE_NAME, settings.keyring_account)

    def needs_password(self) -> bool:
        """True when sending would have to ask the user first (the GUI prompts then)."""
        settings = self.settings()
        if settings is None or not settings.user:
            return False
        try:
            return self.password(settings) is None
        except SecretUnavailable:
            return True

    # ----- transport ----------------------------------------------------------------------------
    def transport(self, settings: MailSettings | None = None, typed: str | None = None) -> MailTransport:
        """A transport with the password already in hand: a missing one fails before any claim.
        `settings` default to the saved ones; `typed` is a password typed for them."""
        from facturas_app.services.mail.smtp_transport import SmtpTransport

        settings = settings or self.require_settings()
        password = (typed or self._password_or_raise(settings)) if settings.user else None
        return SmtpTransport(settings, lambda: password, self.ssl_context_factory)

    def test(self, settings: MailSettings | None = None, password: str | None = None) -> DeliveryResult:
        """Connect and log in, send nothing (Settings' "Probar conexión", `facturas mail test`).
        The window tests what is on screen, saved or not (#18): `settings` as typed and the typed
        `password`, else the one kept for that account. Nothing is stored."""
        if settings is not None and (problems := settings.validate()):
            raise ValidationFailed(problems)
        return self.transport(settings, password).check()

    def _password_or_raise(self, settings: MailSettings) -> str:
        reason = "not_stored"
        try:
            password = self.password(settings)
        except SecretUnavailable as exc:
            password, reason = None, exc.code
        if password is None:
            raise SecretUnavailable("mail_password_missing", account=settings.keyring_account, reason=reason)
        return password


def settings_from_json(values: dict[str, Any]) -> MailSettings:
    known = set(MailSettings.__dataclass_fields__)
    return MailSettings(**{k: v for k, v in values.items() if k in known})

"""Where records go and sending them: `verifactu configure`, the client with the configured
certificate, and the three ways a send starts — after an issue or a cancellation (only when
AEAT's wait allows, never failing the command), from the open app's background worker, and from
`verifactu send [--wait]` run by the scheduler."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.services.ports import Clock
from facturas_app.services.verifactu.settings import SETTING_ENDPOINT, SETTING_ENVIRONMENT, SETTING_TEST_ENV
from facturas_app.storage.api import Store, Transaction

if TYPE_CHECKING:
    from facturas_app.services.mail_config import PasswordStore
    from facturas_app.services.verifactu.soap import SendReport, VerifactuClient

log = logging.getLogger(__name__)
ENVIRONMENTS = ("test", "production")
SEND_TIMEOUT_S = 60.0  # an answer slower than this is a timeout: the records are asked about later
QUICK_TIMEOUT_S = 20.0  # right after issuing: the user is waiting for the command to finish


def default_endpoint(environment: str) -> str:
    """AEAT's VERI*FACTU address for the environment, as SistemaFacturacion.wsdl gives it."""
    from facturas_app.services.verifactu.soap import ENDPOINT_PRODUCTION, ENDPOINT_TEST

    return ENDPOINT_PRODUCTION if environment == "production" else ENDPOINT_TEST


def where(tx: Transaction) -> dict[str, str]:
    """{"environment", "endpoint"}; both empty strings when configure never ran."""
    environment = str(tx.get_setting(SETTING_ENVIRONMENT) or "")
    endpoint = str(tx.get_setting(SETTING_ENDPOINT) or "")
    return {
        "environment": environment,
        "endpoint": endpoint or (default_endpoint(environment) if environment else ""),
    }


class VerifactuSubmitter:
    def __init__(self, store: Store, clock: Clock, secrets: PasswordStore) -> None:
        self.store = store
        self.clock = clock
        self.secrets = secrets

    # ----- configuration ------------------------------------------------------------------------
    def configure(self, environment: str, endpoint: str | None = None) -> dict[str, str]:
        if environment not in ENVIRONMENTS:
            allowed = ", ".join(ENVIRONMENTS)
            raise ValidationFailed([Problem("environment", "verifactu_invalid_environment",
                                            {"value": environment, "allowed": allowed})])  # fmt: skip
        if endpoint is not None and not endpoint.startswith(
            ("https://", "http://127.0.0.1", "http://localhost")
        ):
            raise ValidationFailed([Problem("endpoint", "verifactu_invalid_endpoint", {"value": endpoint})])
        with self.store.write() as tx:
            tx.set_setting(SETTING_ENVIRONMENT, environment)
            tx.set_setting(SETTING_ENDPOINT, endpoint or "")
            tx.set_setting(SETTING_TEST_ENV, environment == "test")  # the QR names the same host
        return self.where()

    def environment(self) -> str | None:
        with self.store.read() as tx:
            value = tx.get_setting(SETTING_ENVIRONMENT)
        return str(value) if value else None

    def where(self) -> dict[str, str]:
        with self.store.read() as tx:
            return where(tx)

    def configured(self) -> bool:
        return self.environment() is not None

    def certificates(self):  # type: ignore[no-untyped-def]
        from facturas_app.services.verifactu.cert import VerifactuCertificates

        return VerifactuCertificates(self.store, self.secrets)

    def client(self, timeout: float = SEND_TIMEOUT_S, endpoint: str | None = None) -> VerifactuClient:
        """The client for the configured address; HTTPS uses the configured certificate (AEAT
        refuses a connection without one), the local test server on loopback needs none."""
        from facturas_app.services.verifactu.soap import VerifactuClient

        url = endpoint or self.where()["endpoint"]
        if not url:
            raise ValidationFailed([Problem("environment", "verifactu_not_configured")])
        certificates = self.certificates()
        tls = certificates.tls_context() if url.startswith("https://") and certificates.configured() else None
        return VerifactuClient(endpoint=url, tls=tls, timeout=timeout)

    # ----- sending ------------------------------------------------------------------------------
    def send(self, wait: bool = False, sleep: Callable[[float], None] = time.sleep,
             client: VerifactuClient | None = None) -> SendReport:  # fmt: skip
        from facturas_app.services.verifactu.sending import Sender

        return Sender(self.store, self.clock).send(client or self.client(), sleep, wait=wait)

    def seconds_to_wait(self) -> float:
        from facturas_app.services.verifactu.sending import Sender

        return Sender(self.store, self.clock).seconds_to_wait()

    def send_if_due(self, timeout: float = QUICK_TIMEOUT_S) -> SendReport | None:
        """After issue/cancel and from the app's worker: send when configured and the wait allows;
        any failure leaves the records pending (logged, never raised: issuing never fails because
        AEAT is unreachable)."""
        if not self.configured() or not self.has_work():
            return None
        try:
            return self.send(wait=False, client=self.client(timeout=timeout))
        except Exception as exc:  # background work: whatever went wrong, the record stays pending
            log.warning("VERI*FACTU send postponed: %s", type(exc).__name__)
            return None

    def has_work(self) -> bool:
        with self.store.read() as tx:
            counts = tx.count_verifactu_records()
        return bool(counts.get("pending", 0) or counts.get("in_doubt", 0))

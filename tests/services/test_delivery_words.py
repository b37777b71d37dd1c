"""A connection test's outcome in the user's language (issue #18): a Spanish window once read
«Conexión correcta: Connected and authenticated.». Real SMTP server (aiosmtpd) and a closed port."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.messages_delivery import DELIVERY_TEXTS, delivery_text
from facturas_app.services.mail import SmtpTransport
from facturas_app.services.ports import DeliveryOutcome, DeliveryResult
from tests.fakes import FixedClock
from tests.services.mail_fixtures import (
    SMTP_PASSWORD,
    SMTP_USER,
    MemoryKeyring,
    mail_settings,
    refused_port,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from ui.workers import SynchronousRunner


def _check(port: int, context_factory, user: str = SMTP_USER) -> DeliveryResult:
    settings = mail_settings(port, user=user)
    return SmtpTransport(settings, lambda: SMTP_PASSWORD, context_factory).check()


def test_a_working_login_is_said_in_each_language(smtp_server, trusting_context_factory):
    result = _check(smtp_server.port, trusting_context_factory)
    assert result.outcome is DeliveryOutcome.SENT
    assert result.detail == "Connected and authenticated."  # the JSON's words, unchanged
    assert delivery_text(result, "es") == "conectado y autenticado"
    assert delivery_text(result, "en") == "connected and authenticated"


def test_a_refused_connection_is_said_in_spanish(refused_port, trusting_context_factory):
    result = _check(refused_port, trusting_context_factory)
    assert result.outcome is DeliveryOutcome.TEMPORARY
    spanish = delivery_text(result, "es")
    assert spanish.endswith(f"{refused_port} rechazó la conexión"), spanish
    assert "refused" not in spanish and delivery_text(result, "en").endswith("refused the connection")


def test_a_servers_own_reply_is_shown_as_it_came() -> None:
    reply = DeliveryResult(DeliveryOutcome.PERMANENT, "535 5.7.8 Authentication credentials invalid")
    assert delivery_text(reply, "es") == delivery_text(reply, "en") == reply.detail


def test_every_code_has_the_same_placeholders_in_both_languages() -> None:
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert all(fields(es) == fields(en) for es, en in DELIVERY_TEXTS.values())


@pytest.fixture
def services(tmp_path, use_keyring, trusting_context_factory):
    use_keyring(MemoryKeyring())
    built = build_services(
        tmp_path / "data",
        clock=FixedClock(dt.date(2026, 11, 26)),
        ssl_context_factory=trusting_context_factory,
    )
    yield built
    built.close()


def test_the_settings_panel_says_it_all_in_spanish(qtbot, services, smtp_server):
    from ui.views.mail_settings import MailSettingsPanel

    panel = MailSettingsPanel(services, SynchronousRunner())
    qtbot.addWidget(panel)
    panel.host.setText("127.0.0.1")
    panel.port.setValue(smtp_server.port)
    panel.user.setText(SMTP_USER)
    panel.from_address.setText("facturas@example.test")
    panel.password.setText(SMTP_PASSWORD)
    panel.test_connection()
    assert panel.status.text() == "Conexión correcta: conectado y autenticado"

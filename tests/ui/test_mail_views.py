"""Mail settings panel and outbox view over real services (aiosmtpd + in-memory keyring)."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.services.mail.composer import Composition
from tests.fakes import FixedClock
from tests.services.mail_fixtures import (
    SMTP_PASSWORD,
    SMTP_USER,
    MemoryKeyring,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from ui.workers import SynchronousRunner


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


def test_settings_panel_saves_and_tests_the_connection(qtbot, services, smtp_server):
    from ui.views.mail_settings import MailSettingsPanel

    panel = MailSettingsPanel(services, SynchronousRunner())
    qtbot.addWidget(panel)
    panel.host.setText("127.0.0.1")
    panel.port.setValue(smtp_server.port)
    panel.user.setText(SMTP_USER)
    panel.from_address.setText("facturas@example.test")
    panel.password.setText(SMTP_PASSWORD)

    panel.save()
    panel.test_connection()

    assert services.mail_config.settings().port == smtp_server.port
    assert panel.password.text() == ""
    assert panel.status.text().startswith("Conexión correcta")
    assert smtp_server.envelopes == []


def _typed(panel, port: int, password: str) -> None:
    panel.host.setText("127.0.0.1")
    panel.port.setValue(port)
    panel.user.setText(SMTP_USER)
    panel.from_address.setText("facturas@example.test")
    panel.password.setText(password)


def test_the_connection_test_tries_what_is_typed_before_it_is_saved(qtbot, services, smtp_server):
    from ui.views.mail_settings import MailSettingsPanel

    panel = MailSettingsPanel(services, SynchronousRunner())
    qtbot.addWidget(panel)
    _typed(panel, smtp_server.port, SMTP_PASSWORD)
    panel.test_connection()
    assert panel.status.text().startswith("Conexión correcta"), panel.status.text()
    assert services.mail_config.settings() is None  # tested, not saved
    _typed(panel, smtp_server.port, "wrong password")
    panel.test_connection()
    assert panel.status.text().startswith("La prueba ha fallado")
    panel.from_address.setText("not an address")
    panel.test_connection()
    assert "no válido" in panel.status.text() and "not an address" in panel.status.text()
    assert services.mail_config.settings() is None and smtp_server.envelopes == []


def test_outbox_view_lists_and_cancels(qtbot, services, smtp_server):
    from facturas_app.services.mail import MailSettings
    from ui.views.outbox import OutboxView

    services.mail_config.configure(
        MailSettings("127.0.0.1", smtp_server.port, "starttls", SMTP_USER, "facturas@example.test"),
        SMTP_PASSWORD,
    )
    entry = services.outbox.queue("test", Composition(("x@example.test",), "Prueba", "Hola"))
    view = OutboxView(services, SynchronousRunner())
    qtbot.addWidget(view)

    assert view.table.rowCount() == 1 and view.table.item(0, 1).text() == "En cola"
    view.table.selectRow(0)
    assert view.cancel_button.isEnabled() and not view.mark_sent_button.isEnabled()
    view.cancel_selected()

    assert services.outbox.get(entry.id).state == "cancelled"
    assert view.table.item(0, 1).text() == "Cancelado"

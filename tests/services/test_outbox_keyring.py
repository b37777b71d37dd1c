"""MailConfigService and the outbox with a real keyring API (in-memory, fail, null and forgetful
backends): the password lives in the keyring only, or for this session when there is none; the
login test; invalid settings refused with nothing saved."""

# ruff: noqa: F401, F811 - pytest fixtures imported from their modules are redefined as parameters

from __future__ import annotations

import os
from pathlib import Path

import pytest
from keyring.backends import fail, null

from facturas_app.domain.errors import MailDeliveryError, SecretUnavailable, ValidationFailed
from facturas_app.services.mail.composer import Composition
from facturas_app.services.secrets import SERVICE_NAME
from tests.services.mail_fixtures import (
    SMTP_PASSWORD,
    ForgetfulKeyring,
    mail_settings,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.services.outbox_fixtures import (
    clock,
    configure,
    keyring_backend,
    make_services,
    send_invoice,
)
from tests.services.outbox_helpers import files_containing, issued_invoice, password_forms

# --- keyring -----------------------------------------------------------------------------------


def test_password_goes_to_the_keyring_only(make_services, smtp_server, keyring_backend, tmp_path):
    services = make_services()
    configure(services, smtp_server.port)

    assert keyring_backend.secrets == {(SERVICE_NAME, mail_settings(1).keyring_account): SMTP_PASSWORD}
    assert send_invoice(services, issued_invoice(services)).state == "sent"
    services.close()
    config_home = Path(os.environ["XDG_CONFIG_HOME"])
    assert files_containing(password_forms(SMTP_PASSWORD), tmp_path / "data", config_home) == []


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_keyring_the_password_is_for_this_session_only(
    make_services, smtp_server, use_keyring, backend, tmp_path
):
    use_keyring(backend)
    services = make_services()

    with pytest.raises(SecretUnavailable) as raised:
        configure(services, smtp_server.port)

    assert raised.value.code == "keyring_unavailable" and SMTP_PASSWORD not in str(raised.value)
    assert services.mail_config.settings() == mail_settings(smtp_server.port)  # settings were kept
    assert not services.mail_config.keyring_available()
    assert send_invoice(services, issued_invoice(services)).state == "sent"  # this session knows it

    later = make_services()  # another run of the app: it must ask again
    assert later.mail_config.needs_password()
    with pytest.raises(SecretUnavailable) as missing:
        later.outbox.deliver_due() or later.mail_config.transport()
    assert missing.value.code == "mail_password_missing"
    later.mail_config.remember_for_session(SMTP_PASSWORD)
    assert later.mail_config.test().outcome.value == "sent"
    assert files_containing(password_forms(SMTP_PASSWORD), tmp_path / "data") == []


def test_a_keyring_that_keeps_nothing_is_caught_by_the_read_back(make_services, smtp_server, use_keyring):
    use_keyring(ForgetfulKeyring())
    services = make_services()

    with pytest.raises(SecretUnavailable) as raised:
        configure(services, smtp_server.port)

    assert raised.value.code == "keyring_readback_mismatch"


def test_nothing_is_claimed_when_the_password_is_missing(make_services, smtp_server, use_keyring):
    services = make_services()
    configure(services, smtp_server.port, password=None)
    entry = services.outbox.queue("test", Composition(("x@example.test",), "Prueba", "Hola"))

    with pytest.raises(SecretUnavailable):
        services.outbox.deliver([entry.id])

    assert services.outbox.get(entry.id).state == "queued" and services.outbox.get(entry.id).attempts == 0


def test_mail_test_checks_the_login_and_sends_nothing(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    assert services.mail_config.test().outcome.value == "sent"
    configure(services, smtp_server.port, password="wrong")
    assert services.mail_config.test().detail.startswith("535")
    assert smtp_server.envelopes == []


def test_invalid_settings_are_refused_and_nothing_is_saved(make_services, keyring_backend):
    services = make_services()

    with pytest.raises(ValidationFailed) as raised:
        services.mail_config.configure(mail_settings(25, security="plain"), "x")

    assert {p.code for p in raised.value.problems} >= {"plain_only_localhost"}
    assert services.mail_config.settings() is None and keyring_backend.secrets == {}
    with pytest.raises(MailDeliveryError):
        services.outbox.queue("test", Composition(("x@example.test",), "s", "b"))

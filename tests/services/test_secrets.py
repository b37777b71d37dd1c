"""KeyringSecretStore through the real keyring API (in-memory, fail, null and Secret Service backends)."""

# Fixtures are imported from mail_fixtures (conftest.py is shared) and used by parameter name.
# ruff: noqa: F401, F811

from __future__ import annotations

import os
import uuid

import pytest
from keyring.backends import fail, null

from facturas_app.domain.errors import SecretUnavailable
from facturas_app.services.secrets import SERVICE_NAME, KeyringSecretStore, SessionSecretStore
from tests.services.mail_fixtures import (
    BrokenKeyring,
    ForgetfulKeyring,
    MemoryKeyring,
    use_keyring,
)

ACCOUNT = "smtp:laura@smtp.example.test"
PASSWORD = "contraseña de prueba ñ €"


def test_service_name_is_the_app_name():
    assert SERVICE_NAME == "Facturas"


def test_round_trip_through_the_configured_keyring(use_keyring):
    backend = use_keyring(MemoryKeyring())
    store = KeyringSecretStore()

    store.set_password(SERVICE_NAME, ACCOUNT, PASSWORD)

    assert store.is_available()
    assert backend.secrets == {(SERVICE_NAME, ACCOUNT): PASSWORD}
    assert store.get_password(SERVICE_NAME, ACCOUNT) == PASSWORD
    store.delete_password(SERVICE_NAME, ACCOUNT)
    assert store.get_password(SERVICE_NAME, ACCOUNT) is None


def test_deleting_a_missing_password_is_not_an_error(use_keyring):
    use_keyring(MemoryKeyring())

    KeyringSecretStore().delete_password(SERVICE_NAME, "never-stored")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_placeholder_backends_are_unavailable(use_keyring, backend):
    use_keyring(backend)
    store = KeyringSecretStore()

    assert not store.is_available()
    for call in (
        lambda: store.set_password(SERVICE_NAME, ACCOUNT, PASSWORD),
        lambda: store.get_password(SERVICE_NAME, ACCOUNT),
        lambda: store.delete_password(SERVICE_NAME, ACCOUNT),
    ):
        with pytest.raises(SecretUnavailable) as raised:
            call()
        assert raised.value.code == "keyring_unavailable"
        assert raised.value.params["backend"] == f"{type(backend).__module__}.Keyring"
        assert PASSWORD not in str(raised.value)


def test_a_backend_that_keeps_nothing_fails_the_read_back(use_keyring):
    use_keyring(ForgetfulKeyring())

    with pytest.raises(SecretUnavailable) as raised:
        KeyringSecretStore().set_password(SERVICE_NAME, ACCOUNT, PASSWORD)

    assert raised.value.code == "keyring_readback_mismatch"
    assert PASSWORD not in str(raised.value)


def test_backend_errors_become_secret_unavailable(use_keyring):
    use_keyring(BrokenKeyring())
    store = KeyringSecretStore()

    with pytest.raises(SecretUnavailable) as write:
        store.set_password(SERVICE_NAME, ACCOUNT, PASSWORD)
    with pytest.raises(SecretUnavailable) as read:
        store.get_password(SERVICE_NAME, ACCOUNT)
    with pytest.raises(SecretUnavailable) as delete:
        store.delete_password(SERVICE_NAME, ACCOUNT)

    assert (write.value.code, read.value.code, delete.value.code) == (
        "keyring_write_failed",
        "keyring_read_failed",
        "keyring_delete_failed",
    )
    assert "ServiceUnknown" in write.value.params["reason"]


def test_an_explicit_backend_wins_over_the_configured_one(use_keyring):
    use_keyring(fail.Keyring())
    store = KeyringSecretStore(backend=MemoryKeyring())

    store.set_password(SERVICE_NAME, ACCOUNT, PASSWORD)

    assert store.get_password(SERVICE_NAME, ACCOUNT) == PASSWORD


def test_session_store_keeps_secrets_in_memory_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = SessionSecretStore()

    store.set_password(SERVICE_NAME, ACCOUNT, PASSWORD)

    assert store.is_available()
    assert store.get_password(SERVICE_NAME, ACCOUNT) == PASSWORD
    assert PASSWORD not in repr(store)
    assert list(tmp_path.iterdir()) == []
    store.delete_password(SERVICE_NAME, ACCOUNT)
    store.delete_password(SERVICE_NAME, ACCOUNT)  # idempotent, like the keyring store
    assert store.get_password(SERVICE_NAME, ACCOUNT) is None
    assert SessionSecretStore().get_password(SERVICE_NAME, ACCOUNT) is None  # nothing shared


@pytest.mark.keyring_real
@pytest.mark.skipif(
    os.environ.get("FACTURAS_REAL_KEYRING") != "1", reason="needs tests/scripts/with_gnome_keyring.sh"
)
def test_real_secret_service_round_trip():
    from keyring.backends import SecretService

    store = KeyringSecretStore(backend=SecretService.Keyring())
    account = f"test-{uuid.uuid4()}"  # never collides with a real entry, even on a desktop

    assert store.is_available()
    store.set_password(SERVICE_NAME, account, PASSWORD)
    try:
        assert (
            KeyringSecretStore(backend=SecretService.Keyring()).get_password(SERVICE_NAME, account)
            == PASSWORD
        )
    finally:
        store.delete_password(SERVICE_NAME, account)
    assert store.get_password(SERVICE_NAME, account) is None

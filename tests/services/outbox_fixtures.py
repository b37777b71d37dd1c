"""Fixtures and steps shared by the outbox tests: a fixed clock, an in-memory keyring and services
built over a temp SQLite file that trust the test CA. A test module that imports `make_services`
also imports the mail_fixtures it stands on (trusting_context_factory, trustme_ca, use_keyring),
because pytest looks fixtures up in the test module."""

from __future__ import annotations

import datetime as dt

import pytest

from facturas_app.bootstrap import build_services
from tests.fakes import FixedClock
from tests.services.mail_fixtures import SMTP_PASSWORD, MemoryKeyring, mail_settings

START = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START.date(), START)


@pytest.fixture
def keyring_backend(use_keyring) -> MemoryKeyring:
    return use_keyring(MemoryKeyring())


@pytest.fixture
def make_services(tmp_path, clock, keyring_backend, trusting_context_factory):
    built = []

    def make(context_factory=trusting_context_factory, **kwargs):
        services = build_services(
            tmp_path / "data", clock=clock, ssl_context_factory=context_factory, **kwargs
        )
        built.append(services)
        return services

    yield make
    for services in built:
        services.close()


def configure(services, port, password=SMTP_PASSWORD, **overrides):
    services.mail_config.configure(mail_settings(port, **overrides), password)


def send_invoice(services, invoice, **options):
    entry = services.outbox.queue_invoice(invoice.id, **options)
    (result,) = services.outbox.deliver([entry.id])
    return result


def advance(clock: FixedClock, delta: dt.timedelta) -> None:
    clock.now_utc = clock.now() + delta
    clock.today_date = clock.now_utc.date()


def client_events(services, client_id):
    with services.store.read() as tx:
        return tx.list_events(client_id)

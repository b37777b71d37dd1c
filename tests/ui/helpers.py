"""Fixtures for the UI tests (imported by the test modules; conftest.py belongs to the integrator).

Qt runs offscreen; QSettings go to a temp folder so tests never read or write the user's settings.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.parties import Business, Client
from facturas_app.services.demo import DemoService
from tests.fakes import FixedClock
from ui.i18n import set_current_language
from ui.workers import SynchronousRunner

TODAY = dt.date(2026, 11, 26)
VALID_NIF = "12345678Z"


@pytest.fixture
def ui_settings(tmp_path: Path) -> Iterator[None]:
    QCoreApplication.setOrganizationName("FacturasTests")
    QCoreApplication.setApplicationName("FacturasTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    set_current_language("es")
    yield


@pytest.fixture
def services(tmp_path: Path, ui_settings: None) -> Iterator[Services]:
    built = build_services(tmp_path / "data", clock=FixedClock(TODAY))
    yield built
    built.close()


@pytest.fixture
def runner(qapp: Any) -> SynchronousRunner:
    return SynchronousRunner()


@pytest.fixture
def business_services(services: Services) -> Services:
    services.business.save(
        Business(
            name="Laura Gómez Ruiz",
            tax_id=VALID_NIF,
            address="Calle Mayor 1",
            postal_code="28013",
            city="Madrid",
            email="laura@example.com",
        )
    )
    return services


def make_client(services: Services, name: str, tax_id: str = "", city: str = "Madrid") -> Client:
    """A client with a full address (a company's is required to issue to it, RD 1619/2012 art. 6)."""
    from facturas_app.domain.ids import new_id

    client = Client(
        id=new_id(), name=name, tax_id=tax_id, city=city, address="Calle Mayor 1", postal_code="28001"
    )
    return services.clients.add(client)


_DEMO_CACHE: dict[int, Path] = {}


@pytest.fixture
def demo_services(tmp_path: Path, ui_settings: None) -> Iterator[Services]:
    """A data dir filled by the demo generator (600 invoices: several pages of every status)."""
    built = build_services(tmp_path / "demo", clock=FixedClock(TODAY))
    DemoService(built.store, built.clock).generate(600, seed=7)
    yield built
    built.close()

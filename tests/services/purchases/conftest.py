"""The expense service over a real SQLite file, for the tests of this folder that ask for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from tests.fakes import FixedClock
from tests.services.purchases.expense_world import NOW, TODAY


@pytest.fixture
def services(tmp_path: Path, database_url: str | None) -> Iterator[Services]:
    built = build_services(tmp_path, clock=FixedClock(TODAY, NOW), database_url=database_url)
    built.business.save_payload({"name": "Laura Gómez Ruiz", "tax_id": "12345678Z", "country": "ES"})
    yield built
    built.close()

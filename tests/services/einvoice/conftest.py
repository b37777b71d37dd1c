"""E-invoice test fixtures: the CEN EN 16931 rules compiled once per test session (per worker)."""

from __future__ import annotations

import pytest

from tests.services.einvoice.ubl_checks import CenRules, require_shared


@pytest.fixture(scope="session")
def cen_rules() -> CenRules:
    require_shared()
    return CenRules()

"""What the expense service tests share: the day, our tax id, a typed-in payload, and checks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from facturas_app.bootstrap import Services
from facturas_app.domain.errors import ValidationFailed

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 17, 3, 9, tzinfo=dt.UTC)
OURS = "ES12345678Z"


def payload(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "supplier": {"name": "Papelería Sol S.L.", "tax_id": "B12345674", "country": "ES"},
        "number": "FV-2026-17",
        "issue_date": "2026-11-20",
        "taxes": [
            {"base": "100.00", "vat_rate": "21", "vat": "21.00", "surcharge_rate": "0", "surcharge": "0"}
        ],
        "irpf": "0",
        "category": "material",
        "deductible_percent": "100",
    }
    return {**base, **changes}


def nothing_stored(services: Services) -> None:
    assert services.expenses.list() == [] and services.expenses.suppliers() == []


def codes(error: ValidationFailed) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in error.problems}

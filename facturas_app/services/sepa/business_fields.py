"""The business profile's SEPA fields in `business set` JSON (CLI.md: "sepa_creditor_id")."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.parties import Business
from facturas_app.domain.sepa import DEFAULT_PRENOTICE_DAYS
from facturas_app.services.inputs import Reader, require_object


def with_sepa_fields(payload: Any, business: Business) -> Business:
    r = Reader(require_object(payload))
    creditor_id = r.text("sepa_creditor_id").replace(" ", "").upper()
    days = r.integer("sepa_prenotice_days", DEFAULT_PRENOTICE_DAYS)
    if r.problems:
        raise ValidationFailed(r.problems)
    return replace(business, sepa_creditor_id=creditor_id, sepa_prenotice_days=days)

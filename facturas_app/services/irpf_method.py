"""The business's IRPF method (#21): estimación directa simplificada or normal, which decides
whether the Modelo 130 counts the gastos de difícil justificación (services/reports_purchases.py).

A business setting in the database (backed up with it), not a column of the profile: the key-value
settings table holds it, so no migration. Unset reads as simplified, the method of most autónomos
(it applies unless they renounced it or their turnover passed 600,000 €, art. 30.1 LIRPF)."""

from __future__ import annotations

from typing import Any

from facturas_app.domain.errors import Problem, ValidationFailed

SIMPLIFIED, NORMAL = "simplified", "normal"  # estimación directa simplificada / normal
IRPF_METHODS = (SIMPLIFIED, NORMAL)
SETTING_KEY = "irpf_method"
FIELD = "irpf_method"  # its key in `business set` / `business show` JSON


def stored_method(tx: Any) -> str:
    """The stored method, simplified when unset (or unreadable: never a wrong 130 from a typo)."""
    value = tx.get_setting(SETTING_KEY, SIMPLIFIED)
    return value if value in IRPF_METHODS else SIMPLIFIED


def method_in(payload: Any) -> str | None:
    """`business set`'s "irpf_method", checked; None when the JSON leaves it out (kept as stored)."""
    if not isinstance(payload, dict) or payload.get(FIELD) is None:
        return None
    value = payload[FIELD]
    if value not in IRPF_METHODS:
        params = {"value": str(value), "choices": ", ".join(IRPF_METHODS)}
        raise ValidationFailed([Problem(FIELD, "invalid_choice", params)])
    return str(value)

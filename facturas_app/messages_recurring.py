"""Words for editing and deleting recurring schedules (issue #18; see messages.py)."""

from __future__ import annotations

RECURRING_TEXTS: dict[str, tuple[str, str]] = {
    "schedule_has_history": (
        "esta programación ya emitió facturas y su historial no se borra: páusela en su lugar",
        "this schedule has issued invoices and its history is kept: pause it instead",
    ),
    "start_not_after_issued": (
        "la próxima fecha debe ser posterior a la última factura emitida ({date})",
        "the next date must come after the last invoice issued ({date})",
    ),
    "count_not_above_issued": (
        "ya se emitieron {issued} factura(s): el total debe ser mayor",
        "{issued} invoice(s) were issued already: the total must be larger",
    ),
}

"""Sample business/client/quote data for the quotes, recurring, feedback and timeline tests."""

from __future__ import annotations

from typing import Any

from tests.services.outbox_helpers import BUSINESS, client_payload

LINES = [
    {"description": "Consultoría", "quantity": "3", "unit_price": "85.50", "vat_rate": "21"},
    {
        "description": "Licencia anual",
        "quantity": "1.5",
        "unit_price": "199.999",
        "discount_percent": "7.5",
        "vat_rate": "10",
    },
    {
        "description": "Formación exenta",
        "quantity": "2",
        "unit_price": "40",
        "vat_rate": "0",
        "exemption": "E1",
    },
]


def setup_client(services: Any, language: str = "es", **extra: Any) -> Any:
    services.business.save_payload(BUSINESS)
    return services.clients.add_payload(client_payload(language, **extra))


def quote_payload(client_id: str, **extra: Any) -> dict[str, Any]:
    return {"client_id": client_id, "lines": LINES, "irpf_rate": "15", "notes": "Precio cerrado.", **extra}


def schedule_payload(client_id: str, start: str, every: str = "month", **extra: Any) -> dict[str, Any]:
    template = {
        "client_id": client_id,
        "irpf_rate": "15",
        "lines": [
            {"description": "Mantenimiento web", "quantity": "1", "unit_price": "120", "vat_rate": "21"}
        ],
    }
    return {"template": template, "every": every, "start": start, "auto_send": False, **extra}

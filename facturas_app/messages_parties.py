"""Words for deleting and archiving clients, products and drafts, and for the checks on a client's
address and tax id (issue #18; see messages.py)."""

from __future__ import annotations

_LAW = "RD 1619/2012, art. 6"

PARTIES_TEXTS: dict[str, tuple[str, str]] = {
    "client_has_documents": (
        "no se puede eliminar el cliente {name}: tiene {count} documento(s) o registro(s) de historial "
        "(facturas, borradores, presupuestos, programaciones, opiniones, correos). Archívelo en su lugar "
        '(client update {id} con {{"archived": true}})',
        "client {name} cannot be deleted: it has {count} document(s) or history record(s) (invoices, "
        "drafts, quotes, schedules, feedback, emails). Archive it instead "
        '(client update {id} with {{"archived": true}})',
    ),
    "product_in_use": (
        "no se puede eliminar el producto {name}: aparece en {count} línea(s) de documentos. "
        'Archívelo en su lugar (product update {id} con {{"archived": true}})',
        "product {name} cannot be deleted: it appears on {count} document line(s). "
        'Archive it instead (product update {id} with {{"archived": true}})',
    ),
    "draft_not_deletable": (
        "la factura {number} está emitida: no se puede eliminar (anúlela o rectifíquela)",
        "invoice {number} is issued: it cannot be deleted (cancel or rectify it)",
    ),
    "duplicate_tax_id": (
        "el NIF {tax_id} ya lo tiene otro cliente: {other_name}",
        "tax id {tax_id} already belongs to another client: {other_name}",
    ),
    "company_recipient_needs_address": (
        f"falta la dirección de {{name}}: es obligatoria en una factura a una empresa ({_LAW}); "
        "complétela en la ficha del cliente",
        f"the address of {{name}} is missing: an invoice to a company must show it ({_LAW}); "
        "fill it in on the client's record",
    ),
    "company_recipient_needs_postal_code": (
        f"falta el código postal de {{name}}: es obligatorio en una factura a una empresa ({_LAW}); "
        "complételo en la ficha del cliente",
        f"the postal code of {{name}} is missing: an invoice to a company must show it ({_LAW}); "
        "fill it in on the client's record",
    ),
    "company_recipient_needs_city": (
        f"falta la ciudad de {{name}}: es obligatoria en una factura a una empresa ({_LAW}); "
        "complétela en la ficha del cliente",
        f"the city of {{name}} is missing: an invoice to a company must show it ({_LAW}); "
        "fill it in on the client's record",
    ),
}

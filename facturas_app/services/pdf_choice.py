"""The business's default PDF template (issue #18): choosing it, and a sample invoice to show how
each template looks with the business's own header, logo and colour.

The choice is `Business.pdf_template`, stored with the business profile in the database (so it is
backed up and shared with the CLI). `services/pdf/model.choose_template` already reads it: an
explicit `--template` first, then the invoice's own template, then this default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.invoice import Invoice, InvoiceLine, Kind, Status
from facturas_app.domain.parties import Business, Client
from facturas_app.services.pdf import TEMPLATES, build_document, render_invoice_pdf

SAMPLE_DATE = dt.date(2026, 1, 15)
_PLACEHOLDER = Business(name="Su negocio", tax_id="12345678Z", address="Calle Mayor 1", city="Madrid")


def set_default_template(business_service: Any, name: str) -> Business:
    """Store `name` as the template of every PDF that does not choose its own."""
    if name not in TEMPLATES:
        raise ValidationFailed(
            [Problem("pdf_template", "invalid_choice", {"value": name, "choices": ", ".join(TEMPLATES)})]
        )
    current = business_service.require()
    return business_service.save(replace(current, pdf_template=name))  # type: ignore[no-any-return]


def sample_invoice() -> tuple[Invoice, Client]:
    """A short, realistic invoice: three lines, two VAT rates and IRPF, as most users issue."""
    client = Client(
        id="sample", name="Cliente de ejemplo S.L.", tax_id="B12345674", address="Av. del Puerto 22",
        postal_code="46021", city="Valencia",
    )  # fmt: skip
    lines = (
        InvoiceLine("Desarrollo web", Decimal("12"), Decimal("45.00"), Decimal("21"), unit="h"),
        InvoiceLine("Alojamiento anual", Decimal("1"), Decimal("120.00"), Decimal("21")),
        InvoiceLine("Formación", Decimal("2"), Decimal("60.00"), Decimal("10"), unit="h"),
    )
    invoice = Invoice(
        id="sample",
        client_id=client.id,
        lines=lines,
        issue_date=SAMPLE_DATE,
        due_date=SAMPLE_DATE + dt.timedelta(days=30),
        kind=Kind.INVOICE,
        status=Status.ISSUED,
        series="F",
        number="F-2026-0001",
        irpf_rate=Decimal("15"),
        payment_methods=("transfer",),
    )
    return invoice, client


def sample_pdf(business: Business | None, template: str) -> bytes:
    """The sample invoice in one template, with the business's data (a placeholder before setup)."""
    invoice, client = sample_invoice()
    document = build_document(invoice, business or _PLACEHOLDER, client, template=template)
    return render_invoice_pdf(document, template)

"""The pain.008.001.02 file (the version Spanish banks take), built and XSD-checked by sepaxml."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sepaxml import SepaDD
from sepaxml.validation import ValidationError

from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.money import to_cents
from facturas_app.domain.parties import Business
from facturas_app.domain.sepa import Mandate, bic_of, compact_iban

SCHEMA = "pain.008.001.02"
_NOT_SEPA = re.compile(r"[^A-Za-z0-9/\-?:().,'+ ]")  # the EPC's Latin character subset


@dataclass(frozen=True)
class Debit:
    """One collection: an invoice's outstanding amount under its client's mandate."""

    invoice_id: str
    number: str
    client_name: str
    amount_text: str  # Decimal as text, two places
    mandate: Mandate
    sequence_type: str

    @property
    def end_to_end_id(self) -> str:
        return sepa_text(self.number)[:35] or self.invoice_id[:35]


def sepa_text(text: str) -> str:
    return _NOT_SEPA.sub("", text)


def _config(business: Business, scheme: str) -> dict[str, object]:
    iban = compact_iban(business.iban)
    return {
        "name": business.name,
        "IBAN": iban,
        "BIC": business.bic or bic_of(iban),  # 001.02 wants the creditor's BIC
        "batch": True,
        "creditor_id": business.sepa_creditor_id,
        "currency": "EUR",
        "instrument": scheme,
    }


def _payment(debit: Debit, collection_date: dt.date) -> dict[str, object]:
    from decimal import Decimal

    payment: dict[str, object] = {
        "name": debit.client_name,
        "IBAN": compact_iban(debit.mandate.iban),
        "amount": to_cents(Decimal(debit.amount_text)),
        "type": debit.sequence_type,
        "collection_date": collection_date,
        "mandate_id": debit.mandate.mandate_id,
        "mandate_date": debit.mandate.signed_on,
        "description": f"Factura {debit.number}",
        "endtoend_id": debit.end_to_end_id,
    }
    bic = bic_of(debit.mandate.iban)
    if bic:
        payment["BIC"] = bic
    return payment


def build(
    business: Business, scheme: str, collection_date: dt.date, debits: list[Debit]
) -> tuple[str, bytes]:
    """(message id, file bytes); sepaxml checks the bytes against the ISO schema it ships."""
    document = SepaDD(_config(business, scheme), schema=SCHEMA, clean=True)
    for debit in debits:
        document.add_payment(_payment(debit, collection_date))
    try:
        return document.msg_id, document.export(validate=True)
    except ValidationError as exc:  # our checks came first: this means a value sepaxml could not fit
        detail = str(exc.__cause__ or exc)[:300]
        raise ValidationFailed([Problem("", "sepa_file_not_valid", {"detail": detail})]) from None

"""ExpenseService.update (#21) over a real SQLite file: a new file stored in the update's own
transaction (a refused one changes nothing), and a signed import edited by hand no longer shown
as verified."""

from __future__ import annotations

import pytest

from facturas_app.bootstrap import Services
from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.purchases import MAX_ATTACHMENT_BYTES
from facturas_app.services.purchases.service import EDITED, EDITED_FINDING
from tests.services.purchases.expense_world import codes, payload


def test_update_stores_the_new_file_with_the_new_data(services: Services) -> None:
    expense = services.expenses.add(payload())
    updated = services.expenses.update(expense.id, payload(number="FV-2026-99"), ("albaran.pdf", b"%PDF-1"))
    assert updated.number == "FV-2026-99"
    assert [(a.file_name, a.size) for a in services.expenses.attachments(expense.id)] == [("albaran.pdf", 6)]


def test_a_refused_file_changes_nothing(services: Services) -> None:
    expense = services.expenses.add(payload())
    with pytest.raises(ValidationFailed) as refused:
        services.expenses.update(
            expense.id, payload(number="FV-2026-99"), ("enorme.pdf", bytes(MAX_ATTACHMENT_BYTES + 1))
        )
    assert codes(refused.value) == {("file", "attachment_too_large")}
    assert services.expenses.get(expense.id) == expense
    assert services.expenses.attachments(expense.id) == []


def test_editing_the_signed_data_clears_the_signature(services: Services) -> None:
    signed = services.expenses.add_payload(payload(), source="facturae", signature="valid")
    notes = services.expenses.update(signed.id, payload(notes="revisada"))
    assert (notes.signature, notes.findings, notes.valid) == ("valid", (), True)  # not what was signed
    edited = services.expenses.update(signed.id, payload(number="FV-2026-99"))
    assert (edited.signature, edited.findings) == (EDITED, (EDITED_FINDING,))
    assert services.expenses.get(signed.id) == edited and not edited.valid
    again = services.expenses.update(signed.id, payload(number="FV-2026-98"))
    assert (again.signature, again.findings) == (EDITED, (EDITED_FINDING,))  # said once


@pytest.mark.parametrize(
    "change",
    [
        {"issue_date": "2026-11-19"},
        {"supplier": {"name": "Otra S.L.", "tax_id": "00000000T", "country": "ES"}},
    ],
)
def test_a_changed_date_or_supplier_clears_the_signature(
    services: Services, change: dict[str, object]
) -> None:
    signed = services.expenses.add_payload(payload(), source="facturae", signature="valid")
    assert services.expenses.update(signed.id, payload(**change)).signature == EDITED


def test_a_changed_tax_amount_clears_the_signature(services: Services) -> None:
    signed = services.expenses.add_payload(payload(), source="facturae", signature="absent")
    taxes = [{"base": "200.00", "vat_rate": "21", "vat": "42.00", "surcharge_rate": "0", "surcharge": "0"}]
    assert services.expenses.update(signed.id, payload(taxes=taxes)).signature == EDITED

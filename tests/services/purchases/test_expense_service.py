"""ExpenseService (#21) over a real SQLite file: typed-in and imported received invoices, the
supplier list, status to the supplier, files, and every refusal storing nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from facturas_app.bootstrap import Services
from facturas_app.domain.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from facturas_app.domain.purchases import MAX_ATTACHMENT_BYTES
from facturas_app.messages import error_text, problem_text
from tests.services.purchases.expense_world import NOW, TODAY, codes, nothing_stored, payload


# ----- typed in -----------------------------------------------------------------------------------
def test_a_typed_expense_is_stored_with_a_new_supplier_then_reuses_it(services: Services) -> None:
    first = services.expenses.add(payload())
    again = services.expenses.add(
        payload(number="FV-2026-18", supplier={"name": "Sol", "tax_id": "ES-B12345674"})
    )
    suppliers = services.expenses.suppliers()
    assert [(s.name, s.tax_id, s.country) for s in suppliers] == [("Papelería Sol S.L.", "B12345674", "ES")]
    assert first.supplier_id == again.supplier_id == suppliers[0].id
    stored = services.expenses.get(first.id)
    assert stored == first
    assert (stored.received_on, stored.status, stored.source) == (TODAY, "received", "typed")
    assert (stored.invoice_total, stored.deductible_vat) == (Decimal("121.00"), Decimal("21.00"))
    assert again.supplier_name == "Sol"  # the invoice's own snapshot; the list keeps its first copy


def test_missing_tax_amounts_are_computed_with_the_one_rounding(services: Services) -> None:
    taxes = [
        {"base": "33.33", "vat_rate": "21", "surcharge_rate": "5.2"},
        {"base": "10.05", "vat_rate": "10"},
    ]
    typed = payload(taxes=taxes, irpf_rate="15", deductible_percent="50")
    del typed["irpf"]
    expense = services.expenses.add(typed)
    assert [(t.vat, t.surcharge) for t in expense.taxes] == [(Decimal("7.00"), Decimal("1.73")),
                                                             (Decimal("1.01"), Decimal("0.00"))]  # fmt: skip
    assert expense.irpf == Decimal("6.51")  # round(43.38 × 15 %) on the bases, not on VAT
    assert expense.deductible_vat == Decimal("4.01")  # 3.50 + 0.51: half of each group, half up


def test_an_invalid_tax_id_is_refused_naming_the_field(services: Services) -> None:
    with pytest.raises(ValidationFailed) as refused:
        services.expenses.add(payload(supplier={"name": "Sol", "tax_id": "B12345675", "country": "ES"}))
    assert codes(refused.value) == {("supplier.tax_id", "invalid_tax_id")}
    assert (
        error_text(refused.value)
        == "Proveedor · NIF / ID fiscal: NIF/identificador fiscal no válido para ES: B12345675"
    )
    nothing_stored(services)


def test_amounts_that_do_not_add_up_are_refused_all_at_once(services: Services) -> None:
    taxes = [{"base": "100.00", "vat_rate": "21", "vat": "25.00"}]
    with pytest.raises(ValidationFailed) as refused:
        services.expenses.add(payload(taxes=taxes, total="130.00", irpf_rate="15", irpf="10.00"))
    expected = {("total", "expense_total_mismatch"), ("taxes[0].vat", "expense_tax_mismatch"),
                ("irpf", "expense_tax_mismatch")}  # fmt: skip
    assert codes(refused.value) == expected
    vat = next(p for p in refused.value.problems if p.field == "taxes[0].vat")
    assert (
        problem_text(vat, "en")
        == "Bases and taxes, row 1 · VAT: €25.00 does not match the base and the rate (€21.00 expected)"
    )
    nothing_stored(services)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"issue_date": "2026-12-01"}, ("issue_date", "expense_date_in_future")),
        ({"received_on": "2026-11-19"}, ("received_on", "expense_received_before_issue")),
        ({"taxes": []}, ("taxes", "expense_no_taxes")),
        (
            {"taxes": [{"base": "10.001", "vat_rate": "21", "vat": "2.10"}]},
            ("taxes[0].base", "too_many_decimals"),
        ),
        (
            {"taxes": [{"base": "10", "vat_rate": "19", "vat": "1.90"}]},
            ("taxes[0].vat_rate", "unknown_vat_rate"),
        ),
        (
            {"taxes": [{"base": "-10", "vat_rate": "21", "vat": "-2.10"}]},
            ("taxes", "expense_amount_negative"),
        ),
        ({"currency": "USD"}, ("currency", "expense_currency_not_eur")),
        ({"deductible_percent": "150"}, ("deductible_percent", "out_of_range")),
        ({"number": " "}, ("number", "required")),
        ({"supplier": "Sol"}, ("supplier", "not_an_object")),
        ({"taxes": [{"base": "diez", "vat_rate": "21"}]}, ("taxes[0].base", "not_a_number")),
        # found by review: each used to end in an arithmetic error instead of words
        ({"taxes": [{"base": "100", "vat_rate": "1e999999"}]}, ("taxes[0].vat_rate", "out_of_range")),
        ({"taxes": [{"base": "1e28", "vat_rate": "21"}]}, ("taxes[0].base", "out_of_range")),
        ({"irpf": "-50"}, ("irpf", "expense_irpf_beyond_base")),
        ({"irpf": "500"}, ("irpf", "expense_irpf_beyond_base")),
    ],
)
def test_bad_input_is_named_and_stores_nothing(
    services: Services, changes: dict[str, Any], expected: tuple[str, str]
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        services.expenses.add(payload(**changes))
    assert expected in codes(refused.value)
    assert all(problem_text(p, lang) != p.code for p in refused.value.problems for lang in ("es", "en"))
    nothing_stored(services)


def test_a_duplicate_is_a_coded_conflict(services: Services) -> None:
    services.expenses.add(payload())
    with pytest.raises(Conflict) as refused:
        services.expenses.add(payload(supplier={"name": "Sol", "tax_id": "ESB12345674", "country": "ES"}))
    assert refused.value.code == "expense_duplicate"
    assert (
        error_text(refused.value, "en")
        == "invoice FV-2026-17 from Sol is already recorded; it was not stored again"
    )
    assert len(services.expenses.list()) == 1


def test_a_credit_note_written_positive_is_stored_negative(services: Services) -> None:
    expense = services.expenses.add(payload(credit_note=True, corrects="FV-2026-10", total="121.00"))
    assert (expense.base, expense.vat, expense.invoice_total) == (Decimal("-100.00"), Decimal("-21.00"),
                                                                  Decimal("-121.00"))  # fmt: skip
    assert services.expenses.list()[0].total == Decimal("-121.00")


# ----- status, update, delete -------------------------------------------------------------------------
def test_status_moves_are_recorded_with_the_real_time(services: Services) -> None:
    expense = services.expenses.add(payload())
    accepted, event = services.expenses.set_status(expense.id, "accepted")
    paid, payment = services.expenses.set_status(expense.id, "paid", on=dt.date(2026, 11, 25))
    assert (accepted.status, accepted.status_at, event.on, event.recorded_at) == ("accepted", NOW, TODAY, NOW)
    assert (paid.status, paid.paid_on, payment.on) == ("paid", dt.date(2026, 11, 25), dt.date(2026, 11, 25))
    assert [e.status for e in services.expenses.history(expense.id)] == ["accepted", "paid"]
    with pytest.raises(InvalidTransition) as refused:
        services.expenses.set_status(expense.id, "accepted")
    # the statuses as the user's language says them, not the stored codes
    assert error_text(refused.value) == "la factura FV-2026-17 está «pagada»: no puede pasar a «aceptada»"
    assert error_text(refused.value, "en") == "invoice FV-2026-17 is “paid”: it cannot become “accepted”"


@pytest.mark.parametrize(
    ("status", "day", "reason", "expected"),
    [
        ("rejected", None, " ", ("reason", "expense_reason_required")),
        ("approved", None, "", ("status", "expense_invalid_status")),
        ("paid", dt.date(2026, 11, 27), "", ("date", "expense_date_in_future")),
    ],
)
def test_bad_status_input_is_refused(
    services: Services, status: str, day: dt.date | None, reason: str, expected: tuple[str, str]
) -> None:
    expense = services.expenses.add(payload())
    with pytest.raises(ValidationFailed) as refused:
        services.expenses.set_status(expense.id, status, day, reason)
    assert codes(refused.value) == {expected}
    assert (
        services.expenses.get(expense.id).status == "received" and services.expenses.history(expense.id) == []
    )


def test_a_rejection_keeps_its_reason_and_can_be_withdrawn(services: Services) -> None:
    expense = services.expenses.add(payload())
    rejected, _ = services.expenses.set_status(expense.id, "rejected", reason="Precio distinto del pedido")
    assert (rejected.status, rejected.reason) == ("rejected", "Precio distinto del pedido")
    assert services.expenses.set_status(expense.id, "accepted")[0].status == "accepted"


def test_update_keeps_status_and_refuses_a_new_identity_once_told(services: Services) -> None:
    expense = services.expenses.add(payload())
    updated = services.expenses.update(expense.id, payload(category="oficina", deductible_percent="50"))
    assert (updated.id, updated.category, updated.deductible_vat) == (expense.id, "oficina", Decimal("10.50"))
    services.expenses.set_status(expense.id, "accepted")
    with pytest.raises(Conflict) as refused:
        services.expenses.update(expense.id, payload(number="FV-2026-99"))
    assert refused.value.code == "expense_identity_locked"
    assert services.expenses.update(expense.id, payload(notes="revisada")).status == "accepted"
    other = services.expenses.add(payload(number="FV-2026-20"))
    with pytest.raises(Conflict):
        services.expenses.update(other.id, payload())


def test_delete_only_while_nothing_was_told(services: Services) -> None:
    told, untold = services.expenses.add(payload()), services.expenses.add(payload(number="X-1"))
    services.expenses.set_status(told.id, "paid")
    with pytest.raises(Conflict) as refused:
        services.expenses.delete(told.id)
    assert refused.value.code == "expense_not_deletable"
    services.expenses.delete(untold.id)
    assert [r.id for r in services.expenses.list()] == [told.id]
    with pytest.raises(NotFound):
        services.expenses.get(untold.id)


def test_files_are_kept_byte_for_byte_and_30_mb_is_refused(services: Services) -> None:
    expense = services.expenses.add(payload(), ("escaneo.pdf", b"%PDF-1.4\n\x00\x01"))
    info = services.expenses.attach(expense.id, "albaran.jpg", b"\xff\xd8\xff")
    assert [(a.file_name, a.size) for a in services.expenses.attachments(expense.id)] == [
        ("escaneo.pdf", 11), ("albaran.jpg", 3)]  # fmt: skip
    assert services.expenses.attachment(info.id).content == b"\xff\xd8\xff"
    with pytest.raises(ValidationFailed) as refused:
        services.expenses.attach(expense.id, "enorme.pdf", bytes(MAX_ATTACHMENT_BYTES + 1))
    assert codes(refused.value) == {("file", "attachment_too_large")}
    assert "30 MB" in error_text(refused.value)
    # the size with the reader's decimal mark: «30,0 MB» in Spanish, "30.0 MB" in English
    assert "ocupa 30,0 MB;" in error_text(refused.value, "es")
    assert "is 30.0 MB;" in error_text(refused.value, "en")
    with pytest.raises(ValidationFailed):
        services.expenses.add(payload(number="Y"), ("enorme.pdf", bytes(MAX_ATTACHMENT_BYTES + 1)))
    assert len(services.expenses.attachments(expense.id)) == 2 and len(services.expenses.list()) == 1

"""ExpenseService (#21) over a real SQLite file: typed-in and imported received invoices, the
supplier list, status to the supplier, files, and every refusal storing nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.errors import Conflict, FacturasError, InvalidTransition, NotFound, ValidationFailed
from facturas_app.domain.purchases import MAX_ATTACHMENT_BYTES
from facturas_app.messages import error_text, problem_text
from tests.fakes import FixedClock
from tests.services.purchases.ubl_samples import CREDIT_NOTE, EUR_INVOICES, NS, addressed_to, example

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


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    built = build_services(tmp_path, clock=FixedClock(TODAY, NOW))
    built.business.save_payload({"name": "Laura Gómez Ruiz", "tax_id": "12345678Z", "country": "ES"})
    yield built
    built.close()


def _nothing_stored(services: Services) -> None:
    assert services.expenses.list() == [] and services.expenses.suppliers() == []


def _codes(error: ValidationFailed) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in error.problems}


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
    assert _codes(refused.value) == {("supplier.tax_id", "invalid_tax_id")}
    assert (
        error_text(refused.value)
        == "Proveedor · NIF / ID fiscal: NIF/identificador fiscal no válido para ES: B12345675"
    )
    _nothing_stored(services)


def test_amounts_that_do_not_add_up_are_refused_all_at_once(services: Services) -> None:
    taxes = [{"base": "100.00", "vat_rate": "21", "vat": "25.00"}]
    with pytest.raises(ValidationFailed) as refused:
        services.expenses.add(payload(taxes=taxes, total="130.00", irpf_rate="15", irpf="10.00"))
    expected = {("total", "expense_total_mismatch"), ("taxes[0].vat", "expense_tax_mismatch"),
                ("irpf", "expense_tax_mismatch")}  # fmt: skip
    assert _codes(refused.value) == expected
    vat = next(p for p in refused.value.problems if p.field == "taxes[0].vat")
    assert (
        problem_text(vat, "en")
        == "Bases and taxes, row 1 · VAT: €25.00 does not match the base and the rate (€21.00 expected)"
    )
    _nothing_stored(services)


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
    ],
)
def test_bad_input_is_named_and_stores_nothing(
    services: Services, changes: dict[str, Any], expected: tuple[str, str]
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        services.expenses.add(payload(**changes))
    assert expected in _codes(refused.value)
    assert all(problem_text(p, lang) != p.code for p in refused.value.problems for lang in ("es", "en"))
    _nothing_stored(services)


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
    assert _codes(refused.value) == {expected}
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
    assert _codes(refused.value) == {("file", "attachment_too_large")}
    assert "30 MB" in error_text(refused.value)
    with pytest.raises(ValidationFailed):
        services.expenses.add(payload(number="Y"), ("enorme.pdf", bytes(MAX_ATTACHMENT_BYTES + 1)))
    assert len(services.expenses.attachments(expense.id)) == 2 and len(services.expenses.list()) == 1


# ----- imported -----------------------------------------------------------------------------------------
def _document_figures(data: bytes) -> tuple[Decimal, Decimal, str, str]:
    """BT-109 (without VAT), BT-112 (with VAT), the seller's VAT id and name, read here on their own."""
    root = etree.fromstring(data)
    money = root.find("cac:LegalMonetaryTotal", NS)
    assert money is not None
    seller = "cac:AccountingSupplierParty/cac:Party/"
    vat_id = root.findtext(seller + "cac:PartyTaxScheme/cbc:CompanyID", namespaces=NS) or ""
    name = root.findtext(seller + "cac:PartyLegalEntity/cbc:RegistrationName", namespaces=NS) or ""
    return (Decimal(money.findtext("cbc:TaxExclusiveAmount", namespaces=NS) or ""),
            Decimal(money.findtext("cbc:TaxInclusiveAmount", namespaces=NS) or ""), vat_id, name)  # fmt: skip


def _document_groups(data: bytes) -> list[tuple[Decimal, Decimal, Decimal, str]]:
    """BG-23, the VAT breakdown, as the document writes it: base, rate, VAT, category."""
    root = etree.fromstring(data)
    paths = ("cbc:TaxableAmount", "cac:TaxCategory/cbc:Percent", "cbc:TaxAmount", "cac:TaxCategory/cbc:ID")
    found = []
    for node in root.iterfind("cac:TaxTotal/cac:TaxSubtotal", NS):
        base, rate, vat, category = (node.findtext(path, namespaces=NS) or "" for path in paths)
        found.append((Decimal(base), Decimal(rate), Decimal(vat), category))
    return found


@pytest.mark.parametrize("name", EUR_INVOICES)
def test_a_cen_example_is_imported_with_its_own_figures(services: Services, name: str) -> None:
    data = addressed_to(example(name), OURS)
    result = services.expenses.import_file(name, data)
    without_vat, with_vat, vat_id, seller = _document_figures(data)
    expense = services.expenses.get(result.expense.id if result.expense else "")
    assert (expense.base, expense.invoice_total, expense.source) == (without_vat, with_vat, "ubl")
    assert (
        expense.supplier_tax_id == vat_id.replace(".", "").replace(" ", "")
        and expense.supplier_name == seller
    )
    assert expense.valid and result.problems == ()
    assert [(t.base, t.vat_rate, t.vat, t.category) for t in expense.taxes] == _document_groups(data)
    files = services.expenses.attachments(expense.id)
    assert [(f.file_name, f.size) for f in files] == [(name, len(data))]
    with pytest.raises(Conflict):
        services.expenses.import_file(name, data)
    assert len(services.expenses.list()) == 1


def test_a_cen_credit_note_is_stored_negative(services: Services) -> None:
    data = addressed_to(example(CREDIT_NOTE), OURS)
    expense = services.expenses.import_file(CREDIT_NOTE, data).expense
    assert (
        expense is not None
        and expense.is_credit_note
        and expense.invoice_total == -_document_figures(data)[1]
    )


def test_an_invoice_to_another_buyer_or_in_another_currency_stores_nothing(services: Services) -> None:
    for data in (example(EUR_INVOICES[0]), addressed_to(example("guide-example3.xml"), OURS)):
        with pytest.raises(FacturasError) as refused:
            services.expenses.import_file("x.xml", data)
        assert refused.value.bad_input and error_text(refused.value) != refused.value.code
    _nothing_stored(services)


def test_a_batch_stores_each_accepted_file_and_names_each_refusal(services: Services) -> None:
    good = addressed_to(example(EUR_INVOICES[0]), OURS)
    files = [
        ("a.xml", good),
        ("b.xml", b"<nota/>"),
        ("c.xml", good),
        ("d.xml", addressed_to(good, OURS, "N-2")),
    ]
    results = services.expenses.import_files(files)
    assert [r.expense is not None for r in results] == [True, False, False, True]
    assert [r.error.code if r.error else "" for r in results] == [
        "",
        "incoming_unknown_kind",
        "expense_duplicate",
        "",
    ]
    assert sorted(r.number for r in services.expenses.list()) == ["12115118", "N-2"]


def test_every_code_the_expense_modules_raise_has_words_in_both_languages() -> None:
    import re

    from facturas_app.messages import text_for

    root = Path(__file__).resolve().parents[3] / "facturas_app"
    modules = ("domain/purchase_checks.py", "services/purchases/service.py",
               "services/purchases/expense_inputs.py", "cli/commands_expense.py")  # fmt: skip
    raised = r"(?:Problem\([^,]+,|r\.fail\([^,]+,|(?:Conflict|NotFound|InvalidTransition)\()"
    pattern = re.compile(raised + r'\s*"([a-z_]+)"')
    codes = {code for name in modules for code in pattern.findall((root / name).read_text("utf-8"))}
    assert len(codes) > 25
    assert {c for c in codes if text_for(c, "es") == c or text_for(c, "en") == c} == set()


def test_the_latest_status_gives_the_response_and_a_failed_writer_records_nothing(services: Services) -> None:
    from tests.services.purchases.test_response import assert_valid, one

    expense = services.expenses.add(payload())
    with pytest.raises(Conflict) as refused:
        services.expenses.response(expense.id)
    assert refused.value.code == "expense_no_status"

    def broken(*_: object) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        services.expenses.set_status(expense.id, "accepted", on_recorded=broken)
    assert services.expenses.get(expense.id).status == "received"
    assert services.expenses.history(expense.id) == []
    services.expenses.set_status(expense.id, "paid", on=dt.date(2026, 11, 24))
    name, data = services.expenses.response(expense.id)
    root = assert_valid(data)
    assert name.endswith(".xml") and "FV-2026-17" in name
    assert one(root, "cac:DocumentResponse/cac:Response/cbc:ResponseCode") == "PD"


def test_a_negative_structured_invoice_is_recorded_as_it_states(services: Services) -> None:
    taxes = [{"base": "-25.00", "vat_rate": "21", "vat": "-5.25"}]
    with pytest.raises(ValidationFailed):
        services.expenses.add(payload(taxes=taxes))  # typed in: «mark it as a credit note»
    expense = services.expenses.add_payload(payload(taxes=taxes, total="-30.25"), source="ubl")
    assert (expense.is_credit_note, expense.invoice_total) == (False, Decimal("-30.25"))
    changed = services.expenses.update(expense.id, payload(taxes=taxes, category="devolución"))
    assert (changed.category, changed.source, changed.base) == ("devolución", "ubl", Decimal("-25.00"))


def test_a_facturae_is_imported_and_one_in_dollars_is_asked_for_in_euros(services: Services) -> None:
    from tests.services.purchases.facturae_docs import Doc, Line, facturae_xml

    advice = Doc([Line("Asesoría fiscal noviembre", "1", "300.00", "21")], irpf_rate="15", number="18")
    expense = services.expenses.import_file("asesoria.xml", facturae_xml(advice)).expense
    assert expense is not None and expense.source == "facturae"
    assert (expense.base, expense.vat, expense.irpf, expense.total) == (
        Decimal("300.00"), Decimal("63.00"), Decimal("45.00"), Decimal("318.00"))  # fmt: skip
    dollars = Doc(advice.lines, number="19", currency="USD", eur_rate="0.9")
    with pytest.raises(ValidationFailed) as refused:
        services.expenses.import_file("dolares.xml", facturae_xml(dollars))
    assert _codes(refused.value) == {("currency", "expense_currency_type_in_euros")}
    assert "56,70" in error_text(refused.value) and "USD" in error_text(refused.value)
    assert len(services.expenses.list()) == 1


def test_a_facturx_pdf_is_imported_with_the_pdf_kept_and_a_plain_pdf_is_refused(services: Services) -> None:
    from tests.services.purchases.cii_docs import cii_from_ubl, facturx_pdf, plain_pdf

    ubl = addressed_to(example(EUR_INVOICES[1]), OURS)
    pdf = facturx_pdf(cii_from_ubl(ubl))
    result = services.expenses.import_file("factura.pdf", pdf)
    assert result.expense is not None and result.kind == "facturx"
    assert result.expense.invoice_total == _document_figures(ubl)[1]
    files = services.expenses.attachments(result.expense.id)
    kept = [(f.file_name, f.media_type, f.size) for f in files]
    assert kept == [("factura.pdf", "application/pdf", len(pdf))]
    assert services.expenses.attachment(files[0].id).content == pdf
    with pytest.raises(FacturasError) as refused:
        services.expenses.import_file("escaneo.pdf", plain_pdf())
    assert refused.value.bad_input and len(services.expenses.list()) == 1


"""ExpenseService (#21) importing received files over a real SQLite file: the CEN examples with
their own figures, credit notes, Facturae and Factur-X, batches, and refusals storing nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.bootstrap import Services
from facturas_app.domain.errors import Conflict, FacturasError, ValidationFailed
from facturas_app.messages import error_text
from tests.services.purchases.expense_world import OURS, codes, nothing_stored, payload
from tests.services.purchases.ubl_samples import CREDIT_NOTE, EUR_INVOICES, NS, addressed_to, example


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
    nothing_stored(services)


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
    assert codes(refused.value) == {("currency", "expense_currency_type_in_euros")}
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

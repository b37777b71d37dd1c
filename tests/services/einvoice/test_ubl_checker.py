"""The checker itself: the CEN example invoices pass it, and a broken one does not (so it can fail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.einvoice.ubl_checks import EXAMPLES, CenRules, assert_en16931, root_name, schema_errors

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.[xX][mM][lL]")) if EXAMPLES.is_dir() else []


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_the_cen_examples_are_schema_valid_with_no_fatal_finding(path: Path, cen_rules: CenRules) -> None:
    assert_en16931(path.read_bytes(), cen_rules)


def test_there_are_cen_examples_of_both_kinds() -> None:
    assert len(EXAMPLE_FILES) >= 10
    assert {root_name(path.read_bytes()) for path in EXAMPLE_FILES} == {"Invoice", "CreditNote"}


def _example1() -> bytes:
    return (EXAMPLES / "ubl-tc434-example1.xml").read_bytes()


def test_a_wrong_amount_due_is_a_fatal_br_co_16(cen_rules: CenRules) -> None:
    good = _example1()
    assert b"<cbc:PayableAmount" in good
    start = good.index(b"<cbc:PayableAmount")
    end = good.index(b"</cbc:PayableAmount>", start)
    opening = good[start : good.index(b">", start) + 1]
    broken = good[:start] + opening + b"1.00" + good[end:]
    assert schema_errors(broken) == []  # still a well-formed, schema-valid UBL invoice
    assert "BR-CO-16" in {f.rule for f in cen_rules.fatal(broken)}


def test_a_missing_seller_name_is_a_fatal_br_06(cen_rules: CenRules) -> None:
    good = _example1()
    supplier = good.index(b"<cac:AccountingSupplierParty>")
    start = good.index(b"<cbc:RegistrationName>", supplier)
    end = good.index(b"</cbc:RegistrationName>", start) + len(b"</cbc:RegistrationName>")
    broken = good[:start] + good[end:]
    assert "BR-06" in {f.rule for f in cen_rules.fatal(broken)}
    with pytest.raises(AssertionError, match="BR-06"):
        assert_en16931(broken, cen_rules)


def test_the_schema_check_finds_an_element_out_of_order() -> None:
    good = _example1()
    due = good.index(b"<cbc:DocumentCurrencyCode>")
    end = good.index(b"</cbc:DocumentCurrencyCode>") + len(b"</cbc:DocumentCurrencyCode>")
    element = good[due:end]
    broken = good[:due] + good[end:]
    broken = broken.replace(b"<cbc:IssueDate>", element + b"<cbc:IssueDate>", 1)
    assert schema_errors(broken)

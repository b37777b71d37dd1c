"""Bank files that must be refused (#19), each with its own message and nothing stored: a
truncated file, a wrong record length (its line number), a PDF renamed .n43, totals that do not add
up, a statement of another account, XML entity tricks, a CAMT file of another message."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from facturas_app.domain.errors import ValidationFailed
from facturas_app.messages import text_for
from tests.services.bank.bank_files import Line, camt053, n43_account, n43_file
from tests.services.bank.conftest import TODAY

DAY = TODAY - dt.timedelta(days=1)


def _good() -> list[str]:
    return n43_account(
        [Line(DAY, Decimal("121.00"), ["FRA F-2026-0001"]), Line(DAY, Decimal("-3.00"), ["COM"])], DAY, DAY
    )


def _refused(services: Any, data: bytes) -> tuple[str, dict[str, Any]]:
    with pytest.raises(ValidationFailed) as caught:
        services.bank.import_file(data)
    assert services.bank.list() == []  # nothing stored
    (problem,) = caught.value.problems
    assert text_for(problem.code, "es", **problem.params) != problem.code  # it has words
    return problem.code, problem.params


def test_a_truncated_file_is_refused(services: Any) -> None:
    records = _good()
    data = "\r\n".join(records[:-1]).encode("latin-1")  # cut before the account's record 33
    assert _refused(services, data)[0] == "bank_file_truncated"


def test_a_record_of_the_wrong_length_names_its_line(services: Any) -> None:
    records = _good()
    records[2] = records[2] + "XXXX"  # 84 characters
    code, params = _refused(services, n43_file(records, check=False))
    assert code == "bank_line_wrong_length" and params["line"] == 3


def test_damaged_digits_name_their_line(services: Any) -> None:
    records = _good()
    records[1] = records[1][:30] + "9A" + records[1][32:]  # in the amount of the first movement
    code, params = _refused(services, n43_file(records))
    assert code == "bank_line_not_digits" and params["line"] == 2


def test_totals_that_do_not_add_up_are_refused(services: Any) -> None:
    records = _good()
    records[-1] = records[-1][:20] + "00002" + records[-1][25:]  # two debits claimed, one present
    assert _refused(services, n43_file(records))[0] == "bank_file_totals_differ"


def test_a_pdf_renamed_n43_is_refused(services: Any) -> None:
    assert (
        _refused(services, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")[0]
        == "bank_file_not_norma43"
    )


def test_a_statement_of_another_account_is_refused(services: Any) -> None:
    other = n43_account([Line(DAY, Decimal("5.00"), ["X"])], DAY, DAY, account=("0049", "1500", "2710229999"))
    code, params = _refused(services, n43_file(_good(), other))
    assert code == "bank_account_unknown" and params["account"] == "004915002710229999"


def test_xml_entity_tricks_are_refused_before_parsing(services: Any) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">'
        b"<BkToCstmrStmt>&b;</BkToCstmrStmt></Document>"
    )
    assert _refused(services, bomb)[0] == "xml_entities_refused"


def test_another_xml_message_is_refused(services: Any) -> None:
    data = camt053([Line(DAY, Decimal("1.00"), ["x"])]).replace(b"camt.053.001.02", b"pain.008.001.02")
    assert _refused(services, data)[0] == "bank_file_not_camt053"


def test_an_empty_file_is_refused(services: Any) -> None:
    assert _refused(services, b"  \r\n")[0] == "bank_file_empty"

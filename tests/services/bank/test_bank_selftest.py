"""`facturas --self-test` (run on every packaged build, packaging/build_linux.sh) proves the bank
and SEPA parts are in the bundle: sepaxml's schema, schwifty's registry, the statement parsers."""

from __future__ import annotations

from pathlib import Path

from facturas_app.selftest import CHECKS


def test_the_self_test_uses_the_bank_and_sepa_parts(tmp_path: Path) -> None:
    detail = CHECKS["bank"](tmp_path)
    assert detail == "BIC CAIXESBB, CAMT account ES9121000418450200051332"

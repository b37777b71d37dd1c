"""The CLI's error lines name fields as the screens do, echo a wrong value as the JSON the user
wrote (never a Python dict) and write money as money (issue #18)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_helpers import CLIENT, LINE, run_cli, seed_in_process

NBSP = "\u00a0"


def _error(result: object) -> str:
    return json.loads(result.stdout)["error"]["message"]  # type: ignore[attr-defined]


def test_a_wrong_value_is_shown_as_json_with_the_field_label(tmp_path: Path) -> None:
    payload = json.dumps({**CLIENT, "payment_terms_days": {"a": 1}, "reminders_paused": None})
    spanish = run_cli(tmp_path, "client", "add", "-", stdin=payload)
    english = run_cli(tmp_path, "--lang", "en", "client", "add", "-", "--json", stdin=payload)
    assert spanish.returncode == english.returncode == 2
    assert 'Plazo de pago: no es un número entero: {"a": 1}' in spanish.stderr
    message = _error(english)
    assert message.startswith('Payment terms: is not a whole number: {"a": 1}')
    for leak in ("{'a'", "None", "payment_terms_days", "reminders_paused"):
        assert leak not in message and leak not in spanish.stderr


def test_an_overpayment_gives_both_amounts_as_money(tmp_path: Path) -> None:
    _client, numbers = seed_in_process(tmp_path, issue=1)
    result = run_cli(tmp_path, "payment", "add", numbers[0], "--amount", "1000")
    english = run_cli(tmp_path, "--lang", "en", "payment", "add", numbers[0], "--amount", "1000", "--json")
    assert result.returncode == english.returncode == 2
    # the seeded invoice: 3 × 85.50 + 21 % VAT − 15 % IRPF = 271.89
    assert f"el pago de 1.000,00{NBSP}€ supera lo pendiente (271,89{NBSP}€)" in result.stderr
    assert _error(english) == "the payment of €1,000.00 exceeds what is owed (€271.89)"


def test_a_bad_amount_names_the_amount_field(tmp_path: Path) -> None:
    _client, numbers = seed_in_process(tmp_path, issue=1)
    result = run_cli(tmp_path, "--lang", "en", "payment", "add", numbers[0], "--amount", "abc", "--json")
    assert result.returncode == 2
    assert _error(result) == "Amount: is not a valid number: abc"


PYTHON_REPR = re.compile(r"\{'|\[\'|': |\bNone\b|\bTrue\b|\bFalse\b|Decimal\(")
WRONG_VALUES = [
    ("client", {**CLIENT, "payment_terms_days": {"days": 30}}),
    ("client", {**CLIENT, "payment_terms_days": True}),
    ("client", {**CLIENT, "name": ["Sol", "S.A."]}),
    ("draft", {"lines": [{**LINE, "quantity": {"n": 3}}], "due_date": {"d": 1}}),
    ("draft", {"lines": [{**LINE, "unit_price": [1, 2]}], "issue_date": False}),
]


@pytest.mark.parametrize(("what", "payload"), WRONG_VALUES)
def test_no_json_error_holds_a_python_repr(tmp_path: Path, what: str, payload: dict[str, Any]) -> None:
    client_id, _numbers = seed_in_process(tmp_path)
    command = ("client", "add", "-") if what == "client" else ("invoice", "draft", "-")
    body = {**payload, "client_id": client_id} if what == "draft" else payload
    for lang in ("es", "en"):
        result = run_cli(tmp_path, "--lang", lang, *command, "--json", stdin=json.dumps(body))
        assert result.returncode == 2, result.stderr
        message = _error(result)
        assert not PYTHON_REPR.search(message), message
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", message), message  # no internal field name

"""The CLI's error lines name fields as the screens do, echo a wrong value as the JSON the user
wrote (never a Python dict) and write money as money (issue #18)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.cli_helpers import CLIENT, run_cli, seed_in_process

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

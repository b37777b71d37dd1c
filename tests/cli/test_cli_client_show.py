"""`facturas client show ID` through the real CLI on a real data folder (#19): the client shape
`client list` prints plus "mandate" — null without one, else exactly what `client mandate`
printed — and the same facts in the human output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.cli_helpers import CLIENT, ok_json, run_cli, seed_in_process
from tests.services.sepa.sepa_helpers import IBANS


@pytest.fixture
def data(tmp_path: Path) -> Path:
    seed_in_process(tmp_path / "data")
    return tmp_path / "data"


def _client_id(data: Path) -> str:
    return str(ok_json(data, "client", "list", "--json")[0]["id"])


def _mandate(data: Path, client_id: str) -> dict[str, object]:
    printed = ok_json(data, "client", "mandate", client_id, "--iban", IBANS[0],
                      "--mandate-id", "MND-7", "--signed", "2026-01-15", "--scheme", "B2B")  # fmt: skip
    return dict(printed)


def test_a_client_without_a_mandate_shows_null(data: Path) -> None:
    listed = ok_json(data, "client", "list", "--json")[0]
    shown = ok_json(data, "client", "show", listed["id"], "--json")
    assert shown == {**listed, "mandate": None}  # the list's keys kept, one added
    assert (shown["name"], shown["tax_id"], shown["city"]) == (CLIENT["name"], CLIENT["tax_id"], "Valencia")
    human = run_cli(data, "client", "show", listed["id"])
    assert human.returncode == 0, human.stderr
    assert human.stdout.splitlines() == [
        "Inmobiliaria Sol S.A. (A58818501)",
        "Av. del Puerto 22, 46021 Valencia, ES",
        "admin@sol.example",
        "Mandato SEPA: ninguno (sus facturas no se remesan)",
    ]


def test_a_client_with_a_mandate_shows_the_keys_client_mandate_printed(data: Path) -> None:
    client_id = _client_id(data)
    printed = _mandate(data, client_id)
    shown = ok_json(data, "client", "show", client_id, "--json")
    assert shown["mandate"] == printed
    expected = {"client_id": client_id, "mandate_id": "MND-7", "iban": IBANS[0],
                "signed": "2026-01-15", "scheme": "B2B", "next_sequence_type": "FRST"}  # fmt: skip
    assert shown["mandate"] == expected
    human = run_cli(data, "client", "show", client_id)
    assert human.stdout.splitlines()[-1] == (
        f"Mandato SEPA: MND-7 (B2B), IBAN {IBANS[0]}, firmado el 2026-01-15; próximo adeudo FRST"
    )
    english = run_cli(data, "--lang", "en", "client", "show", client_id)
    assert english.stdout.splitlines()[-1] == (
        f"SEPA mandate: MND-7 (B2B), IBAN {IBANS[0]}, signed on 2026-01-15; next debit FRST"
    )


def test_an_unknown_client_exits_2_without_a_traceback(data: Path) -> None:
    result = run_cli(data, "client", "show", "no-such-id", "--json")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr == "facturas: cliente no encontrado: no-such-id\n"
    assert json.loads(result.stdout)["error"]["code"] == "client_not_found"

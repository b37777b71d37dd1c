"""`--search` ignores case and accents and, for invoices, reaches the line descriptions (CLI.md,
issue #18): the real CLI in a subprocess, on books it wrote itself."""

from __future__ import annotations

import json

import pytest

from tests.cli.cli_helpers import BUSINESS, CLIENT, LINE, ok_json, run_cli


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    data = tmp_path_factory.mktemp("search")
    assert run_cli(data, "business", "set", "-", stdin=json.dumps(BUSINESS)).returncode == 0
    marta = {**CLIENT, "name": "Marta Sánchez Ruiz", "tax_id": "78957265J", "email": "marta@example.com"}
    clinic = {**CLIENT, "name": "CLÍNICA Alameda S.A.", "tax_id": "A28015865", "email": "c@example.com"}
    ids = {
        key: ok_json(data, "client", "add", "-", stdin=json.dumps(c))["id"]
        for key, c in (("marta", marta), ("clinic", clinic))
    }
    logo = {"client_id": ids["marta"], "lines": [LINE, {**LINE, "description": "Diseño de logotipo"}]}
    plain = {"client_id": ids["clinic"], "lines": [LINE]}
    numbers = {}
    for key, payload in (("logo", logo), ("plain", plain)):
        draft = ok_json(data, "invoice", "draft", "-", stdin=json.dumps(payload))
        numbers[key] = ok_json(data, "invoice", "issue", draft["id"])["number"]
    return {"dir": data, "ids": ids, "numbers": numbers}


def _client_names(books: dict[str, object], text: str) -> list[str]:
    return [c["name"] for c in ok_json(books["dir"], "client", "list", "--json", "--search", text)]  # type: ignore[arg-type]


def _invoice_numbers(books: dict[str, object], text: str) -> list[str]:
    return [i["number"] for i in ok_json(books["dir"], "invoice", "list", "--json", "--search", text)]  # type: ignore[arg-type]


def test_client_search_ignores_accents_and_case(books: dict[str, object]) -> None:
    assert _client_names(books, "sanchez") == ["Marta Sánchez Ruiz"]
    assert _client_names(books, "clinica") == ["CLÍNICA Alameda S.A."]
    assert _client_names(books, "a28015865") == ["CLÍNICA Alameda S.A."]


def test_invoice_search_reaches_the_lines(books: dict[str, object]) -> None:
    numbers = books["numbers"]
    assert _invoice_numbers(books, "logotipo") == [numbers["logo"]]  # type: ignore[index]
    assert _invoice_numbers(books, "diseño") == [numbers["logo"]]  # type: ignore[index]
    assert _invoice_numbers(books, "DISENO") == [numbers["logo"]]  # type: ignore[index]
    assert _invoice_numbers(books, "clinica") == [numbers["plain"]]  # type: ignore[index]
    assert sorted(_invoice_numbers(books, "consultoria")) == sorted(numbers.values())  # type: ignore[attr-defined]


def test_the_text_list_finds_the_same(books: dict[str, object]) -> None:
    shown = run_cli(books["dir"], "invoice", "list", "--search", "logotipo")  # type: ignore[arg-type]
    assert shown.returncode == 0, shown.stderr
    assert books["numbers"]["logo"] in shown.stdout  # type: ignore[index]
    assert books["numbers"]["plain"] not in shown.stdout  # type: ignore[index]

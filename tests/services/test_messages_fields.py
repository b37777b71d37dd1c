"""Messages name the field as the screen does and write money as money (issue #18): not
'amount: no es un número válido', 'from_address: …' or '1000.00 supera lo pendiente (810.30)'."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facturas_app.domain.errors import Conflict, Problem, ValidationFailed
from facturas_app.messages import error_text, problem_text
from facturas_app.messages_fields import FIELD_LABELS, field_label

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"
# Fields the user never types in a form: CLI options, AEAT record elements (shown in AEAT's own
# words), structure of a JSON payload. Their messages say what is wrong without a screen label.
NOT_ON_A_SCREEN = frozenset(
    {"", "output", "export", "text", "mode", "channel", "stages", "invoices", "previous", "rectified",
     "rectification", "rectification_kind", "rectification_amounts", "rectifies_id", "generated_at",
     "cuota_total", "importe_total", "breakdown", "time_zone", "timeout_s", "days_after_payment", "endpoint"}
)  # fmt: skip


@pytest.mark.parametrize(
    ("problem", "spanish", "english"),
    [
        (
            Problem("amount", "not_a_number", {"value": "abc"}),
            "Importe: no es un número válido: abc",
            "Amount: is not a valid number: abc",
        ),
        (
            Problem("from_address", "required"),
            "Dirección del remitente: es obligatorio",
            "Sender address: is required",
        ),
        (
            Problem("lines[2].unit_price", "negative_not_allowed"),
            "Línea 3 · Precio: no puede ser negativo",
            "Line 3 · Price: cannot be negative",
        ),
        (
            Problem("client.tax_id", "required"),
            "Cliente · NIF / ID fiscal: es obligatorio",
            "Client · Tax ID: is required",
        ),
    ],
)
def test_a_problem_names_its_field_as_the_form_does(problem: Problem, spanish: str, english: str) -> None:
    assert problem_text(problem, "es") == spanish
    assert problem_text(problem, "en") == english
    assert error_text(ValidationFailed([problem]), "en") == english


def test_money_in_a_message_is_written_as_money_in_each_language() -> None:
    error = Conflict("overpayment", amount="1000.00", outstanding="810.30")
    assert error_text(error, "es") == f"el pago de 1.000,00{NBSP}€ supera lo pendiente (810,30{NBSP}€)"
    assert error_text(error, "en") == "the payment of €1,000.00 exceeds what is owed (€810.30)"


def test_an_amount_out_of_range_gives_its_limits_as_money() -> None:
    problem = Problem("amount", "out_of_range", {"min": "0.01", "max": "999999999.99"})
    assert problem_text(problem, "en") == "Amount: out of range (€0.01–€999,999,999.99)"
    assert problem_text(problem, "es") == f"Importe: fuera de rango (0,01{NBSP}€–999.999.999,99{NBSP}€)"


def test_english_labels_are_the_screens_english() -> None:
    """Where a form shows the same Spanish label, its English in facturas_en.ts is the message's."""
    screen: dict[str, set[str]] = {}
    root = ET.parse(ROOT / "resources" / "translations" / "facturas_en.ts").getroot()
    for message in root.iter("message"):
        screen.setdefault(message.findtext("source") or "", set()).add(message.findtext("translation") or "")
    shown = {name: pair for name, pair in FIELD_LABELS.items() if pair[0] in screen}
    assert len(shown) > 50  # nearly every label is a form's own
    wrong = {name: (english, screen[spanish]) for name, (spanish, english) in shown.items()}
    assert {n: w for n, w in wrong.items() if w[0] not in w[1]} == {}


READER_METHODS = ("text", "decimal", "integer", "boolean", "date", "choice")


def _problem_fields() -> set[str]:
    """The literal field names of every Problem(...) in the app, and every key a JSON Reader reads
    (services/inputs.py: its problems carry the key as their field)."""
    names: set[str] = set()
    for path in (ROOT / "facturas_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _names_a_field(node):
                names.add(node.args[0].value)  # type: ignore[attr-defined]
    return names


def _names_a_field(call: ast.Call) -> bool:
    first = call.args[0] if call.args else None
    if not isinstance(first, ast.Constant) or not isinstance(first.value, str):
        return False
    if getattr(call.func, "id", "") in ("Problem", "single_problem"):
        return True
    reader = getattr(call.func, "value", None)
    return getattr(call.func, "attr", "") in READER_METHODS and getattr(reader, "id", "") in ("r", "reader")


def test_every_field_a_problem_names_has_a_label() -> None:
    fields = _problem_fields()
    assert len(fields) > 30
    missing = sorted(f for f in fields - NOT_ON_A_SCREEN if field_label(f, "es") == f)
    assert missing == []

"""The one parser of typed input (services/inputs.py) at its limits (#17): strict ISO dates and what
no JSON document may hold."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from facturas_app.services.inputs import MAX_JSON_DEPTH, json_problems, parse_iso_date


@pytest.mark.parametrize(
    "text",
    [
        "20261126",
        "2026-W48-4",
        "2026-W48",
        "٢٠٢٦-١١-٢٦",
        "2026-１１-26",
        "2026-11-26T00:00",
        " 2026-11-26",
        "2026-11-26\n",
        "2026-02-30",
    ],
)
def test_only_yyyy_mm_dd_in_ascii_digits_is_a_date(text: str) -> None:
    # date.fromisoformat (Python 3.11+) takes the first two, and str.isdigit the Arabic-Indic digits.
    with pytest.raises(ValueError):
        parse_iso_date(text)


def test_a_plain_iso_date_is_read() -> None:
    assert parse_iso_date("2026-11-26") == dt.date(2026, 11, 26)


def test_nesting_past_the_limit_is_refused_and_at_it_is_taken() -> None:
    at_limit = json.loads("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH)
    past = json.loads('{"a": ' * (MAX_JSON_DEPTH + 1) + "1" + "}" * (MAX_JSON_DEPTH + 1))
    assert json_problems(at_limit) == []
    assert [p.code for p in json_problems(past)] == ["json_too_deep"]


def test_a_lone_surrogate_is_found_with_its_path_in_values_and_keys() -> None:
    value = json.loads('{"client_id": "x", "lines": [{"description": "ok"}, {"unit": "a\\udc80"}]}')
    assert [(p.field, p.code, p.params) for p in json_problems(value)] == [
        ("lines[1].unit", "control_character", {"characters": "U+DC80"})
    ]
    assert json_problems(json.loads('{"\\ud83d": 1}'))[0].params == {"characters": "U+D83D"}
    # A paired surrogate is one ordinary character (an emoji), and a line break is the fields' business.
    assert json_problems(json.loads('{"notes": "\\ud83d\\ude00 a\\nb"}')) == []

"""AEAT's record rules (domain/verifactu_rules.py), case by case over the one table: each rule's
bad input gives its problem with AEAT's code, the nearest good input gives none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

from facturas_app.domain import verifactu_rules as rules
from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.totals import TaxableLine, compute_totals
from facturas_app.domain.verifactu import (
    BreakdownDetail,
    Recipient,
    breakdown_from_totals,
    build_alta,
    validate_numserie,
)

D = Decimal
DAY = dt.date(2026, 11, 26)
Check = Callable[[], list[Problem]]

# rule code → (input AEAT rejects, nearest input it accepts)
CASES: dict[str, tuple[Check, Check]] = {
    "verifactu_issuer_name_characters": (
        lambda: rules.issuer_name_problems("Construcciones O'Brien SL"),
        lambda: rules.issuer_name_problems("Construcciones O Brien SL"),
    ),
    "verifactu_recipient_name_characters": (
        lambda: rules.recipient_name_problems("Acme <b>SL</b>"),
        lambda: rules.recipient_name_problems("Société Générale d'Études"),
    ),
    "verifactu_recipient_name_quotes": (
        lambda: rules.record_name_problems("Société Générale d'Études", "name"),
        lambda: rules.record_name_problems(rules.record_name("Société Générale d'Études"), "name"),
    ),
    "numserie_bad_characters": (
        lambda: validate_numserie("F'1"),
        lambda: validate_numserie("F-1"),
    ),
    "verifactu_export_regime": (
        lambda: rules.regime_problems("E2", "01", "regime"),
        lambda: rules.regime_problems("E2", rules.regime_for("E2"), "regime"),
    ),
    "verifactu_regime_02_only_exempt": (
        lambda: rules.regime_problems("S1", "02", "regime"),
        lambda: rules.regime_problems("S1", rules.regime_for("S1"), "regime"),
    ),
    "verifactu_intra_eu_needs_foreign_client": (
        lambda: rules.intra_eu_problems(["E5"], True, "client.country"),
        lambda: rules.intra_eu_problems(["E5"], False, "client.country"),
    ),
    "verifactu_reverse_charge_simplified": (
        lambda: rules.reverse_charge_problems("F2", ["S2"], "kind"),
        lambda: rules.reverse_charge_problems("F1", ["S2"], "kind"),
    ),
    "verifactu_simplified_over_limit": (
        lambda: rules.simplified_problems("F2", D("2479.35"), D("520.66"), "kind"),  # 3,000.01
        lambda: rules.simplified_problems("F2", D("2479.34"), D("520.66"), "kind"),  # 3,000.00
    ),
    "verifactu_operation_after_issue": (
        lambda: rules.date_problems(DAY - dt.timedelta(days=1), DAY, DAY),
        lambda: rules.date_problems(DAY, DAY - dt.timedelta(days=1), DAY),
    ),
    "verifactu_operation_in_future": (
        lambda: rules.date_problems(DAY, DAY + dt.timedelta(days=1), DAY)[1:],  # [0] is 1146
        lambda: rules.date_problems(DAY, DAY, DAY),
    ),
    "issue_date_in_future": (
        lambda: rules.date_problems(DAY + dt.timedelta(days=1), None, DAY),
        lambda: rules.date_problems(DAY, None, DAY),
    ),
    "verifactu_mode_off_after_records": (
        lambda: rules.mode_problems("off", records_exist=True),
        lambda: rules.mode_problems("off", records_exist=False),
    ),
}


def test_every_rule_of_the_table_has_a_case_and_no_case_is_without_a_rule() -> None:
    assert set(CASES) == {rule.code for rule in rules.RULES}
    assert len(rules.RULE_BY_CODE) == len(rules.RULES)  # codes are unique


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda rule: f"{rule.aeat}-{rule.code}")
def test_each_rule_refuses_its_bad_input_with_aeats_code(rule: rules.Rule) -> None:
    bad, good = CASES[rule.code]
    problems = bad()
    assert [p.code for p in problems] == [rule.code]
    if rule.code != "numserie_bad_characters":  # older check, its words carry no code
        assert problems[0].params["aeat"] == (rule.aeat if rule.aeat is not None else "")
    assert good() == []


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda rule: rule.code)
def test_each_rule_says_where_it_is_checked_and_what_aeat_says(rule: rules.Rule) -> None:
    assert rule.checked_in and rule.action in (rules.Action.REFUSE, rules.Action.REWRITE)
    assert (rule.aeat is None) == (rule.aeat_text == "")  # only the app's own rule has no AEAT text


@pytest.mark.parametrize(
    ("typed", "recorded"),
    [
        ("Société Générale d'Études", "Société Générale d’Études"),
        ('"La Estrella" SL', "“La Estrella” SL"),
        ('Bar "El Puerto" de l\'Horta', "Bar “El Puerto” de l’Horta"),
        ("Sin comillas, S.A.", "Sin comillas, S.A."),
    ],
)
def test_record_name_writes_quotes_as_typographic_marks(typed: str, recorded: str) -> None:
    assert rules.record_name(typed) == recorded
    assert rules.record_name_problems(recorded, "name") == []


def test_the_issuer_name_refuses_every_forbidden_character_and_names_them() -> None:
    (found,) = rules.issuer_name_problems("A<B>C\"D'E=F", "business.name")
    assert (found.field, found.params["characters"]) == ("business.name", "«<» «>» «\"» «'» «=»")


@pytest.mark.parametrize(
    ("exemption", "regime"), [("E2", "02"), ("E3", "02"), ("E1", "01"), ("E5", "01"), ("S2", "01")]
)
def test_breakdown_from_totals_gives_exports_regime_02(exemption: str, regime: str) -> None:
    totals = compute_totals([TaxableLine(D("1"), D("100"), D("0"), D("0"), D("0"), exemption)], D("0"))
    assert [group.regime for group in breakdown_from_totals(totals.groups)] == [regime]


def test_a_taxed_line_beside_an_export_keeps_the_general_regime() -> None:
    lines = [
        TaxableLine(D("1"), D("100"), D("0"), D("0"), D("0"), "E2"),
        TaxableLine(D("1"), D("50"), D("0"), D("21"), D("0")),
    ]
    groups = breakdown_from_totals(compute_totals(lines, D("0")).groups)
    assert sorted((g.operation, g.regime) for g in groups) == [("E2", "02"), ("S1", "01")]


# --- the same rules guard the record itself ------------------------------------------------------


def alta(**changes: object) -> None:
    fields: dict[str, object] = dict(
        issuer_nif="89890001K", issuer_name="Emisor SL", number="F-1", issue_date=DAY,
        invoice_type="F1", description="Servicios", breakdown=[BreakdownDetail("S1", D("100.00"), D("21"),
        D("21.00"))], cuota_total=D("21.00"), importe_total=D("121.00"), previous=None,
        generated_at=dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC),
        recipients=[Recipient("Cliente SL", nif="A58818501")],
    )  # fmt: skip
    fields.update(changes)
    build_alta(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"issuer_name": "Emisor D'Or SL"}, "verifactu_issuer_name_characters"),
        ({"recipients": [Recipient("Cliente 'X'", nif="A58818501")]}, "verifactu_recipient_name_quotes"),
        ({"recipients": [Recipient("Cliente <X>", nif="A58818501")]}, "verifactu_recipient_name_characters"),
        ({"breakdown": [BreakdownDetail("E2", D("100.00"))], "cuota_total": D("0"),
          "importe_total": D("100.00")}, "verifactu_export_regime"),
        ({"breakdown": [BreakdownDetail("E5", D("100.00"))], "cuota_total": D("0"),
          "importe_total": D("100.00")}, "verifactu_intra_eu_needs_foreign_client"),
        ({"invoice_type": "F2", "recipients": [], "breakdown": [BreakdownDetail("S1", D("2500.00"),
          D("21"), D("525.00"))], "cuota_total": D("525.00"), "importe_total": D("3025.00")},
         "verifactu_simplified_over_limit"),
        ({"operation_date": DAY + dt.timedelta(days=1)}, "verifactu_operation_after_issue"),
        # 23:30 UTC on the 26th is 00:30 on the 27th in Madrid: the record's day is Spain's.
        ({"issue_date": DAY + dt.timedelta(days=1),
          "generated_at": dt.datetime(2026, 11, 26, 23, 30, tzinfo=dt.UTC)}, None),
        ({"issue_date": DAY + dt.timedelta(days=1)}, "issue_date_in_future"),
    ],
)  # fmt: skip
def test_build_alta_refuses_what_aeat_would_reject(changes: dict[str, object], code: str | None) -> None:
    if code is None:
        alta(**changes)
        return
    with pytest.raises(ValidationFailed) as refused:
        alta(**changes)
    assert code in [p.code for p in refused.value.problems]


def test_an_export_record_written_with_regime_02_is_accepted() -> None:
    alta(
        breakdown=[BreakdownDetail("E2", D("100.00"), regime="02")],
        cuota_total=D("0"),
        importe_total=D("100.00"),
    )

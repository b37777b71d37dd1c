"""The deductible side of the 303 and the Modelo 130 (#21), recomputed by hand.

Every expected figure below is worked out from the raw documents in the comments beside it (plain
sums, the rounding done by hand), never by calling the functions under test again."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from facturas_app.services.irpf_method import NORMAL, SIMPLIFIED
from facturas_app.services.reports_purchases import (
    SalesToDate,
    deductible_json,
    deductible_vat,
    expenses_to_date,
    irpf_cost,
    modelo_130,
    modelo_130_json,
    summary_rows_purchases,
    vat_result,
)
from tests.services.purchases.expense_builders import expense, tax

D = Decimal
# Q1 2026
OFFICE = expense("A-1", (tax("100.00", "21", "21.00"),), issue_date=dt.date(2026, 2, 10))
CAR = expense("G-7", (tax("60.33", "21", "12.67"),), issue_date=dt.date(2026, 3, 5), deductible="50")
# Q2 2026
LUNCH = expense("T-9", (tax("45.45", "10", "4.55"),), issue_date=dt.date(2026, 4, 12), deductible="0")
CREDIT = expense("A-1R", (tax("-20.00", "21", "-4.20"),), issue_date=dt.date(2026, 5, 2), credit_note=True)
RETAIL = expense("M-3", (tax("200.00", "21", "42.00", "5.2", "10.40"),), issue_date=dt.date(2026, 5, 20))
LAWYER = expense(
    "L-2",
    (tax("300.00", "21", "63.00"),),
    issue_date=dt.date(2026, 6, 1),
    irpf_rate="15",
    irpf="45.00",
)
DISPUTED = expense(
    "X-1", (tax("1000.00", "21", "210.00"),), issue_date=dt.date(2026, 6, 15), status="rejected"
)
Q1 = [OFFICE, CAR]
Q2 = [LUNCH, CREDIT, RETAIL, LAWYER, DISPUTED]
# Our invoices (base, IRPF withheld by the client): Q1 1500.00/225.00 and 500.00/0;
# Q2 1000.00/150.00; Q3 2000.00/0. Year to date at each quarter's end:
SALES = [
    SalesToDate(D("1500.00") + D("500.00"), D("225.00")),
    SalesToDate(D("1500.00") + D("500.00") + D("1000.00"), D("225.00") + D("150.00")),
    SalesToDate(D("1500.00") + D("500.00") + D("1000.00") + D("2000.00"), D("225.00") + D("150.00")),
]


def exact(value: Decimal, text: str) -> None:
    """Equal and in cents: '27.34', not 27.340 or 27.3400000001."""
    assert str(value) == text, (value, text)


def test_q1_deductible_with_the_car_at_half() -> None:
    result = deductible_vat(Q1)
    (group,) = result.groups
    assert (group.vat_rate, group.surcharge_rate) == (D(21), D(0))
    exact(group.base, "160.33")  # 100.00 + 60.33
    exact(group.vat, "33.67")  # 21.00 + 12.67
    exact(group.deductible_base, "130.17")  # 100.00 + round(60.33 / 2 = 30.165) = 30.17 (half up)
    exact(group.deductible_vat, "27.34")  # 21.00 + round(12.67 / 2 = 6.335) = 6.34 (half up)
    exact(result.vat, "27.34")
    exact(result.non_deductible_vat, "6.33")  # 12.67 − 6.34
    assert result.boxes == {"28": D("130.17"), "29": D("27.34"), "40": D(0), "41": D(0), "45": D("27.34")}


def test_q2_credit_note_recargo_zero_percent_and_rejected() -> None:
    result = deductible_vat(Q2)
    groups = {(g.vat_rate, g.surcharge_rate): g for g in result.groups}
    assert list(groups) == [(D(21), D("5.2")), (D(21), D(0)), (D(10), D(0))]  # largest rates first
    retail, plain, lunch = groups.values()
    exact(retail.deductible_vat, "42.00")
    exact(retail.surcharge, "10.40")  # recargo paid, not deductible
    exact(plain.base, "280.00")  # −20.00 (credit note) + 300.00; the rejected 1000.00 not counted
    exact(plain.deductible_vat, "58.80")  # −4.20 + 63.00
    exact(lunch.vat, "4.55")
    exact(lunch.deductible_vat, "0.00")  # deductible 0 %
    assert result.boxes == {
        "28": D("500.00"),  # 300.00 + 200.00 (the lunch deducts nothing, so has no base here)
        "29": D("105.00"),  # 63.00 + 42.00
        "40": D("-20.00"),  # the credit note rectifies a deduction
        "41": D("-4.20"),
        "45": D("100.80"),  # 105.00 − 4.20
    }
    exact(result.vat, "100.80")
    exact(result.vat_invoiced, "105.35")  # 4.55 − 4.20 + 42.00 + 63.00
    exact(result.non_deductible_vat, "4.55")
    exact(result.surcharge, "10.40")
    exact(result.irpf_withheld, "45.00")  # what we withheld from the lawyer (Modelo 111)
    assert result.expense_count == 4


def test_the_303_result_is_due_less_deductible() -> None:
    due = D("210.00")  # box 27: the Q2 invoice of 1000.00 at 21 %
    exact(vat_result(due, deductible_vat(Q2)), "109.20")  # 210.00 − 100.80
    exact(vat_result(D("0.00"), deductible_vat(Q2)), "-100.80")  # more deductible than due


def test_an_expense_costs_its_base_and_what_it_cannot_deduct() -> None:
    exact(irpf_cost(OFFICE), "100.00")
    exact(irpf_cost(CAR), "66.66")  # 60.33 + (12.67 − 6.34)
    exact(irpf_cost(LUNCH), "50.00")  # 45.45 + 4.55 (nothing deducted)
    exact(irpf_cost(CREDIT), "-20.00")
    exact(irpf_cost(RETAIL), "210.40")  # 200.00 + recargo 10.40
    exact(irpf_cost(LAWYER), "300.00")  # the IRPF we withhold does not make it cheaper


def test_expenses_to_date() -> None:
    everything = Q1 + Q2
    exact(expenses_to_date(everything, 2026, 1), "166.66")  # 100.00 + 66.66
    # 166.66 + 50.00 − 20.00 + 210.40 + 300.00 (the rejected one left out)
    exact(expenses_to_date(everything, 2026, 2), "707.06")
    last_year = expense("Z-1", issue_date=dt.date(2025, 12, 31))
    exact(expenses_to_date([last_year], 2026, 4), "0")


def test_modelo_130_first_quarter_pays() -> None:
    m = modelo_130(2026, 1, SALES, Q1 + Q2, method=NORMAL)
    exact(m.income, "2000.00")
    exact(m.expenses, "166.66")
    exact(m.net, "1833.34")  # 2000.00 − 166.66
    exact(m.share, "366.67")  # 20 % of 1833.34 = 366.668 → 366.67
    exact(m.previous, "0")
    exact(m.withheld, "225.00")
    exact(m.result, "141.67")  # 366.67 − 0 − 225.00
    exact(m.installment, "141.67")


def test_modelo_130_negative_quarter_pays_nothing() -> None:
    m = modelo_130(2026, 2, SALES, Q1 + Q2, method=NORMAL)
    exact(m.income, "3000.00")
    exact(m.expenses, "707.06")
    exact(m.net, "2292.94")
    exact(m.share, "458.59")  # 20 % of 2292.94 = 458.588
    exact(m.previous, "141.67")  # Q1's instalment
    exact(m.withheld, "375.00")
    exact(m.result, "-58.08")  # 458.59 − 141.67 − 375.00
    exact(m.installment, "0")


def test_modelo_130_counts_only_what_was_paid_before() -> None:
    m = modelo_130(2026, 3, SALES, Q1 + Q2, method=NORMAL)
    exact(m.net, "4292.94")  # 5000.00 − 707.06
    exact(m.share, "858.59")  # 858.588
    exact(m.previous, "141.67")  # 141.67 (Q1) + 0 (Q2's negative result paid nothing)
    exact(m.result, "341.92")  # 858.59 − 141.67 − 375.00
    assert m.boxes["07"] == m.result and list(m.boxes) == ["01", "02", "03", "04", "05", "06", "07"]


def test_a_loss_gives_no_share() -> None:
    m = modelo_130(2026, 1, [SalesToDate(D("100.00"), D("0"))], Q1, method=NORMAL)
    exact(m.net, "-66.66")  # 100.00 − 166.66
    exact(m.share, "0")
    exact(m.installment, "0")


def test_modelo_130_needs_every_earlier_quarter() -> None:
    with pytest.raises(ValueError):
        modelo_130(2026, 3, SALES[:2], Q1, method=NORMAL)


def test_reverse_charge_and_intra_eu_bases_are_shown_for_self_assessment() -> None:
    service = expense("IE-1", (tax("500.00", "0", "0.00"),), issue_date=dt.date(2026, 5, 1))
    service = replace(service, taxes=(replace(service.taxes[0], category="AE"),))
    goods = expense("FR-2", (tax("120.00", "0", "0.00"),), issue_date=dt.date(2026, 5, 2))
    goods = replace(goods, taxes=(replace(goods.taxes[0], category="K"),))
    result = deductible_vat([service, goods, OFFICE])
    exact(result.self_assessed_base, "620.00")  # 500.00 + 120.00; the office supplies are ordinary
    exact(result.vat, "21.00")


def test_json_shapes() -> None:
    block = deductible_json(deductible_vat(Q2))
    assert block["vat"] == "100.80" and block["surcharge"] == "10.40"
    assert block["groups"][0] == {
        "vat_rate": "21",
        "surcharge_rate": "5.2",
        "base": "200.00",
        "vat": "42.00",
        "deductible_base": "200.00",
        "deductible_vat": "42.00",
        "surcharge": "10.40",
    }
    assert block["boxes"] == {"28": "500.00", "29": "105.00", "40": "-20.00", "41": "-4.20", "45": "100.80"}
    irpf = modelo_130_json(modelo_130(2026, 2, SALES, Q1 + Q2, method=NORMAL))
    assert {k: irpf[k] for k in ("income", "expenses", "net", "installment")} == {
        "income": "3000.00",
        "expenses": "707.06",
        "net": "2292.94",
        "installment": "0.00",
    }
    assert irpf["result"] == "-58.08" and irpf["boxes"]["05"] == "141.67"


def test_summary_rows_name_every_box() -> None:
    rows = summary_rows_purchases(
        deductible_vat(Q2), D("109.20"), modelo_130(2026, 1, SALES, Q1, method=NORMAL)
    )
    assert [(m, box) for m, box, _, _ in rows] == [
        *[("303", b) for b in ("28", "29", "40", "41", "45", "46")],
        *[("130", b) for b in ("01", "02", "03", "04", "05", "06", "07")],
        ("130", ""),
    ]
    assert rows[5][3] == D("109.20") and rows[-1][3] == D("141.67")


def test_simplified_estimation_adds_five_percent_of_the_net_before_it() -> None:
    m = modelo_130(2026, 1, SALES, Q1 + Q2, method=SIMPLIFIED)
    exact(m.hard_to_justify, "91.67")  # 5 % of (2000.00 − 166.66 = 1833.34) = 91.667
    exact(m.expenses, "258.33")  # 166.66 + 91.67: box 02 holds both
    exact(m.net, "1741.67")  # 2000.00 − 258.33
    exact(m.share, "348.33")  # 20 % of 1741.67 = 348.334
    exact(m.installment, "123.33")  # 348.33 − 225.00
    irpf = modelo_130_json(m)
    assert (irpf["hard_to_justify"], irpf["expenses"], irpf["irpf_method"]) == (
        "91.67",
        "258.33",
        "simplified",
    )


def test_hard_to_justify_is_capped_at_2000_a_year_to_date() -> None:
    # 30,000.00 of income a quarter, no costs: 5 % is 1,500.00 in Q1, 3,000.00 by Q2 → 2,000.00
    sales = [SalesToDate(D("30000.00") * q, D("0")) for q in (1, 2)]
    q1 = modelo_130(2026, 1, sales, [], method=SIMPLIFIED)
    exact(q1.hard_to_justify, "1500.00")
    exact(q1.installment, "5700.00")  # 20 % of (30000.00 − 1500.00)
    q2 = modelo_130(2026, 2, sales, [], method=SIMPLIFIED)
    exact(q2.hard_to_justify, "2000.00")  # the cap, never 3000.00
    exact(q2.net, "58000.00")
    exact(q2.installment, "5900.00")  # 20 % of 58000.00 = 11600.00 − 5700.00 paid in Q1


def test_no_hard_to_justify_on_a_loss_or_in_normal_estimation() -> None:
    loss = modelo_130(2026, 1, [SalesToDate(D("100.00"), D("0"))], Q1, method=SIMPLIFIED)
    exact(loss.hard_to_justify, "0")
    exact(loss.expenses, "166.66")
    normal = modelo_130(2026, 1, SALES, Q1, method=NORMAL)
    exact(normal.hard_to_justify, "0")
    with pytest.raises(ValueError):
        modelo_130(2026, 1, SALES, Q1, method="objetiva")

"""The money engine (SPAIN.md's one rounding rule): golden cases and hypothesis properties."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from facturas_app.domain.money import ZERO
from facturas_app.domain.totals import TaxableLine, Totals, compute_totals, line_net

D = Decimal
CENT = D("0.01")


def line(
    qty: str,
    price: str,
    vat: str = "21",
    surcharge: str = "0",
    discount: str = "0",
    exemption: str | None = None,
) -> TaxableLine:
    return TaxableLine(D(qty), D(price), D(discount), D(vat), D(surcharge), exemption)


def half_up(value: Decimal) -> Decimal:
    """An independent oracle for the rule, written from the spec (not imported from the engine)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# ----- golden cases ------------------------------------------------------------------------------
def test_golden_three_hours_at_85_50_with_irpf() -> None:
    t = compute_totals([line("3", "85.50")], D(15))
    assert (t.base, t.vat, t.surcharge, t.irpf, t.total, t.amount_due) == (
        D("256.50"),
        D("53.87"),
        D("0.00"),
        D("38.48"),
        D("310.37"),
        D("271.89"),
    )


def test_golden_spain_md_1620_example() -> None:
    t = compute_totals([line("1", "1620.00")], D(15))
    assert (t.base, t.vat, t.irpf, t.total, t.amount_due) == (
        D("1620.00"),
        D("340.20"),
        D("243.00"),
        D("1960.20"),
        D("1717.20"),
    )
    assert t.tax_total == D("340.20")


def test_golden_recargo_pairs() -> None:
    t = compute_totals(
        [line("1", "1000", "21", "5.2"), line("1", "1000", "10", "1.4"), line("1", "1000", "4", "0.5")]
    )
    by_rate = {g.vat_rate: g for g in t.groups}
    assert (by_rate[D(21)].vat, by_rate[D(21)].surcharge) == (D("210.00"), D("52.00"))
    assert (by_rate[D(10)].vat, by_rate[D(10)].surcharge) == (D("100.00"), D("14.00"))
    assert (by_rate[D(4)].vat, by_rate[D(4)].surcharge) == (D("40.00"), D("5.00"))
    assert t.total == D("3000") + D("350") + D("71")
    assert t.tax_total == D("421.00")


def test_golden_recargo_rounds_half_up() -> None:
    # 123.45 × 5.2 % = 6.4194 → 6.42 ; 123.45 × 21 % = 25.9245 → 25.92
    t = compute_totals([line("1", "123.45", "21", "5.2")])
    assert (t.vat, t.surcharge, t.total) == (D("25.92"), D("6.42"), D("155.79"))


def test_tobacco_surcharge_1_75() -> None:
    t = compute_totals([line("1", "200", "21", "1.75")])
    assert t.surcharge == D("3.50")


def test_line_net_with_discount_and_six_decimal_price() -> None:
    assert line_net(line("3", "85.50", discount="10")) == D("230.85")
    assert line_net(line("1000", "0.095")) == D("95.00")
    assert line_net(line("7", "0.123456")) == D("0.86")  # 0.864192
    assert line_net(line("1", "0.005")) == D("0.01")
    assert line_net(line("-1", "0.005")) == D("-0.01")


def test_tax_is_rounded_per_group_not_per_line() -> None:
    # Two lines of 1.05 at 10 %: per line 0.105 → 0.11 each (0.22); per group 2.10 → 0.21.
    t = compute_totals([line("1", "1.05", "10"), line("1", "1.05", "10")])
    assert t.vat == D("0.21")
    assert len(t.groups) == 1


def test_exempt_and_reverse_charge_lines_form_their_own_groups() -> None:
    t = compute_totals(
        [
            line("1", "100", "0", exemption="E1"),
            line("1", "100", "0", exemption="S2"),
            line("1", "100", "0"),
            line("1", "100", "21"),
        ]
    )
    keys = {(g.exemption, g.vat_rate) for g in t.groups}
    assert keys == {("E1", D(0)), ("S2", D(0)), (None, D(0)), (None, D(21))}
    assert t.base == D("400.00") and t.vat == D("21.00")


def test_irpf_is_on_the_whole_base_rounded_once() -> None:
    # Groups of 0.05 each at different rates: per-group IRPF 0.0075 → 0.01 ×2 = 0.02; whole base 0.10 → 0.02.
    # 0.03 + 0.03 at 15 %: per group 0.0045 → 0.00 ×2 = 0 ; whole 0.06 → 0.009 → 0.01.
    t = compute_totals([line("1", "0.03", "21"), line("1", "0.03", "10")], D(15))
    assert t.irpf == D("0.01")


def test_no_lines_is_all_zero() -> None:
    t = compute_totals([], D(15))
    assert (t.base, t.vat, t.irpf, t.total, t.amount_due, t.groups) == (ZERO, ZERO, ZERO, ZERO, ZERO, ())


# ----- properties --------------------------------------------------------------------------------
ES_PAIRS = [
    ("21", "0"),
    ("21", "5.2"),
    ("10", "0"),
    ("10", "1.4"),
    ("4", "0"),
    ("4", "0.5"),
    ("0", "0"),
    ("21", "1.75"),
]

quantities = st.decimals(min_value=D("-50"), max_value=D("500"), places=3).filter(lambda d: d != 0)
prices = st.decimals(min_value=D("0"), max_value=D("10000"), places=6)
discounts = st.sampled_from([D(0), D(0), D(5), D("12.5"), D(100)])


@st.composite
def taxable_lines(draw: st.DrawFn) -> TaxableLine:
    vat, surcharge = draw(st.sampled_from(ES_PAIRS))
    exemption = draw(st.sampled_from([None, None, "E1", "S2"])) if vat == "0" else None
    return TaxableLine(draw(quantities), draw(prices), draw(discounts), D(vat), D(surcharge), exemption)


line_lists = st.lists(taxable_lines(), min_size=1, max_size=8)
irpf_rates = st.sampled_from([D(0), D(7), D(15), D(19)])


def oracle_totals(lines: list[TaxableLine], irpf: Decimal) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    nets = [half_up(x.quantity * x.unit_price * (100 - x.discount_percent) / 100) for x in lines]
    groups: dict[tuple[str, Decimal, Decimal], Decimal] = {}
    for x, net in zip(lines, nets, strict=True):
        key = (x.exemption or "", x.vat_rate, x.surcharge_rate)
        groups[key] = groups.get(key, ZERO) + net
    vat = sum((half_up(b * k[1] / 100) for k, b in groups.items()), ZERO)
    surcharge = sum((half_up(b * k[2] / 100) for k, b in groups.items()), ZERO)
    base = sum(nets, ZERO)
    return base, vat, surcharge, half_up(base * irpf / 100)


@settings(max_examples=120, deadline=None)
@given(line_lists, irpf_rates)
def test_engine_matches_the_spec_oracle(lines: list[TaxableLine], irpf: Decimal) -> None:
    t = compute_totals(lines, irpf)
    base, vat, surcharge, irpf_amount = oracle_totals(lines, irpf)
    assert (t.base, t.vat, t.surcharge, t.irpf) == (base, vat, surcharge, irpf_amount)


@settings(max_examples=120, deadline=None)
@given(line_lists, irpf_rates)
def test_line_nets_sum_to_the_base_and_identities_hold(lines: list[TaxableLine], irpf: Decimal) -> None:
    t = compute_totals(lines, irpf)
    assert t.base == sum((line_net(x) for x in lines), ZERO)
    assert t.base == sum((g.base for g in t.groups), ZERO)
    assert t.vat == sum((g.vat for g in t.groups), ZERO)
    assert t.surcharge == sum((g.surcharge for g in t.groups), ZERO)
    assert t.total == t.base + t.vat + t.surcharge
    assert t.amount_due == t.total - t.irpf
    assert t.irpf == half_up(t.base * irpf / 100)
    for amount in (t.base, t.vat, t.surcharge, t.irpf, t.total, t.amount_due):
        assert amount.as_tuple().exponent == -2


@settings(max_examples=80, deadline=None)
@given(line_lists)
def test_each_group_rounds_its_tax_once(lines: list[TaxableLine]) -> None:
    t = compute_totals(lines)
    keys = {(x.exemption, x.vat_rate, x.surcharge_rate) for x in lines}
    assert len(t.groups) == len(keys)
    for g in t.groups:
        members = [
            x
            for x in lines
            if (x.exemption, x.vat_rate, x.surcharge_rate) == (g.exemption, g.vat_rate, g.surcharge_rate)
        ]
        assert g.base == sum((line_net(x) for x in members), ZERO)
        assert g.vat == half_up(g.base * g.vat_rate / 100)
        assert g.surcharge == half_up(g.base * g.surcharge_rate / 100)


@given(st.permutations(list(range(6))))
def test_line_order_does_not_change_totals(order: list[int]) -> None:
    lines = [
        line("3", "85.50"),
        line("1", "1.05", "10"),
        line("2", "0.125", "4", "0.5"),
        line("-1", "20", "21"),
        line("1", "99.99", "0", exemption="E1"),
        line("1", "10", "21", "5.2"),
    ]
    assert compute_totals([lines[i] for i in order], D(15)) == compute_totals(lines, D(15))


@settings(max_examples=60, deadline=None)
@given(line_lists, line_lists, irpf_rates)
def test_rectification_by_substitution_nets_to_the_difference(
    original_lines: list[TaxableLine], corrected_lines: list[TaxableLine], irpf: Decimal
) -> None:
    """The rectifying invoice carries the corrected full amounts; the books record it against the
    original (RegistroAlta with TipoRectificativa S: corrected minus what the original declared), so
    per tax group and in total, original + booked difference must equal the corrected invoice."""
    original = compute_totals(original_lines, irpf)
    corrected = compute_totals(corrected_lines, irpf)

    def by_group(t: Totals) -> dict[tuple[str | None, Decimal, Decimal], tuple[Decimal, Decimal, Decimal]]:
        return {(g.exemption, g.vat_rate, g.surcharge_rate): (g.base, g.vat, g.surcharge) for g in t.groups}

    before, after = by_group(original), by_group(corrected)
    zero = (ZERO, ZERO, ZERO)
    booked = {
        k: tuple(a - b for a, b in zip(after.get(k, zero), before.get(k, zero), strict=True))
        for k in before.keys() | after.keys()
    }
    # The book for the period: the original's groups plus the rectification's net per group.
    book = {k: tuple(a + b for a, b in zip(before.get(k, zero), booked[k], strict=True)) for k in booked}
    assert {k: v for k, v in book.items() if v != zero or k in after} == after
    assert sum((v[1] for v in booked.values()), ZERO) == corrected.vat - original.vat
    net_total = corrected.total - original.total
    assert original.total + net_total == corrected.total
    assert net_total == (corrected.base - original.base) + (corrected.vat - original.vat) + (
        corrected.surcharge - original.surcharge
    )
    assert (corrected.amount_due - original.amount_due) == net_total - (corrected.irpf - original.irpf)


def test_rectification_example_lowers_the_amounts() -> None:
    original = compute_totals([line("3", "85.50")], D(15))
    corrected = compute_totals([line("2", "85.50")], D(15))
    assert corrected.total - original.total == D("206.91") - D("310.37")
    assert corrected.base - original.base == D("-85.50")

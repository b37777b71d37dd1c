"""The money engine: line nets, tax groups and invoice totals by SPAIN.md's one rounding rule.

Every total the app shows, prints, mails, reports or records comes from `compute_totals`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from facturas_app.domain.money import ZERO, percent_of, round_money

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class TaxableLine:
    """The part of a line the engine needs."""

    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    vat_rate: Decimal
    surcharge_rate: Decimal
    exemption: str | None = None


@dataclass(frozen=True)
class TaxGroup:
    exemption: str | None
    vat_rate: Decimal
    surcharge_rate: Decimal
    base: Decimal
    vat: Decimal
    surcharge: Decimal


@dataclass(frozen=True)
class Totals:
    groups: tuple[TaxGroup, ...]
    base: Decimal
    vat: Decimal
    surcharge: Decimal
    irpf_rate: Decimal
    irpf: Decimal
    total: Decimal  # Σ bases + Σ VAT + Σ surcharge
    amount_due: Decimal  # total − IRPF

    @property
    def tax_total(self) -> Decimal:
        """VERI*FACTU's CuotaTotal: VAT plus surcharge."""
        return self.vat + self.surcharge


def line_net(line: TaxableLine) -> Decimal:
    """quantity × unit price × (1 − discount/100), rounded half-up to cents."""
    gross = line.quantity * line.unit_price
    return round_money(gross * (HUNDRED - line.discount_percent) / HUNDRED)


def _group_key(line: TaxableLine) -> tuple[str, Decimal, Decimal]:
    return (line.exemption or "", line.vat_rate, line.surcharge_rate)


def tax_groups(lines: Iterable[TaxableLine]) -> tuple[TaxGroup, ...]:
    """One group per (exemption, VAT rate, surcharge rate); tax rounded once per group."""
    bases: dict[tuple[str, Decimal, Decimal], Decimal] = {}
    for line in lines:
        key = _group_key(line)
        bases[key] = bases.get(key, ZERO) + line_net(line)
    groups = []
    for (exemption, vat_rate, surcharge_rate), base in bases.items():
        groups.append(
            TaxGroup(
                exemption=exemption or None,
                vat_rate=vat_rate,
                surcharge_rate=surcharge_rate,
                base=base,
                vat=percent_of(base, vat_rate),
                surcharge=percent_of(base, surcharge_rate),
            )
        )
    return tuple(sorted(groups, key=lambda g: (-g.vat_rate, -g.surcharge_rate, g.exemption or "")))


def compute_totals(lines: Iterable[TaxableLine], irpf_rate: Decimal = ZERO) -> Totals:
    groups = tax_groups(lines)
    base = sum((g.base for g in groups), ZERO)
    vat = sum((g.vat for g in groups), ZERO)
    surcharge = sum((g.surcharge for g in groups), ZERO)
    irpf = percent_of(base, irpf_rate)
    total = base + vat + surcharge
    return Totals(
        groups=groups,
        base=round_money(base),
        vat=round_money(vat),
        surcharge=round_money(surcharge),
        irpf_rate=irpf_rate,
        irpf=irpf,
        total=round_money(total),
        amount_due=round_money(total - irpf),
    )

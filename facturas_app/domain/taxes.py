"""Tax tables per country, read from the JSON data files in taxdata/ (rates are dated data)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources

from facturas_app.domain.money import to_decimal

EXEMPTIONS = ("E1", "E2", "E3", "E4", "E5", "E6")
REVERSE_CHARGE = "S2"
NOT_SUBJECT = ("N1", "N2")
LINE_TAX_CODES = (*EXEMPTIONS, REVERSE_CHARGE, *NOT_SUBJECT)


@dataclass(frozen=True)
class DatedRate:
    rate: Decimal
    valid_from: dt.date
    valid_to: dt.date | None
    label: str

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class TaxTable:
    country: str
    currency: str
    tax_name: str
    vat_rates: tuple[DatedRate, ...]
    default_vat_rate: Decimal
    surcharge_pairs: dict[Decimal, Decimal]
    surcharge_extra_rates: tuple[Decimal, ...]
    withholding_rates: tuple[Decimal, ...]
    withholding_name: str
    default_withholding_rate: Decimal
    simplified_limit: Decimal | None
    legends: dict[str, dict[str, str]]

    def vat_rates_on(self, day: dt.date) -> list[Decimal]:
        return [r.rate for r in self.vat_rates if r.valid_on(day)]

    def knows_vat_rate(self, rate: Decimal) -> bool:
        return any(r.rate == rate for r in self.vat_rates)

    def vat_rate_valid_on(self, rate: Decimal, day: dt.date) -> bool:
        return any(r.rate == rate and r.valid_on(day) for r in self.vat_rates)

    def surcharge_for(self, vat_rate: Decimal) -> Decimal | None:
        return self.surcharge_pairs.get(vat_rate)

    def knows_surcharge(self, rate: Decimal) -> bool:
        return rate == 0 or rate in self.surcharge_pairs.values() or rate in self.surcharge_extra_rates

    def legend(self, code: str, language: str) -> str:
        texts = self.legends.get(code, {})
        return texts.get(language) or texts.get("es") or ""


def _dated(item: dict[str, str | None]) -> DatedRate:
    valid_to = item.get("valid_to")
    return DatedRate(
        rate=to_decimal(item["rate"]),
        valid_from=dt.date.fromisoformat(str(item["valid_from"])),
        valid_to=dt.date.fromisoformat(valid_to) if valid_to else None,
        label=str(item.get("label") or ""),
    )


def _parse_table(raw: dict) -> TaxTable:  # type: ignore[type-arg]
    limit = raw.get("simplified_limit")
    return TaxTable(
        country=raw["country"],
        currency=raw["currency"],
        tax_name=raw["tax_name"],
        vat_rates=tuple(_dated(item) for item in raw["vat_rates"]),
        default_vat_rate=to_decimal(raw["default_vat_rate"]),
        surcharge_pairs={to_decimal(k): to_decimal(v) for k, v in raw["surcharge_pairs"].items()},
        surcharge_extra_rates=tuple(to_decimal(r) for r in raw["surcharge_extra_rates"]),
        withholding_rates=tuple(to_decimal(item["rate"]) for item in raw["withholding_rates"]),
        withholding_name=raw["withholding_name"],
        default_withholding_rate=to_decimal(raw["default_withholding_rate"]),
        simplified_limit=to_decimal(limit) if limit else None,
        legends=raw["legends"],
    )


@cache
def tax_table(country: str) -> TaxTable | None:
    """The table for a country code, or None when we ship none (then any rate 0–100 is accepted)."""
    code = country.upper()
    if not code.isalpha() or len(code) != 2:
        return None
    try:
        text = resources.files("facturas_app.domain.taxdata").joinpath(f"{code}.json").read_text("utf-8")
    except FileNotFoundError:
        return None
    return _parse_table(json.loads(text))


def supported_countries() -> list[str]:
    files = resources.files("facturas_app.domain.taxdata").iterdir()
    return sorted(f.name.removesuffix(".json") for f in files if f.name.endswith(".json"))

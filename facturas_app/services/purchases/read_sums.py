"""EN 16931's arithmetic rules on a received invoice's figures, whatever its syntax (UBL or CII):
the rules that decide whether its amounts can be trusted (lines → totals → VAT breakdown → due).

The installed app has no XSLT 2.0 processor (saxonche is a test-only dependency, too big for the
installer), so these are checked here always, as CEN's stylesheet states them: sums rounded to cents
(BR-CO-10…16, exact), each VAT breakdown's base against its lines and document-level allowances and
charges, and its VAT against base × rate (BR-x-08, BR-CO-17, within one unit, as CEN's tolerance
is). A failing rule means the figures contradict each other: the document is refused, with them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from facturas_app.domain.money import ZERO, round_money
from facturas_app.services.purchases.read_common import IncomingRefused, amount_text

ONE = Decimal(1)
Key = tuple[str, Decimal]  # a VAT category code (UNCL5305) and its rate
# The CEN rule families per VAT category code, as EN 16931 names its BR-x-08 rules.
FAMILY = {"S": "S", "Z": "Z", "E": "E", "AE": "AE", "K": "IC", "G": "G", "O": "O", "L": "IG", "M": "IP"}


@dataclass(frozen=True)
class Failure:
    """One rule broken: the total it checks (a BT id), as stated and as its parts add up."""

    rule: str
    total: str
    stated: Decimal | None
    expected: Decimal | None


@dataclass
class Figures:
    """The amounts of an EN 16931 invoice, read from its syntax. `lines` is None when the document
    carries no lines at all (Factur-X BASIC WL); `totals` maps BT-106…109 and BT-112…115."""

    currency: str
    lines: list[tuple[Key, Decimal]] | None
    adjustments: list[tuple[Key, bool, Decimal]]  # document allowances (False) and charges (True)
    totals: dict[str, Decimal | None]
    vat_totals: list[Decimal]  # BT-110 as stated in the document's currency: one is expected
    breakdown: list[tuple[Key, Decimal, Decimal]] = field(default_factory=list)  # BG-23


def _compare(rule: str, total: str, stated: Decimal | None, expected: Decimal | None) -> Failure | None:
    if stated is not None and expected is not None and stated == round_money(expected):
        return None
    return Failure(rule, total, stated, None if expected is None else round_money(expected))


def _add(*parts: Decimal | None) -> Decimal | None:
    return None if any(p is None for p in parts) else sum((p for p in parts if p is not None), ZERO)


def _or_zero(value: Decimal | None) -> Decimal:
    return ZERO if value is None else value


def _co_10(f: Figures) -> Failure | None:
    if f.lines is None:
        return None
    return _compare("BR-CO-10", "BT-106", f.totals["BT-106"], sum((a for _, a in f.lines), ZERO))


def _adjustment_rule(charge: bool) -> Callable[[Figures], Failure | None]:
    rule, total = ("BR-CO-12", "BT-108") if charge else ("BR-CO-11", "BT-107")

    def check(f: Figures) -> Failure | None:
        amounts = [a for _, is_charge, a in f.adjustments if is_charge == charge]
        if f.totals[total] is None and not amounts:
            return None
        return _compare(rule, total, f.totals[total], sum(amounts, ZERO))

    return check


def _co_13(f: Figures) -> Failure | None:
    t = f.totals
    net = _add(t["BT-106"], _or_zero(t["BT-108"]), -_or_zero(t["BT-107"]))
    return _compare("BR-CO-13", "BT-109", t["BT-109"], net)


def _co_14(f: Figures) -> Failure | None:
    stated = f.vat_totals[0] if len(f.vat_totals) == 1 else None
    return _compare("BR-CO-14", "BT-110", stated, sum((vat for _, _, vat in f.breakdown), ZERO))


def _co_15(f: Figures) -> Failure | None:
    vat = f.vat_totals[0] if len(f.vat_totals) == 1 else None
    return _compare("BR-CO-15", "BT-112", f.totals["BT-112"], _add(f.totals["BT-109"], vat))


def _co_16(f: Figures) -> Failure | None:
    t = f.totals
    due = _add(t["BT-112"], -_or_zero(t["BT-113"]), _or_zero(t["BT-114"]))
    return _compare("BR-CO-16", "BT-115", t["BT-115"], due)


def _co_18(f: Figures) -> Failure | None:
    return None if f.breakdown else Failure("BR-CO-18", "BG-23", None, None)


def _within_one(stated: Decimal, expected: Decimal) -> bool:
    return stated - ONE < expected < stated + ONE


def _base_of(f: Figures, key: Key) -> Decimal:
    """The lines' net amounts of one category and rate, plus its charges, less its allowances."""
    base = sum((amount for k, amount in f.lines or () if k == key), ZERO)
    for k, charge, amount in f.adjustments:
        if k == key:
            base += amount if charge else -amount
    return base


def _breakdown_failures(f: Figures) -> Iterator[Failure]:
    for key, base, vat in f.breakdown:
        expected = _base_of(f, key)
        if f.lines is not None and not _within_one(base, expected):
            yield Failure(f"BR-{FAMILY.get(key[0], key[0])}-08", "BT-116", base, round_money(expected))
        due = round_money(abs(base) * key[1] / 100)
        if (key[1] == 0 and vat != 0) or not _within_one(abs(vat), due):
            yield Failure("BR-CO-17", "BT-117", vat, due if vat >= 0 else -due)


RULES: tuple[Callable[[Figures], Failure | None], ...] = (
    _co_10,
    _adjustment_rule(charge=False),
    _adjustment_rule(charge=True),
    _co_13,
    _co_14,
    _co_15,
    _co_16,
    _co_18,
)


def sum_failures(figures: Figures) -> list[Failure]:
    """The arithmetic rules the figures break, in rule order."""
    found = [failure for rule in RULES if (failure := rule(figures)) is not None]
    return found + list(_breakdown_failures(figures))


def refuse_untrusted(failures: list[Failure], currency: str) -> None:
    """IncomingRefused when any rule fails: the missing totals named, or the first sum that does
    not add up with its figures (the rest by rule id)."""
    if not failures:
        return
    missing = [f.total for f in failures if f.stated is None]
    if missing:
        raise IncomingRefused("incoming_missing_totals", totals=", ".join(dict.fromkeys(missing)))
    first = failures[0]
    raise IncomingRefused(
        "incoming_amounts_do_not_add_up",
        rules=", ".join(dict.fromkeys(f.rule for f in failures)),
        total=first.total,
        stated=amount_text(first.stated or ZERO),
        expected=amount_text(first.expected or ZERO),
        currency=currency,
    )


# BT-106…BT-115 as the payload's "totals" names them (every reader's payload).
PAYLOAD_TOTALS = {
    "lines": "BT-106",
    "allowances": "BT-107",
    "charges": "BT-108",
    "without_vat": "BT-109",
    "with_vat": "BT-112",
    "prepaid": "BT-113",
    "rounding": "BT-114",
    "payable": "BT-115",
}


def payload_totals(figures: Figures) -> dict[str, str]:
    """BT-106…BT-115 as the payload's text amounts ("0" for an optional total not stated)."""
    found = {key: amount_text(figures.totals[bt] or ZERO) for key, bt in PAYLOAD_TOTALS.items()}
    found["vat"] = amount_text(figures.vat_totals[0]) if figures.vat_totals else "0"
    return found

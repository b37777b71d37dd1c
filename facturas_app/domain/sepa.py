"""SEPA direct debits (issue #19): mandates, the creditor identifier, the TARGET2 calendar and
the collection-date rules. Pure functions; the remittance file itself is services/sepa/.

The checks use python-stdnum (creditor identifier, ISO 7064 mod 97-10 as the EPC's AT-02 says)
and schwifty (IBAN check digits and each country's length and structure).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from facturas_app.domain.errors import Problem

SCHEMES = ("CORE", "B2B")
SEQUENCE_FIRST, SEQUENCE_RECURRING = "FRST", "RCUR"
DEFAULT_PRENOTICE_DAYS = 2  # Spanish banks' usual agreed pre-notification (the Rulebook's default is 14)
MAX_PRENOTICE_DAYS = 14
# The SEPA character set for identifiers (EPC guidance on the Latin subset), at most 35 long.
_SEPA_ID = re.compile(r"^[A-Za-z0-9/\-?:().,'+ ]{1,35}$")


@dataclass(frozen=True)
class Mandate:
    """A client's signed direct-debit mandate. `first_collection` is the date of the collection
    that used it first (None: never used, so the next one is FRST)."""

    client_id: str
    mandate_id: str
    iban: str
    signed_on: dt.date | None
    scheme: str = "CORE"
    first_collection: dt.date | None = None

    @property
    def sequence_type(self) -> str:
        return SEQUENCE_FIRST if self.first_collection is None else SEQUENCE_RECURRING


def compact_iban(value: str) -> str:
    return value.replace(" ", "").replace("-", "").upper()


def iban_problem(value: str, field: str = "iban") -> Problem | None:
    """Said in the user's words: the check digits (a typo, the usual case) or the rest."""
    from schwifty import IBAN  # here: importing schwifty takes 0.25 s, every start would pay it
    from schwifty.exceptions import InvalidBBANChecksum, InvalidChecksumDigits, SchwiftyException

    try:
        IBAN(compact_iban(value))
    except (InvalidChecksumDigits, InvalidBBANChecksum):
        return Problem(field, "sepa_iban_check_digits", {"value": value})
    except SchwiftyException:
        return Problem(field, "sepa_invalid_iban", {"value": value})
    return None


def bic_of(iban: str) -> str:
    """The bank's BIC from the IBAN's bank code (schwifty's registry), or "" when unknown."""
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    try:
        bic = IBAN(compact_iban(iban)).bic
    except SchwiftyException:
        return ""
    return str(bic) if bic else ""


def mask_iban(iban: str) -> str:
    """'ES76 **** **** **** **** 1234': the country, check digits and last four only."""
    text = compact_iban(iban)
    middle = " ".join("****" for _ in range(max(0, (len(text) - 8 + 3) // 4)))
    return f"{text[:4]} {middle} {text[-4:]}" if len(text) > 8 else text


def mandate_problems(mandate: Mandate, today: dt.date) -> list[Problem]:
    problems = [p for p in [iban_problem(mandate.iban)] if p]
    if not _SEPA_ID.match(mandate.mandate_id):
        problems.append(Problem("mandate_id", "sepa_invalid_mandate_id", {"value": mandate.mandate_id}))
    if mandate.signed_on is None:
        problems.append(Problem("signed", "sepa_mandate_unsigned"))
    elif mandate.signed_on > today:
        problems.append(Problem("signed", "sepa_mandate_signed_future", {"value": mandate.signed_on}))
    if mandate.scheme not in SCHEMES:
        problems.append(Problem("scheme", "sepa_invalid_scheme", {"value": mandate.scheme}))
    return problems


def creditor_id_problems(creditor_id: str, country: str) -> list[Problem]:
    """A creditor identifier of the business's own country with valid check digits."""
    if not creditor_id:
        return []
    from stdnum.eu import at_02  # python-stdnum costs ≈ 30 ms at import: only when checked (#23)
    from stdnum.exceptions import ValidationError

    value = at_02.compact(creditor_id)
    if value[:2] != country.upper():
        return [
            Problem(
                "sepa_creditor_id", "sepa_creditor_other_country", {"value": creditor_id, "country": country}
            )
        ]
    try:
        at_02.validate(value)
    except ValidationError:
        return [Problem("sepa_creditor_id", "sepa_invalid_creditor_id", {"value": creditor_id})]
    return []


def creditor_id_for(tax_id: str, country: str = "ES", suffix: str = "000") -> str:
    """The identifier a Spanish bank assigns by default: country, check digits, suffix, NIF."""
    from stdnum.eu import at_02

    return f"{country}{at_02.calc_check_digits(f'{country}00{suffix}{tax_id}')}{suffix}{tax_id}"


# ----- the TARGET2 calendar ------------------------------------------------------------------------


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter (the anonymous 'Meeus/Jones/Butcher' computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return dt.date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def target_holidays(year: int) -> set[dt.date]:
    easter = easter_sunday(year)
    fixed = {dt.date(year, 1, 1), dt.date(year, 5, 1), dt.date(year, 12, 25), dt.date(year, 12, 26)}
    return fixed | {easter - dt.timedelta(days=2), easter + dt.timedelta(days=1)}


def is_target_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in target_holidays(day.year)


def next_target_day(day: dt.date) -> dt.date:
    """`day` itself when it is a TARGET2 business day, else the next one."""
    while not is_target_day(day):
        day += dt.timedelta(days=1)
    return day


def earliest_collection(today: dt.date, prenotice_days: int) -> dt.date:
    """The first date a debit remitted today may be collected: after the pre-notification period,
    on a TARGET2 business day."""
    return next_target_day(today + dt.timedelta(days=prenotice_days))


def collection_date_problems(day: dt.date, today: dt.date, prenotice_days: int) -> list[Problem]:
    earliest = earliest_collection(today, prenotice_days)
    if day < earliest:
        return [Problem("collection_date", "sepa_collection_too_soon", {"value": day, "earliest": earliest})]
    if not is_target_day(day):
        following = next_target_day(day)
        return [
            Problem("collection_date", "sepa_collection_not_business_day", {"value": day, "next": following})
        ]
    return []

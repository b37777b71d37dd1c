"""Parsing of single cell values: numbers written the Spanish or English way, tax ids, countries.

Each parser returns the canonical value or raises `BadValue` with a stable error code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from functools import cache

from stdnum.es import nif as es_nif
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError
from stdnum.util import get_cc_module

from facturas_app.domain.money import (
    MAX_QUANTITY_OR_PRICE,
    NotADecimal,
    decimal_places,
    decimal_text,
    to_decimal,
)

EU_COUNTRIES = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
})  # fmt: skip
LANGUAGES = {
    "es": "es", "espanol": "es", "castellano": "es", "spanish": "es",
    "en": "en", "ingles": "en", "english": "en",
}  # fmt: skip
_THOUSANDS_DOT = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+")
_THOUSANDS_COMMA = re.compile(r"[0-9]{1,3}(,[0-9]{3})+")
# One separator, then exactly three digits, after a whole part that could be a thousands group.
_AMBIGUOUS = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_SEPARATORS = re.compile(r"[\s.\-/]")  # '12.345.678-Z', 'B 12 345 674': the way people type ids
_ES_POSTAL = re.compile(r"(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}")


class BadValue(ValueError):
    """A cell that cannot become the field's value; `code` is stable (e.g. 'invalid_number')."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def fold(text: str) -> str:
    """Lower case without accents: 'España' -> 'espana'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().strip())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def evident_decimal_mark(cells: Iterable[str]) -> str | None:
    """The decimal mark a file's numbers show unambiguously ('85,50', '1.234,56', '1.5'), when they
    show only one; None when they show none or both. It settles '1.500' for that file."""
    marks = {mark for mark in map(_shown_mark, cells) if mark}
    return marks.pop() if len(marks) == 1 else None


def _shown_mark(text: str) -> str | None:
    compact = re.sub(r"[\s€%\-]", "", text)
    last = max(compact.rfind("."), compact.rfind(","))
    if last < 0 or not re.fullmatch(r"[0-9.,]+", compact) or _AMBIGUOUS.fullmatch(compact):
        return None
    mark = compact[last]
    if compact.count(mark) > 1:  # '1.234.567': repeated, so thousands; the other one is the decimal mark
        return "," if mark == "." else "."
    return mark


def parse_decimal(text: str, decimal_mark: str | None = None) -> Decimal:
    """'1.234,56', '1234,56', '1,234.56', '1234.56', '21 %', '85,50 €' -> Decimal.

    One separator alone is the decimal mark (a Spanish '1,5' and an English '1.5' both mean one and
    a half); with both, the last one is the decimal mark; repeated separators are thousands. One
    separator before exactly three digits ('1.500') is ambiguous: `decimal_mark` (the file's evident
    one) settles it, and without it the cell is refused — a guess would falsify a price.
    """
    compact = re.sub(r"[\s€%]", "", text)
    sign, digits = ("-", compact[1:]) if compact.startswith("-") else ("", compact)
    try:
        return to_decimal(sign + _plain_digits(digits, decimal_mark))
    except NotADecimal as exc:
        raise BadValue("invalid_number") from exc


def _plain_digits(text: str, decimal_mark: str | None) -> str:
    if not re.fullmatch(r"[0-9.,]+", text):
        raise BadValue("invalid_number")
    last = max(text.rfind("."), text.rfind(","))
    whole, mark, fraction = text[:last], text[last : last + 1], text[last + 1 :]
    if mark and text.count(mark) > 1:  # '1.234.567': only thousands separators
        return _ungroup(text, mark)
    if not mark:
        return text
    if _AMBIGUOUS.fullmatch(text) and decimal_mark != mark:  # '1.500': 1500 in Spain, 1.5 in England
        if decimal_mark is None:
            raise BadValue("ambiguous_number")
        return whole + fraction  # the file writes decimals with the other mark: thousands
    thousands = "," if mark == "." else "."
    return _ungroup(whole, thousands) + "." + fraction if fraction else _bad()


def _ungroup(text: str, separator: str) -> str:
    if separator not in text:
        return text if re.fullmatch(r"[0-9]+", text) else _bad()
    pattern = _THOUSANDS_DOT if separator == "." else _THOUSANDS_COMMA
    return text.replace(separator, "") if pattern.fullmatch(text) else _bad()


def _bad() -> str:
    raise BadValue("invalid_number")


def parse_unit_price(text: str, decimal_mark: str | None = None) -> str:
    value = parse_decimal(text, decimal_mark)
    if value < 0:
        raise BadValue("negative")
    if value > MAX_QUANTITY_OR_PRICE:  # 30 digits: past what an invoice line can compute with
        raise BadValue("out_of_range")
    if decimal_places(value) > 6:
        raise BadValue("too_many_decimals")
    return decimal_text(value)


def parse_vat_rate(text: str, decimal_mark: str | None = None) -> str:
    value = parse_decimal(text, decimal_mark)
    if not Decimal(0) <= value <= Decimal(100):
        raise BadValue("out_of_range")
    if decimal_places(value) > 2:
        raise BadValue("too_many_decimals")
    return decimal_text(value)


def parse_days(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,3}", text) or int(text) > 365:
        raise BadValue("invalid_days")
    return int(text)


def parse_language(text: str) -> str:
    language = LANGUAGES.get(fold(text))
    if language is None:
        raise BadValue("unsupported_language")
    return language


def parse_country(text: str) -> str:
    """ISO 3166 alpha-2 from a code ('es', 'EL' for Greece) or a name in Spanish or English."""
    code = "GR" if text.upper() == "EL" else text.upper()  # 'EL': the EU VAT prefix for Greece
    if len(code) == 2 and code in _country_codes():
        return code
    by_name = _country_names().get(fold(text))
    if by_name is None:
        raise BadValue("unknown_country")
    return by_name


@cache
def _country_codes() -> frozenset[str]:
    return frozenset(_country_names().values())


@cache
def _country_names() -> dict[str, str]:
    from babel import Locale  # imported lazily: only imports need the territory names

    names: dict[str, str] = {}
    for locale in ("en", "es"):
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha():
                names[fold(name)] = code
    return names


def parse_postal_code(text: str, country: str) -> str:
    if country != "ES":
        return text
    # Excel drops the leading zero of Álava, Barcelona, Madrid... codes stored as numbers.
    padded = text.zfill(5) if re.fullmatch(r"[0-9]{4}", text) else text
    if not _ES_POSTAL.fullmatch(padded):
        raise BadValue("invalid_postal_code")
    return padded


def parse_email(text: str) -> str:
    if re.search(r"[,;\s]", text) and "@" in text:
        raise BadValue("several_emails") if text.count("@") > 1 else BadValue("invalid_email")
    if not _EMAIL.fullmatch(text) or ".." in text:
        raise BadValue("invalid_email")
    return text


def parse_tax_id(text: str, country: str) -> str:
    """Validate with python-stdnum and return the compact upper-case form.

    Spanish NIF/NIE/CIF without the 'ES' prefix; other EU numbers as VAT numbers with their
    prefix (as VIES shows them); elsewhere the country's stdnum module if there is one.
    """
    try:
        if country == "ES":
            return str(es_nif.validate(_SEPARATORS.sub("", text))).upper()
        if country in EU_COUNTRIES:
            return _eu_vat(text, country)
        return _foreign_tax_id(text, country)
    except (ValidationError, ValueError, LookupError, TypeError) as exc:
        # stdnum raises ValidationError for bad ids but a few validators trip over exotic input
        # (non-ASCII digits) with plain ValueError/KeyError: a hostile cell is still just invalid.
        raise BadValue("invalid_tax_id") from exc


def _eu_vat(text: str, country: str) -> str:
    compact = _SEPARATORS.sub("", text).upper()
    prefix = "EL" if country == "GR" else country
    if not compact.startswith(prefix):
        compact = prefix + compact  # exports often drop the prefix the country column implies
    return str(eu_vat.validate(compact)).upper()


def _foreign_tax_id(text: str, country: str) -> str:
    vat_module = get_cc_module(country.lower(), "vat")
    if vat_module is not None:
        # VAT numbers keep their country prefix, as for the EU ('GB980780684').
        return country + str(vat_module.validate(text)).upper()
    tin_module = get_cc_module(country.lower(), "tin")
    if tin_module is not None:
        return str(tin_module.validate(text)).upper()
    compact = _SEPARATORS.sub("", text).upper()
    if not compact.isalnum():
        raise BadValue("invalid_tax_id")
    return compact

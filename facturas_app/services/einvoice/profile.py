"""The one place for the e-invoice profile and the code lists we map to (#20).

UBL (ubl*.py) reads everything standard-specific from here: the specification identifier, the
hook for the Spanish CIUS, and our codes → UNCL5305 VAT categories, CEF VATEX exemption reasons,
UNCL4461 payment means and UN/ECE Rec. 20 units. The Facturae builder may share the unit and
payment tables (tell the lead before changing their meaning).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from facturas_app.domain.taxes import NOT_SUBJECT, REVERSE_CHARGE, tax_table

# ----- profile ---------------------------------------------------------------------------------
EN16931 = "urn:cen.eu:en16931:2017"


@dataclass(frozen=True)
class Profile:
    """BT-24 (CustomizationID) and BT-23 (ProfileID, none for the bare EN 16931 core).

    `checks` is the hook for the CIUS-ES (not published yet): each takes the document about to be
    written and returns the codes of the Spanish rules it breaks; `ubl_bytes` refuses then."""

    customization_id: str = EN16931
    profile_id: str | None = None
    checks: tuple[Callable[[object], list[str]], ...] = field(default=())


PROFILE = Profile()
CURRENCY = "EUR"

# ----- VAT categories (UNCL5305 subset of EN 16931) and exemption reasons (CEF VATEX) ------------
STANDARD = "S"
ZERO_RATED = "Z"
EXEMPT = "E"
REVERSE = "AE"
INTRA_EU = "K"
EXPORT = "G"
OUTSIDE_SCOPE = "O"
# Categories whose rate is always 0 and which carry an exemption reason (BR-E/AE/K/G/O-10).
WITH_REASON = (EXEMPT, REVERSE, INTRA_EU, EXPORT, OUTSIDE_SCOPE)


@dataclass(frozen=True)
class Category:
    code: str
    reason_code: str = ""  # BT-121; empty when VATEX has no code that says the same as the law


# E1 art. 20, E3 art. 22, E4 arts. 23-24, E6 other: several Directive articles each, so no
# single VATEX code fits: the Spanish legend (BT-120) says which.
_BY_EXEMPTION: dict[str, Category] = {
    "E1": Category(EXEMPT),
    "E2": Category(EXPORT, "VATEX-EU-G"),
    "E3": Category(EXEMPT),
    "E4": Category(EXEMPT),
    "E5": Category(INTRA_EU, "VATEX-EU-IC"),
    "E6": Category(EXEMPT),
    REVERSE_CHARGE: Category(REVERSE, "VATEX-EU-AE"),
    NOT_SUBJECT[0]: Category(OUTSIDE_SCOPE, "VATEX-EU-O"),
    NOT_SUBJECT[1]: Category(OUTSIDE_SCOPE, "VATEX-EU-O"),
}
MAPPED_CODES = frozenset(_BY_EXEMPTION)  # tests: every line tax code of domain/taxes.py has a row


def vat_category(exemption: str | None, vat_rate: Decimal) -> Category:
    """Our line tax code (domain/taxes.py) → its EN 16931 category; taxed lines are S, 0 % Z."""
    if exemption:
        return _BY_EXEMPTION[exemption]
    return Category(STANDARD if vat_rate > 0 else ZERO_RATED)


def exemption_text(exemption: str, language: str, country: str = "ES") -> str:
    """BT-120: the same legend the PDF prints (taxdata/ES.json)."""
    table = tax_table(country)
    return table.legend(exemption, language) if table else exemption


# ----- surcharge and withholding ------------------------------------------------------------------
# EN 16931 has no place for the recargo de equivalencia: it goes as a document-level charge
# (BG-21) outside the VAT bases, under an exempt category with this text (see ubl_totals.py).
SURCHARGE_CATEGORY = EXEMPT
SURCHARGE_REASON = {
    "es": "Recargo de equivalencia (arts. 154-163 Ley 37/1992), fuera de la base imponible del IVA",
    "en": "Equivalence surcharge (arts. 154-163 Spanish VAT Act), outside the VAT base",
}
SURCHARGE_CHARGE = {"es": "Recargo de equivalencia {rate} %", "en": "Equivalence surcharge {rate} %"}
# IRPF is withheld by the buyer and paid to the AEAT on the seller's account: Paid amount
# (BT-113), so BT-115 is what the buyer transfers; a note (BT-22) says it is a withholding.
WITHHOLDING_NOTE = {
    "es": "Retención IRPF {rate} % sobre {base} {currency}: {amount} {currency} (importe a cuenta, BT-113)",
    "en": "IRPF withholding {rate} % of {base} {currency}: {amount} {currency} (paid on account, BT-113)",
}

# ----- payment means (UNCL4461) ----------------------------------------------------------------------
CREDIT_TRANSFER = "30"
SEPA_CREDIT_TRANSFER = "58"
SEPA_DIRECT_DEBIT = "59"
PAYMENT_MEANS: dict[str, str] = {
    "cash": "10",
    "card": "48",  # bank card
    "bizum": "68",  # online payment service
    "paypal": "68",
    "other": "1",  # instrument not defined
}
# The SEPA scheme's countries (EPC list): a transfer to one of their IBANs is a SEPA transfer.
SEPA_COUNTRIES = frozenset(
    {
        *("AD", "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GI"),
        *("GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MT", "NL", "NO", "PL"),
        *("PT", "RO", "SE", "SI", "SK", "SM", "VA"),
    }
)


def transfer_code(iban: str) -> str:
    """SEPA credit transfer for an IBAN of the SEPA area, a plain credit transfer otherwise."""
    return SEPA_CREDIT_TRANSFER if iban[:2].upper() in SEPA_COUNTRIES else CREDIT_TRANSFER


# ----- units (UN/ECE Recommendation 20, with Rec. 21 packages) ----------------------------------------
ONE = "C62"
_UNITS: dict[str, str] = {
    **dict.fromkeys(("", "u", "ud", "uds", "ud.", "uds.", "un", "unidad", "unidades", "unit", "units"), ONE),
    **dict.fromkeys(("pieza", "piezas", "pza", "pc", "pcs", "piece"), "H87"),
    **dict.fromkeys(("h", "hr", "hrs", "hora", "horas", "hour", "hours"), "HUR"),
    **dict.fromkeys(("min", "minuto", "minutos", "minute", "minutes"), "MIN"),
    **dict.fromkeys(("d", "día", "dia", "días", "dias", "jornada", "jornadas", "day", "days"), "DAY"),
    **dict.fromkeys(("semana", "semanas", "week", "weeks"), "WEE"),
    **dict.fromkeys(("mes", "meses", "month", "months"), "MON"),
    **dict.fromkeys(("año", "años", "ano", "anos", "year", "years"), "ANN"),
    **dict.fromkeys(("kg", "kilo", "kilos", "kilogramo", "kilogramos"), "KGM"),
    **dict.fromkeys(("g", "gr", "gramo", "gramos"), "GRM"),
    **dict.fromkeys(("t", "tonelada", "toneladas"), "TNE"),
    **dict.fromkeys(("l", "litro", "litros", "litre", "liter"), "LTR"),
    **dict.fromkeys(("ml", "mililitro", "mililitros"), "MLT"),
    **dict.fromkeys(("m", "metro", "metros", "metro lineal", "metros lineales"), "MTR"),
    **dict.fromkeys(("cm", "centímetro", "centímetros"), "CMT"),
    **dict.fromkeys(("km", "kilómetro", "kilómetros", "kilometro", "kilometros"), "KMT"),
    **dict.fromkeys(("m2", "m²", "metro cuadrado", "metros cuadrados"), "MTK"),
    **dict.fromkeys(("m3", "m³", "metro cúbico", "metros cúbicos"), "MTQ"),
    **dict.fromkeys(("kwh", "kw·h"), "KWH"),
    **dict.fromkeys(("servicio", "servicios", "service"), "E48"),
    **dict.fromkeys(("juego", "juegos", "set", "lote", "lotes"), "SET"),
    **dict.fromkeys(("par", "pares", "pair"), "PR"),
    **dict.fromkeys(("caja", "cajas", "box"), "XBX"),
    **dict.fromkeys(("paquete", "paquetes", "pack"), "XPK"),
}
UNIT_CODES = frozenset(_UNITS.values())


def unit_code(unit: str) -> str | None:
    """The Rec. 20 code of a unit as typed («h», «Horas», «m²»), None when we do not know it."""
    return _UNITS.get(" ".join(unit.strip().lower().split()))

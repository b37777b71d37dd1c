"""Facturae's SellerParty and BuyerParty from the document's parties (as typed: street, postal code,
city), and a public administration's DIR3 offices on the buyer."""

from __future__ import annotations

from functools import cache

from lxml import etree

from facturas_app.domain.einvoice import Dir3Codes, province_of, spanish_postal_code
from facturas_app.domain.errors import Problem
from facturas_app.domain.identifiers import EU_COUNTRIES, is_spanish_company, normalize_tax_id, split_emails
from facturas_app.services.einvoice.facturae_values import bounded, sub, subs
from facturas_app.services.pdf.model import Party

# RoleTypeCode as FACe reads it: 01 oficina contable, 02 órgano gestor, 03 unidad tramitadora.
DIR3_ROLES = (
    ("01", "oficina_contable", "Oficina contable"),
    ("02", "organo_gestor", "Órgano gestor"),
    ("03", "unidad_tramitadora", "Unidad tramitadora"),
)
# Words that belong to the surname after them: «de la Fuente», «de los Ríos», «del Val».
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "i", "da", "do", "dos", "das", "san"})
# Not ISO 3166 but used for VAT: Greece's EL, Northern Ireland's XI.
_ALPHA3_EXTRA = {"EL": "GRC", "XI": "GBR"}


def party(
    parent: etree._Element, tag: str, who: Party, problems: list[Problem], dir3: Dir3Codes | None = None
) -> None:
    """`problems` collects what makes a valid Facturae impossible (missing tax id, postal code…),
    named after the side they belong to ('issuer.postal_code', 'client.tax_id')."""
    node = sub(parent, tag)
    found: list[Problem] = []
    company = _tax_identification(node, who, found)
    if dir3 is not None:
        _centres(sub(node, "AdministrativeCentres"), who, dir3)
    if company:
        _legal_entity(sub(node, "LegalEntity"), who, found)
    else:
        _individual(sub(node, "Individual"), who, found)
    side = "issuer" if tag == "SellerParty" else "client"
    problems.extend(Problem(f"{side}.{p.field}", p.code, p.params) for p in found)


def residence(country: str) -> str:
    """ResidenceTypeCode: R resident in Spain, U elsewhere in the EU, E outside it."""
    if country == "ES":
        return "R"
    return "U" if country in EU_COUNTRIES else "E"


def tax_number(who: Party) -> str:
    """Residents by their NIF alone; EU residents by their VAT number with its country prefix."""
    compact = normalize_tax_id(who.tax_id)
    kind = residence(who.country)
    if kind == "R":
        return compact.removeprefix("ES") if len(compact) == 11 else compact
    prefix = "EL" if who.country == "GR" else who.country
    if kind == "U" and not compact.startswith(prefix):
        return prefix + compact
    return compact


def is_legal_entity(who: Party) -> bool:
    """PersonTypeCode J: a Spanish CIF; abroad we cannot tell, and businesses are far more usual."""
    return residence(who.country) != "R" or is_spanish_company(who.tax_id)


def _tax_identification(node: etree._Element, who: Party, problems: list[Problem]) -> bool:
    number = tax_number(who)
    if len(number) < 3:
        problems.append(Problem("tax_id", "facturae_tax_id_missing"))
    company = is_legal_entity(who)
    subs(
        sub(node, "TaxIdentification"),
        {
            "PersonTypeCode": "J" if company else "F",
            "ResidenceTypeCode": residence(who.country),
            "TaxIdentificationNumber": bounded(number, 30),
        },
    )
    return company


def _legal_entity(node: etree._Element, who: Party, problems: list[Problem]) -> None:
    sub(node, "CorporateName", bounded(who.name, 80))
    if who.trade_name.strip():
        sub(node, "TradeName", bounded(who.trade_name, 40))
    _address(node, who, problems)
    _contact(node, who)


def _individual(node: etree._Element, who: Party, problems: list[Problem]) -> None:
    given, first, second = name_parts(who.name)
    sub(node, "Name", bounded(given, 40))
    sub(node, "FirstSurname", bounded(first, 40))
    if second:
        sub(node, "SecondSurname", bounded(second, 40))
    _address(node, who, problems)
    _contact(node, who)


def name_parts(name: str) -> tuple[str, str, str]:
    """A Spanish full name as given name and two surnames: the last two surnames (with their
    particles) are the surnames, everything before is the given name. «Laura Gómez Ruiz» →
    (Laura, Gómez, Ruiz); «Juan de la Fuente» → (Juan, de la Fuente, '')."""
    tokens = _name_tokens(name.split())
    if len(tokens) >= 3:
        return " ".join(tokens[:-2]), tokens[-2], tokens[-1]
    if len(tokens) == 2:
        return tokens[0], tokens[1], ""
    return (tokens[0] if tokens else ""), "", ""


def _name_tokens(words: list[str]) -> list[str]:
    tokens: list[str] = []
    pending: list[str] = []
    for word in words:
        if word.lower() in _PARTICLES and tokens:
            pending.append(word)
            continue
        tokens.append(" ".join([*pending, word]))
        pending = []
    if pending and tokens:
        tokens[-1] = " ".join([tokens[-1], *pending])
    return tokens


def _address(node: etree._Element, who: Party, problems: list[Problem]) -> None:
    """AddressInSpain (province from the postal code) for residents, OverseasAddress otherwise."""
    if who.country == "ES":
        _spanish_address(sub(node, "AddressInSpain"), who, problems)
        return
    overseas = sub(node, "OverseasAddress")
    town = " ".join(p for p in (who.postal_code, who.city) if p)
    subs(
        overseas,
        {
            "Address": bounded(who.street, 80),
            "PostCodeAndTown": bounded(town, 50),
            # We keep no region abroad; the town is the nearest thing to Facturae's Province.
            "Province": bounded(who.city or who.country, 20),
            "CountryCode": _alpha3(who.country, problems),
        },
    )


def _spanish_address(node: etree._Element, who: Party, problems: list[Problem]) -> None:
    postal = spanish_postal_code(who.postal_code)
    if postal is None:
        problems.append(Problem("postal_code", "facturae_postal_code", {"value": who.postal_code}))
    subs(
        node,
        {
            "Address": bounded(who.street, 80),
            "PostCode": postal or "00000",
            "Town": bounded(who.city, 50),
            "Province": province_of(postal or "") or "",
            "CountryCode": "ESP",
        },
    )


def _alpha3(country: str, problems: list[Problem]) -> str:
    code = alpha3(country)
    if code is None:
        problems.append(Problem("country", "facturae_unknown_country", {"value": country}))
    return code or "ESP"


@cache
def alpha3(country: str) -> str | None:
    import pycountry  # a dependency of schwifty; only Facturae needs alpha-3 codes

    if country in _ALPHA3_EXTRA:
        return _ALPHA3_EXTRA[country]
    found = pycountry.countries.get(alpha_2=country) if len(country) == 2 else None
    return found.alpha_3 if found else None


def _contact(node: etree._Element, who: Party) -> None:
    """Optional: written only when it fits the schema's lengths (an address is never cut)."""
    emails = split_emails(who.email)
    values = {
        "Telephone": who.phone.strip() if 0 < len(who.phone.strip()) <= 15 else "",
        "ElectronicMail": emails[0] if emails and len(emails[0]) <= 60 else "",
    }
    present = {tag: text for tag, text in values.items() if text}
    if present:
        subs(sub(node, "ContactDetails"), present)


def _centres(node: etree._Element, who: Party, dir3: Dir3Codes) -> None:
    """The three offices FACe routes by; each carries the administration's address (whose
    problems the party's own address reports)."""
    for role, name, description in DIR3_ROLES:
        centre = sub(node, "AdministrativeCentre")
        subs(centre, {"CentreCode": getattr(dir3, name), "RoleTypeCode": role})
        _address(centre, who, [])
        sub(centre, "CentreDescription", description)

"""Seller (BG-4) and buyer (BG-7) of a UBL invoice, from the printed document's parties."""

from __future__ import annotations

from facturas_app.domain.identifiers import EU_COUNTRIES, normalize_tax_id
from facturas_app.services.einvoice.ubl_xml import Element, opt, sub
from facturas_app.services.pdf.model import Party

VAT = "VAT"
EMAIL_SCHEME = "EM"  # CEF EAS: electronic mail (BT-34 / BT-49)
SEPA_SCHEME = "SEPA"  # BT-90, the creditor identifier of a direct debit


def vat_id(party: Party) -> str:
    """The party's VAT identifier with its ISO country prefix (BR-CO-09), or "" when it has none.

    A Spanish or EU number gets its prefix (ES, EL for Greece) when typed without one. Outside
    the EU only an id that already starts with the country code is a VAT number; any other id is
    the legal registration identifier (BT-30 / BT-47) alone."""
    compact = normalize_tax_id(party.tax_id)
    if not compact:
        return ""
    prefix = "EL" if party.country == "GR" else party.country
    if compact[:2].isalpha() and compact[:2] in EU_COUNTRIES:
        return compact
    if party.country in EU_COUNTRIES:
        return prefix + compact
    return compact if compact.startswith(prefix) else ""


def national_id(party: Party) -> str:
    """The tax id as registered, for PartyLegalEntity/CompanyID (the Spanish NIF without ES)."""
    compact = normalize_tax_id(party.tax_id)
    return compact[2:] if party.country == "ES" and compact.startswith("ES") else compact


def add_supplier(root: Element, party: Party, *, with_vat_id: bool, creditor_id: str = "") -> None:
    node = sub(sub(root, "cac:AccountingSupplierParty"), "cac:Party")
    _party(node, party, with_vat_id=with_vat_id, creditor_id=creditor_id)


def add_customer(root: Element, party: Party, *, with_vat_id: bool) -> None:
    node = sub(sub(root, "cac:AccountingCustomerParty"), "cac:Party")
    _party(node, party, with_vat_id=with_vat_id)


def _party(node: Element, party: Party, *, with_vat_id: bool, creditor_id: str = "") -> None:
    """UBL's order: EndpointID, PartyIdentification, PartyName, PostalAddress, PartyTaxScheme,
    PartyLegalEntity, Contact."""
    opt(node, "cbc:EndpointID", party.email, schemeID=EMAIL_SCHEME)
    if creditor_id:
        sub(sub(node, "cac:PartyIdentification"), "cbc:ID", creditor_id, schemeID=SEPA_SCHEME)
    if party.trade_name.strip() and party.trade_name.strip() != party.name.strip():
        sub(sub(node, "cac:PartyName"), "cbc:Name", party.trade_name.strip())
    _address(node, party)
    vat = vat_id(party) if with_vat_id else ""
    if vat:
        scheme = sub(node, "cac:PartyTaxScheme")
        sub(scheme, "cbc:CompanyID", vat)
        sub(sub(scheme, "cac:TaxScheme"), "cbc:ID", VAT)
    _legal_entity(node, party)
    _contact(node, party)


def _address(node: Element, party: Party) -> None:
    """BG-5 / BG-8; the country is always there (BR-09, BR-11), the rest only as typed."""
    address = sub(node, "cac:PostalAddress")
    opt(address, "cbc:StreetName", party.street)
    opt(address, "cbc:CityName", party.city)
    opt(address, "cbc:PostalZone", party.postal_code)
    sub(sub(address, "cac:Country"), "cbc:IdentificationCode", party.country)


def _legal_entity(node: Element, party: Party) -> None:
    entity = sub(node, "cac:PartyLegalEntity")
    sub(entity, "cbc:RegistrationName", party.name.strip())
    opt(entity, "cbc:CompanyID", national_id(party))


def _contact(node: Element, party: Party) -> None:
    if not (party.phone.strip() or party.email.strip()):
        return
    contact = sub(node, "cac:Contact")
    opt(contact, "cbc:Telephone", party.phone)
    opt(contact, "cbc:ElectronicMail", party.email)

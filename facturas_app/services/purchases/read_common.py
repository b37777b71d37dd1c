"""What every reader of a received invoice shares: the refusal error, the reading it returns, safe
XML parsing (no DTD, no entities, no network) and the small value helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Any

from lxml import etree

from facturas_app.domain.errors import FacturasError
from facturas_app.domain.purchases import MEGABYTE, megabytes

# resolve_entities=False keeps entity references unexpanded (a "billion laughs" stays small) and
# load_dtd=False / no_network=True keep an external DTD or entity from being fetched; a document
# that declares a DTD at all is then refused (`parse_xml`): no invoice format needs one.
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
)


MAX_BYTES = 30 * MEGABYTE  # a 30 MB file is refused: no invoice is that big, a mistake or an attack


class IncomingRefused(FacturasError):
    """A received document that is not recorded; the code says why, the params fill the words."""

    code = "incoming_refused"
    bad_input = True


def check_size(name: str, data: bytes) -> None:
    """Refused when empty or 30 MB or more (a PDF's embedded XML too: it may unpack from little)."""
    if not data.strip():
        raise IncomingRefused("incoming_empty", name=name)
    if len(data) >= MAX_BYTES:
        # machine text ('30.0'): the message writes it with the reader's decimal mark (messages_fields)
        size = str(megabytes(len(data)))
        raise IncomingRefused("incoming_too_large", name=name, size=size, limit=MAX_BYTES // MEGABYTE)


@dataclass(frozen=True)
class Signature:
    """A Facturae's signature as found: "valid" (with its certificate) or "absent"; a broken one
    is refused. `serial` is the certificate's serial number in hex, as certificate viewers show it."""

    status: str
    signer: str = ""
    subject: str = ""
    issuer: str = ""
    serial: str = ""
    signing_time: str = ""
    not_after: str = ""

    @property
    def valid(self) -> bool:
        return self.status == "valid"


@dataclass
class Reading:
    """A received invoice read: the payload ExpenseService.add_payload takes, and what was found.
    Each warning is one of our message codes (text_for gives its words) or a CEN finding
    ("BR-CL-10: …", which text_for returns as it is)."""

    kind: str
    payload: dict[str, Any]
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    signature: Signature | None = None

    @property
    def valid(self) -> bool:
        return not self.problems


def _declares_dtd(data: bytes) -> bool:
    """A DOCTYPE before the root, in UTF-8/ASCII or UTF-16 text (found before lxml sees it: a
    "billion laughs" may otherwise surface as a mere syntax error)."""
    head = data[:65536]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return b"<!DOCTYPE" in head or b"<!ENTITY" in head


def parse_xml(data: bytes) -> etree._Element:
    """The document's root, or IncomingRefused: a DTD (entities) declared, or malformed XML."""
    if _declares_dtd(data):
        raise IncomingRefused("incoming_xml_dtd")
    try:
        tree = etree.fromstring(data, _PARSER).getroottree()
    except etree.XMLSyntaxError as error:
        raise IncomingRefused("incoming_xml_malformed", line=error.lineno or 0) from None
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise IncomingRefused("incoming_xml_dtd")
    return tree.getroot()


def xpath_compiler(namespaces: dict[str, str]) -> Callable[[str], etree.XPath]:
    """XPath expressions compiled once per process (compiling one costs more than running it)."""

    @lru_cache(maxsize=1024)
    def compiled(path: str) -> etree.XPath:
        return etree.XPath(path, namespaces=namespaces)

    return compiled


def local_name(node: etree._Element) -> str:
    return etree.QName(node).localname


MAX_DOCUMENT_AMOUNT = Decimal(10) ** 15  # beyond any invoice (the app's own totals stop at 10^12)


def decimal_of(text: str | None, what: str) -> Decimal:
    """A document amount as Decimal (from its text, never through float)."""
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation:
        raise IncomingRefused("incoming_bad_amount", field=what, value=(text or "")[:40]) from None
    if (
        not value.is_finite() or abs(value) > MAX_DOCUMENT_AMOUNT
    ):  # 1e999999 is exact, but no invoice holds it
        raise IncomingRefused("incoming_bad_amount", field=what, value=(text or "")[:40])
    return value


def amount_text(value: Decimal) -> str:
    """An amount for the payload: plain notation, as written in the document ("-12.50")."""
    return f"{value:f}"


@cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def check_currency(code: str) -> str:
    """An ISO 4217 code babel (CLDR) knows; anything else is refused."""
    code = code.strip().upper()
    if code not in _currencies():
        raise IncomingRefused("incoming_unknown_currency", currency=code[:10] or "—")
    return code


def normal_tax_id(value: str) -> str:
    """A tax id compared across formats: upper case, no spaces, dots or hyphens ("ES B-123" → "ESB123")."""
    return "".join(ch for ch in value.upper() if ch.isalnum())


def _without_prefix(value: str) -> str:
    # A VAT number's country prefix is two letters; no Spanish NIF/NIE starts with two letters.
    return value[2:] if len(value) > 2 and value[:2].isalpha() else value


def tax_id_matches(found: str, ours: str) -> bool:
    """Whether a document's tax id is ours, with or without its VAT country prefix ("ESB12345678")."""
    found, ours = normal_tax_id(found), normal_tax_id(ours)
    if not found or not ours:
        return False
    return found == ours or _without_prefix(found) == ours or found == _without_prefix(ours)


def national_tax_id(value: str, country: str) -> str:
    """The supplier's id as our records keep it: a Spanish NIF without its "ES" VAT prefix; any
    other as the document writes it (the libro registro keeps a foreign NIF-IVA whole)."""
    if country == "ES" and normal_tax_id(value).startswith("ES"):
        return normal_tax_id(value)[2:]
    return value.strip()


def party_record(name: str, country: str, found: list[str]) -> dict[str, Any]:
    """A party as every reader's payload names it: the ids the document gives (white space folded,
    repeats and blanks dropped, in the reader's order of preference), the first as its tax id."""
    ids = [i for i in dict.fromkeys(" ".join(text.split()) for text in found) if i]
    tax_id = national_tax_id(ids[0], country) if ids else ""
    return {"name": name, "tax_id": tax_id, "country": country, "tax_ids": ids}


NO_PARTY: dict[str, Any] = {"name": "", "tax_id": "", "country": "", "tax_ids": []}


AMOUNT_KEYS = ("base", "vat", "surcharge")


def negate_amounts(payload: dict[str, Any]) -> None:
    """A credit note's amounts as the expense records them: negative (a UBL CreditNote or a CII
    credit note states them positive; what it credits is said by its type)."""

    def minus(text: str) -> str:
        return amount_text(0 - decimal_of(text, "amount"))

    for group in payload["taxes"]:
        group.update({key: minus(group[key]) for key in AMOUNT_KEYS})
    payload["totals"] = {key: minus(value) for key, value in payload["totals"].items()}
    payload["total"] = minus(payload["total"])
    payload["irpf"] = minus(payload["irpf"])
    if payload.get("tax_currency_vat"):
        payload["tax_currency_vat"]["vat"] = minus(payload["tax_currency_vat"]["vat"])
    payload["amounts_negated"] = True


# UNCL1001 document types that are credit notes (EN 16931 BT-3, both syntaxes).
CREDIT_NOTE_TYPES = frozenset({"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"})


def settle_sign(payload: dict[str, Any], credit_type: bool) -> None:
    """`credit_note` set, and a credit-note type's positive amounts made negative; an invoice
    with negative amounts (a corrective by differences) is a credit note as it stands."""
    if credit_type:
        negate_amounts(payload)
    payload["credit_note"] = credit_type or decimal_of(payload["total"], "total") < 0

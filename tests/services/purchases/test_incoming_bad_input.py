"""Bad received files (#21): each refused with a coded message in Spanish and English, before any
reading is returned — XML of another kind, broken XML, an unknown currency, a 30 MB file, an XML
bomb, an external entity, another buyer or none, an empty file, a PDF that is not one."""

from __future__ import annotations

import ast
import re
import time
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.messages import error_text
from facturas_app.messages_incoming import INCOMING_TEXTS
from facturas_app.services.purchases.incoming import MAX_BYTES, IncomingRefused, read_document, read_incoming
from tests.services.purchases.ubl_expect import EXAMPLES, NS

SOURCES = Path(__file__).resolve().parents[3] / "facturas_app" / "services" / "purchases"
UBL_ROOT = '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">'
LAUGHS = "".join(
    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
)  # 10⁹ "lol"s once expanded
BOMB = f'<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY lol0 "lol">{LAUGHS}]>'
BOMB += f"{UBL_ROOT}<ID>&lol9;</ID></Invoice>"
XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    f"{UBL_ROOT}<ID>&xxe;</ID></Invoice>"
)


def _refused(data: bytes, name: str = "factura.xml") -> IncomingRefused:
    with pytest.raises(IncomingRefused) as caught:
        read_document(name, data)
    error = caught.value
    spanish, english = error_text(error), error_text(error, "en")
    assert spanish != error.code and english != error.code and spanish != english  # words, both languages
    assert "{" not in spanish + english  # every parameter filled
    return error


def _example(name: str = "ubl-tc434-example1.xml") -> bytes:
    return (EXAMPLES / name).read_bytes()


def test_xml_of_another_kind_is_refused_by_its_root() -> None:
    error = _refused(b'<?xml version="1.0"?>\n<nota><para>Hola</para></nota>')
    assert (error.code, error.params["root"]) == ("incoming_unknown_kind", "nota")
    assert "«nota»" in error_text(error)


def test_broken_xml_is_refused_with_its_line() -> None:
    data = _example()
    cut = data[: data.index(b"<cac:LegalMonetaryTotal>")] + b"<cac:LegalMonetaryTotal>\n</Invoice>"
    error = _refused(cut)
    assert error.code == "incoming_xml_malformed" and error.params["line"] > 100
    assert f"línea {error.params['line']}" in error_text(error)


def test_an_unknown_currency_is_refused() -> None:
    data = _example().replace(b">EUR<", b">ZZZ<").replace(b'currencyID="EUR"', b'currencyID="ZZZ"')
    error = _refused(data)
    assert (error.code, error.params["currency"]) == ("incoming_unknown_currency", "ZZZ")


def test_a_30_mb_file_is_refused_before_it_is_read() -> None:
    data = _example()
    big = data[:-10] + b"<!--" + b" " * (MAX_BYTES - len(data)) + b"-->" + data[-10:]
    assert len(big) >= 30 * 1024 * 1024
    started = time.perf_counter()
    error = _refused(big, "enorme.xml")
    assert error.code == "incoming_too_large" and time.perf_counter() - started < 0.5
    assert "ocupa 30,0 MB" in error_text(error)  # the Spanish decimal comma
    assert "is 30.0 MB" in error_text(error, "en")


def test_a_small_pdf_unpacking_to_a_30_mb_xml_is_refused() -> None:
    from tests.services.purchases.cii_docs import facturx_pdf

    pdf = facturx_pdf(b"<a>" + b" " * MAX_BYTES + b"</a>", deflated=True)
    assert len(pdf) < 1024 * 1024  # the file itself passes the size check
    error = _refused(pdf, "f.pdf")
    assert error.code == "incoming_too_large" and error.params["name"] == "f.pdf › factur-x.xml"


def test_a_billion_laughs_is_refused_without_expanding() -> None:
    started = time.perf_counter()
    assert _refused(BOMB.encode()).code == "incoming_xml_dtd"
    assert (
        _refused(BOMB.replace('"1.0"?>', '"1.0" encoding="UTF-16"?>').encode("utf-16")).code
        == "incoming_xml_dtd"
    )
    assert time.perf_counter() - started < 1


def test_an_external_entity_is_refused_and_never_read() -> None:
    error = _refused(XXE.encode())
    assert error.code == "incoming_xml_dtd" and "root:" not in str(error.params)
    # in a Factur-X PDF too: the embedded XML goes through the same parser
    from tests.services.purchases.cii_docs import facturx_pdf

    assert _refused(facturx_pdf(XXE.encode()), "f.pdf").code == "incoming_xml_dtd"


def test_a_dtd_left_by_the_parser_is_refused_after_parsing_too() -> None:
    # no "<!DOCTYPE" in ASCII for the byte check (UTF-16 without a BOM): the parsed tree's docinfo says it
    data = (
        '<?xml version="1.0" encoding="UTF-16LE"?><!DOCTYPE Invoice []>' + UBL_ROOT + "</Invoice>"
    ).encode("utf-16-le")
    assert b"<!DOCTYPE" not in data and _refused(data).code == "incoming_xml_dtd"


def test_an_invoice_for_another_tax_id_or_none_is_refused() -> None:
    with pytest.raises(IncomingRefused) as caught:
        read_incoming("f.xml", _example("ubl-tc434-example5.xml"), "B12345674")
    assert caught.value.code == "incoming_other_buyer"
    assert "no a su NIF B12345674" in error_text(caught.value)
    with pytest.raises(IncomingRefused) as caught:
        read_incoming("f.xml", _example("ubl-tc434-example9.xml"), "B12345674")  # no buyer VAT id
    assert caught.value.code == "incoming_no_buyer_tax_id"


def test_an_invoice_to_us_with_or_without_the_es_prefix_is_ours() -> None:
    root = etree.fromstring(_example())
    scheme = etree.SubElement(
        root.find("cac:AccountingCustomerParty/cac:Party", NS), f"{{{NS['cac']}}}PartyTaxScheme"
    )
    etree.SubElement(scheme, f"{{{NS['cbc']}}}CompanyID").text = "ESB12345674"
    etree.SubElement(etree.SubElement(scheme, f"{{{NS['cac']}}}TaxScheme"), f"{{{NS['cbc']}}}ID").text = "VAT"
    data = etree.tostring(root)
    assert read_incoming("f.xml", data, "B-12345674").payload["buyer"]["tax_id"] == "ESB12345674"
    assert read_incoming("f.xml", data, "ESB12345674").kind == "ubl"


@pytest.mark.parametrize("data", [b"", b"   \n\t  "], ids=["empty", "blank"])
def test_an_empty_file_is_refused(data: bytes) -> None:
    assert _refused(data, "vacio.xml").code == "incoming_empty"


def test_a_pdf_that_is_not_a_pdf_is_refused() -> None:
    assert _refused(b"GIF89a\x01\x00", "factura.pdf").code == "incoming_pdf_not_pdf"
    assert _refused(b"%PDF-1.7\nnot really a pdf", "factura.pdf").code == "incoming_pdf_unreadable"
    assert _refused(b"\x00\x01\x02binary", "factura.bin").code == "incoming_not_invoice"


def _codes_in_sources() -> set[str]:
    """Every message code the readers name: the refusals they raise and the warnings they add."""
    codes = set()
    for path in [*SOURCES.glob("read*.py"), SOURCES / "incoming.py"]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and re.fullmatch(r"incoming_[a-z0-9_]+", text):
                codes.add(text)
    return codes


def test_every_refusal_and_warning_has_words_in_both_languages() -> None:
    codes = _codes_in_sources()
    assert {"incoming_xml_dtd", "incoming_signature_sha1", "incoming_cen_rules_unavailable"} <= codes
    assert len(codes) > 20
    missing = sorted(c for c in codes if c not in INCOMING_TEXTS)
    assert missing == []
    assert all(es != en and es and en for es, en in INCOMING_TEXTS.values())


def test_a_tax_currency_code_that_is_no_currency_is_refused_with_words() -> None:
    """Found by review: a quote in TaxCurrencyCode broke the XPath the reader built from it."""
    data = _example().replace(
        b"<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>",
        b"<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cbc:TaxCurrencyCode>E'R</cbc:TaxCurrencyCode>",
    )
    assert b"E'R" in data
    assert _refused(data).code == "incoming_unknown_currency"


def test_an_amount_beyond_any_invoice_is_refused_with_words() -> None:
    data = _example().replace(b">183.23</cbc:TaxableAmount>", b">1.83E+28</cbc:TaxableAmount>", 1)
    assert b"1.83E+28" in data
    assert _refused(data).code == "incoming_bad_amount"

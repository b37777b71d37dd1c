"""CII (Factur-X) test documents made from a CEN UBL example's own figures, read here by XPath, and
Factur-X PDFs: an fpdf2 page with the CII embedded by pypdf as factur-x.xml."""

from __future__ import annotations

from io import BytesIO

from lxml import etree
from lxml.builder import ElementMaker

UBL = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
RSM_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM_NS = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT_NS = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
NSMAP = {"rsm": RSM_NS, "ram": RAM_NS, "udt": UDT_NS}
RSM = ElementMaker(namespace=RSM_NS, nsmap=NSMAP)
RAM = ElementMaker(namespace=RAM_NS, nsmap=NSMAP)
UDT = ElementMaker(namespace=UDT_NS, nsmap=NSMAP)
# CII's header totals in the order the schema wants them, from UBL's LegalMonetaryTotal.
TOTALS = [
    ("LineTotalAmount", "LineExtensionAmount"),
    ("ChargeTotalAmount", "ChargeTotalAmount"),
    ("AllowanceTotalAmount", "AllowanceTotalAmount"),
    ("TaxBasisTotalAmount", "TaxExclusiveAmount"),
]
LATER_TOTALS = [
    ("RoundingAmount", "PayableRoundingAmount"),
    ("GrandTotalAmount", "TaxInclusiveAmount"),
    ("TotalPrepaidAmount", "PrepaidAmount"),
    ("DuePayableAmount", "PayableAmount"),
]


def one(node: etree._Element, path: str) -> str:
    found = node.xpath(f"normalize-space({path})", namespaces=UBL)
    return str(found)


def _date(text: str) -> etree._Element:
    return UDT.DateTimeString(text.replace("-", ""), format="102")


def _tax(node: etree._Element, category_path: str) -> etree._Element:
    rate = one(node, f"{category_path}/cbc:Percent") or "0"
    return RAM.ApplicableTradeTax(
        RAM.TypeCode("VAT"),
        RAM.CategoryCode(one(node, f"{category_path}/cbc:ID")),
        RAM.RateApplicablePercent(rate),
    )


def _line(line: etree._Element, number: int) -> etree._Element:
    quantity = one(line, "cbc:InvoicedQuantity|cbc:CreditedQuantity") or "1"
    return RAM.IncludedSupplyChainTradeLineItem(
        RAM.AssociatedDocumentLineDocument(RAM.LineID(str(number))),
        RAM.SpecifiedTradeProduct(RAM.Name(one(line, "cac:Item/cbc:Name") or "-")),
        RAM.SpecifiedLineTradeAgreement(
            RAM.NetPriceProductTradePrice(RAM.ChargeAmount(one(line, "cac:Price/cbc:PriceAmount") or "0"))
        ),
        RAM.SpecifiedLineTradeDelivery(RAM.BilledQuantity(quantity, unitCode="C62")),
        RAM.SpecifiedLineTradeSettlement(
            _tax(line, "cac:Item/cac:ClassifiedTaxCategory"),
            RAM.SpecifiedTradeSettlementLineMonetarySummation(
                RAM.LineTotalAmount(one(line, "cbc:LineExtensionAmount"))
            ),
        ),
    )


def _party(tag: str, party: etree._Element) -> etree._Element:
    node = RAM(
        tag,
        RAM.Name(
            one(party, "cac:PartyLegalEntity/cbc:RegistrationName") or one(party, "cac:PartyName/cbc:Name")
        ),
    )
    node.append(
        RAM.PostalTradeAddress(
            RAM.CountryID(one(party, "cac:PostalAddress/cac:Country/cbc:IdentificationCode"))
        )
    )
    for vat in party.xpath("cac:PartyTaxScheme/cbc:CompanyID", namespaces=UBL):
        node.append(RAM.SpecifiedTaxRegistration(RAM.ID(" ".join(vat.text.split()), schemeID="VA")))
    return node


def _adjustment(item: etree._Element) -> etree._Element:
    charge = one(item, "cbc:ChargeIndicator")
    return RAM.SpecifiedTradeAllowanceCharge(
        RAM.ChargeIndicator(UDT.Indicator(charge)),
        RAM.ActualAmount(one(item, "cbc:Amount")),
        RAM.CategoryTradeTax(
            RAM.TypeCode("VAT"),
            RAM.CategoryCode(one(item, "cac:TaxCategory/cbc:ID")),
            RAM.RateApplicablePercent(one(item, "cac:TaxCategory/cbc:Percent") or "0"),
        ),
    )


def _breakdown(subtotal: etree._Element) -> etree._Element:
    node = RAM.ApplicableTradeTax(RAM.CalculatedAmount(one(subtotal, "cbc:TaxAmount")), RAM.TypeCode("VAT"))
    reason = one(subtotal, "cac:TaxCategory/cbc:TaxExemptionReason")
    if reason:
        node.append(RAM.ExemptionReason(reason))
    node.append(RAM.BasisAmount(one(subtotal, "cbc:TaxableAmount")))
    node.append(RAM.CategoryCode(one(subtotal, "cac:TaxCategory/cbc:ID")))
    node.append(RAM.RateApplicablePercent(one(subtotal, "cac:TaxCategory/cbc:Percent") or "0"))
    return node


def _summation(root: etree._Element, currency: str) -> etree._Element:
    money = root.find("cac:LegalMonetaryTotal", UBL)
    node = RAM.SpecifiedTradeSettlementHeaderMonetarySummation()
    for cii, ubl in TOTALS:
        if one(money, f"cbc:{ubl}"):
            node.append(RAM(cii, one(money, f"cbc:{ubl}")))
    for vat in root.xpath("cac:TaxTotal/cbc:TaxAmount", namespaces=UBL):
        node.append(RAM.TaxTotalAmount(vat.text, currencyID=vat.get("currencyID", currency)))
    for cii, ubl in LATER_TOTALS:
        if one(money, f"cbc:{ubl}"):
            node.append(RAM(cii, one(money, f"cbc:{ubl}")))
    return node


def _settlement(root: etree._Element) -> etree._Element:
    currency = one(root, "cbc:DocumentCurrencyCode")
    node = RAM.ApplicableHeaderTradeSettlement()
    if one(root, "cbc:TaxCurrencyCode"):
        node.append(RAM.TaxCurrencyCode(one(root, "cbc:TaxCurrencyCode")))
    node.append(RAM.InvoiceCurrencyCode(currency))
    path = f"cac:TaxTotal[cbc:TaxAmount/@currencyID='{currency}']/cac:TaxSubtotal"
    node.extend(_breakdown(s) for s in root.xpath(path, namespaces=UBL))
    node.extend(_adjustment(i) for i in root.xpath("cac:AllowanceCharge", namespaces=UBL))
    due = one(root, "cbc:DueDate|cac:PaymentMeans/cbc:PaymentDueDate")
    if due:
        node.append(RAM.SpecifiedTradePaymentTerms(RAM.DueDateDateTime(_date(due))))
    node.append(_summation(root, currency))
    return node


def cii_from_ubl(ubl: bytes, *, with_lines: bool = True) -> bytes:
    """A CII D16B invoice with the UBL document's number, dates, parties, lines and figures."""
    root = etree.fromstring(ubl)
    type_code = one(root, "cbc:InvoiceTypeCode|cbc:CreditNoteTypeCode") or "380"
    lines = root.xpath("cac:InvoiceLine|cac:CreditNoteLine", namespaces=UBL) if with_lines else []
    document = RSM.CrossIndustryInvoice(
        RSM.ExchangedDocumentContext(
            RAM.GuidelineSpecifiedDocumentContextParameter(RAM.ID("urn:cen.eu:en16931:2017"))
        ),
        RSM.ExchangedDocument(
            RAM.ID(one(root, "cbc:ID")),
            RAM.TypeCode(type_code),
            RAM.IssueDateTime(_date(one(root, "cbc:IssueDate"))),
        ),
        RSM.SupplyChainTradeTransaction(
            *[_line(line, i + 1) for i, line in enumerate(lines)],
            RAM.ApplicableHeaderTradeAgreement(
                _party("SellerTradeParty", root.find("cac:AccountingSupplierParty/cac:Party", UBL)),
                _party("BuyerTradeParty", root.find("cac:AccountingCustomerParty/cac:Party", UBL)),
            ),
            RAM.ApplicableHeaderTradeDelivery(),
            _settlement(root),
        ),
    )
    return etree.tostring(document, xml_declaration=True, encoding="UTF-8")


def plain_pdf(text: str = "Factura FV-2026-17") -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=text)
    return bytes(pdf.output())


def facturx_pdf(xml: bytes, name: str = "factur-x.xml", *, deflated: bool = False) -> bytes:
    """An fpdf2 PDF with `xml` embedded (pypdf) under `name`, as Factur-X attaches it; `deflated`
    stores it compressed (FlateDecode), so a big XML travels in a small PDF."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=BytesIO(plain_pdf()))
    writer.add_attachment(name, xml)
    if deflated:
        spec = writer._root_object["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
        ref = spec["/EF"].raw_get("/F")
        writer._objects[ref.idnum - 1] = ref.get_object().flate_encode()
    out = BytesIO()
    writer.write(out)
    return out.getvalue()

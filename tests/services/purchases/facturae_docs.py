"""Facturae documents for the #21 reading tests, written here by hand (not by the app's exporter) and
validated against the official 3.2.2 schema; signed by xmlsec1 (an enveloped XMLDSig template)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from tests.services.einvoice.facturae_checks import XMLSEC1, Pki

D = Decimal
NAMESPACES = {
    "3.2": "http://www.facturae.es/Facturae/2009/v3.2/Facturae",
    "3.2.1": "http://www.facturae.es/Facturae/2014/v3.2.1/Facturae",
    "3.2.2": "http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml",
}
SIGNATURE_TEMPLATE = """<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Id="Signature-1">
<ds:SignedInfo>
<ds:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>
<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
<ds:Reference URI="">
<ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></ds:Transforms>
<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
<ds:DigestValue/>
</ds:Reference>
</ds:SignedInfo>
<ds:SignatureValue/>
<ds:KeyInfo><ds:X509Data><ds:X509Certificate/></ds:X509Data></ds:KeyInfo>
</ds:Signature>"""


SHA1_TEMPLATE = SIGNATURE_TEMPLATE.replace(
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2000/09/xmldsig#rsa-sha1"
).replace("http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2000/09/xmldsig#sha1")


def cents(value: D) -> D:
    return value.quantize(D("0.01"), ROUND_HALF_UP)


@dataclass
class Line:
    description: str
    quantity: str
    price: str
    vat_rate: str
    surcharge_rate: str = ""

    @property
    def gross(self) -> D:
        return cents(D(self.quantity) * D(self.price))


@dataclass
class Doc:
    lines: list[Line]
    irpf_rate: str = ""
    version: str = "3.2.2"
    series: str = "FV-2026-"
    number: str = "17"
    seller: tuple[str, str] = ("B12345674", "Papelería Sol S.L.")
    buyer_tax_id: str = "12345678Z"
    extra: dict[str, str] = field(default_factory=dict)
    corrects: str = ""  # the corrected invoice's number (same series): a rectificativa by differences
    currency: str = "EUR"
    eur_rate: str = ""  # for another currency: euros per unit, each VAT then stated in euros too

    def groups(self) -> dict[tuple[str, str], D]:
        found: dict[tuple[str, str], D] = {}
        for line in self.lines:
            key = (line.vat_rate, line.surcharge_rate)
            found[key] = found.get(key, D(0)) + line.gross
        return found

    def gross(self) -> D:
        return sum((line.gross for line in self.lines), D(0))

    def outputs(self) -> D:
        return sum(
            (cents(b * D(v) / 100) + cents(b * D(s or 0) / 100) for (v, s), b in self.groups().items()), D(0)
        )

    def withheld(self) -> D:
        return cents(self.gross() * D(self.irpf_rate or 0) / 100)

    def total(self) -> D:
        return self.gross() + self.outputs() - self.withheld()


def _amount(tag: str, value: D, eur_rate: str = "") -> str:
    euros = f"<EquivalentInEuros>{cents(value * D(eur_rate)):.2f}</EquivalentInEuros>" if eur_rate else ""
    return f"<{tag}><TotalAmount>{value:.2f}</TotalAmount>{euros}</{tag}>"


def _tax(rate: str, base: D, surcharge: str = "", code: str = "01", eur_rate: str = "") -> str:
    text = f"<Tax><TaxTypeCode>{code}</TaxTypeCode><TaxRate>{D(rate):.2f}</TaxRate>"
    text += _amount("TaxableBase", base) + _amount("TaxAmount", cents(base * D(rate) / 100), eur_rate)
    if surcharge:
        text += f"<EquivalenceSurcharge>{D(surcharge):.2f}</EquivalenceSurcharge>"
        text += _amount("EquivalenceSurchargeAmount", cents(base * D(surcharge) / 100))
    return text + "</Tax>"


def _address(town: str) -> str:
    return (
        f"<AddressInSpain><Address>Calle Mayor 1</Address><PostCode>28001</PostCode><Town>{town}</Town>"
        "<Province>Madrid</Province><CountryCode>ESP</CountryCode></AddressInSpain>"
    )


def _parties(doc: Doc) -> str:
    seller = (
        "<SellerParty><TaxIdentification><PersonTypeCode>J</PersonTypeCode><ResidenceTypeCode>R</ResidenceTypeCode>"
        f"<TaxIdentificationNumber>{doc.seller[0]}</TaxIdentificationNumber></TaxIdentification>"
        f"<LegalEntity><CorporateName>{doc.seller[1]}</CorporateName>{_address('Madrid')}</LegalEntity></SellerParty>"
    )
    buyer = (
        "<BuyerParty><TaxIdentification><PersonTypeCode>F</PersonTypeCode><ResidenceTypeCode>R</ResidenceTypeCode>"
        f"<TaxIdentificationNumber>{doc.buyer_tax_id}</TaxIdentificationNumber></TaxIdentification>"
        "<Individual><Name>Laura</Name><FirstSurname>Gómez</FirstSurname><SecondSurname>Ruiz</SecondSurname>"
        f"{_address('Madrid')}</Individual></BuyerParty>"
    )
    return f"<Parties>{seller}{buyer}</Parties>"


def _line(line: Line, irpf_rate: str) -> str:
    withheld = f"<TaxesWithheld>{_tax(irpf_rate, line.gross, code='04')}</TaxesWithheld>" if irpf_rate else ""
    return (
        f"<InvoiceLine><ItemDescription>{line.description}</ItemDescription><Quantity>{line.quantity}</Quantity>"
        f"<UnitPriceWithoutTax>{line.price}</UnitPriceWithoutTax><TotalCost>{line.gross:.2f}</TotalCost>"
        f"<GrossAmount>{line.gross:.2f}</GrossAmount>{withheld}"
        f"<TaxesOutputs>{_tax(line.vat_rate, line.gross, line.surcharge_rate)}</TaxesOutputs></InvoiceLine>"
    )


def _totals(doc: Doc) -> str:
    values = {
        "TotalGrossAmount": doc.gross(),
        "TotalGrossAmountBeforeTaxes": doc.gross(),
        "TotalTaxOutputs": doc.outputs(),
        "TotalTaxesWithheld": doc.withheld(),
        "InvoiceTotal": doc.total(),
        "TotalOutstandingAmount": doc.total(),
        "TotalExecutableAmount": doc.total(),
    }
    values.update({k: D(v) for k, v in doc.extra.items()})
    return "<InvoiceTotals>" + "".join(f"<{k}>{v:.2f}</{k}>" for k, v in values.items()) + "</InvoiceTotals>"


def _corrective(doc: Doc) -> str:
    if not doc.corrects:
        return ""
    return (
        f"<Corrective><InvoiceNumber>{doc.corrects}</InvoiceNumber><InvoiceSeriesCode>{doc.series}</InvoiceSeriesCode>"
        "<ReasonCode>01</ReasonCode><ReasonDescription>Número de la factura</ReasonDescription>"
        "<TaxPeriod><StartDate>2026-11-01</StartDate><EndDate>2026-11-30</EndDate></TaxPeriod>"
        "<CorrectionMethod>02</CorrectionMethod><CorrectionMethodDescription>Rectificación por diferencias"
        "</CorrectionMethodDescription></Corrective>"
    )


def _invoice(doc: Doc) -> str:
    taxes = "".join(_tax(v, base, s, eur_rate=doc.eur_rate) for (v, s), base in doc.groups().items())
    exchange = (
        f"<ExchangeRateDetails><ExchangeRate>{doc.eur_rate}</ExchangeRate>"
        "<ExchangeRateDate>2026-11-20</ExchangeRateDate></ExchangeRateDetails>"
        if doc.eur_rate
        else ""
    )
    withheld = (
        f"<TaxesWithheld>{_tax(doc.irpf_rate, doc.gross(), code='04')}</TaxesWithheld>"
        if doc.irpf_rate
        else ""
    )
    return (
        "<Invoices><Invoice><InvoiceHeader>"
        f"<InvoiceNumber>{doc.number}</InvoiceNumber><InvoiceSeriesCode>{doc.series}</InvoiceSeriesCode>"
        "<InvoiceDocumentType>FC</InvoiceDocumentType>"
        f"<InvoiceClass>{'OR' if doc.corrects else 'OO'}</InvoiceClass>"
        f"{_corrective(doc)}</InvoiceHeader>"
        f"<InvoiceIssueData><IssueDate>2026-11-20</IssueDate><InvoiceCurrencyCode>{doc.currency}"
        f"</InvoiceCurrencyCode>{exchange}<TaxCurrencyCode>EUR</TaxCurrencyCode><LanguageName>es</LanguageName></InvoiceIssueData>"
        f"<TaxesOutputs>{taxes}</TaxesOutputs>{withheld}{_totals(doc)}"
        f"<Items>{''.join(_line(line, doc.irpf_rate) for line in doc.lines)}</Items>"
        "<PaymentDetails><Installment><InstallmentDueDate>2026-12-20</InstallmentDueDate>"
        f"<InstallmentAmount>{doc.total():.2f}</InstallmentAmount><PaymentMeans>04</PaymentMeans>"
        "<AccountToBeCredited><IBAN>ES9121000418450200051332</IBAN></AccountToBeCredited></Installment>"
        "</PaymentDetails></Invoice></Invoices>"
    )


def facturae_xml(doc: Doc, signature: str = "") -> bytes:
    """The whole document; `signature` (a ds:Signature template) goes last, where the schema puts it."""
    total = f"{doc.total():.2f}"
    header = (
        f"<FileHeader><SchemaVersion>{doc.version}</SchemaVersion><Modality>I</Modality>"
        "<InvoiceIssuerType>EM</InvoiceIssuerType><Batch>"
        f"<BatchIdentifier>{doc.seller[0]}{doc.series}{doc.number}</BatchIdentifier><InvoicesCount>1</InvoicesCount>"
        f"{_amount('TotalInvoicesAmount', D(total))}{_amount('TotalOutstandingAmount', D(total))}"
        f"{_amount('TotalExecutableAmount', D(total))}"
        f"<InvoiceCurrencyCode>{doc.currency}</InvoiceCurrencyCode></Batch></FileHeader>"
    )
    body = header + _parties(doc) + _invoice(doc) + signature
    root = f'<fe:Facturae xmlns:fe="{NAMESPACES[doc.version]}">{body}</fe:Facturae>'
    text = f'<?xml version="1.0" encoding="UTF-8"?>\n{root}'
    return text.encode("utf-8")


def xmlsec1_sign(doc: Doc, pki: Pki, folder: Path, template_text: str = SIGNATURE_TEMPLATE) -> bytes:
    """The document signed by xmlsec1 (enveloped, RSA-SHA256, the certificate in KeyInfo)."""
    folder.mkdir(parents=True, exist_ok=True)
    key, cert, template = folder / "key.pem", folder / "cert.pem", folder / "template.xml"
    key.write_bytes(
        pki.key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    cert.write_bytes(pki.cert.public_bytes(serialization.Encoding.PEM))
    template.write_bytes(facturae_xml(doc, template_text))
    command = [str(XMLSEC1), "--sign", "--privkey-pem", f"{key},{cert}", str(template)]
    done = subprocess.run(command, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def xmlsec1_check(signed: bytes, pki: Pki, folder: Path) -> subprocess.CompletedProcess[bytes]:
    """xmlsec1's own verdict: the key only from the X.509 certificate in KeyInfo, which must chain
    (through the test intermediate, given apart as KeyInfo carries the signing certificate alone)
    to the test CA."""
    folder.mkdir(parents=True, exist_ok=True)
    path, intermediate = folder / "signed.xsig", folder / "intermediate.pem"
    path.write_bytes(signed)
    intermediate.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in pki.chain))
    command = [str(XMLSEC1), "--verify", "--enabled-key-data", "x509", "--trusted-pem", str(pki.ca_file)]
    command += ["--untrusted-pem", str(intermediate), str(path)]
    return subprocess.run(command, capture_output=True, timeout=60, check=False)

"""Checking UBL with what we did not write: the OASIS UBL 2.1 schemas (lxml) and the CEN/TC 434
EN 16931 rules compiled to XSLT, run by SaxonC-HE; both from ../shared/einvoice beside the repo."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from lxml import etree

# The official artefacts, copied byte for byte from ../shared/einvoice (test_artefacts.py keeps the
# copies equal): the CEN rules and examples in tests/data, the UBL schemas the app ships.
REPO = Path(__file__).resolve().parents[3]
RULES = REPO / "tests" / "data" / "einvoice" / "en16931" / "EN16931-UBL-validation.xslt"
EXAMPLES = RULES.parent / "examples"
UBL_SCHEMAS = REPO / "resources" / "einvoice" / "ubl-2.1" / "maindoc"
SCHEMAS = {
    "Invoice": UBL_SCHEMAS / "UBL-Invoice-2.1.xsd",
    "CreditNote": UBL_SCHEMAS / "UBL-CreditNote-2.1.xsd",
}
SVRL = "{http://purl.oclc.org/dsdl/svrl}"


def require_shared() -> None:
    assert RULES.is_file(), f"the CEN rules are missing from the repository: {RULES}"


@dataclass(frozen=True)
class Finding:
    rule: str
    flag: str
    text: str
    location: str


@cache
def _schema(root_name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS[root_name])))


def root_name(xml: bytes) -> str:
    return etree.QName(etree.fromstring(xml)).localname


def schema_errors(xml: bytes) -> list[str]:
    """What the UBL 2.1 schema of the document's root (Invoice or CreditNote) says is wrong."""
    schema = _schema(root_name(xml))
    if schema.validate(etree.fromstring(xml)):
        return []
    return [f"{e.line}: {e.message}" for e in schema.error_log]


class CenRules:
    """The EN 16931 UBL stylesheet, compiled once (about a second), run per document."""

    def __init__(self) -> None:
        from saxonche import PySaxonProcessor

        self.processor = PySaxonProcessor(license=False)
        self.executable = self.processor.new_xslt30_processor().compile_stylesheet(stylesheet_file=str(RULES))

    def findings(self, xml: bytes) -> list[Finding]:
        node = self.processor.parse_xml(xml_text=xml.decode("utf-8"))
        report = etree.fromstring(self.executable.transform_to_string(xdm_node=node).encode("utf-8"))
        return [
            _finding(item)
            for tag in ("failed-assert", "successful-report")
            for item in report.iter(SVRL + tag)
        ]

    def fatal(self, xml: bytes) -> list[Finding]:
        return [f for f in self.findings(xml) if f.flag == "fatal"]


def _finding(item: etree._Element) -> Finding:
    text = "".join(item.findtext(SVRL + "text") or "").strip()
    return Finding(item.get("id", ""), item.get("flag", ""), text, item.get("location", ""))


def assert_en16931(xml: bytes, rules: CenRules) -> list[Finding]:
    """Schema-valid and no fatal CEN finding; the warnings go in the message (and are returned)."""
    errors = schema_errors(xml)
    assert not errors, "UBL 2.1 schema:\n" + "\n".join(errors)
    findings = rules.findings(xml)
    fatal = [f for f in findings if f.flag == "fatal"]
    warnings = [f"{f.rule}: {f.text}" for f in findings if f.flag != "fatal"]
    assert not fatal, (
        "fatal EN 16931 findings:\n"
        + "\n".join(f"{f.rule}: {f.text} @ {f.location}" for f in fatal)
        + "\nwarnings:\n"
        + "\n".join(warnings)
    )
    return findings


NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


class Ubl:
    """Reading a generated document back: XPath relative to the root, `cac:`/`cbc:` prefixes."""

    def __init__(self, xml: bytes) -> None:
        self.root = etree.fromstring(xml)
        self.kind = etree.QName(self.root).localname

    def nodes(self, path: str, node: etree._Element | None = None) -> list[etree._Element]:
        return list((self.root if node is None else node).xpath(path, namespaces=NS))

    def texts(self, path: str, node: etree._Element | None = None) -> list[str]:
        return [str(n.text if isinstance(n, etree._Element) else n) for n in self.nodes(path, node)]

    def text(self, path: str, node: etree._Element | None = None) -> str:
        found = self.texts(path, node)
        assert len(found) == 1, (path, found)
        return found[0]

    def amount(self, path: str, node: etree._Element | None = None) -> Decimal:
        return Decimal(self.text(path, node))

    def lines(self) -> list[etree._Element]:
        return self.nodes("cac:InvoiceLine|cac:CreditNoteLine")

    def subtotals(self) -> dict[tuple[str, str], tuple[Decimal, Decimal]]:
        """(category, rate) → (taxable amount, tax amount) of each VAT breakdown."""
        found = {}
        for node in self.nodes("cac:TaxTotal/cac:TaxSubtotal"):
            key = (
                self.text("cac:TaxCategory/cbc:ID", node),
                "".join(self.texts("cac:TaxCategory/cbc:Percent", node)),
            )
            found[key] = (self.amount("cbc:TaxableAmount", node), self.amount("cbc:TaxAmount", node))
        return found


def cen_code_list(rule: str) -> frozenset[str]:
    """The codes a CEN code-list rule (BR-CL-xx) accepts, read from the stylesheet itself."""
    text = RULES.read_text("utf-8")
    message = text.index(f"[{rule}]")
    test = text[text.rindex("<xsl:when test=", 0, message) : message]
    return frozenset(re.search(r"contains\(\s*' ([^']*) '", test).group(1).split())  # type: ignore[union-attr]

"""The checks a received UBL document gets besides its sums: the OASIS UBL 2.1 schema (shipped in
resources/einvoice/ubl-2.1) and, where an XSLT 2.0 processor is installed (saxonche, a test and
developer dependency only), CEN's EN 16931 rules, reported by rule id."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from facturas_app.paths import project_root, resource_path

SCHEMA_FILES = {
    "Invoice": "UBL-Invoice-2.1.xsd",
    "CreditNote": "UBL-CreditNote-2.1.xsd",
    "ApplicationResponse": "UBL-ApplicationResponse-2.1.xsd",
}
CEN_XSLT = "EN16931-UBL-validation.xslt"
SVRL = "{http://purl.oclc.org/dsdl/svrl}"
_SCHEMA_PARSER = etree.XMLParser(no_network=True, resolve_entities=False)
MAX_SCHEMA_ERRORS = 20  # a broken document can have hundreds; the first ones say enough


@dataclass(frozen=True)
class Finding:
    rule: str
    fatal: bool
    text: str

    def line(self) -> str:
        return f"{self.rule}: {self.text}"


def ubl_schema_dir() -> Path:
    return resource_path("einvoice", "ubl-2.1", "maindoc")


@cache
def ubl_schema(root_name: str) -> etree.XMLSchema:
    # Parsing the UBL schemas takes a moment (hundreds of types): once per process and document kind.
    path = ubl_schema_dir() / SCHEMA_FILES[root_name]
    return etree.XMLSchema(etree.parse(str(path), _SCHEMA_PARSER))


def schema_problems(root: etree._Element, root_name: str) -> list[str]:
    """The UBL 2.1 schema's errors for the document ("UBL 2.1 schema, line 12: …"), at most 20."""
    schema = ubl_schema(root_name)
    if schema.validate(root):
        return []
    errors = list(schema.error_log)[:MAX_SCHEMA_ERRORS]
    return [f"UBL 2.1 schema, line {e.line}: {e.message}" for e in errors]


def cen_stylesheet() -> Path | None:
    """CEN's compiled EN 16931 UBL rules where a source checkout has them (the repository's test
    copy, else the developer's ../shared one); not shipped: 0.9 MB of XSLT the installed app cannot
    run without saxonche."""
    root = project_root()
    for folder in (root / "tests" / "data" / "einvoice", root.parent / "shared" / "einvoice"):
        candidate = folder / "en16931" / CEN_XSLT
        if candidate.is_file():
            return candidate
    return None


class CenRules:
    """The stylesheet compiled once (about a second) and run per document."""

    def __init__(self, stylesheet: Path) -> None:
        from saxonche import PySaxonProcessor

        self.processor: Any = PySaxonProcessor(license=False)
        compiler = self.processor.new_xslt30_processor()
        self.executable: Any = compiler.compile_stylesheet(stylesheet_file=str(stylesheet))
        self.lock = threading.Lock()  # one processor for the process; imports may run on workers

    def findings(self, xml: bytes) -> list[Finding]:
        with self.lock:
            node = self.processor.parse_xml(xml_text=xml.decode("utf-8"))
            svrl = self.executable.transform_to_string(xdm_node=node).encode("utf-8")
        report = etree.fromstring(svrl, _SCHEMA_PARSER)
        return [
            _finding(item)
            for tag in ("failed-assert", "successful-report")
            for item in report.iter(SVRL + tag)
        ]


def _finding(item: etree._Element) -> Finding:
    text = " ".join((item.findtext(SVRL + "text") or "").split())
    return Finding(item.get("id", ""), item.get("flag", "fatal") == "fatal", text)


@cache
def cen_rules() -> CenRules | None:
    """The CEN rules when they can run here (saxonche importable and the stylesheet present)."""
    stylesheet = cen_stylesheet()
    if stylesheet is None:
        return None
    try:
        return CenRules(stylesheet)
    except ImportError:
        return None


def cen_findings(root: etree._Element) -> list[Finding] | None:
    """CEN's findings for the document, or None when the rules cannot run in this installation."""
    rules = cen_rules()
    if rules is None:
        return None
    # Re-serialised as UTF-8 (the file may be in another encoding); what saxonche sees is what we read.
    xml = etree.tostring(root, encoding="utf-8")
    try:
        return rules.findings(xml)
    except Exception as error:  # saxonche raises its own PySaxonApiError (and ValueError) types
        return [Finding("CEN", True, f"the EN 16931 rules could not run on the document: {error}")]

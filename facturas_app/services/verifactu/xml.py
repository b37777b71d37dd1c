"""RegFactuSistemaFacturacion documents from VERI*FACTU records, and their validation against the
official AEAT schemas (SuministroLR.xsd). Text forms come from the domain module so the XML says
exactly what the hash covered."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TypeVar, cast

from lxml import etree

from facturas_app import build_info
from facturas_app.domain.text_rules import printable
from facturas_app.domain.verifactu import (
    AltaRecord,
    AnulacionRecord,
    BreakdownDetail,
    ChainLink,
    ChainRecord,
    Recipient,
    amount_text,
    date_text,
    rate_text,
)
from facturas_app.paths import project_root, resource_path

NS_BASE = "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/"
NS_LR = NS_BASE + "SuministroLR.xsd"
NS_SF = NS_BASE + "SuministroInformacion.xsd"
NSMAP = {"sfLR": NS_LR, "sf": NS_SF}
MAX_RECORDS_PER_DOCUMENT = 1000  # RegistroFactura maxOccurs in SuministroLR.xsd
RECORD_VERSION = "1.0"  # IDVersion: the only value the schema accepts
HASH_TYPE_SHA256 = "01"  # TipoHuella

T = TypeVar("T")


@dataclass(frozen=True)
class SoftwareInfo:
    """SistemaInformatico: who produces this app and which installation wrote the record."""

    producer_name: str
    producer_nif: str
    installation_number: str
    system_name: str = build_info.SYSTEM_NAME
    system_id: str = build_info.SYSTEM_ID
    version: str = build_info.VERSION
    # The flags default to the build's answers; records rebuilt from storage pass their own.
    only_verifactu: bool = build_info.ONLY_VERIFACTU  # TipoUsoPosibleSoloVerifactu
    multi_taxpayer_capable: bool = build_info.MULTI_TAXPAYER_CAPABLE  # TipoUsoPosibleMultiOT
    multiple_taxpayers: bool = build_info.MULTIPLE_TAXPAYERS  # IndicadorMultiplesOT


@dataclass(frozen=True)
class Taxpayer:
    """Cabecera/ObligadoEmision: the issuer whose records the document carries."""

    name: str
    nif: str


def _sf(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    node = etree.SubElement(parent, f"{{{NS_SF}}}{tag}")
    if text is not None:
        node.text = printable(text)  # a name stored before control characters were refused at input
    return node


def _yes_no(flag: bool) -> str:
    return "S" if flag else "N"


def _software(parent: etree._Element, software: SoftwareInfo) -> None:
    node = _sf(parent, "SistemaInformatico")
    _sf(node, "NombreRazon", software.producer_name)
    _sf(node, "NIF", software.producer_nif)
    _sf(node, "NombreSistemaInformatico", software.system_name)
    _sf(node, "IdSistemaInformatico", software.system_id)
    _sf(node, "Version", software.version)
    _sf(node, "NumeroInstalacion", software.installation_number)
    _sf(node, "TipoUsoPosibleSoloVerifactu", _yes_no(software.only_verifactu))
    _sf(node, "TipoUsoPosibleMultiOT", _yes_no(software.multi_taxpayer_capable))
    _sf(node, "IndicadorMultiplesOT", _yes_no(software.multiple_taxpayers))


def _chain(parent: etree._Element, previous: ChainLink | None) -> None:
    node = _sf(parent, "Encadenamiento")
    if previous is None:
        _sf(node, "PrimerRegistro", "S")
        return
    link = _sf(node, "RegistroAnterior")
    _sf(link, "IDEmisorFactura", previous.issuer_nif)
    _sf(link, "NumSerieFactura", previous.number)
    _sf(link, "FechaExpedicionFactura", date_text(previous.issue_date))
    _sf(link, "Huella", previous.huella)


def _invoice_id(parent: etree._Element, tag: str, nif: str, number: str, date_: str) -> None:
    node = _sf(parent, tag)
    _sf(node, "IDEmisorFactura", nif)
    _sf(node, "NumSerieFactura", number)
    _sf(node, "FechaExpedicionFactura", date_)


def _recipient(parent: etree._Element, who: Recipient) -> None:
    node = _sf(parent, "IDDestinatario")
    _sf(node, "NombreRazon", who.name)
    if who.nif is not None:
        _sf(node, "NIF", who.nif)
        return
    assert who.foreign_id is not None  # guaranteed by build_alta's validation
    other = _sf(node, "IDOtro")
    if who.foreign_id.country:
        _sf(other, "CodigoPais", who.foreign_id.country)
    _sf(other, "IDType", who.foreign_id.id_type)
    _sf(other, "ID", who.foreign_id.value)


def _rate_and_tax(group: BreakdownDetail) -> tuple[Decimal, Decimal] | None:
    """Subject operations state rate and cuota; reverse charge (S2) states 0 and 0 (SPAIN.md)."""
    if group.operation not in ("S1", "S2"):
        return None
    return (group.rate or Decimal(0), group.tax or Decimal(0))


def _tax_group(parent: etree._Element, group: BreakdownDetail) -> None:
    node = _sf(parent, "DetalleDesglose")
    _sf(node, "Impuesto", group.tax_code)
    _sf(node, "ClaveRegimen", group.regime)
    exempt = group.operation.startswith("E")
    _sf(node, "OperacionExenta" if exempt else "CalificacionOperacion", group.operation)
    rate_and_tax = _rate_and_tax(group)
    if rate_and_tax:
        _sf(node, "TipoImpositivo", rate_text(rate_and_tax[0]))
    _sf(node, "BaseImponibleOimporteNoSujeto", amount_text(group.base))
    if rate_and_tax:
        _sf(node, "CuotaRepercutida", amount_text(rate_and_tax[1]))
    if group.surcharge_rate is not None and group.surcharge is not None:
        _sf(node, "TipoRecargoEquivalencia", rate_text(group.surcharge_rate))
        _sf(node, "CuotaRecargoEquivalencia", amount_text(group.surcharge))


def _rectification(parent: etree._Element, record: AltaRecord) -> None:
    if record.rectification_kind is None:
        return
    _sf(parent, "TipoRectificativa", record.rectification_kind)
    if record.rectified:
        node = _sf(parent, "FacturasRectificadas")
        for ref in record.rectified:
            _invoice_id(node, "IDFacturaRectificada", ref.issuer_nif, ref.number, date_text(ref.issue_date))
    amounts = record.rectification_amounts
    if amounts is not None:
        node = _sf(parent, "ImporteRectificacion")
        _sf(node, "BaseRectificada", amount_text(amounts.base))
        _sf(node, "CuotaRectificada", amount_text(amounts.tax))
        if amounts.surcharge is not None:
            _sf(node, "CuotaRecargoRectificado", amount_text(amounts.surcharge))


def _alta(parent: etree._Element, record: AltaRecord, software: SoftwareInfo) -> None:
    node = _sf(parent, "RegistroAlta")
    _sf(node, "IDVersion", RECORD_VERSION)
    _invoice_id(node, "IDFactura", record.issuer_nif, record.number, date_text(record.issue_date))
    _sf(node, "NombreRazonEmisor", record.issuer_name)
    if record.subsanacion:
        _sf(node, "Subsanacion", "S")
    if record.rechazo_previo:
        _sf(node, "RechazoPrevio", record.rechazo_previo)
    _sf(node, "TipoFactura", record.invoice_type)
    _rectification(node, record)
    if record.operation_date is not None:
        _sf(node, "FechaOperacion", date_text(record.operation_date))
    _sf(node, "DescripcionOperacion", record.description)
    if record.recipients:
        recipients = _sf(node, "Destinatarios")
        for who in record.recipients:
            _recipient(recipients, who)
    breakdown = _sf(node, "Desglose")
    for group in record.breakdown:
        _tax_group(breakdown, group)
    _sf(node, "CuotaTotal", amount_text(record.cuota_total))
    _sf(node, "ImporteTotal", amount_text(record.importe_total))
    _closing(node, record, software)


def _anulacion(parent: etree._Element, record: AnulacionRecord, software: SoftwareInfo) -> None:
    node = _sf(parent, "RegistroAnulacion")
    _sf(node, "IDVersion", RECORD_VERSION)
    ident = _sf(node, "IDFactura")
    _sf(ident, "IDEmisorFacturaAnulada", record.issuer_nif)
    _sf(ident, "NumSerieFacturaAnulada", record.number)
    _sf(ident, "FechaExpedicionFacturaAnulada", date_text(record.issue_date))
    if record.rechazo_previo:
        _sf(node, "RechazoPrevio", "S")
    _closing(node, record, software)


def _closing(node: etree._Element, record: ChainRecord, software: SoftwareInfo) -> None:
    """The tail both record kinds share: chain, software, generation time and the hash."""
    _chain(node, record.previous)
    _software(node, software)
    _sf(node, "FechaHoraHusoGenRegistro", record.generation_time)
    _sf(node, "TipoHuella", HASH_TYPE_SHA256)
    _sf(node, "Huella", record.huella)


def document_element(
    records: Sequence[ChainRecord], taxpayer: Taxpayer, software: SoftwareInfo, incident: bool = False
) -> etree._Element:
    """The RegFactuSistemaFacturacion element, for embedding in a SOAP envelope.

    `incident`: the records go late, after an incident kept them from being sent on time. The XSD
    puts Incidencia in Cabecera/RemisionVoluntaria (per document, not per RegistroAlta/Anulacion),
    and it is not part of any huella, so the stored records stay as they are."""
    if not 1 <= len(records) <= MAX_RECORDS_PER_DOCUMENT:
        raise ValueError(f"a document carries 1..{MAX_RECORDS_PER_DOCUMENT} records, got {len(records)}")
    others = {r.issuer_nif for r in records} - {taxpayer.nif}
    if others:
        # AEAT rejects records whose issuer is not the ObligadoEmision of the header.
        raise ValueError(f"records of other issuers in one document: {sorted(others)}")
    root = etree.Element(f"{{{NS_LR}}}RegFactuSistemaFacturacion", nsmap=NSMAP)
    obligado = _sf(etree.SubElement(root, f"{{{NS_LR}}}Cabecera"), "ObligadoEmision")
    _sf(obligado, "NombreRazon", taxpayer.name)
    _sf(obligado, "NIF", taxpayer.nif)
    if incident:
        _sf(_sf(obligado.getparent(), "RemisionVoluntaria"), "Incidencia", "S")
    for record in records:
        holder = etree.SubElement(root, f"{{{NS_LR}}}RegistroFactura")
        if isinstance(record, AltaRecord):
            _alta(holder, record, software)
        else:
            _anulacion(holder, record, software)
    return root


def build_document(
    records: Sequence[ChainRecord], taxpayer: Taxpayer, software: SoftwareInfo, incident: bool = False
) -> bytes:
    """One UTF-8 XML document with at most 1,000 records of one issuer, in chain order."""
    root = document_element(records, taxpayer, software, incident)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def split_batches(items: Sequence[T], size: int = MAX_RECORDS_PER_DOCUMENT) -> list[list[T]]:
    """Consecutive batches of at most `size` (≤ 1,000), keeping chain order."""
    if not 1 <= size <= MAX_RECORDS_PER_DOCUMENT:
        raise ValueError(f"batch size must be 1..{MAX_RECORDS_PER_DOCUMENT}")
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def build_documents(
    records: Sequence[ChainRecord], taxpayer: Taxpayer, software: SoftwareInfo
) -> list[bytes]:
    return [build_document(batch, taxpayer, software) for batch in split_batches(records)]


# --- schema validation ---------------------------------------------------------------------------


def schema_dir() -> Path:
    """Where the AEAT XSDs are: the developer's ../shared copy first, then the shipped resources."""
    root = project_root()
    candidates = [root.parent / "shared" / "verifactu" / "xsd", resource_path("verifactu", "xsd")]
    for candidate in candidates:
        if (candidate / "SuministroLR.xsd").is_file():
            return candidate
    raise FileNotFoundError("VERI*FACTU schemas not found in: " + ", ".join(map(str, candidates)))


@lru_cache(maxsize=4)
def load_schema(name: str = "SuministroLR.xsd") -> etree.XMLSchema:
    # Parsing the schemas takes a noticeable moment: do it once per process.
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(schema_dir() / name), parser))


def validate_document(xml: bytes, schema_name: str = "SuministroLR.xsd") -> list[str]:
    """Schema errors of an XML document ('line N: message'); an empty list means valid."""
    schema = load_schema(schema_name)
    try:
        document = etree.fromstring(xml, etree.XMLParser(no_network=True, resolve_entities=False))
    except etree.XMLSyntaxError as exc:
        return [f"not well-formed: {exc}"]
    if schema.validate(document):
        return []
    # lxml-stubs does not know _ErrorLog is iterable; at runtime it is.
    errors = cast(Iterable[etree._LogEntry], schema.error_log)
    return [f"line {error.line}: {error.message}" for error in errors]

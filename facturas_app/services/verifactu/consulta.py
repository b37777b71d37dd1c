"""ConsultaFactuSistemaFacturacion: asking AEAT what it holds for one invoice. Used after a send
got no answer (timeout, broken connection) or a "duplicate" answer, so the record's state comes
from AEAT instead of a guess."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lxml import etree

from facturas_app.domain.text_rules import printable
from facturas_app.domain.verifactu import date_text
from facturas_app.services.verifactu.xml import NS_BASE, NS_SF, RECORD_VERSION, Taxpayer

NS_CON = NS_BASE + "ConsultaLR.xsd"
NS_RCON = NS_BASE + "RespuestaConsultaLR.xsd"
NS_SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
_NS = {"c": NS_RCON, "sf": NS_SF}


@dataclass(frozen=True)
class HeldRecord:
    """One RegistroRespuestaConsultaFactuSistemaFacturacion: AEAT's current record of an invoice."""

    number: str
    issue_date: str  # DD-MM-YYYY, as AEAT writes it
    huella: str
    state: str  # Correcto | AceptadoConErrores | Anulado
    error_code: int | None = None
    error_description: str = ""


def _sub(parent: etree._Element, ns: str, tag: str, text: str | None = None) -> etree._Element:
    node = etree.SubElement(parent, f"{{{ns}}}{tag}")
    if text is not None:
        node.text = printable(text)  # a name stored before control characters were refused at input
    return node


def query_element(taxpayer: Taxpayer, number: str, issue_date: dt.date) -> etree._Element:
    """The ConsultaFactuSistemaFacturacion for one invoice number in its month (the period AEAT
    files the record under is the month of its issue date)."""
    root = etree.Element(f"{{{NS_CON}}}ConsultaFactuSistemaFacturacion", nsmap={"con": NS_CON, "sf": NS_SF})
    header = _sub(root, NS_CON, "Cabecera")
    _sub(header, NS_SF, "IDVersion", RECORD_VERSION)
    obligado = _sub(header, NS_SF, "ObligadoEmision")
    _sub(obligado, NS_SF, "NombreRazon", taxpayer.name)
    _sub(obligado, NS_SF, "NIF", taxpayer.nif)
    query = _sub(root, NS_CON, "FiltroConsulta")
    period = _sub(query, NS_CON, "PeriodoImputacion")  # declared in ConsultaLR.xsd; its parts in sf
    _sub(period, NS_SF, "Ejercicio", f"{issue_date.year:04d}")
    _sub(period, NS_SF, "Periodo", f"{issue_date.month:02d}")
    _sub(query, NS_CON, "NumSerieFactura", number)
    return root


def build_query_envelope(taxpayer: Taxpayer, number: str, issue_date: dt.date) -> bytes:
    envelope = etree.Element(f"{{{NS_SOAP}}}Envelope", nsmap={"soapenv": NS_SOAP})
    etree.SubElement(envelope, f"{{{NS_SOAP}}}Header")
    etree.SubElement(envelope, f"{{{NS_SOAP}}}Body").append(query_element(taxpayer, number, issue_date))
    return bytes(etree.tostring(envelope, xml_declaration=True, encoding="UTF-8"))


def _text(node: etree._Element, path: str) -> str:
    found = node.find(path, _NS)
    return found.text.strip() if found is not None and found.text else ""


def _held(node: etree._Element) -> HeldRecord:
    code = _text(node, "c:EstadoRegistro/c:CodigoErrorRegistro")
    return HeldRecord(
        number=_text(node, "c:IDFactura/sf:NumSerieFactura"),
        issue_date=_text(node, "c:IDFactura/sf:FechaExpedicionFactura"),
        huella=_text(node, "c:DatosRegistroFacturacion/c:Huella"),
        state=_text(node, "c:EstadoRegistro/c:EstadoRegistro"),
        error_code=int(code) if code else None,
        error_description=_text(node, "c:EstadoRegistro/c:DescripcionErrorRegistro"),
    )


def parse_query_answer(answer: etree._Element) -> list[HeldRecord]:
    """The records of a RespuestaConsultaFactuSistemaFacturacion element (none: SinDatos)."""
    return [
        _held(node) for node in answer.iterfind("c:RegistroRespuestaConsultaFactuSistemaFacturacion", _NS)
    ]


def held_for(records: list[HeldRecord], number: str, issue_date: dt.date) -> HeldRecord | None:
    wanted = date_text(issue_date)
    return next((r for r in records if r.number == number and r.issue_date == wanted), None)

"""Sending VERI*FACTU records to AEAT: the SOAP request, the RespuestaSuministro answer and the
queue policy (batches of ≤ 1,000, waiting the TiempoEsperaEnvio AEAT asks for).

Stdlib HTTP (urllib) with a client certificate; tests talk to a local plain-HTTP server instead.
"""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from lxml import etree

from facturas_app.domain.errors import FacturasError
from facturas_app.domain.verifactu import AltaRecord, ChainRecord, date_text
from facturas_app.services.ports import Clock
from facturas_app.services.verifactu.consulta import HeldRecord
from facturas_app.services.verifactu.xml import (
    MAX_RECORDS_PER_DOCUMENT,
    NS_BASE,
    NS_SF,
    SoftwareInfo,
    Taxpayer,
    document_element,
)

NS_SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
NS_R = NS_BASE + "RespuestaSuministro.xsd"
ENDPOINT_PRODUCTION = (
    "https://www1.agenciatributaria.gob.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP"
)
ENDPOINT_TEST = "https://prewww1.aeat.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP"
INITIAL_WAIT_SECONDS = 60  # AEAT's starting TiempoEsperaEnvio, before any answer says otherwise
ACCEPTED_STATES = frozenset({"Correcto", "AceptadoConErrores"})


class VerifactuError(FacturasError):
    code = "verifactu_error"


class VerifactuTransportError(VerifactuError):
    """No usable answer (network, TLS, HTTP status). `maybe_received`: the request may have reached
    AEAT (timeout, connection broken after sending), so its records are asked about before any
    resend; False when the connection was never made."""

    code = "verifactu_transport"

    def __init__(self, maybe_received: bool = True, **params: object) -> None:
        super().__init__(**params)
        self.maybe_received = maybe_received


class VerifactuFault(VerifactuError):
    """AEAT answered with a SOAP Fault (malformed request, certificate not allowed...)."""

    code = "verifactu_fault"


RecordKey = tuple[str, str, str, str]  # issuer NIF, number, DD-MM-YYYY date, Alta|Anulacion


def record_key(record: ChainRecord) -> RecordKey:
    """How AEAT's answer names a record: the invoice id plus the kind of operation."""
    kind = "Alta" if isinstance(record, AltaRecord) else "Anulacion"
    return (record.issuer_nif, record.number, date_text(record.issue_date), kind)


@dataclass(frozen=True)
class LineResult:
    """RespuestaLinea: the fate of one record."""

    key: RecordKey
    status: str  # EstadoRegistro: Correcto | AceptadoConErrores | Incorrecto
    error_code: int | None = None
    error_description: str = ""
    duplicate: bool = False  # AEAT already holds a record with this id (RegistroDuplicado)
    duplicate_state: str = ""  # EstadoRegistroDuplicado: Correcta | AceptadaConErrores | Anulada

    @property
    def delivered(self) -> bool:
        """AEAT took this very record now. A duplicate is not: what AEAT holds may be another
        record with the same number, so the caller asks (ConsultaLR) before believing it."""
        return self.status in ACCEPTED_STATES and not self.duplicate


@dataclass(frozen=True)
class SubmissionResult:
    """RespuestaRegFactuSistemaFacturacion, reduced to what the app acts on."""

    status: str  # EstadoEnvio: Correcto | ParcialmenteCorrecto | Incorrecto
    wait_seconds: int  # TiempoEsperaEnvio
    csv: str | None = None
    lines: tuple[LineResult, ...] = ()

    def line_for(self, record: ChainRecord) -> LineResult | None:
        key = record_key(record)
        return next((line for line in self.lines if line.key == key), None)


# --- request and response ------------------------------------------------------------------------


def build_envelope(
    records: Sequence[ChainRecord], taxpayer: Taxpayer, software: SoftwareInfo, incident: bool = False
) -> bytes:
    """The SOAP 1.1 request carrying one RegFactuSistemaFacturacion document."""
    envelope = etree.Element(f"{{{NS_SOAP}}}Envelope", nsmap={"soapenv": NS_SOAP})
    etree.SubElement(envelope, f"{{{NS_SOAP}}}Header")
    body = etree.SubElement(envelope, f"{{{NS_SOAP}}}Body")
    body.append(document_element(records, taxpayer, software, incident))
    return bytes(etree.tostring(envelope, xml_declaration=True, encoding="UTF-8"))


def _text(node: etree._Element, path: str) -> str | None:
    found = node.find(path, {"r": NS_R, "sf": NS_SF, "s": NS_SOAP})
    return found.text.strip() if found is not None and found.text else None


def _line(node: etree._Element) -> LineResult:
    key = (
        _text(node, "r:IDFactura/sf:IDEmisorFactura") or "",
        _text(node, "r:IDFactura/sf:NumSerieFactura") or "",
        _text(node, "r:IDFactura/sf:FechaExpedicionFactura") or "",
        _text(node, "r:Operacion/sf:TipoOperacion") or "",
    )
    code = _text(node, "r:CodigoErrorRegistro")
    return LineResult(
        key=key,
        status=_text(node, "r:EstadoRegistro") or "",
        error_code=int(code) if code else None,
        error_description=_text(node, "r:DescripcionErrorRegistro") or "",
        duplicate=node.find("r:RegistroDuplicado", {"r": NS_R}) is not None,
        duplicate_state=_text(node, "r:RegistroDuplicado/sf:EstadoRegistroDuplicado") or "",
    )


def parse_response(xml: bytes) -> SubmissionResult:
    """Read AEAT's answer; a SOAP Fault raises VerifactuFault, an unexpected body a transport error."""
    root = _parse_xml(xml)
    answer = root.find(f".//{{{NS_R}}}RespuestaRegFactuSistemaFacturacion")
    if answer is None:
        raise VerifactuTransportError(detail="no RespuestaRegFactuSistemaFacturacion in the answer")
    wait = _text(answer, "r:TiempoEsperaEnvio")
    return SubmissionResult(
        status=_text(answer, "r:EstadoEnvio") or "",
        wait_seconds=int(wait) if wait else INITIAL_WAIT_SECONDS,
        csv=_text(answer, "r:CSV"),
        lines=tuple(_line(node) for node in answer.iterfind("r:RespuestaLinea", {"r": NS_R})),
    )


def parse_query_response(xml: bytes) -> list[HeldRecord]:
    from facturas_app.services.verifactu.consulta import NS_RCON, parse_query_answer

    root = _parse_xml(xml)
    answer = root.find(f".//{{{NS_RCON}}}RespuestaConsultaFactuSistemaFacturacion")
    if answer is None:
        raise VerifactuTransportError(detail="no RespuestaConsultaFactuSistemaFacturacion in the answer")
    return parse_query_answer(answer)


def _parse_xml(xml: bytes) -> etree._Element:
    """The answer's root; a SOAP Fault raises VerifactuFault, non-XML a transport error."""
    try:
        root = etree.fromstring(xml, etree.XMLParser(no_network=True, resolve_entities=False))
    except etree.XMLSyntaxError as exc:
        raise VerifactuTransportError(detail=f"answer is not XML: {exc}") from exc
    fault = root.find(f".//{{{NS_SOAP}}}Fault")
    if fault is not None:
        raise VerifactuFault(fault_code=_text(fault, "faultcode"), detail=_text(fault, "faultstring"))
    return root


def _maybe_received(exc: BaseException) -> bool:
    """False only when the request surely never left: the connection itself was refused or the
    host unknown. A timeout or a broken connection may come after AEAT stored the records."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    return not isinstance(reason, ConnectionRefusedError | socket.gaierror | ssl.SSLError)


# --- transport -----------------------------------------------------------------------------------


def client_tls_context(
    cert_path: str, key_path: str | None = None, password: str | None = None
) -> ssl.SSLContext:
    """TLS with the taxpayer's (or representative's) qualified certificate, PEM cert + key."""
    context = ssl.create_default_context()
    context.load_cert_chain(cert_path, key_path, password)
    return context


@dataclass
class VerifactuClient:
    """Posts SOAP requests to one endpoint. `tls` is None only for the local test server."""

    endpoint: str = ENDPOINT_TEST
    tls: ssl.SSLContext | None = None
    timeout: float = 120.0

    def post(self, envelope: bytes) -> bytes:
        request = urllib.request.Request(
            self.endpoint,
            data=envelope,
            method="POST",
            headers={"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '""'},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout, context=self.tls) as answer:
                return bytes(answer.read())
        except urllib.error.HTTPError as exc:
            # SOAP 1.1 sends Faults with status 500: that body is still AEAT's answer.
            body = exc.read()
            if body and b"Fault" in body:
                return bytes(body)
            raise VerifactuTransportError(status=exc.code, detail=str(exc.reason)) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise VerifactuTransportError(maybe_received=_maybe_received(exc), detail=str(exc)) from exc

    def consult(self, taxpayer: Taxpayer, number: str, issue_date: dt.date) -> HeldRecord | None:
        """What AEAT holds for one invoice (ConsultaFactuSistemaFacturacion); None: nothing."""
        from facturas_app.services.verifactu.consulta import build_query_envelope, held_for

        answer = self.post(build_query_envelope(taxpayer, number, issue_date))
        return held_for(parse_query_response(answer), number, issue_date)

    def submit(
        self,
        records: Sequence[ChainRecord],
        taxpayer: Taxpayer,
        software: SoftwareInfo,
        incident: bool = False,
    ) -> SubmissionResult:
        return parse_response(self.post(build_envelope(records, taxpayer, software, incident)))


# --- queue policy --------------------------------------------------------------------------------


@dataclass
class SendPolicy:
    """When the next batch may go and what it holds. AEAT allows a send once the wait it gave has
    passed, or earlier when 1,000 records are waiting; the first send may go at once."""

    batch_size: int = MAX_RECORDS_PER_DOCUMENT
    wait_seconds: int = INITIAL_WAIT_SECONDS
    last_sent_at: dt.datetime | None = None
    # Records with different keys never share a document (e.g. late ones, flagged Incidencia=S).
    group_key: Callable[[ChainRecord], object] | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.batch_size <= MAX_RECORDS_PER_DOCUMENT:
            raise ValueError(f"batch size must be 1..{MAX_RECORDS_PER_DOCUMENT}")

    def seconds_to_wait(self, now: dt.datetime, pending_count: int) -> float:
        if self.last_sent_at is None or pending_count >= MAX_RECORDS_PER_DOCUMENT:
            return 0.0
        due = self.last_sent_at + dt.timedelta(seconds=self.wait_seconds)
        return max(0.0, (due - now).total_seconds())

    def next_batch(self, pending: Sequence[ChainRecord]) -> list[ChainRecord]:
        """The oldest records first: AEAT checks the chain in the order records arrive; the batch
        stops where `group_key` changes."""
        batch = list(pending[: self.batch_size])
        if self.group_key is None or not batch:
            return batch
        first = self.group_key(batch[0])
        end = next((i for i, record in enumerate(batch) if self.group_key(record) != first), len(batch))
        return batch[:end]

    def record_sent(self, sent_at: dt.datetime) -> None:
        self.last_sent_at = sent_at

    def adopt_wait(self, result: SubmissionResult) -> None:
        """AEAT may change the wait with every answer; the latest one rules."""
        self.wait_seconds = result.wait_seconds


@dataclass
class SendReport:
    """What happened to each pending record; `remaining` are to be sent again later."""

    delivered: list[tuple[ChainRecord, LineResult]] = field(default_factory=list)
    rejected: list[tuple[ChainRecord, LineResult]] = field(default_factory=list)
    remaining: list[ChainRecord] = field(default_factory=list)
    results: list[SubmissionResult] = field(default_factory=list)
    error: VerifactuError | None = None  # why sending stopped early, if it did
    # The batch that may have reached AEAT without an answer (timeout): asked about, never resent
    # blindly. It stays in `remaining` too, as it is not settled.
    in_doubt: list[ChainRecord] = field(default_factory=list)
    duplicates: list[tuple[ChainRecord, LineResult]] = field(default_factory=list)


def send_pending(
    pending: Sequence[ChainRecord],
    *,
    submit: Callable[[Sequence[ChainRecord]], SubmissionResult],
    policy: SendPolicy,
    clock: Clock,
    sleep: Callable[[float], None],
    max_batches: int | None = None,
) -> SendReport:
    """Send everything pending in chain order, batch by batch, waiting as AEAT asks. Stops early,
    leaving records in `remaining`, on a transport error or a Fault (`error`) or when a batch gets
    no answer line for some records, so they keep their place in the chain."""
    report = SendReport(remaining=list(pending))
    while report.remaining and (max_batches is None or len(report.results) < max_batches):
        wait = policy.seconds_to_wait(clock.now(), len(report.remaining))
        if wait > 0:
            sleep(wait)
        batch = policy.next_batch(report.remaining)
        try:
            result = submit(batch)
        except VerifactuError as exc:
            # Keep what earlier batches achieved; the caller retries `remaining` later. A failed
            # attempt starts the wait too: never hammer AEAT.
            policy.record_sent(clock.now())
            report.error = exc
            if isinstance(exc, VerifactuTransportError) and exc.maybe_received:
                report.in_doubt = batch
            break
        policy.record_sent(clock.now())  # AEAT's wait counts from its answer
        policy.adopt_wait(result)
        report.results.append(result)
        if not _settle(batch, result, report):
            break
    return report


def _settle(batch: list[ChainRecord], result: SubmissionResult, report: SendReport) -> bool:
    """Move the batch's records to delivered/rejected; False when some had no answer line."""
    answered: list[ChainRecord] = []
    for record in batch:
        line = result.line_for(record)
        if line is None:
            continue
        target = (
            report.duplicates if line.duplicate else report.delivered if line.delivered else report.rejected
        )
        target.append((record, line))
        answered.append(record)
    settled = {id(record) for record in answered}
    report.remaining = [record for record in report.remaining if id(record) not in settled]
    return len(answered) == len(batch)

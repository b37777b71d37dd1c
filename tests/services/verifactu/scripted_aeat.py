"""A scripted AEAT for the SOAP client and send-queue tests: chained sample records, AEAT's canned
answers built after RespuestaSuministro.xsd (and checked against it, so the parser is tested on
documents AEAT's schema accepts), and a local plain-HTTP server that answers each POST with the
next scripted answer. The full local AEAT with AEAT's rules is aeat_server.py."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from lxml import etree

from facturas_app.domain.verifactu import (
    BreakdownDetail,
    ChainRecord,
    InvoiceRef,
    Recipient,
    build_alta,
    build_anulacion,
)
from facturas_app.services.verifactu.soap import (
    NS_R,
    NS_SOAP,
    SendPolicy,
    SendReport,
    SubmissionResult,
    VerifactuClient,
    send_pending,
)
from facturas_app.services.verifactu.xml import NS_SF, SoftwareInfo, Taxpayer, validate_document

D = Decimal
NIF = "89890001K"
TAXPAYER = Taxpayer("Emisor Ejemplo SL", NIF)
SOFTWARE = SoftwareInfo("Facturas Software SL", "B00000034", "inst-0001")
T0 = dt.datetime(2027, 1, 4, 9, 0, tzinfo=dt.UTC)
NS = {"sf": NS_SF, "r": NS_R, "s": NS_SOAP}
CUSTOMER = Recipient("Cliente Nacional SL", nif="B12345674")
GROUP = (BreakdownDetail("S1", base=D("100.00"), rate=D("21"), tax=D("21.00")),)
Answer = Callable[[bytes], tuple[int, bytes]]


def chain(count: int, cancel_last: bool = False) -> list[ChainRecord]:
    """`count` chained altas of one issuer, optionally followed by the cancellation of the last."""
    records: list[ChainRecord] = []
    for n in range(1, count + 1):
        records.append(
            build_alta(
                issuer_nif=NIF, issuer_name=TAXPAYER.name, number=f"A-{n}", issue_date=dt.date(2027, 1, 4),
                invoice_type="F1", description="Servicios", breakdown=GROUP, cuota_total=D("21.00"),
                importe_total=D("121.00"), previous=records[-1] if records else None,
                generated_at=T0 + dt.timedelta(seconds=n), recipients=(CUSTOMER,),
            )
        )  # fmt: skip
    if cancel_last:
        cancelled = InvoiceRef(NIF, f"A-{count}", dt.date(2027, 1, 4))
        records.append(build_anulacion(cancelled=cancelled, previous=records[-1], generated_at=T0))
    return records


# --- canned AEAT answers -------------------------------------------------------------------------


def _r(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    node = etree.SubElement(parent, f"{{{NS_R}}}{tag}")
    node.text = text
    return node


def _sf(parent: etree._Element, tag: str, text: str) -> None:
    etree.SubElement(parent, f"{{{NS_SF}}}{tag}").text = text


def sent_ids(request: bytes) -> list[tuple[str, str, str, str]]:
    """(nif, number, date, operation) of every record in a request, in order."""
    root = etree.fromstring(request)
    found = []
    for node in root.iterfind(".//sf:RegistroAlta/sf:IDFactura", NS):
        found.append((*(child.text for child in node), "Alta"))
    for node in root.iterfind(".//sf:RegistroAnulacion/sf:IDFactura", NS):
        found.append((*(child.text for child in node), "Anulacion"))
    return found  # type: ignore[return-value]


def respuesta(
    request: bytes,
    states: dict[str, tuple[str, int | None]] | None = None,
    wait: int = 60,
    lines: bool = True,
) -> bytes:
    """AEAT's answer to `request`: every record Correcto unless `states` says otherwise by number."""
    states = states or {}
    answer = etree.Element(
        f"{{{NS_R}}}RespuestaRegFactuSistemaFacturacion", nsmap={"tikR": NS_R, "tik": NS_SF}
    )
    outcomes = [states.get(ident[1], ("Correcto", None)) for ident in sent_ids(request)] if lines else []
    rejected_all = not outcomes or all(state == "Incorrecto" for state, _ in outcomes)
    if not rejected_all:
        _r(answer, "CSV", "A-ABCDEF0123456789")
        shown = _r(answer, "DatosPresentacion")
        _sf(shown, "NIFPresentador", NIF)
        _sf(shown, "TimestampPresentacion", "2027-01-04T10:00:05+01:00")
    obligado = etree.SubElement(_r(answer, "Cabecera"), f"{{{NS_SF}}}ObligadoEmision")
    _sf(obligado, "NombreRazon", TAXPAYER.name)
    _sf(obligado, "NIF", NIF)
    _r(answer, "TiempoEsperaEnvio", str(wait))
    fine = all(state == "Correcto" for state, _ in outcomes) and outcomes
    _r(
        answer,
        "EstadoEnvio",
        "Correcto" if fine else "Incorrecto" if rejected_all else "ParcialmenteCorrecto",
    )
    for ident, (state, code) in zip(sent_ids(request), outcomes, strict=False):
        _line(answer, ident, state, code)
    assert validate_document(etree.tostring(answer), "RespuestaSuministro.xsd") == []
    return soap(answer)


def _line(answer: etree._Element, ident: tuple[str, str, str, str], state: str, code: int | None) -> None:
    line = _r(answer, "RespuestaLinea")
    invoice = _r(line, "IDFactura")
    for tag, text in zip(
        ("IDEmisorFactura", "NumSerieFactura", "FechaExpedicionFactura"), ident, strict=False
    ):
        _sf(invoice, tag, text)
    _sf(_r(line, "Operacion"), "TipoOperacion", ident[3])
    _r(line, "EstadoRegistro", "Incorrecto" if state == "Duplicado" else state)
    if code is not None:
        _r(line, "CodigoErrorRegistro", str(code))
        _r(line, "DescripcionErrorRegistro", f"Error {code} de prueba")
    if state == "Duplicado":
        duplicate = _r(line, "RegistroDuplicado")
        _sf(duplicate, "IdPeticionRegistroDuplicado", "20270104100000123")
        _sf(duplicate, "EstadoRegistroDuplicado", "Correcta")


def soap(body_child: etree._Element) -> bytes:
    envelope = etree.Element(f"{{{NS_SOAP}}}Envelope", nsmap={"env": NS_SOAP})
    etree.SubElement(envelope, f"{{{NS_SOAP}}}Header")
    etree.SubElement(envelope, f"{{{NS_SOAP}}}Body").append(body_child)
    return etree.tostring(envelope, xml_declaration=True, encoding="UTF-8")


FAULT = (
    b'<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><env:Fault>'
    b"<faultcode>env:Client</faultcode><faultstring>Codigo[4102].El XML no cumple el esquema</faultstring>"
    b"</env:Fault></env:Body></env:Envelope>"
)


# --- the local server ----------------------------------------------------------------------------


@dataclass
class FakeAeat:
    """Answers each POST with the next scripted `Answer`; keeps every request and its headers."""

    url: str = ""
    script: list[Answer] = field(default_factory=list)
    requests: list[bytes] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)

    def handle(self, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        self.requests.append(body)
        self.headers.append(headers)
        answer = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        return answer(body)


@pytest.fixture
def aeat() -> Iterator[FakeAeat]:
    fake = FakeAeat()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            status, answer = fake.handle(body, dict(self.headers))
            self.send_response(status)
            self.send_header("Content-Type", "text/xml; charset=utf-8")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    fake.url = (
        f"http://127.0.0.1:{server.server_address[1]}/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP"
    )
    yield fake
    server.shutdown()
    server.server_close()
    thread.join()


def ok(states: dict[str, tuple[str, int | None]] | None = None, wait: int = 60, lines: bool = True) -> Answer:
    return lambda request: (200, respuesta(request, states, wait, lines))


@dataclass
class FakeClock:
    """A clock that only moves when the code under test sleeps."""

    current: dt.datetime = T0
    sleeps: list[float] = field(default_factory=list)

    def today(self) -> dt.date:
        return self.current.date()

    def now(self) -> dt.datetime:
        return self.current

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.current += dt.timedelta(seconds=seconds)


def submitter(aeat: FakeAeat) -> Callable[[Sequence[ChainRecord]], SubmissionResult]:
    client = VerifactuClient(endpoint=aeat.url, timeout=5)
    return lambda batch: client.submit(batch, TAXPAYER, SOFTWARE)


def send_all(aeat: FakeAeat, records: list[ChainRecord], policy: SendPolicy | None = None) -> SendReport:
    clock = FakeClock()
    return send_pending(
        records, submit=submitter(aeat), policy=policy or SendPolicy(), clock=clock, sleep=clock.sleep
    )

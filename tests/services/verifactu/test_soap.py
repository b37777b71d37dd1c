"""The SOAP client and the send queue against a local plain-HTTP server answering like AEAT.

The canned answers are built here after RespuestaSuministro.xsd and checked against it, so the
parser is tested on documents AEAT's schema accepts."""

from __future__ import annotations

import datetime as dt
import ssl
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import trustme
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
    VerifactuFault,
    VerifactuTransportError,
    client_tls_context,
    parse_response,
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


# --- tests ---------------------------------------------------------------------------------------


def test_request_is_a_soap_envelope_around_a_schema_valid_document(aeat: FakeAeat) -> None:
    aeat.script = [ok()]
    submitter(aeat)(chain(2, cancel_last=True))
    request = etree.fromstring(aeat.requests[0])
    assert request.tag == f"{{{NS_SOAP}}}Envelope"
    document = request.find("s:Body", NS)[0]
    assert validate_document(etree.tostring(document)) == []
    assert aeat.headers[0]["Content-Type"] == "text/xml; charset=utf-8"


def test_all_records_accepted(aeat: FakeAeat) -> None:
    aeat.script = [ok()]
    records = chain(3, cancel_last=True)
    report = send_all(aeat, records)
    result = report.results[0]
    assert (result.status, result.csv, result.wait_seconds) == ("Correcto", "A-ABCDEF0123456789", 60)
    assert [record for record, _ in report.delivered] == records
    assert [line.key[3] for _, line in report.delivered] == ["Alta", "Alta", "Alta", "Anulacion"]
    assert report.rejected == [] and report.remaining == []


def test_accepted_with_errors_and_partly_rejected(aeat: FakeAeat) -> None:
    aeat.script = [ok({"A-2": ("AceptadoConErrores", 2004), "A-3": ("Incorrecto", 1100)})]
    records = chain(3)
    report = send_all(aeat, records)
    assert report.results[0].status == "ParcialmenteCorrecto"
    assert [(r.number, line.status) for r, line in report.delivered] == [
        ("A-1", "Correcto"),
        ("A-2", "AceptadoConErrores"),
    ]
    assert [(r.number, line.error_code) for r, line in report.rejected] == [("A-3", 1100)]
    assert report.rejected[0][1].error_description == "Error 1100 de prueba"
    assert report.remaining == []


def test_whole_batch_rejected(aeat: FakeAeat) -> None:
    aeat.script = [ok({"A-1": ("Incorrecto", 1100), "A-2": ("Incorrecto", 1104)})]
    report = send_all(aeat, chain(2))
    result = report.results[0]
    assert (result.status, result.csv) == ("Incorrecto", None)
    assert [line.error_code for _, line in report.rejected] == [1100, 1104]
    assert report.delivered == []


def test_a_duplicate_is_neither_delivered_nor_rejected_until_aeat_is_asked(aeat: FakeAeat) -> None:
    aeat.script = [ok({"A-1": ("Duplicado", 3000)})]
    report = send_all(aeat, chain(1))
    assert report.delivered == [] and report.rejected == []
    ((_record, line),) = report.duplicates
    assert line.duplicate and line.duplicate_state == "Correcta" and not line.delivered


def test_records_without_an_answer_line_stay_pending(aeat: FakeAeat) -> None:
    aeat.script = [ok(lines=False)]
    records = chain(3)
    report = send_all(aeat, records, SendPolicy(batch_size=2))
    assert report.remaining == records
    assert len(aeat.requests) == 1  # no retry loop against a server that refuses the header


def test_wait_time_from_each_answer_is_honoured(aeat: FakeAeat) -> None:
    aeat.script = [ok(wait=120), ok(wait=30), ok(wait=30)]
    clock = FakeClock()
    sent_at: list[dt.datetime] = []
    send = submitter(aeat)

    def timed(batch: Sequence[ChainRecord]) -> SubmissionResult:
        sent_at.append(clock.now())
        return send(batch)

    records = chain(5)
    report = send_pending(
        records, submit=timed, policy=SendPolicy(batch_size=2), clock=clock, sleep=clock.sleep
    )
    assert clock.sleeps == [120.0, 30.0]
    assert [len(sent_ids(request)) for request in aeat.requests] == [2, 2, 1]
    assert sent_at == [T0, T0 + dt.timedelta(seconds=120), T0 + dt.timedelta(seconds=150)]
    assert [r for r, _ in report.delivered] == records


def test_policy_waits_from_the_last_send_unless_a_full_batch_is_waiting() -> None:
    policy = SendPolicy()
    assert policy.seconds_to_wait(T0, 5) == 0  # nothing sent yet
    policy.record_sent(T0)
    assert policy.seconds_to_wait(T0 + dt.timedelta(seconds=20), 5) == 40  # AEAT's initial 60 s
    assert policy.seconds_to_wait(T0 + dt.timedelta(seconds=20), 1000) == 0
    assert policy.seconds_to_wait(T0 + dt.timedelta(seconds=90), 5) == 0
    assert len(policy.next_batch(chain(1) * 1500)) == 1000
    with pytest.raises(ValueError):
        SendPolicy(batch_size=1001)


def test_soap_fault_raises_with_aeat_words(aeat: FakeAeat) -> None:
    aeat.script = [lambda request: (500, FAULT)]
    with pytest.raises(VerifactuFault) as caught:
        submitter(aeat)(chain(1))
    assert "4102" in caught.value.params["detail"]


def test_http_error_and_unreachable_server_are_transport_errors(aeat: FakeAeat) -> None:
    aeat.script = [lambda request: (503, b"Service Unavailable")]
    with pytest.raises(VerifactuTransportError) as caught:
        submitter(aeat)(chain(1))
    assert caught.value.params["status"] == 503
    unreachable = VerifactuClient(endpoint="http://127.0.0.1:9/none", timeout=2)
    with pytest.raises(VerifactuTransportError):
        unreachable.submit(chain(1), TAXPAYER, SOFTWARE)


def test_a_failed_send_keeps_earlier_results_and_counts_for_the_wait(aeat: FakeAeat) -> None:
    aeat.script = [ok(wait=10), lambda request: (500, FAULT)]
    clock = FakeClock()
    policy = SendPolicy(batch_size=2)
    records = chain(4)
    report = send_pending(records, submit=submitter(aeat), policy=policy, clock=clock, sleep=clock.sleep)
    assert [r for r, _ in report.delivered] == records[:2]
    assert report.remaining == records[2:]
    assert isinstance(report.error, VerifactuFault)
    assert policy.last_sent_at == T0 + dt.timedelta(seconds=10)


def test_parse_response_refuses_what_is_not_an_answer() -> None:
    with pytest.raises(VerifactuTransportError):
        parse_response(b"<html>login</html>")
    with pytest.raises(VerifactuTransportError):
        parse_response(b"not xml")


def test_client_certificate_is_presented_over_tls(tmp_path: Path) -> None:
    """The real transport path: HTTPS that demands a client certificate, as AEAT's does."""
    ca = trustme.CA()
    server_cert = ca.issue_cert("127.0.0.1")
    client_cert = ca.issue_cert("emisor@example.test")
    pem = tmp_path / "client.pem"
    client_cert.private_key_and_cert_chain_pem.write_to_path(str(pem))
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_cert.configure_cert(server_context)
    ca.configure_trust(server_context)
    server_context.verify_mode = ssl.CERT_REQUIRED
    seen: list[dict[str, object]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen.append(self.connection.getpeercert())  # type: ignore[attr-defined]
            answer = respuesta(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = server_context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        tls = client_tls_context(str(pem))
        ca.configure_trust(tls)  # production trusts the system store; the test CA stands in for AEAT's
        client = VerifactuClient(
            endpoint=f"https://127.0.0.1:{server.server_address[1]}/ws", tls=tls, timeout=5
        )
        assert client.submit(chain(1), TAXPAYER, SOFTWARE).status == "Correcto"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert seen and seen[0]["subject"]

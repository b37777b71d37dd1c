"""A local AEAT built from SistemaFacturacion.wsdl and its XSDs, on 127.0.0.1 (plain HTTP).

It validates every request against SuministroLR.xsd or ConsultaLR.xsd (a request that does not
validate gets AEAT's SOAP Fault 4102), keeps the records it accepted, answers per
RespuestaSuministro.xsd / RespuestaConsultaLR.xsd (each answer is checked against them), and applies
the AEAT rules the app must live with: a record generated more than 240 s before it arrives without
Incidencia=S is "accepted with errors" (2004); an alta whose invoice AEAT already holds is refused
as a duplicate (3000, RegistroDuplicado) unless it is a subsanación; a subsanación with
RechazoPrevio=S of an invoice AEAT holds, or an anulación of one it does not hold without
RechazoPrevio=S, is refused (3002). It can be told to reject or accept-with-errors given numbers,
to time out (after storing, as a slow AEAT would), to fail (HTTP 500 without a body) and which
TiempoEsperaEnvio to demand."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from lxml import etree

from facturas_app.services.verifactu.consulta import NS_CON, NS_RCON
from facturas_app.services.verifactu.soap import NS_R, NS_SOAP
from facturas_app.services.verifactu.xml import NS_LR, NS_SF, validate_document

NS = {"sf": NS_SF, "lr": NS_LR, "s": NS_SOAP, "c": NS_CON}
LATE_AFTER_S = 240
Key = tuple[str, str, str]  # NIF, number, DD-MM-YYYY
FAULT_4102 = (
    b'<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><env:Fault>'
    b"<faultcode>env:Client</faultcode><faultstring>Codigo[4102].El XML no cumple el esquema. {detail}"
    b"</faultstring></env:Fault></env:Body></env:Envelope>"
)


@dataclass
class Held:
    huella: str
    state: str  # Correcto | AceptadoConErrores | Anulado
    code: int | None = None
    text: str = ""


@dataclass
class Outcome:
    state: str  # Correcto | AceptadoConErrores | Incorrecto
    code: int | None = None
    text: str = ""
    duplicate_of: Held | None = None


@dataclass
class LocalAeat:
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
    url: str = ""
    wait: int = 60  # TiempoEsperaEnvio in every answer
    reject: dict[str, int] = field(default_factory=dict)  # number -> error code, refused once
    with_errors: dict[str, int] = field(default_factory=dict)  # number -> code, accepted with errors
    timeout_next: float = 0.0  # store the next request, then answer this many seconds late
    fail_next: int = 0  # answer the next N requests with HTTP 500 and no body
    held: dict[Key, Held] = field(default_factory=dict)
    requests: list[bytes] = field(default_factory=list)
    consultas: list[bytes] = field(default_factory=list)
    schema_errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    # ----- dispatch -----------------------------------------------------------------------------
    def handle(self, body: bytes) -> tuple[int, bytes, float]:
        with self.lock:
            if self.fail_next:
                self.fail_next -= 1
                return 500, b"", 0.0
            delay, self.timeout_next = self.timeout_next, 0.0
            return (*self._answer(body), delay)

    def _answer(self, body: bytes) -> tuple[int, bytes]:
        envelope = etree.fromstring(body, etree.XMLParser(no_network=True, resolve_entities=False))
        document = envelope.find("s:Body", NS)[0]
        is_query = document.tag == f"{{{NS_CON}}}ConsultaFactuSistemaFacturacion"
        errors = validate_document(
            etree.tostring(document), "ConsultaLR.xsd" if is_query else "SuministroLR.xsd"
        )
        if errors:
            self.schema_errors += errors
            return 500, FAULT_4102.replace(b"{detail}", errors[0].encode()[:200])
        if is_query:
            self.consultas.append(body)
            return 200, self._consulta(document)
        self.requests.append(body)
        return 200, self._suministro(document)

    # ----- RegFactuSistemaFacturacion -----------------------------------------------------------
    def _suministro(self, document: etree._Element) -> bytes:
        incident = document.find("lr:Cabecera/sf:RemisionVoluntaria/sf:Incidencia", NS) is not None
        lines = []
        for holder in document.iterfind("lr:RegistroFactura", NS):
            record = holder[0]
            alta = record.tag == f"{{{NS_SF}}}RegistroAlta"
            key = _key(record, alta)
            outcome = self._alta(record, key, incident) if alta else self._anulacion(record, key, incident)
            lines.append((key, "Alta" if alta else "Anulacion", outcome))
        header = document.find("lr:Cabecera/sf:ObligadoEmision", NS)
        return _respuesta(header, lines, self.wait)

    def _alta(self, record: etree._Element, key: Key, incident: bool) -> Outcome:
        held = self.held.get(key)
        correcting = _text(record, "sf:Subsanacion") == "S"
        after_rejection = _text(record, "sf:RechazoPrevio") == "S"
        if held is not None and not correcting:
            return Outcome("Incorrecto", 3000, "Registro de facturación duplicado.", duplicate_of=held)
        if held is not None and after_rejection:
            return Outcome(
                "Incorrecto", 3002, "Existe un registro para esta factura: RechazoPrevio no admitido."
            )
        if key[1] in self.reject:
            code = self.reject.pop(key[1])
            return Outcome("Incorrecto", code, f"Error {code}: registro rechazado por el servidor de prueba.")
        outcome = self._late_or(record, incident, self.with_errors.pop(key[1], None))
        self.held[key] = Held(_text(record, "sf:Huella"), outcome.state, outcome.code, outcome.text)
        return outcome

    def _anulacion(self, record: etree._Element, key: Key, incident: bool) -> Outcome:
        held = self.held.get(key)
        if held is None and _text(record, "sf:RechazoPrevio") != "S":
            return Outcome("Incorrecto", 3002, "No existe el registro de facturación que se anula.")
        if key[1] in self.reject:
            code = self.reject.pop(key[1])
            return Outcome(
                "Incorrecto", code, f"Error {code}: anulación rechazada por el servidor de prueba."
            )
        outcome = self._late_or(record, incident, None)
        if held is not None:
            held.state = "Anulado"
        return outcome

    def _late_or(self, record: etree._Element, incident: bool, code: int | None) -> Outcome:
        generated = dt.datetime.fromisoformat(_text(record, "sf:FechaHoraHusoGenRegistro"))
        if not incident and (self.now() - generated).total_seconds() > LATE_AFTER_S:
            return Outcome(
                "AceptadoConErrores", 2004, "El registro se ha remitido fuera de plazo sin Incidencia=S."
            )
        if code is not None:
            return Outcome("AceptadoConErrores", code, f"Error {code}: aceptado con errores de prueba.")
        return Outcome("Correcto")

    # ----- ConsultaFactuSistemaFacturacion ------------------------------------------------------
    def _consulta(self, document: etree._Element) -> bytes:
        nif = _text(document, "c:Cabecera/sf:ObligadoEmision/sf:NIF")
        number = _text(document, "c:FiltroConsulta/c:NumSerieFactura")
        year = _text(document, "c:FiltroConsulta/c:PeriodoImputacion/sf:Ejercicio")
        month = _text(document, "c:FiltroConsulta/c:PeriodoImputacion/sf:Periodo")
        found = [(key, held) for key, held in self.held.items()
                 if key[0] == nif and key[1] == number and key[2][3:] == f"{month}-{year}"]  # fmt: skip
        return _respuesta_consulta(document, found, year, month)


# --- answers -------------------------------------------------------------------------------------


def _text(node: etree._Element, path: str) -> str:
    found = node.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def _key(record: etree._Element, alta: bool) -> Key:
    suffix = "" if alta else "Anulada"
    ident = record.find("sf:IDFactura", NS)
    return tuple(_text(ident, f"sf:{name}{suffix}") for name in  # type: ignore[return-value]
                 ("IDEmisorFactura", "NumSerieFactura", "FechaExpedicionFactura"))  # fmt: skip


def _el(parent: etree._Element, ns: str, tag: str, text: str | None = None) -> etree._Element:
    node = etree.SubElement(parent, f"{{{ns}}}{tag}")
    node.text = text
    return node


def _invoice_id(parent: etree._Element, ns: str, key: Key) -> None:
    ident = _el(parent, ns, "IDFactura")
    for tag, text in zip(("IDEmisorFactura", "NumSerieFactura", "FechaExpedicionFactura"), key, strict=True):
        _el(ident, NS_SF, tag, text)


def _respuesta(header: etree._Element, lines: list[tuple[Key, str, Outcome]], wait: int) -> bytes:
    answer = etree.Element(
        f"{{{NS_R}}}RespuestaRegFactuSistemaFacturacion", nsmap={"tikR": NS_R, "tik": NS_SF}
    )
    states = {outcome.state for _, _, outcome in lines}
    if states != {"Incorrecto"}:
        _el(answer, NS_R, "CSV", "A-" + time.strftime("%H%M%S") + "LOCALAEAT")
        shown = _el(answer, NS_R, "DatosPresentacion")
        _el(shown, NS_SF, "NIFPresentador", _text(header, "sf:NIF"))
        _el(shown, NS_SF, "TimestampPresentacion", dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    obligado = _el(_el(answer, NS_R, "Cabecera"), NS_SF, "ObligadoEmision")
    _el(obligado, NS_SF, "NombreRazon", _text(header, "sf:NombreRazon"))
    _el(obligado, NS_SF, "NIF", _text(header, "sf:NIF"))
    _el(answer, NS_R, "TiempoEsperaEnvio", str(wait))
    overall = (
        "Correcto"
        if states <= {"Correcto"}
        else "Incorrecto"
        if states == {"Incorrecto"}
        else "ParcialmenteCorrecto"
    )
    _el(answer, NS_R, "EstadoEnvio", overall)
    for key, operation, outcome in lines:
        _line(answer, key, operation, outcome)
    return _checked_soap(answer, "RespuestaSuministro.xsd")


def _line(answer: etree._Element, key: Key, operation: str, outcome: Outcome) -> None:
    line = _el(answer, NS_R, "RespuestaLinea")
    _invoice_id(line, NS_R, key)
    _el(_el(line, NS_R, "Operacion"), NS_SF, "TipoOperacion", operation)
    _el(line, NS_R, "EstadoRegistro", outcome.state)
    if outcome.code is not None:
        _el(line, NS_R, "CodigoErrorRegistro", str(outcome.code))
        _el(line, NS_R, "DescripcionErrorRegistro", outcome.text)
    if outcome.duplicate_of is not None:
        duplicate = _el(line, NS_R, "RegistroDuplicado")
        _el(duplicate, NS_SF, "IdPeticionRegistroDuplicado", "20270104100000123")
        state = {"AceptadoConErrores": "AceptadaConErrores", "Anulado": "Anulada"}.get(
            outcome.duplicate_of.state, "Correcta"
        )
        _el(duplicate, NS_SF, "EstadoRegistroDuplicado", state)


def _respuesta_consulta(query: etree._Element, found: list[tuple[Key, Held]], year: str, month: str) -> bytes:
    answer = etree.Element(
        f"{{{NS_RCON}}}RespuestaConsultaFactuSistemaFacturacion", nsmap={"c": NS_RCON, "sf": NS_SF}
    )
    answer.append(etree.fromstring(etree.tostring(query.find("c:Cabecera", NS))))
    answer[0].tag = f"{{{NS_RCON}}}Cabecera"
    period = _el(answer, NS_RCON, "PeriodoImputacion")
    _el(period, NS_RCON, "Ejercicio", year)
    _el(period, NS_RCON, "Periodo", month)
    _el(answer, NS_RCON, "IndicadorPaginacion", "N")
    _el(answer, NS_RCON, "ResultadoConsulta", "ConDatos" if found else "SinDatos")
    for key, held in found:
        node = _el(answer, NS_RCON, "RegistroRespuestaConsultaFactuSistemaFacturacion")
        _invoice_id(node, NS_RCON, key)
        _el(_el(node, NS_RCON, "DatosRegistroFacturacion"), NS_RCON, "Huella", held.huella)
        state = _el(node, NS_RCON, "EstadoRegistro")
        _el(
            state,
            NS_RCON,
            "TimestampUltimaModificacion",
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        _el(state, NS_RCON, "EstadoRegistro", held.state)
        if held.code is not None and held.state == "AceptadoConErrores":
            _el(state, NS_RCON, "CodigoErrorRegistro", str(held.code))
            _el(state, NS_RCON, "DescripcionErrorRegistro", held.text[:500])
    return _checked_soap(answer, "RespuestaConsultaLR.xsd")


def _checked_soap(answer: etree._Element, schema: str) -> bytes:
    errors = validate_document(etree.tostring(answer), schema)
    assert errors == [], errors  # the local AEAT only ever says what AEAT's schema allows
    envelope = etree.Element(f"{{{NS_SOAP}}}Envelope", nsmap={"env": NS_SOAP})
    etree.SubElement(envelope, f"{{{NS_SOAP}}}Header")
    etree.SubElement(envelope, f"{{{NS_SOAP}}}Body").append(answer)
    return bytes(etree.tostring(envelope, xml_declaration=True, encoding="UTF-8"))


# --- the HTTP server -----------------------------------------------------------------------------


@contextmanager
def serve(aeat: LocalAeat) -> Iterator[LocalAeat]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            status, answer, delay = aeat.handle(body)
            time.sleep(delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (a timeout test): AEAT has stored it all the same

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    aeat.url = (
        f"http://127.0.0.1:{server.server_address[1]}/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP"
    )
    try:
        yield aeat
    finally:
        server.shutdown()
        server.server_close()
        thread.join()

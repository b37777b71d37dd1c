"""The SOAP client against a local plain-HTTP server answering like AEAT (scripted_aeat.py): the
request envelope, each kind of answer, faults and transport errors, and the client certificate
over TLS. The send queue (batches, waits, policy) is in test_soap_send_queue.py."""
# ruff: noqa: F811 - the aeat fixture imported from scripted_aeat is redefined as a parameter

from __future__ import annotations

import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import trustme
from lxml import etree

from facturas_app.services.verifactu.soap import (
    NS_SOAP,
    VerifactuClient,
    VerifactuFault,
    VerifactuTransportError,
    client_tls_context,
    parse_response,
)
from facturas_app.services.verifactu.xml import validate_document
from tests.services.verifactu.scripted_aeat import (
    FAULT,
    NS,
    SOFTWARE,
    TAXPAYER,
    FakeAeat,
    aeat,  # noqa: F401 - fixture
    chain,
    ok,
    respuesta,
    send_all,
    submitter,
)


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

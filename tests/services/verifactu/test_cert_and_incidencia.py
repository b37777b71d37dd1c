"""VERI*FACTU sending: the PKCS#12 client certificate (password only in the keyring, key never on
disk) against a loopback HTTPS server that demands a client certificate, and late records sent
with Incidencia=S without touching the stored records."""

from __future__ import annotations

import datetime as dt
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring
import pytest
import trustme
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import load_pem_x509_certificate
from keyring.backend import KeyringBackend
from lxml import etree

from facturas_app.cli.main import run
from facturas_app.domain.errors import SecretUnavailable
from facturas_app.services.secrets import KeyringSecretStore
from facturas_app.services.verifactu.cert import VerifactuCertError, VerifactuCertificates
from facturas_app.services.verifactu.soap import NS_SOAP, VerifactuClient, VerifactuTransportError
from facturas_app.services.verifactu.xml import NS_LR, NS_SF, validate_document
from tests.services.verifactu.helpers import NOW, add_client, issue, open_services
from tests.services.verifactu.scripted_aeat import respuesta

PASSWORD = "s3cret-p12-Contraseña"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@dataclass
class Server:
    url: str
    ca: trustme.CA
    requests: list[bytes] = field(default_factory=list)
    peers: list[dict[str, object]] = field(default_factory=list)


def _serve(context: ssl.SSLContext | None, server_state: Server) -> Iterator[Server]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            if context is not None:
                server_state.peers.append(self.connection.getpeercert())  # type: ignore[attr-defined]
            body = self.rfile.read(int(self.headers["Content-Length"]))
            server_state.requests.append(body)
            answer = respuesta(body)
            self.send_response(200)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    scheme = "https" if context else "http"
    server_state.url = f"{scheme}://127.0.0.1:{server.server_address[1]}/ws"
    yield server_state
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[Server]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca.configure_trust(context)
    context.verify_mode = ssl.CERT_REQUIRED  # like AEAT: no client certificate, no connection
    yield from _serve(context, Server("", ca))


@pytest.fixture
def plain_server(ca: trustme.CA) -> Iterator[Server]:
    yield from _serve(None, Server("", ca))


def make_p12(ca: trustme.CA, folder: Path) -> tuple[Path, bytes]:
    """A PKCS#12 with a certificate from the test CA; returns its path and the key's DER bytes."""
    leaf = ca.issue_cert("emisor@example.test", common_name="EMISOR 12345678Z")
    key = serialization.load_pem_private_key(leaf.private_key_pem.bytes(), None)
    cert = load_pem_x509_certificate(leaf.cert_chain_pems[0].bytes())
    data = pkcs12.serialize_key_and_certificates(
        b"emisor", key, cert, None, serialization.BestAvailableEncryption(PASSWORD.encode())
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "emisor.p12"
    path.write_bytes(data)
    der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return path, der


def files_containing(root: Path, needles: list[bytes]) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


def test_send_presents_the_p12_certificate_and_nothing_secret_reaches_the_data_dir(
    tmp_path: Path, ca: trustme.CA, tls_server: Server
) -> None:
    data_dir = tmp_path / "data"
    services = open_services(data_dir)
    memory = MemoryKeyring()
    services.wire_mail(KeyringSecretStore(memory))
    issue(services, add_client(services))
    p12, key_der = make_p12(ca, tmp_path / "certs")
    certificates = VerifactuCertificates(services.store, services.mail_config.secrets)

    info = certificates.configure(p12, PASSWORD)
    assert "EMISOR 12345678Z" in info.subject and certificates.path() == str(p12.resolve())
    assert list(memory.values.values()) == [PASSWORD]  # the password lives in the keyring only
    tls = certificates.tls_context()
    ca.configure_trust(tls)  # the test CA stands in for AEAT's public one
    report = services.verifactu.send(VerifactuClient(endpoint=tls_server.url, tls=tls, timeout=5))

    assert report.error is None and len(report.delivered) == 1
    assert tls_server.peers and "EMISOR 12345678Z" in str(tls_server.peers[0]["subject"])
    services.close()
    key_pem_body = b"".join(
        serialization.load_der_private_key(key_der, None)
        .private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                       serialization.NoEncryption()).splitlines()[1:-1]
    )  # fmt: skip
    needles = [PASSWORD.encode(), PASSWORD.encode("utf-16-le"), key_der, key_pem_body[:64]]
    assert files_containing(data_dir, needles) == []


def test_without_the_certificate_the_server_refuses(tls_server: Server, ca: trustme.CA) -> None:
    tls = ssl.create_default_context()
    ca.configure_trust(tls)
    with pytest.raises(VerifactuTransportError):
        VerifactuClient(endpoint=tls_server.url, tls=tls, timeout=5).post(b"<x/>")


def test_wrong_password_and_missing_keyring_entry_are_domain_errors(tmp_path: Path, ca: trustme.CA) -> None:
    services = open_services(tmp_path / "data")
    memory = MemoryKeyring()
    certificates = VerifactuCertificates(services.store, KeyringSecretStore(memory))
    p12, _ = make_p12(ca, tmp_path / "certs")
    with pytest.raises(VerifactuCertError) as wrong:
        certificates.configure(p12, "not-it")
    assert wrong.value.code == "verifactu_cert_unreadable" and not certificates.configured()
    assert memory.values == {}
    certificates.configure(p12, PASSWORD)
    memory.values.clear()  # e.g. the user wiped the keyring
    with pytest.raises(SecretUnavailable) as missing:
        certificates.tls_context()
    assert missing.value.code == "verifactu_cert_password_missing"


def test_cli_configure_cert_then_send_uses_it(
    tmp_path: Path, ca: trustme.CA, tls_server: Server, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    import io

    data_dir = tmp_path / "data"
    services = open_services(data_dir)
    issue(services, add_client(services))
    services.close()
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))  # the default context trusts the test CA
    p12, key_der = make_p12(ca, tmp_path / "certs")
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        base = ["--data-dir", str(data_dir)]
        assert run([*base, "verifactu", "configure-cert", "--p12", str(p12), "--password-stdin"]) == 0
        assert run([*base, "verifactu", "send", "--endpoint", tls_server.url, "--json"]) == 0
    finally:
        keyring.set_keyring(previous)
    assert '"accepted": 1' in capsys.readouterr().out
    assert tls_server.peers
    assert files_containing(data_dir, [PASSWORD.encode(), key_der]) == []


# --- Incidencia=S ---------------------------------------------------------------------------------


def sent_document(request: bytes) -> bytes:
    envelope = etree.fromstring(request)
    document = envelope.find(f"{{{NS_SOAP}}}Body/{{{NS_LR}}}RegFactuSistemaFacturacion")
    assert document is not None
    return bytes(etree.tostring(document, xml_declaration=True, encoding="UTF-8"))


def incidencia(document: bytes) -> str | None:
    node = etree.fromstring(document).find(
        f"{{{NS_LR}}}Cabecera/{{{NS_SF}}}RemisionVoluntaria/{{{NS_SF}}}Incidencia"
    )
    return None if node is None else node.text


def test_a_record_sent_late_goes_with_incidencia_s_and_the_stored_record_is_unchanged(
    tmp_path: Path, plain_server: Server
) -> None:
    issuing = open_services(tmp_path, now=NOW)
    client_id = add_client(issuing)
    issue(issuing, client_id)
    issuing.close()
    later = open_services(tmp_path, now=NOW + dt.timedelta(hours=3))  # offline for 3 hours
    issue(later, client_id)  # generated now: on time
    before = [(r.huella, r.payload) for r in later.verifactu.rows()]

    report = later.verifactu.send(VerifactuClient(endpoint=plain_server.url), sleep=lambda _s: None)

    assert report.error is None and len(report.delivered) == 2
    documents = [sent_document(r) for r in plain_server.requests]
    assert [incidencia(d) for d in documents] == ["S", None]  # late and on-time never share a document
    assert all(validate_document(d) == [] for d in documents)
    assert [(r.huella, r.payload) for r in later.verifactu.rows()] == before
    assert later.verifactu.verify().intact


def test_records_pending_when_a_send_failed_go_with_incidencia_s(
    tmp_path: Path, plain_server: Server
) -> None:
    services = open_services(tmp_path)
    issue(services, add_client(services))
    failed = services.verifactu.send(VerifactuClient(endpoint="http://127.0.0.1:9/ws", timeout=2))
    assert failed.error is not None and len(failed.remaining) == 1

    services.verifactu.send(VerifactuClient(endpoint=plain_server.url), sleep=lambda _s: None)

    [document] = [sent_document(r) for r in plain_server.requests]
    assert incidencia(document) == "S" and validate_document(document) == []


def test_fallback_without_memfd_leaves_no_file_behind(
    tmp_path: Path, ca: trustme.CA, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS/Windows path: a 0700 temporary folder, removed as soon as ssl has read it."""
    import os
    import tempfile

    from facturas_app.services.verifactu.cert import ssl_context_from_p12

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.delattr(os, "memfd_create", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    p12, _ = make_p12(ca, tmp_path / "certs")

    context = ssl_context_from_p12(p12.read_bytes(), PASSWORD)

    assert isinstance(context, ssl.SSLContext) and list(scratch.iterdir()) == []


@pytest.mark.parametrize(("waited", "expected"), [(200, None), (240, None), (241, "S")])
def test_a_record_is_late_once_it_waited_more_than_aeats_240_seconds(
    tmp_path: Path, plain_server: Server, waited: int, expected: str | None
) -> None:
    issuing = open_services(tmp_path, now=NOW)
    issue(issuing, add_client(issuing))
    issuing.close()
    sending = open_services(tmp_path, now=NOW + dt.timedelta(seconds=waited))

    report = sending.verifactu.send(VerifactuClient(endpoint=plain_server.url), sleep=lambda _s: None)

    assert report.error is None and len(report.delivered) == 1
    [document] = [sent_document(r) for r in plain_server.requests]
    assert incidencia(document) == expected

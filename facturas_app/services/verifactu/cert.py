"""The client certificate for AEAT's VERI*FACTU service: a PKCS#12 (.p12/.pfx) file whose path is a
setting and whose password lives ONLY in the OS keyring (the same secret store as the SMTP password).

The private key never touches the disk in clear: the PKCS#12 is opened in memory (`cryptography`)
and handed to `ssl` as PEM whose key is re-encrypted with a one-time random password. On Linux the
PEM goes through an anonymous memory file (`os.memfd_create`, read via /proc/self/fd/N). Elsewhere
(macOS, Windows have no memfd) it goes through a NamedTemporaryFile in a fresh 0700 directory that is
deleted as soon as `load_cert_chain` returns; even during that instant the key in it is encrypted
with the one-time password that exists only in this process's memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets as _random
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facturas_app.domain.errors import FacturasError, SecretUnavailable
from facturas_app.services.secrets import SERVICE_NAME
from facturas_app.storage.api import Store

if TYPE_CHECKING:
    import ssl

    from facturas_app.services.mail_config import PasswordStore

SETTING_P12 = "verifactu.cert.p12_path"
KEYRING_ACCOUNT = "verifactu-client-certificate"


class VerifactuCertError(FacturasError):
    code = "verifactu_cert_unreadable"


@dataclass(frozen=True)
class CertInfo:
    path: str
    subject: str
    not_after: dt.datetime


@dataclass(frozen=True)
class CertBundle:
    """The PKCS#12's private key, certificate and chain, in memory only (never written out)."""

    key: Any
    cert: Any
    chain: list[Any]


_Bundle = CertBundle


def _load(data: bytes, password: str) -> _Bundle:
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError:  # wrong password or not a PKCS#12: cryptography does not tell them apart
        raise VerifactuCertError("verifactu_cert_unreadable") from None
    if key is None or cert is None:
        raise VerifactuCertError("verifactu_cert_incomplete")
    return _Bundle(key, cert, list(chain or []))


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise VerifactuCertError(
            "verifactu_cert_missing_file", path=path, detail=exc.strerror or ""
        ) from None


def _pem(bundle: _Bundle, one_time: bytes) -> bytes:
    """Certificate, then its chain, then the key encrypted with a password that lives only here."""
    from cryptography.hazmat.primitives import serialization

    certs = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in [bundle.cert, *bundle.chain])
    key = bundle.key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(one_time),
    )
    return certs + key


@contextlib.contextmanager
def _pem_path(pem: bytes) -> Iterator[str]:
    """A path `ssl` can read the PEM from, gone when the block ends."""
    memfd_create = getattr(os, "memfd_create", None)
    if memfd_create is not None and Path("/proc/self/fd").is_dir():
        fd = memfd_create("facturas-verifactu-cert", getattr(os, "MFD_CLOEXEC", 0))
        try:
            os.write(fd, pem)
            yield f"/proc/self/fd/{fd}"
        finally:
            os.close(fd)
        return
    # Fallback (macOS, Windows): a private directory, deleted right after use.
    folder = tempfile.mkdtemp(prefix="facturas-cert-")  # mkdtemp creates it 0700
    try:
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".pem", delete=False) as handle:
            handle.write(pem)
        yield handle.name
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def ssl_context_from_p12(data: bytes, password: str) -> ssl.SSLContext:
    """A client TLS context (system trust store) presenting the PKCS#12's certificate and key."""
    import ssl

    bundle = _load(data, password)
    one_time = _random.token_bytes(32).hex().encode("ascii")
    context = ssl.create_default_context()
    with _pem_path(_pem(bundle, one_time)) as path:
        context.load_cert_chain(path, password=one_time)
    return context


class VerifactuCertificates:
    """Which PKCS#12 file `verifactu send` uses, and its password in the keyring."""

    def __init__(self, store: Store, secrets: PasswordStore) -> None:
        self.store = store
        self.secrets = secrets

    def configure(self, p12_path: str | Path, password: str) -> CertInfo:
        """Check the file opens with the password, then keep the path (setting) and the password
        (keyring only). The keyring is written first: no half-configured state on failure."""
        path = str(Path(p12_path).expanduser().resolve())
        bundle = _load(_read(path), password)
        self.secrets.set_password(SERVICE_NAME, KEYRING_ACCOUNT, password)
        with self.store.write() as tx:
            tx.set_setting(SETTING_P12, path)
        return _info(path, bundle)

    def path(self) -> str | None:
        with self.store.read() as tx:
            value = tx.get_setting(SETTING_P12)
        return str(value) if value else None

    def configured(self) -> bool:
        return self.path() is not None

    def forget(self) -> None:
        with self.store.write() as tx:
            tx.set_setting(SETTING_P12, None)
        self.secrets.delete_password(SERVICE_NAME, KEYRING_ACCOUNT)

    def info(self) -> CertInfo | None:
        path = self.path()
        return None if path is None else _info(path, _load(_read(path), self._password()))

    def signing_bundle(self) -> CertBundle:
        """Key, certificate and chain for signing documents (Facturae's XAdES-EPES), opened in memory
        with the keyring's password; nothing is written to disk."""
        path = self.path()
        if path is None:
            raise VerifactuCertError("verifactu_cert_not_configured")
        return _load(_read(path), self._password())

    def tls_context(self) -> ssl.SSLContext:
        path = self.path()
        if path is None:
            raise VerifactuCertError("verifactu_cert_not_configured")
        return ssl_context_from_p12(_read(path), self._password())

    def _password(self) -> str:
        password = self.secrets.get_password(SERVICE_NAME, KEYRING_ACCOUNT)
        if password is None:
            raise SecretUnavailable("verifactu_cert_password_missing", account=KEYRING_ACCOUNT)
        return password


def _info(path: str, bundle: _Bundle) -> CertInfo:
    return CertInfo(path, bundle.cert.subject.rfc4514_string(), bundle.cert.not_valid_after_utc)

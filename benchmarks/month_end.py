"""The month's end (issue #23): N monthly auto-send schedules due on one day, `recurring run`'s
service (RecurringService.run) issues, renders and emails them to a local aiosmtpd that demands
STARTTLS (certificate from a trustme CA) and AUTH, as tests/services/mail_fixtures.py's server.

    .venv/bin/python benchmarks/month_end.py [--schedules 1000] [--profile]

Prints ms per invoice for the whole run and its parts — issue (claim + number + VERI*FACTU record),
pdf (rendering the attachments), queue (composing and storing the outbox rows) and send (the
outbox's delivery: claim, SMTP, record) — and ratios against two floors measured in the same run:
render_invoice_pdf of one invoice document in a loop, and smtplib pushing the same messages down
one connection. --profile prints cProfile's top functions for the run instead of the floors.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import cProfile
import datetime as dt
import io
import json
import logging
import pstats
import smtplib
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring
import trustme

from facturas_app.bootstrap import Services, build_services
from tests.fakes import FixedClock
from tests.services.mail_fixtures import (
    SERVER_HOST,
    SMTP_PASSWORD,
    SMTP_USER,
    MemoryKeyring,
    mail_settings,
    running_smtp_server,
)
from tests.services.outbox_helpers import BUSINESS
from tests.services.sales_helpers import schedule_payload

DAY = dt.date(2026, 11, 30)
NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


class Timer:
    """Adds up the wall time spent in the functions it wraps, by part."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, part: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[part] = self.spent.get(part, 0.0) + time.perf_counter() - started

        return timed


def write_certificates(folder: Path) -> tuple[Path, Path]:
    """A trustme CA and the server's certificate for 127.0.0.1, as files both processes read."""
    ca = trustme.CA()
    ca_file, server_file = folder / "ca.pem", folder / "server.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    ca.issue_cert(SERVER_HOST, "localhost").private_key_and_cert_chain_pem.write_to_path(str(server_file))
    return ca_file, server_file


def trusting(ca_file: Path) -> Callable[[], ssl.SSLContext]:
    def client() -> ssl.SSLContext:
        context = ssl.create_default_context()
        context.load_verify_locations(str(ca_file))
        return context

    return client


def serve(server_file: str) -> int:
    """The child process: a strict aiosmtpd (STARTTLS, then AUTH) until stdin closes; prints its
    port first and how many connections and messages it took last. A real server is not inside
    the client's process, so it gets a process (and its GIL) of its own."""
    logging.getLogger("mail.log").setLevel(logging.ERROR)  # a deprecation warning per login
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(server_file)
    with running_smtp_server(
        tls_context=context, require_starttls=True, auth_required=True, auth_require_tls=True
    ) as server:
        print(server.port, flush=True)
        sys.stdin.read()
        counts = {"connections": server.commands.count("EHLO") // 2, "messages": len(server.envelopes)}
        print(json.dumps(counts), flush=True)
    return 0


@contextlib.contextmanager
def smtp_process(server_file: Path) -> Iterator[tuple[int, Callable[[], dict[str, int]]]]:
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(server_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    port = int(child.stdout.readline())

    def finish() -> dict[str, int]:
        child.stdin.close()  # type: ignore[union-attr]
        counts: dict[str, int] = json.loads(child.stdout.readline())  # type: ignore[union-attr]
        child.wait(timeout=30)
        return counts

    try:
        yield port, finish
    finally:
        if child.poll() is None:
            child.kill()


def nif(n: int) -> str:
    digits = 10_000_000 + n
    return f"{digits}{NIF_LETTERS[digits % 23]}"


def client_payload(n: int) -> dict[str, str]:
    return {
        "name": f"Cliente {n:04d} S.L.",
        "tax_id": nif(n),
        "address": "Calle Mayor 1",
        "postal_code": "28001",
        "city": "Madrid",
        "country": "ES",
        "email": f"cliente{n}@example.test",
        "language": "es",
    }


def month_of_schedules(services: Services, count: int) -> None:
    services.business.save_payload(BUSINESS)
    for n in range(count):
        client = services.clients.add_payload(client_payload(n))
        services.recurring.add(schedule_payload(client.id, DAY.isoformat(), auto_send=True))


def instrument(services: Services, timer: Timer) -> None:
    recurring, outbox = services.recurring, services.outbox
    recurring._send = timer.wrap("after_issue", recurring._send)  # type: ignore[method-assign]
    outbox.pdf_renderer = timer.wrap("pdf", outbox.pdf_renderer)
    outbox.deliver = timer.wrap("send", outbox.deliver)  # type: ignore[method-assign]


def month_end(services: Services, timer: Timer, profile: bool) -> tuple[float, Any]:
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    report = services.recurring.run(DAY)
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - started
    timer.spent["total"] = elapsed
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
        print(out.getvalue())
    return elapsed, report


def smtp_floor(port: int, context: ssl.SSLContext, messages: list[bytes]) -> float:
    """smtplib alone, one connection: the messages' own bytes, as few round trips as it takes."""
    started = time.perf_counter()
    with smtplib.SMTP(SERVER_HOST, port, local_hostname="localhost") as smtp:
        smtp.starttls(context=context)
        smtp.ehlo()
        # AUTH PLAIN by hand: smtplib.login encodes ASCII only (bpo-29750), the password is not.
        smtp.docmd("AUTH", "PLAIN " + base64.b64encode(f"\0{SMTP_USER}\0{SMTP_PASSWORD}".encode()).decode())
        for raw in messages:
            smtp.sendmail("facturas@example.test", ["floor@example.test"], raw)
    return time.perf_counter() - started


def pdf_floor(services: Services, invoice_id: str, runs: int = 100) -> float:
    from facturas_app.services.documents import DocumentService
    from facturas_app.services.pdf import render_invoice_pdf

    document = DocumentService(services.store, services.clock).invoice_document(invoice_id)
    render_invoice_pdf(document)
    started = time.perf_counter()
    for _ in range(runs):
        render_invoice_pdf(document)
    return (time.perf_counter() - started) / runs


def print_figures(timer: Timer, count: int, report: Any) -> None:
    spent = timer.spent
    after = spent.get("after_issue", 0.0)
    parts = {
        "issue": spent["total"] - after,
        "pdf": spent.get("pdf", 0.0),
        "queue": after - spent.get("pdf", 0.0) - spent.get("send", 0.0),
        "send": spent.get("send", 0.0),
    }
    sent = sum(1 for result in report.issued if result.sent)
    print(f"{count} schedules: {len(report.issued)} issued, {sent} sent, {len(report.failures)} failed")
    print(f"total {spent['total']:.2f} s = {spent['total'] * 1000 / count:.1f} ms per invoice")
    for part, seconds in parts.items():
        print(f"  {part:6s} {seconds * 1000 / count:7.2f} ms per invoice")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schedules", type=int, default=1000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve)
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="month_end_") as tmp:
        ca_file, server_file = write_certificates(Path(tmp))
        with smtp_process(server_file) as (port, finish):
            clock = FixedClock(DAY)
            context = trusting(ca_file)
            services = build_services(Path(tmp) / "data", clock=clock, ssl_context_factory=context)
            services.mail_config.configure(mail_settings(port, timeout_s=30.0), SMTP_PASSWORD)
            month_of_schedules(services, args.schedules)
            timer = Timer()
            instrument(services, timer)
            _elapsed, report = month_end(services, timer, args.profile)
            print_figures(timer, args.schedules, report)
            if not args.profile and report.issued:
                _floors(services, port, context(), report, timer)
            print(f"SMTP server: {finish()}")
            services.close()
    return 0


def _floors(services: Services, port: int, context: ssl.SSLContext, report: Any, timer: Timer) -> None:
    raws = [services.outbox.get(r.outbox_id).raw_message for r in report.issued if r.outbox_id]
    send_floor = smtp_floor(port, context, raws) / len(raws)
    one_pdf = pdf_floor(services, report.issued[0].invoice_id)
    count = len(report.issued)
    send = timer.spent.get("send", 0.0) / count
    pdf = timer.spent.get("pdf", 0.0) / count
    print(f"floors: smtplib, one connection {send_floor * 1000:.2f} ms a message;", end=" ")
    print(f"one PDF re-rendered {one_pdf * 1000:.2f} ms")
    print(f"ratios: send / floor {send / send_floor:.1f}x, pdf / floor {pdf / one_pdf:.1f}x")


if __name__ == "__main__":
    raise SystemExit(main())

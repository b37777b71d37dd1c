"""Helpers for the data-safety tests: seeding, a worker that issues invoices, and invariants."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import sqlite3
import sys
from pathlib import Path

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.parties import Business, Client
from tests.fakes import FixedClock

# A company's address is on every full invoice to it (RD 1619/2012 art. 6): issuing needs it.
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}

TODAY = dt.date(2026, 11, 26)
CLIENT_ID = "c-1"
DRAFT = {
    "client_id": CLIENT_ID,
    "irpf_rate": "15",
    "lines": [
        {"description": "Consultoría", "quantity": "3", "unit_price": "85.50", "vat_rate": "21"},
        {"description": "Libro", "quantity": "1", "unit_price": "19.90", "vat_rate": "4"},
    ],
}


def seed(data_dir: Path) -> None:
    services = build_services(data_dir, clock=FixedClock(TODAY))
    try:
        services.business.save(Business(name="Laura Gómez Ruiz", tax_id="12345678Z"))
        services.clients.add(
            Client(id=CLIENT_ID, name="Inmobiliaria Sol S.A.", tax_id="A58818501", **ADDRESS)
        )
    finally:
        services.close()


def issue_one(services: Services) -> str:
    draft = services.invoices.create_draft_from_payload(DRAFT).invoice
    return str(services.invoices.issue(draft.id).number)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def invariant_problems(db: Path) -> list[str]:
    """Every invoice fully issued or still a draft; numbers gapless per series and year."""
    conn = sqlite3.connect(db)
    problems: list[str] = []
    try:
        rows = conn.execute(
            "SELECT i.id, i.status, i.number, i.series, i.year, i.seq, i.issued_at,"
            " i.base_cents + i.vat_cents + i.surcharge_cents - i.irpf_cents - i.amount_due_cents,"
            " (SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = i.id),"
            " (SELECT count(*) FROM invoice_taxes t WHERE t.invoice_id = i.id),"
            " (SELECT coalesce(sum(t.base_cents), 0) FROM invoice_taxes t"
            "  WHERE t.invoice_id = i.id) - i.base_cents"
            " FROM invoices i"
        ).fetchall()
        seqs: dict[tuple[str, int], list[int]] = {}
        for (
            inv_id,
            status,
            number,
            series,
            year,
            seq,
            issued_at,
            total_diff,
            n_lines,
            n_taxes,
            base_diff,
        ) in rows:
            if n_lines != 2:
                problems.append(f"{inv_id}: {n_lines} lines")
            if status == "draft":
                if number is not None or seq is not None:
                    problems.append(f"{inv_id}: draft with number {number}")
                continue
            if None in (number, series, year, seq, issued_at) or status != "issued":
                problems.append(f"{inv_id}: half issued ({status}, {number}, {issued_at})")
            if n_taxes != 2 or total_diff != 0 or base_diff != 0:
                problems.append(f"{inv_id}: {n_taxes} tax rows, totals off by {total_diff}/{base_diff}")
            seqs.setdefault((series, year), []).append(seq)
        for key, found in seqs.items():
            if sorted(found) != list(range(1, len(found) + 1)):
                problems.append(f"series {key} not gapless: {sorted(found)[:5]}... ({len(found)})")
            last = conn.execute(
                "SELECT last_seq FROM series_counters WHERE series=? AND year=?", key
            ).fetchone()
            if last is None or last[0] != len(found):
                problems.append(f"series {key}: counter {last} != {len(found)}")
    finally:
        conn.close()
    return problems


def fork_worker(data_dir: Path, stop_after: int = 0, then_die: bool = False) -> tuple[int, int]:
    """A child process (forked: no import cost) that issues invoices until killed."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: its own engine and connections (the parent holds none open)
        os.close(read_end)
        try:
            services = build_services(data_dir, clock=FixedClock(TODAY))
            # A connection left open keeps the WAL from being checkpointed away when others close.
            keeper = sqlite3.connect(data_dir / "facturas.sqlite3") if then_die else None
            if keeper is not None:
                keeper.execute("SELECT count(*) FROM invoices").fetchone()
            os.write(write_end, b"r")
            done = 0
            while stop_after == 0 or done < stop_after:
                issue_one(services)
                os.write(write_end, b".")
                done += 1
            if then_die:  # like a power cut: no close, no checkpoint, the WAL stays behind
                os.kill(os.getpid(), signal.SIGKILL)
        finally:
            os._exit(1)
    os.close(write_end)
    return pid, read_end


def worker_main(data_dir: str, count: int) -> None:
    """Issue `count` invoices (0 = forever), printing each number; run as a child process."""
    services = build_services(Path(data_dir), clock=FixedClock(TODAY))
    print("ready", flush=True)
    done = 0
    while count == 0 or done < count:
        print(issue_one(services), flush=True)
        done += 1
    services.close()


if __name__ == "__main__":
    worker_main(sys.argv[1], int(sys.argv[2]))

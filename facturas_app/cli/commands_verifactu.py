"""`facturas verifactu export|verify|status|send|mode` (CLI.md, SPAIN.md VERI*FACTU)."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Any

from facturas_app.cli.context import CliContext
from facturas_app.domain.errors import single_problem
from facturas_app.messages import text_for
from facturas_app.services.verifactu.status import state_of


def register(sub: Any) -> None:
    vf = sub.add_parser("verifactu", help="registros VERI*FACTU").add_subparsers(dest="action", required=True)
    p = vf.add_parser("export", help="registros como RegFactuSistemaFacturacion (XML)")
    p.add_argument("-o", "--output", help="FICHERO (≤ 1.000 registros) o CARPETA")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=verifactu_export)
    p = vf.add_parser("verify", help="recalcula toda la cadena de huellas")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=verifactu_verify)
    p = vf.add_parser("status", help="modo y estado de envío")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=verifactu_status)
    p = vf.add_parser("configure", help="adónde van los registros: entorno de pruebas o producción")
    p.add_argument("--environment", required=True, choices=("test", "production"))
    p.add_argument("--endpoint", help="otra URL (un servidor de pruebas); por omisión, la de la AEAT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=verifactu_configure)
    p = vf.add_parser("resubmit", help="subsanación de un registro rechazado o aceptado con errores")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=verifactu_resubmit)
    p = vf.add_parser("send", help="envía los registros pendientes al servicio SOAP")
    p.add_argument("--wait", action="store_true", help="espera lo que pida la AEAT hasta enviarlo todo")
    p.add_argument("--endpoint", help="otra URL para este envío (por omisión, la configurada)")
    p.add_argument("--cert", help="certificado cliente PEM")
    p.add_argument("--key", help="clave privada PEM (si no va en --cert)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=verifactu_send)
    p = vf.add_parser("configure-cert", help="certificado cliente PKCS#12; la contraseña va al llavero")
    p.add_argument("--p12", required=True, help="fichero .p12/.pfx")
    p.add_argument("--password-stdin", action="store_true", help="lee la contraseña de stdin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=verifactu_configure_cert)
    p = vf.add_parser("mode", help="activa/desactiva VERI*FACTU (auto, on, off, sii, basque, navarra)")
    p.add_argument("mode", nargs="?")
    p.add_argument("--test-env", choices=("on", "off"), help="QR con el host de pruebas de la AEAT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=verifactu_mode)


def _es(ctx: CliContext, es: str, en: str) -> str:
    return es if ctx.lang == "es" else en


def verifactu_export(ctx: CliContext, args: argparse.Namespace) -> int:
    service = ctx.services.verifactu
    if args.output:
        paths = service.export(Path(args.output), args.output_policy)
        if ctx.json_output:
            ctx.print_json({"files": [str(p) for p in paths]})
        elif not paths:
            sys.stderr.write(_es(ctx, "No hay registros VERI*FACTU.\n", "No VERI*FACTU records.\n"))
        else:
            ctx.say("\n".join(str(p) for p in paths))
        return 0
    documents = service.documents()
    if len(documents) > 1:
        raise single_problem("output", "verifactu_export_needs_dir", count=len(documents))
    if not documents:
        sys.stderr.write(_es(ctx, "No hay registros VERI*FACTU.\n", "No VERI*FACTU records.\n"))
        return 0
    sys.stdout.buffer.write(documents[0])
    sys.stdout.flush()
    return 0


DIFFERENCE_TEXTS = {"record": "verifactu_record_missing", "invoice": "verifactu_record_no_invoice"}


def verifactu_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    result = ctx.services.verifactu.verify()
    broken = [{"seq": b.seq, "number": b.number, "record_type": b.record_type, "reason": b.reason}
              for b in result.broken]  # fmt: skip
    differences = [d.__dict__ for d in result.differences]
    if ctx.json_output:
        ctx.print_json({"intact": result.intact, "records": result.count, "broken": broken,
                        "differences": differences})  # fmt: skip
    elif result.intact:
        ctx.say(
            _es(ctx, f"Cadena íntegra: {result.count} registros.", f"Chain intact: {result.count} records.")
        )
    if result.broken:
        first = result.broken[0]
        what = f"{first.seq} ({first.record_type} {first.number}): {first.reason}"
        sys.stderr.write(_es(ctx, f"facturas: cadena rota en el registro {what}\n",
                             f"facturas: chain broken at record {what}\n"))  # fmt: skip
    for difference in differences:  # every one: the user needs the whole list to judge the books
        code = DIFFERENCE_TEXTS.get(difference["field"], "verifactu_record_differs")
        sys.stderr.write(f"facturas: {text_for(code, ctx.lang, **difference)}\n")
    return 0 if result.intact else 1


def verifactu_status(ctx: CliContext, args: argparse.Namespace) -> int:
    status = ctx.services.verifactu.status()
    if ctx.json_output:
        ctx.print_json(status)
    else:
        state = _es(ctx, "activado", "on") if status["enabled"] else _es(ctx, "desactivado", "off")
        ctx.say(f"VERI*FACTU: {state} ({status['mode']}); "
                + _es(ctx, f"{status['records']} registros, {status['pending']} pendientes de envío",
                      f"{status['records']} records, {status['pending']} waiting to be sent"))  # fmt: skip
    return 0


def verifactu_send(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.verifactu.soap import client_tls_context

    sending = ctx.services.verifactu_sending
    client = sending.client(endpoint=args.endpoint)
    if args.cert:
        client.tls = client_tls_context(args.cert, args.key)
    report = sending.send(wait=args.wait, client=client)
    summary = send_summary(report, ctx.services.verifactu.status(with_items=False), sending.seconds_to_wait())
    if ctx.json_output:
        ctx.print_json(summary)
    else:
        ctx.say(_es(
            ctx,
            f"Aceptados {summary['accepted']}, con errores {summary['accepted_with_errors']}, "
            f"rechazados {summary['rejected']}, pendientes {summary['pending']}",
            f"Accepted {summary['accepted']}, with errors {summary['accepted_with_errors']}, "
            f"rejected {summary['rejected']}, pending {summary['pending']}",
        ))  # fmt: skip
    if report.error:
        sys.stderr.write(f"facturas: {report.error.code}: {report.error.params.get('detail', '')}\n")
    return 1 if report.error or report.rejected else 0


def send_summary(report: Any, status: dict[str, Any], wait_s: float) -> dict[str, Any]:
    """CLI.md's keys (counts of this send, what is still pending, seconds until the next send may
    go), plus the rejected records and the error, which earlier versions printed."""
    with_errors = sum(1 for _, line in report.delivered if line.status == "AceptadoConErrores")
    return {
        "accepted": len(report.delivered) - with_errors,
        "accepted_with_errors": with_errors,
        "rejected": len(report.rejected),
        "pending": status["pending"],
        "wait_s": math.ceil(wait_s),
        "rejected_records": [
            {"number": r.number, "code": line.error_code, "description": line.error_description}
            for r, line in report.rejected
        ],
        "remaining": status["pending"],
        "error": report.error.code if report.error else None,
    }


def verifactu_configure(ctx: CliContext, args: argparse.Namespace) -> int:
    result = ctx.services.verifactu_sending.configure(args.environment, args.endpoint)
    if ctx.json_output:
        ctx.print_json(result)
    else:
        ctx.say(f"{result['environment']}: {result['endpoint']}")
    return 0


def verifactu_resubmit(ctx: CliContext, args: argparse.Namespace) -> int:
    row = ctx.services.verifactu.resubmit(args.number)
    ctx.services.verifactu_sending.send_if_due()
    state = next(r for r in ctx.services.verifactu.rows(invoice_id=row.invoice_id) if r.id == row.id)
    result = {"number": row.number, "state": state_of(state)}
    if ctx.json_output:
        ctx.print_json(result)
    else:
        ctx.say(_es(ctx, f"Subsanación de {row.number}: {result['state']}",
                    f"Correction of {row.number}: {result['state']}"))  # fmt: skip
    return 0


def submit_after_command(ctx: CliContext) -> None:
    """After `invoice issue` / `invoice cancel`: send the new record now when configured and the
    wait allows; otherwise it stays pending for the app or the scheduler (never an error here)."""
    ctx.services.verifactu_sending.send_if_due()


def verifactu_mode(ctx: CliContext, args: argparse.Namespace) -> int:
    service = ctx.services.verifactu
    if args.mode:
        service.set_mode(args.mode)
    if args.test_env:
        service.set_test_environment(args.test_env == "on")
    status = service.status()
    result = {
        "mode": status["mode"],
        "enabled": status["enabled"],
        "test_environment": status["test_environment"],
    }
    if ctx.json_output:
        ctx.print_json(result)
    else:
        ctx.say(f"{result['mode']} → {'on' if result['enabled'] else 'off'}"
                + (" (test)" if result["test_environment"] else ""))  # fmt: skip
    return 0


def _certificates(ctx: CliContext) -> Any:
    from facturas_app.services.verifactu.cert import VerifactuCertificates

    services = ctx.services
    return VerifactuCertificates(services.store, services.mail_config.secrets)


def verifactu_configure_cert(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        import getpass

        password = getpass.getpass(_es(ctx, "Contraseña del certificado: ", "Certificate password: "))
    info = _certificates(ctx).configure(args.p12, password)
    result = {"p12": info.path, "subject": info.subject, "not_after": info.not_after.isoformat()}
    if ctx.json_output:
        ctx.print_json(result)
    else:
        ctx.say(_es(ctx, f"Certificado {info.subject} (caduca {info.not_after:%Y-%m-%d}); "
                         "contraseña guardada en el llavero.",
                    f"Certificate {info.subject} (expires {info.not_after:%Y-%m-%d}); "
                    "password stored in the keyring."))  # fmt: skip
    return 0

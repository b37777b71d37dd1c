"""The stored form of a VERI*FACTU record: JSON holding every field of the AltaRecord /
AnulacionRecord (and the SistemaInformatico that wrote it), so the record can be rebuilt exactly
and its huella recomputed from what was stored, never from what the invoice says today.

Decimals are kept as their exact text (str(Decimal)), dates as ISO, times as ISO with offset.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from facturas_app.domain.verifactu import (
    AltaRecord,
    AnulacionRecord,
    BreakdownDetail,
    ChainLink,
    ChainRecord,
    ForeignId,
    InvoiceRef,
    Recipient,
    RectificationAmounts,
)

PAYLOAD_VERSION = 1


@dataclass(frozen=True)
class Software:
    """SistemaInformatico fields, kept with each record (mirrors verifactu_xml.SoftwareInfo, which
    this module does not import so that nothing here pulls lxml in)."""

    producer_name: str
    producer_nif: str
    installation_number: str
    system_name: str
    system_id: str
    version: str
    # The flags joined the payload later: a record stored before them decodes with the values the
    # XML then carried (S, N, N), so its documents come out as they were first written.
    only_verifactu: bool = True
    multi_taxpayer_capable: bool = False
    multiple_taxpayers: bool = False


class PayloadError(ValueError):
    """A stored payload that cannot be read back into a record (damaged or tampered with)."""


@dataclass(frozen=True)
class StoredRecord:
    record: ChainRecord
    software: Software
    taxpayer_name: str  # ObligadoEmision/NombreRazon when the record was written


def record_type(record: ChainRecord) -> str:
    return "alta" if isinstance(record, AltaRecord) else "anulacion"


# --- encoding ------------------------------------------------------------------------------------


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _link(link: ChainLink | None) -> dict[str, str] | None:
    if link is None:
        return None
    return {"issuer_nif": link.issuer_nif, "number": link.number, "issue_date": link.issue_date.isoformat(),
            "huella": link.huella}  # fmt: skip


def _detail(group: BreakdownDetail) -> dict[str, Any]:
    return {
        "operation": group.operation, "base": _dec(group.base), "rate": _dec(group.rate),
        "tax": _dec(group.tax),
        "surcharge_rate": _dec(group.surcharge_rate), "surcharge": _dec(group.surcharge),
        "tax_code": group.tax_code, "regime": group.regime,
    }  # fmt: skip


def _recipient(who: Recipient) -> dict[str, Any]:
    foreign = asdict(who.foreign_id) if who.foreign_id else None
    return {"name": who.name, "nif": who.nif, "foreign_id": foreign}


def _alta_fields(record: AltaRecord) -> dict[str, Any]:
    amounts = record.rectification_amounts
    return {
        "issuer_name": record.issuer_name,
        "invoice_type": record.invoice_type,
        "description": record.description,
        "breakdown": [_detail(g) for g in record.breakdown],
        "cuota_total": _dec(record.cuota_total),
        "importe_total": _dec(record.importe_total),
        "recipients": [_recipient(r) for r in record.recipients],
        "rectification_kind": record.rectification_kind,
        "rectified": [
            {"issuer_nif": r.issuer_nif, "number": r.number, "issue_date": r.issue_date.isoformat()}
            for r in record.rectified
        ],
        "rectification_amounts": None
        if amounts is None
        else {"base": _dec(amounts.base), "tax": _dec(amounts.tax), "surcharge": _dec(amounts.surcharge)},
        "operation_date": _date(record.operation_date),
        "subsanacion": record.subsanacion,
        "rechazo_previo": record.rechazo_previo,
    }


def encode(stored: StoredRecord) -> str:
    record = stored.record
    values: dict[str, Any] = {
        "version": PAYLOAD_VERSION,
        "type": record_type(record),
        "issuer_nif": record.issuer_nif,
        "number": record.number,
        "issue_date": record.issue_date.isoformat(),
        "previous": _link(record.previous),
        "generated_at": record.generated_at.isoformat(),
        "time_zone": record.time_zone,
        "huella": record.huella,
        "software": asdict(stored.software),
        "taxpayer_name": stored.taxpayer_name,
    }
    if isinstance(record, AltaRecord):
        values.update(_alta_fields(record))
    elif record.rechazo_previo:
        values["rechazo_previo"] = True
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


# --- decoding ------------------------------------------------------------------------------------


def _to_dec(value: Any) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise PayloadError(f"amount is not text: {value!r}")
    return Decimal(value)


def _req_dec(value: Any) -> Decimal:
    result = _to_dec(value)
    if result is None:
        raise PayloadError("missing amount")
    return result


def _to_date(value: Any) -> dt.date:
    return dt.date.fromisoformat(value)


def _from_link(value: Any) -> ChainLink | None:
    if value is None:
        return None
    return ChainLink(value["issuer_nif"], value["number"], _to_date(value["issue_date"]), value["huella"])


def _from_detail(value: dict[str, Any]) -> BreakdownDetail:
    return BreakdownDetail(
        operation=value["operation"], base=_req_dec(value["base"]), rate=_to_dec(value["rate"]),
        tax=_to_dec(value["tax"]), surcharge_rate=_to_dec(value["surcharge_rate"]),
        surcharge=_to_dec(value["surcharge"]), tax_code=value["tax_code"], regime=value["regime"],
    )  # fmt: skip


def _from_recipient(value: dict[str, Any]) -> Recipient:
    foreign = value["foreign_id"]
    return Recipient(value["name"], value["nif"], ForeignId(**foreign) if foreign else None)


def _from_alta(values: dict[str, Any], common: dict[str, Any]) -> AltaRecord:
    amounts = values["rectification_amounts"]
    operation_date = values["operation_date"]
    return AltaRecord(
        **common,
        issuer_name=values["issuer_name"],
        invoice_type=values["invoice_type"],
        description=values["description"],
        breakdown=tuple(_from_detail(g) for g in values["breakdown"]),
        cuota_total=_req_dec(values["cuota_total"]),
        importe_total=_req_dec(values["importe_total"]),
        recipients=tuple(_from_recipient(r) for r in values["recipients"]),
        rectification_kind=values["rectification_kind"],
        rectified=tuple(
            InvoiceRef(r["issuer_nif"], r["number"], _to_date(r["issue_date"])) for r in values["rectified"]
        ),
        rectification_amounts=None
        if amounts is None
        else RectificationAmounts(
            _req_dec(amounts["base"]), _req_dec(amounts["tax"]), _to_dec(amounts["surcharge"])
        ),
        operation_date=None if operation_date is None else _to_date(operation_date),
        subsanacion=bool(values.get("subsanacion", False)),  # absent in payloads written before
        rechazo_previo=values.get("rechazo_previo"),
    )


def decode(text: str) -> StoredRecord:
    """Rebuild the record exactly as it was stored; PayloadError when that is not possible."""
    try:
        values = json.loads(text)
        common = {
            "issuer_nif": values["issuer_nif"],
            "number": values["number"],
            "issue_date": _to_date(values["issue_date"]),
            "previous": _from_link(values["previous"]),
            "generated_at": dt.datetime.fromisoformat(values["generated_at"]),
            "huella": values["huella"],
            "time_zone": values["time_zone"],
        }
        if values["type"] == "alta":
            record: ChainRecord = _from_alta(values, common)
        elif values["type"] == "anulacion":
            record = AnulacionRecord(**common, rechazo_previo=bool(values.get("rechazo_previo", False)))
        else:
            raise PayloadError(f"unknown record type {values['type']!r}")
        return StoredRecord(record, Software(**values["software"]), values["taxpayer_name"])
    except PayloadError:
        raise
    except (ValueError, KeyError, TypeError, InvalidOperation, AttributeError) as exc:
        raise PayloadError(f"{type(exc).__name__}: {exc}") from exc

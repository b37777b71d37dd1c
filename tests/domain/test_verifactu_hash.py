"""VERI*FACTU records: AEAT's hash examples, the chain, tamper detection, QR URL, validation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
from decimal import Decimal

import pytest

from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.totals import TaxableLine, compute_totals
from facturas_app.domain.verifactu import (
    AltaRecord,
    BreakdownDetail,
    ChainLink,
    ChainRecord,
    ForeignId,
    InvoiceRef,
    Recipient,
    RectificationAmounts,
    alta_hash,
    alta_hash_input,
    amount_text,
    anulacion_hash,
    anulacion_hash_input,
    breakdown_from_totals,
    build_alta,
    build_anulacion,
    format_generation_time,
    qr_url,
    record_hash,
    validate_numserie,
    verify_chain,
)

D = Decimal
NIF = "89890001K"
AEAT_FIRST = "3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60"
# AEAT hash spec v0.1.2, examples 2 (alta chained to the first) and 3 (anulación chained to the
# second). Not in SPAIN.md; they reproduce to the last digit, which also checks the field order.
AEAT_SECOND = "F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97"
AEAT_THIRD = "177547C0D57AC74748561D054A9CEC14B4C4EA23D1BEFD6F2E69E3A388F90C68"
WINTER = dt.datetime(2024, 1, 1, 18, 20, 30, tzinfo=dt.UTC)  # 19:20:30 in Madrid
CUSTOMER = Recipient("Cliente Ejemplo SL", nif="B12345674")


def groups_for_aeat_example() -> tuple[BreakdownDetail, ...]:
    # CuotaTotal 12.35 and ImporteTotal 123.45, made of groups the validation accepts.
    return (
        BreakdownDetail("S1", base=D("58.81"), rate=D("21"), tax=D("12.35")),
        BreakdownDetail("E1", base=D("52.29")),
    )


def make_alta(
    number: str, previous: ChainRecord | ChainLink | None, at: dt.datetime, **changes: object
) -> AltaRecord:
    facts: dict[str, object] = {
        "issuer_nif": NIF,
        "issuer_name": "Emisor Ejemplo SL",
        "number": number,
        "issue_date": dt.date(2024, 1, 1),
        "invoice_type": "F1",
        "description": "Servicios de consultoría",
        "breakdown": groups_for_aeat_example(),
        "cuota_total": D("12.35"),
        "importe_total": D("123.45"),
        "previous": previous,
        "generated_at": at,
        "recipients": (CUSTOMER,),
    }
    facts.update(changes)
    return build_alta(**facts)  # type: ignore[arg-type]


# --- AEAT's examples -----------------------------------------------------------------------------


def test_aeat_first_example_input_and_hash() -> None:
    args = (
        NIF,
        "12345678/G33",
        dt.date(2024, 1, 1),
        "F1",
        D("12.35"),
        D("123.45"),
        "",
        "2024-01-01T19:20:30+01:00",
    )
    assert alta_hash_input(*args) == (
        "IDEmisorFactura=89890001K&NumSerieFactura=12345678/G33&FechaExpedicionFactura=01-01-2024"
        "&TipoFactura=F1&CuotaTotal=12.35&ImporteTotal=123.45&Huella="
        "&FechaHoraHusoGenRegistro=2024-01-01T19:20:30+01:00"
    )
    assert alta_hash(*args) == AEAT_FIRST


def test_build_alta_reproduces_the_aeat_example_from_a_utc_time() -> None:
    record = make_alta("12345678/G33", None, WINTER)
    assert record.generation_time == "2024-01-01T19:20:30+01:00"
    assert record.huella == AEAT_FIRST


def test_aeat_chained_alta_and_anulacion_examples() -> None:
    first = make_alta("12345678/G33", None, WINTER)
    second = make_alta("12345679/G34", first, WINTER + dt.timedelta(seconds=5))
    assert second.huella == AEAT_SECOND
    cancel = build_anulacion(
        cancelled=InvoiceRef(NIF, "12345679/G34", dt.date(2024, 1, 1)),
        previous=second,
        generated_at=WINTER + dt.timedelta(seconds=10),
    )
    assert cancel.huella == AEAT_THIRD


def test_anulacion_hash_is_sha256_of_the_documented_fields() -> None:
    text = (
        "IDEmisorFacturaAnulada=89890001K&NumSerieFacturaAnulada=A-7&FechaExpedicionFacturaAnulada=31-12-2026"
        f"&Huella={AEAT_FIRST}&FechaHoraHusoGenRegistro=2027-01-02T10:00:00+01:00"
    )
    args = (NIF, "A-7", dt.date(2026, 12, 31), AEAT_FIRST, "2027-01-02T10:00:00+01:00")
    assert anulacion_hash_input(*args) == text
    assert anulacion_hash(*args) == hashlib.sha256(text.encode()).hexdigest().upper()


def test_hash_values_are_trimmed_and_empty_previous_still_written() -> None:
    padded = alta_hash_input(f" {NIF} ", "1", dt.date(2024, 1, 1), "F1", D("1"), D("1.2"), " ", "t ")
    assert padded == (
        "IDEmisorFactura=89890001K&NumSerieFactura=1&FechaExpedicionFactura=01-01-2024&TipoFactura=F1"
        "&CuotaTotal=1.00&ImporteTotal=1.20&Huella=&FechaHoraHusoGenRegistro=t"
    )


def test_negative_zero_is_written_as_zero() -> None:
    assert (
        alta_hash_input(NIF, "1", dt.date(2024, 1, 1), "R4", D("-0.00"), D("-0"), "", "t").count("=0.00") == 2
    )


# --- generation time -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("utc", "zone", "text"),
    [
        (
            dt.datetime(2024, 1, 1, 18, 20, 30, 999_999, tzinfo=dt.UTC),
            "Europe/Madrid",
            "2024-01-01T19:20:30+01:00",
        ),
        (dt.datetime(2024, 7, 1, 8, 0, 0, tzinfo=dt.UTC), "Europe/Madrid", "2024-07-01T10:00:00+02:00"),
        (dt.datetime(2024, 1, 1, 8, 0, 0, tzinfo=dt.UTC), "Atlantic/Canary", "2024-01-01T08:00:00+00:00"),
        (dt.datetime(2024, 7, 1, 8, 0, 0, tzinfo=dt.UTC), "Atlantic/Canary", "2024-07-01T09:00:00+01:00"),
    ],
)
def test_format_generation_time(utc: dt.datetime, zone: str, text: str) -> None:
    assert format_generation_time(utc, zone) == text


def test_format_generation_time_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError):
        format_generation_time(dt.datetime(2024, 1, 1, 12, 0))


def test_build_alta_keeps_whole_seconds_so_record_and_text_agree() -> None:
    record = make_alta("A-1", None, WINTER.replace(microsecond=750_000))
    assert record.generated_at == WINTER
    assert record.generation_time == "2024-01-01T19:20:30+01:00"
    assert record_hash(record) == record.huella


# --- the chain -----------------------------------------------------------------------------------


def two_series_chain() -> list[ChainRecord]:
    """One issuer, series A and R (rectifying) interleaved, with a cancellation in the middle."""
    t = dt.datetime(2027, 3, 1, 9, 0, tzinfo=dt.UTC)
    a1 = make_alta("A-2027-0001", None, t, issue_date=dt.date(2027, 3, 1))
    a2 = make_alta("A-2027-0002", a1, t + dt.timedelta(minutes=1), issue_date=dt.date(2027, 3, 1))
    cancel = build_anulacion(
        cancelled=InvoiceRef(NIF, "A-2027-0002", dt.date(2027, 3, 1)),
        previous=a2,
        generated_at=t + dt.timedelta(minutes=2),
    )
    r1 = make_alta(
        "R-2027-0001",
        cancel,
        t + dt.timedelta(days=1),  # issued the next day: generated that day (AEAT 1112)
        issue_date=dt.date(2027, 3, 2),
        invoice_type="R1",
        rectification_kind="S",
        rectified=(InvoiceRef(NIF, "A-2027-0001", dt.date(2027, 3, 1)),),
        rectification_amounts=RectificationAmounts(D("111.10"), D("12.35")),
    )
    a3 = make_alta(
        "A-2027-0003", r1.link, t + dt.timedelta(days=1, minutes=1), issue_date=dt.date(2027, 3, 2)
    )
    return [a1, a2, cancel, r1, a3]


def test_each_record_hashes_the_previous_huella() -> None:
    chain = two_series_chain()
    assert chain[0].previous is None
    for before, after in itertools.pairwise(chain):
        assert after.previous == before.link
        assert after.huella == record_hash(after)
        assert after.huella != before.huella
    assert verify_chain(chain) == []


def test_changing_the_previous_huella_changes_every_later_hash() -> None:
    chain = two_series_chain()
    other_start = make_alta(
        "A-2027-0001", None, chain[0].generated_at, issue_date=dt.date(2027, 3, 1), description="x"
    )
    assert other_start.huella == chain[0].huella  # description is not hashed
    changed = make_alta(
        "A-2027-0001",
        None,
        chain[0].generated_at,
        issue_date=dt.date(2027, 3, 1),
        invoice_type="F2",
        recipients=(),
    )
    assert changed.huella != chain[0].huella


def test_verify_chain_finds_a_tampered_amount() -> None:
    chain = two_series_chain()
    chain[3] = dataclasses.replace(chain[3], importe_total=D("1.00"))
    assert verify_chain(chain) == [3]


def test_verify_chain_finds_a_record_rehashed_after_tampering() -> None:
    chain = two_series_chain()
    forged = dataclasses.replace(chain[1], cuota_total=D("0.00"))
    chain[1] = dataclasses.replace(forged, huella=record_hash(forged))
    assert verify_chain(chain) == [2]  # its own hash is fine now; the next link no longer is


def test_verify_chain_finds_a_removed_or_reordered_record() -> None:
    chain = two_series_chain()
    assert verify_chain(chain[:2] + chain[3:]) == [2]
    assert verify_chain([chain[0], chain[2], chain[1], *chain[3:]]) == [1, 2, 3]


# --- QR ------------------------------------------------------------------------------------------


def test_qr_url_matches_the_spain_md_example_with_two_decimals() -> None:
    # SPAIN.md shows importe=241.4; we write ImporteTotal as the XML and hash do, 241.40 (module doc).
    url = qr_url(NIF, "12345678&G33", dt.date(2024, 1, 1), D("241.4"), test_env=True)
    assert url == (
        "https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=89890001K&numserie=12345678%26G33"
        "&fecha=01-01-2024&importe=241.40"
    )


def test_qr_url_production_host_and_utf8_encoding() -> None:
    url = qr_url(NIF, "FAC 2024/Ñ1", dt.date(2024, 12, 31), D("-10.5"))
    assert url == (
        "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=89890001K"
        "&numserie=FAC%202024%2F%C3%911&fecha=31-12-2024&importe=-10.50"
    )


# --- from the money engine ----------------------------------------------------------------------


def test_breakdown_from_the_money_engine_builds_a_valid_alta() -> None:
    lines = [
        TaxableLine(D("2"), D("50"), D("0"), D("21"), D("5.2")),
        TaxableLine(D("1"), D("10"), D("0"), D("10"), D("0")),
        TaxableLine(D("1"), D("30"), D("0"), D("0"), D("0"), exemption="E1"),
        TaxableLine(D("1"), D("40"), D("0"), D("0"), D("0"), exemption="S2"),
    ]
    computed = compute_totals(lines, irpf_rate=D("15"))
    breakdown = breakdown_from_totals(computed.groups)
    assert {(d.operation, d.rate, d.surcharge_rate) for d in breakdown} == {
        ("S1", D("21"), D("5.2")),
        ("S1", D("10"), None),
        ("E1", None, None),
        ("S2", None, None),
    }
    record = make_alta(
        "A-9", None, WINTER, breakdown=breakdown, cuota_total=computed.tax_total, importe_total=computed.total
    )
    assert (amount_text(record.cuota_total), amount_text(record.importe_total)) == ("27.20", "207.20")


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("good", ["1", "A-2024/0001", "12345678&G33", "x" * 60, "FAC 1 (bis)"])
def test_valid_numserie(good: str) -> None:
    assert validate_numserie(good) == []


@pytest.mark.parametrize(
    ("bad", "code"),
    [
        ("", "numserie_empty"),
        ("x" * 61, "numserie_too_long"),
        ('A"1', "numserie_bad_characters"),
        ("A'1", "numserie_bad_characters"),
        ("A<1", "numserie_bad_characters"),
        ("A>1", "numserie_bad_characters"),
        ("A=1", "numserie_bad_characters"),
        ("AÑO-1", "numserie_bad_characters"),
        ("A\t1", "numserie_bad_characters"),
        (" A1", "numserie_untrimmed"),
    ],
)
def test_invalid_numserie(bad: str, code: str) -> None:
    assert [p.code for p in validate_numserie(bad)] == [code]


def problem_codes(**changes: object) -> set[str]:
    with pytest.raises(ValidationFailed) as caught:
        number = str(changes.pop("number", "A-1"))
        make_alta(number, changes.pop("previous", None), WINTER, **changes)  # type: ignore[arg-type]
    return {p.code for p in caught.value.problems}


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"cuota_total": D("12.36")}, "total_mismatch"),
        ({"importe_total": D("100.00")}, "total_mismatch"),
        ({"breakdown": (BreakdownDetail("E1", base=D("1")),) * 13}, "breakdown_count"),
        ({"breakdown": ()}, "breakdown_count"),
        ({"invoice_type": "F9"}, "invoice_type_unknown"),
        ({"invoice_type": "R1"}, "required"),
        ({"invoice_type": "F2"}, "recipients_not_allowed"),
        ({"recipients": ()}, "recipient_required"),
        ({"recipients": (Recipient("X"),)}, "nif_or_foreign_id"),
        ({"recipients": (Recipient("X", foreign_id=ForeignId("09", "1")),)}, "id_type_unknown"),
        ({"rectification_kind": "S"}, "not_a_rectifying_invoice"),
        ({"generated_at": dt.datetime(2024, 1, 1, 19, 20, 30)}, "naive_datetime"),
        ({"time_zone": "Europe/Paris"}, "unsupported_time_zone"),
        ({"issuer_nif": "123"}, "nif_length"),
        ({"number": "A=1"}, "numserie_bad_characters"),
        ({"description": ""}, "required"),
        ({"cuota_total": D("12.345")}, "amount_not_in_cents"),
        ({"previous": ChainLink("B12345674", "X-1", dt.date(2024, 1, 1), AEAT_FIRST)}, "chain_other_issuer"),
    ],
)
def test_build_alta_refuses_bad_facts(changes: dict[str, object], code: str) -> None:
    assert code in problem_codes(**changes)


@pytest.mark.parametrize(
    ("group", "code"),
    [
        (BreakdownDetail("S1", base=D("10")), "rate_and_tax_required"),
        (BreakdownDetail("S2", base=D("10"), rate=D("21"), tax=D("2.10")), "reverse_charge_carries_tax"),
        (BreakdownDetail("E1", base=D("10"), rate=D("21")), "exempt_or_not_subject_carries_tax"),
        (BreakdownDetail("N1", base=D("10"), tax=D("0")), "exempt_or_not_subject_carries_tax"),
        (
            BreakdownDetail("S1", base=D("10"), rate=D("21"), tax=D("2.10"), surcharge_rate=D("5.2")),
            "surcharge_incomplete",
        ),
        (BreakdownDetail("S1", base=D("10"), rate=D("21.005"), tax=D("2.10")), "rate_invalid"),
        (BreakdownDetail("X9", base=D("10")), "operation_unknown"),
    ],
)
def test_build_alta_refuses_incoherent_tax_groups(group: BreakdownDetail, code: str) -> None:
    assert code in problem_codes(breakdown=(group,))


def test_build_alta_reports_every_problem_at_once() -> None:
    codes = problem_codes(number="", description="", invoice_type="F9", recipients=())
    assert {"numserie_empty", "required", "invoice_type_unknown", "recipient_required"} <= codes


def test_anulacion_refuses_naive_time_and_bad_number() -> None:
    with pytest.raises(ValidationFailed) as caught:
        build_anulacion(
            cancelled=InvoiceRef(NIF, "A<1", dt.date(2024, 1, 1)),
            previous=None,
            generated_at=dt.datetime(2024, 1, 1, 12, 0),
        )
    assert {p.code for p in caught.value.problems} == {"numserie_bad_characters", "naive_datetime"}

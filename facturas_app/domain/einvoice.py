"""Pure data for electronic invoices (#20): a public administration's DIR3 offices and the
Spanish province a postal code belongs to (Facturae's AddressInSpain requires a province; we
store only the postal code)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from facturas_app.domain.errors import Problem

# A DIR3 unit code: the administration's letters (E state, EA, GE accounting offices, A regions,
# L/LA local, U universities, I, J...) then digits; 9 characters in practice. Facturae's
# CentreCode allows at most 10, so anything from 8 to 10 with that shape is accepted.
_DIR3 = re.compile(r"[A-Z]{1,3}[0-9]{5,9}")
DIR3_MIN, DIR3_MAX = 8, 10


@dataclass(frozen=True)
class Dir3Codes:
    """FACe's three offices: RoleTypeCode 01, 02 and 03 of Facturae's AdministrativeCentres."""

    oficina_contable: str
    organo_gestor: str
    unidad_tramitadora: str


def normalize_dir3(value: str) -> str:
    """As people paste it: spaces and dashes dropped, upper case ('l01 281230' → 'L01281230')."""
    return re.sub(r"[\s\-.]", "", value).upper()


def is_dir3_code(value: str) -> bool:
    code = normalize_dir3(value)
    return DIR3_MIN <= len(code) <= DIR3_MAX and _DIR3.fullmatch(code) is not None


def dir3_problems(codes: Dir3Codes, field: str = "dir3") -> list[Problem]:
    """All three offices are needed (FACe routes by the three); each must look like a DIR3 code."""
    values = {f.name: getattr(codes, f.name) for f in fields(codes)}
    if not all(v.strip() for v in values.values()):
        return [Problem(field, "dir3_incomplete")]
    return [
        Problem(f"{field}.{name}", "dir3_invalid_code", {"value": value})
        for name, value in values.items()
        if not is_dir3_code(value)
    ]


def normalized_dir3(codes: Dir3Codes) -> Dir3Codes:
    return Dir3Codes(*(normalize_dir3(getattr(codes, f.name)) for f in fields(codes)))


# INE province codes: the first two digits of a Spanish postal code. Facturae's Province holds at
# most 20 characters, so Santa Cruz de Tenerife (22) is written without its "de".
PROVINCES = {
    "01": "Araba/Álava",
    "02": "Albacete",
    "03": "Alicante/Alacant",
    "04": "Almería",
    "05": "Ávila",
    "06": "Badajoz",
    "07": "Illes Balears",
    "08": "Barcelona",
    "09": "Burgos",
    "10": "Cáceres",
    "11": "Cádiz",
    "12": "Castellón/Castelló",
    "13": "Ciudad Real",
    "14": "Córdoba",
    "15": "A Coruña",
    "16": "Cuenca",
    "17": "Girona",
    "18": "Granada",
    "19": "Guadalajara",
    "20": "Gipuzkoa",
    "21": "Huelva",
    "22": "Huesca",
    "23": "Jaén",
    "24": "León",
    "25": "Lleida",
    "26": "La Rioja",
    "27": "Lugo",
    "28": "Madrid",
    "29": "Málaga",
    "30": "Murcia",
    "31": "Navarra",
    "32": "Ourense",
    "33": "Asturias",
    "34": "Palencia",
    "35": "Las Palmas",
    "36": "Pontevedra",
    "37": "Salamanca",
    "38": "Santa Cruz Tenerife",
    "39": "Cantabria",
    "40": "Segovia",
    "41": "Sevilla",
    "42": "Soria",
    "43": "Tarragona",
    "44": "Teruel",
    "45": "Toledo",
    "46": "Valencia/València",
    "47": "Valladolid",
    "48": "Bizkaia",
    "49": "Zamora",
    "50": "Zaragoza",
    "51": "Ceuta",
    "52": "Melilla",
}


def spanish_postal_code(value: str) -> str | None:
    """The five digits of a Spanish postal code whose first two name a province, else None."""
    compact = re.sub(r"\s", "", value)
    if len(compact) != 5 or not compact.isdigit() or compact[:2] not in PROVINCES:
        return None
    return compact


def province_of(postal_code: str) -> str | None:
    code = spanish_postal_code(postal_code)
    return PROVINCES[code[:2]] if code else None

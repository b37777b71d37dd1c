"""Writes the producer's data into the build: facturas_app/_build_stamp.py, which
facturas_app/build_info.py applies over its defaults. Run by packaging/facturas.spec (so every
platform's build gets it) and removed again when the build ends.

Variables (all optional; without any the repository defaults stay):
  FACTURAS_PRODUCER_NAME, FACTURAS_PRODUCER_NIF, FACTURAS_PRODUCER_ADDRESS, FACTURAS_SYSTEM_ID,
  FACTURAS_DECLARATION_PLACE, FACTURAS_DECLARATION_DATE (YYYY-MM-DD; the build date when any other
  variable is set and this one is not: the producer signs the declaration of what it builds).
Usage: python packaging/stamp_build_info.py [--clean]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAMP = ROOT / "facturas_app" / "_build_stamp.py"
VARIABLES = {
    "PRODUCER_NAME": "FACTURAS_PRODUCER_NAME",
    "PRODUCER_NIF": "FACTURAS_PRODUCER_NIF",
    "PRODUCER_ADDRESS": "FACTURAS_PRODUCER_ADDRESS",
    "SYSTEM_ID": "FACTURAS_SYSTEM_ID",
    "DECLARATION_PLACE": "FACTURAS_DECLARATION_PLACE",
}
FORBIDDEN = set("<>\"'=")  # characters AEAT refuses in names (validation 1287)


def collect(environ: dict[str, str]) -> dict[str, object]:
    """The overrides given in the environment, checked as AEAT's schema and validations would."""
    values: dict[str, object] = {
        name: environ[var].strip() for name, var in VARIABLES.items() if environ.get(var, "").strip()
    }
    date_text = environ.get("FACTURAS_DECLARATION_DATE", "").strip()
    if date_text:
        values["DECLARATION_DATE"] = dt.date.fromisoformat(date_text)
    elif values:
        values["DECLARATION_DATE"] = dt.date.today()
    _check(values)
    return values


def _check(values: dict[str, object]) -> None:
    sys.path.insert(0, str(ROOT))
    from facturas_app.domain.identifiers import is_valid_tax_id, normalize_tax_id

    name = str(values.get("PRODUCER_NAME", ""))
    if len(name) > 120 or FORBIDDEN & set(name):
        raise SystemExit(f"FACTURAS_PRODUCER_NAME: at most 120 characters, none of <>\"'=: {name!r}")
    nif = values.get("PRODUCER_NIF")
    if nif is not None:
        values["PRODUCER_NIF"] = normalize_tax_id(str(nif))
        if not is_valid_tax_id(str(values["PRODUCER_NIF"]), "ES"):
            raise SystemExit(f"FACTURAS_PRODUCER_NIF is not a valid Spanish NIF: {nif!r}")
    if len(str(values.get("SYSTEM_ID", ""))) > 2:
        raise SystemExit("FACTURAS_SYSTEM_ID: at most 2 characters (IdSistemaInformatico)")


def write(values: dict[str, object]) -> None:
    if not values:
        STAMP.unlink(missing_ok=True)
        print("build_info: repository defaults (no FACTURAS_PRODUCER_* variables)")
        return
    lines = ['"""Written by packaging/stamp_build_info.py for one build; never committed."""', ""]
    lines.append("import datetime")
    lines.append("")
    lines += [f"{name} = {value!r}" for name, value in sorted(values.items())]
    STAMP.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"build_info: {', '.join(sorted(values))} → {STAMP.relative_to(ROOT)}")


def main(argv: list[str]) -> int:
    if "--clean" in argv:
        STAMP.unlink(missing_ok=True)
        return 0
    write(collect(dict(os.environ)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

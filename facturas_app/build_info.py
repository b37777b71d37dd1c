"""Who produces this software: the SistemaInformatico block of every VERI*FACTU record and the
declaración responsable (RD 1007/2023 art. 13) are built from these constants, never from the
taxpayer's settings, because AEAT asks who made the system, not who uses it.

The repository carries the defaults. A release build overrides them: packaging/stamp_build_info.py
writes facturas_app/_build_stamp.py from FACTURAS_PRODUCER_* variables before PyInstaller runs,
and that file (never committed) is applied at the end of this module.
"""

from __future__ import annotations

import datetime as dt
import importlib

from facturas_app import APP_NAME, __version__

PRODUCER_NAME = "Facturas Software SL"  # NombreRazon, ≤ 120 characters
PRODUCER_NIF = "B00000034"  # a Spanish NIF/CIF (checked by the stamp script and the tests)
PRODUCER_ADDRESS = "Calle Mayor 1, 28013 Madrid, España"  # declaración art. 15.1.j: postal contact
SYSTEM_NAME = APP_NAME  # NombreSistemaInformatico, ≤ 30 characters
SYSTEM_ID = "FA"  # IdSistemaInformatico, ≤ 2 characters
VERSION = __version__  # Version, ≤ 50 characters: the version the user runs, one source of truth
# TipoUsoPosibleSoloVerifactu: the app only writes records that go to AEAT (no local-only signed
# "no VERI*FACTU" mode), so it can only work as VERI*FACTU.
ONLY_VERIFACTU = True
# TipoUsoPosibleMultiOT: one installation can keep several data folders (--data-dir), each the
# books of a different taxpayer, so the software *can* serve more than one.
MULTI_TAXPAYER_CAPABLE = True
# IndicadorMultiplesOT: the installation number lives in each data folder, which holds exactly one
# issuer, so every installation that writes a record serves a single taxpayer.
MULTIPLE_TAXPAYERS = False
DECLARATION_PLACE = "Madrid, España"  # art. 15.1.l: at least the town and the country
DECLARATION_DATE = dt.date(2026, 1, 15)  # the day the producer signs this version's declaration

# The names a build may override, and nothing else: a stamp cannot change the version.
STAMPABLE = (
    "PRODUCER_NAME",
    "PRODUCER_NIF",
    "PRODUCER_ADDRESS",
    "SYSTEM_ID",
    "DECLARATION_PLACE",
    "DECLARATION_DATE",
)


def _apply_build_stamp() -> None:
    try:
        stamp = importlib.import_module("facturas_app._build_stamp")
    except ModuleNotFoundError:
        return  # a source checkout: the defaults above apply
    values = vars(stamp)
    globals().update({name: values[name] for name in STAMPABLE if name in values})


_apply_build_stamp()

"""The *declaración responsable* of this invoicing system (RD 1007/2023 art. 13), with the content
Orden HAC/1177/2024 art. 15.1 lists, letters a) to l). Built from facturas_app.build_info, the
same constants the SistemaInformatico block of every record carries, so what the producer declares
and what AEAT receives cannot drift apart. The GUI (Help menu) and `facturas declaration` share it.

Spanish is the declaration; English is a translation for information.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from facturas_app import build_info

# (Spanish, English) per piece of fixed text; the values come from build_info.
_TEXT: dict[str, tuple[str, str]] = {
    "title": (
        "Declaración responsable del sistema informático de facturación",
        "Responsible declaration of the invoicing computer system",
    ),
    "intro": (
        "Conforme al artículo 13 del Reglamento aprobado por el Real Decreto 1007/2023 y al artículo 15 "
        "de la Orden HAC/1177/2024, la entidad productora de este sistema informático declara:",
        "Under article 13 of the Regulation approved by Royal Decree 1007/2023 and article 15 of Order "
        "HAC/1177/2024, the producer of this computer system declares:",
    ),
    "note": (
        "",
        "English translation, for information only: the declaration is the Spanish text.",
    ),
    "a": ("Nombre del sistema informático", "Name of the computer system"),
    "b": ("Código identificador del sistema informático", "Identifier code of the computer system"),
    "c": ("Identificador completo de la versión", "Complete identifier of the version"),
    "d": (
        "Componentes, hardware y software, y descripción de lo que hace y de sus principales funcionalidades",
        "Hardware and software components, what the system does and its main functions",
    ),
    "e": (
        "Producido para funcionar exclusivamente como VERI*FACTU",
        "Produced to work exclusively as VERI*FACTU",
    ),
    "f": (
        "Puede llevar la facturación de varios obligados tributarios",
        "Can keep the invoicing of several taxpayers",
    ),
    "g": (
        "Tipos de firma de los registros de facturación y de evento",
        "Signature types of the billing and event records",
    ),
    "h": ("Nombre y razón social de la entidad productora", "Full name of the producer"),
    "i": ("NIF de la entidad productora", "Spanish tax id (NIF) of the producer"),
    "j": ("Dirección postal de contacto", "Postal contact address"),
    "k": ("Normativa que cumple", "Rules it complies with"),
    "l": ("Fecha y lugar de suscripción", "Date and place of signature"),
    "components": (
        "Solo software, sin hardware propio: una aplicación de escritorio (Windows, macOS, Linux) con "
        "línea de órdenes, instalada en el equipo del usuario, que guarda sus datos en una base de datos "
        "local. Lleva clientes y productos; emite facturas completas, simplificadas y rectificativas con "
        "numeración correlativa por serie; genera el PDF con el código QR tributario; envía facturas y "
        "recordatorios por correo; registra cobros; prepara informes y copias de seguridad; y genera, "
        "encadena y remite a la AEAT los registros de facturación de alta y anulación.",
        "Software only, no hardware of its own: a desktop application (Windows, macOS, Linux) with a "
        "command line, installed on the user's computer, keeping its data in a local database. It keeps "
        "clients and products; issues full, simplified and corrective invoices numbered in sequence per "
        "series; makes the PDF with the tax QR code; emails invoices and reminders; records payments; "
        "prepares reports and backups; and creates, chains and sends to AEAT the billing records of "
        "issue and cancellation.",
    ),
    "yes": ("Sí", "Yes"),
    "no": ("No", "No"),
    "multi_detail": (
        "cada carpeta de datos lleva la facturación de un único obligado tributario, con su propio "
        "número de instalación",
        "each data folder keeps the invoicing of a single taxpayer, with its own installation number",
    ),
    "no_signature": (
        "No aplica: el sistema funciona exclusivamente como VERI*FACTU y remite cada registro a la AEAT",
        "Not applicable: the system works only as VERI*FACTU and sends every record to AEAT",
    ),
    "complies": (
        "El sistema informático cumple lo dispuesto en el artículo 29.2.j) de la Ley 58/2003, de 17 de "
        "diciembre, General Tributaria, en el Reglamento aprobado por el Real Decreto 1007/2023, de 5 de "
        "diciembre, en la Orden HAC/1177/2024, de 17 de octubre, y en las especificaciones técnicas "
        "publicadas en la sede electrónica de la AEAT.",
        "The computer system complies with article 29.2.j) of Ley 58/2003 of 17 December (General Tax "
        "Act), the Regulation approved by Royal Decree 1007/2023 of 5 December, Order HAC/1177/2024 of "
        "17 October, and the technical specifications published on AEAT's website.",
    ),
}


@dataclass(frozen=True)
class DeclarationItem:
    letter: str  # the letter of Orden HAC/1177/2024 art. 15.1 the item answers
    label: str
    value: str


@dataclass(frozen=True)
class Declaration:
    lang: str
    title: str
    intro: str
    note: str
    items: tuple[DeclarationItem, ...]

    def as_text(self) -> str:
        lines = [self.title, "", self.intro, ""]
        lines += [f"{item.letter}) {item.label}: {item.value}" for item in self.items]
        return "\n".join(lines + (["", self.note] if self.note else []))

    def as_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "title": self.title,
            "intro": self.intro,
            "note": self.note,
            "items": [{"letter": i.letter, "label": i.label, "value": i.value} for i in self.items],
            "system": system_facts(),
        }


def system_facts() -> dict[str, Any]:
    """The declared facts as data, named like the SistemaInformatico fields they match."""
    return {
        "NombreRazon": build_info.PRODUCER_NAME,
        "NIF": build_info.PRODUCER_NIF,
        "NombreSistemaInformatico": build_info.SYSTEM_NAME,
        "IdSistemaInformatico": build_info.SYSTEM_ID,
        "Version": build_info.VERSION,
        "TipoUsoPosibleSoloVerifactu": _sn(build_info.ONLY_VERIFACTU),
        "TipoUsoPosibleMultiOT": _sn(build_info.MULTI_TAXPAYER_CAPABLE),
        "IndicadorMultiplesOT": _sn(build_info.MULTIPLE_TAXPAYERS),
        "address": build_info.PRODUCER_ADDRESS,
        "signed_on": build_info.DECLARATION_DATE.isoformat(),
        "signed_at": build_info.DECLARATION_PLACE,
    }


def build_declaration(lang: str = "es") -> Declaration:
    """The declaration in Spanish ("es") or its English translation ("en")."""
    t = _translator(lang)
    values = _values(t)
    items = tuple(DeclarationItem(letter, t(letter), values[letter]) for letter in "abcdefghijkl")
    return Declaration("en" if lang == "en" else "es", t("title"), t("intro"), t("note"), items)


def signature_date_text(day: dt.date) -> str:
    """Day, month and year, in that order, as art. 15.1.l asks."""
    return day.strftime("%d-%m-%Y")


def _translator(lang: str) -> Any:
    index = 1 if lang == "en" else 0
    return lambda key: _TEXT[key][index]


def _values(t: Any) -> dict[str, str]:
    multi = t("yes") if build_info.MULTI_TAXPAYER_CAPABLE else t("no")
    return {
        "a": build_info.SYSTEM_NAME,
        "b": build_info.SYSTEM_ID,
        "c": build_info.VERSION,
        "d": t("components"),
        "e": t("yes") if build_info.ONLY_VERIFACTU else t("no"),
        "f": f"{multi} ({t('multi_detail')})" if build_info.MULTI_TAXPAYER_CAPABLE else multi,
        # The app signs no records itself: it has no other mode than VERI*FACTU (build_info).
        "g": t("no_signature"),
        "h": build_info.PRODUCER_NAME,
        "i": build_info.PRODUCER_NIF,
        "j": build_info.PRODUCER_ADDRESS,
        "k": t("complies"),
        "l": f"{signature_date_text(build_info.DECLARATION_DATE)}, {build_info.DECLARATION_PLACE}",
    }


def _sn(flag: bool) -> str:
    return "S" if flag else "N"

"""Words for SEPA direct debits: mandates, the creditor identifier, remittances (see messages.py)."""

from __future__ import annotations

SEPA_TEXTS: dict[str, tuple[str, str]] = {
    "sepa_iban_check_digits": (
        "el IBAN {value} tiene un dígito de control incorrecto: revise que está bien copiado",
        "IBAN {value} has a wrong check digit: check it was copied right",
    ),
    "sepa_invalid_iban": (
        "el IBAN {value} no es válido (país, longitud o formato)",
        "IBAN {value} is not valid (country, length or format)",
    ),
    "sepa_invalid_mandate_id": (
        "la referencia del mandato «{value}» debe tener de 1 a 35 letras sin acentos, cifras o - / ? : ( ) . , ' +",
        "mandate reference '{value}' must be 1 to 35 unaccented letters, digits or - / ? : ( ) . , ' +",
    ),
    "sepa_mandate_unsigned": (
        "falta la fecha de firma del mandato: sin ella el banco no admite el adeudo",
        "the mandate's signature date is missing: the bank takes no debit without it",
    ),
    "sepa_mandate_signed_future": (
        "la fecha de firma del mandato ({value}) es posterior a hoy",
        "the mandate's signature date ({value}) is after today",
    ),
    "sepa_invalid_scheme": (
        "el esquema debe ser CORE o B2B, no {value}",
        "the scheme must be CORE or B2B, not {value}",
    ),
    "sepa_mandate_id_taken": (
        "la referencia de mandato {value} ya es de otro cliente",
        "mandate reference {value} already belongs to another client",
    ),
    "sepa_creditor_other_country": (
        "el identificador de acreedor {value} no es de {country}: debe empezar por {country}",
        "creditor identifier {value} is not from {country}: it must start with {country}",
    ),
    "sepa_invalid_creditor_id": (
        "el identificador de acreedor SEPA {value} no es válido (dígitos de control)",
        "SEPA creditor identifier {value} is not valid (check digits)",
    ),
    "sepa_creditor_id_missing": (
        "falta el identificador de acreedor SEPA del negocio: se lo da su banco; anótelo en Ajustes › Negocio › Identificador de acreedor SEPA",
        "the business has no SEPA creditor identifier: your bank gives it; enter it in Settings › Business › SEPA creditor identifier",
    ),
    "sepa_creditor_iban_missing": (
        "falta el IBAN del negocio, la cuenta donde se abonan los adeudos",
        "the business has no IBAN, the account the debits are paid into",
    ),
    "sepa_creditor_bic_missing": (
        "no se conoce el BIC del banco del negocio: indíquelo (bic)",
        "the business's bank BIC is unknown: enter it (bic)",
    ),
    "sepa_collection_too_soon": (
        "la fecha de cargo {value} es demasiado pronto: el preaviso acordado lleva al {earliest}",
        "collection date {value} is too soon: the agreed pre-notification makes it {earliest} at the earliest",
    ),
    "sepa_collection_not_business_day": (
        "el {value} no es día hábil TARGET2 (fin de semana o festivo); el siguiente es el {next}",
        "{value} is not a TARGET2 business day (weekend or holiday); the next one is {next}",
    ),
    "sepa_nothing_to_remit": (
        "no hay facturas que remesar ({count} excluida(s)); no se ha escrito ningún fichero",
        "there are no invoices to remit ({count} excluded); no file was written",
    ),
    "sepa_file_not_valid": (
        "el fichero SEPA no cumple el esquema ISO 20022: {detail}",
        "the SEPA file does not meet the ISO 20022 schema: {detail}",
    ),
    "sepa_debit_not_found": (
        "la factura {id} no está en ninguna remesa pendiente",
        "invoice {id} is in no outstanding remittance",
    ),
    "sepa_client_mandate": (
        "Mandato SEPA: {mandate_id} ({scheme}), IBAN {iban}, firmado el {signed}; próximo adeudo {sequence}",
        "SEPA mandate: {mandate_id} ({scheme}), IBAN {iban}, signed on {signed}; next debit {sequence}",
    ),
    "sepa_client_no_mandate": (
        "Mandato SEPA: ninguno (sus facturas no se remesan)",
        "SEPA mandate: none (its invoices are not remitted)",
    ),
    "sepa_no_mandate": ("el cliente no tiene mandato SEPA", "the client has no SEPA mandate"),
    "sepa_other_scheme": (
        "el mandato del cliente es de otro esquema (CORE/B2B van en remesas distintas)",
        "the client's mandate is of the other scheme (CORE and B2B go in separate remittances)",
    ),
}

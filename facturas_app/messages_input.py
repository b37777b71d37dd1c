"""Words for typed input refused at its limits: characters, lengths, nesting, ambiguous numbers
(see messages.py)."""

from __future__ import annotations

INPUT_TEXTS: dict[str, tuple[str, str]] = {
    "control_character": (
        "contiene caracteres de control o no válidos ({characters}); quítelos",
        "contains control or invalid characters ({characters}); remove them",
    ),
    "text_too_long": (
        "es demasiado largo: {length} caracteres (máx. {max})",
        "is too long: {length} characters (max {max})",
    ),
    "json_too_deep": (
        "JSON anidado demasiado profundo (máx. {max} niveles)",
        "JSON nested too deeply (max {max} levels)",
    ),
    "logo_too_large": (
        "el logotipo {path} ocupa {size}; el máximo es {max}. Reduzca la imagen",
        "the logo {path} is {size}; the maximum is {max}. Make the image smaller",
    ),
    "logo_not_readable": ("no se puede leer el logotipo {path}", "cannot read the logo {path}"),
    "already_issued": (
        "la factura {number} ya está emitida; no se puede emitir de nuevo",
        "invoice {number} is already issued; it cannot be issued again",
    ),
    "import_ambiguous_number": (
        "número ambiguo: {value} (¿separador de miles o decimal?). Escríbalo sin separador de miles "
        "(1500) o con dos decimales (1,50)",
        "ambiguous number: {value} (thousands separator or decimal mark?). Write it without a thousands "
        "separator (1500) or with two decimals (1.50)",
    ),
    "import_unknown_vat_rate": (
        "el tipo de IVA {value} % no existe en el país del negocio",
        "there is no {value} % VAT rate in the business's country",
    ),
}

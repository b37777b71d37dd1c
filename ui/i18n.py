"""Language of the app: Qt translators, the saved preference and words for domain codes.

Source strings are Spanish (the default language); English comes from facturas_en.qm.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from facturas_app.domain.errors import FacturasError, Problem
from facturas_app.domain.invoice import Status
from facturas_app.messages import error_text, problem_text, text_for
from facturas_app.messages_fields import money_params
from facturas_app.paths import resource_path

LANGUAGES = ("es", "en")
LANGUAGE_KEY = "ui/language"
_BABEL_LOCALES = {"es": "es_ES", "en": "en_GB"}
_state = {"lang": "es"}


def current_language() -> str:
    return _state["lang"]


def set_current_language(lang: str) -> None:
    _state["lang"] = lang if lang in LANGUAGES else "es"


def babel_locale() -> str:
    return _BABEL_LOCALES[current_language()]


def saved_language() -> str | None:
    value = QSettings().value(LANGUAGE_KEY)
    return str(value) if value in LANGUAGES else None


def save_language(lang: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, lang)


def choose_language(explicit: str | None) -> str:
    """--lang wins, then the saved preference, then Spanish."""
    if explicit in LANGUAGES:
        return str(explicit)
    return saved_language() or "es"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Qt's own strings (buttons of standard dialogs) and ours; kept alive by the caller."""
    set_current_language(lang)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Spanish if lang == "es" else QLocale.Language.English,
            QLocale.Country.Spain if lang == "es" else QLocale.Country.UnitedKingdom,
        )
    )
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir), (f"facturas_{lang}", str(resource_path("translations")))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def status_name(status: Status | str) -> str:
    names = {
        Status.DRAFT: QCoreApplication.translate("Status", "Borrador"),
        Status.ISSUED: QCoreApplication.translate("Status", "Emitida"),
        Status.SENT: QCoreApplication.translate("Status", "Enviada"),
        Status.PARTIALLY_PAID: QCoreApplication.translate("Status", "Cobro parcial"),
        Status.PAID: QCoreApplication.translate("Status", "Cobrada"),
        Status.OVERDUE: QCoreApplication.translate("Status", "Vencida"),
        Status.CANCELLED: QCoreApplication.translate("Status", "Anulada"),
    }
    return names.get(Status(status), str(status))


def problem_message(problem: Problem) -> str:
    """The words for one problem, without the field name (the widget shows where); its amounts
    written as money."""
    lang = current_language()
    return text_for(problem.code, lang, **money_params(problem.code, problem.field, problem.params, lang))


def problem_line(problem: Problem) -> str:
    """A problem no widget shows beside its field: the field named as the form names it
    ('Teléfono: …'), never alone ('es obligatorio' — which field?) nor by its internal name."""
    return problem_text(problem, current_language())


def error_message(error: BaseException) -> str:
    """Words for any error; unexpected ones get a generic sentence, never a traceback."""
    if isinstance(error, FacturasError):
        return error_text(error, current_language())
    return QCoreApplication.translate(
        "Errors", "Se ha producido un error inesperado. Los detalles se han guardado en el registro."
    )

# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""A problem no widget shows beside its field is listed with the field named as the form names it
(issue #18): once a bare 'contiene caracteres de control…' — which field? — or an internal name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.ui.editor_helpers import client, editor, editor_services  # noqa: F401 - fixtures
from tests.ui.helpers import business_services, runner, services, ui_settings  # noqa: F401 - fixtures
from ui.i18n import set_current_language
from ui.views.client_dialog import ClientDialog


@pytest.fixture(params=["es", "en"])
def lang(request: Any, business_services: Any) -> Iterator[str]:
    set_current_language(request.param)
    yield request.param
    set_current_language("es")


def test_the_client_dialog_names_the_field_of_a_problem_it_lists(
    qtbot: Any, business_services: Any, runner: Any, lang: str
) -> None:
    dialog = ClientDialog(business_services, runner)
    qtbot.addWidget(dialog)
    dialog.name.setText("Talleres Norte")
    dialog.city.setText("Bil\x07bao")
    label = {"es": "Ciudad: ", "en": "City: "}[lang]
    assert dialog.error.text().startswith(label), dialog.error.text()
    assert "U+0007" in dialog.error.text() and "city:" not in dialog.error.text()


def test_a_quote_that_did_not_go_says_why_in_words(editor: Any) -> None:
    from types import SimpleNamespace

    editor._quote_sent(SimpleNamespace(state="failed", invoice_id=""))
    assert editor.error_notice.text() == "El presupuesto no se ha enviado (falló el envío)."

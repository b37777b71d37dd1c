"""Ajustes › Negocio's «Estimación directa (IRPF)» choice (#21): simplified (the default, most
autónomos) or normal, which decides whether the Modelo 130 counts the gastos de difícil
justificación. Stored beside the profile by BusinessService (services/irpf_method.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from facturas_app.services.irpf_method import NORMAL, SIMPLIFIED


def irpf_method_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    words = {
        SIMPLIFIED: QCoreApplication.translate(
            "IrpfMethod", "Simplificada (con gastos de difícil justificación)"
        ),
        NORMAL: QCoreApplication.translate("IrpfMethod", "Normal"),
    }
    for method, text in words.items():
        combo.addItem(text, method)
    return combo


def load_method(combo: QComboBox, services: Any, runner: Any) -> None:
    """Shows the stored method, read on the runner (the GUI thread never opens the database)."""

    def shown(method: str) -> None:
        combo.setCurrentIndex(max(combo.findData(method), 0))

    runner.submit(services.business.irpf_method, shown, lambda _exc: None)

"""Baseline for gui_startup.py: a bare PySide6 window with a tab and a table, then exit after paint."""

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTabWidget

app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
tabs.addTab(QTableWidget(50, 6), "Tabla")
window.setCentralWidget(tabs)
window.show()
QTimer.singleShot(0, lambda: (print(json.dumps({"startup_s": time.time()})), app.quit()))
app.exec()

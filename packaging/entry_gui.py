"""Frozen entry point of the windowed app (Facturas.exe / Facturas.app / Facturas)."""

from ui.launcher import main

raise SystemExit(main())

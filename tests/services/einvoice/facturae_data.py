"""Invoice data for the Facturae tests: lines as the services take them, rectifications issued."""

from __future__ import annotations

from tests.services.pdf_helpers import World


def line(desc: str, qty: str, price: str, vat: str = "21", **extra: str) -> dict[str, str]:
    return {"description": desc, "quantity": qty, "unit_price": price, "vat_rate": vat, **extra}


def rectify(world: World, number: str, lines: list[dict[str, str]], method: str) -> str:
    invoices = world.services.invoices
    draft = invoices.rectify(number, {"lines": lines}, "Precio corregido", method=method)
    return str(invoices.issue(draft.invoice.id).number)


def sixty_lines() -> list[dict[str, str]]:
    """Many rates, discounts, 3-decimal quantities and 6-decimal prices (cents rounded both ways)."""
    rates = [("21", None), ("10", None), ("4", None), ("0", "E1"), ("21", None), ("0", "N1")]
    lines = []
    for i in range(60):
        rate, exemption = rates[i % len(rates)]
        extra = {"exemption": exemption} if exemption else {}
        if i % 4 == 1:
            extra["discount_percent"] = ("7.5", "12.25", "33.333")[i % 3]
        qty = ("3", "1.5", "2.125", "0.333", "12")[i % 5]
        price = ("0.333", "199.999", "12.345678", "85.50", "3.333333")[(i * 7) % 5]
        lines.append(line(f"Partida {i + 1} — ñandú «especial»", qty, price, rate, unit="h", **extra))
    return lines

"""Layout read back from a real PDF with pdfplumber: text runs, QR symbols, images, and what collides.

A *run* is what one drawing call put on the page: upright characters that follow each other in the
content stream on one baseline, each starting where the previous one ended. Two runs that touch
read as one word ("Importe a pagar14.076.905,05 €"), two that intersect are drawn over each other.
QR symbols are drawn as black ("0 g") rectangles: the modules are clustered back into one box each.
The rotated BORRADOR/ANULADA watermark is not upright and is left out on purpose.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pdfplumber

MM = 72 / 25.4
MIN_GAP = 1.0  # pt between two runs on one line: less and text extraction glues them together
QUIET_ZONE = 2 * MM  # SPAIN.md: >= 2 mm around a QR, no text in it
EDGE = 5 * MM  # nothing within 5 mm of the paper's edge (printers' unprintable border)
MIN_SIZE = 6.0  # pt: the smallest text still readable on paper


@dataclass
class Box:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str = ""
    size: float = 0.0

    def grown(self, by: float) -> Box:
        return Box(self.x0 - by, self.top - by, self.x1 + by, self.bottom + by, self.text, self.size)

    def hits(self, other: Box, slack: float = 0.0) -> bool:
        return (
            self.x0 < other.x1 - slack
            and other.x0 < self.x1 - slack
            and self.top < other.bottom - slack
            and other.top < self.bottom - slack
        )

    def union(self, other: Box) -> Box:
        return Box(
            min(self.x0, other.x0),
            min(self.top, other.top),
            max(self.x1, other.x1),
            max(self.bottom, other.bottom),
        )


def _continues(run: list[dict[str, Any]], char: dict[str, Any]) -> bool:
    last = run[-1]
    # the baseline (text matrix), not the glyph box: a fallback font's glyphs have other descents
    return abs(char["x0"] - last["x1"]) < 0.05 and abs(char["matrix"][5] - last["matrix"][5]) < 0.05


def _ink_box(chars: list[dict[str, Any]]) -> Box:
    """The run's box; the glyph box is trimmed to the body (about 0.8 em) so that two lines set at a
    normal leading do not count as touching: fonts declare ascent+descent above 1 em."""
    size = max(c["size"] for c in chars)
    bottom = max(c["bottom"] for c in chars) - 0.1 * size
    top = bottom - 0.8 * size
    text = "".join(c["text"] for c in chars)
    return Box(min(c["x0"] for c in chars), top, max(c["x1"] for c in chars), bottom, text, size)


def text_runs(page: Any) -> list[Box]:
    runs: list[list[dict[str, Any]]] = []
    for char in page.chars:
        if not char.get("upright", True):
            continue
        if runs and _continues(runs[-1], char):
            runs[-1].append(char)
        else:
            runs.append([char])
    boxes = [_ink_box(run) for run in runs]
    return [b for b in boxes if b.text.strip()]


def _is_module(rect: dict[str, Any]) -> bool:
    color = rect.get("non_stroking_color")
    return bool(rect.get("fill")) and color in ((0,), [0], (0.0,), 0, 0.0)


def qr_boxes(page: Any) -> list[Box]:
    """One box per QR symbol (clusters of black module rectangles a module or less apart)."""
    clusters: list[Box] = []
    for rect in sorted((r for r in page.rects if _is_module(r)), key=lambda r: (r["top"], r["x0"])):
        box = Box(rect["x0"], rect["top"], rect["x1"], rect["bottom"])
        for i, cluster in enumerate(clusters):
            if cluster.grown(3).hits(box):
                clusters[i] = cluster.union(box)
                break
        else:
            clusters.append(box)
    return _merged(clusters)


def _merged(boxes: list[Box]) -> list[Box]:
    merged = True
    while merged:
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                if boxes[i].grown(3).hits(boxes[j]):
                    boxes[i] = boxes[i].union(boxes.pop(j))
                    merged = True
                    break
            if merged:
                break
    return [b for b in boxes if b.x1 - b.x0 > 10 * MM]  # a symbol is at least 10 mm wide


def _page_problems(number: int, page: Any) -> list[str]:
    where = f"page {number}"
    runs, qrs = text_runs(page), qr_boxes(page)
    images = [Box(i["x0"], i["top"], i["x1"], i["bottom"], "image") for i in page.images]
    problems = _run_problems(where, runs)
    for qr in qrs:
        problems += [
            f"{where}: {r.text!r} inside a QR's quiet zone" for r in runs if qr.grown(QUIET_ZONE).hits(r)
        ]
        problems += [f"{where}: image over a QR" for image in images if image.hits(qr)]
    problems += [
        f"{where}: two QR codes overlap" for i, a in enumerate(qrs) for b in qrs[i + 1 :] if a.hits(b)
    ]
    paper = Box(EDGE, EDGE, float(page.width) - EDGE, float(page.height) - EDGE)
    for box in [*runs, *qrs, *images]:
        inside = (
            paper.x0 <= box.x0 and box.x1 <= paper.x1 and paper.top <= box.top and box.bottom <= paper.bottom
        )
        if not inside:
            problems.append(f"{where}: {box.text or 'QR'!r} leaves the page at {_where(box)}")
    for run in runs:
        problems += [f"{where}: {run.text!r} over an image" for image in images if image.hits(run, 0.5)]
    return problems


def _run_problems(where: str, runs: list[Box]) -> list[str]:
    problems = [f"{where}: {r.text!r} set at {r.size:.1f} pt" for r in runs if r.size < MIN_SIZE - 0.01]
    for i, a in enumerate(runs):
        for b in runs[i + 1 :]:
            if a.hits(b, slack=0.3):
                problems.append(f"{where}: {a.text!r} overlaps {b.text!r} at {_where(a)}")
            elif _same_line(a, b) and _gap(a, b) < MIN_GAP:
                problems.append(f"{where}: {a.text!r} runs into {b.text!r} at {_where(a)}")
    return problems


def _same_line(a: Box, b: Box) -> bool:
    return abs(a.bottom - b.bottom) < 0.5 * min(a.size, b.size)


def _gap(a: Box, b: Box) -> float:
    return max(b.x0 - a.x1, a.x0 - b.x1)


def _where(box: Box) -> str:
    return f"x={box.x0 / MM:.1f} mm, y={box.top / MM:.1f} mm"


def layout_problems(data: bytes) -> list[str]:
    """Everything that collides or leaves the page, on every page of the PDF (empty: a clean layout)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [p for n, page in enumerate(pdf.pages, start=1) for p in _page_problems(n, page)]


def page_qrs(data: bytes, page_number: int = 1) -> list[Box]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return qr_boxes(pdf.pages[page_number - 1])


def page_runs(data: bytes, page_number: int = 1) -> list[Box]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return text_runs(pdf.pages[page_number - 1])


def page_count(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)

"""The official e-invoice artefacts the tests and the app use are copies of ../shared/einvoice, so CI
— which may not have ../shared — checks against them: the CEN rules, examples and the Facturae
schema in tests/data byte for byte; the UBL schemas the app ships (resources/) with their
documentation and comments left out (installer size), every schema component the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "einvoice"
SHIPPED = REPO / "resources" / "einvoice"
COPIES = [SHIPPED, REPO / "tests" / "data" / "einvoice"]
XSD_ANNOTATION = "{http://www.w3.org/2001/XMLSchema}annotation"


OUR_NOTES = {"README.md"}  # where the copies come from and why: ours, not part of the standard


def _copied_files() -> list[tuple[Path, Path]]:
    return [(copy, root) for root in COPIES for copy in sorted(root.rglob("*")) if _is_copy(copy)]


def _is_copy(path: Path) -> bool:
    return path.is_file() and path.name not in OUR_NOTES


def test_the_copies_are_there() -> None:
    names = {copy.relative_to(root).as_posix() for copy, root in _copied_files()}
    assert {"ubl-2.1/maindoc/UBL-Invoice-2.1.xsd", "en16931/EN16931-UBL-validation.xslt"} <= names
    assert "facturae/Facturaev3_2_2.xsd" in names


def test_each_copy_equals_the_official_file() -> None:
    if not SHARED.is_dir():
        pytest.skip("no ../shared beside the repository to compare with (the copies are used as they are)")
    for copy, root in _copied_files():
        official = SHARED / copy.relative_to(root)
        assert official.is_file(), f"{copy} has no official counterpart"
        if root == SHIPPED:
            assert _components(copy) == _components(official), f"{copy} differs from {official}"
        else:
            assert copy.read_bytes() == official.read_bytes(), f"{copy} differs from {official}"


def _components(path: Path) -> bytes:
    """The schema without its documentation: annotations, comments and layout whitespace dropped."""
    parser = etree.XMLParser(remove_blank_text=True, remove_comments=True, resolve_entities=False)
    tree = etree.parse(str(path), parser)
    for note in list(tree.iter(XSD_ANNOTATION)):
        note.getparent().remove(note)
    for node in tree.iter():
        node.text = node.text if node.text and node.text.strip() else None
        node.tail = None
    return etree.tostring(tree, method="c14n")

"""The XML of a CAMT file parsed once, here, with every external door shut, and pycamt's entry
reading run over it: for statements (camt.053) and reports (camt.052) as pycamt does, and for
debit/credit notifications (camt.054), which pycamt does not read.

A notification's Ntfctn carries the account and the Ntry elements a statement's Stmt does — the
same ReportEntry type in every version of both messages — so pycamt's walk of an entry and its
transaction details applies unchanged; only the container differs. Reading both with one walk is
what makes a movement notified by camt.054 and later listed in the day's camt.053 the same
movement (same date, amount and reference), so the second import skips it as a duplicate.

Imported only when a CAMT file is read (lxml and pycamt cost start-up time).
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pycamt.parser import Camt053ParseError, Camt053Parser

NOT_BOOKED = frozenset({"PDNG", "INFO", "FUTR"})  # a notice of what is not (yet) on the account


def parse(data: bytes) -> Any:
    """The root element. No DTD is loaded, no entity expanded, nothing fetched from the network,
    and libxml2's limits on depth and text size stay on (huge_tree off)."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )
    return etree.fromstring(data, parser=parser)


class StatementParser(Camt053Parser):
    """pycamt's parser over a root parsed by parse() (its own constructor parses bytes again)."""

    def __init__(self, root: Any) -> None:
        self.tree = root
        self.namespaces = root.nsmap
        self.version = self._detect_version()

    def keeps(self, entry: dict[str, Any]) -> bool:
        return True  # a statement lists what was booked


class NotificationParser(StatementParser):
    """camt.054: the entries of each Ntfctn, booked ones only — a pending notice is booked later
    with its own date, and importing both would count one movement twice."""

    def _find_statements_or_reports(self) -> list[Any]:
        found: list[Any] = self.tree.findall(".//Ntfctn", self.namespaces)
        if not found:
            raise Camt053ParseError()
        return found

    def keeps(self, entry: dict[str, Any]) -> bool:
        return entry.get("Status") not in NOT_BOOKED


def parser_for(root: Any, notification: bool) -> StatementParser:
    return NotificationParser(root) if notification else StatementParser(root)


__all__ = ["Camt053ParseError", "NotificationParser", "StatementParser", "parse", "parser_for"]

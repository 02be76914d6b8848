"""Cross-checks between values: the citation's DOI against the page's, years, page ranges."""

from __future__ import annotations

from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.citations import CUT_MARK
from journalmeta.normalize import clean_doi, clean_pages, year_of
from journalmeta.record import Record


def check(record: Record, cands: list[Candidate], glued: bool = False) -> None:
    """Warnings on the record: values that disagree, and a text read without its line breaks (``glued``)."""
    warnings = record.warnings
    doi = (record.doi or "").lower()
    for c in cands:
        kind = c.source.split(":")[0]
        if c.field == "foreign_doi":
            _add(warnings, f"an unlabelled citation on the page belongs to another article ({c.value})")
        elif c.field == "listing":
            _add(warnings, f"the page lists several articles, a table of contents ({c.value})")
        elif c.field == "doi" and kind == "citation" and doi:
            other = clean_doi(str(c.value))
            if other and other.lower() != doi:
                _add(warnings, f"citation DOI differs from page DOI ({other})")
        elif c.field == "year" and kind in ("citation", "meta", "header") and record.year:
            year = year_of(str(c.value))
            if year and abs(year - record.year) > 1 and kind == "citation":
                _add(warnings, f"citation year {year} differs from year {record.year}")
        elif c.field == "pages" and kind == "citation" and record.pages:
            pages = clean_pages(str(c.value))
            if pages and pages != record.pages and not c.source.startswith("unlabelled"):
                _add(warnings, f"citation pages {pages} differ from pages {record.pages}")
    if record.first_page and record.last_page and record.first_page.isdigit() and record.last_page.isdigit() \
            and int(record.last_page) < int(record.first_page):
        _add(warnings, f"page range {record.pages} runs backwards")
    for field, source in record.provenance.items():
        if source.endswith(CUT_MARK):
            _add(warnings, f"{field} is cut off where the page's text ends: its visible part is given")
    if not record.has_metadata:
        _add(warnings, "no bibliographic metadata found")
    if glued:
        _add(warnings, "the text has no line breaks between its fields: they were parted at their labels, and a "
                       "title or byline may run into the text around it")


def _add(warnings: list[str], text: str) -> None:
    if text not in warnings:
        warnings.append(text)

"""A BibTeX entry printed on the page (``extractors/bibtex_entry.py``; a whole page in
``fixtures/generic/proceedings-bibtex-box.html``)."""

from __future__ import annotations

import pytest

import journalmeta
from journalmeta.extractors.bibtex_entry import fields, plain

_ENTRY = ('@article{vik2019,\n  title = {Rates of {DNA} Repair in {\\it Arabidopsis}},\n'
          '  author = "Vik, Ingrid and Okafor, Chidi",\n  journal = {Plant Cell Reports},\n  year = 2019,\n'
          '  volume = {38}, number = {4},\n  pages = {451--460},\n  doi = {10.5555/pcr.2019.451}\n}')


def test_fields_braced_quoted_and_bare() -> None:
    found = fields(_ENTRY)
    assert found["title"] == "Rates of {DNA} Repair in {\\it Arabidopsis}"
    assert found["author"] == "Vik, Ingrid and Okafor, Chidi"
    assert (found["year"], found["volume"], found["number"]) == ("2019", "38", "4")
    assert found["doi"] == "10.5555/pcr.2019.451"


@pytest.mark.parametrize(("printed", "text"), [
    ("Andr{\\'e} Gon{\\c{c}}alves", "André Gonçalves"),
    ("\\\"{U}ber die Theorie", "Über die Theorie"),
    ("Stra{\\ss}e and {\\O}rsted", "Straße and Ørsted"),
    ("Research \\& Development -- 50\\%", "Research & Development – 50%"),
    ("Dvo\\v{r}{\\'a}k", "Dvořák"),
])
def test_plain_decodes_latex(printed: str, text: str) -> None:
    assert plain(printed) == text


def _page(entry: str, head: str = "") -> str:
    return (f"<html><head>{head}</head><body><h1>Rates of DNA Repair in Arabidopsis</h1>"
            f"<p>Ingrid Vik, Chidi Okafor</p><h2>Cite</h2><pre>{entry}</pre></body></html>")


def test_an_entry_in_one_block_gives_the_record_but_no_citation() -> None:
    record = journalmeta.parse(_page(_ENTRY))
    assert (record.doi, record.year, record.volume, record.issue, record.pages) == (
        "10.5555/pcr.2019.451", 2019, "38", "4", "451-460")
    assert record.journal.title == {"en": "Plant Cell Reports"}
    assert [a.name["en"] for a in record.authors] == ["Ingrid Vik", "Chidi Okafor"]
    assert record.provenance["volume"] == "bibtex:volume"
    assert record.citation == {}  # an entry is no citation string


def test_an_entry_naming_another_doi_than_the_page_is_left_out() -> None:
    head = '<meta name="citation_doi" content="10.5555/other.2020.1">'
    record = journalmeta.parse(_page(_ENTRY, head))
    assert record.doi == "10.5555/other.2020.1"
    assert record.volume is None and not record.journal.title


def test_an_unclosed_entry_is_read_as_far_as_it_goes() -> None:
    record = journalmeta.parse(_page("@misc{x, title = {Rates of DNA Repair}, year = {2021}, note = {cut"))
    assert record.year == 2021

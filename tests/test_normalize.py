"""DOI normalisation: the record's DOI is the article's, whatever form the page prints it in."""

from __future__ import annotations

import pytest

import journalmeta
from journalmeta.normalize import clean_doi, clean_number, clean_pages


@pytest.mark.parametrize(("printed", "article"), [
    ("10.7717/peerj.4375/fig-1", "10.7717/peerj.4375"),  # a figure's DOI in its caption
    ("https://doi.org/10.7717/peerj.4375/supp-2", "10.7717/peerj.4375"),
    ("DOI: 10.7717/peerj.4375/table-1.", "10.7717/peerj.4375"),
    ("10.1371/journal.pone.0123456.t002", "10.1371/journal.pone.0123456"),  # PLOS tables, figures, supplements
    ("10.1371/journal.pone.0123456", "10.1371/journal.pone.0123456"),
    ("10.1088/1748-605X/ab007b", "10.1088/1748-605X/ab007b"),
    ("10.1000/table-1", "10.1000/table-1"),  # nothing before it to be the article's
])
def test_a_component_doi_gives_the_articles(printed: str, article: str) -> None:
    assert clean_doi(printed) == article


def test_metadata_values_lose_their_markup_and_placeholder_dates() -> None:
    from journalmeta.normalize import stated_date, without_markup

    assert without_markup("Growth of <i>E. coli</i> at p < 0.05") == "Growth of E. coli at p < 0.05"
    assert without_markup("<p><b>Abstract:</b> One.</p><p>Two.</p>") == "Abstract: One.\nTwo."
    assert stated_date("2022/09/14") == "2022-09-14"
    assert stated_date("2020/01/01") is None  # a year written as a date
    assert stated_date("2020") is None


def test_the_doi_confirms_an_e_locator() -> None:
    from journalmeta.extractors.candidates import Candidate
    from journalmeta.pages import doi_locators

    meta, cited = Candidate("pages", "85883", "meta:citation_firstpage", None, 6.6), Candidate(
        "pages", "781", "citation:Citation", None, 5.0)
    chosen = max(doi_locators([meta, cited], "10.3389/fpsyg.2014.00781"), key=lambda c: c.weight)
    assert chosen.value == "781"
    plos = Candidate("pages", "e0213978", "citation:Citation", None, 5.0)
    assert max(doi_locators([meta, plos], "10.1371/journal.pone.0213978"), key=lambda c: c.weight).value == "e0213978"
    ranges = [Candidate("pages", "1601-1617", "meta:x", None, 6.6), Candidate("pages", "1601", "header", None, 5.5)]
    assert doi_locators(ranges, "10.11821/dlyj020210789") == ranges  # no number the DOI ends with: unchanged


def test_a_doi_link_with_a_full_width_colon_is_the_page_doi() -> None:
    page = ("中国水土流失研究热点区的空间分布制图\n- 生态学报. 2019, 39(16): 5829-5835\n"
            "- http：//dx.doi.org/10.5846/stxb201812292847\n")
    assert journalmeta.parse(page.encode()).doi == "10.5846/stxb201812292847"


@pytest.mark.parametrize(("printed", "number"), [("04", "4"), ("(03)", "3"), ("01-02", "1-2"), ("10", "10"),
                                                 ("Z1", "Z1"), ("0", "0")])
def test_issue_numbers_lose_their_leading_zeros(printed: str, number: str) -> None:
    assert clean_number(printed) == number


def test_arabic_script_digits_are_read_as_ascii() -> None:
    assert clean_number("۱۸") == "18" and clean_number("٣") == "3" and clean_pages("۲۴۵-۲۵۹") == "245-259"


def test_a_doi_printed_with_spaces_around_a_hyphen() -> None:
    from journalmeta.normalize import find_doi

    assert find_doi("doi:10.3969/j.issn.1673 - 0194.2024.02.065") == "10.3969/j.issn.1673-0194.2024.02.065"
    assert find_doi("10.1000/abc - see below") == "10.1000/abc"  # a dash before words ends it


def test_a_doi_glued_to_its_label() -> None:
    import journalmeta
    from journalmeta.normalize import find_doi

    assert find_doi("DOI10.3820/jjpe.28.57") == "10.3820/jjpe.28.57"  # a record's cells copied without their gap
    assert find_doi("ISBN9784010.3820/x") is None  # glued to anything but its label: no DOI
    page = "Format Journal Article\nLanguageJapanese\nISSN1342-0445\nDOI10.3820/jjpe.28.57\n"
    assert journalmeta.parse(page).doi == "10.3820/jjpe.28.57"


@pytest.mark.parametrize(("name", "clean"), [
    ("Dr.C. Ing. Alina María Ruiz PiedraI", "Alina María Ruiz Piedra"),  # academic titles, a Roman numeral mark
    ("MSc. Dr. Freddy Gómez MartínezII", "Freddy Gómez Martínez"),
    ("Lic. Luis Rodríguez BlancoV", "Luis Rodríguez Blanco"),
    ("Dra. Ana Pérez", "Ana Pérez"),
    ("Xi JI", "Xi JI"), ("WANG Xiaoli", "WANG Xiaoli"), ("Henry VIII Tudor", "Henry VIII Tudor"),  # kept
])
def test_names_lose_titles_and_glued_roman_marks(name: str, clean: str) -> None:
    from journalmeta.normalize import clean_name

    assert clean_name(name) == clean


def test_a_label_run_on_after_a_doi_is_no_part_of_it() -> None:
    assert clean_doi("https://doi.org/10.20396/rdbci.v20i00.8670366Palavras-chave") == "10.20396/rdbci.v20i00.8670366"
    assert clean_doi("10.1234/abc.2020.5Keywords") == "10.1234/abc.2020.5"
    assert clean_doi("10.1234/KeywordsAbstract") == "10.1234/KeywordsAbstract"  # (no digit before: kept)


def test_a_range_giving_only_the_last_pages_digits_is_spelt_out() -> None:
    assert clean_pages("127-31") == "127-131" and clean_pages("1198-202") == "1198-1202"
    assert clean_pages("127–131") == "127-131" and clean_pages("35-38+80") == "35-38+80"
    assert clean_pages("127-25") == "127-25"  # (backwards even so: left for the checks to report)


def test_the_full_text_link_after_a_han_title_goes() -> None:
    from journalmeta.normalize import without_full_text_link

    for line in ("超声造影分类的应用价值  PDF", "超声造影分类的应用价值[PDF]", "超声造影分类的应用价值 PDF下载"):
        assert without_full_text_link(line) == "超声造影分类的应用价值"
    assert without_full_text_link("Converting scanned books to PDF") == "Converting scanned books to PDF"

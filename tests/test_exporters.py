"""Round trips through the libraries users' tools are built on: every field and both languages come back."""

from __future__ import annotations

import json
import re
from pathlib import Path

import bibtexparser
import pytest
import rispy
from lxml import etree

import journalmeta
from journalmeta import Author, Journal, Record
from journalmeta.exporters import FORMATS, export_string
from journalmeta.exporters.bibtex import escape
from journalmeta.exporters.gbt7714 import line
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def seed() -> Record:
    return journalmeta.parse((FIXTURES / "seed" / "seed.txt").read_bytes())


def _awkward() -> Record:
    """Values that break careless writers: braces, %, &, <, newlines, CJK, combining marks, control chars."""
    return Record(
        doi="10.1234/ab{c}%&", title={"zh": "含{大括号}与%百分号的标题", "en": "Braces {x} & 50% <tags>\nsplit"},
        abstract={"zh": "第一段。\n\n第二段 & 100%。", "en": "Cafe\u0301 \\ back_slash ~tilde ^caret $5 #1\x07"},
        keywords={"zh": ["关键词{1}"], "en": ["R&D", "50%"]},
        authors=[Author(name={"zh": "欧阳修", "en": "OUYANG Xiu"})],
        journal=Journal(title={"zh": "期刊&学报", "en": "Journal <of> Things"}), year=2024, volume="1", issue="2",
        pages="3-4", first_page="3", last_page="4", language="zh")


def _bib_fields(text: str) -> dict[str, str]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    (entry,) = library.entries
    return {k: v for k, v in entry.fields_dict.items() for v in [v.value]}


def test_bibtex_round_trip(seed: Record) -> None:
    fields = _bib_fields(export_string([seed], "bibtex"))
    assert fields["langid"] == "chinese"
    assert fields["title"] == seed.title["zh"]
    assert fields["titleaddon"] == fields["title_en"] == seed.title["en"]
    assert fields["author"] == "王于 and 陈洁" and fields["author_en"] == "Yu WANG and Jie CHEN"
    assert fields["journaltitle"] == seed.journal.title["zh"]
    assert fields["journaltitle_en"] == seed.journal.title["en"]
    assert fields["abstract"] == escape(seed.abstract["zh"])
    assert fields["abstract_en"] == escape(seed.abstract["en"])
    assert (fields["date"], fields["volume"], fields["number"], fields["pages"], fields["doi"]) == (
        "2020", "11", "4", "389--394", seed.doi)


def test_bibtex_escapes_what_breaks_it() -> None:
    text = export_string([_awkward()], "bibtex")
    fields = _bib_fields(text)
    assert fields["title"] == r"含\{大括号\}与\%百分号的标题"
    assert fields["title_en"] == r"Braces \{x\} \& 50\% <tags> split"
    assert "\x07" not in text and "\\textbackslash{}" in fields["abstract_en"]


def test_bibtex_key_is_stable_and_ascii(seed: Record) -> None:
    first = _bib_fields(export_string([seed], "bibtex"))
    library = bibtexparser.parse_string(export_string([seed], "bibtex"))
    assert library.entries[0].key == "wang2020management"
    assert first == _bib_fields(export_string([seed], "bibtex"))


def test_ris_round_trip(seed: Record) -> None:
    (entry,) = rispy.loads(export_string([seed], "ris"), list_tags=[*rispy.LIST_TYPE_TAGS, "TA"])
    assert entry["type_of_reference"] == "JOUR"
    assert entry["title"] == seed.title["zh"] and entry["translated_title"] == seed.title["en"]
    assert entry["authors"] == ["王于", "陈洁"] and entry["translated_author"] == ["Yu WANG", "Jie CHEN"]
    assert entry["abstract"] == seed.abstract["zh"] and entry["notes_abstract"] == seed.abstract["en"]
    assert entry["secondary_title"] == seed.journal.title["zh"] and entry["journal_name"] == seed.journal.title["en"]
    assert (entry["doi"], entry["volume"], entry["number"], entry["start_page"], entry["end_page"], entry["year"],
            entry["language"]) == (seed.doi, "11", "4", "389", "394", "2020", "zh")


def test_ris_keeps_each_value_on_one_line() -> None:
    text = export_string([_awkward()], "ris")
    assert all(re.match(r"^[A-Z][A-Z0-9]  - ", row) for row in text.splitlines() if row)
    (entry,) = rispy.loads(text)
    assert entry["keywords"] == ["关键词{1}", "R&D", "50%"]


def test_csljson_renders_with_a_real_style(seed: Record) -> None:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(export_string([seed], "csljson"))
    assert items[0]["title"] == seed.title["zh"] and items[0]["original-title"] == seed.title["en"]
    assert items[0]["container-title"] == seed.journal.title["zh"]
    assert items[0]["original-container-title"] == seed.journal.title["en"]
    assert items[0]["original-author"] == [{"family": "WANG", "given": "Yu"}, {"family": "CHEN", "given": "Jie"}]
    assert items[0]["language"] == "zh" and items[0]["DOI"] == seed.doi
    assert f"original-title: {seed.title['en']}" in items[0]["note"]
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(Citation([CitationItem(items[0]["id"])]))
    rendered = str(bibliography.bibliography()[0])
    assert seed.title["zh"] in rendered and "2020" in rendered and "协和医学杂志" in rendered


# The JATS 1.3 content model of <article-meta> and <title-group>, in order, for every element written.
ARTICLE_META_ORDER = ["article-id", "title-group", "contrib-group", "pub-date", "volume", "issue", "fpage", "lpage",
                      "elocation-id", "abstract", "trans-abstract", "kwd-group"]
TITLE_GROUP_ORDER = ["article-title", "subtitle", "trans-title-group", "alt-title"]
JOURNAL_META_ORDER = ["journal-id", "journal-title-group", "issn", "publisher"]


def _in_order(element: etree._Element, order: list[str]) -> None:
    tags = [child.tag for child in element]
    assert all(t in order for t in tags), tags
    assert [order.index(t) for t in tags] == sorted(order.index(t) for t in tags), tags


@pytest.mark.parametrize("record", ["seed", "awkward"])
def test_jats_is_well_formed_and_in_model_order(seed: Record, record: str) -> None:
    rec = seed if record == "seed" else _awkward()
    root = etree.fromstring(export_string([rec], "jats").encode("utf-8"))
    (article,) = root.findall("article")
    meta = article.find("front/article-meta")
    _in_order(meta, ARTICLE_META_ORDER)
    _in_order(meta.find("title-group"), TITLE_GROUP_ORDER)
    _in_order(article.find("front/journal-meta"), JOURNAL_META_ORDER)
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert meta.find("title-group/article-title").text == rec.title["zh"]
    assert meta.find("title-group/trans-title-group").get(xml_lang) == "en"
    assert meta.find("title-group/trans-title-group/trans-title").text == rec.title["en"].replace("\n", "\n")
    assert meta.find("abstract").get(xml_lang) == "zh" and meta.find("trans-abstract").get(xml_lang) == "en"
    names = meta.findall("contrib-group/contrib/name-alternatives/name")
    assert {n.get(xml_lang) for n in names} == {"zh", "en"}
    assert meta.find("article-id[@pub-id-type='doi']").text == rec.doi


def test_gbt7714_lines_parse_back(seed: Record) -> None:
    lines = export_string([seed], "gbt7714").splitlines()
    assert len(lines) == 2
    zh, en = journalmeta.parse_citation(lines[0]), journalmeta.parse_citation(lines[1])
    assert (zh.authors, zh.title, zh.journal, zh.year, zh.volume, zh.issue, zh.pages, zh.doi) == (
        ["王于", "陈洁"], seed.title["zh"], seed.journal.title["zh"], 2020, "11", "4", "389-394", seed.doi)
    assert (en.authors, en.title, en.journal) == (["WANG Y", "CHEN J"], seed.title["en"], seed.journal.title["en"])


def test_gbt7714_2025_keeps_foreign_surname_case() -> None:
    rec = Record(title={"en": "Quantum effects"}, authors=[Author(name={"en": "Albert Einstein"})],
                 journal=Journal(title={"en": "Physical Review A"}), year=2026, volume="113", issue="2",
                 pages="023301")
    assert line(rec, "en", 2015).startswith("EINSTEIN A. Quantum effects[J].")
    assert line(rec, "en", 2025).startswith("Einstein A. Quantum effects[J].")


def test_csv_one_row_per_record_with_language_columns(seed: Record) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(export_string([seed, _awkward()], "csv"))))
    assert len(rows) == 2
    assert rows[0]["title_zh"] == seed.title["zh"] and rows[0]["title_en"] == seed.title["en"]
    assert rows[0]["authors_en"] == "Yu WANG; Jie CHEN"
    assert rows[1]["keywords_en"] == "R&D; 50%" and "\n" not in rows[1]["abstract_zh"]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_streams_several_and_no_records(seed: Record, fmt: str) -> None:
    assert export_string([], fmt) is not None
    assert export_string([seed, seed], fmt).count(seed.title["zh"]) >= 2


def test_cli_formats(tmp_path: Path) -> None:
    from journalmeta.cli import main

    for fmt in FORMATS:
        assert main(["parse", "--format", fmt, str(FIXTURES / "seed" / "seed.txt")]) == 0


AUTHOR_TAGS_PAGE = b"""<html lang="en"><head><title>Tidal mixing</title>
<meta name="citation_title" content="Tidal mixing in a shallow estuary">
<meta name="citation_author" content="Okafor, Chidi">
<meta name="citation_author_institution" content="Lagos Marine Institute">
<meta name="citation_author_orcid" content="https://orcid.org/0000-0002-1825-0097">
<meta name="citation_author_email" content="c.okafor@example.org">
<meta name="citation_author" content="Berg, Lena"><meta name="citation_author_institution" content="Kiel University">
<meta name="citation_author_institution" content="GEOMAR"><meta name="citation_journal_title" content="Estuaries">
<meta name="citation_publication_date" content="2020/04/02"></head>
<body><h1>Tidal mixing in a shallow estuary</h1><p>Chidi Okafor, Lena Berg</p></body></html>"""


def test_author_tags_give_affiliations_orcid_and_email_to_jats_and_ris() -> None:
    record = journalmeta.parse(AUTHOR_TAGS_PAGE)
    assert [(a.name["en"], a.affiliations, a.orcid, a.email) for a in record.authors] == [
        ("Chidi Okafor", ["Lagos Marine Institute"], "0000-0002-1825-0097", "c.okafor@example.org"),
        ("Lena Berg", ["Kiel University", "GEOMAR"], None, None)]
    root = etree.fromstring(export_string([record], "jats").encode("utf-8"))
    first, second = root.findall(".//contrib")
    assert [child.tag for child in first] == ["contrib-id", "name", "aff", "email"]
    assert first.findtext("contrib-id") == "https://orcid.org/0000-0002-1825-0097"
    assert [aff.text for aff in second.findall("aff")] == ["Kiel University", "GEOMAR"]
    (entry,) = rispy.loads(export_string([record], "ris"))
    assert entry["author_address"] == "Lagos Marine Institute"  # rispy keeps one AD; all three are written
    assert export_string([record], "ris").count("\nAD  - ") == 3

"""Journal names no label gives: from the page's <title> or a masthead above the issue line, never the article."""

from __future__ import annotations

import pytest

import journalmeta


def _page(title: str, body: str) -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"


def test_a_title_part_naming_a_journal_is_the_journal() -> None:
    record = journalmeta.parse(_page("Soil carbon under grazing | Revista de Ciencias Agrarias",
                                     "<h1>Soil carbon under grazing</h1><p>By Ana Ruiz and Luis Vega</p>"))
    assert record.journal.title == {"es": "Revista de Ciencias Agrarias"}


def test_an_article_title_holding_a_journal_word_is_not_the_journal() -> None:
    record = journalmeta.parse(_page("A Review of Soil Carbon Models | Digital Library",
                                     "<h1>A Review of Soil Carbon Models</h1><p>By Ana Ruiz and Luis Vega</p>"))
    assert record.journal.title == {}
    assert record.title == {"en": "A Review of Soil Carbon Models"}


def test_the_masthead_above_the_issue_line() -> None:
    record = journalmeta.parse(_page("Fiddle tunes", "<h3>Nordic Music Quarterly</h3><p>Spring 2009</p>"
                                     "<p>Volume 7, Number 2</p><h3>Fiddle Tunes and Their Owners</h3>"))
    assert record.journal.title == {"en": "Nordic Music Quarterly"}
    assert record.volume == "7"


@pytest.mark.parametrize(("line", "fields"), [
    ("Journal of Hydrology 590 (2020) 125432",  # Elsevier's and DSpace's short source
     {"journal": "Journal of Hydrology", "year": "2020", "volume": "590", "pages": "125432"}),
    ("Nature 596 (2021) 583-589", {"journal": "Nature", "year": "2021", "volume": "596", "pages": "583-589"}),
    ("日本森林学会誌 100 (2), 45-52, 2018",  # CiNii's: the year last
     {"journal": "日本森林学会誌", "year": "2018", "volume": "100", "issue": "2", "pages": "45-52"}),
    ("2023. Acta Linguistica Academica 70: 195-218",
     {"journal": "Acta Linguistica Academica", "year": "2023", "volume": "70", "pages": "195-218"}),
    ("日本摂食嚥下リハビリテーション学会雑誌 Vol. 24; no. 1; pp. 26 - 37",  # a discovery layer's (Summon)
     {"journal": "日本摂食嚥下リハビリテーション学会雑誌", "volume": "24", "issue": "1", "pages": "26-37"}),
    ("Journal of Delta Agriculture, Vol. 7, no. 4, pp. 210-225, 2019",  # a catalogue's, with commas
     {"journal": "Journal of Delta Agriculture", "year": "2019", "volume": "7", "issue": "4", "pages": "210-225"}),
    ("Chinese Journal of Mechanical Engineering | Issue 1/2022",  # a bar, then the issue and year
     {"journal": "Chinese Journal of Mechanical Engineering", "year": "2022", "issue": "1"}),
    ("J Biol Chem. 2009 Nov 13;284(46):31735–31745. doi: 10.1074/jbc.M109.046193",  # NLM's, PMC's manuscripts
     {"journal": "J Biol Chem", "year": "2009", "volume": "284", "issue": "46", "pages": "31735-31745"}),
    ("Вестник Томского университета, 2019, Т. 5, № 441, С. 12-20",  # a Russian index's, the issue after '№'
     {"journal": "Вестник Томского университета", "year": "2019", "volume": "5", "issue": "441", "pages": "12-20"}),
    ("Clinical Neurophysiology, 2000, № 10, p. 1880-1888",
     {"journal": "Clinical Neurophysiology", "year": "2000", "issue": "10", "pages": "1880-1888"}),
])
def test_source_lines(line: str, fields: dict[str, str]) -> None:
    from journalmeta.extractors.header import source_line

    assert {c.field: c.value for c in source_line(line, "test")} == fields


@pytest.mark.parametrize(("line", "journal", "numbers"), [
    ("《地理学报》 2021, 76(9): 2157-2173", {"zh": "地理学报"}, ("2021", "76", "9", "2157-2173")),  # the brackets off
    ("地理学报 Vol.76 No.9 Sep. 2021", {"zh": "地理学报"}, ("2021", "76", "9", None)),  # a masthead's Vol./No. line
    ("JOURNAL OF NANJING UNIVERSITY Vol. 35, No. 2 Apr., 2020", {"en": "JOURNAL OF NANJING UNIVERSITY"},
     ("2020", "35", "2", None)),
    ("刊名: 地理学报 年,卷(期): 2021,76(9) 页码: 2157-2173", {"zh": "地理学报"},  # a table row's cells in one line
     ("2021", "76", "9", "2157-2173")),
])
def test_source_lines_of_text_renderings(line: str, journal: dict[str, str],
                                         numbers: tuple[str, str, str, str | None]) -> None:
    page = f"喜马拉雅地区传统贸易通道的时空演变\n吴仕海, 阎建忠\n{line}\n摘要：{'本文研究了贸易通道的时空演变。' * 4}\n"
    record = journalmeta.parse(page.encode())
    assert record.journal.title == journal
    assert (str(record.year), record.volume, record.issue, record.pages) == numbers


@pytest.mark.parametrize(("line", "numbers"), [
    ("英学史論叢 第12巻 (2019) 34-51", ("2019", "12", None, "34-51")),
    ("日本建築学会計画系論文集 第84巻 第756号 pp. 345-352 (2019)", ("2019", "84", "756", "345-352")),
    ("日本建築学会計画系論文集 84 巻 756 号 p. 345-352 2019 年", ("2019", "84", "756", "345-352")),
    ("英学史論叢, 2019 年 12 巻 3 号 p. 34-51", ("2019", "12", "3", "34-51")),  # J-STAGE's: the year first
])
def test_japanese_issue_lines(line: str, numbers: tuple[str, str, str | None, str]) -> None:
    abstract = "本稿は英語教科書の発音表記を調査した。" * 3
    page = f"明治期の英語教科書における発音表記の変遷\n山田 花子\n{line}\n抄録\n{abstract}\n"
    record = journalmeta.parse(page.encode())
    assert (str(record.year), record.volume, record.issue, record.pages) == numbers
    assert record.title == {"ja": "明治期の英語教科書における発音表記の変遷"}  # the issue line is no title
    assert [a.name for a in record.authors] == [{"ja": "山田 花子"}]  # surname and given name: one name


def test_an_issue_line_ending_in_its_publication_date() -> None:
    # APS's line under the byline: the abbreviated journal, volume, article number, then 'Published' and the date
    for line in ("Phys. Rev. Fluids 7, 054501 – Published 9 May, 2022",
                 "Phys. Rev. Fluids 7, 054501– Published 9 May 2022"):
        record = journalmeta.parse(_page("Drop impact on soft solids", "<h3>Drop impact on soft solids</h3>"
                                         f"<h5>Ana Ruiz and Luis Vega</h5><h5>{line}</h5>"))
        assert (record.journal.abbrev, record.volume, record.pages, record.year) == (
            "Phys. Rev. Fluids", "7", "054501", 2022), line


def test_a_doi_line_under_a_title_after_long_menus() -> None:
    menus = "".join(f"<li>Journal number {n}</li>" for n in range(220))
    record = journalmeta.parse(_page("Drop impact on soft solids",
                                     f"<ul>{menus}</ul><h1>Drop impact on soft solids</h1>"
                                     "<p>Ana Ruiz and Luis Vega</p><p>DOI 10.5555/prfluids.7.054501</p>"))
    assert record.doi == "10.5555/prfluids.7.054501"


@pytest.mark.parametrize(("meta", "label"), [
    ("<meta name='citation_doi' content='10.5555/hn.2022.0311'>", ""),  # the page's DOI in its meta tags
    ("", "<p>DOI: 10.5555/hn.2022.0311</p>"),  # ... or under a 'DOI:' label only
])
def test_an_issue_line_printing_another_doi_than_the_pages_is_another_articles(meta: str, label: str) -> None:
    body = ("<div class='promo'>Remote Sensing Letters, 2020, 11(3): 345-356. doi: 10.5555/rsl.2020.1712345</div>"
            "<h1>Snowmelt timing and streamflow in alpine catchments</h1><p>Petra Novak, Tomasz Zielinski</p>" + label)
    record = journalmeta.parse(_page("Snowmelt timing", body).replace("<title>", meta + "<title>"))
    assert (record.doi, record.journal.title, record.volume, record.pages) == ("10.5555/hn.2022.0311", {}, None, None)


def test_a_journal_label_standing_over_a_heading_names_the_journal() -> None:
    body = ("<div class='title-container'>Journal</div><h1>Alpine Hydrology Letters</h1>"
            "<h2>Volume 14, 2022 - Issue 2</h2><h1>Snowmelt timing and streamflow in alpine catchments</h1>"
            "<p>Petra Novak, Tomasz Zielinski</p>")
    record = journalmeta.parse(_page("Snowmelt timing", body))
    assert record.journal.title == {"en": "Alpine Hydrology Letters"}


def test_the_journals_name_beside_a_title_by_a_bar_is_no_part_of_it() -> None:
    # a repost's headline: the title, a bar, the journal; the journal's name from the header line under it
    text = ("城市绿地降温效应的尺度研究丨干旱区地理\n张三，李四\n本文选自《干旱区地理》2021年第3期\n"
            "摘要：以城市绿地为对象，分析其降温效应的尺度特征及其影响因素，为城市规划提供依据。")
    record = journalmeta.parse(text.encode(), content_type="text/plain")
    assert record.journal.title == {"zh": "干旱区地理"}
    assert record.title == {"zh": "城市绿地降温效应的尺度研究"}


def test_an_index_listed_as_the_journals_badge_is_not_the_journal() -> None:
    page = ("• Chinese Core Journal\n• Chinese Science Citation Database (CSCD) Source journal\n"
            "• Journal of Citation Report of Chinese S&T Journals (Core Edition)\nWriting Guidelines\n")
    record = journalmeta.parse(page.encode(), content_type="text/plain")
    assert record.journal.title == {}
    named = journalmeta.parse(b"Journal of Urban Geography Studies\nParks and heat in coastal cities\n",
                              content_type="text/plain")
    assert named.journal.title == {"en": "Journal of Urban Geography Studies"}

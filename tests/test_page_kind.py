"""Pages that are no article: a journal's instructions for authors gives no record; an article whose site menu
names its guidelines first keeps its own."""

from __future__ import annotations

import journalmeta


def _record(text: str) -> journalmeta.Record:
    return journalmeta.parse(text.encode(), content_type="text/plain")


GUIDE = ("Petunjuk Penulisan\nJudul Artikel Ditulis Singkat dan Jelas dalam Bahasa Indonesia\n"
         "Abstrak\nAbstrak ditulis dalam bahasa Indonesia dan bahasa Inggris, 150 sampai 250 kata, memuat tujuan, "
         "metode, hasil dan kesimpulan penelitian tanpa rujukan.\n")


def test_an_author_guide_gives_no_record() -> None:
    record = _record(GUIDE)
    assert not record.title and not record.abstract and not record.has_metadata
    assert any("instructions for authors ('Petunjuk Penulisan')" in w for w in record.warnings)


def test_an_article_under_a_menu_naming_the_guidelines_keeps_its_fields() -> None:
    record = _record("Author Guidelines\nUrban Heat Islands and Green Space in Coastal Cities\nJane Roe, John Doe\n"
                     "Abstract: Green space cools cities. We measured air temperature in 40 parks and the streets "
                     "around them over two summers and found that larger parks cool a wider band of streets.\n")
    assert record.title == {"en": "Urban Heat Islands and Green Space in Coastal Cities"}
    assert not any("instructions for authors" in w for w in record.warnings)


def test_an_article_whose_abstract_speaks_of_no_abstract_keeps_its_fields() -> None:
    record = _record("Author Guidelines\nUrban Heat Islands and Green Space in Coastal Cities\n"
                     "Abstract: Green space cools cities. We measured air temperature in 40 parks and the streets "
                     "around them over two summers and found that larger parks cool a wider band of streets.\n")
    assert record.abstract and not any("instructions for authors" in w for w in record.warnings)

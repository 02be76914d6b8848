"""The public surface: what ``journalmeta.__all__`` promises, and the record's fixed JSON shape."""

from __future__ import annotations

import json

import pytest

import journalmeta
from journalmeta import Record
from tests.conftest import FIXTURES

RECORD_KEYS = ["doi", "url", "title", "abstract", "keywords", "authors", "journal", "year", "volume", "issue",
               "pages", "first_page", "last_page", "article_number", "dates", "citation", "classification",
               "funding", "pdf_url", "language", "platform", "provenance", "warnings"]


def test_public_surface() -> None:
    assert set(journalmeta.__all__) == {
        "DEFAULT_MAX_BYTES", "Author", "Citation", "CitationError", "DecodingError", "InputError", "InputTooLarge",
        "Journal", "JournalmetaError", "NotAPage", "Record", "__version__", "parse", "parse_citation"}
    for name in journalmeta.__all__:
        assert hasattr(journalmeta, name)


def test_exception_tree() -> None:
    for error in (journalmeta.InputError, journalmeta.CitationError):
        assert issubclass(error, journalmeta.JournalmetaError)
    for error in (journalmeta.InputTooLarge, journalmeta.DecodingError, journalmeta.NotAPage):
        assert issubclass(error, journalmeta.InputError)


def test_record_shape_every_key_always_present() -> None:
    empty = Record().to_dict()
    assert list(empty) == RECORD_KEYS
    assert list(empty["journal"]) == ["title", "abbrev", "issn", "eissn", "cn", "publisher"]
    assert list(empty["dates"]) == ["received", "revised", "accepted", "published", "online"]
    assert empty["classification"] == {"clc": None}


def test_record_round_trips_through_json() -> None:
    record = journalmeta.parse((FIXTURES / "seed" / "seed.txt").read_bytes())
    data = json.loads(json.dumps(record.to_dict(), ensure_ascii=False))
    assert Record.from_dict(data).to_dict() == record.to_dict()


def test_provenance_names_a_source_for_each_language_value() -> None:
    record = journalmeta.parse((FIXTURES / "seed" / "seed.txt").read_bytes())
    for field in ("title", "abstract", "citation"):
        for lang in getattr(record, field):
            assert record.provenance[f"{field}.{lang}"]
    assert record.provenance["doi"]


def test_a_page_without_a_title_still_names_its_language() -> None:
    page = ("【摘 要】为探究提升期刊影响力的措施,检索了一份期刊四十年间的高被引论文,分析其发表年份与栏目分布。\n"
            "【关键词】高被引论文;引文分析;被引频次\n")
    record = journalmeta.parse(page)
    assert not record.title and record.abstract["zh"].startswith("为探究")
    assert record.language == "zh"


def test_str_and_bytes_give_the_same_record() -> None:
    raw = (FIXTURES / "rhhz" / "article-doi.html").read_bytes()
    assert journalmeta.parse(raw).to_dict() == journalmeta.parse(raw.decode("utf-8")).to_dict()


def test_empty_input_is_not_a_page() -> None:
    with pytest.raises(journalmeta.NotAPage):
        journalmeta.parse(b"   ")


def test_size_limit() -> None:
    with pytest.raises(journalmeta.InputTooLarge):
        journalmeta.parse(b"x" * 101, max_bytes=100)


def test_content_type_charset_is_honoured() -> None:
    html = ("<html><body><h1>黄河流域生态保护研究</h1>"
            "<p>摘要: 黄河流域是我国重要的生态屏障和经济地带, 本文分析了其保护现状。</p></body></html>")
    record = journalmeta.parse(html.encode("gb18030"), content_type="text/html; charset=GBK")
    assert record.abstract["zh"].startswith("黄河流域是我国重要的生态屏障")

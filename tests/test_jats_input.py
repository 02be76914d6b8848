"""JATS XML articles as input: read from their front matter, and the project's own JATS export read back."""

from __future__ import annotations

from pathlib import Path

import pytest

import journalmeta
from journalmeta.exporters import export_string
from journalmeta.lang import has_han
from journalmeta.readers import looks_like_jats
from journalmeta.record import Record
from tests.conftest import FIXTURES

_FIELDS = ("doi", "title", "abstract", "keywords", "year", "volume", "issue", "pages")


def _people(record: Record) -> list[dict[str, str]]:
    # (a Chinese name printed with a space in it, '周 航', comes back without: the family and given names of the
    # export are joined as Chinese names are)
    return [{lang: name.replace(" ", "") if lang == "zh" and has_han(name) else name
             for lang, name in author.name.items()} for author in record.authors]


_PAGES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".html", ".txt"))


@pytest.mark.parametrize("page", _PAGES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_the_jats_export_reads_back_as_the_same_record(page: Path) -> None:
    record = journalmeta.parse(page.read_bytes())
    if not record.title:
        pytest.skip("no title: nothing to export")
    back = journalmeta.parse(export_string([record], "jats").encode("utf-8"))
    for field in _FIELDS:
        assert getattr(back, field) == getattr(record, field), field
    assert back.journal.title == record.journal.title
    assert _people(back) == _people(record)


def test_jats_is_told_from_html_quoting_it() -> None:
    jats = '<?xml version="1.0"?>\n<article xml:lang="en"><front><article-meta>'
    assert looks_like_jats(jats)
    assert looks_like_jats('<pmc-articleset><article><front><jats:article-meta xmlns:jats="x">')
    assert not looks_like_jats("<html><body><pre>&lt;article-meta&gt; <article-meta> </pre></body></html>")
    assert not looks_like_jats("摘要: JATS 的 article-meta 元素记录题名与作者。")


def test_an_external_entity_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    jats = (f'<?xml version="1.0"?><!DOCTYPE article [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
            "<article><front><article-meta><title-group><article-title>A &x; title</article-title>"
            "</title-group></article-meta></front></article>")
    record = journalmeta.parse(jats.encode("utf-8"))
    assert "TOP-SECRET" not in str(record.title)
    assert record.title.get("en", "").startswith("A")


def test_broken_jats_still_gives_what_it_holds() -> None:
    jats = ('<?xml version="1.0"?><article xml:lang="en"><front><article-meta><article-id pub-id-type="doi">'
            "10.1234/abc.5</article-id><title-group><article-title>Cut short <italic>mid</article-title>")
    record = journalmeta.parse(jats.encode("utf-8"))
    assert record.doi == "10.1234/abc.5"
    assert record.title == {"en": "Cut short mid"}


def test_a_scripts_jats_string_that_json_cannot_read_or_a_class_name_gives_nothing() -> None:
    odd = ('<html><head><title>T</title></head><body><h1>Grip strength and cognition in older adults</h1>'
           '<script>window.__NUXT__={xmlData:"\\x3Carticle\\u003E\\u003Carticle-meta\\u003E\\u003C\\u002Farticle-meta'
           '\\u003E"};</script><div class="u003Carticle-meta">x</div></body></html>')
    record = journalmeta.parse(odd.encode())
    assert record.title == {"en": "Grip strength and cognition in older adults"}
    assert not any(source.startswith("jats:") for source in record.provenance.values())

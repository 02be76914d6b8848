"""JATS 1.3 front matter: ``<journal-meta>`` and ``<article-meta>`` with every language kept.

``<article-title>`` with ``<trans-title-group xml:lang>``, ``<abstract xml:lang>`` and ``<trans-abstract
xml:lang>``, a ``<kwd-group xml:lang>`` per language, ``<contrib>`` with ``<name-alternatives>``, ``<pub-date>``,
``<volume>``, ``<issue>``, ``<fpage>``/``<lpage>`` (or ``<elocation-id>``), ``<article-id pub-id-type="doi">``.
Several records are wrapped in ``<pmc-articleset>``, as PubMed Central does.
"""

from __future__ import annotations

import re

from lxml import etree

from journalmeta.exporters.base import Format, languages, main_and_other, split_name
from journalmeta.record import Author, Record

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NOT_XML = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: str | None) -> str:
    return _NOT_XML.sub("", value or "")


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag)
    for key, value in attrs.items():
        el.set(XML_LANG if key == "lang" else key.replace("_", "-"), value)
    if text is not None:
        el.text = _text(text)
    return el


def _name(parent: etree._Element, name: str, lang: str) -> None:
    parts = split_name(name, lang)
    if parts is None:
        _sub(parent, "string-name", name, lang=lang)
        return
    # eastern: the family name shown first, as Han names and pinyin ones printed 'WANG Yu' are
    style = "eastern" if lang in ("zh", "ja", "ko") or name.split()[0] == parts[0] else "western"
    el = _sub(parent, "name", lang=lang, name_style=style)
    _sub(el, "surname", parts[0])
    if parts[1]:
        _sub(el, "given-names", parts[1])


def _contrib(group: etree._Element, author: Author, order: list[str]) -> None:
    contrib = _sub(group, "contrib", contrib_type="author")
    if author.corresponding:
        contrib.set("corresp", "yes")
    langs = [lang for lang in order if lang in author.name]
    if author.orcid:
        _sub(contrib, "contrib-id", f"https://orcid.org/{author.orcid}", contrib_id_type="orcid")
    holder = _sub(contrib, "name-alternatives") if len(langs) > 1 else contrib
    for lang in langs:
        _name(holder, author.name[lang], lang)
    for affiliation in author.affiliations:
        _sub(contrib, "aff", affiliation)
    if author.email:
        _sub(contrib, "email", author.email)


def _journal_meta(front: etree._Element, record: Record, main: str | None, order: list[str]) -> None:
    meta = _sub(front, "journal-meta")
    group = _sub(meta, "journal-title-group")
    if main and main in record.journal.title:
        _sub(group, "journal-title", record.journal.title[main], lang=main)
    for lang in order:
        if lang != main and lang in record.journal.title:
            trans = _sub(group, "trans-title-group", lang=lang)
            _sub(trans, "trans-title", record.journal.title[lang])
    if record.journal.abbrev:
        _sub(group, "abbrev-journal-title", record.journal.abbrev)
    if record.journal.issn:
        _sub(meta, "issn", record.journal.issn, pub_type="ppub")
    if record.journal.eissn:
        _sub(meta, "issn", record.journal.eissn, pub_type="epub")
    if record.journal.publisher:
        _sub(_sub(meta, "publisher"), "publisher-name", record.journal.publisher)


def _pages(meta: etree._Element, record: Record) -> None:
    if record.first_page and record.last_page:
        _sub(meta, "fpage", record.first_page)
        _sub(meta, "lpage", record.last_page)
    elif record.pages:
        _sub(meta, "elocation-id", record.pages) if record.article_number else _sub(meta, "fpage", record.pages)


def _article_meta(front: etree._Element, record: Record, main: str | None, order: list[str]) -> None:
    meta = _sub(front, "article-meta")
    if record.doi:
        _sub(meta, "article-id", record.doi, pub_id_type="doi")
    titles = _sub(meta, "title-group")
    _sub(titles, "article-title", record.title.get(main or "", ""), **({"lang": main} if main else {}))
    for lang in order:
        if lang != main and lang in record.title:
            _sub(_sub(titles, "trans-title-group", lang=lang), "trans-title", record.title[lang])
    if record.authors:
        group = _sub(meta, "contrib-group")
        for author in record.authors:
            _contrib(group, author, order)
    if record.year:
        date = _sub(meta, "pub-date", publication_format="print", date_type="pub")
        _sub(date, "year", str(record.year))
    if record.volume:
        _sub(meta, "volume", record.volume)
    if record.issue:
        _sub(meta, "issue", record.issue)
    _pages(meta, record)
    for lang in order:
        if lang in record.abstract:
            tag = "abstract" if lang == main or main not in record.abstract else "trans-abstract"
            _sub(_sub(meta, tag, lang=lang), "p", record.abstract[lang])
    for lang in order:
        if record.keywords.get(lang):
            group = _sub(meta, "kwd-group", lang=lang)
            for word in record.keywords[lang]:
                _sub(group, "kwd", word)


def article(record: Record) -> etree._Element:
    main, _ = main_and_other(record)
    order = languages(record)
    root = etree.Element("article", nsmap={"xlink": "http://www.w3.org/1999/xlink",
                                           "mml": "http://www.w3.org/1998/Math/MathML"})
    root.set("article-type", "research-article")
    root.set("dtd-version", "1.3")
    if main:
        root.set(XML_LANG, main)
    front = _sub(root, "front")
    _journal_meta(front, record, main, order)
    _article_meta(front, record, main, order)
    return root


def _one(record: Record, position: int) -> str:
    return etree.tostring(article(record), encoding="unicode", pretty_print=True)


JATS = Format("jats", _one, head=lambda n: '<?xml version="1.0" encoding="UTF-8"?>\n<pmc-articleset>\n',
              tail=lambda n: "</pmc-articleset>\n")

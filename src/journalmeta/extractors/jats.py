"""JATS XML articles (PMC, SciELO, KCI, J-STAGE, eLife, and journalmeta's own JATS export): the front matter read
element by element, each title, abstract and keyword group in the language its ``xml:lang`` gives.

The elements are looked up by their local names, so a namespaced JATS file reads as a plain one; only the first
article of an article set is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from lxml import etree

from journalmeta import _regex
from journalmeta.document.model import Page
from journalmeta.extractors.candidates import STATED_DATE_BONUS, Candidate
from journalmeta.lang import CJK_LANGS, detect, primary, script_language
from journalmeta.normalize import clean_doi, clean_text, stated_date

__all__ = ["embedded", "extract"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False,
                          remove_comments=True, remove_pis=True)
_BONUS = 1.0  # over the meta tags: the publisher's own structured record
_LABELS = frozenset(("abstract", "summary", "摘要", "초록", "要旨", "抄録", "аннотация", "resumo", "resumen", "öz"))


def _tree(text: str) -> etree._Element | None:
    data = text.encode("utf-8", errors="replace")
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = el.tag.split("}", 1)[1]  # (JATS 1.x has no namespace; a few files add one)
    return root if root.tag == "article" else next(root.iter("article"), None)


def _text(el: etree._Element | None) -> str:
    return clean_text(" ".join(str(t) for t in el.itertext())) if el is not None else ""


def _lang(el: etree._Element, default: str | None, text: str) -> str:
    """A value's language: its script's, else the one its element declares, else its words' (the article's when
    they do not tell)."""
    return script_language(text) or primary(el.get(_XML_LANG)) or detect(text, default or "en")


def extract(page: Page) -> Iterator[Candidate]:
    if page.jats:
        yield from _article(page.html)


def embedded(page: Page) -> Iterator[Candidate]:
    """On an HTML page, a JATS article a script carries as a string, its markup escaped (a Nuxt site's state:
    Yiigle's 'xmlData:"\\u003C?xml …\\u003Carticle-meta\\u003E…'), read as a JATS file: the page's record as the
    publisher keeps it, both languages' titles and abstracts."""
    html = page.html
    at = html.find("u003Carticle-meta") if page.is_html and not page.jats else -1  # (a literal look: few pages)
    if at < 0:
        return
    start = html.rfind('"', 0, at)
    while start > 0 and html[start - 1] == "\\":  # (a quote escaped inside the string: 'version=\\"1.0\\"')
        start = html.rfind('"', 0, start - 1)
    m = _JS_STRING.match(html, max(start, 0))
    try:
        xml = json.loads(m.group(0)) if m else None
    except ValueError:  # (an escape JSON lacks: '\\x3C', "\\'")
        return
    if isinstance(xml, str):
        yield from _article(xml)


_JS_STRING = _regex.compile(r'"(?:[^"\\]|\\.)*"')


def _article(text: str) -> Iterator[Candidate]:
    article = _tree(text)
    meta = next(article.iter("article-meta"), None) if article is not None else None
    if article is None or meta is None:
        return
    lang = primary(article.get(_XML_LANG))
    yield from _titles(meta, lang)
    yield from _people(meta, lang)
    yield from _abstracts(meta, lang)
    yield from _keywords(meta, lang)
    yield from _source(article, meta)


def _titles(meta: etree._Element, lang: str | None) -> Iterator[Candidate]:
    for group in meta.iter("title-group"):
        title = next(group.iter("article-title"), None)
        if title is not None and (text := _text(title)):
            subtitle = _text(next(group.iter("subtitle"), None))
            yield Candidate.of("title", f"{text}: {subtitle}" if subtitle else text, "jats:article-title",
                               _lang(title, lang, text), _BONUS)
        for trans in group.iter("trans-title-group"):
            if text := _text(next(trans.iter("trans-title"), None)):
                yield Candidate.of("title", text, "jats:trans-title", _lang(trans, None, text), _BONUS)
        break


def _abstracts(meta: etree._Element, lang: str | None) -> Iterator[Candidate]:
    for tag in ("abstract", "trans-abstract"):
        for el in meta.iter(tag):
            if el.get("abstract-type") in ("graphical", "teaser", "toc"):
                continue
            heading = next((child for child in el if child.tag == "title"), None)
            if heading is not None and _text(heading).rstrip(":：").casefold() in _LABELS:
                el.remove(heading)  # ('<title>Abstract</title>' over its paragraphs)
            if text := _text(el):
                yield Candidate.of("abstract", text, f"jats:{tag}", _lang(el, lang if tag == "abstract" else None,
                                                                           text), _BONUS)


def _keywords(meta: etree._Element, lang: str | None) -> Iterator[Candidate]:
    for group in meta.iter("kwd-group"):
        terms = [text for kwd in group.iter("kwd") if (text := _text(kwd))]
        if terms and group.get("kwd-group-type") not in ("abbreviations", "code"):
            yield Candidate.of("keywords", terms, "jats:kwd-group", _lang(group, lang, " ".join(terms)), _BONUS)


def _source(article: etree._Element, meta: etree._Element) -> Iterator[Candidate]:
    journal = next(article.iter("journal-meta"), None)
    if journal is not None:
        yield from _journal(journal, primary(article.get(_XML_LANG)))
    for el in meta.iter("article-id"):
        if el.get("pub-id-type") == "doi" and (doi := clean_doi(_text(el))):
            yield Candidate.of("doi", doi, "jats:article-id", None, _BONUS)
    for field, tag in (("volume", "volume"), ("issue", "issue"), ("first_page", "fpage"), ("last_page", "lpage"),
                       ("article_number", "elocation-id"), ("pages", "elocation-id")):  # (an e-locator: the pages)
        if text := _text(next((el for el in meta if el.tag == tag), None)):
            yield Candidate.of(field, text, f"jats:{tag}", None, _BONUS)
    yield from _date(meta)


def _journal(journal: etree._Element, lang: str | None) -> Iterator[Candidate]:
    for el in journal.iter("journal-title", "trans-title"):
        if text := _text(el):
            container = el.getparent() if el.tag == "trans-title" else el
            declared = primary(container.get(_XML_LANG)) if container is not None else None
            default = declared or (lang if el.tag == "journal-title" else None)
            yield Candidate.of("journal", text, f"jats:{el.tag}", script_language(text) or declared
                               or detect(text, default or "en"), _BONUS)
    for el in journal.iter("abbrev-journal-title"):
        if text := _text(el):
            yield Candidate.of("abbrev", text, "jats:abbrev-journal-title", None, _BONUS)
            break
    for el in journal.iter("issn"):
        kind = f"{el.get('pub-type', '')} {el.get('publication-format', '')}"
        field = "eissn" if "epub" in kind or "electronic" in kind else "issn"
        if text := _text(el):
            yield Candidate.of(field, text, "jats:issn", None, _BONUS)
    if publisher := _text(next(journal.iter("publisher-name"), None)):
        yield Candidate.of("publisher", publisher, "jats:publisher-name", None, _BONUS)


_PRINT = ("ppub", "collection", "print", "pub")


def _date(meta: etree._Element) -> Iterator[Candidate]:
    """The issue's date (print, collection) first, else the first one given."""
    dates = [el for el in meta if el.tag == "pub-date"]
    dates.sort(key=lambda el: not any(el.get(a) in _PRINT for a in ("pub-type", "date-type", "publication-format")))
    for el in dates[:1]:
        year, month, day = (_text(next(el.iter(part), None)) for part in ("year", "month", "day"))
        if year:
            yield Candidate.of("year", year, "jats:pub-date", None, _BONUS)
        stated = stated_date(f"{year}-{month}-{day}") if year and month.isdigit() and day.isdigit() else None
        if stated:
            yield Candidate.of("dates.published", stated, "jats:pub-date", None, STATED_DATE_BONUS)


def _people(meta: etree._Element, lang: str | None) -> Iterator[Candidate]:
    """The authors, one list per language their names are given in (``name-alternatives``: Hangul and Latin), and
    each author's affiliations, ORCID iD and e-mail."""
    affiliations = {el.get("id"): _affiliation(el) for el in meta.iter("aff") if el.get("id")}
    lists: dict[str, list[str | None]] = {}
    contribs = [c for c in meta.iter("contrib") if c.get("contrib-type", "author") == "author"]
    for n, contrib in enumerate(contribs):
        names: dict[str, str] = {}
        for el in contrib.iter("name", "string-name"):
            declared = primary(el.get(_XML_LANG))
            if name := _name(el, declared or lang):  # (filed under the language the name declares, else its script's)
                names.setdefault(declared or script_language(name) or "latin", name)
        for name_lang, name in names.items():
            lists.setdefault(name_lang, [None] * len(contribs))[n] = name
        if names:
            yield from _details(contrib, next(iter(names.values())), affiliations)
    for name_lang, slots in lists.items():
        named = [name for name in slots if name]
        if named == slots[:len(named)]:  # every author's name, or the first authors' (the merge pairs them)
            yield Candidate.of("authors", named, "jats:contrib", name_lang, _BONUS)


def _name(el: etree._Element, lang: str | None) -> str:
    """A name as its page would print it: the family name first in the eastern style, with no space between the
    parts of a Chinese or Korean one (a Japanese one keeps its space: '大村 喜吉')."""
    surname, given = _text(next(el.iter("surname"), None)), _text(next(el.iter("given-names"), None))
    if not surname:
        return _text(el) if el.tag == "string-name" else ""
    if not given:
        return surname
    script = script_language(surname)
    if el.get("name-style") == "eastern" or script in CJK_LANGS:
        glued = script in CJK_LANGS and lang != "ja" and script != "ja"
        return f"{surname}{given}" if glued else f"{surname} {given}"
    return f"{given} {surname}"


def _affiliation(el: etree._Element) -> str:
    """An ``<aff>``'s text without its label ('<label>1</label>')."""
    pieces = [el.text or ""]
    for child in el:
        if child.tag not in ("label", "sup"):
            pieces.append(_text(child))
        pieces.append(child.tail or "")
    return clean_text(" ".join(pieces))


def _details(contrib: etree._Element, name: str, affiliations: dict[str | None, str]) -> Iterator[Candidate]:
    places = tuple(dict.fromkeys(affiliations[rid] for xref in contrib.iter("xref") if xref.get("ref-type") == "aff"
                                 for rid in (xref.get("rid") or "").split() if affiliations.get(rid)))
    places += tuple(text for aff in contrib.iter("aff") if (text := _affiliation(aff)))
    orcid = next((_text(el).rsplit("/", 1)[-1] for el in contrib.iter("contrib-id")
                  if el.get("contrib-id-type") == "orcid"), None)
    email = _text(next(contrib.iter("email"), None)) or None
    if places or orcid or email:
        yield Candidate.of("author_details", (name, places, orcid, email), "jats:contrib", None)
    if contrib.get("corresp") == "yes":
        yield Candidate.of("corresponding", name, "jats:contrib", None)

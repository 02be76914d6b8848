"""JSON-LD ``ScholarlyArticle`` (and kin) embedded in the page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from journalmeta.document.model import Page
from journalmeta.extractors.candidates import STATED_DATE_BONUS, Candidate
from journalmeta.lang import detect, script_language
from journalmeta.normalize import clean_name, clean_text, find_doi, stated_date, without_markup

ARTICLE_TYPES = frozenset(("ScholarlyArticle", "Article", "MedicalScholarlyArticle", "Report", "Thesis",
                           "TechArticle", "NewsArticle", "Chapter"))
_MAX_NODES = 2000


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    seen = 0
    while stack and seen < _MAX_NODES:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            stack.extend(v for k, v in item.items() if k == "@graph" or k == "mainEntity")


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    return set(kind) if isinstance(kind, list) else {str(kind)}


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, list):
        value = value[0] if value else None
    return clean_text(str(value)) if isinstance(value, (str, int, float)) and str(value).strip() else None


def _person(value: Any) -> str:
    """A Person's name, or its given and family names ({"givenName": "Tom", "familyName": "Baker"})."""
    if isinstance(value, dict) and not value.get("name") and (value.get("familyName") or value.get("givenName")):
        return " ".join(_text(value.get(k)) or "" for k in ("givenName", "familyName")).strip()
    return _text(value) or ""


def _container(node: dict[str, Any]) -> Iterator[tuple[str, str]]:
    part = node.get("isPartOf")
    depth = 0
    while isinstance(part, dict) and depth < 5:
        kinds = _types(part)
        if "PublicationIssue" in kinds and part.get("issueNumber"):
            yield "issue", str(part["issueNumber"])
        if "PublicationVolume" in kinds and part.get("volumeNumber"):
            yield "volume", str(part["volumeNumber"])
        if "Periodical" in kinds and _text(part.get("name")):
            yield "journal", _text(part.get("name")) or ""
        if "Periodical" in kinds and _text(part.get("issn")):
            yield "issn", _text(part.get("issn")) or ""
        part = part.get("isPartOf")
        depth += 1


def _article(node: dict[str, Any]) -> Iterator[Candidate]:
    src = "jsonld:" + "/".join(sorted(_types(node)))
    title = without_markup(_text(node.get("headline")) or _text(node.get("name")) or "")
    if title:
        yield Candidate.of("title", title, src, detect(title))
    abstract = without_markup(_text(node.get("abstract")) or _text(node.get("description")) or "")
    if abstract:
        yield Candidate.of("abstract", abstract, src, detect(abstract), -1.0 if not node.get("abstract") else 0.0)
    authors = node.get("author")
    people = [clean_name(_person(a)) for a in (authors if isinstance(authors, list) else [authors]) if a]
    people = [p for p in people if p]
    if people:
        yield Candidate.of("authors", people, src, script_language(" ".join(people)) or "latin")
    # "keywords" is left alone: publishers fill it with subject categories ('Physics, general', 'Science')
    published = _text(node.get("datePublished"))
    date = published or _text(node.get("dateCreated"))
    if date:
        yield Candidate.of("year", date, src)
    stated = stated_date(published)
    if stated:
        yield Candidate.of("dates.published", stated, src, None, STATED_DATE_BONUS)
    for key in ("identifier", "sameAs", "url", "@id"):
        doi = find_doi(json.dumps(node.get(key), ensure_ascii=False)) if node.get(key) else None
        if doi:
            yield Candidate.of("doi", doi, src)
            break
    for field, key in (("first_page", "pageStart"), ("last_page", "pageEnd"), ("pages", "pagination")):
        if _text(node.get(key)):
            yield Candidate.of(field, _text(node.get(key)), src)
    for field, value in _container(node):
        yield Candidate.of(field, value, src, detect(value) if field == "journal" else None)


def extract(page: Page) -> Iterator[Candidate]:
    for raw in page.jsonld:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        for node in _nodes(data):
            if _types(node) & ARTICLE_TYPES:
                yield from _article(node)

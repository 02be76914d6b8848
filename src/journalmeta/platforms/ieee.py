"""IEEE Xplore: a client-rendered page whose record sits in one script, ``xplGlobal.document.metadata = {…};``
(title, abstract and keywords as HTML fragments); a saved page may carry little else."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.lang import detect
from journalmeta.normalize import clean_name, clean_text, without_markup, year_of
from journalmeta.platforms.base import Platform

_MARKER = "xplGlobal.document.metadata"
_SOURCE = "platform:ieee"
_BONUS = -3.0  # the page's own meta tags, where a saved page has them, stay first: this fills what they lack
# author keywords first: the ones the article prints; IEEE's and INSPEC's controlled terms after
_KEYWORD_TYPES = ("author keywords", "ieee keywords", "index terms")


def metadata(html: str) -> dict[str, Any] | None:
    """The object assigned to ``xplGlobal.document.metadata``, or None."""
    at = html.find(_MARKER)
    start = html.find("{", at) if at >= 0 else -1
    if start < 0 or html[at + len(_MARKER): start].strip() != "=":
        return None
    try:
        data, _ = json.JSONDecoder().raw_decode(html, start)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _text(value: Any) -> str | None:
    return clean_text(without_markup(value)) or None if isinstance(value, str) else None


def _authors(data: dict[str, Any]) -> list[str]:
    people = data.get("authors")
    names = [clean_name(_text(p.get("name")) or "") for p in people if isinstance(p, dict)] \
        if isinstance(people, list) else []
    return [n for n in names if n]


def _keywords(data: dict[str, Any]) -> list[str]:
    groups = {str(g.get("type", "")).strip().lower(): g.get("kwd") for g in data.get("keywords") or []
              if isinstance(g, dict)}
    for kind in _KEYWORD_TYPES:
        terms = groups.get(kind)
        if isinstance(terms, list) and terms:
            return [t for t in (_text(x) for x in terms) if t]
    return []


def _pages(data: dict[str, Any]) -> str | None:
    first, last = _text(data.get("startPage")), _text(data.get("endPage"))
    return f"{first}-{last}" if first and last and first != last else first


def extra(page: Page) -> Iterator[Candidate]:
    data = metadata(page.html) if _MARKER in page.html else None
    if data is None:
        return
    title = _text(data.get("formulaStrippedArticleTitle")) or _text(data.get("title"))
    abstract = _text(data.get("abstract"))
    journal = _text(data.get("publicationTitle")) or _text(data.get("displayPublicationTitle"))
    for field, value in (("title", title), ("abstract", abstract), ("journal", journal)):
        if value:
            yield Candidate.of(field, value, _SOURCE, detect(value), _BONUS)
    year = year_of(_text(data.get("publicationYear")) or _text(data.get("publicationDate")))
    plain = {"doi": _text(data.get("doi")), "volume": _text(data.get("volume")), "issue": _text(data.get("issue")),
             "pages": _pages(data), "year": str(year) if year else None}
    for field, value in plain.items():
        if value:
            yield Candidate.of(field, str(value), _SOURCE, bonus=_BONUS)
    names, keywords = _authors(data), _keywords(data)
    if names:
        yield Candidate.of("authors", names, _SOURCE, "latin", _BONUS)
    if keywords:
        yield Candidate.of("keywords", keywords, _SOURCE, detect("; ".join(keywords)), _BONUS)


PLATFORM = Platform(name="ieee", fingerprints=(r"ieeexplore\.ieee\.org", r"\bxpl-"), extra=extra)

"""A BibTeX entry the page prints for its article (a proceedings page's 'BibTeX' box, a 'Cite' tab): its fields.

The entry is found by its opening line (``@inproceedings{key,``) and read over as many blocks as it spans (one
``<pre>`` or a block per field), up to its closing brace. A printed entry is structured data, as COinS are; it is
no citation string a reader would copy, so it gives no ``citation``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.lang import detect, script_language
from journalmeta.normalize import clean_text, find_doi, invert_name

_SCAN = 600  # blocks: a cite box sits by the article's header or at its end, before long reference lists
_MAX_BLOCKS = 40  # blocks one entry may span (one per field on some pages)
_MAX_LENGTH = 8_000
_OPENING = _regex.compile(r"@\s*(?:article|inproceedings|conference|incollection|inbook|book|misc|phdthesis|"
                          r"mastersthesis|techreport|report|thesis|online|unpublished|preprint)\s*\{\s*[^\s,{}]*\s*,",
                          re.IGNORECASE)
_FIELD_NAME = _regex.compile(r"\s*,?\s*([A-Za-z][\w-]*)\s*=\s*")
_BARE_VALUE = _regex.compile(r"[\w.:/-]+")
# entry field → record field; a proceedings paper's book title is where the record's journal goes
FIELDS = {"title": "title", "journal": "journal", "journaltitle": "journal", "booktitle": "journal",
          "year": "year", "volume": "volume", "number": "issue", "issue": "issue", "pages": "pages",
          "issn": "issn", "publisher": "publisher", "abstract": "abstract"}
_LANGUAGE_FIELDS = frozenset(("title", "journal", "abstract"))


def is_entry(text: str) -> bool:
    """Whether ``text`` opens with a BibTeX entry's first line (no citation string, though it names the article's
    title, authors, year and DOI)."""
    return text[:1] == "@" and _OPENING.match(text) is not None


def _entry_text(page: Page) -> str | None:
    """The first entry's text from its opening to its closing brace, over the blocks it spans."""
    for block in page.blocks[:_SCAN]:
        if "@" not in block.text[:3]:
            continue
        opening = _OPENING.match(block.text.lstrip())
        if not opening:
            continue
        text = block.text.lstrip()
        for later in page.blocks[block.index + 1:block.index + _MAX_BLOCKS]:
            if _closed(text) or len(text) > _MAX_LENGTH:
                break
            text = f"{text} {later.text}"
        return text
    return None


def _closed(text: str) -> bool:
    return text.count("{") <= text.count("}")


def _braced(text: str, start: int) -> tuple[str, int]:
    """The value inside the braces opening at ``start``, and the position after them."""
    depth = 0
    for at in range(start, len(text)):
        if text[at] == "{":
            depth += 1
        elif text[at] == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1:at], at + 1
    return text[start + 1:], len(text)


def fields(text: str) -> dict[str, str]:
    """An entry's fields, names lower-cased, values as printed (braces, quotes and concatenation left to
    :func:`plain`): ``title = {…}``, ``title = "…"``, ``year = 2022``."""
    found: dict[str, str] = {}
    opening = _OPENING.match(text)
    at = opening.end() if opening else 0
    while at < len(text):
        name = _FIELD_NAME.match(text, at)
        if not name:
            break
        at = name.end()
        if text.startswith("{", at):
            value, at = _braced(text, at)
        elif text.startswith('"', at):
            end = text.find('"', at + 1)
            end = len(text) if end < 0 else end
            value, at = text[at + 1:end], end + 1
        else:
            bare = _BARE_VALUE.match(text, at)
            if not bare:
                break
            value, at = bare.group(0), bare.end()
        found.setdefault(name.group(1).lower(), value)
    return found


# LaTeX accent commands → combining marks ('{\"u}', "\\'e", '\\c{c}')
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
            "r": "\u030a"}
_ACCENTED = _regex.compile(r"\\([`'^\"~=.])\s*\{?\\?([A-Za-z])\}?|\\([uvHckr])\s*\{\\?([A-Za-z])\}|"
                           r"\\([uvHckr])\s+\\?([A-Za-z])")
_LETTERS = {"ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
            "l": "ł", "L": "Ł", "i": "ı", "&": "&", "%": "%", "$": "$", "#": "#", "_": "_"}
_LETTER = _regex.compile(r"\\(ss|ae|AE|oe|OE|aa|AA|[oOlLi])\b\s?|\\([&%$#_])")


def plain(value: str) -> str:
    """A field's value as text: accents and escaped signs decoded, case-keeping braces and '--' dropped."""
    if "\\" in value:
        value = _ACCENTED.sub(_accented, value)
        value = _LETTER.sub(lambda m: _LETTERS[m.group(1) or m.group(2)], value)
    value = value.replace("{", "").replace("}", "").replace("---", "—").replace("--", "–")
    return unicodedata.normalize("NFC", clean_text(value))


def _accented(m: re.Match[str]) -> str:
    accent, letter = next((a, b) for a, b in (m.group(1, 2), m.group(3, 4), m.group(5, 6)) if a)
    return letter + _ACCENTS[accent]


def _authors(value: str) -> list[str]:
    return [invert_name(name) for name in (plain(n) for n in re.split(r"\s+and\s+", value)) if name]


def extract(page: Page, page_doi: str | None = None) -> Iterator[Candidate]:
    """The fields of the first entry on the page; none when it names another DOI than the page's."""
    text = _entry_text(page)
    if text is None:
        return
    entry = fields(text)
    doi = find_doi(entry.get("doi", "")) if "doi" in entry else None
    if doi and page_doi and doi.lower() != page_doi.lower():
        return  # another work's entry (a 'cited by' or related item)
    if doi:
        yield Candidate.of("doi", doi, "bibtex:doi")
    for key, field in FIELDS.items():
        value = plain(entry.get(key, ""))
        if value:
            lang = detect(value) if field in _LANGUAGE_FIELDS else None
            yield Candidate.of(field, value, f"bibtex:{key}", lang)
    people = _authors(entry.get("author", ""))
    if people:
        yield Candidate.of("authors", people, "bibtex:author", script_language(" ".join(people)) or "latin")
    keywords = [k for k in (plain(k) for k in re.split(r"[;,]", entry.get("keywords", ""))) if k]
    if keywords:
        yield Candidate.of("keywords", keywords, "bibtex:keywords", detect(" ".join(keywords)))

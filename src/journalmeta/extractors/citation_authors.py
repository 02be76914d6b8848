"""A printed citation's record and its author list: names split at the list's separators, surnames with their
initials put back in reading order ('Leinaas, J.M.' → 'J. M. Leinaas'), and where the authors end and the title
starts. Shared by the parser of the Chinese and Russian forms (``citation``) and of the Western ones
(``citation_styles``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from journalmeta import _regex
from journalmeta.extractors.names import AND_WORDS, ET_AL
from journalmeta.normalize import clean_number, clean_pages, clean_text

__all__ = ["PAGES", "Citation", "authors_and_title", "plausible_authors", "split_authors", "take"]

# a name's initials, in capitals of the Latin, Cyrillic and Greek alphabets ("J.M.", "О.", "İ. Ş.")
_INITIALS = _regex.compile(r"(?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃČŠŽŘĎŤŇŞĞİА-ЯЁІЇЄҐЎΑ-Ω]\.?\s*-?){1,4}")


PAGES = r"[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–—−鄄~]\s*[A-Za-z]?\d+[A-Za-z]?)?(?:\s*[+,]\s*\d+(?:\s*[-–—−鄄]\s*\d+)?)*"


# commas, '&' and the word 'and' in the citation's language ('Dupont et Martin', 'Yılmaz ve Demir', 'Иванов и Петров')
_AUTHOR_SEPARATOR = _regex.compile(rf"\s*(?:[,;，；、](?:\s*(?:&|(?:{AND_WORDS})(?=\s)))?|\s+&|"
                                   rf"\s+(?:{AND_WORDS})(?=\s))\s*")


# a stop that ends the author list: followed by a space and a word, or directly by Han script or a digit
# (not one before '&' or 'and': 'Smith, J. & Doe, A. B. Title')
_AUTHOR_END = _regex.compile(r"\.(?=\s+(?![A-Z]\.|et al\b|&|and\s)\S|[\u4e00-\u9fff\d\"“])|"
                             r"(?<![\s.,][A-Z])\.(?=[A-Z][a-z])")


@dataclass
class Citation:
    text: str
    authors: list[str] = field(default_factory=list)
    title: str | None = None
    journal: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    type_mark: str | None = None
    et_al: bool = False
    lang: str = "en"


_GIVEN_NAMES = _regex.compile(r"[A-Z][a-z]+(?:[\s\-][A-Z](?:[a-z]+|\.))?")  # 'John', 'Anna B.', 'Jean-Luc'
_DOTTED_INITIAL = _regex.compile(r"(?<![^\W\d_])[^\W\d_]\.\s*[^\W\d_](?![^\W\d_])")  # 'I.I', 'A. S'
_LAST_INITIAL = _regex.compile(r"(?<![^\W\d_])[^\W\d_]$")


def split_authors(text: str) -> tuple[list[str], bool]:
    text = text.strip(" .,")
    et_al = bool(ET_AL.search(text))
    text = ET_AL.sub("", text)
    parts = [p.strip(" .") for p in _AUTHOR_SEPARATOR.split(text) if p.strip(" .")]
    merged: list[str] = []
    for part in parts:  # "Leinaas, J.M." – a surname followed by its initials
        if merged and _INITIALS.fullmatch(part) and " " not in merged[-1]:
            merged[-1] = f"{merged[-1]}, {part}."
        else:
            merged.append(part)
    if len(merged) >= 3 and _GIVEN_NAMES.fullmatch(merged[1]) and " " not in merged[0] \
            and all(len(name.split()) >= 2 for name in merged[2:]):
        merged[:2] = [f"{merged[1]} {merged[0]}"]  # Chicago, MLA turn the first name only: 'Smith, John, and Anna Doe'
    names = [clean_text(p.replace("+", " ")) for p in merged if p]
    if any(_DOTTED_INITIAL.search(name) for name in names):  # 'Иванов И.И., Петрова А.С.': the dots are the initials'
        names = [name + "." if _LAST_INITIAL.search(name) else name for name in names]
    return [_in_reading_order(name) for name in names], et_al


_INVERTED = _regex.compile(r"^([^\W\d_][^,]*), ((?:[^\W\d_]\.\s*-?\s*)+)$")  # 'Leinaas, J.M.', 'Yılmaz, A.'


_INITIAL_GAP = _regex.compile(r"\.\s*(?=[^\W\d_])")  # 'J.M.' → 'J. M.'


def _in_reading_order(name: str) -> str:
    """A name the citation style turned round as a byline prints it: 'Leinaas, J.M.' → 'J. M. Leinaas'."""
    m = _INVERTED.match(name) if "," in name else None
    if not m:
        return name
    initials = _INITIAL_GAP.sub(". ", m.group(2).strip())
    return f"{initials} {m.group(1)}"


def plausible_authors(names: list[str]) -> bool:
    return bool(names) and all(len(n) <= 60 and len(n.split()) <= 6 for n in names)


# an initial's stop before the surname that ends a given-name-first author: 'Barbara M. KEHM. Construction of…'
_INITIAL_BEFORE_SURNAME = _regex.compile(r"(?<![^\s,])[A-Z]\.\s+[A-Z][A-Za-z'’\-]+\.\s")


def authors_and_title(head: str) -> tuple[list[str], str | None, bool]:
    for m in _AUTHOR_END.finditer(head):
        if _INITIAL_BEFORE_SURNAME.match(head, m.start() - 1):
            continue
        authors, et_al = split_authors(head[: m.start()])
        title = head[m.end():].strip(" .")
        if plausible_authors(authors) and title:
            return authors, title, et_al
    authors, et_al = split_authors(head)
    named = plausible_authors(authors) and not any(_LONG_HAN.search(n) for n in authors)
    return (authors, None, et_al) if named else ([], head.strip(" .") or None, False)


# no Han name runs to seven characters but a transcribed one, dots apart: a head that long is a title alone
# ('金属激光增材制造技术发展研究[J].中国工程科学,2020,…': a repost's source line, with no authors)
_LONG_HAN = _regex.compile(r"[\u4e00-\u9fff]{7}")


def take(c: Citation, parts: dict[str, str | None]) -> None:
    if parts.get("year"):
        c.year = int(str(parts["year"]))
    c.volume = clean_number(parts.get("volume"))
    c.issue = clean_number(parts.get("issue"))
    c.pages = clean_pages(parts.get("pages"))

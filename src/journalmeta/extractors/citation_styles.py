"""Western citation styles that publishers' 'Cite this article' boxes print, besides APA and Vancouver: ACS and MDPI
('Smith, J.; Doe, A. B. Title. J. Am. Chem. Soc. 2020, 142 (3), 1234–1245', 'Title. Sustainability 2020, 12,
1234'), Harvard ('Smith, J. and Doe, A.B., 2020. Title. Journal, 12(3), p.1234'), Chicago's author-date form, and
the source Chicago prints after a quoted title ('Sustainability 12, no. 3 (2020): 1234')."""

from __future__ import annotations

import re

from journalmeta import _regex
from journalmeta.extractors.citation_authors import (
    PAGES,
    Citation,
    authors_and_title,
    plausible_authors,
    split_authors,
    take,
)

__all__ = ["CHICAGO_SOURCE", "QUOTED_TITLE_REST", "TITLE_JOURNAL_REST", "abbreviated_journal_start", "parse_acs",
           "parse_chicago_author_date", "parse_harvard"]

_YEAR = r"(?P<year>(?:1[5-9]|20)\d{2})"
# ACS and MDPI: the journal, the year with no comma before it, the volume, the issue in brackets or after a comma
# (ACS's older 'J. Phys. Chem. A 2001, 105, 13, 3365–3370'), the pages or article number
_ACS_SOURCE = _regex.compile(r"(?<=[A-Za-z.)])\s+" + _YEAR + r",\s*(?P<volume>\d{1,5})(?:\s*\((?P<issue>[^)]{1,15})\)|"
                             r",\s*(?P<issue2>\d{1,4})(?=,))?,\s*(?P<pages>" + PAGES + r")$")
# a journal's name in full (no stop inside: 'International Journal of Environmental Research and Public Health'),
_FULL_NAME = _regex.compile(r"[A-Z][\w\-’']*(?:\s+(?:[A-Z][\w\-’']*|of|and|the|in|for|on|&|-|–|\([\w ]+\))){0,14}")
# or abbreviated (short words or words cut with a stop, a few whole words last: 'J. Am. Chem. Soc.', 'J. Phys. Chem. A',
# 'ACS Appl. Mater. Interfaces', 'Int. J. Environ. Res. Public Health')
_SHORT_WORD = r"(?:[A-Z][A-Za-z]{0,9}\.|[A-Z][A-Za-z]{0,3}|&|of|and|the|in|\d{1,2})"
_ABBREVIATED_NAME = _regex.compile(rf"(?:{_SHORT_WORD}\s+){{0,10}}(?:[A-Z][a-z]+\s+){{0,3}}"
                                   rf"(?:{_SHORT_WORD}|[A-Z][a-z]+)")
_TITLE_STOP = _regex.compile(r"[.?!](?=\s+[A-Z])")
# Harvard: 'Authors, 2020. Title. Journal, 12(3), p.1234' (the year after the authors and a comma, then a stop)
_HARVARD = _regex.compile(r"^(?P<authors>[^()\d]{3,400}?)(?:,\s*|\s+)" + _YEAR + r"[a-z]?\.\s+(?P<rest>.+)$")
# the rest of an APA or Harvard citation after its year: 'Title. Journal, 12(3), 1234' (or 'p.1234', 'pp. 3-20'; or
# as Chinese geoscience journals print it, '题名. 地质力学学报, 22 (3): 421-429')
TITLE_JOURNAL_REST = _regex.compile(r"^(?P<title>.+?[.?!])\s+(?P<journal>[^.]+?),\s*(?P<volume>\d+)\s*"
                                    r"(?:\((?P<issue>[^)]+)\))?(?:[,:]\s*(?:pp?\.\s*)?(?P<pages>" + PAGES
                                    + r"))?\.?\s*$")
# Chicago's source after a quoted title: 'Sustainability 12, no. 3 (2020): 1234', 'Nature 580 (2020): 123–127'
CHICAGO_SOURCE = _regex.compile(r"^(?P<journal>[^\d]{2,150}?)[,.]?\s+(?P<volume>\d{1,5})"
                                r"(?:,\s*no\.\s*(?P<issue>[\w\-/]{1,10}))?\s*\((?:[A-Za-z]+\.?\s+)?(?:\d{1,2}\s+)?"
                                + _YEAR + r"\)(?:\s*:\s*(?P<pages>" + PAGES + r"))?$", re.IGNORECASE)

# Chicago's author-date form: 'Fernández, Laura, and Tomasz Kowalczyk. 2020. "Title" Journal 8, no. 2: 1187'
_CHICAGO_AUTHOR_DATE = _regex.compile(r"^(?P<authors>[^\"“”\d]{3,300}?)\.\s+" + _YEAR + r"[a-z]?\.\s+[\"“]"
                                      r"(?P<title>[^\"“”]{3,400}?)[.?!,]?[\"”]\.?\s+(?P<rest>.+)$")
_CHICAGO_DATED_SOURCE = _regex.compile(r"^(?P<journal>[^\d]{2,150}?)[,.]?\s+(?P<volume>\d{1,5})"
                                       r"(?:\s*\((?P<issue>[^)]{1,15})\)|,\s*no\.\s*(?P<issue2>[\w\-/]{1,10}))?\s*:\s*"
                                       r"(?P<pages>" + PAGES + r")$")

# the rest of an author-year citation whose title is in quotes (Harvard's Cite Them Right: "Smith, J. (2020) 'Title',
# Journal, 12(3), pp. 1234–1245")
QUOTED_TITLE_REST = _regex.compile(r"^[‘“\"'](?P<title>[^’”\"]{3,400}?)[.,]?[’”\"'],?\s+(?P<journal>[^,]+?),\s*"
                                   r"(?P<volume>\d+)\s*(?:\((?P<issue>[^)]+)\))?(?:,\s*(?:pp?\.\s*)?(?P<pages>" + PAGES
                                   + r"))?\.?$")


def abbreviated_journal_start(text: str) -> int | None:
    """Where an abbreviated journal's name starts that runs to the end of ``text`` after a title's stop ('Urban heat
    islands. Front. Psychol.': at 'Front.'), if one does."""
    for stop in _TITLE_STOP.finditer(text):
        rest = text[stop.end():].strip().rstrip(".")
        if "." in rest and _ABBREVIATED_NAME.fullmatch(rest):
            return stop.end()
    return None


def parse_chicago_author_date(c: Citation, body: str) -> bool:
    m = _CHICAGO_AUTHOR_DATE.match(body) if ('"' in body or "“" in body) else None
    source = _CHICAGO_DATED_SOURCE.match(m.group("rest")) if m else None
    if not m or not source:
        return False
    issue = source.group("issue") or source.group("issue2")
    return _filled(c, m.group("authors"), m.group("title").strip(), source.group("journal"),
                   {**source.groupdict(), "year": m.group("year"), "issue": issue})


def parse_acs(c: Citation, body: str) -> bool:
    """'Authors. Title. Journal Year, Volume, Pages': the title ends at the first stop after which the rest up to the
    year is a journal's name, in full or abbreviated."""
    source = _ACS_SOURCE.search(body)
    if not source:
        return False
    authors, rest, et_al = authors_and_title(body[:source.start()])
    if not authors or not rest:
        return False
    for stop in _TITLE_STOP.finditer(rest):
        journal = rest[stop.end():].strip()
        if _FULL_NAME.fullmatch(journal) or (_ABBREVIATED_NAME.fullmatch(journal) and "." in journal):
            c.authors, c.et_al, c.title, c.journal = authors, et_al, rest[:stop.start()].strip(), journal
            take(c, {**source.groupdict(), "issue": source.group("issue") or source.group("issue2")})
            return True
    return False


def parse_harvard(c: Citation, body: str) -> bool:
    m = _HARVARD.match(body)
    rest = TITLE_JOURNAL_REST.match(m.group("rest")) if m else None
    if not m or not rest:
        return False
    return _filled(c, m.group("authors"), rest.group("title").strip(" ."), rest.group("journal"),
                   {**rest.groupdict(), "year": m.group("year")})


def _filled(c: Citation, authors_text: str, title: str, journal: str, parts: dict[str, str | None]) -> bool:
    """The citation given its parts, when its authors read as names."""
    authors, et_al = split_authors(authors_text)
    if not plausible_authors(authors):
        return False
    c.authors, c.et_al, c.title, c.journal = authors, et_al, title, journal
    take(c, parts)
    return True

"""Parse one printed citation string: GB/T 7714 (2015 and 2025), GOST, author-year, Vancouver, APA and quoted-title
forms (AMS, MLA, IEEE, Chicago); ACS, MDPI and Harvard in ``citation_styles``."""

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
from journalmeta.extractors.citation_lines import DATE_BEFORE_YEAR, TYPE_MARK, ascii_punctuation, looks_like_citation
from journalmeta.extractors.citation_styles import (
    CHICAGO_SOURCE,
    QUOTED_TITLE_REST,
    TITLE_JOURNAL_REST,
    abbreviated_journal_start,
    parse_acs,
    parse_chicago_author_date,
    parse_harvard,
)
from journalmeta.lang import detect
from journalmeta.normalize import (
    clean_block,
    clean_doi,
    clean_number,
    clean_pages,
    find_doi,
    numbers,
)

__all__ = ["Citation", "looks_like_citation", "parse_citation"]

_FULLWIDTH_FORMS = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}  # 'Ｊ', '－', '／' as ASCII
_ANY_FULLWIDTH_FORM = _regex.compile("[\uff01-\uff5e]")
# GB/T's online resources: '…: 35-38[2020-06-01]. https://…' (the date cited, then the address)
_ONLINE_TAIL = _regex.compile(r"\s*\[(?:1[5-9]|20)\d{2}-\d{1,2}-\d{1,2}\]\.?\s*(?:https?://\S+)?\s*$|"
                              r"[.,]?\s*https?://\S+\s*$")
_LIST_NUMBER = _regex.compile(r"^(?:\[\d{1,3}\]|\d{1,3}\.(?!\d))\s*")  # a list number: "1." or "[1]"
_DOI_HINT = _regex.compile(r"doi|10\.\d{4}", re.IGNORECASE)
_TRAILING_PUNCT = _regex.compile(r"[\s,.]+$")
_LANG_NOTE = _regex.compile(
    r"[\s.]*[(\[](?:Article\s+)?in\s+[A-Z][a-z]+(?:\s+with\s+[A-Z][a-z]+\s+abstract)?[)\]]\.?\s*$")
# HAL's identifiers after a citation, the DOI among them: '. ⟨10.1051/jphysrad:…⟩. ⟨jpa-00235190⟩'
_ANGLE_TAIL = _regex.compile(r"(?:[.,]?\s*⟨[^⟩]{1,200}⟩)+\.?\s*$")
_SPACED_SCHEME = _regex.compile(r"\b(https?)\s*:\s*/\s*/\s*")
# (glued to the pages before it too, as a page without white space between its elements prints it: 'e44753doi: 10.…')
_DOI_TAIL = _regex.compile(r"[.,;\s]*(?:\bdoi\s*[:：]?\s*|(?<=\d)doi\s*[:：]\s*|https?://(?:dx\.)?doi\.org/)\S.*$",
                           re.IGNORECASE)
_TAIL = _regex.compile(
    # "2022(3): 312-319": a journal without volumes prints the issue right after the year; "2025: 1-12" neither
    r"(?P<year>(?:1[5-9]|20)\d{2})[a-z]?\s*(?:[,，;]\s*(?:Vol\.?\s*)?(?P<volume>[A-Za-z]?\d+[A-Za-z]?)?|(?=\s*[(（:：]))\s*"
    r"(?:[(（]\s*(?P<issue>[^()（）]{1,15}?)\s*[)）])?\s*(?:(?:[:：]|,\s*pp?\.)\s*(?P<pages>" + PAGES + r"))?"
    r"\s*\.?\s*$"  # (HAL's ', pp.444-445' after the issue)
)
# GOST 7.0.5 (Russian journals): "Петрова А.С. Заглавие // Журнал. 2022. Т. 14, № 3. С. 45–58"; the older GOST
# 7.1's dashes between the parts: "// Журнал. – 2021. – Том 2. – № 3. – С. 181-200."
_GOST_JOURNAL = _regex.compile(r"^(?P<journal>.+?)\.\s+(?:[–—-]\s+)?(?P<year>(?:1[5-9]|20)\d{2})\b(?P<rest>.*)$")
_GOST_PARTS = {
    "volume": _regex.compile(r"(?:\bТ\.|\bТом\b|\bVol\.|\bCilt)\s*(\d+)", re.IGNORECASE),
    "issue": _regex.compile(r"(?:№|\bNo\.|\bВып\.|\bIss\.|\bSayı)\s*([\dA-Za-z\-/]{1,10})", re.IGNORECASE),
    # (and Hindawi's e-locator in its own citations: '…, vol. 2020, Article ID 5609623, 6 pages, 2020.')
    "pages": _regex.compile(r"(?:\bС\.|\bpp?\.|\bS\.)\s*(" + PAGES + r")|(?<=\bArticle ID )(\d+)", re.IGNORECASE),
}


def _gost_parts(text: str, start: int = 0) -> dict[str, str | None]:
    """The volume, issue and pages labelled in ``text`` from ``start`` ('Т. 14, № 3. С. 45–58'), each the value of
    whichever of its pattern's groups matched."""
    found = {field: p.search(text, start) for field, p in _GOST_PARTS.items()}
    return {field: m.group(m.lastindex or 1) if m else None for field, m in found.items()}


# a title in quotes after the authors (AMS, Math-Net.Ru, MLA): 'I. I. Ivanov, P. P. Petrov, “Title”, Theoret. and
# Math. Phys., 203:1 (2020), 1–17', 'M. Rudelson, "Title", Duke Math. J. 100 (1999), no. 2, 301–331', 'Smith, John.
# “Title.” Journal, vol. 5, no. 2, 2020, pp. 3-20', 'И. И. Иванов, «Заглавие», Журнал, 2020, т. 5, № 2, с. 3–20'
_QUOTED = _regex.compile(r"^(?P<authors>[^“”\"«»„]{2,400}?)\s*[,.]\s*[“\"«„](?P<title>[^“”\"«»„]{3,400}?)"
                         r"(?:[.?!,][”\"»“]|[”\"»“]\s*[,.])\s*(?P<rest>.{4,})$")
# (the quote closes the title: '”,' '.”', or IEEE's ',"': '"Title," Journal, vol. 5')

_QUOTED_AMS_REST = _regex.compile(
    r"^(?P<journal>[^\d]{2,150}?)[,.]?\s+(?P<volume>\d{1,5})(?:\s*:\s*(?P<issue>[\w\-/]{1,10}))?\s*"
    r"\((?P<year>(?:1[5-9]|20)\d{2})\)(?:\s*,\s*(?:no\.\s*(?P<issue2>[\w\-/]{1,10})\s*,\s*)?(?:pp?\.\s*)?"
    r"(?P<pages>" + PAGES + r"))?")
# Project Euclid's: '…." Adv. Differential Equations 19 (3/4) 245 - 282, March/April 2014' (month or season, year)
_QUOTED_DATED_REST = _regex.compile(
    r"^(?P<journal>[^\d]{2,150}?)[,.]?\s+(?P<volume>\d{1,5})\s*(?:\((?P<issue>[^)]{1,15})\))?\s*[,:]?\s*(?:pp?\.\s*)?"
    r"(?P<pages>" + PAGES + r")\s*,\s*" + DATE_BEFORE_YEAR + r"(?P<year>(?:1[5-9]|20)\d{2})$")
_JOURNAL_LEAD = _regex.compile(r"^(?P<journal>\D{2,150}?)\s*[,.]\s*(?=(?:vol\b|v\.|т\.|no\.|№|\d))", re.IGNORECASE)
_YEAR = _regex.compile(r"\b(?:1[5-9]|20)\d{2}\b")
_APA = _regex.compile(r"^(?P<authors>.+?)\s*\((?P<year>(?:1[5-9]|20)\d{2})[a-z]?(?:,[^)]*)?\)\.?\s*(?P<rest>.+)$")
# "Piwowar H, Priem J. 2018. Title. PeerJ 6:e4375": the year after the authors, between stops (PeerJ, eLife)
_AUTHORS_STOP_YEAR = _regex.compile(r"^(?P<authors>[^.]+?(?:\.[^.\d][^.]*?)*?)\.\s+"
                                    r"(?P<year>(?:1[5-9]|20)\d{2})[a-z]?\.\s+(?P<rest>.+)$")
# ACS's "Cite this: J. Phys. Chem. A 2001, 105, 13, 3365–3370": the source alone, journal abbreviated (the
# year may be missing: it sits in an element of its own)
_SOURCE_ONLY = _regex.compile(r"^(?P<journal>[A-Z][A-Za-z]{0,14}\.?(?:\s+(?:[A-Z][A-Za-z]{0,14}\.?|&|of|and|the)){0,8})"
                              r"\s+(?:(?P<year>(?:1[5-9]|20)\d{2}),\s*)?(?P<volume>\d+)(?:,\s*(?P<issue>\d+))?,\s*"
                              r"(?P<pages>" + PAGES + r")\.?$")
# Springer Nature's 'Cite this article': "Jumper, J., Evans, R. et al. Title. Nature 596, 583–589 (2021)"
_JOURNAL_VOLUME_PAGES_YEAR = _regex.compile(r"(?<=[.?!])\s+(?P<journal>[A-Z][^.]{0,100}?)\s+(?P<volume>\d{1,5}),\s*"
                                             r"(?P<pages>" + PAGES + r")\s*\((?P<year>(?:1[5-9]|20)\d{2})\)$")
_TAIL_NO_YEAR = _regex.compile(r"[,，]\s*(?P<volume>[A-Za-z]?\d+[A-Za-z]?)\s*"
                           r"(?:[(（]\s*(?P<issue>[^()（）]{1,15}?)\s*[)）])?"
                           r"\s*[:：]\s*(?P<pages>" + PAGES + r")\s*\.?\s*$")
_TAIL_YEAR_ONLY = _regex.compile(r"[,，]\s*(?P<year>(?:1[5-9]|20)\d{2})[a-z]?\s*\.?\s*$")
_LEADING_YEAR = _regex.compile(r"^(?P<year>(?:1[5-9]|20)\d{2})[a-z]?\s*[.,]\s*")
_VANCOUVER_REST = _regex.compile(r"^(?P<title>.+?[.?!])\s+(?P<journal>[^.]+?)\s+(?P<volume>\d+)\s*"
                             r"\((?P<issue>[^)]+)\)\s*:\s*"
                             r"(?P<pages>" + PAGES + r")\.?\s*$")
# "Title. Front. Psychol. 5:781": an abbreviated journal (stops inside), volume, optional issue, colon, pages
_ABBREVIATED_REST = _regex.compile(r"^(?P<title>.+?[.?!])\s+(?P<journal>[A-Z][^:;()]*?)\.?\s+(?P<volume>\d+)\s*"
                                   r"(?:\((?P<issue>[^)]+)\))?\s*:\s*(?P<pages>" + PAGES + r")\.?\s*$")
# a label left before the citation, any whose words say 'cite' ('引用本文', '文献引用格式', 'Reference format', 'How to
# cite this article'): the labels table names the common ones, this takes the rest
_CITATION_LABEL = _regex.compile(r"^\s*[\[【]?(?:[^\s:：\d,，.]{0,6}(?:引用|引文)[^\s:：\d,，.]{0,6}|"
                                 r"(?:[A-Za-z]+\s+){0,4}(?:[Cc]it(?:e|ation|ing)|[Rr]eference)(?:\s+[A-Za-z]+){0,4})"
                                 r"\s*[\]】]?\s*[:：]\s*")


def _journal_before(text: str) -> tuple[str, str | None]:
    """Split 'authors. title. Journal' at the last stop, or where an abbreviated journal's name starts ('…. Front.
    Psychol.'): (head, journal)."""
    cuts = [m.end() for m in re.finditer(r"\.(?=\s*\S)", text)]
    if not cuts:
        return "", text.strip(" .,") or None
    cut = abbreviated_journal_start(text) or cuts[-1]
    return text[:cut], text[cut:].strip(" ,").removesuffix(".") or None


def _parse_apa(c: Citation, body: str) -> bool:
    m = _APA.match(body)
    if not m:
        return False
    authors, c.et_al = split_authors(m.group("authors"))
    if not plausible_authors(authors):
        return False
    c.authors, c.year = authors, int(m.group("year"))
    tail = m.group("rest").strip()
    rest = TITLE_JOURNAL_REST.match(tail) or _VANCOUVER_REST.match(tail) or _ABBREVIATED_REST.match(tail) \
        or QUOTED_TITLE_REST.match(tail)
    if rest:
        c.title = rest.group("title").strip(" .")
        c.journal = rest.group("journal").strip()
        c.volume, c.issue = clean_number(rest.group("volume")), clean_number(rest.group("issue"))
        c.pages = clean_pages(rest.group("pages"))
    else:
        c.title = m.group("rest").split(". ")[0].strip(" .")
    return True


def _parse_author_stop_year(c: Citation, body: str) -> bool:
    """'Authors. 2018. Title. Journal 6(2):e4375': taken only when the part after the year has that shape."""
    m = _AUTHORS_STOP_YEAR.match(body)
    rest = m and (_VANCOUVER_REST.match(m.group("rest")) or _ABBREVIATED_REST.match(m.group("rest")))
    if not m or not rest:
        return False
    authors, et_al = split_authors(m.group("authors"))
    if not plausible_authors(authors):
        return False
    c.authors, c.et_al, c.year = authors, et_al, int(m.group("year"))
    c.title, c.journal = rest.group("title").strip(" ."), rest.group("journal").strip()
    take(c, {"volume": rest.group("volume"), "issue": rest.group("issue"), "pages": rest.group("pages")})
    return True


# IOP's house style: 'D N Astrov et al 1976 Metrologia 12 143', 'A E Pazarçeviren et al 2019 Biomed. Mater. 14 035018'
# (the authors, the year, the journal, its volume and the first page or article number, no title)
_HOUSE_STYLE = _regex.compile(r"^(?P<authors>[^\d,;]{3,200}?)\s+(?P<year>(?:1[5-9]|20)\d{2})\s+"
                              r"(?P<journal>[A-Z][^\d,;]{0,100}?)\s+(?P<volume>\d{1,4})\s+(?P<pages>[A-Za-z]?\d{1,8})$")


def _parse_house_style(c: Citation, body: str) -> bool:
    m = _HOUSE_STYLE.match(body)
    authors, et_al = split_authors(m.group("authors")) if m else ([], False)
    if not m or not plausible_authors(authors):
        return False
    c.authors, c.et_al, c.journal = authors, et_al, m.group("journal")  # ('Biomed. Mater.' keeps its stop)
    take(c, m.groupdict())
    return True


def _parse_source_only(c: Citation, body: str) -> bool:
    m = _SOURCE_ONLY.match(body)
    if not m:
        return False
    c.journal = m.group("journal")
    take(c, m.groupdict())
    return True


def _parse_gost(c: Citation, body: str) -> bool:
    head, separator, source = body.partition(" // ")
    m = _GOST_JOURNAL.match(source.strip()) if separator else None
    if not m:
        return False
    c.authors, c.title, c.et_al = authors_and_title(head)
    c.journal, c.year = m.group("journal").strip(" .,"), int(m.group("year"))
    take(c, _gost_parts(m.group("rest")))
    return True


_NAME_STOP = _regex.compile(r"(?<=[a-z])\.\s+(?=[A-Z])")  # a stop after a surname, before the next given name


def _parse_quoted(c: Citation, body: str) -> bool:
    """Authors, the title in quotes, then the journal with its volume, issue, year and pages in either order."""
    m = _QUOTED.match(body) if ("“" in body or '"' in body or "«" in body or "„" in body) else None
    if not m:
        return False
    authors, et_al = split_authors(m.group("authors"))
    if len(authors) == 1 and _NAME_STOP.search(authors[0]):  # 'Matt Holzer. Tasso J. Kaper': a stop between names
        authors = _NAME_STOP.split(authors[0])
    if not plausible_authors(authors):
        return False
    rest = m.group("rest")
    if ams := _QUOTED_AMS_REST.match(rest):  # 'Journal, 203:1 (2020), 3–20'
        c.journal = ams.group("journal")
        take(c, {**ams.groupdict(), "issue": ams.group("issue") or ams.group("issue2")})
    elif chicago := CHICAGO_SOURCE.match(rest):  # 'Journal 12, no. 3 (2020): 1234'
        c.journal = chicago.group("journal")
        take(c, chicago.groupdict())
    elif dated := _QUOTED_DATED_REST.match(rest):
        c.journal = dated.group("journal")
        take(c, dated.groupdict())
    elif (lead := _JOURNAL_LEAD.match(rest)) and (year := _YEAR.search(rest)):  # 'Journal, 2020, т. 5, № 2, с. 3–20'
        c.journal = lead.group("journal")
        take(c, {"year": year.group(0), **_gost_parts(rest, lead.end())})
    else:
        return False
    c.authors, c.et_al, c.title, c.journal = authors, et_al, m.group("title").strip(" .,"), c.journal.strip(" .,")
    return True


def parse_citation(text: str) -> Citation:
    """Parse a printed citation into its parts; parts it cannot find stay None."""
    original = clean_block(_CITATION_LABEL.sub("", text))
    c = Citation(text=original)
    body = ascii_punctuation(numbers(original))
    if _ANY_FULLWIDTH_FORM.search(body):
        body = body.translate(_FULLWIDTH_FORMS)
    body = " ".join(body.split())
    if "http" in body:
        body = _SPACED_SCHEME.sub(r"\1://", body)  # 'https: //doi.org/…', 'http: / / www…' (a PDF's spacing)
    body = _LIST_NUMBER.sub("", body)  # a list number: "1." or "[1]"
    body = _LANG_NOTE.sub("", body)
    c.doi = find_doi(body) if _DOI_HINT.search(body) else None
    if "⟩" in body:
        body = _ANGLE_TAIL.sub("", body)
    body = _DOI_TAIL.sub("", body).strip()
    if c.doi and body.endswith(c.doi):
        body = body[: -len(c.doi)].strip(" .,")
    body = _LANG_NOTE.sub("", body).rstrip(" .")
    if "http" in body or "[" in body:
        body = _ONLINE_TAIL.sub("", body).rstrip(" .")
    c.lang = detect(body)
    marked = TYPE_MARK.search(body) is not None  # '[J]': GB/T 7714's order, read by _parse_ordered
    if not (_parse_source_only(c, body) or _parse_house_style(c, body) or _parse_gost(c, body)
            or (not marked and (parse_chicago_author_date(c, body) or _parse_quoted(c, body)))
            or _parse_apa(c, body) or (not marked and (_parse_author_stop_year(c, body) or parse_acs(c, body)
                                                       or parse_harvard(c, body) or _parse_year_last(c, body)))):
        _parse_ordered(c, body)
    if c.title and c.title.endswith((")", "]")):  # 'Title (in Chinese)': Science China's note, not the title's
        c.title = _LANG_NOTE.sub("", c.title) or c.title
    if c.title and sum(ch.isalpha() for ch in c.title[:40]) >= 3:
        c.lang = detect(c.title)  # a citation's language is its title's (not a stray ', 3–20' taken for one)
    c.doi = clean_doi(c.doi)
    return c


def _parse_year_last(c: Citation, body: str) -> bool:
    """'Authors. Title. Journal 596, 583–589 (2021)': the journal, volume and pages after the title, the year last."""
    m = _JOURNAL_VOLUME_PAGES_YEAR.search(body)
    if not m:
        return False
    authors, title, et_al = authors_and_title(body[: m.start()])
    if not authors or not title:
        return False
    c.authors, c.title, c.et_al, c.journal = authors, title, et_al, m.group("journal")
    take(c, m.groupdict())
    return True


def _parse_ordered(c: Citation, body: str) -> None:
    """GB/T 7714, Vancouver and the like: authors, title, [type mark], journal, then year, volume(issue): pages
    at the end (or the year after the authors)."""
    mark = TYPE_MARK.search(body)
    tail = _TAIL.search(body) or _TAIL_YEAR_ONLY.search(body)
    before_tail = body[: tail.start()] if tail else body
    if tail is None and mark:  # author-year order: "作者. 2019. 题名[J]. 刊名, 74(5): 871-880"
        tail = _TAIL_NO_YEAR.search(body)
    if tail:
        take(c, tail.groupdict())
    if mark and (not tail or mark.start() < tail.start()):
        c.type_mark = mark.group(0)
        head = body[: mark.start()]
        c.journal = body[mark.end(): tail.start() if tail else len(body)].strip(" .,;") or None
        if c.journal is None and tail and head.count(". ") >= 2:  # after the journal: '…报道. 地理研究[J], 2021, …'
            head, c.journal = _journal_before(head)
    elif tail:
        head, c.journal = _journal_before(before_tail.rstrip(" ,"))
    else:
        head = body
    c.authors, c.title, c.et_al = authors_and_title(head)
    if any(ch.isdigit() for name in c.authors for ch in name):
        c.authors = []  # no name holds a digit: a source line read as names ('eLife 2019;8:e44753')
    lead = _LEADING_YEAR.match(c.title or "")
    if lead and c.title:
        c.year = c.year or int(lead.group("year"))
        c.title = c.title[lead.end():] or None
    if c.journal:
        c.journal = _TRAILING_PUNCT.sub("", c.journal) or None

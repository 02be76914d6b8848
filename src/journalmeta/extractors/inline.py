"""Volume, issue, year and pages printed as ``Label: value`` in short blocks (``Том: 7 Номер: 5``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from journalmeta import _regex
from journalmeta._hanzi import either_form, spellings
from journalmeta.dates import DATE_TEXT, with_day
from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.inline_labels import GATED_HINTS, INLINE_ABBREVIATIONS, INLINE_FIELDS, INLINE_HINTS
from journalmeta.labels import LABELS

_SCAN = 400
_ISSUE_YEAR = 5.0  # block 4.0 - 0.5 + 5.0: above a meta publication date agreeing with a printed citation
_YEAR = _regex.compile(r"(?:19|20)\d\d")
_MAX_BLOCK = 160
_DIGIT = _regex.compile(r"\d")  # every inline value is a number: a quick look before the labels


@cache
def _patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple((field, lang, _regex.compile(either_form(p))) for field, by_lang in INLINE_FIELDS.items()
                 for lang, patterns in by_lang.items()
                 for p in ((patterns,) if isinstance(patterns, str) else patterns))


def label_patterns(fields: tuple[str, ...]) -> list[str]:
    """The inline label patterns of these fields (Traditional forms included), as pattern text."""
    return [pattern.pattern for field, _, pattern in _patterns() if field in fields]


DATE_KINDS = ("received", "revised", "accepted", "published", "online")


# what follows a date label: 'Received on', 'Published date (online):', then the date
_AFTER_DATE_LABEL = _regex.compile(rf"\s*(?:on|date)?\s*(?:\([^()]{{1,20}}\)\s*)?[:：]?\s*{DATE_TEXT}", re.IGNORECASE)


@cache
def _date_labels() -> tuple[re.Pattern[str], dict[str, str]]:
    """The date labels lower-cased (in both Han forms), and the kind each names: a literal search
    in the lower-cased block finds them ~20x cheaper than a case-insensitive pattern tried at every position."""
    kinds: dict[str, str] = {}
    for kind in DATE_KINDS:
        for group in LABELS[kind].values():
            for label in group:
                kinds.setdefault(label.lower(), kind)
                for spelling in spellings(label.lower()):  # '發佈日期'
                    kinds.setdefault(spelling, kind)
    return _regex.compile(_regex.alternation(kinds)), kinds  # the longest label where several start at one place


def dates(page: Page) -> Iterator[Candidate]:
    """History dates, several to a block: ``收稿日期: 2021-03-12; 修回日期: 2021-05-02``."""
    done: set[str] = set()
    for block in page.blocks[:_SCAN]:
        text = block.text
        if (len(text) < 20 or text.endswith((":", "："))) and block.index + 1 < len(page.blocks):
            # "收稿日期:" with the date on the next line (a table's th and td), or in a text rendering past a line with
            # no year in it (a catalogue's 'Published' / the publisher's name / '30.04.2020')
            value = page.blocks[block.index + 1].text
            if not page.is_html:
                value = _past_publisher_lines(page, block.index + 1) or value
            # (read as after a colon: a year alone under its label, '出版年月' / '2017年', is '出版年月: 2017年')
            text = f"{text} {value[:40]}" if text.endswith((":", "：")) else f"{text}: {value[:40]}"
        if len(text) > 400 or not _YEAR.search(text):
            continue
        for kind, date in _labelled_dates(text):
            if kind not in done:
                done.add(kind)
                if kind == "year":  # a publication date without its day: its year, below a labelled or cited one
                    yield Candidate.of("year", date, "block:publication-year", bonus=-0.5)
                else:
                    yield Candidate.of(f"dates.{kind}", date, "block:dates")


_PUBLISHER_LINE = 80
_PUBLISHER_LINES = 2  # a publisher's place and name a line each ('Published' / 'New York' / 'IEEE' / '01.02.2016')


def _past_publisher_lines(page: Page, start: int) -> str | None:
    """The first line with a year after a lone date label, past a publisher's short lines with none (not past
    another label: 'Received' / 'Revised' / the date)."""
    for index in range(start, min(start + _PUBLISHER_LINES, len(page.blocks) - 1)):
        value = page.blocks[index].text
        if len(value) > _PUBLISHER_LINE or _YEAR.search(value) or ":" in value or "：" in value \
                or _date_labels()[0].search(value.lower()):
            return None
        if _YEAR.search(after := page.blocks[index + 1].text):
            return after
    return None


def _labelled_dates(text: str) -> Iterator[tuple[str, str]]:
    """(kind, printed date) for each date label in ``text`` with a date right after it; ('year', its year) for a
    publication date printed without its day."""
    labels, kinds = _date_labels()
    lower = text.lower()
    if len(lower) != len(text):  # a letter lower-cased to two characters: keep the positions
        lower = "".join(ch.lower()[:1] for ch in text)
    end = 0
    for hit in labels.finditer(lower):
        m = _AFTER_DATE_LABEL.match(text, hit.end()) if hit.start() >= end else None
        if m is None and hit.start() == 0 and kinds[hit.group(0)] == "published":
            m = _PUBLISHER_THEN_DATE.match(text, hit.end())  # a catalogue's 'Published <publisher> 30.04.2022'
        if m and with_day(m):
            end = m.end()
            yield kinds[hit.group(0)], m.group(1)
        elif kinds[hit.group(0)] == "published" and hit.start() >= end:  # ('Issue date April 2022', 'First
            year = m["y1"] or m["y3"] if m else _year_after_colon(text, hit.end())  # published: 1926'): the year
            if year:
                end = m.end() if m else hit.end()
                yield "year", year


_PUBLISHER_THEN_DATE = _regex.compile(rf"\s+[^\d:：]{{2,{_PUBLISHER_LINE}}}?\s+{DATE_TEXT}\s*$")
_YEAR_AFTER_COLON = _regex.compile(r"\s*[:：]\s*((?:1[6-9]|20)\d\d)(?![\d/.-])")


def _year_after_colon(text: str, at: int) -> str | None:
    m = _YEAR_AFTER_COLON.match(text, at)
    return m.group(1) if m else None


def starts_with_dated_label(text: str) -> bool:
    """Whether a block starts with a history-date label and its date ('Received 17 October 2019; …')."""
    labels, _ = _date_labels()
    hit = labels.match(text[:40].lower())
    return hit is not None and _AFTER_DATE_LABEL.match(text, hit.end()) is not None


@cache
def _gated_patterns() -> tuple[tuple[str, str, str | None, re.Pattern[str]], ...]:
    """The patterns with the gated language each is tried under ('ru-line' → 'ru'), None for the ungated."""
    gates = {lang: lang.split("-", 1)[0] for _, lang, _ in _patterns()}
    return tuple((field, lang, gate if (gate := gates[lang]) in GATED_HINTS else None, pattern)
                 for field, lang, pattern in _patterns())


@cache
def _any_inline() -> re.Pattern[str]:
    """Every ungated pattern in one: the look before trying them one by one."""
    return _regex.compile("|".join(f"(?:{p.pattern})" for _, _, gate, p in _gated_patterns() if gate is None))


def _gated_languages(lower: str) -> set[str]:
    """The gated languages one of whose label words the lower-cased block holds."""
    return {lang for lang, hints in GATED_HINTS.items() if any(hint in lower for hint in hints)}


@cache
def _hints() -> re.Pattern[str]:
    hints = dict.fromkeys(form for hint in INLINE_HINTS for form in spellings(hint))  # literals: fast
    return _regex.compile(_regex.alternation(hints))


@cache
def _abbreviated_hints() -> re.Pattern[str]:
    # no look-behind for the word's start (it would turn off the scan for the first letter): only a hint
    return _regex.compile(rf"(?:{_regex.alternation(INLINE_ABBREVIATIONS)})\.\s*\d")


def _hinted(text: str) -> bool:
    """Whether ``text`` holds a word some inline label starts with (a search for literals, ~20x cheaper than
    trying the combined label pattern at every position)."""
    return _hinted_lower(text.lower())


def _hinted_lower(lower: str) -> bool:
    return _hints().search(lower) is not None or _abbreviated_hints().search(lower) is not None


def extract(page: Page) -> Iterator[Candidate]:
    """The first value per field, from blocks that print at least two such labels (a citation line)."""
    done: set[str] = set()
    bare_year = False  # a labelled year further down still counts over an issue line's unlabelled one
    for block in page.blocks[:_SCAN]:
        text = block.text
        colon = ": " if text.isascii() else "："  # (the Latin labels' patterns know the ASCII colon)
        if len(text) <= 8 and block.index + 1 < len(page.blocks) and not _DIGIT.search(text) \
                and _hinted(text.rstrip(":： ") + colon):
            # a table's label cell and value cell; a lone 'Label:' over its value ('年份：' / '2019', 'Year' / '2024')
            text = f"{text.rstrip(':： ')}{colon}{page.blocks[block.index + 1].text[:40]}"
        if len(text) > _MAX_BLOCK or not _DIGIT.search(text):
            continue
        lower = text.lower()
        if not _hinted_lower(lower):
            continue
        gated = _gated_languages(lower)
        if not gated and not _any_inline().search(text):
            continue
        hits = [(field, lang, m) for field, lang, gate, pattern in _gated_patterns()
                if (gate is None or gate in gated) and (m := pattern.search(text))]
        fields = {field for field, _, _ in hits}
        labelled_year = any(field == "year" and not lang.endswith("-line") for field, lang, _ in hits)
        issue_line = labelled_year and (bool(fields & {"volume", "issue"}) or any(
            m.group(0).startswith("Issue") for field, _, m in hits if field == "year"))
        if len(fields) < 2 and not issue_line and not (len(text) < 50 and any(_at_start(text, m) for _, _, m in hits)):
            continue
        for field, lang, m in hits:
            if field not in done:
                done.add(field)
                # the year an issue line labels is the issue's: the bibliographic year, over a later online date
                bonus = _ISSUE_YEAR if field == "year" and issue_line else 0.0
                yield Candidate.of(field, m.group(1), f"block:{lang}-{field}", bonus=bonus - 0.5)
        if not bare_year and "year" not in done and "volume" in fields and fields & {"issue", "pages"}:
            year = _bare_year(text, [m.span() for _, _, m in hits])
            if year:
                bare_year = True
                yield Candidate.of("year", year, "block:issue-line-year", bonus=-1.0)


def _at_start(text: str, match: re.Match[str]) -> bool:
    """Whether a label opens the block, or only a bracket before it ('【年份】2019')."""
    return match.start() == 0 or text[:match.start()] in _OPENING_BRACKETS


_OPENING_BRACKETS = frozenset("【[〔")
_BARE_YEAR = _regex.compile(r"(?<![\d./-])(?:1[89]|20)\d\d(?![\d./-])")


def _bare_year(text: str, taken: list[tuple[int, int]]) -> str | None:
    """The one year an issue line prints without a label ('Volume 145, July 2023, Pages 228-237'; 'Volume 1, 2015
    - Issue 1'), outside the values the labels took."""
    years = {m.group(0) for m in _BARE_YEAR.finditer(text)
             if not any(start <= m.start() < end for start, end in taken)}
    return years.pop() if len(years) == 1 else None

"""Journal names no label gives: a part of the page's ``<title>`` ('Article - Genders OnLine Journal'), a block
whose class names the journal's title ('h2.publication-title'), or a masthead block right above the issue line
('D-Lib Magazine' over 'May/June 2017' over 'Volume 23, Number 5/6'). Weak candidates: they fill the field only
when nothing names the journal."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from journalmeta import _regex
from journalmeta.document.model import Block, Page
from journalmeta.extractors import inline
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.citation import looks_like_citation
from journalmeta.extractors.header import TITLE_PARTS
from journalmeta.extractors.names import HAN_SERIALS, is_menu_line
from journalmeta.labels import JOURNAL_WORDS
from journalmeta.lang import GLUED_LANGS, detect, has_han, script_language
from journalmeta.normalize import squash, year_of

__all__ = ["SITE_NAME", "extract", "is_issue_line", "journal_before_issue", "journal_language", "journal_name",
           "journal_shaped", "journal_word_languages", "named_journal", "under_kind_line"]

_SCAN = 30
# a journal's name by its shape, never an article's title: 'Journal of Urban Geography Studies', 'International
# Journal for …', 'Revista de …', 'Вестник …', '… Dergisi', 'مجلة …' (Arabic), 'فصلنامه …' (a Persian quarterly)
_NAME_STARTS = ("Revista", "Zeitschrift", "Вестник", "Известия", "Журнал", "مجلة", "مجله", "فصلنامه", "دوفصلنامه")
# the Turkic word for bulletin or news after the institution's name: 'ҚазҰУ Хабаршысы. Филология сериясы'
_NAME_WORDS_AFTER = ("Хабаршысы", "Хабарлары", "Жаршысы", "Жарчысы")
# (capitalised words or numbers before 'Journal of': 'İstanbul 29 Mayıs University Journal of Education')
_JOURNAL_NAME = _regex.compile(r"^(?:The\s+)?(?:(?:[A-ZÀ-ÖØ-ÞİŞĞ]\w+|\d+)\s+){0,4}Journal\s+(?:of|for|on)\b|"
                               rf"^(?:{'|'.join(_NAME_STARTS)})\s|\bDergisi$|"
                               rf"^\S+(?:\s+\S+){{0,3}}\s+(?:{'|'.join(_NAME_WORDS_AFTER)})(?![^\W\d_])")
_DATE_LINE = _regex.compile(r"^[A-Z][a-z]+\.?(?:/[A-Z][a-z]+\.?)?\s*[\s,]\s*(?:19|20)\d\d$|^(?:19|20)\d\d\s*年")
# a site's name, not a journal's or an article's: 'SciELO - Scientific Electronic Library Online'
SITE_NAME = r"\b(?:Electronic|Digital|Online|Virtual) Library\b"
# (a number of a word or two, as a university's date is, may stand in a name: 'İstanbul 29 Mayıs University Journal
# of Education'; a year, a volume or an issue number may not)
_NOT_A_NAME = _regex.compile(rf"\d{{3}}|\d\s*[,:(]|[,:(]\s*\d|^\d|\d$|https?:|[|@©>›»]|\bVol\b|\bNo\.|{SITE_NAME}")
_PUBLISHER = _regex.compile(r"\s*\([^()]*\)$")  # 'The Journal of Physical Chemistry A (ACS Publications)'
_DIGIT = _regex.compile(r"\d")


@cache
def _journal_word() -> re.Pattern[str]:
    """One pattern for every journal word: whole words in alphabetic scripts, anywhere in Han and Hangul text."""
    words = sorted({w for group in JOURNAL_WORDS.values() for w in group}, key=lambda w: (-len(w), w))
    glued = {w for w in words if has_han(w) or script_language(w) in GLUED_LANGS}  # no spaces around them
    alphabetic = [re.escape(w) for w in words if w not in glued]
    return _regex.compile(rf"\b(?:{'|'.join(alphabetic)})\b|{'|'.join(re.escape(w) for w in words if w in glued)}",
                          re.IGNORECASE)


@cache
def _issue_line() -> re.Pattern[str]:
    """A volume or issue label of the inline table at the start of a line, after the year or not: 'Volume 23,
    Number 5/6', 'Том 12, № 3, 2020', 'Cilt 8, Sayı 2', '第32卷第5期', '제36권 제4호', '2020. Т. 12, № 3', DergiPark's
    'Yıl 2025, Cilt: 22 Sayı: 3', 'Year 2023, Issue: 13' and, with neither, 'Yıl 2022, , 86 - 107'."""
    labels = "|".join(f"(?:{pattern})" for pattern in inline.label_patterns(("volume", "issue")))
    return _regex.compile(rf"(?:(?:Year\s+|Yıl\s+)?(?:19|20)\d\d\s*[.,年]?\s*)?(?:{labels})"
                          r"|(?:Year|Yıl)\s+(?:19|20)\d\d\s*,\s*,\s*\d+\s*[-–]\s*\d+")


def is_date_line(text: str) -> bool:
    """An issue's date on a line of its own ('May/June 2017', 'Jun.,2015', '2015年 6月')."""
    return _DATE_LINE.match(text) is not None


def is_issue_line(text: str) -> bool:
    """Whether a block starts with an issue's volume or number ('Том 12, № 3, 2020'): a masthead sits above it."""
    return _issue_line().match(text) is not None


def journal_name(text: str) -> bool:
    """Whether a line is a journal's name by its shape (literal looks first: most lines have none of the words)."""
    return ("Journal" in text or text.endswith("Dergisi") or text.startswith(_NAME_STARTS)
            or any(word in text for word in _NAME_WORDS_AFTER)) and _JOURNAL_NAME.search(text) is not None


_LATIN_JOURNAL_WORDS = frozenset(word for words in JOURNAL_WORDS.values() for word in words if word.isascii())
_NAME_CONNECTORS = frozenset(("of", "and", "the", "for", "in", "on", "&", "de", "der", "für"))
_FOLDED_JOURNAL_WORDS = frozenset(word.casefold() for words in JOURNAL_WORDS.values() for word in words)


def journal_shaped(text: str) -> bool:
    """A short line in title case ending with a journal's word ('Food Systems Review', 'Library Systems
    Quarterly') or opening with one ('Journal of Hydrology'): looser than :func:`journal_name`, it may be a title
    too, and only tells which of two lines over one byline is the masthead."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    if not text.isascii():  # ('Международный студенческий научный вестник': only its first word capitalised)
        return words[0][0].isupper() and (words[-1].casefold() in _FOLDED_JOURNAL_WORDS
                                          or words[0].casefold() in _FOLDED_JOURNAL_WORDS)
    return (words[-1] in _LATIN_JOURNAL_WORDS or words[0] in _LATIN_JOURNAL_WORDS) \
        and all(word[0].isupper() or word in _NAME_CONNECTORS for word in words)


def _plain_name(text: str, article_titles: set[str]) -> str | None:
    """A block's text as a journal's name: short, no digits, links or signs, not an article's title."""
    name = _PUBLISHER.sub("", text.strip(" -–|:"))
    if not 4 <= len(name) <= 100 or len(name.split()) > 12 or _NOT_A_NAME.search(name) \
            or squash(name) in article_titles:
        return None
    return name


def _name(text: str, article_titles: set[str]) -> str | None:
    """A journal's name with a journal word in it ('D-Lib Magazine')."""
    name = _plain_name(text, article_titles)
    if not name or not _journal_word().search(name) or (name.isascii() and not name[0].isupper()):
        return None
    return name


def named_journal(text: str) -> str | None:
    """A line that is a journal's name by its words ('Transactions of the Chinese Society of …'), as a name."""
    return _name(text, set())


def _capitalised(name: str | None) -> str | None:
    """A Latin-script name whose long words are all capitalised, as a journal's ('Advances in Applied Mathematics')."""
    words = name.split() if name and name.isascii() else []
    return name if len(words) >= 2 and all(w[0].isupper() for w in words if len(w) > 3) else None


def _language(name: str, page_lang: str | None = None) -> str:
    """The language of the journal word a name holds ('Revista' is es or pt: the text decides between them, and
    between equals the page's language; Latin 'Acta' says nothing)."""
    langs = journal_word_languages(name)
    if len(langs) == 1:
        return langs[0]
    return detect(name, default=page_lang if page_lang in langs else langs[0] if langs else "en")


def journal_language(name: str) -> str | None:
    """The one language whose journal word a name holds ('Jurnal Ilmu Pertanian Indonesia': id), if one."""
    langs = journal_word_languages(name)
    return langs[0] if len(langs) == 1 else None


def journal_word_languages(name: str) -> list[str]:
    """The languages whose journal word the name holds ('Revista': es, pt)."""
    found = _journal_word().search(name)
    word = found.group(0).lower() if found else ""
    return [lang for lang, words in JOURNAL_WORDS.items() if lang != "la" and word in {w.lower() for w in words}]


# a block whose class or id names the journal's title: ScienceDirect's 'h2.publication-title', Springer's
# 'app-article-masthead__journal-title', Frontiers' 'Ibar__journalName'
_JOURNAL_CLASS = _regex.compile(r"(?i)journal[-_]?(?:title|name)|publication[-_]?title")
_CLASS_SCAN = 300


def _class_named(page: Page, headings: set[str]) -> Iterator[Candidate]:
    for block in page.blocks[:_CLASS_SCAN]:
        key = f"{block.cls} {block.id}"
        if ("ournal" in key or "ublication" in key) and _JOURNAL_CLASS.search(key):  # (literal looks first)
            name = _plain_name(block.text, headings)
            if name:
                yield Candidate.of("journal", name, "position:journal-class", detect(name), bonus=-0.5)
                return


# an index the journal is in, listed as its badge ('Journal of Citation Report of Chinese S&T Journals (Core
# Edition)', 'Chinese Science Citation Database (CSCD) Source journal'): no journal's own name
_INDEX_BADGE = _regex.compile(r"\b(?:Core (?:Journal|Edition)|Source [Jj]ournal|"
                              r"Citation (?:Report|Database|Index)s?)\b")


def _named_by_shape(page: Page, headings: set[str]) -> Iterator[Candidate]:
    """A line near the top that is a journal's name by its shape ('Journal of Urban Geography Studies')."""
    for block in page.blocks[:_SCAN]:
        if len(block.text) <= 100 and journal_name(block.text) and not _INDEX_BADGE.search(block.text):
            name = _name(block.text, headings)
            if name:
                yield Candidate.of("journal", name, "position:journal-name", _language(name, page.lang), bonus=-0.5)
                return


# a line naming the kind of publication the next line names ('Научный журнал' / 'Современные проблемы науки и
# образования', 'Сетевое издание' / the name): a journal's masthead, whatever its words
_KIND_LINES = frozenset(("научный журнал", "сетевое издание", "научно-практический журнал",
                         "электронный научный журнал", "рецензируемый научный журнал", "научное издание",
                         "scientific journal", "online journal", "electronic journal", "peer-reviewed journal",
                         "bilimsel dergi", "hakemli dergi"))


def under_kind_line(page: Page, block: Block) -> bool:
    """Whether the line above names the kind of publication this line is the name of."""
    return 0 < block.index < _SCAN and page.blocks[block.index - 1].text.strip(" :").casefold() in _KIND_LINES


def _named_by_kind(page: Page, headings: set[str]) -> Iterator[Candidate]:
    for block in page.blocks[1:_SCAN]:
        if under_kind_line(page, block) and (name := _plain_name(block.text, headings)):
            yield Candidate.of("journal", name, "position:masthead", _language(name, page.lang), bonus=-0.5)
            return


# a journal's editor-in-chief under its name on the journal's pages ('Bibliotheksdienst' / 'Editor-in-Chief: …')
_CHIEF_EDITOR = _regex.compile(r"^(?:Editors?[- ]in[- ]Chief|Chief Editors?|Главный редактор|Редактор-составитель|"
                               r"Editor jefe|Editora? en jefe|主\s*编)\s*[:：]")


def _named_over_chief_editor(page: Page, headings: set[str]) -> Iterator[Candidate]:
    for block in page.blocks[1:_SCAN]:
        above = page.blocks[block.index - 1].text
        if _CHIEF_EDITOR.match(block.text) and ":" not in above and "：" not in above \
                and (name := _plain_name(above, headings)):  # (no field of the journal's card: '主办：…' / '主编：…')
            yield Candidate.of("journal", name, "position:masthead", _language(name, page.lang), bonus=-0.5)
            return


_ISSUE_LINE_LENGTH = 150
_ISSUE_AFTER = _regex.compile(r"\D\d")
_NAME_END = " ,;:-–—|."


def _named_before_issue(page: Page, headings: set[str]) -> Iterator[Candidate]:
    """A journal's name printed before its issue on one line ('Polimeri : časopis za plastiku i gumu, Vol. 41 No. 2,
    2020.'): the words before the volume label, when they read as a name (no digits, links or signs)."""
    for block in page.blocks[:_SCAN]:
        name = journal_before_issue(block.text, headings)
        if name is None:
            continue
        if name:
            yield Candidate.of("journal", name, "position:issue-line", _language(name, page.lang), bonus=-0.5)
        return


def journal_before_issue(text: str, article_titles: set[str]) -> str | None:
    """The journal's name an issue line opens with ('First Monday, Volume 25, Number 10 - 5 October 2020'); ''
    for an issue line with no name before its volume; None for no issue line."""
    found = _issue_line().search(text) if len(text) <= _ISSUE_LINE_LENGTH and _DIGIT.search(text) else None
    if found is None or found.start() == 0 or text[found.start() - 1] not in _NAME_END \
            or not _ISSUE_AFTER.search(text, found.end()) or looks_like_citation(text):
        return None  # (an issue line has a second number after the volume's: its issue, pages or year)
    prefix = text[:found.start()].rstrip(_NAME_END)
    name = _plain_name(prefix, article_titles) if "/" not in prefix and not _issue_line().match(prefix) else None
    return name if name and not is_menu_line(name) else ""


def extract(page: Page) -> Iterator[Candidate]:
    titles = {squash(m.content) for name in ("citation_title", "dc.title", "og:title") for m in page.meta_values(name)}
    headings = titles | {squash(b.text) for b in page.blocks if b.tag == "h1"}
    named: list[Candidate] = []
    for n, part in enumerate(TITLE_PARTS.split(page.title or "")):
        # the h1 is the article's title where the <title> starts with it; a later part equal to the h1 is the
        # journal's masthead ('Quantisierung als Eigenwertproblem - … - Annalen der Physik - Wiley', h1 'Annalen…')
        name = _name(part, headings if n == 0 else titles)
        if name:
            named.append(Candidate.of("journal", name, "position:page-title", _language(name, page.lang),
                                      bonus=-0.5))
            break
    if page.is_html:
        named += _class_named(page, headings)
    named += list(_named_by_kind(page, headings)) or list(_named_over_chief_editor(page, headings)) \
        or list(_named_by_shape(page, headings))
    yield from named or _named_before_issue(page, headings)  # (the issue line's words only where nothing else is)
    for block in page.blocks[:_SCAN]:
        if not is_issue_line(block.text):
            continue
        # D-Lib's 'May/June 2017' over 'Volume 23, …'; a PDF's running head, 'Vol.35,No.12' over 'Jun.,2015'
        nearby = [page.blocks[i] for i in (block.index - 1, block.index + 1) if 0 <= i < len(page.blocks)]
        dated = next((b.text for b in nearby if _DATE_LINE.match(b.text)), "")
        if dated and (year := year_of(dated)):
            yield Candidate.of("year", str(year), "block:issue-line-year", bonus=-1.0)
        above = [b for b in page.blocks[max(0, block.index - 3): block.index] if not _DATE_LINE.match(b.text)]
        name = _name(above[-1].text, headings) if above else None
        if name is None and above and above[-1].index == 0:  # the page's first line: 'Advances in Applied Mathematics'
            name = _capitalised(_plain_name(above[-1].text, headings))
        if name and not _about_the_journal(name):
            yield Candidate.of("journal", name, "position:masthead", _language(name, page.lang), bonus=-0.5)
        spaced = next((b.text for b in above if spaced_han_masthead(b.text)), None)
        if spaced:  # a PDF's running head over its Latin name: '生 态 学 报' / 'ACTA ECOLOGICA SINICA'
            yield Candidate.of("journal", spaced.replace(" ", ""), "position:masthead", "zh", bonus=-0.5)
        return


# a menu's 'about the journal' item over the issue line (OJS's 'Про журнал', 'About the Journal', 'Sobre a revista')
_ABOUT_WORDS = frozenset(("about", "про", "о", "sobre", "acerca", "propos", "à", "über", "hakkında"))


def _about_the_journal(name: str) -> bool:
    words = name.casefold().split()
    return bool(words) and (words[0] in _ABOUT_WORDS or words[-1] in _ABOUT_WORDS) and is_menu_line(name)


_SPACED_HAN = _regex.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,9}")


def spaced_han_masthead(text: str) -> bool:
    """A journal's name in Han characters spaced out, as a PDF's masthead prints it ('生 态 学 报')."""
    return _SPACED_HAN.fullmatch(text) is not None and text.replace(" ", "").endswith(HAN_SERIALS)

"""Bibliographic header lines: ``刊名 ›› 2021, Vol. 76 ›› Issue (9): 2157-2173``, ``软件导刊 2020年10期``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.names import author_line
from journalmeta.labels import strip_label
from journalmeta.lang import detect
from journalmeta.normalize import DOI_LINE, clean_number, clean_pages, find_doi, numbers

_PAGES = r"[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–—−鄄~]\s*[A-Za-z]?\d+[A-Za-z]?)?"
_HEADER = _regex.compile(
    r"^(?P<journal>[^\d›»|;:：]{2,80}+)?[\s.,，›»|]*(?P<year>(?:19|20)\d\d)\s*[,，;]?\s*"
    r"(?:[A-Z][a-z]{2}\s*\d{0,2}\s*;\s*)?(?:Vol(?:ume)?\.?\s*)?(?P<volume>\d+[A-Z]?)?\s*[,，]?\s*(?:[›»]+\s*)?"
    r"(?:Issue|No\.?)?\s*[(（]\s*(?P<issue>[\w\-/ ]{1,30}?)\s*[)）]\s*(?:[:：]|,?\s*pp?\.?|,)\s*"
    r"(?P<pages>" + _PAGES + r")"
)
# "软件导刊 2020年10期", CQVIP's "《测绘学报》 2021年第3期345-354,共10页", Magtech's "作物杂志,2018, 第4期: 13–19"
_HEADER_CN = _regex.compile(
    r"^《?(?P<journal>[\u4e00-\u9fff][^\d》]{1,30}?)》?\s*[,，.]?\s*(?P<year>(?:19|20)\d\d)\s*(?:年|[,，](?=\s*第))\s*"
    r"(?:\d{1,2}\s*月\s*)?(?:第?\s*(?P<volume>\d+)\s*卷\s*)?第?\s*(?P<issue>\d+)\s*期(?:\s*[:：,，]?\s*(?P<pages>\d+\s*[-–~]\s*\d+))?"
)
# CNKI's "测绘通报. 2022,(03)", "中国园林 . 2022 , 38 (05)": no pages, the issue ends the line (or its first cell,
# or comes before the journal's badges: '测绘通报. 2022,(03)  北大核心CSCD')
# the core-journal badges a platform prints after a journal's name or its issue (Wanfang, CNKI)
BADGES = r"(?:ISTIC|EI|PKU|CSCD|CSSCI|CSTPCD|SCI|SCIE|CA|北大核心|核心期刊)"
_HEADER_NO_PAGES = _regex.compile(
    r"^(?P<journal>[^\d›»|;:：]{2,40}?)\s*[.,，]\s*(?P<year>(?:19|20)\d\d)\s*[,，]\s*(?P<volume>\d+)?\s*"
    r"[(（]\s*(?P<issue>[\w\-/]{1,12})\s*[)）]\s*(?:$|\t|\s{2,}|(?=" + BADGES + r"))"
)
# CiNii's and Google Scholar's source line, the year last: "日本森林学会誌 100 (2), 45-52, 2018"
_HEADER_YEAR_LAST = _regex.compile(
    r"^(?P<journal>[^\d›»|;:：()]{2,80}?)\s+(?P<volume>\d{1,4})\s*[(（]\s*(?P<issue>[\w\-/]{1,12})\s*[)）]\s*[,，]\s*"
    r"(?:pp?\.\s*)?(?P<pages>" + _PAGES + r")\s*[,，]\s*(?P<year>(?:19|20)\d\d)\s*$")
# Springer Nature's article line: "Nature volume 596, pages 583–589 (2021)", "BMC Medicine volume 21, Article
# number: 34 (2023)"
_HEADER_VOLUME_WORD = _regex.compile(
    r"^(?P<journal>[A-Z][^\d:;()]{0,100}?)\s+volume\s+(?P<volume>\d{1,4})\s*,\s*(?:issue\s+(?P<issue>\w{1,12})\s*,\s*)?"
    r"(?:pages?|[Aa]rticle number:?)\s*(?P<pages>" + _PAGES + r")\s*\((?P<year>(?:19|20)\d\d)\)")
# APS's line under the byline: "Phys. Rev. Lett. 122, 145901 – Published 10 April 2019" (the page an article number)
_HEADER_PUBLISHED = _regex.compile(
    r"^(?P<journal>[A-Z][^\d:;()]{0,80}?)\s+(?P<volume>\d{1,4})(?P<issue>)\s*,\s*(?P<pages>" + _PAGES + r")\s*[–—-]\s*"
    r"Published\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?,?\s+(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d\d)\s*$")
# a masthead's English line: "Acta Geographica Sinica Vol.76, No.9 Sep., 2021", "地理学报 Vol.76 No.9 2021"
_HEADER_VOL_NO = _regex.compile(
    r"^(?P<journal>[^\d›»|;:：()]{2,80}?)\s*[,，.]?\s*Vol(?:ume)?\.?\s*(?P<volume>\d{1,4})\s*[,，]?\s*"
    r"(?:No|Issue|Number)\.?\s*(?P<issue>\d{1,3}(?:[-/]\d{1,3})?)\s*[,，]?\s*(?:[A-Z][a-z]{2,8}\.?\s*[,，]?\s*)?"
    r"(?:\d{1,2}\s*,?\s*)?(?P<year>(?:19|20)\d\d)\s*$")
# Math-Net.Ru's issue line in words: "Теоретическая и математическая физика, 2020, том 203, номер 1, страницы 3–20",
# "Theoretical and Mathematical Physics, 2020, Volume 203, Issue 1, Pages 1–17"
_HEADER_WORDS = _regex.compile(
    r"^(?P<journal>[^\d›»|;:：()]{2,120}?)\s*,\s*(?P<year>(?:19|20)\d\d)\s*,\s*(?:Volume|Vol\.|том|т\.)\s*"
    r"(?P<volume>\d{1,4})\s*,\s*(?:Issue|No\.|Number|выпуск|номер|№)\s*(?P<issue>[\w\-/]{1,10})\s*,\s*"
    r"(?:Pages|pp\.|страницы|с\.)\s*(?P<pages>" + _PAGES + r")\s*$", re.IGNORECASE)
# a GOST source line over the title: "Вестник Томского государственного университета. Биология. 2020. № 52. С. 45–63",
# "Известия РАН. Серия физическая. 2021. Т. 85, № 3. С. 312–318"
_HEADER_GOST = _regex.compile(
    r"^(?P<journal>[^\d›»|;:：()]{2,150}?)\.\s+(?P<year>(?:19|20)\d\d)\.\s+(?:(?:Т|Vol)\.\s*(?P<volume>\d{1,4})\s*[,.]\s*)?"
    r"(?:№|No\.)\s*(?P<issue>[\w\-/]{1,10})\.\s+(?:С|P|pp?)\.\s*(?P<pages>" + _PAGES + r")\.?\s*$")
# a Japanese issue line, the year before the volume (J-STAGE's "英学史研究 1972 年 1973 巻 5 号 p. 81-90") or after
# it ("日本建築学会計画系論文集 第84巻 第756号 pp. 345-352 (2019)", "英学史論叢 第12巻 (2019) 34-51")
_JA_VOLUME_ISSUE = r"第?\s*(?P<volume>\d{1,4})\s*巻\s*[,，、]?\s*(?:第?\s*(?P<issue>[\w\-]{1,8}?)\s*号\s*[,，、]?\s*)?"
_JA_PAGES = r"(?:pp?\.\s*)?(?P<pages>" + _PAGES + r")\s*頁?"
_JA_JOURNAL = r"^(?P<journal>[^\d›»|;:：()（）]{2,80}?)?\s*[,，.]?\s*"
_HEADER_JA_YEAR_FIRST = _regex.compile(
    _JA_JOURNAL + r"(?P<year>(?:19|20)\d\d)\s*年\s*(?:\d{1,2}\s*月\s*)?[,，、]?\s*" + _JA_VOLUME_ISSUE
    + "(?:" + _JA_PAGES + ")?")
_HEADER_JA_YEAR_AFTER = _regex.compile(  # the year in brackets, before the pages or after them
    _JA_JOURNAL + _JA_VOLUME_ISSUE + r"[(（]\s*(?P<year>(?:19|20)\d\d)\s*年?\s*(?:\d{1,2}\s*月)?\s*[)）]\s*[,，]?\s*"
    + _JA_PAGES)
_HEADER_JA_YEAR_LAST = _regex.compile(
    _JA_JOURNAL + _JA_VOLUME_ISSUE + _JA_PAGES + r"\s*[,，]?\s*[(（]?\s*(?P<year>(?:19|20)\d\d)\s*年?\s*[)）]?\s*$")
# ISO 4's shape: 'J. Phys. Chem. A'; some words may stay whole, one at least is cut ('Duke Math. J', 'Adv. Differential
# Equations')
_ABBREVIATED = _regex.compile(r"(?:[A-Z][a-z]{0,15}\.?\s+){0,6}[A-Z][a-z]{0,11}\.\s+(?:[A-Z][a-z]{0,15}\.?\s+){0,6}"
                              r"(?:[A-Z][a-z]{0,15}\.?|[A-Z])")
_VOLUME_PAGES = _regex.compile(r"Vol(?:ume)?\.?\s*(?P<volume>\d{1,4})\s*:\s*(?P<pages>" + _PAGES + r")(?![\d:])")
_TWO_SCRIPTS = _regex.compile(r"([A-Z][A-Za-z&'\- ]{5,}[a-z])\s+([\u4e00-\u9fff]{2,20})|"
                              r"([\u4e00-\u9fff]{2,20})\s+([A-Z][A-Za-z&'\- ]{5,}[a-z])")
# the parts of a source line: its volume with its issue in brackets, its pages
_VOLUME_ISSUE = r"(?P<volume>\d{1,4})\s*(?:\((?P<issue>[\w\-/ ]{1,12})\))?"
_PAGES_PART = r"(?P<pages>" + _PAGES + r")"
# the value of a 'Published in:' or 'Journal reference:' label: "2023. Acta Linguistica Academica 70: 195-218"
_SOURCE = _regex.compile(
    r"^(?:(?P<year>(?:19|20)\d\d)\.\s+)?(?P<journal>[A-Z][^\d:;]{3,100}?)[\s,]+(?:Vol(?:ume)?\.?\s*)?"
    + _VOLUME_ISSUE + r"\s*[:,]\s*(?:pp?\.?\s*)?" + _PAGES_PART + r"(?:\s*\((?P<year2>(?:19|20)\d\d)\))?")
# Elsevier's and DSpace's short source: "Journal of Hydrology 590 (2020) 125432"
_SOURCE_YEAR_IN_BRACKETS = _regex.compile(
    r"^(?P<journal>[A-Z][^\d:;()]{3,100}?)[\s,]+(?:Vol(?:ume)?\.?\s*)?(?P<volume>\d{1,4})\s*"
    r"\((?P<year>(?:19|20)\d\d)\)\s*,?\s*(?:pp?\.?\s*)?(?P<pages>" + _PAGES + r")\s*$")
# a discovery layer's citation (Summon, Primo): "日本摂食嚥下リハビリテーション学会雑誌 Vol. 24; no. 1; pp. 26 - 37"
_SOURCE_SEMICOLONS = _regex.compile(
    r"^(?P<journal>[^\d;:]{2,150}?)\s+Vol\.\s*(?P<volume>\d{1,4})\s*;\s*(?:no\.\s*(?P<issue>[\w\-/]{1,10})\s*;\s*)?"
    r"pp?\.\s*(?P<pages>" + _PAGES + r")\s*$")
# ... or with commas: "Journal of Urban Studies, Vol. 12, no. 3, pp. 45-67, 2021"
_SOURCE_COMMAS = _regex.compile(
    r"^(?P<journal>[^\d;:]{2,150}?),\s*Vol(?:ume)?\.?\s*(?P<volume>\d{1,4})\s*,\s*"
    r"(?:(?:[Nn]o|Issue|Iss)\.?\s*(?P<issue>[\w\-/]{1,10})\s*,\s*)?pp?\.\s*(?P<pages>" + _PAGES + r")"
    r"(?:\s*,\s*(?P<year>(?:19|20)\d\d))?\s*\.?$")
# ... or as NLM cites: "J Biol Chem. 2009 Nov 13;284(46):31735–31745." (PMC's author manuscripts)
_SOURCE_NLM = _regex.compile(r"^(?P<journal>[A-Z][^\d;:]{2,120}?)\.\s+(?P<year>(?:19|20)\d\d)"
                             r"(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*" + _VOLUME_ISSUE + r"\s*:\s*" + _PAGES_PART)
# ... or with a bar before its issue and year: "Chinese Journal of Mechanical Engineering | Issue 1/2022"
_SOURCE_ISSUE_YEAR = _regex.compile(r"^(?P<journal>[^\d;:|]{2,150}?)\s*\|\s*Issue\s+(?P<issue>\d{1,4})/"
                                    r"(?P<year>(?:19|20)\d\d)$")
# ... or as Russian indexes print it, its issue after a number sign: "Вестник …, 2019, Т. 5, № 441, с. 12-20",
# 'Clinical Neurophysiology, 2000, № 10, p. 1880-1888' (OUCI's)
_SOURCE_NUMBER_SIGN = _regex.compile(r"^(?P<journal>[^\d;:|]{2,150}?),\s*(?P<year>(?:19|20)\d\d)\s*,\s*"
                                     r"(?:(?:[ТтVv](?:ом|ol)?\.?)\s*(?P<volume>\d{1,4})\s*,\s*)?"
                                     r"№\s*(?P<issue>[\w\-/]{1,10})\s*,\s*(?:[PpСс]{1,2}\.)\s*" + _PAGES_PART + r"\.?$")
_SCAN = 400
TITLE_PARTS = _regex.compile(r"\s+[|–—-]\s+|\s*::\s*")  # a <title>'s parts: 'Article | Journal', 'Journal - Article'
_YEAR = _regex.compile(r"\d{4}")  # every header has a year (\d: full-width digits too)


def aggregator_issue_line(text: str) -> bool:
    """'软件导刊 2020年10期' alone on its line: an aggregator's (fx361's) line over its own tag line of keywords."""
    m = _HEADER_CN.match(text)
    return m is not None and m.end() == len(text.rstrip())


_BRACKETED = _regex.compile(r"《([^《》]{2,40})》")
_MENU_WORDS = 3  # Han words apart by spaces before a journal's name: a menu's (no Han name holds a space between words)
_HAN_WORD = _regex.compile(r"[\u4e00-\u9fff]{2,}")


def _journal_name(raw: str | None) -> str | None:
    if not raw:
        return None
    name = re.sub(r"\s*(?:logo)?Link to .*$", "", raw).strip(" ,，›»|-")
    if name.endswith((":", "：")):  # a label the table lacks ('年卷期：2021年第3期'): no name
        return None
    if is_abbreviated(name):  # "J. Phys. Chem. A": stops inside an abbreviation, not between sentences
        return name
    name = name.strip(" .")
    bracketed = _BRACKETED.search(name)
    if bracketed:  # the name in book-title marks within the site's words: '《计算机应用》唯一官方网站'
        name = bracketed.group(1)
    elif "《" in name:  # the header's closing mark past the name: '文选自中国工程院院刊《中国工程科学》2020年第3期'
        name = name.rsplit("《", 1)[1]
    words = name.split()
    if len(words) >= _MENU_WORDS and all(_HAN_WORD.fullmatch(w) for w in words):
        name = words[-1]  # a site's menu run on before the name ('首页 期刊介绍 投稿指南 干旱区地理', in one line)
    if len(name) < 2 or len(name) > 80 or re.search(r"\[|https?:|\.\S|\.\s|[>›»/|]", name) or name.count(",") > 1:
        return None
    if not re.search(r"[^\W\d_]", name):
        return None
    return name


def is_abbreviated(name: str) -> bool:
    """An ISO 4 abbreviation ('J. Phys. Chem. A', 'Front. Psychol.'): stops inside it, not between sentences."""
    return _ABBREVIATED.fullmatch(name) is not None


def _journal_candidates(journal: str, src: str = "header") -> Iterator[Candidate]:
    """The journal's name; a name printed in two scripts ('Hans Journal of Agricultural Sciences 农业科学') as
    one name per language."""
    if is_abbreviated(journal):
        yield Candidate.of("abbrev", journal, src)
        return
    m = _TWO_SCRIPTS.fullmatch(journal)
    names = [name for name in m.groups() if name] if m else [journal]
    for name in names:
        yield Candidate.of("journal", name.strip(), src, detect(name))


def _volume_pages(page: Page, index: int, text: str) -> Iterator[Candidate]:
    """'Vol. 6:15-38' under the journal's name (Annual Reviews)."""
    m = _VOLUME_PAGES.match(text)
    above = page.blocks[index - 1].text if index else ""
    journal = _journal_name(above) if m and len(above) < 120 else None
    if m and journal:
        yield from _journal_candidates(journal)
        yield Candidate.of("volume", m.group("volume"), "header")
        yield Candidate.of("pages", clean_pages(m.group("pages")), "header")


def extract(page: Page, page_doi: str | None = None) -> Iterator[Candidate]:
    """The fields of the page's header lines; with ``page_doi`` (known from its meta tags or a 'DOI:' label), not of a
    line printing another DOI (a sidebar's list of other articles: 'Remote Sensing Letters, 2020, 11(3): 345-356.
    doi: 10.…')."""
    found = list(_header_lines(page, page_doi.lower() if page_doi else None))
    # header lines of several articles (two DOIs or more, each with its own pages): an issue's table of contents
    # ('2023 (1): 1-8. doi: …' under each title), whose lines share only the issue's numbers
    pages = {c.value for c in found if c.field == "pages"}
    dois = sorted({str(c.value) for c in found if c.field == "doi"} | (_doi_lines(page) if len(pages) >= 2 else set()))
    if len(dois) >= 2 and len(pages) >= 2:  # (the DOIs on their lines too: Magtech's '中国医院统计. 2022, 29(4): …' /
        # 'https://doi.org/10.…' under each title)
        found = [c for c in found if c.field in _ISSUE_FIELDS]
        found.append(Candidate.of("listing", ", ".join(dois), "header"))  # reported by the checks, used nowhere
    yield from found


def _doi_lines(page: Page) -> set[str]:
    """The DOIs printed alone on a line."""
    return {doi for b in page.blocks[:_SCAN]
            if "10." in b.text and DOI_LINE.fullmatch(b.text) and (doi := find_doi(b.text))}


_ISSUE_FIELDS = frozenset(("year", "volume", "issue"))
_RUNS_ON = _regex.compile(r"\s*(?![共页])[\u4e00-\u9fff]")


def _header_lines(page: Page, page_doi: str | None) -> Iterator[Candidate]:
    for block in page.blocks[:_SCAN]:
        text = block.text
        if len(text) > 250 or not ("(" in text or "Vol" in text or "（" in text or "期" in text or "№" in text
                                   or "том" in text or "巻" in text or "Published" in text) or not _YEAR.search(text):
            continue  # every header form has the issue's bracket, word or sign (literal looks, then the patterns)
        text = strip_label(numbers(text))  # '出处：《测绘学报》…', '来源：…': the label table's, not the journal's
        m = _match(text)
        if m and m.re is _HEADER_CN and _RUNS_ON.match(text, m.end()):
            continue  # the line runs on in words: a notice ('关于2024年第3期出版的通知'), no issue line
        if page_doi and "10." in text and (doi := find_doi(text)) and doi.lower() != page_doi:
            continue
        if not m:
            yield from _volume_pages(page, block.index, text)
            continue
        above = page.blocks[block.index - 1].text if block.index > 0 else ""
        yield from _header_fields(text, m, above if len(above) < 120 else None, "header")


def _match(text: str) -> re.Match[str] | None:
    """The header shape a line has, if any (every pattern is anchored at the start: match, not search)."""
    return (_HEADER.match(text) or _HEADER_CN.match(text) or _HEADER_NO_PAGES.match(text)
            or _HEADER_YEAR_LAST.match(text) or _HEADER_VOLUME_WORD.match(text) or _HEADER_VOL_NO.match(text)
            or _HEADER_WORDS.match(text) or _HEADER_GOST.match(text) or _japanese_header(text)
            or _HEADER_PUBLISHED.match(text))


def is_header_line(text: str) -> bool:
    """Whether a line is a journal's issue line, no title ('英学史論叢 第12巻 (2019) 34-51')."""
    return len(text) <= 250 and _YEAR.search(text) is not None and _match(numbers(text)) is not None


def _japanese_header(text: str) -> re.Match[str] | None:
    if "巻" not in text:  # (a literal look first)
        return None
    return _HEADER_JA_YEAR_FIRST.match(text) or _HEADER_JA_YEAR_AFTER.match(text) or _HEADER_JA_YEAR_LAST.match(text)


def _header_fields(text: str, m: re.Match[str], above: str | None, src: str) -> Iterator[Candidate]:
    """The fields of a matched header line; its journal, when the line starts with the year, the block above."""
    raw = (m.group("journal") or "").strip(" ,，")
    raw = raw if is_abbreviated(raw) else raw.strip(" .")  # 'J. Atmos. Chem. Res.' keeps its dot;
    # a lone '.' (the name in the block above, NLM's '. 2019 Mar 4;27(…)') becomes nothing
    worded = m.re in (_HEADER_WORDS, _HEADER_GOST)  # fields named in words: a stop inside the name is the name's
    if raw and not worded and _journal_name(raw) is None:
        return  # a reference line, not a header
    if not raw and not text[: m.start("year")].strip(" .,") and above and not author_line(above, min_names=2):
        raw = above  # (not a byline: a table of contents prints each article's authors over its '2019 (2): 1-8')
    journal = raw.strip(" .") if worded else _journal_name(raw)
    if journal:
        yield from _journal_candidates(journal, src)
    yield Candidate.of("year", m.group("year"), src)
    for field in ("volume", "issue"):
        if m.group(field):
            yield Candidate.of(field, clean_number(m.group(field)), src)
    if "pages" in m.groupdict() and m.group("pages"):
        yield Candidate.of("pages", clean_pages(m.group("pages")), src)
    doi = find_doi(text[m.end():])
    if doi:
        yield Candidate.of("doi", doi, src)


def source_line(text: str, src: str) -> Iterator[Candidate]:
    """Journal, year, volume, issue and pages from a labelled source line ('Published in: 2023. Acta
    Linguistica Academica 70: 195-218', 'Journal reference: Phys. Rev. D 76, 013009 (2007)')."""
    text = numbers(text)
    m = _SOURCE_YEAR_IN_BRACKETS.match(text) or _SOURCE.match(text) or _SOURCE_SEMICOLONS.match(text) \
        or _SOURCE_COMMAS.match(text) or _SOURCE_ISSUE_YEAR.match(text) or _SOURCE_NLM.match(text) \
        or _SOURCE_NUMBER_SIGN.match(text)
    journal = _journal_name(m.group("journal")) if m else None
    if not m or not journal:  # "出版源：《测绘通报》 , 2022 (3) :312-319": a header line's shape
        text = text.replace("《", "").replace("》", "")
        header = _match(text)
        yield from _header_fields(text, header, None, src) if header else ()
        return
    yield from _journal_candidates(journal, src)
    groups = m.groupdict()
    year = groups.get("year") or groups.get("year2")
    if year:
        yield Candidate.of("year", year, src)
    for field in ("volume", "issue"):
        if groups.get(field):
            yield Candidate.of(field, clean_number(m.group(field)), src)
    if groups.get("pages"):
        yield Candidate.of("pages", clean_pages(m.group("pages")), src)


# words ISO 4 leaves out of an abbreviation: articles, prepositions and conjunctions of the languages journal
# names are written in ('Il Nuovo Cimento B' → 'Nuovo Cim B', 'Annales de l'Institut Fourier' → 'Ann. Inst. Fourier')
_LITTLE_WORDS = frozenset("the of and for in on & de la le l les des du der die das und für zur il lo gli el los las "
                          "del della di et y e".split())
_YEARS_RUN = _regex.compile(r"\s*\(\d{4}\s*[-–]\s*(?:\d{4})?\)$")  # a title's years of publication: '(1971-1996)'


def expands(abbreviation: str, name: str) -> bool:
    """Whether ``name`` is the full form of an ISO 4 ``abbreviation``: each abbreviated word starts the next
    word of the name that is not a little word ('J. Phys. Chem. A' ← 'The Journal of Physical Chemistry A')."""
    short = [_unaccented(w.rstrip(".").lower()) for w in abbreviation.split()]
    name = _YEARS_RUN.sub("", name) if name.endswith(")") else name
    full = [_unaccented(w.lower()) for w in re.findall(r"[^\W\d_]+|\d+", name) if w.lower() not in _LITTLE_WORDS]
    return len(short) == len(full) >= 2 and all(f.startswith(a) for a, f in zip(short, full, strict=True))


def _unaccented(word: str) -> str:
    """A word without its accents ('médica' → 'medica': 'Gac Med Bol' abbreviates 'Gaceta Médica Boliviana')."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def short_form(name: str) -> bool:
    """A journal's name in a short form: ISO 4 ('J. Phys. Chem. A') or without stops ('Gac Med Bol')."""
    return is_abbreviated(name) or _DOTLESS_ABBREVIATION.fullmatch(name) is not None


_DOTLESS_ABBREVIATION = _regex.compile(r"(?:[A-Z][a-z]{0,9}\s+){1,6}[A-Z][a-z]{0,9}")  # Springer's 'J Polym Environ'


def full_journal_name(page: Page, abbreviation: str, bonus: float = 0.0) -> Iterator[Candidate]:
    """The page's first short block spelling out an abbreviated journal name (a menu of the publisher's
    journals, a footer), when nothing else names the journal in full."""
    if not is_abbreviated(abbreviation) and not _DOTLESS_ABBREVIATION.fullmatch(abbreviation):
        return
    first = abbreviation[:1]
    title_parts = TITLE_PARTS.split(page.title) if page.title else []  # 'Title | Journal | Publisher'
    blocks = page.blocks[:_SCAN * 2]
    for text in [*title_parts, *(part for block in blocks for part in _parts(block.text, abbreviation))]:
        text = text.strip(" -–·•:")  # (a menu's heading: 'Journal of Molecular Spectroscopy:' over its sections)
        if 8 <= len(text) <= 100 and first in text and expands(abbreviation, text) and not is_abbreviated(text):
            yield Candidate.of("journal", text, "position:journal-name", detect(text), bonus)
            return


def _parts(text: str, abbreviation: str) -> list[str]:
    """A block, and when it prints the abbreviation in a longer text, its comma-parted pieces: a citation giving
    the name in full beside it (Project Euclid's '…," Duke Mathematical Journal, Duke Math. J. 164(13), …')."""
    return [text, *_COMMA.split(text)] if len(text) > 100 and abbreviation in text else [text]


_COMMA = _regex.compile(r",[\"”’']?\s+")  # (a title in quotes ends with its comma inside them: '…entries,"')


# the English version's header some Chinese journals print under the Chinese abstract, in the 1987 standard's form:
# 'The Regulatory Effect of microRNA …/WANG Xi, WANG Yongcheng. //Medical Innovation of China, 2023, 20(12): -182'
_SLASHED = _regex.compile(r"(?P<title>[A-Z][^/]{9,300}?)\s*/\s*(?P<authors>[A-Z][^/]{2,400}?)\.?\s*//\s*"
                          r"(?P<journal>[A-Z][^,/]{3,120}),\s*(?P<year>(?:19|20)\d\d)\s*,\s*(?P<volume>\d+)\s*"
                          r"\(\s*(?P<issue>[\dA-Za-z\-]{1,6})\s*\)\s*:?\s*(?P<pages>\d+\s*[-–]\s*\d+)?")


def slashed_header(page: Page) -> Iterator[Candidate]:
    """The translated title, authors and journal of a 'Title/Authors. //Journal, Year, Vol(Issue): pages' line."""
    for block in page.blocks[:_SCAN]:
        text = block.text
        m = _SLASHED.match(text) if "//" in text and text.count("//") > text.count("://") else None  # (not a link)
        names = author_line(m.group("authors")) if m else None
        if m and names:
            yield Candidate.of("title", m.group("title").strip(), "header:slashed", detect(m.group("title")))
            yield Candidate.of("authors", names, "header:slashed", "en", bonus=-0.5)
            yield Candidate.of("journal", m.group("journal").strip(), "header:slashed", "en", bonus=-0.5)
            yield from (Candidate.of(field, m.group(field), "header:slashed") for field in ("year", "volume", "issue"))
            if m.group("pages"):
                yield Candidate.of("pages", clean_pages(m.group("pages")), "header:slashed")
            return

"""Text renderings whose title stands beside no byline (aggregators and repost sites): the title-like line over the
site's own source line ('来源：现代商贸工业 | 被引量：0次', '所属分类：经济论文 阅读次 时间：…') or the article's
section ('Раздел: Научный отдел'), the line the page prints twice near its top (fx361 repeats the title over the
article), the line over the article's DOI line or the issue line, the first title-like line right over the abstract
label;
asked only when nothing else gave a title. And a WeChat repost's first line: the byline, a bar, the title; and
last, on an HTML page, the title over a 'By …' byline, then the page's ``<title>``."""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta import _regex
from journalmeta._hanzi import either_form
from journalmeta.document.model import Block, Page
from journalmeta.extractors.blocks import doi_by_way_of_example
from journalmeta.extractors.bylines import author_lines, names_lang
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.citation import looks_like_citation
from journalmeta.extractors.furniture import furniture
from journalmeta.extractors.header import TITLE_PARTS, is_header_line
from journalmeta.extractors.label_lines import Labelled
from journalmeta.extractors.mastheads import is_issue_line
from journalmeta.extractors.names import BYLINE, author_line
from journalmeta.extractors.positional import title_like
from journalmeta.labels import strip_label
from journalmeta.lang import CJK_LANGS, detect, has_han
from journalmeta.normalize import DOI_LINE, clean_text, find_doi

_SCAN = 15
# what an aggregator prints under the title: where the article comes from, its category, when it was posted
# ('所屬分類：…' in Traditional characters)
_SOURCE_LINE = _regex.compile(either_form(r"^(?:来\s*源|所属分类|分\s*类|发布时间|时\s*间|作\s*者|出\s*处|期刊名称)"
                                          r"\s*[:：]"))


def extract(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """The first title-like line near the top that a source line, the DOI line or the issue line follows, that is
    printed twice, or that is the page's first title-like line right over the abstract label."""
    if page.is_html:
        return
    first_abstract = min((i for i, x in labels.items() if x.kind == "abstract"), default=_SCAN)
    blocks = page.blocks[:min(first_abstract, _SCAN)]
    texts = [b.text for b in blocks]
    first = True
    for block in blocks:
        lang = title_like(block, labels)
        if not lang:
            continue
        after = _next_line(page, block.index + 1)
        # the first title-like line, right over '[摘 要]' or 'Abstract', at most a site's line above it; or over its
        # translations, a line each, then the abstract ('Calidad del agua…' / 'Water quality…' / 'Qualidade da água…')
        translated = _translations(page, block, first_abstract, labels) if first and block.index <= _SITE_LINES else []
        if len(translated) > 1:
            for line, lang in translated:
                yield Candidate.of("title", line.text, "position:lone-title", lang, bonus=-1.0)
            return
        over_abstract = first and first_abstract == _next_index(page, block.index + 1) and block.index <= _SITE_LINES
        first = False
        # (the article's DOI on a line of its own under the title: NEICON's OJS journals, 'https://doi.org/10.…')
        cue = _SOURCE_LINE.match(after) or _own_doi_line(page, _next_index(page, block.index + 1)) \
            or _over_issue_line(block.text, after) \
            or _between_header_and_history(page, block, labels) or _over_author_label(block, labels) \
            or (_SERIES_LINE.match(after) and _kind_at(labels, block.index + 2) == "abstract") \
            or _over_abstract_snippet(page, after, labels) or _kind_at(labels, block.index + 1) in _CUE_LABELS \
            or _ARTICLE_LINE.match(after) or _under_doi_header(page, block) or _LOST_NAMES.fullmatch(after) \
            or (first_abstract == _next_index(page, block.index + 1) and _under_identifier(page, block))
        if cue or _printed_again(texts, block.index) or over_abstract or _opens_first_line(texts, block.index):
            yield Candidate.of("title", _CITED_AS.sub("", block.text), "position:lone-title", lang, bonus=-1.0)
            yield from _translation_under_doi(page, block.index + 2, lang, labels) if DOI_LINE.fullmatch(after) else ()
            yield from _run_on_byline(texts, block.index)
            return


def _own_doi_line(page: Page, index: int) -> bool:
    """A DOI on a line of its own at ``index``, not one a help text shows as an example ('如以DOI号为' / the DOI)."""
    return index < len(page.blocks) and DOI_LINE.fullmatch(page.blocks[index].text) is not None \
        and not doi_by_way_of_example(page, page.blocks[index])


# labels whose line under a title-like line tells it is the title: the article's section ('Раздел: …'), its DOI
# label over the DOI (an OJS page copied as text: the title / 'DOI:' / 'https://doi.org/10.…') and the day it came
# out (an RHHZ site's English view of an article with no abstract: the title / '• Published Date: 2009-01-20')
_CUE_LABELS = frozenset(("article_type", "doi", "published", "online"))
# a working paper's series and number under its title ('Working Paper 30112', 'Discussion Paper No. 14-052')
_SERIES_LINE = _regex.compile(r"^(?:[A-Z][A-Za-z]*\s+){0,3}(?:Working|Discussion|Research|Policy|Technical)\s+"
                              r"(?:Paper|Report|Note)\s+(?:No\.?\s*|#\s*)?[\w\-./]{1,20}$")


def _translation_under_doi(page: Page, index: int, lang: str,
                           labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """The title's translation on the line under its DOI line (rhhz's copy: '局部枸橼酸抗凝…' / 'DOI: 10.…' /
    'Clinical application of…' / '摘要:')."""
    line = page.blocks[index] if index < len(page.blocks) else None
    other = title_like(line, labels) if line else None
    if line and other and other != lang and not author_line(line.text):
        yield Candidate.of("title", line.text, "position:lone-title", other, bonus=-1.0)


def _over_abstract_snippet(page: Page, after: str, labels: dict[int, Labelled]) -> bool:
    """A line over the start of the abstract that the page prints again under its label (a discovery catalogue's
    record: the title, a snippet of the abstract, then the record's table with 'Abstract' and the whole)."""
    if len(after) < _SNIPPET:
        return False
    for index, item in labels.items():
        if item.kind == "abstract":
            value = item.content or (page.blocks[index + 1].text if index + 1 < len(page.blocks) else "")
            if value[:_SNIPPET] == after[:_SNIPPET]:
                return True
    return False


_SNIPPET = 40  # characters the snippet and the abstract start with alike


def _kind_at(labels: dict[int, Labelled], index: int) -> str | None:
    item = labels.get(index)
    return item.kind if item else None


def _over_author_label(block: Block, labels: dict[int, Labelled]) -> bool:
    """A line right over an authors label standing alone, its names on the lines under it (a repository's item
    page: the title / 'Author' / 'Okafor, Chinedu' / …)."""
    return _kind_at(labels, block.index + 1) == "authors" and not labels[block.index + 1].content


_TRANSLATIONS = 3  # lines of a title and its translations


def _next_index(page: Page, index: int) -> int:
    """The first line from ``index`` on that is more than a button's sign or two ('A+', a font-size button, a lone
    '-' between a title and its abstract)."""
    while index < len(page.blocks) and len(page.blocks[index].text) <= 2:
        index += 1
    return index


def _next_line(page: Page, index: int) -> str:
    index = _next_index(page, index)
    return page.blocks[index].text if index < len(page.blocks) else ""


def _translations(page: Page, block: Block, first_abstract: int,
                  labels: dict[int, Labelled]) -> list[tuple[Block, str]]:
    """The title and its translations a line each, right over the abstract label: each title-like, each in a
    language of its own."""
    run = page.blocks[block.index:first_abstract]
    if not 1 < len(run) <= _TRANSLATIONS:
        return []
    langs = [title_like(line, labels) for line in run]
    if not all(langs) or len(set(langs)) < len(langs):
        return []
    return [(line, str(lang)) for line, lang in zip(run, langs, strict=True)]


def _between_header_and_history(page: Page, block: Block, labels: dict[int, Labelled]) -> bool:
    """A line under the journal's issue line and over the article's history dates or DOI line (E-Tiller's copy:
    '水土保持学报 2019, Vol. 33 Issue (4): 112-118' / the title / '投稿时间：…' or 'DOI：…', its byline in a table
    further down)."""
    if block.index == 0 or not is_header_line(page.blocks[block.index - 1].text):
        return False
    after = labels.get(block.index + 1)
    return after is not None and after.kind in _HISTORY_KINDS


_HISTORY_KINDS = frozenset(("received", "revised", "accepted", "published", "online", "doi"))


def _printed_again(texts: list[str], index: int) -> bool:
    """Whether the line is printed again further on (fx361 repeats the title over the article), not right next to
    itself (a banner's button and its label: a .gov site's "Here's how you know" twice in a row); or opens a later
    line, its byline run on after it (a PDF's first page under a document site's header: the title, then 'Title Ali
    Ugur Guler, Tristan Braud and Pan Hui {…}')."""
    text = texts[index]
    return (texts.count(text) >= 2 and any(other == text and abs(i - index) > 1 for i, other in enumerate(texts))) \
        or any(other.startswith(text + " ") or f'"{text}"' in other or f"“{text}”" in other
               for other in texts[index + 2:])  # (or quoted by a share button's line: 'シェア "定期刊行物の…"')


def _run_on_byline(texts: list[str], index: int) -> Iterator[Candidate]:
    """The names a later line runs on after the title, their e-mail addresses in braces after them ('Title Ali Ugur
    Guler, Tristan Braud and Pan Hui {…}')."""
    title = texts[index] + " "
    rest = next((other[len(title):] for other in texts[index + 2:] if other.startswith(title)), "")
    names = author_line(_BRACED.sub("", rest).strip()) if rest else None
    if names:
        yield Candidate.of("authors", names, "position:lone-title-byline", names_lang(names), bonus=-1.0)


_BRACED = _regex.compile(r"\s*\{[^{}]*\}")
# a document site's name for an uploaded paper, its first author and year before its title ('Evans-Lacko Et Al. (2017)
# Childhood Bullying Victimization Is …', Scribd's)
_CITED_AS = _regex.compile(r"^[A-Z][\w'’\-]+(?:\s+(?:[Ee]t\s+[Aa]l\.?|(?:and|&)\s+[A-Z][\w'’\-]+))?\s*"
                           r"\((?:19|20)\d\d\)\s+(?=[A-Z])")


def _opens_first_line(texts: list[str], index: int) -> bool:
    """A line the page's first line opens with before a bar: the page's <title> copied over the article ('Title |
    Вестник Томского государственного университета. 2021. № 472. DOI: …')."""
    return index > 0 and texts[0].startswith(texts[index] + " |")


# the line under a title on a publisher's page copied as text: its pages and date (Taylor & Francis's 'Pages 365-384
# | Published online: 09 Sep 2009'), or its kind (Springer's '• Original Paper', 'Research Article')
_ARTICLE_LINE = _regex.compile(r"(?:Pages?|pp?\.)\s*\d+\s*[-–]\s*\d+\s*\||[•·]?\s*(?:Original|Research|Review)\s+"
                               r"(?:Paper|Article|Articles)$")


# what is left of a byline whose names were links the copy lost: their commas and 'and' (MDPI's page as text)
_LOST_NAMES = _regex.compile(r"(?:\s*(?:,|and|&))+(?:\s*\d{1,2})?")  # (the lines joined: ',, , and 1')


def _under_identifier(page: Page, block: Block) -> bool:
    """A line right under the article's identifier line ('PMCID: PMC1780044', 'PMID: …', 'DOI: 10.…')."""
    return block.index > 0 and _IDENTIFIER_LINE.match(page.blocks[block.index - 1].text) is not None


_IDENTIFIER_LINE = _regex.compile(r"(?:PMCID|PMID|DOI|doi)\s*:?\s*(?:PMC)?\d")


def _under_doi_header(page: Page, block: Block) -> bool:
    """A line right under the article's header line that holds its DOI and its volume or year (Frontiers' copy:
    'Volume 5 - 2020 | https://doi.org/10.3389/…' / the title, its byline lost)."""
    above = page.blocks[block.index - 1].text if block.index else ""
    return "10." in above and find_doi(above) is not None and _HEADER_NUMBERS.search(above) is not None


_HEADER_NUMBERS = _regex.compile(r"\b(?:Volume|Vol\.)\s*\d+|\b(?:19|20)\d\d\b")


def _over_issue_line(text: str, after: str) -> bool:
    """A title over an article's issue line that starts with its year (DergiPark: 'Yıl 2025, Cilt: 22 Sayı: 3, 1354
    - 1360, 31.12.2025'), longer than a journal's name; not a masthead over a journal's 'Volume 145, July 2023'."""
    return _YEAR_FIRST.match(after) is not None and is_issue_line(after) and len(text.split()) >= _TITLE_WORDS


_TITLE_WORDS = 4
_SITE_LINES = 2  # lines that are no title over a lone title ('- Signa Vitae - http://www.signavitae.com -')
_YEAR_FIRST = _regex.compile(r"(?:Yıl|Year)\s+(?:19|20)\d\d\b")


def authors_then_title(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """A repost's first line: the byline and the title apart by a bar ('谢 静 韩双淼 顾建民 | 世界一流大学的…')."""
    first = page.blocks[0].text if page.blocks and not page.is_html else ""
    names, bar, title = first.partition(" | ")
    found = author_line(names) if bar and has_han(names) else None
    lang = title_like(Block(title, 0), labels) if found else None
    if found and lang:
        yield Candidate.of("authors", found, "position:authors-then-title", names_lang(found), bonus=-1.0)
        yield Candidate.of("title", title, "position:authors-then-title", lang, bonus=-1.0)


def page_title(page: Page) -> Iterator[Candidate]:
    """A page whose blocks name no title: its ``<title>``, when that is one title-like text with no site name
    beside it (a full-text galley printing the title only in an image or a footer)."""
    title = clean_text(page.title)
    if not title or TITLE_PARTS.search(title) or strip_label(title) != title:
        return
    lang = title_like(Block(title, -1), {})
    if lang and (len(title) >= 10 or lang in CJK_LANGS):
        yield Candidate.of("title", title, "position:page-title", lang, bonus=-1.0)


_BYLINE_SCAN = 120  # blocks looked at for a 'By …' byline (as far as the title-and-byline search goes)


def byline_title(page: Page) -> Iterator[Candidate]:
    """A page with no heading that names its title: the one or two short lines right above a 'By …' byline (a
    title and its subtitle, joined by a colon), and the byline's names."""
    for block in page.blocks[:_BYLINE_SCAN]:
        if not BYLINE.match(block.text):
            continue
        names = author_line(block.text)
        lines: list[str] = []
        for prev in reversed(page.blocks[max(0, block.index - 2): block.index]):
            text = prev.text
            if len(text) > 200 or not text[0].isupper() or text.endswith(".") or furniture(text) \
                    or looks_like_citation(text):
                break
            lines.insert(0, text)
        if names and lines:
            title = ": ".join(lines)
            yield Candidate.of("title", title, "position:byline-title", detect(title), bonus=-0.5)
            yield Candidate.of("authors", names, "position:byline", names_lang(names), bonus=-0.5)
        return


def byline_under_title_text(page: Page, labels: dict[int, Labelled], cands: list[Candidate]) -> Iterator[Candidate]:
    """An HTML page whose title is a block of no heading kind printing the page's ``<title>`` (a bold link in a
    centred box, a preprint archive's): the names on the block right under it."""
    titles = {str(c.value) for c in cands if c.source == "block:title-text"}
    block = next((b for b in page.blocks[:_BYLINE_SCAN] if b.text in titles), None) if titles else None
    for names in author_lines(page, block.index + 1, block.index + 2, labels) if block else []:
        yield Candidate.of("authors", names, "position:authors-under-title", names_lang(names), bonus=-1.0)

"""Title and author lines found by their position and script, not by a label."""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta import _regex
from journalmeta._memo import page_dict
from journalmeta.document.model import Block, Page
from journalmeta.extractors.affiliations import affiliation_line
from journalmeta.extractors.blocks import heading_over_heading, names_a_title
from journalmeta.extractors.bylines import author_lines, by_script, labels_value, names_lang
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.citation import looks_like_citation
from journalmeta.extractors.furniture import furniture, in_menu_run, rare_furniture
from journalmeta.extractors.header import is_header_line
from journalmeta.extractors.label_lines import Labelled, abstract_language
from journalmeta.extractors.mastheads import (
    is_date_line,
    is_issue_line,
    journal_name,
    journal_shaped,
    under_kind_line,
)
from journalmeta.extractors.names import HAN_SERIALS, author_line, han_body, is_menu_line
from journalmeta.extractors.structured import BODY_HEADING
from journalmeta.lang import GLUED_LANGS, detect, has_han, script_language
from journalmeta.normalize import find_doi, squash, without_full_text_link

_SCAN = 120
_TITLE_SCAN = 500  # blocks: a crawler's text may print a sidebar's hundreds of lines before the article
_TITLE_TAGS = frozenset(("h1", "h2", "h3"))
_SECTION_TAGS = frozenset(("h2", "h3"))
HAN_LANGS = frozenset(("zh", "ja"))  # names in Han characters alone read as Chinese: beside a Japanese title too
_NEARER_TITLE_LANGS = HAN_LANGS | {"fa", "ar", "ur"}


_TITLE_LIKE = page_dict()  # (id of the labels, block) → (the labels, the answer): the searches ask again


def title_like(block: Block, labels: dict[int, Labelled]) -> str | None:
    """The language of a block that could be an article title, or None. The shape is looked at first (a title
    ends with no full stop; a Han one has 5 to 100 characters, another 3 to 40 words and a capital first), the
    patterns only for a block of that shape."""
    key = (id(labels), block)
    known = _TITLE_LIKE.get(key)
    if known is not None and known[0] is labels:  # (the labels kept alongside: their id is never reused)
        return known[1]  # type: ignore[no-any-return]
    answer = _title_like(block, labels)
    _TITLE_LIKE[key] = (labels, answer)
    return answer


def _title_like(block: Block, labels: dict[int, Labelled]) -> str | None:
    text = block.text
    text = without_full_text_link(text)  # ('…的应用价值  PDF': the link is cut from the value in the merge too)
    if block.index in labels or len(text) < 5 or text.endswith(("。", ".")) or ("10." in text and find_doi(text)):
        return None  # (no title prints a DOI: an NLM source line 'Mar Geol Lett. 2019 Mar 4;27: M112. doi: 10.…')
    han = has_han(text) or script_language(text) in GLUED_LANGS  # (a title of few or no spaces: Korean, Thai)
    too_long = len(text) > 100 and not _paired_title(text)
    opening = text.lstrip("¿¡«“‘\"")
    if too_long if han else (not (_capital_or_caseless(opening[:1]) or _NUMBERED_TERM.match(opening))
                             or not 3 <= len(text.split()) <= 40):
        return None
    # (the tests most lines fail first: cheap ones that turn many lines away, measured on the corpus and fixtures)
    if labels_value(block, labels) or is_menu_line(text) or furniture(text) or affiliation_line(text) \
            or is_issue_line(text) or journal_name(text) or rare_furniture(text) or looks_like_citation(text) \
            or BODY_HEADING.match(text):
        return None
    if han:
        if _masthead_name(text) or is_header_line(text) or han_body(text):
            return None
        return None if author_line(text) else (script_language(text) or "zh")  # Han with kana: ja; Hangul: ko
    caseless = not text[0].isupper()  # (no capitals tell a name from a title: one name alone is none either)
    return None if author_line(text, min_names=1 if caseless else 2) or _INITIALLED_NAME.match(text) \
        else detect(text, abstract_language(labels))  # ('Bronquiolite aguda: …' over 'RESUMO': pt)



# a title's first word a number glued to letters ('3-D Printed Millimeter-Wave …', '5G Networks …'), no bare number
_NUMBERED_TERM = _regex.compile(r"\d[\d,.]*-?[A-Za-z]")


def _capital_or_caseless(first: str) -> bool:
    """A title's first letter: a capital, or a letter of a script without capitals (Arabic, Hebrew, Thai; Georgian,
    whose capitals Unicode has but no title prints)."""
    return first.isupper() or (first.isalpha() and first.lower() == first.upper()) or "\u10d0" <= first <= "\u10ff"


# one person's name with middle initials, a heading of an author's card (PMC's 'Dennis A Benson'): no title
_INITIALLED_NAME = _regex.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.?)+\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")


def _short_h1(page: Page, block: Block) -> str | None:
    """The last h1 of an HTML page, of one or two words (PMC's 'GenBank'): a title where a byline is under it (not
    a logo's h1 over the menus, PLOS's 'PLOS ONE' before the article's)."""
    text = block.text
    if not (page.is_html and block.tag == "h1" and 3 <= len(text) <= 40 and len(text.split()) < 3
            and text[0].isupper()):
        return None
    if furniture(text) or rare_furniture(text) or _LOGO.search(f"{block.cls} {block.id}") \
            or any(later.tag == "h1" for later in page.blocks[block.index + 1:]):
        return None
    return block.lang or detect(text)


_LOGO = _regex.compile(r"(?i)logo|brand|masthead")


def _paired_title(text: str) -> bool:
    """A Han title of title length with its English translation after it on the line."""
    pair = _TITLE_PAIR.match(text) if len(text) <= 400 else None
    return pair is not None and len(pair.group("han")) <= 100 and len(pair.group("latin").split()) <= 40


def _masthead_name(text: str) -> bool:
    """A short Han line ending in a journal word is the journal's masthead ('生 态 学 报' on a PDF's first page)."""
    compact = text.replace(" ", "")
    return len(compact) <= 12 and compact.endswith(HAN_SERIALS)


def matching_titles(page: Page, titles: list[str], labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """Standalone lines that print a citation's title: the page's own casing and spacing win; and the byline under
    such a line (a page's names in full, where the citation has initials: 'Heather Piwowar' for 'Piwowar H')."""
    wanted = {squash(t): t for t in titles if t}
    if not wanted:
        return
    shortest = min(len(key) for key in wanted)  # squashing only shortens a text
    for block in page.blocks[:_TITLE_SCAN]:
        if shortest <= len(block.text) < 400 and squash(block.text) in wanted:
            lang = detect(block.text)
            yield Candidate.of("title", block.text, "block:title", lang, bonus=3.0)
            byline = _byline_under(page, block.index + 1, labels)[1]
            for names in byline:
                yield Candidate.of("authors", names, "position:authors-under-title", names_lang(names))
            if block.index + 1 < len(page.blocks):
                nxt = page.blocks[block.index + 1]
                other = title_like(nxt, {})
                if other and other != lang and squash(nxt.text) not in wanted and not _among(nxt, byline):
                    yield Candidate.of("title", nxt.text, "position:title", other)


def extract(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """Titles next to author lines, and a translated title printed right after one."""
    abstracts = [i for i, x in labels.items() if x.kind == "abstract"]
    first_abstract = min(abstracts, default=_SCAN)
    # the English title, authors and abstract printed after the Chinese ones (Hans): in a text rendering, and on
    # an HTML page in blocks whose class names a title ('p.en-title' under the Chinese abstract)
    near_end = page.scan_end(_SCAN)  # (in HTML past it only a block whose class names a title: HAL's h2.title-lang)
    last_abstract = max((i for i, x in labels.items() if x.kind in ("abstract", "keywords")),
                        default=near_end)  # (none: as far as the search goes, from HTML's h1)
    done: set[str] = set()
    bylines: list[list[str]] = []  # the author lines found so far: a name of theirs is no title
    # (a text rendering cut short after the English title and byline, before their abstract: a few lines past;
    # menus copied as text, or HAL's title under a logo's h1, push the labels past the usual end: up to them)
    far_end = max(near_end, last_abstract) if last_abstract <= _FAR_LABEL else near_end
    end = min(_past_labels(page, last_abstract), far_end)
    han_labelled = any(x.lang in HAN_LANGS for x in labels.values() if x.kind in ("abstract", "keywords"))
    for block in page.blocks[:end]:
        if page.is_html and not (_title_block(block, last_abstract) and (block.index < near_end
                                                                          or names_a_title(block))):
            continue
        lang = title_like(block, labels) or _short_h1(page, block)
        if block.index > last_abstract and han_labelled and lang in HAN_LANGS:
            continue  # past the Chinese abstract and keywords only the translation's title: the body starts
        if not lang or lang in done or _above_issue_line(page, block) or (bylines and _among(block, bylines)) \
                or _column_above_title(page, block, lang, labels) or _masthead_above_title(page, block, lang, labels) \
                or in_menu_run(page, block) or under_kind_line(page, block):
            continue
        first = block.index + 1 + bool(_subtitle(page, block.index + 1))  # (the byline under the subtitle)
        below, near, far = _byline_under(page, first, labels)
        if not near:  # a byline over the title, unless it is the byline of the title above (this its affiliation)
            near = [n for n in author_lines(page, block.index - 2, block.index, labels) if n not in bylines]
        if not any((names_lang(n) in HAN_LANGS) == (lang in HAN_LANGS) for n in near) \
                or _nearer_title(page, block, lang, labels, below) \
                or (far and _over_byline(page, block, below, labels)):
            continue
        done.add(lang)
        bylines += near
        pair = _TITLE_PAIR.match(block.text) if lang in HAN_LANGS else None
        title = pair.group("han") if pair else block.text + _subtitle(page, block.index + 1)
        yield Candidate.of("title", title, "position:title", lang)
        if pair and "en" not in done:  # '中文题名 English Title' on one line: a title and its translation
            done.add("en")
            yield Candidate.of("title", pair.group("latin"), "position:title", "en")
        for names in near:
            yield Candidate.of("authors", names, "position:authors", names_lang(names))
        if block.index + 1 < len(page.blocks):
            nxt = page.blocks[block.index + 1]
            other = title_like(nxt, labels)
            if other and other != lang and other not in done and not _among(nxt, near):
                done.add(other)  # the line after the title in another language, unless it is an author's
                yield Candidate.of("title", nxt.text + _subtitle(page, nxt.index + 1), "position:title", other)
    if not page.is_html:
        front = max((i for i, x in labels.items() if i < _SCAN and x.kind != "body"), default=0)  # its last label
        yield from _lone_author_lines(page, labels, min(first_abstract, _SCAN), min(front + _PAST_LAST_LABEL, _SCAN))


_PAST_LAST_LABEL = 4
_BYLINE_LINES = 4  # lines under a title its byline may be on, besides lone labels and furniture


def _byline_under(page: Page, first: int, labels: dict[int, Labelled]) -> tuple[int, list[list[str]], bool]:
    """Where the search for a title's byline from ``first`` stops, the author lines found, and whether they were
    found past furniture: a few lines, more for lone labels (their values on their own lines); when none is found,
    past the site's furniture too ('PDF下载 HTML全文 导出引用', '浏览次数：1234', '分享到：微信 微博' between the title
    and its byline)."""
    window = page.blocks[first:first + _BYLINE_LINES]
    lone_labels = sum(1 for b in window if b.index in labels and not labels[b.index].content)
    below = _before_header(page, first, first + _BYLINE_LINES + lone_labels)
    near = author_lines(page, first, below, labels)
    furniture_lines = 0 if near else sum(1 for b in window if b.index not in labels and furniture(b.text))
    if furniture_lines:
        below = _before_header(page, first, first + _BYLINE_LINES + lone_labels + furniture_lines)
        near = author_lines(page, first, below, labels)
    return below, near, bool(furniture_lines)


def _over_byline(page: Page, block: Block, below: int, labels: dict[int, Labelled]) -> bool:
    """Another title-like line, no name, right over the byline found past the furniture under the block: that line
    is the title ('See all formats and pricing' / 'More options …' / 'Volume 50, Issue 6' / 'Issues' / the title /
    the byline, a publisher's page copied as text)."""
    return any(title_like(other, labels) and not author_line(other.text)
               and author_lines(page, other.index + 1, other.index + 2, labels)
               for other in page.blocks[block.index + 1: below])


def _before_header(page: Page, start: int, end: int) -> int:
    """Where a title's byline search stops: at the journal's header line ('科学观察, 2018, 13(5): 1-20 doi: …'), which
    no title is parted from its byline by (a masthead's slogan over it is no title)."""
    return next((b.index for b in page.blocks[start:end] if looks_like_citation(b.text)), end)
_SUBTITLE = _regex.compile(r"^(?:——|—|--)\s*\S.{0,80}$")  # a subtitle on the line under its title: '——基于D3NLDS模型'


# a Han or Japanese title line ending in a particle or conjunction goes on on the next line (a PDF's copy:
# '電子化された日本語研究論文の流通実態と' / '「つなぐ」文献目録によるアクセス支援')
_CONTINUING = (*"とのにをはがでへや的与和及对", "および", "における", "による")


def _subtitle(page: Page, index: int) -> str:
    """The line at ``index`` when it goes on the title above it: its dashed subtitle, or the rest of a title
    broken after a particle; in a text rendering, a Latin title's rest, a line of words starting in small letters
    (a PDF's 'International work and leadership' / 'in UK general practice'), with the space between."""
    if not 0 < index < len(page.blocks):
        return ""
    text = page.blocks[index].text
    if _SUBTITLE.match(text):
        return text
    above = page.blocks[index - 1].text
    if not page.is_html and (_LATIN_REST.match(text) or (_dangling(above) and _LATIN_LINE.match(text))) \
            and not above.endswith(_NO_TITLE_END) and not author_line(text) and not furniture(text):
        return " " + text
    broken = above.endswith(_CONTINUING) and has_han(above) and len(text) <= _BROKEN_REST and has_han(text)
    return text if broken and not author_line(text) and not furniture(text) else ""


# the rest of a Latin title on the next line: small letters first, two words to ten, no sign of a field or a link
_LATIN_REST = _regex.compile(r"[a-z][a-z'’\-]*(?:\s+[^\s:@/|]+){1,9}$")
_NO_TITLE_END = (".", ",", ":", ";")
_LATIN_LINE = _regex.compile(r"[A-Za-z][A-Za-z'’\-]*(?:\s+[^\s:@/|]+){0,9}$")


def _dangling(line: str) -> bool:
    """A line ending in a little word a title never ends in ('… Key Findings from' / 'This Topic …')."""
    return line.rsplit(" ", 1)[-1].lower() in _DANGLING_WORDS


_DANGLING_WORDS = frozenset(("from", "of", "and", "the", "for", "in", "on", "to", "with", "a", "an", "by", "at"))


_BROKEN_REST = 60


def _past_labels(page: Page, last_label: int) -> int:
    """Where the title search stops: at the last abstract or keyword label, in a text rendering a few lines past
    it (a copy cut after the English title and byline), never into the body."""
    if page.is_html:
        return last_label
    end = last_label + _PAST_LAST_LABEL
    return next((b.index for b in page.blocks[last_label + 1:end] if BODY_HEADING.match(b.text)), end)
# a Han title and its English translation on one line: the Latin run of three words or more after the last Han
_TITLE_PAIR = _regex.compile(r"^(?P<han>.*[\u4e00-\u9fff][)）]?)\s+"
                             r"(?P<latin>[A-Z][A-Za-z'’\-]*(?:[\s:,]+[A-Za-z0-9'’\-]+){2,}[.?!]?)$")


def laid_out_as_text(page: Page, labels: dict[int, Labelled]) -> bool:
    """A Chinese or Japanese HTML page that sets no heading before its abstract but its title's h1: every other line
    a <p> or a <div>, as the text a copy gives (read as a text rendering once its meta tags and markup are read)."""
    if (page.lang or "")[:2] not in HAN_LANGS and not any(x.lang in HAN_LANGS for x in labels.values()):
        return False
    first = min((i for i, x in labels.items() if x.kind == "abstract"), default=len(page.blocks))
    return not any(b.tag in _SECTION_TAGS or (b.tag != "h1" and names_a_title(b)) for b in page.blocks[:first])


_FAR_LABEL = 400  # blocks: a label further down is in the body or a list after it


def _masthead_above_title(page: Page, block: Block, lang: str, labels: dict[int, Labelled]) -> bool:
    """An HTML heading right above another of its tag in its language: the journal's masthead over the article's
    title (two h1), the byline under them the title's."""
    following = heading_over_heading(page, block)
    return following is not None and title_like(following, labels) == lang


def _column_above_title(page: Page, block: Block, lang: str, labels: dict[int, Labelled]) -> bool:
    """A Han line right above another Han title-like line is the journal's column ('农业装备工程与机械化' over the
    title): a Chinese title is never split over two lines, and its subtitle starts with a dash."""
    if lang not in HAN_LANGS or block.index + 1 >= len(page.blocks):
        return False
    nxt = page.blocks[block.index + 1]
    return title_like(nxt, labels) == lang and not author_line(nxt.text) and not _subtitle(page, nxt.index)


def _nearer_title(page: Page, block: Block, lang: str, labels: dict[int, Labelled], below: int) -> bool:
    """In a text rendering, another Han line like a title between the block and the byline under both: the block is
    the site's section over the article ('心理健康论文' / the breadcrumb / the title / the byline), the nearer line the
    title; in the Arabic script too. (Not in Latin script, where one name alone on a line reads as a title too, but
    for a journal's name over the title: 'Food Systems Review' / 'Review Article' / the title / the byline.)"""
    masthead = lang not in _NEARER_TITLE_LANGS  # (then a journal's name, right over the title or not)
    if page.is_html or (masthead and not (journal_shaped(block.text) or _ABBREVIATED_START.match(block.text))):
        return False
    start = block.index + (1 if masthead else 2)
    return any(title_like(other, labels) == lang and not _subtitle(page, other.index)
               and not (masthead and author_line(other.text)) and author_lines(page, other.index + 1, below, labels)
               for other in page.blocks[start: below])


# a journal's abbreviated name opening the line: 'J. Mol. Spectra All Publications/Website' (ACS's header)
_ABBREVIATED_START = _regex.compile(r"[A-Z][a-z]{0,6}\.\s+[A-Z][a-z]{0,8}\.\s")


def _among(block: Block, author_lines: list[list[str]]) -> bool:
    """Whether the block's names are all among the author lines' (an author list printed one name a line)."""
    names = author_line(block.text.rstrip(". ")) or []
    return bool(names) and all(any(name in line for line in author_lines) for name in names)


def _above_issue_line(page: Page, block: Block) -> bool:
    """A line right above 'Том 12, № 3, 2020', or above the issue's date over it ('September/October 2018' /
    'Volume 24, Number 9/10'), is the journal's masthead, not a title (unless it is longer than a journal's name:
    DergiPark prints 'Volume: 14 Number: 2' under the title)."""
    after = page.blocks[block.index + 1: block.index + 3]
    if after and is_date_line(after[0].text):
        after = after[1:]
    return bool(after) and is_issue_line(after[0].text) and len(block.text.split()) <= _MASTHEAD_WORDS


_MASTHEAD_WORDS = 8


def _title_block(block: Block, first_abstract: int) -> bool:
    """On an HTML page: a heading before the first abstract, or a block whose class or id names a title."""
    return (block.tag in _TITLE_TAGS and block.index < first_abstract) or names_a_title(block)


def _lone_author_lines(page: Page, labels: dict[int, Labelled], stop: int, translated: int) -> Iterator[Candidate]:
    """Author lines with no title beside them (a title the rendering lost), first per script: before the first
    abstract, and up to ``translated`` the translation's byline, marked and in Latin script ('YI Mingyang1,2,3, …'
    under the Chinese abstract, its English title run into the line above)."""
    seen: set[str] = set()
    for block in page.blocks[:max(stop, translated)]:
        if block.index in labels or labels_value(block, labels) or looks_like_citation(block.text):
            continue
        found = author_line(block.text.rstrip(". "))
        if not found or (len(found) < 2 and not (_MARKED.search(block.text) or _first_line(page, block, labels))):
            continue  # one name alone: with a mark on it, or a mirror page's first line
        if block.index >= stop and (len(found) < 2 or has_han(block.text) or not _MARKED.search(block.text)):
            continue
        for names in by_script(found):
            lang = names_lang(names)
            if lang not in seen:
                seen.add(lang)
                yield Candidate.of("authors", names, "position:author-line", lang, bonus=-1.5)


_MARKED = _regex.compile(r"[\d*+(]")


def _first_line(page: Page, block: Block, labels: dict[int, Labelled]) -> bool:
    """A mirror page whose first line is its one author: over the abstract label ('鄭璐' / '[摘 要]…'), the
    affiliation ('傅 曄' / '(西北師范大學 …,蘭州 730070)') or straight over the article's first paragraph."""
    second = page.blocks[1] if len(page.blocks) > 1 and block.index == 0 else None
    return second is not None and ((1 in labels and labels[1].kind == "abstract") or affiliation_line(second.text)
                                   or (len(second.text) >= _PARAGRAPH and second.text.endswith("。")))


_PARAGRAPH = 80

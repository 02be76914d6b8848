"""Label-driven blocks: the values of the labels ``label_lines`` found (摘要 / Abstract / Аннотация, 关键词 / Key words,
引用本文 / Citation, DOI, dates…).

Shared by the HTML and the text path: both arrive here as one sequence of blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journalmeta import _regex
from journalmeta._memo import page_dict
from journalmeta.document.model import Block, Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.citation import looks_like_citation
from journalmeta.extractors.continuation import HEADING_TAGS, OWN_LANGUAGE, continuation, furniture
from journalmeta.extractors.header import BADGES, aggregator_issue_line, source_line
from journalmeta.extractors.japanese import one_name
from journalmeta.extractors.keywords import split_keywords, terms_a_line
from journalmeta.extractors.label_lines import (
    TERM_SEPARATORS,
    Labelled,
    column_name,
    in_search_form,
    lone_label_record,
)
from journalmeta.extractors.mastheads import named_journal
from journalmeta.extractors.names import is_menu_line, is_name, split_names
from journalmeta.labels import TAG_LANGUAGE
from journalmeta.lang import (
    GLUED_LANGS,
    NON_LATIN_LANGS,
    as_declared,
    count,
    detect,
    has_han,
    latin_language,
    script_language,
)
from journalmeta.normalize import find_doi

MIN_ABSTRACT = 60
MIN_CJK_ABSTRACT = 10
_NOT_KEYWORD_TAGS = frozenset(("h1", "h2", "h3", "h4", "option", "select", "form", "button", "label", "th"))
_DIGIT = _regex.compile(r"\d")
# after a journal's name: core-journal badges (Wanfang), or the issue that follows 《name》 (CQVIP)
_JOURNAL_TAIL = _regex.compile(r"(?:\s+" + BADGES + r")+\s*$|"
                               r"(?<=》).*$")
# a short word and a colon after a space: the next field's label ('年,卷(期):', 'Year:'; not a name's own word in
# lower case before its subtitle: 'Современная высшая школа: инновационный аспект')
_NEXT_LABEL = _regex.compile(r"\s+(?![a-zа-яё])\S{1,6}\s*[:：]")
def value_language(text: str, block: Block, label_lang: str, page_lang: str | None = None) -> str:
    """Language of a labelled value: its script, else the block's lang, else the label's."""
    by_script = script_language(text)
    if by_script:
        return as_declared(by_script, block.lang, page_lang, text)
    if block.lang and script_language(block.lang) is None and block.lang not in NON_LATIN_LANGS:
        return block.lang
    from_label = label_lang not in ("", *NON_LATIN_LANGS)
    hint = label_lang if from_label else (page_lang or "en")
    if hint in NON_LATIN_LANGS:
        hint = "en"
    return latin_language(text, hint, ascii_is_english=not from_label)


_NEXT_FIELD = _regex.compile(r"\s*[\u4e00-\u9fff]")  # a classification code ends where Han text (a label) starts
# Chinese Library Classification codes, one or several: 'TP391', 'O 242;TP 391', 'R2-03;R241', 'S 816.6'
_CLC_CODE = r"[A-Z]{1,2}\s?\d[\d.:/=+\-]*(?:\([\d.\-]+\))?"
_CLC_CODES = _regex.compile(rf"{_CLC_CODE}(?:\s*[;；,，]\s*{_CLC_CODE})*")
_CELL_TAGS = frozenset(("td", "th", "dt"))
_SWITCH = _regex.compile(r"(?:(?:en|fr|de|es|pt|it|ru|uk|tr|zh|ja|ko|ar)\b[\s|/]*){1,6}", re.IGNORECASE)


def _abstract(page: Page, item: Labelled, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    first = item.content
    if page.is_html and item.block.tag in HEADING_TAGS and len(first) < 200:
        first = ""  # the rest of a heading ('Аннотация научной статьи по …'), not the abstract's start
    # the value's language from its first words: its first line, or the first paragraph under the label (past
    # the 'en' / 'fr' switch buttons of a tabbed abstract)
    below = page.blocks[item.block.index + 1: item.block.index + 5]
    probe = first or next((b.text for b in below if len(b.text) > 15), below[0].text if below else "")
    lang = value_language(probe, item.block, item.lang, page.lang)
    parts: dict[str, list[Block]] = {lang: [item.block]} if first else {}
    named: str | None = None  # the language the tab over a paragraph names ('Français' / the text / 'English' / …)
    for block in continuation(page, item.block.index, labels, lang):
        if not parts and _SWITCH.fullmatch(block.text):
            continue  # the tabs' 'en' / 'fr' buttons over a tabbed abstract, copied as text
        if tabs := _language_tabs(block.text):
            named = tabs[0] if len(tabs) == 1 else None  # ('Français English': the row of tabs, then each one's)
            continue
        # a section may hold the abstract in several languages, each marked with lang= or long enough to tell its
        # language by itself (a text rendering: a paragraph in another language than the first's, HAL's two)
        own = block.lang or len(block.text) >= OWN_LANGUAGE
        block_lang = named or (value_language(block.text, block, item.lang, page.lang) if own else lang)
        parts.setdefault(block_lang if page.is_html or (parts and own) or named else lang, []).append(block)
    for value_lang, blocks in parts.items():
        text = "\n".join(first if b is item.block else b.text for b in blocks).strip()
        if abstract_like(text):
            # a block the page itself calls an abstract (class or id) over, say, a form's help text
            classed = page.is_html and any("abstract" in f"{b.cls} {b.id}".lower() for b in blocks)
            yield Candidate.of("abstract", text, f"label:{item.label}", value_lang, bonus=0.3 if classed else 0.0)


def _language_tabs(text: str) -> list[str]:
    """The languages a line of tabs names, nothing else on it ('Français English', 'English'); [] for any other."""
    words = text.split() if len(text) <= _TABS_LINE else []
    langs = [TAG_LANGUAGE.get(word.lower()) for word in words]
    return [x for x in langs if x] if words and all(langs) else []


_TABS_LINE = 60
_PROSE_LINE = 50  # characters of a Latin-script abstract's longest line, at the least
_SENTENCE_END = _regex.compile(r"[.!?](?:\s|$)|[。！？]")


def abstract_like(text: str) -> bool:
    """Long enough to be an abstract: some sentences, not a placeholder or a line of page furniture, nor a
    short bibliographic statement ('英学史研究, 1972 年 1973 巻 5 号 p. 81-90': a quarter of it digits)."""
    if len(text) < 150 and count(_DIGIT, text) * 4 >= len(text):
        return False
    if "\n" in text and (not _SENTENCE_END.search(text)
                         or (not has_han(text) and max(map(len, text.split("\n"))) < _PROSE_LINE)):
        return False  # short lines or no sentence: a menu under a lone label ('Title' / 'Author' / 'Abstract' / a
        # journal list), a page's contents ('Abstract' / 'Results' / 'Glutamatergic and GABAergic photoreceptors')
    if script_language(text) in GLUED_LANGS:  # (a Korean or Thai abstract has few spaces)
        return len(text) >= MIN_CJK_ABSTRACT
    return len(text) >= MIN_ABSTRACT and len(text.split()) >= 8


def _keywords(page: Page, item: Labelled, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    if in_search_form(page, item, labels):
        return
    blocks = [item.block] if item.content else _keyword_blocks(page, item, labels)
    pieces = [item.content] if item.content else [b.text for b in blocks]
    langs = {b.lang for b in blocks}
    shared = blocks[0] if len(langs) == 1 and blocks else item.block
    whole = value_language(" ; ".join(pieces), shared, item.lang, page.lang)
    def language(term: str) -> str:
        return value_language(term, shared, item.lang, page.lang)

    groups: dict[str, list[str]] = {}
    for piece in pieces:
        for lang, words in split_keywords(piece, language, whole):
            groups.setdefault(lang, []).extend(w for w in words if w not in groups.get(lang, []))
    # a site's own tag line ('关键词：期刊论文 学术论文下载') sits above the article, its keywords below an abstract;
    # fx361's, its terms run together ('关键词：发文水产论文'), under its issue line, are never the article's
    first_abstract = min((i for i, x in labels.items() if x.kind == "abstract"), default=item.block.index)
    site_tags = -0.5 if item.block.index < first_abstract else 0.0
    if site_tag_line(page, item):
        return
    for lang, words in groups.items():
        yield Candidate.of("keywords", words, f"label:{item.label}", lang,
                           bonus=min(len(words), 8) * 0.05 + site_tags)


def site_tag_line(page: Page, item: Labelled) -> bool:
    """fx361's own tag line under its issue line or its posting line ('2017-11-13 02:50史竹琴朱先奇'), the terms run
    together ('关键词：发文水产论文'): no keywords."""
    if item.kind != "keywords" or not item.content or TERM_SEPARATORS.search(item.content) or item.block.index == 0:
        return False
    above = page.blocks[item.block.index - 1].text
    return aggregator_issue_line(above) or _POSTED_LINE.match(above) is not None


# a posting date, its time with or without seconds, and the names run on: '2014-02-04 11:55:19虞舜…'
_POSTED_LINE = _regex.compile(r"(?:19|20)\d\d-\d\d-\d\d(?:\s*\d{1,2}:\d\d(?::\d\d)?)?\s*[\u4e00-\u9fff]")


_KEYWORD_VALUES = page_dict()  # id(labels) → (the labels, the blocks their lone keyword labels' values fill)


def keyword_value_blocks(page: Page, labels: dict[int, Labelled]) -> frozenset[int]:
    """The blocks holding the values of keyword labels that stand alone (a text rendering's terms one a line):
    no other field's value (a byline) is read from them."""
    known = _KEYWORD_VALUES.get(id(labels))
    if known is not None and known[0] is labels:
        return known[1]  # type: ignore[no-any-return]
    found = frozenset(b.index for item in labels.values() if item.kind == "keywords" and not item.content
                      for b in _keyword_blocks(page, item, labels))
    _KEYWORD_VALUES[id(labels)] = (labels, found)
    return found


def _keyword_blocks(page: Page, item: Labelled, labels: dict[int, Labelled]) -> list[Block]:
    """Keywords printed as the blocks after their heading (a list, or one line of terms)."""
    following: list[Block] = []
    shape: str | None = None
    for block in page.blocks[item.block.index + 1: item.block.index + 30]:
        if page.is_html and shape is not None and block.tag != shape:
            break
        shape = block.tag
        if block.index in labels or len(block.text) > (2000 if not following else 300) \
                or block.tag in _NOT_KEYWORD_TAGS \
                or furniture(block.text) or looks_like_citation(block.text):
            break  # (an empty label over the next field's value: 'Key words:' / 'LIU Fang, HE Wei. …[J]. …')
        following.append(block)
        if (block.tag not in ("li", "a", "span", "dd") and not page.is_html) or item.block.tag in _CELL_TAGS:
            break  # a table row's label cell ('keywords:' in a td) has one value cell
    if len(following) == 1 and not page.is_html:
        return terms_a_line(page, following[0], labels)
    return following


def _journal(page: Page, item: Labelled, value: str) -> Iterator[Candidate]:
    """'刊  名：测绘学报 ISTIC EI PKU', '出处：《测绘学报》 2021年第3期…': the name, without index badges or the
    issue after it; and the line under a Han one when it is the name in English (CQVIP's 'Transactions of …')."""
    value = _NEXT_LABEL.split(value, maxsplit=1)[0]  # '刊名: 地理学报 年,卷(期): 2021,76(9)': one row's cells in a line
    name = _JOURNAL_TAIL.sub("", value.strip()).strip(" 《》,，.")
    if 2 <= len(name) <= 120 and not _DIGIT.search(name):
        yield Candidate.of("journal", name, f"label:{item.label}", detect(name))
        below = page.blocks[item.block.index + 1].text if item.block.index + 1 < len(page.blocks) else ""
        english = named_journal(below) if has_han(name) and below.isascii() else None
        if english:
            yield Candidate.of("journal", english, f"label:{item.label}", "en")


# what a '来源:' label names besides a journal: the site, its users, a database ('来源:用户上传', '来源:网络整理')
_NO_JOURNAL = _regex.compile(r"网$|网站|网络|上传|整理|原创|本站|转载|文库|数据库|用户|百度|未知")


def _bare_source(page: Page, item: Labelled, value: str) -> Iterator[Candidate]:
    """A Han source label naming a journal and nothing else ('来源:科技与出版 作者:…', an aggregator's)."""
    name = _NEXT_LABEL.split(value, maxsplit=1)[0].split("|", 1)[0].strip()
    if has_han(name) and len(name) <= 30 and not _NO_JOURNAL.search(name):
        yield from _journal(page, item, name)


_SEPARATOR = _regex.compile(r"[:：|｜】\]]")


def _value_or_next(page: Page, item: Labelled, labels: dict[int, Labelled]) -> str:
    """A label's value: after it in its block, else the next block (a table's value cell)."""
    if item.content:
        return item.content
    nxt = page.blocks[item.block.index + 1] if item.block.index + 1 < len(page.blocks) else None
    return "" if nxt is None or nxt.index in labels else nxt.text


def _cell_value(page: Page, item: Labelled, labels: dict[int, Labelled]) -> str:
    """A label's value after it in its block, or in the next cell when the label is a table's header cell
    ('作者' in a th, the names in its td) or, in a text rendering, a label alone with its colon; under a heading,
    the next block is a list of details instead."""
    alone = not page.is_html and not item.content and (
        item.block.text.endswith((":", "：")) or lone_label_record(labels, item))
    return _value_or_next(page, item, labels) if item.block.tag in _CELL_TAGS or alone else item.content


def _heading_under(page: Page, item: Labelled) -> str:
    """On an HTML page, the heading right under a label standing alone ('Journal' over the h1 'Molecular Physics':
    Taylor & Francis's masthead)."""
    nxt = page.blocks[item.block.index + 1] if item.block.index + 1 < len(page.blocks) else None
    return nxt.text if page.is_html and not item.content and nxt is not None and nxt.tag in ("h1", "h2") else ""


def _title(page: Page, item: Labelled, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """'中文题名：…', '【英文标题】 …', or 'Title' over the value (a table's th and td). A Han title label needs its
    separator (a title may itself start with 标题 or 题名), or its bracketed qualifier ('論文名稱(英文) …')."""
    value = _value_or_next(page, item, labels)
    if item.content and not _SEPARATOR.search(item.block.text[:len(item.block.text) - len(value)]) \
            and not item.label.endswith((")", "）")):
        return
    if not item.content and ((script_language(value) is None and len(value.split()) < 2) or is_menu_line(value)):
        return  # a 'Title' field of a search form, and its 'Remove' button (or its next field, 'Cited Author') under it
    if 4 <= len(value) <= 400 and (item.content or not furniture(value)):  # a next block may be a menu
        han, parallel, translated = value.replace("＝", "=").partition("=")
        if parallel and has_han(han) and script_language(translated) is None:  # '題名=Parallel title' (NCL)
            yield Candidate.of("title", han.strip(), f"label:{item.label}", value_language(han, item.block, "zh"))
            value = translated.strip()
            if len(value) < 4:
                return
        lang = value_language(value, item.block, item.lang, page.lang)
        yield Candidate.of("title", value, f"label:{item.label}", lang)


def _single(item: Labelled, field: str) -> Iterator[Candidate]:
    value = item.content.rstrip(" ;；,，")  # CNKI ends each field with a separator: '基金资助：…(41971352);'
    if any(ch.isalpha() for ch in value):  # not an empty field's furniture: '基金资助: |'
        yield Candidate.of(field, value, f"label:{item.label}")


_LINK_AFTER = _regex.compile(r"\s*\bhttps?://\S+")


def _authors(item: Labelled, value: str, page: Page) -> Iterator[Candidate]:
    if "://" in value:  # a link after the names ('Олексів М.В. https://…/19.pdf')
        value = _LINK_AFTER.sub("", value)
    content = re.sub(r"[:：][^;；]*", "", value)  # "孙倩倩*:延安大学,陕西 延安;周晓玲#:..."
    # a table's header row ('Author Name<tab>Affiliation'): a column name is no author
    names = one_name([n for n in split_names(content) if is_name(n) and column_name(n) is None], content, page)
    latin = [n for n in names if script_language(n) is None]
    if latin and sum(len(n.split()) >= 2 for n in latin) < len(latin) * 0.8:
        return  # one-word 'names': a search form's field list ('Auteur : Prénom'), not people
    if names:
        lang = script_language(" ".join(names)) or "en"
        yield Candidate.of("authors", names, f"label:{item.label}", lang)


def _menu_entry(page: Page, item: Labelled) -> bool:
    """A label that is only an entry of a page menu or table of contents ('Abstract', 'Keywords')."""
    if item.content or item.block.tag not in ("li", "option", "a"):
        return False
    nxt = page.blocks[item.block.index + 1] if item.block.index + 1 < len(page.blocks) else None
    return nxt is None or (nxt.tag == item.block.tag and len(nxt.text) < 60)


def extract(page: Page, labels: dict[int, Labelled], cited: frozenset[int] = frozenset()) -> Iterator[Candidate]:
    """The values the labels give; a DOI label among the ``cited`` blocks (a reference list) is a cited work's."""
    for item in labels.values():
        if page.is_html and _menu_entry(page, item):
            continue
        kind = item.kind
        if kind == "abstract":
            yield from _abstract(page, item, labels)
        elif kind == "keywords":
            yield from _keywords(page, item, labels)
        elif kind == "doi" and item.block.index not in cited:
            value = _cell_value(page, item, labels) or _value_or_next(page, item, labels)  # 'DOI' over '10.…'
            doi = find_doi(value) if item.content or value.startswith("10.") else None
            if doi:
                yield Candidate.of("doi", doi, f"label:{item.label}")
        elif kind == "clc":
            # '…TP391 文献标识码：A' on one line; 'CLC number:' alone over its code
            value = _NEXT_FIELD.split(_cell_value(page, item, labels), 1)[0].strip(" ;；,，[【(（")
            codes = _CLC_CODES.match(value)  # not what a mirror site put for a space, nor the next label's bracket
            code = codes.group(0) if codes else value
            if code:
                yield Candidate.of("clc", code, f"label:{item.label}")
        elif kind == "journal":  # (its value a whole source line: 'Journal: Clin Neurophysiol, 2000, № 10, p. 1880-8';
            value = _cell_value(page, item, labels) or _heading_under(page, item)  # not a Han one: '出处：《…》 …')
            whole = _DIGIT.search(value) and not has_han(value) and list(source_line(value, f"label:{item.label}"))
            yield from whole or _journal(page, item, value)
        elif kind == "title":
            yield from _title(page, item, labels)
        elif kind == "source":
            value = _value_or_next(page, item, labels)
            found = list(source_line(value, f"label:{item.label}"))
            yield from found or _bare_source(page, item, value)
        elif kind in ("funding", "publisher"):
            yield from _single(item, kind)
        elif kind in ("corresponding", "author_notes") and (value := _value_or_next(page, item, labels)):
            yield Candidate.of(kind, value, f"label:{item.label}")
            if kind == "author_notes" and (noted := _noted_names(value)):
                yield Candidate.of("authors", noted, f"label:{item.label}", "zh", bonus=_NOTED_NAMES)
        elif kind == "authors":
            yield from _authors(item, _cell_value(page, item, labels), page)
        elif kind == "issn":
            yield from _issns(item)
        elif kind == "cn" and (m := re.search(r"\d{2}-\d{4}/[A-Z]{1,2}", item.content)):
            yield Candidate.of(kind, m.group(0), f"label:{item.label}")


# an ISSN and what it is of, where the line says ('ISSN 1079-7114 (online), 0031-9007 (print)', APS's footer)
_ISSN = _regex.compile(r"(\d{4}-\d{3}[\dXx])(?:\s*\(\s*(online|electronic|print)\b)?", re.IGNORECASE)


def _issns(item: Labelled) -> Iterator[Candidate]:
    """The print ISSN a label gives, and the electronic one where the label or a bracket says so ('eISSN 2160-3308',
    '… (online)'); a second ISSN only with such a word (unsaid, which is which is unknown)."""
    for number, m in enumerate(_ISSN.finditer(item.content)):
        said = (m.group(2) or "").lower()
        if number and not said:
            break
        online = said in ("online", "electronic") or (not said and item.label.lower().startswith("e"))
        yield Candidate.of("eissn" if online else "issn", m.group(1), f"label:{item.label}")


# the Han names author notes open with ('作者简介：黄如花，女，…；刘龙，男，…', '魏超（1999—），男，…'):
# the page's authors where it prints no byline, below any byline and author line
_NOTE_NAME = _regex.compile(r"(?:^|[;；。]\s*)([\u4e00-\u9fff]{2,4})\s*(?=[(（]\s*\d{4}|[,，]\s*[男女])")
_NOTED_NAMES = -5.5  # (below a lone author line too: 1.0)


def _noted_names(value: str) -> list[str]:
    """The names, two or more (a note on one author tells nothing of the others)."""
    names = [name for name in dict.fromkeys(_NOTE_NAME.findall(value)) if is_name(name)]
    return names if len(names) >= 2 else []

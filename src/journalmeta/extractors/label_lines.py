"""Which blocks start with a label, of what kind and language (``摘要：``, ``Key words:``, ``【关键词】``): the labels
table read against the page's blocks, once a page. What each label's value is, is ``labelled``'s work."""

from __future__ import annotations

import re
from dataclasses import dataclass

from journalmeta._memo import page_dict
from journalmeta._pinyin import PINYIN, without_pinyin
from journalmeta.document.model import Block, Page
from journalmeta.labels import (
    ABSTRACT_SECTIONS,
    LABELS,
    OPENING,
    label_groups_for,
    label_initials,
    label_regex,
    tagged_language,
)
from journalmeta.lang import CJK_LANGS, NON_LATIN_LANGS, has_han
from journalmeta.normalize import clean_text

__all__ = ["Labelled", "abstract_language", "column_name", "find_label", "holds_text", "in_search_form", "label_index"]

SCAN_KINDS = ("abstract", "keywords", "citation", "doi", "clc", "received", "revised", "accepted", "published",
              "online", "funding", "authors", "affiliations", "corresponding", "author_notes", "issn", "cn",
              "article_no", "body", "journal", "title", "source", "email", "neighbour", "article_type", "translation",
              "publisher")
_RANK = {kind: n for n, kind in enumerate(SCAN_KINDS)}  # ties between equally long labels: the earlier kind
MAX_LABELLED_BLOCKS = 20_000  # labels sit in an article's front matter; a huge page's tail is not scanned


@dataclass(frozen=True, slots=True)
class Labelled:
    block: Block
    kind: str
    lang: str  # the label's language
    label: str
    content: str


def find_label(block: Block) -> Labelled | None:
    """The longest label that starts this block, if any."""
    best: tuple[int, str, str, str] | None = None
    text = block.text
    offsets: list[int] | None = None
    if "(" in text and PINYIN.search(text[:40]):
        text, offsets = without_pinyin(text)
    for kind, lang in label_groups_for(text):  # the few groups with a label starting as the block does
        m = label_regex(kind, lang).match(text)
        if m and (best is None or m.end() > best[0] or (m.end() == best[0] and _RANK[kind] < _RANK[best[1]])):
            best = (m.end(), kind, lang, m.group(0))
    if best is None:
        return None
    end, kind, lang, label = best
    if _word_goes_on(text, end) and not _glued_value(kind, text[end:]):
        return None  # a title on the label's subject: '关键词网络的结构特征', '摘要生成方法研究'
    if offsets is not None:  # back to the page's own text, pinyin and all, for the value
        text = block.text
        end = offsets[end] if end < len(offsets) else len(text)
    content = text[end:].strip().lstrip(":：").lstrip()  # (a separator printed twice: 'Keywords: : RFID; …')
    for other in LABELS[kind]:  # "摘要|Abstract", "英文摘要 Abstract:": the label twice, in two languages
        m = label_regex(kind, other).match(content)
        if m and not _word_goes_on(content, m.end()):  # not the first term: '关键词: 关键词网络; 共词网络'
            content = content[m.end():].strip()
            break
    return Labelled(block, kind, tagged_language(label) or lang, _label_text(label), content)


def _label_text(label: str) -> str:
    """The label as printed, without its separator and opening bracket ('【关键词】' → '关键词'); a language tag
    keeps its brackets ('چکیده [English]')."""
    text = clean_text(label).strip(" :：|").lstrip("[【")
    closed = text.count("]") + text.count("】") > text.count("[") + text.count("【")
    return text.rstrip("]】 :：|") if closed else text


def _word_goes_on(text: str, end: int) -> bool:
    """Whether a Han label found at the start of ``text`` is only the start of a longer word."""
    return 0 < end < len(text) and has_han(text[end - 1]) and has_han(text[end])


def _glued_value(kind: str, content: str) -> bool:
    """Whether a value printed right after its Han label, with no sign between, reads as that field's: a list of
    terms ('关键词前列腺癌;活组织检查'), a paragraph ('摘要目的 比较…'); any other field's value is taken as it is."""
    if kind in ("abstract", "keywords") and _INSTRUCTION.match(content):  # a guide's sentence on the field:
        return False  # '摘要應具有獨立性…', '關鍵詞應遵照…'
    if kind == "keywords":  # (or terms apart by spaces: '关键词在线医疗     在线努力     在线声誉')
        return bool(TERM_SEPARATORS.search(content)) or " " in content.strip()
    return kind != "abstract" or len(content) >= 60 or content.startswith(_SECTION_STARTS)  # '摘要目的 探讨…'


TERM_SEPARATORS = re.compile(r"[;；,，、]")
_INSTRUCTION = re.compile(r"[应應须須](?![用对對])")  # ('应用…' is a method: '摘要应用…')
_SECTION_STARTS = tuple(word for word in ABSTRACT_SECTIONS if has_han(word))  # a structured abstract's headings


def column_name(text: str) -> str | None:
    """The kind of a label standing alone ('Affiliation', '单位', 'E-mail'): what a table's header cell holds."""
    found = find_label(Block(text=text, index=-1))
    return found.kind if found is not None and not found.content else None


# a space inside a label ('摘 要'; '摘? 要' where a mirror site wrote '?' for a space it could not encode), or pinyin
_SECOND_NOT_LABEL = frozenset(" \u3000(?")


_LABEL_INDEXES = page_dict()  # id(page) → (page, its labels): the affiliation pass reads them after the extractors


def label_index(page: Page) -> dict[int, Labelled]:
    """The page's labels by block index (a new dictionary each call: callers filter their own copy)."""
    known = _LABEL_INDEXES.get(id(page))
    if known is not None and known[0] is page:
        return dict(known[1])
    out = _label_index(page)
    _LABEL_INDEXES[id(page)] = (page, out)
    return dict(out)


def _label_index(page: Page) -> dict[int, Labelled]:
    out = {}
    starts = label_initials()
    for block in page.blocks[:MAX_LABELLED_BLOCKS]:
        text = block.text
        if text[:2].lower() not in starts and text[:1] not in OPENING and text[1:2] not in _SECOND_NOT_LABEL:
            continue  # no label starts with these two characters (the common case: spared a call)
        found = find_label(block) if not _tab_row(text) else None
        if found:
            out[block.index] = found
    return _without_listings(out)


def _tab_row(text: str) -> bool:
    """A row of tabs copied as one line ('摘要 | Abstract | 参考文献 | 相关文章 | 图表'): three short items or more
    apart by bars, the first a label's word but no label ('摘要 | Abstract', two, heads the abstract)."""
    if text.count("|") < _TAB_BARS:
        return False
    return all(0 < len(item.strip()) <= _TAB_LENGTH for item in text.split("|"))


_TAB_BARS = 2
_TAB_LENGTH = 16


_LISTING = 3  # author labels with a value, as many as this: a list of articles ('作者:于洪君' / '作者:赵启正' / …)


def _without_listings(labels: dict[int, Labelled]) -> dict[int, Labelled]:
    """A journal's home page lists its latest articles each with its '作者:' line: none of them is the byline."""
    listed = [i for i, x in labels.items() if x.kind == "authors" and x.content]
    if len(listed) < _LISTING or len({labels[i].content for i in listed}) < _LISTING:
        return labels
    return {i: x for i, x in labels.items() if i not in listed}


_CJK_RECORD = 3  # lone Chinese, Japanese or Korean labels, at least
_ANY_RECORD = 4  # lone labels of any language, at least


def lone_label_record(labels: dict[int, Labelled], item: Labelled) -> bool:
    """Whether ``item``, a label alone on its line, heads the value on the next line, in a record printed a field a
    line under labels with no colon: a Chinese, Japanese or Korean one (airiti's print view: '作者' / '莊傳慶',
    '关键词' / the terms) of three such labels or more, each over a line no label starts; in any language, for the
    journal only, one of four or more with another label two lines from it (a database's 'Authors' / the names /
    'Journal' / its name; not a form's 'Journal' over a list of journals to choose from; a Western page's lone
    headings, 'Authors' over the first of many names, are no such record)."""
    lone = [x for index, x in labels.items() if not x.content and index + 1 not in labels]
    if item.lang in CJK_LANGS and sum(1 for x in lone if x.lang in CJK_LANGS) >= _CJK_RECORD:
        return True
    index = item.block.index
    return item.kind == "journal" and len(lone) >= _ANY_RECORD and (index - 2 in labels or index + 2 in labels)


_PROSE = 80  # characters of a line of an abstract
_HAN_PROSE = 20  # ... of a Han one with a full stop
_FORM_FIELDS = 3  # lines between two of a search form's fields


def holds_text(page: Page, item: Labelled) -> bool:
    """An abstract label with a text after it or under it (a heading of its own between: 'Background'); not a
    search form's field ('Search in:' / 'Title' / 'Author' / 'Abstract' / 'All Publications')."""
    following = page.blocks[item.block.index + 1: item.block.index + 3]
    return bool(item.content) or any(_prose(block.text) for block in following)


def _prose(text: str) -> bool:
    """A line of an abstract: long, or a Han sentence ('以北京市为例，利用…。')."""
    return len(text) >= _PROSE or (len(text) >= _HAN_PROSE and "。" in text)


def in_search_form(page: Page, item: Labelled, labels: dict[int, Labelled]) -> bool:
    """A lone label a line or two under an abstract label with no text: a search form's fields, their options
    under them (HAL's 'Résumé' / 'Texte intégral indexé des documents PDF' / 'Mots-clés' / 'Type de document' / …)."""
    return not item.content and any(
        (other := labels.get(i)) is not None and other.kind == "abstract" and not holds_text(page, other)
        for i in range(item.block.index - _FORM_FIELDS, item.block.index))


def abstract_language(labels: dict[int, Labelled]) -> str:
    """The Latin-script language the page's first abstract label is in ('en' when none is): what a title's words
    leave open between languages sharing them ('Bronquiolite aguda: (in)formar para prevenir' over 'RESUMO') is read
    as it."""
    lang = next((x.lang for x in labels.values() if x.kind == "abstract"), None)
    return lang if lang and lang not in NON_LATIN_LANGS else "en"

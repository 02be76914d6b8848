"""Where a labelled value goes on past its label's line, and where it stops: the next label or section, a page's
furniture, a line in another script, a heading copied as text."""

from __future__ import annotations

import re

from journalmeta import _regex
from journalmeta._hanzi import either_form
from journalmeta.document.model import Block, Page
from journalmeta.extractors.citation_lines import looks_like_citation
from journalmeta.extractors.label_lines import Labelled
from journalmeta.labels import ABSTRACT_SECTIONS, TAG_LANGUAGE
from journalmeta.lang import NON_LATIN_LANGS, has_han, same_script, script_language
from journalmeta.normalize import DOI_LINE

__all__ = ["HEADING_TAGS", "OWN_LANGUAGE", "continuation", "furniture"]

_MAX_CONTINUATION = 40
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
OWN_LANGUAGE = 200  # characters of a paragraph from which its words tell its language
_FURNITURE = _regex.compile(either_form(r"\bPDF\b|EndNote|BibTeX|\bRIS\b|下载|浏览|收藏|导出|Download|Export|\||"
                                         r"This is a preview|Previous article|Next article|Log in|Sign in|Subscribe|"
                                         r"ICP备|公网安备"))
_SHORT_LINE = 60


def furniture(text: str) -> bool:
    """A page's links and buttons ('PDF下载 | 收藏 | 导出引用'): in a paragraph, a Han word of theirs only standing
    apart, not inside a longer word ('推导出', '浏览器', '下载量' are an abstract's words)."""
    found = _FURNITURE.search(text)
    if found is None or len(text) < _SHORT_LINE:
        return found is not None
    return any(not (has_han(m.group(0)) and _inside_word(text, m.start(), m.end())) for m in _FURNITURE.finditer(text))


def _inside_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and has_han(text[start - 1])) or (end < len(text) and has_han(text[end]))


# what starts a line that cannot go on a value: another field, or a page footer (版权所有 © 2023 …编辑部)
_STOP_WORDS = _regex.compile(either_form(
    r"^(?:(?:Received|Accepted|Published|Revised|Available online|DOI|Keywords|Key words|Cite|Citation|Copyright|"
    r"Funding|References|Introduction|Article history)\b|©|版权所有|主办单位[:：]|技术支持[:：]|本系统由|地址[:：]|"
    r"邮编[:：])"), re.IGNORECASE)
_SECTION_START = _regex.compile(r"^(?:\d+(?:\.\d+)*\.?\s+\S|[IVX]{1,4}\.\s+[A-Z]|[一二三四五六七八九十]+[、.]"
                            r"|第[一二三四五六七八九十\d]+[章节])")


def _stops_continuation(block: Block, labels: dict[int, Labelled], lang: str, is_html: bool) -> bool:
    if _section_heading(block, labels):
        return False
    if block.index in labels or furniture(block.text) or _STOP_WORDS.match(block.text) \
            or DOI_LINE.fullmatch(block.text) or looks_like_citation(block.text):  # (a DOI alone on a line; the
        return True  # article's citation under its abstract: Magtech's '杨晓东, 吕光辉. 题名. 植物生态学报, 2011, …')
    text = block.text
    if block.tag in ("h1", "h2", "h3", "h4"):  # (an abstract's own section heading has been let through above)
        return True
    if (_SECTION_START.match(text) and len(text) < 60) or (len(text) < 60 and text.endswith((":", "："))):
        return True
    if is_html and (block.lang or len(text) >= OWN_LANGUAGE):
        return False  # a paragraph that declares its language, or long enough to tell it: the value's part in it
    script = script_language(text)
    if lang in NON_LATIN_LANGS:
        return (script is not None and not same_script(script, lang)) or (script is None and len(text) > 40)
    return script is not None and len(text) > 3


def _section_heading(block: Block, labels: dict[int, Labelled]) -> bool:
    """A structured abstract's heading on a line of its own ('Fundamento:', 'Objetivo:'), or opening its section's
    line ('Introdução: A bronquiolite aguda …', SciELO's copy); one the label table calls the article's start
    ('Introducción') only with its colon, and not as an HTML heading."""
    text = block.text
    item = labels.get(block.index)
    if item is not None and item.kind == "body" and len(text) > _LONGEST_SECTION and _section_word(item.label) \
            and text[len(item.label):].lstrip().startswith((":", "：")) and block.tag not in HEADING_TAGS:
        return True
    if len(text) > _LONGEST_SECTION or not _section_word(text):
        return False
    return block.index not in labels or (labels[block.index].kind == "body" and text.endswith((":", "："))
                                         and block.tag not in HEADING_TAGS)


_LONGEST_SECTION = 20


def _opens_sections(block: Block, start: int, labels: dict[int, Labelled]) -> bool:
    """A structured abstract's first heading right under its label, one the label table calls the article's start
    too ('Abstract' / 'Background' / its text / 'Methods' / …: KoreaMed's reader)."""
    label = labels.get(start)
    return block.index == start + 1 and label is not None and label.kind == "abstract" and not label.content \
        and len(block.text) <= _LONGEST_SECTION and _section_word(block.text) and block.tag not in HEADING_TAGS


_PARAGRAPH = 100  # characters of a value taken before a heading line can end it
_SENTENCE_END = (".", "!", "?", ";", ",", ":", "：", "。")


def _heading_line(text: str) -> bool:
    """A short Latin-script line starting with a capital and ending no sentence: a heading copied as text (not a
    tab naming the next paragraph's language: 'English')."""
    return len(text) < 50 and text[:1].isupper() and not text.endswith(_SENTENCE_END) \
        and script_language(text) is None and not _section_word(text) and text.lower() not in TAG_LANGUAGE


def _section_word(text: str) -> bool:
    return text.strip(" :：").lower() in ABSTRACT_SECTIONS


def continuation(page: Page, start: int, labels: dict[int, Labelled], lang: str,
                 limit: int = 8000) -> list[Block]:
    """Blocks after ``start`` that continue a labelled value, up to the next label or section.

    In HTML the value's paragraphs share one tag, and once the value is inside an element declaring its
    language, a block outside any such element ends it (SciELO's translated abstract, then the article).
    """
    taken: list[Block] = []
    pending: list[Block] = []
    size = 0
    shape: str | None = None
    for block in page.blocks[start + 1: start + 1 + _MAX_CONTINUATION]:
        if _stops_continuation(block, labels, lang, page.is_html) and not _opens_sections(block, start, labels):
            break
        is_section = _section_word(block.text)
        if page.is_html and shape is not None and block.tag != shape and not is_section:
            break
        if page.is_html and taken and taken[0].lang and not block.lang:
            break
        if not page.is_html and size >= _PARAGRAPH and lang not in NON_LATIN_LANGS and _heading_line(block.text):
            break  # (a text rendering of a Latin-script page: 'Footnotes', 'See 4 more figures' after the abstract)
        if len(block.text) <= 15 and not is_section:
            if block.tag not in ("button", "option", "label"):
                pending.append(block)
            continue
        if shape is None and not is_section:
            shape = block.tag
        taken.extend(pending)
        pending = []
        taken.append(block)
        size += len(block.text)
        if size > limit:
            break
    return taken

"""Text renderings (copy-all, crawler text) → blocks: one block per non-empty line."""

from __future__ import annotations

import re
from functools import cache

from journalmeta import _regex
from journalmeta.document.markdown import is_markdown, plain_lines
from journalmeta.document.model import Block, Page
from journalmeta.document.unwrap import unwrap
from journalmeta.inline_labels import INLINE_HINTS
from journalmeta.institutions import name_then_institution
from journalmeta.labels import (
    ABSTRACT_SECTIONS,
    LABELS,
    any_label,
    glued_field,
    inner_field,
    label_groups_for,
    spaced_field,
    spaced_latin_field,
)
from journalmeta.lang import has_han
from journalmeta.normalize import without_markup_traces

BULLETS = "•·▪◦●○■□►▶"
# list bullets at a line's start: those, or a dash before a space ('- 胡云锋', not '-5 °C'); a nested list's flattened
# too ('- - 胡云锋')
BULLET = _regex.compile(rf"^[\s\u3000]*(?:[{BULLETS}\-–]\s+|[{BULLETS}])*")
MAX_LINES = 20_000
MAX_LINE = 20_000


AFTER_GAP = "after-gap"  # the class of a line that follows a blank line (a text rendering has no other)
# what a crawler's text (get_text('\n'): one line a text node) splits off the text before it: a separator between
# linked names or keywords (',' alone, '，刘芳'), or an affiliation mark from a <sup> ('1', '1,2', '*')
_SEPARATOR_ONLY = _regex.compile(r"^[,，;；、]$")
_CONNECTIVES = frozenset(("and", "&", "und", "et", "y", "e", "и", "ve"))  # the word 'and' alone between two names
_LEADING_SEPARATOR = _regex.compile(r"^(?:[,，;；、]|\.(?=\s))\s*\S")  # '，刘芳', '. 2022,(03)' after '测绘通报'
_MARK_ONLY = _regex.compile(r"^(?:\d(?:[,，\-–]\d{1,2})*[*∗]?|[*∗†‡])$")  # not '45-68' (a value's page range)


_FRAGMENT_START = frozenset(",，;；、.")
# the Han labels of the inline table ('期号', '页码', '卷'), alone on a line over their value: no name a mark follows
_FIELD_WORDS = frozenset({hint.strip(":：】(（") for hint in INLINE_HINTS if has_han(hint)} | {"卷", "期", "年", "页"})
_STARS = "*∗†‡"


def _glued(line: str, before: str) -> bool:
    if (len(line) > 8 and line[0] not in _FRAGMENT_START) or before.endswith((":", "：")):
        return False  # (a mark is short; most lines are neither: one look before the patterns)
    if _SEPARATOR_ONLY.match(line) or _LEADING_SEPARATOR.match(line):
        return True
    if not _MARK_ONLY.match(line) or len(before) > 40 or before.rstrip(":：】] ") in _FIELD_WORDS:
        return False  # a number after a number is another value ('2022' '5'), a star after one is its sign ('2' '*'),
        # a number under a field's label its value ('期号' / '9')
    return before[-1].isalpha() or (line[0] in _STARS and before[-1].isdigit())


_LEADER = _regex.compile(r"\s*(?:…{2,}|\.{5,})[….]*\s*")


def _fields(line: str) -> list[str]:
    """A line of labelled fields apart by white space or bars, a line each ('来源:科技与出版 作者:秦美婷;王叶竹'); an
    abstract's label run on after the line before it, from its own ('…郑州 450000摘要:近年来…'), and keywords in
    brackets after its last sentence ('…を行った。 [キーワード:論文の電子化,…]')."""
    if "……" in line or "....." in line:  # a dotted leader between two lines a PDF's page set on one ('Vol.2 No.3
        parts = [part for part in _LEADER.split(line) if part]  # Agustus 2021 823 ………… GOVERNMENT STRATEGY IN …')
        if len(parts) > 1:
            return [field for part in parts for field in _fields(part)]
    colons = line.count(":") + line.count("：")
    if not colons:
        return [line]
    if "摘" in line or "Abstract" in line:
        glued = _GLUED_ABSTRACT.search(line)
        if glued:
            return [line[:glued.start()].rstrip(), *_fields(line[glued.start(1):])]
    if "ード" in line or "键词" in line or "鍵詞" in line:  # (a look before the pattern)
        bracketed = _BRACKETED_KEYWORDS.search(line)
        if bracketed and bracketed.start():
            return [line[:bracketed.start()].rstrip(), line[bracketed.start():].rstrip("]】〕 ")]
    if len(line) > _RUN_ON_LINE:  # keywords run on after the abstract's last sentence ('… a SWOT analysis.
        run_on = _run_on_keywords().search(line)  # Keywords: Government Strategy, …'), a PDF's text in one line
        if run_on:
            return [line[:run_on.start()], *_fields(line[run_on.end():])]
    if colons >= 2 and ("|" in line or "｜" in line):
        parts = [part for part in _PIPE.split(line) if part]
        if len(parts) > 1 and all(":" in part or "：" in part for part in parts):
            return [field for part in parts for field in _fields(part)]
    if colons < 2 or not label_groups_for(line) or not any_label().match(line):
        return [line]
    return inner_field().split(line)


_GLUED_PAGE, _GLUED_FIELDS = 400, 3  # characters of a line, labelled fields in it


def _glued_fields(line: str) -> list[str] | None:
    """A page's text glued into one line (every line break gone), parted before each field's 'label:' and then as
    any line; None for a line that is no such text."""
    if len(line) < _GLUED_PAGE:
        return None
    if line.count(":") + line.count("：") < _GLUED_FIELDS:
        return _transcribed_fields(line)
    parts = glued_field().split(line)
    if len(parts) < _GLUED_FIELDS:  # (colons of other things: 'P-ISSN : …', 'Article history: …')
        return _transcribed_fields(line)
    return [field for part in parts for field in _fields(part)]


_TRANSCRIBED_PAGE = 600  # characters: a PDF's first page, not a paragraph


def _transcribed_fields(line: str) -> list[str] | None:
    """A PDF's page a document site transcribed into one line ('… 요약 SNOMED CT 는… ABSTRACT SNOMED CT is … 키워드 :
    …', '… UDK: Sažetak U radu … Ključne riječi: …'), parted before its abstract and keyword labels, printed with no
    colon: two of them at least."""
    if len(line) < _TRANSCRIBED_PAGE:
        return None
    parts = _transcribed_label().split(line)
    return parts if len(parts) >= _GLUED_FIELDS else None


@cache
def _transcribed_label() -> re.Pattern[str]:
    """The white space before an abstract's or keywords' label as a PDF prints it (capitalised, in capitals, or in a
    script without capitals), a space or a colon after it."""
    fields = {word for kind in ("abstract", "keywords") for group in LABELS[kind].values() for word in group}
    # ... and before the article's first heading, no colon after it ('… nitrates Introducción El agua …'), which no
    # structured abstract's section is ('Background', 'Введение:')
    body = {word for group in LABELS["body"].values() for word in group
            if word.lower() not in ABSTRACT_SECTIONS or word.lower().startswith(("introdu", "введение"))}
    return _regex.compile(rf"(?<=[\w.。:)）])\s+(?=(?:{_forms(fields)})\s*[:：]?\s|(?:{_forms(body)})\s+(?![:：]))")


_RUN_ON_LINE = 200  # characters


@cache
def _run_on_keywords() -> re.Pattern[str]:
    words = {form for group in LABELS["keywords"].values() for word in group for form in (word, word.title())}
    return _regex.compile(rf"(?<=[.。!?])\s+(?=(?:{_forms(words)})\s*[:：])")  # ('Key Words:' too)


def _forms(words: set[str]) -> str:
    """The words as printed (capitalised, in capitals, or in a script without capitals), one alternation."""
    forms = {form for word in words for form in (word, word.upper()) if not word[:1].islower()}
    return "|".join(sorted(map(re.escape, forms), key=lambda x: (-len(x), x)))


_PIPE = _regex.compile(r"\s*[|｜]\s*")  # a line of fields apart by bars ('发布时间:… | 来源:… | 作者:董金玮、周岩 等')


# (after a postcode, a bracket, a sentence or an empty label before it: Magtech's '…Supported by:摘要:'; a space
# between: rhhz's '…的发生率。 Abstract:Objective …', the translation run on after the Chinese abstract)
_GLUED_ABSTRACT = _regex.compile(r"(?<=[\d)）。:：])\s*((?:摘\s*要|Abstract)\s*[:：])")
# the keywords in brackets at the end of the abstract's paragraph ('…の評価も行った。 [キーワード:論文の電子化,…]')
_BRACKETED_KEYWORDS = _regex.compile(r"(?<=[。.])\s*[\[【〔](?:キーワード|关键词|關鍵詞)\s*[:：]"
                                     r"[^\]】〕]{2,300}[\]】〕]\s*$")


_RECORD_RUN = 3  # such lines among nine in a row
_RECORD_FIELDS = 4  # ... or anywhere in the record, its values running over several lines (NCCU: '題名 …' / the
# English title, '作者 …' / the English name, '關鍵詞 …' / a term a line)
_RECORD_SCAN = 200
_RECORD_TAIL = 8  # lines past the record's last Han row where its English rows may stand


def _record_lines(lines: list[str]) -> list[str]:
    """A database record printed as label and value apart by white space, a field a line ('題名 走過C型肝炎鄉=',
    '作者 盧勝男;', '期刊 中華公共衛生雜誌'): in a run of three such lines or more (or four anywhere), each label
    gets its colon."""
    labels: dict[int, int] = {}  # line → where its label ends
    for i, line in enumerate(lines[:_RECORD_SCAN]):
        found = spaced_field().match(line.strip()) if line[:1] >= "\u3400" and " " in line[:12] \
            and label_groups_for(line) else None
        if found:
            labels[i] = found.end()
    runs = list(labels) if len(labels) >= _RECORD_FIELDS else \
        [i for i in labels if sum(1 for j in range(i - 4, i + 5) if j in labels) >= _RECORD_RUN]
    out = list(lines) if runs else lines
    for i in runs:
        line = out[i].strip()
        out[i] = line[:labels[i]].rstrip() + "：" + line[labels[i]:]
    for i in range(min(runs), min(max(runs) + _RECORD_TAIL, len(out))) if runs else ():
        found = spaced_latin_field().match(out[i]) if i not in labels else None
        if found:  # the record's English rows among or just under its Han ones ('Title A Study on …')
            out[i] = out[i][:found.end()].rstrip() + ": " + out[i][found.end():]
    return out


# a forum's anti-copying noise, hidden on screen but copied (Discuz's jammer: ': G& K, T9 K; U* p0 \\$ p3 z( _/ C
# 《测绘学报》'): a run of five tokens or more of one or two printable ASCII characters, holding three kinds of
# punctuation or more
_JAMMER = _regex.compile(r"(?:(?<=\s)|^)(?:[!-~]{1,2} ){4,}[!-~]{1,2}(?=\s|$)")  # (whole tokens: not a name's mark)
_PUNCTUATION = _regex.compile(r"[!-/:-@\[-`{-~]")
_JAMMER_TOKENS = 5
_JAMMER_LINE = 300  # characters: the noise goes with a page's short lines (names, labels), not its paragraphs


def _without_jammer(line: str) -> str:
    if _JAMMER.search(line) is None:
        return line
    return _JAMMER.sub(lambda m: "" if len(set(_PUNCTUATION.findall(m.group(0)))) >= 3 else m.group(0), line)


def _name_apart(line: str) -> list[str]:
    """A name and the institution a crawler's text glued to it ('Ana Paula FerreiraUniversidade de São Paulo'), a line
    each, as a page shows them."""
    parted = name_then_institution(line) if line[:1].isupper() else None
    return list(parted) if parted else [line]


_ZERO_FOR_O = _regex.compile(r"^0(?= [а-яё]{2,})")


def page_from_text(text: str, url: str | None = None) -> Page:
    blocks: list[Block] = []
    gap = joining = glued = False
    lines = without_markup_traces(text).splitlines()
    # (markdown: the patterns never see more of a line than the text path keeps; its wrapping undone there)
    lines = list(plain_lines([line[:MAX_LINE] for line in lines])) if is_markdown(text) else unwrap(lines)
    lines = _record_lines(lines)
    for raw in lines:
        line = raw[:MAX_LINE]
        if len(line) <= _JAMMER_LINE and line.count(" ") >= _JAMMER_TOKENS:  # (looks first: few lines have it)
            line = _without_jammer(line)
        line = BULLET.sub("", line, count=1).strip()
        line = line.replace("\u00a0", " ").replace("\u3000", " ")
        if line[:2] == "0 ":  # a PDF's text layer's zero for the letter О opening a Russian title ('0 пересмотре …')
            line = _ZERO_FOR_O.sub("О", line, count=1)
        if not line and raw.strip(" \t\r\f\v"):
            continue  # no-break spaces alone: spacing between inline items ('城市绿地' '\xa0\xa0' '降温效应'), no gap
        if line and blocks and blocks[-1].text.endswith(("(", "（")) and line.startswith((")", "）")):
            blocks[-1] = blocks[-1]._replace(text=blocks[-1].text + line)
        elif line and blocks and not gap and (joining or line in _CONNECTIVES or _glued(line, blocks[-1].text)):
            connective = line in _CONNECTIVES  # 'Laura Fernández 1,*' 'and' 'Tomasz Kowalczyk 2': one line too
            space = " " if connective or (joining and blocks[-1].text.endswith((",", ";", *_CONNECTIVES))) else ""
            blocks[-1] = blocks[-1]._replace(text=blocks[-1].text + space + line)
            joining = connective or bool(_SEPARATOR_ONLY.match(line))  # 'Taro YAMADA' ',' 'Hanako SATO': one line
        elif line:
            fields = _glued_fields(line)
            glued = glued or (fields is not None and len(line) * 2 >= len(text))  # (most of the page on that line)
            for field in fields or [part for piece in _fields(line) for part in _name_apart(piece)]:
                blocks.append(Block(text=field, index=len(blocks), cls=AFTER_GAP if gap and blocks else ""))
            if len(blocks) >= MAX_LINES:
                break
        gap = not line
    return Page(blocks=_gaps_told(blocks), is_html=False, url=url, glued=glued)


_DOUBLE_SPACED = 0.75  # of the lines after a gap, at least: a rendering that puts a blank line after every line
_DOUBLE_SPACED_LINES = 10


def _gaps_told(blocks: list[Block]) -> list[Block]:
    """The blocks, none marked as after a gap where nearly every one is: the gaps then part nothing."""
    after_gap = sum(1 for block in blocks if block.cls == AFTER_GAP)
    if len(blocks) < _DOUBLE_SPACED_LINES or after_gap < _DOUBLE_SPACED * (len(blocks) - 1):
        return blocks
    return [block._replace(cls="") for block in blocks]

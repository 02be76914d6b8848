"""Abstracts no label names, in a text rendering: a structured abstract known by its section headings ('目的 … 方法
… 结果 … 结论 …', 'Objective … Methods … Results … Conclusion …') and the line of terms right under it (mirror sites
of fx361 print neither label); a paragraph right over a line of terms; a long paragraph right over a keyword label
in its script; the first long Latin paragraph after a labelled Chinese abstract (its 'Abstract:' lost in the copy),
and a paragraph in another script right after a labelled Latin one."""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta import _regex
from journalmeta._hanzi import either_form
from journalmeta._pinyin import PINYIN
from journalmeta.document.model import Block, Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.citation import looks_like_citation
from journalmeta.extractors.continuation import continuation
from journalmeta.extractors.label_lines import Labelled
from journalmeta.extractors.labelled import site_tag_line
from journalmeta.extractors.names import author_line
from journalmeta.lang import NON_LATIN_LANGS, latin_language, same_script, script_language

# a structured abstract's headings, by script: each starts a part, after a space or sign, with a space or colon
# after it ('目的 评价…。方法 检索…', '【目的】…', 'Objective To explore… Methods A total of…')
_HEADINGS = {
    "han": ("目的", "方法", "结果", "结论", "背景"),
    "latin": ("Objective", "Objectives", "Purpose", "Aim", "Background", "Methods", "Method", "Results", "Conclusion",
              "Conclusions"),
}
_OPENINGS = {"han": ("目的", "背景"), "latin": ("Objective", "Objectives", "Purpose", "Aim", "Background")}
_PART = {  # (in Traditional characters too: '結論'; a Latin heading with its stop: 'Background. Research …')
    kind: _regex.compile(r"(?:^|(?<=[\s。.;；】\]]))[【\[]?(?:" + either_form("|".join(words)) +
                         r")[】\]]?(?=[\s:：]|[】\]]" + (r"|\.\s" if kind == "latin" else "") + ")")
    for kind, words in _HEADINGS.items()
}
_MIN_PARTS = 3  # an opening heading and two more: a paragraph that merely says 目的 once is none
_MIN_PARTS_CUT = 2  # where the page's text ends in the abstract (a rendering cut short): its opening and one more
_MIN_LENGTH = 60
_SCAN = 60
# a line of terms: two to twelve, apart by semicolons, none a sentence
_TERM_SEPARATOR = _regex.compile(r"\s*[;；]\s*")
_MAX_TERM = 40


def extract(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """The abstracts whose headings say what they are, when no label names an abstract in their script."""
    if page.is_html:
        return
    labelled = {x.lang for x in labels.values() if x.kind == "abstract"}
    done: set[str] = set()
    for block in page.blocks[:_SCAN]:
        if block.index in labels:
            continue
        kind = _opening(block.text)
        if kind is None:
            continue
        parts = _parts(page, block, kind, labels)
        text = "\n".join(b.text for b in parts)
        plain = PINYIN.sub("", text) if "(" in text else text  # a mirror's pinyin after some characters: '結(jié)果'
        lang = latin_language(text, "en") if kind == "latin" else script_language(text)
        least = _MIN_PARTS_CUT if parts[-1].index == len(page.blocks) - 1 else _MIN_PARTS
        if lang is None or lang in done or lang in labelled or len(_PART[kind].findall(plain)) < least \
                or len(text) < _MIN_LENGTH:
            continue
        done.add(lang)
        yield Candidate.of("abstract", text, "position:structured-abstract", lang)
        after = parts[-1].index + 1
        if after < len(page.blocks) and after not in labels:
            terms = _terms(page.blocks[after].text, lang)
            if terms:
                yield Candidate.of("keywords", terms, "position:terms-under-abstract", lang)


def paragraph_over_terms(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """A Han paragraph right over a line of terms, before the body, when no label names an abstract or keywords
    in its script: the abstract and keywords whose labels the rendering lost ('分析数字科研环境的新特点…。' /
    '数字科研环境; 信息资源建设; 科研用户', or the terms apart by spaces)."""
    if page.is_html:
        return
    named = {x.lang for x in labels.values() if x.kind in ("abstract", "keywords") and not site_tag_line(page, x)}
    for block in page.blocks[1:_SCAN]:
        if block.text[:1] in _NUMERAL_FIRST and BODY_HEADING.match(block.text):
            return
        above = page.blocks[block.index - 1]
        if not above.text.endswith("。") or len(above.text) < _LONE_PARAGRAPH or block.index in labels \
                or above.index in labels:
            continue
        lang = script_language(above.text)
        terms = _terms(block.text, lang, spaced=True) if lang in ("zh", "ja") and lang not in named else None
        if terms:
            yield Candidate.of("abstract", above.text, "position:paragraph-over-terms", lang, bonus=-0.5)
            yield Candidate.of("keywords", terms, "position:terms-under-paragraph", lang, bonus=-0.5)
            return


_LONE_PARAGRAPH = 80
_NUMERAL_FIRST = frozenset("0123456789一二三四五六七八九十")
# a numbered section heading: the article's body starts ('1 引言', '一、研究背景', '1. Introduction')
BODY_HEADING = _regex.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[\s、.．]\s*"
                              r"(?:[\u4e00-\u9fff]{2,10}|[A-Z][a-z]+)$")
_SPACED_TERMS = _regex.compile(r"[\u3400-\u9fff]{2,12}(?:\s+[\u3400-\u9fff]{2,12}){2,11}")


_OPENING_FIRST = frozenset("【[" + "".join(word[0] for words in _OPENINGS.values() for word in words))


def _opening(text: str) -> str | None:
    if text[:1] not in _OPENING_FIRST:
        return None  # (most lines: one look)
    for kind, words in _OPENINGS.items():
        if text.lstrip("【[").startswith(words) and _PART[kind].match(text):
            return kind
    return None


def _parts(page: Page, block: Block, kind: str, labels: dict[int, Labelled]) -> list[Block]:
    """The block, and the blocks after it that each start with another of the headings (a part a paragraph)."""
    parts = [block]
    for nxt in page.blocks[block.index + 1: block.index + len(_HEADINGS[kind])]:
        if nxt.index in labels or not _PART[kind].match(PINYIN.sub("", nxt.text[:20])):
            break
        parts.append(nxt)
    return parts


def _terms(text: str, lang: str | None, spaced: bool = False) -> list[str] | None:
    """The terms of a line that is nothing but terms in the abstract's script (Han terms may stand apart by spaces
    alone: '高校教师 跨学科研究 学科文化 阻力'; never a line of names)."""
    plain = PINYIN.sub("", text) if "(" in text else text  # (a mirror's pinyin kept in the terms, as printed)
    if spaced and not _TERM_SEPARATOR.search(plain) and _SPACED_TERMS.fullmatch(plain) and not author_line(plain):
        return text.split()  # (a byline's names are shorter: author_line takes no line of longer words)
    terms = [t for t in _TERM_SEPARATOR.split(text.strip(" ;；。.")) if t]
    if not 2 <= len(terms) <= 12 or any(len(t) > _MAX_TERM or t.endswith(("。", ".")) for t in terms):
        return None
    same = script_language(text) == lang if script_language(text) else lang not in ("zh", "ja", "ko")
    return terms if same else None


_LONE_ABSTRACT = 300  # characters of an unlabelled paragraph taken for an abstract
_AFTER_ABSTRACT = 30  # lines after an abstract label where its translation may follow


def abstract_above_keywords(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """Text renderings: a long paragraph right above a keyword label, in the label's script, is that language's
    abstract when no label names it ('Effects of drought…' / 'SUN Hongwei…' / <the abstract> / 'Key words: …'; a
    main-text extractor's output, which drops the '摘要' heading, keeps '植被恢复显著…' over '关键词: …')."""
    if page.is_html:
        return
    labelled_abstracts = {x.lang for x in labels.values() if x.kind == "abstract"}
    for index, item in labels.items():
        if item.kind != "keywords" or not item.lang or item.lang in labelled_abstracts or not index:
            continue
        above = page.blocks[index - 1]
        if item.lang not in NON_LATIN_LANGS:
            if _long_latin(above, labels) and _abstract_sized(above.text):
                yield Candidate.of("abstract", above.text, "position:abstract", latin_language(above.text, "en"))
        elif index - 1 not in labels and len(above.text) >= _LONE_CJK_ABSTRACT and not looks_like_citation(above.text) \
                and (lang := script_language(above.text)) and same_script(lang, item.lang):
            yield Candidate.of("abstract", above.text, "position:abstract", lang)


_LONE_CJK_ABSTRACT = 80  # characters of an unlabelled Han (Cyrillic…) paragraph that can stand for an abstract


def latin_abstract_after(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """Text renderings: the first long Latin-script paragraph after a labelled Chinese (Japanese, Korean, Russian)
    abstract, before the body, is the translated abstract when no label names one ('Abstract:' lost in the copy)."""
    if page.is_html or any(x.kind == "abstract" and x.lang not in NON_LATIN_LANGS for x in labels.values()):
        return
    start = min((i for i, x in labels.items() if x.kind == "abstract"), default=None)
    if start is None:
        return
    for block in page.blocks[start + 1: start + 1 + _AFTER_ABSTRACT]:
        if block.index in labels and labels[block.index].kind == "body":
            return
        text = block.text
        if not _long_latin(block, labels):
            continue
        if _abstract_sized(text):
            yield Candidate.of("abstract", text, "position:abstract", latin_language(text, "en"), bonus=-1.0)
        return


def translation_after_latin(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """Text renderings: the paragraph in another script right after a labelled Latin-script abstract, the page
    printing no paragraph in that script before it (KoreaScience: 'Abstract' / the English text / the Korean
    one). After a Chinese abstract that no label names, the paragraph after the English one is the body's."""
    if page.is_html or any(x.kind == "abstract" and x.lang in NON_LATIN_LANGS for x in labels.values()):
        return
    start = min((i for i, x in labels.items() if x.kind == "abstract"), default=None)
    if start is None:
        return
    taken = continuation(page, start, labels, labels[start].lang)
    after = (taken[-1].index if taken else start) + 1
    block = page.blocks[after] if after < len(page.blocks) else None
    lang = script_language(block.text) if block is not None and block.index not in labels else None
    if block is None or lang is None or len(block.text) < _TRANSLATED or looks_like_citation(block.text):
        return
    if not any(len(b.text) >= _TRANSLATED and script_language(b.text) == lang for b in page.blocks[:start]):
        yield Candidate.of("abstract", block.text, "position:abstract", lang, bonus=-1.0)


_TRANSLATED = 100  # characters of a paragraph in a non-Latin script taken for a translated abstract
_HISTORY = frozenset(("received", "revised", "accepted", "published", "online"))


def paragraph_after_history(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """Text renderings: the long paragraph right after the front matter's last line of history dates, in a script no
    label names an abstract in, is the abstract whose tab heading the copy lost (Magtech: the English byline and
    affiliations, 'Received:2012-02-06 Revised:… Published:…', then the Chinese abstract with no '摘要')."""
    if page.is_html:
        return
    last = max((i for i, x in labels.items() if x.kind in _HISTORY and i < _SCAN), default=None)
    if last is None or last + 1 >= len(page.blocks) or last + 1 in labels:
        return
    block = page.blocks[last + 1]
    lang = script_language(block.text)
    if lang and len(block.text) >= _LONE_CJK_ABSTRACT and not looks_like_citation(block.text) \
            and not _REFERENCE_MARK.search(block.text) \
            and not any(x.kind == "abstract" and same_script(x.lang or "", lang) for x in labels.values()):
        yield Candidate.of("abstract", block.text, "position:after-history", lang, bonus=-1.0)


# a note's number in brackets ('…肝硬化患者[1-3]。', '研究[4]表明'): the body's first paragraph (an article with no
# abstract, an RHHZ site's copy: the title, 'Published Date: …', the text), no abstract
_REFERENCE_MARK = _regex.compile(r"\[\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*\]")


def _long_latin(block: Block, labels: dict[int, Labelled]) -> bool:
    """An unlabelled Latin-script paragraph long enough to be an abstract without a label."""
    return block.index not in labels and len(block.text) >= _LONE_ABSTRACT and script_language(block.text) is None


def _abstract_sized(text: str) -> bool:
    return len(text.split()) >= 40 and not looks_like_citation(text)

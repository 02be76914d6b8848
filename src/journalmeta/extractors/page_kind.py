"""Pages that are no article: a journal's instructions for authors, whose headings and sample fields ('Abstract
should be written in English …') read like an article's."""

from __future__ import annotations

import re

from journalmeta import _regex
from journalmeta._hanzi import spellings
from journalmeta.document.model import Page
from journalmeta.labels import LABELS
from journalmeta.record import Record

__all__ = ["instructions_heading", "reads_as_instructions"]

# the heading such a page opens with, by language (as printed, compared case-folded, a colon after it or not)
INSTRUCTIONS_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("Author Guidelines", "Authors Guidelines", "Guidelines for Authors", "Guide for Authors",
           "Instructions for Authors", "Instructions to Authors", "Information for Authors", "Author Instructions",
           "Submission Guidelines", "Notes for Contributors", "Requirements for articles", "Article Template",
           "Writing Guidelines", "Instructions for Contributors", "Guide for Contributors",
           "Manuscript Template"),
    "id": ("Petunjuk Penulisan", "Pedoman Penulisan", "Panduan Penulis", "Panduan Penulisan"),
    "ru": ("Требования к оформлению статей", "Правила для авторов", "Требования к статьям", "Авторам", "Шаблон статьи"),
    "uk": ("Вимоги до оформлення статей", "Правила для авторів", "Шаблон статті"),
    "tr": ("Yazım Kuralları", "Yazar Rehberi"),
    "zh": ("投稿须知", "投稿指南", "征稿简则", "稿约", "作者须知", "投稿要求", "来稿要求", "稿件要求", "稿件撰写要求",
           "撰稿要求"),
    "ja": ("投稿規程", "投稿規定", "投稿の手引き", "執筆要領"),
    "ko": ("원고작성안내", "논문작성규정", "투고규정"), "hr": ("Upute autorima",), "de": ("Hinweise für Autoren",),
    "es": ("Normas de publicación", "Normas para autores", "Directrices para autores", "Instrucciones para autores",
           "Directrices para autores/as", "Guía para autores", "Guía para los autores", "Normas de colaboración"),
    "pt": ("Diretrizes para autores", "Normas para publicação", "Instruções aos autores"),
    "fr": ("Instructions aux auteurs", "Recommandations aux auteurs"),
    "pl": ("Wskazówki dla autorów", "Informacje dla autorów", "Instrukcje dla autorów", "Wytyczne dla autorów",
           "Zasady publikowania", "Wymogi edytorskie"),
    "vi": ("Hướng dẫn tác giả", "Hướng dẫn viết bài", "Hướng dẫn gửi bài", "Thể lệ gửi bài"),
    "fa": ("راهنمای نویسندگان", "راهنمای نگارش مقاله"), "ar": ("دليل المؤلفين", "تعليمات للمؤلفين"),
}
_HEADINGS = frozenset(spelling.casefold() for group in INSTRUCTIONS_HEADINGS.values() for heading in group
                      for spelling in spellings(heading))  # (in Traditional characters too: 來稿要求)
_HEAD = 4  # blocks: the heading opens the page, under a site's line or two at most
# ... or a short heading opening so: 'Requirements for articles', 'Recommendations on writing abstract and choosing
# keywords', 'Требования к аннотациям'
INSTRUCTIONS_OPENINGS: dict[str, tuple[str, ...]] = {
    "en": ("Requirements for ", "Requirements to ", "Recommendations on ", "Recommendations for ", "Guidelines for ",
           "Guidelines on ", "Instructions for ", "Rules for ", "How to write "),
    "ru": ("Требования к ", "Правила оформления ", "Рекомендации по ", "Рекомендации авторам"),
    "uk": ("Вимоги до ", "Правила оформлення "), "es": ("Normas para ", "Instrucciones para "),
    "pt": ("Normas para ", "Instruções para "), "fr": ("Recommandations pour ", "Consignes aux "),
}
_OPENINGS = tuple(opening.casefold() for group in INSTRUCTIONS_OPENINGS.values() for opening in group)
_OPENING_WORDS = 10  # words of such a heading at most
_SECTION_NUMBER = _regex.compile(r"(?:\d+(?:\.\d+)*\.?|[一二三四五六七八九十]+[、.．])\s*")  # '1 稿件撰写要求', '一、'

# the abstract labels' words, which an instruction about the abstract repeats ('Abstract should be …', '摘要应…')
_ABSTRACT_WORDS = tuple({word.casefold() for group in LABELS["abstract"].values() for word in group if len(word) > 2})


def instructions_heading(page: Page) -> str | None:
    """The heading of a journal's instructions for authors the page opens with, if it does."""
    return next((b.text for b in page.blocks[:_HEAD] if _instructions(_heading_words(b.text))), None)


def _instructions(words: str) -> bool:
    return words in _HEADINGS or (words.startswith(_OPENINGS) and len(words.split()) <= _OPENING_WORDS)


def _heading_words(text: str) -> str:
    number = _SECTION_NUMBER.match(text)
    return (text[number.end():] if number else text).strip(" :：").casefold()


def reads_as_instructions(page: Page, record: Record) -> str | None:
    """The heading, where the page opens with one and its record holds nothing an article's has but a title,
    abstract and keywords (and the heading read as a name), each abstract an instruction: speaking of abstracts,
    of a length or of a typeface ('… 150 sampai 250 kata', 'Times New Roman 10 pt'): an author guide's sample
    fields, no article's."""
    if record.doi or record.volume or record.pages or any(
            _heading_words(name) not in _HEADINGS for author in record.authors for name in author.name.values()):
        return None  # (the record's fields first: most pages are turned away before their blocks are read)
    heading = instructions_heading(page)
    if heading is None:  # (under no heading: a template whose every abstract sets a typeface and its size)
        typeset = [m.group(0) for text in record.abstract.values() if (m := _TYPESET.search(text))]
        return typeset[0] if record.abstract and len(typeset) == len(record.abstract) else None
    # (under a heading that only opens like a guide's, as a clinical guideline's title may: 'Guidelines for the
    # management of …', each abstract names abstracts at its start or gives a length or a typeface; a heading that
    # names abstracts itself, 'Requirements to abstract', makes any abstract under it a sample)
    words = _heading_words(heading)
    if words not in _HEADINGS and any(word in words for word in _ABSTRACT_WORDS):
        return heading
    near = None if words in _HEADINGS else _NEAR_START
    return heading if all(_instruction(text, near) for text in record.abstract.values()) else None


def _instruction(text: str, near: int | None = None) -> bool:
    folded = text[:near].casefold()
    return any(word in folded for word in _ABSTRACT_WORDS) or _SIZES.search(text) is not None


_NEAR_START = 40  # characters
# a typeface and its size ('Times New Roman 12 Point', 'Arial, Italic 10 pt'), which no article's abstract sets
_TYPESET = _regex.compile(r"(?:Times New Roman|Time New Roman|Arial|Calibri)[\w ,]{0,20}?\b\d{1,2}\s*(?:pt|[Pp]oint)\b")


_SIZES = _regex.compile(r"\d+\s*(?:words|kata|слов|słów|знаків|знаков|characters|kelime|palabras|palavras|mots|"
                        r"Wörter|từ|字)|Times New Roman|"
                        r"\b\d+\s*pt\b", re.IGNORECASE)

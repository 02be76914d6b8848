"""Whether a line is a printed citation: a type mark, or a year with a volume, issue and page run in one of the
shapes the styles print (GB/T 7714, APA, AMS, IEEE, Project Euclid, HAL, ACS and MDPI, Chicago, Harvard)."""

from __future__ import annotations

import re

from journalmeta import _regex
from journalmeta._memo import page_memo
from journalmeta.normalize import numbers

__all__ = ["DATE_BEFORE_YEAR", "TYPE_MARK", "ascii_punctuation", "looks_like_citation"]

_PUNCT = str.maketrans({"，": ", ", "．": ". ", "：": ": ", "（": "(", "）": ")", "；": "; ", "［": "[", "］": "]",
                        "。": ". ", "、": ", "})
_ANY_PUNCT = _regex.compile("[，．：（）；［］。、]")
TYPE_MARK = _regex.compile(r"\[(?:J|J/OL|PP|PP/OL|DS|A|C|M|D|N|R|Z|EB/OL|S|P)\]", re.IGNORECASE)
_MAYBE_CITATION = _regex.compile(r"[\[［]|\d{4}")  # a type mark's bracket or a year (\d: full-width digits too)
_YEAR_VOLUME_PAGES = _regex.compile(r"(?:1[5-9]|20)\d{2}[a-z]?\s*(?:[,;]\s*(?:Vol\.?\s*)?\d+[A-Za-z]?\s*"
                                    r"(?:\([^)]{1,15}\))?|\([^)]{1,15}\))\s*:\s*[A-Za-z]?\d+")
# AMS and Math-Net.Ru: "Duke Math. J. 100 (1999), no. 2, 301–331", "ТМФ, 203:1 (2020), 3–20"
_VOLUME_YEAR_PAGES = _regex.compile(r"\b\d{1,5}(?::[\w\-/]{1,10})?\s*\((?:1[5-9]|20)\d{2}\)\s*,\s*"
                                    r"(?:no\.\s*[\w\-/]{1,10}\s*,\s*)?[A-Za-z]?\d+")
DATE_BEFORE_YEAR = r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?(?:[/\-–][A-Z][a-z]+\.?)?\s+)?"  # '1 October ', 'March/April '
# Project Euclid's: 'Adv. Differential Equations 19(3/4): 245-282 (March/April 2014)', '… 164 (13) 2507 - 2538,
# 1 October 2015': volume (issue), pages, then the date
_VOLUME_PAGES_DATE = _regex.compile(r"\b\d{1,5}\s*\([^)]{1,15}\)\s*:?\s*\d+\s*[-–]\s*\d+\s*[,(]\s*"
                                    + DATE_BEFORE_YEAR + r"(?:1[5-9]|20)\d{2}\b")
# HAL's: 'Journal de Physique et le Radium, 1955, 16 (6), pp.444-445': year, volume (issue), then 'pp.' and pages
_YEAR_VOLUME_PP = _regex.compile(r"(?:1[5-9]|20)\d{2}\s*,\s*\d+\s*(?:\([^)]{1,15}\))?\s*,\s*pp?\.\s*\d+")
# IEEE and Hindawi: '…", Journal, vol. 2021, Article ID 1640837, 8 pages, 2021.', '…, vol. 12, no. 3, pp. 45-52, 2020'
_VOL_WORD_PAGES = _regex.compile(r"\bvol\.\s*\d+\s*,\s*(?:no\.\s*[\w\-/]{1,10}\s*,\s*)?"
                                 r"(?:pp?\.\s*\d+|Article ID\s*\w+)")
# ACS and MDPI: 'J. Am. Chem. Soc. 2020, 142 (3), 1234–1245', 'Sustainability 2020, 12, 1234.' (the year right after
# the journal's name, then the volume and the pages or article number, at the end)
_JOURNAL_YEAR_VOLUME = _regex.compile(r"[A-Za-z.]\s+(?:1[5-9]|20)\d{2},\s*\d{1,5}(?:\s*\([^)]{1,15}\)|,\s*\d{1,4})?,\s*"
                                      r"[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?\.?(?:\s+(?:https?://|doi)\S*)?$")
_TAIL = 120  # characters at a citation's end its source fills (a look at them only: the pattern has no literal)
# Chicago and Harvard: 'Journal 8, no. 2: 1187', 'Journal 12, no. 3 (2020): 1234', 'Journal, 12(3), p.1234'
_VOLUME_NO_PAGES = _regex.compile(r"\b\d{1,5},\s*no\.\s*[\w\-/]{1,10}\s*(?:\((?:[A-Za-z]+\.?\s+)?(?:1[5-9]|20)\d{2}\))?"
                                  r"\s*:\s*[A-Za-z]?\d+")
_VOLUME_ISSUE_P = _regex.compile(r"\b\d{1,5}\s*\([^)]{1,15}\)\s*,\s*pp?\.\s*[A-Za-z]?\d+")
# the year in brackets with no stop after it, then a title's sentence, the journal, volume and pages (Biodiversity
# Science's '吴伟伟, 徐海根 (2012) 气候变化对鸟类影响的研究进展. 生物多样性, 20, 108-115')
_YEAR_TITLE_SOURCE = _regex.compile(r"\((?:1[5-9]|20)\d{2}[a-z]?\)\s[^.]{5,300}\.\s[^.,]{2,100},\s*\d+\s*"
                                    r"(?:\([^)]{1,15}\))?\s*,\s*[A-Za-z]?\d+")
# APA: "(2004). Title. Journal, 35(1), 1-33" -- the year in parentheses, then volume(issue), pages
_APA_VOLUME_PAGES = _regex.compile(r"\((?:1[5-9]|20)\d{2}[a-z]?\)\.\s.{5,}?,\s*\d+\s*(?:\([^)]{1,15}\))?\s*,\s*"
                                   r"[A-Za-z]?\d+")


def ascii_punctuation(text: str) -> str:
    """Full-width punctuation as ASCII ('，' → ', '), for the patterns."""
    return text.translate(_PUNCT) if _ANY_PUNCT.search(text) else text


@page_memo
def looks_like_citation(text: str) -> bool:
    """A reference line: a type mark, or a year with a volume/issue/page run, or a trailing DOI."""
    if not 20 <= len(text) <= 2000 or not _MAYBE_CITATION.search(text):
        return False  # (the body below is never shorter than the text)
    body = ascii_punctuation(numbers(text))
    if len(body) > 2000:
        return False
    if TYPE_MARK.search(body):  # with a number: a style guide's template ('主要责任人.文献题名[J].刊名,年') has none
        return any(ch.isdigit() for ch in body)
    return bool(_YEAR_VOLUME_PAGES.search(body) or _APA_VOLUME_PAGES.search(body) or _VOLUME_YEAR_PAGES.search(body)
                or (") " in body and _YEAR_TITLE_SOURCE.search(body))
                or ("vol." in body and _VOL_WORD_PAGES.search(body)) or _VOLUME_PAGES_DATE.search(body)
                or ("pp" in body and _YEAR_VOLUME_PP.search(body)) or _JOURNAL_YEAR_VOLUME.search(body[-_TAIL:])
                or ("no." in body and _VOLUME_NO_PAGES.search(body)) or ("p." in body and _VOLUME_ISSUE_P.search(body)))

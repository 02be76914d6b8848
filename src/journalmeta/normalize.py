"""Clean-up of values: white space, DOIs, page ranges, numbers, person names."""

from __future__ import annotations

import html
import re
import unicodedata

from journalmeta import _regex
from journalmeta._memo import page_memo
from journalmeta.dates import read_date

_ENTITY = _regex.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,10});")
# full-width digits, and the Arabic script's (Arabic-Indic '٣', Persian '۳')
_FULLWIDTH = str.maketrans({chr(base + i): str(i) for base in (0xFF10, 0x0660, 0x06F0) for i in range(10)}
                           | {"：": ":", "（": "(", "）": ")"})
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\u9104"})
# A DOI that a text rendering printed with spaces after its dots, around its slash, or around a hyphen before a
# number ('10.3969/j.issn.1673 - 0194.2024.02.065'); glued to its label too ('DOI10.3820/jjpe.28.57', a record's
# cells copied without their gap)
_SPACED_DOI = _regex.compile(
    r"(?:\b|(?<=DOI)|(?<=doi))10\.\s?\d{4,9}\s?/\s?[^\s\"<>⟨⟩.\u3000-\u9fff]+"
    r"(?:(?:\.(?:\s(?=\d))?|\s-\s(?=\d))[^\s\"<>⟨⟩.\u3000-\u9fff]+)*")  # (HAL's '⟨10.1051/…⟩')
_DOI_PREFIX = _regex.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi\s*[:：]\s*|info:doi/)", re.IGNORECASE)
_VALID_DOI = _regex.compile(r"^10\.\d{4,9}/\S+$")
ORCID_ID = r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]"  # an ORCID identifier's digits ('0000-0002-1825-0097')


_PARAGRAPH_BREAK = _regex.compile(r"\n\s*\n|\r\n\s*\r\n")
_PAGE_DASH = _regex.compile(r"\s*-+\s*")
_PAGES_WORD = _regex.compile(r"^(?:pp?\.|pages?)\s*", re.IGNORECASE)
# a line that is a DOI and nothing else: bare, labelled 'doi:', or a doi.org link whatever its scheme's spacing
DOI_LINE = _regex.compile(r"\s*(?:(?:https?\s*[:：]\s*//\s*)?(?:dx\.)?doi\.org/|doi\s*[:：]\s*)?10\.\d{4,9}/\S+\s*",
                          re.IGNORECASE)
_PAGE_RANGE = _regex.compile(r"([A-Za-z]?\d+[A-Za-z]?)-([A-Za-z]?\d+[A-Za-z]?)(?:\+.*)?")
_NUMBER_WORD = _regex.compile(r"^(?:vol(?:ume)?|no|issue|num(?:ber)?|т|№|卷|期)\.?\s*", re.IGNORECASE)
_TAG = _regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,300})?/?>")
_PARAGRAPH_END = _regex.compile(r"</p\s*>|<br\s*/?>|</div\s*>", re.IGNORECASE)
_YEAR = _regex.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


_INVISIBLE_CHARACTERS = "\u200b\ufeff\u2060\u00ad"  # zero-width spaces, byte-order mark, word joiner, soft hyphen


def clean_text(text: str | None) -> str:
    """NFC, leftover HTML entities decoded, zero-width spaces dropped, white space collapsed, trimmed."""
    if not text:
        return ""
    if "&" in text or not text.isascii():  # (no call for plain ASCII text: most of a Latin page's)
        text = without_markup_traces(text)
    return " ".join(unicodedata.normalize("NFC", text).split())  # (str.split: the same white space as \\s, in C)


def without_markup_traces(text: str) -> str:
    """Text without what markup left in it: HTML entities a crawler did not decode ('摘&nbsp;要'), zero-width
    spaces a page put inside a word ('Piwowar\u200b1', '摘\u200b要'), soft hyphens, a byte-order mark."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return without_invisibles(text)


def without_invisibles(text: str) -> str:
    """Text without zero-width spaces, word joiners, soft hyphens and byte-order marks."""
    for invisible in _INVISIBLE_CHARACTERS:  # (a scan in C each; str.translate looks up every character)
        if invisible in text:
            text = text.replace(invisible, "")
    return text


def undouble(text: str) -> str:
    """A value a page printed twice in one field ('X X') as one."""
    half = len(text) // 2
    if len(text) > 40 and text[:half].strip() == text[half:].strip():
        return text[:half].strip()
    return text


_NOT_WORD = _regex.compile(r"[\W_]+")


@page_memo
def squash(text: str | None) -> str:
    """A comparison key: letters and digits only, lower-cased (``The X.`` ~ ``the x``)."""
    return _NOT_WORD.sub("", text or "").lower()


def clean_block(text: str | None) -> str:
    """Like ``clean_text`` but keeps paragraph breaks as one newline."""
    if not text:
        return ""
    paragraphs = [clean_text(p) for p in _PARAGRAPH_BREAK.split(text)]
    return "\n".join(p for p in paragraphs if p)


_ANY_FULLWIDTH = _regex.compile("[\uff10-\uff19：（）\u0660-\u0669\u06f0-\u06f9]")


def numbers(text: str) -> str:
    """Full-width and Arabic-script digits, full-width colons and brackets as ASCII (looked for first:
    ``str.translate`` with a table does a dictionary lookup per character of non-ASCII text)."""
    return text.translate(_FULLWIDTH) if _ANY_FULLWIDTH.search(text) else text


# the DOI of a figure, table or supplement (PeerJ '10.7717/peerj.4375/fig-1', PLOS '….0123456.g001') in a
# caption: the article's DOI is what it extends
_COMPONENT = _regex.compile(r"^(10\.\d+/.+?)/(?:fig|figure|table|tbl|supp|suppl)-?\d+[a-z]?$|"
                            r"^(10\.1371/journal\.[a-z]{3,8}\.\d{7})\.[gst]\d{3}$", re.IGNORECASE)


def clean_doi(value: str | None) -> str | None:
    """A bare DOI: no resolver prefix, no ``DOI:``, no inner spaces, no trailing stop; None if invalid."""
    if not value:
        return None
    text = numbers(unicodedata.normalize("NFKC", value)).strip()
    text = _DOI_PREFIX.sub("", text).strip()
    text = "".join(text.split())
    text = text.rstrip(".,;:)]}>。，；")
    if text[-1:].isalpha() and _GLUED_LABEL.search(text):
        text = _GLUED_LABEL.sub("", text)  # a copy that ran the next label on ('…8670366Palavras-chave')
    if text.count("(") < text.count(")"):
        text = text.rstrip(")")
    if not (_VALID_DOI.match(text) and len(text) < 300):
        return None
    component = _COMPONENT.match(text)
    return (component.group(1) or component.group(2)) if component else text


_GLUED_LABEL = _regex.compile(r"(?<=\d)(?:Palavras-chave|Palabras[ -]clave|Keywords|Key-?words|Abstract|Resumo|Resumen|"
                              r"Resumé|Mots-clés|Citation|Cite)$")


def find_doi(text: str) -> str | None:
    """The first DOI in a text, spaces inside it allowed."""
    m = _SPACED_DOI.search(numbers(text))
    if not m:
        return None
    raw = m.group(0)
    # a spaced DOI ends where a space is followed by something that is not a DOI piece
    return clean_doi(raw)


def clean_pages(value: str | int | None) -> str | None:
    """``first-last`` with a plain hyphen; an article number or single page as it is."""
    if not value:
        return None
    text = numbers(clean_text(str(value))).translate(_DASHES)
    text = _PAGE_DASH.sub("-", text).strip(" .,;:")
    text = _PAGES_WORD.sub("", text)
    return _spelt_out(text) or None


# the link to the full text a site prints after a Han title ('…中的应用价值  PDF', '…研究[PDF]', '…研究 PDF下载')
_FULL_TEXT_LINK = _regex.compile(r"(?<=[\u4e00-\u9fff）)])\s*(?:\[PDF\]|PDF(?:下载|全文)?)$")
_FULL_TEXT_ENDS = ("PDF", "PDF]", "下载", "全文")


def without_full_text_link(text: str) -> str:
    """A title line without the full-text link after it."""
    return _FULL_TEXT_LINK.sub("", text) if text.endswith(_FULL_TEXT_ENDS) else text


_SHORT_RANGE = _regex.compile(r"(\d+)-(\d+)")


def _spelt_out(pages: str) -> str:
    """A range whose last page gives only its last digits, as Vancouver citations print it ('127-31' → '127-131',
    '1198-202' → '1198-1202'); a range that runs backwards even so is left as it is (the checks report it)."""
    m = _SHORT_RANGE.fullmatch(pages) if "-" in pages else None
    if not m or len(m[2]) >= len(m[1]):
        return pages
    last = m[1][:len(m[1]) - len(m[2])] + m[2]
    return f"{m[1]}-{last}" if int(last) > int(m[1]) else pages


def split_pages(pages: str | None) -> tuple[str | None, str | None]:
    if not pages:
        return None, None
    m = _PAGE_RANGE.fullmatch(pages)
    if m:
        return m.group(1), m.group(2)
    return pages, None


def clean_number(value: str | int | None) -> str | None:
    """A volume or issue: digits normalised, labels removed."""
    if not value:
        return None
    text = numbers(clean_text(str(value))).translate(_DASHES)
    text = _NUMBER_WORD.sub("", text)
    text = text.strip(" .,;:()")
    if text[:1] == "0":
        text = _LEADING_ZEROS.sub("", text)  # CNKI's '(04)': issue 4
    return text or None


_LEADING_ZEROS = _regex.compile(r"(?<![\d.])0+(?=\d)")


def clean_date(value: str | None) -> str | None:
    """An ISO date from the printed forms pages use (see :mod:`journalmeta.dates`); None when unreadable."""
    return read_date(numbers(str(value))) if value else None


def stated_date(value: str | None) -> str | None:
    """A date a page's metadata states, unless it is a year written as a date ('2020/01/01', '2020-01-01')."""
    date = clean_date(value)
    return date if date and not date.endswith("-01-01") else None


def without_markup(text: str) -> str:
    """A metadata value with the HTML some pages put in it ('<p>…</p>', '<i>Escherichia coli</i> growth') as
    text: paragraph ends as line breaks, other tags dropped."""
    if "<" not in text or not _TAG.search(text):
        return text
    return _TAG.sub("", _PARAGRAPH_END.sub("\n", text)).strip()


def year_of(value: str | int | None) -> int | None:
    if not value:
        return None
    m = _YEAR.search(numbers(str(value)))
    return int(m.group(1)) if m else None


_SUPERSCRIPT = _regex.compile(r"[\u00b9\u00b2\u00b3\u2070-\u209f]+")
_EMPTY_BRACKETS = _regex.compile(r"\(\s*\)|（\s*）")
_EDGE_AND = _regex.compile(r"^(?:and|&)\s+|\s+(?:and|&)$")
# the signs of corresponding or equal authors after a name, and circled affiliation numbers (a character class's body)
MARK_SIGNS = "*#†‡§¶∗⁎✉✝△▲☆★※\u2460-\u2473"
# affiliation marks: digits ('1)' too) and those signs
_TRAILING_MARKS = _regex.compile(rf"(?<=\S)(?:[\d,{MARK_SIGNS}\s]|(?<=\d)[)）])+$")
_LEADING_MARKS = _regex.compile(rf"^[\d{MARK_SIGNS},\s]+(?=\S)")
_NAME_MARKS = _regex.compile(rf"[\d{MARK_SIGNS},;()（）\u00b9\u00b2\u00b3\u2070-\u209f]")


def clean_name(name: str) -> str:
    """A person's name without affiliation digits, ``*``, ``#``, empty ORCID brackets or a trailing 'and'; without
    the academic titles before it ('Dr.C. Ing. Alina María Ruiz Piedra') or an affiliation's Roman numeral glued
    to its end ('… Gómez MartínezII', SciELO Cuba's bylines)."""
    text = clean_text(name)
    if "." in text[:6] and _DEGREES.match(text):
        text = _DEGREES.sub("", text)
    if text[-1:] in "IVX" and _ROMAN_MARK.search(text):
        text = _ROMAN_MARK.sub("", text)
    if "and" not in text and "&" not in text and not _NAME_MARKS.search(text):
        return text  # nothing to take off (most names)
    text = clean_text(_SUPERSCRIPT.sub("", text))
    text = _EMPTY_BRACKETS.sub("", text)
    text = _EDGE_AND.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING_MARKS.sub("", text)
        text = text.strip(" ,;*#")
        text = _LEADING_MARKS.sub("", text)
    return text


_DEGREES = _regex.compile(r"^(?:(?:Dr\.C\.?|Dra?\.|Ing\.|M\.?Sc\.|Lic(?:da)?\.|Profa?\.|Ph\.?D\.|Mg\.|Mtr[oa]\.)\s*)+"
                          r"(?=[A-ZÀ-Þ])")
_ROMAN_MARK = _regex.compile(r"(?<=[a-zà-ÿ])(?=[IVX])X?(?:IX|IV|V?I{0,3})$")


def invert_name(name: str) -> str:
    """``Last, First`` as ``First Last``; other forms unchanged."""
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if first and last and not re.search(r"\d", name):
            return f"{first} {last}"
    return name

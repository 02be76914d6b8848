"""The encoding of a page that declares none and is not UTF-8 (a page saved without its HTTP header).

charset_normalizer scores its guesses by how chaotic and how coherent the text reads; on a page of mostly ASCII
markup many single-byte code pages tie, and its first pick among them is arbitrary (cp1250 for an English page,
cp775 or cp850, DOS code pages no browser offers). The guesses are narrowed to the encodings the web uses, and a
tie goes to the code page whose letters read as some language's ('ş' rather than cp1252's 'þ' for Turkish), then
to the page's ``<html lang>``, then to the more common encoding (windows-1252 first).
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

_WEB_ENCODINGS = frozenset(codecs.lookup(name).name for name in (
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8", "iso8859-10",
    "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic",
    "cp866", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "shift_jis", "cp932", "euc_jp", "iso2022_jp",
    "euc_kr", "cp949", "utf-16"))
# letters that a single-byte code page produces from another one's common letters (cp1252's 'þ ð' and cp1250's
# 'ţ đ' are windows-1254's 'ş ğ'; '¤ ¦ ¨ ¸' stand where ISO-8859-15 has letters; ISO-8859-14's Welsh 'ŵ ŷ' where
# others have Turkish ones); a word of Latin letters none of them ASCII ('òåîğèè': Cyrillic or Greek read in a
# Latin code page)
_UNLIKELY = re.compile("[þÞðÐţŢđĐ¤¦¨¸ŵŷŴŶẁẃẅỳ]|[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]{3,}|"
                       "[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")  # or Cyrillic inside a Latin word ('Cafй')
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff][\x80-\xffA-Za-z]*")  # a leading class: re skips to it fast
_HTML_LANG = re.compile(rb"<html\b[^>]{0,300}?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_BY_LANGUAGE = {
    "tr": ("cp1254",), "az": ("cp1254",), "ru": ("cp1251", "koi8-r"), "uk": ("cp1251", "koi8-u"),
    "be": ("cp1251",), "bg": ("cp1251",), "sr": ("cp1251",), "mk": ("cp1251",), "kk": ("cp1251",),
    "pl": ("cp1250", "iso8859-2"), "cs": ("cp1250", "iso8859-2"), "sk": ("cp1250", "iso8859-2"),
    "hu": ("cp1250", "iso8859-2"), "hr": ("cp1250", "iso8859-2"), "sl": ("cp1250", "iso8859-2"),
    "ro": ("cp1250", "iso8859-16"), "el": ("cp1253", "iso8859-7"), "he": ("cp1255", "iso8859-8"),
    "ar": ("cp1256", "iso8859-6"), "fa": ("cp1256",), "lt": ("cp1257", "iso8859-13"), "lv": ("cp1257",),
    "et": ("cp1257",), "vi": ("cp1258",), "th": ("cp874",), "ja": ("cp932", "shift_jis", "euc_jp"),
    "zh": ("gb18030", "gbk", "big5", "big5hkscs"), "ko": ("cp949", "euc_kr"),
}


def _name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def _language_encodings(data: bytes) -> frozenset[str]:
    m = _HTML_LANG.search(data[:4096])
    language = m.group(1).decode("ascii").lower() if m else ""
    return frozenset(_name(e) for e in _BY_LANGUAGE.get(language[:2], ()))


_CLOSE = 0.05  # scores this near the best one's are a tie: a few Turkish letters on an English page cost 0.02


def _close(match: CharsetMatch, first: CharsetMatch) -> bool:
    return match.chaos <= first.chaos + _CLOSE and abs(match.coherence - first.coherence) <= _CLOSE


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


# the legacy encodings by how many pages use them (W3Techs), for a tie the letters leave: a GBK page that is nearly
# all ASCII reads as Thai in cp874 as well as as Chinese in GBK
_COMMON = tuple(_name(e) for e in ("cp1252", "gb18030", "cp1251", "cp932", "euc_kr", "big5", "cp1250", "euc_jp",
                                   "cp1254", "cp1256", "cp1253", "cp1255", "cp1257", "cp874"))


def _common(name: str) -> int:
    return _COMMON.index(name) if name in _COMMON else len(_COMMON)


def _non_ascii_words(data: bytes) -> bytes:
    """What the code pages read differently: each run of non-ASCII bytes with the letters after it and the letter
    before it (Cyrillic inside a Latin word tells a wrong code page)."""
    runs = []
    for m in _NON_ASCII_RUN.finditer(data):
        start = m.start()
        runs.append(data[start - 1 if start and data[start - 1: start].isalpha() else start: m.end()])
    return b" ".join(runs)


def choose(matches: list[CharsetMatch], data: bytes) -> str | None:
    """The encoding among charset_normalizer's matches (best first, as it sorts them), narrowed to the web's
    encodings; the language's code pages (``<html lang>``), windows-1251 (which the detector misses when a few
    Cyrillic words sit in an English page) and GB18030 join a tie when the bytes decode in them."""
    web = [m for m in matches if _name(m.encoding) in _WEB_ENCODINGS]
    if not web:
        return matches[0].encoding if matches else None
    names = list(dict.fromkeys(_name(e) for m in web if _close(m, web[0])
                               for e in (m.encoding, *m.could_be_from_charset) if _name(e) in _WEB_ENCODINGS))
    preferred = _language_encodings(data)
    names += [e for e in (*sorted(preferred), "cp1251", "gb18030") if e not in names and _decodes(data, e)]
    if len(names) == 1:
        return names[0]
    words = _non_ascii_words(data[:200_000])
    unlikely = {name: len(_UNLIKELY.findall(words.decode(name, errors="replace"))) for name in names}
    return min(names, key=lambda n: (unlikely[n], n not in preferred, _common(n), names.index(n)))

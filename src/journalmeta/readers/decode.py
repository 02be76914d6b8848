"""Bytes to text: BOM → declared HTTP charset → ``<meta charset>`` → UTF-8 → detector (w3lib's chain).

GBK and GB2312 are read as GB18030, their superset, as browsers do.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.errors import DecodingError, NotAPage
from journalmeta.readers.detect import choose

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_HEADER_CHARSET = _regex.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
              "big5": "big5hkscs", "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
              "us-ascii": "cp1252", "ascii": "cp1252", "x-sjis": "shift_jis", "euc-cn": "gb18030"}


def canonical_encoding(name: str) -> str | None:
    """Python codec name for a declared charset, with supersets applied; None if unknown."""
    label = name.strip().strip("\"'").lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _try(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


_CUT_REASONS = ("unexpected end of data", "incomplete multibyte sequence")  # UTF-8's and the CJK codecs' words


def _cut(data: bytes, encoding: str | None) -> str | None:
    """The text of a page cut inside its last character (a crawler's byte limit), without that character."""
    if not encoding:
        return None
    try:
        data.decode(encoding)
    except UnicodeDecodeError as error:
        if error.reason in _CUT_REASONS and error.start >= len(data) - 4:
            return _try(data[:error.start], encoding)
    except LookupError:
        pass
    return None


_FEW_BAD_BYTES = 100  # one undecodable spot per this many non-ASCII bytes (three at least: one broken character)
_ASCII = bytes(range(128))


def _mostly(data: bytes, encoding: str | None) -> str | None:
    """The text in ``encoding`` with its few undecodable bytes replaced (a page with a stray byte in it), or None
    when there are more: the page is in another encoding (a GBK page decoded as UTF-8 fails at nearly every
    character), which the detector is better at guessing."""
    if not encoding:
        return None
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        return None
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    decoded = len(text) - len(text.encode("ascii", "ignore")) - bad  # the non-ASCII characters that did decode
    # many good characters around few bad spots; a cp1252 page's curly quotes alone are no UTF-8 with stray bytes
    return text if bad <= max(3, len(data.translate(None, _ASCII)) // _FEW_BAD_BYTES) and decoded >= 10 * bad \
        else None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    head = data[:2000]
    if len(head) < 4:
        return None
    even_nuls, odd_nuls = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    encoding = ("utf-16-le" if odd_nuls > half * 0.4 and even_nuls < half * 0.05 else
                "utf-16-be" if even_nuls > half * 0.4 and odd_nuls < half * 0.05 else None)
    text = _try(data, encoding)
    return (text, str(encoding)) if text is not None else None


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # only reached for pages that are not UTF-8

    best = choose(list(from_bytes(data[:200_000])), data)
    if best is None:
        return None
    enc = canonical_encoding(best) or best
    return (_try(data, enc) or data.decode(enc, errors="replace")), enc


_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


def _binary(data: bytes) -> bool:
    """Many NULs or other control bytes in the first 8 KB: an image, an archive, not a page."""
    head = data[:8192]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # one pass, not one count a byte value
    return controls > len(head) // 20


def decode(data: bytes, content_type: str | None = None) -> str:
    """Decode page bytes to text, trying each source of the encoding in turn."""
    return decode_as(data, content_type)[0]


def decode_as(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """The text, and the codec that decoded it (``utf-8`` means the bytes are the text's UTF-8 as they are)."""
    if not data.strip():
        raise NotAPage("the input is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom) and (text := _try(data, encoding)) is not None:
            return text, encoding
    for declared in _declared(data, content_type):
        if (text := _try(data, declared)) is not None:
            return text, str(declared)
    found = _utf16_without_bom(data)
    if found is not None:
        return found
    if _binary(data):
        raise NotAPage("the input is binary, not a page")
    if (text := _try(data, "utf-8")) is not None:
        return text, "utf-8"
    # a page cut inside its last character, or with a stray byte in it, in its declared encoding or UTF-8
    for codec in (*_declared(data, content_type), "utf-8"):
        repaired = _cut(data, codec) or _mostly(data, codec)
        if repaired is not None:
            return repaired, f"{codec}+repaired"
    found = _detect(data)
    if found is not None:
        return found
    if (text := _try(data, "gb18030")) is not None:
        return text, "gb18030"
    repaired = _cut(data, "gb18030")
    if repaired is not None:
        return repaired, "gb18030+repaired"
    raise DecodingError("no encoding decodes the input")


def _declared(data: bytes, content_type: str | None) -> Iterator[str | None]:
    """The charset the HTTP header declares, then the one a ``<meta>`` declares (looked for only if needed)."""
    if content_type and (m := _HEADER_CHARSET.search(content_type)):
        yield canonical_encoding(m.group(1))
    if declared := _META_CHARSET.search(data[:8192]):
        yield canonical_encoding(declared.group(1).decode("ascii", "ignore"))

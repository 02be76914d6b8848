"""Pages inside a wrapper: gzip-compressed files (crawl dumps) and MHTML, a browser's "save as single file".

``unwrap`` gives the page's own bytes, with the content type and address the wrapper records for it, so the
decoding chain and the HTML/text decision run on the page as the server sent it.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journalmeta.errors import DecodingError, InputTooLarge, NotAPage

if TYPE_CHECKING:
    from email.message import Message

_GZIP_MAGIC = b"\x1f\x8b"
# MIME headers from the first byte, one a multipart/related type with its boundary (folded lines included):
# Chrome's and Edge's .mhtml, Internet Explorer's and Word's .mht
_MHTML_HEAD = re.compile(rb"\A\s*(?:[A-Za-z-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){0,30}?"
                         rb"Content-Type:\s*multipart/related\s*;(?:[^\r\n]|\r?\n[ \t])*?boundary=", re.IGNORECASE)
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class Unwrapped:
    data: bytes
    content_type: str | None
    url: str | None


def unwrap(data: bytes, content_type: str | None, url: str | None, max_bytes: int) -> Unwrapped:
    """The page inside ``data`` when it is gzip-compressed or an MHTML file, else ``data`` as it came."""
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, max_bytes)
    if data[:1].isalpha() or data[:1].isspace():
        head = data[:16384]
        if b"multipart/related" in head.lower() and _MHTML_HEAD.match(head):
            return _mhtml_page(data, url)
    return Unwrapped(data, content_type, url)


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress every gzip member, never past ``max_bytes`` of output (a small file can inflate to gigabytes)."""
    out = bytearray()
    rest = data
    while rest.startswith(_GZIP_MAGIC):
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise DecodingError(f"the input is gzip-compressed but does not decompress: {exc}") from None
        if len(out) > max_bytes:
            raise InputTooLarge(len(out), max_bytes)
        if not inflater.eof:
            if inflater.unconsumed_tail:  # output stopped at the limit with input left
                raise InputTooLarge(len(out) + 1, max_bytes)
            break  # a file cut short: keep what it held
        rest = inflater.unused_data.lstrip(b"\0")
    if not out:
        raise NotAPage("the input is an empty gzip file")
    return bytes(out)


def _mhtml_page(data: bytes, url: str | None) -> Unwrapped:
    """The MHTML file's root document (the part its ``type`` names, else its first HTML or text part)."""
    import email  # the standard library's MIME parser, imported only for an MHTML file (~10 ms of an import)
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part = _root_part(message)
    if part is None:
        raise NotAPage("the MHTML file holds no HTML or text part")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise NotAPage("the MHTML file's page is empty")
    charset = part.get_content_charset()
    content_type = part.get_content_type() + (f"; charset={charset}" if charset else "")
    found = (part.get("Content-Location") or message.get("Snapshot-Content-Location")
             or message.get("Content-Location"))
    address = str(found).strip() if found else None
    return Unwrapped(payload, content_type, url or (address if address and "://" in address else None))


def _root_part(message: Message) -> Message | None:
    parts = [p for p in message.walk() if not p.is_multipart()]
    root_type = str(message.get_param("type") or "").lower()
    start = str(message.get_param("start") or "").strip("<>")
    if start:
        for part in parts:
            if str(part.get("Content-ID", "")).strip().strip("<>") == start:
                return part
    for wanted in ((root_type,) if root_type in _PAGE_TYPES else ()) + _PAGE_TYPES:
        for part in parts:
            if part.get_content_type() == wanted:
                return part
    return None

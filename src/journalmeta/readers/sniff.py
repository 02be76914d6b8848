"""Is this text HTML or a plain-text rendering of a page?"""

from __future__ import annotations

import re

from journalmeta import _regex

_HTML_START = _regex.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?"
                         r"(?:<!doctype\s+html|<html\b|<head\b|<meta\b|<body\b)",
                         re.IGNORECASE | re.DOTALL)
_TAG = _regex.compile(r"</?(?:html|head|body|div|p|meta|span|table|a|script|title|h[1-6]|ul|li|br)\b[^>]*>",
                  re.IGNORECASE)


def looks_like_html(text: str, content_type: str | None = None) -> bool:
    """Decide from the content type when it says, else from the content."""
    if content_type:
        kind = content_type.split(";")[0].strip().lower()
        if kind in ("text/html", "application/xhtml+xml"):
            return True
        if kind == "text/plain":
            return False
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    tags = len(_TAG.findall(head))
    return tags >= 5 and tags * 40 > len(head.split("\n"))

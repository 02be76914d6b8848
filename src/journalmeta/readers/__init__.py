"""Bytes in: decoding and recognising what kind of page the input is."""

from journalmeta.readers.decode import decode
from journalmeta.readers.sniff import looks_like_html, looks_like_jats

__all__ = ["decode", "looks_like_html", "looks_like_jats"]

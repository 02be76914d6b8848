"""Magtech JournalX (Beijing Magtech): ``/CN/10.xxxx/...``, ``/CN/abstract/abstract{n}.shtml``."""

from journalmeta.platforms.base import Platform

PLATFORM = Platform(
    name="magtech",
    fingerprints=(r"magtech\.com\.cn", r"\bmag-[a-z]", r"/CN/abstract/abstract\d+\.shtml", r"/CN/Y\d{4}/V\d+"),
    text_fingerprints=(r"›› \d{4}, Vol\. ",),
)

"""RHHZ (Beijing Renhe Huizhi): ``/article/doi/...`` pages and the older html.rhhz.net layout."""

from journalmeta.platforms.base import Platform

PLATFORM = Platform(
    name="rhhz",
    fingerprints=(r"rhhz\.net", r"/article/doi/10\.", r"viewType=HTML"),
    text_fingerprints=(r"^引用本文[:：]", r"^文章信息$"),
)

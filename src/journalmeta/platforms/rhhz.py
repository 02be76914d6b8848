"""RHHZ (Beijing Renhe Huizhi): ``/article/doi/...`` pages and the older html.rhhz.net layout."""

from journalmeta.platforms.base import Platform

PLATFORM = Platform(
    name="rhhz",
    fingerprints=(r"rhhz\.net", r"/article/doi/10\.", r"viewType=HTML"),
    # both citation labels on their own lines, or the older html.rhhz.net "文章信息" block
    text_fingerprints=(r"\A(?=.*^引用本文[:：])(?=.*^Citation[:：])", r"^文章信息$"),
)

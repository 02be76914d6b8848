"""Pinyin that re-hosting sites inject after Han characters ('關(guān)鍵詞'): found, and taken out before matching."""

from __future__ import annotations

from journalmeta import _regex

__all__ = ["PINYIN", "without_pinyin"]

PINYIN = _regex.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


def without_pinyin(text: str) -> tuple[str, list[int]]:
    """``text`` with injected pinyin removed, and for each kept character its index in ``text``."""
    keep: list[int] = []
    last = 0
    for m in PINYIN.finditer(text):
        keep.extend(range(last, m.start()))
        last = m.end()
    keep.extend(range(last, len(text)))
    return "".join(text[i] for i in keep), keep

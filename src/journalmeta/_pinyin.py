"""Pinyin that re-hosting sites inject after Han characters ('關(guān)鍵詞'): found, and taken out before matching; and
Chinese names written in pinyin with nothing between them ('Shu Yu Zhang Lili')."""

from __future__ import annotations

from journalmeta import _regex

__all__ = ["PINYIN", "is_pinyin_word", "pinyin_pairs", "without_pinyin"]

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


# a word of pinyin syllables ('Zhang', 'Lili', 'Xiaoming'), capitalised
_PINYIN_WORD = _regex.compile(r"[A-Z](?:[a-z]*)")
_SYLLABLES = _regex.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|"
                            r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü))+")


def is_pinyin_word(word: str) -> bool:
    """'Zhang', 'Xiaoming', 'LIU': a capitalised word (or one in capitals) of pinyin syllables."""
    return bool(_PINYIN_WORD.fullmatch(word) or word.isupper()) and _SYLLABLES.fullmatch(word.lower()) is not None


def pinyin_pairs(text: str) -> list[str] | None:
    """'Shu Yu Zhang Lili': Chinese names in pinyin, two words each, with nothing between them (four words or more,
    every one of pinyin syllables: no Western name reads so)."""
    words = text.split()
    if len(words) < 4 or len(words) % 2 or not all(
            _PINYIN_WORD.fullmatch(w) and _SYLLABLES.fullmatch(w.lower()) for w in words):  # (not in capitals)
        return None
    return [f"{a} {b}" for a, b in zip(words[::2], words[1::2], strict=True)]

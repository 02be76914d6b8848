"""Bylines that print each East Asian name with its romanisation in brackets ('이 혜 영(Hye-Young Lee)*', '山本
直樹(Naoki Yamamoto)'): the names in their own script, then the romanisations."""

from __future__ import annotations

from journalmeta import _regex
from journalmeta.lang import has_han

__all__ = ["romanised_names"]

# a Korean name, its syllables spaced out or not, or a Japanese or Chinese one, its family and given names apart or
# not, with its romanisation in brackets and its marks: '이 혜 영(Hye-Young Lee)*', '곽승진(Seung-Jin Kwak)**', '山本
# 直樹(Naoki Yamamoto)'
_ROMANISED = _regex.compile(r"([\uac00-\ud7a3](?: ?[\uac00-\ud7a3]){1,4}|"
                            r"[\u3400-\u9fff\u3005][\u3400-\u9fff\u3005\u3040-\u30ff]{0,3}"
                            r"(?: [\u3400-\u9fff\u3005\u3040-\u30ff]{1,4})?)\s*[(（]\s*"
                            r"([A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){1,3})\s*[)）]\s*[*†‡\d]*")
_ROMANISED_REST = frozenset(" ,;·*†‡，；")


def romanised_names(text: str) -> tuple[str, ...] | None:
    """The Korean names of a line of names each with its romanisation, then the romanisations."""
    units = list(_ROMANISED.finditer(text))
    if not units or any(ch not in _ROMANISED_REST for ch in _ROMANISED.sub("", text)):
        return None
    return tuple([_romanised_name(m.group(1)) for m in units] + [m.group(2) for m in units])


def _romanised_name(name: str) -> str:
    """A Korean name without its spaces; a Han one with the space between family and given names ('山本 直樹'), but
    for one padding two characters ('张 三')."""
    parts = name.split()
    return name if len(parts) == 2 and has_han(name) and max(map(len, parts)) > 1 else "".join(parts)

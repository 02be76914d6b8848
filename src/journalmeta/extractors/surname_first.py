"""Names printed surname first, as catalogues and discovery layers list them: 'Yoshida, Yuka; Seino, Satoshi'
(each turned round), '吉田, 由佳, 清野, 諭' (surname and given name each in turn, parted by the same commas as the
names)."""

from __future__ import annotations

from journalmeta import _regex

__all__ = ["KANA_GIVEN_NAME", "inverted_names", "surname_given_pairs"]


def surname_given_pairs(pieces: list[str]) -> bool:
    """Han words of one to four characters, an even number of them (four at least), one of a single character
    before the last (no whole name is one character; a last one may be a name the copy cut): a name's surname and
    given name each in turn."""
    return len(pieces) >= 4 and len(pieces) % 2 == 0 and any(len(piece) == 1 for piece in pieces[:-1]) \
        and all(len(piece) <= 4 and _HAN_NAME_CHARS.fullmatch(piece) for piece in pieces)


# a surname or given name in Han characters, some given names with kana ('てい子')
_HAN_NAME_CHARS = _regex.compile(r"[\u3400-\u9fff\u3005][\u3400-\u9fff\u3005\u3040-\u30ff]*|"
                                 r"[\u3040-\u30ff]+[\u3400-\u9fff]")


def inverted_names(text: str) -> list[str] | None:
    """A list of names each printed surname first, a comma, then the given names, parted by semicolons (a
    catalogue's 'Yoshida, Yuka; Seino, Satoshi'), each turned round; None for any other list (a surname with its
    initials, 'Smith J, Doe K; Roe A', is no surname alone)."""
    parts = [part.strip() for part in text.split(";")] if ";" in text else []
    found = [_INVERTED_PART.fullmatch(part) for part in parts if part]
    if len(found) < 2 or not all(found):
        return None
    return [f"{m.group(2)} {m.group(1)}" for m in found if m]


_SURNAME_WORD = r"[^\W\d_][\w'’\-]+"  # (two letters at least: no initial)
_INVERTED_PART = _regex.compile(rf"({_SURNAME_WORD}(?:\s+{_SURNAME_WORD}){{0,2}}),\s*"
                                r"([^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,3})")


# a Japanese name, its surname apart from a given name with kana ('星出 てい子'): a name, though no Han one holds kana
KANA_GIVEN_NAME = _regex.compile(r"^[\u3400-\u9fff\u3005]{1,3} (?=.*[\u3040-\u30ff])[\u3400-\u9fff\u3040-\u30ff]{1,4}$")

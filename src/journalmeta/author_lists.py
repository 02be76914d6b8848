"""Author lists from several sources, reconciled before the merge chooses one: a list cut short supports the
full one it starts, and a citation's shortened or reordered names give way to the same names as the page prints
them; and whether the chosen lists of two languages pair up name by name (``in_turn``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from journalmeta.extractors.candidates import Candidate


def reconcile(cands: list[Candidate]) -> list[Candidate]:
    """The author-list candidates of one language, with the rules below applied in turn."""
    return _printed_middle_names(_printed_order(_spell_out_initials(_extend_prefixes(cands))))


def _extend_prefixes(cands: list[Candidate]) -> list[Candidate]:
    """A list cut short ('et al.') supports the full list it starts."""
    out = []
    for c in cands:
        longer = [o for o in cands if len(o.value) > len(c.value) and o.value[: len(c.value)] == c.value]
        out.append(Candidate(c.field, longer[0].value, c.source, c.lang, c.weight) if longer else c)
    return out


_NAME_PART = re.compile(r"[^\W\d_]+")


def _initials_of(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with its given names cut to initials ('WANG Z Q', 'Wang ZQ', 'Z. Wang'
    for 'Zhiqiang WANG')."""
    parts, whole = _NAME_PART.findall(short), _NAME_PART.findall(full)
    lowered = [_fold(w) for w in whole]
    surnames = [w for w in parts if len(w) > 1 and _fold(w) in lowered]
    initials = [w for w in parts if w not in surnames]
    if len(surnames) != 1 or not initials or any(len(w) > 3 or not w.isupper() for w in initials):
        return False
    given = [w for w in whole if _fold(w) != _fold(surnames[0])]
    return bool(given) and _fold(given[0][0]) == _fold(initials[0][0])


def _fold(word: str) -> str:
    """Lower case that matches Turkish capitals with their small letters ('YILMAZ' / 'Yılmaz', 'İ' / 'i')."""
    return word.lower().replace("ı", "i").replace("i\u0307", "i")


def _letters(names: list[str]) -> int:
    return sum(len(part) for name in names for part in _NAME_PART.findall(name))


_INITIAL = re.compile(r"(?<![^\W\d_])[A-Z]{1,3}(?![^\W\d_])")  # 'Z', 'ZQ', the 'H' of 'LI H'


def _give_way(cands: list[Candidate], weaker: list[int], better: Callable[[int, int], bool]) -> list[Candidate]:
    """Each candidate of ``weaker`` that another one prints better (``better(i, j)``: j is i's list in the form the
    page prints) is dropped, and the first such one takes its weight: the printed form wins, under its own source."""
    weight = [c.weight for c in cands]
    dropped: set[int] = set()
    for i in weaker:
        j = next((j for j in range(len(cands)) if j != i and j not in dropped and better(i, j)), None)
        if j is not None:
            dropped.add(i)
            weight[j] = max(weight[j], cands[i].weight)
    return [Candidate(c.field, c.value, c.source, c.lang, weight[i]) for i, c in enumerate(cands) if i not in dropped]


def _spell_out_initials(cands: list[Candidate]) -> list[Candidate]:
    """A list of names with initials (a GB/T citation's 'WANG Z Q, LI H') gives way to the same authors printed
    in full ('Zhiqiang WANG, Hao LI'), and so does a list cut short ('Jumper, J., Evans, R., Pritzel, A. et al.')
    to the full list it starts."""
    shortened = [i for i, c in enumerate(cands) if all(_INITIAL.search(name) for name in c.value)]
    if len(cands) < 2 or not shortened:
        return cands
    letters = [_letters(c.value) for c in cands]

    def spelled_out(i: int, j: int) -> bool:
        short, full = cands[i].value, cands[j].value
        return len(full) >= len(short) and letters[j] > letters[i] and all(
            _initials_of(a, b) for a, b in zip(short, full[:len(short)], strict=True))

    return _give_way(cands, shortened, spelled_out)


def _printed_middle_names(cands: list[Candidate]) -> list[Candidate]:
    """Metadata's names ('Alexander M. Rush') give way to the same people as the byline prints them, with a middle
    name or initial more or less ('Alexander Rush'): a record keeps names as printed."""
    stated = [i for i, c in enumerate(cands) if c.source.startswith(("meta:", "jsonld:"))]
    if not stated or len(stated) == len(cands):
        return cands

    def same_people(i: int, j: int) -> bool:
        return cands[j].source.startswith("position:") and len(cands[j].value) == len(cands[i].value) and \
            cands[j].value != cands[i].value and all(
                _ends_alike(a, b) for a, b in zip(cands[i].value, cands[j].value, strict=True))

    return _give_way(cands, stated, same_people)


def _ends_alike(one: str, other: str) -> bool:
    """The same first and last word ('Alexander M. Rush' / 'Alexander Rush')."""
    a, b = one.lower().split(), other.lower().split()
    return len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and a[-1] == b[-1]


def _printed_order(cands: list[Candidate]) -> list[Candidate]:
    """A citation's names ('WU Shihai, WANG Yu') give way to the same names printed in the byline in another word
    order ('Shihai WU, Yu WANG'): the page prints its authors as it likes."""
    cited = [i for i, c in enumerate(cands) if c.source.startswith("citation:")]
    if not cited or len(cited) == len(cands):
        return cands
    words = [[sorted(name.lower().split()) for name in c.value] for c in cands]

    def reordered(i: int, j: int) -> bool:
        return j not in cited and words[j] == words[i] and cands[j].value != cands[i].value

    return _give_way(cands, cited, reordered)


def in_turn(one: Candidate, other: Candidate) -> bool:
    """Whether two languages' author lists name the same people in turn: as many names, or one of them a citation's
    list cut after its first names ('LUO Y, HE F, HUAN C, et al.' under a byline of eight), or a JATS file's names of
    its first authors in a second language, which pair with the first names of the other."""
    short, full = sorted((one, other), key=lambda c: len(c.value))
    return len(short.value) == len(full.value) or short.source.startswith(_FIRST_NAMES_SOURCES)


_FIRST_NAMES_SOURCES = ("citation:", "unlabelled:citation", "jats:")

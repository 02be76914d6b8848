"""Printed dates → ISO dates: year first (``2021-03-12``, ``2021年3月12日``, ``2021년 3월 12일``), day first
(``12.03.2021``, ``12/03/2021``), month first (``03/12/2021`` when the day gives it away) and month names in
the languages journal pages print them (``12 марта 2021 г.``, ``12 Mart 2021``, ``12 de março de 2021``).

The month names are data, keyed by language; a name is known by its full form or any start of it of three
letters or more (``Sept.``, ``févr.``, ``дек.``), so genitive and nominative forms need no second entry.
"""

from __future__ import annotations

import re
from functools import cache

from journalmeta import _regex

MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "id": ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember"),
    "tr": ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
           "aralık"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "ru-nominative": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                      "октябрь", "ноябрь", "декабрь"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"),
}
_SHORTEST_START = 3

# The printed shapes of a date, one named group each part; one pattern finds a date after a label (inline) and
# reads it (read_date). A year first ('2021-03-12', '2021年3月12日', '2021년 3월'), numbers first with one separator
# ('12.03.2021', '03/12/2021'), a month's name after the day ('12 марта 2021', '12 de março de 2021') or before it
# ('March 12, 2021').
_NAME = r"(?<![^\W\d_])[^\W\d_]{3,}"
DATE_TEXT = (r"((?P<y1>(?:19|20)\d\d)\s*[-/.年년]\s*(?P<m1>\d{1,2})(?:\s*[-/.月월]\s*(?P<d1>\d{1,2}))?|"
             r"(?<!\d)(?P<n1>\d{1,2})\s*(?P<sep>[./-])\s*(?P<n2>\d{1,2})\s*(?P=sep)\s*(?P<y2>(?:19|20)\d\d)(?!\d)|"
             rf"(?<!\d)(?:(?P<d3>\d{{1,2}})[.\s-]*(?:de\s+)?)?(?P<m3>{_NAME})\.?[\s,-]*(?:de\s+)?(?P<y3>(?:19|20)\d\d)|"
             rf"(?P<m4>{_NAME})\.?\s+(?P<d4>\d{{1,2}}),?\s+(?P<y4>(?:19|20)\d\d))")
_DATE = _regex.compile(DATE_TEXT)


@cache
def _months() -> dict[str, int]:
    """Every full month name and every start of one (three letters or more) that names one month only."""
    found: dict[str, set[int]] = {}
    for names in MONTH_NAMES.values():
        for number, name in enumerate(names, start=1):
            for end in range(_SHORTEST_START, len(name) + 1):
                found.setdefault(name[:end], set()).add(number)
    return {start: numbers.pop() for start, numbers in found.items() if len(numbers) == 1}


def month_number(word: str) -> int | None:
    """The month a word names ('Sept', 'марта', 'Şubat'), or None."""
    return _months().get(word.lower().rstrip("."))


def _iso(year: str, month: int, day: str | int | None) -> str | None:
    if not 1 <= month <= 12:
        return None
    if day and 1 <= int(day) <= 31:
        return f"{year}-{month:02d}-{int(day):02d}"
    return f"{year}-{month:02d}"


def _numbered(first: int, second: int, separator: str, year: str) -> str | None:
    """``12.03.2021`` (a dot: always day first), or ``12/03/2021`` and ``03/12/2021``: the order the
    numbers allow (a part above 12 is the day); when both orders read, only the year is certain."""
    if separator == "." or first > 12 or first == second:
        return _iso(year, second, first)
    if second > 12:
        return _iso(year, first, second)
    return year


def with_day(m: re.Match[str]) -> bool:
    """Whether a date matched by a pattern holding ``DATE_TEXT`` prints its day ('Issue Date April 2022' does
    not: a label's date without one is left to the meta tags, which often give it)."""
    return bool(m["d1"] or m["n1"] or m["d3"] or m["d4"])


def read_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD, YYYY-MM, or YYYY when a numeric date reads both ways) from the first printed one
    in ``text`` (ASCII digits); None when there is none."""
    m = _DATE.search(text)
    while m:
        date = _read(m)
        if date:
            return date
        # a word that names no month ('form 2020-05-01'): look again right after the word
        m = _DATE.search(text, m.end("m3") if m["m3"] else m.end("m4") if m["m4"] else m.end())
    return None


def _read(m: re.Match[str]) -> str | None:
    if m["y1"]:
        return _iso(m["y1"], int(m["m1"]), m["d1"])
    if m["y2"]:
        return _numbered(int(m["n1"]), int(m["n2"]), m["sep"], m["y2"])
    if m["y3"]:
        month = month_number(m["m3"])
        return _iso(m["y3"], month, m["d3"]) if month else None
    month = month_number(m["m4"])
    return _iso(m["y4"], month, m["d4"]) if month else None

"""Printed dates → ISO dates: year first (``2021-03-12``, ``2021年3月12日``, ``2021년 3월 12일``), day first
(``12.03.2021``, ``12/03/2021``), month first (``03/12/2021`` when the day gives it away) and month names in
the languages journal pages print them (``12 марта 2021 г.``, ``12 Mart 2021``, ``12 de março de 2021``).

The month names are data, keyed by language; a name is known by its full form or any start of it of three
letters or more (``Sept.``, ``févr.``, ``дек.``), so genitive and nominative forms need no second entry.
"""

from __future__ import annotations

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

_YEAR = r"((?:19|20)\d\d)"
_YEAR_FIRST = _regex.compile(_YEAR + r"\s*[-/.年년]\s*(\d{1,2})(?:\s*[-/.月월]\s*(\d{1,2}))?")
_DAY_OR_MONTH_FIRST = _regex.compile(r"(?<!\d)(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*" + _YEAR + r"(?!\d)")
_WORD = r"(?<![^\W\d_])([^\W\d_]{3,})\.?"
_DAY_MONTH_YEAR = _regex.compile(r"(?<!\d)(?:(\d{1,2})[.\s-]*(?:de\s+)?)?" + _WORD + r"[\s,-]*(?:de\s+)?" + _YEAR)
_MONTH_DAY_YEAR = _regex.compile(_WORD + r"\s+(\d{1,2}),?\s+" + _YEAR)

# What a page prints after a date label, for the finders (a date, not yet read): the forms above.
DATE_TEXT = (r"((?:19|20)\d\d\s*[-/.年년]\s*\d{1,2}\s*[-/.月월]\s*\d{1,2}[日일]?|"
             r"\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:19|20)\d\d|"
             r"\d{1,2}[.\s-]*(?:de\s+)?[^\W\d_]{3,}\.?[\s,-]*(?:de\s+)?(?:19|20)\d\d|"
             r"[^\W\d_]{3,}\.?\s+\d{1,2},\s+(?:19|20)\d\d)")


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


def read_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD, YYYY-MM, or YYYY when a numeric date reads both ways) from a printed one in
    ASCII digits; None when unreadable."""
    m = _YEAR_FIRST.search(text)
    if m:
        return _iso(m.group(1), int(m.group(2)), m.group(3))
    m = _DAY_OR_MONTH_FIRST.search(text)
    if m:
        return _numbered(int(m.group(1)), int(m.group(3)), m.group(2), m.group(4))
    m = _DAY_MONTH_YEAR.search(text)
    month = month_number(m.group(2)) if m else None
    if m and month:
        return _iso(m.group(3), month, m.group(1))
    m = _MONTH_DAY_YEAR.search(text)
    month = month_number(m.group(1)) if m else None
    if m and month:
        return _iso(m.group(3), month, m.group(2))
    return None

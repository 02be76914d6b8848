"""Author lines and the language of short Latin-script texts (names, titles, journal names)."""

from __future__ import annotations

import pytest

from journalmeta.extractors.names import author_line
from journalmeta.lang import latin_language


@pytest.mark.parametrize(("line", "names"), [
    ("Calvin Liang, Jevan Alexander Hutson, and Os Keyes", ["Calvin Liang", "Jevan Alexander Hutson", "Os Keyes"]),
    ("by Calvin Liang, Jevan Alexander Hutson, and Os Keyes", ["Calvin Liang", "Jevan Alexander Hutson", "Os Keyes"]),
    ("By CHARLOTTE FAIRLIE", ["CHARLOTTE FAIRLIE"]),
    ("高阳 闫仁武 袁双双", ["高阳", "闫仁武", "袁双双"]),
    ("王于1, 陈洁2*", ["王于", "陈洁"]),
    ("ZHANG Wei LI Na WANG Qiang", ["ZHANG Wei", "LI Na", "WANG Qiang"]),
    ("Bylaws of the society", None),
    ("Department of Physics, University of Oxford", None),
])
def test_author_line(line: str, names: list[str] | None) -> None:
    assert author_line(line) == names


@pytest.mark.parametrize(("text", "lang"), [
    ("Quantisierung als Eigenwertproblem", "de"),  # one German word and a German ending, on an English page
    ("Zeitschrift für Festkörper", "de"),  # ü and ö are German too, not only Turkish
    ("théorie des graphes; coloration", "fr"),
    ("Kırsal Göçün Kent Çeperine Etkileri", "tr"),
    ("Heat transfer in the lung", "en"),
    ("Die casting of aluminium alloys", "en"),
])
def test_language_of_short_latin_texts(text: str, lang: str) -> None:
    assert latin_language(text, "en") == lang

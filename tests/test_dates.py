"""Printed dates in the forms journal pages use, read as ISO dates."""

from __future__ import annotations

import pytest

from journalmeta.dates import MONTH_NAMES, month_number
from journalmeta.normalize import clean_date


@pytest.mark.parametrize(("printed", "iso"), [
    ("2020-01-15", "2020-01-15"), ("2020/1/5", "2020-01-05"), ("2020年1月15日", "2020-01-15"),
    ("2021년 3월 12일", "2021-03-12"), ("2019. 9. 12.", "2019-09-12"), ("Jan 2020", "2020-01"),
    ("15.01.2020", "2020-01-15"),  # a dot: day first (ru, de, tr)
    ("15/01/2020", "2020-01-15"), ("01/15/2020", "2020-01-15"),  # a part above 12 is the day
    ("05/06/2020", "2020"), ("05-06-2020", "2020"),  # both orders read: only the year is certain
    ("06/06/2020", "2020-06-06"),
    ("15 января 2020 г.", "2020-01-15"), ("3 дек. 2019", "2019-12-03"), ("12 Eylül 2019", "2019-09-12"),
    ("15 Haziran 2020", "2020-06-15"), ("15 de março de 2020", "2020-03-15"), ("15. März 2020", "2020-03-15"),
    ("5 mai 2019", "2019-05-05"), ("15-Jan-2020", "2020-01-15"), ("March 15, 2020", "2020-03-15"),
    ("Sept. 3, 2019", "2019-09-03"), ("１５.０１.２０２０", "2020-01-15"), ("12 листопада 2021", "2021-11-12"),
    ("Received in revised form 2020", None), ("13/14/2020", None), ("", None),
])
def test_printed_dates(printed: str, iso: str | None) -> None:
    assert clean_date(printed) == iso


def test_every_month_name_and_its_abbreviation_name_their_month() -> None:
    for names in MONTH_NAMES.values():
        assert len(names) == 12
        for number, name in enumerate(names, start=1):
            assert month_number(name) == number, name
            assert month_number(name[:4].title() + ".") == number, name  # 'Sept.', 'Févr.', 'Дек.'
    assert month_number("Jui") is None  # juin or juillet
    assert month_number("form") is None

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


@pytest.mark.parametrize(("line", "found"), [
    ("First published: 1926", [("year", "1926")]),  # a year alone after a colon
    ("Vol. 6:15-38 (Volume publication date March 2015)", [("year", "2015")]),  # a month and year
    ("Publication date: 2019-05", [("year", "2019")]),
    ("First published: 12 August 2019", [("published", "12 August 2019")]),  # with its day: the date
    ("Published in 2019 by the Society", []),  # prose, no label's value
    ("Received: 2019", []),  # another history date without its day gives no year
    ("Published 一般社団法人 日本公衆衛生学会 15.01.2022", [("published", "15.01.2022")]),  # a publisher before it
    ("Received Smith and Jones 15.01.2022", []),  # (only the publication date follows a publisher)
])
def test_a_publication_date_without_its_day_gives_its_year(line: str, found: list[tuple[str, str]]) -> None:
    from journalmeta.extractors.inline import _labelled_dates

    assert list(_labelled_dates(line)) == found


def test_a_lone_date_label_reads_past_a_publishers_line_not_past_another_label() -> None:
    import journalmeta

    def dates(text: str) -> dict[str, str | None]:
        return journalmeta.parse(text.encode(), content_type="text/plain").to_dict()["dates"]

    # a discovery catalogue's record: 'Published' / the publisher / the date
    assert dates("A paper on marshes\nPublished\nSome Society Press\n30.04.2020\n")["published"] == "2020-04-30"
    # 'Received' with no value over 'Revised' and its date: the date is the revision's only
    found = dates("A paper on marshes\nReceived\nRevised\n2020-01-02\n")
    assert found["received"] is None and found["revised"] == "2020-01-02"
    # the publisher's place and name a line each ('Published' / 'New York' / 'IEEE' / '01.02.2016'), no more
    assert dates("A paper on marshes\nPublished\nNew York\nIEEE\n01.02.2016\n")["published"] == "2016-02-01"
    assert dates("A paper on marshes\nPublished\nOne\nTwo\nThree\n01.02.2016\n")["published"] is None

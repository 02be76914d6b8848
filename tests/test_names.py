"""Author lines: which printed lines are lists of people, and the names they give."""

from __future__ import annotations

import pytest

from journalmeta.extractors.names import author_line


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

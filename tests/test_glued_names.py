"""Han names glued by a page's text, parted at the surnames only when they part one way."""

from __future__ import annotations

import pytest

from journalmeta.extractors.glued_names import glued_names
from journalmeta.extractors.names import author_line


@pytest.mark.parametrize(("token", "names"), [
    ("王立平刘建国", ["王立平", "刘建国"]),
    ("王芳李娜", ["王芳", "李娜"]),
    ("刘璐佳曲婉莹谭杰军施国善景伟超王有鹏", ["刘璐佳", "曲婉莹", "谭杰军", "施国善", "景伟超", "王有鹏"]),
    ("王立刘建国", ["王立", "刘建国"]),
    ("欧阳修文", ["欧阳修文"]),  # a compound surname's name
    ("石川佳純", ["石川佳純"]),  # a Japanese name: no second surname
    ("研究进展综述", ["研究进展综述"]),  # no name
    ("王李张刘陈杨", ["王李张刘陈杨"]),  # parts several ways: left whole
    ("李明", ["李明"]),
])
def test_glued_names(token: str, names: list[str]) -> None:
    assert glued_names(token) == names


def test_a_glued_byline_is_two_authors() -> None:
    assert author_line("王立平刘建国") == ["王立平", "刘建国"]
    assert author_line("王立平刘建国, 张三") == ["王立平", "刘建国", "张三"]

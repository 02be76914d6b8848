"""Names glued by a page's text: Han names parted at the surnames only when they part one way, their pinyin where a
small letter meets a capital, and a name glued to its institution."""

from __future__ import annotations

import pytest

from journalmeta.extractors.glued_names import glued_letter_marks, glued_names, glued_pinyin_names
from journalmeta.extractors.names import author_line
from journalmeta.institutions import name_then_institution


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


@pytest.mark.parametrize(("token", "names"), [
    ("Liu JingChen Zhiqiang", ["Liu Jing", "Chen Zhiqiang"]),
    ("LIU JingCHEN ZhiqiangWANG Li", ["LIU Jing", "CHEN Zhiqiang", "WANG Li"]),
    ("Ronald McDonald", ["Ronald McDonald"]),  # a Western name's inner capital
    ("Anna DeLuca", ["Anna DeLuca"]),
    ("Liu Jing", ["Liu Jing"]),
    ("Jane SmithJohn Roe", ["Jane SmithJohn Roe"]),  # no pinyin: left whole
])
def test_glued_pinyin_names(token: str, names: list[str]) -> None:
    assert glued_pinyin_names(token) == names


def test_a_glued_pinyin_byline_is_two_authors() -> None:
    assert author_line("Wang XiaoyanZhang Jianhua") == ["Wang Xiaoyan", "Zhang Jianhua"]


@pytest.mark.parametrize(("line", "parted"), [
    ("Ana Paula FerreiraUniversidade de São Paulo", ("Ana Paula Ferreira", "Universidade de São Paulo")),
    ("Rina WulandariUniversitas Udayana", ("Rina Wulandari", "Universitas Udayana")),
    ("Maria da SilvaDepartment of Physics, University of Porto", ("Maria da Silva",
                                                                  "Department of Physics, University of Porto")),
    ("Олександр ПетренкоНаціональний науковий центр «Інститут аграрної економіки»",
     ("Олександр Петренко", "Національний науковий центр «Інститут аграрної економіки»")),
    ("McGill University", None),  # an inner capital, no name before it
    ("Jane Smith", None),
    ("Study of eUniversity adoption", None),
    ("Mobility and AccessUniversity towns compared", None),  # a title's words glued: no institution after
])
def test_name_then_institution(line: str, parted: tuple[str, str] | None) -> None:
    assert name_then_institution(line) == parted


@pytest.mark.parametrize(("names", "marks_taken_off"), [
    (["ZHOU Youa", "HE Xib", "HUANG Lihuac"], ["ZHOU You", "HE Xi", "HUANG Lihua"]),
    (["CHEN Guibinc", "LIU Aimeid", "YANG Xiaobinga"], ["CHEN Guibin", "LIU Aimei", "YANG Xiaobing"]),
    (["LI Hua", "WANG Ge"], ["LI Hua", "WANG Ge"]),  # pinyin as they are: no marks
    (["DUPONT Bernard", "MARTIN Claude"], ["DUPONT Bernard", "MARTIN Claude"]),  # no pinyin either way
    (["ZHOU Youa"], ["ZHOU Youa"]),  # one name: nothing to tell by
])
def test_affiliation_letters_glued_to_pinyin_names(names: list[str], marks_taken_off: list[str]) -> None:
    assert glued_letter_marks(names) == marks_taken_off


def test_a_byline_with_glued_letters_reads_the_names() -> None:
    names = ["ZHOU You", "HE Xi", "HUANG Lihua", "LUO Lanbo"]
    assert author_line("ZHOU Youa, HE Xib, HUANG Lihuac, LUO Lanboc") == names

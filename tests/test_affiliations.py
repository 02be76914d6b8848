"""Affiliations printed on the page given to the authors: the byline's marks against the numbered lines."""

from __future__ import annotations

import journalmeta
from tests.conftest import FIXTURES

PAGE = """基于无人机多光谱影像的冬小麦叶面积指数反演
何静1, 罗斌2*, 王强1,2
1. 河南农业大学信息与管理科学学院, 郑州 450046
2. 河南省农业科学院, 郑州 450002
摘要: 叶面积指数是表征作物长势的重要参数。该研究利用无人机多光谱影像构建植被指数, 比较了3种模型的反演精度。
"""


def test_marks_pick_the_numbered_lines_after_the_byline() -> None:
    record = journalmeta.parse(PAGE.encode())
    assert [(a.name["zh"], a.affiliations) for a in record.authors] == [
        ("何静", ["河南农业大学信息与管理科学学院, 郑州 450046"]),
        ("罗斌", ["河南省农业科学院, 郑州 450002"]),
        ("王强", ["河南农业大学信息与管理科学学院, 郑州 450046", "河南省农业科学院, 郑州 450002"])]


def test_a_labelled_list_in_one_line_and_marks_apart_from_the_names() -> None:
    page = ("临床实践指南注册平台的比较\n作者: 米子硕 1 高锦 2 陈昊 1, 2\n"
            "作者单位: 1. 南京中医药大学护理学院(南京 210023) 2.中国中医药循证医学中心(北京 100700)\n")
    record = journalmeta.parse(page.encode())
    assert [a.affiliations for a in record.authors] == [
        ["南京中医药大学护理学院(南京 210023)"], ["中国中医药循证医学中心(北京 100700)"],
        ["南京中医药大学护理学院(南京 210023)", "中国中医药循证医学中心(北京 100700)"]]


def test_one_unnumbered_affiliation_is_every_authors() -> None:
    page = "城市绿地降温效应的尺度依赖\n作者: 陈刚, 许丽\n作者单位: 武汉大学资源与环境科学学院\n"
    record = journalmeta.parse(page.encode())
    assert [a.affiliations for a in record.authors] == [["武汉大学资源与环境科学学院"]] * 2


def test_numbers_that_are_no_list_give_nothing() -> None:
    page = "城市绿地降温效应的尺度依赖\n陈刚1, 许丽2\n2021年第5期 共12页\n"
    assert all(not a.affiliations for a in journalmeta.parse(page.encode()).authors)


def test_the_first_labelled_list_wins_over_its_translation() -> None:
    page = ("基于深度学习的遥感影像建筑物提取方法\n作者：刘洋1，陈静2\n"
            "作者单位：1. 武汉大学 遥感信息工程学院，湖北 武汉 430079；2. 中国地质大学（武汉） 地理与信息工程学院\n"
            "Affiliation：1. School of Remote Sensing, Wuhan University；2. China University of Geosciences\n")
    record = journalmeta.parse(page.encode())
    assert [a.affiliations for a in record.authors] == [["武汉大学 遥感信息工程学院，湖北 武汉 430079"],
                                                        ["中国地质大学（武汉） 地理与信息工程学院"]]


def test_author_notes_give_each_author_the_address_after_their_name() -> None:
    page = (FIXTURES / "text" / "crawler-text-nodes.txt").read_text(encoding="utf-8") + (
        "作者简介：杨文博（1995—），男，硕士研究生；研究方向：土壤侵蚀。E-mail：ywb@nwafu.example；"
        "马晓丽（1990—），女，博士。E-mail：mxl@nwafu.example\n")
    record = journalmeta.parse(page.encode())
    assert [a.email for a in record.authors] == ["ywb@nwafu.example", "mxl@nwafu.example", None]
    assert [a.corresponding for a in record.authors] == [False, False, True]  # a note names no corresponding author


def test_a_mark_after_each_script_of_a_name_gives_its_affiliation_once() -> None:
    record = journalmeta.parse((FIXTURES / "text" / "byline-interleaved-scripts.txt").read_bytes())
    assert [a.affiliations for a in record.authors] == [
        ["广西大学轻工与食品工程学院,广西 南宁 530004"], ["广西大学轻工与食品工程学院,广西 南宁 530004"],
        ["广西农业科学院,广西 南宁 530007"], ["广西大学轻工与食品工程学院,广西 南宁 530004"]]


def test_an_institution_in_brackets_after_the_name_and_no_section_heading() -> None:
    record = journalmeta.parse((FIXTURES / "text" / "mirror-single-author-institution-bracket.txt").read_bytes())
    assert [(a.name["zh"], a.affiliations) for a in record.authors] == [("李雪梅", ["省立图书馆"])]


def test_a_numbered_section_heading_under_the_byline_is_no_affiliation() -> None:
    page = ("古籍数字化的版权风险与对策研究进展\n李雪梅1, 王芳1\n1 古籍数字化中的版权问题与对策\n"
            "古籍数字化是保护古籍的重要途径。\n")
    record = journalmeta.parse(page.encode())
    assert [a.name["zh"] for a in record.authors] == ["李雪梅", "王芳"]
    assert [a.affiliations for a in record.authors] == [[], []]


def test_author_notes_name_the_authors_only_when_they_name_two_or_more() -> None:
    title, abstract = "科学数据开放存取途径研究\n", "内容提要：文章论述了科学数据开放存取的途径。\n"
    two = f"{title}作者简介：黄如花，女，教授；刘龙，男，博士研究生。\n{abstract}"
    one = f"{title}作者简介：黄如花，女，教授，研究方向为信息组织。\n{abstract}"
    assert [a.name["zh"] for a in journalmeta.parse(two.encode()).authors] == ["黄如花", "刘龙"]
    assert journalmeta.parse(one.encode()).authors == []  # (the co-authors the note leaves out are unknown)


def test_a_unit_label_naming_each_author_first_gives_the_names_only_where_no_byline_does() -> None:
    page = ("【摘 要】文章分析了县级融媒体中心的内容生产现状,并提出优化路径。\n"
            "【作者单位】赵晓岚,河西学院新闻传播学院;孟凡,河西学院学报编辑部。\n")
    assert [a.name for a in journalmeta.parse(page.encode()).authors] == [{"zh": "赵晓岚"}, {"zh": "孟凡"}]
    units_only = ("【摘 要】文章分析了县级融媒体中心的内容生产现状,并提出优化路径。\n"
                  "【作者单位】河西学院新闻传播学院,甘肃 张掖 734000\n")
    assert not journalmeta.parse(units_only.encode()).authors


def _affiliations(page: str) -> list[list[str]]:
    """The affiliations of a text rendering's authors."""
    return [a.affiliations for a in journalmeta.parse(page.encode(), content_type="text/plain").authors]


def test_names_of_several_words_find_their_marks_and_glued_marks_part() -> None:
    page = ("Научная статья\nО критериях оценки научных журналов в области права\n"
            "Анна Сергеевна Белова1, Олег Петрович Громов2\n"
            "12 Московский государственный юридический университет, Москва, Российская Федерация\n"
            "Аннотация\nВ статье рассмотрены критерии оценки журналов по праву и предложены новые показатели их "
            "практической полезности для правоприменения.\n")
    place = "Московский государственный юридический университет, Москва, Российская Федерация"
    assert _affiliations(page) == [[place], [place]]


def test_a_latin_pages_numbered_heading_or_reference_is_no_affiliation_and_email_tails_go() -> None:
    page = ("Cooling by urban parks in coastal cities\nJane Roe1 and John Doe1,2*\n"
            "1 Department of Geography, Example University, Exampletown 12345; email: jroe@example.org\n"
            "2 Coastal Institute, Seaside, Country\n"
            "Abstract: Green space cools cities. We measured air temperature in 40 parks over two summers.\n")
    record = journalmeta.parse(page.encode(), content_type="text/plain")
    assert [(a.affiliations, a.corresponding) for a in record.authors] == [
        (["Department of Geography, Example University, Exampletown 12345"], False),
        (["Department of Geography, Example University, Exampletown 12345", "Coastal Institute, Seaside, Country"],
         True)]
    unnumbered = ("Cooling by urban parks in coastal cities\nJane Roe1 and John Doe2\n1 Introduction\n"
                  "2 Roe J, Doe J (2020) Parks and heat, cities and sea. Urban Climate 12: 1-9\n")
    assert _affiliations(unnumbered) == [[], []]


def test_one_unnumbered_institution_under_a_byline_without_marks_is_everyones() -> None:
    page = ("溅射氧化耦合法制备Ti掺杂VO2薄膜\n顾聪聪, 黄康, 陈飞\n(东华大学 理学院, 上海 201620)\n"
            "摘要:采用溅射氧化耦合法,在Al2O3基底上成功实现了对VO2薄膜的Ti元素掺杂,试验制备的薄膜具有较高的纯度。\n")
    assert _affiliations(page) == [["东华大学 理学院, 上海 201620"]] * 3
    # ... not an abstract's line, two bracketed institutions, or one of two unnumbered lines
    for under in ("[摘 要]研究所的机构知识库建设已有十余年,本文分析其问题并提出对策。\n",
                  "(中国医学科学院肿瘤医院 北京 100021) (首都师范大学图书馆 北京 100048)\n",
                  "东华大学理学院, 上海 201620\n复旦大学物理系, 上海 200433\n"):
        assert _affiliations(f"溅射氧化耦合法制备Ti掺杂VO2薄膜\n顾聪聪, 黄康\n{under}") == [[], []], under


def test_of_a_byline_printed_twice_the_one_with_marks_is_read() -> None:
    page = ("张伟, 李娜\n(1. 北京大学城市与环境学院, 北京 100871; 2. 清华大学建筑学院, 北京 100084)\n"
            "城市公园降温效应的尺度依赖性\n张伟1, 李娜2\n"
            "(1. 北京大学城市与环境学院, 北京 100871; 2. 清华大学建筑学院, 北京 100084)\n"
            "摘要: 本文利用遥感影像与地面观测数据分析了城市公园降温效应的尺度依赖性及其季节差异。\n")
    assert _affiliations(page) == [["北京大学城市与环境学院, 北京 100871"], ["清华大学建筑学院, 北京 100084"]]


def test_a_list_of_one_institution_a_line_goes_on_past_its_second() -> None:
    page = ("最优光谱特征变量反演颗粒物污染生菜的生理信息\n孔丽娟1, 隋媛媛2, 刘爽3\n"
            "1.吉林农业大学工程技术学院, 吉林 长春 130022\n2.吉林大学生物与农业工程学院, 吉林 长春 130000\n"
            "3.吉林农业大学园艺学院, 吉林 长春 130022\n\n摘要: 叶类蔬菜的品质和产量与其净光合速率息息相关, 秋冬季节受"
            "颗粒物污染的影响, 温室大棚内叶菜的光合作用受到制约, 对生理信息的准确预测不利。\n")
    assert _affiliations(page) == [["吉林农业大学工程技术学院, 吉林 长春 130022"],
                                   ["吉林大学生物与农业工程学院, 吉林 长春 130000"],
                                   ["吉林农业大学园艺学院, 吉林 长春 130022"]]

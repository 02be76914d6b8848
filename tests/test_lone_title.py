"""A text rendering's title that stands beside no byline, known by a cue: over an aggregator's source line, the DOI
line or a year-first issue line, printed twice, or the first title-like line over the abstract label."""

from __future__ import annotations

import pytest

import journalmeta


def _title(text: str) -> dict:
    return journalmeta.parse(text.encode()).to_dict()["title"]


# each cue: the page, and the title it gives
CUES = {
    "over a source line": (
        "首页 期刊导航\n城市绿地降温效应的尺度依赖研究\n来源:生态学杂志 | 被引量:3次\n摘要:本文分析城市绿地的作用。",
        {"zh": "城市绿地降温效应的尺度依赖研究"}),
    "printed twice near the top": (
        "城市绿地降温效应的尺度依赖研究\n2020-05-06 生态学杂志 2020年5期\n\n城市绿地降温效应的尺度依赖研究\n"
        "基于遥感数据分析城市绿地的降温效应及其尺度依赖特征。",
        {"zh": "城市绿地降温效应的尺度依赖研究"}),
    "over the DOI line": ("Расширенный поиск\nЦифровая трансформация региональных библиотек\n"
                          "https://doi.org/10.24108/2658-3143-2022-5-1-10-21\nПолный текст:\nАннотация\n"
                          "Рассматриваются подходы к цифровой трансформации региональных библиотек и их сервисов.\n",
                          {"ru": "Цифровая трансформация региональных библиотек"}),
    "over a year-first issue line": ("Araştırma Makalesi\nBibTex RIS Kaynak Göster\n"
                                     "Kıyı Kentlerinde Yeşil Alanların Etkisi Üzerine Bir İnceleme\n"
                                     "Yıl 2024, Cilt: 14 Sayı: 2, 211 - 229, 28.06.2024\n",
                                     {"tr": "Kıyı Kentlerinde Yeşil Alanların Etkisi Üzerine Bir İnceleme"}),
    "over the abstract label under a site's line": (
        "- Urban Ecology Today - http://www.example-journal.org -\n"
        "Cooling effects of urban parks: a comparison of three cities\nAbstract\n"
        "Background. Urban parks lower the surrounding air temperature, but by how much is debated.\n",
        {"en": "Cooling effects of urban parks: a comparison of three cities"}),
    "the first line right over the abstract label": (
        "我国教育科学研究的变化与发展\n[摘 要] 全国教育科学研究优秀成果奖作为教育科学领域的重要奖项,具有评价功能。\n",
        {"zh": "我国教育科学研究的变化与发展"}),
}


@pytest.mark.parametrize(("page", "title"), CUES.values(), ids=CUES.keys())
def test_a_lone_title_by_its_cue(page: str, title: dict) -> None:
    assert _title(page) == title


def test_no_cue_no_title() -> None:
    assert _title("城市绿地降温效应的尺度依赖研究\n基于遥感数据分析城市绿地的降温效应及其尺度依赖特征。") == {}


def test_a_journals_masthead_over_its_issue_line_is_no_title() -> None:
    assert _title("Environmental Science & Policy\nVolume 145, July 2023, Pages 1-10\nHighlights\n") == {}


def test_a_reposts_byline_and_title_apart_by_a_bar() -> None:
    page = "谢 静 韩双淼 顾建民 | 世界一流大学的学科样态与生成逻辑\n关键词\n世界一流大学;学科;学科结构\n"
    record = journalmeta.parse(page.encode()).to_dict()
    assert record["title"] == {"zh": "世界一流大学的学科样态与生成逻辑"}
    assert [a["name"] for a in record["authors"]] == [{"zh": "谢静"}, {"zh": "韩双淼"}, {"zh": "顾建民"}]


def test_an_author_guidelines_page_gives_no_title_or_author() -> None:
    page = ("作者指南\n1. 征稿范围\n本刊刊登具有创新性、高水平、有重要意义的原始性研究学术论文以及反映学科最新发展"
            "状况的文献综述和信息性文章。来稿应观点明确,论据充分,数据可靠,层次分明,文理通顺。\n2. 投稿要求和注意事项\n")
    record = journalmeta.parse(page.encode()).to_dict()
    assert record["title"] == {} and record["authors"] == []  # a numbered heading is no title, '作者指南' no name


def test_a_titles_footnote_sign_comes_off_after_a_space_too() -> None:
    from journalmeta.merge import _title

    assert _title("链式危机系统动力学模型与仿真 *") == "链式危机系统动力学模型与仿真"
    assert _title("主从模式平台设计与实现*——基于开源软件") == "主从模式平台设计与实现——基于开源软件"
    assert _title("Programming in C++") == "Programming in C++"  # no note sign


def test_a_journals_home_page_and_a_style_guide_give_no_title_or_author() -> None:
    home = ("3、基金项目:指文章产出的资金背景。获得基金项目的文章应注明其名称。\n地址:北京市海淀区学院路15号\n"
            "邮编:100083\n主编:王建国(总编)\n作者:李明\n作者:赵华\n作者:孙立新\n作者:周琳\n")
    guide = ("一、标题、作者、中英文摘要、关键词\n(1)中文题名\n(2)作者名称\n(3)作者单位\n"
             "· 摘要是具有独立性和自明性的一篇完整的短文,应使读者不阅读全文,就能获得必要的信息。\n")
    for page in (home, guide):
        record = journalmeta.parse(page.encode()).to_dict()
        assert record["title"] == {} and record["authors"] == [], page

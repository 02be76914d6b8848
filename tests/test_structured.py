"""Structured abstracts a text rendering printed without their label, and the line of terms under them."""

from __future__ import annotations

import journalmeta


def _record(text: str) -> dict:
    return journalmeta.parse(text.encode()).to_dict()


def test_parts_one_a_paragraph_make_one_abstract() -> None:
    record = _record("城市绿地降温效应研究\n张三，李四\n目的 分析城市绿地的降温效应及其影响因素。\n"
                     "方法 基于遥感反演的地表温度与绿地斑块指标进行回归分析。\n结果 绿地面积与降温强度呈显著正相关。\n"
                     "结论 增加绿地面积可有效缓解城市热岛。\n城市绿地；降温效应；热岛\n1 引言\n城市化导致……")
    assert record["abstract"]["zh"].startswith("目的 分析城市绿地") and record["abstract"]["zh"].endswith("城市热岛。")
    assert record["keywords"] == {"zh": ["城市绿地", "降温效应", "热岛"]}


def test_headings_in_traditional_characters_with_a_mirrors_pinyin() -> None:
    record = _record("楊麗梅，宋娟\n目的 調(diào)查護(hù)理文獻(xiàn)現(xiàn)狀。"
                     "方法 計算機(jī)檢索中國期刊全文數(shù)據(jù)庫。"
                     "結(jié)果 共納入131篇文獻(xiàn)。結(jié)論 文獻(xiàn)數(shù)量呈上升趨勢。")
    assert record["abstract"]["zh"].startswith("目的 調(diào)查")


def test_a_paragraph_naming_one_heading_is_no_abstract() -> None:
    record = _record("张三，李四\n目的 是本文讨论的重点,本研究的方法与既往研究不同,下文依次说明研究设计与数据来源。")
    assert not record["abstract"]


def test_two_headings_make_an_abstract_only_where_the_text_is_cut_in_it() -> None:
    cut = ("城市绿地降温效应研究\n张三，李四\n目的 分析城市绿地的降温效应及其影响因素。"
           "方法 基于2015年至2020年遥感反演的地表温度与绿地斑块的面积、形状和连通度指标，")
    assert _record(cut)["abstract"]["zh"].startswith("目的 分析城市绿地")
    assert not _record(cut + "\n1 引言\n城市化导致城市热岛效应日益加剧。")["abstract"]


def test_a_labelled_abstract_is_not_read_twice() -> None:
    record = _record("摘要：目的 分析降温效应。方法 回归分析。结果 显著正相关。结论 可缓解热岛。\n"
                     "目的 另一段文字。方法 另一种方法。结果 另一个结果。结论 另一个结论。")
    assert record["abstract"]["zh"].startswith("目的 分析降温效应")


def test_a_paragraph_over_a_line_of_terms_when_the_labels_are_lost() -> None:
    record = _record("数字环境下的信息资源建设\n郑婧 张红丽\n分析数字科研环境的新特点及该环境下科研用户的知识需求特点,"
                     "阐述信息资源建设方向,构筑融入式科研服务平台,支持以科研用户为中心的学术交流,提升图书馆的知识服务水平。\n"
                     "数字科研环境; 信息资源建设; 科研用户\n进入21世纪以来,世界各国……")
    assert record["keywords"] == {"zh": ["数字科研环境", "信息资源建设", "科研用户"]}
    assert record["abstract"]["zh"].startswith("分析数字科研环境")


def test_names_apart_by_spaces_under_a_paragraph_are_no_terms() -> None:
    record = _record("数字环境下的信息资源建设\n分析数字科研环境的新特点及该环境下科研用户的知识需求特点,阐述信息资源"
                     "建设方向,构筑融入式科研服务平台,支持以科研用户为中心的学术交流,提升服务水平与质量。\n"
                     "张三 李四 王五\n")
    assert not record["keywords"]


def test_the_paragraph_in_another_script_after_a_labelled_latin_abstract() -> None:
    english = ("This study analyzes how the size and shape of urban green spaces affect summer land surface "
               "temperature, using satellite images and a spatial regression model at the neighbourhood scale.")
    korean = "본 연구는 위성영상과 공간회귀모형을 이용하여 도시녹지의 규모와 형태가 여름철 지표면 온도에 " \
             "미치는 영향을 동 단위에서 분석하였다. " * 2
    record = _record(f"Abstract\n\n{english}\n\n{korean}\n")
    assert record["abstract"]["en"].startswith("This study") and record["abstract"]["ko"].startswith("본 연구는")
    # after a Chinese abstract that no label names, the Chinese paragraph after the English one is the body's
    chinese = "本文利用卫星影像和空间回归模型，在街区尺度上分析了城市绿地的规模与形态对夏季地表温度的影响。" * 3
    record = _record(f"{chinese}\nAbstract: {english}\n{chinese.replace('本文', '城市化')}\n")
    assert "zh" not in record["abstract"]


def test_an_aggregators_tag_line_under_its_posting_line_is_no_keywords() -> None:
    record = _record("城市绿地降温效应的尺度依赖研究\n\n2017-11-13 02:50张三李四\n关键词:绿地效应研究\n\n张三,李四\n\n"
                     "本文基于遥感反演的地表温度,分析了城市绿地的降温效应及其尺度依赖特征,比较了不同斑块面积、形状"
                     "与连通度下的降温强度和降温距离,在此基础上提出了面向热岛缓解的城市绿地规划建议。\n\n"
                     "城市绿地;降温效应;尺度依赖\n\n一、引言\n")
    assert record["keywords"] == {"zh": ["城市绿地", "降温效应", "尺度依赖"]}
    assert record["abstract"]["zh"].startswith("本文基于遥感反演")

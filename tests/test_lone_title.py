"""A text rendering's title that stands beside no byline: over an aggregator's source line, or printed twice."""

from __future__ import annotations

import journalmeta


def _title(text: str) -> dict:
    return journalmeta.parse(text.encode()).to_dict()["title"]


def test_the_line_over_a_source_line() -> None:
    page = "首页 期刊导航\n城市绿地降温效应的尺度依赖研究\n来源:生态学杂志 | 被引量:3次\n摘要:本文分析城市绿地的作用。"
    assert _title(page) == {"zh": "城市绿地降温效应的尺度依赖研究"}


def test_a_line_printed_twice_near_the_top() -> None:
    page = ("城市绿地降温效应的尺度依赖研究\n2020-05-06 生态学杂志 2020年5期\n\n城市绿地降温效应的尺度依赖研究\n"
            "基于遥感数据分析城市绿地的降温效应及其尺度依赖特征。")
    assert _title(page) == {"zh": "城市绿地降温效应的尺度依赖研究"}


def test_no_cue_no_title() -> None:
    assert _title("城市绿地降温效应的尺度依赖研究\n基于遥感数据分析城市绿地的降温效应及其尺度依赖特征。") == {}

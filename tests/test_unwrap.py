"""Hard-wrapped text rendered a paragraph a line again (document/unwrap.py)."""

from __future__ import annotations

import textwrap

from journalmeta.document.markdown import plain_lines
from journalmeta.document.unwrap import display_width, unwrap, wrap_width

_ABSTRACT = ("Vegetation coverage is an important indicator of the condition of wetland ecosystems. Taking the "
             "Yellow River Delta wetland as the study area, this study combined Landsat and Sentinel-2 images to "
             "retrieve vegetation coverage from 2000 to 2020 with the dimidiate pixel model, and revealed its "
             "spatiotemporal characteristics and drivers through trend analysis and the geographical detector.")
_LATIN = textwrap.wrap("Abstract: " + _ABSTRACT, 78)  # five lines, the last one short
_HAN = "植被覆盖度是表征湿地生态系统状况的重要指标本研究以黄河三角洲湿地为研究区综合利"  # 39 Han: 78 columns


def test_display_width_counts_han_twice() -> None:
    assert display_width("abc") == 3
    assert display_width("湿地 ab") == 7
    assert display_width(_HAN) == 78


def test_a_copied_page_with_long_paragraphs_is_not_wrapped() -> None:
    lines = ["摘要: " + "植被覆盖度是重要指标。" * 30, "关键词: 植被覆盖度; 湿地", "Abstract: " + _ABSTRACT, *_LATIN]
    assert wrap_width(lines) is None
    assert unwrap(lines) is lines
    assert wrap_width(["Short line", "Another short line"] * 10) is None  # nothing long: nothing to tell


def test_a_wrapped_page_has_its_paragraphs_joined() -> None:
    lines = ["Spatiotemporal variation of vegetation coverage in the Yellow River Delta",
             "wetland", "", "LIU Xiaoming, CHEN Jing", "", *_LATIN,
             "Key words: vegetation coverage; wetland", "", "摘要: " + _HAN[3:], _HAN, "研究结果可为湿地保护提供依据。",
             "关键词: 植被覆盖度; 湿地"]
    assert wrap_width(lines) == 78
    assert unwrap(lines) == [
        "Spatiotemporal variation of vegetation coverage in the Yellow River Delta wetland", "",
        "LIU Xiaoming, CHEN Jing", "",
        "Abstract: " + _ABSTRACT,  # a line's last word on the next one: joined with a space
        "Key words: vegetation coverage; wetland", "",  # a short line ends its paragraph
        "摘要: " + _HAN[3:] + _HAN + "研究结果可为湿地保护提供依据。",  # Han runs joined without a space
        "关键词: 植被覆盖度; 湿地"]


def test_a_full_line_does_not_take_a_labelled_field_or_the_translation() -> None:
    lines = [*_LATIN[:-1], _LATIN[-1] + " The results show that vegetation coverage fluctuated",
             "Key words: vegetation coverage", "",  # a full last line, then a label: two fields
             "引用本文: 刘晓明, 陈静. 基于多源遥感数据的黄河三角洲湿地植被覆盖度分析[J]. 湿",
             "地科学与管理, 2022, 18(3): 45-52. DOI: 10.13980/j.wsm.2022.03.008 (Chinese).",
             "LIU Xiaoming, CHEN Jing. Spatiotemporal variation of vegetation coverage[J].",
             "Wetland Science and Management, 2022, 18(3): 45-52."]
    assert max(map(display_width, lines)) <= 78 and display_width(lines[len(_LATIN) - 1]) >= 70
    out = unwrap(lines)
    assert out[0].endswith("fluctuated") and out[1] == "Key words: vegetation coverage"
    assert out[3].startswith("引用本文: 刘晓明") and out[3].endswith("(Chinese).")  # the Chinese citation's end,
    assert out[4].startswith("LIU Xiaoming")  # then the English one: a sentence's end between two languages


def test_a_short_line_after_a_joined_paragraph_stays_apart() -> None:
    """The test is the printed line's fullness, not that of the paragraph joined so far."""
    lines = [*_LATIN, "Received 2021-11-02", "Accepted 2022-01-15"]
    assert unwrap(lines) == ["Abstract: " + _ABSTRACT, "Received 2021-11-02", "Accepted 2022-01-15"]


def test_a_wrapped_markdown_paragraph_before_lines_of_a_list_keeps_them_apart() -> None:
    lines = ["**Abstract:** Using Doppler radar and automatic station data for the summers",
             "of 2016-2020, sea-breeze fronts were identified over the Pearl River Delta", "estuary.",
             "Received: 2021-11-02", "Accepted: 2022-01-15"]
    assert list(plain_lines(lines)) == [
        "Abstract: Using Doppler radar and automatic station data for the summers of 2016-2020, sea-breeze fronts"
        " were identified over the Pearl River Delta estuary.", "Received: 2021-11-02", "Accepted: 2022-01-15"]


def test_a_heading_after_a_paragraphs_last_sentence_stays_apart() -> None:
    paragraph = [*_LATIN[:-1], _LATIN[-1] + " The results show that vegetation coverage."]  # its last line full
    lines = [*paragraph, "BIBLIOMETRIC INDICATORS", "Cited by 12", "", *paragraph, "Bibliometric indicators:",
             "Cited by 12"]
    out = unwrap(lines)
    assert out[1:3] == ["BIBLIOMETRIC INDICATORS", "Cited by 12"]  # capitals alone: a heading
    assert out[-2:] == ["Bibliometric indicators:", "Cited by 12"]  # a short line ending in a colon: a label


def test_a_full_latin_line_does_not_take_a_han_line_under_it() -> None:
    # a short page whose bilingual lines crowd one width: an English title, then the Chinese journal line
    lines = ["中华预防医学杂志  2021, Vol. 55 Issue (3): 301-307   PDF",
             "马晓东, 林佳, 周文斌, 陈立.", "Ma Xiaodong, Lin Jia, Zhou Wenbin, Chen Li",
             "中国结直肠癌筛查研究的文献计量分析",
             "A bibliometric analysis of colorectal cancer screening in China",
             "中华预防医学杂志, 2021, 55(3): 301-307",
             "Chinese Journal of Preventive Medicine, 2021, 55(3): 301-307",
             "http://dx.doi.org/10.3760/cma.j.cn112150-20200801-01090"]
    out = unwrap(lines, width=64)
    assert "A bibliometric analysis of colorectal cancer screening in China" in out
    assert "中华预防医学杂志, 2021, 55(3): 301-307" in out

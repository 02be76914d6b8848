"""Lines no title is: each literal-guarded test of ``extractors.furniture`` on the lines it is for, and titles."""

from __future__ import annotations

import pytest

from journalmeta.extractors.furniture import furniture


@pytest.mark.parametrize("line", [
    "Times cited: 348", "下载次数：1,024", "Title:", "作者（", "分享到：微信 微博", "· Home", "万方数据知识服务平台",
    "《植物学报》編輯部", "中国知网", "https://example.org/a", "Home / Archives / Vol. 36", "see www.example.org",
    "example.com", "This site uses cookies", "2021年第3期", "2021-5", "100 (2), 45-52", "Journal, 2022, 41(3)",
    "Vol. 5", "том 29, выпуск 4", "2020. № 52. С. 45–63", "Cilt 8", "a | b", "© 2021 Elsevier",
    "Find articles by Dennis A Benson", "Access provided by Example University Library", "Access by TU Example",
    "Roe Appendix PDF", "Supplementary material (PDF)", "字体：大 中 小", "欢迎访问《草业学报》官方网站！",
    "Welcome to the official website of the journal", "关于举办第五届青年学者论坛的通知",
    "Add To My Library Added to Library", "Add to Library", "Главная » Архив » 2021",
    "CCF第38届中国计算机应用大会 (CCF NCCA 2023) • 上一篇 下一篇",
    "Online AccessGet full text", "Online Access Get full text", "Get full text",  # a discovery layer's buttons
    "AccueilNuméros91La connaissance au bout des doigts", "HomeArchivesVol 3",  # a breadcrumb's links glued
])
def test_furniture(line: str) -> None:
    assert furniture(line)


@pytest.mark.parametrize("line", [
    "城市绿地降温效应的尺度依赖性", "“一带一路”倡议下的区域合作", "《中国循证儿科杂志》发表的干预类系统评价",
    "Spatio-temporal changes of cotton production in China from 1950 to 2015", "1950—2015年中国棉花生产时空动态变化",
    "Effects of 5 years of grazing exclusion", "Input/output models of regional growth", "",
    "字体设计中的汉字结构研究", "Mass balance changes of Urumqi Glacier No.1 in the Tianshan Mountains",
    "Идентичность университета в условиях «текучей современности»",  # guillemets quote, no breadcrumb
    "¿Leer en pantalla o en papel? Comprensión lectora en el bachillerato",  # a Spanish question opens it
    "Tools to Implement Digital Library Collections and Services",  # a title on a digital library, no site's name
])
def test_titles_are_no_furniture(line: str) -> None:
    from journalmeta.extractors.furniture import rare_furniture

    assert not furniture(line)
    assert not rare_furniture(line)


@pytest.mark.parametrize("line", ["国内刊号:CN 21-1531/P", "国际刊号：ISSN 1673-503X", "主办单位:中国气象局某研究所",
                                  "地址:北京市西城区百万庄大街24号", "ИФ РИНЦ = 1,674", "IF = 2.5",
                                  "SciELO - Scientific Electronic Library Online", "ACM Digital Library",
                                  "中文English", "中文 | English", "English 中文版", "1)专著和学位论文",
                                  # a template's typesetting notes and samples
                                  "单位名称 科室,省名 城市名 邮编(小5号宋体)", "英文作者名格式 例如:Hu Wenzhang",
                                  # a reader's notices
                                  "复制成功,请在其他浏览器进行阅读", "确定继续浏览么?"])
def test_a_journals_imprint_lines_are_rare_furniture(line: str) -> None:
    from journalmeta.extractors.furniture import rare_furniture

    assert rare_furniture(line)
    assert not rare_furniture("出版业数字化转型的路径研究")  # (a title opening with a word of the imprint)
    assert not rare_furniture("Solving x = 2 in finite fields of characteristic 3")
    assert not rare_furniture("中文English混合文本的分词方法")  # (a title naming the languages)
    assert not rare_furniture("五号字与小四号字的可读性比较")  # (a title on type sizes, no note in brackets)
    assert not rare_furniture("基于浏览器指纹的用户识别方法研究")  # (a title on browsers)


@pytest.mark.parametrize(("line", "menu"), [
    ("Share a link", True), ("Add to Mendeley", True), ("Share on Twitter", True),  # a page's buttons
    ("Topics in Catalysis", False), ("Library Review", False),  # journals' names with a menu's word in them
])
def test_a_pages_buttons_are_menu_lines(line: str, menu: bool) -> None:
    from journalmeta.extractors.names import is_menu_line

    assert is_menu_line(line) is menu


def test_a_search_boxs_caption_is_furniture_a_search_title_is_not() -> None:
    from journalmeta.extractors.furniture import rare_furniture

    assert rare_furniture("Search for this keyword") and rare_furniture("Advanced Search")
    assert not rare_furniture("Search for the Higgs boson decaying to four leptons")


def test_a_qr_codes_caption_is_no_title_or_byline() -> None:
    from journalmeta.extractors.names import author_line

    assert furniture("扫码关注微信公众号") and furniture("手机阅读本文")
    assert author_line("手机阅读本文") is None


def test_entries_named_alike_are_a_menu_though_one_holds_a_digit() -> None:
    from journalmeta._parse import read_page
    from journalmeta.extractors.furniture import in_menu_run

    page = read_page((b"ACS Applied Energy Materials\nACS Applied Nano Materials\nACS Applied Polymer Materials - New "
                      b"in 2019\nACS Biomaterials Science & Engineering\nACS Catalysis\nACS Central Science\nACS "
                      b"Chemical Biology\n"), None, None, 1 << 20)
    assert in_menu_run(page, page.blocks[3])


def test_the_last_entry_of_a_menu_named_alike_is_in_the_menu() -> None:
    from journalmeta._parse import read_page
    from journalmeta.extractors.furniture import in_menu_run

    page = read_page("News in optics\nNews in photonics\nNews in sensors\nNews in magnetism\nMeasurement Science "
                     "Letters\nCalibration of Thermocouples Between 300 K and 900 K\nA N Petrov and S M Orlov\n",
                     None, None, 1 << 20)
    assert in_menu_run(page, page.blocks[3])
    assert not in_menu_run(page, page.blocks[5])


def test_a_spanish_question_is_title_like() -> None:
    from journalmeta.document.model import Block
    from journalmeta.extractors.positional import title_like

    assert title_like(Block("¿Leer en pantalla o en papel? Comprensión lectora en el bachillerato", 3), {}) == "es"

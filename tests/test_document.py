"""The block model: HTML and text both become one sequence of blocks with tag, class, lang and position."""

from __future__ import annotations

import re

import pytest

import journalmeta
from journalmeta.document import page_from_html, page_from_text
from journalmeta.document.markdown import is_markdown, plain_line, plain_lines


def test_html_blocks_keep_tag_class_lang_and_order() -> None:
    page = page_from_html('<html lang="en"><head><meta name="citation_title" xml:lang="zh" content="标题">'
                          '<title>T</title></head><body><div class="box"><p>a<script>x()</script> tail</p>'
                          '<p lang="fr">b <b>c</b></p><span lang="ru">слово</span> after<br>next line</div>'
                          "</body></html>")
    assert [(b.text, b.tag, b.lang) for b in page.blocks] == [
        ("a tail", "p", None), ("b c", "p", "fr"), ("слово", "div", "ru"), ("after", "div", None),
        ("next line", "div", None)]
    assert [b.index for b in page.blocks] == list(range(len(page.blocks)))
    assert page.blocks[3].cls == "box"
    assert page.lang == "en" and page.title == "T"
    assert [(m.name, m.content, m.lang) for m in page.meta] == [("citation_title", "标题", "zh")]


def test_a_web_archives_toolbar_is_no_part_of_the_page() -> None:
    page = page_from_html(
        '<html><body>before<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base"><div id="wm-ipp">'
        '<div id="wm-capinfo"><div>COLLECTED BY</div><div>Organization: Archive Team</div></div>'
        '<a id="wm-help">About this capture</a><div class="r">12 Mar 2019 - 05 Jun 2023</div></div></div>'
        '<!-- END WAYBACK TOOLBAR INSERT --> the page goes on<p>Article title</p></body></html>')
    assert [b.text for b in page.blocks] == ["before the page goes on", "Article title"]


def test_text_blocks_are_lines_without_bullets() -> None:
    page = page_from_text("  • 摘要: 内容\n\n- Abstract: text\n吴仕海1(\n), 阎建忠1\n- - 胡云锋, 韩月琪\n-5 °C\n")
    assert [b.text for b in page.blocks] == ["摘要: 内容", "Abstract: text", "吴仕海1(), 阎建忠1", "胡云锋, 韩月琪",
                                              "-5 °C"]
    assert {b.tag for b in page.blocks} == {"line"}


@pytest.mark.parametrize(("text", "lines"), [
    ("王磊\n1\n，刘芳\n2\n*\n", ["王磊1，刘芳2*"]),  # a crawler's text node a line: marks and separators
    ("Taro YAMADA\n,\nHanako SATO\n", ["Taro YAMADA, Hanako SATO"]),
    ("語彙習得\n,\n縦断研究\n", ["語彙習得, 縦断研究"]),
    ("测绘通报\n. 2022,(03)\n", ["测绘通报. 2022,(03)"]),
    ("起訖頁\n45-68\n", ["起訖頁", "45-68"]),  # a page range is a value, not a mark
    ("被引量：\n4\n", ["被引量：", "4"]),  # under a label with its colon
    ("王磊\n\n1\n", ["王磊", "1"]),  # after a blank line
    ("2022\n5\n", ["2022", "5"]),  # a number after a number is another value
    (".NET 框架\n", [".NET 框架"]),
    ("Laura Fernández 1,*\nand\nTomasz Kowalczyk 2\n", ["Laura Fernández 1,* and Tomasz Kowalczyk 2"]),  # 'and' alone
    ("Ana Souza\ne\nLuís Prado\n", ["Ana Souza e Luís Prado"]),
    ("Ana Souza\n\nand\nLuís Prado\n", ["Ana Souza", "and", "Luís Prado"]),  # after a blank line: nothing joins
])
def test_text_fragments_of_a_crawlers_text_join_the_line_before(text: str, lines: list[str]) -> None:
    assert [b.text for b in page_from_text(text).blocks] == lines


@pytest.mark.parametrize(("line", "kept"), [
    ("k8 Q& r, 2% V* d( T 《水土保持研究》", "《水土保持研究》"),  # a forum's anti-copying noise
    ("罗建平1, 孙玉洁2 & f2 h. C) U* z", "罗建平1, 孙玉洁2"),
    ("分别为1, 2, 3, 4, 5和6", "分别为1, 2, 3, 4, 5和6"),  # a list of numbers: one kind of punctuation
    ("x = 1 , y = 2 , z = 3", "x = 1 , y = 2 , z = 3"),
])
def test_anti_copying_noise_is_dropped(line: str, kept: str) -> None:
    assert [b.text for b in page_from_text(line).blocks] == [kept]


def test_text_lines_after_a_blank_line_say_so() -> None:
    page = page_from_text("相关文章\n标题一\n\n\n标题二\n作者\n")
    assert [(b.text, b.cls) for b in page.blocks] == [
        ("相关文章", ""), ("标题一", ""), ("标题二", "after-gap"), ("作者", "")]
    spaced = page_from_text("城市绿地\n\xa0\xa0\n降温效应\n\n尺度\n")  # no-break spaces alone are no blank line
    assert [(b.text, b.cls) for b in spaced.blocks] == [("城市绿地", ""), ("降温效应", ""), ("尺度", "after-gap")]


def test_runs_of_no_break_spaces_between_inline_terms_become_tabs() -> None:
    # E-Tiller prints keyword links apart by '&nbsp;&nbsp;': the run is the only separator the terms have
    page = page_from_html("<html><body><p>Key words:&nbsp;&nbsp;<a>urban green space</a>&nbsp;&nbsp;"
                          "<a>cooling effect</a></p><p>one&nbsp;space&nbsp;&nbsp;</p></body></html>")
    assert [b.text for b in page.blocks] == ["Key words:\turban green space\tcooling effect", "one space"]


def test_a_page_carrying_the_block_marker_characters_itself() -> None:
    # the HTML reader cuts blocks at two noncharacters it writes into the tree; a page that holds them
    # (raw or as references) must come out the same as without them
    for marker in ("\ufdd0", "\ufdd1", "&#xFDD0;", "&#64977;", "\ufdd0\ufdd1"):
        page = page_from_html(f"<html><body><p>a{marker}b</p><div>c<p lang='en'>d</p>e</div></body></html>")
        assert [(b.text, b.tag, b.lang) for b in page.blocks] == [
            ("ab", "p", None), ("c", "div", None), ("d", "p", "en"), ("e", "div", None)], marker


def test_control_characters_kept_by_the_html_parser() -> None:
    page = page_from_html("<html><body><p>a\x08b</p>\x0bc<br>d</body></html>")
    assert [b.text for b in page.blocks] == ["ab", "c", "d"]


def test_platform_modules_read_the_unmodified_tree() -> None:
    page = page_from_html("<html><body><div class='g'><span>A B</span></div></body></html>")
    tree = page.source_tree()
    assert tree is not None and tree.xpath("string(//div[@class='g'])") == "A B"


INLINE_EXAMPLES = {  # one printed example per inline label pattern, in the order of INLINE_FIELDS
    ("volume", "ru"): ["Том: 7", "Т. 12, № 3"], ("volume", "en"): ["Volume 12"], ("volume", "tr"): ["Cilt 8"],
    ("volume", "pt"): ["v. 53, n. 4"], ("volume", "de"): ["Jahrgang 12, Heft 3"],
    ("volume", "ko"): ["제36권 제4호", "26권 2호 (2020)"],
    ("volume", "ja"): ["第84巻 第756号"], ("volume", "az"): ["Cild 5 Say 2"],
    ("volume", "zh"): ["第 7 卷", "卷号：39", "卷号 39"],
    ("issue", "ru"): ["Выпуск 3", "№ 3"], ("issue", "tr"): ["Sayı 2"], ("issue", "pt"): ["v. 53, n. 4", "Nº 4"],
    ("issue", "de"): ["Heft 3"], ("issue", "ko"): ["제36권 제4호", "26권 2호 (2020)"],
    ("issue", "ja"): ["第84巻 第756号"], ("issue", "az"): ["Cild 5 Say 2"],
    ("issue", "en"): ["No. 4"], ("issue", "zh"): ["第4期", "【期号】 08", "期号 08"],
    ("year", "ru"): ["Год: 2019"], ("year", "tr"): ["Yıl 2020, Cilt 8"],
    ("year", "en"): ["Year 2005 Volume: 29", "Issue date 2013 Jan"],
    ("year", "zh"): ["年，卷(期)：2021, 50(3)", "年份：2019", "年份 2019", "期号：2021年03期"],
    ("year", "en-line"): ["Volume 25, Number 10 - 5 October 2020", "Oct. 2021 Vol.32",
                          "Volume 5 - 2020 | https://doi.org/10.3389/fsoc.2020.00050",
                          "Rev. salud pública vol.21 no.3 Bogotá May/June 2019"],
    ("year", "az-line"): ["Cild 5 Say 2 (2023)"], ("year", "ko-line"): ["제36권 제4호 2020년 4월", "26권 2호 (2020)"],
    ("year", "ru-line"): ["Т. 12, № 3, 2020", "2020. Т. 12, № 3", "Статья в выпуске: 3 (61) т.15, 2023 года."],
    ("year", "zh-line"): ["2021年5月 第32卷 第5期", "第32卷第5期 2021年5月"],
    ("pages", "ru"): ["Страницы: 12-19", "№ 3. С. 45–52"], ("pages", "pt"): ["n. 4, p. 12-21"],
    ("pages", "tr"): ["Yıl 2025, Cilt: 22 Sayı: 3, 1354 - 1360, 31.12.2025", "Yıl 2022, , 86 - 107, 31.12.2022"],
    ("pages", "en"): ["Pages: 5-9", "Vol. 3, No. 2, pp. 45-67"], ("pages", "ko"): ["페이지：55-78"],
    ("pages", "ja"): ["ページ：34-51"],
    ("pages", "zh"): ["页数：10(345-354)", "页码：4310-4319", "页码 4310-4319", "第5期 1720-1728页"],
    ("first_page", "ru"): ["Начальная страница: 97"], ("first_page", "en"): ["First page: 45"],
    ("last_page", "ru"): ["Последняя страница: 101"], ("last_page", "en"): ["Last page: 60"],
    ("volume", "fa"): ["دوره 18، شماره 3"], ("volume", "ar"): ["المجلد 82، العدد 3"],
    ("issue", "fa"): ["دوره 18، شماره 3"], ("issue", "ar"): ["المجلد 82، العدد 3"],
    ("volume", "ka"): ["ტომი 12, ნომერი 1"], ("volume", "hy"): ["Հատոր 5, Համար 2"],
    ("issue", "ka"): ["ტომი 12, ნომერი 1"], ("issue", "hy"): ["Հատոր 5, Համար 2"],
    ("year", "ka-line"): ["ტომი 12, ნომერი 1 (2021)"], ("year", "pl-line"): ["Tom 93, Zeszyt 2 (2021)"],
    ("volume", "pl"): ["Tom 93, Zeszyt 2"], ("volume", "cs"): ["Ročník 12, Číslo 3"],
    ("issue", "pl"): ["Tom 93, Zeszyt 2"], ("issue", "cs"): ["Ročník 12, Číslo 3"],
    ("issue", "hr"): ["Vol. 41, Broj 2"],
    ("pages", "pl"): ["Zeszyt 2 (2021), s. 215-236"], ("pages", "cs"): ["Ročník 12, Číslo 3, s. 45-60"],
    ("volume", "th"): ["ปีที่ 15 ฉบับที่ 2"], ("issue", "th"): ["ปีที่ 15 ฉบับที่ 2"],
    ("year", "th-line"): ["ปีที่ 15 ฉบับที่ 2 (2020)"],
    ("volume", "hu"): ["93. évfolyam, 2. szám"], ("issue", "hu"): ["93. évfolyam, 2. szám"],
    ("issue", "ro"): ["Vol. 12, Nr. 3"],
    ("pages", "fa"): ["مهر 1399، صفحه 245-259"], ("pages", "ar"): ["يوليو 2022، الصفحة 145-178"],
}


@pytest.mark.parametrize(("line", "year"), [
    ("Vol.32 No.5 May 2021", "2021"), ("Volume 23, Number 5/6 - May/June 2017", "2017"),
    ("First Monday, Volume 25, Number 10 - 5 October 2020", "2020"), ("Vol. 3, No. 2, pp. 45-67, 2019", "2019"),
])
def test_the_year_of_an_issue_line(line: str, year: str) -> None:
    from journalmeta.inline_labels import INLINE_FIELDS

    assert re.search(INLINE_FIELDS["year"]["en-line"][0], line).group(1) == year  # type: ignore[union-attr]


@pytest.mark.parametrize(("field", "line", "value"), [
    ("pages", "【页码】P47-52,130", "47-52,130"), ("pages", "页码：35-38+80", "35-38+80"),
    ("pages", "页码：45-52, 2019年", "45-52"), ("pages", "页码：45-52,2019年", "45-52"),
    ("issue", "【期号】第2期", "2"), ("issue", "期号：2021年03期", "03"),
])
def test_the_values_of_a_chinese_record(field: str, line: str, value: str) -> None:
    from journalmeta.inline_labels import INLINE_FIELDS

    found = [m.group(1) for pattern in INLINE_FIELDS[field]["zh"] if (m := re.search(pattern, line))]
    assert found[:1] == [value]


def test_every_inline_label_is_caught_by_the_quick_hints() -> None:
    # the inline extractor skips blocks holding none of INLINE_HINTS: every label pattern must start with one
    from journalmeta.extractors.inline import _hinted
    from journalmeta.inline_labels import INLINE_FIELDS

    assert set(INLINE_EXAMPLES) == {(field, lang) for field, by_lang in INLINE_FIELDS.items() for lang in by_lang}
    for (field, lang), examples in INLINE_EXAMPLES.items():
        patterns = INLINE_FIELDS[field][lang]
        patterns = (patterns,) if isinstance(patterns, str) else patterns
        assert len(patterns) == len(examples), (field, lang)
        for pattern, example in zip(patterns, examples, strict=True):
            assert re.search(pattern, example), (field, lang, example)
            assert _hinted(example), (field, lang)
            assert _hinted(example.upper()), (field, lang)


def test_utf8_pages_are_parsed_from_their_own_bytes() -> None:
    from journalmeta._parse import read_page
    from journalmeta.readers.decode import decode_as

    html = "<?xml version='1.0' encoding='iso-8859-1'?><html><body><p>摘要: 内容 — é</p></body></html>"
    assert decode_as(html.encode("utf-8")) == (html, "utf-8")
    assert decode_as(html.encode("gb18030"), "text/html; charset=gbk") == (html, "gb18030")
    for data in (html.encode("utf-8"), html.encode("gb18030")):  # the declaration's encoding is not obeyed
        page = read_page(data, None, "text/html; charset=gbk" if data != html.encode("utf-8") else None, 10**6)
        assert [b.text for b in page.blocks] == ["摘要: 内容 — é"]


@pytest.mark.parametrize(("line", "plain"), [
    ("**摘要：**针对", "摘要：针对"),
    ("## 基于深度学习的方法 ##", "基于深度学习的方法"),
    ("# C# programming", "C# programming"),
    ("DOI: [10.1/abc](https://doi.org/10.1/abc)", "DOI: 10.1/abc"),
    ("[https://doi.org/10.1/a](https://doi.org/10.1/a)[Get rights](/r)", "https://doi.org/10.1/a Get rights"),
    ("![logo](x.png)作者", "作者"),
    ("*Journal of X*, 2021", "Journal of X, 2021"),
    ("罗斌2*，李强1*", "罗斌2*，李强1*"),  # a corresponding author's star is no emphasis
    ("BEP.201806_49(4).0003", "BEP.201806_49(4).0003"),
    ("* 关键词：a", "关键词：a"),
    ("\\*escaped\\* 1\\. x", "*escaped* 1. x"),
    ("> **引用本文**", "引用本文"),
    ("URI <http://hdl.handle.net/10019/1234>", "URI http://hdl.handle.net/10019/1234"),
])
def test_markdown_lines_as_a_reader_sees_them(line: str, plain: str) -> None:
    assert plain_line(line) == plain


def test_markdown_tables_and_which_pages_are_markdown() -> None:
    dates = ["| 收稿日期 | 修回日期 | 出版日期 |", "| --- | --- | --- |", "| 2021-10-12 | 2022-01-20 | 2022-07-16 |"]
    assert list(plain_lines(dates)) == ["收稿日期：2021-10-12", "修回日期：2022-01-20", "出版日期：2022-07-16"]
    rows = ["Journal reference:| Phys. Rev. D 76, 013009 (2007)", "---|---", "DOI:| 10.1103/PhysRevD.76.013009"]
    assert list(plain_lines(rows)) == ["Journal reference:", "Phys. Rev. D 76, 013009 (2007)", "DOI:",
                                       "10.1103/PhysRevD.76.013009"]  # label rows: each cell a line
    assert list(plain_lines(["| 作者 | 陈刚1，刘洋1  CHEN Gang1, LIU Yang1 |"])) == [
        "作者", "陈刚1，刘洋1", "CHEN Gang1, LIU Yang1"]  # a cell's line break, lost in markdown
    assert is_markdown("x\n**摘要：**针对") and is_markdown("# 标题\n") and is_markdown("a\n|---|---|\n")
    assert not is_markdown("作者简介:\n**E-mail: ma@example.cnLIU Hong-Mei1, MA Jian-Jun1,2,**()\n")  # marks, no bold
    assert not is_markdown("摘要：a*b*c 王  芳\n关键词：x\nhttp://a.b/c\n- 列表\n")


def test_hard_wrapped_markdown_paragraphs_are_one_line_again() -> None:
    lines = ["**Abstract:** Using Doppler radar and automatic station data for the summers",
             "of 2016-2020, sea-breeze fronts were identified.", "",
             "**摘要:**", "利用" + "多普勒雷达资料" * 12 + "，", "珠江口西岸频次最高。", "",
             "Short line one", "Short line two", "",
             "1\\. 中山大学大气科学学院，广东 珠海 519082 and a long enough first affiliation line  ",
             "2\\. 广东省气象台，广州 510080", "",
             "A line long enough to have been wrapped by html2text at its width of 78 ch", "* a list item"]
    assert list(plain_lines(lines)) == [
        "Abstract: Using Doppler radar and automatic station data for the summers of 2016-2020, sea-breeze fronts"
        " were identified.", "",
        "摘要: 利用" + "多普勒雷达资料" * 12 + "，珠江口西岸频次最高。", "",  # the label the wrap left alone; Han
        # joins Han without a space
        "Short line one", "Short line two", "",  # short lines were never wrapped
        "1. 中山大学大气科学学院，广东 珠海 519082 and a long enough first affiliation line  ",  # a hard break
        "2. 广东省气象台，广州 510080", "",
        "A line long enough to have been wrapped by html2text at its width of 78 ch", "a list item"]  # a block
    unwrapped_page = ["**Abstract:** " + "word " * 30, "next line"]  # a long Latin line: no wrap at 80
    assert list(plain_lines(unwrapped_page)) == ["Abstract: " + "word " * 30, "next line"]


def test_an_abstract_label_run_on_after_an_affiliation_starts_its_own_line() -> None:
    from journalmeta.document.text import page_from_text

    page = page_from_text("4.河南中医药大学第一附属医院,河南 郑州 450000摘要:近年来,证候研究蓬勃发展。")
    assert [b.text for b in page.blocks] == ["4.河南中医药大学第一附属医院,河南 郑州 450000",
                                             "摘要:近年来,证候研究蓬勃发展。"]
    assert len(page_from_text("本文的摘要:见下文。").blocks) == 1  # a word, not a label run on
    page = page_from_text("结论 益生菌能够降低发生率。 Abstract:Objective To review the effect.")
    assert [b.text for b in page.blocks] == ["结论 益生菌能够降低发生率。", "Abstract:Objective To review the effect."]


def test_a_text_glued_into_one_line_is_parted_at_its_fields_labels() -> None:
    """Each field's 'label:' starts a line (a structured abstract's '目的：' does not: it is no field of the record);
    a short line with the same labels stays whole."""
    from journalmeta.document.text import page_from_text

    abstract = "目的：探讨城市绿地的降温效应。方法：在南京选取十二块绿地测定气温。结果：降温效应随面积增大而增强。" * 8
    line = f"城市绿地的降温效应 王明, 李华 摘要：{abstract} 关键词：城市绿地; 降温效应 Key words: green space; cool\n"
    page = page_from_text(line)
    assert [b.text[:5] for b in page.blocks] == ["城市绿地的", "摘要：目的", "关键词：城", "Key w"] and page.glued
    among_lines = page_from_text("\n".join(f"第{n}行 页面上的其他内容" for n in range(60)) + "\n" + line)
    assert "关键词：城市绿地; 降温效应" in [b.text for b in among_lines.blocks]  # parted,
    assert not among_lines.glued  # but no warning: the page has its lines
    short = "城市绿地 摘要：降温效应研究 关键词：绿地 Key words: green"
    assert len(page_from_text(short + "\n").blocks) == 1 and not page_from_text(short + "\n").glued


def test_a_censored_word_is_no_markdown_bold() -> None:
    from journalmeta.document.markdown import is_markdown

    assert not is_markdown("它的划分问题曾引起诸多学科****的争论。")
    assert is_markdown("**关键词：**遥感；城市")


def test_a_record_of_labels_and_values_apart_by_spaces_gets_its_colons() -> None:
    from journalmeta.document.text import page_from_text

    page = page_from_text("題名 走過C型肝炎鄉\n作者 盧勝男;\n期刊 中華公共衛生雜誌\n本研究 以問卷調查\n")
    assert [b.text for b in page.blocks][:3] == ["題名：走過C型肝炎鄉", "作者：盧勝男;", "期刊：中華公共衛生雜誌"]
    assert page.blocks[3].text == "本研究 以問卷調查"  # no label: as it is
    assert page_from_text("作者 盧勝男\n").blocks[0].text == "作者 盧勝男"  # one such line alone is no record


def test_a_records_spaced_labels_far_apart_still_get_their_colons() -> None:
    """A repository's record (NCCU): four spaced labels or more anywhere, each value running over several lines."""
    from journalmeta.document.text import page_from_text

    text = ("題名 都市綠地與高齡者步行\nUrban Green Space and Walking\n作者 林佳慧\nLin, Chia-Hui\n貢獻者 王志明\n"
            "Wang, Chih-Ming\n林佳慧\nLin, Chia-Hui\n關鍵詞 綠地\n高齡者\n步行\n日期 2021\n上傳時間 2-Mar-2021\n"
            "摘要 本研究以臺北市為例。\n")
    texts = [b.text for b in page_from_text(text).blocks]
    assert {"題名：都市綠地與高齡者步行", "作者：林佳慧", "關鍵詞：綠地", "摘要：本研究以臺北市為例。"} <= set(texts)


def test_a_number_under_a_fields_label_is_its_value_not_a_mark() -> None:
    assert [b.text for b in page_from_text("期号\n9\n页码\n2157-2173\n").blocks] == ["期号", "9", "页码", "2157-2173"]
    assert [b.text for b in page_from_text("王磊\n1\n").blocks] == ["王磊1"]  # a name's affiliation mark


def test_a_pictured_heading_reads_as_its_alt_text() -> None:
    # First Monday's galleys print the 'Abstract' heading as an image: its alt text is the label
    page = page_from_html('<html><body><p><img src="a.gif" alt="Abstract"><br>Marshes migrate inland.</p>'
                          '<p>Tide <img src="arrow.gif" alt="next page"> gauges</p></body></html>')
    assert [b.text for b in page.blocks] == ["Abstract", "Marshes migrate inland.", "Tide gauges"]


def test_a_bold_label_opening_a_line_starts_a_field_in_wrapped_markdown() -> None:
    lines = ["地理学报 2021, Vol. 76, Issue (9): 2157-2173. doi: 10.11821/dlxb202109009 xx",
             "陈刚1，刘洋1", "**摘要：**利用" + "多普勒雷达资料" * 12 + "。", "**关键词：**海风锋；雷达",
             "A line long enough to have been wrapped by html2text at its width of 78 ch",
             "**important** words run on here"]
    assert list(plain_lines(lines)) == [
        "地理学报 2021, Vol. 76, Issue (9): 2157-2173. doi: 10.11821/dlxb202109009 xx 陈刚1，刘洋1",
        "摘要：利用" + "多普勒雷达资料" * 12 + "。", "关键词：海风锋；雷达",  # (no wrap leaves a label first)
        "A line long enough to have been wrapped by html2text at its width of 78 ch important words run on here"]


def test_a_zero_for_the_letter_o_opening_a_russian_line_is_the_letter() -> None:
    texts = [b.text for b in page_from_text("0 пересмотре критериев наукометрии\n0 引言\n0 and 1 are bits\n").blocks]
    assert texts == ["О пересмотре критериев наукометрии", "0 引言", "0 and 1 are bits"]


def test_a_pdf_page_in_one_line_whose_colons_are_no_field_labels_is_parted_at_its_abstract() -> None:
    line = ("Jurnal Contoh Vol. 3 No. 1 Mei 2018, pp. 1-9 P-ISSN : 1234-5678 E-ISSN : 2345-6789 Sistem Pendukung "
            "Keputusan Beasiswa Article Info Article history: Received Mei 12th, 2018 Keyword: Beasiswa MOORA "
            "ABSTRACT " + "Program beasiswa ini membantu masyarakat miskin dalam biaya pendidikan. " * 8
            + "Kata Kunci: beasiswa, keputusan")
    record = journalmeta.parse(line.encode(), content_type="text/plain")
    assert record.abstract["id"].startswith("Program beasiswa ini membantu")


def test_keywords_run_on_after_the_abstracts_last_sentence_start_their_own_line() -> None:
    abstract = "Abstract: " + ("Parks cool the streets around them in summer. " * 5).rstrip()
    keywords = "Key Words: parks, heat, streets"
    assert [b.text for b in page_from_text(f"{abstract} {keywords}\n").blocks] == [abstract, keywords]

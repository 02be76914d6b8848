"""The label table: the label forms journal pages print, each read as its kind with the value after it."""

from __future__ import annotations

import re

import pytest

import journalmeta
from journalmeta.document.model import Block
from journalmeta.extractors.label_lines import find_label
from journalmeta.labels import either_form


@pytest.mark.parametrize(("line", "kind", "content"), [
    ("关键字：深度学习；遥感", "keywords", "深度学习；遥感"),
    ("〔关键词〕深度学习；遥感", "keywords", "深度学习；遥感"),
    ("Index Terms—Deep learning, remote sensing", "keywords", "Deep learning, remote sensing"),  # IEEE
    ("Abstract—This paper proposes a detector.", "abstract", "This paper proposes a detector."),
    ("KEY WORDS: deep learning; remote sensing", "keywords", "deep learning; remote sensing"),
    ("内容提要：本文讨论", "abstract", "本文讨论"),
    ("[摘 要] 本文讨论", "abstract", "本文讨论"),
    ("引用本文格式：张三. 题名[J]. 刊名, 2020, 1(1): 1-2.", "citation", "张三. 题名[J]. 刊名, 2020, 1(1): 1-2."),
    ("How to cite this article: Smith J. Title. J Stuff. 2020;1:1-2.", "citation",
     "Smith J. Title. J Stuff. 2020;1:1-2."),
    ("文献标志码：A", "article_no", "A"),
    ("Fund: National Natural Science Foundation of China (41971352)", "funding",
     "National Natural Science Foundation of China (41971352)"),
    ("中图法分类号：TP391", "clc", "TP391"),
    ("DOI号：10.11907/rjdk.201249", "doi", "10.11907/rjdk.201249"),
    ("数字对象唯一标识符：10.11907/rjdk.201249", "doi", "10.11907/rjdk.201249"),
    ("中圖分類號：TU984", "clc", "TU984"),  # Traditional forms of the Chinese labels
    ("基金項目：科技部專題研究計畫", "funding", "科技部專題研究計畫"),
    ("通訊作者：王建國", "corresponding", "王建國"),
    ("Samenvatting: Dit onderzoek volgt", "abstract", "Dit onderzoek volgt"),  # more languages' labels
    ("Tóm tắt: Nghiên cứu này", "abstract", "Nghiên cứu này"),
    ("Từ khóa: chất lượng nước; sông Hậu", "keywords", "chất lượng nước; sông Hậu"),
    ("چکیده: در این پژوهش", "abstract", "در این پژوهش"),
    ("Λέξεις-κλειδιά: κλίμα, σίτος", "keywords", "κλίμα, σίτος"),
    ("Cuvinte cheie: climă, grâu", "keywords", "climă, grâu"),
    ("摘? 要:文章以图书馆学为对象", "abstract", "文章以图书馆学为对象"),  # a mirror site's '?' for a space
    ("关键词: 关键词网络; 共词网络", "keywords", "关键词网络; 共词网络"),  # the first term starts as the label
    ("关键词前列腺癌;活组织检查", "keywords", "前列腺癌;活组织检查"),  # glued, but a list of terms
    ("关键词在线医疗     在线努力", "keywords", "在线医疗     在线努力"),  # ... apart by spaces
    # a Latin label glued to a CJK value (a copied table's cells run together)
    ("Published in日本温泉気候物理医学会雑誌 Vol. 88; no. 2; pp. 73 - 82", "source",
     "日本温泉気候物理医学会雑誌 Vol. 88; no. 2; pp. 73 - 82"),
    ("شناسه دیجیتال (DOI): 10.22067/gsc.v18i3.81234", "doi", "10.22067/gsc.v18i3.81234"),
    ("Document Type : Research Article", "article_type", "Research Article"),  # no title, whatever its shape
    # a Korean record's labels (RISS): the multilingual abstract with its English gloss, the parallel title, the year
    ("다국어 초록 (Multilingual Abstract)", "abstract", ""),  # (the gloss is no value)
    ("기타서명: A study on journal articles", "title", "A study on journal articles"),
    ("발행연도: 2016", "published", "2016"),
])
def test_label_forms(line: str, kind: str, content: str) -> None:
    found = find_label(Block(line, 0, "line", "", "", None))
    assert found is not None and (found.kind, found.content) == (kind, content)


@pytest.mark.parametrize(("line", "kind", "lang", "label"), [
    ("چکیده [English]", "abstract", "en", "چکیده [English]"),  # Sinaweb's translated fields
    ("عنوان مقاله [English]", "title", "en", "عنوان مقاله [English]"),
    ("Keywords [Persian]", "keywords", "fa", "Keywords [Persian]"),
    ("الكلمات الرئيسية [English]", "keywords", "en", "الكلمات الرئيسية [English]"),
    ("Abstract (Arabic): نص", "abstract", "ar", "Abstract (Arabic)"),
    ("【关键词】深度学习；遥感", "keywords", "zh", "关键词"),  # brackets around the label alone go
    ("[Abstract] A study", "abstract", "en", "Abstract"),
])
def test_a_language_named_after_a_label_is_its_values(line: str, kind: str, lang: str, label: str) -> None:
    found = find_label(Block(line, 0, "line", "", "", None))
    assert found is not None and (found.kind, found.lang, found.label) == (kind, lang, label)


@pytest.mark.parametrize("line", [
    "Fundamental limits of remote sensing",  # a title starting with a label's letters
    "Abstracts of the 2020 meeting",
    "关键在于数据",
    "关键词网络的结构特征研究",  # a title on a label's subject: the label word glued to more Han text
    "摘要生成方法研究",
    # a guide's sentence on the field, glued to its name ('the abstract should…')
    "摘要應具有獨立性和自含性,包括研究目的、研究方法、研究結果和結論4個層次,文字力求簡練,一般為200~300字。",
    "關鍵詞應遵照GB 3860—1995《文獻敘詞標引規則》,一般應有3~8個",
])
def test_no_label(line: str) -> None:
    found = find_label(Block(line, 0, "line", "", "", None))
    assert found is None or found.kind not in ("funding", "abstract", "keywords")


def _english_abstract(page: str) -> str:
    """The English abstract of a text rendering."""
    import journalmeta

    return journalmeta.parse(page.encode(), content_type="text/plain").abstract["en"]


def test_an_enumerated_item_continues_an_abstract() -> None:
    """'(c) …' is the third item of a list inside the abstract, not a copyright line ending it."""
    page = ("Abstract: We report three findings about the process under study, listed below for clarity.\n"
            "(a) the first finding concerns the rate of change;\n(b) the second finding concerns the size;\n"
            "(c) the third finding concerns the cost of the whole process.\nKey words: rate; size; cost\n")
    assert _english_abstract(page).endswith("the cost of the whole process.")


@pytest.mark.parametrize("heading", ["Footnotes", "See 4 more figures", "Graphical abstract", "Keyphrases",
                                     "Similar content being viewed by others"])
def test_a_text_renderings_latin_abstract_ends_at_a_heading_line(heading: str) -> None:
    """A crawler's text of an English page: a short line starting with a capital and ending no sentence, after the
    abstract's paragraphs, is the next section's heading; a structured abstract's own headings are not."""
    page = ("Abstract\nObjective\nWe measured the rate of change of the process under study over ten years in twelve "
            "sites.\nConclusions\nThe rate doubled at every site, most where the process started late.\n"
            f"{heading}\nThe authors thank the site managers for their help with the field work in every season.\n")
    abstract = _english_abstract(page)
    assert abstract.startswith("Objective") and abstract.endswith("where the process started late.")


@pytest.mark.parametrize(("value", "like"), [
    ("J. Phys. Chem. A All Publications/Website\nSelect a Journal or Book\nAcc. Chem. Res.\nACS Appl. Bio Mater.\n"
     "ACS Appl. Electron. Mater.\nACS Appl. Energ. Mater.", False),  # a search form's journal list under 'Abstract'
    ("Results\nGlutamatergic and GABAergic photoreceptors of the posterior brain vesicle\nRelay neurons are mixed "
     "VGAT- and VACHT-expressing cells", False),  # a page's contents: no sentence
    ("Objective\nWe measured the rate of change of the process under study over ten years.\nConclusions\nIt doubled.",
     True),
    ("本文研究了城市绿地的降温效应。\n结果表明降温效应随尺度增大而减弱，在小尺度上最为明显。", True),
    ("背景与目的\n术前定位变得愈发关键。本研究旨在对比分析两种新型定位方式", True),  # a Han stop before more text
])
def test_an_abstract_is_prose(value: str, like: bool) -> None:
    from journalmeta.extractors.labelled import abstract_like

    assert abstract_like(value) is like


def test_a_contents_list_under_an_abstract_label_is_no_abstract() -> None:
    page = ("Abstract\nI. Introduction\nII. Extraction of a Magnetic Hamiltonian for Triple Bonds\nIII. Conclusion\n"
            "Abstract\nHeisenberg Hamiltonians with distance-dependent spin couplings have proved very efficient for "
            "the treatment of conjugated hydrocarbons.\nTop of Page\n")
    assert _english_abstract(page).startswith("Heisenberg Hamiltonians")


def test_a_doi_label_alone_over_its_doi() -> None:
    """A copy that put the value of a lone 'DOI' label on the next line, spaced as a PDF prints it."""
    from journalmeta._parse import read_page
    from journalmeta.extractors import label_lines, labelled

    page = read_page("题名\nDOI\n10. 11907/rjdk. 201249\n关键词\n遥感\n".encode(), None, "text/plain", 1 << 20)
    found = [c for c in labelled.extract(page, label_lines.label_index(page), frozenset()) if c.field == "doi"]
    assert [(c.value, c.source) for c in found] == [("10.11907/rjdk.201249", "label:DOI")]


@pytest.mark.parametrize(("pattern", "expected"), [
    ("页码", "[页頁][码碼]"),
    ("起[讫訖]页", "起[讫訖訖][页頁]"),  # inside a class the other form joins the class
    (r"\[页\]", r"\[[页頁]\]"),  # an escaped bracket opens no class
])
def test_label_patterns_match_either_form(pattern: str, expected: str) -> None:
    assert either_form(pattern) == expected


def test_traditional_inline_fields_and_dates() -> None:
    import journalmeta

    page = "題名：都市綠地研究\n年份：2019 卷號：39 期號：12 頁碼：4310-4319\n錄用日期：2020-03-01\n"
    record = journalmeta.parse(page.encode(), content_type="text/plain")
    assert (record.year, record.volume, record.issue, record.pages) == (2019, "39", "12", "4310-4319")
    assert record.dates["accepted"] == "2020-03-01"


def test_a_records_value_may_repeat_its_label_word() -> None:
    import journalmeta

    page = "Coastal Studies\nVolume: Volume 55\nIssue: Issue 3\nResearch article\nTurtles of the Atlantic coast\n"
    record = journalmeta.parse(page.encode(), content_type="text/plain")  # ScienceDirect's copied record
    assert (record.volume, record.issue) == ("55", "3")


def test_a_record_label_glued_to_han_text_is_a_heading() -> None:
    assert find_label(Block("作者信息", 0, "line", "", "", None)) is None  # 'author information', no name '信息'
    found = find_label(Block("作者：张三", 0, "line", "", "", None))
    assert found is not None and (found.kind, found.content) == ("authors", "张三")
    glued = find_label(Block("摘要目的 探讨", 0, "line", "", "", None))  # an abstract's label may be glued
    assert glued is not None and (glued.kind, glued.content) == ("abstract", "目的 探讨")
    method = find_label(Block("摘要应用遥感影像与地面观测数据,分析了城市公园降温效应的尺度依赖性及其季节差异,"
                              "并比较了不同规模公园的降温范围与强度在夏季和冬季的差别。", 0))
    assert method is not None and method.content.startswith("应用遥感")  # '应用' opens an abstract: 'applying …'


def test_spellings_of_a_tables_word_in_traditional_characters() -> None:
    from journalmeta._hanzi import either_form, spellings, traditional

    assert "聯繫我們" in spellings("联系我们") and "联系我们" in spellings("联系我们")  # 系: 係 and 繫
    assert {"發布日期", "發佈日期"} <= set(spellings("发布日期"))
    assert traditional("南京大学") == "南京大學"
    assert re.fullmatch(either_form("版权所有"), "版權所有")


def test_an_empty_fields_furniture_is_no_value() -> None:
    import journalmeta

    page = "城市绿地的降温效应\n基金资助: |\n摘要: 本文分析城市绿地的降温效应及其影响因素。"
    record = journalmeta.parse(page.encode())
    assert record.funding == []


def test_a_page_cut_early_in_its_abstract_keeps_the_visible_part() -> None:
    import journalmeta

    page = ("城市绿地降温效应的季节差异\n王明 李华\n"
            "王明,李华. 城市绿地降温效应的季节差异[J]. 生态学杂志,2021,40(2):33-40\n"
            "  • 摘要:   目的   研究城市绿地在夏季的")
    assert journalmeta.parse(page.encode()).abstract == {"zh": "目的 研究城市绿地在夏季的"}
    assert journalmeta.parse("城市绿地降温效应的季节差异\n摘要: 暂无摘要\n".encode()).abstract == {}


def test_a_thesis_records_labels_with_their_language_in_brackets() -> None:
    """Taiwan's NCL: '論文名稱:' and '論文名稱(外文):', '研究生:' and '研究生(外文):' (a thesis's author)."""
    page = ("研究生:周佳芸\n研究生(外文):CHOU, CHIA-YUN\n論文名稱:社區長者居家醫療利用之影響因素\n"
            "論文名稱(外文):Factors in the Use of Home Medical Care among Community-dwelling Older Adults\n"
            "校院名稱:輔仁大學\n")
    record = journalmeta.parse(page)
    assert record.title == {"zh": "社區長者居家醫療利用之影響因素",
                            "en": "Factors in the Use of Home Medical Care among Community-dwelling Older Adults"}
    assert [a.name["zh"] for a in record.authors] == ["周佳芸"]


def test_a_turkish_abstract_stops_at_its_reference_list() -> None:
    text = ("Öz\n" + "Bu çalışmada eski Türk yazıtlarının okunuşu ve anlamı yeniden değerlendirilmektedir. " * 3
            + "\nKaynakça\nAlyılmaz, C. (2013). Orhun Yazıtlarının Bugünkü Durumu. Ankara: Türk Dil Kurumu.\n")
    record = journalmeta.parse(text.encode())
    assert record.abstract["tr"].endswith("değerlendirilmektedir.")


def test_a_lone_journal_label_in_a_record_and_in_a_lookup_form() -> None:
    record = ("Title\nCoral recruitment collapses after marine heatwaves\nAuthors\nHana Takeda, Priya Raman\n"
              "Journal\nReef Science\nDOI\n10.5555/reefsci.2024.0412\nAbstract\n"
              "Repeated marine heatwaves reduced coral settlement on the northern reef by 89% over six years.\n")
    assert journalmeta.parse(record.encode()).journal.title == {"en": "Reef Science"}
    form = record.replace("Journal\nReef Science\n", "") + (
        "Lookup Article\nPaste a citation or DOI\nJournal\nPhys. Rev. Lett.\nPhys. Rev. X\nPRX Energy\n")
    assert journalmeta.parse(form.encode()).journal.title == {}  # a form's list of journals to choose from


def test_an_issue_label_whose_value_starts_with_the_year() -> None:
    record = journalmeta.parse("刊名：农业经济问题\n期号：2021年03期\n页码：45-60\n".encode())
    assert (record.year, record.issue, record.pages) == (2021, "3", "45-60")


def test_record_rows_apart_by_white_space_give_year_and_pages_but_a_bare_volume_word_does_not() -> None:
    record = journalmeta.parse("刊名 圖書資訊學刊\n年份 2020\n頁碼 45-72\n".encode())
    assert (record.year, record.pages) == (2020, "45-72")
    assert journalmeta.parse("城市绿地降温效应研究\n2021年 第5卷 3期\n".encode()).volume == "5"  # '卷 3': no volume 3


@pytest.mark.parametrize(("page", "issn", "eissn", "cn"), [
    ("ISSN 1008-2204\nCN 11-3979/C\n", "1008-2204", None, "11-3979/C"),  # a masthead's lines, no colon
    ("【ISSN号】1005-3409\n", "1005-3409", None, None),  # a label glued to its value
    ("ISSN 1079-7114 (online), 0031-9007 (print). ©2019 Example Society\n", "0031-9007", "1079-7114", None),
    ("eISSN: 2223-5167\n", None, "2223-5167", None),
    ("ISSN 2160-3308 (online).\n", None, "2160-3308", None),
    ("ISSN 1234-5678, 2345-6789\n", "1234-5678", None, None),  # which the second is the page leaves unsaid
    ("CN Tower at night, photographed from the harbour\n", None, None, None),  # a word, no label
])
def test_issns_and_cn_numbers(page: str, issn: str | None, eissn: str | None, cn: str | None) -> None:
    text = page + "Urban heat islands and green space in coastal cities\n"
    journal = journalmeta.parse(text.encode(), content_type="text/plain").journal
    assert (journal.issn, journal.eissn, journal.cn) == (issn, eissn, cn)


def test_an_authors_label_with_a_link_after_the_names() -> None:
    import journalmeta

    page = "Authors: Олексів М.В. https://science.example.ua/files/journal-paper/2017/nov/19.pdf\n"
    record = journalmeta.parse(page.encode(), content_type="text/plain")
    assert [a.name for a in record.authors] == [{"uk": "Олексів М.В."}]

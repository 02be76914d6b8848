"""Reference lists: where they run, so that a DOI cited in one is never taken for the page's."""

from __future__ import annotations

import journalmeta
from journalmeta.document import page_from_html, page_from_text
from journalmeta.extractors.label_lines import label_index
from journalmeta.extractors.references import cited_blocks

_REFERENCES = (
    "<p>Ana Duarte, 2015. “Marsh edges,” Estuarine Letters, volume 12, pp. 201–215.</p>"
    "<p>doi: https://doi.org/10.99999/el.2015.0203</p>"
    "<p>Karen Holt, 2018. “Sediment supply,” Coastal Dynamics, volume 40, pp. 77–90.</p>"
    "<p>doi: https://doi.org/10.99999/cd.2018.077</p>"
)


def _cited_texts(html: str) -> list[str]:
    page = page_from_html(html)
    return [page.blocks[i].text for i in sorted(cited_blocks(page, label_index(page)))]


def test_a_reference_list_runs_from_its_heading_to_the_next_heading() -> None:
    cited = _cited_texts(f"<html><body><h2>7. References</h2>{_REFERENCES}<h2>Appendix</h2>"
                         "<p>doi: 10.99999/own.1</p></body></html>")
    assert cited[0].startswith("Ana Duarte") and cited[-1] == "doi: https://doi.org/10.99999/cd.2018.077"
    assert len(cited) == 4


def test_a_reference_list_ends_at_a_label_or_a_dated_history_line() -> None:
    for after in ("<p>Received 4 June 2020; accepted 11 January 2021.</p>", "<p>Cite this article: Ferreira I. "
                  "Tidal marshes. Coastal Notes 2021;9:1-9.</p>"):
        cited = _cited_texts(f"<html><body><p><b>References</b></p>{_REFERENCES}{after}"
                             "<p>doi: 10.99999/own.1</p></body></html>")
        assert len(cited) == 4


def test_a_menu_entry_or_a_heading_over_no_references_starts_no_list() -> None:
    for html in ("<ul><li>Abstract</li><li>References</li></ul><p>doi: 10.99999/own.1</p><p>2019 2020 2021</p>",
                 "<h2>References</h2><p>See the supplementary file.</p><p>doi: 10.99999/own.1</p>"):
        assert _cited_texts(f"<html><body>{html}</body></html>") == []


def test_a_text_rendering_reference_list_is_found_in_any_language() -> None:
    page = page_from_text("摘要: 内容\n参考文献\n[1] 张三. 题名[J]. 刊名, 2019, 3(2): 1-5.\n"
                          "[2] 李四. 另一题名[J]. 刊名, 2020, 4(1): 6-9.\nDOI: 10.99999/ref.2\n")
    assert sorted(cited_blocks(page, label_index(page))) == [2, 3, 4]


def test_a_page_doi_is_never_a_cited_works() -> None:
    html = (f"<html><head><title>Tidal marsh retreat</title></head><body><h2>References</h2>{_REFERENCES}"
            "</body></html>")
    assert journalmeta.parse(html.encode(), content_type="text/html").doi is None


def test_a_heading_with_the_number_of_references() -> None:
    import journalmeta

    page = ("Journal of Example Ceramics, Volume. 51, Issue 2, 531(2023)\n"
            "Multi-Scale Simulation of Thermal Transport in Ceramic Materials\n"
            "WU Jing1...2, HUANG An1 and QIN Guangzhao1 |Show fewer author(s)\nReferences(112)\n"
            "[1] [1] HUANG X, GUO Z. Thermal effect of epilayer on phonon transport[J]. Int J Heat Mass Transfer, "
            "2021, 178: 121613.\n[2] [2] WU J, ZHOU E. Negative Poisson's ratio of graphene[J]. Nanotechnology, "
            "2022, 33(27): 275710.\n")
    record = journalmeta.parse(page.encode())
    assert record.title == {"en": "Multi-Scale Simulation of Thermal Transport in Ceramic Materials"}
    assert [a.name["en"] for a in record.authors] == ["WU Jing", "HUANG An", "QIN Guangzhao"]
    assert not record.citation and record.pages != "121613"


def _cited_lines(text: str) -> list[str]:
    page = page_from_text(text)
    return [page.blocks[i].text for i in sorted(cited_blocks(page, label_index(page)))]


def test_entries_numbered_in_turn_are_a_list_under_no_heading() -> None:
    entries = ["[1] Wilson SR, Burns PN. Microbubble-enhanced US in body imaging[J]. Radiology, 2010, 257(1): 24-39.",
               "[2] Strobel D, Seitz K. Contrast-enhanced ultrasound[J]. Ultraschall Med, 2008, 29(5): 499-505."]
    assert _cited_lines("Abstract: Contrast agents show perfusion.\n" + "\n".join(entries) + "\n") == entries
    assert _cited_lines(entries[0] + "\n") == []  # one numbered line is no list
    assert _cited_lines(entries[0] + "\n" + entries[1].replace("[2]", "[3]") + "\n") == []  # nor numbers out of turn


def test_entries_by_author_and_year_citing_more_than_one_year_are_a_list_under_no_heading() -> None:
    entries = ["박서연. (2015). 도시 녹지의 열섬 완화 효과에 관한 연구. 국토계획, 50(3), 45-62.",
               "Chen, L., & Wong, N. H. (2006). Thermal benefits of city parks. Energy and Buildings, 38(2), 105-120."]
    assert _cited_lines("초록: 공원은 가로를 식힌다.\n" + "\n".join(entries) + "\n") == entries
    # the article's own citation in two languages, one year: no list
    own = ["박서연. (2015). 도시 녹지의 열섬 완화 효과에 관한 연구. 국토계획, 50(3), 45-62.",
           "Park, S. (2015). A study on the heat island mitigation of urban green. Land Planning, 50(3), 45-62."]
    assert _cited_lines("\n".join(own) + "\n") == []
    # a paragraph naming a study and its year, no entry ('Chen (2006) found …' has no period after the year)
    assert _cited_lines("Chen and Wong (2006) found that parks cool the streets around them.\n"
                        "Later work (2019) measured the same in Seoul over two summers.\n") == []

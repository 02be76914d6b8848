"""Meta tags that pack two languages or odd forms into one value (see ``fixtures/etiller/bilingual-head.html``)."""

from __future__ import annotations

import journalmeta

_EN = ("The study measures how the soil of mountain pastures holds water after grazing stops, using plots that "
       "were fenced for five, ten and fifteen years and comparing them with open plots nearby.")
_RU = ("Исследование измеряет, как почва горных пастбищ удерживает воду после прекращения выпаса, на участках, "
       "огороженных пять, десять и пятнадцать лет назад.")
_ZH = "研究以围封五年、十年和十五年的样地为对象，比较了停止放牧后山地草场土壤的持水能力及其随时间的变化。"


def _page(description: str, extra: str = "") -> str:
    return (f'<html><head><meta name="citation_title" content="Grazing exclusion and soil water">{extra}'
            f'<meta name="description" content="{description}"></head><body><p>x</p></body></html>')


def test_a_description_giving_the_abstract_in_latin_then_another_script_is_split() -> None:
    record = journalmeta.parse(_page(f"{_EN} {_RU}"))
    assert record.abstract == {"en": _EN, "ru": _RU}


def test_a_description_giving_the_abstract_in_another_script_then_latin_is_split() -> None:
    record = journalmeta.parse(_page(f"{_ZH};{_EN}"))
    assert record.abstract == {"zh": _ZH, "en": _EN}


def test_a_chinese_abstract_with_a_short_english_phrase_stays_whole() -> None:
    text = _ZH + "模型采用 Random Forest and Gradient Boosting 方法。" + _ZH
    assert journalmeta.parse(_page(text)).abstract == {"zh": text}


def test_a_date_tag_of_eight_digits() -> None:
    record = journalmeta.parse(_page(_EN, '<meta name="citation_date" content="20230825">'))
    assert (record.year, record.dates["published"]) == (2023, "2023-08-25")


def test_dc_keywords_one_tag_per_language() -> None:
    extra = ('<meta name="DC.Keywords" content="放牧；土壤水分">'
             '<meta name="DC.Keywords" content="grazing; soil water">')
    want = {"zh": ["放牧", "土壤水分"], "en": ["grazing", "soil water"]}
    assert journalmeta.parse(_page(_EN, extra)).keywords == want


def _titled(title: str) -> journalmeta.Record:
    return journalmeta.parse(f'<html><head><title>{title}</title><meta name="citation_title" content="放牧与土壤水分">'
                             f'</head><body><p>x</p></body></html>')


def test_a_page_title_printing_the_title_then_its_translation() -> None:
    assert _titled("放牧与土壤水分-Grazing exclusion and soil water").title == {
        "zh": "放牧与土壤水分", "en": "Grazing exclusion and soil water"}


def test_a_page_title_printing_the_title_then_the_journal_gives_no_translation() -> None:
    assert _titled("放牧与土壤水分 - Journal of Arid Land Studies").title == {"zh": "放牧与土壤水分"}


def _keywords_of(content: str) -> dict[str, list[str]]:
    return journalmeta.parse(_page(_EN, f'<meta name="citation_keywords" content="{content}">')).keywords


def test_one_keyword_tag_listing_the_terms_in_two_scripts_gives_two_lists() -> None:
    assert _keywords_of("放牧；土壤水分；草场;grazing; soil water; pasture") == {
        "zh": ["放牧", "土壤水分", "草场"], "en": ["grazing", "soil water", "pasture"]}


def test_a_latin_acronym_among_cyrillic_terms_stays_in_their_list() -> None:
    assert _keywords_of("почва; GIS; вода") == {"ru": ["почва", "GIS", "вода"]}


def test_each_half_loses_the_label_a_site_left_before_it() -> None:
    record = journalmeta.parse(_page(f"Аннотация. {_RU}\nAbstract. {_EN}"))
    assert record.abstract == {"ru": _RU, "en": _EN}


def test_a_repository_record_printed_field_value_language_a_row() -> None:
    """DSpace's full item record copied as tab-separated rows, and its cells one a line (see the fixture
    text/dspace-full-record): read as the meta tags it prints."""
    rows = ["dc.contributor.author\tChuang, Yu-Sheng\ten", "dc.contributor.author\t莊宇勝\tzh_TW",
            "dc.date.issued\t2007\t", "dc.title\t長期照護機構失智住民之照護成本分析\tzh_TW",
            "dc.title.alternative\tCost of Care for Residents with Dementia in Long-term Care Facilities\ten"]
    record = journalmeta.parse("\n".join(rows))
    assert record.title == {"zh": "長期照護機構失智住民之照護成本分析",
                            "en": "Cost of Care for Residents with Dementia in Long-term Care Facilities"}
    assert [a.name for a in record.authors] == [{"en": "Yu-Sheng Chuang", "zh": "莊宇勝"}]
    assert record.year == 2007


def test_two_field_names_are_no_record() -> None:
    record = journalmeta.parse("Notes on metadata\ndc.title\nA title in a field\ndc.creator\nSomeone Else\n")
    assert "A title in a field" not in record.title.values()

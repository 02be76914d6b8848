"""An HTML page with no meta tags: the title and byline found after a site's long menus."""

from __future__ import annotations

import journalmeta

_MENU = "".join(f'<li class="Nav__dropdown__block__item">Menu entry {n}</li>' for n in range(160))
_BODY = ("<p>The study measures how the soil of mountain pastures holds water after grazing stops, using plots that "
         "were fenced for five, ten and fifteen years.</p>")


def _page(menu_title: str = "") -> str:
    dropdown = (f'<li class="Nav__dropdown__block__title">{menu_title}</li><li class="Nav__dropdown__block__item">'
                "Frontiers Forum</li><li class=\"Nav__dropdown__block__item\">Planet Prize Office</li>") if menu_title \
        else ""
    return (f"<html><head><title>Site</title></head><body><ul>{dropdown}{_MENU}</ul>"
            "<h1>Grazing exclusion and the water of mountain soils</h1><p class=\"byline\">Maria Keller, Tomas Berg</p>"
            f"{_BODY}</body></html>")


def test_a_byline_under_a_title_after_more_than_a_hundred_menu_blocks() -> None:
    record = journalmeta.parse(_page())
    assert [a.name for a in record.authors] == [{"en": "Maria Keller"}, {"en": "Tomas Berg"}]


def test_a_dropdown_menus_heading_is_no_title_over_a_byline() -> None:
    record = journalmeta.parse(_page("More from the Publisher"))
    assert record.title == {"en": "Grazing exclusion and the water of mountain soils"}
    assert [a.name for a in record.authors] == [{"en": "Maria Keller"}, {"en": "Tomas Berg"}]


def _cards(h1: str, logo: str = "") -> str:
    """PMC's byline: each name, then its card (the name again as a heading, the affiliation, a search link)."""
    cards = "".join(f'<div class="cg p">{mark}{name}</div><h3>{name}</h3><div class="p">1Institute of Soil Science, '
                    f'Uppsala</div><div class="p">Find articles by {name}</div>'
                    for mark, name in (("", "Dennis A Keller"), ("1, ", "Mark Osterberg"), ("1, ", "Karen J Lind")))
    return (f'<html><body>{logo}<ul><li>Getting Started</li><li>Submission Guidelines</li></ul><h1>{h1}</h1>{cards}'
            f"{_BODY}</body></html>")


def test_a_short_last_h1_heads_the_byline_and_a_cards_name_heading_is_no_title() -> None:
    record = journalmeta.parse(_cards("Zebrafish"))
    assert record.title == {"en": "Zebrafish"}
    assert [a.name["en"] for a in record.authors] == ["Dennis A Keller", "Mark Osterberg", "Karen J Lind"]


def test_a_logos_short_h1_over_the_menus_has_no_byline() -> None:
    record = journalmeta.parse(_cards("Grazing exclusion and the water of mountain soils",
                                      logo='<h1 class="logo">PLOS ONE</h1>'))
    assert "Getting Started" not in [a.name.get("en") for a in record.authors]


def test_names_each_followed_by_where_they_work_in_one_block() -> None:
    html = ("<html><head><title>Snowmelt timing</title></head><body><h1>Snowmelt timing and streamflow in alpine "
            "catchments</h1><div class='contrib'>Petra Novak Laboratoire de Glaciologie, Grenoble, France &amp; "
            "Tomasz Zielinski Department of Hydrology &amp; Water Management, University of Warsaw, Poland</div>"
            "<h2>Abstract</h2><p>We relate the timing of snowmelt to streamflow.</p></body></html>")
    record = journalmeta.parse(html.encode())
    assert [a.name for a in record.authors] == [{"en": "Petra Novak"}, {"en": "Tomasz Zielinski"}]

"""Keyword fields split into terms: the separators pages print, and what stays inside one term."""

from __future__ import annotations

import pytest

import journalmeta
from journalmeta.extractors.keywords import split_keywords
from journalmeta.lang import detect


@pytest.mark.parametrize(("text", "terms"), [
    ("城市绿地；降温效应；尺度；", ["城市绿地", "降温效应", "尺度"]),
    ("城市绿地 降温效应 尺度", ["城市绿地", "降温效应", "尺度"]),
    ("urban green space, cooling effect, scale", ["urban green space", "cooling effect", "scale"]),
    ("urban green space  cooling effect  scale", ["urban green space", "cooling effect", "scale"]),
    ("a priori / input/output / feedback", ["a priori", "input/output", "feedback"]),
    ("城市绿地|降温效应|尺度", ["城市绿地", "降温效应", "尺度"]),
    ("urban green space · cooling effect · scale", ["urban green space", "cooling effect", "scale"]),
    ("[城市绿地] [降温效应] [尺度]", ["城市绿地", "降温效应", "尺度"]),
    ("马克思·韦伯；理性化", ["马克思·韦伯", "理性化"]),  # a middle dot inside a name is no separator
    ("[城市绿地][降温效应][尺度]", ["城市绿地", "降温效应", "尺度"]),
    ("【城市绿地】【降温效应】", ["城市绿地", "降温效应"]),
    ("城市绿地/降温效应/尺度", ["城市绿地", "降温效应", "尺度"]),
    ("Heart Failure /", ["Heart Failure"]),  # rhhz's list copied a term a line, each with its separator
    ("Hypertension. Risk Factors. Adult.", ["Hypertension", "Risk Factors", "Adult"]),
    ("تغییر اقلیم، گندم دیم، عملکرد", ["تغییر اقلیم", "گندم دیم", "عملکرد"]),  # the Arabic comma
    ("تغییر اقلیم؛ گندم دیم؛ عملکرد", ["تغییر اقلیم", "گندم دیم", "عملکرد"]),  # the Arabic semicolon
    # a list written as a sentence, 'and' before its last term; not a term holding 'and'
    ("packaging, price, service quality, and repeat purchases", ["packaging", "price", "service quality",
                                                                "repeat purchases"]),
    ("price, trade, supply and demand", ["price", "trade", "supply and demand"]),
])
def test_keyword_separators(text: str, terms: list[str]) -> None:
    assert [t for _, group in split_keywords(text, detect) for t in group] == terms


@pytest.mark.parametrize(("text", "keywords"), [
    # one term a line under a lone label (a crawler's text of linked terms), up to the next label
    ("关键词：\n城市绿地\n降温效应\n尺度\n中图分类号：\nX1\n", {"zh": ["城市绿地", "降温效应", "尺度"]}),
    ("关键词：\n城市绿地；\n降温效应；\n尺度\n城市绿地的降温效应研究进展\n", {"zh": ["城市绿地", "降温效应", "尺度"]}),
    # without separators, lines that run into a line that is no label are the title after one term
    ("Key words:\ngreen space\nUrban Heat Islands\nCooling effect of urban green space at several scales in "
     "Nanjing, China\n", {"en": ["green space"]}),
    ("关键词：\n城市绿地；降温效应\n尺度依赖性\n", {"zh": ["城市绿地", "降温效应"]}),  # one line of terms
    ("关键词：\n城市绿地\nUrban green space\n\nAbstract: x\n", {"zh": ["城市绿地"]}),  # another script
    # a code after the list closes it; a code is no term
    ("Key words:\nsoil aggregate\nstability\nS152.4\n", {"en": ["soil aggregate", "stability"]}),
    # the list's closing stop ends it (DergiPark's copied page: the title follows)
    ("Keywords\nUrban Heat Island\nRemote Sensing\nCoastal Cities.\nKıyı Kentlerinde Kentsel Isı Adası\n",
     {"en": ["Urban Heat Island", "Remote Sensing", "Coastal Cities"]}),
    # a list's heading after the terms closes them (ScienceDirect's copied page)
    ("Keywords\nClimate adaptation\nSpatial justice\nRecommended articles\nData availability\nNone is shared.\n",
     {"en": ["Climate adaptation", "Spatial justice"]}),
])
def test_keywords_one_a_line_in_a_text_rendering(text: str, keywords: dict[str, list[str]]) -> None:
    assert journalmeta.parse(text.encode("utf-8")).keywords == keywords


@pytest.mark.parametrize(("line", "terms"), [
    ("DisabilityComorbidityHome Medical Care", ["Disability", "Comorbidity", "Home Medical Care"]),  # NCL's links
    ("CiteSpace", ["CiteSpace"]), ("JavaScript; CiteSpace", ["JavaScript", "CiteSpace"]),  # one seam: a name's own
])
def test_terms_run_together_with_nothing_between(line: str, terms: list[str]) -> None:
    assert [t for _, group in split_keywords(line, lambda t: "en") for t in group] == terms


def test_a_latin_term_glossed_in_han_stays_with_its_list() -> None:
    text = "Ben Cao Gang Mu (《本草纲目》 Compendium of Materia Medica), Jing (精), data retrieval, literature research"
    assert split_keywords(text, lambda t: "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in t) else "en", "en") == [
        ("en", ["Ben Cao Gang Mu (《本草纲目》 Compendium of Materia Medica)", "Jing (精)", "data retrieval",
                "literature research"])]
    assert dict(split_keywords("城镇化; 工业化; urbanization; industrialization", detect)) == {
        "zh": ["城镇化", "工业化"], "en": ["urbanization", "industrialization"]}  # (two lists: as before)

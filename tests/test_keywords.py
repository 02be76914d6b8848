"""Keyword fields split into terms: the separators pages print, and what stays inside one term."""

from __future__ import annotations

import pytest

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
    ("Hypertension. Risk Factors. Adult.", ["Hypertension", "Risk Factors", "Adult"]),
    ("تغییر اقلیم، گندم دیم، عملکرد", ["تغییر اقلیم", "گندم دیم", "عملکرد"]),  # the Arabic comma
    ("تغییر اقلیم؛ گندم دیم؛ عملکرد", ["تغییر اقلیم", "گندم دیم", "عملکرد"]),  # the Arabic semicolon
])
def test_keyword_separators(text: str, terms: list[str]) -> None:
    assert [t for _, group in split_keywords(text, detect) for t in group] == terms

"""Choosing one value among a field's candidates."""

from __future__ import annotations

from journalmeta.extractors.candidates import Candidate
from journalmeta.merge import choose

_WHOLE = ("以江苏省五所高职院校为样本，运用德尔菲法与层次分析法构建线上教学质量评价指标体系，"
          "从四个维度确定了二十项指标及其权重。")


def _abstract(text: str) -> Candidate:
    return Candidate.of("abstract", text, "label:摘要", "zh")


def test_a_short_teaser_over_the_whole_abstract_gives_way_to_it() -> None:
    teaser = _WHOLE[:30]  # a repost's '本文摘要：' cut mid-sentence, printed first
    chosen = choose([_abstract(teaser), _abstract(_WHOLE)])
    assert chosen is not None and chosen.value == _WHOLE


def test_two_abstracts_that_only_open_alike_stay_apart() -> None:
    other = _WHOLE[:8] + "另一项研究的摘要，与前者无关，讨论了高职院校教师的线上教学能力及其培训方式。"
    chosen = choose([_abstract(other), _abstract(_WHOLE)])
    assert chosen is not None and chosen.value == other  # (equal support: the first in page order)


def test_values_with_no_letter_are_none() -> None:
    import journalmeta

    page = ("@article{zu1, title = {?????????-??????????? ?????? ??????}, author = {?. ?. ??????????}, year = {2023}, "
            "pages = {135--142}, journal = {???????? ???? ? ??????: ????????}}\n")
    record = journalmeta.parse(page.encode(), content_type="text/plain")  # (a server that lost the Cyrillic)
    assert not record.title and not record.authors and not record.journal.title
    assert (record.year, record.pages) == (2023, "135-142")


def test_an_affiliations_footnote_sign_before_the_abstract_goes() -> None:
    import journalmeta

    record = journalmeta.parse(f"摘要：* {_WHOLE}\n".encode(), content_type="text/plain")
    assert record.abstract == {"zh": _WHOLE}

"""Platform detection: each registered platform by its fingerprint, and the literal prefilter before each pattern."""

from __future__ import annotations

import pytest

import journalmeta
from journalmeta import platforms
from journalmeta.platforms.base import required_literal


@pytest.mark.parametrize(("pattern", "literal"), [
    (r"yiigle\.com", "yiigle.com"),
    (r"/CN/Y\d{4}/V\d+", "/CN/Y"),
    (r"›› \d{4}, Vol\. ", ", Vol. "),
    (r"\A(?=.*^引用本文[:：])(?=.*^Citation[:：])", "Citation"),
    (r"/index\.php/[^/\s]+/article/view/", "/article/view/"),
    (r"ab?c", "a"),  # the b may be absent
    (r"a\.b*c", "a."),
    (r"a[]x]yz", "yz"),  # a class opening with ']'
    (r"(abc)?d", ""),  # an optional group: nothing to require
    (r"foo|bar", ""),
    (r"a(?!b)cd", ""),
])
def test_required_literal(pattern: str, literal: str) -> None:
    assert required_literal(pattern) == literal


def test_every_fingerprint_holds_its_literal_in_an_example() -> None:
    for platform in platforms.REGISTRY:
        for pattern in platform.fingerprints + platform.text_fingerprints:
            literal = required_literal(pattern.removeprefix("\\b"))
            assert literal, f"{platform.name}: {pattern} has no literal to look for first"


@pytest.mark.parametrize(("page", "name"), [
    (b'<html><head><link rel="canonical" href="https://ieeexplore.ieee.org/document/1"></head><body>x</body></html>',
     "ieee"),
    (b'<html><body><div class="pkp_structure_page">x</div></body></html>', "ojs"),
    (b'<html><body><div class="mag-header">x</div><a href="/CN/Y2021/V76/I9/2157">x</a></body></html>', "magtech"),
    (b'<html><body><div class="image-box">x</div></body></html>', "generic"),
    ("题名\n引用本文: 张三. 题名[J]. 刊, 2020, 1(1): 1-2.\nCitation: Zhang S. Title[J]. J, 2020, 1(1): 1-2.\n"
     .encode(), "rhhz"),
])
def test_detect(page: bytes, name: str) -> None:
    assert journalmeta.parse(page).platform == name

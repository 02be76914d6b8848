"""Bad input never crashes it, never hangs it: property-based tests and adversarial pages.

Properties, for any bytes: ``parse`` returns a Record or raises a JournalmetaError; the record's JSON
round-trips; every DOI is a valid bare DOI; every language key is an ISO 639-1 code; no field keeps a label.
The adversarial pages are built at test time. Each runs under a generous alarm that only catches a hang
(speed is measured in benchmarks/, not here).
"""

from __future__ import annotations

import json
import re
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import journalmeta
from journalmeta.normalize import clean_doi
from tests.conftest import FIXTURES

PAGES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".html", ".txt"))
LEFTOVER_LABEL = re.compile(r"^\s*(?:摘\s*要|关键词|關鍵詞|Abstract|Key\s*words|Keywords|引用本文|Citation)\s*[:：]",
                            re.IGNORECASE)
HANG_GUARD_S = 60
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@contextmanager
def hang_guard(seconds: int = HANG_GUARD_S) -> Iterator[None]:
    def fire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"no outcome within {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _language_maps(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from (record["title"], record["abstract"], record["keywords"], record["citation"], record["journal"]["title"])
    yield from (a["name"] for a in record["authors"])


def outcome(data: bytes | str) -> journalmeta.Record | None:
    """Parse and check every property; None when the input was refused with a JournalmetaError."""
    with hang_guard():
        try:
            record = journalmeta.parse(data)
        except journalmeta.JournalmetaError:
            return None
    as_dict = record.to_dict()
    again = json.loads(json.dumps(as_dict, ensure_ascii=False))
    assert journalmeta.Record.from_dict(again).to_dict() == as_dict
    if record.doi is not None:
        assert clean_doi(record.doi) == record.doi
    for values in _language_maps(as_dict):
        assert all(re.fullmatch(r"[a-z]{2}", key) for key in values), values.keys()
    for field in ("title", "abstract"):
        for value in as_dict[field].values():
            assert not LEFTOVER_LABEL.match(value), value[:40]
    for words in as_dict["keywords"].values():
        assert all(not LEFTOVER_LABEL.match(w) for w in words)
    return record


@SETTINGS
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    outcome(data)


@SETTINGS
@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    outcome(text)


def _truncate(data: bytes, at: int, _: int) -> bytes:
    return data[: at % (len(data) + 1)]


def _flip(data: bytes, at: int, value: int) -> bytes:
    if not data:
        return data
    i = at % len(data)
    return data[:i] + bytes([value % 256]) + data[i + 1:]


def _drop_tag(data: bytes, at: int, _: int) -> bytes:
    tags = list(re.finditer(rb"<[^<>]{1,200}>", data))
    if not tags:
        return data
    m = tags[at % len(tags)]
    return data[: m.start()] + data[m.end():]


def _duplicate_tag(data: bytes, at: int, times: int) -> bytes:
    tags = list(re.finditer(rb"<[^<>]{1,200}>", data))
    if not tags:
        return data
    m = tags[at % len(tags)]
    return data[: m.end()] + m.group(0) * (times % 50) + data[m.end():]


def _swap_encoding(data: bytes, at: int, _: int) -> bytes:
    encodings = ("gb18030", "big5", "utf-16", "cp1251", "latin-1", "shift_jis")
    return data.decode("utf-8", "replace").encode(encodings[at % len(encodings)], "replace")


Mutation = Callable[[bytes, int, int], bytes]
MUTATIONS: list[Mutation] = [_truncate, _flip, _drop_tag, _duplicate_tag, _swap_encoding]


@SETTINGS
@given(st.sampled_from(PAGES), st.lists(st.tuples(st.sampled_from(MUTATIONS), st.integers(0, 10**7),
                                                  st.integers(0, 255)), min_size=1, max_size=4))
def test_mutated_fixture_pages(page: Path, mutations: list[tuple[Mutation, int, int]]) -> None:
    data = page.read_bytes()
    for mutate, at, value in mutations:
        data = mutate(data, at, value)
    outcome(data)


TAGS = st.sampled_from(["div", "p", "span", "td", "li", "h1", "meta", "script", "table", "a", "b", "sup"])
ATTRS = st.dictionaries(st.sampled_from(["class", "id", "lang", "xml:lang", "name", "content", "href"]),
                        st.text(max_size=20), max_size=3)
TEXTS = st.one_of(st.text(max_size=40), st.sampled_from(["摘要:", "Abstract:", "关键词:", "引用本文:", "DOI: 10.1000/x",
                                                         "10.1234/abc", "[J]. 刊名, 2020, 1(2): 3-4.", "Key words:"]))


def _html(children: Any) -> st.SearchStrategy[str]:
    def render(parts: tuple[str, dict[str, str], list[str]]) -> str:
        tag, attrs, inner = parts
        attributes = "".join(f' {k}="{v.replace(chr(34), "")}"' for k, v in attrs.items())
        return f"<{tag}{attributes}>{''.join(inner)}</{tag}>"

    return st.tuples(TAGS, ATTRS, st.lists(children, max_size=4)).map(render)


@SETTINGS
@given(st.recursive(TEXTS, _html, max_leaves=40))
def test_generated_html(body: str) -> None:
    outcome(f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>")


# Adversarial pages, each with the outcome it must have.

def test_deeply_nested_document() -> None:
    record = outcome(b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>")
    assert record is not None and "no bibliographic metadata found" in record.warnings


def test_a_million_meta_tags_is_refused_by_the_size_cap_or_bounded() -> None:
    page = b"<html><head>" + b'<meta name="citation_title" content="x">' * 1_000_000 + b"</head></html>"
    with pytest.raises(journalmeta.InputTooLarge):
        journalmeta.parse(page)
    with hang_guard():
        record = journalmeta.parse(page, max_bytes=len(page))
    assert record.title == {"en": "x"}


def test_thirty_megabyte_page() -> None:
    page = b"<html><body>" + b"<p>lorem ipsum dolor sit amet</p>" * 1_000_000 + b"</body></html>"
    with pytest.raises(journalmeta.InputTooLarge):
        journalmeta.parse(page)
    with hang_guard():
        assert journalmeta.parse(page, max_bytes=len(page)).warnings == ["no bibliographic metadata found"]


def test_nul_bytes_are_not_a_page() -> None:
    with pytest.raises(journalmeta.NotAPage):
        journalmeta.parse(b"\0" * 100_000)


def test_gbk_page_declaring_utf8() -> None:
    html = ('<html><head><meta charset="utf-8"></head><body><h1>黄河流域生态保护研究进展</h1>'
            "<p>摘要: 黄河流域是我国重要的生态屏障和经济地带, 本文分析了其保护现状与对策。</p></body></html>")
    record = outcome(html.encode("gbk"))
    assert record is not None and record.abstract["zh"].startswith("黄河流域是我国重要的生态屏障")


def test_gbk_page_declaring_utf8_almost_all_ascii() -> None:
    """A few Han characters in much English markup: the detector's tie between GB18030 and Thai cp874 goes to
    the more common encoding."""
    from journalmeta.readers.decode import decode_as

    body = "<p>The committee reviewed the budget of the parliament and the procedures it follows.</p>" * 20
    html = f'<html><head><meta charset="utf-8"></head><body><h1>黄河流域生态保护</h1>{body}</body></html>'
    text, encoding = decode_as(html.encode("gbk"))
    assert encoding == "gb18030" and "黄河流域生态保护" in text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_pages(encoding: str) -> None:
    html = "<html><body><h1>Soil carbon dynamics under tillage</h1><p>DOI: 10.1111/ejss.12753</p></body></html>"
    record = outcome(html.encode(encoding))
    assert record is not None and record.doi == "10.1111/ejss.12753"


def test_html_page_inside_a_text_file() -> None:
    text = "Saved page follows:\n" + (FIXTURES / "rhhz" / "article-doi.html").read_text(encoding="utf-8")
    record = outcome(text.encode("utf-8"))
    assert record is not None and record.doi == "10.12025/j.issn.1008-6358.2021.20210312"


def test_a_text_rendering_under_lines_of_raw_tags_is_text() -> None:
    # a re-hosting site's anti-scraping tags, copied as text over the article: no HTML page (its <noframes> would
    # have swallowed the article as raw text), while a page whose tags run on through it stays HTML
    from journalmeta.readers.sniff import looks_like_html

    junk = ('<span id="q1"><noframes id="q1"><span id="q1"></span>\n<th id="q1"></th>\n'
            '<span id="q1"><video id="q1"></video></span>\n<strike id="q1"><noframes id="q1"><span id="q1"></span>\n')
    article = ("城市绿地降温效应的尺度研究\n张三, 李四\n引用本文: 张三, 李四. 城市绿地降温效应的尺度研究[J]. 地理学报, "
               "2021, 76(3): 1-12. doi: 10.11821/dlxb202103001\n" + "正文段落。" * 200 + "\n")
    assert not looks_like_html(junk + article)
    assert looks_like_html(junk + article + "<p>the page's tags go on</p>")
    record = journalmeta.parse((junk + article).encode())
    assert record.doi == "10.11821/dlxb202103001" and record.title == {"zh": "城市绿地降温效应的尺度研究"}


# Patterns that a careless regex would backtrack on for minutes.
CRAFTED = [
    "a, " * 30_000 + "[J]",
    "王" * 50_000,
    "10." + "1" * 9 + "/" + "x." * 20_000,
    "摘要:" + "目的 " * 20_000,
    "(" * 20_000 + "2020, 1(2): 3-4",
    "Vol. 1 " * 10_000 + "Issue (",
    "A. " * 20_000 + "Title[J]. Journal, 2020, 1(2): 3-4.",
    "ZHANG " * 20_000,
    "2020年" * 10_000,
    "\n".join(["关键词:" + ";" * 5000] * 10),
    # markdown (a bold run makes the page markdown): unclosed links and images, autolinks, emphasis, tables
    "**a**\n" + "[" * 100_000 + "](x)",
    "**a**\n" + "![a](" * 20_000,
    "**a**\n" + "](x" * 30_000,
    "**a**\n" + "<http://" * 10_000 + "\n" + "<a@" * 10_000,
    "**a**\n" + "*a" * 50_000 + "\n" + "_a_" * 30_000,
    "**a**\n|---|\n" + "|" * 100_000 + "\n" + "a  " * 30_000,
    # MIME headers that begin like an MHTML file
    "Content-Type: multipart/related;" + " " * 16_000,
    "A: b\r\n" * 3_000 + "Content-Type: multipart/related; boundary=x\r\n\r\n",
    "MIME-Version: 1.0\nContent-Type: multipart/related;\n\t" + "x" * 16_000,
]


@pytest.mark.parametrize("text", CRAFTED, ids=[c[:12] for c in CRAFTED])
def test_crafted_strings_finish(text: str) -> None:
    outcome(text)
    with hang_guard():
        journalmeta.parse_citation(text[:200_000])


@pytest.mark.parametrize("crasher", sorted((Path(__file__).parent.parent / "fuzz" / "crashers").glob("*[!p]")),
                         ids=lambda p: p.name)
def test_fuzz_crashers_stay_fixed(crasher: Path) -> None:
    outcome(crasher.read_bytes())


_SIMPLIFIED = ("题名：城市绿地景观格局对热岛效应的影响\n摘要：以北京市为例，利用遥感影像分析了城市绿地景观格局"
               "与地表温度的关系。结果表明，绿地面积比例与地表温度呈显著负相关。")
_TRADITIONAL = ("題名：城市綠地景觀格局對熱島效應的影響\n摘要：以北京市為例，利用遙感影像分析了城市綠地景觀格局"
                "與地表溫度的關係。結果表明，綠地面積比例與地表溫度呈顯著負相關。")


@pytest.mark.parametrize(("text", "encoding", "content_type"), [
    (_SIMPLIFIED, "utf-8", "text/plain"), (_SIMPLIFIED, "gbk", "text/plain"),
    (_TRADITIONAL, "big5", "text/plain; charset=big5"),
])
def test_a_page_cut_inside_its_last_character(text: str, encoding: str, content_type: str) -> None:
    data = text.encode(encoding)[:-1]  # a crawler's byte limit falls inside the last character
    record = journalmeta.parse(data, content_type=content_type)
    assert record.title["zh"] == text.split("\n")[0][3:]
    assert record.abstract["zh"] == text.split("：")[-1][:-1]  # all but the cut character


def test_a_stray_byte_in_a_utf8_page() -> None:
    from journalmeta.readers.decode import decode_as

    html = "<html><body><h1>黄河流域生态保护研究进展</h1><p>摘要: 黄河流域是我国重要的生态屏障。</p></body></html>"
    data = html.encode("utf-8")
    text, encoding = decode_as(data[:12] + b"\xff" + data[12:])  # between two tags
    assert encoding == "utf-8+repaired" and "黄河流域生态保护研究进展" in text and text.count("\ufffd") == 1


def test_curly_quotes_of_a_cp1252_page_are_no_stray_bytes() -> None:
    from journalmeta.readers.decode import decode_as

    html = "<html><body><p>Analysis of Hitchcock’s Rope (1948) and women’s relationship to the world.</p></body></html>"
    text, _ = decode_as(html.encode("cp1252"))
    assert "Hitchcock’s" in text and "\ufffd" not in text


_ENGLISH_BODY = ("<p>The committee reviewed the budget of the parliament and the procedures it follows when the "
                 "government asks for approval of a military deployment abroad.</p>" * 6)


@pytest.mark.parametrize(("words", "encoding"), [
    ("TBMM'nin Askeri Güç Kullanması ve Kabulüne İlişkin Tezkereyi Görüşme Yöntemi", "cp1254"),  # Turkish
    ("К теории тождественных частиц", "cp1251"),  # a few Russian words on an English page
    ("Café society in Besançon and the élite of Zürich", "cp1252"),
])
def test_a_page_declaring_no_encoding(words: str, encoding: str) -> None:
    """Saved without its HTTP header: the detector's tie among single-byte code pages goes to the one whose
    letters read as a language's, not to the first it lists."""
    from journalmeta.readers.decode import decode_as

    html = f'<html lang="en"><head><title>Article</title></head><body><h1>{words}</h1>{_ENGLISH_BODY}</body></html>'
    text, _ = decode_as(html.encode(encoding))
    assert words in text

"""Text renderings whose title stands beside no byline (aggregators and repost sites): the title-like line over the
site's own source line ('来源：现代商贸工业 | 被引量：0次', '所属分类：经济论文 阅读次 时间：…'), or the line the page
prints twice near its top (fx361 repeats the title over the article). Asked only when nothing else gave a title."""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.label_lines import Labelled
from journalmeta.extractors.positional import title_like

_SCAN = 15
# what an aggregator prints under the title: where the article comes from, its category, when it was posted
_SOURCE_LINE = _regex.compile(r"^(?:来\s*源|所属分类|分\s*类|发布时间|时\s*间|作\s*者|出\s*处|期刊名称)\s*[:：]")


def extract(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    if page.is_html:
        return
    first_abstract = min((i for i, x in labels.items() if x.kind == "abstract"), default=_SCAN)
    blocks = page.blocks[:min(first_abstract, _SCAN)]
    texts = [b.text for b in blocks]
    for block in blocks:
        lang = title_like(block, labels)
        if not lang:
            continue
        after = page.blocks[block.index + 1].text if block.index + 1 < len(page.blocks) else ""
        if _SOURCE_LINE.match(after) or texts.count(block.text) >= 2:
            yield Candidate.of("title", block.text, "position:lone-title", lang, bonus=-1.0)
            return

"""Text renderings (copy-all, crawler text) → blocks: one block per non-empty line."""

from __future__ import annotations

from journalmeta import _regex
from journalmeta.document.model import Block, Page

BULLETS = "•·▪◦●○■□►▶"
# a list bullet at a line's start: one of those, or a dash before a space ('- 胡云锋', not '-5 °C')
BULLET = _regex.compile(rf"^[\s\u3000]*(?:[{BULLETS}\-–]\s+|[{BULLETS}])?")
MAX_LINES = 20_000
MAX_LINE = 20_000


AFTER_GAP = "after-gap"  # the class of a line that follows a blank line (a text rendering has no other)


def page_from_text(text: str, url: str | None = None) -> Page:
    blocks: list[Block] = []
    gap = False
    for raw in text.splitlines():
        line = BULLET.sub("", raw[:MAX_LINE], count=1).strip().replace("\u00a0", " ").replace("\u3000", " ")
        if line and blocks and blocks[-1].text.endswith(("(", "（")) and line.startswith((")", "）")):
            blocks[-1] = blocks[-1]._replace(text=blocks[-1].text + line)
        elif line:
            blocks.append(Block(text=line, index=len(blocks), cls=AFTER_GAP if gap and blocks else ""))
            if len(blocks) >= MAX_LINES:
                break
        gap = not line
    return Page(blocks=blocks, is_html=False, url=url)

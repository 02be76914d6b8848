"""Author lines beside a title: a line of names, and in HTML the run of list items, cards or cells holding them
(Nature's list items, PMC's and PLOS's cards, USENIX's groups of names with their affiliation)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeGuard

from journalmeta import _regex
from journalmeta.document.model import Block, Page
from journalmeta.document.text import AFTER_GAP
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.japanese import one_name
from journalmeta.extractors.label_lines import Labelled
from journalmeta.extractors.labelled import keyword_value_blocks
from journalmeta.extractors.names import author_line, is_name, names_an_institution
from journalmeta.institutions import INSTITUTION, INSTITUTION_ADJECTIVES, INSTITUTION_FIRST, name_then_institution
from journalmeta.lang import same_script, script_language
from journalmeta.normalize import ORCID_ID

__all__ = ["author_lines", "by_script", "labels_value", "names_lang", "under_author_labels"]

_AFFILIATED = _regex.compile(r"([^,]{3,60}),\s*.{0,80}?\b(?:Universit(?:y|é|ä|à|at)|Institute?|College|"
                             r"Laborator(?:y|ies)|Cent(?:re|er)|School|Academy|Department|Museum|Library|"
                             r"Planetarium|Hospital)\b")
_CONTACT = _regex.compile(r"@|\[at\]|\(at\)")
_CONTACT_LINE = 80  # characters of an e-mail line between two names, at most

# the kinds whose value is the line under the label when the label stands alone
_VALUE_BELOW = frozenset(("keywords", "abstract", "title", "source", "neighbour", "published"))


def labels_value(block: Block, labels: dict[int, Labelled]) -> bool:
    """Whether the block holds the value of a label standing alone on the line above (`关键词` / `特征融合`); an
    empty label of another kind (`基金资助:`) leaves the next line to itself."""
    above = labels.get(block.index - 1)
    return above is not None and not above.content and above.kind in _VALUE_BELOW and _alone(above)


def _alone(item: Labelled) -> bool:
    """Whether the label's line holds the label and signs only ('【关键词】', 'Key words:'), not more words the label
    pattern let go ('上一篇 下一篇', a row of buttons)."""
    text = item.block.text
    if len(text) <= len(item.label) + 1:  # the label and its colon (the common case: no pattern run)
        return True
    return _NOT_WORD.sub("", text).lower() == _NOT_WORD.sub("", item.label).lower()


_NOT_WORD = _regex.compile(r"[\W_]+")


_AFTER_BYLINE = frozenset(("abstract", "keywords", "body"))
_AFTER_TEXT_BYLINE = frozenset(("abstract", "body"))  # (a copied page may print its keywords over the byline)


def author_lines(page: Page, start: int, stop: int, labels: dict[int, Labelled]) -> list[list[str]]:
    """Author lines among the blocks from ``start`` to ``stop``. In HTML, a line is the whole run of sibling
    blocks of one tag and class that each hold names (an author list printed one name to a list item)."""
    found = []
    blocks, index = page.blocks, max(start, 0)
    while index < min(max(stop, 0), len(blocks)):
        block = blocks[index]
        index += 1
        after_byline = _AFTER_BYLINE if page.is_html else _AFTER_TEXT_BYLINE
        if block.index in labels and labels[block.index].kind in after_byline:
            break  # a byline comes before the abstract: a name under it is another section's (a keyword)
        if labels_value(block, labels) or (not page.is_html and block.index in keyword_value_blocks(page, labels)):
            continue
        names = _labelled_names(page, labels[block.index]) if block.index in labels else _names_in(page, block)
        if not names:
            continue
        while page.is_html and index < len(blocks) and index not in labels:
            if _between_names(blocks, index, block):
                index += 1
                continue
            if not _same_kind(blocks[index], block):
                following = _after_popup(blocks, index, block, labels)
                if following is None:
                    break
                index = following
            more = _names_in(page, blocks[index])
            if not more or not same_script(names_lang(more), names_lang(names)):
                break  # the next line holds no names, or the names in another script (their translation)
            names, index = names + more, index + 1
        if not page.is_html:  # (one name a line: a column of names; more: a byline wrapped after a comma)
            names, index = (_name_column if _one_name(names) else _wrapped)(page, index, names, labels)
        found += by_script(list(dict.fromkeys(names)))  # a name twice (the corresponding author again) is one
    return found


_WRAPS_AFTER = (",", "，", "、", ";", "；")


def _wrapped(page: Page, index: int, names: list[str], labels: dict[int, Labelled]) -> tuple[list[str], int]:
    """A text rendering's byline wrapped after a separator ('…, HU Min,' / 'CHEN Guibin, LIU Aimei'): the names of
    the lines it goes on to in the same script, and the index past them."""
    line = page.blocks[index - 1].text
    while line.endswith(_WRAPS_AFTER) and index < len(page.blocks) and index not in labels:
        more = _names_in(page, page.blocks[index])
        if not more or not same_script(names_lang(more), names_lang(names)):
            break
        names, line, index = names + more, page.blocks[index].text, index + 1
    return names, index


def under_author_labels(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """The names under an authors label standing alone as a heading ('Authors' / 'نویسندگان [English]' over a list
    of names, one a list item): the author line that starts right under it."""
    for item in labels.values():
        if item.kind == "authors" and not item.content:
            found = author_lines(page, item.block.index + 1, item.block.index + 2, labels) \
                or _inverted_column(page, item.block.index + 1, labels)
            for names in found:
                yield Candidate.of("authors", names, f"label:{item.label}", names_lang(names))


# a name its surname first, a comma, then the given names ('Okafor, Chinedu', 'Müller, Hannah Marie')
_INVERTED_NAME = _regex.compile(r"([^\W\d_][\w'’\-]+(?:\s+[^\W\d_][\w'’\-]+)?),\s+"
                                r"([^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,2})")


def _inverted_column(page: Page, start: int, labels: dict[int, Labelled]) -> list[list[str]]:
    """A repository's names under its authors label, one a line, each turned round ('Okafor, Chinedu' / 'Müller,
    Hannah'): in reading order, as a byline prints them."""
    names = []
    for block in page.blocks[start:start + _COLUMN]:
        m = _INVERTED_NAME.fullmatch(block.text) if block.index not in labels else None
        name = f"{m.group(2)} {m.group(1)}" if m else ""
        if not m or not is_name(name):
            break
        names.append(name)
    return [names] if names else []


def by_script(names: list[str]) -> list[list[str]]:
    """One line printing the names in both scripts ('刘洋1, 陈静2 LIU Yang1, CHEN Jing2'): the Han names, then their
    translation, as two author lines of as many names each; or each name followed by its translation ('张 伟1ZHANG
    Wei1 刘晓燕1LIU Xiao-yan1')."""
    if names[0].isascii() or not names[-1].isascii():
        return [names]  # (a look at two names first: most lines are in one script)
    han = [bool(script_language(n)) for n in names]
    if not han[0] or all(han):
        return [names]
    if han == [True, False] * (len(names) // 2):
        return [names[::2], names[1::2]]
    cut = han.index(False)
    if any(han[cut:]) or cut * 2 != len(names):
        return [names]
    return [names[:cut], names[cut:]]


_COLUMN = 30  # names of a byline a crawler's text prints one a line


def _one_name(names: list[str]) -> bool:
    """One person's name, or one name in each of two scripts ('이혜영' 'Hye-Young Lee': '이 혜 영(Hye-Young Lee)*')."""
    return len(names) == 1 or (len(names) == 2 and names_lang(names[:1]) != names_lang(names[1:]))


def _name_column(page: Page, index: int, names: list[str], labels: dict[int, Labelled]) -> tuple[list[str], int]:
    """A text rendering's byline one name a line ('刘洋1' '陈静2' '赵磊1': a crawler's text of linked names): the
    lines after a lone name that each hold one name in its script (or one in each of two), up to the first that
    does not; a name's ORCID link under it is passed over, and the gap after one (SciELO: 'Lidia Ruiz-Ortiz1' /
    'http://orcid.org/…' / '')."""
    blocks, rows = page.blocks, [names]
    orcid = False  # (once a name's ORCID line is seen the column is one of names apart by gaps)
    listed = blocks[index - 1].text.rstrip().endswith(_GOES_ON)  # the name's comma: the list goes on
    while index < len(blocks) and index not in labels and len(rows) < _COLUMN \
            and (blocks[index].cls != AFTER_GAP or orcid):
        if _ORCID_LINE.match(blocks[index].text):
            orcid, index = True, index + 1
            continue
        if _avatar(blocks, index) or (_CONTACT.search(blocks[index].text) and len(blocks[index].text) < _CONTACT_LINE):
            index += 1  # a name's avatar initials, or its e-mail line (D-Lib's 'victoria [at] zooniverse.org')
            continue
        more = _names_in(page, blocks[index]) if not _affiliation_under_name(page, index) else None
        if not _same_row(more, names):
            card = _after_card(page, index, names, labels, listed) or _after_affiliation(page, index, names)
            if card is None:
                break
            index, more = card
        rows, index = [*rows, more], index + 1
        listed = blocks[index - 1].text.rstrip().endswith(_GOES_ON)
    return [row[i] for i in range(len(names)) for row in rows], index  # (two scripts: each one's names together)


_ORCID_LINE = _regex.compile(rf"(?:https?://orcid\.org/)?{ORCID_ID}$")
_AFFILIATION_LINES = 2  # an author's affiliation lines under the name (a department, then a university)


def _after_affiliation(page: Page, index: int, names: list[str]) -> tuple[int, list[str]] | None:
    """The next name of a column that prints each name over its affiliation ('Jane Doe' / 'Department of Ecology,
    University of Oxford, Oxford, UK' / 'John Roe' / …; '张伟' / '兰州大学生命科学学院,甘肃 兰州 730000' / '李娜'), an
    e-mail line under the affiliation passed over (D-Lib's 'Xiaorong Xiang' / 'University of Notre Dame' /
    '<xxiang1@nd.edu>' / 'Eric Lease Morgan')."""
    mailed = False
    for ahead in range(index, min(index + _AFFILIATION_LINES + 1, len(page.blocks))):
        text = page.blocks[ahead].text
        if ahead > index and _CONTACT.search(text) and len(text) < _CONTACT_LINE:
            mailed = True  # (the affiliation's e-mail line)
        elif ahead == index + _AFFILIATION_LINES or not (names_an_institution(text) or _COUNTRY_END.search(text)) \
                or (_names_in(page, page.blocks[ahead]) and not _affiliation_under_name(page, ahead)):
            return None
        following = page.blocks[ahead + 1] if ahead + 1 < len(page.blocks) else None
        more = _names_in(page, following) if following is not None else None
        if _same_row(more, names) and (not mailed or _card_under(page, ahead + 2)):
            return ahead + 1, more
    return None


def _affiliation_under_name(page: Page, index: int) -> bool:
    """In a text rendering, a line naming an institution under a bare name, with no byline's names of its own: the
    name's affiliation, though it may open with words read as one ('Primary Care, Imperial College, London, UK')."""
    text = page.blocks[index].text
    return not page.is_html and names_an_institution(text) and not author_line(text.rstrip(". ")) \
        and author_line(page.blocks[index - 1].text.rstrip(". ")) is not None


# an address line ending in its country ('Harbourside Family Practice, North Somerset PCT, Bristol, UK'), the list's
# 'and' after it ('Boston, Massachusetts, USA, and')
_COUNTRY_END = _regex.compile(r",\s*(?:UK|USA|U\.S\.A\.|United Kingdom|United States(?: of America)?|Canada|Mexico|"
                              r"(?:P\.\s?R\.\s)?China|Japan|(?:Republic of )?Korea|India|Pakistan|Iran|Israel|Egypt|"
                              r"Singapore|Malaysia|Thailand|Indonesia|Vietnam|Viet Nam|Australia|New Zealand|Nigeria|"
                              r"South Africa|Brazil|Chile|Argentina|Colombia|Germany|France|Italy|Spain|Portugal|"
                              r"(?:the )?Netherlands|Belgium|Austria|Switzerland|Sweden|Norway|Denmark|Finland|"
                              r"Ireland|Poland|Greece|Russia|Turkey|Türkiye)(?:,?\s+and)?\.?$")


def _card_under(page: Page, index: int) -> bool:
    """An affiliation or e-mail line at ``index``: the next name's own card (not a picture's caption after the last
    card, D-Lib's 'Red Line')."""
    text = page.blocks[index].text if index < len(page.blocks) else ""
    return names_an_institution(text) or bool(_CONTACT.search(text))


def _same_row(more: list[str] | None, names: list[str]) -> TypeGuard[list[str]]:
    """Another row of a column of names: as many names, in the same script ('Олександр Петренко' over 'Ірина
    Коваленко', whose letter і alone tells Ukrainian)."""
    return more is not None and len(more) == len(names) > 0 and same_script(names_lang(more), names_lang(names))


def _avatar(blocks: list[Block], index: int) -> bool:
    """A name's avatar, its initials over it ('LB' / 'Lukas Brandt': Frontiers as a crawler's text)."""
    text = blocks[index].text
    if not (2 <= len(text) <= 3 and text.isupper() and text.isalpha()) or index + 1 >= len(blocks):
        return False
    return "".join(word[0] for word in blocks[index + 1].text.split() if word[0].isupper()) == text


_GOES_ON = (",", "&")  # the end of a name a list's next name follows ('Joydeep Mukherjee2 &' / '…' / 'Mohini Sain1')
_CARD = 6  # the lines of an author's card in a crawler's text (roles, e-mail, affiliation, ORCID, a close button)


def _after_card(page: Page, index: int, names: list[str], labels: dict[int, Labelled],
                listed: bool) -> tuple[int, list[str]] | None:
    """The next name of a list whose names each show a card under them, the list going on by a comma after a name
    ('Yang Li ,' / 'Roles Methodology' / 'Affiliation …' / '⨯' / 'Tuanjie Wang ,': PLOS as a crawler's text) or
    before the next one (PMC's 'Dennis A Benson' / its card / 'Find articles by Dennis A Benson' / '1, Mark
    Cavanaugh')."""
    for ahead in range(index + 1, min(index + _CARD, len(page.blocks))):
        if ahead in labels:
            return None
        more = _names_in(page, page.blocks[ahead])
        if _same_row(more, names):
            return (ahead, more) if listed or _GOING_ON.match(page.blocks[ahead].text) else None
    return None


_GOING_ON = _regex.compile(r"[\d,*†‡\s]*[,&]\s*(?=\w)")  # the marks of the name before, and a separator


_POPUP = 5  # the blocks of an author's pop-up card (name, affiliation, 'Find articles by …') between two names


def _after_popup(blocks: list[Block], index: int, first: Block, labels: dict[int, Labelled]) -> int | None:
    """The next item of an author list that shows a card after each name (PMC, PLOS), within a card's length."""
    for ahead in range(index, min(index + _POPUP, len(blocks))):
        if ahead in labels:
            return None
        if _same_kind(blocks[ahead], first):
            return ahead
    return None


_ELLIPSES = ("…", "...", "⋯")


def _between_names(blocks: list[Block], index: int, first: Block) -> bool:
    """An e-mail line between two authors, or the '…' of a list that hides its middle (Nature's list items show
    the first and the last authors) with the list going on after it."""
    text = blocks[index].text
    if _same_kind(blocks[index], first) and _CONTACT.search(text) and len(text) < _CONTACT_LINE:
        return True
    return text.strip() in _ELLIPSES and index + 1 < len(blocks) and _same_kind(blocks[index + 1], first)


def _names_in(page: Page, block: Block) -> list[str] | None:
    """The names of an author line, or the one name of 'Name ; Affiliation'; in HTML also the one name of 'Name,
    Affiliation' (D-Lib's bylines) and the names of groups each followed by their affiliation (USENIX's)."""
    names = author_line(block.text.rstrip(". "))
    if names:
        names = one_name(names, block.text, page)
    if not names and " ; " in block.text:  # Hrčak's 'Ivana Horvat ; Fakultet …, Sveučilište u Zagrebu'
        head, _, rest = block.text.partition(" ; ")
        names = [head.strip()] if is_name(head.strip()) and INSTITUTION.search(rest) else None
    # (HTML's spans glued: 'Ana Paula FerreiraUniversidade de …'; a text page's lines were parted already)
    glued = name_then_institution(block.text) if not names and page.is_html else None
    if glued and is_name(glued[0]):
        return [glued[0]]
    if names:
        return names
    grouped = _names_by_affiliation(block.text) or (_names_before_institutions(block.text, page.is_html)
                                                    if page.is_html or INSTITUTION_FIRST.search(block.text) else None)
    if grouped:
        return grouped
    m = _AFFILIATED.match(block.text)  # 'Victoria Van Hyning, University of Oxford, Zooniverse'
    return [m.group(1)] if m and is_name(m.group(1)) else None


def _names_before_institutions(text: str, is_html: bool = True) -> list[str] | None:
    """'Jean-Paul Malrieu Laboratoire de Chimie …, France & Celestino Angeli Università di Ferrara, …' (Taylor &
    Francis): each name followed by where it works with no sign between, the entries apart by '&' (or one entry
    a block, the next opening with a comma or '&'). In a text rendering, whose lines carry no markup to tell a name
    from an affiliation, only before a word that opens an institution's name ('Department of …', 'Division of …':
    not 'Ankara Üniversitesi', whose place would pass for a name)."""
    institution = INSTITUTION if is_html else INSTITUTION_FIRST
    if len(text) > 1000 or not institution.search(text):
        return None
    names = []
    for part in _ENTRY_SEPARATOR.split(text.lstrip(",& ")):
        m = institution.search(part)
        head = part[:m.start()].strip() if m else ""  # the name right before the institution, no comma between
        if not is_html:
            head = _text_head(head)
        if 0 < len(head) <= _NAME_HEAD and 2 <= len(head.split()) <= 4 and is_name(head) and head[-1] != "," \
                and not head.startswith(_ARTICLES):  # ('The Rudolf Peierls Centre for …': an institution's own)
            names.append(head)
        elif not names:
            return None  # (a later part without a name goes on the institution: "… Food Engineering & Technology")
    return names


def _text_head(head: str) -> str:
    """The name before an institution on a text page: after the comma that glued its entry to the line before ('View
    further author information, Lukas Brenner Department of …'), without the adjective that opens the
    institution's name ('Tomás Ribeiro Lima Federal University of Ceará')."""
    words = head.rpartition(", ")[2].split()
    return " ".join(words[:-1] if words and words[-1] in INSTITUTION_ADJECTIVES else words)


_ARTICLES = ("The ", "A ", "An ")
_ENTRY_SEPARATOR = _regex.compile(r"\s+&\s+(?=[A-Z])")
_NAME_HEAD = 40


def _names_by_affiliation(text: str) -> list[str] | None:
    """'Alexander Bulekov, Boston University; Bandan Das and Stefan Hajnoczi, Red Hat': groups of names, each
    followed by a comma and where they work, the groups apart by semicolons."""
    parts = text.split(";")
    if len(parts) < 2 or len(text) > 600 or not INSTITUTION.search(text):
        return None
    names: list[str] = []
    for part in parts:
        head, comma, _ = part.partition(",")
        found = author_line(head.strip()) if comma else None
        if not found:
            return None
        names += found
    return names


def _labelled_names(page: Page, item: Labelled) -> list[str] | None:
    """The names of a labelled author line ('【作者】 陈华; 周文'): a title sits above it as above a bare one."""
    names = author_line(item.content.rstrip(". ")) if item.kind == "authors" else None
    return one_name(names, item.content, page) if names else None


def _same_kind(block: Block, other: Block) -> bool:
    """Two list items of one author list: one tag, and one first class (Nature marks the names a small screen
    hides with a second class)."""
    return block.tag == other.tag and block.tag in ("li", "div", "span", "p", "a") and (
        block.cls == other.cls or block.cls.split(" ", 1)[0] == other.cls.split(" ", 1)[0])


def names_lang(names: list[str]) -> str:
    return script_language(" ".join(names)) or "latin"

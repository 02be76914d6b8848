"""Split a keyword field into terms, grouped by language."""

from __future__ import annotations

from collections.abc import Callable, Container

from journalmeta import _regex
from journalmeta.document.model import Block, Page
from journalmeta.document.text import AFTER_GAP
from journalmeta.extractors.names import AND_WORDS, is_menu_line
from journalmeta.headings import heads_a_list
from journalmeta.lang import CYRILLIC, LATIN, has_han, script_language
from journalmeta.normalize import clean_text

SEMICOLONS = _regex.compile(r"\s*[;；؛]\s*")  # a list separator no term holds (meta_tags splits people by it)
_SPACES = _regex.compile(r"\s{2,}|\t")
# "a / b / c" (CyberLeninka), "a | b", "a · b", "[a][b]", "冬小麦/氮素"; "input/output" and "马克思·韦伯" are one
# term each
_WEAK = _regex.compile(r"\s*[,，、|｜،]\s*|\s+[/·•]\s+|\s*[\]】]\s*[\[【]\s*|(?<=[\u4e00-\u9fff])/(?=[\u4e00-\u9fff])")
_STOPS = _regex.compile(r"(?<=[^\s.]{3})\.\s+(?=[A-ZÀ-Ý])")  # SciELO's "Hypertension. Risk Factors. Adult."
# a Han term glued to a run of several Latin words: "综述文献Total Hip Arthroplasty"
_SCRIPT_SEAM = _regex.compile(r"(?<=[\u4e00-\u9fff])(?=[A-Z][A-Za-z\-]*(?:\s+[A-Za-z\-]+){1,})")


# classification codes (MSC, PACS, JEL), placeholders, and stray function words are not keywords
_NOT_A_TERM = _regex.compile(r"^(?:\d{2}[A-Z][0-9xX]{2}|\d{2}\.\d{2}\.[\w+\-]{1,3}|[A-Z]\d{1,2}|[\W_]+|[a-z]{1,2}"
                         r"|and|or|not)$")


def terms_of(text: str) -> list[str]:
    """A keyword field's terms, in the order printed (by semicolons, commas, wide gaps, stops…)."""
    segments = _SCRIPT_SEAM.split(text)
    if len(segments) > 1:
        return [t for segment in segments for t in terms_of(segment)]
    if SEMICOLONS.search(text):
        parts = SEMICOLONS.split(text)
        if any(len(part) > 60 and len(_WEAK.findall(part)) >= 2 for part in parts):
            parts = [term for part in parts for term in _WEAK.split(part)]  # 'a, b, c; d, e': one list
    elif _SPACES.search(text.strip()):
        parts = _SPACES.split(text.strip())
    elif _WEAK.search(text):
        parts = _WEAK.split(text)
    elif _STOPS.search(text):
        parts = _STOPS.split(text)
    elif has_han(text) and " " in text.strip():
        parts = text.split()
    else:
        parts = [text]
    if len(parts) >= 3:  # a list written as a sentence ('packaging, price, service quality, and repeat purchases')
        parts[-1] = _LAST_AND.sub("", parts[-1])
    out = []
    for part in parts:
        term = clean_text(part).strip(" .。;；,，·•#[]【】،؛/／|｜")  # (rhhz: a term a line, "Citrate /")
        if term and len(term) <= 120 and not _NOT_A_TERM.match(term):
            out.append(term)
    if len(out) == 1 and len(_GLUED.findall(out[0])) >= 2:  # 'DisabilityComorbidityHome Medical Care' (NCL)
        return _GLUED.split(out[0])
    return out


_LAST_AND = _regex.compile(rf"^\s*(?:{AND_WORDS}|y|e)\s+(?=\S)")  # (a byline's 'and' words, Iberian 'y' and 'e')


# a catalogue's linked terms run together with nothing between them: a lower-case run then a capitalised word, twice
# or more in one 'term' (one such seam is a name's own: 'CiteSpace', 'JavaScript')
_GLUED = _regex.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{3})")


def _two_runs(terms: list[str]) -> bool:
    """One list in two languages: all Han terms, then two or more with none (or the reverse)."""
    han = [has_han(_outside_brackets(t)) for t in terms]
    for k in range(1, len(terms)):
        first, rest = han[:k], han[k:]
        if len(set(first)) == 1 and len(set(rest)) == 1 and first[0] != rest[0] and min(k, len(terms) - k) >= 2:
            return True
    return False


def split_keywords(text: str, language: Callable[[str], str],
                   whole: str | None = None) -> list[tuple[str, list[str]]]:
    """Terms of ``text`` grouped by the language ``language`` gives each one, in order of first use."""
    groups: dict[str, list[str]] = {}
    terms = terms_of(text)
    per_term = _SCRIPT_SEAM.search(text) is not None or _two_runs(terms) or (
        CYRILLIC.search(text) is not None and LATIN.search(text) is not None)
    whole = whole or language(text)
    for term in terms:
        lang = (script_language(_outside_brackets(term)) or language(term)) if per_term else whole
        if term not in groups.setdefault(lang, []):
            groups[lang].append(term)
    return [(lang, terms) for lang, terms in groups.items() if terms]


# a Latin term's gloss in another script, in brackets: 'Jing (精)', 'Ben Cao Gang Mu (《本草纲目》Compendium …)'
_BRACKETED = _regex.compile(r"\s*[(（][^()（）]*[)）]")


def _outside_brackets(term: str) -> str:
    """A term without its bracketed parts, where any of it is left ('Jing (精)' → 'Jing')."""
    if "(" not in term and "（" not in term:
        return term
    return _BRACKETED.sub("", term).strip() or term


_TERM_SEPARATORS = (";", "；", ",", "，")
_INNER_SEPARATOR = _regex.compile(r"[;；,，、]")


def _term_like(text: str) -> bool:
    """One keyword alone: short, no separator inside, no sentence end (but the list's closing stop: 'Teacher
    Education.'), more letters than digits."""
    text = text.rstrip(";；,，")
    text = text[:-1] if text.endswith(".") and "." not in text[:-1] else text
    return (0 < len(text) <= 40 and len(text.split()) <= 6 and not _INNER_SEPARATOR.search(text)
            and not text.endswith(("。", ".", "!", "?", ":", "：")) and not _code(text))  # not 'S152.4'


def _code(text: str) -> bool:
    """A number or code after the list ('S152.4', '2021-05-12'), not a title."""
    return sum(ch.isdigit() for ch in text) >= sum(ch.isalpha() for ch in text)


def terms_a_line(page: Page, first: Block, labels: Container[int]) -> list[Block]:
    """A crawler's text of linked keywords, one a line: '遥感影像;' '建筑物提取;' … (each ending in a separator, as
    CNKI prints them), or 'urban green space' 'cooling effect' … with none, which then must run in one script up to
    the next label, a blank line or the page's end (else the first line is the only value: a title after it)."""
    trailing = first.text.endswith(_TERM_SEPARATORS)
    if not _term_like(first.text) or (not trailing and _INNER_SEPARATOR.search(first.text)):
        return [first]
    script = script_language(first.text)
    run = [first]
    for block in page.blocks[first.index + 1: first.index + 30]:
        if block.index in labels or block.cls == AFTER_GAP or not _term_like(block.text) or heads_a_list(block.text) \
                or is_menu_line(block.text):
            break
        if (trailing and not run[-1].text.endswith(_TERM_SEPARATORS)) or \
                (not trailing and script_language(block.text) != script):
            break
        run.append(block)
        if block.text.endswith("."):
            break  # the list's closing stop
    else:
        return run
    end = run[-1].index + 1
    after = page.blocks[end] if end < len(page.blocks) else None
    closed = after is None or end in labels or after.cls == AFTER_GAP or heads_a_list(after.text) or (
        len(run) > 1 and (run[-1].text.endswith(".") or _code(after.text) or is_menu_line(after.text))
    )  # a closing stop, a code, the page's buttons ('Access this article')
    return run if trailing or closed else [first]


_BEFORE_CAPITAL = _regex.compile(r"\s+(?=[A-Z])")


def split_like(terms: list[str], count: int) -> list[str]:
    """Latin terms printed apart by spaces only ('microRNA Articular cartilage Extracellular matrix Autophagy'), one
    term as read: apart before each capitalised word, when that gives as many terms as the translation's list."""
    if len(terms) != 1 or count < 2 or not terms[0].isascii():
        return terms
    parts = _BEFORE_CAPITAL.split(terms[0])
    return parts if len(parts) == count else terms

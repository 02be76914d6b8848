"""Author lines: split a printed list of people into clean names, and tell whether a line is one."""

from __future__ import annotations

import re

from journalmeta import _regex
from journalmeta._memo import page_memo
from journalmeta._pinyin import PINYIN, pinyin_pairs
from journalmeta.extractors.glued_names import glued_letter_marks, glued_names, glued_pinyin_names
from journalmeta.extractors.name_words import (
    ABBREVIATED_SERIAL_WORDS,
    FURNITURE_WORDS,
    HAN_BODIES,
    HAN_PAGE_ENDINGS,
    HAN_PAGE_WORDS,
    HAN_PLACES,
    HAN_ROLES,
    HANGUL_PAGE_WORDS,
    PAGE_WORDS,
    TITLE_WORDS,
    UI_WORDS,
)
from journalmeta.extractors.romanised_names import romanised_names
from journalmeta.extractors.script_names import ARABIC_SEPARATORS, is_script_name
from journalmeta.extractors.surname_first import KANA_GIVEN_NAME, inverted_names, surname_given_pairs
from journalmeta.institutions import INSTITUTION, INSTITUTION_WORDS
from journalmeta.labels import JOURNAL_WORDS
from journalmeta.lang import HAN, HANGUL, count, has_han
from journalmeta.normalize import MARK_SIGNS, ORCID_ID, clean_name, clean_text

_HAN_NAME = _regex.compile(r"^[\u3400-\u9fff][\u3400-\u9fff·•\u00b7]{0,12}[\u3400-\u9fff]"  # no dot first or last
                           r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)[\u3400-\u9fff]*)*$")
# affiliation numbers in brackets: '(1)', '（2,3）', '[1]', '［1，2］'
# (and Cambridge Core's anchors: 'Kevin A. Pelphrey (a1) and Elizabeth J. Carter (a1)')
_BRACKETED_MARKS = (r"(?:[(（]\s*[a-z]?\d+(?:\s*[,，]\s*[a-z]?\d+)*\s*[)）]|"
                    r"[\[［]\s*\d+(?:\s*[,，\-–]\s*\d+)*\s*[\]］])")
_MARK_SIGNS = f"[{MARK_SIGNS}]"
# separators and affiliation marks of a Han author line: '张三1,2*，李四(3)、王五a,b'
# (digits, '1)', circled numbers '①', and the signs of corresponding or equal authors: '*', '#', '△', '※')
_SPLIT_HAN = _regex.compile(rf"\s*(?:[,，、;；+／/]|{_BRACKETED_MARKS}|\d+(?:\s*,\s*\d+)*[)）]?|{_MARK_SIGNS}|"
                            r"(?<=[\u4e00-\u9fff])[a-z](?:\s*,\s*[a-z])*(?![a-z])|"
                            # '谭春辉等曾 娟': a site's 'first author et al.' glued to the next name
                            r"(?<=[\u4e00-\u9fff][\u4e00-\u9fff])等(?=\s*[\u4e00-\u9fff])(?!\s*人))+\s*")
_BRACKET_MARKS = _regex.compile(rf"\s*{_BRACKETED_MARKS}")  # 'Zhang San(1), Li Si(2,3)'
_WIDE_GAP = _regex.compile(r"\s{2,}|[\u3000\t]")  # between names when single spaces sit inside them ('张 三  李 四')
# a line whose names are parted by commas: a wide gap in it pads a two-character name ('王  芳1，李  强1,2*')
_NAME_SEPARATOR = _regex.compile(r"[、;；]|(?<!\d)[,，]|[,，](?!\s*\d)")  # not the comma of marks ('张三1,2')
# affiliation marks glued to a Latin name, the only separator some lists print ('Zhang San1,2  Li Si3  Wang Wu1'):
# digits, or SciELO's Roman numerals ('Maria SilvaI, II; João SouzaIII')
_LATIN_MARKS = _regex.compile(r"([a-zà-ÿ\u0100-\u024f\u1e00-\u1eff])(?:\d+(?:,\d+)*|[IVX]{1,4}(?:,\s*[IVX]{1,4})*)\*?"
                              r"(?=\s|$|[,;])")
# ... or lower-case letters ('Mahir Yazar a, Abigail York b', 'Rita Silva a c', 'J. Roe a,b'), a to h: a name's
# own last word is longer, and its small words come between its words ('Silva e Souza')
_LETTER_MARKS = _regex.compile(r"(?<=[a-zà-ÿ\u0100-\u024f.])\s+[a-h](?:\s*,\s*[a-h](?![\w.])|\s+[a-h](?![\w.]))*"
                               r"(?=\s*(?:[,;&]|\band\b|$))")
# a capital (Latin-1, Extended-A and Vietnamese letters: 'Şükrü', 'Nguyễn'), the letters of a name after it
_CAP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u018f\u1e00-\u1eff"  # (Ə: Azerbaijani)
_BODY = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0259\u1e00-\u1eff'’´\\-"  # (ə; ´ for an apostrophe: O´Brien)
_PARTICLE = "van|von|de|der|den|da|das|di|do|dos|du|del|della|le|la|ten|ter|zu|bin|binti|al"
# a word of a Latin-script name: initials, hyphenated or run together ('X.-X. Zhang', 'P.A.'); 'd'Alembert'
_NAME_WORD = (rf"(?:[A-Z]\.(?:-[A-Z]\.?)+|[A-Z](?:\.[A-Z])+\.?|[{_CAP}][{_BODY}]*\.?|[A-Z]\.?|"
              rf"[dDlL]['’][{_CAP}][{_BODY}]*|(?:{_PARTICLE}))")
_LATIN_NAME = _regex.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}$")
# ... or of up to seven words with a particle among them (Brazilian and Iberian names: 'Tiago de Souza Leão Pereira
# Magnata', 'José G. Da Silva Santa Rosa')
_LONG_LATIN_NAME = _regex.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{5,6}}$")
_IBERIAN_PARTICLE = _regex.compile(r"\s(?:[Dd](?:e|a|o|as|os|el)|e|y)\s")
_GLUED_WORDS = _regex.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")  # 'AlvesInstituto': a name glued to its institution


_JOINED_SURNAME_WORDS = 4  # words a name holds at least where 'e' or 'y' joins its surnames


def _long_iberian_name(name: str) -> bool:
    return _LONG_LATIN_NAME.match(name) is not None and _IBERIAN_PARTICLE.search(name) is not None \
        and _GLUED_WORDS.search(name) is None
_HANGUL_NAME = _regex.compile(r"^[\uac00-\ud7af]{2,5}$")  # '김민수': a Korean name, no space
_CYR_WORD = r"[\u0400-\u042f\u0490][\u0400-\u04ff.\-'’]*"  # a capitalised Cyrillic word (and І, Ґ, Ђ, Ј…)
_CYR_NAME = _regex.compile(rf"^{_CYR_WORD}(?:\s+{_CYR_WORD}){{0,3}}$")
# the word 'and' in a byline's or a citation's language (en, fr, de, tr, nl, no/da, sv, id, ru, fa/ar, ka, hy)
AND_WORDS = "and|et|und|ve|en|og|och|dan|и|و|და|և"  # (… and Indonesian, 'dan')
# commas, semicolons, '&' and the word 'and'
_LATIN_SEPARATORS = _regex.compile(rf"\s*(?:[,;，；、{ARABIC_SEPARATORS}]|\b(?:{AND_WORDS})\b|&)\s*")
# 'e', 'y', 'i' also join surnames ('Ortega y Gasset', 'Souza e Silva'): they part two names only between two
# names of two words or more ('Ana María Torres y Luis Fernando Gómez')
_SHORT_AND = _regex.compile(r"^(\S+(?:\s+\S+)+)\s+[eyi]\s+(\S+(?:\s+\S+)+)$")
_ONLY_MARKS = _regex.compile(rf"(?:[\d\s,)）]|{_MARK_SIGNS})+")
# (关于…的通知: a notice; 扫码关注微信公众号, 手机阅读本文: a site's QR-code caption)
# (and a licence's name: 'CC BY', 'CC BY-NC 4.0', 'CC0')
_NOT_AUTHORS = _regex.compile(r"[。:：?？!！]|关于|通知|公告|启事|扫码|二维码|公众号|本文|\bCC(?:0|\s+BY)\b|"
                              + INSTITUTION_WORDS)
# names with initials, each with its affiliation numbers and nothing else between them
_INITIALLED = r"[A-ZА-ЯЁ][a-zа-яё'\-]+\s+(?:[A-ZА-ЯЁ]\.\s?){1,3}"
_NUMBERS = r"\s*\d{1,2}(?:,\d{1,2})*"
_NUMBERED_NAMES = _regex.compile(rf"(?:{_INITIALLED}{_NUMBERS}\s+)+{_INITIALLED}{_NUMBERS}")
_NAME_NUMBER = _regex.compile(rf"(?<=\.){_NUMBERS}\s+(?=[A-ZА-ЯЁ])")
# a Chinese numbered list's item: '一、标题、作者、…', '2)期刊' (a style guide's list of reference kinds)
NUMBERED_ITEM = r"(?:[一二三四五六七八九十]+、|\d{1,2}[)）](?=[\u4e00-\u9fff]))"
_LIST_ITEM = _regex.compile(rf"{NUMBERED_ITEM}|[(（]\d{{1,2}}[)）]")  # ... or '(1)中文题名'
# a site's language switch ('中文English', '中文 | English', 'English 中文版', 'PL EN', 'RU / EN'), no names
_LANGUAGES = (r"(?:中文版?|English(?: Version)?|英文版?|简体中文|繁體中文|"
              r"EN|CN|ZH|PL|RU|UA|UK|TR|DE|FR|ES|PT|IT|JA|JP|KO|KR|FA|AR|ID|VI|CS|CZ|SK|HR|SR|BG|HU|RO|LT|LV|KK|KZ)")
LANGUAGE_SWITCH = _regex.compile(rf"^{_LANGUAGES}(?:\s*[|/·]?\s*{_LANGUAGES})+$")

_SURNAME_FIRST = _regex.compile(r"[A-Z][A-Z'\-]+(?:\s+[A-Z][a-z]+(?:-[A-Za-z]+)?){1,2}")
# a list cut short: '董金玮、周岩 等', 'J. Roe, A. Doe, et al.' (the names before it are the first authors)
ET_AL = _regex.compile(r"\s*(?:[,，、]\s*)?(?:等|et\s+al\.?|и\s+др\.?|ve\s+ark\.?)\s*$", re.IGNORECASE)
BYLINE = _regex.compile(r"^(?:by|By|BY|Oleh|OLEH)\s+(?=\S)")  # "By Jane Roe", "by A, B, and C"; Indonesian 'Oleh'
# names each followed by its affiliation mark ('Nastia1), Hastuti2) & L.M. Azhar Sa’ban3)'): a byline, whatever the
# names' words (Indonesia's people often have one name only)
_MARKED_NAME = r"[^\W\d_][^,&;\d]{0,40}?[^\W\d_]\d{1,2}\)?\*?"
_EVERY_NAME_MARKED = _regex.compile(rf"^(?:{_MARKED_NAME}\s*(?:[,;&]|\b(?:{AND_WORDS})\b)\s*)+{_MARKED_NAME}$")
# not part of a name: empty brackets, a corresponding-author note, an ORCID link printed after the name ('John Jumper
# ORCID: orcid.org/0000-0001-6169-65801 na1': the last digit and 'na1', an equal-contribution note, mark affiliations)
# (and an e-mail address after the name: 'Daniela Estefanía Montalvo Nieto2  daniela…@pucesa.edu.ec')
_NOISE = _regex.compile(r"\(\s*\)|（\s*）|通[讯訊信]作者.*$|Corresponding author.*$|"
                        r"(?<=\S)\s+[\w.+\-]+@[\w\-]+\.[\w.\-]+$|"
                        rf"(?:View )?ORCID(?: ID| Profile)?:?\s*(?:(?:https?://)?orcid\.org/{ORCID_ID})?|"
                        r"(?<=\d)\s+na\d\b", re.IGNORECASE)


_BODY_NAME = 12  # characters: a society's or publisher's name on its own line is short ('日本英学史学会')
# journal words of Han names: no person's name ends in one ('生 态 学 报', a name spaced out on a PDF's first page)
HAN_SERIALS = JOURNAL_WORDS["zh"] + JOURNAL_WORDS["ja"]


def han_body(text: str) -> bool:
    """A short Han line naming a society, a publisher or an office ('日本英学史学会', '科学出版社'): no title."""
    compact = text.replace(" ", "")
    return len(compact) <= _BODY_NAME and compact.endswith(HAN_BODIES)
_MENU_LINE_MAX = 120


def is_menu_line(text: str) -> bool:
    """Whether a line is a site's menu or masthead: page-furniture words and nothing else but short words and
    numbers, in two words or more ('首页 期刊介绍 编委会', 'НАУЧНАЯ ЭЛЕКТРОННАЯ БИБЛИОТЕКА', 'Skip to Main Content',
    'Log In Register', 'Cited by (21)'). Most lines asked about are titles: the first word of theirs that is no
    furniture ends the look."""
    words = text.replace(":", " ").split() if len(text) <= _MENU_LINE_MAX else ()  # 'Search author on:PubMed'
    furniture = 0
    for word in words:
        w = word.strip("()[].,:;|·•»›>&0123456789").lower()
        if len(w) > 3 or "\u3400" <= w[:1] <= "\u9fff":  # a long word, or a Han one
            if w not in FURNITURE_WORDS:
                return False
            furniture += 1
        elif word in _TITLE_LITTLE_WORDS:  # 'Web Archives as Research Collections': a title of menu words
            return False
    return len(words) >= 2 and furniture > 0


# little words a title holds and no menu does ('to', 'of', 'in', 'by', 'us' do: 'Skip to Main Content')
_TITLE_LITTLE_WORDS = frozenset(("as", "is", "are", "was", "via", "vs", "vs.", "why", "how", "its", "not", "but"))


def _han_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    pieces = [piece.strip() for piece in _SPLIT_HAN.split(text)]
    if surname_given_pairs(pieces):  # a catalogue's '吉田, 由佳, 清野, 諭': each name's surname and given name apart
        return [f"{a} {b}" for a, b in zip(pieces[::2], pieces[1::2], strict=True)]
    separated = sum(1 for piece in pieces if piece) >= 2
    for piece in pieces:
        parts = piece.split()
        if separated and len(parts) == 2 and min(map(len, parts)) >= 2 and all(has_han(p) for p in parts):
            tokens.append(piece)  # '鈴木 一郎, 高橋 美咲': commas part the names, a space parts surname and given name
        else:
            tokens.extend(name for token in _spaced_han_names(piece) for name in glued_names(token))
    return tokens


def _spaced_han_names(piece: str) -> list[str]:
    """'高阳 闫仁武 袁双双': names apart by spaces; '张 三': one name spaced out to align, or printed surname apart."""
    parts = piece.split()
    if len(parts) < 2 or not all(has_han(p) for p in parts):
        return [piece] if piece else []
    if min(map(len, parts)) >= 2:
        return parts
    # a one-character part: '张 三', PMC's surname apart from the given name ('薛 星星'), one short name
    if sum(map(len, parts)) <= 4:
        return ["".join(parts)]
    return _padded_pairs(parts) or [piece]


def _padded_pairs(parts: list[str]) -> list[str] | None:
    """'吴上超 李冠奕 许 晖 李 方': full names apart by spaces, a two-character name spaced out to the width of three;
    each run of one-character parts is such names, two characters each (an odd run is no such list)."""
    names: list[str] = []
    single: list[str] = []
    for part in [*parts, ""]:
        if len(PINYIN.sub("", part)) == 1:  # (a mirror's pinyin is no character: '李萬(wàn)春' is three)
            single.append(part)
            continue
        if len(single) % 2:
            return None
        names.extend(a + b for a, b in zip(single[::2], single[1::2], strict=True))
        single = []
        if part:
            names.append(part)
    return names if all(len(PINYIN.sub("", n)) <= 4 for n in names) else None


def split_names(text: str) -> list[str]:
    """Names in an author line, markers removed; Han and Latin lists both."""
    han = has_han(text) and count(HAN, text) >= 2
    if han and _WIDE_GAP.search(text) and not _NAME_SEPARATOR.search(text):
        text = _WIDE_GAP.sub("，", text)  # a wide gap separates names before white space is collapsed
    text = _NOISE.sub("", clean_text(text)).replace("\u6447", " ")  # 摇: a PDF font's space
    if text.endswith(_ET_AL_ENDS):
        text = ET_AL.sub("", text)
    if not han and _LATIN_MARKS.search(text):
        text = _LATIN_MARKS.sub(r"\1,", text)
    if not han and " " in text and _LETTER_MARKS.search(text):
        text = _LETTER_MARKS.sub("", text)
    if not han and ("(" in text or "（" in text or "[" in text):
        text = _BRACKET_MARKS.sub("", text)
    tokens = _han_tokens(text) if han else inverted_names(text) or _LATIN_SEPARATORS.split(text)
    if not han and (" e " in text or " y " in text or " i " in text):  # (the list's last 'and': 'A, B e C'; one
        tokens = tokens[:-1] + _short_and(tokens[-1])  # before it joins a surname: 'Lara Dina de Lima e Silva Pires')
    if not han:
        tokens = [name for token in tokens for name in glued_pinyin_names(token)]
    if not han and len(tokens) == 1:  # "ZHANG Wei LI Na WANG Qiang": pinyin names, surname first, no separator
        runs = _SURNAME_FIRST.findall(text)
        surname_first = len(runs) >= 2 and " ".join(runs) == " ".join(text.split())
        tokens = runs if surname_first else pinyin_pairs(text) or tokens  # or 'Shu Yu Zhang Lili'
    names = [n for n in map(clean_name, tokens) if n and not _ONLY_MARKS.fullmatch(n) and n not in HAN_ROLES]
    return names if han else glued_letter_marks(names)


def _short_and(token: str) -> list[str]:
    m = _SHORT_AND.match(token.strip())
    return [m.group(1), m.group(2)] if m else [token]


_DOTTED_INITIALS_END = _regex.compile(r"(?<![^\W\d_])[^\W\d_]\.[^\W\d_]$")  # 'А.В', never a word's end
_INITIAL_END = _regex.compile(r"\s[^\W\d_]$")


def is_name(name: str) -> bool:
    if has_han(name):
        if " " in name and KANA_GIVEN_NAME.match(name):
            return True  # '星出 てい子': a Japanese surname, then a given name with kana
        compact = name.replace(" ", "")
        longest = 12 if "·" in compact or "•" in compact else 6  # '阿依古丽·买买提': a transcribed name, dots apart
        return bool(_HAN_NAME.match(compact)) and count(HAN, compact) <= longest and compact not in HAN_PAGE_WORDS \
            and not (len(compact) >= 5 and compact.endswith(HAN_BODIES)) and not compact.endswith(HAN_SERIALS) \
            and not (len(compact) >= 4 and compact.endswith(HAN_PLACES + HAN_PAGE_ENDINGS))
    if _HANGUL_NAME.match(name):
        return name not in HANGUL_PAGE_WORDS
    if is_script_name(name):
        return True
    if _CYR_NAME.match(name):
        return len(name) <= 60 and not PAGE_WORDS.intersection(name.lower().split()) and _cyrillic_name_words(name)
    if _LOOKALIKE.search(name) and _LATIN_LETTER.search(name):
        name = name.translate(_LOOKALIKES)  # a Cyrillic initial in a Latin name (eLIBRARY's 'Todorov Andrey А.')
    if (" e " in name or " y " in name) and len(name.split()) >= _JOINED_SURNAME_WORDS:
        name = name.replace(" e ", " ").replace(" y ", " ")  # 'Lara Dina de Lima e Silva Pires' (not 'Saúde e …')
    if not (_LATIN_NAME.match(name) or _long_iberian_name(name)) or len(name) > 50:
        return False
    words = name.lower().split()
    return not PAGE_WORDS.intersection(words) and not TITLE_WORDS.intersection(words) \
        and not ABBREVIATED_SERIAL_WORDS.intersection(words) \
        and not INSTITUTION.search(name) \
        and not all(word.strip("'’.,:") in UI_WORDS for word in words)


_LATIN_LETTER = _regex.compile(r"[A-Za-z]")
_LOOKALIKE = _regex.compile("[АВЕКМНОРСТХаеорсух]")  # Cyrillic letters drawn as Latin ones
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХаеорсух", "ABEKMHOPCTXaeopcyx")


_PATRONYMIC = ("ович", "евич", "ьич", "овна", "евна", "ична", "инична", "івна", "ївна", "йович")


def _cyrillic_name_words(name: str) -> bool:
    """Three or four full Cyrillic words are a name only with a patronymic among them ('ПЕТРОВ ИВАН СЕРГЕЕВИЧ');
    without one they are a title in capitals ('ЦИФРОВАЯ ТРАНСФОРМАЦИЯ РЕГИОНАЛЬНЫХ ВУЗОВ')."""
    words = name.lower().split()
    if len(words) < 3 or any(len(word) <= 2 or word.endswith(".") for word in words):
        return True
    return any(word.endswith(_PATRONYMIC) for word in words)


def author_line(text: str, min_names: int = 1) -> list[str] | None:
    """The names if ``text`` reads as a line of authors, else None."""
    if len(text) > 2000 and not _long_list(text):  # no author line; and the cache below holds few long lines
        return None
    names = _author_line(text)  # the extractors ask about the same lines several times, for different minimums
    return list(names) if names is not None and len(names) >= min_names else None


def _long_list(text: str) -> bool:
    """A line too long for a byline of a few names that may be one of a large team's: a separator every few words
    (prose has a comma every ten words or so), up to 10,000 characters."""
    return len(text) <= 10_000 and text.count(",") + text.count("，") + text.count("、") >= len(text) / 40


@page_memo
def _author_line(text: str) -> tuple[str, ...] | None:
    text = BYLINE.sub("", _NOISE.sub("", text).strip())
    if text[:1].isdigit() and ". " in text[:4]:  # an ordered list's item copied as text: '1. Megan Wojick1,2,' (BMJ)
        text = _LIST_NUMBER.sub("", text)
    if "Show " in text:  # a list's button after it: 'LIU Te-huan2 and QIN Guangzhao1 |Show fewer author(s)'
        text = _SHOW_MORE.sub("", text)
    if "..." in text or "…" in text:  # a range of affiliation marks: 'WU Jing1...2' (researching.cn)
        text = _MARK_RANGE.sub(",", text)
    affiliations = _AFFILIATIONS_AFTER.search(text) if "(" in text or "（" in text else None
    if affiliations:
        text = text[:affiliations.start()]
    if "(" in text or "（" in text:  # each name with its institution after it: '정한민 (한국과학기술정보연구원 …) ;'
        text = _NAME_AFFILIATION.sub(lambda m: "" if names_an_institution(m.group(1)) else m.group(0), text)
    glued = _FIRST_AFFILIATION.search(text) if "1." in text or "1．" in text else None
    if glued and (_INSTITUTION_HAN.search(text, glued.end()) or INSTITUTION.search(text, glued.end())):
        text = text[:glued.start()]  # 'YAO Yonghui,1, HU Yufan1,21. State Key Laboratory…': the first one run on
    marks = _MARKED_INSTITUTION.search(text) if len(text) > _BYLINE_ALONE else None  # '… Sa’ban3) 1,3Department of …'
    if marks and INSTITUTION.search(text, marks.end(), marks.end() + _INSTITUTION_REACH):
        text = text[:marks.start()]
    if text[-1:].isdigit() and _NUMBERED_NAMES.fullmatch(text):  # 'Песоцкая Е.Н. 1 Аксенова С.В. 1 Немцова Н.А. 2'
        text = _NAME_NUMBER.sub(", ", text)
    if (len(text) > 600 and not _long_list(text)) or _NOT_AUTHORS.search(text) or _LIST_ITEM.match(text) \
            or (len(text) <= 20 and LANGUAGE_SWITCH.match(text)):
        return None
    if ("(" in text or "（" in text) and (HANGUL.search(text) or has_han(text)):
        romanised = romanised_names(text)
        if romanised:
            return romanised
    names = split_names(text)
    good = [n for n in names if is_name(n)]
    if not good or len(good) < len(names) * 0.8 or any(_phrase(n) for n in names if n not in good):
        return None
    han = [PINYIN.sub("", n).replace(" ", "") for n in names if has_han(n) and "·" not in n]  # '凌遠(yuǎn)云'
    whole = [PINYIN.sub("", n) for n in names if has_han(n) and "·" not in n and " " not in n]  # (not '吉田 由佳')
    if len(whole) >= 2 and sum(map(len, whole)) > len(whole) * (_HAN_NAME_LENGTH if len(whole) >= 3 else _TWO_NAMES):
        return None  # words longer than names: keywords ('断裂性能;断裂韧度;断裂能'), a menu ('国内或国外 期刊或论文')
    latin = [n for n in good if not has_han(n) and not _HANGUL_NAME.match(n)]
    if latin and len(latin) > len(han) and sum(len(n.split()) >= 2 for n in latin) < len(latin) * 0.8 \
            and not _EVERY_NAME_MARKED.match(text):
        return None  # (a foreign co-author among Han names may be printed with one name: '何建, Ta Jiao, Ermek')
    return tuple(_with_last_dot(good))


_LIST_NUMBER = _regex.compile(r"^\d{1,2}\.\s+(?=[A-Z])")
# the first affiliation's marks run on after the byline's last mark ('… Sa’ban3) 1,3Department of Government …')
_MARKED_INSTITUTION = _regex.compile(r"(?<=[\d)*])\s+\d(?:,\d)*(?=[^\W\d_])")
_BYLINE_ALONE, _INSTITUTION_REACH = 80, 120  # characters
_ET_AL_ENDS = ("等", "al", "al.", "AL", "AL.", "др", "др.", "ark", "ark.")  # a look before the pattern
_MARK_RANGE = _regex.compile(r"(?<=\d)(?:\.{3}|…)(?=\d)")
_SHOW_MORE = _regex.compile(r"\s*\|?\s*Show (?:fewer|more|all|less)\b.*$")
_HAN_NAME_LENGTH = 3.5  # characters a Han name has on average, at most, in a line of three or more
_TWO_NAMES = 4.0  # ... in a line of two ('欧阳修文，司马相如')


# the numbered affiliations printed on the byline's line after marked names: 'YAN Tao-tao1,XUE Jian-hui 1,2 (1.Co-
# Innovation Center…; 2.Institute of Botany…)'
_AFFILIATIONS_AFTER = _regex.compile(r"(?<=\d)\s*[(（]\s*1\s*[.．、]?\s*(?=[^\W\d_]).*$")
# ... or the first affiliation run on after the last name's marks, with no bracket: '胡宇凡1,21.中国科学院地理…'
_FIRST_AFFILIATION = _regex.compile(r"(?<=\d)1\s*[.．]\s*(?=[^\W\d_])")
_INSTITUTION_HAN = _regex.compile(r"大[学學]|[学學]院|研究[所院]|[医醫]院|[实實][验驗]室|中心|公司|[图圖][书書][馆館]|"
                                  r"[编編][辑輯]部|[档檔]案[馆館]|博物[馆館]|出版社")
_INSTITUTION_HANGUL = _regex.compile(r"대학|연구원|연구소|병원|센터|학과|학교|학회|공사")
_NAME_AFFILIATION = _regex.compile(r"\s*[(（]([^()（）]{2,120})[)）]")


def bracketed_institution(text: str) -> str:
    """The institution a byline prints in brackets at the start of ``text``, right after a name ('(国家图书馆)'), or
    ''."""
    m = _NAME_AFFILIATION.match(text)
    return m.group(1).strip() if m and names_an_institution(m.group(1)) else ""


def names_an_institution(text: str) -> bool:
    """Whether a text names an institution: a university, an institute, a hospital, a laboratory…"""
    return bool(_INSTITUTION_HAN.search(text) or _INSTITUTION_HANGUL.search(text) or INSTITUTION.search(text))


def _phrase(token: str) -> bool:
    """Words of a running phrase, not a name ('Chen H. Comparison and application of clinical practice': a citation
    cut after its authors, whose title the separator ' and ' splits)."""
    words = token.split()
    return len(words) >= 3 and sum(word[:1].islower() for word in words) >= 2


def _with_last_dot(names: list[str]) -> list[str]:
    """The dot a line's final stop took from the last name's initials back ('…, Сидорова А.В.' → 'А.В.')."""
    last = names[-1] if names else ""
    if _DOTTED_INITIALS_END.search(last) or (
            len(names) >= 2 and _INITIAL_END.search(last) and all(n.endswith(".") for n in names[:-1])):
        return [*names[:-1], last + "."]
    return names

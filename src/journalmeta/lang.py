"""Language of a piece of text, from its script (and, for Latin script, a few function words)."""

from __future__ import annotations

import re
from collections import Counter

from journalmeta import _regex
from journalmeta._memo import page_memo

KANA = _regex.compile(r"[\u3040-\u30ff]")
HANGUL = _regex.compile(r"[\uac00-\ud7af]")
CJK_LANGS = frozenset(("zh", "ja", "ko"))  # the languages written in Han characters, Kana or Hangul
UNSPACED_LANGS = frozenset(("zh", "ja", "th", "lo", "my", "km"))  # written without spaces between words
# ... and Korean, whose particles and endings join a word: a title counts no words, a word is found inside another
GLUED_LANGS = UNSPACED_LANGS | {"ko"}
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", KANA),
    ("ko", HANGUL),
    ("zh", _regex.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("ru", _regex.compile(r"[\u0400-\u04ff]")),
    ("ar", _regex.compile(r"[\u0600-\u06ff]")),
    ("el", _regex.compile(r"[\u0370-\u03ff]")),
)
# scripts counted only where none of the above shows (a scan of the text each: most texts are in the above)
# (a script shared by several languages counts as its main one: Devanagari as Hindi)
_RARE_SCRIPT_RANGES = {"th": "\u0e00-\u0e7f", "he": "\u0590-\u05ff", "ka": "\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f",
                       "hy": "\u0530-\u058f", "hi": "\u0900-\u097f", "bn": "\u0980-\u09ff", "pa": "\u0a00-\u0a7f",
                       "gu": "\u0a80-\u0aff", "ta": "\u0b80-\u0bff", "te": "\u0c00-\u0c7f", "kn": "\u0c80-\u0cff",
                       "ml": "\u0d00-\u0d7f", "si": "\u0d80-\u0dff", "lo": "\u0e80-\u0eff", "my": "\u1000-\u109f",
                       "km": "\u1780-\u17ff", "am": "\u1200-\u137f"}
_RARE_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lang, _regex.compile(f"[{letters}]")) for lang, letters in _RARE_SCRIPT_RANGES.items())
# letters one language of a shared script has and the script's main language lacks: (script's language, own
# letters, language, how many of the script's letters one own letter stands for)
_OWN_SCRIPT_LETTERS = (
    ("ar", _regex.compile(r"[پچژگکی]"), "fa", 40),  # Persian's own letters, and its forms of kaf and yeh
)
# Cyrillic languages by the letters Russian lacks (see _cyrillic_language)
_NON_RUSSIAN = _regex.compile("[\u0400\u0402-\u040f\u0450\u0452-\u04ff]")  # Cyrillic but for Ё, ё, А–я
# the letters each Cyrillic language has and Russian lacks, data for _cyrillic_language ('i' and 'yery' are tests of
# their own: Ukrainian, Belarusian and Kazakh і; Russian and Belarusian ы, э, which Ukrainian lacks)
_CYRILLIC_LETTERS = {"i": "іІ", "kk": "әұһӘҰҺ", "kk-shared": "қғңөүҚҒҢӨҮ", "yery": "ыэЫЭ", "uz": "ўҳқғЎҲҚҒ",
                     "ky": "ңҢ", "mn": "өүӨҮ", "uk": "іїєґІЇЄҐ", "mk": "ѓќѕЃЌЅ", "sr": "ђјљњћџЂЈЉЊЋЏ"}
_CYRILLIC_OWN = {key: _regex.compile(f"[{letters}]") for key, letters in _CYRILLIC_LETTERS.items()}
_CYRILLIC_ORDER = ("uz", "ky", "mn", "uk", "mk", "sr")  # after Kazakh and Belarusian, tried in turn
_OWN_SHARE = 40  # a script's letters one own letter stands for, at most
HAN = _regex.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CYRILLIC = _regex.compile(r"[\u0400-\u04ff]")
LATIN = _regex.compile(r"[A-Za-z\u00c0-\u024f\u0259]")  # (ə: Azerbaijani)
_WORD = _regex.compile(r"[^\W\d_]+")
# any character of the scripts in _SCRIPTS (re turns an alternation of one-character classes into one class)
NON_LATIN = _regex.compile("|".join(pattern.pattern for _, pattern in _SCRIPTS + _RARE_SCRIPTS))


def count(pattern: re.Pattern[str], text: str) -> int:
    """How many times ``pattern`` matches in ``text``, without building the list of matches."""
    return pattern.subn("", text)[1]

# Function words that tell Latin-script languages apart; data, keyed by language.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and in on for with to a an is are by from this that we at as".split()),
    "de": frozenset("der die das und ein eine des im in mit von zu ist den dem für auf als über zur zum bei nach aus "
                    "durch nicht sich auch oder wird werden einer eines".split()),
    "fr": frozenset("le la les des et un une du de dans pour sur est au aux par avec en sous à".split()),
    "tr": frozenset("ve bir bu ile için olarak ise olan gibi arasındaki üzerine".split()),
    "it": frozenset("il lo la gli le di del della che per con un una sono nel".split()),
    "es": frozenset("el la los las de del y en un una que por con para es".split()),
    "pt": frozenset("o a os as de do da dos das e em um uma que para com não".split()),
    "id": frozenset("yang dan dari untuk dengan pada dalam ini adalah sebagai atau oleh tidak akan juga"
                    " terhadap".split()),
    "pl": frozenset("w z na się nie że jest oraz dla przez od jak są".split()),
    "nl": frozenset("de het een van en in is op te dat die voor met zijn niet aan bij om ook als door naar uit "
                    "wordt worden deze dit tot onder over".split()),
    # (Croatian for Bosnian and Serbian in Latin letters too)
    "hr": frozenset("je i u na za se od su koji koja koje kao te ili što nije biti prema između".split()),
    "cs": frozenset("je a se na že v s z pro které který jako nebo jsou byl bylo také při mezi".split()),
    "sk": frozenset("je a sa na že v s z pre ktoré ktorý ako alebo sú bol bolo tiež pri medzi".split()),
    "sl": frozenset("je in v na za se so da ki tudi pri ali kot med bilo smo".split()),
    "ro": frozenset("și în cu pe din care este pentru sunt sau ale prin această între unei unui".split()),
    "hu": frozenset("a az és egy hogy nem is van meg között valamint által illetve vagy pedig amely".split()),
    "sv": frozenset("och att det som är av för med till den på inte har vid från eller samt".split()),
    "no": frozenset("og at det som er av for med til den på ikke har ved fra eller samt etter".split()),
    "da": frozenset("og at det som er af for med til den på ikke har ved fra eller samt efter".split()),
    "fi": frozenset("ja on että sekä tai kuin ovat oli myös joka jotka tässä ei".split()),
    "ca": frozenset("i dels amb per els les que és una aquest aquesta entre pel".split()),
}
_LANGUAGES_OF_WORD: dict[str, tuple[str, ...]] = {
    w: tuple(lang for lang, table in _FUNCTION_WORDS.items() if w in table)
    for w in set().union(*_FUNCTION_WORDS.values())}
_OWN_LATIN = (("az", "əƏ", _regex.compile("[əƏ]")), ("uz", "\u02bb\u2018", _regex.compile("[oOgG][\u02bb\u2018]")))
_TURKISH_LETTERS = _regex.compile(r"[ğışİĞŞüöçÜÖÇ]")
_VIETNAMESE = _regex.compile("[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
_TURKISH_ONLY = _regex.compile(r"[ğışİĞŞ]")
_OWN_LETTERS = {"fr": "éèêàçùâîôûëïÉÈ", "de": "äöüßÄÖÜ", "es": "ñáéíóú¿¡", "pt": "ãõçáàâéêíóôú", "it": "àèéìòù",
                "tr": "ğışİĞŞ", "hu": "őűŐŰáéíóöú", "ro": "ășțȘȚ", "cs": "ěřůĚŘŮ", "pl": "ąęłńśźżŁŚŻ", "hr": "ćđĆĐ",
                "sk": "ľĺŕôĽ", "no": "øæØÆ", "da": "øæØÆ", "sv": "åÅ"}  # letters of each language that English
# lacks (shared ones count for each)
# noun and adjective endings English lacks
_OWN_ENDINGS = {"de": ("ung", "heit", "keit", "schaft", "isch", "lich"),
                "es": ("ción", "ciones", "idad", "idades", "ales"),
                "pt": ("ção", "ções", "dade", "dades", "eira", "eiro", "eiras", "eiros"),  # (brasileira: Spanish -era)
                "it": ("zione", "zioni", "ità")}


@page_memo
def script_language(text: str) -> str | None:
    """The language a text's script points to, or None for Latin script or no letters.

    A text with any Kana is Japanese; otherwise the script with most characters wins when it
    makes up a fair share of the letters (Chinese titles often hold Latin acronyms).
    """
    if text.isascii() or not NON_LATIN.search(text) or not _WORD.search(text):
        return None
    counts: Counter[str] = Counter()
    for lang, pattern in _SCRIPTS:
        n = count(pattern, text)
        if n:
            counts[lang] = n
    for lang, pattern in _RARE_SCRIPTS if not counts else ():
        n = count(pattern, text)
        if n:
            counts[lang] = n
    if not counts:
        return None
    if counts.get("ja") and counts.get("ja", 0) * 10 >= counts.get("zh", 0):
        return "ja"
    lang, n = counts.most_common(1)[0]
    if lang == "ru":
        lang = _cyrillic_language(text, n)
    for script, letters, own, share in _OWN_SCRIPT_LETTERS:
        if lang == script and letters.search(text) and count(letters, text) * share >= n:
            lang = own  # Ukrainian і, ї, є, ґ; Serbian ђ, ј, љ, њ, ћ, џ; Persian پ, چ, ژ, گ, ک, ی
            break
    latin = count(LATIN, text)
    weight = n * 2 if lang in CJK_LANGS else n  # a Han character carries a word
    return lang if weight >= latin * 0.25 else None


def _cyrillic_language(text: str, letters: int) -> str:
    """Which language a Cyrillic text of ``letters`` letters is in: Russian unless another's own letters show
    (each at least one in _OWN_SHARE of the letters), tried in turn: Kazakh (ә ұ һ, or і beside қ ғ ң ө ү),
    Belarusian (і beside ы э, which Ukrainian lacks), Uzbek (ў ҳ қ ғ without і), Kyrgyz (ң), Mongolian (ө ү),
    Ukrainian (і ї є ґ), Macedonian (ѓ ќ ѕ), Serbian (ђ ј љ њ ћ џ)."""
    if _NON_RUSSIAN.search(text) is None:  # (one look for any letter Russian lacks)
        return "ru"

    def shows(own: re.Pattern[str]) -> bool:
        return own.search(text) is not None and count(own, text) * _OWN_SHARE >= letters

    i = shows(_CYRILLIC_OWN["i"])
    if shows(_CYRILLIC_OWN["kk"]) or (i and shows(_CYRILLIC_OWN["kk-shared"])):
        return "kk"
    if i and shows(_CYRILLIC_OWN["yery"]):
        return "be"
    return next((lang for lang in _CYRILLIC_ORDER if shows(_CYRILLIC_OWN[lang])), "ru")


@page_memo
def latin_language(text: str, default: str = "en", ascii_is_english: bool = True) -> str:
    """Guess among Latin-script languages by function words; ``default`` when unsure. ``ascii_is_english``:
    plain ASCII words with none of the default language's little words are English (the default was only the
    page's language), else they stay in the default language (a label in that language printed them)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if ascii_is_english and default != "en" and len(words) >= 2 and text.isascii() and not any(
            w in _FUNCTION_WORDS.get(default, ()) for w in words):
        return "en"  # plain ASCII with none of the page language's little words: English terms
    if _VIETNAMESE.search(text) and sum(1 for w in words if _VIETNAMESE.search(w)) * 4 >= len(words):
        return "vi"  # letters no other language writes: ơ, ư and the stacked tone marks ('chất lượng nước')
    for lang, literals, own in _OWN_LATIN:  # letters no other language writes so often: Azerbaijani ə, Uzbek oʻ
        if any(ch in text for ch in literals) and count(own, text) * 5 >= len(words):  # (literal looks first)
            return lang
    if len(words) < 3:
        return default
    scores = dict.fromkeys(_FUNCTION_WORDS, 0)
    for w in words:
        for lang in _LANGUAGES_OF_WORD.get(w, ()):
            scores[lang] += 1
    # words with Turkish letters, when one of them is Turkish alone (ü, ö and ç are German and French too)
    turkish = sum(1 for w in words if _TURKISH_LETTERS.search(w)) if _TURKISH_ONLY.search(text) else 0
    if turkish * 3 >= len(words):
        scores["tr"] += 3
    best = _best(scores, text, words, default)
    if default == "en" != best and scores[best] and scores[best] == scores["en"]:
        return best  # a tie with English that the other language's own letters broke ('in verzweigten Flüssen')
    if best != default and scores[best] >= 2 and scores[best] > scores.get(default, 0) * 1.5:
        return best
    if best == "en" != default and scores[best] >= 1 and not scores.get(default) and len(words) <= 8:
        return best  # a short name with one telling word: "Journal of Education"
    if len(words) <= 8 and scores.get(default):
        # a short phrase whose little words the default shares with another language ('de' in 'Revista Brasileira
        # de Saúde Coletiva'): the other's own letters and endings, when they tell more, win
        tied = [lang for lang, n in scores.items() if n == scores[default]]
        telling = _most_marked(tied, text, words) if len(tied) > 1 else None
        if telling:
            return telling
    if len(words) <= 8 and not scores.get(default):
        # a short phrase with one telling word and its language's own letters or word endings:
        # "théorie des graphes", "Quantisierung als Eigenwertproblem"
        telling = _most_marked([lang for lang, n in scores.items() if n], text, words)
        if telling:
            return telling
        # or one word only one language has, and no word of any other: "Pengaruh … terhadap Perilaku …"
        scored = [lang for lang, n in scores.items() if n]
        if len(scored) == 1 and scored[0] not in _OWN_LETTERS and len(words) >= 4:
            return scored[0]
    return default


def _best(scores: dict[str, int], text: str, words: list[str], default: str) -> str:
    """The language with most function words; between equals, the one whose own letters or endings the text
    shows ('Uso de la inteligencia … evaluación': es and fr tie on de, la, en; the ó is Spanish), else the
    default."""
    top = max(scores.values())
    tied = [lang for lang, n in scores.items() if n == top]
    if len(tied) > 1 and (default not in tied or default == "en"):  # English has no letters of its own
        telling = _most_marked(tied, text, words)
        if telling:
            return telling
    return default if default in tied else tied[0]


def _most_marked(langs: list[str], text: str, words: list[str]) -> str | None:
    """The one language among ``langs`` whose own letters and endings the text shows most, if one does."""
    marks = {lang: _own_marks(lang, text, words) for lang in langs}
    most = max(marks.values(), default=0)
    telling = [lang for lang, n in marks.items() if n == most]
    return telling[0] if most and len(telling) == 1 else None


def _own_marks(lang: str, text: str, words: list[str]) -> int:
    """How many of ``lang``'s own letters and word endings ``text`` shows."""
    letters = 0 if text.isascii() else sum(text.count(ch) for ch in _OWN_LETTERS.get(lang, ""))  # (none ASCII)
    endings = _OWN_ENDINGS.get(lang)
    return letters + (sum(1 for w in words if w.endswith(endings)) if endings else 0)


# languages not written in Latin script: a label, tag or page language of theirs says nothing of Latin-script text
NON_LATIN_LANGS = ("zh", "ja", "ko", "ru", "uk", "sr", "bg", "el", "ar", "fa", "th", "he", "kk", "be", "ky", "mn", "mk",
                   *(lang for lang in _RARE_SCRIPT_RANGES if lang not in ("th", "he")))
_RUSSIAN_LETTERS = _regex.compile("[ыэёЫЭЁ]")
# languages written in another's script
_SCRIPT_SHARERS = {"uk": "ru", "sr": "ru", "bg": "ru", "kk": "ru", "be": "ru", "ky": "ru", "mn": "ru", "mk": "ru",
                   "uz": "ru", "fa": "ar"}


def same_script(lang: str, other: str) -> bool:
    """Whether two languages are written in one script (Ukrainian and Russian; Persian and Arabic)."""
    return _SCRIPT_SHARERS.get(lang, lang) == _SCRIPT_SHARERS.get(other, other)


def as_declared(by_script: str, declared: str | None, page_lang: str | None = None, text: str = "") -> str:
    """A script's language told apart by what the page says: Cyrillic without Ukrainian letters under
    ``xml:lang="uk"`` (or on a page in Ukrainian) is Ukrainian ('аграрний сектор'), not Russian. A value's own
    declared language wins over its letters; the page's only where the letters said nothing of their own (no
    Russian ы, э or ё either: a Ukrainian site prints Russian articles)."""
    if declared and same_script(by_script, declared):
        return declared
    if page_lang and page_lang != by_script and by_script not in _SCRIPT_SHARERS \
            and same_script(by_script, page_lang) and not _RUSSIAN_LETTERS.search(text):
        return page_lang
    return by_script


def detect(text: str, default: str = "en") -> str:
    """Language of ``text``: script first, then function words for Latin script."""
    return script_language(text) or latin_language(text, default)


def has_han(text: str) -> bool:
    return HAN.search(text) is not None


def primary(tag: str | None) -> str | None:
    """ISO 639-1 primary subtag of a language tag (``zh-CN`` → ``zh``, ``eng`` → ``en``)."""
    if not tag:
        return None
    code = tag.strip().lower().replace("_", "-").split("-")[0]
    code = _THREE_LETTER.get(code, code)
    return code if len(code) == 2 and code.isascii() and code.isalpha() and code.islower() else None


_THREE_LETTER = {"eng": "en", "chi": "zh", "zho": "zh", "rus": "ru", "tur": "tr", "fre": "fr", "fra": "fr",
                 "ger": "de", "deu": "de", "jpn": "ja", "kor": "ko", "spa": "es", "por": "pt", "ita": "it",
                 "cn": "zh", "ch": "zh", "jp": "ja", "kr": "ko"}

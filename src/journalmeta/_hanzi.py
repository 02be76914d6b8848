"""Simplified Chinese characters of the project's own tables (labels, page furniture, institution kinds) and their
Traditional forms: pages from Taiwan and Hong Kong, and re-hosting sites, print the same words in Traditional
characters (關鍵詞, 通訊作者, 首頁, 南京大學).

SIMPLIFIED / TRADITIONAL: every Han character in the package's source through OpenCC's s2t table, one character at
a time, keeping those whose form changes. VARIANTS / THEIR_SIMPLIFIED: those Traditional forms and the other ones
OpenCC's TSCharacters, TWVariantsRev and HKVariantsRev tables give for the same characters (聯繫 for 联系, 佈 for
布), for the spellings of the tables' words (``spellings``). Made by hand with OpenCC outside the project; redo
when a table gains characters.
"""

from __future__ import annotations

__all__ = ["either_form", "spellings", "traditional"]

SIMPLIFIED = (
    "万与专业东个临丽义书买们优会兰关内册写农况击则办务动医华协单厅参双发台号员团园围国图声处备孙学实审对导属帮并广"
    "床库开张强当录征态报据摇数无时晓暂术机杂权来构标栏检欧测浏点热独献电码础称简类约级线绍结绘络统维综绿编网职联节"
    "范荣装视览誉订讫议讯论评识词译询诸读资软载辑过迟邮链键长闫闭间闻阅阎阳陈陕韦页项须频题马验麦"
)
TRADITIONAL = (
    "萬與專業東個臨麗義書買們優會蘭關內冊寫農況擊則辦務動醫華協單廳參雙發臺號員團園圍國圖聲處備孫學實審對導屬幫並廣"
    "牀庫開張強當錄徵態報據搖數無時曉暫術機雜權來構標欄檢歐測瀏點熱獨獻電碼礎稱簡類約級線紹結繪絡統維綜綠編網職聯節"
    "範榮裝視覽譽訂訖議訊論評識詞譯詢諸讀資軟載輯過遲郵鏈鍵長閆閉間聞閱閻陽陳陝韋頁項須頻題馬驗麥"
)
VARIANTS = (
    "並佈併來侷係個們備傢優內冊則剋動務協參員單噹國圍園圖團報孫學實審專對導幫庫廣廳張強彔徵態捲搖擊據數時暫曉書會"
    "朮東査業榮構標機檢檯欄權歐況測瀏無熱牀獨獻當發碼礎稱箇節範簡糰級紹結絡統綜綠綫維網緑線編繪繫義聞聯聲職脩臨臺"
    "與華萬蔘蘭處號術裝覈視覽訂訊訖註評詞詢論諸識譯議譽讀買資軟載輯辦農迴週過遲郵醫錄錶鍵鏈長閆閉開間閤閱閲閻闆關"
    "陝陳陽雙雜電韋頁項須頻題類颱馬驗髮鬚麗麥點鼕齣"
)
THEIR_SIMPLIFIED = (
    "并布并来局系个们备家优内册则克动务协参员单当国围园图团报孙学实审专对导帮库广厅张强录征态卷摇击据数时暂晓书会"
    "术东查业荣构标机检台栏权欧况测浏无热床独献当发码础称个节范简团级绍结络统综绿线维网绿线编绘系义闻联声职修临台"
    "与华万参兰处号术装核视览订讯讫注评词询论诸识译议誉读买资软载辑办农回周过迟邮医录表键链长闫闭开间合阅阅阎板关"
    "陕陈阳双杂电韦页项须频题类台马验发须丽麦点冬出"
)


def _forms() -> dict[str, str]:
    """Each Simplified character of the tables whose Traditional form differs, and its Traditional forms ('台' →
    '臺檯颱'); not the rarer characters that simplify to one written alike in Traditional (佈 and 布, 齣 and 出),
    which only ``simplified`` folds."""
    forms = dict(zip(SIMPLIFIED, TRADITIONAL, strict=True))
    for variant, simple in zip(VARIANTS, THEIR_SIMPLIFIED, strict=True):
        if simple in forms and variant not in forms[simple]:
            forms[simple] += variant
    return forms


_EITHER_FORM = _forms()
_TRADITIONAL = str.maketrans(SIMPLIFIED, TRADITIONAL)


def _all_forms() -> dict[str, str]:
    """Each Simplified character of the tables, itself and every Traditional form ('布' → '布佈', '系' → '系係繫')."""
    forms = {simple: simple + form for simple, form in zip(SIMPLIFIED, TRADITIONAL, strict=True)}
    for variant, simple in zip(VARIANTS, THEIR_SIMPLIFIED, strict=True):
        forms[simple] = forms.get(simple, simple) + variant
    return forms


_ALL_FORMS = _all_forms()
_MOST_SPELLINGS = 64


def spellings(word: str) -> list[str]:
    """A table's word in every spelling a page may print it in, Simplified and Traditional ('发布日期' → '發布日期',
    '發佈日期', …; '联系我们' → '聯繫我們', …), for lookups that compare whole words or search literals."""
    out = [""]
    for ch in word:
        out = [head + form for head in out for form in _ALL_FORMS.get(ch, ch)]
        if len(out) > _MOST_SPELLINGS:
            return [word, traditional(word)]
    return out


def traditional(text: str) -> str:
    """A label with the characters of the tables above in Traditional form ('页码' → '頁碼')."""
    return text.translate(_TRADITIONAL)


def either_form(pattern: str) -> str:
    """A regular expression whose characters of the tables above match in either form: '页码' → '[页頁][码碼]',
    and inside a class '[讫訖]' stays as it is, '[页码]' → '[页頁码碼]'."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        other = None if escaped else _EITHER_FORM.get(ch)
        out.append(ch if other is None else ch + other if in_class else f"[{ch}{other}]")
        if not escaped and ch in "[]":
            in_class = ch == "["
        escaped = ch == "\\" and not escaped
    return "".join(out)

"""Han names a page's text printed with nothing between them ('王立平刘建国': the byline's names in spans of their
own, glued by a text rendering that drops the spans): parted where each name starts with a common surname, when
the line parts so in one way only. Their pinyin glued alike ('Liu JingChen Zhiqiang') is parted where a small letter
meets a capital."""

from __future__ import annotations

from journalmeta import _regex
from journalmeta._pinyin import is_pinyin_word

__all__ = ["glued_letter_marks", "glued_names", "glued_pinyin_names"]

# the commonest Chinese surnames (some 250, most of the population), Simplified and Traditional
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康"
    "施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成"
    "苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫"
    "费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧於蔣餘葉蘇呂盧鍾譚陸範賈韋鄒閆龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯嶽歐關蘭"
    "寧紀畢單塗駱藍遊鮑華饒陽時農繆簡車項連蘆麥婁竇黨宮費衛應閔鄔邊師欒榮叢鞏遲鄺")
_COMPOUND = ("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙",
             "公孫", "慕容", "令狐", "夏侯", "长孙", "長孫", "宇文", "司徒", "端木")
_SHORTEST, _LONGEST = 4, 30  # characters of a glued line: two names of two, up to ten names


def glued_names(token: str) -> list[str]:
    """The names of ``token`` if it is several Han names glued and parts into names in one way only, else the token
    (one name, a compound surname's, a Japanese one, or no name)."""
    if not _SHORTEST <= len(token) <= _LONGEST or token.startswith(_COMPOUND) or not all(
            "\u3400" <= ch <= "\u9fff" for ch in token):
        return [token]
    names = _one_parting(token)
    return names if names and len(names) >= 2 else [token]


def _one_parting(text: str) -> list[str] | None:
    """The names of two or three characters, each starting with a surname, ``text`` parts into if it parts so in one
    way only. ways[i] counts the partings of text[i:] (two standing for more); step[i] the first name's size."""
    end = len(text)
    ways, step = [0] * (end + 1), [0] * (end + 1)
    ways[end] = 1
    for i in range(end - 2, -1, -1):
        if text[i] in _SURNAMES:
            for size in (2, 3):
                if i + size <= end and ways[i + size]:
                    ways[i] = min(2, ways[i] + ways[i + size])
                    step[i] = size
    if ways[0] != 1:
        return None
    names, i = [], 0
    while i < end:
        names.append(text[i:i + step[i]])
        i += step[i]
    return names


_SMALL_THEN_CAPITAL = _regex.compile(r"(?<=[a-z])(?=[A-Z])")


def glued_pinyin_names(token: str) -> list[str]:
    """The names of ``token`` if it is pinyin names of two words each glued where one name's last small letter meets
    the next one's capital ('Liu JingChen Zhiqiang', 'LIU JingCHEN Zhiqiang'), every word pinyin; else the token
    (a Western name's inner capital, 'McDonald', 'DeLuca', is no such glue)."""
    if " " not in token or _SMALL_THEN_CAPITAL.search(token) is None:
        return [token]
    names = [" ".join(part.split()) for part in _SMALL_THEN_CAPITAL.split(token)]
    if all(len(name.split()) == 2 and all(map(is_pinyin_word, name.split())) for name in names):
        return names
    return [token]


def glued_letter_marks(names: list[str]) -> list[str]:
    """Pinyin names, each with its affiliation's letter glued on ('ZHOU Youa, HE Xib, HUANG Lihuac', the
    departments '(a. …, b. …' under them): the names without it, where every name ends in one of the letters a to h,
    is pinyin without it, and one name is no pinyin with it (no syllable ends in b, c, d, f or h). A Western name
    ending so ('DUPONT Bernard') is no pinyin either way."""
    words = [name.split() for name in names]
    if len(names) < 2 or not all(len(w) >= 2 and "a" <= w[-1][-1] <= "h" and w[-1][:-1].isalpha() for w in words):
        return names
    if not all(is_pinyin_word(word) for w in words for word in [*w[:-1], w[-1][:-1]]) \
            or all(is_pinyin_word(w[-1]) for w in words):
        return names
    return [" ".join([*w[:-1], w[-1][:-1]]) for w in words]

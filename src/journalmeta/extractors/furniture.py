"""Lines no article title is: a site's furniture (menus, breadcrumbs, links, its name), issue lines and dates, and
a text rendering's line amid a menu copied a line an item.

Each test looks for the literal its pattern needs before the pattern (most lines asked about are titles and hold
none): one alternation of them all cost ~8 µs a line, these tests ~3 µs.
"""

from __future__ import annotations

from journalmeta import _regex
from journalmeta._hanzi import either_form, traditional
from journalmeta.document.model import Block, Page
from journalmeta.extractors.mastheads import SITE_NAME
from journalmeta.extractors.names import LANGUAGE_SWITCH, NUMBERED_ITEM
from journalmeta.labels import LABELS
from journalmeta.lang import has_han

__all__ = ["furniture", "in_menu_run", "rare_furniture"]

# a line opening with a sign (a title may open with a quoted or named work: '“一带一路”倡议下…',
# '《中国循证儿科杂志》发表的…') or with a site's buttons ('分享到：微信 微博', PMC's 'Find articles by Dennis A
# Benson', 'Access provided by …'), its welcome banner ('欢迎访问《…》官方网站！', 'Welcome to the official website…')
# or its QR code's caption ('扫码关注微信公众号', '手机阅读本文'), its font-size buttons ('字体：大 中 小'), its
# library button (DergiPark's 'Add To My Library Added to Library'), a repository's upload notes ('All content in
# this area was uploaded by …', ResearchGate's), a journal's section ('Sec. Infectious Diseases')
# or special issue ('This article is part of the Research Topic …', 'This article belongs to the Special Issue …')
_START = _regex.compile(either_form(r"(?![《“「『‘¿¡«])\W|"
                                    r"(?:分享到|当前位置|您的位置|浏览次数|下载次数|PDF下载|HTML全文|导出引用|"
                                    r"欢迎(?:访问|来到|光临|登录|您)|扫码|扫一扫|手机阅读|字[体号]\s*[:：])|"
                                    r"(?:Find articles by|Access (?:provided )?by|Welcome to|Sec\.|Get full text|"
                                    r"Online Access(?:Get full text)?|All content in this area was uploaded by|"
                                    r"Content (?:uploaded by|may be subject to)|Author content|"
                                    r"This article (?:is part of|belongs to)|"
                                    r"Add(?:ed)? [Tt]o (?:[Mm]y )?[Ll]ibrary)(?: |$)|"
                                    # (a breadcrumb copied with no space between its links: 'AccueilNuméros91La …')
                                    r"(?:Accueil|Home|Inicio|Início|Startseite|Главная)(?=[A-ZÀ-ÞА-Я\d])"))
# a site's name: '万方数据知识服务平台', '《植物学报》编辑部', '中华医学期刊网'; Korean ones ('KCI 한국학술지인용색인',
# 'RISS 학술연구정보서비스')
_SITE_ENDS = tuple(dict.fromkeys(form for word in ("编辑部", "期刊网", "杂志社", "期刊社", "知识服务平台",
                                                  "期刊全文数据库", "인용색인", "학술정보", "정보서비스")
                                 for form in (word, traditional(word))))
# a download link's label ('Bulekov Appendix PDF') or a file's name ('Файл статьи: 20060208.pdf')
_FILE_LINKS = (" PDF", "(PDF)", " EPUB", "(EPUB)", ".pdf", ".PDF", ".doc", ".docx")
# the site's notices: '关于举办第五届学术研讨会的通知' (in Traditional too: '啟事')
_NOTICES = tuple(dict.fromkeys(form for word in ("的通知", "的公告", "启事", "的通告")
                               for form in (word, traditional(word))))
# links to the articles before and after, the label table's words ('• 研究论文 • 上一篇 下一篇': a column's name and
# its neighbours' links; not the two-character '上篇' / '下篇', a part of a title's)
_NEIGHBOURS = tuple(dict.fromkeys(form for word in LABELS["neighbour"]["zh"] if len(word) >= 3
                                  for form in (word, traditional(word))))
_LINE_ENDS = _SITE_ENDS + _FILE_LINKS + _NOTICES + _NEIGHBOURS
_SITES = _regex.compile(either_form(r"中国知网|万方数据|维普资讯"))
_SIGNS = _regex.compile(r"[。|›>＞@©]")  # (and '»' with no '«' before it: a breadcrumb's, not a quotation's end)
_URL = _regex.compile(r"https?://")
_DOMAIN = _regex.compile(r"\.(?:com|cn|org)\b")
_BREADCRUMB = _regex.compile(r"\s/\s.*\s/\s")  # 'Home / Archives / Vol. 36'
_COOKIES = _regex.compile(r"\b(?:uses|use of) cookies\b")
_DIGIT = _regex.compile(r"\d")
# a line ending in a day's date after a comma: the journal's abbreviation and the day it came out ('Front. Public
# Health, 15 December 2021'), a dateline; no title ends so
_DATED_LINE = _regex.compile(r",\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December)\s+(?:19|20)\d\d$")
# issue lines and dates, each with the literal it holds: '2021年第3期', '2021-5', '100 (2), 45-52', CNKI's '测绘通报.
# 2022,(03)', 'Journal, 2022, 41(3)', 'Vol. 5'; in other languages 'том 29, выпуск 4', '2020. № 52. С. 45–63', 'Cilt 8'
_ISSUE = (("年", _regex.compile(r"\d{4}\s*年\s*第?\s*\d")),
          ("-", _regex.compile(r"\d{4}\s*-\s*第?\s*\d{1,2}(?!\d)")),  # an issue, a date; no span of years
          ("()（）", _regex.compile(r"\d\s*[(（]\s*[\w\-]{1,8}\s*[)）]\s*[,，]\s*\d|"
                                  r"(?:19|20)\d\d\s*[,，]\s*[(（]?\d+\s*[(（)）]")),
          # ('No. 3, 2020', 'No. 3 (2020)'; not a name's number: 'Urumqi Glacier No.1 in the Tianshan')
          (("Vol", "Number", "Issue", "No"), _regex.compile(r"\b(?:Vol(?:ume)?|Number|Issue)\.?:?\s*\d|"
                                                            r"\bNo\.?:?\s*\d+\s*(?:[,(]|$)")),
          (("ом", "ыпуск", "омер", "Cilt", "Sayı", "№", "Т.", "С."),
           _regex.compile(r"(?:\b(?:[Тт]ом|[Вв]ыпуск|[Нн]омер|Cilt|Sayı)|№|\bТ\.|\bС\.)\s*\d")))


def furniture(text: str) -> bool:
    """Whether a line is page furniture ('Times cited: 348', a link, a breadcrumb, a site's name) or an issue line."""
    if not text:
        return False
    if _START.match(text) or text[-1] in ":：(（" or text.endswith(_LINE_ENDS) or _number_after_colon(text) \
            or (len(text) <= _CELL_LENGTH and text[-1] in _CELL_ENDS and _LABEL_AND_NUMBER.match(text)) \
            or _SIGNS.search(text) or ("»" in text and "«" not in text) or _SITES.search(text):
        return True
    if text[-4:].isdigit() and _DATED_LINE.search(text):
        return True
    if ("/" in text and (_URL.search(text) or _BREADCRUMB.search(text))) or "www." in text \
            or ("." in text and _DOMAIN.search(text)) or ("cookies" in text and _COOKIES.search(text)):
        return True
    return _DIGIT.search(text) is not None and any(
        any(literal in text for literal in literals) and pattern.search(text) for literals, pattern in _ISSUE)


# a copied record table's row, a short Han label and a number ('出版月份 3月', '序號 6'): no title
_LABEL_AND_NUMBER = _regex.compile(r"[\u4e00-\u9fff]{2,6}[ \t\u3000]+\d{1,2}\s*[月日期号號卷]?$")
_CELL_LENGTH = 14
_CELL_ENDS = frozenset("0123456789月日期号號卷")


def _number_after_colon(text: str) -> bool:
    """A label and its count at the line's end: 'Times cited: 348', '下载次数：1,024'."""
    head = text.rstrip("0123456789,.")
    return len(head) < len(text) and text[len(head)].isdigit() and head.rstrip()[-1:] in (":", "：")


# rarer furniture, each looked for only where its literal is: the journal's badges ('CA、CABI、ZR收录期刊'), a site's
# name ('SciELO - Scientific Electronic Library Online', not a title on one: '… to Implement Digital Library
# Collections and Services'), a QR code's caption, a day's date ('25.05.2025'), SciELO's
# 'vol.17 no.3', a loading notice
_SEARCH_BOX = _regex.compile(r"^(?:Advanced [Ss]earch|Search (?:for this keyword|this (?:site|journal)))$")
_LOADING = _regex.compile(r"(?:Loading|加载中|載入中|로드\s*중|読み込み中)\s*(?:\.{2,}|…)")
_BROWSER_NOTICE = _regex.compile(either_form(r"复制成功|继续浏览|浏览器(?:效果最佳|进行阅读|阅读|打开|访问)|"
                                             r"请(?:在|使用|用).{0,12}浏览器"))
_TYPESETTING = _regex.compile(r"[小五四三二一0-9０-９]号\s*(?:宋体|楷体|黑体|仿宋)|例如\s*[:：]")
_RARE_NOT_TITLE = (("期刊", _regex.compile(either_form(r"(?:收录|核心|来源)期刊$"))),
                   ("Library", _regex.compile(rf"^(?:\S+\s+){{0,5}}\S*{SITE_NAME}(?:\s+\S+){{0,2}}$")),
                   ("QR", _regex.compile(r"\bQR\s*(?:[Cc]ode|코드|码|碼)")),
                   (".", _regex.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b|\b(?:vol|no)\.\s*\d")),
                   # a search box's caption (HighWire's 'Search for this keyword'; not 'Search for the Higgs boson …')
                   ("earch", _SEARCH_BOX),
                   # a reader's notices: '复制成功,请在其他浏览器进行阅读', '使用Chrome浏览器效果最佳'
                   ("浏览器", _BROWSER_NOTICE), ("瀏覽器", _BROWSER_NOTICE), ("复制成功", _BROWSER_NOTICE),
                   ("继续浏览", _BROWSER_NOTICE),
                   # a template's typesetting note ('单位名称 科室,省名 城市名 邮编(小5号宋体)') or sample ('例如:')
                   ("号", _TYPESETTING), ("例如", _TYPESETTING),
                   # a loading notice ('로드 중.... (전체 텍스트 보기)', 'Loading...', '加载中…')
                   ("..", _LOADING), ("…", _LOADING),
                   # a journal's metric ('ИФ РИНЦ = 1,674', 'IF = 2.5')
                   ("=", _regex.compile(r"^[^=]{1,30}=\s*\d+(?:[.,]\d+)?$")),
                   # a site's language switch ('中文English', '中文 | English', 'English 中文版')
                   ("English", LANGUAGE_SWITCH), ("中文", LANGUAGE_SWITCH))
# ... and at a line's start: a numbered list's item ('一、标题、作者…'), a journal's contact lines ('地址:北京市西城区
# 百万庄大街24号', '主编:…', '邮编:100037', '主办单位:…', '国内刊号:CN 21-1531/P')
_LIST_OR_CONTACT = _regex.compile(either_form(rf"{NUMBERED_ITEM}|"
                                              r"(?:地址|邮编|主编|电话|传真|邮箱|网址|主办|主管|社长|承办|出版|"
                                              r"(?:主办|主管|承办|出版)单位|(?:国内|国际)?刊号)\s*[:：]"))


def rare_furniture(text: str) -> bool:
    """Whether a line is rarer page furniture no title is (each pattern looked for only where its literal is)."""
    return _LIST_OR_CONTACT.match(text) is not None \
        or any(literal in text and pattern.search(text) for literal, pattern in _RARE_NOT_TITLE)


def in_menu_run(page: Page, block: Block) -> bool:
    """A text rendering's short Latin line amid a run of short lines, two above and three below, none a sentence,
    a list or a number: an entry of a menu copied a line an item ('Financial Economics' / 'Fluid Mechanics' / …,
    a journal's list of its sister journals), whose next entry reads as a name."""
    if page.is_html or has_han(block.text) or len(block.text.split()) > _MENU_ITEM_WORDS:
        return False
    around = [*page.blocks[max(0, block.index - 2): block.index], *page.blocks[block.index + 1: block.index + 4]]
    if len(around) == 5 and all(_menu_shaped(b.text) for b in around):
        return True
    # entries named alike ('ACS Catalysis' / 'ACS Central Science' / 'ACS Applied … - New in 2019'), the menu's last
    # one too: three of the four lines above and the three below
    first = block.text.split(" ", 1)[0]
    if first in _LITTLE_WORDS:
        return False
    near = page.blocks[max(0, block.index - 4): block.index + 4]
    return sum(b.text.startswith(first + " ") for b in near) - 1 >= _LIKE_ENTRIES


_LIKE_ENTRIES = 3
_LITTLE_WORDS = frozenset(("The", "A", "An", "On", "In", "Of", "La", "Le", "Les", "El", "Die", "Der", "Das"))


_MENU_ITEM_WORDS = 6
_NOT_MENU_ITEM = _regex.compile(r"[\d,.;:!?()\[\]|/@]")


def _menu_shaped(text: str) -> bool:
    return len(text.split()) <= _MENU_ITEM_WORDS and not _NOT_MENU_ITEM.search(text)

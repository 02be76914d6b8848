"""The inline table: volume, issue, year and pages printed as 'label value' inside a short block ('Vol. 5, No. 3',
'第32卷第5期', 'Том 12, № 3'), keyed by field and language. Data, not code: add a pattern here, not a branch."""

from __future__ import annotations

# Volume, issue, year and pages printed as "label: value" inside a short block; keyed by language, one
# pattern or several, each capturing the value as group 1.
# Wanfang's "年，卷(期)：2021, 50(3)"; NSTL's "年卷期：2022年第4期"
_YEAR_VOLUME_ISSUE = r"(?:年\s*[,，]\s*卷\s*[(（]\s*期\s*[)）]|年卷期)\s*[:：]\s*"
_ZH_LABEL = r"(?<![\u4e00-\u9fff])"  # a database record's "年份：2019 卷号：39 期号：12 页码：4310-4319"
_ZH_SEPARATOR = r"\s*[:：】\]]\s*"
# ... or, a label of two characters or more opening a line of a copied record table, white space alone ('年份 2016',
# '頁碼 113-139'; not a bare '卷', which follows a number in '第5卷 3期')
_ZH_CELL = r"(?:^|(?<=\s))"
_ZH_CELL_GAP = r"[ \t\u3000]+"
_DATED = r"(?=\s*,\s*\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)"  # a page range followed by the day it came out
INLINE_FIELDS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "volume": {"ru": (r"Том\s*:?\s*(\d+)", r"(?<![^\W\d_])[Тт]\.\s*(\d+)"),
               # (ScienceDirect's copied record repeats the word: 'Volume: Volume 55')
               "en": r"\b(?:Vol(?:ume)?|vol)\.?\s*:?\s*(?:Volume\s+)?(\d+)\b", "tr": r"\bCilt\s*:?\s*(\d+)",
               "az": r"\bCild\s*:?\s*(\d+)",
               "pt": r"(?<![^\W\d_])v\.\s*(\d+)", "de": r"\b(?:Jahrgang|Jg\.|Band|Bd\.)\s*:?\s*(\d+)",
               "ko": (r"제\s*(\d+)\s*권", r"(?<!\d)(\d+)\s*권(?=\s*(?:제\s*)?\d+\s*호)"),  # KCI's '26권 2호'
               "ja": r"第\s*(\d+)\s*巻", "fa": r"دوره\s*:?\s*(\d+)", "ka": r"ტომი\s*:?\s*(\d+)",
               "hy": r"Հատոր\s*:?\s*(\d+)", "th": r"ปีที่\s*(\d+)", "ar": r"(?:المجلد|مجلد)\s*:?\s*(\d+)",
               "pl": r"\bTom\s*:?\s*(\d+)(?=,?\s*Zeszyt)", "cs": r"\bRočník\s*:?\s*(\d+)",
               "hu": r"(?<!\d)(\d+)\.\s*évfolyam",  # '93. évfolyam, 2. szám'; a number's dot before the word
               "zh": (rf"(?:第\s*|{_YEAR_VOLUME_ISSUE}(?:19|20)\d\d\s*[,，]\s*)(\d+)(?=\s*卷|\s*[(（])",
                      rf"{_ZH_LABEL}卷\s*号?{_ZH_SEPARATOR}(\d+)", rf"{_ZH_CELL}卷\s*号{_ZH_CELL_GAP}(\d+)")},
    "issue": {"ru": (r"(?:Номер|[Вв]ыпуск[еа]?)\s*:?\s*(\d+(?:-\d+)?)", r"(?:№|(?<![^\W\d_])Вып\.)\s*(\d+(?:-\d+)?)"),
              "tr": r"\bSayı\s*:?\s*(\d+(?:-\d+)?)", "az": r"\bCild\s*:?\s*\d+\s*,?\s*Say\s*:?\s*(\d+(?:-\d+)?)",
              # ABNT's 'v. 53, n. 4', 'Nº 4', 'Núm. 4', 'n° 4'
              "pt": (r"(?<![^\W\d_])n\.\s*(\d+(?:-\d+)?)",
                     r"\b(?:N\.?[º°]|n[º°]|Núm(?:ero)?\.?|Numéro)\s*(\d+(?:-\d+)?)"),
              "de": r"\bHeft\s*:?\s*(\d+(?:[-/]\d+)?)", "ko": (r"제\s*(\d+)\s*호", r"권\s*(\d+)\s*호"),
              "ja": r"巻\s*[,、]?\s*第?\s*(\d+(?:-\d+)?)\s*号",
              "ka": r"ნომერი\s*:?\s*(\d+(?:-\d+)?)", "pl": r"\bZeszyt\s*:?\s*(\d+(?:[-/]\d+)?)",
              "cs": r"\bČíslo\s*:?\s*(\d+(?:[-/]\d+)?)", "hr": r"\bBroj\s*:?\s*(\d+(?:[-/]\d+)?)",
              "hu": r"(?<!\d)(\d+)\.\s*szám", "ro": r"\bNr\.\s*(\d+(?:[-/]\d+)?)",  # Romanian, German 'Nr. 3'
              "hy": r"Համար\s*:?\s*(\d+(?:-\d+)?)", "th": r"ฉบับที่\s*(\d+(?:-\d+)?)",
              "fa": r"(?<!\w)شماره\s*:?\s*(\d+(?:-\d+)?)", "ar": r"(?<!\w)(?:العدد|عدد)\s*:?\s*(\d+(?:-\d+)?)",
              # SciELO's 'vol.17 no.3', APS's 'Vol. 122, Iss. 14 — 12 April 2019', a record's 'Issue: Issue 3'
              "en": r"\b(?:Issues?|Iss\.|[Nn]o\.|Number)\s*:?\s*(?:Issue\s+)?(\d+(?:[-–/]\d+)?)\b",
              "zh": (rf"(?:第\s*|{_YEAR_VOLUME_ISSUE}(?:19|20)\d\d\s*[,，]\s*\d*\s*[(（]\s*)([\dA-Za-z]{{1,6}}?)"
                     r"(?=\s*期|\s*[)）])",
                     # ('期号：2021年03期': the year before the issue)
                     rf"{_ZH_LABEL}期\s*号?{_ZH_SEPARATOR}(?:(?:19|20)\d\d\s*年\s*)?第?\s*([\dA-Za-z]{{1,6}})(?![\dA-Za-z])",
                     rf"{_ZH_CELL}期\s*号{_ZH_CELL_GAP}([\dA-Za-z]{{1,6}})(?![\dA-Za-z])")},
    "year": {"ru": r"Год\s*:?\s*((?:19|20)\d\d)", "tr": r"\bYıl\s*:?\s*((?:19|20)\d\d)",
             # DergiPark's issue line "Year 2005 Volume: 29 Number: 247"; PMC's "Issue date 2013 Jan"
             "en": (r"\bYear(?::\s*|\s+)((?:19|20)\d\d)\b",
                    r"\bIssue\s+(?:[Dd]ate|[Yy]ear)\s*:?\s*(?:[A-Z][a-z]{2,8}\.?\s+)?((?:19|20)\d\d)\b"),
             "zh": (rf"{_YEAR_VOLUME_ISSUE}((?:19|20)\d\d)",
                    rf"{_ZH_LABEL}(?:年\s*份|出版年份?|发表年份?){_ZH_SEPARATOR}((?:19|20)\d\d)",
                    rf"{_ZH_CELL}(?:年份|出版年份?|发表年份?){_ZH_CELL_GAP}((?:19|20)\d\d)(?!\d)",
                    rf"{_ZH_LABEL}期\s*号?{_ZH_SEPARATOR}((?:19|20)\d\d)\s*年\s*第?\s*\d"),  # '期号：2021年03期'
             # the year beside a volume or issue with no label of its own ("-line": weaker than a labelled year,
             # see extractors.inline): "Vol.32 No.5 May 2021", "Oct. 2021 Vol.32", "2021年5月 第32卷 第5期",
             # "第32卷第5期 2021年5月"
             # ('Volume 25, Number 10 - 5 October 2020', 'Number 5/6 - May/June 2017')
             "en-line": (r"\b(?:No\.|Issue|Number)\s*\d+(?:[-–/]\d+)?\s*[,\-–—]?\s*"
                         r"(?:pp?\.\s*\d+\s*[-–]\s*\d+\s*,?\s*)?"
                         r"\(?(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?(?:/[A-Z][a-z]{2,8})?\s+)?((?:19|20)\d\d)\b",
                         r"\b((?:19|20)\d\d)\s*,?\s*Vol(?:ume)?\b",
                         r"\bVol(?:ume)?\.?\s*\d+\s*[-–,]\s*((?:19|20)\d\d)\b(?![-–/.]\d)",  # 'Volume 5 - 2020 | https://doi…'

                         # SciELO's strip: 'Rev. salud pública vol.21 no.3 Bogotá May/June 2019' (the city between)
                         r"\bvol\.\s*\d+\s+(?:no|núm|n)\.\s*\w+\s+\D{2,40}?\s((?:19|20)\d\d)\b"),
             # "Т. 12, № 3, 2020", "2020. Т. 12, № 3", "№ 3 (2020)"
             "ru-line": (r"№\s*\d+(?:-\d+)?\s*[,.]?\s*\(?((?:19|20)\d\d)\b",
                         r"\b((?:19|20)\d\d)\s*[.,]\s*(?:Т\.|Том|[Вв]ыпуск)\s*\d",  # ('2006, выпуск 2')
                         # ('Статья в выпуске: 2, 2016 года.', '… 3 (61) т.15, 2023 года.')
                         r"[Вв]ыпуске?\s*:?\s*\d+(?:-\d+)?(?:\s*\(\d+\))?(?:\s*[Тт]\.\s*\d+)?\s*,\s*((?:19|20)\d\d)\b"),
             # "제36권 제4호 2020년 4월", KCI's "26권 2호 (2020)"
             "th-line": r"ฉบับที่\s*\d+(?:-\d+)?\s*\(\s*((?:19|20)\d\d)\b",  # 'ปีที่ 15 ฉบับที่ 2 (2020)'
             "pl-line": r"\bZeszyt\s*:?\s*\d+(?:[-/]\d+)?\s*[(,]\s*((?:19|20)\d\d)\b",  # 'Tom 93, Zeszyt 2 (2021)'
             "ka-line": r"ნომერი\s*:?\s*\d+(?:-\d+)?\s*[(,]\s*((?:19|20)\d\d)\b",  # 'ტომი 12, ნომერი 1 (2021)'
             "az-line": r"\bSay\s*:?\s*\d+(?:-\d+)?\s*[(,]\s*((?:19|20)\d\d)\b",  # 'Cild 5 Say 2 (2023)'
             "ko-line": (r"권\s*(?:제?\s*\d+\s*호\s*)?[,.]?\s*((?:19|20)\d\d)\s*년",
                         r"권\s*(?:제?\s*\d+\s*호\s*)?[(（]\s*((?:19|20)\d\d)\s*[)）]"),
             "zh-line": (r"((?:19|20)\d\d)\s*年\s*(?:\d{1,2}\s*月\s*)?(?=第\s*\d+\s*卷)",
                         r"第\s*\d+\s*期\s*[,，]?\s*((?:19|20)\d\d)\s*年")},
    # a record's first and last pages under labels of their own ('Начальная страница: 97 Последняя страница: 101',
    # 'First page: 45 Last page: 60'): the merge pairs them into a range
    "first_page": {"ru": r"(?:Начальная|Первая)\s+страница\s*:?\s*(\d+)",
                   "en": r"\b(?:First|Start(?:ing)?)\s+[Pp]age\s*:?\s*(\d+)"},
    "last_page": {"ru": r"(?:Последняя|Конечная)\s+страница\s*:?\s*(\d+)",
                  "en": r"\b(?:Last|End(?:ing)?)\s+[Pp]age\s*:?\s*(\d+)"},
    "pages": {"ru": (r"Страницы\s*:?\s*(\d+(?:\s*[-–]\s*\d+)?)", r"(?<![^\W\d_])[Сс]\.\s*(\d+\s*[-–]\s*\d+)"),
              "pt": r"(?<![^\W\d_])p\.\s*(\d+\s*[-–]\s*\d+)",
              # 'Zeszyt 2 (2021), s. 215-236', 'Číslo 3, s. 45-60'
              "pl": r"\bZeszyt\s*:?\s*\d+.{0,12}?(?<![^\W\d_])s\.\s*(\d+\s*[-–]\s*\d+)",
              "cs": r"\bČíslo\s*:?\s*\d+.{0,12}?(?<![^\W\d_])s\.\s*(\d+\s*[-–]\s*\d+)",
              # DergiPark: 'Yıl 2025, Cilt: 22 Sayı: 3, 1354 - 1360, 31.12.2025' (or 'Issue: 13, 771 - 784, …')
              # or, with no volume or issue, an empty slot: 'Yıl 2022, , 86 - 107, 31.12.2022'
              "tr": (rf"\b(?:Sayı|Issue|Number)\s*:\s*\d+(?:-\d+)?\s*,\s*(\d+\s*[-–]\s*\d+){_DATED}",
                     rf"\b(?:Yıl|Year)\s+(?:19|20)\d\d\s*,\s*,\s*(\d+\s*[-–]\s*\d+){_DATED}"),
              # "Pages: 5-9"; an e-locator, "Article: 1117749" (Taylor & Francis), "Article number: e0213978"
              "en": (r"(?:\b[Pp]ages?\s*:?\s*|\bArticle(?:\s+(?:number|No\.?))?\s*:\s*(?=[A-Za-z]?\d{3,}))"
                     r"([A-Za-z]?\d+(?:\s*[-–]\s*[A-Z]?\d+)?)\b",
                     r"\bpp\.\s*(\d+\s*[-–]\s*\d+)\b"),
              # KCI's and CiNii's records: "페이지" / "ページ" over the range, read as "페이지：55-78"
              "ko": r"페이지\s*[:：]\s*(\d+\s*[-–~]\s*\d+)", "ja": r"ページ\s*[:：]\s*(\d+\s*[-–~]\s*\d+)",
              # Sinaweb's 'دوره 18، شماره 3، مهر 1399، صفحه 245-259'; 'الصفحات 45-60', 'ص 45-60'
              "fa": r"(?<!\w)(?:صفحه|صفحات|صص)\s*:?\s*(\d+\s*[-–]\s*\d+)",
              "ar": r"(?<!\w)(?:الصفحات|الصفحة|ص)\s*[.:]?\s*(\d+\s*[-–]\s*\d+)",
              # Wanfang's "页数：10(345-354)"
              "zh": (r"页数\s*[:：]\s*\d+\s*[(（]\s*(\d+\s*[-–]\s*\d+)\s*[)）]",
                     # ('【页码】P47-52,130': a P before the range, a page set apart after it, as '35-38+80')
                     rf"{_ZH_LABEL}(?:页\s*码|起止页码?|页码范围|起讫页|页次)"
                     rf"{_ZH_SEPARATOR}[Pp]?(\d+(?:\s*[-–~]\s*\d+)?(?:\+\d+|,\d{{1,4}}(?![\d年.]))*)",
                     rf"{_ZH_CELL}(?:页码|起止页码?|页码范围|起讫页|页次){_ZH_CELL_GAP}(\d+(?:\s*[-–~]\s*\d+)?)",
                     r"期\s*[,，:：]?\s*(\d+\s*[-–~]\s*\d+)\s*页")},  # "第5期 1720-1728页"
}
# What every label of INLINE_FIELDS starts with, lower-cased: a block holding none of these is not looked at
# (tests/test_citation.py checks that each pattern's example holds one).
INLINE_HINTS: tuple[str, ...] = (
                "том", "vol", "第", "номер", "выпуск", "issue", "no.", "number", "год", "страниц", "page", "卷(期",
                "卷（期", "页数", "article", "卷号", "期号", "页码", "卷:", "卷：", "卷】", "期:", "期：", "期】",
                "iss.", "年份", "出版年", "发表年", "起止页", "起讫页", "页次", "year 1", "year 2", "year:",
                "pp.", "№", "cilt", "sayı", "sayi", "yıl", "yil", "nº", "n°", "n.º", "núm", "numéro", "jahrgang",
                "band", "heft", "권", "호", "巻", "페이지", "ページ", "cild")
# Languages whose patterns are tried only on a block holding one of their own label words (lower-cased): each
# pattern more in the combined look costs every block a little.
GATED_HINTS = {"fa": ("دوره", "شماره", "صفح", "صص"), "ar": ("مجلد", "عدد", "صفح", "ص "), "ka": ("ტომი", "ნომერი"),
               "hy": ("հատոր", "համար"), "pl": ("zeszyt",), "th": ("ปีที่", "ฉบับที่"),
               "hu": ("évfolyam", "szám"), "ro": ("nr.",), "cs": ("ročník", "číslo"), "hr": ("broj",),
               "ko": ("권", "호", "페이지"), "ja": ("巻", "ページ"), "az": ("cild",),
               "de": ("jahrgang", "jg.", "band", "bd.", "heft"),
               "tr": ("cilt", "sayı", "sayi", "yıl", "yil", "issue", "number"),
               "ru": ("том", "т.", "номер", "выпуск", "№", "вып", "год", "страниц", "с.")}
INLINE_HINTS += tuple(hint for hints in GATED_HINTS.values() for hint in hints)
# Labels of one or two letters and a dot ('v. 53, n. 4, p. 12-21', 'Т. 12', 'С. 45–52'): a literal 'n.' is in every
# other sentence, so these count as hints only as a word of their own with a number after.
INLINE_ABBREVIATIONS = ("v", "n", "p", "т", "с", "вып", "jg", "bd")

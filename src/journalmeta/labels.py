"""Tables of labels, keyed by field and language. Data, not code: add a label here, not a branch."""

from __future__ import annotations

import re
from functools import cache

from journalmeta import _regex
from journalmeta._hanzi import either_form, traditional

LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    # a record printed as "label: value" lines (databases, aggregators): 中文题名 / 英文题名 / 英文作者 / 英文刊名
    "title": {
        "zh": ("题名", "中文题名", "篇名", "中文篇名", "中文标题", "论文标题", "文章标题", "论文题目", "文章题目",
               "英文题名", "英文篇名", "英文标题", "英文题目", "外文题名", "中文题目", "並列篇名", "并列篇名",
               "並列題名", "英文題名", "论文名称", "论文名称(外文)"),
        # ('论文名称(英文)', '研究生(中文)': a label with its language in brackets is the label, see LANGUAGE_TAGS)
        "en": ("Title", "English title", "Article title", "Paper title"),
        "ja": ("タイトル", "タイトル別名", "論文名", "論題", "表題"),  # CiNii's; KCI's, RISS's parallel title
        "ko": ("논문명", "논문제목", "기타서명"),
        "fa": ("عنوان مقاله", "عنوان"), "ar": ("عنوان المقالة", "عنوان البحث", "العنوان"),
    },
    "abstract": {
        "zh": ("摘要", "摘 要", "中文摘要", "英文摘要", "外文摘要", "内容摘要", "内容提要", "提要", "摘　要"),
        "en": ("Abstract", "Summary", "Synopsis", "English Abstract", "Trans Abstract",  # (KoreaMed: translated)
               "Multilingual Abstract"),  # (RISS's, under '다국어 초록')
        "ru": ("Аннотация", "Резюме", "Реферат"),
        "tr": ("Özet", "Öz"), "fr": ("Résumé", "Résumés"),
        "de": ("Zusammenfassung",), "it": ("Riassunto", "Sommario"), "es": ("Resumen",), "pt": ("Resumo",),
        "ja": ("抄録", "要旨", "概要", "要約"),
        "ko": ("초록", "초 록", "국문초록", "국문 초록", "영문초록", "영문 초록", "요약", "요 약", "다국어 초록"),
        "id": ("Abstrak", "Intisari", "Sari"),
        "pl": ("Streszczenie",), "uk": ("Анотація", "Реферат"),
        "hr": ("Sažetak",), "cs": ("Abstrakt",), "th": ("บทคัดย่อ",),
        "nl": ("Samenvatting",), "sv": ("Sammanfattning",), "no": ("Sammendrag",), "fi": ("Tiivistelmä",),
        "hu": ("Összefoglaló", "Összefoglalás", "Absztrakt"), "ro": ("Rezumat",), "ca": ("Resum",),
        "sl": ("Povzetek", "Izvleček"), "sr": ("Сажетак", "Апстракт", "Rezime"), "lt": ("Santrauka",),
        "sk": ("Abstrakt",), "vi": ("Tóm tắt", "Tóm tắt bài báo"), "el": ("Περίληψη",),
        "ar": ("الملخص", "ملخص", "المستخلص", "الخلاصة"), "fa": ("چکیده",), "bg": ("Резюме", "Абстракт"),
        "kk": ("Аңдатпа", "Түйіндеме"), "be": ("Анатацыя", "Рэзюмэ"), "ky": ("Кыскача мазмуну",),
        "uz": ("Annotatsiya", "Qisqacha mazmuni"), "az": ("Xülasə", "Annotasiya"),
        "ka": ("ანოტაცია", "რეზიუმე", "აბსტრაქტი"), "hy": ("Ամփոփում", "Ամփոփագիր", "Անոտացիա"),
        "hi": ("सारांश", "सार"), "he": ("תקציר",),
    },
    "keywords": {
        "zh": ("关键词", "关 键 词", "关键字", "關鍵詞", "關鍵字", "关健词", "主题词", "中文关键词", "英文关键词",
               "外文关键词", "中文关键字", "英文关键字"),
        "en": ("Key words", "Keywords", "Key-words", "Keyword", "Index terms", "English keywords", "Descriptors"),
        "ru": ("Ключевые слова",),
        "tr": ("Anahtar Kelimeler", "Anahtar Sözcükler"),
        "fr": ("Mots-clés", "Mots clés", "Mots-clefs"),
        "de": ("Schlüsselwörter", "Schlagwörter"),
        "it": ("Parole chiave",),
        "es": ("Palabras clave", "Descriptores"),
        "pt": ("Palavras-chave", "Descritores", "Unitermos"),
        "ja": ("キーワード",),
        "ko": ("키워드", "주제어", "핵심어", "핵심 단어"),
        "id": ("Kata kunci", "Kata-kata kunci", "Katakunci"),
        "pl": ("Słowa kluczowe",), "uk": ("Ключові слова",),
        "hr": ("Ključne riječi",), "cs": ("Klíčová slova",),
        "nl": ("Trefwoorden", "Sleutelwoorden"), "sv": ("Nyckelord",), "no": ("Nøkkelord", "Emneord"),
        "da": ("Nøgleord",), "fi": ("Avainsanat", "Asiasanat"), "hu": ("Kulcsszavak",),
        "ro": ("Cuvinte cheie", "Cuvinte-cheie"), "ca": ("Paraules clau",), "sl": ("Ključne besede",),
        "sr": ("Ključne reči", "Кључне речи"), "lt": ("Raktiniai žodžiai",), "sk": ("Kľúčové slová",),
        "vi": ("Từ khóa", "Từ khoá"), "el": ("Λέξεις-κλειδιά", "Λέξεις κλειδιά"),
        "ar": ("الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الرئيسية", "الكلمات الدالة"),
        "fa": ("کلیدواژه‌ها", "کلیدواژه ها", "واژگان کلیدی", "کلمات کلیدی"),
        "bg": ("Ключови думи",), "th": ("คำสำคัญ",),
        "kk": ("Түйін сөздер", "Түйінді сөздер", "Кілт сөздер"), "be": ("Ключавыя словы",),
        "ky": ("Урунттуу сөздөр", "Негизги сөздөр", "Ачкыч сөздөр"),
        "uz": ("Kalit so'zlar", "Kalit soʻzlar", "Калит сўзлар"), "az": ("Açar sözlər",),
        "ka": ("საკვანძო სიტყვები",), "hy": ("Բանալի բառեր", "Հիմնաբառեր"), "hi": ("मुख्य शब्द", "कुंजी शब्द"),
        "he": ("מילות מפתח",),
    },
    "citation": {
        "zh": ("引用本文", "引用本文格式", "本文引用格式", "引用格式", "文章引用", "引文格式", "参考引用格式", "引用",
               "引用此文", "本文引用", "中文引用格式", "英文引用格式", "中文引用", "英文引用", "引用本文英文格式",
               "文献引用格式", "引文著录格式", "本文引文著录格式", "本文引文格式"),
        "en": ("Citation", "Cite this article", "Cite this article as", "Cite this", "Cite as", "To cite this article",
               "How to cite", "How to cite this article", "Citation format", "Cite this paper",
               "Quote", "Please cite this article as", "English citation", "For citation", "For citing",
               "Reference format", "Citation style", "Please cite this paper as", "To cite this paper"),
        "ru": ("Для цитирования", "Библиографическая ссылка", "Ссылка для цитирования", "Как цитировать",
               "Образец цитирования", "Библиографическое описание", "Цитировать", "Цитировать статью"),
        "uk": ("Для цитування", "Як цитувати", "Бібліографічний опис", "Цитувати"),
        "tr": ("Atıf", "Kaynak Göster", "Atıf için", "Bu makaleye atıf için", "Atıf Biçimi", "Kaynak Gösterimi"),
        "es": ("Cómo citar", "Cómo citar este artículo", "Para citar este artículo", "Citar como"),
        "pt": ("Como citar", "Como citar este artigo", "Para citar este artigo"),
        "fr": ("Pour citer cet article", "Pour citer ce document", "Citer cet article", "Citer ce document",
               "Référence électronique", "Référence papier"),
        "de": ("Zitierweise", "Zitiervorschlag", "Zitieren als", "Zitierhinweis"),
        "it": ("Come citare", "Per citare questo articolo", "Citazione"), "pl": ("Jak cytować", "Cytowanie"),
        "id": ("Cara mengutip", "Cara Mengutip Artikel", "Sitasi", "Cara Sitasi", "Format Sitasi"), "ko": ("인용하기",),
        "vi": ("Trích dẫn", "Cách trích dẫn"), "fa": ("ارجاع به این مقاله", "استناد به این مقاله"),
        "ar": ("للاستشهاد", "كيفية الاستشهاد"),
        # the style names over the strings of a cite box that prints several styles (DergiPark, OJS)
        "": ("APA", "MLA", "Chicago", "Harvard", "Vancouver", "IEEE", "AMA", "JAMA", "ISNAD", "Turabian", "ABNT"),
    },
    "doi": {"": ("DOI", "Digital Object Identifier"), "zh": ("DOI号", "DOI码", "数字对象唯一标识符", "数字对象标识符"),
            "fa": ("شناسه دیجیتال", "شناسه دیجیتال (DOI)"),
            "ar": ("معرف الوثيقة الرقمي", "معرف الوثيقة الرقمي (DOI)", "معرف الكائن الرقمي")},
    "source": {"en": ("Published in", "Journal reference", "Journal-ref", "Journal ref",
                      "Published in final edited form as"),  # (PMC's author manuscripts)
               "zh": ("出版源", "文献来源", "来源"), "fr": ("Publié dans",), "de": ("Erschienen in",)},
    "clc": {"zh": ("中图分类号", "中图法分类号", "分类号"), "en": ("CLC number", "CLC")},
    "journal": {"zh": ("刊名", "刊 名", "刊  名", "期刊名称", "出处", "来源期刊", "中文刊名", "英文刊名", "外文刊名",
                       "期刊名", "期刊", "母体文献", "发表期刊", "所属期刊", "来源出版物"),  # (母体文献: NSSD's)
                "en": ("Journal", "Journal title"), "ru": ("Журнал", "Название журнала"), "uk": ("Видання",),
                "ja": ("収録刊行物", "掲載誌", "掲載誌名", "雑誌名", "誌名"), "ko": ("학술지", "학술지명", "간행물명")},
    # history dates: only a label followed by a colon (or a tab) is one, so a sentence starting 'Reçu …' is not
    "received": {"zh": ("收稿日期", "收稿时间", "投稿日期", "投稿时间"),
                 "en": ("Received", "Received date", "Submitted"),
                 "ru": ("Поступила в редакцию", "Статья поступила в редакцию", "Дата поступления", "Поступила"),
                 "uk": ("Надійшла до редакції", "Дата надходження", "Надійшла"),
                 "tr": ("Geliş Tarihi", "Gönderilme Tarihi", "Gönderim Tarihi", "Başvuru Tarihi"),
                 "pt": ("Recebido", "Recebido em", "Data de recebimento", "Submetido em"),
                 "es": ("Recibido", "Fecha de recepción"), "fr": ("Reçu", "Reçu le", "Date de réception"),
                 "de": ("Eingegangen", "Eingereicht"), "it": ("Ricevuto",), "id": ("Diterima",),
                 "ja": ("受付日", "受付"), "ko": ("접수일", "투고일"), "hr": ("Primljeno", "Datum primitka"),
                 "pl": ("Otrzymano", "Data wpływu"), "cs": ("Doručeno", "Datum doručení")},
    "revised": {"zh": ("修回日期", "修订日期", "修改日期"), "en": ("Revised", "Revised date"),
                "ru": ("Одобрена после рецензирования", "Поступила после доработки", "Доработана"),
                "uk": ("Після доопрацювання",), "tr": ("Revizyon Tarihi", "Düzeltme Tarihi"),
                "pt": ("Revisado", "Revisado em", "Reapresentado"), "es": ("Revisado", "Fecha de revisión"),
                "fr": ("Révisé", "Révisé le"), "de": ("Überarbeitet",), "it": ("Revisionato",), "id": ("Direvisi",),
                "ja": ("改訂日",), "ko": ("수정일", "심사일")},
    "accepted": {"zh": ("接受日期", "录用日期", "接收日期"), "en": ("Accepted", "Accepted date"),
                 "ru": ("Принята к публикации", "Принята к печати", "Дата принятия", "Принята"),
                 "uk": ("Прийнята до друку", "Прийнята"), "tr": ("Kabul Tarihi",),
                 "pt": ("Aceito", "Aceito em", "Aprovado", "Aprovado em", "Aceite"),
                 "es": ("Aceptado", "Fecha de aceptación"), "fr": ("Accepté", "Accepté le", "Date d'acceptation"),
                 "de": ("Angenommen", "Akzeptiert"), "it": ("Accettato",), "id": ("Disetujui",),
                 "ja": ("受理日", "受理"), "ko": ("게재확정일", "채택일"), "hr": ("Prihvaćeno", "Datum prihvaćanja"),
                 "pl": ("Zaakceptowano", "Przyjęto"), "cs": ("Přijato",)},
    "published": {"zh": ("出版日期", "发表日期", "发表时间", "出版时间", "出版年月"),
                  "en": ("Published", "First published", "Issue date", "Date of Publication", "Publication date",
                         "Published Date"), "cs": ("Publikováno", "Datum publikace"),
                  "ru": ("Опубликована", "Дата публикации"), "uk": ("Опубліковано", "Дата публікації"),
                  "tr": ("Yayımlanma Tarihi", "Yayınlanma Tarihi", "Yayın Tarihi"),
                  "pt": ("Publicado", "Publicado em", "Data de publicação"),
                  "es": ("Publicado", "Fecha de publicación"), "fr": ("Publié", "Publié le", "Date de publication"),
                  "de": ("Veröffentlicht",), "it": ("Pubblicato",), "id": ("Diterbitkan", "Dipublikasikan"),
                  "ja": ("発行日", "公開日"), "ko": ("게재일", "발행일", "발행연도", "발행사항"),
                  "hr": ("Datum izdavanja", "Objavljeno", "Datum objave"), "pl": ("Opublikowano", "Data publikacji")},
    "online": {"zh": ("网络出版日期", "发布日期", "网络首发日期", "优先出版日期", "网络首发时间", "网络出版时间",
                      "在线公开时间", "在线出版日期", "在线发表日期"),
               "en": ("Online", "Available online", "Published online", "Advance online publication",
                      "First published online", "Released on J-STAGE"),
               "fr": ("Mis en ligne", "Mis en ligne le"), "de": ("Online veröffentlicht",), "ja": ("早期公開日",)},
    "funding": {"zh": ("基金项目", "基金资助", "资助项目"),
                "en": ("Fund supported", "Foundation item", "Supported by", "Funding", "Fund project", "Fund",
                       "Funds")},
    "authors": {"zh": ("作者", "中文作者", "英文作者", "外文作者", "作者姓名", "研究生", "研究生(外文)"),
                # (研究生: a thesis record's author, Taiwan's ETDS and NCL)
                "en": ("Authors", "Author", "Author(s)", "Author name", "Author names", "Main Authors",
                       "Main Author"), "ru": ("Авторы", "Автор"), "uk": ("Автори", "Автор"), "es": ("Autores", "Autor"),
                "tr": ("Yazarlar", "Yazar"), "pt": ("Autores", "Autor"), "fr": ("Auteurs", "Auteur"),
                "de": ("Autoren", "Autor"), "ja": ("著者", "著者名"), "ko": ("저자", "저자명"),
                "fa": ("نویسندگان", "نویسنده"), "ar": ("المؤلفون", "المؤلفين", "المؤلف")},
    "affiliations": {"zh": ("作者单位", "单位", "机构", "作者机构", "作者任职单位", "任职单位", "机构地区"),
                     "en": ("Affiliations", "Affiliation")},
    "corresponding": {"zh": ("通讯作者", "通信作者"), "en": ("Corresponding author", "Correspondent")},
    "author_notes": {"zh": ("作者简介",), "en": ("About authors", "Biography")},
    "email": {"": ("E-mail", "Email", "电子邮箱", "电子邮件", "电子信箱", "邮箱")},
    "issn": {"": ("ISSN", "EISSN", "e-ISSN", "pISSN")}, "cn": {"": ("CN",)},
    "publisher": {"en": ("Publisher",), "ru": ("Издательство", "Издатель"), "uk": ("Видавець",), "zh": ("出版社",),
                  "tr": ("Yayıncı",), "pt": ("Editora",)},
    "article_no": {"zh": ("文章编号", "文献标识码", "文献标志码"), "en": ("Article ID", "Document code")},
    "body": {"zh": ("引言", "前言", "参考文献", "正文", "全文"),
             "en": ("Introduction", "References", "Background", "Full text", "Main text"),
             "pt": ("Introdução", "Referências"), "es": ("Introducción", "Referencias"),
             "fr": ("Références",), "de": ("Einleitung", "Literatur"), "ru": ("Введение", "Список литературы"),
             "tr": ("Giriş", "Kaynaklar", "Kaynakça"), "ja": ("はじめに", "参考文献"),
             "fa": ("مقدمه", "مراجع", "منابع"), "ar": ("المقدمة", "المراجع")},
    # an article's kind ('Document Type : Research Article'): a line no title is, whatever its shape
    "article_type": {"en": ("Document Type", "Article Type"),
                     # (a site's column or topic the article sits in: '所属专题: 入侵生态学', '所属栏目：综述',
                     # 'Раздел: Научный отдел')
                     "zh": ("文章类型", "论文类型", "文献类型", "所属专题", "所属栏目", "栏目"),
                     "ru": ("Тип статьи", "Раздел", "Рубрика"),
                     "tr": ("Makale Türü", "Yayın Türü"), "fa": ("نوع مقاله",),
                     "ar": ("نوع المستند", "نوع المقالة", "نوع البحث"),
                     "es": ("Tipo de artículo",), "pt": ("Tipo de artigo",)},
    # the heading over the record in another language (eLIBRARY's 'ОПИСАНИЕ НА АНГЛИЙСКОМ ЯЗЫКЕ:'): its title opens it
    "translation": {"ru": ("Описание на английском языке",), "en": ("English version", "English information"),
                    "zh": ("英文信息", "英文元数据", "英文版信息")},
    # links to the previous and next articles: the title under or after one is another article's
    "neighbour": {"zh": ("上一篇", "下一篇", "上一篇文章", "下一篇文章", "上篇", "下篇")},
}

# Pages in Traditional characters print the same labels (關鍵詞, 中圖分類號, 基金項目, 通訊作者, 頁碼): label
# patterns go through ``either_form`` (journalmeta._hanzi).

# Headings inside a structured abstract: they continue it, never end it.
ABSTRACT_SECTIONS = frozenset(
    "目的 方法 结果 结论 背景 背景与目的 目的与方法 意义 局限 "
    "Objective Objectives Purpose Aim Aims Background Methods Method "
    "Results Result Conclusion Conclusions Design Setting Participants Findings Interpretation Context "
    # SciELO's and other structured abstracts in Spanish, Portuguese, French, Russian, Turkish; an introduction
    # heading with a colon after the abstract label is the abstract's, not the article's ('RESUMEN' / 'Introducción:')
    "Introduction Introducción Introdução Fundamento Fundamentos Antecedentes Objetivo Objetivos Métodos Método "
    "Resultados Conclusiones Conclusión Conclusão Conclusões Objectif Objectifs Méthodes Résultats Contexte "
    "Цель Методы Результаты Заключение Выводы Введение Amaç Yöntem Yöntemler Bulgular Sonuç".lower().split()
)


# A language named in brackets after a label: the value's language ('چکیده [English]', 'Title [Persian]': the
# translated fields of Sinaweb's journals, Iran's and Egypt's; '摘要(英文)').
LANGUAGE_TAGS: dict[str, tuple[str, ...]] = {
    "en": ("English", "انگلیسی", "الإنجليزية", "الانجليزية", "Английский", "İngilizce", "英文", "英語"),
    "fa": ("Persian", "Farsi", "فارسی"), "ar": ("Arabic", "العربية", "عربی", "عربي"), "ru": ("Russian", "Русский"),
    "tr": ("Turkish", "Türkçe"), "fr": ("French", "Français"), "zh": ("Chinese", "中文"), "ur": ("Urdu", "اردو"),
    "es": ("Spanish", "Español"), "de": ("German", "Deutsch"), "pt": ("Portuguese", "Português"), "it": ("Italiano",),
}
TAG_LANGUAGE = {name.lower(): lang for lang, names in LANGUAGE_TAGS.items() for name in names}
_LANGUAGE_TAG = (r"(?:\s*[\[(（](?:" + "|".join(sorted(map(re.escape, TAG_LANGUAGE), key=len, reverse=True))
                 + r")[\])）])?")
_TAG_IN_LABEL = _regex.compile(r"[\[(（]\s*([^\])）]+?)\s*[\])）]\s*\W*$")


def tagged_language(label: str) -> str | None:
    """The language a label's bracketed tag names ('چکیده [English]' → en), if it has one."""
    m = _TAG_IN_LABEL.search(label) if label.rstrip(" :：").endswith(("]", ")", "）")) else None
    return TAG_LANGUAGE.get(m.group(1).lower()) if m else None


# Latin-script labels that may be followed by the value after a plain space.
SPACE_SEPARATED = frozenset(("abstract", "key words", "keywords", "резюме", "аннотация", "ключевые слова", "abstrak",
                             "kata kunci", "анотація", "ключові слова", "sažetak", "요약", "초록", "키워드", "주제어",
                             "다국어 초록", "resumen", "resumo", "résumé", "riassunto", "zusammenfassung",
                             "streszczenie"))
NUMBER_AFTER_SPACE = frozenset(("issn", "eissn", "e-issn", "pissn", "cn"))  # ... before a number ('ISSN 1008-2204')
_OPEN = r"^[\s\[【〔(（]*"
_CLOSE = r"[\s\]】〕)）]*"
_BRACKET_END = r"(?<=[\]】〕)）])"  # "【Abstract】Objective": a closing bracket is separator enough


def _han_label(label: str) -> str:
    """A Han label, with optional spaces between its characters (``摘 要``), in Simplified or Traditional form."""
    inner = r"[\s?]*"  # '摘? 要': a mirror site's '?' for a space it could not encode
    return inner.join(either_form(re.escape(ch)) for ch in label.replace(" ", "").replace("\u3000", "")) + r"\s*"


_CJK = _regex.compile(r"[\u4e00-\u9fff\u3040-\u30ff]")  # (from the compiled-pattern cache: ~3 ms saved a process)


# Kinds whose Han label is always parted from its value (a record's '作者：' lines), unlike 摘要 glued to 目的: followed
# straight by a Han character, such a label is the start of a heading ('作者信息', author information), not a label.
SEPARATED_KINDS = frozenset(("authors", "affiliations", "journal", "title"))
_HAN_SEPARATOR = r"(?:[:：|｜.]\s*)?"
_HAN_SEPARATOR_REQUIRED = r"(?:[:：|｜.]\s*|(?<=[\s\]】〕)）])|(?![\u4e00-\u9fff]))"


# a Latin label glued to a CJK value, as a copied table's cells run together ('Published in日本温泉気候物理医学会雑誌')
_CJK_NEXT = r"(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"


def _label_pattern(labels: tuple[str, ...], separated: bool = False) -> str:
    han = [_han_label(x) for x in labels if _CJK.search(x)]
    latin = [x for x in labels if not _CJK.search(x)]
    spaced = [re.escape(x).replace(r"\ ", r"[\s\-]*") for x in latin if x.lower() in SPACE_SEPARATED]
    strict = [re.escape(x).replace(r"\ ", r"[\s\-]*") for x in latin if x.lower() not in SPACE_SEPARATED]
    alternatives = []
    if han:
        separator = _HAN_SEPARATOR_REQUIRED if separated else _HAN_SEPARATOR
        alternatives.append(rf"(?:{'|'.join(sorted(han, key=len, reverse=True))}){_LANGUAGE_TAG}{_CLOSE}{separator}")
    if spaced:
        alternatives.append(rf"(?:{'|'.join(spaced)})\b{_LANGUAGE_TAG}{_CLOSE}(?:\s*[:：|｜.—]\s*|\s+|$|{_BRACKET_END})")
    if strict:
        # a tab: a table row's cells in a text rendering ('DOI<tab>10.1000/x'); an em dash: IEEE's 'Index Terms—'.
        alternatives.append(rf"(?:{'|'.join(strict)}){_LANGUAGE_TAG}{_CLOSE}(?:\s*[:：|｜—]\s*|\t\s*|$|{_BRACKET_END}|{_CJK_NEXT})")
    if numbered := [re.escape(x) for x in latin if x.lower() in NUMBER_AFTER_SPACE]:
        alternatives.append(rf"(?:{'|'.join(numbered)})\s+(?=\d)")
    return _OPEN + "(?:" + "|".join(alternatives) + ")"


@cache
def label_regex(kind: str, lang: str) -> re.Pattern[str]:
    """Pattern matching a label of ``kind`` in ``lang`` at the start of a block."""
    return _regex.compile(_label_pattern(LABELS[kind][lang], kind in SEPARATED_KINDS), re.IGNORECASE)


@cache
def _every_label() -> tuple[list[str], list[str]]:
    """Every label's pattern, Han and other, longest first in a fixed order."""
    labels = {label for by_lang in LABELS.values() for group in by_lang.values() for label in group}
    han = [_han_label(x) for x in labels if _CJK.search(x)]
    latin = [re.escape(x).replace(r"\ ", r"[\s\-]*") for x in labels if not _CJK.search(x)]
    return sorted(han, key=lambda x: (-len(x), x)), sorted(latin, key=lambda x: (-len(x), x))


@cache
def any_label() -> re.Pattern[str]:
    """One pattern for 'this block may start with some label': a cheap filter before the exact ones."""
    han, latin = _every_label()
    alternatives = sorted(han + latin, key=lambda x: (-len(x), x))
    return _regex.compile(_OPEN + "(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


@cache
def spaced_latin_field() -> re.Pattern[str]:
    """An English label of a record's title, authors, journal or keywords and its value apart by white space only,
    at a line's start, capitalised as printed ('Title A Study on …', 'Author Wang-Ching Shaw, …'): read so only among
    a record table's Han lines (see ``spaced_field``)."""
    labels = sorted((x for kind in ("title", "authors", "journal", "keywords") for x in LABELS[kind]["en"]),
                    key=lambda x: (-len(x), x))
    return _regex.compile(r"^(?:" + "|".join(map(re.escape, labels)) + r")[ \t]+(?=[A-Z0-9])")


@cache
def spaced_field() -> re.Pattern[str]:
    """A Han label and its value apart by white space only, at a line's start ('題名 走過C型肝炎鄉', '期刊 中華…')."""
    return _regex.compile(r"^(?:" + "|".join(_every_label()[0]) + r")(?<=[ \t\u3000])(?=\S)")


# the kinds of field a page's text glued into one line is parted at (an article's own sections, 'body', are not: a
# structured abstract's headings run inside its one line)
_GLUED_KINDS = ("abstract", "keywords", "citation", "doi", "clc", "received", "revised", "accepted", "published",
                "online", "funding", "corresponding", "author_notes")


@cache
def glued_field() -> re.Pattern[str]:
    """The white space before a field's 'label:' inside a page's text glued into one line ('… 摘要：… 关键词：…
    Abstract: … Key words: …'), the Latin labels as printed (capitalised)."""
    labels = {label for kind in _GLUED_KINDS for group in LABELS[kind].values() for label in group}
    han = sorted((_han_label(x) for x in labels if _CJK.search(x)), key=lambda x: (-len(x), x))
    latin = sorted((re.escape(x) for x in labels if not _CJK.search(x) and x[:1].isupper()), key=lambda x: (-len(x), x))
    return _regex.compile(r"(?<=\S)\s+(?=[\[【〔]?(?:" + "|".join(han + latin) + r")[\]】〕]?\s*[:：])")


@cache
def inner_field() -> re.Pattern[str]:
    """The white space before a second Han 'label:' in a line of fields ('来源:科技与出版 作者:秦美婷;王叶竹')."""
    return _regex.compile(r"(?<=\S)\s+(?=[\[【〔]?(?:" + "|".join(_every_label()[0]) + r")[\]】〕]?\s*[:：])")


OPENING = " \t\u3000\xa0[【〔(（"  # what may come before a label


def _initials(text: str) -> str:
    """The first two characters after opening brackets, lower-cased, a space between them skipped (摘 要)."""
    text = text.lstrip(OPENING)
    return (text[:1] + text[1:].lstrip(" \u3000?")[:1]).lower()


@cache
def label_initials() -> dict[str, tuple[tuple[str, str], ...]]:
    """The (kind, language) label groups by the first two characters of their labels, lower-cased."""
    out: dict[str, list[tuple[str, str]]] = {}
    for kind, by_lang in LABELS.items():
        for lang, group in by_lang.items():
            forms = [form for label in group for form in (label, traditional(label))]
            for initials in dict.fromkeys(_initials(form) for form in forms):
                out.setdefault(initials, []).append((kind, lang))
    return {k: tuple(v) for k, v in out.items()}


def label_groups_for(text: str) -> tuple[tuple[str, str], ...]:
    """The (kind, language) label groups that have a label starting as ``text`` does: a dictionary lookup
    of its first two characters that spares most blocks the case-insensitive match against every label."""
    return label_initials().get(_initials(text), ())


_COLON_AFTER_LABEL = _regex.compile(r"[\s\]】〕)）]*[:：|｜]\s*")


def strip_label(text: str, keep: frozenset[str] = frozenset()) -> str:
    """A value without a leading ``Label:`` left in it (``摘要: …`` → ``…``), repeatedly; up to a label among
    ``keep`` (lower case: an abstract's own section heading, 'Introducción: …')."""
    while True:
        m = any_label().match(text) if label_groups_for(text) else None
        colon = _COLON_AFTER_LABEL.match(text, m.end()) if m else None
        if not colon or (keep and m and text[:m.end()].strip(" :：").lower() in keep):
            return text
        text = text[colon.end():].strip()


# Words that name a journal (a serial's kind), by language: a part of a page's <title> or a masthead block holding
# one is the journal's name when nothing labels it.
JOURNAL_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("Journal", "Magazine", "Review", "Annals", "Proceedings", "Bulletin", "Letters", "Transactions",
           "Quarterly", "Monthly", "Gazette"),
    "es": ("Revista", "Anales", "Boletín", "Gaceta"), "pt": ("Revista", "Anais", "Boletim", "Gazeta"),
    "de": ("Zeitschrift", "Jahrbuch", "Annalen", "Archiv", "Berichte", "Mitteilungen"), "fr": ("Revue", "Annales"),
    "it": ("Rivista", "Annali"), "la": ("Acta",), "tr": ("Dergisi",),
    "id": ("Jurnal", "Majalah", "Buletin", "Prosiding"), "ru": ("Журнал", "Вестник", "Известия"),
    "kk": ("Хабаршысы", "Хабарлары", "Жаршысы"), "zh": ("学报", "杂志", "期刊", "通报", "學報", "雜誌", "论丛", "論叢"),
    "ja": ("論文集", "紀要", "誌", "論叢", "論集"), "ko": ("논문집", "학회지", "학회논문지", "저널"),
    "fa": ("مجله", "فصلنامه", "دوفصلنامه", "پژوهشنامه", "نشریه"), "ar": ("مجلة", "حوليات", "نشرة"),
    "ka": ("ჟურნალი", "მოამბე", "შრომები"), "hy": ("Հանդես", "Լրաբեր", "Տեղեկագիր"),
    "pl": ("Przegląd", "Czasopismo", "Rocznik", "Kwartalnik", "Zeszyty"), "cs": ("Časopis", "Sborník"),
    "hr": ("Časopis", "Zbornik", "Glasnik", "Vjesnik"), "hu": ("Szemle", "Közlemények", "Folyóirat", "Évkönyv"),
    "ro": ("Analele", "Buletinul"), "th": ("วารสาร",),
}


# Preprint servers and repositories are not journals: a page naming one as its journal is a preprint.
PREPRINT_SERVERS = frozenset(("arxiv", "arxiv.org", "biorxiv", "medrxiv", "chemrxiv", "ssrn", "research square",
                              "preprints.org", "techrxiv", "psyarxiv", "socarxiv", "eartharxiv", "authorea", "zenodo"))

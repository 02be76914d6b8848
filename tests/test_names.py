"""Author lines and the language of short Latin-script texts (names, titles, journal names)."""

from __future__ import annotations

import pytest

import journalmeta
from journalmeta.extractors.names import author_line, is_menu_line
from journalmeta.lang import detect, latin_language


@pytest.mark.parametrize(("line", "names"), [
    ("Calvin Liang, Jevan Alexander Hutson, and Os Keyes", ["Calvin Liang", "Jevan Alexander Hutson", "Os Keyes"]),
    ("by Calvin Liang, Jevan Alexander Hutson, and Os Keyes", ["Calvin Liang", "Jevan Alexander Hutson", "Os Keyes"]),
    ("By CHARLOTTE FAIRLIE", ["CHARLOTTE FAIRLIE"]),
    ("谭春辉等曾 娟", ["谭春辉", "曾娟"]),  # a mirror's 'first author et al.' glued to the next name
    ("Municipal Budgets and Local Elections", None),  # a title of two capitalised pairs: no names
    ("Network Dynamics and Power Systems", None),
    ("张晓明, 李建国等", ["张晓明", "李建国"]),
    ("高阳 闫仁武 袁双双", ["高阳", "闫仁武", "袁双双"]),
    ("王于[1]，陈洁[1,2]", ["王于", "陈洁"]),  # affiliation numbers in square brackets
    ("Yu WANG[1], Jie CHEN [2]", ["Yu WANG", "Jie CHEN"]),
    ("王于¹，陈洁²*", ["王于", "陈洁"]),  # Unicode superscripts
    ("王于1, 陈洁2*", ["王于", "陈洁"]),
    ("ZHANG Wei LI Na WANG Qiang", ["ZHANG Wei", "LI Na", "WANG Qiang"]),
    ("Zhang San1,2  Li Si3  Wang Wu1", ["Zhang San", "Li Si", "Wang Wu"]),  # marks the only separator
    ("张三(1) 李四(2)", ["张三", "李四"]),  # bracketed marks
    ("Zhang San(1), Li Si(2,3)", ["Zhang San", "Li Si"]),
    ("张三a，李四a,b", ["张三", "李四"]),  # letter marks (departments of one institution)
    ("张 三，李 四，王五", ["张三", "李四", "王五"]),  # two-character names spaced out to align
    # initialled names with their affiliation numbers, nothing else between them
    ("Песоцкая Е.Н. 1 Аксенова С.В. 1 Немцова Н.А. 2", ["Песоцкая Е.Н.", "Аксенова С.В.", "Немцова Н.А."]),
    ("Smith J. 1 Doe A.B. 2,3", ["Smith J.", "Doe A.B."]),
    ("CC BY", None), ("CC BY-NC 4.0", None),  # a licence's name
    ("Tiago de Souza Leão Pereira Magnata3", ["Tiago de Souza Leão Pereira Magnata"]),  # six words, a particle
    ("Pedro Henrique AlvesInstituto Federal de São Paulo", None),  # (a name glued to its institution: no name)
    ("Faculdade de Medicina de Lisboa", None), ("Unidade de Saúde Familiar Norte", None),  # institutions
    # 'e' joins surnames inside a comma list; only the list's last item parts at it
    ("Lara Dina de Lima e Silva Pires1, Alexandre de Assis Bueno2", ["Lara Dina de Lima e Silva Pires",
                                                                    "Alexandre de Assis Bueno"]),
    ("Ana Silva, João Souza e Maria Lima", ["Ana Silva", "João Souza", "Maria Lima"]),
    ("张 三  李 四  王五", ["张三", "李四", "王五"]),  # ... with wider gaps between the names
    ("张三\u3000李四\u3000王五", ["张三", "李四", "王五"]),
    ("王  芳1，李  强1,2*，张建国1", ["王芳", "李强", "张建国"]),  # commas part the names: a wide gap pads one
    ("张三1,2  李四2", ["张三", "李四"]),  # the comma of marks parts no names: the gap does
    ("期刊论文", None), ("作者信息", None),  # page furniture
    ("阿依古丽·买买提1, 张三2", ["阿依古丽·买买提", "张三"]),  # a transcribed name, its parts apart by a middle dot
    ("Ömer Ataş1, Şükrü Ağaoğlu2*", ["Ömer Ataş", "Şükrü Ağaoğlu"]),  # Latin Extended-A capitals and marks after
    ("Nguyễn Văn Tuấn1,2, Trần Thị Bình3", ["Nguyễn Văn Tuấn", "Trần Thị Bình"]),  # Vietnamese letters
    ("Sean O'Brien, Anne d'Alembert", ["Sean O'Brien", "Anne d'Alembert"]),
    ("Ahmad bin Ismail, Siti binti Abdullah", ["Ahmad bin Ismail", "Siti binti Abdullah"]),
    ("Saúde e Sociedade", None),
    ("一般社団法人 日本森林学会", None),  # a publisher, not two names
    ("薛 星星 1, 田 锋 1, 胥 凯凯 1,*", ["薛星星", "田锋", "胥凯凯"]),  # PMC: the surname printed apart
    ("鈴木 一郎, 高橋 美咲", ["鈴木 一郎", "高橋 美咲"]),  # Japanese: commas part the names, a space each name
    # a catalogue's names, each surname then given name: in turn after commas, or parted by semicolons
    ("吉田, 由佳, 清野, 諭, 村山, 洋史", ["吉田 由佳", "清野 諭", "村山 洋史"]),
    ("酒寄, 舞, 星出, てい子", ["酒寄 舞", "星出 てい子"]),  # a given name with kana
    ("魏晓华, 郑吉, 刘国华, 刘世荣, 王伟峰, 刘", ["魏晓华", "郑吉", "刘国华", "刘世荣", "王伟峰"]),  # one cut
    ("Yoshida, Yuka; Seino, Satoshi; van der Berg, Jan", ["Yuka Yoshida", "Satoshi Seino", "Jan van der Berg"]),
    ("Smith, J.; Doe, K. L.", ["J. Smith", "K. L. Doe"]),
    ("Smith J, Doe K; Roe A", ["Smith J", "Doe K", "Roe A"]),  # surnames with initials: no surname alone first
    ("De Gruyter OnlineGoogle Scholar", None),  # a card's links
    ("1. Megan Wojick1,2,", ["Megan Wojick"]), ("2. Materials and Methods", None),  # an ordered list's items
    ("Kevin A. Pelphrey (a1) and Elizabeth J. Carter (a2)", ["Kevin A. Pelphrey", "Elizabeth J. Carter"]),  # anchors
    ("Nicolás O´Brien 1 , José Ventura-León 2", ["Nicolás O´Brien", "José Ventura-León"]),  # an accent for apostrophe
    # the Arabic script: no capitals, the Arabic comma and 'و' (and) part names; a title's or a menu's words do not
    ("علی رضایی 1، سارا محمدی 2", ["علی رضایی", "سارا محمدی"]), ("علی رضایی و سارا محمدی", ["علی رضایی", "سارا محمدی"]),
    ("أحمد محمود حسن", ["أحمد محمود حسن"]), ("بررسی اثر تغییرات اقلیمی بر عملکرد گندم", None),
    ("أعداد المجلة", None), ("نوع مقاله", None), ("قسم علم النفس، كلية الآداب، جامعة القاهرة", None),
    ("ნინო ბერიძე და გიორგი კაპანაძე", ["ნინო ბერიძე", "გიორგი კაპანაძე"]),  # Georgian: a surname's ending
    ("ქართული ენის ისტორია", None), ("Անի Պետրոսյան, Արամ Սարգսյան", ["Անի Պետրոսյան", "Արամ Սարգսյան"]),
    ("Հայերեն լեզվի պատմություն", None),
    ("สมชาย ใจดี, สุดา รักษ์ไทย", ["สมชาย ใจดี", "สุดา รักษ์ไทย"]),  # Thai: given name and surname, a space between
    ("ผลของปุ๋ยอินทรีย์ต่อการเจริญเติบโตและผลผลิตของข้าวหอมมะลิ", None),
    ("Figure 1 Distribution map", None),
    # a citation cut after its authors: the title's ' and ' must not leave its first words as a fifth name
    ("Mi ZS, Gao J, Li HY, Sun JH, Chen H. Comparison and application of clinical practice guidelines and", None),
    ("J. Köppe, W. Grecksch and W. Paul, Derivation and application of quantum Hamilton equations", None),
    ("生 态 学 报", None), ("ACTA ECOLOGICA SINICA", None),  # a journal's name spaced out on a PDF's first page
    ("免费文献传递   相关文献", None),  # a document-delivery link beside a related-articles link
    ("文章历史", None), ("方法", None), ("结论", None),  # a heading over the history dates; a structured abstract's
    # marks: '1)', circled numbers, the signs of equal contribution ('△', '※')
    ("张三1)，李四2)", ["张三", "李四"]), ("张三①，李四②", ["张三", "李四"]), ("张三1△，李四2※", ["张三", "李四"]),
    ("ZHANG San1△, LI Si2)", ["ZHANG San", "LI Si"]), ("ZHANG San①, LI Si②", ["ZHANG San", "LI Si"]),
    ("Bylaws of the society", None),
    ("Department of Physics, University of Oxford", None),
    ("Laboratoire de Chimie Théorique, Université Mohamed V, Rabat Maroc", None),  # an institution in French
    ("Lab Physik, Institut für Werkstoffe", None),
    ("Heather Piwowar\u200b\u200b1, Jason Priem\u200b\u200b1", ["Heather Piwowar", "Jason Priem"]),  # zero-width
    ("John Jumper ORCID: orcid.org/0000-0001-6169-65801 na1,", ["John Jumper"]),  # ORCID, equal-contribution mark
    ("View ORCID ProfileGwendolyn M. Jang", ["Gwendolyn M. Jang"]),
    ("SUN Kai2, ZHU Rong-Sheng,1,*通訊作者:", ["SUN Kai", "ZHU Rong-Sheng"]),  # the note in Traditional form
    ("Search NCBI", None), ("Learn More Submit Now", None), ("Invited Article", None),  # page furniture
    # full names apart by spaces, two-character ones spaced out to the width of three
    ("吴上超 李冠奕 许 晖 李 方", ["吴上超", "李冠奕", "许晖", "李方"]),
    ("Shu Yu Zhang Lili", ["Shu Yu", "Zhang Lili"]),  # pinyin names, two words each, nothing between
    ("Mary Jane Smith Jones", ["Mary Jane Smith Jones"]),  # not pinyin: one name, as before
    # the numbered affiliations on the byline's own line
    ("YAN Tao-tao1,XUE Jian-hui 1,2 (1.Co-Innovation Center,Nanjing Forestry University,Nanjing 210037; 2.Institute "
     "of Botany,Nanjing 210014)", ["YAN Tao-tao", "XUE Jian-hui"]),
    ("1 引言", None), ("前言", None),  # a section heading of the body
    ("薛启超, 张井财, 何建, Ta Jiao Ramze, Ermek", ["薛启超", "张井财", "何建", "Ta Jiao Ramze", "Ermek"]),  # foreign
    ("玄武岩纤维混凝土;断裂性能;断裂韧度;断裂能;延性指数", None),  # keywords: words longer than names
    ("楊 柳 李萬(wàn)春 梅 琴", ["楊柳", "李萬(wàn)春", "梅琴"]),  # a mirror's pinyin counts as no character
    ("寇志翔,1,2, 姚永慧,1, 胡宇凡1,21.中国科学院地理科学与资源研究所,北京 100101", ["寇志翔", "姚永慧", "胡宇凡"]),
    ("王五11.5", None),  # no affiliation after the '1.'
    # a site's menu items, words people are called too: menus when all the words are such ('Cover Story')
    ("Cover Story", None), ("Most Read", None), ("User Guide", None), ("Remember Password", None),
    ("Editors' Suggestion", None), ("Working Papers", None), ("Mülkiye Dergisi", None),
    ("Thomas M. Cover, Andrew Read", ["Thomas M. Cover", "Andrew Read"]), ("The Anh Nguyen", ["The Anh Nguyen"]),
    ("Confirm Password", None), ("Turkish English", None), ("Poster Session, Happy Hour", None),
    ("Phonon Magnetochiral Effect", None),  # a short title: no person is called 'Effect'
    ("詳目顯示", None), ("校院名稱 成功大學", None),  # a thesis record's page title, its labels and university
    ("Publication Export", None), ("Google ScholarTM", None),
    ("Todorov Andrey \u0410. 1", ["Todorov Andrey \u0410."]),  # a Cyrillic initial in a Latin name, kept as printed
    ("林小雨1, 高 峰2, 徐 宁3 综述, 孙志刚4 审校", ["林小雨", "高峰", "徐宁", "孙志刚"]),  # roles after names
    ("Roles Methodology", None),  # an author card's line (PLOS)
    ("Acc. Chem. Res.", None), ("ACS Appl. Mater. Interfaces", None), ("Bioconjugate Chem.", None),  # journals
    ("·综 述·", None),  # a column's name between dots; and a name's own dot
    ("阿依古丽·买买提, 张三", ["阿依古丽·买买提", "张三"]),
    ("3)析出文献", None), ("2)期刊", None),  # a style guide's numbered list of reference kinds
    ("PL EN", None), ("RU / EN", None), ("LI NA", ["LI NA"]),  # a site's language switch; a name in capitals
    ("英文", None), ("关注我们", None),  # a language's name, a site's 'follow us'
    ("研究課題", None), ("研究代表者", None), ("2014 年度", None),  # a grant record's labels (KAKEN)
    ("제목", None), ("한국어", None), ("서울", None), ("김민수", ["김민수"]),  # Korean page words, a city; a name
    # one-word names, each with its mark, 'Oleh' ('by') first, 'dan' ('and'); a volume line is none
    ("Oleh Nastia1), Hastuti2) & L.M. Azhar Sa’ban3)", ["Nastia", "Hastuti", "L.M. Azhar Sa’ban"]),
    ("Wulandari1, Sutrisno2 dan Dewi Lestari1", ["Wulandari", "Sutrisno", "Dewi Lestari"]),
    ("Nastia, Hastuti & Lestari", None), ("Vol. 35, No. 13", None),
    ("NAMA PENULIS", None), ("Penulis Satu, Penulis Dua", None),  # a template's placeholders ('author's name')
])
def test_author_line(line: str, names: list[str] | None) -> None:
    assert author_line(line) == names


@pytest.mark.parametrize(("text", "lang"), [
    ("Quantisierung als Eigenwertproblem", "de"),  # one German word and a German ending, on an English page
    ("Zeitschrift für Festkörper", "de"),  # ü and ö are German too, not only Turkish
    ("théorie des graphes; coloration", "fr"),
    ("Kırsal Göçün Kent Çeperine Etkileri", "tr"),
    ("Heat transfer in the lung", "en"),
    ("Die casting of aluminium alloys", "en"),
    ("Pengaruh Literasi Keuangan terhadap Perilaku Menabung Mahasiswa", "id"),  # one word only Indonesian has
])
def test_language_of_short_latin_texts(text: str, lang: str) -> None:
    assert latin_language(text, "en") == lang


def test_a_name_shared_by_spanish_and_portuguese_words_goes_by_its_own_endings() -> None:
    # 'Revista' and 'de' are both; '-eira' is Portuguese (Spanish writes '-era'), whichever language is the default
    assert latin_language("Revista Brasileira de Saúde Coletiva", "es") == "pt"
    assert latin_language("Revista Brasileira de Saúde Coletiva", "en") == "pt"
    assert latin_language("Revista de Salud Pública", "es") == "es"  # (nothing tells: the default stays)


def test_ascii_terms_under_a_label_keep_the_labels_language() -> None:
    # on a page declared Indonesian, plain ASCII terms with no Indonesian little word read as English...
    assert latin_language("financial literacy; saving behaviour", "id") == "en"
    # ...but not when an Indonesian label ('Kata Kunci') printed them
    assert latin_language("literasi keuangan; perilaku menabung", "id", ascii_is_english=False) == "id"
    # function words still win: English sentences under a non-English label are English
    assert latin_language("The effect of the literacy on the saving of students", "id",
                          ascii_is_english=False) == "en"


@pytest.mark.parametrize(("text", "lang"), [
    ("У статті досліджено вплив цифрової економіки на розвиток регіонів", "uk"),
    ("В статье исследуется влияние цифровизации на производительность труда", "ru"),
    ("Penelitian ini bertujuan untuk menguji pengaruh literasi keuangan dan perilaku", "id"),
])
def test_language_by_letters_and_little_words(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(("abbreviation", "name", "expands"), [
    ("J. Phys. Chem. A", "The Journal of Physical Chemistry A", True),
    ("J. Phys. Chem. A", "The Journal of Physical Chemistry B", False),  # the series letter counts
    ("Front. Psychol.", "Frontiers in Psychology", True),
    ("Biomed. Mater.", "Biomedical Materials", True),
    ("J. Atmos. Chem. Res.", "Journal of Atmospheric Chemistry", False),  # a word short
    ("Nuovo Cim B", "Il Nuovo Cimento B (1971-1996)", True),  # an Italian article, the title's years of publication
    ("Ann. Inst. Fourier", "Annales de l'Institut Fourier", True),
    ("Nuovo Cim B", "Il Nuovo Cimento B (1971)", False),  # a year, not a run of years: a word more
    ("Gac Med Bol", "Gaceta Médica Boliviana", True),  # an accent the abbreviation drops
])
def test_a_full_journal_name_spells_out_its_abbreviation(abbreviation: str, name: str, expands: bool) -> None:
    from journalmeta.extractors.header import expands as spells_out

    assert spells_out(abbreviation, name) is expands


def test_a_citation_spelling_out_the_abbreviation_gives_the_full_name() -> None:
    from journalmeta.document.text import page_from_text
    from journalmeta.extractors.header import full_journal_name

    line = ('Mark Rudelson, Roman Vershynin "Delocalization of eigenvectors of random matrices with independent '
            'entries," Duke Mathematical Journal, Duke Math. J. 164(13), 2507-2538, (1 October 2015)')
    page = page_from_text(f"Menu\n{line}\n")
    assert [c.value for c in full_journal_name(page, "Duke Math. J.")] == ["Duke Mathematical Journal"]


def test_a_large_teams_byline_is_read_whole_and_prose_is_no_byline() -> None:
    from journalmeta.extractors.names import author_line

    team = ", ".join(f"{first} {last}" for first in ("Anna", "Boris", "Chen", "Dana", "Emil", "Farah", "Goran")
                     for last in ("Abbott", "Berger", "Castillo", "Dvorak", "Eriksen", "Fischer", "Gallo", "Horvat"))
    assert len(team) > 600 and len(author_line(team) or []) == 56
    prose = ("We measured the rate, the size and the cost of the process under study over ten years in twelve sites "
             "and found that the rate doubled at every site. ") * 8
    assert author_line(prose) is None


@pytest.mark.parametrize(("short", "full", "same"), [
    ("WANG Z Q", "Zhiqiang WANG", True), ("Wang ZQ", "Zhiqiang Wang", True), ("Z. Wang", "Zhiqiang Wang", True),
    ("WANG Z Q", "Zhiqiang LI", False), ("Wang Li", "Wang Lei", False), ("LI H", "Hui ZHANG", False),
])
def test_names_cut_to_initials(short: str, full: str, same: bool) -> None:
    from journalmeta.author_lists import _initials_of

    assert _initials_of(short, full) is same


def test_the_last_initials_keep_the_dot_a_line_end_took() -> None:
    assert author_line("Иванов И.И., Петров П.П., Сидорова А.В") == ["Иванов И.И.", "Петров П.П.", "Сидорова А.В."]
    assert author_line("Smith J., Li J") == ["Smith J.", "Li J."]
    assert author_line("Smith J, Li J") == ["Smith J", "Li J"]  # no dots anywhere: none added


@pytest.mark.parametrize(("text", "default", "lang"), [
    ("Uso de la inteligencia artificial en la evaluación universitaria", "en", "es"),  # es and fr tie; ó
    ("Les effets de la réforme en milieu rural", "en", "fr"),
    ("Uso de la inteligencia artificial en la evaluación universitaria", "fr", "fr"),  # a tie keeps the default
    ("rivières en tresses; transport sédimentaire", "en", "fr"),  # è and é against Spanish é alone
    ("Sedimenttransport in verzweigten Flüssen", "en", "de"),  # 'in' ties with English; the ü
    ("Sosyal Araştırmalar Dergisi", "en", "tr"),  # a third of the words with Turkish letters
    ("Revista de Ciencias Ambientales", "en", "es"),  # es, fr, pt tie on 'de'; the Spanish ending
])
def test_a_tie_of_little_words_goes_to_the_language_whose_letters_the_text_shows(text: str, default: str,
                                                                                 lang: str) -> None:
    assert latin_language(text, default) == lang


def test_korean_author_lines() -> None:
    assert author_line("김민수, 이지현, 박성호") == ["김민수", "이지현", "박성호"]


def test_cyrillic_names_start_with_any_capital() -> None:
    assert author_line("Іваненко І. Є., Ґудзь Ї. П.") == ["Іваненко І. Є.", "Ґудзь Ї. П."]  # Ukrainian capitals
    assert author_line("Јовановић Ђ., Љубић Н.") == ["Јовановић Ђ.", "Љубић Н."]  # Serbian capitals


def test_roman_affiliation_marks_glued_to_names() -> None:
    # SciELO prints <sup>I</sup>, <sup>II</sup> after each name: in the text they are glued to the surname
    assert author_line("Maria Aparecida SilvaI, II; João Pedro SouzaIII") == [
        "Maria Aparecida Silva", "João Pedro Souza"]
    assert author_line("José GarcíaI, Ana LópezII") == ["José García", "Ana López"]
    assert author_line("Kelly McIntyre, Ian MacVicar") == ["Kelly McIntyre", "Ian MacVicar"]  # capitals inside a name


def test_menu_lines_are_neither_names_nor_titles() -> None:
    from journalmeta.document.model import Block
    from journalmeta.extractors.positional import title_like

    assert author_line("首页 过刊浏览") is None and author_line("首頁 過刊瀏覽") is None  # Traditional forms too
    assert author_line("陈思远 周慧 孙立") == ["陈思远", "周慧", "孙立"]
    assert title_like(Block("首页 期刊介绍 编委会 投稿须知", 0), {}) is None
    assert title_like(Block("城市绿地降温效应的尺度依赖性", 0), {}) == "zh"


def test_affiliation_lines_are_not_titles() -> None:
    from journalmeta.document.model import Block
    from journalmeta.extractors.positional import title_like

    for line in ("南京信息工程大学地理科学学院", "Nanjing University, Nanjing 210023, China",
                 "School of Geographical Sciences, Nanjing University of Information Science, Nanjing, China",
                 "1. 中国农业大学工学院，北京 100083；2. 农业农村部重点实验室，北京 100083",
                 "中国农业大学工学院，北京100083", "Institución Educativa San José, Cali, Colombia",
                 "Нижегородская академия МВД России, Нижний Новгород, Россия",
                 "万方数据知识服务平台", "《植物学报》编辑部",
                 "吴仕海1(), 阎建忠1(", "WU Shihai1(), YAN Jianzhong1(",  # a byline broken at an ORCID icon
                 "CA、CABI、ZR收录期刊", "中国科技核心期刊",  # the journal's badges
                 "生 态 学 报", "中华流行病学杂志"):  # a masthead
        assert title_like(Block(line, 0), {}) is None, line
    assert title_like(Block("The University as a Public Good in Post-War Europe", 0), {}) == "en"


def test_three_cyrillic_words_are_a_name_with_a_patronymic() -> None:
    assert author_line("ПЕТРОВ ИВАН СЕРГЕЕВИЧ, СМИРНОВА ОЛЬГА НИКОЛАЕВНА") == [
        "ПЕТРОВ ИВАН СЕРГЕЕВИЧ", "СМИРНОВА ОЛЬГА НИКОЛАЕВНА"]
    assert author_line("Шевченко Тарас Григорович") == ["Шевченко Тарас Григорович"]
    assert author_line("ЦИФРОВАЯ ТРАНСФОРМАЦИЯ РЕГИОНАЛЬНЫХ ВУЗОВ") is None  # a title in capitals
    assert author_line("ИНФОРМАЦИЯ О ПУБЛИКАЦИИ") is None and author_line("ARTIGO ORIGINAL") is None  # furniture
    assert author_line("Иванов И. И., Петров П.") == ["Иванов И. И.", "Петров П."]


def test_mastheads_and_menus_are_no_titles() -> None:
    from journalmeta.document.model import Block
    from journalmeta.extractors.positional import title_like

    for line in ("НАУЧНАЯ ЭЛЕКТРОННАЯ БИБЛИОТЕКА", "Search the archive", "Home Current Archives Announcements"):
        assert title_like(Block(line, 0), {}) is None, line
    assert title_like(Block("Digital transformation of regional universities", 0), {}) == "en"


def test_menu_entries_of_copied_pages_are_no_names_or_titles() -> None:
    from journalmeta.document import page_from_text
    from journalmeta.extractors.label_lines import label_index
    from journalmeta.extractors.labelled import extract

    for line in ("Skip to Main Content", "Log In Register", "Cited by (21)", "For Librarians & Agents",
                 "Home About Archives Submissions Contact", "Editorial Team", "Sign In View Cart Help",
                 "Most Read Most Downloaded", "Web Account created successfully", "Terms and Conditions",
                 "Admin Panel User Panel Coordinator of Scientific Publishing Panel My Journals My Research Profile",
                 "作者登录 审稿登录 编辑登录", "作者查稿 在线审稿 主编办公"):
        assert is_menu_line(line), line
    assert not is_menu_line("Research Impact Analysis")  # a title's words are no menu's
    assert not is_menu_line("Main Content Analysis of Errors") and not is_menu_line("Glenn Close")
    assert author_line("Glenn Close") == ["Glenn Close"]  # a menu word may still be a surname
    for line in ("Correct Errors", "Chemical Physics Letters", "Accessibility Links"):
        assert author_line(line) is None, line
    page = page_from_text("Search\nTitle\nCited Author\nAffiliation\n")  # a search form's fields
    labels = label_index(page)
    assert not [c for c in extract(page, labels) if c.field == "title"]


def test_hyphenated_initials() -> None:
    assert author_line("T. Nomura, X.-X. Zhang, S. Zherlitsyn") == ["T. Nomura", "X.-X. Zhang", "S. Zherlitsyn"]
    assert author_line("J.-P. Malrieu and Hugh P.-A. Sweatman") == ["J.-P. Malrieu", "Hugh P.-A. Sweatman"]


def test_a_byline_one_name_a_line_in_a_text_rendering() -> None:
    page = ("测绘通报. 2022,(03)\n基于深度学习的遥感影像建筑物提取方法\n刘洋1\n陈静2\n赵磊1\n"
            "1.武汉大学遥感信息工程学院\n2.中国地质大学(武汉)地理与信息工程学院\n摘要：\n针对遥感影像中建筑物尺度差异大、边界模糊等问题，提出一种融合多尺度"
            "特征的深度学习建筑物提取方法。\n")
    record = journalmeta.parse(page.encode("utf-8"))
    assert [a.name for a in record.authors] == [{"zh": "刘洋"}, {"zh": "陈静"}, {"zh": "赵磊"}]
    assert record.authors[1].affiliations == ["中国地质大学(武汉)地理与信息工程学院"]
    single = journalmeta.parse("城市绿地降温效应的尺度依赖性\n王磊\n\n李强\n摘要：城市绿地是缓解城市热岛的重要途径。\n"
                               .encode())
    assert [a.name for a in single.authors] == [{"zh": "王磊"}]  # a blank line ends the column


def test_names_printed_in_both_scripts_on_one_line() -> None:
    from journalmeta.extractors.bylines import by_script

    assert by_script(["彭丽娟", "何志明", "PENG Lijuan", "HE Zhiming"]) == [
        ["彭丽娟", "何志明"], ["PENG Lijuan", "HE Zhiming"]]
    assert by_script(["彭丽娟", "何志明", "PENG Lijuan"]) == [["彭丽娟", "何志明", "PENG Lijuan"]]  # not a translation
    assert by_script(["PENG Lijuan", "彭丽娟"]) == [["PENG Lijuan", "彭丽娟"]]
    assert by_script(["张伟", "ZHANG Wei", "陈明", "CHEN Ming"]) == [["张伟", "陈明"], ["ZHANG Wei", "CHEN Ming"]]
    page = ("基于改进YOLOv5的绝缘子检测 Mask RCNN\n彭丽娟1, 何志明2\n"
            "摘要：针对输电线路巡检图像中绝缘子目标小的问题，提出一种方法。\n")
    titled = journalmeta.parse(page.encode())
    assert titled.title == {"zh": "基于改进YOLOv5的绝缘子检测 Mask RCNN"}  # two Latin words: part of the title


def test_a_mirror_pages_first_line_is_its_one_author() -> None:
    import journalmeta

    body = ("优秀的作者资源是学术期刊生存之本,是决定其良性的可持续发展的基础和保证。学术期刊必须重视作者资源,"
            "不断努力培植和充实作者资源,以作者资源的丰盈来获取精优稿件,使期刊与作者实现双赢。")
    record = journalmeta.parse(f"王 惠\n{body}\n".encode()).to_dict()
    assert [a["name"] for a in record["authors"]] == [{"zh": "王惠"}]
    record = journalmeta.parse(f"引言\n王 惠\n{body}\n".encode()).to_dict()  # not the first line: no byline alone
    assert record["authors"] == []


def test_each_name_with_its_institution_in_brackets() -> None:
    assert author_line("정한민 (한국과학기술정보연구원 융합서비스센터) ;") == ["정한민"]
    assert author_line("Zhang Wei (Peking University); Li Na (Fudan University)") == ["Zhang Wei", "Li Na"]
    assert author_line("Effects of Diet (University Students)") is None  # a title keeps its words


def test_a_han_menu_entry_ending_in_a_page_word_is_no_name() -> None:
    for line in ("医学论文", "心理健康论文", "期刊综述", "目录", "封面目录"):
        assert author_line(line) is None, line
    assert author_line("司马相如") == ["司马相如"]  # four characters: a compound surname
    assert author_line("马翠 曹梦琪 邹依纯") == ["马翠", "曹梦琪", "邹依纯"]


def test_a_sites_section_over_the_title_leaves_the_byline_to_the_title() -> None:
    text = ("内分泌与代谢疾病研究\n当前位置:首页 > 内分泌与代谢疾病研究 > 正文\n基层医院慢性病随访管理模式的探索\n"
            "来源:网络   日期:2021-03-02\n赵敏 钱立\n某某大学公共卫生学院\n摘要:\n" + "慢性病随访管理。" * 12 + "\n")
    record = journalmeta.parse(text.encode())
    assert record.title == {"zh": "基层医院慢性病随访管理模式的探索"}
    assert [a.name for a in record.authors] == [{"zh": "赵敏"}, {"zh": "钱立"}]


@pytest.mark.parametrize(("line", "names"), [
    ("董金玮、周岩 等", ["董金玮", "周岩"]), ("董金玮，周岩等", ["董金玮", "周岩"]),
    ("John Smith, Mary Jones, et al.", ["John Smith", "Mary Jones"]),
    ("Иванов И.И., Петров П.П. и др.", ["Иванов И.И.", "Петров П.П."]),
])
def test_a_list_cut_short_keeps_its_first_names(line: str, names: list[str]) -> None:
    assert author_line(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Mahir Yazar a, Abigail York b", ["Mahir Yazar", "Abigail York"]),
    ("J. Roe a,b and A. Doe c", ["J. Roe", "A. Doe"]), ("Rita Silva a c, Paula Lima b", ["Rita Silva", "Paula Lima"]),
])
def test_affiliation_letters_after_names(line: str, names: list[str]) -> None:
    assert author_line(line) == names
    assert author_line("Effects of vitamin a and b") is None


def test_a_french_interfaces_menu_lines_are_no_names_or_titles() -> None:
    for line in ("Afficher plus de détails", "Les derniers dépôts", "Consultation par collections",
                 "Par date de soutenance", "Réduire la vue détaillée"):
        assert is_menu_line(line), line
    assert author_line("Documentation HAL") is None
    assert author_line("Hal Varian") == ["Hal Varian"]


def test_menu_entries_of_publishers_are_no_names() -> None:
    for line in ("Linked In", "Advisory Board", "Exhibitor Services", "ACS Catalysis", "Clinical Psychology",
                 "Business Cycle Dating", "FIRST PAGE", "Presentation Video", "Past Symposia", "Conference Policies"):
        assert author_line(line) is None, line
    assert is_menu_line("Code of Conduct")


def test_a_short_french_title_with_a_is_french() -> None:
    assert latin_language("Colorations de graphes planaires à distance deux", "en") == "fr"



def test_two_han_names_apart_by_a_space_are_one_japanese_name_or_two_chinese_ones() -> None:
    abstract = "本稿は英語教科書の発音表記を調査した。" * 3
    japanese = journalmeta.parse(f"明治期の英語教科書における発音表記\n山田 花子\n抄録\n{abstract}\n".encode())
    assert [a.name for a in japanese.authors] == [{"ja": "山田 花子"}]
    summary = "本文提出一种摘要方法。" * 3
    chinese = journalmeta.parse(f"基于深度学习的多文档自动摘要方法\n高阳 闫仁武\n摘要\n{summary}\n".encode())
    assert [a.name for a in chinese.authors] == [{"zh": "高阳"}, {"zh": "闫仁武"}]


@pytest.mark.parametrize(("line", "names"), [
    ("Marie Dupont et Jean-Luc Martin", ["Marie Dupont", "Jean-Luc Martin"]),
    ("Hans Müller und Eva Schmidt", ["Hans Müller", "Eva Schmidt"]),
    ("Ayşe Yılmaz ve Mehmet Demir", ["Ayşe Yılmaz", "Mehmet Demir"]),
    ("Иванов И.И. и Петров П.П.", ["Иванов И.И.", "Петров П.П."]),
    ("Ana María Torres y Luis Fernando Gómez", ["Ana María Torres", "Luis Fernando Gómez"]),
    ("Ana Souza e Silva", ["Ana Souza e Silva"]),  # 'e' joining a surname's two parts parts no names: one name
])
def test_the_word_and_in_the_bylines_language_parts_names(line: str, names: list[str] | None) -> None:
    assert author_line(line) == names


def test_korean_names_with_their_romanisation_in_brackets() -> None:
    assert author_line("이 혜 영(Hye-Young Lee)*") == ["이혜영", "Hye-Young Lee"]  # syllables spaced out, a mark
    assert author_line("곽승진(Seung-Jin Kwak)**, 이혜영(Hye-Young Lee)*") == [
        "곽승진", "이혜영", "Seung-Jin Kwak", "Hye-Young Lee"]
    assert author_line("정한민 (한국과학기술정보연구원 융합서비스센터) ;") == ["정한민"]  # an institution, no name


def test_a_web_archives_toolbar_copied_as_text_is_menu_lines() -> None:
    for line in ("About this capture", "COLLECTED BY", "57 captures", "TIMESTAMPS"):
        assert author_line(line) is None, line
    assert is_menu_line("About this capture") and is_menu_line("COLLECTED BY")
    assert not is_menu_line("About the Capture of Carbon")  # a title's own words


@pytest.mark.parametrize(("text", "lang"), [
    ("Мақалада қазақ тілінің грамматикалық ерекшеліктері қарастырылады", "kk"),  # і beside қ, ң
    ("Бұл мақалада әдебиеттің дамуы қарастырылады", "kk"),  # ә, ұ
    ("Артыкул прысвечаны гісторыі беларускай мовы ў XIX стагоддзі", "be"),  # і beside ы
    ("Мақолада ўзбек тилининг грамматик хусусиятлари кўриб чиқилади", "uz"),  # ў, қ without і
    ("Стаття присвячена історії української мови", "uk"),
    ("Іваненко О. П.", "uk"),  # a capital І
    ("Чланак разматра историју српског језика", "sr"),
    ("Статья посвящена истории русского языка", "ru"), ("Ёлка и съёмка", "ru"),
])
def test_cyrillic_languages_by_their_own_letters(text: str, lang: str) -> None:
    from journalmeta.lang import script_language

    assert script_language(text) == lang


@pytest.mark.parametrize(("text", "lang"), [
    ("Məqalədə Azərbaycan dilinin qrammatik xüsusiyyətləri araşdırılır", "az"),  # ə
    ("Maqolada oʻzbek tilining grammatik xususiyatlari koʻrib chiqiladi", "uz"),  # oʻ
    ("Makalede Türkçenin dilbilgisi özellikleri incelenmektedir ve bu", "tr"),
])
def test_latin_turkic_languages_by_their_own_letters(text: str, lang: str) -> None:
    assert detect(text) == lang
    assert author_line("Rəşad Əliyev") == ["Rəşad Əliyev"]  # Azerbaijani letters in a name
    assert author_line("Ankara Üniversitesi") is None  # an institution in Turkish


@pytest.mark.parametrize(("line", "names"), [
    ("山本 直樹(Naoki Yamamoto)*", ["山本 直樹", "Naoki Yamamoto"]),  # family and given names apart: kept apart
    ("张三(Zhang San), 李四(Li Si)", ["张三", "李四", "Zhang San", "Li Si"]),
    ("張 三 (Zhang San)", ["張三", "Zhang San"]),  # a space padding two characters: none
    ("张三(北京大学)", ["张三"]),  # an institution in the brackets, no romanisation
])
def test_han_names_with_their_romanisation_in_brackets(line: str, names: list[str]) -> None:
    assert author_line(line) == names

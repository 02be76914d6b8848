"""The citation parser over a table of real-world variants (GB/T 7714 2015 and 2025, author-year, others)."""

from __future__ import annotations

import pytest

import journalmeta
from journalmeta import Citation, parse_citation
from journalmeta.extractors.citation import looks_like_citation

# text, authors, title, journal, year, volume, issue, pages, doi
CASES = [
    ("王于, 陈洁. 胰腺神经内分泌肿瘤复杂肝转移的介入及药物治疗策略[J]. 协和医学杂志, 2020, 11(4): 389-394. "
     "DOI: 10.3969/j.issn.1674-9081.2020.04.006",
     ["王于", "陈洁"], "胰腺神经内分泌肿瘤复杂肝转移的介入及药物治疗策略", "协和医学杂志", 2020, "11", "4", "389-394",
     "10.3969/j.issn.1674-9081.2020.04.006"),
    # full-width punctuation
    ("王于，陈洁．胰腺神经内分泌肿瘤复杂肝转移的介入及药物治疗策略［J］．协和医学杂志，2020，11（4）：389-394．",
     ["王于", "陈洁"], "胰腺神经内分泌肿瘤复杂肝转移的介入及药物治疗策略", "协和医学杂志", 2020, "11", "4", "389-394",
     None),
    # English counterpart with a given-name-first order
    ("Yu WANG, Jie CHEN. The Management Strategies of Interventional Therapy[J]. Medical Journal of Peking Union "
     "Medical College Hospital, 2020, 11(4): 389-394. DOI: 10.3969/j.issn.1674-9081.2020.04.006",
     ["Yu WANG", "Jie CHEN"], "The Management Strategies of Interventional Therapy",
     "Medical Journal of Peking Union Medical College Hospital", 2020, "11", "4", "389-394",
     "10.3969/j.issn.1674-9081.2020.04.006"),
    # more than three authors, et al., trailing (in Chinese)
    ("LI J J, ZHANG L, LIU M W, et al. In vivo study of the influence of CT acquisition[J]. CT Theory and "
     "Applications, 2023, 32(4): 480-486. DOI: 10.15953/j.ctta.2022.109. (in Chinese).",
     ["LI J J", "ZHANG L", "LIU M W"], "In vivo study of the influence of CT acquisition", "CT Theory and Applications",
     2023, "32", "4", "480-486", "10.15953/j.ctta.2022.109"),
    # combined issue Z1
    ("ZHANG S Q, LI M, WANG H, et al. Deep learning for crop yield prediction[J]. Chinese Journal of Agricultural "
     "Engineering, 2021, 37(Z1): 12-20.",
     ["ZHANG S Q", "LI M", "WANG H"], "Deep learning for crop yield prediction",
     "Chinese Journal of Agricultural Engineering", 2021, "37", "Z1", "12-20", None),
    # 2025 revision: foreign surname first with initials, an article number
    ("Einstein A, ZHANG S Q. Quantum effects in cold atoms[J]. Physical Review A, 2026, 113(2): 023301.",
     ["Einstein A", "ZHANG S Q"], "Quantum effects in cold atoms", "Physical Review A", 2026, "113", "2", "023301",
     None),
    # supplement issue and discontinuous pages
    ("李华, 王强. 城市热岛效应研究进展[J]. 生态学报, 2019, 39(12A): 35-38+80.",
     ["李华", "王强"], "城市热岛效应研究进展", "生态学报", 2019, "39", "12A", "35-38+80", None),
    # author-year with the year after the authors and a comma, no type mark, volume (issue): pages (geoscience journals)
    ("刘海峰, 王建国, 2016. 华北地区地壳速度结构. 地质力学学报, 22 (3): 421-429.",
     ["刘海峰", "王建国"], "华北地区地壳速度结构", "地质力学学报", 2016, "22", "3", "421-429", None),
    ("LIU Hai-feng, WANG Jian-guo, 2016. CRUSTAL VELOCITY STRUCTURE OF NORTH CHINA. Journal of Geomechanics, "
     "22 (3): 421-429.",
     ["LIU Hai-feng", "WANG Jian-guo"], "CRUSTAL VELOCITY STRUCTURE OF NORTH CHINA", "Journal of Geomechanics", 2016,
     "22", "3", "421-429", None),
    ("陈晓,李红,2021. 地震预警阈值的确定. 震灾防御技术,16(3):527−532. doi:10.11899/zzfy20210312.",
     ["陈晓", "李红"], "地震预警阈值的确定", "震灾防御技术", 2021, "16", "3", "527-532", "10.11899/zzfy20210312"),
    # author-year ordering
    ("陈明. 2019. 黄河流域生态保护研究[J]. 地理学报, 74(5): 871-880.",
     ["陈明"], "黄河流域生态保护研究", "地理学报", 2019, "74", "5", "871-880", None),
    # 2025 preprint mark
    ("刘洋, 赵敏. 大语言模型在医学教育中的应用[PP]. 中国科技论文在线, 2024.",
     ["刘洋", "赵敏"], "大语言模型在医学教育中的应用", "中国科技论文在线", 2024, None, None, None, None),
    # no [J], title glued to the authors, PDF dash, letter-spaced DOI
    ("魏晓华, 郑吉, 刘国华, Blanco A.Juan.人工林碳汇潜力新概念及应用.生态学报,2015,35(12):3881鄄3885.",
     ["魏晓华", "郑吉", "刘国华", "Blanco A.Juan"], "人工林碳汇潜力新概念及应用", "生态学报", 2015, "35", "12",
     "3881-3885", None),
    ("高阳, 闫仁武, 袁双双. 基于M-C-G神经网络的多文档自动摘要方法[J]. 软件导刊, 2020, 19(10): 39-45. "
     "DOI: 10. 11907/rjdk. 201249.",
     ["高阳", "闫仁武", "袁双双"], "基于M-C-G神经网络的多文档自动摘要方法", "软件导刊", 2020, "19", "10", "39-45",
     "10.11907/rjdk.201249"),
    # abbreviated English journal name and a doi.org link
    ("Wang L, Chen Y. Effects of drought on maize[J]. Acta Agron Sin, 2018, 44(3): 400-408. "
     "https://doi.org/10.3724/SP.J.1006.2018.00400",
     ["Wang L", "Chen Y"], "Effects of drought on maize", "Acta Agron Sin", 2018, "44", "3", "400-408",
     "10.3724/SP.J.1006.2018.00400"),
    # lower-case doi: and no type mark
    ("孙涛, 黄丽. 草鱼肠道菌群对饲料蛋白水平的响应. 水产学报, 2020, 44(6): 921-930. doi:10.11964/jfc.20190511800",
     ["孙涛", "黄丽"], "草鱼肠道菌群对饲料蛋白水平的响应", "水产学报", 2020, "44", "6", "921-930",
     "10.11964/jfc.20190511800"),
    # APA
    ("Liang, C., Hutson, J. A., & Keyes, O. (2020). Surveillance, stigma & sociotechnical design for HIV. "
     "First Monday, 25(10). https://doi.org/10.5210/fm.v25i10.10274",
     ["C. Liang", "J. A. Hutson", "O. Keyes"], "Surveillance, stigma & sociotechnical design for HIV",
     "First Monday", 2020, "25", "10", None, "10.5210/fm.v25i10.10274"),
    # Vancouver with the year in brackets (PLOS)
    ("Almeida MC, Steiner AA, Branco LGS, Romanovsky AA (2006) Neural Substrate of Cold-Seeking Behavior in "
     "Endotoxin Shock. PLoS ONE 1(1): e1.",
     ["Almeida MC", "Steiner AA", "Branco LGS", "Romanovsky AA"],
     "Neural Substrate of Cold-Seeking Behavior in Endotoxin Shock", "PLoS ONE", 2006, "1", "1", "e1", None),
    # author-year with an abbreviated journal and volume:article-number (Frontiers)
    ("Dienes Z (2014) Using Bayes to get the most out of non-significant results. Front. Psychol. 5:781. "
     "doi: 10.3389/fpsyg.2014.00781",
     ["Dienes Z"], "Using Bayes to get the most out of non-significant results", "Front. Psychol", 2014, "5", None,
     "781", "10.3389/fpsyg.2014.00781"),
    # GOST 7.0.5: title // journal. year. volume, issue. pages
    ("Петрова А.С., Иванов О.В. Цифровизация малого бизнеса // Вестник регионального развития. 2022. Т. 14, № 3. "
     "С. 45–58. DOI: 10.12345/vrr.2022.14.3.45",
     ["Петрова А.С.", "Иванов О.В."], "Цифровизация малого бизнеса", "Вестник регионального развития", 2022, "14", "3",
     "45-58", "10.12345/vrr.2022.14.3.45"),
    # GOST 7.1's dashes between the parts, 'Том' in full
    ("Соколова Е.А. Кадровый потенциал отрасли // Экономика и управление. – 2021. – Том 7. – № 2. – С. 101-118. – "
     "doi: 10.12345/eiu.7.2.101.",
     ["Соколова Е.А."], "Кадровый потенциал отрасли", "Экономика и управление", 2021, "7", "2", "101-118",
     "10.12345/eiu.7.2.101"),
    # a journal without volumes: the issue right after the year, full-width punctuation
    ("刘洋，陈静. 基于深度学习的遥感影像建筑物提取方法[J]. 测绘通报，2022（3）：312-319.",
     ["刘洋", "陈静"], "基于深度学习的遥感影像建筑物提取方法", "测绘通报", 2022, None, "3", "312-319", None),
    # the year between stops after the authors, then 'Journal volume:e-locator' (PeerJ's "Cite this article")
    ("Keller M, Rivera T. 2025. Seasonal shifts in soil respiration. PeerJ 13:e19021 "
     "https://doi.org/10.7717/peerj.19021",
     ["Keller M", "Rivera T"], "Seasonal shifts in soil respiration", "PeerJ", 2025, "13", None, "e19021",
     "10.7717/peerj.19021"),
    ("Keller M, Rivera T. 2025. Seasonal shifts in soil respiration. Journal of Soil Ecology 13(2):101-110",
     ["Keller M", "Rivera T"], "Seasonal shifts in soil respiration", "Journal of Soil Ecology", 2025, "13", "2",
     "101-110", None),
    # full-width forms throughout (letters, digits, brackets, the hyphen)
    ("张三，李四．题名研究［Ｊ］．中华医学杂志，２０２０，１００（１２）：３５－３８．",
     ["张三", "李四"], "题名研究", "中华医学杂志", 2020, "100", "12", "35-38", None),
    # no authors: a repost's source line ('来源:' the reference) starts with the title
    ("城市地下空间开发利用的风险评估方法[J].隧道与地下工程学报,2021,9(4):101-112.",
     [], "城市地下空间开发利用的风险评估方法", "隧道与地下工程学报", 2021, "9", "4", "101-112", None),
    # an online resource: the date cited and the address after the pages
    ("张三, 李四. 题名研究[J/OL]. 中华医学杂志, 2020, 100(12): 35-38[2020-06-01]. https://example.cn/a.",
     ["张三", "李四"], "题名研究", "中华医学杂志", 2020, "100", "12", "35-38", None),
    # the source alone (ACS's "Cite this:"), with and without its year
    ("J. Phys. Chem. A 2001, 105, 13, 3365–3370", [], None, "J. Phys. Chem. A", 2001, "105", "13", "3365-3370", None),
    ("J. Am. Chem. Soc. 105, 1000-1010", [], None, "J. Am. Chem. Soc.", None, "105", None, "1000-1010", None),
    # the 2025 preprint mark, a year and pages with no volume or issue between them
    ("王明. 城市热岛效应研究[PP]. 中国科技论文在线, 2025: 1-12.",
     ["王明"], "城市热岛效应研究", "中国科技论文在线", 2025, None, None, "1-12", None),
    # Springer Nature's 'Cite this article': 'et al.' after the third name, the year last, the journal unstopped
    ("Takeda, H., Oliveira, M., Raman, P. et al. Coral recruitment collapses after repeated marine heatwaves. "
     "Reef Sci 31, 412–420 (2024). https://doi.org/10.5555/reefsci.2024.0412",
     ["H. Takeda", "M. Oliveira", "P. Raman"], "Coral recruitment collapses after repeated marine heatwaves",
     "Reef Sci", 2024, "31", None, "412-420", "10.5555/reefsci.2024.0412"),
    ("Smith, J., Doe, A. Exercise and sleep in older adults. BMC Med 21, 34 (2023).",
     ["J. Smith", "A. Doe"], "Exercise and sleep in older adults", "BMC Med", 2023, "21", None, "34", None),
    # a DOI link spaced out as a PDF's text prints it
    ("周平. 睡眠质量与焦虑的关系[J]. 临床医学进展, 2022, 12(3): 201-206. https: //doi.org/10.12677/acm.2022.123031",
     ["周平"], "睡眠质量与焦虑的关系", "临床医学进展", 2022, "12", "3", "201-206", "10.12677/acm.2022.123031"),
    # a title in quotes after the authors: Math-Net.Ru (volume:issue (year)), AMS (no. after the year), guillemets
    ("И. И. Иванов, П. П. Петров, “Об одном классе интегрируемых систем”, ТМФ, 203:1 (2020), 3–20",
     ["И. И. Иванов", "П. П. Петров"], "Об одном классе интегрируемых систем", "ТМФ", 2020, "203", "1", "3-20", None),
    ('M. Rudelson, R. Vershynin, "Smallest singular value of a random rectangular matrix", Duke Math. J. 100 (1999), '
     "no. 2, 301–331",
     ["M. Rudelson", "R. Vershynin"], "Smallest singular value of a random rectangular matrix", "Duke Math. J", 1999,
     "100", "2", "301-331", None),
    ("И. И. Иванов, «Заглавие статьи», Вестник университета, 2020, т. 5, № 2, с. 3–20",
     ["И. И. Иванов"], "Заглавие статьи", "Вестник университета", 2020, "5", "2", "3-20", None),
    # Project Euclid's: the names parted by stops, the title quoted, volume (issue) pages, then the date
    ('Ada Lindqvist. Tomas R. Ferreira. "Spectral gaps of random band matrices." Adv. Applied Analysis 27 (5/6) '
     "611 - 640, May/June 2018. https://doi.org/10.5555/aaa/1500000001",
     ["Ada Lindqvist", "Tomas R. Ferreira"], "Spectral gaps of random band matrices", "Adv. Applied Analysis", 2018,
     "27", "5/6", "611-640", "10.5555/aaa/1500000001"),
    ('Ada Lindqvist. "Mixing times on expanders." Probab. Theory Rel. Fields 12 (3) 45 - 60, 14 March 2019.',
     ["Ada Lindqvist"], "Mixing times on expanders", "Probab. Theory Rel. Fields", 2019, "12", "3", "45-60", None),
    # IOP's house style: the authors, the year, the journal, its volume and first page or article number, no title
    ("K L Moreau et al 2018 Meas. Sci. Technol. 29 075004", ["K L Moreau"], None, "Meas. Sci. Technol.", 2018, "29",
     None, "075004", None),
    ("J Okafor and L Brenner 2021 Metrologia 58 215", ["J Okafor", "L Brenner"], None, "Metrologia", 2021, "58", None,
     "215", None),
    # HAL's: the pages after 'pp.', its identifiers in angle brackets after them, the DOI among them
    ("Ana Ruiz, Luis Vega. Croissance des cristaux de glace. Journal de Glaciologie Alpine, 1962, 8 (3), pp.201-215. "
     "⟨10.5555/jga:019620080320100⟩. ⟨jga-00251234⟩", ["Ana Ruiz", "Luis Vega"], "Croissance des cristaux de glace",
     "Journal de Glaciologie Alpine", 1962, "8", "3", "201-215", "10.5555/jga:019620080320100"),
    # quotes inside a title are no quoted title
    ("王于. “一带一路”倡议下的医学合作[J]. 协和医学杂志, 2020, 11(4): 389-394.",
     ["王于"], "“一带一路”倡议下的医学合作", "协和医学杂志", 2020, "11", "4", "389-394", None),
    ("Wang Y. “Belt and Road” medical cooperation. Med J, 2020, 11(4): 389-394.",
     ["Wang Y"], "“Belt and Road” medical cooperation", "Med J", 2020, "11", "4", "389-394", None),
    # APA with one initial in Cyrillic or Turkish capitals: each initial stays with its surname
    ("Мельник, В., & Кравченко, І. (2020). Ефективність використання земель. Вісник аграрної науки, 9(2), 31-38.",
     ["В. Мельник", "І. Кравченко"], "Ефективність використання земель", "Вісник аграрної науки", 2020, "9", "2",
     "31-38", None),
    ("Öztürk, Ş., & Kaya, İ. (2020). Kentsel alanlar. Coğrafya Dergisi, 3(2), 1-10.",
     ["Ş. Öztürk", "İ. Kaya"], "Kentsel alanlar", "Coğrafya Dergisi", 2020, "3", "2", "1-10", None),
    # the styles of publishers' 'Cite this article' boxes: MDPI and ACS (the title ends where a journal's name,
    # full or abbreviated, runs to the year), IEEE, Chicago (both forms), Harvard, Nature's '&', MLA
    ("Smith, J.; Doe, A.B. Urban Heat Islands in Coastal Cities. Sustainability 2020, 12, 1234. "
     "https://doi.org/10.3390/su12031234", ["J. Smith", "A. B. Doe"], "Urban Heat Islands in Coastal Cities",
     "Sustainability", 2020, "12", None, "1234", "10.3390/su12031234"),
    ("Smith, J.; Doe, A. B. Heisenberg Hamiltonian for Poly-ynes. Extraction and Tests. J. Phys. Chem. A 2001, 105 "
     "(13), 3365–3370.", ["J. Smith", "A. B. Doe"], "Heisenberg Hamiltonian for Poly-ynes. Extraction and Tests",
     "J. Phys. Chem. A", 2001, "105", "13", "3365-3370", None),
    ("Smith, J.; Doe, A.B. Urban Heat Islands. Int. J. Environ. Res. Public Health 2020, 17, 1234.",
     ["J. Smith", "A. B. Doe"], "Urban Heat Islands", "Int. J. Environ. Res. Public Health", 2020, "17", None, "1234",
     None),
    ('J. Smith and A. B. Doe, "Urban heat islands in coastal cities," IEEE Trans. Geosci. Remote Sens., vol. 58, '
     "no. 3, pp. 1234-1245, Mar. 2020, doi: 10.1109/TGRS.2020.123456.", ["J. Smith", "A. B. Doe"],
     "Urban heat islands in coastal cities", "IEEE Trans. Geosci. Remote Sens", 2020, "58", "3", "1234-1245",
     "10.1109/TGRS.2020.123456"),
    ('Smith, John, and Anna B. Doe. "Urban Heat Islands in Coastal Cities." Sustainability 12, no. 3 (2020): 1234.',
     ["John Smith", "Anna B. Doe"], "Urban Heat Islands in Coastal Cities", "Sustainability", 2020, "12", "3", "1234",
     None),
    ('Fernández, Laura, and Tomasz Kowalczyk. 2020. "Urban Heat Islands" Urban Climate Studies 8, no. 2: 1187.',
     ["Laura Fernández", "Tomasz Kowalczyk"], "Urban Heat Islands", "Urban Climate Studies", 2020, "8", "2", "1187",
     None),
    ("Smith, J. and Doe, A.B., 2020. Urban heat islands in coastal cities. Sustainability, 12(3), p.1234.",
     ["J. Smith", "A. B. Doe"], "Urban heat islands in coastal cities", "Sustainability", 2020, "12", "3", "1234",
     None),
    ("Smith, J. & Doe, A. B. Urban heat islands in coastal cities. Nature 580, 123–127 (2020).",
     ["J. Smith", "A. B. Doe"], "Urban heat islands in coastal cities", "Nature", 2020, "580", None, "123-127", None),
    ('Smith, John, and Anna B. Doe. "Urban Heat Islands in Coastal Cities." Sustainability, vol. 12, no. 3, 2020, '
     "p. 1234.", ["John Smith", "Anna B. Doe"], "Urban Heat Islands in Coastal Cities", "Sustainability", 2020, "12",
     "3", "1234", None),
    # Science China's: no type mark, a volume without an issue, the article's language noted after the title
    ("Zhang M Y, Li X H. Glacier change on the Tibetan Plateau (in Chinese). Sci Sin Terr, 2021, 51: 345–360, doi: "
     "10.1360/SSTe-2020-0123", ["Zhang M Y", "Li X H"], "Glacier change on the Tibetan Plateau", "Sci Sin Terr", 2021,
     "51", None, "345-360", "10.1360/SSTe-2020-0123"),
    ("孙晓丽, 赵志刚, 李婷 (2019) 高寒草甸植物群落对增温的响应. 植物生态研究, 43, 512-521. DOI: 10.55555/x.2019.0052.",
     ["孙晓丽", "赵志刚", "李婷"], "高寒草甸植物群落对增温的响应", "植物生态研究", 2019, "43", None, "512-521",
     "10.55555/x.2019.0052"),
    # Vancouver with an abbreviated journal's stops; Harvard's quoted title
    ("Smith J, Doe AB. Urban heat islands in coastal cities. Front. Psychol. 2020;11:1234.", ["Smith J", "Doe AB"],
     "Urban heat islands in coastal cities", "Front. Psychol", 2020, "11", None, "1234", None),
    ("Smith, J. (2020) ‘Urban heat islands in coastal cities’, Journal of Urban Studies, 12(3), pp. 1234–1245.",
     ["J. Smith"], "Urban heat islands in coastal cities", "Journal of Urban Studies", 2020, "12", "3", "1234-1245",
     None),
    # Hindawi's own citation: the article ID is its e-locator
    ('Wei Tao, Hai-Xia Wang, "Establish a Scoring Model for Gastric Cancer", Gastroenterology Research and Practice, '
     "vol. 2020, Article ID 5609623, 6 pages, 2020. https://doi.org/10.1155/2020/5609623",
     ["Wei Tao", "Hai-Xia Wang"], "Establish a Scoring Model for Gastric Cancer",
     "Gastroenterology Research and Practice", 2020, "2020", None, "5609623", "10.1155/2020/5609623"),
]


@pytest.mark.parametrize(("text", "authors", "title", "journal", "year", "volume", "issue", "pages", "doi"), CASES,
                         ids=[c[0][:24] for c in CASES])
def test_parse_citation(text: str, authors: list[str], title: str, journal: str, year: int, volume: str | None,
                        issue: str | None, pages: str | None, doi: str | None) -> None:
    c = parse_citation(text)
    assert isinstance(c, Citation)
    assert (c.authors, c.title, c.journal, c.year, c.volume, c.issue, c.pages, c.doi) == (
        authors, title, journal, year, volume, issue, pages, doi)


def test_et_al_is_noted() -> None:
    assert parse_citation("张三, 李四, 王五, 等. 题名研究[J]. 刊名, 2020, 1(2): 3-4.").et_al
    assert not parse_citation("张三, 李四. 题名研究[J]. 刊名, 2020, 1(2): 3-4.").et_al


def test_language_of_a_citation_follows_its_title() -> None:
    assert parse_citation(CASES[0][0]).lang == "zh"
    assert parse_citation(CASES[2][0]).lang == "en"
    apa = ("Karaarslan, T., & Güven, G. (2026). Okul Öncesi Öğretmen Adaylarının Eleştirel Düşünme Becerileri. "
           "Ondokuz Mayis University Journal of Education Faculty, 45(1), 1-20.")
    assert parse_citation(apa).lang == "tr"  # an English journal name does not make it English


@pytest.mark.parametrize("label", ["引用本文: ", "文献引用格式：", "【引文著录格式】：", "Reference format: ",
                                   "How to cite this article: "])
def test_label_is_removed_from_the_kept_text(label: str) -> None:
    c = parse_citation(label + CASES[0][0])
    assert c.text == CASES[0][0] and c.authors == CASES[0][1]


def test_a_text_rendering_labels_its_citations_in_other_words() -> None:
    page = ("高寒草甸土壤微生物量的季节动态\n杨林, 马骏\n"
            "文献引用格式：杨林, 马骏. 高寒草甸土壤微生物量的季节动态[J]. 应用生态学报, 2021, 32(4): 1301-1309.\n"
            "Reference format: YANG Lin, MA Jun. Seasonal dynamics of soil microbial biomass in alpine meadows[J]. "
            "Chinese Journal of Applied Ecology, 2021, 32(4): 1301-1309.\n")
    record = journalmeta.parse(page.encode())
    assert record.citation["zh"].startswith("杨林, 马骏.") and record.citation["en"].startswith("YANG Lin, MA Jun.")
    assert [a.name for a in record.authors] == [{"zh": "杨林", "en": "YANG Lin"}, {"zh": "马骏", "en": "MA Jun"}]


def test_text_without_a_citation_yields_empty_parts() -> None:
    c = parse_citation("这不是一条参考文献")
    assert (c.journal, c.year, c.doi) == (None, None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Nezu, A. M. (2004). Problem solving and behavior therapy revisited. Behavior Therapy, 35(1), 1-33. "
     "https://doi.org/10.1016/S0005-7894(04)80002-9", True),  # APA reference
    (CASES[0][0], True),  # GB/T 7714, with its type mark
    ("Liu, Y. (2022). Effects of problem-based learning. Thinking Skills and Creativity, 45, 101069.", True),
    ("The project started in 2004 (see the report of 2005), with three sites and twelve people.", False),
    ("Received 2012 Sep 28; Accepted 2012 Oct 29", False),
    # a source line: volume (issue): pages, then the date in brackets or after a comma
    ("Adv. Applied Analysis 27(5/6): 611-640 (May/June 2018). DOI: 10.5555/aaa/1500000001", True),
    ("Probab. Theory Rel. Fields 12 (3) 45 - 60, 14 March 2019", True),
    ("We sampled 27 (of 40) plots in 611 - 640 m, in the spring of 2018.", False),
    # MDPI and ACS, Chicago's author-date form, Harvard
    ("Fernández, L.; Kowalczyk, T. Urban Heat Islands. Urban Climate Studies 2020, 8, 1187.", True),
    ('Fernández, Laura, and Tomasz Kowalczyk. 2020. "Urban Heat Islands" Urban Climate Studies 8, no. 2: 1187.', True),
    ("Smith, J. and Doe, A.B., 2020. Urban heat islands. Sustainability, 12(3), p.1234.", True),
    ("The survey ran from March 2019, 12 sites were visited, 340 people answered.", False),
    ("Sales fell in 2020, 8, 11 and 14 stores closed.", False),
    # the year in brackets with no stop after it (Biodiversity Science), not a sentence citing a year
    ("孙晓丽, 赵志刚 (2019) 高寒草甸植物群落对增温的响应. 植物生态研究, 43, 512-521.", True),
    ("Smith (2012) reported values of 10, 20, 30 and 40 in the dry season.", False),
])
def test_looks_like_citation(text: str, expected: bool) -> None:
    assert looks_like_citation(text) is expected


def test_every_english_citation_label_is_found_inside_a_line() -> None:
    # mid_block looks for a few literals before its label pattern: every label of the table must pass them
    from journalmeta.document import page_from_html
    from journalmeta.extractors.citations import mid_block
    from journalmeta.labels import LABELS

    for label in LABELS["citation"]["en"]:
        page = page_from_html(f"<html><body><p>Metrologia, Volume 12 {label} D N Astrov et al 1976 Metrologia 12 143"
                              " DOI 10.1088/0026-1394/12/4/002</p></body></html>")
        found = mid_block(page, {}, set())
        assert [f.citation.text for f in found] == ["D N Astrov et al 1976 Metrologia 12 143"], label


def test_dotted_initials_keep_their_last_dot() -> None:
    dotted = parse_citation("Ivanov I.I., Petrova A.S. Slope stability by finite elements. Vestnik MGSU. "
                            "2020; 15(5):650-662.")
    assert dotted is not None and dotted.authors == ["Ivanov I.I.", "Petrova A.S."]
    vancouver = parse_citation("Smith JA, Brown K. Title of the paper. J Hydrol. 2020;15(5):650-662.")
    assert vancouver is not None and vancouver.authors == ["Smith JA", "Brown K"]  # the stop ends the list


def test_a_reference_list_entry_is_no_citation_of_the_page() -> None:
    page = ("Examining the Urban Heat Island Effect in Coastal Cities with Satellite Data\n"
            "Abstract: This study examines the surface urban heat island in three coastal cities using Landsat data "
            "for the summers of 2015-2023.\nReferences\nVoogt, J. A., & Oke, T. R. (2003). Thermal remote sensing of "
            "urban climates. Remote Sensing of Environment, 86(3), 370-384.\n")  # a copy cut after its first entry
    record = journalmeta.parse(page.encode())
    assert not record.citation and record.year is None and not record.journal.title
    notes = page.replace("References\n", "Notes\n[5]\n")  # a note under its number
    record = journalmeta.parse(notes.encode())
    assert not record.citation and record.year is None


def test_an_initial_before_a_surname_in_capitals_is_inside_the_author_list() -> None:
    c = parse_citation("BAO Yanhua, TANG Qian, Barbara M. KEHM. Construction of Research Platforms[J]. Journal of "
                       "Higher Education, 2022, 35(5): 177-182.")
    assert c.authors == ["BAO Yanhua", "TANG Qian", "Barbara M. KEHM"]
    assert c.title == "Construction of Research Platforms"


def test_a_type_mark_after_the_journal() -> None:
    c = parse_citation("张学珍, 王发浩, 罗海江. 1978—2018年中国环境污染的时空特征——基于《人民日报》新闻报道. "
                       "地理研究[J], 2021, 40(4): 1134-1145 doi:10.11821/dlyj020200206")
    assert (c.title, c.journal, c.volume, c.pages) == (
        "1978—2018年中国环境污染的时空特征——基于《人民日报》新闻报道", "地理研究", "40", "1134-1145")
    assert parse_citation("张三. 题名[J], 2020, 1(1): 1-2.").title == "题名"  # no journal printed: the title stays


def test_hindawi_and_ieee_citations_name_their_volume_with_a_word() -> None:
    text = ('Jun Cao, Xian Zhou, Tianci Li, "Electronic Medical Record Entity Recognition via Machine Reading", '
            "Discrete Dynamics in Nature and Society, vol. 2021, Article ID 1640837, 8 pages, 2021. "
            "https://doi.org/10.1155/2021/1640837")
    assert looks_like_citation(text)
    assert looks_like_citation('A. Li, B. Wang, "Deep models," IEEE Trans. Geosci., vol. 12, no. 3, pp. 45-52, 2020.')
    c = parse_citation(text)
    assert (c.title, c.journal) == ("Electronic Medical Record Entity Recognition via Machine Reading",
                                    "Discrete Dynamics in Nature and Society")


def test_a_doi_glued_to_the_pages_ends_the_source_and_a_source_gives_no_names() -> None:
    """A page with no white space between its elements glues 'doi:' to the e-locator: the source line still reads as
    one, and no part of it is taken for authors (names hold no digits)."""
    c = parse_citation("eLife 2019;8:e44753doi: 10.7554/eLife.44753")
    assert (c.journal, c.year, c.volume, c.pages, c.doi, c.authors) == (
        "eLife", 2019, "8", "e44753", "10.7554/eLife.44753", [])


def test_a_style_guides_template_is_no_citation() -> None:
    from journalmeta.extractors.citation import looks_like_citation

    assert not looks_like_citation("[序号]主要责任人.文献题名[J].刊名,年,卷(期):起止页码。")
    assert looks_like_citation("王明,李华.城市绿地降温效应[J].生态学报,2021,41(3):1-10.")


def test_a_table_of_contents_byline_is_not_the_journal() -> None:
    import journalmeta

    page = ("当期目录\n2019年, 第27卷, 第2期\n我国的通货膨胀与名义利率粘性\n杨利雄, 李庆男\n"
            "2019 (2):  1-8.  doi: 10.16381/j.cnki.issn1003-207x.2019.02.001\n")
    assert journalmeta.parse(page.encode()).journal.title == {}


def test_the_word_and_of_a_citations_language_and_a_catalogues_medium() -> None:
    c = parse_citation("Dupont, M. et Martin, J.-L. (2020). Les rivières en tresses. Méditerranée, 131(2), 45-60.")
    assert c is not None and c.authors == ["M. Dupont", "J.-L. Martin"]
    page = ("<html><body><h1>Les rivieres en tresses du Var</h1><p>Pour citer cet article : Dupont, M. et Martin, J.-L."
            " (2020). Les rivieres en tresses du Var. Mediterranee [En ligne], 131(2), 45-60.</p></body></html>")
    assert journalmeta.parse(page.encode()).journal.title == {"fr": "Mediterranee"}  # no '[En ligne]'

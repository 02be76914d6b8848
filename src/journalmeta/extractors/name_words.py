"""Word tables of the name tests (``extractors.names``): page furniture, menus, titles, journal abbreviations and a
byline's roles, which no person is called. Data, not code: add a word here, not a branch."""

from __future__ import annotations

from journalmeta._hanzi import spellings, traditional
from journalmeta.headings import RELATED_HEADINGS
from journalmeta.labels import ABSTRACT_SECTIONS
from journalmeta.lang import has_han

__all__ = ["ABBREVIATED_SERIAL_WORDS", "FURNITURE_WORDS", "HANGUL_PAGE_WORDS", "HAN_BODIES", "HAN_PAGE_ENDINGS",
           "HAN_PAGE_WORDS", "HAN_PLACES", "HAN_ROLES", "MENU_WORDS", "PAGE_WORDS", "TITLE_WORDS", "UI_WORDS"]

# words of a page's furniture that no person is called: 'Search NCBI', 'Learn More Submit Now', 'Invited Article'
PAGE_WORDS = frozenset("""roles search submit learn article articles navigation menu login sign download share view
issue journal help contact about previous access pdf figures tables metrics related invited editorial subscribe alerts
privacy cookies policy terms submission guidelines information citation citations references abstract keywords
introduction methods results conclusions supplementary availability funding acknowledgments acknowledgements
copyright license published online print issn doi email e-mail click here site skip toggle show hide more
home archive archives current announcements register institute librarians agents authors author cited affiliations
affiliation google scholar pubmed crossref
accessibility links publication publications journals account institutional subscription purchase permissions
reprints export google
correct errors collection reuse letters transactions proceedings bulletin annals magazine quarterly series chemistry
physics biology materials medicine science sciences engineering mathematics acta sinica revista revue zeitschrift
annalen physik biosciences dergisi dergi catalysis psychology behavior behaviour economics sociology business
original research review paper letter communication report commentary perspective erratum correction retraction
preprint artigo artículo articulo revisión revisão relato ensaio estudo reseña originalarbeit übersichtsarbeit
artigos artículos articulos originales originais científicos científicas cientificos breve
izvorni izvirni znanstveni stručni strokovni pregledni članak članek priopćenje původní vědecký přehledový článek
pôvodný pôvodná vedecký článok artykuł naukowy oryginalny przeglądowy articol eredeti tudományos közlemény
artikel penelitian penulis autores autoren auteurs autorzy yazarlar pendahuluan metode metodologi pembahasan kesimpulan
информация публикации публикация статья статьи журнал выпуск поиск главная аннотация библиотека научная электронная
оригинальная исследование обзор
araştırma makalesi makale derleme kaynak göster kaynakça cite bibtex endnote
investigación investigacion servicios personalizados compartir indicadores scielo""".split())
# and article types and export buttons ('ARTIGO ORIGINAL', 'ИНФОРМАЦИЯ О ПУБЛИКАЦИИ', DergiPark's 'Araştırma Makalesi'
# over 'BibTex RIS Kaynak Göster')
# a Chinese journal site's menu and page furniture, two to six characters like a name: '首页 过刊浏览' over a title
HAN_PAGE_WORDS = frozenset(w for word in """
首页 过刊浏览 过刊 过刊目录 期刊介绍 期刊简介 编委会 投稿指南 投稿须知 征稿简则 联系我们 当期目录 本期目录
期刊订阅 订阅 下载中心 在线投稿 稿件查询 作者投稿 专家审稿 编辑办公 主编办公 最新录用 优先出版 网络首发 期刊浏览
文章检索 高级检索 检索 登录 注册 返回 收藏 分享 下载 导出 引用 全文 摘要 关闭 更多 英文版 中文版 广告服务 广告合作 全选
友情链接 版权声明 网站地图 帮助 期刊动态 新闻公告 通知公告 学术动态 收录情况 数据库收录 期刊荣誉 阅读排行 下载排行
引用排行 热点文章 相关文章 参考文献 图表 作者中心 读者中心 会员中心 特色专栏 专题 视频 留言板 浏览 阅读 点击 被引
评论 打印 文章信息 文章导航 作者信息 基金 期刊论文 学位论文 会议论文 研究论文 论著 原著 综述 述评 短篇论著 病例报告
个案报告 专家共识 临床研究 基础研究 研究报告 技术交流 论文 研究快报 快报 简报 专论 特稿 译文 书评 详细信息
目录 目次 封面 文献传递 免费文献传递 全文传递 文章历史 文章指标 文章目录 补充材料 附加材料 書誌事項
详目显示 詳目顯示 书目资料 書目資料 跳到主要内容 跳到主要內容 栏位 欄位 语言 語言
引言 前言 绪论 结语 讨论 小结 致谢 总结 展望 概述 正文 作者指南 作者须知 读者须知 稿约 征稿启事 征稿范围 投稿要求
英文 中文 关注我们 上一篇 下一篇 出版信息 课题 課題 编号 番号 年度 研究代表者 研究分担者 加载中 载入中
作者登录 审稿登录 专家登录 编辑登录 编委登录 主编登录 读者登录 用户登录 会员登录 作者查稿 在线审稿 稿件查询
""".split() + list(RELATED_HEADINGS["zh"]) + [w for w in ABSTRACT_SECTIONS if has_han(w)]
    for w in spellings(word))  # in Traditional too: '首頁', '聯繫我們'; and a structured abstract's headings
# ... and a Korean site's, two to five syllables like a name ('제목', '검색', '다운로드'), and its cities' names
HANGUL_PAGE_WORDS = frozenset("""제목 검색 초록 저자 요약 키워드 주제어 논문 학술지 목차 인용 참고문헌
서론 결론 본문 이전 다음 메뉴 닫기 로그인 회원가입 다운로드 상세조회 공유하기 내보내기 내책장담기 오류접수
부가정보 서지정보 한글로보기 소장기관 발행사항 발행연도 작성언어 형태사항 기타서명 일반주기명 학위논문사항
원문보기 바로가기 판사항 한국어 영어 중국어 일본어 서울 부산 대구 인천 광주 대전 울산""".split())
# a byline's roles after a name, no names: '徐 宁3 综述, 孙志刚4 审校'
HAN_ROLES = frozenset(w for word in "综述 审校 校审 主审 编译 摘译 翻译 执笔 整理 指导 撰稿".split()
                       for w in spellings(word))


# a society or publisher (a five-character or longer 'name' ending so): '日本森林学会', '中国农业出版社'
HAN_BODIES = tuple(form for body in ("学会", "协会", "協会", "研究会", "委员会", "委員会", "出版社", "编辑部",
                                       "編集部", "法人") for form in (body, traditional(body)))

# ... and a university, a college or a record's label, of four characters too ('成功大學', '校院名稱')
HAN_PLACES = tuple(form for word in ("大学", "学院", "名称") for form in (word, traditional(word)))
# ... or a menu's entry ending in a page word ('医学论文', '心理健康论文'): no name of four characters ends so
HAN_PAGE_ENDINGS = tuple(sorted(w for w in HAN_PAGE_WORDS if len(w) == 2))
# words of a menu that people are called too ('Mary Main', 'Glenn Close', 'Friedrich List'): menus only
MENU_WORDS = frozenset("main content close list save submissions team people policies indexing focus scope ethics "
                         "explore statement editors board subjects pubmed scholar".split())


# words of titles no person is called (a short title is no name: 'Phonon Magnetochiral Effect'); titles, not menus
TITLE_WORDS = frozenset("""effect effects analysis study studies approach evidence impact using based budgets elections
policies systems dynamics management development assessment evaluation applications framework responses properties
performance simulation processes networks municipal""".split())
# the dotted words of journals' ISO 4 abbreviations, which no name holds ('Acc. Chem. Res.', 'ACS Appl. Mater.
# Interfaces': a list of a publisher's journals, one a line)
ABBREVIATED_SERIAL_WORDS = frozenset("""chem. res. appl. mater. sci. eng. lett. phys. biol. catal. neurosci. rev.
proc. trans. bull. natl. acad. soc. med. clin. mol. environ. technol. polym. org. inorg. anal. biochem. pharm. nucl.
comput. math. geol. agric. infect. dis. chim. commun. electrochem. nanosci. macromol. biomater. syst. chem appl mater
sci biol catal neurosci phys polym biochem macromol nanosci electrochem inorg environ technol pharm comput agric
biomater""".split())  # (undotted too where no one is called so: the line's last word loses its stop)
# words of a site's menus that people are called too ('Thomas Cover', 'Andrew Read'): a 'name' of these alone is a
# menu item ('Cover Story', 'Most Read', 'User Guide', 'Remember Password', "Editors' Suggestion")
UI_WORDS = MENU_WORDS | frozenset("""the your my our all new top most read downloaded viewed first early latest
cover story image video graphical highlights featured special quick useful back next free open full text size past
issues volumes contents table index book books work data sharing news center centre office editor editors reviewer
reviewers reader readers user users guide guides publishing support remember forgot password reviews digest reporter
suggestion suggestions manuscript manuscripts revising panel cart forum prize prizes planet awards press room media
events careers career jobs store shop services service tools resources partners partnerships overview mission vision
history members membership society blog podcasts fields advanced settings profile dashboard logout upload track
status payment pricing fees charges waivers rights advertising sponsors collaborators consortia institutional
national sustainability opportunities us working papers competing interests name names grant grants web created
successfully confirm accepted technical session sessions poster happy hour summer fall winter conditions catalog
catalogue admin coordinator followers following research scientific english turkish chinese russian french german
spanish portuguese japanese korean arabic italian this link added bookmark mendeley twitter facebook linkedin
afficher plus détails réduire détaillée derniers dépôts consultation collections documentation fonction auteur
dans congrès chapitre ouvrage
auteurs date soutenance hal advisory exhibitor exhibitors linked in page code conduct symposia symposium
conference conferences organizers presentation presentations slides appendix
audio about capture captures collected by timestamps wayback machine
atual arquivos sobre avisos buscar cadastro acesso actual archivos acerca entrar registrarse início inicio números
envíos submissões edições ediciones журнале hakkında propos navigation plan haut texte intégral accueil numéros
résumés""".split())  # (HAL's French interface, a web
# archive's toolbar too: 'About this capture', 'COLLECTED BY'; OJS's menu in Portuguese and Spanish: 'Atual Arquivos')
FURNITURE_WORDS = PAGE_WORDS | HAN_PAGE_WORDS | UI_WORDS

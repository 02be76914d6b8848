"""Pages that are no article: a journal's instructions for authors gives no record; an article whose site menu
names its guidelines first keeps its own."""

from __future__ import annotations

import pytest

import journalmeta


def _record(text: str) -> journalmeta.Record:
    return journalmeta.parse(text.encode(), content_type="text/plain")


GUIDE = ("Petunjuk Penulisan\nJudul Artikel Ditulis Singkat dan Jelas dalam Bahasa Indonesia\n"
         "Abstrak\nAbstrak ditulis dalam bahasa Indonesia dan bahasa Inggris, 150 sampai 250 kata, memuat tujuan, "
         "metode, hasil dan kesimpulan penelitian tanpa rujukan.\n")


def test_an_author_guide_gives_no_record() -> None:
    record = _record(GUIDE)
    assert not record.title and not record.abstract and not record.has_metadata
    assert any("instructions for authors ('Petunjuk Penulisan')" in w for w in record.warnings)


def test_an_article_under_a_menu_naming_the_guidelines_keeps_its_fields() -> None:
    record = _record("Author Guidelines\nUrban Heat Islands and Green Space in Coastal Cities\nJane Roe, John Doe\n"
                     "Abstract: Green space cools cities. We measured air temperature in 40 parks and the streets "
                     "around them over two summers and found that larger parks cool a wider band of streets.\n")
    assert record.title == {"en": "Urban Heat Islands and Green Space in Coastal Cities"}
    assert not any("instructions for authors" in w for w in record.warnings)


def test_an_article_whose_abstract_speaks_of_no_abstract_keeps_its_fields() -> None:
    record = _record("Author Guidelines\nUrban Heat Islands and Green Space in Coastal Cities\n"
                     "Abstract: Green space cools cities. We measured air temperature in 40 parks and the streets "
                     "around them over two summers and found that larger parks cool a wider band of streets.\n")
    assert record.abstract and not any("instructions for authors" in w for w in record.warnings)


ZH_GUIDES = [
    ("1 稿件撰写要求\n1.1 题名\n来稿要求有中、英文标题,中文标题一般不宜超过20个汉字。\n1.2 中英文摘要\n"
     "摘要具有独立性和自明性,中文摘要在250~500字左右。\n1.3 关键词\n关键词数量3~5个为宜。\n", "1 稿件撰写要求"),
    ("所屬欄目:核心期刊\n來稿要求\n文題\n文題應力求簡明、醒目。\n摘要\n"
     "中文摘要一般控制在 250 字左右,英文摘要 400 個實詞左右。\n"
     "關鍵詞\n每篇文章可選 3~8 個關鍵詞;中、英文關鍵詞應一一對應。\n", "來稿要求"),
]


OPENING_GUIDES = [
    ("Recommendations on writing abstract and keywords\n\nAbstract (in Russian and English) is required. Its volume "
     "must be 200-250 words, in four to six sentences on the problem, its relevance and the methods used.\n",
     "Recommendations on writing abstract and keywords"),
    # a heading naming abstracts: any abstract under it is a sample (here the list of its parts)
    ("Requirements to abstract\n\nDear authors!\n\nAnnotation structure and content:\n\nIntroduction - The Problem\n"
     "Purpose - Article's Purpose\nMethods - Research Methods\nResults - The main results of the study\n",
     "Requirements to abstract"),
    ("Требования к аннотациям\nАннотация к статье (Abstract) – это краткая характеристика работы. В ней представляются "
     "основные идеи работы, изложенные в краткой форме.\n", "Требования к аннотациям"),
]


@pytest.mark.parametrize(("text", "heading"), OPENING_GUIDES)
def test_a_heading_opening_as_a_guides_does_gives_no_record(text: str, heading: str) -> None:
    record = _record(text)
    assert not record.abstract and not record.title
    assert any(f"instructions for authors ('{heading}')" in w for w in record.warnings)


def test_a_clinical_guideline_titled_so_keeps_its_fields() -> None:
    record = _record("Guidelines for the management of community-acquired pneumonia in adults\n"
                     "Abstract: Community-acquired pneumonia remains a leading cause of admission. This guideline "
                     "updates the recommendations on diagnosis and antibiotic choice. In summary, shorter courses "
                     "are as effective as longer ones for most patients.\n")
    assert record.abstract and not any("instructions for authors" in w for w in record.warnings)


MORE_GUIDES = [
    # a Polish guide under its site's language switch (which had read as a byline)
    ("PL EN\nWskazówki dla autorów\nProsimy o przygotowanie artykułu zgodnie z poniższymi wskazówkami.\n"
     "1. Tytuł\nTytuł powinien być zwięzły i zrozumiały.\n2. Streszczenie\nStreszczenie powinno zawierać od 150 do "
     "250 słów i przedstawiać cel, metody i wnioski pracy.\n", "Wskazówki dla autorów"),
    # a Vietnamese one
    ("Hướng dẫn tác giả\nTiêu đề bài báo\nTên bài báo phản ánh nội dung chính của bài viết.\nTóm tắt\nPhần này tóm "
     "tắt mục đích và kết quả chính của bài viết, dài không quá 250 từ.\nTừ khóa\nTừ 3 đến 5 từ khóa.\n",
     "Hướng dẫn tác giả"),
    # an Indonesian one whose sample fields are headed in capitals ('NAMA PENULIS', 'METODE' had read as names)
    ("Author Guidelines\nJUDUL\nJudul ditulis singkat dan jelas, paling banyak dua baris\nNAMA PENULIS\n"
     "Nama penulis ditulis lengkap tanpa gelar\nABSTRAK\nAbstrak terdiri dari 150 – 200 kata tentang tujuan, metode "
     "dan hasil penelitian\nKATA KUNCI\nTiga sampai lima kata\nMETODE PENELITIAN\nBerisi bahan dan cara kerja\n",
     "Author Guidelines"),
    # an article template's list of fields, the abstract's length in characters
    ("Шаблон статті\nТекст публікації має бути побудований за схемою:\n– індекс УДК;\n– назва статті великими "
     "літерами;\n– анотація структурована (1500-2000 знаків) англійською та українською мовами;\n", "Шаблон статті"),
    # a Spanish one under its submission page's heading, its own heading in capitals (read as a name)
    ("Envíos\nDirectrices para autores/as\nGUÍA PARA AUTORES\nLa revista publica artículos originales e inéditos.\n"
     "Resumen: debe contener entre 200 y 250 palabras, con los objetivos, métodos y resultados.\n"
     "Palabras clave: de tres a cinco.\n", "Directrices para autores/as"),
    # under the journal's index badges, 'Writing Guidelines' and its numbered items
    ("• Chinese Core Journal\nWriting Guidelines\n• Share:\n1.3 Abstract\nA structured abstract is recommended: "
     "objective, method, result and conclusion, about 200 words.\n1.4 Keywords\nThree to eight keywords.\n",
     "Writing Guidelines"),
]


@pytest.mark.parametrize(("text", "heading"), ZH_GUIDES + MORE_GUIDES)
def test_guides_numbered_in_traditional_characters_or_in_more_languages_give_no_record(text: str,
                                                                                        heading: str) -> None:
    record = _record(text)
    assert not record.abstract and not record.keywords and not record.title and not record.authors
    assert any(f"instructions for authors ('{heading}')" in w for w in record.warnings)


def test_a_template_under_no_heading_whose_abstract_sets_a_typeface_gives_no_record() -> None:
    record = _record("Format Penulisan Artikel Judul Nama Penulis Program studi\nAbstrak: Times New Roman, Italic 10 "
                     "point, satu spasi, paling banyak 250 kata dalam satu paragraf tanpa rujukan.\n")
    assert not record.abstract and any("instructions for authors ('Times New Roman, Italic 10 point')" in w
                                       for w in record.warnings)
    article = _record("Abstract: We compared the legibility of Times New Roman and Arial set at 10 and 12 points "
                      "in 400 readers aged 60 or more, and found no difference in reading speed between them.\n")
    assert article.abstract

"""Tables of headings over lists that are not the article's, keyed by language. Data, not code: add a heading
here, not a branch."""

from __future__ import annotations

# Headings over lists of other articles (a journal site's related, recommended or citing articles).
RELATED_HEADINGS: dict[str, tuple[str, ...]] = {
    "zh": ("相关文章", "相关文献", "相关论文", "相似文献", "推荐文章", "推荐阅读", "相关推荐", "同期文章", "本期文章",
           "引证文献", "施引文献", "本文引用", "相关阅读", "延伸阅读", "阅读排行", "下载排行", "引用排行", "热点文章",
           "最新录用", "相關文章", "相關文獻", "推薦文章", "当期目录", "本期目录", "当期目次", "本期目次", "优先出版",
           "网络首发", "编辑推荐", "本刊推荐", "热门文章", "最新文章", "热门下载", "封面文章", "精选文章", "浏览排行",
           "被引排行"),
    "en": ("Related articles", "Related Articles", "Similar articles", "Recommended articles", "Related content",
           "You may also like", "More like this", "Citing articles", "Articles citing this article",
           "Related papers", "Recommended reading", "Most read", "Most viewed", "Most cited", "Most downloaded",
           "Most read articles", "Most viewed articles", "Most cited articles", "Latest articles", "Recent articles",
           "Popular articles", "Trending articles", "Editor's choice", "Current issue", "In this issue",
           "Online first", "Articles in press", "Just accepted", "Trending", "Popular", "Most popular", "Featured",
           "Featured articles", "Editor's picks", "Editors' picks", "People also read",
           "Readers also read", "Recommended", "Recommended for you", "More from this journal", "Top articles"),
    "ru": ("Похожие статьи", "Статьи по теме", "Рекомендуемые статьи"), "ja": ("関連記事", "関連論文"),
    "tr": ("Benzer Makaleler", "İlgili Makaleler"), "pt": ("Artigos relacionados",), "es": ("Artículos relacionados",),
}

# Headings over an article's reference list, by language: a DOI printed under one is a cited work's. Matched as a
# whole block only; the "body" labels above hold the common ones as label prefixes, where short words like 文献 or
# Quellen would start too many running sentences.
REFERENCE_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("References", "Reference", "Bibliography", "Literature Cited", "References and Notes", "Works Cited",
           "Cited Literature"),
    "zh": ("参考文献", "參考文獻", "主要参考文献"), "ja": ("参考文献", "引用文献", "文献"), "ko": ("참고문헌",),
    "ru": ("Список литературы", "Литература", "Библиографический список", "Источники"),
    "uk": ("Список використаних джерел", "Література"), "tr": ("Kaynakça", "Kaynaklar"),
    "de": ("Literatur", "Literaturverzeichnis", "Quellen"),
    "fr": ("Bibliographie", "Références", "Références bibliographiques"),
    "es": ("Referencias", "Bibliografía", "Referencias bibliográficas"),
    "pt": ("Referências", "Bibliografia", "Referências bibliográficas"),
    "it": ("Bibliografia", "Riferimenti bibliografici"), "id": ("Daftar Pustaka", "Referensi"),
    "pl": ("Bibliografia", "Literatura"), "fa": ("مراجع", "منابع", "فهرست منابع"), "ar": ("المراجع", "قائمة المراجع"),
}

# the headings lower-cased, as the extractors compare a line's text with them
RELATED_KEYS = frozenset(h.lower() for group in RELATED_HEADINGS.values() for h in group)
REFERENCE_KEYS = frozenset(h.lower() for group in REFERENCE_HEADINGS.values() for h in group)
_LIST_KEYS = RELATED_KEYS | REFERENCE_KEYS


def heads_a_list(text: str) -> bool:
    """Whether a line is a heading of these tables: the end of whatever value ran up to it (a column of keywords
    over 'Recommended articles')."""
    return len(text) <= 40 and text.strip(" :：").lower() in _LIST_KEYS

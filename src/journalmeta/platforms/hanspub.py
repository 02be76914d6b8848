"""Hans Publishers: ``PaperInformation?paperID=``, ``文章引用:`` citations ending in a doi.org link."""

from journalmeta.platforms.base import Platform

PLATFORM = Platform(
    name="hanspub",
    fingerprints=(r"hanspub\.org", r"PaperInformation\?paperID="),
    text_fingerprints=(r"^文章引用[:：].*https?://doi\.org/10\.12677/",),
)

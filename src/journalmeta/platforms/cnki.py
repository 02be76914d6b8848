"""CNKI (Tongfang Zhiwang): usually Chinese only; header ``刊名 . 年 , 卷 (期) : 页``."""

from journalmeta.platforms.base import Platform

PLATFORM = Platform(
    name="cnki",
    fingerprints=(r"cnki\.net", r"KCMS/detail", r"kcms2/article"),
    text_fingerprints=(r"^中国知网", r"^专辑[:：]", r"kns\.cnki\.net"),
)

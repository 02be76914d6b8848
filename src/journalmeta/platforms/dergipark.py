"""DergiPark (Turkish OJS-like platform): per-language tabs with title, abstract and keywords."""

from journalmeta.platforms.base import Platform

PLATFORM = Platform(name="dergipark", fingerprints=(r"dergipark\.org\.tr",))

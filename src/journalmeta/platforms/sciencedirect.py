"""ScienceDirect: no ``citation_author`` tags; authors only in the visible author group."""

from journalmeta.platforms.base import Platform

PLATFORM = Platform(name="sciencedirect", fingerprints=(r"sciencedirect\.com", r"els-cdn\.com"))

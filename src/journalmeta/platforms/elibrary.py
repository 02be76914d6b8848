"""eLIBRARY.RU item pages: Russian metadata, then an 'ОПИСАНИЕ НА АНГЛИЙСКОМ ЯЗЫКЕ' block."""

from journalmeta.platforms.base import Platform

PLATFORM = Platform(name="elibrary", fingerprints=(r"elibrary\.ru", r"item\.asp\?id="))

"""Platform modules: one small module per platform, overriding only what the generic layers get wrong.

The registry is explicit: a platform is listed in ``REGISTRY`` below, detected by a page fingerprint
(footer links, CSS class prefixes, script sources, URL shapes), never by a list of hosts.
"""

from __future__ import annotations

from journalmeta.document.model import Page
from journalmeta.platforms import (
    cnki,
    cyberleninka,
    dergipark,
    elibrary,
    etiller,
    hanspub,
    ieee,
    magtech,
    ojs,
    rhhz,
    sciencedirect,
    yiigle,
)
from journalmeta.platforms.base import Platform, haystack, head

REGISTRY: tuple[Platform, ...] = (
    yiigle.PLATFORM,
    rhhz.PLATFORM,
    magtech.PLATFORM,
    etiller.PLATFORM,
    hanspub.PLATFORM,
    elibrary.PLATFORM,
    dergipark.PLATFORM,
    cyberleninka.PLATFORM,
    ojs.PLATFORM,
    sciencedirect.PLATFORM,
    ieee.PLATFORM,
    cnki.PLATFORM,
)
GENERIC = Platform(name="generic", fingerprints=())


def detect(page: Page) -> Platform:
    """The first registered platform whose fingerprint the page carries, else the generic one."""
    hay, text_head = haystack(page), head(page)
    for platform in REGISTRY:
        if platform.matches(hay, text_head):
            return platform
    return GENERIC


__all__ = ["GENERIC", "REGISTRY", "Platform", "detect"]

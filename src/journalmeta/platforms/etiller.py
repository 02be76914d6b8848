"""E-Tiller (Beijing Qinyun): ``view_abstract.aspx``, ``create_pdf`` links, ``#FileTitle`` / ``#EnTitle``."""

from journalmeta.platforms.base import Platform

PLATFORM = Platform(
    name="etiller",
    fingerprints=(r"view_abstract\.aspx", r"create_pdf\.aspx", r"cnjournals\.com", r"/article/abstract/\d+"),
)

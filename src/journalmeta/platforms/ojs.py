"""Open Journal Systems: the same ``DC.*`` / ``citation_*`` names repeated per locale with ``xml:lang``."""

from journalmeta.platforms.base import Platform

PLATFORM = Platform(name="ojs", fingerprints=(r"pkp\.sfu\.ca", r"\bpkp_", r"/index\.php/[^/\s]+/article/view/"))

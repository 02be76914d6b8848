"""No server-side request forgery: a URL is fetched only when every address its host resolves to is public.

Checked before the first request and again on every redirect (the fetcher calls the guard for each hop).
Loopback, private, link-local, reserved, multicast and unspecified addresses are refused unless the service
runs with ``--allow-private``; ``--allow-host`` names hosts to trust anyway (an intranet proxy, say).
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class Refused(Exception):
    """The URL points where the service does not fetch."""


def resolve(host: str, port: int) -> list[str]:
    try:
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)})
    except socket.gaierror as exc:
        raise Refused(f"cannot resolve {host}: {exc.strerror}") from exc


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast
                or ip.is_unspecified or getattr(ip, "is_site_local", False))


class Guard:
    def __init__(self, allow_private: bool = False, allow_hosts: frozenset[str] = frozenset()) -> None:
        self.allow_private = allow_private
        self.allow_hosts = allow_hosts

    def __call__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise Refused("only http and https URLs are fetched")
        host = parts.hostname.lower()
        if self.allow_private or host in self.allow_hosts:
            return
        port = parts.port or (443 if parts.scheme == "https" else 80)
        for address in resolve(host, port):
            if not _public(address):
                raise Refused(f"{host} resolves to {address}, a non-public address")

"""Who is asking: the one client address that the forms' rate limits, the API throttle and django-axes count.

Behind the TLS proxy every request comes from the proxy, so `REMOTE_ADDR` alone would put every visitor in
one bucket; trusting `X-Forwarded-For` from anyone would let a client pick a fresh address per request.
`TRUSTED_PROXIES` (addresses or networks) names the machines whose header is believed. The header is read
right to left, skipping those proxies; the first address that is not one of them is the client. A header
from any other address is ignored, so a client connecting directly cannot forge it.

django-ipware was considered and left out: it matches trusted proxies inside the header and never checks
the peer that actually connected (`REMOTE_ADDR`), which is the one thing a forger cannot choose.

It lives here, in the lowest app that counts clients; `opendata` imports it (an app above), and the
settings name it by its dotted path for django-axes.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings

UNKNOWN = "unknown"


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy.strip(), strict=False) for proxy in proxies if proxy.strip())


def _address(text):
    """The address in `text`, or None; ports and IPv6 brackets are dropped, IPv4-mapped IPv6 unwrapped."""
    text = text.strip().strip('"')
    if text.startswith("["):
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    return getattr(address, "ipv4_mapped", None) or address


def _trusted(address, networks):
    return address is not None and any(address in network for network in networks)


def client_address(request):
    """The client's address as text: REMOTE_ADDR, or what a trusted proxy says it saw."""
    remote = request.META.get("REMOTE_ADDR", "")
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))
    peer = _address(remote)
    if peer is None:
        return remote or UNKNOWN
    if not _trusted(peer, networks):
        return str(peer)
    for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = _address(hop)
        if address is None:
            break  # a malformed entry: nothing to its left can be believed
        if not _trusted(address, networks):
            return str(address)
        peer = address
    return str(peer)

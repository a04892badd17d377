"""URL hygiene: one canonical form per story, and the outlet it came from."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import courlan
from tld import get_fld

from casetrail.errors import FetchError


def require_http_url(url: str) -> str:
    """Accept only absolute http(s) URLs with a host."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise FetchError(f"not an http(s) URL: {url!r}")
    return url.strip()


def canonical_url(url: str | None) -> str | None:
    """Normalise ``url`` so the same story saved from two links compares equal.

    Tracking parameters and fragments go (courlan), the scheme becomes https, the host
    loses ``www.`` and the path its trailing slash.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    try:
        normalised = courlan.normalize_url(url.strip(), strict=True)
    except (ValueError, AttributeError):
        normalised = url.strip()
    parts = urlsplit(normalised)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in {80, 443}:
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, parts.query, ""))


def outlet_from_url(url: str | None) -> str | None:
    """The publishing site's registered domain, e.g. ``themoscowtimes.com``.

    Uses the public-suffix list bundled with ``tld`` (never fetched at run time); hosts
    it does not know keep their full name without ``www.``.
    """
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    domain = get_fld(f"https://{host}", fail_silently=True)
    return str(domain) if domain else host.removeprefix("www.")

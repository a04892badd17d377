"""Fetching a report from an http(s) URL, with the same size limit as files."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from casetrail import __version__
from casetrail.errors import FetchError, TooLarge
from casetrail.ingest.urls import require_http_url


@dataclass(frozen=True)
class Fetched:
    """Bytes of a fetched page plus what the server said about them."""

    data: bytes
    final_url: str
    status_code: int
    content_type: str | None


def fetch(url: str, *, max_bytes: int, timeout: float = 20.0) -> Fetched:
    """GET ``url`` (following redirects) and return at most ``max_bytes`` bytes."""
    url = require_http_url(url)
    headers = {"User-Agent": f"casetrail/{__version__} (+documentation of human-rights reports)"}
    try:
        with (
            httpx.Client(
                follow_redirects=True, timeout=timeout, headers=headers, max_redirects=5
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise FetchError(f"the server answered HTTP {response.status_code} for {url}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise TooLarge(f"{url} is {int(declared):,} bytes, over the limit of {max_bytes:,}")
            chunks: list[bytes] = []
            received = 0
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > max_bytes:
                    raise TooLarge(f"{url} is over the size limit of {max_bytes:,} bytes")
                chunks.append(chunk)
            return Fetched(
                data=b"".join(chunks),
                final_url=str(response.url),
                status_code=response.status_code,
                content_type=response.headers.get("content-type"),
            )
    except httpx.TooManyRedirects as exc:
        raise FetchError(f"too many redirects for {url}") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out fetching {url}") from exc
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot reach {url}: {exc}") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"fetching {url} failed: {exc}") from exc

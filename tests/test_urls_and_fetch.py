"""URL canonicalisation and ingestion over HTTP from a local server on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from casetrail.errors import FetchError, TooLarge
from casetrail.ingest import Outcome, ingest_sources, ingest_url
from casetrail.ingest.urls import canonical_url, outlet_from_url
from casetrail.store import Store
from casetrail.store.documents import get_document
from tests.conftest import snapshot
from tests.test_formats import HOSTILE_HTML


def test_canonical_url_drops_tracking_and_cosmetic_differences() -> None:
    a = canonical_url("https://www.example.org/news/story-1?utm_source=tw&utm_medium=x#comments")
    b = canonical_url("http://example.org/news/story-1/?fbclid=XYZ")
    assert a == b == "https://example.org/news/story-1"
    assert canonical_url("https://example.org/story?id=7&utm_campaign=a") == (
        "https://example.org/story?id=7"
    )
    assert canonical_url("https://example.org/a") != canonical_url("https://example.org/b")
    assert canonical_url("ftp://example.org/a") is None
    assert canonical_url("not a url") is None
    assert canonical_url(None) is None


def test_outlet_is_the_registered_domain() -> None:
    assert outlet_from_url("https://www.themoscowtimes.com/2021/02/08/x") == "themoscowtimes.com"
    assert outlet_from_url("https://news.bbc.co.uk/a") == "bbc.co.uk"
    assert outlet_from_url(None) is None


PAGES: dict[str, tuple[int, str, bytes]] = {
    "/story.html": (200, "text/html; charset=utf-8", HOSTILE_HTML.encode()),
    "/report.md": (
        200,
        "text/markdown",
        b"Headline\n\nBy Staff\n\n4 May 2023\n\nPolice detained a [man](#) on Tuesday.\n",
    ),
    "/huge": (200, "text/plain", b"x" * 5000),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", "/story.html?utm_source=feed")
            self.end_headers()
            return
        page = PAGES.get(self.path.split("?")[0])
        if page is None:
            self.send_response(404)
            self.end_headers()
            return
        status, content_type, body = page
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_html_page_over_http(store: Store, server: str) -> None:
    result = ingest_url(store, f"{server}/redirect")
    assert result.outcome is Outcome.STORED
    document = get_document(store, result.document_id or 0)
    assert "Ahmed Salem" in document.text and "STEAL-COOKIES" not in document.text
    [capture] = document.captures
    assert capture.source_kind == "url"
    assert capture.final_url == f"{server}/story.html?utm_source=feed"
    assert capture.details["http_status"] == 200
    # the page's own canonical link names the story
    assert document.canonical_url == "https://example-wire.org/news/activist-detained"


def test_markdown_over_http_by_content_type(store: Store, server: str) -> None:
    result = ingest_url(store, f"{server}/report.md")
    document = get_document(store, result.document_id or 0)
    assert document.media_type == "text/markdown"
    assert "detained a man on Tuesday" in document.text


def test_http_errors_and_unreachable_hosts_change_nothing(store: Store, server: str) -> None:
    before = snapshot(store)
    with pytest.raises(FetchError, match="HTTP 404"):
        ingest_url(store, f"{server}/missing")
    with pytest.raises(FetchError, match="cannot reach"):
        ingest_url(store, f"http://127.0.0.1:{_free_port()}/x")
    with pytest.raises(FetchError, match="not an http"):
        ingest_url(store, "file:///etc/passwd")
    assert snapshot(store) == before


def test_oversized_download_is_refused(store: Store, server: str) -> None:
    small = Store(
        store.settings.__class__(
            store.settings.database_url, store.settings.blob_dir, max_bytes=1000
        ),
        store.engine,
    )
    before = snapshot(store)
    with pytest.raises(TooLarge):
        ingest_url(small, f"{server}/huge")
    assert snapshot(store) == before


def test_mixed_sources_report_each(store: Store, server: str) -> None:
    results = ingest_sources(store, [f"{server}/report.md", f"{server}/missing"])
    assert [r.outcome for r in results] == [Outcome.STORED, Outcome.FAILED]

"""End to end in a real headless Chromium (Debian's package, driven by Playwright):
log in, upload the shared fixture, accept proposals, build a case, see its timeline and
map; a viewer of another case is refused.  Screenshots go to artifacts/."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from casetrail.cases import create_case
from casetrail.config import Settings
from casetrail.model import UserRole
from casetrail.security.accounts import create_user, grant
from casetrail.store import Store
from tests.conftest import FIXTURE_MD

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
PASSWORD = "browser test password"

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium must be installed in CI (apt-get install chromium)")
        pytest.skip("Chromium is not installed")
    import uvicorn

    from casetrail.web.app import create_app

    settings = Settings.resolve(tmp_path / "e2e.db", blob_dir=tmp_path / "blobs")
    with Store.open(settings, create=True) as store:
        create_user(store, "admin", PASSWORD, UserRole.ADMIN)
        create_user(store, "outsider", PASSWORD, UserRole.VIEWER)
        other = create_case(store, "Another case")
        grant(store, "outsider", other)
    port = _free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    web = uvicorn.Server(config)
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    for _ in range(100):
        if web.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        web.should_exit = True
        thread.join(timeout=10)


def test_researcher_workflow_in_a_real_browser(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page()
        page.goto(f"{server}/")
        expect(page).to_have_url(f"{server}/login?next=/")
        page.get_by_label("Username").fill("admin")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_role("heading", name="Cases")).to_be_visible()

        page.get_by_label("Title").fill("Magamadov and Isayev")
        page.get_by_role("button", name="Create case").click()
        expect(page.get_by_role("heading", name="Magamadov and Isayev")).to_be_visible()
        case_url = page.url

        page.goto(f"{server}/documents")
        page.set_input_files("#files", str(FIXTURE_MD))
        page.select_option("#upload-case", label="Magamadov and Isayev")
        page.get_by_role("button", name="Upload and extract").click()
        expect(page.get_by_text("stored")).to_be_visible()
        page.get_by_role("link", name="review document").click()
        expect(page.locator("mark").first).to_be_visible()

        first = page.locator("form.decide").first
        first.get_by_role("button", name="Accept").click()
        expect(page.locator("li.s-accepted").first).to_be_visible()
        page.get_by_role("button", name="Accept", exact=True).first.click()
        page.get_by_label("Accept all at or above").fill("0.75")
        page.locator("form.inline").get_by_role("button", name="Accept").click()
        expect(page.locator("li.s-accepted")).not_to_have_count(0)

        page.goto(case_url)
        expect(page.locator("svg.timeline .row").first).to_be_visible()
        expect(page.get_by_text("2021-02-04").first).to_be_visible()
        page.wait_for_selector("#map[data-ready='1']", timeout=20000)
        assert page.locator("#map path.leaflet-interactive").count() > 0
        page.screenshot(path=str(ARTIFACTS / "case-page.png"), full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})  # a phone
        page.screenshot(path=str(ARTIFACTS / "case-page-phone.png"), full_page=True)
        page.get_by_role("button", name="Log out").click()

        page.get_by_label("Username").fill("outsider")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        response = page.goto(case_url)
        assert response is not None and response.status == 404
        expect(page.get_by_text("Not found, or not yours to see.")).to_be_visible()
        assert "Magamadov" not in page.content()
        browser.close()
    assert (ARTIFACTS / "case-page.png").stat().st_size > 10_000

"""The web app and API: login, CSRF, per-case access on every route, hostile uploads."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import select

from casetrail.cases import add_to_case, create_case
from casetrail.config import Settings
from casetrail.extract import extract_document
from casetrail.ingest import ingest_bytes, ingest_file
from casetrail.model import AuditEntry, Mention, Person, Proposal, UserRole
from casetrail.review import accept_all_above
from casetrail.security.accounts import create_token, create_user, grant
from casetrail.store import Store
from casetrail.web.app import create_app
from tests.conftest import FIXTURE_MD, snapshot

PASSWORD = "a long test password"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """Two cases; a viewer of case A only; an editor of case A; an admin."""
    settings = Settings.resolve(tmp_path / "web.db", blob_dir=tmp_path / "blobs", max_bytes=200_000)
    store = Store.open(settings, create=True)
    a = ingest_file(store, FIXTURE_MD).document_id or 0
    b = (
        ingest_bytes(
            store,
            b"Secret Case B Report\n\nBy Staff\n\nMay 2, 2023\n\nPolice "
            b"detained Zarina Beslanova-Hidden in Grozny on Monday, her lawyer said.\n",
            source="b.md",
            filename="b.md",
        ).document_id
        or 0
    )
    for document in (a, b):
        extract_document(store, document)
        accept_all_above(store, document, 0.75)
    case_a, case_b = create_case(store, "Case A"), create_case(store, "Case B")
    add_to_case(store, case_a, documents=[a])
    add_to_case(store, case_b, documents=[b])
    for name, role in (
        ("admin", UserRole.ADMIN),
        ("vera", UserRole.VIEWER),
        ("ed", UserRole.EDITOR),
    ):
        create_user(store, name, PASSWORD, role)
    grant(store, "vera", case_a)
    grant(store, "ed", case_a, can_edit=True)
    with store.session() as session:
        person_b = session.scalars(
            select(Mention.person_id).where(
                Mention.document_id == b, Mention.person_id.is_not(None)
            )
        ).first()
        proposal_b = session.scalars(select(Proposal.id).where(Proposal.document_id == b)).first()
    app = create_app(settings)
    yield {
        "app": app,
        "store": store,
        "doc_a": a,
        "doc_b": b,
        "case_a": case_a,
        "case_b": case_b,
        "person_b": person_b,
        "proposal_b": proposal_b,
    }
    store.close()


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "page without a CSRF token"
    return found.group(1)


def login(app: Any, username: str) -> tuple[TestClient, str]:
    client = TestClient(app)
    token = _csrf(client.get("/login").text)
    response = client.post(
        "/login", data={"csrf": token, "username": username, "password": PASSWORD, "next": "/"}
    )
    assert response.status_code == 200 and str(response.url).endswith("/")
    return client, _csrf(response.text)


def _routes(app: Any) -> list[APIRoute]:
    return [r for r in app.routes if isinstance(r, APIRoute)]


def _fill(path: str, value: int) -> str:
    return re.sub(r"\{[^}]+\}", str(value), path)


PUBLIC = {"/login", "/api/v1/docs", "/api/v1/openapi.json"}


def test_no_route_is_reachable_without_login(world: dict[str, Any]) -> None:
    client = TestClient(world["app"], follow_redirects=False)
    checked = 0
    for route in _routes(world["app"]):
        if route.path in PUBLIC:
            continue
        for method in route.methods:
            response = client.request(method, _fill(route.path, world["doc_a"]))
            checked += 1
            if route.path.startswith("/api/"):
                assert response.status_code == 401, (method, route.path)
            else:
                assert response.status_code in {303, 401, 403, 422}, (method, route.path)
                if response.status_code == 303:
                    assert response.headers["location"].startswith("/login")
                assert "Salekh" not in response.text and "Zarina" not in response.text
    assert checked >= 20


def test_wrong_password_and_bad_token(world: dict[str, Any]) -> None:
    client = TestClient(world["app"])
    token = _csrf(client.get("/login").text)
    response = client.post(
        "/login", data={"csrf": token, "username": "vera", "password": "wrong", "next": "/"}
    )
    assert response.status_code == 401 and "Wrong username or password" in response.text
    api = TestClient(world["app"])
    assert api.get("/api/v1/cases", headers={"Authorization": "Bearer nope"}).status_code == 401
    with world["store"].session() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert "login.failed" in actions


def test_csrf_is_enforced_on_every_form(world: dict[str, Any]) -> None:
    client, _token = login(world["app"], "admin")
    before = snapshot(world["store"])
    for route in _routes(world["app"]):
        if "POST" not in route.methods or route.path.startswith("/api/"):
            continue
        response = client.post(
            _fill(route.path, world["doc_a"]),
            data={
                "csrf": "forged",
                "title": "x",
                "document_id": "1",
                "action": "accept",
                "source": "1",
                "target": "2",
                "documents": "1",
                "username": "admin",
                "password": PASSWORD,
            },
            files={"files": ("a.md", b"text")} if route.path == "/documents/upload" else None,
            follow_redirects=False,
        )
        assert response.status_code == 403, route.path
    assert snapshot(world["store"]) == before


def test_a_viewer_of_case_a_sees_nothing_of_case_b(world: dict[str, Any]) -> None:
    client, _ = login(world["app"], "vera")
    api_token = create_token(world["store"], "vera")
    api = TestClient(world["app"], headers={"Authorization": f"Bearer {api_token}"})
    ids = {
        "document_id": world["doc_b"],
        "case_id": world["case_b"],
        "proposal_id": world["proposal_b"],
        "merge_id": 1,
        "person_id": world["person_b"],
    }
    for route in _routes(world["app"]):
        if route.path in PUBLIC or "{" not in route.path:
            continue
        path = route.path
        for name, value in ids.items():
            path = path.replace("{" + name + "}", str(value))
        path = path.replace("{action}", "accept")
        target = api if route.path.startswith("/api/") else client
        for method in route.methods:
            form = {
                "csrf": _csrf(client.get("/").text),
                "action": "accept",
                "document_id": str(world["doc_b"]),
                "title": "x",
                "confidence": "0.5",
                "source": str(world["person_b"]),
                "target": str(world["person_b"]),
                "documents": str(world["doc_b"]),
            }
            response = target.request(
                method, path, data=form if method == "POST" and target is client else None
            )
            assert response.status_code in {403, 404}, (method, path, response.status_code)
            assert "Zarina" not in response.text
    # lists, search and counts leak nothing either
    for path in (
        "/",
        "/documents",
        "/review",
        "/people",
        "/search?q=Beslanova",
        "/search?q=detained",
        "/documents?q=Grozny",
    ):
        page = client.get(path)
        assert page.status_code == 200 and "Zarina" not in page.text, path
        assert "Case B" not in page.text, path
    home = client.get("/").text
    assert "1 documents" in home
    for path in (
        "/api/v1/documents",
        "/api/v1/cases",
        "/api/v1/people",
        "/api/v1/search?q=Beslanova",
        "/api/v1/search?act_type=arbitrary_detention",
    ):
        body = api.get(path).text
        assert "Zarina" not in body and "Case B" not in body, path
    assert api.get("/api/v1/documents").json()["total"] == 1


def test_viewers_cannot_change_anything(world: dict[str, Any]) -> None:
    client, token = login(world["app"], "vera")
    before = snapshot(world["store"])
    with world["store"].session() as session:
        pending = session.scalars(
            select(Proposal).where(Proposal.document_id == world["doc_a"])
        ).first()
        assert pending is not None
    response = client.post(
        f"/proposals/{pending.id}/decide",
        data={"csrf": token, "action": "reject"},
        follow_redirects=False,
    )
    assert response.status_code == 403
    response = client.post("/cases", data={"csrf": token, "title": "mine"}, follow_redirects=False)
    assert response.status_code == 403
    assert snapshot(world["store"]) == before


def test_editor_reviews_in_place_and_builds_a_case(world: dict[str, Any]) -> None:
    client, token = login(world["app"], "ed")
    page = client.get(f"/documents/{world['doc_a']}")
    assert page.status_code == 200 and "<mark" in page.text
    with world["store"].session() as session:
        pending = [
            p
            for p in session.scalars(
                select(Proposal).where(
                    Proposal.document_id == world["doc_a"], Proposal.status == "pending"
                )
            )
        ]
    act = next(p for p in pending if p.kind.value == "act")
    response = client.post(
        f"/proposals/{act.id}/decide",
        data={
            "csrf": token,
            "action": "edit",
            "act_type": "abduction_disappearance",
            "date": "2021-02-04",
        },
    )
    assert response.status_code == 200
    with world["store"].session() as session:
        decided = session.get(Proposal, act.id)
        assert decided is not None and decided.status.value == "edited"
        assert decided.decided_by == "ed"
    response = client.post("/cases", data={"csrf": token, "title": "Ed's case"})
    assert response.status_code == 200 and "Ed&#39;s case" in response.text
    case_page = client.get(f"/cases/{world['case_a']}")
    assert "<svg" in case_page.text and 'id="map"' in case_page.text
    assert "Contested claims" in case_page.text


def test_hostile_uploads_are_handled_safely(world: dict[str, Any]) -> None:
    client, token = login(world["app"], "admin")
    evil = (
        b"<script>alert('pwned')</script> Title\n\nBy <img src=x onerror=alert(1)>\n\n"
        b"March 3, 2022\n\nPolice detained <b>Omar</b> <script>steal()</script> in Cairo.\n"
    )
    response = client.post(
        "/documents/upload",
        data={"csrf": token},
        files={"files": ("../../../../etc/passwd<script>.md", evil, "text/markdown")},
    )
    assert response.status_code == 200
    assert "<script>" not in response.text and "&lt;script&gt;" in response.text
    document_id = int(re.search(r"/documents/(\d+)", response.text).group(1))  # type: ignore[union-attr]
    page = client.get(f"/documents/{document_id}").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert" in page
    assert not Path("/etc/passwd<script>.md").exists()
    too_big = b"x" * 2_000_000
    response = client.post(
        "/documents/upload",
        data={"csrf": token},
        files={"files": ("big.txt", too_big, "text/plain")},
    )
    assert response.status_code == 413
    binary = client.post(
        "/documents/upload",
        data={"csrf": token},
        files={"files": ("junk.md", bytes(range(256)) * 10, "text/plain")},
    )
    assert binary.status_code == 200 and "failed" in binary.text


def test_security_headers_and_cookie_flags(world: dict[str, Any]) -> None:
    client = TestClient(world["app"])
    response = client.get("/login")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    token = _csrf(response.text)
    login_response = client.post(
        "/login",
        data={"csrf": token, "username": "admin", "password": PASSWORD},
        follow_redirects=False,
    )
    cookie = login_response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_api_lists_and_openapi(world: dict[str, Any]) -> None:
    token = create_token(world["store"], "admin")
    api = TestClient(world["app"], headers={"Authorization": f"Bearer {token}"})
    assert api.get("/api/v1/documents").json()["total"] == 2
    timeline = api.get(f"/api/v1/cases/{world['case_a']}/timeline").json()
    assert timeline["timeline"]
    spec = TestClient(world["app"]).get("/api/v1/openapi.json").json()
    assert "/api/v1/cases/{case_id}/timeline" in spec["paths"]
    assert all(p.startswith("/api/v1/") for p in spec["paths"])
    with world["store"].session() as session:
        names = {p.name for p in session.scalars(select(Person))}
    assert "Salekh Magamadov" in names


def test_people_page_merges_undoes_and_splits(world: dict[str, Any]) -> None:
    client, token = login(world["app"], "admin")
    with world["store"].session() as session:
        people = {p.name: p.id for p in session.scalars(select(Person))}
    source, target = people["Tim Bestsvet"], people["Mark Alexeyev"]
    response = client.post(
        "/people/merge", data={"csrf": token, "source": source, "target": target}
    )
    assert response.status_code == 200 and f"#{source} merged into #{target}" in response.text
    merge_id = int(re.search(r"/people/merges/(\d+)/undo", response.text).group(1))  # type: ignore[union-attr]
    response = client.post(f"/people/merges/{merge_id}/undo", data={"csrf": token})
    assert response.status_code == 200 and "merged into" not in response.text
    response = client.post(
        f"/people/{target}/split",
        data={"csrf": token, "documents": str(world["doc_a"]), "name": "Another Alexeyev"},
    )
    assert response.status_code == 200 and "Another Alexeyev" in response.text
    viewer, vtoken = login(world["app"], "vera")
    refused = viewer.post(
        f"/people/{target}/split",
        data={"csrf": vtoken, "documents": str(world["doc_a"])},
        follow_redirects=False,
    )
    assert refused.status_code == 403

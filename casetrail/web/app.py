"""The web app: FastAPI with server-rendered pages and a REST API over the same services.

Pages use a session cookie (signed, HttpOnly, SameSite=Strict) and a CSRF token on every
form; the API under /api/v1 uses bearer tokens.  Every route checks the viewer's access.
"""

from __future__ import annotations

import json
import secrets
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, Header, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from casetrail import __version__
from casetrail.cases import add_to_case, contested_claims, create_case, timeline
from casetrail.config import Settings
from casetrail.errors import CasetrailError, NotFound
from casetrail.extract import extract_document
from casetrail.extract.vocabulary import act_types
from casetrail.ingest import Outcome, ingest_bytes
from casetrail.model import PersonMerge, Proposal, Role, Stance, UserRole
from casetrail.review import (
    accept,
    accept_all_above,
    edit,
    merge,
    merge_candidates,
    reject,
    split,
    undo_merge,
)
from casetrail.security.accounts import (
    Viewer,
    authenticate,
    grant,
    viewer_by_id,
    viewer_for_token,
    visible_person_ids,
)
from casetrail.store import Store
from casetrail.web import views

HERE = Path(__file__).parent
SESSION_HOURS = 8


class LoginRequired(Exception):
    def __init__(self, path: str) -> None:
        self.path = path


class BodyLimit:
    """Refuse request bodies over the limit before reading them (413)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = dict(scope["headers"]).get(b"content-length")
            if length is not None and length.isdigit() and int(length) > self.limit:
                response = Response("request body too large", status_code=413)
                await response(scope, receive, send)
                return
            seen = 0

            async def limited() -> Message:
                nonlocal seen
                message = await receive()
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise HTTPException(413, "request body too large")
                return message

            await self.app(scope, limited, send)
            return
        await self.app(scope, receive, send)


SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
    "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; "
    "form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def _session_secret(store: Store) -> str:
    if store.keys is not None:
        return store.keys.session_key.hex()
    path = store.settings.blob_dir.with_name("web-session-secret")
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def page_viewer(request: Request) -> Viewer:
    """The signed-in account, or a redirect to the login page."""
    store: Store = request.app.state.store
    user_id = request.session.get("user_id")
    viewer = viewer_by_id(store, user_id) if isinstance(user_id, int) else None
    if viewer is None:
        raise LoginRequired(request.url.path)
    return viewer


def api_viewer(request: Request, authorization: Annotated[str | None, Header()] = None) -> Viewer:
    """The account behind a bearer token, or 401."""
    store: Store = request.app.state.store
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "a bearer token is needed", headers={"WWW-Authenticate": "Bearer"})
    viewer = viewer_for_token(store, authorization.removeprefix("Bearer ").strip())
    if viewer is None:
        raise HTTPException(401, "unknown token", headers={"WWW-Authenticate": "Bearer"})
    return viewer


PageViewer = Annotated[Viewer, Depends(page_viewer)]
ApiViewer = Annotated[Viewer, Depends(api_viewer)]
Csrf = Annotated[str, Form(alias="csrf")]


def create_app(settings: Settings, *, secure_cookies: bool = False) -> FastAPI:
    store = Store.open(settings)
    app = FastAPI(
        title="casetrail",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
        description="REST API of casetrail: documents, cases, timelines, search "
        "and review, under the same access rules as the web pages.",
    )
    app.state.store = store
    app.add_middleware(
        SessionMiddleware,
        secret_key=_session_secret(store),
        session_cookie="casetrail_session",
        max_age=SESSION_HOURS * 3600,
        same_site="strict",
        https_only=secure_cookies,
    )
    app.add_middleware(BodyLimit, limit=settings.max_bytes + 1024 * 1024)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for header, value in SECURITY_HEADERS.items():
            response.headers.setdefault(header, value)
        return response

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["act_types"] = act_types()
    templates.env.globals["roles"] = [r.value for r in Role]
    templates.env.globals["stances"] = [s.value for s in Stance]

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse(f"/login?next={exc.path}", status_code=303)

    @app.exception_handler(NotFound)
    async def _missing(request: Request, exc: NotFound) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "not found"}, status_code=404)
        return templates.TemplateResponse(
            request,
            "error.html",
            {"viewer": None, "message": "Not found, or not yours to see."},
            status_code=404,
        )

    @app.exception_handler(CasetrailError)
    async def _error(request: Request, exc: CasetrailError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return templates.TemplateResponse(
            request, "error.html", {"viewer": None, "message": str(exc)}, status_code=400
        )

    def csrf_token(request: Request) -> str:
        token = request.session.get("csrf")
        if not isinstance(token, str):
            token = secrets.token_urlsafe(32)
            request.session["csrf"] = token
        return token

    def check_csrf(request: Request, token: str) -> None:
        expected = request.session.get("csrf")
        if not isinstance(expected, str) or not secrets.compare_digest(expected, token or ""):
            raise HTTPException(403, "CSRF check failed: reload the page and try again")

    def render(request: Request, name: str, viewer: Viewer | None, **context: Any) -> Response:
        return templates.TemplateResponse(
            request, name, {"viewer": viewer, "csrf": csrf_token(request), **context}
        )

    def require_editor(viewer: Viewer) -> None:
        if not viewer.can_edit:
            raise HTTPException(403, "your role may not change records")

    # --- session -----------------------------------------------------------------------
    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request, next: str = "/") -> Response:
        return render(request, "login.html", None, next=next if next.startswith("/") else "/")

    @app.post("/login", include_in_schema=False)
    def login(
        request: Request,
        csrf: Csrf,
        username: Annotated[str, Form()],
        password: Annotated[str, Form()],
        next: Annotated[str, Form()] = "/",
    ) -> Response:
        check_csrf(request, csrf)
        viewer = authenticate(store, username, password)
        if viewer is None:
            return templates.TemplateResponse(
                request,
                "login.html",
                {
                    "viewer": None,
                    "csrf": csrf_token(request),
                    "next": next,
                    "error": "Wrong username or password.",
                },
                status_code=401,
            )
        request.session.clear()
        request.session["user_id"] = viewer.user_id
        request.session["csrf"] = secrets.token_urlsafe(32)
        return RedirectResponse(
            next if next.startswith("/") and not next.startswith("//") else "/", status_code=303
        )

    @app.post("/logout", include_in_schema=False)
    def logout(request: Request, csrf: Csrf) -> Response:
        check_csrf(request, csrf)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    # --- pages -------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, viewer: PageViewer) -> Response:
        with store.session() as session:
            cases = views.visible_cases(session, viewer)
            total, _ = views.documents(session, viewer, limit=1)
            queue = views.review_queue(session, viewer)
            rows = [
                {"id": c.id, "title": c.title, "documents": len(c.documents), "acts": len(c.acts)}
                for c in cases
            ]
        return render(
            request,
            "index.html",
            viewer,
            cases=rows,
            documents=total,
            pending=sum(r["pending"] for r in queue),
        )

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(
        request: Request,
        viewer: PageViewer,
        q: str | None = None,
        outlet: str | None = None,
        language: str | None = None,
        case: int | None = None,
        page: int = 1,
    ) -> Response:
        with store.session() as session:
            total, rows = views.documents(
                session,
                viewer,
                q=q,
                outlet=outlet,
                language=language,
                case_id=case,
                limit=50,
                offset=(max(page, 1) - 1) * 50,
            )
            cases = views.visible_cases(session, viewer)
            cases_data = [{"id": c.id, "title": c.title} for c in cases]
            data = [
                {
                    "id": d.id,
                    "title": d.title,
                    "outlet": d.outlet,
                    "published": d.published,
                    "language": d.language,
                }
                for d in rows
            ]
        return render(
            request,
            "documents.html",
            viewer,
            documents=data,
            total=total,
            cases=cases_data,
            filters={
                "q": q or "",
                "outlet": outlet or "",
                "language": language or "",
                "case": case,
            },
            page=page,
        )

    @app.post("/documents/upload", include_in_schema=False)
    async def upload(
        request: Request,
        viewer: PageViewer,
        csrf: Csrf,
        files: Annotated[list[UploadFile], File()],
        case: Annotated[int | None, Form()] = None,
    ) -> Response:
        check_csrf(request, csrf)
        require_editor(viewer)
        if case is None and not viewer.is_admin:
            raise HTTPException(400, "choose the case the report belongs to")
        if case is not None and not viewer.edits_case(case):
            raise NotFound(f"there is no case {case}")
        results: list[dict[str, Any]] = []
        for upload_file in files:
            data = await upload_file.read(store.settings.max_bytes + 1)
            name = Path(upload_file.filename or "upload").name or "upload"
            try:
                result = ingest_bytes(
                    store,
                    data,
                    source=f"upload:{name}",
                    source_kind="upload",
                    filename=name,
                    content_type=upload_file.content_type,
                    actor=viewer.username,
                )
            except CasetrailError as exc:
                results.append({"name": name, "outcome": "failed", "message": str(exc)})
                continue
            if result.outcome is Outcome.STORED and result.document_id:
                extract_document(store, result.document_id, actor=viewer.username)
            if case is not None and result.document_id:
                add_to_case(store, case, documents=[result.document_id], actor=viewer.username)
            results.append(
                {
                    "name": name,
                    "outcome": result.outcome.value,
                    "message": result.message,
                    "document_id": result.document_id,
                }
            )
        with store.session() as session:
            cases = [{"id": c.id, "title": c.title} for c in views.visible_cases(session, viewer)]
        return render(request, "uploaded.html", viewer, results=results, cases=cases)

    @app.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, viewer: PageViewer, document_id: int) -> Response:
        with store.session() as session:
            document = views.require_document(session, viewer, document_id)
            proposals = sorted(document.proposals, key=lambda p: (p.kind.value, p.span_start))
            pieces = views.highlighted(document, proposals)
            editable = views.document_may_change(session, viewer, document_id)
            data = {
                "id": document.id,
                "title": document.title,
                "outlet": document.outlet,
                "published": document.published,
                "byline": document.byline,
                "source_url": document.source_url,
                "sha256": document.sha256,
            }
            rows = [
                {
                    "id": p.id,
                    "kind": p.kind.value,
                    "text": p.text,
                    "status": p.status.value,
                    "confidence": p.confidence,
                    "payload": p.payload,
                }
                for p in proposals
            ]
        return render(
            request,
            "document.html",
            viewer,
            document=data,
            pieces=pieces,
            proposals=rows,
            editable=editable,
        )

    def _proposal_document(proposal_id: int, viewer: Viewer) -> int:
        with store.session() as session:
            proposal = session.get(Proposal, proposal_id)
            if proposal is None:
                raise NotFound(f"there is no proposal {proposal_id}")
            views.require_document(session, viewer, proposal.document_id)
            if not views.document_may_change(session, viewer, proposal.document_id):
                raise HTTPException(403, "you may not review this document")
            return proposal.document_id

    @app.post("/proposals/{proposal_id}/decide", include_in_schema=False)
    def decide(
        request: Request,
        viewer: PageViewer,
        csrf: Csrf,
        proposal_id: int,
        action: Annotated[str, Form()],
        act_type: Annotated[str, Form()] = "",
        date_value: Annotated[str, Form(alias="date")] = "",
        role: Annotated[str, Form()] = "",
        stance: Annotated[str, Form()] = "",
        name: Annotated[str, Form()] = "",
    ) -> Response:
        check_csrf(request, csrf)
        document_id = _proposal_document(proposal_id, viewer)
        if action == "accept":
            accept(store, proposal_id, actor=viewer.username)
        elif action == "reject":
            reject(store, proposal_id, actor=viewer.username)
        elif action == "edit":
            changes = {
                k: v
                for k, v in {
                    "act_type": act_type,
                    "date": date_value,
                    "role": role,
                    "stance": stance,
                    "name": name,
                }.items()
                if v
            }
            edit(store, proposal_id, changes, actor=viewer.username)
        else:
            raise HTTPException(400, "unknown action")
        return RedirectResponse(f"/documents/{document_id}#p{proposal_id}", status_code=303)

    @app.post("/documents/{document_id}/accept-above", include_in_schema=False)
    def accept_above(
        request: Request,
        viewer: PageViewer,
        csrf: Csrf,
        document_id: int,
        confidence: Annotated[float, Form()] = 0.75,
    ) -> Response:
        check_csrf(request, csrf)
        with store.session() as session:
            views.require_document(session, viewer, document_id)
            if not views.document_may_change(session, viewer, document_id):
                raise HTTPException(403, "you may not review this document")
        accept_all_above(store, document_id, confidence, actor=viewer.username)
        return RedirectResponse(f"/documents/{document_id}", status_code=303)

    @app.get("/review", response_class=HTMLResponse, include_in_schema=False)
    def review_page(request: Request, viewer: PageViewer) -> Response:
        with store.session() as session:
            rows = [
                {"id": r["document"].id, "title": r["document"].title, "pending": r["pending"]}
                for r in views.review_queue(session, viewer)
            ]
        return render(request, "review.html", viewer, rows=rows)

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people_page(request: Request, viewer: PageViewer) -> Response:
        with store.session() as session:
            rows = [
                {
                    "id": p.id,
                    "name": p.name,
                    "aliases": p.aliases,
                    "cases": [c.title for c in p.cases if viewer.sees_case(c.id)],
                }
                for p in views.people(session, viewer)
            ]
            allowed = visible_person_ids(session, viewer)
        candidates = [
            c.as_dict()
            for c in merge_candidates(store)
            if allowed is None or (c.left_id in allowed and c.right_id in allowed)
        ]
        with store.session() as session:
            merges = [
                {"id": m.id, "source": m.source_id, "target": m.target_id, "by": m.merged_by}
                for m in session.scalars(select(PersonMerge).where(PersonMerge.undone_at.is_(None)))
                if allowed is None or {m.source_id, m.target_id} <= allowed
            ]
        return render(
            request,
            "people.html",
            viewer,
            people=rows,
            candidates=candidates if viewer.can_edit else [],
            merges=merges if viewer.can_edit else [],
        )

    @app.post("/people/merge", include_in_schema=False)
    def people_merge(
        request: Request,
        viewer: PageViewer,
        csrf: Csrf,
        source: Annotated[int, Form()],
        target: Annotated[int, Form()],
    ) -> Response:
        check_csrf(request, csrf)
        require_editor(viewer)
        with store.session() as session:
            allowed = visible_person_ids(session, viewer)
        if allowed is not None and not {source, target} <= allowed:
            raise NotFound("there is no such person")
        merge_id = merge(store, source, target, actor=viewer.username)
        request.session["last_merge"] = merge_id
        return RedirectResponse("/people", status_code=303)

    @app.post("/people/merges/{merge_id}/undo", include_in_schema=False)
    def people_undo(request: Request, viewer: PageViewer, csrf: Csrf, merge_id: int) -> Response:
        check_csrf(request, csrf)
        require_editor(viewer)
        with store.session() as session:
            record = session.get(PersonMerge, merge_id)
            allowed = visible_person_ids(session, viewer)
            if record is None or (
                allowed is not None and not {record.source_id, record.target_id} <= allowed
            ):
                raise NotFound(f"there is no merge {merge_id}")
        undo_merge(store, merge_id, actor=viewer.username)
        return RedirectResponse("/people", status_code=303)

    @app.post("/people/{person_id}/split", include_in_schema=False)
    def people_split(
        request: Request,
        viewer: PageViewer,
        csrf: Csrf,
        person_id: int,
        documents: Annotated[str, Form()],
        name: Annotated[str, Form()] = "",
    ) -> Response:
        check_csrf(request, csrf)
        require_editor(viewer)
        ids = [int(part) for part in documents.replace(",", " ").split() if part.isdigit()]
        with store.session() as session:
            allowed = visible_person_ids(session, viewer)
            if allowed is not None and person_id not in allowed:
                raise NotFound(f"there is no person {person_id}")
            for document_id in ids:
                views.require_document(session, viewer, document_id)
        split(store, person_id, ids, name=name or None, actor=viewer.username)
        return RedirectResponse("/people", status_code=303)

    @app.post("/cases", include_in_schema=False)
    def case_create(
        request: Request, viewer: PageViewer, csrf: Csrf, title: Annotated[str, Form()]
    ) -> Response:
        check_csrf(request, csrf)
        require_editor(viewer)
        case_id = create_case(store, title, actor=viewer.username)
        if not viewer.is_admin:
            grant(store, viewer.username, case_id, can_edit=True, actor=viewer.username)
        return RedirectResponse(f"/cases/{case_id}", status_code=303)

    @app.post("/cases/{case_id}/add", include_in_schema=False)
    def case_add(
        request: Request,
        viewer: PageViewer,
        csrf: Csrf,
        case_id: int,
        document_id: Annotated[int, Form()],
    ) -> Response:
        check_csrf(request, csrf)
        require_editor(viewer)
        with store.session() as session:
            views.require_case(session, viewer, case_id)
            views.require_document(session, viewer, document_id)
        if not viewer.edits_case(case_id):
            raise HTTPException(403, "you may not change this case")
        add_to_case(store, case_id, documents=[document_id], actor=viewer.username)
        return RedirectResponse(f"/cases/{case_id}", status_code=303)

    def _case_context(viewer: Viewer, case_id: int) -> dict[str, Any]:
        with store.session() as session:
            case = views.require_case(session, viewer, case_id)
            overview = {
                "id": case.id,
                "title": case.title,
                "documents": [
                    {"id": d.id, "title": d.title, "outlet": d.outlet, "published": d.published}
                    for d in case.documents
                ],
                "people": [p.name for p in case.persons if p.merged_into_id is None],
            }
            points = views.map_points(session, case)
            _, addable = views.documents(session, viewer, limit=200)
            in_case = {d.id for d in case.documents}
            addable_rows = [{"id": d.id, "title": d.title} for d in addable if d.id not in in_case]
        entries = timeline(store, case_id)
        return {
            "case": overview,
            "entries": entries,
            "svg": views.timeline_svg(entries),
            "sides": contested_claims(store, case_id),
            "points": points,
            "addable": addable_rows,
            "editable": viewer.edits_case(case_id) and viewer.can_edit,
        }

    @app.get("/cases/{case_id}", response_class=HTMLResponse, include_in_schema=False)
    def case_page(request: Request, viewer: PageViewer, case_id: int) -> Response:
        context = _case_context(viewer, case_id)
        return render(
            request, "case.html", viewer, **context, points_json=json.dumps(context["points"])
        )

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        viewer: PageViewer,
        q: str = "",
        act_type: str = "",
        place: str = "",
        date_from: str = "",
        date_to: str = "",
        case: str = "",
    ) -> Response:
        with store.session() as session:
            found = views.search(
                session,
                viewer,
                q=q,
                act_type=act_type or None,
                place=place or None,
                date_from=_date(date_from),
                date_to=_date(date_to),
                case_id=int(case) if case.isdigit() else None,
            )
            result = {
                "acts": [
                    {
                        "id": a.id,
                        "type": a.act_type,
                        "date": a.date_start,
                        "place": a.place.name if a.place else None,
                        "document": a.document_id,
                    }
                    for a in found["acts"]
                ],
                "act_count": found["act_count"],
                "documents": [{"id": d.id, "title": d.title} for d in found["documents"]],
                "claims": [
                    {
                        "content": c.content[:200],
                        "stance": c.stance.value,
                        "document": c.document_id,
                    }
                    for c in found["claims"]
                ],
                "people": [{"id": p.id, "name": p.name} for p in found["people"]],
                "facets": found["facets"],
            }
            cases = [{"id": c.id, "title": c.title} for c in views.visible_cases(session, viewer)]
        return render(
            request,
            "search.html",
            viewer,
            result=result,
            cases=cases,
            query={
                "q": q,
                "act_type": act_type,
                "place": place,
                "date_from": date_from,
                "date_to": date_to,
                "case": case,
            },
        )

    # --- REST API ------------------------------------------------------------------------
    @app.get("/api/v1/documents", tags=["documents"])
    def api_documents(
        viewer: ApiViewer,
        q: str | None = None,
        case: int | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> dict[str, Any]:
        with store.session() as session:
            total, rows = views.documents(
                session, viewer, q=q, case_id=case, limit=min(limit, 500), offset=offset
            )
            return {
                "total": total,
                "documents": [
                    {
                        "id": d.id,
                        "title": d.title,
                        "outlet": d.outlet,
                        "published": d.published.isoformat() if d.published else None,
                        "language": d.language,
                        "sha256": d.sha256,
                    }
                    for d in rows
                ],
            }

    @app.get("/api/v1/documents/{document_id}", tags=["documents"])
    def api_document(viewer: ApiViewer, document_id: int) -> dict[str, Any]:
        with store.session() as session:
            document = views.require_document(session, viewer, document_id)
            return {
                "id": document.id,
                "title": document.title,
                "text": document.text,
                "outlet": document.outlet,
                "sha256": document.sha256,
                "published": document.published.isoformat() if document.published else None,
                "proposals": [
                    {
                        "id": p.id,
                        "kind": p.kind.value,
                        "status": p.status.value,
                        "start": p.span_start,
                        "end": p.span_end,
                        "text": p.text,
                        "confidence": p.confidence,
                    }
                    for p in document.proposals
                ],
            }

    @app.get("/api/v1/cases", tags=["cases"])
    def api_cases(viewer: ApiViewer) -> dict[str, Any]:
        with store.session() as session:
            return {
                "cases": [
                    {
                        "id": c.id,
                        "title": c.title,
                        "documents": len(c.documents),
                        "acts": len(c.acts),
                    }
                    for c in views.visible_cases(session, viewer)
                ]
            }

    @app.get("/api/v1/cases/{case_id}", tags=["cases"])
    def api_case(viewer: ApiViewer, case_id: int) -> dict[str, Any]:
        context = _case_context(viewer, case_id)
        return {
            "case": json.loads(json.dumps(context["case"], default=str)),
            "map": context["points"],
        }

    @app.get("/api/v1/cases/{case_id}/timeline", tags=["cases"])
    def api_timeline(viewer: ApiViewer, case_id: int) -> dict[str, Any]:
        context = _case_context(viewer, case_id)
        return {
            "timeline": [e.as_dict() for e in context["entries"]],
            "contested_claims": json.loads(json.dumps(context["sides"], default=str)),
        }

    @app.get("/api/v1/search", tags=["search"])
    def api_search(
        viewer: ApiViewer,
        q: str = "",
        act_type: str | None = None,
        place: str | None = None,
        date_from: str = "",
        date_to: str = "",
        case: int | None = None,
    ) -> dict[str, Any]:
        with store.session() as session:
            found = views.search(
                session,
                viewer,
                q=q,
                act_type=act_type,
                place=place,
                date_from=_date(date_from),
                date_to=_date(date_to),
                case_id=case,
            )
            return {
                "act_count": found["act_count"],
                "acts": [
                    {
                        "id": a.id,
                        "type": a.act_type,
                        "date": a.date_start.isoformat() if a.date_start else None,
                        "place": a.place.name if a.place else None,
                    }
                    for a in found["acts"]
                ],
                "documents": [{"id": d.id, "title": d.title} for d in found["documents"]],
                "people": [{"id": p.id, "name": p.name} for p in found["people"]],
                "claims": [
                    {"id": c.id, "stance": c.stance.value, "content": c.content}
                    for c in found["claims"]
                ],
                "facets": found["facets"],
            }

    @app.get("/api/v1/people", tags=["people"])
    def api_people(viewer: ApiViewer) -> dict[str, Any]:
        with store.session() as session:
            return {
                "people": [
                    {"id": p.id, "name": p.name, "aliases": p.aliases}
                    for p in views.people(session, viewer)
                ]
            }

    @app.post("/api/v1/proposals/{proposal_id}/{action}", tags=["review"])
    def api_decide(viewer: ApiViewer, proposal_id: int, action: str) -> dict[str, Any]:
        _proposal_document(proposal_id, viewer)
        if action == "accept":
            return accept(store, proposal_id, actor=viewer.username).as_dict()
        if action == "reject":
            return reject(store, proposal_id, actor=viewer.username).as_dict()
        raise HTTPException(400, "action is accept or reject")

    @app.get("/api/v1/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> Response:
        spec = app.openapi()
        return templates.TemplateResponse(request, "api.html", {"viewer": None, "spec": spec})

    return app


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


ROLE_CHOICES = [r.value for r in UserRole]

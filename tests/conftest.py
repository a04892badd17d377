"""Shared fixtures: a fresh store on SQLite and on a real PostgreSQL server.

PostgreSQL tests use ``CASETRAIL_TEST_POSTGRES_URL`` (``.ci/run`` starts a server and
sets it).  Without it they are skipped locally, but fail under CI, so a CI run can
never silently test only one database.
"""

from __future__ import annotations

import io
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from casetrail.config import Settings
from casetrail.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
FIXTURE_MD = SHARED / "moscowtimes-2021-02-08-chechnya.md"
PG_ENV = "CASETRAIL_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user data folder or inherit a database setting."""
    monkeypatch.setenv("CASETRAIL_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CASETRAIL_DB", raising=False)
    monkeypatch.delenv("CASETRAIL_BLOBS", raising=False)
    monkeypatch.delenv("CASETRAIL_MAX_BYTES", raising=False)
    monkeypatch.setenv("CASETRAIL_USER", "tester")
    monkeypatch.setenv("CASETRAIL_PASSPHRASE", "correct horse battery staple")
    monkeypatch.delenv("CASETRAIL_KEY_FILE", raising=False)


@pytest.fixture
def fixture_bytes() -> bytes:
    if not FIXTURE_MD.is_file():
        pytest.fail(f"shared fixture missing: {FIXTURE_MD}")
    return FIXTURE_MD.read_bytes()


def _postgres_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} must be set in CI so the PostgreSQL tests run")
        pytest.skip(f"set {PG_ENV} to run the PostgreSQL tests")
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL whose search_path is a fresh schema, dropped afterwards."""
    base = _postgres_url()
    assert base is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A freshly initialised store on each database."""
    if request.param == "sqlite":
        settings = Settings.resolve(tmp_path / "db" / "casetrail.db", blob_dir=tmp_path / "blobs")
    else:
        url = request.getfixturevalue("postgres_url")
        settings = Settings.resolve(url, blob_dir=tmp_path / "blobs")
    opened = Store.open(settings, create=True)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    settings = Settings.resolve(tmp_path / "db" / "casetrail.db", blob_dir=tmp_path / "blobs")
    with Store.open(settings, create=True) as opened:
        yield opened


def make_pdf(paragraphs: list[str], *, title: str | None = None) -> bytes:
    """A real PDF with a text layer, made with fpdf2."""
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(3)
    return bytes(pdf.output())


def make_image_only_pdf() -> bytes:
    """A PDF with drawings but no text layer, like a scan."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(90, 90, 90)
    for row in range(10):
        pdf.rect(20, 20 + row * 12, 150, 6, style="F")
    return bytes(pdf.output())


def make_docx(
    paragraphs: list[str],
    *,
    title: str | None = None,
    author: str | None = None,
    table: list[list[str]] | None = None,
) -> bytes:
    """A real DOCX made with python-docx."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    if title:
        document.core_properties.title = title
    if author:
        document.core_properties.author = author
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def snapshot(store: Store) -> tuple[dict[str, int], set[str]]:
    """Row counts of every table and the set of blob files: to prove nothing changed."""
    from casetrail.model import Base

    counts = {}
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            counts[table.name] = conn.execute(
                text(f"SELECT COUNT(*) FROM {table.name}")
            ).scalar_one()
    blobs = (
        {
            str(p.relative_to(store.settings.blob_dir))
            for p in store.settings.blob_dir.rglob("*")
            if p.is_file()
        }
        if store.settings.blob_dir.exists()
        else set()
    )
    return counts, blobs


def run_cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> tuple[int, str, str]:
    """Run the real console entry point in-process; return (exit code, stdout, stderr)."""
    from casetrail.cli import main

    monkeypatch.setattr(sys, "argv", ["casetrail", *args])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    captured = capsys.readouterr()
    return code, captured.out, captured.err

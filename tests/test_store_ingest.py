"""Ingestion into the store, on SQLite and PostgreSQL: transactions, duplicates, provenance."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from casetrail.config import Settings
from casetrail.errors import IngestError, StoreError, TooLarge, UnsupportedInput
from casetrail.ingest import Outcome, ingest_bytes, ingest_file, ingest_sources
from casetrail.model import AuditEntry, Base, Capture, Document
from casetrail.store import Store, audit, head_revision, sha256_hex
from casetrail.store.documents import document_as_dict, get_document, list_documents
from tests.conftest import FIXTURE_MD, make_docx, make_pdf, snapshot


def test_schema_comes_from_migrations(store: Store) -> None:
    assert store.current_revision() == head_revision()
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            conn.execute(text(f"SELECT COUNT(*) FROM {table.name}"))


def test_fixture_is_stored_with_text_metadata_blob_and_audit(
    store: Store, fixture_bytes: bytes
) -> None:
    result = ingest_file(store, FIXTURE_MD)
    assert result.outcome is Outcome.STORED
    assert result.sha256 == sha256_hex(fixture_bytes)
    document = get_document(store, result.document_id or 0)
    assert document.outlet == "themoscowtimes.com"
    assert document.byline == "AFP"
    assert document.published is not None and document.published.isoformat() == "2021-02-08"
    assert document.language == "en"
    assert document.media_type == "text/markdown"
    assert "Salekh Magamadov and Ismail Isayev" in document.text
    assert document.canonical_url == (
        "https://themoscowtimes.com/2021/02/08/"
        "2-gay-men-sent-back-to-chechnya-were-kidnapped-rights-group-a72869"
    )
    assert store.blobs.get(document.sha256) == fixture_bytes
    assert store.blobs.verify(document.sha256)
    [capture] = document.captures
    assert capture.source_kind == "file"
    assert capture.ingested_by == "tester"
    assert capture.original_filename == FIXTURE_MD.name
    assert document_as_dict(document)["captures"][0]["details"]["encoding"] == "utf-8"
    with store.session() as session:
        entries = session.scalars(select(AuditEntry)).all()
        assert [e.action for e in entries] == ["document.ingest"]
        assert entries[0].target_id == document.id
        assert audit.verify(session).ok


def test_same_bytes_twice_are_stored_once_and_reported(store: Store, fixture_bytes: bytes) -> None:
    first = ingest_bytes(store, fixture_bytes, source="a.md", filename="a.md")
    before = snapshot(store)
    second = ingest_bytes(store, fixture_bytes, source="copy/b.md", filename="b.md")
    assert second.outcome is Outcome.DUPLICATE
    assert second.document_id == first.document_id
    assert "identical bytes" in second.message
    assert snapshot(store) == before


def test_same_story_from_two_urls_with_tracking_parameters(store: Store) -> None:
    body = "Headline about a detention\n\nBy Staff\n\n4 May 2023\n\nPolice detained a man.\n"
    first = ingest_bytes(
        store,
        (body + "\nOriginal url: https://www.example-wire.org/news/a-1?utm_source=x\n").encode(),
        source="one.md",
        filename="one.md",
    )
    second = ingest_bytes(
        store,
        (
            body + "Updated.\n\nOriginal url: http://example-wire.org/news/a-1/?fbclid=abc#top\n"
        ).encode(),
        source="two.md",
        filename="two.md",
    )
    assert first.outcome is Outcome.STORED
    assert second.outcome is Outcome.DUPLICATE
    assert second.document_id == first.document_id
    assert "same story" in second.message
    document = get_document(store, first.document_id or 0)
    assert len(document.captures) == 2  # both originals are kept, never lost
    assert all(store.blobs.verify(c.sha256) for c in document.captures)
    with store.session() as session:
        assert session.scalar(select(func.count(Document.id))) == 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.txt", b""),
        ("junk.bin", bytes(range(256)) * 16),
        ("fake.pdf", b"not a pdf at all"),
        ("blank.md", b"   \n\n  "),
    ],
)
def test_bad_input_changes_nothing(
    store: Store, fixture_bytes: bytes, name: str, data: bytes
) -> None:
    ingest_bytes(store, fixture_bytes, source="good.md", filename="good.md")
    before = snapshot(store)
    with pytest.raises(IngestError) as caught:
        ingest_bytes(store, data, source=name, filename=name)
    assert str(caught.value)
    assert snapshot(store) == before


def test_a_failure_inside_the_transaction_rolls_back_and_removes_the_blob(
    store: Store, fixture_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest_bytes(
        store, make_pdf(["An earlier report about a detention."]), source="x.pdf", filename="x.pdf"
    )
    before = snapshot(store)

    def broken_append(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "append", broken_append)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest_bytes(store, fixture_bytes, source="fixture.md", filename="fixture.md")
    assert snapshot(store) == before


def test_size_limit_is_checked_before_reading(tmp_path: Path, store: Store) -> None:
    big = tmp_path / "big.md"
    big.write_bytes(b"Detention report.\n" * 1000)
    small = Store(
        Settings(store.settings.database_url, store.settings.blob_dir, max_bytes=1000),
        store.engine,
    )
    before = snapshot(store)
    with pytest.raises(TooLarge, match="over the size limit"):
        ingest_file(small, big)
    assert snapshot(store) == before


def test_folder_with_good_and_bad_files(tmp_path: Path, store: Store, fixture_bytes: bytes) -> None:
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.md").write_bytes(fixture_bytes)
    (folder / "sub" / "b.pdf").write_bytes(make_pdf(["Soldiers detained seven men in a raid."]))
    (folder / "sub" / "c.docx").write_bytes(make_docx(["A lawyer was refused access."]))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    (folder / ".hidden.md").write_bytes(b"should be skipped")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    results = ingest_sources(store, [str(folder)])
    by_name = {Path(r.source).name: r for r in results}
    assert set(by_name) == {"a.md", "b.pdf", "c.docx", "empty.txt", "photo.png", "broken.docx"}
    assert {n for n, r in by_name.items() if r.outcome is Outcome.STORED} == {
        "a.md",
        "b.pdf",
        "c.docx",
    }
    assert "empty" in by_name["empty.txt"].message
    assert "PNG" in by_name["photo.png"].message
    assert "damaged" in by_name["broken.docx"].message
    assert len(list_documents(store)) == 3


def test_missing_file_and_directory_as_file(tmp_path: Path, store: Store) -> None:
    [missing] = ingest_sources(store, [str(tmp_path / "nope.md")])
    assert missing.outcome is Outcome.FAILED and missing.message == "no such file"
    fifo = tmp_path / "pipe"
    import os

    os.mkfifo(fifo)
    with pytest.raises(UnsupportedInput, match="not a regular file"):
        ingest_file(store, fifo)


def test_path_tricks_never_escape_the_blob_store(store: Store) -> None:
    with pytest.raises(StoreError):
        store.blobs.path_for("../../etc/passwd")
    result = ingest_bytes(
        store,
        b"Police detained a man.\n",
        source="../../../etc/evil name.md",
        filename="../../../etc/evil name.md",
    )
    assert result.outcome is Outcome.STORED
    stored = [p for p in store.settings.blob_dir.rglob("*") if p.is_file()]
    assert stored and all(p.name == result.sha256 for p in stored)


def test_opening_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="casetrail init"):
        Store.open(Settings.resolve(tmp_path / "absent.db"))
    assert not (tmp_path / "absent.db").exists()


def test_a_foreign_sqlite_file_is_not_taken_for_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store.open(Settings.resolve(path))
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_audit_chain_detects_edits_and_removals(store: Store) -> None:
    for index in range(4):
        ingest_bytes(
            store, f"Report {index}: police detained a man.\n".encode(), source=f"r{index}.txt"
        )
    with store.session() as session:
        ids = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()
        assert audit.verify(session).ok
    with store.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_entries SET actor = 'mallory' WHERE id = :id"), {"id": ids[1]}
        )
    with store.session() as session:
        report = audit.verify(session)
        assert not report.ok and report.first_bad == ids[1]
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE id = :id"), {"id": ids[1]})
    with store.session() as session:
        report = audit.verify(session)
        assert not report.ok and report.first_bad == ids[2]


def test_captures_index_every_stored_original(store: Store, fixture_bytes: bytes) -> None:
    ingest_bytes(store, fixture_bytes, source="a.md", filename="a.md")
    with store.session() as session:
        digests = set(session.scalars(select(Capture.sha256)))
    on_disk = {p.name for p in store.settings.blob_dir.rglob("*") if p.is_file()}
    assert digests == on_disk

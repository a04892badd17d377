"""Protection: encryption at rest, wrong keys, rekey, tamper evidence, evidence integrity,
pseudonymised exports, secure deletion."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest
from sqlalchemy import select, text

from casetrail.cases import add_to_case, create_case
from casetrail.config import Settings
from casetrail.errors import StoreError
from casetrail.extract import extract_document
from casetrail.ingest import ingest_bytes, ingest_file
from casetrail.model import AuditEntry, CaseAccess, Person, User, UserRole
from casetrail.report import export_case
from casetrail.report.export import ExportRefused
from casetrail.review import accept_all_above
from casetrail.security.deletion import delete_document, delete_person
from casetrail.security.integrity import SigningError, check_head, signed_head, verify_evidence
from casetrail.security.keys import KeySource, rekey
from casetrail.store import Store, audit
from tests.conftest import FIXTURE_MD, run_cli, snapshot

PASSPHRASE = KeySource(passphrase="correct horse battery staple")
# every name of a person in the fixture, in the spellings reports use
FIXTURE_NAMES = [
    "Magamadov",
    "Isayev",
    "Salekh",
    "Ismail",
    "Bestsvet",
    "Alexeyev",
    "Dudayev",
    "Kadyrov",
    "Sadulayev",
]
VICTIM_SPELLINGS = [
    "Magamadov",
    "Magamadow",
    "Isayev",
    "Isaev",
    "Isaiev",
    "Salekh",
    "Ismail",
    "Исаев",
    "Магамадов",
    "Салех",
    "Исмаил",
]


def _encrypted(tmp_path: Path, source: KeySource = PASSPHRASE) -> Store:
    settings = Settings.resolve(
        tmp_path / "vault" / "casetrail.db",
        blob_dir=tmp_path / "vault" / "blobs",
        key_source=source,
    )
    return Store.open(settings, create=True, encrypt=True)


def _case_of_fixture(store: Store) -> int:
    result = ingest_file(store, FIXTURE_MD)
    document_id = result.document_id or 0
    extract_document(store, document_id)
    accept_all_above(store, document_id, 0.0)
    case_id = create_case(store, "Magamadov and Isayev")
    add_to_case(store, case_id, documents=[document_id])
    return case_id


def _raw_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_a_copied_store_reveals_no_name_without_the_passphrase(tmp_path: Path) -> None:
    store = _encrypted(tmp_path)
    _case_of_fixture(store)
    store.close()
    raw = _raw_bytes(tmp_path / "vault")
    assert len(raw) > 10_000
    for name in FIXTURE_NAMES:
        for encoded in (name.encode(), name.encode("utf-16-le")):
            assert encoded not in raw, name
    # the same data in an unencrypted store does show the names: the check can fail
    plain = Store.open(
        Settings.resolve(tmp_path / "plain" / "c.db", blob_dir=tmp_path / "plain" / "blobs"),
        create=True,
    )
    ingest_file(plain, FIXTURE_MD)
    plain.close()
    assert b"Magamadov" in _raw_bytes(tmp_path / "plain")


def test_wrong_or_missing_passphrase_fails_cleanly(tmp_path: Path) -> None:
    _encrypted(tmp_path).close()
    path = tmp_path / "vault" / "casetrail.db"
    blobs = tmp_path / "vault" / "blobs"
    with pytest.raises(StoreError, match="wrong passphrase"):
        Store.open(
            Settings.resolve(path, blob_dir=blobs, key_source=KeySource(passphrase="wrong horse"))
        )
    with pytest.raises(StoreError, match="encrypted"):
        Store.open(Settings(f"sqlite:///{path}", blobs))


def test_rekey_opens_with_the_new_passphrase_only(tmp_path: Path) -> None:
    store = _encrypted(tmp_path)
    ingest_bytes(store, b"Police detained Ismail Isayev.", source="a.txt")
    ring = store.settings.keyring_path
    blob_files = sorted(p.read_bytes() for p in store.settings.blob_dir.rglob("*") if p.is_file())
    store.close()
    new = KeySource(passphrase="a much longer new passphrase")
    rekey(ring, PASSPHRASE, new)
    path, blobs = tmp_path / "vault" / "casetrail.db", tmp_path / "vault" / "blobs"
    with pytest.raises(StoreError, match="wrong passphrase"):
        Store.open(Settings.resolve(path, blob_dir=blobs, key_source=PASSPHRASE))
    with Store.open(Settings.resolve(path, blob_dir=blobs, key_source=new)) as reopened:
        checked, problems = verify_evidence(reopened)
        assert checked == 1 and problems == []
    # the data key was re-wrapped, the blobs were not re-encrypted
    assert sorted(p.read_bytes() for p in blobs.rglob("*") if p.is_file()) == blob_files


def test_key_file_instead_of_passphrase(tmp_path: Path) -> None:
    key_file = tmp_path / "usb" / "casetrail.key"
    key_file.parent.mkdir()
    key_file.write_bytes(secrets.token_bytes(64))
    store = _encrypted(tmp_path, KeySource(key_file=key_file))
    ingest_bytes(store, b"Police detained a man.", source="a.txt")
    store.close()
    other = tmp_path / "other.key"
    other.write_bytes(secrets.token_bytes(64))
    with pytest.raises(StoreError, match="wrong key file"):
        Store.open(
            Settings.resolve(
                tmp_path / "vault" / "casetrail.db",
                blob_dir=tmp_path / "vault" / "blobs",
                key_source=KeySource(key_file=other),
            )
        )


def test_fields_are_encrypted_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    settings = Settings.resolve(postgres_url, blob_dir=tmp_path / "pgblobs", key_source=PASSPHRASE)
    with Store.open(settings, create=True, encrypt=True) as store:
        _case_of_fixture(store)
        with store.engine.connect() as conn:
            raw = " ".join(
                str(row)
                for table in (
                    "documents",
                    "persons",
                    "claims",
                    "mentions",
                    "proposals",
                    "cases",
                    "captures",
                )
                for row in conn.execute(text(f"SELECT * FROM {table}"))
            )
        for name in FIXTURE_NAMES:
            assert name not in raw, name
        with store.session() as session:  # with the key everything reads back
            names = {p.name for p in session.scalars(select(Person))}
            assert {"Salekh Magamadov", "Ismail Isayev"} <= names
    assert b"Magamadov" not in _raw_bytes(tmp_path / "pgblobs")


@pytest.mark.parametrize("tamper", ["alter", "remove", "reorder"])
def test_audit_tampering_is_named(store: Store, tamper: str) -> None:
    for index in range(5):
        ingest_bytes(store, f"Report {index}: a detention.".encode(), source=f"{index}.txt")
    with store.session() as session:
        ids = list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))
    with store.engine.begin() as conn:
        if tamper == "alter":
            conn.execute(
                text("UPDATE audit_entries SET action = 'nothing' WHERE id = :i"), {"i": ids[2]}
            )
            expected = ids[2]
        elif tamper == "remove":
            conn.execute(text("DELETE FROM audit_entries WHERE id = :i"), {"i": ids[2]})
            expected = ids[3]
        else:  # entries 2 and 3 change places (their content swaps, ids stay)
            columns = "at, actor, action, target_type, target_id, prev_hash, entry_hash"
            rows = {r.id: r for r in conn.execute(text(f"SELECT id, {columns} FROM audit_entries"))}
            conn.execute(
                text("UPDATE audit_entries SET entry_hash = :h WHERE id = :i"),
                {"h": "0" * 64, "i": ids[1]},
            )
            for target, origin in ((ids[2], ids[1]), (ids[1], ids[2])):
                row = rows[origin]
                conn.execute(
                    text(
                        "UPDATE audit_entries SET at = :at, actor = :actor, action = :action, "
                        "target_type = :tt, target_id = :tid, prev_hash = :prev, "
                        "entry_hash = :hash WHERE id = :i"
                    ),
                    {
                        "at": row.at,
                        "actor": row.actor,
                        "action": row.action,
                        "tt": row.target_type,
                        "tid": row.target_id,
                        "prev": row.prev_hash,
                        "hash": row.entry_hash,
                        "i": target,
                    },
                )
            expected = ids[1]
    with store.session() as session:
        report = audit.verify(session)
    assert not report.ok and report.first_bad == expected


def test_signed_head_detects_later_tampering(tmp_path: Path) -> None:
    store = _encrypted(tmp_path)
    for index in range(3):
        ingest_bytes(store, f"Report {index}.".encode(), source=f"{index}.txt")
    head = signed_head(store)
    assert "verified" in check_head(store, head)
    forged = {**head, "entries": head["entries"] + 1}
    with pytest.raises(SigningError, match="signature"):
        check_head(store, forged)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET actor = 'mallory' WHERE id = 1"))
    with pytest.raises(SigningError, match="altered at entry 1"):
        check_head(store, head)
    store.close()


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_flipped_byte_in_an_original_is_detected(tmp_path: Path, encrypted: bool) -> None:
    if encrypted:
        store = _encrypted(tmp_path)
    else:
        store = Store.open(
            Settings.resolve(tmp_path / "p.db", blob_dir=tmp_path / "b"), create=True
        )
    good = ingest_bytes(store, b"An intact report about a detention.", source="good.txt")
    bad = ingest_bytes(store, b"A report whose original will be damaged.", source="bad.txt")
    path = store.blobs.path_for(bad.sha256 or "")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    checked, problems = verify_evidence(store)
    assert checked == 2
    assert [(p.document_id, p.problem.split(":")[0]) for p in problems] == [
        (bad.document_id, "altered")
    ]
    assert good.document_id not in [p.document_id for p in problems]
    store.close()


def test_pseudonymised_export_has_no_victim_name_in_any_spelling(store: Store) -> None:
    case_id = _case_of_fixture(store)
    with store.session() as session:  # a second report spelt the names otherwise
        isayev = next(p for p in session.scalars(select(Person)) if p.name == "Ismail Isayev")
        isayev.aliases = [*isayev.aliases, "Isaev", "Исаев", "Isaiev"]
    for fmt in ("json", "csv"):
        exported = export_case(store, case_id, fmt=fmt, pseudonymise=True, coarsen_places=True)
        for spelling in VICTIM_SPELLINGS:
            assert spelling.lower() not in exported.lower(), (fmt, spelling)
        assert "Person A" in exported and "Person B" in exported
        assert "Nizhny Novgorod" not in exported and "Nizhniy Novgorod" not in exported
    plain = export_case(store, case_id, fmt="json")
    assert "Magamadov" in plain  # without --pseudonymise the names are there: the check bites
    payload = json.loads(export_case(store, case_id, fmt="json", pseudonymise=True))
    assert payload["pseudonymised"] is True and payload["acts"]


def test_export_never_gives_what_the_account_may_not_see(store: Store) -> None:
    case_id = _case_of_fixture(store)
    other = create_case(store, "another case")
    with store.session() as session:
        viewer = User(username="viewer", password_hash="x", role=UserRole.VIEWER)
        session.add(viewer)
        session.flush()
        session.add(CaseAccess(user_id=viewer.id, case_id=other))
    before = snapshot(store)
    with pytest.raises(ExportRefused, match="may not see"):
        export_case(store, case_id, username="viewer")
    assert snapshot(store) == before
    assert json.loads(export_case(store, other, username="viewer"))["case"]["id"] == other


def test_deleting_a_document_leaves_nothing_recoverable(tmp_path: Path) -> None:
    store = Store.open(
        Settings.resolve(tmp_path / "d.db", blob_dir=tmp_path / "blobs"), create=True
    )  # unencrypted, so grepping the file means something
    marker = "Zarema Khutsieva-Unique"
    keep = ingest_bytes(store, b"Another report about a trial in Minsk.", source="keep.txt")
    gone = ingest_bytes(
        store,
        f"Police detained {marker} in Grozny on Monday, her lawyer said.".encode(),
        source="gone.txt",
    )
    extract_document(store, gone.document_id or 0)
    accept_all_above(store, gone.document_id or 0, 0.0)
    assert marker.encode() in _raw_bytes(tmp_path)
    counts = delete_document(store, gone.document_id or 0, actor="maria")
    assert counts["captures"] == 1
    store.close()
    raw = _raw_bytes(tmp_path)
    assert marker.encode() not in raw and b"Khutsieva" not in raw
    with Store.open(Settings.resolve(tmp_path / "d.db", blob_dir=tmp_path / "blobs")) as again:
        checked, problems = verify_evidence(again)
        assert (checked, problems) == (1, [])
        with again.session() as session:
            entry = session.scalars(
                select(AuditEntry).where(AuditEntry.action == "document.delete")
            ).one()
            assert entry.actor == "maria" and marker not in json.dumps(entry.details)
            assert audit.verify(session).ok
        assert keep.document_id is not None


def test_deleting_a_person_removes_their_records(store: Store) -> None:
    _case_of_fixture(store)
    with store.session() as session:
        person = next(p for p in session.scalars(select(Person)) if p.name == "Tim Bestsvet")
        person_id = person.id
    counts = delete_person(store, person_id)
    assert counts["mentions"] >= 1
    with store.session() as session:
        assert session.get(Person, person_id) is None
        assert (
            session.scalars(select(AuditEntry).where(AuditEntry.action == "person.delete"))
            .one()
            .target_id
            == person_id
        )


def test_cli_init_encrypted_and_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "cli.db")
    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "init", "--json")
    assert code == 0 and json.loads(out)["encrypted"] is True
    run_cli(capsys, monkeypatch, "--db", db, "ingest", str(FIXTURE_MD))
    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "evidence", "verify")
    assert code == 0 and "match their SHA-256" in out
    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "evidence", "custody", "1")
    assert code == 0 and "chain of custody" in out and "document.ingest" in out
    head = tmp_path / "head.json"
    code, _, _ = run_cli(capsys, monkeypatch, "--db", db, "audit", "head", "--out", str(head))
    assert code == 0
    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "audit", "verify-head", str(head))
    assert code == 0 and "verified" in out
    monkeypatch.setenv("CASETRAIL_NEW_PASSPHRASE", "another long passphrase here")
    code, out, err = run_cli(capsys, monkeypatch, "--db", db, "rekey")
    assert code == 0, err
    code, _, err = run_cli(capsys, monkeypatch, "--db", db, "documents", "list")
    assert code == 1 and "wrong passphrase" in err and "Traceback" not in err
    monkeypatch.setenv("CASETRAIL_PASSPHRASE", "another long passphrase here")
    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "documents", "list", "--json")
    assert code == 0 and json.loads(out)["total"] == 1
    monkeypatch.delenv("CASETRAIL_PASSPHRASE")
    code, _, err = run_cli(capsys, monkeypatch, "--db", str(tmp_path / "new.db"), "init")
    assert code == 1 and "CASETRAIL_PASSPHRASE" in err

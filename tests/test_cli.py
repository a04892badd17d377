"""The real `casetrail` entry point: output, JSON, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casetrail.demo import sample_reports
from tests.conftest import FIXTURE_MD, make_pdf, run_cli

Cap = pytest.CaptureFixture[str]
MP = pytest.MonkeyPatch


@pytest.fixture
def db(tmp_path: Path, capsys: Cap, monkeypatch: MP) -> str:
    path = str(tmp_path / "cli.db")
    code, out, _ = run_cli(capsys, monkeypatch, "--db", path, "init")
    assert code == 0 and "store ready" in out
    return path


def test_init_ingest_list_show(db: str, capsys: Cap, monkeypatch: MP) -> None:
    code, out, err = run_cli(capsys, monkeypatch, "--db", db, "ingest", str(FIXTURE_MD), "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["stored"] == 1 and payload["failed"] == 0
    document_id = payload["results"][0]["document_id"]

    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "documents", "list", "--json")
    listing = json.loads(out)
    assert listing["total"] == 1
    assert listing["documents"][0]["outlet"] == "themoscowtimes.com"

    code, out, _ = run_cli(
        capsys, monkeypatch, "--db", db, "documents", "show", str(document_id), "--json"
    )
    shown = json.loads(out)
    assert shown["byline"] == "AFP" and shown["published"] == "2021-02-08"
    assert shown["captures"][0]["ingested_by"] == "tester"

    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "documents", "show", str(document_id))
    assert code == 0
    assert "themoscowtimes.com" in out and "Ismail Isayev" in out

    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "documents", "list")
    assert "2021-02-08" in out and "themoscowtimes.com" in out


def test_duplicate_is_reported_and_exit_is_zero(db: str, capsys: Cap, monkeypatch: MP) -> None:
    run_cli(capsys, monkeypatch, "--db", db, "ingest", str(FIXTURE_MD))
    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "ingest", str(FIXTURE_MD))
    assert code == 0
    assert out.startswith("duplicate") and "identical bytes" in out


def test_mixed_folder_lists_failures_and_exits_nonzero(
    db: str, tmp_path: Path, capsys: Cap, monkeypatch: MP
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.md").write_bytes(FIXTURE_MD.read_bytes())
    (folder / "good.pdf").write_bytes(make_pdf(["Police detained two men in Grozny."]))
    (folder / "bad.txt").write_bytes(b"")
    code, out, err = run_cli(capsys, monkeypatch, "--db", db, "ingest", str(folder))
    assert code == 1
    assert "2 stored, 0 duplicate, 1 failed" in out
    assert "bad.txt: the file is empty" in err
    assert "Traceback" not in err


def test_single_bad_file_is_one_line(db: str, tmp_path: Path, capsys: Cap, monkeypatch: MP) -> None:
    junk = tmp_path / "junk.md"
    junk.write_bytes(os.urandom(2048))
    code, _out, err = run_cli(capsys, monkeypatch, "--db", db, "ingest", str(junk))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "junk.md" in err


def test_unknown_document_and_missing_database(
    tmp_path: Path, db: str, capsys: Cap, monkeypatch: MP
) -> None:
    code, _, err = run_cli(capsys, monkeypatch, "--db", db, "documents", "show", "999")
    assert code == 1 and err.strip() == "error: there is no document 999"
    code, _, err = run_cli(
        capsys, monkeypatch, "--db", str(tmp_path / "none.db"), "documents", "list"
    )
    assert code == 1 and "casetrail init" in err and len(err.strip().splitlines()) == 1


def test_size_limit_option(db: str, capsys: Cap, monkeypatch: MP) -> None:
    code, _, err = run_cli(
        capsys, monkeypatch, "--db", db, "ingest", "--max-size", "100", str(FIXTURE_MD)
    )
    assert code == 1 and "over the size limit" in err


def test_demo_builds_a_fresh_database_and_shows_it(
    tmp_path: Path, capsys: Cap, monkeypatch: MP
) -> None:
    target = tmp_path / "demo"
    entries = []
    for _ in range(2):  # a second run starts afresh rather than piling up
        code, out, err = run_cli(capsys, monkeypatch, "demo", "--dir", str(target), "--json")
        assert code == 0, err
        payload = json.loads(out)
        assert len(payload["documents"]) == len(sample_reports()) >= 5
        assert all(r["outcome"] == "stored" for r in payload["ingested"])
        assert all(d["proposals"] > 0 for d in payload["documents"])
        assert payload["audit_intact"] and payload["auto_accepted"] > 0
        entries.append(payload["audit_entries"])
    assert entries[0] == entries[1]
    merged = {(m["left"]["name"], m["right"]["name"]) for m in payload["merges"]}
    assert ("Alesia Karpovich", "Alesya Karpovich") in merged  # one person, two spellings
    showcase = next(c for c in payload["cases"] if c["id"] == payload["showcase_case"])
    assert showcase["documents"] >= 2
    acts = [e for e in payload["timeline"] if e["kind"] == "act"]
    assert any(e["conflicts_with"] for e in acts)  # 9 March in one report, 10 March in another
    outlets = {d["outlet"] for d in payload["documents"]}
    assert len(outlets) >= 4
    assert all(d["published"] for d in payload["documents"])


def test_demo_refuses_a_folder_that_is_not_its_own(
    tmp_path: Path, capsys: Cap, monkeypatch: MP
) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    code, _, err = run_cli(capsys, monkeypatch, "demo", "--dir", str(precious))
    assert code == 1 and "not a casetrail demo folder" in err
    assert (precious / "notes.txt").read_text() == "keep me"


def test_console_script_prints_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "CASETRAIL_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "casetrail", "--db", str(tmp_path / "x.db"), "ingest", "nope.md"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().startswith("error: no casetrail database")

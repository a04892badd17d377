"""CLI for protection: rekey, evidence checks, signed audit heads, exports, deletion."""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from casetrail.cli.app import (
    JsonOption,
    _print_json,
    _settings,
    app,
    audit_app,
    documents_app,
    err,
    out,
)
from casetrail.cli.casework import people_app
from casetrail.errors import ConfigError, StoreError
from casetrail.report import export_case
from casetrail.security.deletion import delete_document, delete_person
from casetrail.security.integrity import check_head, custody, signed_head, verify_evidence
from casetrail.security.keys import KeySource, rekey
from casetrail.store import Store, audit

evidence_app = typer.Typer(help="Integrity of the stored originals.", no_args_is_help=True)
app.add_typer(evidence_app, name="evidence")


@app.command("rekey")
def rekey_command(
    new_key_file: Annotated[
        Path | None,
        typer.Option("--new-key-file", help="Protect the store with this key file from now on."),
    ] = None,
) -> None:
    """Change the passphrase (or key file) of an encrypted store; the data key is re-wrapped,
    nothing else is re-encrypted."""
    settings = _settings()
    if not settings.keyring_path.is_file():
        raise StoreError("this store is not encrypted; there is nothing to rekey")
    if settings.key_source is None:
        raise ConfigError("give the current passphrase (CASETRAIL_PASSPHRASE) or --key-file")
    if new_key_file is not None:
        new = KeySource(key_file=new_key_file)
    else:
        passphrase = os.environ.get("CASETRAIL_NEW_PASSPHRASE")
        if not passphrase:
            if not sys.stdin.isatty():
                raise ConfigError("set CASETRAIL_NEW_PASSPHRASE or use --new-key-file")
            passphrase = getpass.getpass("new passphrase: ")
            if getpass.getpass("repeat it: ") != passphrase:
                raise ConfigError("the passphrases differ; nothing was changed")
        if len(passphrase) < 12:
            raise ConfigError("use a passphrase of at least 12 characters")
        new = KeySource(passphrase=passphrase)
    rekey(settings.keyring_path, settings.key_source, new)
    with (
        Store.open(dataclasses.replace(settings, key_source=new)) as store,
        store.session() as session,
    ):
        audit.append(
            session, actor=settings.actor, action="store.rekey", details={"source": new.describe()}
        )
    out.print(f"the store now opens with the new {new.describe()}; the old one no longer does")


@evidence_app.command("verify")
def evidence_verify(as_json: JsonOption = False) -> None:
    """Re-hash every stored original and report any that is missing or altered."""
    with Store.open(_settings()) as store:
        checked, problems = verify_evidence(store)
    if as_json:
        _print_json({"checked": checked, "problems": [p.as_dict() for p in problems]})
    elif not problems:
        out.print(f"all {checked} stored originals match their SHA-256")
    for problem in problems if not as_json else []:
        err.print(
            f"document {problem.document_id}: original {problem.sha256[:16]}… "
            f"({escape(problem.source)}) is {problem.problem}"
        )
    if problems:
        raise typer.Exit(1)


@evidence_app.command("custody")
def evidence_custody(document_id: int, as_json: JsonOption = False) -> None:
    """A document's chain of custody: captures with hashes, and what happened since."""
    with Store.open(_settings()) as store:
        record = custody(store, document_id)
    if as_json:
        _print_json(record)
        return
    out.print(
        f"[bold]chain of custody: document {record['document_id']}[/bold] "
        f"{escape(record['title'] or '')}"
    )
    out.print(f"sha256 {record['sha256']}")
    for capture in record["captures"]:
        state = "intact" if capture["intact"] else "ALTERED OR MISSING"
        out.print(
            f"  captured {capture['captured_at']} by {escape(capture['ingested_by'])} "
            f"from {escape(capture['source'])} ({capture['bytes']:,} bytes, "
            f"{capture['sha256'][:16]}…, {state})"
        )
    for event in record["events"]:
        out.print(
            f"  {event['at']} {escape(event['actor'])}: {event['action']} "
            f"(audit entry {event['entry']})"
        )


@audit_app.command("head")
def audit_head(
    output: Annotated[
        Path | None, typer.Option("--out", help="Write the signed head here.")
    ] = None,
) -> None:
    """Sign the audit chain's head with the installation's Ed25519 key."""
    with Store.open(_settings()) as store:
        head = signed_head(store)
    text = json.dumps(head, indent=2)
    if output is not None:
        output.write_text(text + "\n", encoding="utf-8")
        out.print(f"signed head of {head['entries']} entries written to {escape(str(output))}")
    else:
        sys.stdout.write(text + "\n")


@audit_app.command("verify-head")
def audit_verify_head(path: Path) -> None:
    """Check a signed head against this store's audit log."""
    try:
        signed = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read a signed head from {path}: {exc}") from exc
    with Store.open(_settings()) as store:
        out.print(check_head(store, signed))


@app.command("export")
def export_command(
    case_id: int,
    fmt: Annotated[str, typer.Option("--format", help="json or csv")] = "json",
    pseudonymise: Annotated[
        bool,
        typer.Option(
            "--pseudonymise", help="Replace victims and witnesses by pseudonyms, scrub names."
        ),
    ] = False,
    coarsen_places: Annotated[
        bool, typer.Option("--coarsen-places", help="Give places only as region or country.")
    ] = False,
    account: Annotated[
        str | None, typer.Option("--as", help="Export as this account: only what it may see.")
    ] = None,
    output: Annotated[Path | None, typer.Option("--out", help="Write to a file.")] = None,
) -> None:
    """Export a case as JSON or CSV."""
    with Store.open(_settings()) as store:
        text = export_case(
            store,
            case_id,
            fmt=fmt,
            pseudonymise=pseudonymise,
            coarsen_places=coarsen_places,
            username=account,
        )
    if output is not None:
        output.write_text(text, encoding="utf-8")
        os.chmod(output, 0o600)
        out.print(f"case {case_id} exported to {escape(str(output))}")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


@documents_app.command("delete")
def documents_delete(
    document_id: int,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a document for good: its originals, proposals and derived records."""
    if not yes and not typer.confirm(f"delete document {document_id} and all derived from it?"):
        raise typer.Exit(1)
    with Store.open(_settings()) as store:
        counts = delete_document(store, document_id)
    out.print(
        f"document {document_id} deleted (" + ", ".join(f"{v} {k}" for k, v in counts.items()) + ")"
    )


@people_app.command("delete")
def people_delete(
    person_id: int,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a person record with its mentions and roles."""
    if not yes and not typer.confirm(f"delete person {person_id}?"):
        raise typer.Exit(1)
    with Store.open(_settings()) as store:
        counts = delete_person(store, person_id)
    out.print(
        f"person {person_id} deleted (" + ", ".join(f"{v} {k}" for k, v in counts.items()) + ")"
    )

"""Typer commands.  Each one resolves settings, calls a service function, prints."""

from __future__ import annotations

import dataclasses
import getpass
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from casetrail import __version__
from casetrail.config import Settings
from casetrail.errors import ConfigError
from casetrail.extract import Extraction, extract_documents, extract_text
from casetrail.extract.service import document_ids
from casetrail.ingest import IngestResult, Outcome, expand_sources, ingest_one, parse
from casetrail.security.keys import KeySource
from casetrail.store import Store
from casetrail.store import audit as audit_log
from casetrail.store.documents import (
    DocumentSummary,
    count_documents,
    document_as_dict,
    get_document,
    list_documents,
)


@dataclass
class _State:
    db: str | None = None
    debug: bool = False
    key_file: Path | None = None


state = _State()
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

app = typer.Typer(
    name="casetrail",
    help="Turn human-rights reports into verified, source-attributed case files.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
documents_app = typer.Typer(help="List and read stored documents.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
app.add_typer(documents_app, name="documents")
app.add_typer(audit_app, name="audit")

JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def _version(value: bool) -> None:
    if value:
        print(f"casetrail {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="CASETRAIL_DB",
            help="SQLite file or SQLAlchemy URL (default: a file in the user data folder).",
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    key_file: Annotated[
        Path | None,
        typer.Option(
            "--key-file",
            envvar="CASETRAIL_KEY_FILE",
            help="Key file of an encrypted store (instead of a passphrase).",
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    state.db = db
    state.debug = debug
    state.key_file = key_file


def _settings(max_bytes: int | None = None) -> Settings:
    """Settings for this invocation; asks for the passphrase of an encrypted store when a
    person is at the terminal and none was given."""
    source = KeySource(key_file=state.key_file) if state.key_file else None
    settings = Settings.resolve(state.db, max_bytes=max_bytes, key_source=source)
    if settings.key_source is None and settings.keyring_path.is_file() and sys.stdin.isatty():
        passphrase = getpass.getpass("passphrase: ")
        settings = dataclasses.replace(settings, key_source=KeySource(passphrase=passphrase))
    return settings


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


@app.command()
def init(
    no_encryption: Annotated[
        bool,
        typer.Option(
            "--no-encryption",
            help="Keep the store unencrypted (only for data that endangers nobody).",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Create (or upgrade) the store: an encrypted database and store of original bytes,
    under a passphrase (asked, or CASETRAIL_PASSPHRASE) or a key file (--key-file)."""
    settings = _settings()
    fresh = not settings.keyring_path.is_file() and not (
        settings.sqlite_path is not None and settings.sqlite_path.is_file()
    )
    if fresh and not no_encryption and settings.key_source is None:
        if not sys.stdin.isatty():
            raise ConfigError(
                "an encrypted store needs a passphrase: set CASETRAIL_PASSPHRASE, "
                "use --key-file, or pass --no-encryption"
            )
        first = getpass.getpass("new passphrase: ")
        if len(first) < 12:
            raise ConfigError("use a passphrase of at least 12 characters")
        if getpass.getpass("repeat it: ") != first:
            raise ConfigError("the passphrases differ; nothing was created")
        settings = dataclasses.replace(settings, key_source=KeySource(passphrase=first))
    with Store.open(settings, create=True, encrypt=not no_encryption) as store:
        revision = store.current_revision()
        encrypted = store.encrypted
    info = {
        "database": settings.describe_database(),
        "blobs": str(settings.blob_dir),
        "schema": revision,
        "encrypted": encrypted,
    }
    if as_json:
        _print_json(info)
    else:
        out.print(f"casetrail store ready: {escape(settings.describe_database())}")
        out.print(f"original bytes kept in: {escape(str(settings.blob_dir))}")
        out.print(
            "encrypted at rest"
            if encrypted
            else "NOT encrypted (--no-encryption): do not keep sensitive records here"
        )


def _ingest_with_progress(store: Store, items: list[str], show: bool) -> list[IngestResult]:
    results: list[IngestResult] = []
    if not show:
        return [ingest_one(store, item) for item in items]
    with Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=len(items))
        for item in items:
            progress.update(task, description=escape(Path(item).name[:40]))
            results.append(ingest_one(store, item))
            progress.advance(task)
    return results


@app.command()
def ingest(
    sources: Annotated[
        list[str], typer.Argument(help="Files, folders (walked recursively) or http(s) URLs.")
    ],
    max_size: Annotated[
        int | None,
        typer.Option("--max-size", help="Refuse inputs over this many bytes (default 50 MB)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Ingest reports: keep the original bytes, store their readable text."""
    settings = _settings(max_bytes=max_size)
    with Store.open(settings) as store:
        items = expand_sources(sources)
        if not items:
            raise ConfigError("nothing to ingest: the folders given hold no files")
        show_progress = not as_json and len(items) > 1 and err.is_terminal
        results = _ingest_with_progress(store, items, show_progress)
    counts = {outcome.value: sum(r.outcome is outcome for r in results) for outcome in Outcome}
    if as_json:
        _print_json({"results": [r.as_dict() for r in results], **counts})
    else:
        for result in results:
            _print_result(result)
        if len(results) > 1:
            out.print(
                f"{counts['stored']} stored, {counts['duplicate']} duplicate, "
                f"{counts['failed']} failed"
            )
    if counts["failed"]:
        raise typer.Exit(1)


def _print_result(result: IngestResult) -> None:
    source = escape(result.source)
    if result.outcome is Outcome.FAILED:
        err.print(f"failed     {source}: {escape(result.message)}")
    elif result.outcome is Outcome.DUPLICATE:
        out.print(f"duplicate  {source}: {escape(result.message)}")
    else:
        title = escape(result.title or "(untitled)")
        out.print(f"stored     {source} → document {result.document_id}: {title}")


def _documents_table(rows: list[DocumentSummary]) -> Table:
    table = Table(show_lines=False)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("outlet", overflow="ellipsis", max_width=22, no_wrap=True)
    table.add_column("lang", no_wrap=True)
    table.add_column("words", justify="right", no_wrap=True)
    table.add_column("title", overflow="fold", min_width=30)
    for row in rows:
        table.add_row(
            str(row.id),
            row.published.isoformat() if row.published else "—",
            escape(row.outlet or "—"),
            row.language or "—",
            str(row.words),
            escape(row.title or "(untitled)"),
        )
    return table


@documents_app.command("list")
def documents_list(
    limit: Annotated[int, typer.Option(help="How many to show.", min=1)] = 100,
    offset: Annotated[int, typer.Option(help="How many to skip.", min=0)] = 0,
    as_json: JsonOption = False,
) -> None:
    """List stored documents, newest first."""
    with Store.open(_settings()) as store:
        rows = list_documents(store, limit=limit, offset=offset)
        total = count_documents(store)
    if as_json:
        _print_json({"total": total, "documents": [row.as_dict() for row in rows]})
        return
    if not rows:
        out.print("no documents yet; add some with `casetrail ingest PATH_OR_URL`")
        return
    out.print(_documents_table(rows))
    if total > len(rows) + offset:
        out.print(f"showing {len(rows)} of {total}; use --offset/--limit for more")


@documents_app.command("show")
def documents_show(
    document_id: Annotated[int, typer.Argument(help="Document id (see `documents list`).")],
    as_json: JsonOption = False,
) -> None:
    """Show one document's metadata, provenance and text."""
    with Store.open(_settings()) as store:
        document = get_document(store, document_id)
    data = document_as_dict(document)
    if as_json:
        _print_json(data)
        return
    out.print(f"[bold]{escape(document.title or '(untitled)')}[/bold]")
    for label in ("byline", "outlet", "published", "language", "source_url", "media_type"):
        if data[label]:
            out.print(f"{label:>11}: {escape(str(data[label]))}", soft_wrap=True)
    out.print(f"{'sha256':>11}: {document.sha256}", soft_wrap=True)
    for capture in data["captures"]:
        out.print(
            f"{'capture':>11}: {escape(capture['source'])} by {escape(capture['ingested_by'])} "
            f"at {capture['captured_at']} ({capture['size_bytes']:,} bytes, "
            f"sha256 {capture['sha256'][:12]}…)",
            soft_wrap=True,
        )
    out.print()
    out.print(escape(document.text), soft_wrap=True)


def _print_extraction_summary(title: str, extraction: Extraction) -> None:
    names = {e.id: e.name for e in extraction.entities}
    participants = [e for e in extraction.entities if e.is_participant]
    out.print(f"[bold]{escape(title)}[/bold]")
    for warning in extraction.warnings:
        err.print(f"warning: {escape(warning)}")
    for kind in ("person", "organisation", "place"):
        found = [e.name for e in participants if e.kind == kind]
        if found:
            out.print(f"  {kind + 's':>14}: {escape(', '.join(found))}")
    for act in extraction.acts:
        when = act.date.value.value if act.date and act.date.value.value else "date ?"
        victims = ", ".join(names[v] for v in act.victims) or "?"
        out.print(f"  {'act':>14}: {act.act_type} ({when}) victims: {escape(victims)}")
    for claim in extraction.claims:
        speaker = names.get(claim.speaker_id or -1, claim.speaker_text) or "?"
        out.print(
            f"  {'claim':>14}: {escape(speaker)} — {claim.stance}: "
            f"{escape(claim.content.text[:90])}"
        )


@app.command("extract")
def extract_command(
    document_id: Annotated[int | None, typer.Argument(help="Document id.")] = None,
    all_documents: Annotated[bool, typer.Option("--all", help="Every stored document.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Propose entities, dates, acts, claims and roles for review (stored as proposals)."""
    if (document_id is None) == (not all_documents):
        raise ConfigError("give one document id or --all")
    with Store.open(_settings()) as store:
        ids = document_ids(store) if all_documents else [document_id or 0]
        summary = []
        show = not as_json and len(ids) > 1 and err.is_terminal
        with Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err,
            transient=True,
            disable=not show,
        ) as progress:
            task = progress.add_task("", total=len(ids))
            for each, extraction, count in extract_documents(store, ids):
                summary.append(
                    {
                        "document_id": each,
                        "proposals": count,
                        "warnings": extraction.warnings,
                        "extraction": extraction.as_dict() if as_json else None,
                    }
                )
                progress.advance(task)
                if not as_json:
                    out.print(
                        f"document {each}: {count} proposals pending review"
                        + (f" ({'; '.join(extraction.warnings)})" if extraction.warnings else "")
                    )
    if as_json:
        _print_json({"documents": summary})


@app.command("extract-file")
def extract_file_command(
    path: Annotated[Path, typer.Argument(help="A report file (any ingestible format).")],
    as_json: JsonOption = False,
) -> None:
    """Read a report and print what extraction proposes, storing nothing."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from exc
    report = parse(data, filename=path.name)
    extraction = extract_text(report.text, report.published)
    if as_json:
        _print_json(
            {
                "title": report.title,
                "published": report.published,
                "text": report.text,
                **extraction.as_dict(),
            }
        )
    else:
        _print_extraction_summary(report.title or path.name, extraction)


@audit_app.command("verify")
def audit_verify(as_json: JsonOption = False) -> None:
    """Recompute the audit chain and name the first altered or missing entry."""
    with Store.open(_settings()) as store, store.session() as session:
        report = audit_log.verify(session)
    if as_json:
        _print_json(
            {
                "ok": report.ok,
                "entries": report.entries,
                "first_bad": report.first_bad,
                "reason": report.reason,
            }
        )
    elif report.ok:
        out.print(f"audit log intact: {report.entries} entries")
    else:
        err.print(f"audit log broken at entry {report.first_bad}: {report.reason}")
    if not report.ok:
        raise typer.Exit(1)

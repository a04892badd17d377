"""CLI for review, people and cases: thin shells over casetrail.review and casetrail.cases."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from casetrail.cases import (
    add_to_case,
    case_overview,
    contested_claims,
    create_case,
    list_cases,
    suggest_cases,
    timeline,
)
from casetrail.cases.service import TimelineEntry
from casetrail.cli.app import (
    JsonOption,
    _documents_table,
    _print_json,
    _settings,
    app,
    err,
    out,
)
from casetrail.config import Settings, default_data_dir
from casetrail.demo import ACCEPT_AT, run_demo
from casetrail.errors import ConfigError
from casetrail.ingest import Outcome
from casetrail.model import Proposal
from casetrail.review import (
    accept,
    accept_all_above,
    edit,
    merge,
    merge_candidates,
    reject,
    review_queue,
    split,
    undo_merge,
)
from casetrail.store import Store
from casetrail.store import audit as audit_log
from casetrail.store.documents import list_documents

people_app = typer.Typer(
    help="People across reports: candidates, merge, undo, split.", no_args_is_help=True
)
case_app = typer.Typer(
    help="Case files: create, add, show, timeline, suggest.", no_args_is_help=True
)
app.add_typer(people_app, name="people")
app.add_typer(case_app, name="case")

HELP = (
    "a = accept, e = edit (field=value …), r = reject, s = skip, q = quit; "
    "editable: name, act_type, date, role, stance, span_start, span_end"
)


def describe(proposal: Proposal) -> str:
    """One line a reviewer can judge a proposal by."""
    payload = proposal.payload
    kind = proposal.kind.value
    if kind == "act":
        date = (payload.get("date") or {}).get("value") or "date ?"
        victims = ", ".join(v["name"] for v in payload.get("victims") or [] if v) or "?"
        return f"act {payload.get('act_type')} ({date}) victims: {victims} — “{proposal.text}”"
    if kind == "claim":
        speaker = (payload.get("speaker") or {}).get("name") or payload.get("speaker_text")
        content = (payload.get("content") or {}).get("text", "")[:100]
        return f"claim by {speaker}: {payload.get('stance')} — “{content}”"
    if kind == "involvement":
        entity = (payload.get("entity") or {}).get("name")
        return f"role {payload.get('role')}: {entity}"
    if kind == "date":
        return f"date “{proposal.text}” = {payload.get('value') or 'unresolved'}"
    return f"{kind} {payload.get('name') or proposal.text}"


def _parse_edits(raw: str) -> dict[str, Any]:
    edits: dict[str, Any] = {}
    for part in raw.split():
        if "=" not in part:
            raise ConfigError(f"edits are field=value, got {part!r}")
        key, value = part.split("=", 1)
        edits[key] = (
            int(value)
            if key in {"span_start", "span_end"}
            else value.replace("_", " ")
            if key == "name"
            else value
        )
    return edits


@app.command("review")
def review_command(
    document_id: Annotated[int, typer.Argument(help="Document whose proposals to review.")],
    accept_above: Annotated[
        float | None,
        typer.Option(
            "--accept-all-above",
            help="Accept every pending proposal at or above this confidence.",
            min=0.0,
            max=1.0,
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Review a document's proposals: accept, edit or reject each (nothing counts until then)."""
    with Store.open(_settings()) as store:
        if accept_above is not None:
            decisions = accept_all_above(store, document_id, accept_above)
            if as_json:
                _print_json({"accepted": [d.as_dict() for d in decisions]})
            else:
                out.print(f"accepted {len(decisions)} proposals at or above {accept_above}")
            return
        queue = review_queue(store, document_id)
        if as_json:
            _print_json(
                {
                    "pending": [
                        {
                            "id": p.id,
                            "kind": p.kind.value,
                            "text": p.text,
                            "confidence": p.confidence,
                            "summary": describe(p),
                        }
                        for p in queue
                    ]
                }
            )
            return
        if not queue:
            out.print("nothing pending for this document")
            return
        out.print(f"{len(queue)} proposals pending. {HELP}")
        counts = {"accepted": 0, "edited": 0, "rejected": 0, "skipped": 0}
        for index, proposal in enumerate(queue, 1):
            current = next(
                (p for p in review_queue(store, document_id) if p.id == proposal.id), None
            )
            if current is None:
                continue  # accepted already because an act needed it
            out.print(
                f"[{index}/{len(queue)}] #{current.id} ({current.confidence:.2f}) "
                f"{escape(describe(current))}"
            )
            while True:
                answer = typer.prompt("a/e/r/s/q", default="s", show_default=False).strip()
                if answer in {"a", "e", "r", "s", "q"}:
                    break
                out.print(HELP)
            if answer == "q":
                break
            if answer == "s":
                counts["skipped"] += 1
            elif answer == "a":
                accept(store, current.id)
                counts["accepted"] += 1
            elif answer == "r":
                reason = typer.prompt("reason (optional)", default="", show_default=False)
                reject(store, current.id, reason=reason or None)
                counts["rejected"] += 1
            else:
                edit(store, current.id, _parse_edits(typer.prompt("field=value …")))
                counts["edited"] += 1
        out.print(", ".join(f"{v} {k}" for k, v in counts.items()))


@people_app.command("candidates")
def people_candidates(
    threshold: Annotated[float, typer.Option(help="Lowest score to show.")] = 0.7,
    as_json: JsonOption = False,
) -> None:
    """Person records that may be the same person, with score and evidence."""
    with Store.open(_settings()) as store:
        found = merge_candidates(store, threshold=threshold)
    if as_json:
        _print_json({"candidates": [c.as_dict() for c in found]})
        return
    if not found:
        out.print("no merge candidates")
    for candidate in found:
        out.print(
            f"{candidate.score:.2f}  #{candidate.left_id} {escape(candidate.left_name)} ~ "
            f"#{candidate.right_id} {escape(candidate.right_name)}: "
            f"{escape('; '.join(candidate.evidence))}"
        )


@people_app.command("merge")
def people_merge(source: int, target: int, as_json: JsonOption = False) -> None:
    """Merge person SOURCE into TARGET (undo with `people undo-merge`)."""
    with Store.open(_settings()) as store:
        merge_id = merge(store, source, target)
    if as_json:
        _print_json({"merge_id": merge_id})
    else:
        out.print(f"merged person {source} into {target} (merge {merge_id})")


@people_app.command("undo-merge")
def people_undo_merge(merge_id: int) -> None:
    """Undo a merge."""
    with Store.open(_settings()) as store:
        undo_merge(store, merge_id)
    out.print(f"merge {merge_id} undone")


@people_app.command("split")
def people_split(
    person_id: int,
    documents: Annotated[
        list[int], typer.Option("--document", "-d", help="Documents naming the other person.")
    ],
    name: Annotated[str | None, typer.Option(help="Name of the new record.")] = None,
) -> None:
    """Split a record that conflates two people: mentions in DOCUMENTS go to a new record."""
    with Store.open(_settings()) as store:
        new_id = split(store, person_id, documents, name=name)
    out.print(f"person {new_id} created from person {person_id}")


@case_app.command("new")
def case_new(
    title: str, summary: Annotated[str | None, typer.Option()] = None, as_json: JsonOption = False
) -> None:
    """Open a new case."""
    with Store.open(_settings()) as store:
        case_id = create_case(store, title, summary=summary)
    if as_json:
        _print_json({"case_id": case_id})
    else:
        out.print(f"case {case_id}: {escape(title)}")


@case_app.command("add")
def case_add(
    case_id: int,
    documents: Annotated[list[int] | None, typer.Option("--document", "-d")] = None,
    persons: Annotated[list[int] | None, typer.Option("--person", "-p")] = None,
    acts: Annotated[list[int] | None, typer.Option("--act", "-a")] = None,
    as_json: JsonOption = False,
) -> None:
    """Add documents (with their accepted acts and people), people or acts to a case."""
    if not (documents or persons or acts):
        raise ConfigError("add at least one --document, --person or --act")
    with Store.open(_settings()) as store:
        added = add_to_case(store, case_id, documents=documents, persons=persons, acts=acts)
    if as_json:
        _print_json(added)
    else:
        out.print(", ".join(f"{v} {k} added" for k, v in added.items()))


@case_app.command("list")
def case_list(as_json: JsonOption = False) -> None:
    """List cases."""
    with Store.open(_settings()) as store:
        rows = list_cases(store)
    if as_json:
        _print_json({"cases": rows})
        return
    for row in rows:
        out.print(
            f"{row['id']:>4}  {escape(row['title'])}  ({row['documents']} documents, "
            f"{row['acts']} acts, {row['persons']} people)"
        )


@case_app.command("show")
def case_show(case_id: int, as_json: JsonOption = False) -> None:
    """A case's documents, people and acts."""
    with Store.open(_settings()) as store:
        overview = case_overview(store, case_id)
    if as_json:
        _print_json(overview)
        return
    out.print(f"[bold]case {overview['id']}: {escape(overview['title'])}[/bold]")
    out.print("people: " + escape(", ".join(p["name"] for p in overview["persons"]) or "—"))
    out.print(f"acts: {overview['acts']}")
    for document in overview["documents"]:
        out.print(
            f"  document {document['document_id']}: {escape(document['title'] or '')} "
            f"({document['outlet'] or '?'}, {document['published'] or 'undated'})"
        )


def _when(entry: TimelineEntry) -> str:
    if entry.start is None:
        return "undated"
    if entry.precision == "day":
        return entry.start.isoformat()
    if entry.precision == "month":
        return entry.start.isoformat()[:7] + " (month)"
    if entry.precision == "year":
        return f"{entry.start.year} (year)"
    if entry.precision == "since":
        return f"since {entry.start.isoformat()}"
    return f"{entry.start.isoformat()} – {entry.end.isoformat() if entry.end else '?'}"


@case_app.command("timeline")
def case_timeline(case_id: int, as_json: JsonOption = False) -> None:
    """The case's acts and claims in date order, with uncertainty, conflicts and the claims
    about each act side by side."""
    with Store.open(_settings()) as store:
        entries = timeline(store, case_id)
        sides = contested_claims(store, case_id)
    if as_json:
        _print_json(
            {
                "timeline": [e.as_dict() for e in entries],
                "contested_claims": json.loads(json.dumps(sides, default=str)),
            }
        )
        return
    print_timeline(entries, sides)


def print_timeline(entries: list[TimelineEntry], sides: list[dict[str, Any]]) -> None:
    table = Table(title="timeline", show_lines=False)
    for column in ("when", "what", "details", "source"):
        table.add_column(column, overflow="fold")
    for entry in entries:
        detail = entry.detail
        if entry.kind == "act":
            text = ", ".join(
                filter(
                    None,
                    [
                        ("victims: " + ", ".join(detail["victims"])) if detail["victims"] else "",
                        ("by " + ", ".join(detail["perpetrators"]))
                        if detail["perpetrators"]
                        else "",
                        f"at {detail['place']}" if detail["place"] else "",
                    ],
                )
            )
            if entry.conflicts_with:
                text += f" [conflicts with act {', '.join(map(str, entry.conflicts_with))}]"
        else:
            text = detail["content"][:120]
        source = entry.source
        table.add_row(
            _when(entry),
            escape(entry.label),
            escape(text),
            escape(f"{source.get('outlet') or '?'} {source.get('published') or ''}"),
        )
    out.print(table)
    for act in sides:
        if not any(act[s] for s in ("allegation", "confirmation", "denial", "characterisation")):
            continue
        flag = " (contested)" if act["contested"] else ""
        out.print(f"[bold]{escape(act['act'])}[/bold] act {act['act_id']}{flag}")
        for stance in ("allegation", "confirmation", "denial", "characterisation"):
            for claim in act[stance]:
                out.print(
                    f"  {stance:>16}: {escape(claim['speaker'])} — "
                    f"“{escape(claim['content'][:100])}” "
                    f"({escape(str(claim['source'].get('outlet')))}, {claim['date']})"
                )


@case_app.command("suggest")
def case_suggest(document_id: int, as_json: JsonOption = False) -> None:
    """Which existing cases a document probably belongs to, and why."""
    with Store.open(_settings()) as store:
        found = suggest_cases(store, document_id)
    if as_json:
        _print_json({"suggestions": [s.as_dict() for s in found]})
        return
    if not found:
        out.print("no case shares people, places or dates with this document")
    for suggestion in found:
        out.print(
            f"{suggestion.score:.1f}  case {suggestion.case_id} "
            f"{escape(suggestion.title)}: {escape('; '.join(suggestion.reasons))}"
        )


DEMO_MARKER = ".casetrail-demo"


def _fresh_demo_dir(folder: Path) -> Path:
    """Empty ``folder`` for a new demo, but only if it is ours (holds the marker)."""
    if folder.exists():
        if not (folder / DEMO_MARKER).is_file():
            if any(folder.iterdir()):
                raise ConfigError(
                    f"{folder} is not empty and not a casetrail demo folder; choose another --dir"
                )
        else:
            shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DEMO_MARKER).write_text("casetrail demo data; safe to delete\n")
    return folder


@app.command()
def demo(
    folder: Annotated[
        Path | None,
        typer.Option("--dir", help="Where to build the demo (default: the user data folder)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Build a fresh demo database from the sample reports: ingest, extract, review
    shortcuts, people across reports, cases, and one case's timeline."""
    target = _fresh_demo_dir((folder or default_data_dir() / "demo").expanduser().resolve())
    settings = Settings.resolve(target / "demo.db")
    with Store.open(settings, create=True) as store:
        if not as_json and err.is_terminal:
            err.print("building the demo (ingest, extract, review, cases)…")
        run = run_demo(store)
        rows = list_documents(store, limit=1000)
        with store.session() as session:
            chain = audit_log.verify(session)
        entries = timeline(store, run.showcase_case) if run.showcase_case else []
        sides = contested_claims(store, run.showcase_case) if run.showcase_case else []
    failed = [r for r in run.ingested if r.outcome is Outcome.FAILED]
    if as_json:
        _print_json(
            {
                "database": settings.describe_database(),
                "ingested": [r.as_dict() for r in run.ingested],
                "documents": [row.as_dict() | {"proposals": run.proposals[row.id]} for row in rows],
                "auto_accepted": run.accepted,
                "merges": run.merges,
                "cases": run.cases,
                "showcase_case": run.showcase_case,
                "timeline": [e.as_dict() for e in entries],
                "contested_claims": json.loads(json.dumps(sides, default=str)),
                "audit_entries": chain.entries,
                "audit_intact": chain.ok,
            }
        )
    else:
        out.print(f"demo database: {escape(settings.describe_database())}")
        out.print(
            f"ingested {len(run.ingested) - len(failed)} of {len(run.ingested)} sample reports"
        )
        out.print(_documents_table(rows))
        out.print(f"extraction: {sum(run.proposals.values())} proposals made")
        out.print(
            f"review: auto-accepted {run.accepted} proposals with confidence ≥ "
            f"{ACCEPT_AT} (a demo shortcut; in real work a person reviews each one with "
            "`casetrail review DOC_ID`)"
        )
        for item in run.merges:
            out.print(
                f"people: merged “{escape(item['right']['name'])}” into "
                f"“{escape(item['left']['name'])}” (score {item['score']}: "
                f"{escape('; '.join(item['evidence']))})"
            )
        out.print(f"cases: {len(run.cases)} opened from documents that share victims")
        for case in run.cases:
            out.print(
                f"  case {case['id']}: {escape(case['title'])} ({case['documents']} "
                f"documents, {case['acts']} acts)"
            )
        if run.showcase_case:
            out.print(f"\n[bold]case {run.showcase_case} timeline[/bold]")
            print_timeline(entries, sides)
        out.print(f"audit log: {chain.entries} entries, chain {'intact' if chain.ok else 'BROKEN'}")
        out.print(
            f"try: casetrail --db {escape(str(target / 'demo.db'))} case timeline "
            f"{run.showcase_case or 1}"
        )
    if failed:
        for result in failed:
            err.print(f"failed {escape(result.source)}: {escape(result.message)}")
        raise typer.Exit(1)

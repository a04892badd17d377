"""Review decisions and their audit, people across reports, cases, timelines."""

from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest
from sqlalchemy import select

from casetrail.cases import (
    add_to_case,
    contested_claims,
    create_case,
    suggest_cases,
    timeline,
)
from casetrail.extract import extract_document
from casetrail.ingest import ingest_bytes, ingest_file
from casetrail.model import (
    Act,
    AuditEntry,
    Case,
    Claim,
    DatePrecision,
    Involvement,
    Mention,
    Person,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Role,
    Stance,
)
from casetrail.review import (
    ReviewError,
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
from casetrail.review.names import name_key, name_similarity
from casetrail.review.resolve import canonical_id
from casetrail.store import Store
from tests.conftest import FIXTURE_MD, run_cli, snapshot


@pytest.fixture
def reviewed(store: Store) -> tuple[Store, int]:
    result = ingest_file(store, FIXTURE_MD)
    assert result.document_id is not None
    extract_document(store, result.document_id)
    return store, result.document_id


def _proposal(store: Store, document_id: int, kind: ProposalKind, **payload: object) -> Proposal:
    for proposal in review_queue(store, document_id):
        if proposal.kind is kind and all(proposal.payload.get(k) == v for k, v in payload.items()):
            return proposal
    raise AssertionError(f"no {kind} proposal with {payload}")


def _april_arrest(store: Store, document_id: int) -> Proposal:
    for proposal in review_queue(store, document_id):
        if (
            proposal.kind is ProposalKind.ACT
            and proposal.payload["act_type"] == "arbitrary_detention"
            and (proposal.payload.get("date") or {}).get("value") == "2020-04"
        ):
            return proposal
    raise AssertionError("the April 2020 arrest was not proposed")


def test_accepting_an_act_accepts_its_entities_and_records_who(reviewed: tuple[Store, int]) -> None:
    store, document_id = reviewed
    proposal = _april_arrest(store, document_id)
    decision = accept(store, proposal.id, actor="maria")
    assert decision.status == "accepted" and decision.record is not None
    with store.session() as session:
        act = session.get(Act, decision.record["id"])
        assert act is not None
        assert (act.act_type, act.date_start, act.date_end, act.date_precision) == (
            "arbitrary_detention",
            date(2020, 4, 1),
            date(2020, 4, 30),
            DatePrecision.MONTH,
        )
        victims = {i.person.name for i in act.involvements if i.role is Role.VICTIM and i.person}
        assert victims == {"Salekh Magamadov", "Ismail Isayev"}
        perpetrators = {
            i.organisation.name
            for i in act.involvements
            if i.role is Role.PERPETRATOR and i.organisation
        }
        assert perpetrators == {"Chechen special police"}
        implied = session.scalars(
            select(Proposal).where(
                Proposal.kind == ProposalKind.PERSON, Proposal.status == ProposalStatus.ACCEPTED
            )
        ).all()
        assert {p.payload["name"] for p in implied} == victims
        assert all(p.decided_by == "maria" and p.decided_at is not None for p in implied)
        mentions = session.scalars(select(Mention).where(Mention.person_id.is_not(None))).all()
        text = act.document_id and session.get(Proposal, proposal.id).document.text  # type: ignore[union-attr]
        assert mentions and all(text[m.span_start : m.span_end] == m.text for m in mentions)
        entries = session.scalars(select(AuditEntry).where(AuditEntry.actor == "maria")).all()
        assert {e.action for e in entries} == {"proposal.accept"}
        assert len(entries) == 1 + len(implied) + 1  # act, its victims, the perpetrator


def test_nothing_counts_before_review_and_reject_is_recorded(reviewed: tuple[Store, int]) -> None:
    store, document_id = reviewed
    with store.session() as session:
        assert session.scalars(select(Person)).all() == []
        assert session.scalars(select(Act)).all() == []
    proposal = _proposal(store, document_id, ProposalKind.PERSON, name="Ramzan Kadyrov")
    reject(store, proposal.id, actor="ali", reason="not a participant here")
    with store.session() as session:
        row = session.get(Proposal, proposal.id)
        assert row is not None and row.status is ProposalStatus.REJECTED
        assert row.decided_by == "ali" and row.payload["rejection_reason"]
        assert session.scalars(select(Person)).all() == []
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "proposal.reject")
        ).one()
        assert entry.actor == "ali" and entry.target_id == proposal.id
    with pytest.raises(ReviewError, match="already rejected"):
        accept(store, proposal.id)


def test_edits_change_type_date_and_role_and_bad_edits_change_nothing(
    reviewed: tuple[Store, int],
) -> None:
    store, document_id = reviewed
    proposal = _april_arrest(store, document_id)
    before = snapshot(store)
    for bad in (
        {"act_type": "jaywalking"},
        {"date": "April-ish"},
        {"span_end": 10**9},
        {"colour": "red"},
    ):
        with pytest.raises(ReviewError):
            edit(store, proposal.id, bad)
    assert snapshot(store) == before
    decision = edit(
        store,
        proposal.id,
        {"act_type": "abduction_disappearance", "date": "2020-04-02"},
        actor="maria",
    )
    assert decision.status == "edited"
    with store.session() as session:
        act = session.get(Act, decision.record["id"])  # type: ignore[index]
        assert act is not None and act.act_type == "abduction_disappearance"
        assert (act.date_start, act.date_precision) == (date(2020, 4, 2), DatePrecision.DAY)
    role = next(
        p
        for p in review_queue(store, document_id)
        if p.kind is ProposalKind.INVOLVEMENT and p.payload["role"] == "source"
    )
    edited = edit(store, role.id, {"role": "intervening party"})
    assert edited.status == "edited"


def test_claims_link_to_accepted_acts_with_speaker_and_stance(reviewed: tuple[Store, int]) -> None:
    store, document_id = reviewed
    accept_all_above(store, document_id, 0.0, actor="bulk")
    assert review_queue(store, document_id) == []
    with store.session() as session:
        claims = session.scalars(select(Claim)).all()
        dudayev = [
            c
            for c in claims
            if c.speaker_person_id
            and session.get(Person, c.speaker_person_id).name == "Akhmed Dudayev"
        ]  # type: ignore[union-attr]
        assert dudayev and dudayev[0].stance is Stance.ALLEGATION
        assert dudayev[0].claim_date == date(2021, 2, 7)
        assert dudayev[0].channel_organisation_id is not None
        assert any(c.stance is Stance.DENIAL and c.acts for c in claims)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Ismail Isayev", "Isaev"),
        ("Isayev", "Исаев"),
        ("Isaiev", "Isayev"),
        ("Salekh Magamadov", "Magamadow"),
        ("Салех Магамадов", "Salekh Magamadov"),
        ("Mohammed Hassan", "Muhammad Hasan"),
    ],
)
def test_transliterations_fold_to_one_surname(left: str, right: str) -> None:
    a, b = name_key(left), name_key(right)
    assert a.surname == b.surname
    score, reasons = name_similarity(a, b)
    assert score >= 0.75 and "same surname after transliteration folding" in reasons


def test_different_given_names_are_not_one_person() -> None:
    score, reasons = name_similarity(name_key("Ruslan Isayev"), name_key("Ismail Isayev"))
    assert score < 0.5 and "different given names" in reasons


def _person(store: Store, name: str, case_title: str, document_text: str) -> int:
    result = ingest_bytes(store, document_text.encode(), source=f"{name}.txt")
    with store.session() as session:
        person = Person(name=name, aliases=[])
        session.add(person)
        session.flush()
        session.add(
            Mention(
                document_id=result.document_id,
                person_id=person.id,
                span_start=0,
                span_end=len(name),
                text=name,
            )
        )
        person_id = person.id
    case_id = create_case(store, case_title)
    add_to_case(store, case_id, documents=[result.document_id or 0], persons=[person_id])
    return person_id


def test_spellings_across_reports_are_proposed_and_same_surname_elsewhere_is_not(
    store: Store,
) -> None:
    ismail = _person(store, "Ismail Isayev", "Chechnya 2021", "Ismail Isayev was detained.")
    with store.session() as session:
        case_id = session.scalars(select(Case.id)).one()
    cyrillic = ingest_bytes(store, "Исмаил Исаев задержан.".encode(), source="ru.txt")
    with store.session() as session:
        person = Person(name="Исмаил Исаев", aliases=["Isaev"])
        session.add(person)
        session.flush()
        session.add(
            Mention(
                document_id=cyrillic.document_id,
                person_id=person.id,
                span_start=0,
                span_end=12,
                text="Исмаил Исаев",
            )
        )
        same_id = person.id
    add_to_case(store, case_id, persons=[same_id])
    other = _person(store, "Ruslan Isayev", "Dagestan 2019", "Ruslan Isayev was beaten.")
    bare = _person(store, "Isayev", "Ingushetia 2018", "A man named Isayev was fined.")
    pairs = {(c.left_id, c.right_id): c for c in merge_candidates(store)}
    assert (ismail, same_id) in pairs
    assert "in the same case" in pairs[(ismail, same_id)].evidence
    for stranger in (other, bare):
        assert not any(stranger in pair for pair in pairs), "merged across cases silently"


def test_merge_undo_and_split(store: Store) -> None:
    first = _person(store, "Salekh Magamadov", "A", "Salekh Magamadov was detained.")
    second = _person(store, "Magamadow", "B", "Magamadow was detained.")
    merge_id = merge(store, second, first, actor="maria")
    with store.session() as session:
        assert canonical_id(session, second) == first
    undo_merge(store, merge_id, actor="maria")
    with store.session() as session:
        assert canonical_id(session, second) == second
        actions = [e.action for e in session.scalars(select(AuditEntry))]
        assert "person.merge" in actions and "person.unmerge" in actions
    with store.session() as session:
        document_id = session.scalars(
            select(Mention.document_id).where(Mention.person_id == first)
        ).one()
    new_id = split(store, first, [document_id], name="Salekh Magamadov (Grozny)")
    with store.session() as session:
        moved = session.scalars(select(Mention).where(Mention.document_id == document_id)).one()
        assert moved.person_id == new_id


def _act(
    store: Store,
    document_id: int,
    act_type: str,
    start: date,
    end: date,
    precision: DatePrecision,
    victim: int,
) -> int:
    with store.session() as session:
        act = Act(
            act_type=act_type,
            date_start=start,
            date_end=end,
            date_precision=precision,
            document_id=document_id,
        )
        session.add(act)
        session.flush()
        session.add(
            Involvement(act_id=act.id, person_id=victim, role=Role.VICTIM, document_id=document_id)
        )
        return act.id


def test_timeline_orders_mixed_precision_as_spans_and_keeps_conflicts(store: Store) -> None:
    a = ingest_bytes(store, b"Report A: he was detained on the 4th.", source="a.txt")
    b = ingest_bytes(store, b"Report B: he was detained on the 5th.", source="b.txt")
    with store.session() as session:
        victim = Person(name="Ismail Isayev", aliases=[])
        session.add(victim)
        session.flush()
        victim_id = victim.id
    doc_a, doc_b = a.document_id or 0, b.document_id or 0
    day_early = _act(
        store,
        doc_a,
        "torture_ill_treatment",
        date(2020, 6, 10),
        date(2020, 6, 10),
        DatePrecision.DAY,
        victim_id,
    )
    month = _act(
        store, doc_a, "threat", date(2020, 6, 1), date(2020, 6, 30), DatePrecision.MONTH, victim_id
    )
    day_late = _act(
        store,
        doc_a,
        "forced_return",
        date(2020, 6, 20),
        date(2020, 6, 20),
        DatePrecision.DAY,
        victim_id,
    )
    year = _act(
        store,
        doc_b,
        "persecution_campaign",
        date(2019, 1, 1),
        date(2019, 12, 31),
        DatePrecision.YEAR,
        victim_id,
    )
    fourth = _act(
        store,
        doc_a,
        "arbitrary_detention",
        date(2021, 2, 4),
        date(2021, 2, 4),
        DatePrecision.DAY,
        victim_id,
    )
    fifth = _act(
        store,
        doc_b,
        "arbitrary_detention",
        date(2021, 2, 5),
        date(2021, 2, 5),
        DatePrecision.DAY,
        victim_id,
    )
    case_id = create_case(store, "Isayev")
    add_to_case(store, case_id, acts=[day_early, month, day_late, year, fourth, fifth])
    entries = timeline(store, case_id)
    assert [e.id for e in entries] == [year, day_early, month, day_late, fourth, fifth]
    by_id = {e.id: e for e in entries}
    assert by_id[month].uncertain and by_id[month].end == date(2020, 6, 30)
    assert by_id[fourth].conflicts_with == [fifth] and by_id[fifth].conflicts_with == [fourth]
    assert by_id[fourth].source["document_id"] != by_id[fifth].source["document_id"]
    assert by_id[year].conflicts_with == []


def test_contested_claims_side_by_side(store: Store) -> None:
    result = ingest_bytes(
        store, b"The lawyer said he was tortured; the ministry denied it.", source="c.txt"
    )
    document_id = result.document_id or 0
    with store.session() as session:
        act = Act(act_type="torture_ill_treatment", document_id=document_id)
        session.add(act)
        session.flush()
        for speaker, stance in (
            ("the lawyer", Stance.ALLEGATION),
            ("the ministry", Stance.DENIAL),
            ("a rights group", Stance.CHARACTERISATION),
        ):
            claim = Claim(
                document_id=document_id,
                speaker_text=speaker,
                content="…",
                stance=stance,
                span_start=0,
                span_end=10,
            )
            session.add(claim)
            session.flush()
            claim.acts.append(act)
        act_id = act.id
    case_id = create_case(store, "contested")
    add_to_case(store, case_id, acts=[act_id])
    [row] = contested_claims(store, case_id)
    assert row["contested"] is True
    assert [c["speaker"] for c in row["allegation"]] == ["the lawyer"]
    assert [c["speaker"] for c in row["denial"]] == ["the ministry"]
    assert [c["speaker"] for c in row["characterisation"]] == ["a rights group"]


def test_case_suggestion_for_a_new_report(reviewed: tuple[Store, int]) -> None:
    store, document_id = reviewed
    accept_all_above(store, document_id, 0.75)
    case_id = create_case(store, "Magamadov and Isayev")
    add_to_case(store, case_id, documents=[document_id])
    follow_up = (
        b"Chechen Gay Men Still Held\n\nBy Staff\n\nFebruary 20, 2021\n\n"
        b"Salekh Magamadov and Ismail Isayev were detained in Grozny last week, "
        b"their lawyer said.\n"
    )
    new = ingest_bytes(store, follow_up, source="follow-up.md", filename="follow-up.md")
    extract_document(store, new.document_id or 0)
    accept_all_above(store, new.document_id or 0, 0.75)
    for candidate in merge_candidates(store):
        merge(store, candidate.right_id, candidate.left_id)
    unrelated = create_case(store, "Unrelated")
    [best, *_] = suggest_cases(store, new.document_id or 0)
    assert best.case_id == case_id and best.case_id != unrelated
    assert any("shared victims" in r for r in best.reasons)


def test_cli_review_prompt_and_timeline(
    sqlite_store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = sqlite_store
    result = ingest_file(store, FIXTURE_MD)
    document_id = result.document_id or 0
    extract_document(store, document_id)
    db = store.settings.database_url.removeprefix("sqlite:///")
    queue = review_queue(store, document_id)
    monkeypatch.setattr(sys, "stdin", io.StringIO("a\nr\nwrong\ns\nq\n"))
    code, out, err = run_cli(capsys, monkeypatch, "--db", db, "review", str(document_id))
    assert code == 0, err
    assert "1 accepted, 0 edited, 1 rejected, 1 skipped" in out
    with store.session() as session:
        assert session.get(Proposal, queue[0].id).status is ProposalStatus.ACCEPTED  # type: ignore[union-attr]
        assert session.get(Proposal, queue[1].id).status is ProposalStatus.REJECTED  # type: ignore[union-attr]
    code, out, _ = run_cli(
        capsys,
        monkeypatch,
        "--db",
        db,
        "review",
        str(document_id),
        "--accept-all-above",
        "0.75",
        "--json",
    )
    assert code == 0 and json.loads(out)["accepted"]
    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "case", "new", "Magamadov", "--json")
    case_id = json.loads(out)["case_id"]
    run_cli(capsys, monkeypatch, "--db", db, "case", "add", str(case_id), "-d", str(document_id))
    code, out, _ = run_cli(
        capsys, monkeypatch, "--db", db, "case", "timeline", str(case_id), "--json"
    )
    payload = json.loads(out)
    starts = [e["start"] for e in payload["timeline"] if e["start"]]
    assert starts == sorted(starts) or len(starts) > 1
    assert any(e["kind"] == "act" for e in payload["timeline"])
    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "case", "timeline", str(case_id))
    assert code == 0 and "timeline" in out


def test_organisation_hierarchy_from_a_unit_name(store: Store) -> None:
    result = ingest_bytes(
        store,
        b"Officers of the anti-terror branch of the Diyarbakir Police detained three journalists.",
        source="unit.txt",
    )
    document_id = result.document_id or 0
    with store.session() as session:
        proposal = Proposal(
            document_id=document_id,
            kind=ProposalKind.ORGANISATION,
            span_start=16,
            span_end=59,
            text="anti-terror branch of the Diyarbakir Police",
            payload={
                "ref": "e1",
                "name": "anti-terror branch of the Diyarbakir Police",
                "org_kind": "security force",
            },
            made_by="test",
            confidence=0.9,
        )
        session.add(proposal)
        session.flush()
        proposal_id = proposal.id
    decision = accept(store, proposal_id)
    from casetrail.model import Organisation

    with store.session() as session:
        unit = session.get(Organisation, decision.record["id"])  # type: ignore[index]
        assert unit is not None and unit.parent is not None
        assert unit.parent.name == "Diyarbakir Police"

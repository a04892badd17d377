"""The extraction rules one by one, on short sentences written for these tests (none is
taken from the gold set)."""

from __future__ import annotations

from datetime import date

from casetrail.extract import extract_text
from casetrail.extract.results import Extraction

PUBLISHED = date(2024, 3, 4)


def _run(text: str) -> Extraction:
    return extract_text(text, PUBLISHED, language="en")


def _names(result: Extraction, kind: str) -> set[str]:
    return {e.name for e in result.entities if e.kind == kind and e.is_participant}


def _claims(result: Extraction) -> list[tuple[str, str]]:
    out = []
    for claim in result.claims:
        speaker = result.entity(claim.speaker_id)
        out.append((speaker.name if speaker else claim.speaker_text, claim.stance))
    return out


def _act_types(result: Extraction) -> set[str]:
    return {a.act_type for a in result.acts}


def test_facility_names_keep_their_noun_and_are_not_towns() -> None:
    result = _run(
        "The journalist Omar Said was moved to Karsh prison last week, his lawyer said. "
        "Inmates at Karsh are held in overcrowded cells."
    )
    places = [e for e in result.entities if e.kind == "place"]
    assert [p.name for p in places] == ["Karsh prison"]
    assert places[0].place is None  # no coordinates guessed from a namesake town
    assert len(places[0].mentions) == 2


def test_a_body_that_only_declines_to_comment_is_no_participant() -> None:
    result = _run(
        "Police detained the blogger Lina Haddad in Amman on Friday, her brother said. "
        "The interior ministry did not respond to a request for comment."
    )
    organisations = {e.name: e for e in result.entities if e.kind == "organisation"}
    assert "interior ministry" in organisations
    assert not organisations["interior ministry"].is_participant
    assert "interior ministry" not in _names(result, "organisation")


def test_an_appositive_kind_of_person_makes_a_person() -> None:
    result = _run("His sister, Dilnoza Rakhimova, said he had been beaten in custody.")
    assert "Dilnoza Rakhimova" in _names(result, "person")
    assert not _names(result, "organisation") & {"Dilnoza Rakhimova", "Rakhimova"}


def test_lawfulness_is_a_denial_unless_negated() -> None:
    denial = _run("The prosecutor's office said the arrests were carried out lawfully.")
    assert [stance for _, stance in _claims(denial)] == ["denial"]
    negated = _run(
        "The rights group Open Door Watch said the arrests were not carried out lawfully."
    )
    assert [stance for _, stance in _claims(negated)] == ["allegation"]


def test_rejecting_an_official_account_is_an_allegation() -> None:
    result = _run(
        "Police said the detainee had fallen down the stairs. "
        "His wife, Sabina Aliyeva, rejected that account."
    )
    assert ("Sabina Aliyeva", "allegation") in _claims(result)


def test_a_quoted_label_characterises_but_a_quoted_verb_does_not() -> None:
    label = _run('The minister said the protesters were "paid agents of foreign powers."')
    assert [stance for _, stance in _claims(label)] == ["characterisation"]
    verb = _run('The security service said the men were "recruiting fighters" online.')
    assert [stance for _, stance in _claims(verb)] == ["allegation"]


def test_plural_bodies_of_speakers_are_named_as_the_text_names_them() -> None:
    result = _run("UN human rights experts said the detentions were arbitrary.")
    assert _claims(result) == [("UN human rights experts", "allegation")]


def test_frames_find_acts_wherever_the_words_fall() -> None:
    counsel = _run("His lawyers have been barred from visiting him since his arrest.")
    assert "denial_of_counsel" in _act_types(counsel)
    information = _run("His family was not told where he had been taken.")
    assert "denial_of_information" in _act_types(information)
    speaking_lawyer = _run("The lawyer denied that her client had confessed.")
    assert "denial_of_counsel" not in _act_types(speaking_lawyer)


def test_weak_cues_need_people_as_their_victims() -> None:
    people = _run("Relatives of the missing men gathered outside the court on Monday.")
    assert "abduction_disappearance" in _act_types(people)
    things = _run("Several missing documents were found in the archive on Monday.")
    assert "abduction_disappearance" not in _act_types(things)


def test_quoted_as_saying_names_the_speaker_and_the_channel() -> None:
    result = _run(
        "The interior ministry was quoted by the state newspaper Al-Fajr as saying that it "
        "had no record of the journalist's arrest."
    )
    assert _claims(result) == [("interior ministry", "denial")]
    channel = result.entity(result.claims[0].channel_id)
    assert channel is not None and channel.name == "Al-Fajr" and not channel.is_participant


def test_withholding_is_no_denial_and_held_suspects_are_no_victims() -> None:
    withheld = _run("Families said the new law would deny them justice.")
    assert [stance for _, stance in _claims(withheld)] == ["allegation"]
    suspects = _run("Police said on Monday they had detained two suspects in the killing.")
    assert "arbitrary_detention" not in _act_types(suspects)


def test_officers_who_seize_things_are_not_victims() -> None:
    result = _run("Plainclothes officers searched the flat on Tuesday and seized two laptops.")
    assert "abduction_disappearance" not in _act_types(result)

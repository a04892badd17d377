"""The gold set is well formed: every report annotated in the documented format, act ids
from the vocabulary, date values that parse, and a third of it held out."""

from __future__ import annotations

from pathlib import Path

import pytest

from casetrail.extract.dates import parse_value
from casetrail.extract.evaluation import GoldDocument, load_gold
from casetrail.extract.vocabulary import act_types

GOLD = Path(__file__).resolve().parent / "gold"
ROLES = {"victim", "perpetrator", "source", "intervening party", "official"}
STANCES = {"allegation", "denial", "confirmation", "characterisation"}
DOCUMENTS = [*load_gold(GOLD / "dev"), *load_gold(GOLD / "test"), *load_gold(GOLD)]


def test_the_set_is_large_enough_and_a_third_is_held_out() -> None:
    dev, test = load_gold(GOLD / "dev"), load_gold(GOLD / "test")
    assert len(dev) + len(test) >= 30
    assert len(test) * 3 >= len(dev) + len(test) - 1
    assert not {d.name for d in dev} & {d.name for d in test}
    for folder in ("dev", "test"):
        reports = {p.stem for p in (GOLD / folder).glob("*.md")}
        annotations = {p.stem for p in (GOLD / folder).glob("*.json")}
        assert reports == annotations, folder


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d.name for d in DOCUMENTS])
def test_annotation_follows_the_documented_format(document: GoldDocument) -> None:
    gold = document.annotation
    assert document.text_path.is_file()
    assert document.published  # a valid ISO date
    assert set(gold["entities"]) <= {"person", "organisation", "place"}
    assert set(gold["acts"]) <= set(act_types()), "act ids come from casetrail/data/acts.json"
    for text, value in gold["dates"]:
        assert text in document.text_path.read_text("utf-8"), text
        assert value is None or parse_value(value) is not None, value
    for name, role in gold["roles"]:
        assert role in ROLES and name
    for speaker, stance in gold["claims"]:
        assert stance in STANCES and speaker


def test_scoring_breaks_entities_down_by_kind_and_claims_by_speaker() -> None:
    """The bench's breakdowns: persons and organisations apart, claim speakers found
    whatever their stance, and the stances confused for a found speaker."""
    from casetrail.extract.evaluation import Scores, score_document
    from casetrail.extract.results import ClaimMention, Entity, Extraction, Mention

    here = Mention(0, 4, "text")
    extraction = Extraction(
        language="en",
        entities=[
            Entity(1, "person", "Amina Yusuf", [here]),
            Entity(2, "organisation", "police", [here], org_kind="security force"),
            Entity(3, "organisation", "Daily Star", [here], org_kind="media"),
        ],
        claims=[
            ClaimMention(1, 2, "police", "said", here, "allegation", here),
            ClaimMention(2, 1, "Amina Yusuf", "said", here, "allegation", here),
        ],
    )
    gold = {
        "entities": {"person": ["Amina Yusuf", "Bello Musa"], "organisation": ["police"]},
        "acts": [],
        "dates": [],
        "roles": [],
        "claims": [["police", "denial"], ["Amina Yusuf", "allegation"], ["Bello Musa", "denial"]],
    }
    scores = Scores()
    score_document(extraction, gold, scores)
    persons, organisations = scores.fields["persons"], scores.fields["organisations"]
    assert (persons.true_positive, persons.predicted, persons.gold) == (1, 1, 2)
    assert (organisations.true_positive, organisations.predicted, organisations.gold) == (1, 1, 1)
    speakers = scores.fields["claim_speakers"]
    assert (speakers.true_positive, speakers.predicted, speakers.gold) == (2, 2, 3)
    assert scores.fields["claims"].true_positive == 1
    assert dict(scores.stance_confusion) == {("denial", "allegation"): 1}


def test_scoring_counts_each_act_type() -> None:
    from casetrail.extract.evaluation import Scores, score_document
    from casetrail.extract.results import ActMention, Extraction, Mention

    here = Mention(0, 4, "text")
    extraction = Extraction(
        language="en",
        acts=[
            ActMention(1, "arbitrary_detention", "Arbitrary detention", here, here),
            ActMention(2, "threat", "Threats", here, here),
        ],
    )
    gold = {
        "entities": {},
        "acts": ["arbitrary_detention", "killing"],
        "dates": [],
        "roles": [],
        "claims": [],
    }
    scores = Scores()
    score_document(extraction, gold, scores)
    counted = {name: (c.true_positive, c.predicted, c.gold) for name, c in scores.act_types.items()}
    assert counted == {
        "arbitrary_detention": (1, 1, 1),
        "threat": (0, 1, 0),
        "killing": (0, 0, 1),
    }


def test_the_speed_benchmarks_pinned_reports_all_exist() -> None:
    """bench/extract_speed.py draws its documents from a pinned list; a report renamed or
    removed would silently change what the benchmark measures."""
    root = GOLD.parents[1]
    listed = (root / "bench" / "speed_corpus.txt").read_text().split()
    assert len(listed) >= 700
    missing = [name for name in listed if not (root / name).is_file()]
    assert missing == []


def test_the_neighbour_check_puts_a_retold_story_first() -> None:
    """bench/gold_neighbours.py flags a new report that retells another; it must rank a
    retelling above a report that only shares the country and the wire-copy words."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "gold_neighbours", GOLD.parents[1] / "bench" / "gold_neighbours.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    corpus = {
        "a": "Police in Cordoba shot dead a teenager riding a motorcycle and planted a gun, "
        "his mother said; the prosecutor arrested the officer.",
        "b": "A court in Buenos Aires fined a newspaper for defamation of a minister, its "
        "editor said on Monday.",
        "c": "Farmers in Salta blocked a highway to protest against water cuts, the union said.",
    }
    target = {
        "new": "An officer shot a teenager on a motorcycle in Tucuman and colleagues planted a "
        "gun beside him, his mother said; a prosecutor arrested the officer."
    }
    near = module.neighbours(target, corpus, top=3)["new"]
    assert near[0][0] == "a"
    assert near[0][1] > 2 * near[1][1]

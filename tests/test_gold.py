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

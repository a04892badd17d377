"""spaCy pipeline components written for casetrail."""

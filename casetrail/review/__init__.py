"""Review: people decide on proposals; people across reports are resolved into one record."""

from casetrail.review.decisions import (
    ReviewError,
    accept,
    accept_all_above,
    edit,
    reject,
    review_queue,
)
from casetrail.review.resolve import merge, merge_candidates, split, undo_merge

__all__ = [
    "ReviewError",
    "accept",
    "accept_all_above",
    "edit",
    "merge",
    "merge_candidates",
    "reject",
    "review_queue",
    "split",
    "undo_merge",
]

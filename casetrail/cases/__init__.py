"""Cases: grouping, timelines with date uncertainty, contested claims, case suggestion."""

from casetrail.cases.service import (
    add_to_case,
    case_overview,
    contested_claims,
    create_case,
    list_cases,
    suggest_cases,
    timeline,
)

__all__ = [
    "add_to_case",
    "case_overview",
    "contested_claims",
    "create_case",
    "list_cases",
    "suggest_cases",
    "timeline",
]

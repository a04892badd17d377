"""Reports and exports of case files."""

from casetrail.report.export import export_case

__all__ = ["export_case"]

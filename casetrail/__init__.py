"""casetrail: verified, source-attributed case files from human-rights reports.

The flow goes one way: ingest → extract → review → cases → report.  The CLI and the
web app are thin shells over the service functions exported here.
"""

__version__ = "0.1.0"

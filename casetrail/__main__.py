"""``python -m casetrail`` runs the CLI."""

from casetrail.cli import main

main()

"""The `casetrail` command: a thin shell over the service functions.

Errors meant for people print as one line on stderr with a non-zero exit; a
traceback appears only with ``--debug``.
"""

from __future__ import annotations

import logging
import sys

from casetrail.cli import casework as _casework  # registers review, people, case
from casetrail.cli import protect as _protect  # registers rekey, evidence, export …
from casetrail.cli import webcli as _webcli  # registers serve, user
from casetrail.cli.app import app, state
from casetrail.errors import CasetrailError

__all__ = ["app", "main"]
_COMMANDS = (_casework, _protect, _webcli)


def main() -> None:
    """Console-script entry point."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app(prog_name="casetrail")
    except CasetrailError as exc:
        if state.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:
        if state.debug:
            raise
        print(
            f"error: internal error ({type(exc).__name__}: {exc}); run with --debug for details",
            file=sys.stderr,
        )
        sys.exit(70)

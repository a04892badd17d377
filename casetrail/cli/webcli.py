"""CLI for the web app and accounts: serve, user add / grant / token."""

from __future__ import annotations

import getpass
import os
import sys
from typing import Annotated

import typer

from casetrail.cli.app import _settings, app, out
from casetrail.errors import ConfigError
from casetrail.model import UserRole
from casetrail.security.accounts import create_token, create_user, grant
from casetrail.store import Store

user_app = typer.Typer(help="Accounts of the web app and API.", no_args_is_help=True)
app.add_typer(user_app, name="user")


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    secure_cookies: Annotated[
        bool,
        typer.Option(
            "--secure-cookies", help="Send the session cookie over HTTPS only (behind TLS)."
        ),
    ] = False,
) -> None:
    """Run the web app and REST API."""
    import uvicorn

    from casetrail.web.app import create_app

    if host not in {"127.0.0.1", "localhost", "::1"}:
        out.print(f"warning: listening on {host}; put it behind TLS and use --secure-cookies")
    web = create_app(_settings(), secure_cookies=secure_cookies)
    out.print(f"casetrail on http://{host}:{port} (Ctrl-C to stop)")
    uvicorn.run(web, host=host, port=port, log_level="warning")


def _password() -> str:
    password = os.environ.get("CASETRAIL_USER_PASSWORD")
    if password:
        return password
    if not sys.stdin.isatty():
        raise ConfigError("set CASETRAIL_USER_PASSWORD or run at a terminal")
    password = getpass.getpass("password for the account: ")
    if getpass.getpass("repeat it: ") != password:
        raise ConfigError("the passwords differ; no account was made")
    return password


@user_app.command("add")
def user_add(
    username: str,
    role: Annotated[UserRole, typer.Option(help="admin, editor or viewer.")] = UserRole.VIEWER,
) -> None:
    """Create an account (the first one should be an admin)."""
    with Store.open(_settings()) as store:
        user_id = create_user(store, username, _password(), role)
    out.print(f"account {username} ({role.value}) created as user {user_id}")


@user_app.command("grant")
def user_grant(
    username: str,
    case_id: int,
    edit: Annotated[bool, typer.Option("--edit", help="May change the case too.")] = False,
) -> None:
    """Let an account see (or edit) one case."""
    with Store.open(_settings()) as store:
        grant(store, username, case_id, can_edit=edit)
    out.print(f"{username} may now {'edit' if edit else 'see'} case {case_id}")


@user_app.command("token")
def user_token(username: str, name: Annotated[str | None, typer.Option()] = None) -> None:
    """Create an API token for an account (shown once)."""
    with Store.open(_settings()) as store:
        token = create_token(store, username, name=name)
    sys.stdout.write(token + "\n")

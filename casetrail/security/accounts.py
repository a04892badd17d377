"""Accounts, API tokens and per-case access: who may see and change which case.

Admins see everything; editors and viewers see only the cases granted to them (and the
documents, people, acts and claims of those cases), editors change only cases granted
with edit rights.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from casetrail.errors import CasetrailError, NotFound
from casetrail.model import (
    ApiToken,
    Case,
    CaseAccess,
    Mention,
    User,
    UserRole,
    case_documents,
    case_persons,
)
from casetrail.store import Store, audit

_HASHER = PasswordHasher()


class AccountError(CasetrailError):
    """An account operation that cannot be done."""


@dataclass(frozen=True)
class Viewer:
    """An authenticated account and the cases it may see (None: all of them)."""

    user_id: int
    username: str
    role: UserRole
    visible_cases: frozenset[int] | None
    editable_cases: frozenset[int] | None

    @property
    def is_admin(self) -> bool:
        return self.role is UserRole.ADMIN

    @property
    def can_edit(self) -> bool:
        return self.role in {UserRole.ADMIN, UserRole.EDITOR}

    def sees_case(self, case_id: int) -> bool:
        return self.visible_cases is None or case_id in self.visible_cases

    def edits_case(self, case_id: int) -> bool:
        return self.editable_cases is None or case_id in self.editable_cases


def create_user(
    store: Store, username: str, password: str, role: UserRole, *, actor: str | None = None
) -> int:
    username = username.strip()
    if not username or len(password) < 10:
        raise AccountError("a username and a password of at least 10 characters are needed")
    with store.session() as session:
        if session.scalars(select(User).where(User.username == username)).first():
            raise AccountError(f"account {username!r} exists already")
        user = User(username=username, password_hash=_HASHER.hash(password), role=role)
        session.add(user)
        session.flush()
        audit.append(
            session,
            actor=actor or store.settings.actor,
            action="user.create",
            target_type="user",
            target_id=user.id,
            details={"role": role.value},
        )
        return user.id


def grant(
    store: Store, username: str, case_id: int, *, can_edit: bool = False, actor: str | None = None
) -> None:
    with store.session() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            raise NotFound(f"there is no account {username!r}")
        if session.get(Case, case_id) is None:
            raise NotFound(f"there is no case {case_id}")
        access = session.scalars(
            select(CaseAccess).where(CaseAccess.user_id == user.id, CaseAccess.case_id == case_id)
        ).first()
        if access is None:
            access = CaseAccess(user_id=user.id, case_id=case_id)
            session.add(access)
        access.can_edit = can_edit
        audit.append(
            session,
            actor=actor or store.settings.actor,
            action="user.grant",
            target_type="case",
            target_id=case_id,
            details={"user": user.id, "can_edit": can_edit},
        )


def _viewer(session: Session, user: User) -> Viewer:
    if user.role is UserRole.ADMIN:
        return Viewer(user.id, user.username, user.role, None, None)
    grants = session.scalars(select(CaseAccess).where(CaseAccess.user_id == user.id)).all()
    visible = frozenset(g.case_id for g in grants)
    editable = frozenset(g.case_id for g in grants if g.can_edit and user.role is UserRole.EDITOR)
    return Viewer(user.id, user.username, user.role, visible, editable)


def authenticate(store: Store, username: str, password: str) -> Viewer | None:
    """The account if the password is right (timing does not reveal unknown names)."""
    with store.session() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        try:
            if user is None:
                _HASHER.verify(_DUMMY_HASH, password)
                return None
            _HASHER.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            audit.append(session, actor=username[:100], action="login.failed")
            return None
        audit.append(
            session, actor=user.username, action="login", target_type="user", target_id=user.id
        )
        return _viewer(session, user)


_DUMMY_HASH = _HASHER.hash("not a real password, only to spend the same time")


def viewer_by_id(store: Store, user_id: int) -> Viewer | None:
    with store.session() as session:
        user = session.get(User, user_id)
        return _viewer(session, user) if user else None


def create_token(store: Store, username: str, *, name: str | None = None) -> str:
    token = "ct_" + secrets.token_urlsafe(32)
    with store.session() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            raise NotFound(f"there is no account {username!r}")
        session.add(
            ApiToken(
                user_id=user.id, name=name, token_hash=hashlib.sha256(token.encode()).hexdigest()
            )
        )
        audit.append(
            session,
            actor=store.settings.actor,
            action="token.create",
            target_type="user",
            target_id=user.id,
        )
    return token


def viewer_for_token(store: Store, token: str) -> Viewer | None:
    digest = hashlib.sha256(token.encode()).hexdigest()
    with store.session() as session:
        row = session.scalars(select(ApiToken).where(ApiToken.token_hash == digest)).first()
        if row is None:
            return None
        user = session.get(User, row.user_id)
        return _viewer(session, user) if user else None


def visible_document_ids(session: Session, viewer: Viewer) -> set[int] | None:
    """None means all documents (admin)."""
    if viewer.visible_cases is None:
        return None
    if not viewer.visible_cases:
        return set()
    return set(
        session.scalars(
            select(case_documents.c.document_id).where(
                case_documents.c.case_id.in_(viewer.visible_cases)
            )
        )
    )


def visible_person_ids(session: Session, viewer: Viewer) -> set[int] | None:
    if viewer.visible_cases is None:
        return None
    people = set(
        session.scalars(
            select(case_persons.c.person_id).where(
                case_persons.c.case_id.in_(viewer.visible_cases or {-1})
            )
        )
    )
    documents = visible_document_ids(session, viewer) or set()
    if documents:
        people |= {
            p
            for p in session.scalars(
                select(Mention.person_id).where(
                    Mention.document_id.in_(documents), Mention.person_id.is_not(None)
                )
            )
            if p
        }
    return people

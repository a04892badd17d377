"""The domain model of casetrail, in one place.

A *Document* is one report as it arrived; every later record points back to the
character span of a document it came from.  Machine output is a *Proposal* until a
person accepts it; only then does it become a Person, Act, Claim … that counts.
*AuditEntry* rows form a hash chain so that tampering can be detected.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from casetrail.security.fields import EncryptedJSON, EncryptedText


class Base(DeclarativeBase):
    """Declarative base shared by every table (named constraints keep migrations portable)."""

    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


def _enum(cls: type[enum.Enum]) -> Enum:
    """Store enums as their string values (portable across SQLite and PostgreSQL)."""
    return Enum(
        cls,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class DatePrecision(enum.StrEnum):
    """How much of a date a report actually gives."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"
    SINCE = "since"
    UNKNOWN = "unknown"


class Role(enum.StrEnum):
    """The part a person or organisation plays in an act."""

    VICTIM = "victim"
    PERPETRATOR = "perpetrator"
    SOURCE = "source"
    INTERVENING = "intervening party"
    OFFICIAL = "official"


class Stance(enum.StrEnum):
    """What a claim does to the acts it is about."""

    ALLEGATION = "allegation"
    DENIAL = "denial"
    CONFIRMATION = "confirmation"
    CHARACTERISATION = "characterisation"


class ProposalStatus(enum.StrEnum):
    """Review state: nothing machine-made counts until ACCEPTED or EDITED."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    EDITED = "edited"
    REJECTED = "rejected"


class ProposalKind(enum.StrEnum):
    """What a proposal would become once accepted."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    DATE = "date"
    ACT = "act"
    INVOLVEMENT = "involvement"
    CLAIM = "claim"


class UserRole(enum.StrEnum):
    """Account roles; per-case access narrows them further."""

    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"


def utc_now() -> datetime:
    """Timestamps are stored in UTC everywhere."""
    return datetime.now(UTC)


case_documents = Table(
    "case_documents",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)

case_persons = Table(
    "case_persons",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
)

case_acts = Table(
    "case_acts",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("act_id", ForeignKey("acts.id", ondelete="CASCADE"), primary_key=True),
)

claim_acts = Table(
    "claim_acts",
    Base.metadata,
    Column("claim_id", ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("act_id", ForeignKey("acts.id", ondelete="CASCADE"), primary_key=True),
)


class Document(Base):
    """One report: its readable text plus metadata; original bytes live in the blob store."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    media_type: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(EncryptedText)  # sensitive: names victims
    byline: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(255), index=True)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    source_url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(String(2048), index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(EncryptedText)  # sensitive: testimony and report text
    # [[text_offset, original_offset], ...]: where the reduced text maps back to the
    # decoded original (markdown links and emphasis removed); empty when identical.
    offset_map: Mapped[list[list[int]]] = mapped_column(JSON, default=list)
    size_bytes: Mapped[int] = mapped_column(Integer)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    captures: Mapped[list[Capture]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Capture.id"
    )
    proposals: Mapped[list[Proposal]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )
    cases: Mapped[list[Case]] = relationship(secondary=case_documents, back_populates="documents")


class Capture(Base):
    """Provenance: one acquisition of a document's bytes (who, from where, when)."""

    __tablename__ = "captures"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(EncryptedText)  # sensitive: paths and URLs name people
    source_kind: Mapped[str] = mapped_column(String(16))  # "file" | "url" | "bytes"
    final_url: Mapped[str | None] = mapped_column(Text)
    original_filename: Mapped[str | None] = mapped_column(EncryptedText)
    size_bytes: Mapped[int] = mapped_column(Integer)
    ingested_by: Mapped[str] = mapped_column(String(255))
    captured_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    details: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)

    document: Mapped[Document] = relationship(back_populates="captures")


class Organisation(Base):
    """A group, unit or institution; `parent` gives hierarchies (unit → force → ministry)."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(64))  # police, rights group, court …
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    parent: Mapped[Organisation | None] = relationship(remote_side=[id])


class Person(Base):
    """A real person; `merged_into` keeps merges reversible."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(EncryptedText)  # sensitive: the person's name
    aliases: Mapped[list[str]] = mapped_column(EncryptedJSON, default=list)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    notes: Mapped[str | None] = mapped_column(EncryptedText)  # sensitive: contact details
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    cases: Mapped[list[Case]] = relationship(secondary=case_persons, back_populates="persons")


class Place(Base):
    """A gazetteer-resolved place; `parent` links district → region → country."""

    __tablename__ = "places"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(32))  # country, region, district, city
    country_code: Mapped[str | None] = mapped_column(String(2))
    gazetteer_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))

    parent: Mapped[Place | None] = relationship(remote_side=[id])


class Act(Base):
    """A violation act typed from the controlled vocabulary, with an uncertain date."""

    __tablename__ = "acts"
    __table_args__ = (
        CheckConstraint(
            "date_end IS NULL OR date_start IS NULL OR date_end >= date_start",
            name="date_order",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    act_type: Mapped[str] = mapped_column(String(64), index=True)
    description: Mapped[str | None] = mapped_column(EncryptedText)
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[DatePrecision] = mapped_column(
        _enum(DatePrecision), default=DatePrecision.UNKNOWN
    )
    date_text: Mapped[str | None] = mapped_column(Text)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    span_start: Mapped[int | None]
    span_end: Mapped[int | None]

    place: Mapped[Place | None] = relationship()
    involvements: Mapped[list[Involvement]] = relationship(
        back_populates="act", cascade="all, delete-orphan"
    )
    claims: Mapped[list[Claim]] = relationship(secondary=claim_acts, back_populates="acts")
    cases: Mapped[list[Case]] = relationship(secondary=case_acts, back_populates="acts")


class Involvement(Base):
    """Who took part in an act, and in which role (a person or an organisation)."""

    __tablename__ = "involvements"
    __table_args__ = (
        CheckConstraint(
            "(person_id IS NOT NULL) <> (organisation_id IS NOT NULL)",
            name="one_party",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("acts.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    role: Mapped[Role] = mapped_column(_enum(Role))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))

    act: Mapped[Act] = relationship(back_populates="involvements")
    person: Mapped[Person | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()


class Claim(Base):
    """Who said what about which acts: attributed, with its stance and source span."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    speaker_person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    speaker_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    channel_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    speaker_text: Mapped[str | None] = mapped_column(EncryptedText)  # speaker is no entity
    cue: Mapped[str | None] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(EncryptedText)  # sensitive: testimony
    stance: Mapped[Stance] = mapped_column(_enum(Stance))
    claim_date: Mapped[date | None] = mapped_column(Date)
    span_start: Mapped[int]
    span_end: Mapped[int]

    acts: Mapped[list[Act]] = relationship(secondary=claim_acts, back_populates="claims")


class Mention(Base):
    """Where an accepted person, organisation or place is named in a document."""

    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_document", "document_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id", ondelete="CASCADE"))
    span_start: Mapped[int]
    span_end: Mapped[int]
    text: Mapped[str] = mapped_column(EncryptedText)


class PersonMerge(Base):
    """A reviewer's decision that two person records are one; undoing it keeps the row."""

    __tablename__ = "person_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    score: Mapped[float | None]
    evidence: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    merged_by: Mapped[str] = mapped_column(String(255))
    merged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    undone_by: Mapped[str | None] = mapped_column(String(255))
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Case(Base):
    """A case file grouping documents, people and acts."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(EncryptedText)
    summary: Mapped[str | None] = mapped_column(EncryptedText)
    status: Mapped[str] = mapped_column(String(32), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    documents: Mapped[list[Document]] = relationship(
        secondary=case_documents, back_populates="cases"
    )
    persons: Mapped[list[Person]] = relationship(secondary=case_persons, back_populates="cases")
    acts: Mapped[list[Act]] = relationship(secondary=case_acts, back_populates="cases")


class Proposal(Base):
    """Machine-made and pending review; points to a character span of a document."""

    __tablename__ = "proposals"
    __table_args__ = (
        CheckConstraint("span_end >= span_start", name="span_order"),
        CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence_range"),
        Index("ix_proposals_document_status", "document_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    kind: Mapped[ProposalKind] = mapped_column(_enum(ProposalKind))
    span_start: Mapped[int]
    span_end: Mapped[int]
    text: Mapped[str] = mapped_column(EncryptedText)
    payload: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    made_by: Mapped[str] = mapped_column(String(128))
    confidence: Mapped[float]
    status: Mapped[ProposalStatus] = mapped_column(
        _enum(ProposalStatus), default=ProposalStatus.PENDING
    )
    decided_by: Mapped[str | None] = mapped_column(String(255))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    document: Mapped[Document] = relationship(back_populates="proposals")


class User(Base):
    """An account of the installation (web app, API tokens)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[UserRole] = mapped_column(_enum(UserRole), default=UserRole.VIEWER)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class ApiToken(Base):
    """A token for the REST API; only its SHA-256 is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class CaseAccess(Base):
    """Per-case grant: non-admin users see only the cases granted here."""

    __tablename__ = "case_access"
    __table_args__ = (UniqueConstraint("user_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    can_edit: Mapped[bool] = mapped_column(default=False)


class AuditEntry(Base):
    """One write, chained by hash to the one before it (tamper evidence)."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(64), index=True)
    target_type: Mapped[str | None] = mapped_column(String(64))
    target_id: Mapped[int | None]
    details: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)

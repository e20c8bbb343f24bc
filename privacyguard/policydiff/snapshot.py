"""Policy snapshots: one row per distinct version of a service's policy, in SQLite via SQLAlchemy.

Self-contained on purpose (own metadata and table, own small database file): the main
privacyguard store is separate. A version is identified by the SHA-256 of the page's bytes;
adding the same content twice for a service returns the version already stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    select,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from privacyguard.policydiff.errors import SnapshotError
from privacyguard.policydiff.extract import Document, extract, sniff
from privacyguard.policydiff.fetch import fetch

DEFAULT_DB = Path(".privacyguard") / "policies.sqlite"


class _Base(DeclarativeBase):
    pass


class PolicyVersionRow(_Base):
    __tablename__ = "policydiff_versions"
    __table_args__ = (UniqueConstraint("service", "content_hash", name="uq_service_content"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service: Mapped[str] = mapped_column(String(200), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(20))
    content_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    document: Mapped[str] = mapped_column(Text)  # extract.Document as JSON


@dataclass(frozen=True)
class PolicyVersion:
    """A stored version (without the raw bytes)."""

    id: int
    service: str
    date: dt.date
    source: str
    media_type: str
    content_hash: str
    words: int
    created: bool = False  # set by add_version: False when the content was already stored

    @property
    def label(self) -> str:
        return f"{self.service}@{self.date.isoformat()}"


def _version(row: PolicyVersionRow, created: bool = False) -> PolicyVersion:
    words = Document.from_json(json.loads(row.document)).words
    return PolicyVersion(
        row.id, row.service, row.date, row.source, row.media_type, row.content_hash, words, created
    )


class SnapshotStore:
    """Versions of policies in a database given by SQLAlchemy URL or file path."""

    def __init__(self, db: str | Path | None = None):
        self.url = _url(db)
        try:
            self.engine: Engine = create_engine(self.url)
            _Base.metadata.create_all(self.engine)
        except (ArgumentError, SQLAlchemyError) as e:
            raise SnapshotError(f"cannot open policy database {self.url!r}: {e}") from None

    def add(self, service: str, content: bytes, source: str, date: dt.date | None = None,
            media_type: str | None = None) -> PolicyVersion:  # fmt: skip
        """Validate, extract and store one version; the same bytes twice are one version."""
        service = service.strip()
        if not service:
            raise SnapshotError("the service name is empty")
        doc = extract(content, source, kind=media_type)  # raises before anything is stored
        kind = media_type or sniff(content.decode("utf-8", "replace"), source)
        digest = hashlib.sha256(content).hexdigest()
        with Session(self.engine) as s, s.begin():
            existing = s.scalar(
                select(PolicyVersionRow).where(
                    PolicyVersionRow.service == service, PolicyVersionRow.content_hash == digest
                )
            )
            if existing is not None:
                return _version(existing, created=False)
            row = PolicyVersionRow(
                service=service,
                date=date or dt.datetime.now(dt.timezone.utc).date(),
                added_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                source=source,
                media_type=kind,
                content_hash=digest,
                content=content,
                document=json.dumps(doc.to_json(), ensure_ascii=False),
            )
            s.add(row)
            s.flush()
            return _version(row, created=True)

    def add_source(self, service: str, source: str, date: dt.date | None = None,
                   timeout: float = 20.0) -> PolicyVersion:  # fmt: skip
        """Add a version from a file path or an http(s) URL."""
        if source.startswith(("http://", "https://")):
            content, content_type = fetch(source, timeout=timeout)
            kind = sniff(content.decode("utf-8", "replace"), source, content_type)
            return self.add(service, content, source, date, kind)
        path = Path(source)
        try:
            content = path.read_bytes()
        except OSError as e:
            raise SnapshotError(f"{source}: cannot read ({e.strerror}); nothing stored") from None
        return self.add(service, content, str(path), date)

    def services(self) -> list[str]:
        with Session(self.engine) as s:
            return list(s.scalars(select(PolicyVersionRow.service).distinct().order_by("service")))

    def history(self, service: str) -> list[PolicyVersion]:
        """Versions of a service, oldest first (by date, then by order of adding)."""
        with Session(self.engine) as s:
            rows = s.scalars(
                select(PolicyVersionRow)
                .where(PolicyVersionRow.service == service)
                .order_by(PolicyVersionRow.date, PolicyVersionRow.id)
            )
            return [_version(r) for r in rows]

    def document(self, version_id: int) -> Document:
        with Session(self.engine) as s:
            row = s.get(PolicyVersionRow, version_id)
            if row is None:
                raise SnapshotError(f"no policy version with id {version_id}")
            return Document.from_json(json.loads(row.document))

    def close(self) -> None:
        self.engine.dispose()


def _url(db: str | Path | None) -> str:
    if db is None or (isinstance(db, Path) or "://" not in str(db)):
        path = Path(db) if db else DEFAULT_DB
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    try:
        make_url(str(db))
    except ArgumentError as e:
        raise SnapshotError(f"bad database URL {db!r}: {e}") from None
    return str(db)

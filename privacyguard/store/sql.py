"""The SQL store: opening a database (path or SQLAlchemy URL), schema versions through the
Alembic migrations shipped in ``migrations/``, the run lock, and importing messages.

>>> store = open_store("sqlite://")          # in memory; a fresh database is created
>>> store.revision() == store.head()
True
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from privacyguard.store import StoreBusy, StoreError
from privacyguard.store import tables as t

DEFAULT_DB = "sqlite:///privacyguard.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
LOCK_KEY = 0x70677264  # "pgrd": the advisory lock id of retention runs on PostgreSQL
#: (key, schema): stores in different schemas of one database do not block each other
_PG_LOCK = f"{LOCK_KEY}, hashtext(current_schema())"


def utc(value: datetime | None) -> datetime | None:
    """Timestamps as aware UTC (SQLite gives them back naive)."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def as_url(db: str) -> str:
    """A SQLAlchemy URL, or a file path meaning a SQLite file."""
    if "://" in db:
        url = make_url(db)
        if url.drivername in ("postgresql", "postgres"):
            return str(url.set(drivername="postgresql+psycopg").render_as_string(False))
        return db
    return f"sqlite:///{db}"


def _alembic_config(conn: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


class Store:
    """One database. Library calls take and give plain values; the CLI is a thin layer."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.dialect = engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema -----------------------------------------------------------------------------

    def head(self) -> str:
        from alembic.script import ScriptDirectory

        with self.engine.connect() as conn:
            return str(ScriptDirectory.from_config(_alembic_config(conn)).get_current_head())

    def known_revisions(self) -> set[str]:
        from alembic.script import ScriptDirectory

        with self.engine.connect() as conn:
            script = ScriptDirectory.from_config(_alembic_config(conn))
            return {r.revision for r in script.walk_revisions()}

    def revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def upgrade(self, revision: str = "head") -> tuple[str | None, str | None]:
        """Migrate to ``revision``; returns (before, after). Refuses a newer database."""
        from alembic import command

        before = self.revision()
        self._refuse_newer(before)
        with self.engine.begin() as conn:
            command.upgrade(_alembic_config(conn), revision)
        return before, self.revision()

    def _refuse_newer(self, current: str | None) -> None:
        if current is not None and current not in self.known_revisions():
            raise StoreError(
                f"the database is at schema revision '{current}', newer than this version of "
                f"privacyguard knows (latest '{self.head()}'); upgrade privacyguard, or use "
                "the database with the version that migrated it"
            )

    def check_schema(self, *, create: bool = True) -> None:
        """Fail unless the schema is the code's; an empty database is created when asked."""
        current = self.revision()
        if current is None and create and not inspect(self.engine).get_table_names():
            self.upgrade()
            return
        self._refuse_newer(current)
        if current != self.head():
            raise StoreError(
                f"the database is at schema revision '{current}', older than this privacyguard "
                f"('{self.head()}'); run `privacyguard db upgrade --db URL` first"
            )

    # --- the run lock ----------------------------------------------------------------------

    @contextlib.contextmanager
    def run_lock(self) -> Iterator[None]:
        """One retention run at a time, released by the system when a run is killed:
        ``pg_try_advisory_lock`` on PostgreSQL (per schema); on SQLite an ``flock`` on
        ``<file>.lock`` (a lock row would survive a SIGKILL and block every later run)."""
        if self.dialect == "postgresql":
            with self.engine.connect() as conn:
                got = conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({_PG_LOCK})").scalar()
                conn.commit()
                if not got:
                    raise StoreBusy("another retention run holds this database's lock; try later")
                try:
                    yield
                finally:
                    conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_PG_LOCK})")
                    conn.commit()
            return
        db = self.engine.url.database
        if not db or db == ":memory:":
            yield
            return
        with open(f"{db}.lock", "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreBusy(f"another retention run holds {db}.lock; try later") from None
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # --- import -----------------------------------------------------------------------------

    def add(self, items: Iterable[tuple[str, object]], source: str) -> ImportCounts:
        """Store scanned messages: ``(channel, Detected)`` pairs. A message already stored
        (same source, conversation and reader message id) is skipped with its findings."""
        counts = ImportCounts()
        batch: list[tuple[str, object]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= 500:
                self._add_batch(batch, source, counts)
                batch = []
        if batch:
            self._add_batch(batch, source, counts)
        return counts

    def _add_batch(self, batch: list[tuple[str, object]], source: str, c: ImportCounts) -> None:
        with self.engine.begin() as conn:
            for channel, det in batch:
                msg = det.message  # type: ignore[attr-defined]
                conv_ext = msg.conversation_id or "-"
                conv = conn.execute(
                    select(t.conversations.c.id, t.conversations.c.last_activity).where(
                        t.conversations.c.source == source,
                        t.conversations.c.external_id == conv_ext,
                    )
                ).first()
                sent = utc(msg.timestamp)
                customer = msg.sender if msg.sender_role == "customer" else None
                if conv is None:
                    conv_id = conn.execute(
                        insert(t.conversations).values(
                            source=source,
                            external_id=conv_ext,
                            channel=channel,
                            customer=customer,
                            last_activity=sent,
                        )  # fmt: skip
                    ).inserted_primary_key[0]
                    c.conversations += 1
                else:
                    conv_id = conv.id
                    last = utc(conv.last_activity)
                    values: dict[str, object] = {}
                    if sent is not None and (last is None or sent > last):
                        values["last_activity"] = sent
                    if customer:
                        values["customer"] = func.coalesce(t.conversations.c.customer, customer)
                    if values:
                        conn.execute(
                            t.conversations.update()
                            .where(t.conversations.c.id == conv_id)
                            .values(**values)
                        )
                exists = conn.execute(
                    select(t.messages.c.id).where(
                        t.messages.c.conversation_id == conv_id,
                        t.messages.c.external_id == msg.id,
                    )
                ).first()
                if exists is not None:
                    c.skipped += 1
                    continue
                mid = conn.execute(
                    insert(t.messages).values(
                        conversation_id=conv_id,
                        external_id=msg.id,
                        sender=msg.sender,
                        sender_role=msg.sender_role,
                        sent_at=sent,
                        lang=det.lang,  # type: ignore[attr-defined]
                        kind=msg.kind,
                        text=msg.text,
                    )  # fmt: skip
                ).inserted_primary_key[0]
                c.messages += 1
                rows = [
                    {
                        "message_id": mid,
                        "entity_type": f.entity_type,
                        "field": f.field,
                        "start": f.start,
                        "end": f.end,
                        "score": f.score,
                        "recognizer": f.recognizer,
                        "rule": None,
                        "expired": False,
                    }  # fmt: skip
                    for f in det.findings  # type: ignore[attr-defined]
                ]
                if rows:
                    conn.execute(insert(t.findings), rows)
                    c.findings += len(rows)


@dataclass
class ImportCounts:
    conversations: int = 0
    messages: int = 0
    skipped: int = 0
    findings: int = 0
    problems: list[str] = field(default_factory=list)


def open_store(db: str | None = None, *, create: bool = True, check: bool = True) -> Store:
    """Open ``db`` (URL or SQLite path; default ``$PRIVACYGUARD_DB`` or ./privacyguard.db).

    With ``check`` the schema must be the code's (an empty database is created when
    ``create``); a database migrated by a newer privacyguard is refused.
    """
    url = as_url(db or os.environ.get("PRIVACYGUARD_DB") or DEFAULT_DB)
    try:
        # no pool: a CLI run or a batch job opens few connections, and none outlive their use
        engine = create_engine(url, poolclass=NullPool)
    except Exception as e:  # a malformed URL or a missing driver
        raise StoreError(f"cannot open database {make_url(url)!r}: {e}") from None
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.close()

    store = Store(engine)
    if check:
        store.check_schema(create=create)
    return store

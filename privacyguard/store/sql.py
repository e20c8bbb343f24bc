"""The SQL store: opening a database (path or SQLAlchemy URL), schema versions through the
Alembic migrations shipped in ``migrations/``, the run lock, and importing messages.

``sqlite://`` (or ``sqlite:///:memory:``) is one in-memory database that lives as long as
the store object: every connection of the store sees the same data.

>>> store = open_store("sqlite://")          # in memory; a fresh database is created
>>> store.revision() == store.head()
True
>>> from sqlalchemy import func, select
>>> from privacyguard.store import tables
>>> with store.engine.connect() as conn:      # another connection, the same database
...     conn.scalar(select(func.count()).select_from(tables.messages))
0
>>> store.close()                             # the in-memory database is gone
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool, StaticPool

from privacyguard.errors import db_error_detail as db_error_detail  # re-exported
from privacyguard.store import StoreBusy, StoreError, StoreFailed
from privacyguard.store import tables as t

DEFAULT_DB = "sqlite:///privacyguard.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
OWNER_ONLY = 0o600  # new SQLite stores and their lock files
#: tables that held the text, senders and customer names that erasure removes
ERASED_TABLES = ("messages", "conversations", "findings")
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
        with os.fdopen(os.open(f"{db}.lock", os.O_RDWR | os.O_CREAT, OWNER_ONLY), "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreBusy(f"another retention run holds {db}.lock; try later") from None
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # --- data at rest -----------------------------------------------------------------------

    def remove_residue(self, *, vacuum_full: bool = False) -> dict[str, object]:
        """After an erasure has committed: what removes the erased data from the database's
        files, done or not, for the receipt. SQLite: ``secure_delete`` (read back from the
        connection, not assumed) overwrites deleted rows. PostgreSQL: old row versions stay
        in the tables' files until ``VACUUM FULL`` rewrites them (``vacuum_full``; it takes
        an exclusive lock on each table while it runs); the WAL and backups are not touched
        by either."""
        tables = ", ".join(ERASED_TABLES)
        if self.dialect == "sqlite":
            with self.engine.connect() as conn:
                on = bool(conn.exec_driver_sql("PRAGMA secure_delete").scalar())
            return {
                "database": "sqlite",
                "secure_delete": "on: deleted rows were overwritten with zeros" if on
                else "OFF: deleted rows may remain in free pages until VACUUM",
                "not_covered": "copies of the database file (backups) and blocks of its deleted "
                "journal files that the file system has not reused",
            }  # fmt: skip
        if self.dialect != "postgresql":
            return {"database": self.dialect, "residue": "not handled for this database"}
        command = f"VACUUM FULL {tables}"
        if not vacuum_full:
            state = (f"not done: run `{command}` in a maintenance window (it locks those "
                     "tables); until then old row versions with the erased data stay in the "
                     "tables' files")  # fmt: skip
        else:
            try:
                with self.engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT"
                ) as conn:
                    conn.exec_driver_sql(command)
                state = f"vacuum full done: {tables} rewritten without the erased rows"
            except Exception as e:  # noqa: BLE001 - the erasure is committed; say what is left
                first = str(e).splitlines()[0] if str(e) else ""
                state = (f"not done: {command} failed ({type(e).__name__}: {first}); run it "
                         "in a maintenance window")  # fmt: skip
        return {
            "database": "postgresql",
            "vacuum_full": state,
            "not_covered": "the write-ahead log (WAL) and its archive, replicas' files until "
            "they replay the vacuum, and backups keep the erased data until they are recycled",
        }  # fmt: skip

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
        """One transaction, a few statements per batch (not per message): the batch's
        conversations and stored messages looked up at once, then inserted many rows per
        statement. The same rows as storing the messages one by one, in order."""
        batch = [(channel, _storable(det, c)) for channel, det in batch]
        convs: dict[str, _ConvUpdate] = {}  # by external id, in order of first appearance
        for channel, det in batch:
            msg = det.message  # type: ignore[attr-defined]
            customer = msg.sender if msg.sender_role == "customer" else None
            ext = msg.conversation_id or "-"
            if ext not in convs:
                convs[ext] = _ConvUpdate(channel, customer, utc(msg.timestamp))
            else:
                convs[ext].see(customer, utc(msg.timestamp))
        with self.engine.begin() as conn:
            ids = self._conversation_ids(conn, source, convs, c)
            stored: set[tuple[int, str]] = set()  # (conversation id, message external id)
            message_ext_ids = sorted({det.message.id for _, det in batch})  # type: ignore[attr-defined]
            for part in _chunks(message_ext_ids):
                found = conn.execute(
                    select(t.messages.c.conversation_id, t.messages.c.external_id).where(
                        t.messages.c.conversation_id.in_(set(ids.values())),
                        t.messages.c.external_id.in_(part),
                    )
                )
                stored.update((row.conversation_id, row.external_id) for row in found)
            new: list[tuple[dict[str, object], object]] = []
            for _, det in batch:
                msg = det.message  # type: ignore[attr-defined]
                key = (ids[msg.conversation_id or "-"], msg.id)
                if key in stored:
                    c.skipped += 1
                    continue
                stored.add(key)
                row = {
                    "conversation_id": key[0], "external_id": msg.id, "sender": msg.sender,
                    "sender_role": msg.sender_role, "sent_at": utc(msg.timestamp),
                    "lang": det.lang, "kind": msg.kind, "text": msg.text,  # type: ignore[attr-defined]
                }  # fmt: skip
                new.append((row, det))
            if not new:
                return
            returning = insert(t.messages).returning(t.messages.c.id, sort_by_parameter_order=True)
            message_ids = conn.execute(returning, [row for row, _ in new]).scalars().all()
            c.messages += len(new)
            rows = [
                {
                    "message_id": mid, "entity_type": f.entity_type, "field": f.field,
                    "start": f.start, "end": f.end, "score": f.score,
                    "recognizer": f.recognizer, "rule": None, "expired": False,
                }  # fmt: skip
                for mid, (_, det) in zip(message_ids, new, strict=True)
                for f in det.findings  # type: ignore[attr-defined]
            ]
            if rows:
                conn.execute(insert(t.findings), rows)
                c.findings += len(rows)

    def _conversation_ids(
        self, conn: Connection, source: str, convs: dict[str, _ConvUpdate], c: ImportCounts
    ) -> dict[str, int]:
        """The id of each conversation of the batch: stored ones updated (latest activity,
        the first customer name known), new ones inserted."""
        ids: dict[str, int] = {}
        for part in _chunks(list(convs)):
            found = conn.execute(
                select(t.conversations.c.id, t.conversations.c.external_id,
                       t.conversations.c.last_activity)  # fmt: skip
                .where(t.conversations.c.source == source, t.conversations.c.external_id.in_(part))
            )
            for row in found:
                ids[row.external_id] = row.id
                conv = convs[row.external_id]
                values: dict[str, object] = {}
                last = utc(row.last_activity)
                if conv.latest is not None and (last is None or conv.latest > last):
                    values["last_activity"] = conv.latest
                if conv.customer:
                    values["customer"] = func.coalesce(t.conversations.c.customer, conv.customer)
                if values:
                    by_id = t.conversations.c.id == row.id
                    conn.execute(t.conversations.update().where(by_id).values(**values))
        new = [ext for ext in convs if ext not in ids]
        if new:
            rows = [
                {"source": source, "external_id": ext, "channel": convs[ext].channel,
                 "customer": convs[ext].customer, "last_activity": convs[ext].latest}
                for ext in new
            ]  # fmt: skip
            stmt = insert(t.conversations).returning(
                t.conversations.c.id, sort_by_parameter_order=True
            )
            ids.update(zip(new, conn.execute(stmt, rows).scalars().all(), strict=True))
            c.conversations += len(new)
        return ids


@dataclass
class _ConvUpdate:
    """What a batch says of one conversation: the first message's channel, the first
    customer name, the latest message time."""

    channel: str
    customer: str | None
    latest: datetime | None

    def see(self, customer: str | None, sent: datetime | None) -> None:
        self.customer = self.customer or customer
        if sent is not None and (self.latest is None or sent > self.latest):
            self.latest = sent


#: what no database text column can hold: NUL (PostgreSQL refuses it) and lone surrogates
#: (not encodable as UTF-8; a JSON "\\ud800" escape gives one)
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def storable(text: str | None) -> str | None:
    """``text`` with every NUL and lone surrogate as U+FFFD: one character for one, so the
    findings' offsets stay valid."""
    return _UNSTORABLE.sub(REPLACEMENT, text) if text else text


def _storable(det: object, c: ImportCounts) -> object:
    """A scanned message whose stored strings a database can hold (counted when changed)."""
    from dataclasses import replace

    msg = det.message  # type: ignore[attr-defined]
    values = {k: getattr(msg, k) for k in ("id", "text", "sender", "conversation_id")}
    if not any(isinstance(v, str) and _UNSTORABLE.search(v) for v in values.values()):
        return det
    c.unstorable += 1
    fixed = replace(msg, **{k: storable(v) for k, v in values.items()})
    return replace(det, message=fixed)  # type: ignore[type-var]


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    """IN lists of at most ``size`` values (SQLite's limit on bound parameters)."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


@dataclass
class ImportCounts:
    conversations: int = 0
    messages: int = 0
    skipped: int = 0
    findings: int = 0
    problems: list[str] = field(default_factory=list)
    #: messages stored with U+FFFD for NUL or lone surrogate characters (see :func:`storable`)
    unstorable: int = 0


def _create_owner_only(url: str) -> None:
    """A new SQLite file is created readable and writable by its owner only (it holds every
    stored message); SQLite gives its journal and WAL files the same mode. An existing
    file keeps its mode."""
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - create_engine reports a malformed URL
        return
    path = parsed.database
    if parsed.get_backend_name() != "sqlite" or not path or path == ":memory:":
        return
    if path.startswith("file:"):  # a SQLite URI: left to SQLite
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY))
    except FileExistsError:
        pass
    except OSError as e:
        raise StoreError(f"cannot create the database file {path}: {e.strerror}") from None


def shown_url(url: str) -> str:
    """The URL as it may be printed: the password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL: say so without quoting it whole
        return "(a malformed database URL)"


def describe_db_error(exc: BaseException, shown: str, connecting: bool = False) -> str:
    """One line on a store's database error that names the store (no password)."""
    from privacyguard.errors import one_line

    if connecting:
        orig = getattr(exc, "orig", None) or exc
        first = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
        return one_line(f"cannot connect to the store {shown}: {first}; check that the database "
                        "server runs and the URL (--db or PRIVACYGUARD_DB)", 600)  # fmt: skip
    return one_line(f"the store {shown} failed ({db_error_detail(exc)}); nothing of the failed "
                    "step was committed, run it again when the database is fine", 600)  # fmt: skip


def _wrap_errors(engine: Engine, shown: str) -> None:
    """Database errors leave the store as :class:`StoreFailed`, described without values."""

    @event.listens_for(engine, "handle_error")
    def _failed(ctx):  # type: ignore[no-untyped-def]
        exc = ctx.original_exception
        if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            return None
        connecting = ctx.connection is None
        raise StoreFailed(describe_db_error(exc, shown, connecting)) from None


def _is_sqlite_memory(url: str) -> bool:
    """``sqlite://`` or ``sqlite:///:memory:`` (a SQLite URI names its own mode)."""
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - create_engine reports a malformed URL
        return False
    return parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")


def _is_sqlite_file(url: str) -> str | None:
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - create_engine reports a malformed URL
        return None
    path = parsed.database
    if parsed.get_backend_name() != "sqlite" or not path or path == ":memory:":
        return None
    return path


def open_store(db: str | None = None, *, create: bool = True, check: bool = True) -> Store:
    """Open ``db`` (URL or SQLite path; default ``$PRIVACYGUARD_DB`` or ./privacyguard.db).

    ``create``: a new database is made (a SQLite file, and the schema when ``check``);
    without it a SQLite file that is not there is refused and never created (a mistyped
    path would otherwise answer "nothing found"). With ``check`` the schema must be the
    code's; a database migrated by a newer privacyguard is refused. Database errors are
    raised as :class:`StoreFailed` (exit 4), connecting included.
    """
    url = as_url(db or os.environ.get("PRIVACYGUARD_DB") or DEFAULT_DB)
    path = _is_sqlite_file(url)
    if path is not None and not create and not path.startswith("file:"):
        if not Path(path).exists():
            raise StoreError(f"no database at {path}; check --db (or PRIVACYGUARD_DB), or "
                             "create it with `privacyguard db upgrade` or `privacyguard "
                             "import`")  # fmt: skip
    if create:
        _create_owner_only(url)
    shown = shown_url(url)
    try:
        # no pool: a CLI run or a batch job opens few connections, and none outlive their use;
        # an in-memory SQLite database lives in its one connection, shared for the engine's
        # life; hide_parameters: an error's text never holds the values of a statement
        if _is_sqlite_memory(url):
            engine = create_engine(url, poolclass=StaticPool, hide_parameters=True,
                                   connect_args={"check_same_thread": False})  # fmt: skip
        else:
            engine = create_engine(url, poolclass=NullPool, hide_parameters=True)
    except Exception as e:  # a malformed URL or a missing driver
        raise StoreError(f"cannot open database {shown}: {type(e).__name__}") from None
    _wrap_errors(engine, shown)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=10000")
            # deleted rows are overwritten with zeros, whatever SQLite's compile-time default
            cur.execute("PRAGMA secure_delete=ON")
            cur.close()

    store = Store(engine)
    if check:
        store.check_schema(create=create)
    return store

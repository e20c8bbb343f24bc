"""Faults (issue 14): each is one line on stderr with no traceback and no personal data in it,
a documented exit code (docs/exit-codes.md), and nothing lost or half-written. Every person,
address and number here is synthetic."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, insert, select, text

from privacyguard.cli import cli
from privacyguard.errors import EXIT_BAD_INPUT, EXIT_BUSY, EXIT_INTERNAL, EXIT_IO, EXIT_STORE
from privacyguard.store import StoreFailed, open_store
from privacyguard.store import tables as t
from tests.store_support import PG_BASE, pg_available

EMAIL = "jan.jansen@example.com"
PERSON = "Anna de Vries"
PASSWORD = "hunter2-not-a-real-password"
DOWN = f"postgresql+psycopg://bob:{PASSWORD}@127.0.0.1:1/x"


def one_line(r, *, forbidden: tuple[str, ...] = (EMAIL, PERSON, PASSWORD)) -> str:
    """The single stderr line of a failed run, checked: no traceback, nothing forbidden."""
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, r.stderr
    assert "Traceback" not in r.output
    for value in forbidden:
        assert value not in r.output
    return lines[0]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [
    {"id": "1", "text": f"Hi, this is {PERSON}, mail me at {EMAIL}", "conversation_id": "c1"},
    {"id": "2", "text": "Thanks, the refund is on its way", "conversation_id": "c1"},
]


# --- 1. the store unreachable: one line naming it without the password, exit 4 -------------


@pytest.mark.parametrize(
    "args",
    [
        ["retention", "plan"],
        ["retention", "apply"],
        ["hold", "list"],
        ["audit-log", "verify"],
        ["subject", "find", "--email", EMAIL],
        ["import", "{src}"],
        ["db", "upgrade"],
    ],
)
def test_an_unreachable_store_is_one_line_naming_it_without_the_password_exit_4(tmp_path, args):
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    argv = [a.replace("{src}", str(src)) for a in args] + ["--db", DOWN]
    r = CliRunner().invoke(cli, argv)
    assert r.exit_code == EXIT_STORE == 4
    line = one_line(r)
    assert line.startswith("error: cannot connect to the store postgresql+psycopg://bob:***@")
    assert "127.0.0.1:1/x" in line


@pytest.mark.parametrize("flag", ["-vv", "--debug"])
def test_minus_vv_or_debug_shows_the_traceback_of_the_same_fault(flag):
    r = CliRunner().invoke(cli, [flag, "retention", "plan", "--db", DOWN])
    assert r.exit_code == EXIT_STORE
    assert "Traceback" in r.stderr and "StoreFailed" in r.stderr
    assert r.stderr.splitlines()[-1].startswith("error: cannot connect to the store")
    assert PASSWORD not in r.output


def test_a_database_error_names_the_store_and_its_class_never_the_values(db_url):  # noqa: F811
    """SQLAlchemy's text of an error holds the statement's parameters (a customer's name);
    the store's error does not, on SQLite and PostgreSQL."""
    store = open_store(db_url)
    row = {"id": 1, "source": "s", "external_id": "c1", "channel": "chat", "customer": PERSON}
    with store.engine.begin() as conn:
        conn.execute(insert(t.conversations), row)
    with pytest.raises(StoreFailed) as err, store.engine.begin() as conn:
        conn.execute(insert(t.conversations), row)  # the same primary key again
    message = str(err.value)
    assert PERSON not in message and "parameters" not in message
    assert message.startswith("the store ")
    assert "IntegrityError" in message or "UniqueViolation SQLSTATE 23505" in message
    assert err.value.exit_code == EXIT_STORE
    with store.engine.connect() as conn:  # nothing of the failed step was committed
        assert conn.execute(select(t.conversations.c.customer)).scalars().all() == [PERSON]


def test_an_unexpected_error_is_one_line_exit_70_without_its_text(tmp_path, monkeypatch):
    """A bug's exception text may quote the input: the line names its kind and place only."""
    import privacyguard.importer as importer

    def broken(*_a, **_k):
        raise RuntimeError(f"could not handle {EMAIL}")

    monkeypatch.setattr(importer, "import_source", broken)
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    r = CliRunner().invoke(cli, ["import", str(src), "--db", str(tmp_path / "s.db")])
    assert r.exit_code == EXIT_INTERNAL == 70
    line = one_line(r)
    assert line.startswith("internal error: RuntimeError at ") and "-vv" in line


def test_a_long_error_is_cut_to_one_bounded_line(tmp_path, monkeypatch):
    import privacyguard.importer as importer
    from privacyguard.errors import MAX_LINE, PrivacyGuardError

    def long(*_a, **_k):
        raise PrivacyGuardError("x " * 50_000 + "\n" + "y" * 1000)

    monkeypatch.setattr(importer, "import_source", long)
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    r = CliRunner().invoke(cli, ["import", str(src), "--db", str(tmp_path / "s.db")])
    assert r.exit_code == EXIT_BAD_INPUT
    line = one_line(r)
    assert len(line) <= len("error: ") + MAX_LINE and "more characters)" in line


# --- 4. a mistyped store path creates nothing ------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["retention", "plan"],
        ["retention", "apply"],
        ["hold", "list"],
        ["hold", "add", "channel", "whatsapp", "--future"],
        ["hold", "remove", "channel", "whatsapp"],
        ["audit-log", "verify"],
        ["audit-log", "anchor"],
        ["audit", "--html", "{tmp}/r.html"],
        ["subject", "find", "--email", EMAIL],
        ["subject", "export", "--email", EMAIL, "-o", "{tmp}/x.json"],
        ["subject", "erase", "--email", EMAIL],
    ],
)
def test_a_mistyped_store_path_is_exit_2_and_creates_no_file(tmp_path, args, monkeypatch):
    monkeypatch.chdir(tmp_path)
    typo = tmp_path / "typo.sqlite"
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args] + ["--db", str(typo)]
    before = sorted(p.name for p in tmp_path.iterdir())
    r = CliRunner().invoke(cli, argv)
    assert r.exit_code == EXIT_BAD_INPUT, r.output
    assert "no database at" in one_line(r)
    assert not typo.exists() and not Path(f"{typo}.lock").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_db_upgrade_and_import_still_create_a_store(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    r = CliRunner().invoke(cli, ["db", "upgrade", "--db", str(tmp_path / "a.db")])
    assert r.exit_code == 0 and (tmp_path / "a.db").exists()
    r = CliRunner().invoke(cli, ["import", str(src), "--db", str(tmp_path / "b.db"), "--workers",
                                 "1"])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert (tmp_path / "b.db").exists()


# --- 2. characters a database cannot hold -----------------------------------------------------


def test_nul_and_lone_surrogates_are_stored_as_replacement_characters(tmp_path, db_url):  # noqa: F811
    """PostgreSQL refuses NUL in text; no database takes a lone surrogate (a JSON "\\ud800"
    gives one). Each becomes U+FFFD (one character for one: offsets stay valid), counted in
    one line; nothing is lost and the run goes on."""
    src = tmp_path / "odd.jsonl"
    src.write_text(
        json.dumps({"id": "1", "text": f"nul \u0000 here, mail {EMAIL}", "conversation_id": "c"})
        + "\n"
        + '{"id": "2", "text": "lone \\ud800 surrogate, ' + PERSON + '", "conversation_id": "c"}\n'
        + json.dumps({"id": "3", "text": "a plain one", "conversation_id": "c"})
        + "\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(cli, ["import", str(src), "--db", db_url, "--workers", "1", "--json"])
    assert r.exit_code == 0, r.output
    line = one_line(r)
    assert line.startswith("note: 2 message(s) held NUL or unpaired surrogate characters")
    counts = json.loads(r.stdout)
    assert counts["messages"] == 3 and counts["stored_with_replacement_characters"] == 2
    store = open_store(db_url, create=False)
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.messages.c.external_id, t.messages.c.text)).all()
        found = conn.execute(
            select(t.findings.c.start, t.findings.c.end, t.messages.c.text)
            .join(t.messages, t.messages.c.id == t.findings.c.message_id)
            .where(t.findings.c.entity_type == "EMAIL_ADDRESS")
        ).all()
    texts = dict(rows)
    assert texts["1"] == f"nul \ufffd here, mail {EMAIL}"
    assert texts["2"] == f"lone \ufffd surrogate, {PERSON}"
    assert [txt[a:b] for a, b, txt in found] == [EMAIL]  # the offsets still fit
    again = CliRunner().invoke(cli, ["import", str(src), "--db", db_url, "--workers", "1",
                                     "--json"])  # fmt: skip
    assert json.loads(again.stdout)["skipped"] == 3  # the same messages, not duplicates


# --- 2. a full disk, a read-only output folder ------------------------------------------------


def _no_temp_files(folder: Path) -> bool:
    return not list(folder.rglob(".pg-*"))


def test_a_full_disk_while_writing_is_one_line_exit_5_and_no_output(tmp_path, monkeypatch):
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "out" / "red.jsonl"
    out.parent.mkdir()
    real_fsync = os.fsync

    def full(fd):
        real_fsync(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    r = CliRunner().invoke(cli, ["redact", str(src), "-o", str(out), "--workers", "1"])
    assert r.exit_code == EXIT_IO == 5
    line = one_line(r)
    assert str(out) in line and "No space left on device" in line and "free some space" in line
    assert not out.exists() and _no_temp_files(out.parent)


@pytest.fixture
def small_tmpfs(tmp_path):
    """A real 64 KiB file system (mounting needs root; skipped otherwise)."""
    import subprocess

    mnt = tmp_path / "small"
    mnt.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)],
                          capture_output=True)  # fmt: skip
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode()[:200]}")
    yield mnt
    subprocess.run(["umount", str(mnt)], check=True)


def _big(tmp_path: Path) -> Path:
    rows = [{"id": str(i), "text": f"Mail jan{i}@example.com about order {i}, {PERSON}"}
            for i in range(3000)]  # fmt: skip
    return write_jsonl(tmp_path / "big.jsonl", rows)


def test_a_really_full_disk_on_redact(tmp_path, small_tmpfs):
    src = _big(tmp_path)
    out = small_tmpfs / "red.jsonl"
    r = CliRunner().invoke(cli, ["redact", str(src), "-o", str(out), "-q", "--workers", "1"])
    assert not out.exists() and _no_temp_files(small_tmpfs)
    assert r.exit_code == EXIT_IO
    assert "No space left on device" in one_line(r, forbidden=(PERSON, "jan1@example.com"))


def test_a_really_full_disk_on_import(tmp_path, small_tmpfs):
    src = _big(tmp_path)
    r = CliRunner().invoke(cli, ["import", str(src), "--db", str(small_tmpfs / "s.db"),
                                 "--workers", "1"])  # fmt: skip
    assert r.exit_code == EXIT_STORE
    line = one_line(r, forbidden=(PERSON, "jan1@example.com"))
    assert "failed (OperationalError: database or disk is full)" in line


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nothing can be written in: a read-only tmpfs as root, else mode 0555."""
    import subprocess

    ro = tmp_path / "ro"
    ro.mkdir()
    if os.geteuid() != 0:
        ro.chmod(0o555)
        yield ro
        ro.chmod(0o755)
        return
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro", "tmpfs", str(ro)],
                          capture_output=True)  # fmt: skip
    if done.returncode:
        pytest.skip(f"cannot mount a read-only tmpfs: {done.stderr.decode()[:200]}")
    yield ro
    subprocess.run(["umount", str(ro)], check=True)


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_a_read_only_output_folder_is_one_line_exit_5(tmp_path, read_only_folder, kind):
    if kind == "file":
        src = write_jsonl(tmp_path / "in.jsonl", ROWS)
        out = read_only_folder / "red.jsonl"
    else:
        (tmp_path / "src").mkdir()
        src = write_jsonl(tmp_path / "src" / "in.jsonl", ROWS).parent
        out = read_only_folder / "out"
    r = CliRunner().invoke(cli, ["redact", str(src), "-o", str(out), "--workers", "1"])
    assert r.exit_code == EXIT_IO
    line = one_line(r)
    assert str(read_only_folder) in line and ("Read-only" in line or "Permission" in line)
    assert list(read_only_folder.iterdir()) == []


# --- 3. read-only SQL sources -----------------------------------------------------------------


def _sqlite_source(folder: Path) -> Path:
    db = folder / "chats.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO messages VALUES (1, ?)", (f"mail {EMAIL}",))
    return db


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.mark.parametrize(
    "query",
    [
        "DROP TABLE messages",
        "CREATE TABLE evil (x)",
        "ALTER TABLE messages ADD COLUMN x TEXT",
        "ATTACH DATABASE '{dir}/new.db' AS y",
        "VACUUM INTO '{dir}/copy.db'",
        "DELETE FROM messages",
        "SELECT id, text FROM messages; DROP TABLE messages",
        "PRAGMA writable_schema=ON",
    ],
)
def test_a_sql_query_that_is_not_one_select_is_refused_and_nothing_changes(tmp_path, query):
    db = _sqlite_source(tmp_path)
    before = _state(tmp_path)
    q = query.replace("{dir}", str(tmp_path))
    r = CliRunner().invoke(cli, ["scan", f"sqlite:///{db}", "--query", q])
    assert r.exit_code == EXIT_BAD_INPUT
    assert "a SQL source is only read" in one_line(r)
    assert _state(tmp_path) == before  # no new file, no changed byte


def test_one_select_and_with_select_are_read(tmp_path):
    db = _sqlite_source(tmp_path)
    before = _state(tmp_path)
    for q in ("SELECT id, text FROM messages",
              "WITH m AS (SELECT id, text FROM messages) SELECT * FROM m;"):  # fmt: skip
        r = CliRunner().invoke(cli, ["scan", f"sqlite:///{db}", "--query", q, "--jsonl",
                                     "--workers", "1"])  # fmt: skip
        assert r.exit_code == 0, r.output
        assert [json.loads(x)["entity_type"] for x in r.stdout.splitlines()] == ["EMAIL_ADDRESS"]
    assert _state(tmp_path) == before


def test_the_connection_itself_cannot_write_or_attach(tmp_path):
    """The second wall, under the statement check: SQLite opened mode=ro, query_only and an
    authorizer that refuses ATTACH (which mode=ro alone lets create a file)."""
    from sqlalchemy.engine import make_url

    from privacyguard.ingest.sql import read_only_engine

    db = _sqlite_source(tmp_path)
    before = _state(tmp_path)
    engine = read_only_engine(make_url(f"sqlite:///{db}"), "chats.db")
    with engine.connect() as conn:
        for q in (f"ATTACH DATABASE '{tmp_path}/n.db' AS y", "DELETE FROM messages",
                  f"VACUUM INTO '{tmp_path}/c.db'", "CREATE TABLE x (y)"):  # fmt: skip
            with pytest.raises(Exception, match="not authorized|authorization denied|readonly"):
                conn.execute(text(q))
        assert conn.execute(text("SELECT count(*) FROM messages")).scalar() == 1
    engine.dispose()
    assert _state(tmp_path) == before


def test_a_missing_sqlite_source_is_refused_and_not_created(tmp_path):
    r = CliRunner().invoke(cli, ["scan", f"sqlite:///{tmp_path}/nothere.db", "--table", "m"])
    assert r.exit_code == EXIT_BAD_INPUT
    assert "no SQLite database" in one_line(r)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def pg_table():
    """A table in a fresh PostgreSQL schema (skipped when no server answers)."""
    import uuid

    reason = pg_available()
    if reason:
        pytest.skip(reason)
    schema = f"pgfault_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_BASE)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        conn.execute(text(f'CREATE TABLE "{schema}".messages (id int PRIMARY KEY, text text)'))
        conn.execute(text(f"INSERT INTO \"{schema}\".messages VALUES (1, 'mail {EMAIL}')"))
        conn.execute(text(f'CREATE SEQUENCE "{schema}".counter'))
    try:
        yield admin, schema, f"{PG_BASE}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_on_postgresql_a_query_runs_in_a_read_only_transaction(pg_table):
    admin, schema, url = pg_table
    r = CliRunner().invoke(cli, ["scan", url, "--query", "SELECT id, text FROM messages",
                                 "--jsonl", "--workers", "1"])  # fmt: skip
    assert r.exit_code == 0, r.output
    # a SELECT that writes: nextval() is not undone by a rollback, only a read-only
    # transaction refuses it
    q = "SELECT nextval('counter') AS id, 'x' AS text"
    r = CliRunner().invoke(cli, ["scan", url, "--query", q, "--workers", "1"])
    assert r.exit_code == EXIT_BAD_INPUT
    assert "ReadOnlySqlTransaction SQLSTATE 25006" in one_line(r)
    with admin.connect() as conn:
        assert conn.execute(text(f'SELECT last_value, is_called FROM "{schema}".counter')).one() \
            == (1, False)  # never advanced
    q = "WITH gone AS (DELETE FROM messages RETURNING id, text) SELECT * FROM gone"
    r = CliRunner().invoke(cli, ["scan", url, "--query", q, "--workers", "1"])
    assert r.exit_code == EXIT_BAD_INPUT and "cannot read" in one_line(r)
    for bad in ("DROP TABLE messages", "SELECT 1 AS id, 'x' AS text; DELETE FROM messages"):
        r = CliRunner().invoke(cli, ["scan", url, "--query", bad])
        assert r.exit_code == EXIT_BAD_INPUT and "only read" in one_line(r)
    with admin.connect() as conn:
        assert conn.execute(text(f'SELECT count(*) FROM "{schema}".messages')).scalar() == 1


# --- 6. CSV formula injection, weak keys -------------------------------------------------------


def test_the_audit_csv_neutralises_formulas(tmp_path):
    db = str(tmp_path / "s.db")
    assert CliRunner().invoke(cli, ["db", "upgrade", "--db", db]).exit_code == 0
    evil = "=cmd|'/c calc'!A1"
    r = CliRunner().invoke(cli, ["hold", "add", "channel", "whatsapp", "--future", "--reason",
                                 evil, "--db", db])  # fmt: skip
    assert r.exit_code == 0, r.output
    out = tmp_path / "r.csv"
    r = CliRunner().invoke(cli, ["audit", "--db", db, "--html", str(tmp_path / "r.html"),
                                 "--csv", str(out)])  # fmt: skip
    assert r.exit_code == 0, r.output
    import csv

    with out.open(encoding="utf-8", newline="") as f:
        cells = [c for row in csv.reader(f) for c in row]
    assert "'" + evil in cells and evil not in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]


@pytest.mark.parametrize("key", ["a" * 32, "ab" * 20, "password" * 4])
def test_a_weak_key_is_refused_with_how_to_make_one(tmp_path, key, monkeypatch):
    monkeypatch.setenv("PRIVACYGUARD_KEY", key)
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "o.jsonl"
    r = CliRunner().invoke(cli, ["redact", str(src), "-o", str(out), "--policy",
                                 "bank-customer-service", "--workers", "1"])  # fmt: skip
    assert r.exit_code == EXIT_BAD_INPUT
    line = one_line(r, forbidden=(EMAIL, PERSON, key))
    assert "too weak" in line and 'python -c "import secrets; print(secrets.token_hex(32))"' in line
    assert not out.exists()


def test_a_weak_audit_key_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("PRIVACYGUARD_AUDIT_KEY", "a" * 32)
    db = str(tmp_path / "s.db")
    CliRunner().invoke(cli, ["db", "upgrade", "--db", db])
    r = CliRunner().invoke(cli, ["hold", "add", "channel", "whatsapp", "--future", "--db", db])
    assert r.exit_code == EXIT_BAD_INPUT
    line = one_line(r, forbidden=("a" * 32,))
    assert "too weak" in line and "secrets.token_hex(32)" in line


def test_a_random_key_with_few_different_digits_passes_and_a_repeated_word_does_not():
    """32 random hex digits have 9 or fewer different ones about once in 10,000 keys (CI drew
    one): such a key is strong. A key that repeats itself is weak however many different
    characters its period has."""
    from privacyguard.keys import KeyProblem, key_from_text

    key_from_text("3a9f03f0a33c9ea0c5c3a3f99e0a5f3c")  # 8 different digits, no repeat
    for weak in ("abcdefghij" * 4, "correcthorse" * 3, "p4ssw0rd!" * 4):
        with pytest.raises(KeyProblem, match="too weak"):
            key_from_text(weak)


@pytest.mark.parametrize(
    ("key", "period"),
    [(b"a" * 32, 1), (b"ab" * 20, 2), (b"password" * 4, 8), (b"abcabcab", 3), (b"abcab", 5),
     (b"abcdefgh", 8), (b"", 0)],
)
def test_a_key_s_period(key, period):
    from privacyguard.keys import _period

    assert _period(key) == period


def test_random_keys_pass_the_strength_check():
    import secrets

    from privacyguard.act.keys import key_from_text

    for _ in range(500):  # the weakest-looking random keys still pass
        key_from_text(secrets.token_hex(16))
        key_from_text(secrets.token_urlsafe(32))


# --- 5. a folder redaction killed mid-run; a stream with a hostile line ------------------------


def test_a_killed_folder_redaction_leaves_a_marker_and_the_next_run_cleans_up(tmp_path):
    """A real process, SIGKILLed while it writes the folder (its fsync slowed down so that
    the kill lands mid-write): the folder says it is incomplete; the next run removes the
    temporary files the killed one left, says so, and leaves a complete folder."""
    import signal
    import subprocess
    import sys
    import time

    src = tmp_path / "src"
    src.mkdir()
    for i in range(40):
        write_jsonl(src / f"chat{i:02}.jsonl",
                    [{"id": "1", "text": f"mail jan{i}@example.com"}])  # fmt: skip
    out = tmp_path / "out"
    slow = (
        "import os, sys, time\n"
        "real = os.fsync\n"
        "os.fsync = lambda fd: (time.sleep(0.2), real(fd))\n"
        "from privacyguard.cli import cli\n"
        "cli(sys.argv[1:])\n"
    )
    env = {**os.environ, "PRIVACYGUARD_WORKERS": "1"}
    proc = subprocess.Popen([sys.executable, "-c", slow, "redact", str(src), "-o", str(out),
                             "-q"], env=env, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        written = [p for p in out.glob("chat*.jsonl")] if out.exists() else []
        if len(written) >= 2 and list(out.glob(".pg-*")):
            break
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()  # type: ignore[union-attr]
    assert (out / ".privacyguard-incomplete").exists()
    assert "incomplete" in (out / ".privacyguard-incomplete").read_text()
    stale = list(out.glob(".pg-*"))
    assert stale and len(list(out.glob("chat*.jsonl"))) < 40
    r = CliRunner().invoke(cli, ["redact", str(src), "-o", str(out), "-q", "--workers", "1"])
    assert r.exit_code == 0, r.output
    line = one_line(r, forbidden=("jan1@example.com",))
    assert line.startswith(f"note: an earlier redaction into {out} was interrupted")
    assert f"removed {len(stale)} temporary file(s)" in line
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in src.iterdir())
    assert all("@example.com" not in p.read_text() for p in out.iterdir())


def test_a_second_redaction_into_a_folder_being_written_is_exit_3(tmp_path):
    import fcntl

    src = tmp_path / "src"
    src.mkdir()
    write_jsonl(src / "a.jsonl", ROWS)
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".privacyguard-incomplete", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        r = CliRunner().invoke(cli, ["redact", str(src), "-o", str(out), "--workers", "1"])
    assert r.exit_code == EXIT_BUSY == 3
    assert "another privacyguard redaction is writing into" in one_line(r)
    assert sorted(p.name for p in out.iterdir()) == [".privacyguard-incomplete"]


def test_the_stream_withholds_a_too_deep_line_and_goes_on(tmp_path):
    deep = '{"id": "2", "text": "x", "extra": ' + "[" * 5000 + "]" * 5000 + "}"
    lines = [json.dumps(ROWS[0]), deep, json.dumps({"id": "3", "text": f"bye {PERSON}"})]
    r = CliRunner().invoke(cli, ["redact", "-", "-o", "-", "-q", "--workers", "1"],
                           input="\n".join(lines) + "\n")  # fmt: skip
    assert r.exit_code == EXIT_BAD_INPUT
    assert "Traceback" not in r.output
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["1", "3"]
    assert EMAIL not in r.stdout and PERSON not in r.stdout
    problems = [x for x in r.stderr.splitlines() if x.strip()]
    assert problems == [
        "<stdin>:2: not read, withheld from the output: JSON nested deeper than 100 levels "
        "(max_json_depth)"
    ]


def test_a_lone_surrogate_and_a_nul_pass_scan_and_the_stream_filter(tmp_path):
    """A JSON "\\ud800" escape gives a string that cannot be encoded as UTF-8: the scan's
    previews show U+FFFD, the filter writes the same escape back (valid JSON, same value)."""
    src = tmp_path / "odd.jsonl"
    lines = ['{"id": "1", "text": "hi \\ud800 ' + EMAIL + '"}',
             '{"id": "2", "text": "nul \\u0000 ' + EMAIL + '"}']  # fmt: skip
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["scan", str(src), "--workers", "1"])
    assert r.exit_code == 0, r.output
    assert "hi \ufffd <EMAIL_ADDRESS>" in r.stdout and "nul \ufffd <EMAIL_ADDRESS>" in r.stdout
    r = CliRunner().invoke(cli, ["redact", "-", "-o", "-", "-q", "--workers", "1"],
                           input=src.read_bytes())  # fmt: skip
    assert r.exit_code == 0, r.output
    assert [json.loads(x)["text"] for x in r.stdout.splitlines()] == [
        "hi \ud800 <EMAIL_ADDRESS>", "nul \u0000 <EMAIL_ADDRESS>",
    ]  # fmt: skip


def test_an_ambiguous_name_is_one_bounded_line(tmp_path):
    """A name that 300 unlinked senders share was a 50 KB line: now five of them, the count
    of the rest, and what to do first."""
    from datetime import datetime, timezone

    from tests.store_support import detected

    url = f"sqlite:///{tmp_path / 's.db'}"
    store = open_store(url)
    when = datetime(2026, 5, 1, tzinfo=timezone.utc)
    store.add([("chat", detected(f"c{i}", "1", when, "hello", [], sender="Jan Jansen"))
               for i in range(300)], "src")  # fmt: skip
    r = CliRunner().invoke(cli, ["subject", "find", "--db", url, "--name", "Jan Jansen"])
    assert r.exit_code == EXIT_BAD_INPUT
    line = one_line(r, forbidden=())
    assert len(line) <= 500 and "matches 300 different senders" in line
    assert "--same-person" in line and "297 more" in line

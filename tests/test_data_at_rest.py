"""Data at rest (issue 11, item 5): SQLite stores and their lock files are created owner-only,
``secure_delete`` is set on every SQLite connection, `subject erase --vacuum-full` leaves no
erased text in PostgreSQL's table files (and without it the receipt says what to run), and a
subject export holds no third party's e-mail address, phone number or name, also not those
the subject typed (art. 15(4)).

Synthetic people: Ivan Ivanov (the subject) and his colleague Peter Jameson; phone numbers
are valid per phonenumbers.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from privacyguard.cli import cli
from privacyguard.store import open_store

IVAN = ["--name", "Ivan Ivanov", "--phone", "+31 6 12345678"]
IVAN_EMAIL = "ivan.ivanov@example.net"
PETER = ("Peter Jameson", "peter.jameson@example.com", "+47 412 34 567")
ERASED = "QX7T2M-RESIDUE-MARKER"  # in Ivan's own message: must leave the files on erasure
MENTION = "Ivan Ivanow"  # in Anna's chat: redacted in place (an UPDATE leaves the old row)

CHATS = [
    {"id": "i1", "conversation_id": "ivan-1", "sender": "Ivan Ivanov", "role": "customer",
     "timestamp": "2026-04-05T08:00:00+00:00", "lang": "en",
     "text": f"Booking {ERASED}. Please also send the confirmation to my colleague {PETER[0]}, "
             f"{PETER[1]}, phone {PETER[2]}. My own address is {IVAN_EMAIL}, my phone "
             "+31 6 12345678"},
    {"id": "i2", "conversation_id": "ivan-1", "sender": "Sanne Bakker", "role": "agent",
     "timestamp": "2026-04-05T08:05:00+00:00", "lang": "en",
     "text": "Thank you, we will send it to both addresses."},
    {"id": "a1", "conversation_id": "anna-1", "sender": "Anna de Vries", "role": "customer",
     "timestamp": "2026-04-01T08:00:00+00:00", "lang": "en",
     "text": f"I travel with my colleague {MENTION}, please add him to booking ZK3P9Q."},
]  # fmt: skip


def _invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def store_url(db_url, tmp_path):
    src = tmp_path / "chats.jsonl"
    src.write_text("".join(json.dumps(c) + "\n" for c in CHATS), encoding="utf-8")
    r = _invoke("import", str(src), "--db", db_url)
    assert r.exit_code == 0, r.output
    return db_url


# --- SQLite: owner-only files, secure_delete ------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_sqlite_store_and_its_lock_file_are_owner_only(tmp_path):
    old = os.umask(0o022)  # the usual umask, under which SQLite alone makes 0644 files
    try:
        db = tmp_path / "new.db"
        r = _invoke("db", "upgrade", "--db", str(db))
        assert r.exit_code == 0, r.output
        with open_store(str(db)) as store, store.run_lock():
            pass
        plain = tmp_path / "plain.db"
        sqlite3.connect(plain).execute("CREATE TABLE x (y)").connection.close()
    finally:
        os.umask(old)
    assert _mode(db) == 0o600
    assert _mode(Path(f"{db}.lock")) == 0o600
    assert _mode(plain) == 0o644  # what the store would be without privacyguard's care


def test_the_rollback_journal_of_a_write_is_owner_only_too(tmp_path):
    old = os.umask(0o022)
    try:
        db = tmp_path / "j.db"
        store = open_store(str(db))
        journal = Path(f"{db}-journal")
        with store.engine.begin() as conn:  # the journal exists while a write is open
            conn.exec_driver_sql("CREATE TABLE residue_probe (x TEXT)")
            conn.exec_driver_sql("INSERT INTO residue_probe VALUES ('x')")
            assert journal.exists()
            assert _mode(journal) == 0o600
        store.close()
    finally:
        os.umask(old)


def test_an_existing_store_keeps_its_mode(tmp_path):
    db = tmp_path / "shared.db"
    db.touch(mode=0o640)
    os.chmod(db, 0o640)
    with open_store(str(db)):
        pass
    assert _mode(db) == 0o640


def test_secure_delete_is_on_for_every_sqlite_connection(tmp_path):
    store = open_store(str(tmp_path / "s.db"))
    for _ in range(2):  # no pool: each connect is a new SQLite connection
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    raw = sqlite3.connect(tmp_path / "s.db")
    raw.execute("PRAGMA secure_delete=OFF")  # a connection privacyguard did not open
    assert raw.execute("PRAGMA secure_delete").fetchone()[0] == 0
    raw.close()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    store.close()


# --- erasure: residue in the database's files -----------------------------------------------


def _erase(url: str, *extra: str) -> dict:
    r = _invoke("subject", "erase", "--db", url, *IVAN, "--same-person", "--yes", *extra)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def _pg_files(url: str) -> list[Path]:
    """The files of the tables that held erased text (and their TOAST), flushed to disk."""
    eng = create_engine(url)
    with eng.connect() as conn:
        conn.execute(text("CHECKPOINT"))  # shared buffers to the files
        data = Path(conn.execute(text("SHOW data_directory")).scalar())
        rels = conn.execute(text(
            "SELECT pg_relation_filepath(c.oid) FROM pg_class c "
            "WHERE c.oid IN ('messages'::regclass, 'conversations'::regclass) "
            "OR c.oid IN (SELECT reltoastrelid FROM pg_class "
            "             WHERE oid IN ('messages'::regclass, 'conversations'::regclass))"
        )).scalars().all()  # fmt: skip
    eng.dispose()
    return [data / r for r in rels if r]


def _in_files(files: list[Path], needle: str) -> bool:
    return any(needle.encode() in f.read_bytes() for f in files if f.exists())


def _pg_readable(url: str) -> str | None:
    try:
        files = _pg_files(url)
        for f in files:
            f.read_bytes()
    except Exception as e:  # noqa: BLE001 - a remote server or no superuser: say why
        return f"PostgreSQL's table files cannot be read here: {type(e).__name__}: {e}"[:200]
    return None


def test_on_sqlite_erased_text_is_not_in_the_file_and_the_receipt_says_why(store_url):
    if not store_url.startswith("sqlite"):
        pytest.skip("SQLite only; PostgreSQL: the vacuum tests below")
    path = Path(store_url.removeprefix("sqlite:///"))
    assert ERASED.encode() in path.read_bytes() and MENTION.encode() in path.read_bytes()
    receipt = _erase(store_url)
    assert receipt["data_at_rest"]["secure_delete"].startswith("on:")
    assert ERASED.encode() not in path.read_bytes()
    assert MENTION.encode() not in path.read_bytes()


def test_on_postgresql_without_vacuum_full_the_receipt_says_what_to_run(store_url):
    if not store_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    receipt = _erase(store_url)
    state = receipt["data_at_rest"]["vacuum_full"]
    assert state.startswith("not done: run `VACUUM FULL messages, conversations, findings`")
    assert "WAL" in receipt["data_at_rest"]["not_covered"]
    reason = _pg_readable(store_url)
    if reason:
        pytest.skip(reason)
    # the worst case the option exists for: the erased text is still in the heap file
    assert _in_files(_pg_files(store_url), ERASED)


def test_on_postgresql_vacuum_full_removes_erased_text_from_the_table_files(store_url):
    if not store_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    reason = _pg_readable(store_url)
    if reason:
        pytest.skip(reason)
    assert _in_files(_pg_files(store_url), ERASED)  # the check sees stored text
    receipt = _erase(store_url, "--vacuum-full")
    assert receipt["data_at_rest"]["vacuum_full"].startswith("vacuum full done")
    files = _pg_files(store_url)
    assert files and not _in_files(files, ERASED) and not _in_files(files, MENTION)
    # what was not erased is still there: the files read are the live ones
    assert _in_files(files, "ZK3P9Q")


# --- subject export: no third party's contact data ------------------------------------------


def test_the_export_holds_no_third_party_contact_data_the_subject_typed(store_url, tmp_path):
    out = tmp_path / "export"
    r = _invoke("subject", "export", "--db", store_url, *IVAN, "--email", IVAN_EMAIL,
                "--same-person", "--request", "DSR-T-1", "-o", str(out))  # fmt: skip
    assert r.exit_code == 0, r.output
    exported = (out / "DSR-T-1.json").read_text(encoding="utf-8")
    page = (out / "DSR-T-1.html").read_text(encoding="utf-8")
    data = json.loads(exported)
    [own] = [c for c in data["conversations"] if c["relation"] == "own"]
    typed = own["messages"][0]["text"]
    for third in (*PETER, "Jameson", "peter.jameson", "412 34 567"):
        assert third not in exported and third not in page, third
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON"} <= set(own["messages"][0]["redactions"])
    # the subject's own data stays: it is what art. 15 gives them
    assert IVAN_EMAIL in typed and "+31 6 12345678" in typed and ERASED in typed
    assert "<EMAIL_ADDRESS>" in typed and "<PHONE_NUMBER>" in typed

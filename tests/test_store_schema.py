"""Schema versions: Alembic migrations shipped in the package, upgrades, refusals."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import insert, select, text

from privacyguard.cli import cli
from privacyguard.store import StoreError, open_store
from privacyguard.store import tables as t

from .store_support import NOW, counts, seed


def test_when_database_is_empty_then_db_upgrade_creates_the_schema(db_url):
    r = CliRunner().invoke(cli, ["db", "upgrade", "--db", db_url])
    assert r.exit_code == 0, r.output
    head = open_store(db_url, check=False).head()
    assert f"upgraded from empty to {head}" in r.output
    r = CliRunner().invoke(cli, ["db", "upgrade", "--db", db_url])
    assert "up to date" in r.output


def test_when_created_by_the_first_migration_then_it_upgrades_cleanly(db_url):
    s = open_store(db_url, check=False)
    s.upgrade("0001")
    assert s.revision() == "0001"
    with s.engine.begin() as conn:
        cid = conn.execute(
            insert(t.conversations).values(source="s", external_id="c", channel="jsonl")
        ).inserted_primary_key[0]
        mid = conn.execute(
            insert(t.messages).values(conversation_id=cid, external_id="m", text="hi Kari")
        ).inserted_primary_key[0]
        conn.execute(
            text(
                'INSERT INTO findings (message_id, entity_type, field, start, "end", score) '
                "VALUES (:m, 'PERSON', 'text', 3, 7, 0.8)"
            ),
            {"m": mid},
        )
    with pytest.raises(StoreError, match="older than this privacyguard.*db upgrade"):
        s.check_schema()
    before, after = s.upgrade()
    assert (before, after) == ("0001", s.head())
    s.check_schema()
    with s.engine.connect() as conn:
        f = conn.execute(select(t.findings)).one()
    assert (f.entity_type, f.start, f.end, f.expired) == ("PERSON", 3, 7, False)
    s.engine.dispose()


def test_when_database_is_newer_than_the_code_then_clear_error_and_nothing_deleted(
    store, policy_file
):
    seed(store)
    before = counts(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    url = store.engine.url.render_as_string(hide_password=False)
    with pytest.raises(StoreError, match="newer than this version of privacyguard"):
        open_store(url)
    r = CliRunner().invoke(
        cli,
        [
            "retention",
            "apply",
            "--db",
            url,
            "--policy",
            str(policy_file),
            "--as-of",
            NOW.isoformat(),
        ],  # fmt: skip
    )
    assert r.exit_code == 2
    assert "newer than this version" in r.output
    r = CliRunner().invoke(cli, ["db", "upgrade", "--db", url])
    assert r.exit_code == 2 and "0099_future" in r.output
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": store.head()})
    assert counts(store) == before


def test_when_path_is_given_then_it_is_a_sqlite_file(tmp_path):
    s = open_store(str(tmp_path / "x.db"))
    assert s.dialect == "sqlite" and (tmp_path / "x.db").exists()
    s.engine.dispose()


def test_when_env_names_the_database_then_it_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv("PRIVACYGUARD_DB", str(tmp_path / "env.db"))
    r = CliRunner().invoke(cli, ["db", "upgrade"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "env.db").exists()


def test_findings_table_has_no_value_column():
    assert not {"value", "text", "match"} & {c.name for c in t.findings.c}
    assert datetime.now(timezone.utc)  # time in store code is always passed in


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_when_store_is_in_memory_then_every_connection_sees_one_database(url):
    store = open_store(url)
    with store.engine.begin() as conn:
        conn.execute(insert(t.conversations).values(source="s", external_id="c1", channel="chat"))
    with store.engine.connect() as conn:
        assert conn.scalar(select(t.conversations.c.external_id)) == "c1"
    assert store.revision() == store.head()
    store.close()
    other = open_store(url)  # a new store is a new, empty database
    with other.engine.connect() as conn:
        assert conn.scalar(select(t.conversations.c.external_id)) is None
    other.close()

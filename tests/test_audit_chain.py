"""The keyed, anchored audit chain against someone who can write the database but has not
the audit key nor the anchor file: each forgery of issue 11 is detected, on SQLite and on
PostgreSQL. A forger recomputes the chain the best way open to them: HMACs with a key of
their own (the format is public), or the old unkeyed hashes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, insert, select, update

from privacyguard.act import retention
from privacyguard.act.keys import KeyProblem, key_from_text
from privacyguard.cli import cli
from privacyguard.config.policy import load_policy
from privacyguard.record import anchor
from privacyguard.record.audit import (
    GENESIS,
    AuditBroken,
    AuditNotKeyed,
    canonical,
    chain_hash,
    chain_key,
    chain_mac,
    events,
    rekey,
    verify,
)
from privacyguard.store import tables as t

from .store_support import NOW, counts, seed

FORGER = chain_key(key_from_text("the-forger-s-own-key-0123456789abcdef"))


@pytest.fixture
def anchored(store, policy_file, tmp_path, monkeypatch):
    """A store with holds and a retention run in its log, its head anchored; on SQLite the
    anchor file is the default one beside the database, on PostgreSQL the configured one."""
    if store.dialect != "sqlite":
        monkeypatch.setenv(anchor.ANCHOR_ENV, str(tmp_path / "pg.audit-anchor"))
    seed(store)
    retention.add_hold(store, "channel", "whatsapp_txt", reason="case 1", operator="dpo", now=NOW)
    retention.remove_hold(store, "channel", "whatsapp_txt", operator="dpo", now=NOW)
    retention.expire(store, load_policy(policy_file), NOW, operator="cron", batch_size=3)
    got = anchor.anchor_head(store.engine)
    assert got is not None and got.written and got.path is not None
    with store.engine.connect() as conn:
        assert verify(conn).anchored == got.seq
    return store


def _rows(store) -> list[str]:
    with store.engine.connect() as conn:
        return [r.event for r in conn.execute(select(t.audit_log).order_by(t.audit_log.c.seq))]


def _rewrite(store, bodies: list[str], how: str = "forger-key") -> None:
    """Replace the whole log by ``bodies``, renumbered from 1, with a consistent chain and
    head: HMACs under the forger's key, or the old unkeyed hashes."""
    with store.engine.begin() as conn:
        conn.execute(delete(t.audit_log))
        prev = GENESIS
        for seq, body in enumerate(bodies, 1):
            digest = (chain_mac(FORGER, seq, prev, body) if how == "forger-key"
                      else chain_hash(prev, body))  # fmt: skip
            conn.execute(insert(t.audit_log).values(seq=seq, event=body, prev_hash=prev,
                                                    hash=digest))  # fmt: skip
            prev = digest
        conn.execute(update(t.audit_head).values(count=len(bodies), hash=prev))


def _cli_verify(store, *extra: str):
    url = store.engine.url.render_as_string(hide_password=False)
    return CliRunner().invoke(cli, ["audit-log", "verify", "--db", url, *extra])


def _broken(store, match: str) -> None:
    with store.engine.connect() as conn, pytest.raises(AuditBroken, match=match):
        verify(conn)
    r = _cli_verify(store)
    assert r.exit_code == 2, r.output
    assert "error: audit log:" in r.output


def test_truncating_the_tail_and_fixing_the_head_is_detected(anchored):
    bodies = _rows(anchored)
    keep = len(bodies) - 3
    with anchored.engine.begin() as conn:
        last = conn.execute(select(t.audit_log.c.hash).where(t.audit_log.c.seq == keep)).scalar()
        conn.execute(delete(t.audit_log).where(t.audit_log.c.seq > keep))
        conn.execute(update(t.audit_head).values(count=keep, hash=last))
    # the chain itself is intact (every remaining HMAC is genuine): only the anchor shows it
    with anchored.engine.connect() as conn:
        assert verify(conn, anchor_path=None).count == keep
    _broken(anchored, f"records event {len(bodies)}, but the log has only {keep} events")


def test_truncation_is_detected_by_expect_head_without_an_anchor_file(anchored):
    with anchored.engine.connect() as conn:
        token = verify(conn).token
    with anchored.engine.begin() as conn:
        conn.execute(delete(t.audit_log).where(t.audit_log.c.seq > 1))
        first = conn.execute(select(t.audit_log.c.hash)).scalar()
        conn.execute(update(t.audit_head).values(count=1, hash=first))
    r = _cli_verify(anchored, "--expect-head", token, "--anchor", "/dev/null")
    assert r.exit_code == 2 and "the expected head records event" in r.output, r.output


def test_dropping_an_event_and_renumbering_is_detected(anchored):
    bodies = _rows(anchored)
    _rewrite(anchored, bodies[:1] + bodies[2:])
    _broken(anchored, "event 1 was changed after it was written, or written without the audit")


def test_editing_an_event_and_recomputing_is_detected(anchored):
    bodies = _rows(anchored)
    i = next(n for n, b in enumerate(bodies) if '"retention.apply"' in b)
    event = json.loads(bodies[i])
    event["count"], event["operator"] = 0, "nobody"
    bodies[i] = canonical(event)
    _rewrite(anchored, bodies)
    _broken(anchored, "event 1 was changed after it was written")


def test_appending_a_forged_hold_remove_is_detected(anchored):
    with anchored.engine.begin() as conn:
        head = conn.execute(select(t.audit_head)).one()
        body = canonical({"event": "hold.remove", "at": NOW.isoformat(), "operator": "dpo",
                          "kind": "channel", "value": "whatsapp_txt", "hold": 1})  # fmt: skip
        seq = head.count + 1
        forged = chain_mac(FORGER, seq, head.hash, body)
        conn.execute(insert(t.audit_log).values(seq=seq, event=body, prev_hash=head.hash,
                                                hash=forged))  # fmt: skip
        conn.execute(update(t.audit_head).values(count=seq, hash=forged))
    _broken(anchored, f"event {seq} was changed after it was written, or written without")


def test_appending_a_forged_unkeyed_hold_remove_is_detected(anchored):
    with anchored.engine.begin() as conn:
        head = conn.execute(select(t.audit_head)).one()
        body = canonical({"event": "hold.remove", "operator": "dpo", "kind": "channel"})
        seq, forged = head.count + 1, chain_hash(head.hash, body)
        conn.execute(insert(t.audit_log).values(seq=seq, event=body, prev_hash=head.hash,
                                                hash=forged))  # fmt: skip
        conn.execute(update(t.audit_head).values(count=seq, hash=forged))
    _broken(anchored, f"event {seq} is not keyed but follows keyed events")


@pytest.mark.parametrize("how", ["forger-key", "unkeyed"])
def test_deleting_every_retention_apply_event_is_detected(anchored, how):
    bodies = _rows(anchored)
    kept = [b for b in bodies if '"retention.apply"' not in b]
    assert len(kept) < len(bodies) - 1
    _rewrite(anchored, kept, how)
    _broken(anchored, "event 1 was changed" if how == "forger-key" else "before the chain was")
    if how == "unkeyed":  # even if nothing asked for a keyed chain, the anchor disagrees
        with anchored.engine.connect() as conn:
            with pytest.raises(AuditBroken, match="the anchor file .* records event"):
                verify(conn, allow_unkeyed=True)


def test_deleting_all_events_and_the_head_is_detected(anchored):
    with anchored.engine.connect() as conn:
        token = verify(conn).token
    with anchored.engine.begin() as conn:
        conn.execute(delete(t.audit_log))
        conn.execute(delete(t.audit_head))
    _broken(anchored, "but the log has only 0 events")
    r = _cli_verify(anchored, "--expect-head", token, "--anchor", "/dev/null")
    assert r.exit_code == 2 and "the log has only 0 events" in r.output, r.output


def test_a_retention_run_refuses_a_truncated_log_and_deletes_nothing(anchored, policy_file):
    with anchored.engine.begin() as conn:
        conn.execute(delete(t.audit_log))
        conn.execute(delete(t.audit_head))
    seed(anchored, 8)  # more data, some of it overdue
    before = counts(anchored)
    with pytest.raises(AuditBroken, match="the log has only 0 events"):
        retention.expire(anchored, load_policy(policy_file), NOW, operator="cron")
    assert counts(anchored) == before


def test_each_cli_run_that_appends_events_anchors_its_head(store, tmp_path, monkeypatch):
    url = store.engine.url.render_as_string(hide_password=False)
    path = tmp_path / "anchor.jsonl"
    monkeypatch.setenv(anchor.ANCHOR_ENV, str(path))
    for args in (["add", "channel", "x", "--future"], ["remove", "channel", "x"]):
        r = CliRunner().invoke(cli, ["-v", "hold", *args, "--db", url])
        assert r.exit_code == 0, r.output
    with store.engine.connect() as conn:
        v = verify(conn)
    lines = [json.loads(x) for x in path.read_text().splitlines()]
    assert [(x["seq"], x["head"]) for x in lines] == [(1, lines[0]["head"]), (2, v.head)]
    assert f"audit head {v.token} (anchored in {path})" in r.output
    assert v.anchored == 2
    ok = _cli_verify(store, "--expect-head", f"1:{lines[0]['head']}")
    assert ok.exit_code == 0 and "expected head 1 is in the log (1 events after it)" in ok.output


def test_every_store_has_a_default_anchor_file_outside_the_database(store, tmp_path):
    path = anchor.default_path(store.engine.url)
    if store.dialect == "sqlite":
        assert str(path) == f"{store.engine.url.database}.audit-anchor"
    else:  # one per store (schema) in the state folder of the machine running privacyguard
        assert path.parent == tmp_path.parent / "state/privacyguard/audit-anchors"
        assert path.name.startswith("127.0.0.1_5432_test-")
    url = store.engine.url.render_as_string(hide_password=False)
    r = CliRunner().invoke(cli, ["-v", "hold", "add", "channel", "x", "--future", "--db", url])
    assert r.exit_code == 0 and "audit head 1:k1:" in r.output and str(path) in r.output
    assert json.loads(path.read_text())["seq"] == 1


def test_without_the_key_nothing_is_changed_and_the_error_says_what_to_do(store, monkeypatch):
    monkeypatch.delenv("PRIVACYGUARD_AUDIT_KEY")
    with pytest.raises(KeyProblem, match="no audit key: set PRIVACYGUARD_AUDIT_KEY_FILE"):
        retention.add_hold(store, "channel", "x", reason=None, operator="dpo", now=NOW)
    assert counts(store)["legal_holds"] == 0


def test_with_another_key_appending_refuses_and_nothing_is_changed(store, monkeypatch, tmp_path):
    retention.add_hold(store, "channel", "x", reason=None, operator="dpo", now=NOW)
    other = tmp_path / "other.key"
    other.write_text("a-different-audit-key-0123456789abcdef\n")
    monkeypatch.setenv("PRIVACYGUARD_AUDIT_KEY_FILE", str(other))
    with pytest.raises(AuditBroken, match="does not verify with the audit key from key file"):
        retention.add_hold(store, "channel", "y", reason=None, operator="dpo", now=NOW)
    assert counts(store)["legal_holds"] == 1


def _legacy_log(store, n: int) -> None:
    """A log as privacyguard wrote it before the chain was keyed."""
    _rewrite(store, [canonical({"event": "hold.add", "n": i}) for i in range(n)], "unkeyed")


def test_an_unkeyed_log_is_never_reported_verified_until_sealed_by_rekey(store):
    with store.engine.begin() as conn:
        conn.execute(insert(t.audit_head).values(id=1, count=0, hash=GENESIS))
    _legacy_log(store, 3)
    with store.engine.connect() as conn, pytest.raises(AuditNotKeyed, match="events 1-3"):
        verify(conn)
    assert _cli_verify(store).exit_code == 2
    with pytest.raises(AuditNotKeyed, match="audit-log rekey"):
        retention.add_hold(store, "channel", "x", reason=None, operator="dpo", now=NOW)
    url = store.engine.url.render_as_string(hide_password=False)
    r = CliRunner().invoke(cli, ["audit-log", "rekey", "--db", url, "--reason", "CHG-1"])
    assert r.exit_code == 0 and "events 1-3 sealed by keyed event 4" in r.output, r.output
    retention.add_hold(store, "channel", "x", reason=None, operator="dpo", now=NOW)
    with store.engine.connect() as conn:
        v = verify(conn)
        sealed = dict(events(conn))[4]
    assert (v.count, v.unkeyed, v.sealed_by) == (5, 3, 4)
    assert sealed["event"] == "audit.chain_keyed" and sealed["sealed_events"] == 3
    r = _cli_verify(store)
    assert "events 1-3 were written before the chain was keyed: event 4 seals them" in r.output
    # an old event rewritten after sealing, its unkeyed chain recomputed: detected
    bodies = _rows(store)
    bodies[0] = canonical({"event": "hold.add", "n": "forged"})
    with store.engine.begin() as conn:
        prev = GENESIS
        for seq, body in enumerate(bodies[:3], 1):
            digest = chain_hash(prev, body)
            conn.execute(update(t.audit_log).where(t.audit_log.c.seq == seq)
                         .values(event=body, prev_hash=prev, hash=digest))  # fmt: skip
            prev = digest
    with store.engine.connect() as conn, pytest.raises(AuditBroken, match="event 4 does not"):
        verify(conn)


def test_rekey_refuses_a_keyed_or_empty_log(store):
    with store.engine.begin() as conn, pytest.raises(AuditBroken, match="empty"):
        rekey(conn, operator="dpo", now=NOW)
    retention.add_hold(store, "channel", "x", reason=None, operator="dpo", now=NOW)
    with store.engine.begin() as conn, pytest.raises(AuditBroken, match="already keyed"):
        rekey(conn, operator="dpo", now=NOW)


def test_a_hand_edited_anchor_file_is_an_error_naming_its_line(anchored, tmp_path):
    path = anchor.default_path(anchored.engine.url)
    with open(path, "a") as fh:
        fh.write("not json\n")
    n = len(path.read_text().splitlines())
    with anchored.engine.connect() as conn:
        with pytest.raises(anchor.AnchorProblem, match=f"{path} line {n} is not an anchored"):
            verify(conn)

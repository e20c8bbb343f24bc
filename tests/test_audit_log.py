"""The audit log: hash-chained, no raw personal data, any edit or deletion detected."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select, text

from privacyguard.act import retention
from privacyguard.cli import cli
from privacyguard.config.policy import load_policy
from privacyguard.record import AuditBroken, events, verify
from privacyguard.store import tables as t

from .store_support import IBAN_TEXT, NOW, counts, seed


def _with_events(store, policy_file):
    seed(store)
    retention.add_hold(store, "customer", "Kari Nordmann", reason="case 1", operator="dpo",
                       now=NOW)  # fmt: skip
    retention.remove_hold(store, "customer", "Kari Nordmann", operator="dpo", now=NOW)
    retention.expire(store, load_policy(policy_file), NOW, operator="cron", batch_size=3)


def test_every_apply_and_hold_appends_an_event_without_personal_data(store, policy_file):
    _with_events(store, policy_file)
    with store.engine.connect() as conn:
        evs = [e for _, e in events(conn)]
        raw = "\n".join(r.event for r in conn.execute(select(t.audit_log)))
        v = verify(conn)
    assert v.count == len(evs) > 5
    kinds = [e["event"] for e in evs]
    assert kinds[:2] == ["hold.add", "hold.remove"] and kinds[-1] == "retention.run"
    applied = [e for e in evs if e["event"] == "retention.apply"]
    assert {e["action"] for e in applied} == set(retention.ACTIONS) - {"delete_message"}
    for e in applied:
        assert {"at", "policy", "rule", "cite", "action", "count", "ids", "operator"} <= set(e)
        assert e["operator"] == "cron" and all(isinstance(i, int) for i in e["ids"])
    for secret in ("Kari", "Nordmann", "NL91ABNA0417164300", IBAN_TEXT):
        assert secret not in raw


@pytest.mark.parametrize(
    "tamper,message",
    [
        ("UPDATE audit_log SET event = replace(event, 'cron', 'evil') WHERE seq = 3",
         "event 3 was changed"),
        ("DELETE FROM audit_log WHERE seq = 2", "event 2 is missing"),
        ("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",
         "last events were deleted"),
        ("UPDATE audit_log SET prev_hash = hash WHERE seq = 4", "event 4 does not follow"),
    ],
)  # fmt: skip
def test_when_chain_is_tampered_then_verify_names_the_event(store, policy_file, tamper, message):
    _with_events(store, policy_file)
    with store.engine.begin() as conn:
        conn.execute(text(tamper))
    with store.engine.connect() as conn, pytest.raises(AuditBroken, match=message):
        verify(conn)
    url = store.engine.url.render_as_string(hide_password=False)
    r = CliRunner().invoke(cli, ["audit-log", "verify", "--db", url])
    assert r.exit_code == 2 and message in r.output


def test_when_chain_is_corrupt_then_apply_refuses_and_deletes_nothing(store, policy_file):
    seed(store)
    retention.add_hold(store, "channel", "x", reason=None, operator="dpo", now=NOW)
    retention.remove_hold(store, "channel", "x", operator="dpo", now=NOW)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET event = '{}' WHERE seq = 1"))
    before = counts(store)
    url = store.engine.url.render_as_string(hide_password=False)
    r = CliRunner().invoke(cli, ["retention", "apply", "--db", url, "--policy", str(policy_file),
                                 "--as-of", NOW.isoformat()])  # fmt: skip
    assert r.exit_code == 2 and "event 1 was changed" in r.output
    assert counts(store) == before


def test_verify_cli_on_a_good_chain(store, policy_file):
    _with_events(store, policy_file)
    url = store.engine.url.render_as_string(hide_password=False)
    r = CliRunner().invoke(cli, ["audit-log", "verify", "--db", url])
    assert r.exit_code == 0 and "audit log verifies" in r.output
    assert json.loads  # events are JSON (checked above)

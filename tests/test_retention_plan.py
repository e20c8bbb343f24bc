"""Retention: plan says exactly what apply does; holds keep data; bad input changes nothing."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from privacyguard.act import retention
from privacyguard.cli import cli
from privacyguard.config.policy import load_policy
from privacyguard.errors import ConfigError
from privacyguard.store import tables as t

from .store_support import IBAN_TEXT, NOW, counts, detected, dump, seed


def _rows(plan_json, key="actions"):
    return {(r["rule"], r["action"], r["channel"]): r["count"] for r in plan_json[key]}


def test_plan_counts_per_rule_action_and_channel(store, policy_file):
    seed(store)
    p = retention.plan(store, load_policy(policy_file), NOW).to_json()
    assert _rows(p) == {
        # ages 400 and 800 days: past conversations.keep_for 1y
        ("conversations", "delete_conversation", "whatsapp_txt"): 1,
        ("conversations", "delete_conversation", "messenger_json"): 1,
        # IBAN 7 days from message time: ages 20, 100, 200 (3 messages each)
        ("categories.financial", "redact_spans", "whatsapp_txt"): 6,
        ("categories.financial", "redact_spans", "messenger_json"): 3,
        # PERSON 60 days from the conversation's last activity: ages 100, 200
        ("entities.PERSON", "redact_spans", "whatsapp_txt"): 3,
        ("entities.PERSON", "redact_spans", "messenger_json"): 3,
        ("entities.PERSON", "anonymise_sender", "whatsapp_txt"): 1,
        ("entities.PERSON", "anonymise_sender", "messenger_json"): 1,
    }
    assert p["held_back"] == [] and p["total"] == 19
    assert all(r["cite"].startswith(str(policy_file)) for r in p["actions"])


def test_plan_changes_nothing_and_apply_does_what_it_said(store, policy_file):
    seed(store)
    policy = load_policy(policy_file)
    before = dump(store)
    p = retention.plan(store, policy, NOW)
    assert dump(store) == before
    r = retention.expire(store, policy, NOW, operator="tester", batch_size=4)
    assert r.done == {"delete_conversation": 2, "redact_spans": 15, "anonymise_sender": 2}
    assert len(p.actions) == 19 and r.batches == 5  # one action per message and rule
    assert sum(a.count for a in p.actions) == sum(r.done.values())
    # a second run as of the same moment has nothing left to do
    assert retention.plan(store, policy, NOW).actions == []
    # later, more expires
    assert retention.plan(store, policy, NOW + timedelta(days=30)).actions


def test_redact_in_place_rewrites_text_and_moves_remaining_offsets(store, policy_file):
    when = NOW - timedelta(days=10)  # IBAN (7d) expired, PERSON (60d) not
    store.add([("jsonl", detected("c", "m", when, IBAN_TEXT,
                                  [("IBAN_CODE", 10, 28), ("PERSON", 37, 41)]))], "s")  # fmt: skip
    retention.expire(store, load_policy(policy_file), NOW, operator="tester")
    with store.engine.connect() as conn:
        msg = conn.execute(select(t.messages)).one()
        fs = conn.execute(select(t.findings).order_by(t.findings.c.id)).all()
    assert msg.text == "Refund to <IBAN_CODE> please, Kari"
    assert "NL91" not in msg.text
    iban, person = fs
    assert (iban.expired, msg.text[iban.start : iban.end]) == (True, "<IBAN_CODE>")
    assert (person.expired, msg.text[person.start : person.end]) == (False, "Kari")


def test_anonymise_sender_replaces_the_name(store, policy_file):
    when = NOW - timedelta(days=90)
    store.add([("jsonl", detected("c", "m", when, "hello", [("PERSON", 0, 13, "sender")]))], "s")
    retention.expire(store, load_policy(policy_file), NOW, operator="tester")
    with store.engine.connect() as conn:
        assert conn.execute(select(t.messages.c.sender)).scalar() == retention.ANONYMOUS


@pytest.mark.parametrize("kind,value", [("conversation", "c1"), ("customer", "Kari Nordmann"),
                                        ("channel", "whatsapp_txt")])  # fmt: skip
def test_held_data_never_expires_and_the_plan_says_so(store, policy_file, kind, value):
    seed(store)
    policy = load_policy(policy_file)
    retention.add_hold(store, kind, value, reason="case 7", operator="dpo", now=NOW)
    p = retention.plan(store, policy, NOW)
    held = {a.conversation_id for a in p.held}
    assert held and not held & {a.conversation_id for a in p.actions}
    before = dump(store)
    retention.expire(store, policy, NOW, operator="tester")
    after = dump(store)
    held_ext = {r[2] for r in before["conversations"] if r[0] in held}
    assert held_ext <= {r[2] for r in after["conversations"]}
    held_msgs = [r for r in before["messages"] if r[1] in held]
    assert all(m in after["messages"] for m in held_msgs)
    assert retention.remove_hold(store, kind, value, operator="dpo", now=NOW)
    assert retention.plan(store, policy, NOW).held == []


def test_customer_hold_by_any_sender_in_the_conversation(store, policy_file):
    seed(store)
    retention.add_hold(store, "customer", "Kari Nordmann", reason=None, operator="d", now=NOW)
    p = retention.plan(store, load_policy(policy_file), NOW)
    assert p.actions == [] and p.held


def test_cli_plan_json_apply_and_holds(db_url, policy_file):
    from privacyguard.store import open_store

    with open_store(db_url) as s:
        seed(s)
    run = CliRunner().invoke
    base = ["--db", db_url]
    r = run(cli, ["hold", "add", "channel", "whatsapp_txt", "--reason", "case 9", *base])
    assert r.exit_code == 0, r.output
    r = run(cli, ["hold", "list", "--json", *base])
    assert json.loads(r.output)[0]["kind"] == "channel"
    args = ["--policy", str(policy_file), "--as-of", "2026-06-01", *base]
    r = run(cli, ["retention", "plan", "--json", *args])
    assert r.exit_code == 0, r.output
    p = json.loads(r.output)
    assert p["total"] == 8 and p["total_held_back"] == 11
    assert {row["channel"] for row in p["held_back"]} == {"whatsapp_txt"}
    r = run(cli, ["retention", "plan", *args])
    assert "held: delete_conversation" in r.output
    r = run(cli, ["retention", "apply", "--json", "--operator", "cron", *args])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["done"] == {"delete_conversation": 1, "redact_spans": 6,
                                            "anonymise_sender": 1}  # fmt: skip
    r = run(cli, ["hold", "remove", "channel", "whatsapp_txt", *base])
    assert r.exit_code == 0
    r = run(cli, ["hold", "remove", "channel", "whatsapp_txt", *base])
    assert r.exit_code == 2
    r = run(cli, ["audit-log", "verify", *base])
    # hold add, 4 groups of the one batch, the run, hold remove
    assert r.exit_code == 0 and "7 events" in r.output, r.output


@pytest.mark.parametrize("period", ["30 fortnights", "-5d", "12"])
def test_when_period_is_impossible_then_clear_error_and_nothing_deleted(
    store,
    tmp_path,
    period,
):
    seed(store)
    before = counts(store)
    bad = tmp_path / "bad.yaml"
    from .store_support import POLICY

    bad.write_text(POLICY.replace("keep_for: 7d", f"keep_for: '{period}'"), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad.yaml:\d+:\d+: categories.financial.keep_for"):
        load_policy(bad)
    url = store.engine.url.render_as_string(hide_password=False)
    r = CliRunner().invoke(cli, ["retention", "apply", "--db", url, "--policy", str(bad)])
    assert r.exit_code == 2 and "keep_for" in r.output
    assert counts(store) == before


def test_when_as_of_is_not_a_date_then_usage_error(store):
    url = store.engine.url.render_as_string(hide_password=False)
    r = CliRunner().invoke(cli, ["retention", "plan", "--db", url, "--as-of", "yesterday"])
    assert r.exit_code == 2 and "not a date" in r.output


def test_when_conversations_count_from_message_time_then_old_messages_are_deleted(store, tmp_path):
    from .store_support import POLICY

    path = tmp_path / "per-message.yaml"
    path.write_text(
        POLICY.replace(
            "  counted_from: conversation_close\ndefault:", "  counted_from: message_time\ndefault:"
        ),  # fmt: skip
        encoding="utf-8",
    )
    policy = load_policy(path)
    assert policy.conversations.counted_from == "message_time"
    old, recent = NOW - timedelta(days=400), NOW - timedelta(days=2)
    store.add(
        [("jsonl", detected("c", "old", old, IBAN_TEXT, [("IBAN_CODE", 10, 28)])),
         ("jsonl", detected("c", "new", recent, "fine", []))],
        "s",
    )  # fmt: skip
    p = retention.plan(store, policy, NOW)
    assert [(a.action, a.count) for a in p.actions] == [("delete_message", 1)]
    retention.expire(store, policy, NOW, operator="tester")
    d = dump(store)
    assert [m[2] for m in d["messages"]] == ["new"] and d["findings"] == []
    assert len(d["conversations"]) == 1

"""Legal holds on people: a customer hold takes `subject find`'s identifiers and keeps every
conversation `subject find` returns for them, now and later; `hold add` says what it covers.
Holds are checked inside the write transaction: a hold committed before a batch's write
wins, for `retention apply` and `subject erase`, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from privacyguard.act import retention
from privacyguard.cli import cli
from privacyguard.config.policy import load_policy
from privacyguard.record import audit
from privacyguard.store import open_store
from privacyguard.store import tables as t
from privacyguard.subject import build_query, erase_subject, find_subject

from .store_support import NOW, POLICY, seed
from .subject_data import IVAN_EMAIL

#: everything in test_subject's store is older than this: it all expires
EXPIRE_ALL = POLICY.replace("keep_for: 1y", "keep_for: 30d")


def _invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _conversations(url: str) -> dict[int, str]:
    with open_store(url) as s, s.engine.connect() as conn:
        return dict(conn.execute(select(t.conversations.c.id, t.conversations.c.channel)).all())


def _found(url: str, *ids: str) -> set[int]:
    r = _invoke("subject", "find", "--db", url, "--json", "--same-person", *ids)
    assert r.exit_code == 0, r.output
    return {c["id"] for c in json.loads(r.stdout)["conversations"]}


@pytest.mark.parametrize(
    "ids",
    [
        ["--email", IVAN_EMAIL.upper()],
        ["--phone", "+31 6 12345678"],  # international
        ["--phone", "06-12 34 56 78", "--region", "NL"],  # national
        ["--name", "Ivan Ivanov"],  # and Иван Иванов, Ivanow
        ["--customer-number", "QX7T2M"],  # a booking code he wrote, as a customer number
    ],
)
def test_a_customer_hold_keeps_every_conversation_subject_find_returns(store_url, tmp_path, ids):
    expected = _found(store_url, *["--customer" if i == "--customer-number" else i for i in ids])
    assert expected, "the identifier finds the person"
    r = _invoke("hold", "add", "customer", *ids, "--db", store_url, "--reason", "case 3")
    assert r.exit_code == 0, r.output
    assert f"covers {len(expected)} stored conversation(s)" in r.output
    policy = tmp_path / "expire-all.yaml"
    policy.write_text(EXPIRE_ALL, encoding="utf-8")
    args = ["--db", store_url, "--policy", str(policy), "--as-of", NOW.isoformat()]
    plan = json.loads(_invoke("retention", "plan", "--json", *args).stdout)
    assert plan["total"] > 0 and plan["total_held_back"] > 0
    before = _conversations(store_url)
    r = _invoke("retention", "apply", *args)
    assert r.exit_code == 0, r.output
    after = _conversations(store_url)
    assert set(after) == expected  # all of the person's conversations, and nothing else
    assert set(before) - expected  # others were there and expired


def test_the_hold_is_stored_normalised_and_lifted_in_any_spelling(store_url):
    r = _invoke("hold", "add", "customer", "--phone", "0031 6 1234 5678", "--name",
                "IVAN ivanov", "--db", store_url)  # fmt: skip
    assert r.exit_code == 0, r.output
    [h] = json.loads(_invoke("hold", "list", "--json", "--db", store_url).stdout)
    assert json.loads(h["value"]) == {"name": ["ivan ivanov"], "phone": ["+31612345678"]}
    r = _invoke("hold", "remove", "customer", "--phone", "+31612345678", "--name", "Ivan Ivanov",
                "--db", store_url)  # fmt: skip
    assert r.exit_code == 0, r.output
    assert json.loads(_invoke("hold", "list", "--json", "--db", store_url).stdout) == []


def test_hold_add_reports_per_channel_and_refuses_a_hold_on_nobody(store_url, tmp_path):
    r = _invoke("hold", "add", "customer", "--name", "Ivan Ivanov", "--db", store_url)
    assert r.exit_code == 0, r.output
    assert "whatsapp_txt" in r.output and "telegram_json" in r.output and "jsonl" in r.output
    r = _invoke("hold", "add", "customer", "--email", "nobody@example.com", "--db", store_url)
    assert r.exit_code == 2 and "covers no stored conversation" in r.output
    r = _invoke("hold", "add", "channel", "no_such_channel", "--db", store_url)
    assert r.exit_code == 2
    # a hold for future data holds what is imported later
    r = _invoke("hold", "add", "customer", "--email", "new.customer@example.com", "--future",
                "--db", store_url)  # fmt: skip
    assert r.exit_code == 0 and "covers 0 stored conversation(s)" in r.output
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({
        "id": "x1", "conversation_id": "later-1", "sender": "Nina Nyberg", "role": "customer",
        "timestamp": "2026-04-20T08:00:00+00:00",
        "text": "Skriv til NEW.CUSTOMER@example.com"}) + "\n", encoding="utf-8")  # fmt: skip
    assert _invoke("import", str(later), "--db", store_url).exit_code == 0
    policy = tmp_path / "expire-all.yaml"
    policy.write_text(EXPIRE_ALL, encoding="utf-8")
    r = _invoke("retention", "apply", "--db", store_url, "--policy", str(policy),
                "--as-of", NOW.isoformat())  # fmt: skip
    assert r.exit_code == 0, r.output
    with open_store(store_url) as s, s.engine.connect() as conn:
        kept = set(conn.execute(select(t.conversations.c.external_id)).scalars())
    assert "later-1" in kept


def test_a_bare_value_is_read_as_an_identifier(store, policy_file):
    seed(store)  # every conversation's customer writes as "Kari Nordmann"
    retention.add_hold(store, "customer", "kari  NORDMANN", reason=None, operator="d", now=NOW)
    [h] = retention.list_holds(store)
    assert json.loads(h["value"]) == {"name": ["kari nordmann"]}
    p = retention.plan(store, load_policy(policy_file), NOW)
    assert p.actions == [] and p.held


# --- a hold added while a run works -----------------------------------------------------------


def _channels(store) -> tuple[dict[int, str], dict[int, str]]:  # type: ignore[no-untyped-def]
    """Before a run: conversation -> channel, message -> channel."""
    with store.engine.connect() as conn:
        conv = dict(conn.execute(select(t.conversations.c.id, t.conversations.c.channel)).all())
        msgs = conn.execute(select(t.messages.c.id, t.messages.c.conversation_id)).all()
    return conv, {mid: conv[cid] for mid, cid in msgs}


def test_a_hold_committed_between_plan_and_a_batch_wins(store, policy_file):
    seed(store, 12)
    policy = load_policy(policy_file)
    url = store.engine.url.render_as_string(hide_password=False)

    def hold_whatsapp(batch: int) -> None:
        if batch == 2:  # the plan is made and batch 1 is written
            with open_store(url) as other:
                retention.add_hold(other, "channel", "whatsapp_txt", reason="late",
                                   operator="legal", now=NOW)  # fmt: skip

    channels = _channels(store)
    r = retention.expire(store, policy, NOW, operator="cron", batch_size=2,
                         before_write=hold_whatsapp)  # fmt: skip
    assert r.held_since_plan > 0
    _assert_no_deletion_after_its_hold(store, channels)
    with store.engine.connect() as conn:
        left = set(conn.execute(select(t.conversations.c.channel)).scalars())
    assert "whatsapp_txt" in left


def test_a_hold_added_while_a_batch_transaction_is_open_waits_for_it(store, policy_file,
                                                                      monkeypatch):  # fmt: skip
    """The worst case: the hold arrives after the batch read the holds and before it writes.
    It must not commit in between (else the batch would delete what the log says is held)."""
    seed(store, 12)
    policy = load_policy(policy_file)
    url = store.engine.url.render_as_string(hide_password=False)
    original = retention.held_conversations
    state: dict[str, object] = {}

    def add_hold_in_a_thread() -> None:
        with open_store(url) as other:
            retention.add_hold(other, "channel", "whatsapp_txt", reason="race",
                               operator="legal", now=NOW)  # fmt: skip
        state["done"] = True

    def held_then_race(conn, among=None):  # type: ignore[no-untyped-def]
        held = original(conn, among)
        if state.get("armed") and "thread" not in state:  # inside batch 1's transaction
            th = threading.Thread(target=add_hold_in_a_thread)
            state["thread"] = th
            th.start()
            th.join(timeout=1.5)  # blocked on the batch's lock, or (wrongly) done
            state["committed_inside"] = state.get("done", False)
        return held

    monkeypatch.setattr(retention, "held_conversations", held_then_race)
    channels = _channels(store)
    r = retention.expire(store, policy, NOW, operator="cron", batch_size=100,
                         before_write=lambda n: state.update(armed=True))  # fmt: skip
    state["thread"].join(timeout=30)  # type: ignore[attr-defined]
    assert state.get("done") and state["committed_inside"] is False
    assert r.done["delete_conversation"] > 0  # the batch did delete, before the hold
    _assert_no_deletion_after_its_hold(store, channels)


def _assert_no_deletion_after_its_hold(store, channels) -> None:  # type: ignore[no-untyped-def]
    """In the audit log, no retention.apply after the whatsapp_txt hold.add deletes or
    redacts anything of that channel."""
    conv_channel, msg_channel = channels
    with store.engine.connect() as conn:
        evs = list(audit.events(conn))
    [held_at] = [seq for seq, e in evs if e["event"] == "hold.add"]
    after = [e for seq, e in evs if e["event"] == "retention.apply" and seq > held_at]
    for e in after:
        where = conv_channel if e["id_kind"] == "conversation" else msg_channel
        assert all(where[i] != "whatsapp_txt" for i in e["ids"]), e


# --- subject erase against a hold -----------------------------------------------------------


def test_erase_respects_a_hold_committed_after_its_plan(store_url):
    store = open_store(store_url)
    query = build_query(names=["Ivan Ivanov"], phones=["+31 6 12345678"],
                        emails=[IVAN_EMAIL], same_person=True)  # fmt: skip
    matches = find_subject(store, query)
    target = next(c for c in matches.conversations if c.channel == "telegram_json")

    def hold_telegram() -> None:
        with open_store(store_url) as other:
            retention.add_hold(other, "channel", "telegram_json", reason="late",
                               operator="legal", now=NOW)  # fmt: skip

    receipt = erase_subject(store, matches, load_policy(None), request="DSR-9",
                            operator="dpo", now=NOW, before_write=hold_telegram)  # fmt: skip
    assert receipt.held_back["conversations"] == 1 and receipt.held_back["holds"] == [1]
    assert target.id in _conversations(store_url)
    store.close()


def test_erase_waits_for_a_hold_being_added_in_its_transaction(store_url, monkeypatch):
    from privacyguard.subject import erase as erase_mod

    store = open_store(store_url)
    query = build_query(names=["Ivan Ivanov"], phones=["+31 6 12345678"],
                        emails=[IVAN_EMAIL], same_person=True)  # fmt: skip
    matches = find_subject(store, query)
    original = erase_mod.held_conversations
    state: dict[str, object] = {}

    def add() -> None:
        with open_store(store_url) as other:
            retention.add_hold(other, "channel", "telegram_json", reason="race",
                               operator="legal", now=NOW)  # fmt: skip
        state["done"] = True

    def held_then_race(conn, among=None):  # type: ignore[no-untyped-def]
        held = original(conn, among)
        if state.get("armed"):  # inside the erasure's transaction, not in its plan
            th = threading.Thread(target=add)
            state["thread"] = th
            th.start()
            th.join(timeout=1.5)
            state["committed_inside"] = state.get("done", False)
        return held

    monkeypatch.setattr(erase_mod, "held_conversations", held_then_race)
    arm = lambda: state.update(armed=True)  # noqa: E731
    receipt = erase_subject(store, matches, load_policy(None), request="DSR-10",
                            operator="dpo", now=NOW, before_write=arm)  # fmt: skip
    state["thread"].join(timeout=30)  # type: ignore[attr-defined]
    assert state.get("done") and state["committed_inside"] is False
    with store.engine.connect() as conn:
        seqs = {e["event"]: seq for seq, e in audit.events(conn)}
    assert seqs["subject.erase"] < seqs["hold.add"]  # the erasure came first, in the log too
    assert receipt.held_back["conversations"] == 0
    store.close()


def test_a_phone_number_sender_with_direction_marks_is_held_by_the_number(db_url, tmp_path):
    """WhatsApp writes an unsaved contact as its number between direction marks; a hold by
    the number in another format keeps that chat."""
    chat = tmp_path / "wa"
    chat.mkdir()
    (chat / "_chat.txt").write_text(
        "[03.02.2026, 10:00:00] Fjordreiser: Hei! Hva kan vi hjelpe med?\n"
        "[03.02.2026, 10:01:00] \u202a+47 412 34 567\u202c: Jeg vil endre bestillingen min.\n",
        encoding="utf-8",
    )
    assert _invoke("import", str(chat), "--db", db_url).exit_code == 0
    r = _invoke("hold", "add", "customer", "--phone", "412 34 567", "--region", "NO",
                "--db", db_url)  # fmt: skip
    assert r.exit_code == 0 and "covers 1 stored conversation(s): 1 whatsapp_txt" in r.output
    policy = tmp_path / "expire-all.yaml"
    policy.write_text(EXPIRE_ALL, encoding="utf-8")
    r = _invoke("retention", "apply", "--db", db_url, "--policy", str(policy),
                "--as-of", NOW.isoformat())  # fmt: skip
    assert r.exit_code == 0, r.output
    assert len(_conversations(db_url)) == 1

"""`privacyguard subject find|export|erase` on a store built from three export formats.

Synthetic people: Ivan Ivanov (Иван Иванов on Telegram), who wrote on WhatsApp and Telegram
and is mentioned ("Ivan Ivanow") in Anna de Vries's chat; Anna Jansen and Anna Janssen, two
customers with almost one name. Numbers are checksum-valid (IBANs by schwifty).
"""

from __future__ import annotations

import json

from click.testing import CliRunner
from sqlalchemy import select

from privacyguard.cli import cli
from privacyguard.record import audit
from privacyguard.store import open_store
from privacyguard.store import tables as t

from .conftest import REPO
from .subject_data import ANNA_EMAIL, ANNA_IBAN, IVAN, IVAN_ALL, IVAN_EMAIL, IVAN_IBAN


def _invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _messages(url: str) -> dict[int, tuple[str | None, str]]:
    with open_store(url) as s, s.engine.connect() as conn:
        rows = conn.execute(select(t.messages.c.id, t.messages.c.sender, t.messages.c.text))
        return {r.id: (r.sender, r.text) for r in rows}


def _find(url: str, *ids: str) -> dict:
    r = _invoke("subject", "find", "--db", url, "--json", *ids)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_found_across_formats_and_spellings(store_url):
    found = _find(store_url, *IVAN, "--email", IVAN_EMAIL)
    by_channel = {c["channel"]: c for c in found["conversations"]}
    assert {c["channel"] for c in found["conversations"]} == {
        "whatsapp_txt",
        "telegram_json",
        "jsonl",
    }
    by_channel = {c["channel"]: c for c in found["conversations"] if c["external_id"] != "ivan-2"}
    assert by_channel["whatsapp_txt"]["relation"] == "own"
    assert by_channel["telegram_json"]["relation"] == "own"  # Иван Иванов = Ivan Ivanov
    assert by_channel["jsonl"]["relation"] == "mentioned"  # only Anna's chat mentions him
    reasons = [r for c in found["conversations"] for m in c["messages"] for r in m["reasons"]]
    assert any("phone '06 12 34 56 78' (normalised)" in r for r in reasons)
    assert any("e-mail" in r and IVAN_EMAIL.upper() in r for r in reasons)
    assert any("sender name 'Иван Иванов' (transliterated)" in r for r in reasons)
    assert any("name 'Ivan Ivanow' (spelling variant)" in r for r in reasons)
    assert any("given name 'Иван'" in r for r in reasons)  # the agent's "Спасибо, Иван!"
    # from Anna's chat only the message that mentions him, not the agent's reply
    assert [m["external_id"] for m in by_channel["jsonl"]["messages"]] == ["a1"]
    assert {i["value"] for i in found["identifiers"]} >= {"+31612345678", IVAN_EMAIL}
    # a JSONL sender with his name but nothing else of his is a possible match, left out...
    [left_out] = found["possible_matches_left_out"]
    assert (left_out["channel"], left_out["sender"]) == ("jsonl", "Ivan Ivanov")
    # ...unless the officer says it is the same person
    both = _find(store_url, *IVAN_ALL)
    assert {c["external_id"] for c in both["conversations"]} >= {"ivan-2", "anna-1"}
    assert both["possible_matches_left_out"] == []


def test_iban_in_any_spacing_and_no_match(store_url):
    found = _find(store_url, "--iban", IVAN_IBAN.lower())
    [conv] = found["conversations"]
    assert conv["channel"] == "whatsapp_txt" and "(normalised)" in conv["messages"][0]["reasons"][0]
    r = _invoke("subject", "find", "--db", store_url, "--email", "nobody@example.com")
    assert r.exit_code == 1
    assert "no message matches these identifiers (email)" in r.output


def test_bad_identifiers_say_what_to_do(store_url):
    r = _invoke("subject", "find", "--db", store_url, "--phone", "06 12345678")
    assert r.exit_code == 2 and "--region" in r.output
    r = _invoke("subject", "find", "--db", store_url, "--iban", "NL00INGB0001234567")
    assert r.exit_code == 2 and "not a valid IBAN" in r.output
    r = _invoke("subject", "find", "--db", store_url)
    assert r.exit_code == 2 and "at least one identifier" in r.output


def test_ambiguous_name(store_url):
    r = _invoke("subject", "find", "--db", store_url, "--name", "Anna Jansen")
    assert r.exit_code == 2
    assert "matches 2 different senders" in r.output and "--same-person" in r.output
    r = _invoke("subject", "erase", "--db", store_url, "--name", "Anna Jansen", "--yes")
    assert r.exit_code == 2  # nothing is erased for an ambiguous name, even with --yes
    assert len(_messages(store_url)) == 11
    both = _find(store_url, "--name", "Anna Jansen", "--same-person")
    assert len(both["conversations"]) == 2


def test_export_redacts_third_parties(store_url, tmp_path):
    out = tmp_path / "export"
    r = _invoke("subject", "export", "--db", store_url, *IVAN, "--email", IVAN_EMAIL,
                "--request", "DSR-7", "-o", str(out))  # fmt: skip
    assert r.exit_code == 0, r.output
    data = json.loads((out / "DSR-7.json").read_text())
    html = (out / "DSR-7.html").read_text()
    texts = " ".join(m["text"] for c in data["conversations"] for m in c["messages"])
    senders = {m["sender"] for c in data["conversations"] for m in c["messages"]}
    for other in (ANNA_IBAN, ANNA_EMAIL, "Anna de Vries", "Sanne Bakker", "Поддержка"):
        assert other not in texts and other not in html
    assert "Ivan Ivanow" in texts and IVAN_IBAN[:4] in texts and "06 12 34 56 78" in texts
    assert senders <= {"you", "the other participant", "another person", "agent", "system"}
    assert "<IBAN_CODE>" in texts and "<EMAIL_ADDRESS>" in texts
    assert data["redacted"]["IBAN_CODE"] >= 1
    assert any(p["legal_basis"] for p in data["processing"])  # why and how long it is kept
    assert "&lt;IBAN_CODE&gt;" in html and "<script" not in html


def test_erase_removes_everything_found_and_nothing_else(store_url, tmp_path):
    before = _messages(store_url)
    found = _find(store_url, *IVAN_ALL)
    own = {
        m
        for c in found["conversations"]
        if c["relation"] == "own"
        for m in _conv(store_url, c["id"])
    }
    mentioned = {m["id"] for c in found["conversations"] if c["relation"] == "mentioned"
                 for m in c["messages"]}  # fmt: skip
    r = _invoke("subject", "erase", "--db", store_url, *IVAN_ALL)
    assert r.exit_code == 0 and "nothing was changed" in r.output
    assert _messages(store_url) == before  # no --yes: nothing changed
    receipt_file = tmp_path / "receipt.json"
    r = _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes",
                "--request", "DSR-8", "--receipt", str(receipt_file))  # fmt: skip
    assert r.exit_code == 0, r.output
    receipt = json.loads(receipt_file.read_text())
    assert receipt["done"]["conversations_deleted"] == 3
    assert receipt["done"]["messages_deleted"] == len(own)
    assert receipt["done"]["messages_redacted"] == len(mentioned) == 1
    for secret in (IVAN_EMAIL, "Ivan", "+31612345678", IVAN_IBAN):
        assert secret.casefold() not in receipt_file.read_text().casefold()
    after = _messages(store_url)
    assert set(before) - set(after) == own
    for mid, row in after.items():
        if mid in mentioned:
            assert row[1] == before[mid][1].replace("Ivan Ivanow", "<PERSON>")
        else:
            assert row == before[mid]  # nothing else changed
    again = _invoke("subject", "find", "--db", store_url, *IVAN_ALL)
    assert again.exit_code == 1
    with open_store(store_url) as s, s.engine.connect() as conn:
        events = [e for _, e in audit.events(conn) if e["event"].startswith("subject.")]
        audit.verify(conn)
        head = conn.execute(select(t.audit_log.c.hash).where(
            t.audit_log.c.seq == receipt["audit_event"]["seq"])).scalar()  # fmt: skip
    assert head == receipt["audit_event"]["hash"]
    assert [e["event"] for e in events] == ["subject.find", "subject.erase", "subject.find"]
    blob = json.dumps(events, ensure_ascii=False).casefold()
    assert not any(s.casefold() in blob for s in (IVAN_EMAIL, "ivanov", "иванов", "+3161234"))


def test_erase_respects_a_legal_hold(store_url):
    r = _invoke("hold", "add", "conversation", "anna-1", "--db", store_url, "--reason", "claim 12")
    assert r.exit_code == 0, r.output
    before = _messages(store_url)
    r = _invoke("subject", "erase", "--db", store_url, *IVAN_ALL)
    assert "legal hold #1 keeps conversation" in r.output and _messages(store_url) == before
    r = _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes")
    assert r.exit_code == 1, r.output  # done, but not all of it
    assert "kept under legal hold" in r.output
    receipt = json.loads(r.output[r.output.index("{") : r.output.rindex("}") + 1])
    assert receipt["held_back"] == {"conversations": 1, "messages": 1, "holds": [1]}
    after = _messages(store_url)
    anna = [mid for mid, (sender, _) in before.items() if sender == "Anna de Vries"]
    assert all(after[mid] == before[mid] for mid in anna)  # the held chat is untouched


def test_anonymise_instead_of_delete(store_url, tmp_path):
    policy = tmp_path / "anon.yaml"
    base = (REPO / "policies" / "gdpr-default.yaml").read_text(encoding="utf-8")
    policy.write_text(base.replace("own_conversations: delete", "own_conversations: anonymise"))
    before = _messages(store_url)
    r = _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes",
                "--policy", str(policy))  # fmt: skip
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["done"]["conversations_anonymised"] == 3
    after = _messages(store_url)
    assert set(after) == set(before)  # the conversations stay, for statistics
    blob = json.dumps(after, ensure_ascii=False)
    assert "Ivan Ivanov" not in blob and "Иван Иванов" not in blob and "<ANONYMISED>" in blob
    with open_store(store_url) as s, s.engine.connect() as conn:
        customers = set(conn.execute(select(t.conversations.c.customer)).scalars())
    assert "Ivan Ivanov" not in customers and "<ANONYMISED>" in customers  # ivan-2's customer
    assert _invoke("subject", "find", "--db", store_url, *IVAN).exit_code == 1


def _conv(url: str, conv_id: int) -> set[int]:
    with open_store(url) as s, s.engine.connect() as conn:
        q = select(t.messages.c.id).where(t.messages.c.conversation_id == conv_id)
        return set(conn.execute(q).scalars())


def test_export_page_opens_offline_in_chromium(store_url, tmp_path):
    from privacyguard.record.report.browser import check_page

    out = tmp_path / "export"
    r = _invoke("subject", "export", "--db", store_url, *IVAN, "--request", "DSR-9", "-o", str(out))
    assert r.exit_code == 0, r.output
    page = check_page(out / "DSR-9.html", tmp_path / "export.png")
    assert (page.console_errors, page.page_errors, page.requests) == ([], [], [])
    assert (tmp_path / "export.png").stat().st_size > 10_000


def test_a_missing_sqlite_file_is_not_created(tmp_path):
    missing = tmp_path / "nothing-here.db"
    r = _invoke("subject", "find", "--db", str(missing), "--email", IVAN_EMAIL)
    assert r.exit_code == 2 and "no database at" in r.output
    assert not missing.exists()


def test_erase_waits_for_a_retention_run(store_url):
    before = _messages(store_url)
    with open_store(store_url) as s, s.run_lock():
        r = _invoke("subject", "erase", "--db", store_url, *IVAN, "--yes")
    assert r.exit_code == 3 and "try later" in r.output and "nothing was erased" in r.output
    assert _messages(store_url) == before


def test_mentions_can_be_deleted_instead_of_redacted(store_url, tmp_path):
    policy = tmp_path / "delete-mentions.yaml"
    base = (REPO / "policies" / "gdpr-default.yaml").read_text(encoding="utf-8")
    policy.write_text(base.replace("mentions: redact", "mentions: delete_message"))
    before = _messages(store_url)
    found = _find(store_url, *IVAN_ALL)
    [mention] = [m["id"] for c in found["conversations"] if c["relation"] == "mentioned"
                 for m in c["messages"]]  # fmt: skip
    r = _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes", "--policy", str(policy))
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["done"]["messages_deleted"] >= 1
    after = _messages(store_url)
    assert mention in before and mention not in after
    anna_reply = [mid for mid, (sender, _) in before.items() if sender == "Sanne Bakker"]
    assert anna_reply and all(after[mid] == before[mid] for mid in anna_reply)


def test_a_customer_hold_names_its_hold_in_the_receipt(store_url):
    # a hold on a customer identifier covers every conversation that customer wrote in
    assert _invoke("hold", "add", "channel", "telegram_json", "--db", store_url).exit_code == 0
    assert _invoke("hold", "add", "customer", "Anna de Vries", "--db", store_url).exit_code == 0
    r = _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes")
    assert r.exit_code == 1, r.output
    receipt = json.loads(r.output[r.output.index("{") : r.output.rindex("}") + 1])
    assert receipt["held_back"]["conversations"] == 2 and receipt["held_back"]["holds"] == [1, 2]
    assert "Anna de Vries" not in r.output[r.output.index("{") :]  # a customer hold by id only


def test_export_files_are_readable_by_their_owner_only(store_url, tmp_path):
    out = tmp_path / "export"
    r = _invoke(
        "subject", "export", "--db", store_url, *IVAN, "--request", "DSR-10", "-o", str(out)
    )
    assert r.exit_code == 0, r.output
    for name in ("DSR-10.json", "DSR-10.html"):
        assert (out / name).stat().st_mode & 0o777 == 0o600


def test_a_receipt_that_cannot_be_written_is_still_printed(store_url, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    r = _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes",
                "--receipt", str(blocked / "receipt.json"))  # fmt: skip
    assert r.exit_code == 2
    assert '"receipt": "privacyguard subject erasure' in r.output
    assert "the erasure is done" in r.output and "save the receipt" in r.output


def test_library_requests_are_audited_without_the_cli(store_url, tmp_path, monkeypatch):
    """find_subject and export_request from Python leave their audit events themselves;
    search_subject (the look-up export and erase start with) leaves none."""
    from privacyguard.config.policy import load_policy
    from privacyguard.subject import (
        build_query,
        export_request,
        find_subject,
        search_subject,
    )

    def subject_events() -> list[dict]:
        with open_store(store_url) as s, s.engine.connect() as conn:
            return [e for _, e in audit.events(conn) if e["event"].startswith("subject.")]

    monkeypatch.setenv("PRIVACYGUARD_OPERATOR", "dpo-library")
    query = build_query(emails=[IVAN_EMAIL], names=["Ivan Ivanov"], same_person=True)
    with open_store(store_url) as store:
        looked = search_subject(store, query)
        assert looked.conversations and looked.request is None
        assert subject_events() == []
        found = find_subject(store, query, request="DSR-LIB-1")
        assert found.request == "DSR-LIB-1"
        assert len(found.conversations) == len(looked.conversations)
        [event] = subject_events()
        assert event["event"] == "subject.find" and event["request"] == "DSR-LIB-1"
        assert event["operator"] == "dpo-library"
        assert event["identifier_types"] == query.kinds()
        assert event["conversations"] == len(found.conversations) > 0
        written = export_request(store, found, load_policy(None), tmp_path, request="DSR-LIB-1")
        assert written.json_path.exists() and written.html_path.exists()
        events = subject_events()
        assert [e["event"] for e in events] == ["subject.find", "subject.export"]
        nobody = find_subject(store, build_query(emails=["nobody@example.invalid"]))
        assert nobody.conversations == [] and nobody.request.startswith("DSR-")
    assert len(subject_events()) == 3  # a search that found nothing is recorded too
    blob = json.dumps(subject_events(), ensure_ascii=False).casefold()
    assert IVAN_EMAIL.casefold() not in blob and "ivanov" not in blob

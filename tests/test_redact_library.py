"""privacyguard.redact in a pipeline: lists of dicts, Messages and strings, and paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import privacyguard
from privacyguard import Message, load_policy, redact
from privacyguard.act.keys import KeyProblem

KEY = "library-test-key-" + "q" * 24


def test_dicts_come_back_as_dicts_with_only_the_text_changed() -> None:
    rows = [{"id": "1", "text": "IBAN NL91 ABNA 0417 1643 00", "channel": "chat"}]
    result = redact(rows)
    assert result.messages == [{"id": "1", "text": "IBAN <IBAN_CODE>", "channel": "chat"}]
    assert rows[0]["text"] == "IBAN NL91 ABNA 0417 1643 00"  # the input is not modified
    assert result.report.messages == 1 and not result.report.failed


def test_messages_and_strings_keep_their_kind_and_fields_are_redacted_too() -> None:
    m = Message(
        id="a",
        text="Hoi, ik ben Anna de Vries",
        conversation_id="c",
        fields=(("sender", "Anna de Vries"),),
    )
    out = redact([m, "Ring +47 912 34 567"]).messages
    assert out is not None
    assert isinstance(out[0], Message) and out[0].text == "Hoi, ik ben <PERSON_1>"
    assert out[0].fields == (("sender", "<PERSON_1>"),)
    assert out[1] == "Ring <PHONE_NUMBER>"


def test_pseudonyms_are_stable_in_a_conversation_and_restart_in_the_next() -> None:
    rows = [
        {"id": "1", "conversation_id": "c1", "text": "Ik ben Anna de Vries."},
        {"id": "2", "conversation_id": "c1", "text": "Mijn collega Jan Smit belt u."},
        {"id": "3", "conversation_id": "c1", "text": "Anna de Vries hier, nog een vraag."},
        {"id": "4", "conversation_id": "c2", "text": "Ik ben Jan Smit."},
    ]
    texts = [r["text"] for r in redact(rows).messages or []]
    assert texts == [
        "Ik ben <PERSON_1>.",
        "Mijn collega <PERSON_2> belt u.",
        "<PERSON_1> hier, nog een vraag.",
        "Ik ben <PERSON_1>.",
    ]


def test_a_path_is_written_to_output_in_the_same_format(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "1", "text": "BSN 999990019"}) + "\n")
    result = privacyguard.redact(src, tmp_path / "out.jsonl", policy="gdpr-default")
    assert result.messages is None and result.report.messages == 1
    assert json.loads((tmp_path / "out.jsonl").read_text())["text"] == "BSN <NATIONAL_ID>"
    with pytest.raises(privacyguard.errors.PrivacyGuardError):
        redact(src)


def test_keyed_policies_take_the_key_from_the_caller_or_fail_clearly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PRIVACYGUARD_KEY", raising=False)
    policy = load_policy("bank-customer-service")
    rows = [{"id": "1", "text": "IBAN NL91 ABNA 0417 1643 00"}]
    with pytest.raises(KeyProblem) as err:
        redact(rows, policy=policy)
    assert "PRIVACYGUARD_KEY is not set" in str(err.value)
    out = redact(rows, policy=policy, key=KEY).messages or []
    assert out[0]["text"].startswith("IBAN <IBAN_CODE:enc.v1:")
    monkeypatch.setenv("PRIVACYGUARD_KEY", KEY)
    assert (redact(rows, policy=policy).messages or [])[0]["text"].startswith("IBAN <IBAN_CODE:")


@pytest.mark.parametrize(
    "name", ["gdpr-default", "airline-customer-service", "bank-customer-service"]
)
def test_every_bundled_policy_removes_the_identifiers(name: str) -> None:
    text = "Ik ben Anna de Vries, IBAN NL91 ABNA 0417 1643 00, BSN 999990019, vlucht KL1234"
    [out] = redact([text], policy=name, key=KEY).messages or []
    for value in ("Anna de Vries", "NL91 ABNA 0417 1643 00", "999990019"):
        assert value not in out
    assert ("KL1234" in out) == (name == "airline-customer-service")  # the airline keeps flights

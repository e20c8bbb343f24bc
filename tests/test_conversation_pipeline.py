"""The conversation layer works the same through privacyguard.scan, privacyguard.redact, the
command line (scan, redact) and with worker processes; its rules are validated like the
others; without roles nothing changes for single messages.

Every person and number here is synthetic (IBANs valid per schwifty).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import privacyguard
from privacyguard.cli import cli
from privacyguard.config.conversation import load_conversation_rules
from privacyguard.detect.engine import Detector
from privacyguard.errors import ConfigError
from privacyguard.models import Message
from privacyguard.parallel import DetectorPool

from .conftest import REPO
from .conversation_support import spans, talk

TURNS = [
    ("agent", "What was the booking code again?"),
    ("customer", "one moment"),
    ("customer", "qk7t2m"),
    ("agent", "Naar welke rekening moet de terugbetaling?"),
    ("customer", "NL20 INGB"),
    ("customer", "0001 2345 67 oops"),
    ("customer", "mail me at jan dot smit at gmail dot com"),
]
EXPECTED = {
    "m2": [("BOOKING_REFERENCE", "qk7t2m")],
    "m4": [("IBAN_CODE", "NL20 INGB")],
    "m5": [("IBAN_CODE", "0001 2345 67")],
    "m6": [("EMAIL_ADDRESS", "jan dot smit at gmail dot com")],
}


def _rows(conversation: str = "c1", prefix: str = "m") -> list[dict[str, str]]:
    return [
        {"id": f"{prefix}{k}", "conversation_id": conversation, "role": role, "text": text}
        for k, (role, text) in enumerate(TURNS)
    ]


def _by_message(findings: list[Any], texts: dict[str, str]) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in findings:
        get = f.get if isinstance(f, dict) else f.__getattribute__
        mid = get("message_id")
        out.setdefault(mid, []).append((get("entity_type"), texts[mid][get("start") : get("end")]))
    return out


def test_library_scan_with_messages_that_carry_their_role() -> None:
    messages = [
        Message(id=r["id"], text=r["text"], conversation_id=r["conversation_id"],
                sender_role=r["role"])
        for r in _rows()
    ]  # fmt: skip
    result = privacyguard.scan(messages)
    texts = {m.id: m.text for m in messages}
    assert _by_message(result.findings, texts) == EXPECTED
    assert result.messages_scanned == len(TURNS) and not result.problems


def test_library_redact_covers_what_the_conversation_found() -> None:
    messages = [
        Message(id=r["id"], text=r["text"], conversation_id="c1", sender_role=r["role"])
        for r in _rows()
    ]
    out = privacyguard.redact(messages).messages
    assert out is not None
    assert [m.text for m in out][2:] == [
        "<BOOKING_REFERENCE>",
        "Naar welke rekening moet de terugbetaling?",
        "<IBAN_CODE>",
        "<IBAN_CODE> oops",
        "mail me at <EMAIL_ADDRESS>",
    ]


@pytest.fixture
def chat_file(tmp_path: Path) -> Path:
    path = tmp_path / "chats.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _rows()), encoding="utf-8")
    return path


def test_cli_scan_of_a_jsonl_file_with_roles(chat_file: Path) -> None:
    result = CliRunner().invoke(cli, ["scan", str(chat_file), "--jsonl"])
    assert result.exit_code == 0, result.output
    findings = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    texts = {r["id"]: r["text"] for r in _rows()}
    assert _by_message(findings, texts) == EXPECTED


def test_cli_redact_of_a_jsonl_file_with_roles(chat_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["redact", str(chat_file), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    texts = [json.loads(line)["text"] for line in out.read_text("utf-8").splitlines()]
    assert texts[2] == "<BOOKING_REFERENCE>"
    assert texts[4:] == ["<IBAN_CODE>", "<IBAN_CODE> oops", "mail me at <EMAIL_ADDRESS>"]
    assert "qk7t2m" not in out.read_text("utf-8") and "INGB" not in out.read_text("utf-8")


@pytest.fixture(scope="module")
def small_batches(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled rules (conversation rules included) with batches of 16 messages."""
    rules = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(REPO / "rules", rules)
    settings = rules / "settings.yaml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace("  batch_size: 256\n", "  batch_size: 16\n"), "utf-8")
    return rules


def test_two_workers_give_what_one_gives_on_a_multi_turn_file(
    tmp_path: Path, small_batches: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pooled: list[int] = []
    run = DetectorPool.run

    def counting(self: DetectorPool, batches: Any) -> Any:
        for item in run(self, batches):
            pooled.append(1)
            yield item

    monkeypatch.setattr(DetectorPool, "run", counting)
    path = tmp_path / "many.jsonl"
    rows = [r for c in range(30) for r in _rows(f"c{c}", f"c{c}-m")]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    runs = {}
    for workers in ("1", "2"):
        res = CliRunner().invoke(
            cli, ["scan", str(path), "--jsonl", "--rules", str(small_batches),
                  "--workers", workers],
        )  # fmt: skip
        assert res.exit_code == 0, res.output
        runs[workers] = res.stdout
    assert runs["2"] == runs["1"]
    assert len(pooled) >= 10  # 210 messages in batches of about 16 went through the pool
    found = [json.loads(line) for line in runs["1"].splitlines()]
    assert len(found) == 30 * len(EXPECTED)  # every conversation whole, none lost at a cut
    assert {f["entity_type"] for f in found} == {"BOOKING_REFERENCE", "IBAN_CODE", "EMAIL_ADDRESS"}


def test_without_roles_or_senders_only_the_carried_context_applies(detector: Detector) -> None:
    """Roles unknown (a plain export): the question's expectation is not used, so findings
    are those of before; the date-of-birth question still carries (carry_context)."""
    out = talk(detector, [(None, "Wat is uw klantnummer?"), (None, "40917733")])
    assert spans(out[1]) == []
    out = talk(detector, [(None, "What is your date of birth?"), (None, "12-03-1985")])
    assert spans(out[1]) == [("DATE_OF_BIRTH", "12-03-1985")]


def test_senders_without_roles_tell_the_agent_by_who_asks(detector: Detector) -> None:
    messages = [
        Message(id="1", text="Wat is uw klantnummer?", conversation_id="c", sender="Ilse"),
        Message(id="2", text="40917733", conversation_id="c", sender="Piet Jansen"),
    ]
    assert spans(detector.detect(messages)[1]) == [("CUSTOMER_NUMBER", "40917733")]


def _conversation_dir(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "conversation"
    folder.mkdir()
    (folder / "conversation.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("yaml", "message"),
    [
        ("version: 1\nquestions:\n  - expect: [ORDER]\n    phrases: {en: [order]}\n",
         "unknown entity type 'ORDER'"),
        ("version: 1\nquestoins: []\n", "unknown key 'questoins'"),
        ("version: 1\nanswers:\n  PERSON:\n    - {name: x, regex: '(', score: 0.5}\n",
         "does not compile"),
        ("version: 1\nquestions: [\n", "YAML syntax"),
    ],
)  # fmt: skip
def test_a_mistake_in_the_conversation_rules_names_its_file_and_line(
    tmp_path: Path, yaml: str, message: str
) -> None:
    folder = _conversation_dir(tmp_path, yaml)
    with pytest.raises(ConfigError) as err:
        load_conversation_rules(folder)
    text = str(err.value)
    assert message in text and "conversation.yaml:" in text


def test_a_rules_directory_with_its_own_conversation_rules(tmp_path: Path) -> None:
    """rules/conversation/ next to the rule files is used, not the shipped one."""
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules, ignore=shutil.ignore_patterns("conversation"))
    _conversation_dir(rules, (
        "version: 1\nquestions:\n  - expect: [CUSTOMER_NUMBER]\n"
        "    phrases: {nl: [lidmaatschapskaart]}\n"
        # the role guess's words and the request words are required
        # (test_conversation_role_words.py, test_conversation_requests.py)
        "first_person: {nl: [ik]}\nown_words: {nl: [mijn]}\nyour_words: {nl: [uw]}\n"
        "requests: {nl: [graag]}\n"
    ))  # fmt: skip
    det = Detector(privacyguard.load_rules(rules))
    assert spans(talk(det, [("agent", "Uw lidmaatschapskaart?"), ("customer", "40917733")])[1])
    shipped_only = "Heeft u uw relatienummer bij de hand?"  # a phrasing of the shipped rules
    assert not spans(talk(det, [("agent", shipped_only), ("customer", "40917733")])[1])


def test_import_into_the_store_keeps_what_the_conversation_found(
    chat_file: Path, db_url: str
) -> None:
    """`privacyguard import` scans through the same pipeline: the split IBAN is stored as
    a finding on each of its two messages, the bare booking code on its message."""
    from sqlalchemy import select

    from privacyguard.store import open_store
    from privacyguard.store import tables as t

    result = CliRunner().invoke(cli, ["import", str(chat_file), "--db", db_url, "--json"])
    assert result.exit_code == 0, result.output
    m, f = t.messages.c, t.findings.c
    with open_store(db_url) as store, store.engine.connect() as conn:
        rows = conn.execute(
            select(m.external_id, m.sender_role, m.text, f.entity_type, f.start, f.end)
            .join(t.findings, f.message_id == m.id)
            .order_by(m.id, f.start)
        ).all()  # fmt: skip
    got = {(r.external_id, r.entity_type, r.text[r.start : r.end]) for r in rows}
    assert ("m2", "BOOKING_REFERENCE", "qk7t2m") in got
    assert ("m4", "IBAN_CODE", "NL20 INGB") in got
    assert ("m5", "IBAN_CODE", "0001 2345 67") in got
    assert {r.sender_role for r in rows} == {"customer"}


def test_a_failure_in_the_conversation_layer_fails_the_message_closed(
    detector: Detector, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message whose conversation step raises is reported as failed (never as scanned
    and clean); the others of the batch are still detected."""
    real = detector.conversations.answers

    def broken(text: str, lang: str, types: Any, words: Any = None) -> Any:
        if text == "qk7t2m":
            raise RuntimeError("boom")
        return real(text, lang, types, words)

    monkeypatch.setattr(detector.conversations, "answers", broken)
    out = talk(detector, TURNS)
    assert out[2].error == "detection failed (RuntimeError)" and out[2].findings == []
    assert spans(out[4]) == [("IBAN_CODE", "NL20 INGB")]
    assert spans(out[5]) == [("IBAN_CODE", "0001 2345 67")]


def test_conversation_rules_are_part_of_the_rules_digest_and_of_rules_check(
    tmp_path: Path,
) -> None:
    """Editing rules/conversation/ makes a new detector (the digest changes), and a broken
    conversation rule file fails `rules check` with its file:line."""
    from privacyguard.config.rules import rules_digest

    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    before = rules_digest(rules)
    talk_file = rules / "conversation" / "conversation.yaml"
    talk_file.write_text(talk_file.read_text() + "\n# edited\n")
    assert rules_digest(rules) != before
    ok = CliRunner().invoke(cli, ["rules", "check", str(rules)])
    assert ok.exit_code == 0 and "question phrasings" in ok.output, ok.output
    talk_file.write_text("questions:\n  - {expect: [NOT_A_TYPE]}\n")
    bad = CliRunner().invoke(cli, ["rules", "check", str(rules)])
    assert bad.exit_code == 2, bad.output
    assert "conversation.yaml:" in bad.output


def test_dicts_given_to_privacyguard_scan_keep_their_roles() -> None:
    """privacyguard.scan([{..., "role": "agent"}]) reads the conversation as Message objects
    do: a bare answer after the agent's question is found (and without roles it is not)."""
    turns = [("agent", "What was the booking code again?"), ("customer", "qk7t2m")]
    with_roles = [
        {"id": f"m{i}", "text": t, "conversation_id": "c1", "role": r}
        for i, (r, t) in enumerate(turns)
    ]
    without = [{k: v for k, v in d.items() if k != "role"} for d in with_roles]
    found = privacyguard.scan(with_roles).findings
    assert [(f.message_id, f.entity_type, f.start, f.end) for f in found] == [
        ("m1", "BOOKING_REFERENCE", 0, 6)
    ]
    assert privacyguard.scan(without).findings == []


@pytest.mark.parametrize("with_system_message", [False, True])
def test_without_roles_a_customer_who_asks_first_is_not_taken_for_the_agent(
    with_system_message: bool,
) -> None:
    """A WhatsApp export has senders, not roles. A customer whose first message asks a
    question while giving values ("... bestilling F5JQ2W. Kan jeg få med sykkel?") is not
    the agent, so the birth date answering the business's question is still found; a
    business system message makes its sender the agent."""
    turns = [
        ("Ola Nordmann", None, "Hei! Jeg skal fly DY1302 31. mars, bestilling F5JQ2W. "
                               "Kan jeg få med sykkel?"),
        ("Reiser AS", None, "Hei Ola! Det går fint. Kan du bekrefte fødselsdato og e-post?"),
        ("Ola Nordmann", None, "02.11.1962\nola.nordmann@example.com"),
    ]  # fmt: skip
    if with_system_message:
        turns.insert(0, ("Reiser AS", "system", "Meldinger er ende-til-ende-krypterte."))
    messages = [
        Message(id=f"m{i}", text=t, conversation_id="c", sender=s, sender_role=r)
        for i, (s, r, t) in enumerate(turns)
    ]
    last = Detector().detect(messages)[-1]
    assert ("DATE_OF_BIRTH", "02.11.1962") in {
        (f.entity_type, last.message.text[f.start : f.end]) for f in last.findings
    }

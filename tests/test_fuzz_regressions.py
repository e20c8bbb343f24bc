"""Every crash the fuzzers found, kept as a regression test (see fuzz/README.md).

Each file under fuzz/crashes/ is replayed through the property that found it (the file name
says which: a reader, a redaction, the library, the stream filter or a zip); then, for each
crash, what the fix must give: a problem line or a readable message instead of a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fuzz.run import CRASHES, replay
from privacyguard.ingest import read, write
from privacyguard.models import InputProblem, Message

#: fixed crashes only: new finds wait in fuzz/crashes/new/ until they are fixed
SAVED = sorted(p for p in CRASHES.glob("*") if p.is_file() and not p.name.startswith("."))


def crash(name: str) -> Path:
    [path] = [p for p in SAVED if p.name.startswith(name)]
    return path


def records(path: Path, fmt: str) -> tuple[list[Message], list[InputProblem]]:
    out = list(read(path, fmt))
    return (
        [r for r in out if isinstance(r, Message)],
        [r for r in out if isinstance(r, InputProblem)],
    )


def test_the_saved_crashes_are_there() -> None:
    assert len(SAVED) >= 21


@pytest.mark.parametrize("path", SAVED, ids=lambda p: p.name)
def test_a_saved_crash_passes_the_property_that_found_it(path: Path) -> None:
    replay(path)


@pytest.mark.parametrize(
    ("name", "fmt", "says"),
    [
        ("csv--da39a3ee5e", "csv", "empty"),
        ("zendesk_json--5d04c882c4", "zendesk_json", "comments"),
        ("intercom_json--88ed32fe1a", "intercom_json", "conversation_parts"),
        ("messenger_e2ee_json--9ab861df82", "messenger_e2ee_json", ""),
    ],
)
def test_a_container_of_the_wrong_type_is_a_problem_line_not_a_traceback(
    name: str, fmt: str, says: str
) -> None:
    messages, problems = records(crash(name), fmt)
    assert problems or messages, "nothing read and nothing reported"
    for p in problems:
        assert says in p.reason and "\n" not in p.reason and "Error" not in p.reason


@pytest.mark.parametrize(
    ("name", "fmt", "text"),
    [
        ("email_eml--b6cad9aef5", "email_eml", "hello"),  # an address group in To:
        ("email_eml--b64-header", "email_eml", "hi"),  # an encoded word with bad base64
        ("zendesk_json--0519cf1207", "zendesk_json", "hi"),  # a list as author_id
        ("twitter_dm_js--a1a8e0a2df", "twitter_dm_js", "ok"),  # createdAt: true
        ("intercom_json--ba3da68db2", "intercom_json", "hi"),  # created_at 1e300
        ("messenger_json--79027c3d07", "messenger_json", "hi"),  # participants: true
        ("messenger_e2ee_json--8a4bc91602", "messenger_e2ee_json", "hi"),  # media: 1
        ("email_eml--765bea7713", "email_eml", "hi"),  # Message-ID: <@example.org>
        ("email_eml--ede4489301", "email_eml", "hi"),  # From decodes to a line break
        ("email_eml--4addb2f7af", "email_eml", "hi"),  # an unknown non-ASCII charset
        ("email_mbox--7038234afc", "email_mbox", "hi"),  # a zone offset of 21 digits
        ("email_mbox--64d3eb1e04", "email_mbox", "hi"),  # a raw 0xba in a base64 word
    ],
)
def test_one_odd_value_does_not_lose_the_message_text(name: str, fmt: str, text: str) -> None:
    messages, _problems = records(crash(name), fmt)
    assert any(text in m.text for m in messages), "the message around the odd value was lost"


@pytest.mark.parametrize(
    ("name", "fmt", "texts"),
    [
        ("csv--4b5c198033", "csv", ["hello", "world"]),  # an empty message_id, then "2"
        ("jsonl--edf8714ef1", "jsonl", ["hello", "world"]),  # two empty message_ids
    ],
)
def test_empty_message_ids_give_unique_ids_and_every_message(
    name: str, fmt: str, texts: list[str]
) -> None:
    messages, problems = records(crash(name), fmt)
    ids = [m.id for m in messages]
    assert all(ids) and len(set(ids)) == len(ids), ids
    assert [m.text for m in messages] == texts and not problems


def test_an_mbox_body_re_encoded_by_a_rewrite_keeps_every_message(tmp_path: Path) -> None:
    src = crash("redact@email_mbox--qp-rewrite")
    out = tmp_path / "out.mbox"
    write(src, out, lambda _m, _f, t: t.upper(), "email_mbox")
    before, _ = records(src, "email_mbox")
    after, problems = records(out, "email_mbox")
    assert len(before) == len(after) == 2 and not problems
    assert [m.text.strip() for m in after] == [m.text.strip().upper() for m in before]


def test_an_empty_mbox_is_reported_not_silently_dropped(tmp_path: Path) -> None:
    src = crash("redact@email_mbox--empty")
    messages, problems = records(src, "email_mbox")
    report = write(src, tmp_path / "out.mbox", lambda _m, _f, t: t, "email_mbox")
    assert not messages
    assert problems or report.problems or (tmp_path / "out.mbox").exists()

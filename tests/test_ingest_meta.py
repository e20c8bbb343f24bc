"""Meta DYI (Messenger, Instagram) and the Messenger E2EE secure-storage export."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from privacyguard.ingest import read, write
from privacyguard.ingest.meta_dyi import repair
from privacyguard.models import InputProblem, Message

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"  # tests/data/README.md
pytestmark = pytest.mark.skipif(
    not EXPORTS.is_dir(), reason=f"sample exports not found at {EXPORTS}"
)
FB = EXPORTS / "facebook_messenger" / "your_facebook_activity" / "messages"
THREAD = FB / "inbox" / "reisbureauzonnepad_7312845590123456"


def msgs(path: Path) -> list[Message]:
    out = list(read(path))
    assert not [r for r in out if isinstance(r, InputProblem)]
    return [r for r in out if isinstance(r, Message)]


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Zo\u00c3\u00ab", "Zoë"),
        ("\u00e2\u0082\u00ac", "€"),
        ("\u00f0\u009f\u0098\u0085", "😅"),
        ("\u00c5\u0081", "Ł"),
        ("plain", "plain"),
        ("caf\u00e9", "café"),
        ("Марина", "Марина"),
    ],
)
def test_mojibake_repair_is_latin1_to_utf8_and_keeps_what_does_not_decode(
    broken: str, fixed: str
) -> None:
    assert repair(broken)[0] == fixed


def test_pages_of_one_thread_are_merged_and_sorted_oldest_first() -> None:
    ms = msgs(THREAD)
    meta, rest = ms[0], ms[1:]
    assert meta.kind == "metadata" and dict(meta.fields)["participants[1].name"] == "Zoë Bakker"
    assert len(rest) == 14  # 8 on page 1 + 6 on page 2
    assert [m.timestamp for m in rest] == sorted(m.timestamp for m in rest)
    assert rest[0].timestamp == datetime(2024, 5, 13, 7, 2, 11, 412000, tzinfo=timezone.utc)
    assert rest[0].source.file.endswith("message_2.json") and rest[0].source.path == "messages[5]"
    assert {m.conversation_id for m in ms} == {
        "messenger:inbox/reisbureauzonnepad_7312845590123456"
    }
    assert rest[0].sender == "Zoë Bakker"
    assert "€ 45,00" in rest[4].text and "één" in rest[0].text
    kinds = [m.kind for m in rest]
    assert kinds.count("call") == 1 and kinds.count("unsent") == 1 and kinds.count("media") == 1
    assert kinds.count("share") == 1
    [share] = [m for m in rest if m.kind == "share"]
    assert dict(share.fields)["share.link"] == share.text
    [liked] = [m for m in rest if "reactions[0].actor" in dict(m.fields)]
    assert dict(liked.fields)["reactions[0].actor"] == "Zoë Bakker"


def test_ids_are_stable_and_unique() -> None:
    a, b = [m.id for m in msgs(THREAD)], [m.id for m in msgs(THREAD)]
    assert a == b and len(set(a)) == len(a)


def test_e2ee_cutover_section_and_norwegian_repair() -> None:
    ms = msgs(FB / "e2ee_cutover")
    assert ms[1].sender == "Ingrid Søreide"
    assert "Ørjan Bråten" in "".join(m.text for m in ms)
    assert [m.kind for m in ms].count("media") == 2  # file and sticker


def test_instagram_family_pseudo_messages_and_emoji_sender() -> None:
    ms = msgs(EXPORTS / "instagram")
    assert ms[0].conversation_id.startswith("instagram:inbox/skytrektravel")
    assert "SkyTrek Travel ✈️" in {m.sender for m in ms}
    assert [m.text for m in ms if m.kind == "reaction"] == [
        "Reacted 😂 to your message",
        "Liked a message",
    ]
    [share] = [m for m in ms if m.kind == "share"]
    assert dict(share.fields)["share.share_text"] == "Summer in Lisbon from £199 ☀️ Link in bio!"


def test_upstream_instagram_testlog_with_ties_kept_in_file_order() -> None:
    ms = msgs(EXPORTS / "upstream" / "chat-miner" / "instagram" / "testlog.json")
    tie = [m for m in ms if m.timestamp == datetime(2020, 1, 18, 14, 53, tzinfo=timezone.utc)]
    assert [m.sender for m in tie] == ["❤️", "J❤️hn Doe"]  # the file's order within the tie
    assert len(ms) == 1 + 13


def test_e2ee_secure_storage_is_clean_utf8_and_sorted() -> None:
    ms = msgs(EXPORTS / "messenger_secure_storage")
    meta, rest = ms[0], ms[1:]
    assert dict(meta.fields)["threadName"] == "Марина Волкова_1"
    assert meta.conversation_id == "messenger_e2ee:Марина Волкова_1"
    assert len(rest) == 8 and rest[0].sender == "Ольга Смирнова"
    assert [m.kind for m in rest].count("unsent") == 1 and [m.kind for m in rest].count(
        "media"
    ) == 1
    assert "СНИЛС 112-233-445 95" in rest[-1].text


def test_truncated_page_is_a_problem_with_a_line_and_is_not_written(tmp_path: Path) -> None:
    thread = tmp_path / "inbox" / "x_1"
    thread.mkdir(parents=True)
    good = (THREAD / "message_2.json").read_bytes()
    (thread / "message_1.json").write_bytes((THREAD / "message_1.json").read_bytes()[:900])
    (thread / "message_2.json").write_bytes(good)
    got = list(read(tmp_path))
    [p] = [r for r in got if isinstance(r, InputProblem)]
    assert p.location.file.endswith("message_1.json") and p.location.line and p.location.column
    assert "invalid JSON" in p.reason and "truncated" in p.reason
    assert sum(isinstance(r, Message) for r in got) == 1 + 6
    out = tmp_path.parent / "out"
    report = write(tmp_path, out, lambda m, f, t: t)
    assert [x.location.file for x in report.problems] == [p.location.file]
    assert (out / "inbox" / "x_1" / "message_2.json").read_bytes() == good
    assert not (out / "inbox" / "x_1" / "message_1.json").exists()

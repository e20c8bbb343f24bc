"""Every sample export, read and written back: identity gives the same bytes, a real rewrite
changes exactly the exposed text fields and nothing else."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from privacyguard.ingest import formats, read, write
from privacyguard.models import InputProblem, Message

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"  # tests/data/README.md
DATA = Path(__file__).resolve().parent / "data" / "ingest"
pytestmark = pytest.mark.skipif(
    not EXPORTS.is_dir(), reason=f"sample exports not found at {EXPORTS} (shared/ beside the repo)"
)
SAMPLES = (
    sorted(p for p in EXPORTS.rglob("*") if p.is_file() and p.name not in ("README.md", "LICENSE"))
    if EXPORTS.is_dir()
    else []
)
EMAIL = sorted((DATA / "email").rglob("*.*"))


_ID_HEADER = re.compile(r"(^|\.)(message-id|in-reply-to|references|content-id)(\[\d+\])?$")


def identity(mid: str, field: str, text: str) -> str:
    return text


def swap(mid: str, field: str, text: str) -> str:
    return text.swapcase()


def messages(source: Path, **options: object) -> list[Message]:
    out = list(read(source, **options))
    problems = [r for r in out if isinstance(r, InputProblem)]
    assert not problems, problems
    return [r for r in out if isinstance(r, Message)]


@pytest.mark.parametrize("sample", SAMPLES + EMAIL, ids=lambda p: p.name)
def test_when_rewrite_is_identity_then_output_bytes_equal_input(
    sample: Path, tmp_path: Path
) -> None:
    out = tmp_path / sample.name
    # an e-mail's non-text parts (not scanned) are written only when asked
    report = write(sample, out, identity, copy_other_files=True)
    assert report.problems == []
    assert out.read_bytes() == sample.read_bytes()
    assert list(tmp_path.iterdir()) == [out]  # no temp files left behind


@pytest.mark.parametrize("sample", SAMPLES + EMAIL, ids=lambda p: p.name)
def test_when_rewritten_then_rereading_gives_the_rewritten_texts(
    sample: Path, tmp_path: Path
) -> None:
    out = tmp_path / sample.name
    write(sample, out, swap)
    before = messages(sample)
    after = messages(out)
    assert len(after) == len(before)
    for b, a in zip(before, after, strict=True):
        assert a.text == b.text.swapcase(), b.source
        # e-mail thread ids that change become opaque ids (the same for the same id)
        ids = [(f, t) for f, t in a.fields if _ID_HEADER.search(f)]
        assert all(re.fullmatch(r"(<\w+@redacted\.invalid>\s*)+", t) for _, t in ids), ids
        rest = tuple((f, t.swapcase()) for f, t in b.fields if not _ID_HEADER.search(f))
        assert tuple(x for x in a.fields if not _ID_HEADER.search(x[0])) == rest, b.source
        assert (a.timestamp, a.conversation_id is None) == (b.timestamp, b.conversation_id is None)
    if any(m.text.swapcase() != m.text for m in before):
        assert out.read_bytes() != sample.read_bytes()


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)


@pytest.mark.parametrize(
    "sample", [p for p in SAMPLES if p.suffix in (".json", ".js")], ids=lambda p: p.name
)
def test_when_json_is_rewritten_then_only_string_tokens_change(
    sample: Path, tmp_path: Path
) -> None:
    out = tmp_path / sample.name
    write(sample, out, swap)
    src, dst = sample.read_text("utf-8"), out.read_text("utf-8")
    # outside string tokens (indentation, key order, numbers, trailing newline) nothing moves
    assert _STRING.sub('""', dst) == _STRING.sub('""', src)
    if src.isascii():
        assert dst.isascii()  # Meta's \u00XX mojibake is re-applied


def test_meta_strings_are_written_back_as_mojibake(tmp_path: Path) -> None:
    page = next(EXPORTS.rglob("reisbureauzonnepad_*/message_1.json"))
    out = tmp_path / "message_1.json"
    write(page, out, lambda m, f, t: t.replace("Zoë", "Zoë Ø"))
    text = out.read_text("ascii")
    assert "Zo\\u00c3\\u00ab \\u00c3\\u0098" in text
    assert json.loads(text)["participants"][1]["name"].encode("latin-1").decode() == "Zoë Ø Bakker"


def test_folder_round_trip_writes_the_same_tree(tmp_path: Path) -> None:
    src = EXPORTS / "facebook_messenger"
    out = tmp_path / "out"
    report = write(src, out, identity)
    assert report.problems == []
    files = sorted(p.relative_to(src) for p in src.rglob("*") if p.is_file())
    assert sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file()) == files
    for rel in files:
        assert (out / rel).read_bytes() == (src / rel).read_bytes()


def test_zip_round_trip_keeps_members_and_bytes(tmp_path: Path) -> None:
    src_dir = EXPORTS / "whatsapp" / "ios_en_GB_business_side"
    z = tmp_path / "WhatsApp Chat - SkyTrek.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(src_dir / "_chat.txt", "_chat.txt")
        zf.writestr("00000012-PHOTO-2024-02-21-14-08-12.jpg", b"\xff\xd8\xff not really a jpeg")
    got = list(read(z))
    assert sum(isinstance(r, Message) for r in got) == 16
    [attach] = [r for r in got if isinstance(r, InputProblem)]
    assert "1 attachment file not scanned (jpg 1)" in attach.reason
    out = tmp_path / "out.zip"
    report = write(z, out, identity, copy_other_files=True)
    assert report.copied == ["00000012-PHOTO-2024-02-21-14-08-12.jpg"]
    with zipfile.ZipFile(z) as a, zipfile.ZipFile(out) as b:
        assert a.namelist() == b.namelist()
        assert all(a.read(n) == b.read(n) for n in a.namelist())
    # without copy_other_files the attachment is withheld (fail closed)
    report = write(z, tmp_path / "out2.zip", identity)
    assert report.withheld == ["00000012-PHOTO-2024-02-21-14-08-12.jpg"]
    with zipfile.ZipFile(tmp_path / "out2.zip") as b:
        assert b.namelist() == ["_chat.txt"]


def test_every_sample_is_sniffed_as_its_format() -> None:
    got = {Path(f).relative_to(EXPORTS).as_posix(): r for f, r in formats(EXPORTS)}
    expect = {
        "facebook_messenger/": "messenger_json",
        "instagram/": "instagram_json",
        "messenger_secure_storage/": "messenger_e2ee_json",
        "whatsapp/": "whatsapp_txt",
        "telegram/": "telegram_json",
        "twitter_x/": "twitter_dm_js",
        "helpdesk/zendesk/": "zendesk_json",
        "helpdesk/intercom/": "intercom_json",
        "upstream/chat-miner/whatsapp/": "whatsapp_txt",
        "upstream/chat-miner/telegram/": "telegram_json",
        "upstream/chat-miner/instagram/": "instagram_json",
        "upstream/whatsapp-chat-parser/short": "whatsapp_txt",
    }
    for name, reader in got.items():
        for prefix, want in expect.items():
            if name.startswith(prefix):
                assert reader == want, name
    assert got["helpdesk/generic/transcripts_en_nl.csv"] == "csv"
    assert got["helpdesk/generic/transcripts_ru_nb.jsonl"] == "jsonl"
    assert got["README.md"] == "" and got["upstream/chat-miner/LICENSE"] == ""


def test_reading_the_whole_corpus_reports_only_the_non_exports() -> None:
    records = list(read(EXPORTS))
    problems = [r for r in records if isinstance(r, InputProblem)]
    assert sorted(Path(p.location.file).name for p in problems) == [
        "LICENSE",
        "LICENSE",
        "README.md",
    ]
    ids = [r.id for r in records if isinstance(r, Message)]
    assert len(ids) == len(set(ids)), "message ids are unique within the source"
    assert ids == [r.id for r in read(EXPORTS) if isinstance(r, Message)], "and stable"


def test_every_timestamp_is_an_aware_utc_instant_and_every_message_has_a_source() -> None:
    for m in (r for r in read(EXPORTS) if isinstance(r, Message)):
        assert m.source is not None and m.source.file
        assert m.source.line is not None or m.source.path is not None or m.kind == "metadata"
        if m.timestamp is not None:
            assert (
                m.timestamp.utcoffset() is not None and m.timestamp.utcoffset().total_seconds() == 0
            )
        elif m.kind != "metadata":
            pytest.fail(f"no timestamp: {m.source}")

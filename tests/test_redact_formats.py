"""Every sample export redacted with the default policy: the output is the same format, readable
by its own reader, with the same messages, and the identifiers found are gone."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from privacyguard.act.run import Run, redact_path
from privacyguard.config.policy import load_policy
from privacyguard.ingest import formats, read
from privacyguard.models import InputProblem, Message

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"  # tests/data/README.md
EMAIL = Path(__file__).resolve().parent / "data" / "ingest" / "email"
pytestmark = pytest.mark.skipif(not EXPORTS.is_dir(), reason=f"sample exports not at {EXPORTS}")
SAMPLES = (
    sorted(p for p in EXPORTS.rglob("*") if p.is_file() and p.name not in ("README.md", "LICENSE"))
    if EXPORTS.is_dir()
    else []
)
SAMPLES += sorted(EMAIL.rglob("*.*"))
REQUIRED = {"whatsapp_txt", "messenger_json", "telegram_json", "csv", "jsonl", "email_mbox"}
#: identifiers whose every occurrence must be gone from the redacted texts
STRICT = {"IBAN_CODE", "CREDIT_CARD", "NATIONAL_ID", "EMAIL_ADDRESS", "TICKET_NUMBER"}


def records(source: Path) -> tuple[list[Message], list[InputProblem]]:
    out = list(read(source))
    return (
        [r for r in out if isinstance(r, Message)],
        [r for r in out if isinstance(r, InputProblem)],
    )


def test_the_samples_cover_the_required_formats() -> None:
    names = {name for p in SAMPLES for _, name in formats(p)}
    assert REQUIRED <= names, REQUIRED - names


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_redacted_export_is_the_same_format_with_the_same_messages(
    sample: Path, tmp_path: Path, detector
) -> None:
    out = tmp_path / sample.name
    run = Run(load_policy(), None, detector)
    report = redact_path(run, sample, out)
    before, problems_before = records(sample)
    after, problems_after = records(out)
    assert [f for _, f in formats(out)] == [f for _, f in formats(sample)]
    assert len(after) == len(before)
    assert len(problems_after) == len(problems_before)
    assert [(m.timestamp, m.kind) for m in after] == [(m.timestamp, m.kind) for m in before]
    assert report.messages == len(before)
    assert not report.withheld
    texts = "\n".join(t for m in after for t in (m.text, *(v for _, v in m.fields)))
    by_id = {m.id: m for m in before}
    from privacyguard.pipeline import scan_stream

    for d in scan_stream(before, detector):
        assert not isinstance(d, InputProblem)
        for f in d.findings:
            if f.entity_type in STRICT:
                source_text = dict((("text", by_id[f.message_id].text), *d.message.fields))
                value = source_text[f.field][f.start : f.end]
                assert value not in texts, (f.entity_type, f.field)
    if report.changes:
        assert out.read_bytes() != sample.read_bytes()


def test_a_folder_and_a_zip_come_out_as_a_folder_and_a_zip(tmp_path: Path, detector) -> None:
    src = EXPORTS / "whatsapp"
    run = Run(load_policy(), None, detector)
    redact_path(run, src, tmp_path / "wa")
    assert len(records(tmp_path / "wa")[0]) == len(records(src)[0])
    archive = tmp_path / "wa.zip"
    shutil.make_archive(str(archive.with_suffix("")), "zip", src)
    out = tmp_path / "redacted.zip"
    report = redact_path(Run(load_policy(), None, detector), archive, out)
    assert zipfile.is_zipfile(out)
    assert len(records(out)[0]) == len(records(archive)[0]) == report.messages
    with zipfile.ZipFile(out) as z:
        body = b"".join(z.read(n) for n in z.namelist())
    assert b"GB29 NWBK 6016 1331 9268 19" not in body and b"<IBAN_CODE>" in body

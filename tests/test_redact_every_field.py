"""Redaction covers every field of every format.

One synthetic person (Anna de Vries: a valid BSN, a valid Dutch IBAN, an e-mail address, a
phone number, a birth date with its cue) is written into every field of each format that can
carry personal data: headers, metadata, HTML bodies, attributes and comments, attachment names
and URLs, external ids, every body variant. Each fixture is first scanned (every such field
must have a finding, so the test cannot pass on a field the reader does not expose), then
redacted with the default policy and scanned again: nothing may be found, and none of the
raw values may be left in the output bytes, decoded where the format encodes them (JSON
escapes and Meta's mojibake, HTML entities, percent escapes, MIME quoted-printable/base64
and RFC 2047 headers).
"""

from __future__ import annotations

import email
import email.policy
import html
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from sqlalchemy import create_engine, text

from privacyguard.act.run import Run, redact_path
from privacyguard.config.policy import load_policy
from privacyguard.ingest import formats, read
from privacyguard.models import Finding, InputProblem, Message
from privacyguard.pipeline import scan_stream

DATA = Path(__file__).resolve().parent / "data" / "every_field"

#: the person's data as written in the fixtures; none may survive redaction, in any spelling
RAW = (
    "Anna",
    "Vries",
    "14-03-1985",
    "111222333",
    "NL91ABNA0417164300",
    "NL91 ABNA 0417 1643 00",
    "anna.devries@example.com",
    "devries",
    "6 12345678",
    "31612345678",
    "klant-8830417",
    "203.0.113.45",
)


def scan_fields(source: Path | str, detector, fmt: str | None = None, **options) -> list[Finding]:
    """The findings in every field, as ``scan`` reports them."""
    records = list(read(source, fmt, **options))
    problems = [r for r in records if isinstance(r, InputProblem)]
    assert not problems, [str(p) for p in problems]
    out: list[Finding] = []
    for d in scan_stream([r for r in records if isinstance(r, Message)], detector):
        assert not isinstance(d, InputProblem), str(d)
        out += d.findings
    return out


def decoded_text(path: Path) -> str:
    """Every readable spelling of the output's bytes, for a substring search."""
    files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
    if path.suffix == ".db":  # SQLite: the cells, not the pages (free pages are checked apart)
        con = sqlite3.connect(path)
        names = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        cells = [str(v) for n in names for row in con.execute(f'select * from "{n}"') for v in row]
        con.close()
        return "\n".join(cells) + "\n" + path.read_bytes().decode("latin-1")
    out: list[str] = []
    for f in files:
        raw = f.read_bytes()
        text = raw.decode("utf-8", "replace")
        out += [text, html.unescape(text), unquote(text), raw.decode("latin-1")]
        try:
            out += list(_json_strings(json.loads(text.split("=", 1)[-1] if text.startswith(
                "window.") else text)))  # fmt: skip
        except ValueError:
            pass
        if f.suffix in (".eml", ".mbox"):
            out += list(_mime_texts(raw))
    joined = "\n".join(out)
    return "\n".join((joined, html.unescape(joined), unquote(joined)))


def _json_strings(value) -> list[str]:
    if isinstance(value, str):
        try:
            return [value, value.encode("latin-1").decode("utf-8")]
        except (UnicodeEncodeError, UnicodeDecodeError):
            return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_json_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _json_strings(v)]
    return [str(value)]


def _mime_texts(raw: bytes) -> list[str]:
    chunks = raw.split(b"\nFrom ") if raw.startswith(b"From ") else [raw]
    out: list[str] = []
    for chunk in chunks:
        msg = email.message_from_bytes(chunk, policy=email.policy.default)
        for part in msg.walk():
            out += [f"{k}: {v}" for k, v in part.items()]
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                out += [payload.decode("utf-8", "replace"), payload.decode("latin-1")]
                out += [payload.decode("utf-16", "replace")] if len(payload) % 2 == 0 else []
    return out


def roundtrip(
    src: Path, tmp_path: Path, detector, must_cover: set[str], fmt: str | None = None, **options
) -> Path:
    covered = {f.field for f in scan_fields(src, detector, fmt, **options)}
    assert must_cover <= covered, f"fields with no finding before redaction: {must_cover - covered}"
    out = tmp_path / src.name
    report = redact_path(Run(load_policy(), None, detector), src, out, fmt, **options)
    assert not report.withheld and not report.not_read, (report.withheld, report.not_read)
    left = scan_fields(out, detector, fmt, **options)
    assert not left, [(f.field, f.entity_type, f.recognizer) for f in left]
    text = decoded_text(out).casefold()
    assert not [v for v in RAW if v.casefold() in text]
    return out


def test_zendesk_every_body_variant_html_comment_attachment_and_metadata(
    tmp_path: Path, detector
) -> None:
    roundtrip(
        DATA / "zendesk_ticket_90001_comments.json",
        tmp_path,
        detector,
        {
            "text", "body", "html_body", "html_body.attributes", "html_body.comments",
            "via.source.from.address", "via.source.from.name", "metadata.system.ip_address",
            "attachments[0].file_name", "attachments[0].content_url",
            "metadata.custom.callback_number", "metadata.custom.note", "metadata.custom.bsn",
            "users[0].name",
            "users[0].email", "users[0].phone", "users[0].notes",
        },
    )  # fmt: skip


def test_intercom_external_ids_attachment_names_urls_and_custom_attributes(
    tmp_path: Path, detector
) -> None:
    roundtrip(
        DATA / "intercom_conversation_4242.json",
        tmp_path,
        detector,
        {
            "text", "body.comments", "body.attributes", "sender", "sender.email", "subject",
            "url", "attachments[0].file_name", "attachments[0].url", "external_id",
            "contacts[0].external_id", "title", "custom_attributes.iban",
            "custom_attributes.phone", "custom_attributes.bsn",
        },
    )  # fmt: skip


# --- SQL: a file output holds the mapped table and columns only ------------------------------

PG_BASE = os.environ.get(
    "PRIVACYGUARD_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(params=["sqlite", "postgresql"])
def helpdesk_db(request, tmp_path: Path) -> Iterator[str]:
    """The tables of helpdesk_tables.sql in a SQLite file or a fresh PostgreSQL schema."""
    statements = [
        s for s in (DATA / "helpdesk_tables.sql").read_text("utf-8").split(";\n") if s.strip()
    ]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'helpdesk.db'}"
        cleanup = None
    else:
        try:
            admin = create_engine(PG_BASE, connect_args={"connect_timeout": 3})
            with admin.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as e:  # noqa: BLE001 - any failure means "not reachable"
            pytest.skip(f"no PostgreSQL at {PG_BASE}: {type(e).__name__}")
        schema = f"pgtest_{uuid.uuid4().hex[:12]}"
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = f"{PG_BASE}?options=-csearch_path%3D{schema}"

        def cleanup() -> None:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()

    engine = create_engine(url)
    with engine.begin() as conn:
        for s in statements:
            conn.execute(text(s))
    engine.dispose()
    yield url
    if cleanup is not None:
        cleanup()


def _table_url(url: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}table=tickets"


SQL_COLUMNS = {"text": "body", "sender": "author", "conversation": "conv", "timestamp": "sent_at"}


def test_sql_to_a_file_writes_the_mapped_table_and_columns_only(
    helpdesk_db: str, tmp_path: Path, detector
) -> None:
    src = _table_url(helpdesk_db)
    out = tmp_path / "redacted.db"
    report = redact_path(Run(load_policy(), None, detector), src, out, columns=SQL_COLUMNS)
    assert not report.withheld and not report.not_read
    con = sqlite3.connect(out)
    tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
    columns = [r[1] for r in con.execute("pragma table_info(tickets)")]
    assert tables == ["tickets"]  # the customers table is not copied
    assert columns == ["id", "conv", "author", "body", "sent_at"]
    assert any("notes, customer_email, priority" in w for w in report.left_out)
    assert not scan_fields(f"sqlite:///{out}?table=tickets", detector, columns=SQL_COLUMNS)
    # in place, the columns that are not redacted are named in the report, never silently
    report = redact_path(Run(load_policy(), None, detector), src, src, columns=SQL_COLUMNS)
    assert report.left_out == [
        f"{report.left_out[0].split(' table ')[0]} table tickets: text columns not redacted: "
        "notes, customer_email; --all-text-columns redacts them"
    ]
    raw = decoded_text(out).casefold()
    assert not [v for v in RAW if v.casefold() in raw]


def test_sql_with_all_text_columns_redacts_every_text_column(
    helpdesk_db: str, tmp_path: Path, detector
) -> None:
    src = _table_url(helpdesk_db)
    opts = {"columns": SQL_COLUMNS, "all_text_columns": True}
    covered = {f.field for f in scan_fields(src, detector, **opts)}  # type: ignore[arg-type]
    assert {"text", "sender", "notes", "customer_email"} <= covered
    out = tmp_path / "redacted.db"
    report = redact_path(Run(load_policy(), None, detector), src, out, **opts)
    assert not report.withheld and not report.not_read
    columns = [r[1] for r in sqlite3.connect(out).execute("pragma table_info(tickets)")]
    assert columns == ["id", "conv", "author", "body", "notes", "customer_email", "sent_at"]
    assert not scan_fields(f"sqlite:///{out}?table=tickets", detector, **opts)  # type: ignore[arg-type]
    raw = decoded_text(out).casefold()
    assert not [v for v in RAW if v.casefold() in raw]
    # in place (a URL output): every text cell of the table is rewritten there
    redact_path(Run(load_policy(), None, detector), src, src, **opts)
    assert not scan_fields(src, detector, **opts)  # type: ignore[arg-type]


# --- e-mail: every header, every part, attachment names, malformed MIME ----------------------

EMAIL_HEADERS = {
    "return-path", "received", "received[2]", "authentication-results", "x-originating-ip",
    "x-customer-phone", "sender", "disposition-notification-to", "from", "reply-to", "cc",
    "bcc", "subject", "thread-topic", "message-id", "in-reply-to", "references",
}  # fmt: skip


def test_email_every_header_part_attachment_name_and_forwarded_mail(
    tmp_path: Path, detector
) -> None:
    out = roundtrip(
        DATA / "every_header.eml",
        tmp_path,
        detector,
        EMAIL_HEADERS
        | {
            "text", "part[2].html", "part[2].attributes", "part[2].comments", "part[3].plain",
            "part[4].plain", "part[5].plain", "mime[4].content-type.file_name",
            "mime[4].content-disposition.file_name", "mime[5].content-type.file_name",
            "mime[5].content-disposition.file_name", "mime[7].from", "mime[7].subject",
        },
    )  # fmt: skip
    (after,) = [r for r in read(out) if isinstance(r, Message)]
    # the thread ids became opaque ids, the same one for the same id
    fields = dict(after.fields)
    assert fields["message-id"] == fields["in-reply-to"] == fields["references"]
    assert fields["message-id"].endswith("@redacted.invalid>")
    # the PDF was not scanned, so its content is not in the output (its name is redacted)
    assert b"JVBERi0" not in out.read_bytes()  # base64 of "%PDF-"


def test_email_attachments_are_kept_only_when_asked(tmp_path: Path, detector) -> None:
    report = redact_path(
        Run(load_policy(), None, detector), DATA / "every_header.eml", tmp_path / "left.eml"
    )
    assert report.left_out == [
        f"{DATA / 'every_header.eml'}: 1 attachment(s) not scanned, so not written (pdf 1); "
        "--copy-other-files keeps them"
    ]
    out = tmp_path / "kept.eml"
    redact_path(Run(load_policy(), None, detector), DATA / "every_header.eml", out,
                copy_other_files=True)  # fmt: skip
    assert b"JVBERi0" in out.read_bytes()


@pytest.mark.parametrize(
    ("name", "fields", "note"),
    [
        ("multipart_without_boundary.eml", {"text", "from"}, "without a boundary"),
        ("multipart_unclosed_boundary.eml", {"part[1].plain", "from"}, "not closed"),
        ("charset_utf16_on_ascii.eml", {"text", "from"}, "labelled utf-16 is not"),
        (
            "inbox.mbox",
            {"text", "envelope", "return-path", "x-originating-ip", "subject"},
            "labelled us-ascii is not",
        ),
        ("message_id_without_brackets.eml", {"text", "message-id", "references"}, None),
    ],
)
def test_malformed_mime_is_read_leniently_and_redacted(
    name: str, fields: set[str], note: str | None, tmp_path: Path, detector
) -> None:
    (before,) = [r for r in read(DATA / name) if isinstance(r, Message)]
    texts = "\n".join((before.text, *(v for _, v in before.fields)))
    assert "NL91ABNA0417164300" in texts and "14-03-1985" in texts  # read, not skipped
    if note:  # and the reader says what it assumed
        assert any(note in n for n in before.notes), before.notes
    roundtrip(DATA / name, tmp_path, detector, fields)


def test_a_mail_whose_new_text_cannot_be_written_is_withheld_and_reported(tmp_path: Path) -> None:
    from privacyguard.ingest import write

    src = tmp_path / "latin1.eml"
    src.write_bytes(
        b"From: a@example.com\nSubject: x\nMessage-ID: <l1@example.com>\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=iso-8859-1\n\nGr\xfcezi, IBAN NL91ABNA0417164300\n"
    )
    out = tmp_path / "out.eml"
    # the new text has a character that ISO-8859-1 cannot hold: the mail must not be written
    report = write(src, out, lambda m, f, t: t.replace("NL91ABNA0417164300", "\u263a"))
    assert [p.reason for p in report.problems] == [
        "mail could not be written redacted (the rewritten text cannot be encoded in the "
        "part's charset iso-8859-1; use replacement text that it can hold); withheld"
    ]
    assert b"NL91ABNA0417164300" not in out.read_bytes()


# --- chat exports --------------------------------------------------------------------------


def test_messenger_dyi_header_shares_media_uris_and_reactions(tmp_path: Path, detector) -> None:
    roundtrip(
        DATA / "messenger",
        tmp_path,
        detector,
        {
            "text", "sender", "title", "participants[0].name", "share.link", "share.share_text",
            "reactions[0].actor", "files[0].uri", "photos[0].uri", "image.uri",
            "joinable_mode.link",
        },
    )  # fmt: skip


def test_instagram_dyi_header_media_and_reactions(tmp_path: Path, detector) -> None:
    src = DATA / "instagram"
    assert [name for _, name in formats(src)] == ["instagram_json"]
    roundtrip(
        src,
        tmp_path,
        detector,
        {"text", "sender", "title", "participants[0].name", "reactions[0].actor", "photos[0].uri"},
    )


def test_messenger_e2ee_participants_thread_media_and_reactions(tmp_path: Path, detector) -> None:
    roundtrip(
        DATA / "Anna de Vries_1.json",
        tmp_path,
        detector,
        {"text", "sender", "threadName", "participants[0]", "reactions[0].actor", "media[0].uri"},
    )


def test_telegram_account_sessions_contacts_files_places_and_entities(
    tmp_path: Path, detector
) -> None:
    roundtrip(
        DATA / "result.json",
        tmp_path,
        detector,
        {
            "text", "sender", "name", "forwarded_from", "file_name", "file", "photo",
            "contact_vcard", "contact_information.first_name",
            "contact_information.phone_number", "place_name", "address",
            "personal_information.first_name", "personal_information.phone_number",
            "personal_information.bio", "contacts[0].phone_number", "sessions.list[0].ip",
        },
    )  # fmt: skip


def test_x_dms_text_urls_media_and_conversation_names(tmp_path: Path, detector) -> None:
    roundtrip(
        DATA / "direct-messages.js",
        tmp_path,
        detector,
        {"text", "urls[0].expanded", "urls[0].display", "mediaUrls[0]"},
    )


def test_whatsapp_text_senders_and_attachment_names(tmp_path: Path, detector) -> None:
    roundtrip(DATA / "WhatsApp Chat with Anna de Vries.txt", tmp_path, detector, {"text", "sender"})


def test_csv_every_column_not_only_the_mapped_ones(tmp_path: Path, detector) -> None:
    roundtrip(
        DATA / "tickets.csv",
        tmp_path,
        detector,
        {"text", "sender", "customer_email", "notes", "bsn"},
    )


def test_jsonl_every_key_nested_ones_too(tmp_path: Path, detector) -> None:
    roundtrip(
        DATA / "transcripts.jsonl",
        tmp_path,
        detector,
        {"text", "sender", "customer.email", "customer.phone", "tags[0]", "notes", "bsn"},
    )


def test_the_jsonl_stream_filter_redacts_every_key(detector) -> None:
    from privacyguard.act.run import redact_lines

    lines = (DATA / "transcripts.jsonl").read_text("utf-8").splitlines(keepends=True)
    out: list[str] = []
    report = redact_lines(Run(load_policy(), None, detector), lines, out.append)
    assert not report.withheld and len(out) == 2
    text = "".join(out).casefold()
    assert not [v for v in RAW if v.casefold() in text]


# --- file and folder names ----------------------------------------------------------------


def test_file_and_folder_names_lose_the_values_redacted_in_the_contents(
    tmp_path: Path, detector
) -> None:
    import shutil
    import zipfile

    src = tmp_path / "export"
    src.mkdir()
    shutil.copytree(DATA / "messenger", src / "messenger")
    for name in ("Anna de Vries_1.json", "WhatsApp Chat with Anna de Vries.txt"):
        shutil.copy(DATA / name, src / name)
    archive = Path(shutil.make_archive(str(tmp_path / "export"), "zip", src))
    for source, out in ((src, tmp_path / "out"), (archive, tmp_path / "out.zip")):
        report = redact_path(Run(load_policy(), None, detector), source, out)
        assert not report.withheld and not report.not_read
        if out.is_dir():
            names = [str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()]
        else:
            names = zipfile.ZipFile(out).namelist()
        names = [n for n in names if not n.endswith("/")]
        assert len(names) == 3
        assert not [n for n in names for v in RAW if v.casefold() in n.casefold()], names
        # still the same exports, read by the same readers
        assert sorted(r for _, r in formats(out)) == sorted(r for _, r in formats(source))
        assert len(list(read(out))) == len(list(read(source)))
        assert not scan_fields(out, detector)

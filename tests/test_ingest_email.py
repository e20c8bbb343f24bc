"""E-mail: mbox and .eml, threads, headers as fields, quoted history, CTE round trips."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timezone
from pathlib import Path

from privacyguard.ingest import read, write
from privacyguard.models import InputProblem, Message

DATA = Path(__file__).resolve().parent / "data" / "ingest" / "email"
UTC = timezone.utc


def msgs(path: Path) -> list[Message]:
    out = list(read(path))
    assert not [r for r in out if isinstance(r, InputProblem)]
    return [r for r in out if isinstance(r, Message)]


def test_mbox_threads_headers_and_parts() -> None:
    ms = msgs(DATA / "thread.mbox")
    assert len(ms) == 4
    assert [m.conversation_id for m in ms] == ["email:m1.qx7t2m@example.com"] * 3 + [
        "email:n1.7hq2lx@example.com"
    ]
    f = dict(ms[1].fields)
    assert f["from"] == "Rita Okonkwo – SkyTrek <rita@skytrek.example>"
    assert f["subject"] == "Re: Name correction for booking QX7T2M ✈"
    assert f["cc"] == "tom@skytrek.example"
    assert (
        "fee £35.00" in ms[1].text and "> You can debit GB29 NWBK 6016 1331 9268 19." in ms[1].text
    )
    assert "You can debit GB29 NWBK 6016 1331 9268 19." in f["part[1].html"]
    assert f["part[1].attributes"] == "mailto:emily.hartwell84@example.com"
    assert ms[1].timestamp == datetime(2024, 2, 21, 15, 2, 47, tzinfo=UTC)
    assert ms[2].conversation_id == ms[0].conversation_id  # In-Reply-To only, resolved through m2
    assert (
        ms[3].text == "Hoi! Mijn geboortedatum is 09-01-1995. Telefoon +31 6 12345678.\n"
    )  # base64
    assert ms[0].id == "email:m1.qx7t2m@example.com" and ms[1].source.line == 19


def test_eml_folder_is_one_thread_across_files() -> None:
    ms = msgs(DATA / "eml")
    assert [m.conversation_id for m in ms] == ["email:o1@example.com"] * 2
    assert dict(ms[1].fields)["to"] == "Ørjan Bråten <orjan.braten@example.com>"
    assert ms[1].text.startswith("Hei Ørjan! Det koster 899 kr")  # quoted-printable, latin-1
    assert "> Hei! Kan jeg ta med sykkel på DY1302?" in ms[1].text
    assert "attachment not scanned (pdf)" in ms[1].notes


def test_rewrite_reencodes_headers_and_parts_in_their_transfer_encoding(tmp_path: Path) -> None:
    out = tmp_path / "o.mbox"

    def redact(mid: str, field: str, text: str) -> str:
        return (
            text.replace("GB29 NWBK 6016 1331 9268 19", "<IBAN>")
            .replace("09-01-1995", "<DOB>")
            .replace("emily.hartwell84@example.com", "emily@redacted.example")
        )

    write(DATA / "thread.mbox", out, redact)
    data = out.read_bytes()
    assert b"GB29 NWBK" not in data and b"hartwell84" not in data
    ms = msgs(out)
    assert (
        "<IBAN>" in ms[0].text
        and "<IBAN>" in ms[1].text
        and "<IBAN>" in dict(ms[1].fields)["part[1].html"]
    )
    assert dict(ms[1].fields)["part[1].attributes"] == "mailto:emily@redacted.example"
    assert dict(ms[0].fields)["from"] == "Emily Hartwell <emily@redacted.example>"
    assert "<DOB>" in ms[3].text
    raw = email.message_from_bytes(
        data.split(b"\nFrom ")[3].split(b"\n", 1)[1], policy=email.policy.default
    )
    assert raw["Content-Transfer-Encoding"] == "base64"
    assert data.count(b"\nFrom ") == 3  # the mbox separators are kept


def test_undecodable_bytes_in_an_encoded_word_leave_the_header_raw_and_the_mail_read(
    tmp_path: Path,
) -> None:
    """A non-UTF-8 byte inside a base64 encoded word (found by the fuzzer) no longer stops
    the mail from being read: the header is kept as written."""
    mbox = tmp_path / "thread.mbox"
    mbox.write_bytes(
        b"From c@example.org Wed Feb 21 14:00:00 2024\n"
        b"From: =?utf-8?b?0J7Qu9G\xba\x15\x9e\xd4\x08[CDQodC80LjRgNC90L7QstCw?= <c@example.org>\r\n"
        b"Subject: x\r\n\r\nhello there\r\n\n"
    )
    recs = list(read(mbox, "email_mbox"))
    assert [r.text.strip() for r in recs if isinstance(r, Message) and r.text.strip()] == [
        "hello there"
    ]
    assert not [r for r in recs if isinstance(r, InputProblem)]

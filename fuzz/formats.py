"""Minimal documents in every format privacyguard reads, built from (sender, text) pairs.

Each renderer writes the smallest export its reader accepts, so that generated texts (and
synthetic personal data in them) can be put into every format. The file name matters to the
sniffers (a Messenger page is ``message_1.json``), so each renderer gives one.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable, Sequence
from email.message import EmailMessage
from email.policy import SMTP

Chat = Sequence[tuple[str, str]]  # (sender, text)
BASE_MS = 1715584650000


def _utf8(s: str) -> bytes:
    """UTF-8, a lone surrogate written as its three bytes (invalid UTF-8, as some tools do)."""
    return s.encode("utf-8", "surrogatepass")


def _mojibake(s: str) -> str:
    """Meta's DYI exports write UTF-8 bytes as \\u00XX escapes (latin-1 read of UTF-8)."""
    return s.encode("utf-8", "surrogatepass").decode("latin-1")


def whatsapp(chat: Chat) -> tuple[str, bytes]:
    lines = [
        f"21/02/2024, 14:{i % 60:02d} - {sender}: {text}" for i, (sender, text) in enumerate(chat)
    ]
    return "WhatsApp Chat with Fuzz Travel.txt", _utf8("\n".join(lines) + "\n")


def telegram(chat: Chat) -> tuple[str, bytes]:
    msgs = [
        {
            "id": 1000 + i,
            "type": "message",
            "date": "2024-10-03T10:14:02",
            "date_unixtime": str(1727939642 + i),
            "from": sender,
            "from_id": f"user{600 + i % 2}",
            "text": text,
            "text_entities": [{"type": "plain", "text": text}],
        }
        for i, (sender, text) in enumerate(chat)
    ]
    doc = {"name": "Fuzz Support", "type": "personal_chat", "id": 7012345678, "messages": msgs}
    return "result.json", _utf8(json.dumps(doc, ensure_ascii=False, indent=1))


def _meta(chat: Chat, instagram: bool) -> tuple[str, bytes]:
    names = sorted({s for s, _ in chat}) or ["Fuzz Travel"]
    msgs = [
        {
            "sender_name": _mojibake(sender),
            "timestamp_ms": BASE_MS + 1000 * (len(chat) - i),
            "content": _mojibake(text),
            "is_geoblocked_for_viewer": False,
        }
        for i, (sender, text) in enumerate(chat)
    ]
    doc = {
        "participants": [{"name": _mojibake(n)} for n in names],
        "messages": msgs,
        "title": _mojibake(names[0]),
        "is_still_participant": True,
        "thread_path": "inbox/fuzztravel_1234567890",
    }
    where = "your_instagram_activity" if instagram else "your_facebook_activity"
    body = json.dumps(doc, indent=2).encode("ascii")
    return f"{where}/messages/inbox/fuzztravel_1234567890/message_1.json", body


def messenger(chat: Chat) -> tuple[str, bytes]:
    return _meta(chat, instagram=False)


def instagram(chat: Chat) -> tuple[str, bytes]:
    return _meta(chat, instagram=True)


def messenger_e2ee(chat: Chat) -> tuple[str, bytes]:
    names = sorted({s for s, _ in chat}) or ["Fuzz Travel"]
    msgs = [
        {
            "isUnsent": False,
            "media": [],
            "reactions": [],
            "senderName": sender,
            "text": text,
            "timestamp": BASE_MS + 1000 * i,
            "type": "text",
        }
        for i, (sender, text) in enumerate(chat)
    ]
    doc = {"participants": names, "threadName": "Fuzz Travel_1", "messages": msgs}
    return "Fuzz Travel_1.json", _utf8(json.dumps(doc, ensure_ascii=False, indent=2))


def twitter(chat: Chat) -> tuple[str, bytes]:
    msgs = [
        {
            "messageCreate": {
                "recipientId": "1456789012345678901" if i % 2 else "987654321",
                "reactions": [],
                "urls": [],
                "text": text,
                "mediaUrls": [],
                "senderId": "987654321" if i % 2 else "1456789012345678901",
                "id": str(1790297442596425733 + i),
                "createdAt": f"2024-05-14T08:25:{i % 60:02d}.090Z",
            }
        }
        for i, (_sender, text) in enumerate(chat)
    ]
    conv = {"conversationId": "987654321-1456789012345678901", "messages": msgs}
    doc = [{"dmConversation": conv}]
    body = "window.YTD.direct_messages.part0 = " + json.dumps(doc, ensure_ascii=False, indent=2)
    return "data/direct-messages.js", _utf8(body)


def zendesk(chat: Chat) -> tuple[str, bytes]:
    comments = [
        {
            "id": 23810034567800 + i,
            "type": "Comment",
            "author_id": 391827364510 + i % 2,
            "body": text,
            "html_body": f'<div class="zd-comment">{html.escape(text)}</div>',
            "plain_body": text,
            "public": True,
            "created_at": f"2024-02-21T14:{i % 60:02d}:41Z",
        }
        for i, (_sender, text) in enumerate(chat)
    ]
    doc = {"comments": comments, "next_page": None, "previous_page": None, "count": len(chat)}
    return "ticket_48213_comments.json", _utf8(json.dumps(doc, ensure_ascii=False, indent=2))


def intercom(chat: Chat) -> tuple[str, bytes]:
    parts = [
        {
            "type": "conversation_part",
            "id": str(1000 + i),
            "part_type": "comment",
            "body": f"<p>{html.escape(text)}</p>",
            "created_at": 1711639205 + i,
            "author": {"type": "user" if i % 2 else "admin", "id": str(i % 2), "name": sender},
        }
        for i, (sender, text) in enumerate(chat)
    ]
    doc = {
        "type": "conversation",
        "id": "215469920334871",
        "created_at": 1711639205,
        "title": None,
        "conversation_parts": {"type": "conversation_part.list", "conversation_parts": parts},
    }
    return "conversation_215469920334871.json", _utf8(json.dumps(doc, ensure_ascii=False))


def jsonl(chat: Chat) -> tuple[str, bytes]:
    lines = [
        json.dumps(
            {"conversation_id": "C-1", "message_id": f"C-1-{i}", "author": s, "text": t},
            ensure_ascii=False,
        )
        for i, (s, t) in enumerate(chat)
    ]
    return "transcripts.jsonl", _utf8("\n".join(lines) + "\n")


def csv_table(chat: Chat) -> tuple[str, bytes]:
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(["conversation_id", "message_id", "timestamp", "author", "text"])
    for i, (s, t) in enumerate(chat):
        w.writerow(["C-1", str(i + 1), f"2024-05-13T07:{i % 60:02d}:11Z", s, t])
    return "transcripts.csv", _utf8(buf.getvalue())


def _email(sender: str, text: str, i: int) -> EmailMessage:
    m = EmailMessage(policy=SMTP)
    sender = " ".join(sender.split())  # a header is one line
    try:
        m["From"] = f"{sender} <customer{i}@example.org>"
    except Exception:  # noqa: BLE001 - a name the e-mail package cannot encode
        m["From"] = f"Customer {i} <customer{i}@example.org>"
    m["To"] = "Fuzz Travel <support@example.com>"
    m["Subject"] = f"Booking question {i}"
    m["Date"] = f"Wed, 21 Feb 2024 14:{i % 60:02d}:00 +0000"
    m["Message-ID"] = f"<fuzz-{i}@example.org>"
    text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")  # no lone halves
    m.set_content(text or " ", charset="utf-8")
    return m


def eml(chat: Chat) -> tuple[str, bytes]:
    sender, text = chat[0] if chat else ("Fuzz", "")
    return "message.eml", _email(sender, "\n".join(t for _, t in chat) or text, 0).as_bytes()


def mbox(chat: Chat) -> tuple[str, bytes]:
    out = []
    for i, (s, t) in enumerate(chat):
        body = _email(s, t, i).as_bytes()
        body = b"\n".join(b">" + ln if ln.startswith(b"From ") else ln for ln in body.split(b"\n"))
        out.append(b"From customer%d@example.org Wed Feb 21 14:00:00 2024\n" % i + body + b"\n")
    return "thread.mbox", b"".join(out)


def text(chat: Chat) -> tuple[str, bytes]:
    return "notes.txt", _utf8("\n".join(t for _, t in chat))


#: reader name -> renderer
RENDER: dict[str, Callable[[Chat], tuple[str, bytes]]] = {
    "whatsapp_txt": whatsapp,
    "telegram_json": telegram,
    "messenger_json": messenger,
    "instagram_json": instagram,
    "messenger_e2ee_json": messenger_e2ee,
    "twitter_dm_js": twitter,
    "zendesk_json": zendesk,
    "intercom_json": intercom,
    "jsonl": jsonl,
    "csv": csv_table,
    "email_eml": eml,
    "email_mbox": mbox,
    "text": text,
}

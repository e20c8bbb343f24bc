"""`subject export`: a person's data (GDPR art. 15) as JSON and as a readable HTML page, with
other people's personal data in the same messages redacted (art. 15(4)).

What is shown: the subject's own conversations whole (their messages and the replies to
them), and from other conversations only the messages that mention the subject. What is
redacted, from the store's findings: in the subject's own conversations the policy's
``subject_requests.export.third_party_types`` (names, e-mail addresses, phones) unless the
span is one of the subject's identifiers, also in what the subject typed (a colleague's
e-mail address or phone number the subject gave is someone else's data, art. 15(4)); in
other conversations everything found that is not the subject's. Other senders are shown by
role ("agent", "another person"), never by name.
The export also says, per type of data, why it is kept and for how long (art. 15(1)(a,d)).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from privacyguard.config.policy import Policy
from privacyguard.files import write_atomic
from privacyguard.store.sql import Store, utc
from privacyguard.store.subjects import conversation_rows, live_text_findings
from privacyguard.subject.find import MessageHit, SubjectMatches, party_key

#: the entity type a match of each identifier kind stands for
KIND_TYPES = {
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "iban": "IBAN_CODE",
    "customer": "CUSTOMER_NUMBER",
    "name": "PERSON",
}



@dataclass(frozen=True)
class Segment:
    text: str
    kind: str = "plain"  # plain | subject (the subject's own data) | redacted
    entity_type: str | None = None


@dataclass
class ExportMessage:
    sent_at: str | None
    sender: str  # "you" or a role, never another person's name
    by_subject: bool
    segments: list[Segment]
    reasons: list[str]

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)


@dataclass
class ExportConversation:
    id: int
    channel: str
    relation: str
    first: str | None
    last: str | None
    legal_hold: bool
    messages: list[ExportMessage]


@dataclass
class SubjectExport:
    request: str
    generated_at: str
    policy: str
    identifiers: list[dict[str, str]]
    conversations: list[ExportConversation]
    processing: list[dict[str, str | None]]  # per entity type: category, basis, retention
    redacted: dict[str, int] = field(default_factory=dict)  # third-party spans per type

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        for conv, c in zip(out["conversations"], self.conversations, strict=True):
            for msg, m in zip(conv["messages"], c.messages, strict=True):
                msg["text"] = m.text
                msg["redactions"] = [
                    s["entity_type"] for s in msg["segments"] if s["kind"] == "redacted"
                ]
                del msg["segments"]
        return out


def _label(msg: MessageHit, own: bool) -> str:
    if msg.by_subject:
        return "you"
    if msg.sender_role in ("agent", "system"):
        return msg.sender_role
    return "the other participant" if own else "another person"


def export_subject(
    store: Store, matches: SubjectMatches, policy: Policy, *, request: str, now: datetime
) -> SubjectExport:
    third = set(policy.subject_requests.third_party_types)
    convs: list[ExportConversation] = []
    redacted: dict[str, int] = {}
    types_seen: set[str] = set()
    with store.engine.connect() as conn:
        for c in matches.conversations:
            own = c.relation == "own"
            found = {m.id: m for m in c.messages}
            rows = conversation_rows(conn, c.id)
            live = live_text_findings(conn, c.id)  # message id -> its text findings
            subject_senders = {
                party_key(c.id, m.sender) for m in c.messages if m.by_subject and m.sender
            }
            out: list[ExportMessage] = []
            for r in rows:
                if r.id not in found and not own:
                    continue
                hit = found.get(r.id) or MessageHit(
                    r.id, r.external_id, r.sender, r.sender_role, utc(r.sent_at), r.text
                )
                hit.by_subject = hit.by_subject or (
                    bool(r.sender) and party_key(c.id, r.sender) in subject_senders
                )
                findings = live.get(r.id, [])
                keep = [
                    (m.start, m.end, KIND_TYPES[m.kind]) for m in hit.matches if m.field == "text"
                ]
                cut = [
                    (f.start, f.end, f.entity_type)
                    for f in findings
                    if (not own or f.entity_type in third)
                    and not any(f.start < e and s < f.end for s, e, _ in keep)
                ]
                for *_, et in cut:
                    redacted[et] = redacted.get(et, 0) + 1
                types_seen |= {et for *_, et in keep} | {
                    f.entity_type for f in findings if own and f.entity_type not in third
                }
                out.append(
                    ExportMessage(
                        hit.sent_at.isoformat() if hit.sent_at else None,
                        _label(hit, own),
                        hit.by_subject,
                        segments(r.text, keep, cut),
                        hit.reasons(),
                    )  # fmt: skip
                )
            convs.append(
                ExportConversation(
                    c.id,
                    c.channel,
                    c.relation,
                    c.first.isoformat() if c.first else None,
                    c.last.isoformat() if c.last else None,
                    c.held,
                    out,
                )  # fmt: skip
            )
    return SubjectExport(
        request, utc(now).isoformat(), policy.file,  # type: ignore[union-attr]
        [{"kind": i.kind, "given": i.raw or i.value, "value": i.value}
         for i in matches.query.identifiers], convs,
        _processing(policy, types_seen), dict(sorted(redacted.items())),
    )  # fmt: skip


def segments(
    text: str, keep: list[tuple[int, int, str]], cut: list[tuple[int, int, str]]
) -> list[Segment]:
    """The text in pieces: the subject's spans marked, third parties' spans replaced by
    their type tag (overlapping cuts merged)."""
    spans = sorted([(s, e, "subject", et) for s, e, et in keep] +
                   [(s, e, "redacted", et) for s, e, et in cut])  # fmt: skip
    merged: list[list] = []
    for s, e, kind, et in spans:
        if merged and s < merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], e)
            if kind == "redacted":
                last[2] = "redacted"  # never show what overlaps a third party's data
            continue
        merged.append([s, e, kind, et])
    out: list[Segment] = []
    pos = 0
    for s, e, kind, et in merged:
        if s > pos:
            out.append(Segment(text[pos:s]))
        out.append(
            Segment(f"<{et}>", kind, et) if kind == "redacted" else Segment(text[s:e], kind, et)
        )
        pos = e
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def _processing(policy: Policy, types: set[str]) -> list[dict[str, str | None]]:
    rows = []
    for et in sorted(types):
        rule = policy.rule_for(et)
        rows.append({
            "entity_type": et, "category": rule.category, "legal_basis": rule.legal_basis,
            "kept_for": rule.keep_for.text if rule.keep_for else None,
            "counted_from": rule.counted_from,
        })  # fmt: skip
    if policy.conversations:
        conv = policy.conversations
        rows.append({
            "entity_type": "whole conversations", "category": None,
            "legal_basis": conv.legal_basis, "kept_for": conv.keep_for.text,
            "counted_from": conv.counted_from,
        })  # fmt: skip
    return rows


def render_html(export: SubjectExport) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("privacyguard.subject", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
    )
    env.filters["when"] = _when
    return env.get_template("export.html.j2").render(e=export)


def _when(iso: str | None) -> str:
    """2024-03-28T16:20:05+00:00 -> 2024-03-28 16:20 UTC"""
    if not iso:
        return "?"
    return f"{utc(datetime.fromisoformat(iso)):%Y-%m-%d %H:%M} UTC"


def write_export(export: SubjectExport, out_dir: Path) -> tuple[Path, Path]:
    """``<request>.json`` and ``<request>.html`` in ``out_dir``, each written atomically."""
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in export.request)
    json_path, html_path = out_dir / f"{stem}.json", out_dir / f"{stem}.html"
    # personal data: the files stay readable by their owner only
    write_atomic(json_path, json.dumps(export.to_json(), ensure_ascii=False, indent=2) + "\n")
    write_atomic(html_path, render_html(export))
    return json_path, html_path

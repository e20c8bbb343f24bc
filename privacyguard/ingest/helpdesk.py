"""Help-desk JSON: Zendesk ticket comments and Intercom conversations.

HTML bodies are exposed as text (entities decoded, a newline for ``<br>`` and block ends), and
the values of href/src/title/alt attributes as a second field; the writer maps changes back
into the HTML node by node, so unchanged markup and entities stay as they were.

Zendesk (``{comments: [...], users: [...]}``): one message per comment; text is
``plain_body`` (else ``body``); fields body, html_body, html_body.attributes,
via.source.{from,to}.{address,name}, metadata.system.{ip_address,location,latitude,longitude},
attachments[i].file_name, sender. Private comments have kind "note". Side-loaded users give
the sender's name and role, and are one ``kind="metadata"`` record (users[i].name/email/phone).

Intercom (``{type: "conversation", source, conversation_parts}``): the first message is in
``source``; then one message per part (assignment/close parts have no body: kind "event";
internal notes: kind "note"). Fields: text (the HTML body), body.attributes, sender,
sender.email, subject, url, attachments[i].file_name (the ``name`` key) and .url,
external_id; metadata: title, contacts[i].external_id.

Both: every other string in the document (custom attributes, keys added by the vendor) is a
field too, named by its JSON path, unless its key is structural (type, ids, times); see
:func:`privacyguard.ingest.jsonfmt.bind_rest`. HTML comments are fields (``*.comments``).
"""

from __future__ import annotations

import re
from abc import abstractmethod
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import IdMaker, Unit, as_dict, as_list, from_epoch
from privacyguard.ingest.jsonfmt import (
    DocumentReader,
    Item,
    Loaded,
    bind,
    bind_number,
    cover_rest,
    load,
    problem,
)
from privacyguard.ingest.jsonspan import style_for
from privacyguard.ingest.segments import Binding, html_segments, render
from privacyguard.ingest.tabular import fallback_id, role_of
from privacyguard.models import InputProblem, Message
from privacyguard.registry import readers


def _html(ld: Loaded, path: tuple[Any, ...], name: str, enc: Any) -> list[Binding]:
    layer = ld.nested(path, enc)
    if layer is None:
        return []
    parts = html_segments(layer)
    out = [Binding(name, render(parts.text), [parts.text])]
    prefix = name if name != "text" else "body"
    for suffix, segs in (("attributes", parts.attrs), ("comments", parts.comments)):
        if segs:
            out.append(Binding(f"{prefix}.{suffix}", render(segs), [segs]))
    return out


def _part_ids(parts: list[Any]) -> Callable[[int, dict[str, Any], str], str]:
    """The ids of a ticket's comments (or a conversation's parts): ``prefix`` and the id the
    export gives; a part without one (or with null) takes its index, unless another part
    gives that id (:func:`~privacyguard.ingest.tabular.fallback_id`); an id given twice is
    counted (``~2``). Unique in the ticket, and the same on every read."""
    given = {str(p["id"]) for p in parts if isinstance(p, dict) and p.get("id") is not None}
    ids = IdMaker()

    def part_id(i: int, part: dict[str, Any], prefix: str) -> str:
        pid = part.get("id")
        return ids(prefix + (str(pid) if pid is not None else fallback_id(i, given)))

    return part_id


def _iso(s: Any) -> datetime | None:
    if not isinstance(s, str):
        return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


class _JsonReader(DocumentReader):
    def _load(self, unit: Unit) -> tuple[list[Loaded], list[Item], list[InputProblem]]:
        try:
            ld = load(unit.entry)
        except InputFormatError as e:
            return [], [], [problem(e)]
        if not isinstance(ld.doc.value, dict):
            return [], [], [InputProblem(ld.where(), f"not a {self.label} object")]
        return self._items(unit, ld)

    @abstractmethod
    def _items(self, unit: Unit, ld: Loaded) -> tuple[list[Loaded], list[Item], list[InputProblem]]:
        """The records of one help-desk document (comments, conversation parts)."""


@readers.register("zendesk_json")
class ZendeskJsonReader(_JsonReader):
    """Zendesk ticket comments API response."""

    name = "zendesk_json"
    label = "Zendesk ticket comments"

    def sniff(self, head: bytes, name: str) -> bool:
        t = head.decode("utf-8", "ignore")
        return bool(re.search(r'"comments"\s*:\s*\[', t)) and any(
            k in t for k in ('"html_body"', '"plain_body"', '"author_id"')
        )

    def _items(self, unit: Unit, ld: Loaded) -> tuple[list[Loaded], list[Item], list[InputProblem]]:
        v = ld.doc.value
        enc = style_for(ld.layer.text)
        m = re.search(r"(\d+)", PurePosixPath(unit.entry.name).stem)
        conv = f"zendesk:{m.group(1) if m else unit.entry.stem}"
        users = {
            u.get("id"): u
            for u in as_list(v.get("users"))
            if isinstance(u, dict) and isinstance(u.get("id"), int | str)
        }
        items: list[Item] = []
        based: list[tuple[Item, tuple[Any, ...]]] = []
        problems: list[InputProblem] = []
        if users:
            meta = Item(
                Message(
                    id=f"{conv}#users",
                    text="",
                    conversation_id=conv,
                    source=ld.where(("users",)),
                    kind="metadata",
                )
            )
            for i, _u in enumerate(as_list(v.get("users"))):
                for key in ("name", "email", "phone"):
                    meta.add(bind(ld, ("users", i, key), f"users[{i}].{key}", enc))
            items.append(meta)
        if not isinstance(v.get("comments"), list):
            problems.append(
                InputProblem(ld.where(), "'comments' is missing or not a list; no comment was read")
            )
        comments = as_list(v.get("comments"))
        part_id = _part_ids(comments)
        for i, c in enumerate(comments):
            base = ("comments", i)
            if not isinstance(c, dict):
                problems.append(InputProblem(ld.where(base), "comment is not an object"))
                continue
            aid = c.get("author_id")
            author = users.get(aid, {}) if isinstance(aid, int | str) else {}
            kind = (
                "note"
                if c.get("public") is False
                else "call"
                if c.get("type") == "VoiceComment"
                else "text"
            )
            item = Item(
                Message(
                    id=part_id(i, c, "zendesk:comment:"),
                    text="",
                    conversation_id=conv,
                    sender=author.get("name"),
                    sender_role=role_of(author.get("role")),
                    timestamp=_iso(c.get("created_at")),
                    source=ld.where(base),
                    kind=kind,
                )
            )
            main = "plain_body" if isinstance(c.get("plain_body"), str) else "body"
            item.add(bind(ld, (*base, main), "text", enc))
            if main == "plain_body":
                item.add(bind(ld, (*base, "body"), "body", enc))
            for b in _html(ld, (*base, "html_body"), "html_body", enc):
                item.add(b)
            for end in ("from", "to"):
                for key in ("address", "name"):
                    via = (*base, "via", "source", end, key)
                    item.add(bind(ld, via, f"via.source.{end}.{key}", enc))
            for key in ("ip_address", "location"):
                item.add(
                    bind(ld, (*base, "metadata", "system", key), f"metadata.system.{key}", enc)
                )
            for key in ("latitude", "longitude"):
                item.add(
                    bind_number(ld, (*base, "metadata", "system", key), f"metadata.system.{key}")
                )
            for k, _a in enumerate(as_list(c.get("attachments"))):
                at = (*base, "attachments", k, "file_name")
                item.add(bind(ld, at, f"attachments[{k}].file_name", enc))
            items.append(item)
            based.append((item, base))
        if users:
            based.append((items[0], ("users",)))
        cover_rest(ld, conv, based, items, enc)
        return [ld], items, problems


_INTERCOM_ROLE = {
    "user": "customer",
    "lead": "customer",
    "contact": "customer",
    "admin": "agent",
    "team": "agent",
    "bot": "agent",
}


@readers.register("intercom_json")
class IntercomJsonReader(_JsonReader):
    """Intercom conversation (REST API 2.x)."""

    name = "intercom_json"
    label = "Intercom conversation"

    def sniff(self, head: bytes, name: str) -> bool:
        t = head.decode("utf-8", "ignore")
        return bool(re.search(r'"type"\s*:\s*"conversation"', t)) and (
            '"conversation_parts"' in t or '"source"' in t
        )

    def _items(self, unit: Unit, ld: Loaded) -> tuple[list[Loaded], list[Item], list[InputProblem]]:
        v = ld.doc.value
        enc = style_for(ld.layer.text)
        conv = f"intercom:{v.get('id', unit.entry.stem)}"
        meta = Item(
            Message(
                id=f"{conv}#conversation",
                text="",
                conversation_id=conv,
                source=ld.where(),
                kind="metadata",
            )
        )
        meta.add(bind(ld, ("title",), "title", enc))
        contacts = (
            as_dict(v.get("contacts")).get("contacts")
            if isinstance(v.get("contacts"), dict)
            else None
        )
        for i, _c in enumerate(as_list(contacts)):
            meta.add(
                bind(
                    ld,
                    ("contacts", "contacts", i, "external_id"),
                    f"contacts[{i}].external_id",
                    enc,
                )
            )
        items = [meta]
        based: list[tuple[Item, tuple[Any, ...]]] = []
        problems: list[InputProblem] = []
        src = v.get("source")
        if isinstance(src, dict):
            item = self._part(ld, ("source",), src, f"{conv}#source-{src.get('id', '')}", conv, enc)
            item.message = replace(item.message, timestamp=_epoch(v.get("created_at")))
            item.add(bind(ld, ("source", "subject"), "subject", enc))
            item.add(bind(ld, ("source", "url"), "url", enc))
            items.append(item)
            based.append((item, ("source",)))
        parts = v.get("conversation_parts")
        parts = parts.get("conversation_parts") if isinstance(parts, dict) else None
        if parts is not None and not isinstance(parts, list):
            problems.append(
                InputProblem(
                    ld.where(("conversation_parts",)),
                    "'conversation_parts' is not a list; no part of it was read",
                )
            )
        part_id = _part_ids(as_list(parts))
        for i, p in enumerate(as_list(parts)):
            base = ("conversation_parts", "conversation_parts", i)
            if not isinstance(p, dict):
                problems.append(InputProblem(ld.where(base), "part is not an object"))
                continue
            items.append(self._part(ld, base, p, part_id(i, p, f"{conv}#part-"), conv, enc))
            based.append((items[-1], base))
        based.append((meta, ("contacts",)))
        cover_rest(ld, conv, based, items, enc)
        return [ld], items, problems

    def _part(
        self, ld: Loaded, base: tuple[Any, ...], p: dict[str, Any], mid: str, conv: str, enc: Any
    ) -> Item:
        author = as_dict(p.get("author"))
        ptype = p.get("part_type")
        body = p.get("body")
        kind = "note" if ptype == "note" else "text" if isinstance(body, str) and body else "event"
        item = Item(
            Message(
                id=mid,
                text="",
                conversation_id=conv,
                sender=author.get("name"),
                sender_role=_INTERCOM_ROLE.get(str(author.get("type"))),
                timestamp=_epoch(p.get("created_at")),
                source=ld.where(base),
                kind=kind,
            )
        )
        for b in _html(ld, (*base, "body"), "text", enc):
            item.add(b)
        item.add(bind(ld, (*base, "author", "name"), "sender", enc))
        item.add(bind(ld, (*base, "author", "email"), "sender.email", enc))
        for k, _a in enumerate(as_list(p.get("attachments"))):
            # named file_name: a file name is scanned as one, not taken as a person's name
            at = (*base, "attachments", k, "name")
            item.add(bind(ld, at, f"attachments[{k}].file_name", enc))
        return item


def _epoch(v: Any) -> datetime | None:
    return from_epoch(v, "s") if isinstance(v, int | float) and not isinstance(v, bool) else None

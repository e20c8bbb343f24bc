"""Telegram Desktop ``result.json``: a single-chat export or a full-account export.

``text`` is a string or an array of plain strings and entity objects; the message text is
their concatenation (and ``text_entities`` holds the same runs: the writer rewrites both the
same way, run by run). Timestamps come from ``date_unixtime`` (UTC); ``date`` (local time of
the exporting computer) is used only when it is missing, with the ``timezone`` option.
tdesktop writes control characters as ``\\xHH`` (invalid JSON); they are read as the
characters and written back the same way, as is the rest of its style (1-space indent, raw
UTF-8, no trailing newline), since only changed strings are patched.

Records: one ``kind="metadata"`` per chat (field ``name``) and, for a full export, one for the
account (personal_information.*, contacts.list[i].*). Message fields: text, sender
(``from``, or ``actor`` for service messages), forwarded_from, saved_from, author, via_bot,
file_name, title, members[i], contact_information.*, place_name, address, poll.*,
location_information.latitude/longitude, text[k].href, reactions[i].recent[j].from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import (
    UTC,
    IdMaker,
    Options,
    Reader,
    Record,
    Rewrite,
    Sink,
    Unit,
    as_dict,
    as_list,
    from_epoch,
    localize,
    short_hash,
    tz_note,
)
from privacyguard.ingest.jsonfmt import (
    Item,
    Loaded,
    bind,
    bind_number,
    cover_rest,
    load,
    problem,
    write_docs,
)
from privacyguard.ingest.jsonspan import encode_tdesktop, style_for
from privacyguard.ingest.segments import Binding, Seg
from privacyguard.models import InputProblem, Message
from privacyguard.registry import readers

_MSG_TYPE = re.compile(r'"type"\s*:\s*"(message|service)"')
_PLAIN_FIELDS = (
    "forwarded_from",
    "saved_from",
    "author",
    "via_bot",
    "file_name",
    "title",
    "place_name",
    "address",
)


@readers.register("telegram_json")
class TelegramJsonReader(Reader):
    """Telegram Desktop machine-readable JSON export."""

    name = "telegram_json"
    label = "Telegram Desktop export (result.json)"

    def sniff(self, head: bytes, name: str) -> bool:
        t = head.decode("utf-8", "ignore").lstrip("\ufeff \t\r\n")
        if not t.startswith("{"):
            return False
        if '"personal_information"' in t or re.search(r'"chats"\s*:\s*\{[^{}]*"list"', t, re.S):
            return True
        return '"messages"' in t and ('"date_unixtime"' in t or bool(_MSG_TYPE.search(t)))

    def _load(
        self, unit: Unit, options: Options
    ) -> tuple[list[Loaded], list[Item], list[InputProblem]]:
        try:
            ld = load(unit.entry, tolerant=True)
        except InputFormatError as e:
            return [], [], [problem(e)]
        v = ld.doc.value
        if not isinstance(v, dict):
            return [], [], [InputProblem(ld.where(), "not a Telegram export object")]
        text = ld.layer.text
        enc = (
            encode_tdesktop
            if not re.search(r"\\u(?!202[89])[0-9a-fA-F]{4}", text)
            else style_for(text)
        )
        items: list[Item] = []
        problems: list[InputProblem] = []
        chats: list[tuple[Any, ...]] = []
        based: list[tuple[Item, tuple[Any, ...]]] = []
        chat_metas: list[tuple[Item, tuple[Any, ...]]] = []
        if isinstance(v.get("messages"), list):
            chats.append(())
        for section in ("chats", "left_chats"):
            lst = v.get(section, {}).get("list") if isinstance(v.get(section), dict) else None
            for i, c in enumerate(as_list(lst)):
                if isinstance(c, dict):
                    chats.append((section, "list", i))
        if "personal_information" in v or "contacts" in v:
            items.append(self._account(ld, v, enc))
        label = (
            unit.entry.stem
            if unit.entry.stem != "result"
            else (unit.entry.parent if unit.entry.parent not in ("", ".") else unit.container_name)
        )  # noqa: E501
        for n, path in enumerate(chats):
            chat = ld.get(path)
            cid = chat.get("id")
            conv = f"telegram:{cid}" if cid is not None else f"telegram:{label}:{n}"
            meta = Item(
                Message(
                    id=f"{conv}#chat",
                    text="",
                    conversation_id=conv,
                    source=ld.where(path),
                    kind="metadata",
                )
            )
            meta.add(bind(ld, (*path, "name"), "name", enc))
            items.append(meta)
            ids = IdMaker()
            for i, m in enumerate(as_list(chat.get("messages"))):
                base = (*path, "messages", i)
                if not isinstance(m, dict):
                    problems.append(InputProblem(ld.where(base), "message is not an object"))
                    continue
                items.append(self._message(ld, base, m, conv, ids, enc, options))
                based.append((items[-1], base))
            chat_metas.append((meta, path))
        cover_rest(ld, None, based + chat_metas, items, enc)
        return [ld], items, problems

    def _account(self, ld: Loaded, v: dict[str, Any], enc: Callable[[str], str]) -> Item:
        pi = v.get("personal_information")
        uid = pi.get("user_id") if isinstance(pi, dict) else None
        item = Item(
            Message(id=f"telegram:account:{uid or ''}", text="", source=ld.where(), kind="metadata")
        )
        if isinstance(pi, dict):
            for k, val in pi.items():
                if isinstance(val, str):
                    item.add(
                        bind(ld, ("personal_information", k), f"personal_information.{k}", enc)
                    )
        contacts = (
            v.get("contacts", {}).get("list") if isinstance(v.get("contacts"), dict) else None
        )
        for i, _c in enumerate(as_list(contacts)):
            for k in ("first_name", "last_name", "phone_number"):
                item.add(bind(ld, ("contacts", "list", i, k), f"contacts[{i}].{k}", enc))
        return item

    def _message(
        self,
        ld: Loaded,
        base: tuple[Any, ...],
        m: dict[str, Any],
        conv: str,
        ids: IdMaker,
        enc: Callable[[str], str],
        options: Options,
    ) -> Item:
        text_b = self._text(ld, base, m, enc)
        text = text_b.text if text_b else ""
        service = m.get("type") == "service"
        skey = "actor" if service and "from" not in m else "from"
        sender = m.get(skey) if isinstance(m.get(skey), str) else None
        when, notes = self._when(m, options)
        mid = m.get("id")
        ident = (
            f"{conv}#{mid}"
            if mid is not None
            else f"{conv}#{short_hash(m.get('date_unixtime'), sender, text)}"
        )
        if service:
            kind = "call" if m.get("action") == "phone_call" else "system"
        elif m.get("type") == "unsupported":
            kind = "unsupported"
        elif not text and any(k in m for k in ("photo", "file", "media_type", "sticker_emoji")):
            kind = "media"
        else:
            kind = "text"
        item = Item(
            Message(
                id=ids(ident),
                text="",
                conversation_id=conv,
                sender=sender,
                sender_role="system" if service else None,
                timestamp=when,
                source=ld.where(base),
                kind=kind,
                notes=notes,
            )
        )
        item.add(text_b)
        item.add(bind(ld, (*base, skey), "sender", enc))
        for key in _PLAIN_FIELDS:
            item.add(bind(ld, (*base, key), key, enc))
        for k, _x in enumerate(as_list(m.get("members"))):
            item.add(bind(ld, (*base, "members", k), f"members[{k}]", enc))
        for sub, keys in (
            ("contact_information", ("first_name", "last_name", "phone_number")),
            ("poll", ("question",)),
        ):
            for key in keys:
                item.add(bind(ld, (*base, sub, key), f"{sub}.{key}", enc))
        for k, _a in enumerate(as_list(as_dict(m.get("poll")).get("answers"))):
            item.add(
                bind(ld, (*base, "poll", "answers", k, "text"), f"poll.answers[{k}].text", enc)
            )
        for key in ("latitude", "longitude"):
            item.add(
                bind_number(ld, (*base, "location_information", key), f"location_information.{key}")
            )
        for i, r in enumerate(as_list(m.get("reactions"))):
            for j, _x in enumerate(as_list(as_dict(r).get("recent"))):
                p = (*base, "reactions", i, "recent", j, "from")
                item.add(bind(ld, p, f"reactions[{i}].recent[{j}].from", enc))
        parts = as_list(m.get("text"))
        ents = as_list(m.get("text_entities"))
        for k, part in enumerate(parts):
            if isinstance(part, dict) and isinstance(part.get("href"), str):
                b = bind(ld, (*base, "text", k, "href"), f"text[{k}].href", enc)
                for j, e in enumerate(ents):
                    if isinstance(e, dict) and e.get("href") == part["href"] and b:
                        b2 = bind(ld, (*base, "text_entities", j, "href"), "", enc)
                        if b2:
                            b.targets.extend(b2.targets)
                item.add(b)
        return item

    def _text(
        self, ld: Loaded, base: tuple[Any, ...], m: dict[str, Any], enc: Callable[[str], str]
    ) -> Binding | None:
        t = m.get("text")
        if t is None:
            return None
        segs: list[Seg] = []
        if isinstance(t, str):
            b = bind(ld, (*base, "text"), "text", enc)
            if b is None:
                return None
            segs = b.targets[0]
        elif isinstance(t, list):
            for k, part in enumerate(t):
                p = (*base, "text", k) if isinstance(part, str) else (*base, "text", k, "text")
                b = bind(ld, p, "text", enc)
                if b is not None:
                    segs.extend(b.targets[0])
        else:
            return None
        text = "".join(s.text for s in segs)
        targets = [segs]
        ents = m.get("text_entities")
        if isinstance(ents, list) and ents:
            esegs: list[Seg] = []
            for k, _e in enumerate(ents):
                b = bind(ld, (*base, "text_entities", k, "text"), "text", enc)
                if b is not None:
                    esegs.extend(b.targets[0])
            if "".join(s.text for s in esegs) == text:
                targets.append(esegs)
        return Binding("text", text, targets)

    def _when(self, m: dict[str, Any], options: Options) -> tuple[datetime | None, tuple[str, ...]]:
        u = m.get("date_unixtime")
        if u is not None:
            try:
                return from_epoch(int(u), "s"), ()
            except (TypeError, ValueError):
                pass
        d = m.get("date")
        if isinstance(d, str):
            try:
                naive = datetime.fromisoformat(d)
            except ValueError:
                return None, ("date not understood",)
            if naive.tzinfo is not None:
                return naive.astimezone(UTC), ()
            utc, dst = localize(naive, options.tz)
            return utc, (tz_note(options),) + ((dst,) if dst else ())
        return None, ()

    def read(self, unit: Unit, options: Options) -> Iterator[Record]:
        _, items, problems = self._load(unit, options)
        for item in items:
            yield item.finished()
        yield from problems

    def write(
        self, unit: Unit, rewrite: Rewrite, sink: Sink, options: Options
    ) -> list[InputProblem]:
        docs, items, problems = self._load(unit, options)
        write_docs(items, docs, rewrite, sink)
        return problems

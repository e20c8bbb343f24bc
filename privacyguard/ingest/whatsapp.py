"""WhatsApp "Export chat" text, Android and iOS, in the header layouts the format guide lists.

A message is a header line (``21/02/2024, 14:02 - Name: text``, ``[21/02/2024, 14:02:33]
Name: text``, ``3/9/24, 11:48\u202fPM - ...``, ``18-06-2024 10:15 - ...``, ``13.6.2018 klo
21.25.15 - ...``, Arabic-Indic digits, ...) followed by bare continuation lines. Records are
split on headers, never on line terminators (iOS uses CRLF between messages and LF inside).
The sender ends at the first ": "; a header without one is a system line (no sender).

Day/month order is decided once per file: a first field above 12 means day first, a second
field above 12 means month first; otherwise ``date_order=`` or the 12-hour clock (en-US
M/D/YY) decides, else day first. The rule that decided is noted on every message, as is
the time zone assumption: header times are local wall-clock times, converted to UTC with the
``timezone`` option (default UTC). DST gaps and repeats are noted.

A header line *without a sender* whose time is more than an hour later than the next message
that has a sender is read as a continuation line (a pasted itinerary such as
``02/03/2024, 07:40 - KL1234 AMS-LCY`` inside a message); that is noted too.

Text is kept raw (U+200E, U+202A/U+202C, NBSP, BOM): offsets refer to it. Fields: text,
sender. The writer rewrites both in place and keeps every other byte.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import PurePosixPath

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import (
    Entry,
    IdMaker,
    Options,
    Reader,
    Record,
    Rewrite,
    Sink,
    Unit,
    localize,
    short_hash,
    tz_note,
)
from privacyguard.ingest.limits import Limits, LongLine, capped_lines, long_line, over
from privacyguard.ingest.limits import size as fmt_size
from privacyguard.models import InputProblem, Message
from privacyguard.registry import readers

_M = "[\u200e\u200f\u061c]*"
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_DATE = (
    rf"(?P<d1>{_D}{{1,4}}){_M}(?P<sep>[/.\-]){_M}(?P<d2>{_D}{{1,2}}){_M}(?P=sep){_M}"
    rf"(?P<d3>{_D}{{1,4}})\.?"
)
_TIME = (
    rf"(?P<h>{_D}{{1,2}})[:.](?P<mi>{_D}{{2}})(?:[:.](?P<sec>{_D}{{2}}))?"
    rf"(?:[\s\u00a0\u202f]?{_M}(?P<ampm>[AaPp]\.?\s?[Mm]\.?|\u0635|\u0645))?"
)
_LEAD = "(?P<lead>[\ufeff\u200e\u200f]*)"
HEADERS = [
    (
        "android",
        re.compile(
            rf"^{_LEAD}(?P<hdr>{_DATE}{_M}(?:,|\u060c)?{_M}\s(?:klo\s)?{_TIME}{_M}\s[-\u2013]\s)(?P<rest>.*)$",
            re.S,
        ),
    ),
    (
        "ios",
        re.compile(
            rf"^{_LEAD}(?P<hdr>\[{_DATE}{_M}(?:,|\u060c)?{_M}\s{_TIME}\]\s)(?P<rest>.*)$", re.S
        ),
    ),
    (
        "ios_old",
        re.compile(
            rf"^{_LEAD}(?P<hdr>{_DATE},\s(?P<h2>{_D}{{1,2}})[:.](?P<mi2>{_D}{{2}})[:.](?P<sec2>{_D}{{2}})"
            rf"(?:[\s\u00a0\u202f]?(?P<ampm2>[AaPp]\.?\s?[Mm]\.?))?:\s)(?P<rest>.*)$",
            re.S,
        ),
    ),
]
_DIGITS = str.maketrans(
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",
    "01234567890123456789",
)
_LOOSE = re.compile(
    r"^[\ufeff\u200e\u200f\[]*\S{0,4}?\d[^\n]{2,30}?(?:\]\s|\s[-\u2013]\s)[^:\n]{1,60}:\s"
)
_GENERIC_STEMS = {"_chat", "chat", "whatsapp chat", "whatsapp"}
SUPPORTED = (
    "'21/02/2024, 14:02 - ', '[21/02/2024, 14:02:33] ', '3/9/24, 11:48 PM - ', "
    "'18-06-2024 10:15 - ', '23.03.22 13:31 - ', '2019/01/30, 20:49 - ', "
    "'13.6.2018 klo 21.25.15 - '"
)

# payload patterns (all locales seen); never used to drop text, only to set `kind`
_KINDS = [
    (
        "deleted",
        re.compile(
            r"^(this message was deleted|you deleted this message|dit bericht is verwijderd"
            r"|je hebt dit bericht verwijderd|данное сообщение удалено|вы удалили данное сообщение"
            r"|denne meldingen ble slettet|du slettet denne meldingen)\.?$",
            re.I,
        ),
    ),
    (
        "media",
        re.compile(
            r"(<media omitted>|<media weggelaten>|<без медиафайлов>|<media utelatt>"
            r"|\((file attached|bestand bijgevoegd|файл добавлен|fil vedlagt)\)"
            r"|<attached: |<vedlagt: "
            r"|\b(image|video|audio|sticker|gif|document|contact card) omitted$|ikke inkludert$"
            r"|отсутствует$|^null$)",
            re.I,
        ),
    ),
    (
        "call",
        re.compile(
            r"^(missed (voice|video) call|(voice|video) call|gemiste (spraak|video)oproep"
            r"|пропущенный (аудио|видео)звонок|tapt (tale|video)anrop)",
            re.I,
        ),
    ),
    ("location", re.compile(r"^(location|locatie|местоположение|posisjon|live location): ", re.I)),
    (
        "system",
        re.compile(
            r"(end-to-end encrypted|end-to-end versleuteld|сквозным шифрованием"
            r"|ende-til-ende-kryptert|^your security code with|security code (with .* )?changed"
            r"|this chat is with a business"
            r"|^messages to this group are now secured)",
            re.I,
        ),
    ),
]
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u2068\u2069\ufeff\u061c"))


@dataclass
class _Line:
    number: int
    text: str  # decoded content without terminator
    term: str
    bad: str | None = None
    kind: str | None = None  # header layout, or None for a continuation
    m: re.Match[str] | None = None
    sender: str | None = None
    sep: str = ""
    body: str = ""
    when: datetime | None = None
    too_long: bool = False  # over max_line_bytes: a record of its own, withheld


@dataclass
class _Rec:
    first: _Line
    parts: list[_Line] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    size: int = 0  # bytes of the continuation lines
    refused: str | None = None  # over max_field_bytes: its lines are no longer kept

    @property
    def lines(self) -> list[_Line]:
        return [self.first, *self.parts]

    @property
    def bad(self) -> str | None:
        return self.refused or next((ln.bad for ln in self.lines if ln.bad), None)

    def add(self, ln: _Line, limits: Limits) -> None:
        """A continuation line; a message past ``max_field_bytes`` keeps none of its lines."""
        if self.refused is not None:
            return
        self.size += len(ln.text.encode("utf-8", "surrogatepass")) + len(ln.term)
        if self.size > limits.max_field_bytes:
            self.refused = over(
                f"the message starting at line {self.first.number}",
                f"more than {fmt_size(limits.max_field_bytes)}",
                fmt_size(limits.max_field_bytes),
                "max_field_bytes",
                "it was not read (raise the limit if it is genuine)",
            )
            self.parts = []
            return
        self.parts.append(ln)

    @property
    def lead(self) -> str:
        m = self.first.m
        return (m.group("lead") + m.group("hdr")) if m else ""

    @property
    def text(self) -> str:
        out = [self.first.body if self.first.m else self.first.text]
        prev = self.first
        for ln in self.parts:
            out.append(prev.term)
            out.append(ln.text)
            prev = ln
        return "".join(out)

    @property
    def term(self) -> str:
        return self.lines[-1].term


def _match(text: str) -> tuple[str, re.Match[str]] | None:
    for kind, rx in HEADERS:
        m = rx.match(text)
        if m:
            return kind, m
    return None


def _split_sender(rest: str) -> tuple[str | None, str, str]:
    i = rest.find(": ")
    if i > 0:
        return rest[:i], ": ", rest[i + 2 :]
    m = re.match(r"^([^:\n]{1,100}):(\.?)$", rest)
    if m:
        return m.group(1), ":", m.group(2)
    return None, "", rest


def _fields(m: re.Match[str]) -> tuple[int, int, int, int, int, int, str | None]:
    g = m.groupdict()
    n = lambda s: int(s.translate(_DIGITS)) if s else 0  # noqa: E731
    h = g.get("h") or g.get("h2")
    mi = g.get("mi") or g.get("mi2")
    sec = g.get("sec") or g.get("sec2")
    ampm = g.get("ampm") or g.get("ampm2")
    return n(g["d1"]), n(g["d2"]), n(g["d3"]), n(h), n(mi), n(sec), ampm


def _decode_lines(entry: Entry) -> Iterator[_Line]:
    limits = entry.limits
    with entry.open() as f:
        for number, raw in enumerate(capped_lines(f, limits.max_line_bytes), 1):
            if isinstance(raw, LongLine):  # its message is withheld and reported
                yield _Line(number, "", "", bad=long_line(number, raw, limits), too_long=True)
                continue
            if raw.endswith(b"\r\n"):
                body, term = raw[:-2], "\r\n"
            elif raw.endswith(b"\n"):
                body, term = raw[:-1], "\n"
            else:
                body, term = raw, ""
            try:
                yield _Line(number, body.decode("utf-8"), term)
            except UnicodeDecodeError as e:
                yield _Line(
                    number,
                    body.decode("utf-8", "replace"),
                    term,
                    bad=f"not valid UTF-8 (byte 0x{body[e.start]:02x} at column "
                    f"{e.start + 1} of line {number}); re-encode the file as UTF-8",
                )


def _order(entry: Entry, options: Options) -> tuple[str, str, bool]:
    """(order, the rule that decided it, whether any header was found)."""
    first_big = second_big = year_first = None
    twelve_hour = False
    found = False
    for ln in _decode_lines(entry):
        hit = _match(ln.text)
        if not hit:
            continue
        found = True
        a, b, _c, _h, _mi, _s, ampm = _fields(hit[1])
        if len(hit[1].group("d1")) == 4 and year_first is None:
            year_first = ln.number
        if a > 12 and first_big is None:
            first_big = ln.number
        if b > 12 and second_big is None:
            second_big = ln.number
        twelve_hour = twelve_hour or bool(ampm)
    if year_first:
        return "YMD", f"date order Y/M/D (four-digit first field, line {year_first})", found
    if first_big and not second_big:
        return "DMY", f"date order D/M/Y (a first field above 12, line {first_big})", found
    if second_big and not first_big:
        return "MDY", f"date order M/D/Y (a second field above 12, line {second_big})", found
    if options.date_order:
        o = options.date_order.upper()
        return o, f"date order {'/'.join(o)} (date_order option; the file does not decide)", found
    if twelve_hour:
        return (
            "MDY",
            "date order M/D/Y assumed from the 12-hour clock (en-US); set date_order",
            found,
        )
    return "DMY", "date order D/M/Y assumed (the file does not decide); set date_order", found


def _local(m: re.Match[str], order: str) -> datetime | None:
    a, b, c, h, mi, sec, ampm = _fields(m)
    if order == "YMD":
        y, mo, d = a, b, c
    elif order == "MDY":
        mo, d, y = a, b, c
    else:
        d, mo, y = a, b, c
    if y < 100:
        y += 2000
    if ampm:
        pm = ampm.lower().startswith("p") or ampm == "\u0645"
        h = (h % 12) + (12 if pm else 0)
    try:
        return datetime(y, mo, d, h, mi, sec)
    except ValueError:
        return None


#: payloads longer than this are ordinary text: the placeholders of _KINDS are short, and
#: searching them in a long text can take quadratic time
_KIND_CHARS = 500


def _kind(sender: str | None, text: str) -> str:
    clean = text.translate(_INVISIBLE).strip()
    if len(clean) > _KIND_CHARS:
        return "system" if sender is None else "text"
    for kind, rx in _KINDS:
        if rx.search(clean):
            return kind
    return "system" if sender is None else "text"


def near_miss(head: bytes, name: str) -> str | None:
    """A hint when a file looks like a WhatsApp export in a header layout we do not know."""
    text = head.decode("utf-8", "ignore")
    lines = [ln.lstrip("\ufeff\u200e") for ln in text.splitlines() if ln.strip()][:20]
    if any(_match(ln) for ln in lines[:1]):
        return None
    loose = [i for i, ln in enumerate(lines, 1) if _LOOSE.match(ln)]
    base = PurePosixPath(name).name
    hinted = base == "_chat.txt" or ("whatsapp" in base.lower() and base.lower().endswith(".txt"))
    if len(loose) >= 2 or (hinted and lines):
        where = f" (line {loose[0]})" if loose else ""
        return (
            "looks like a WhatsApp export, but its date/time header"
            f"{where} is in a layout privacyguard does not know (the phone's locale decides "
            f"it). Known layouts: {SUPPORTED}, with AM/PM and Arabic-Indic digits. Export the "
            "chat again with the phone set to English, or pass --format text to scan it as "
            "plain lines. (A known layout read in the wrong day/month order or time zone is "
            "fixed with the reader options date_order= and timezone=.)"
        )
    return None


@readers.register("whatsapp_txt")
class WhatsAppTxtReader(Reader):
    """WhatsApp "Export chat" .txt (Android and iOS)."""

    name = "whatsapp_txt"
    label = "WhatsApp chat export"

    def sniff(self, head: bytes, name: str) -> bool:
        text = head.decode("utf-8", "ignore")
        lines = [ln.lstrip("\ufeff\u200e") for ln in text.splitlines() if ln.strip()][:20]
        if not lines or not _match(lines[0]):
            return False
        if len(head) >= 65536 and len(lines) < 20:
            lines = lines[:-1]
        return sum(1 for ln in lines if _match(ln)) >= 0.4 * len(lines)

    def _conversation(self, unit: Unit) -> str:
        entry = unit.entry
        stem = entry.stem
        if stem.casefold() in _GENERIC_STEMS:
            parent = PurePosixPath(entry.name).parent.name or unit.container_name
            stem = parent or stem
        return f"whatsapp:{stem}"

    def _records(self, unit: Unit, options: Options) -> Iterator[_Rec]:
        entry = unit.entry
        order, rule, found = _order(entry, options)
        if not found:
            raise InputFormatError(
                entry.where(1),
                "no WhatsApp message header found; "
                + (near_miss(entry.head(), "whatsapp.txt") or "not a WhatsApp export"),
            )
        source = iter(_decode_lines(entry))
        buf: deque[_Line] = deque()

        def prep(ln: _Line) -> _Line:
            hit = _match(ln.text)
            if hit:
                ln.kind, ln.m = hit
                ln.sender, ln.sep, ln.body = _split_sender(hit[1].group("rest"))
                ln.when = _local(hit[1], order)
            return ln

        def pull() -> _Line | None:
            if buf:
                return buf.popleft()
            ln = next(source, None)
            return prep(ln) if ln else None

        def anchor() -> datetime | None:
            i = 0
            while True:
                if i >= len(buf):
                    ln = next(source, None)
                    if ln is None or len(buf) > 500:
                        return None
                    buf.append(prep(ln))
                ln = buf[i]
                i += 1
                if ln.m and ln.sender is not None:
                    return ln.when

        cur: _Rec | None = None
        demoted: list[int] = []
        while (ln := pull()) is not None:
            if ln.too_long:  # withheld on its own; what follows starts a new record
                if cur is not None:
                    yield self._noted(cur, demoted, rule)
                yield _Rec(ln)
                cur, demoted = None, []
                continue
            if ln.m and cur is not None and ln.sender is None and cur.first.when and ln.when:
                nxt = anchor()
                if nxt and nxt >= cur.first.when and ln.when > nxt + timedelta(hours=1):
                    ln.m = None  # a continuation line that looks like a header
                    cur.add(ln, entry.limits)
                    demoted.append(ln.number)
                    continue
            if ln.m:
                if cur is not None:
                    yield self._noted(cur, demoted, rule)
                cur, demoted = _Rec(ln), []
            elif cur is None:
                cur = _Rec(ln)  # text before the first header
            else:
                cur.add(ln, entry.limits)
        if cur is not None:
            yield self._noted(cur, demoted, rule)

    @staticmethod
    def _noted(rec: _Rec, demoted: list[int], rule: str) -> _Rec:
        rec.notes.append(rule)
        if demoted:
            span = f"{demoted[0]}" if len(demoted) == 1 else f"{demoted[0]}-{demoted[-1]}"
            rec.notes.append(
                f"line{'s' if len(demoted) > 1 else ''} {span} look like message headers but "
                "were read as part of this message (their times are later than the next message)"
            )
        return rec

    def _messages(self, unit: Unit, options: Options) -> Iterator[tuple[_Rec, Record]]:
        entry = unit.entry
        conv = self._conversation(unit)
        ids = IdMaker()
        tz, base_note = options.tz, tz_note(options)
        for rec in self._records(unit, options):
            if rec.bad:
                yield rec, InputProblem(entry.where(rec.first.number), rec.bad)
                continue
            first = rec.first
            text = rec.text
            notes = list(rec.notes)
            when = None
            if first.m is None:
                notes.append("text before the first message header")
            elif first.when is None:
                notes.append("the header's date or time is not a valid date")
            else:
                when, dst = localize(first.when, tz)
                notes.append(base_note)
                if dst:
                    notes.append(dst)
            kind = _kind(first.sender, text) if first.m else "preamble"
            mid = ids(f"{conv}#{short_hash(rec.lead, first.sender, text)}")
            fields = (("sender", first.sender),) if first.sender is not None else ()
            yield (
                rec,
                Message(
                    id=mid,
                    text=text,
                    conversation_id=conv,
                    sender=first.sender,
                    sender_role="system" if kind == "system" else None,
                    timestamp=when,
                    source=entry.where(first.number),
                    fields=fields,
                    kind=kind,
                    notes=tuple(notes),
                ),
            )

    def read(self, unit: Unit, options: Options) -> Iterator[Record]:
        try:
            for _, rec in self._messages(unit, options):
                yield rec
        except InputFormatError as e:
            if not unit.in_container:
                raise
            yield InputProblem(e.location, e.reason)

    def write(
        self, unit: Unit, rewrite: Rewrite, sink: Sink, options: Options
    ) -> list[InputProblem]:
        problems: list[InputProblem] = []
        with sink.open(unit.entry.name) as out:
            for rec, msg in self._messages(unit, options):
                if isinstance(msg, InputProblem):
                    problems.append(msg)  # withheld: it could not be read
                    continue
                first = rec.first
                if first.m is None:
                    head, sender, sep = "", None, ""
                else:
                    head, sender, sep = rec.lead, first.sender, first.sep
                parts = [head]
                if sender is not None:
                    parts.append(rewrite(msg.id, "sender", sender))
                parts += [sep, rewrite(msg.id, "text", msg.text), rec.term]
                out.write("".join(parts).encode("utf-8"))
        return problems

"""E-mail: mbox files and .eml files, read with Python's ``email`` package.

Every message is one Message. Its text is the first inline text/plain part (else the first
text/html part, rendered), quoted history included: the quoted copy of earlier mails holds
the same personal data and is scanned (and rewritten) in every copy. Fields:

* every header of the message and of its parts except the structural ones
  (:data:`STRUCTURAL_HEADERS`: Date, MIME-Version, Content-Transfer-Encoding, ...), decoded
  from RFC 2047 and named by their lower-case name (``from``, ``return-path``, ``received``,
  ``received[2]`` for a repeat, ``x-originating-ip``; a part's as ``mime[K].<name>``);
* attachment file names (``mime[K].content-type.file_name`` for ``name=``,
  ``mime[K].content-disposition.file_name`` for ``filename=``);
* every other text part (``part[N].plain``, ``part[N].html``) with its HTML attribute values
  (``part[N].attributes``) and comments (``part[N].comments``); a multipart's preamble and
  epilogue are text parts too.

The mbox "From " line (envelope sender and date) is the field ``envelope``. Message-ID,
In-Reply-To, References and Content-ID are fields too; an id that redaction changes is
replaced by an opaque id made with a random key of the process, the same for the same id
everywhere in the output, so threads stay threads and the original cannot be recovered.

Malformed MIME is read leniently, never skipped: a multipart without a boundary is read as
one text part, a part after an unclosed boundary runs to the end of the message, and a part
whose declared charset does not fit its bytes (``utf-16`` on ASCII, ``us-ascii`` on UTF-8) is
decoded as what it is (UTF-8, else charset-normalizer's best guess) and written back in that
charset. Parts that are not text (PDFs, images) are not scanned, so their content is left out
of the output (an empty body) unless ``copy_other_files``; their file names are fields.
Parts nested more than ``max_mime_depth`` (50) levels deep (multiparts, forwarded mails) make
the mail one problem naming the line of the part: it is not read and is withheld.

Conversations: the thread root, i.e. the first id in References (or In-Reply-To) resolved
through the messages seen before, else the message's own Message-ID. Message ids are the
Message-ID (``email:<id>``), or a hash of headers and body when it is missing.

Writing keeps every byte of a message except the headers and parts whose text changed: a
changed header is folded again (RFC 2047 where needed), a changed part is encoded again in its
charset and Content-Transfer-Encoding (7bit/8bit as is, quoted-printable, base64), with the
message's own line endings. A message whose new text cannot be written (a replacement its
charset cannot hold) is withheld from the output and reported. mbox is streamed message by
message; .eml files in one folder are read together so threads span them.
"""

from __future__ import annotations

import base64
import email.policy
import email.utils
import hashlib
import hmac
import quopri
import re
import secrets
from abc import abstractmethod
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from pathlib import PurePosixPath
from typing import Any

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import (
    UTC,
    Entry,
    IdMaker,
    Options,
    Reader,
    Record,
    Rewrite,
    Sink,
    Unit,
    short_hash,
)
from privacyguard.ingest.limits import LongLine, capped_lines, long_line, over
from privacyguard.ingest.limits import size as fmt_size
from privacyguard.ingest.segments import (
    Binding,
    Layer,
    Seg,
    apply_binding,
    flush,
    html_segments,
    render,
)
from privacyguard.models import InputProblem, Message
from privacyguard.registry import readers

#: headers that only describe the message's structure and cannot hold personal data
STRUCTURAL_HEADERS = frozenset(
    {
        "date",
        "mime-version",
        "content-transfer-encoding",
        "content-length",
        "lines",
        "status",
        "x-status",
        "x-uid",
        "x-keywords",
        "content-type",  # its name= parameter is a field of its own
        "content-disposition",  # likewise filename=
    }
)
#: headers that hold message ids (rewritten as opaque ids, see the module doc)
ID_HEADERS = frozenset({"message-id", "in-reply-to", "references", "content-id",
                        "resent-message-id"})  # fmt: skip
#: non-text types that are text all the same (scanned like text/plain)
TEXT_LIKE = frozenset(
    {"application/json", "application/xml", "application/csv", "application/javascript",
     "application/x-www-form-urlencoded", "message/delivery-status", "text/rfc822-headers"}
)  # fmt: skip
_ID_KEY = secrets.token_bytes(32)
_HDR_LINE = re.compile(rb"^[!-9;-~]+:")
_BLANK = re.compile(rb"\r?\n\r?\n")
_PARSER = BytesHeaderParser(policy=email.policy.default)


@dataclass
class _Leaf:
    n: int
    ctype: str
    span: tuple[int, int]
    text: str
    charset: str
    cte: str
    attachment: bool


@dataclass
class _Block:
    """The headers of the message or of one of its parts, with each occurrence's span."""

    prefix: str  # "" for the message, "mime[K]." for part K
    headers: EmailMessage
    spans: list[tuple[str, int, int]]  # (lower-case name, start, end) in the raw mail


@dataclass
class _Parsed:
    headers: EmailMessage
    header_spans: dict[str, tuple[int, int]]
    leaves: list[_Leaf] = field(default_factory=list)
    newline: str = "\n"
    notes: list[str] = field(default_factory=list)
    blocks: list[_Block] = field(default_factory=list)
    dropped: list[tuple[int, int, str]] = field(default_factory=list)  # non-text payloads
    parts: int = 0
    max_depth: int = 50  # Limits.max_mime_depth


class _TooDeep(Exception):
    """A part nested deeper than ``max_mime_depth``: the mail is refused (withheld)."""

    def __init__(self, offset: int, limit: int):
        super().__init__(offset, limit)
        self.offset, self.limit = offset, limit


def _header_block(raw: bytes, start: int, end: int) -> tuple[int, int]:
    """(end of the header block incl. its last newline, start of the body)."""
    if raw.startswith(b"\r\n", start) or raw.startswith(b"\n", start):
        nl = 2 if raw.startswith(b"\r\n", start) else 1
        return start, start + nl
    m = _BLANK.search(raw, start, end)
    if not m:
        return end, end
    first_nl = m.start() + (2 if raw[m.start() : m.start() + 2] == b"\r\n" else 1)
    return first_nl, m.end()


def _all_header_spans(raw: bytes, start: int, hend: int) -> list[tuple[str, int, int]]:
    """(lower-case name, start, end) of every header occurrence, folded lines included."""
    spans: list[tuple[str, int, int]] = []
    pos = start
    cur: tuple[str, int] | None = None
    last_end = start
    while pos < hend:
        nl = raw.find(b"\n", pos, hend)
        line_end = hend if nl == -1 else nl + 1
        content_end = line_end
        while content_end > pos and raw[content_end - 1 : content_end] in (b"\n", b"\r"):
            content_end -= 1
        line = raw[pos:line_end]
        if line[:1] in (b" ", b"\t") and cur:
            last_end = content_end
        else:
            if cur:
                spans.append((cur[0], cur[1], last_end))
            name = line.split(b":", 1)[0].decode("latin-1").strip().casefold()
            cur, last_end = (name, pos), content_end
        pos = line_end
    if cur:
        spans.append((cur[0], cur[1], last_end))
    return spans


def _header_spans(raw: bytes, start: int, hend: int) -> dict[str, tuple[int, int]]:
    spans: dict[str, tuple[int, int]] = {}
    for name, a, b in _all_header_spans(raw, start, hend):
        spans.setdefault(name, (a, b))
    return spans


def _decode_payload(data: bytes, cte: str, charset: str) -> tuple[str, str, str | None]:
    """(text, the charset it was decoded with, a note when that is not the declared one)."""
    if cte == "base64":
        data = base64.b64decode(re.sub(rb"\s+", b"", data) + b"==", validate=False)
    elif cte == "quoted-printable":
        data = quopri.decodestring(data)
    declared = charset.lower()
    if _known(declared) and _fits(data, declared):
        try:
            return data.decode(declared), declared, None
        except UnicodeDecodeError:
            pass
    used = _detect_charset(data)
    note = f"a part labelled {charset[:40]} is not; read as {used}"
    return data.decode(used, "replace"), used, note


def _fits(data: bytes, charset: str) -> bool:
    """Whether bytes can be in ``charset``: UTF-16/32 text of any script has NUL bytes or a
    BOM when it is mostly Latin, and single-byte labels on valid non-ASCII UTF-8 are wrong."""
    import codecs

    name = codecs.lookup(charset).name
    if name.startswith(("utf-16", "utf-32")):
        if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] in (b"\xff\xfe\0\0", b"\0\0\xfe\xff"):
            return True
        return b"\0" in data and len(data) % 2 == 0
    if name != "utf-8" and not data.isascii():
        try:
            data.decode("utf-8")
            return False  # valid UTF-8 with 8-bit bytes is UTF-8 whatever the label says
        except UnicodeDecodeError:
            return True
    return True


def _detect_charset(data: bytes) -> str:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding if best is not None else "latin-1"


def _known(charset: str) -> bool:
    import codecs

    try:
        codecs.lookup(charset)
        return True
    except LookupError:
        return False


def _encode_payload(text: str, cte: str, charset: str, newline: str, trailing: bool) -> bytes:
    try:
        data = text.encode(charset if _known(charset) else "utf-8")
    except UnicodeEncodeError:
        raise InputFormatError(
            None,  # type: ignore[arg-type]
            f"the rewritten text cannot be encoded in the part's charset {charset}; "
            "use replacement text that it can hold",
        ) from None
    if cte == "base64":
        out = base64.encodebytes(data).replace(b"\n", newline.encode())
    elif cte == "quoted-printable":
        body = data.replace(b"\r\n", b"\n")
        out = quopri.encodestring(body).replace(b"\n", newline.encode())
    else:
        return data
    if not trailing and out.endswith(newline.encode()):
        out = out[: -len(newline)]
    return out


def _parse(raw: bytes, start: int, end: int, max_depth: int = 50) -> _Parsed:
    hend, body = _header_block(raw, start, end)
    headers = _PARSER.parsebytes(raw[start:hend] + b"\n")
    nl = "\r\n" if b"\r\n" in raw[start : min(hend + 2, end)] else "\n"
    parsed = _Parsed(headers, _header_spans(raw, start, hend), newline=nl, max_depth=max_depth)
    parsed.blocks.append(_Block("", headers, _all_header_spans(raw, start, hend)))
    _walk(raw, headers, body, end, parsed, 0)
    return parsed


def _text_leaf(
    raw: bytes, span: tuple[int, int], ctype: str, cte: str, charset: str, disp: Any, p: _Parsed
) -> None:
    text, used, note = _decode_payload(raw[span[0] : span[1]], cte, charset)
    if note:
        p.notes.append(note)
    p.leaves.append(_Leaf(len(p.leaves), ctype, span, text, used, cte, disp == "attachment"))


def _loose_text(raw: bytes, a: int, b: int, p: _Parsed) -> None:
    """Text outside any part (a preamble, an epilogue) that is more than white space."""
    if raw[a:b].strip():  # scanned as a part, never taken for the message's text
        _text_leaf(raw, (a, b), "text/plain", "7bit", "utf-8", "attachment", p)


def _walk(
    raw: bytes, headers: EmailMessage, body: int, end: int, parsed: _Parsed, depth: int
) -> None:
    ctype = headers.get_content_type()
    cte = str(headers.get("Content-Transfer-Encoding", "7bit")).strip().lower()
    if headers.get_content_maintype() == "multipart":
        boundary = headers.get_param("boundary")
        if not isinstance(boundary, str) or not boundary:
            parsed.notes.append("multipart without a boundary; its body read as one text part")
            _text_leaf(raw, (body, end), "text/plain", cte, "utf-8", None, parsed)
            return
        bnd = b"--" + boundary.encode("utf-8", "surrogateescape")
        delim = re.compile(rb"\r?\n" + re.escape(bnd) + rb"(--)?[ \t]*(?=\r?\n|\Z)")

        def line_end(i: int) -> int:
            nl = raw.find(b"\n", i, end)
            return end if nl == -1 else nl + 1

        cuts: list[tuple[int, int, bool]] = []
        if raw.startswith(bnd, body):
            cuts.append((body, line_end(body), raw.startswith(bnd + b"--", body)))
        for m in delim.finditer(raw, body, end):
            if cuts and (m.start() < cuts[-1][1] or cuts[-1][2]):
                if cuts[-1][2]:
                    break
                continue
            cuts.append((m.start(), line_end(m.end()), m.group(1) is not None))
        if not cuts:
            parsed.notes.append("multipart whose boundary never occurs; read as one text part")
            _text_leaf(raw, (body, end), "text/plain", cte, "utf-8", None, parsed)
            return
        _loose_text(raw, body, cuts[0][0], parsed)  # the preamble
        for a, b in zip(cuts, cuts[1:], strict=False):
            if a[2]:
                break
            _walk_part(raw, a[1], b[0], parsed, depth)
        last = cuts[-1]
        if last[2]:
            _loose_text(raw, last[1], end, parsed)  # the epilogue
        else:
            parsed.notes.append("multipart not closed; its last part runs to the end")
            _walk_part(raw, last[1], end, parsed, depth)
        return
    if ctype == "message/rfc822":  # a forwarded mail: a part of its own, headers and all
        _walk_part(raw, body, end, parsed, depth)
        return
    disp = headers.get_content_disposition()
    if headers.get_content_maintype() != "text" and ctype not in TEXT_LIKE:
        name = headers.get_filename() or ctype
        kind = name.rsplit(".", 1)[-1][:10] if "." in name else ctype
        parsed.notes.append(f"attachment not scanned ({kind})")
        parsed.dropped.append((body, end, kind))
        return
    charset = headers.get_content_charset() or "us-ascii"
    _text_leaf(raw, (body, end), ctype, cte, charset, disp, parsed)


def _walk_part(raw: bytes, start: int, end: int, parsed: _Parsed, depth: int) -> None:
    if depth >= parsed.max_depth:  # checked before recursing: never a RecursionError
        raise _TooDeep(start, parsed.max_depth)
    hend, body = _header_block(raw, start, end)
    headers = _PARSER.parsebytes(raw[start:hend] + b"\n")
    parsed.parts += 1
    parsed.blocks.append(
        _Block(f"mime[{parsed.parts}].", headers, _all_header_spans(raw, start, hend))
    )
    _walk(raw, headers, body, end, parsed, depth + 1)


def _opaque_ids(value: str) -> str:
    """Each <id> in ``value`` as an id made with the process's random key (the whole value
    as one id when it has no angle brackets)."""

    def one(ident: str) -> str:
        digest = hmac.new(_ID_KEY, ident.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"<{digest[:24]}@redacted.invalid>"

    if not re.search(r"<[^<>]*>", value):
        return one(value.strip())
    return re.sub(r"<([^<>]*)>", lambda m: one(m.group(1)), value)


def _header_bindings(block: _Block, layer: Layer, policy: Any) -> list[Binding]:
    """One binding per header occurrence that can hold personal data, and per file name."""
    out: list[Binding] = []
    seen: dict[str, int] = {}
    values: dict[str, list[Any]] = {}
    for name, a, b in block.spans:
        if not name or name.startswith("from "):
            continue
        k = seen[name] = seen.get(name, 0) + 1
        if name not in values:
            try:
                values[name] = block.headers.get_all(name) or []
            except Exception:  # noqa: BLE001 - the stdlib's parser fails on some headers
                # (an address group: AttributeError): bind the raw occurrences instead
                values[name] = [None] * sum(1 for n, _, _ in block.spans if n == name)
        occurrences = values[name]
        if k > len(occurrences):
            continue
        header = occurrences[k - 1]
        label = block.prefix + (name if k == 1 else f"{name}[{k}]")
        raw_title = layer.text[a:b].partition(":")[0].strip() or name
        title = str(getattr(header, "name", raw_title))
        if header is not None and name in ("content-type", "content-disposition"):
            out += _file_name_bindings(block, name, title, header, label, layer, (a, b), policy)
        if name in STRUCTURAL_HEADERS:
            continue
        value = _header_text(layer.text[a:b])

        def enc(new: str, _t: str = title, _name: str = name, _v: str = value) -> str:
            return _fold(_t, _opaque_ids(_v) if _name in ID_HEADERS else new, policy.linesep)

        out.append(Binding(label, value, [[Seg(value, layer, (a, b), enc)]]))
    return out


def _header_text(raw: str) -> str:
    """A raw header occurrence (latin-1 text of its bytes) as its unfolded, RFC 2047-decoded
    value: not parsed as addresses, so a rewritten value reads back exactly as written."""
    from email.errors import CharsetError, HeaderParseError
    from email.header import decode_header, make_header

    value = re.sub(r"\r?\n(?=[ \t])", "", raw.partition(":")[2]).strip()
    try:
        value = value.encode("latin-1").decode("utf-8")  # 8-bit UTF-8 headers
    except UnicodeError:  # not UTF-8, or undecodable bytes kept as surrogate escapes
        pass
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeError, HeaderParseError, CharsetError):
        return value


def _fold(title: str, value: str, linesep: str) -> str:
    """``Title: value`` folded (RFC 2047 when not ASCII), as latin-1 text of its bytes."""
    from email.header import Header

    value = value.replace("\r", " ").replace("\n", " ")
    charset = None if value.isascii() else "utf-8"
    encoded = Header(value, charset, header_name=title).encode(linesep=linesep)
    return f"{title}: {encoded}".encode("ascii", "replace").decode("latin-1")


def _file_name_bindings(
    block: _Block, name: str, title: str, header: Any, label: str, layer: Layer,
    span: tuple[int, int], policy: Any,
) -> list[Binding]:  # fmt: skip
    param = "name" if name == "content-type" else "filename"
    params = getattr(header, "params", {}) or {}
    value = params.get(param)
    if not isinstance(value, str) or not value:
        return []

    def enc(new: str) -> str:
        m = EmailMessage()
        m[title] = str(header)
        m.set_param(param, new, header=title)
        return policy.fold(title, m[title]).rstrip("\r\n").encode("utf-8").decode("latin-1")

    # named file_name (not .name): a file name is scanned as one, not as a person's name
    return [Binding(f"{label}.file_name", value, [[Seg(value, layer, span, enc)]])]


def _ids(value: Any) -> list[str]:
    return re.findall(r"<([^<>\s]+)>", str(value or ""))


@dataclass
class _Mail:
    entry: Entry
    line: int
    start: int
    end: int
    refused: str | None = None  # over a limit: not held, reported instead


def _too_deep(raw: bytes, mail: _Mail, e: _TooDeep) -> str:
    """The reason a mail nested too deep is refused: where the part is, the limit, what to do
    (no content)."""
    line = mail.line + raw.count(b"\n", 0, e.offset)
    return over(
        f"the MIME part at line {line}",
        f"nested {e.limit + 1} levels deep",
        f"{e.limit} levels",
        "max_mime_depth",
        "the mail was not read and is withheld from the output (a genuine mail is rarely "
        "deeper than 10: check where it came from, or raise the limit)",
    )


class _SafeHeaders:
    """``get`` of a parsed header block that never raises: the stdlib's header parser fails on
    some malformed values (an address cut off after '@': IndexError); such a header is then
    its raw value, unfolded and RFC 2047-decoded as far as that goes."""

    def __init__(self, headers: Any):
        self.headers = headers

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self.headers.get(name, default)
        except Exception:  # noqa: BLE001 - the parser's own errors vary (IndexError, ...)
            for key, value in self.headers.raw_items():
                if key.lower() == name.lower():
                    return _header_text(f"{key}:{value}")
            return default


class _EmailReader(Reader):
    @abstractmethod
    def _mails(self, unit: Unit) -> Iterator[tuple[_Mail, bytes]]:
        """The mails of one unit with their raw bytes (mbox and .eml split them apart)."""

    def _items(self, unit: Unit, options: Options) -> Iterator[tuple[_Mail, bytes, Any]]:
        roots: dict[str, str] = {}
        ids = IdMaker()
        for mail, raw in self._mails(unit):
            if mail.refused is not None:
                yield mail, raw, InputProblem(mail.entry.where(mail.line), mail.refused)
                continue
            try:
                parsed = _parse(raw, mail.start, mail.end, mail.entry.limits.max_mime_depth)
            except _TooDeep as e:
                yield mail, raw, InputProblem(mail.entry.where(mail.line), _too_deep(raw, mail, e))
                continue
            except RecursionError:  # max_mime_depth raised past what the stack holds
                why = "MIME parts nested too deep to follow; lower max_mime_depth; withheld"
                yield mail, raw, InputProblem(mail.entry.where(mail.line), why)
                continue
            except Exception as e:  # noqa: BLE001 - a broken mail is one problem, not a crash
                yield (
                    mail,
                    raw,
                    InputProblem(
                        mail.entry.where(mail.line),
                        f"mail could not be parsed ({type(e).__name__})",
                    ),
                )
                continue
            yield mail, raw, self._message(mail, raw, parsed, roots, ids)

    def _message(
        self, mail: _Mail, raw: bytes, p: _Parsed, roots: dict[str, str], ids: IdMaker
    ) -> tuple[Message, list[Binding], Layer, list[Layer], list[tuple[int, int, str]]]:
        h = _SafeHeaders(p.headers)
        own_ids = _ids(h.get("Message-ID"))
        own = own_ids[0] if own_ids else None
        refs = _ids(h.get("References"))
        parent = _ids(h.get("In-Reply-To"))
        root = None
        for cand in [*refs, *parent]:
            if cand in roots:
                root = roots[cand]
                break
        root = root or (refs[0] if refs else parent[0] if parent else own)
        layer = Layer(raw.decode("latin-1"))
        base = 0
        bindings: list[Binding] = []
        if mail.start and raw.startswith(b"From "):
            line = raw[5 : mail.start].rstrip(b"\r\n").decode("latin-1")

            def fenc(new: str) -> str:
                return new.replace("\r", " ").replace("\n", " ").encode("utf-8").decode("latin-1")

            bindings.append(
                Binding("envelope", line, [[Seg(line, layer, (5, 5 + len(line)), fenc)]])
            )
        policy = email.policy.default.clone(linesep=p.newline)
        for block in p.blocks:
            bindings += _header_bindings(block, layer, policy)
        nested: list[Layer] = []
        main = next((lf for lf in p.leaves if lf.ctype == "text/plain" and not lf.attachment), None)
        main = main or next((lf for lf in p.leaves if not lf.attachment), None)
        for lf in p.leaves:
            raw_part = raw[lf.span[0] : lf.span[1]]
            trailing = raw_part.endswith(p.newline.encode())

            def penc(new: str, _lf: _Leaf = lf, _t: bool = trailing) -> str:
                return _encode_payload(new, _lf.cte, _lf.charset, p.newline, _t).decode("latin-1")

            leaf = Layer(lf.text, layer, (lf.span[0] - base, lf.span[1] - base), penc)
            nested.append(leaf)
            name = (
                "text"
                if lf is main
                else f"part[{lf.n}].{'html' if lf.ctype == 'text/html' else 'plain'}"
            )
            if lf.ctype == "text/html":
                parts = html_segments(leaf)
                bindings.append(Binding(name, render(parts.text), [parts.text]))
                for suffix, segs in (("attributes", parts.attrs), ("comments", parts.comments)):
                    if segs:
                        bindings.append(Binding(f"part[{lf.n}].{suffix}", render(segs), [segs]))
            else:
                bindings.append(
                    Binding(name, lf.text, [[Seg(lf.text, leaf, (0, len(lf.text)), str)]])
                )
        text = next((b.text for b in bindings if b.field == "text"), "")
        if own is None:
            own = (
                f"{short_hash(h.get('From'), h.get('Date'), h.get('Subject'), text)}@no-message-id"
            )
        roots[own] = root or own
        when = None
        notes = list(p.notes)
        try:
            dt = email.utils.parsedate_to_datetime(str(h.get("Date"))) if h.get("Date") else None
            if dt is not None and dt.tzinfo is None:
                notes.append("Date header has no zone (-0000); read as UTC")
                dt = dt.replace(tzinfo=UTC)
            when = dt.astimezone(UTC) if dt else None
        except (TypeError, ValueError, OverflowError):
            notes.append("Date header not understood")
        sender = str(h.get("From")) if h.get("From") is not None else None
        msg = Message(
            id=ids(f"email:{own}"),
            text=text,
            conversation_id=f"email:{root or own}",
            sender=sender,
            timestamp=when,
            source=mail.entry.where(mail.line),
            fields=tuple((b.field, b.text) for b in bindings if b.field != "text"),
            kind="text" if text else "empty",
            notes=tuple(notes),
        )
        return msg, bindings, layer, nested, p.dropped

    def read(self, unit: Unit, options: Options) -> Iterator[Record]:
        for _, _, item in self._items(unit, options):
            yield item if isinstance(item, InputProblem) else item[0]

    def write(
        self, unit: Unit, rewrite: Rewrite, sink: Sink, options: Options
    ) -> list[InputProblem]:
        problems: list[InputProblem] = []
        outs: dict[str, Any] = {}
        kinds: Counter[str] = Counter()
        try:
            for mail, _raw, item in self._items(unit, options):
                name = mail.entry.name
                if name not in outs:
                    cm = sink.open(name)
                    outs[name] = (cm, cm.__enter__())
                out = outs[name][1]
                if isinstance(item, InputProblem):
                    problems.append(item)
                    continue
                msg, bindings, layer, nested, dropped = item
                try:
                    for b in bindings:
                        apply_binding(b, rewrite(msg.id, b.field, b.text))
                    flush([*nested, layer])
                    if not options.copy_other_files:
                        layer.patches += [(a, b, "") for a, b, _kind in dropped]
                        kinds.update(kind for _a, _b, kind in dropped)
                    data = layer.result().encode("latin-1")
                except Exception as e:  # noqa: BLE001 - fail closed: withhold this mail
                    reason = e.reason if isinstance(e, InputFormatError) else type(e).__name__
                    problems.append(
                        InputProblem(
                            mail.entry.where(mail.line),
                            f"mail could not be written redacted ({reason}); withheld",
                        )
                    )
                    continue
                out.write(data)
        finally:
            for cm, _f in outs.values():
                cm.__exit__(None, None, None)
        if kinds:
            counts = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
            sink.note_left_out(
                f"{unit.entry.display}: {kinds.total()} attachment(s) not scanned, so not written "
                f"({counts}); --copy-other-files keeps them"
            )
        return problems


@readers.register("email_mbox")
class MboxReader(_EmailReader):
    """mbox: messages separated by "From " lines."""

    name = "email_mbox"
    label = "e-mail (mbox)"

    def sniff(self, head: bytes, name: str) -> bool:
        if not head.startswith(b"From "):
            return PurePosixPath(name).suffix.lower() == ".mbox" and bool(head)
        second = head.split(b"\n", 2)[1] if head.count(b"\n") >= 1 else b""
        return bool(_HDR_LINE.match(second))

    def _mails(self, unit: Unit) -> Iterator[tuple[_Mail, bytes]]:
        entry = unit.entry
        limits = entry.limits
        buf: list[bytes] = []
        first_line = 1
        prev_blank = True
        size = 0
        refused: str | None = None  # this mail is over a limit: its lines are not kept
        with entry.open() as f:
            for number, line in enumerate(capped_lines(f, limits.max_line_bytes), 1):
                if line.startswith(b"From ") and prev_blank and (buf or refused):
                    yield self._mail(entry, first_line, buf, refused)
                    buf, first_line, size, refused = [], number, 0, None
                prev_blank = line in (b"\n", b"\r\n")
                size += line.length if isinstance(line, LongLine) else len(line)
                if refused is None and isinstance(line, LongLine):
                    refused = long_line(number, line, limits)
                elif refused is None and size > limits.max_field_bytes:
                    refused = over(
                        f"the mail starting at line {first_line}",
                        f"at least {fmt_size(size)}",
                        fmt_size(limits.max_field_bytes),
                        "max_field_bytes",
                        "it was not read (raise the limit if it is genuine)",
                    )
                if refused is None:
                    buf.append(line)
                else:
                    buf = []
        if buf or refused:
            yield self._mail(entry, first_line, buf, refused)
        elif first_line == 1:  # reported (and written back empty), never silently nothing
            yield _Mail(entry, 1, 0, 0, "empty: no messages to scan"), b""

    @staticmethod
    def _mail(
        entry: Entry, line: int, buf: list[bytes], refused: str | None = None
    ) -> tuple[_Mail, bytes]:
        if refused is not None:
            return _Mail(entry, line, 0, 0, refused), b""
        raw = b"".join(buf)
        start = len(buf[0]) if buf[0].startswith(b"From ") else 0
        end = len(raw)
        if len(buf) > 2 and buf[-1] in (b"\n", b"\r\n"):
            end -= len(buf[-1])  # the blank line before the next "From " is mbox framing
        return _Mail(entry, line, start, end), raw


@readers.register("email_eml")
class EmlReader(_EmailReader):
    """Single RFC 5322 messages (.eml); the .eml files of one folder are read together."""

    name = "email_eml"
    label = "e-mail (.eml)"

    def sniff(self, head: bytes, name: str) -> bool:
        if PurePosixPath(name).suffix.lower() == ".eml":
            return True
        if not _HDR_LINE.match(head):
            return False
        block = head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0].lower()
        return b"\nfrom:" in b"\n" + block and any(
            k in block for k in (b"message-id:", b"date:", b"subject:", b"mime-version:")
        )

    def group_key(self, entry: Entry) -> str:
        return entry.parent

    def _mails(self, unit: Unit) -> Iterator[tuple[_Mail, bytes]]:
        for entry in sorted(unit.entries, key=lambda e: e.name):
            try:
                raw = entry.read_bytes()
            except InputFormatError as e:  # over max_file_bytes
                yield _Mail(entry, 1, 0, 0, e.reason), b""
                continue
            yield _Mail(entry, 1, 0, len(raw)), raw

"""Frozen dataclasses that flow between the pipeline's stages."""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath

#: the key of :func:`name_digest`: random per process, so a digest cannot be reversed by
#: hashing guessed names, nor linked across runs
_NAME_KEY = secrets.token_bytes(16)


def name_digest(name: str) -> str:
    """A file name or path as logs and audit events may carry it: a keyed digest (12 hex
    digits) and the suffix, e.g. ``file-3f9a0c2d81b4.txt``. The same name gives the same
    digest within one process. Names of files often hold names of people (``chat with Anna
    de Vries.txt``); messages on the terminal name the file, logs and events do not."""
    digest = hashlib.blake2b(
        name.encode("utf-8", "surrogatepass"), digest_size=6, key=_NAME_KEY
    ).hexdigest()
    suffix = PurePath(name).suffix
    suffix = suffix if suffix[1:].isalnum() and len(suffix) <= 8 else ""
    return f"file-{digest}{suffix}"


class Provenance(enum.IntFlag):
    """How a finding was made, where code must know it: the conversation's help, and the
    word a name was found after (the explanation says the same in words, for people; code
    reads these flags, never the words). A finding made from another keeps its flags
    ("...; one value typed over two messages")."""

    NONE = 0
    #: the score was raised by a context word in an earlier message of the conversation
    #: (recognizers.base.RuleRecognizer.scored: "context in an earlier message ...")
    CARRIED = 1
    #: the answer's shape of a value whose checksum failed ("conversation/mistyped_account")
    MISTYPED = 2
    #: a name after a title ("Mr VanderMeer", "fru Dahl"; person_name: "name after a title")
    TITLED = 4
    #: a name after a greeting ("Hi Marigold,"; person_name: "name after a greeting")
    GREETED = 8
    #: a checksum validator passed (validators.CHECKSUMS: "nl_bsn check passed"), not only
    #: a shape's check
    CHECKSUM = 16
    #: the score was raised by a context word near it in the same message
    #: (recognizers.base.RuleRecognizer.scored: "context 'klantnummer' (+0.4)")
    CONTEXT = 32


@dataclass(frozen=True)
class SourceLocation:
    """Where something came from: a file and a 1-based line (and column), or a JSON path."""

    file: str
    line: int | None = None
    column: int | None = None
    path: str | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        where = ":".join(parts)
        return f"{where} ({self.path})" if self.path else where

    def for_log(self) -> str:
        """This location with the file named by :func:`name_digest` (line, column and JSON
        path kept): for logs and audit events, where a file name could leak a person's name.
        ``str()`` (the terminal, the user's own report) still names the file."""
        return str(SourceLocation(name_digest(self.file), self.line, self.column, self.path))


@dataclass(frozen=True)
class Message:
    """One chat message, as every reader produces it."""

    id: str
    text: str
    lang: str | None = None
    conversation_id: str | None = None
    sender: str | None = None
    sender_role: str | None = None
    timestamp: datetime | None = None
    source: SourceLocation | None = None
    #: Other text in the record that holds personal data and that a writer rewrites, as
    #: (field name, text) pairs: e-mail headers, the HTML copy of a body, a sender name,
    #: reaction actors, ... ("text" itself is not repeated here).
    fields: tuple[tuple[str, str], ...] = ()
    #: What the record is: "text", "media", "system", "unsent", "deleted", "call",
    #: "reaction", "note" (internal), "event", "metadata" (thread/account header), ...
    kind: str | None = None
    #: Assumptions the reader made for this record (time zone, date order, heuristics).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One piece of personal data in a message: offsets into the text, end exclusive."""

    message_id: str
    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    explanation: str
    lang: str | None = None
    #: "text", or the name of the Message field the offsets refer to ("sender", ...).
    field: str = "text"
    #: how the conversation helped make it; no part of the findings contract (to_json)
    provenance: Provenance = dataclasses.field(default=Provenance.NONE, compare=False)

    def to_json(self) -> dict[str, object]:
        """The findings contract: the keys `scan --jsonl` prints, in this order; "field"
        is added (last) only for findings outside the message text."""
        out: dict[str, object] = {
            "message_id": self.message_id,
            "entity_type": self.entity_type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "recognizer": self.recognizer,
            "explanation": self.explanation,
        }
        if self.field != "text":
            out["field"] = self.field
        return out


@dataclass(frozen=True)
class InputProblem:
    """A record that could not be read or scanned; it is counted and reported, never dropped."""

    location: SourceLocation
    reason: str


@dataclass
class ScanResult:
    """Everything one scan produced: findings, per-message languages and the problems met."""

    findings: list[Finding] = field(default_factory=list)
    languages: dict[str, str] = field(default_factory=dict)
    problems: list[InputProblem] = field(default_factory=list)
    messages_scanned: int = 0

"""The reviewed-rules file: what reviewers decided (``privacyguard review``), as keyed digests
of the values (and of whole messages), never the values; the next scan, import and redaction
use it (:mod:`privacyguard.act.reviewed` applies it). It is in the store's layer because
erasure (:mod:`privacyguard.subject`) drops a subject's entries from it.

The file (YAML) is found in this order: ``--reviewed FILE``, the environment variable
``PRIVACYGUARD_REVIEWED``, ``reviewed.yaml`` beside a SQLite store's file.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from privacyguard.errors import PrivacyGuardError
from privacyguard.files import write_atomic
from privacyguard.keys import Keyring
from privacyguard.models import Finding

#: a message item's entity_type, and a message entry's type (the message as a whole)
MESSAGE = "MESSAGE"


REVIEWED_ENV = "PRIVACYGUARD_REVIEWED"
FILE_NAME = "reviewed.yaml"
PURPOSE = "reviewed-rules/hmac-sha256/v1"
ALLOW, DENY = "allow", "deny"


class ReviewedRulesError(PrivacyGuardError):
    """The reviewed-rules file cannot be read or belongs to another key."""


def normalise(value: str) -> str:
    """NFKC, case-folded, runs of white space as one space, trimmed."""
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def reviewed_path(explicit: str | Path | None, db_url: str | None = None) -> Path | None:
    """Where the reviewed rules are (see the module doc); None when nothing names one."""
    if explicit:
        return Path(explicit)
    if os.environ.get(REVIEWED_ENV):
        return Path(os.environ[REVIEWED_ENV])
    if db_url and db_url.startswith("sqlite:///") and ":memory:" not in db_url:
        return Path(db_url.removeprefix("sqlite:///")).resolve().parent / FILE_NAME
    if db_url and "://" not in db_url and db_url != ":memory:":  # a plain path to a file
        return Path(db_url).resolve().parent / FILE_NAME
    return None


@dataclass
class ReviewedRules:
    """The entries of one file, by digest; ``apply`` uses them on a message's findings."""

    path: Path | None
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    key_id: str | None = None
    _key: bytes | None = None

    @classmethod
    def load(cls, path: Path | None, keyring: Keyring | None = None) -> ReviewedRules:
        """The file's rules (none if it does not exist). A file with entries needs the store
        key, loaded only then unless ``keyring`` is given."""
        rules = cls(path)
        if path is None or not path.exists():
            return rules
        try:
            doc = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8")) or {}
        except MarkedYAMLError as e:
            line = e.problem_mark.line + 1 if e.problem_mark else "?"
            raise ReviewedRulesError(f"{path}, line {line}: not valid YAML ({e.problem})") from None
        except (OSError, UnicodeDecodeError) as e:
            raise ReviewedRulesError(f"{path}: cannot be read ({type(e).__name__})") from None
        entries = doc.get("entries") if isinstance(doc, dict) else None
        if not isinstance(entries, dict) or doc.get("version") != 1:
            raise ReviewedRulesError(f"{path}: not a reviewed-rules file (version: 1, key_id, "
                                     "entries: a mapping of digests)")  # fmt: skip
        for digest, entry in entries.items():
            if not (isinstance(entry, dict) and entry.get("decision") in (ALLOW, DENY)
                    and isinstance(entry.get("type"), str)):  # fmt: skip
                raise ReviewedRulesError(f"{path}: entry {str(digest)[:16]}: needs decision "
                                         "(allow or deny) and type")  # fmt: skip
        rules.entries, rules.key_id = entries, doc.get("key_id")
        if entries or keyring is not None:
            rules._use_key(keyring)
        return rules

    def _use_key(self, keyring: Keyring | None) -> None:
        if keyring is None:
            from privacyguard.store.tombstones import store_keyring

            keyring = store_keyring()
        key = keyring.derive(PURPOSE)
        key_id = hmac.new(key, b"key-id", hashlib.sha256).hexdigest()[:32]
        if self.key_id not in (None, key_id):
            raise ReviewedRulesError(f"{self.path}: made with another store key (key id "
                                     f"{self.key_id}, this key {key_id})")  # fmt: skip
        self._key, self.key_id = key, key_id

    def digest(self, value: str, entity_type: str) -> str:
        if self._key is None:
            self._use_key(None)
        msg = f"{entity_type}\x1f{normalise(value)}".encode("utf-8", "surrogatepass")
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()  # type: ignore[arg-type]

    def message_digest(self, text: str) -> str:
        """A message entry's key: the message's exact text (offsets of spans refer to it)."""
        if self._key is None:
            self._use_key(None)
        msg = f"{MESSAGE}\x1f\x1f{text}".encode("utf-8", "surrogatepass")
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()  # type: ignore[arg-type]

    def message_findings(
        self, message_id: str, text: str, lang: str | None
    ) -> list[Finding] | None:
        """What a reviewer decided about a message with exactly this text, as findings (score
        1.0, recognizer "review"; none for "nothing personal"); None when nobody decided."""
        if not self.entries:
            return None
        entry = self.entries.get(self.message_digest(text))
        if entry is None or entry.get("detected_as") != MESSAGE:
            return None
        if entry["decision"] == DENY:
            return []
        return [Finding(message_id, str(etype), int(start), int(end), 1.0, "review",
                        f"reviewed: {etype} (review item {entry.get('review_item')})", lang)
                for start, end, etype in entry.get("spans") or []]  # fmt: skip

    def add_message(self, text: str, decision: str, spans: list[tuple[int, int, str]],
                    review_item: int, decided_at: str) -> None:  # fmt: skip
        """The entries of a decision on a message item: the message entry (``deny`` for
        "nothing personal", else ``allow`` with ``spans``), and an ``allow`` for each span's
        value."""
        for start, end, etype in spans:
            self.add(text[start:end], etype, "confirm", None, review_item, decided_at)
        self.entries[self.message_digest(text)] = {
            "decision": DENY if not spans else ALLOW, "type": MESSAGE, "detected_as": MESSAGE,
            "spans": [[start, end, etype] for start, end, etype in spans],
            "review_item": review_item, "decided_at": decided_at,
        }  # fmt: skip

    def drop(self, values: Iterable[tuple[str, str]], texts: Iterable[str]) -> int:
        """Remove the entries of these values, as (value, entity type) pairs and with every
        type an entry was detected as when the type is "" (an identifier), and the message
        entries of these message texts; how many went. Not saved: see :meth:`save`."""
        if not self.entries:
            return 0
        types = {str(e.get("detected_as")) for e in self.entries.values()} - {MESSAGE}
        gone = {self.message_digest(text) for text in texts}
        for value, etype in values:
            if not value.strip():
                continue
            for each in (etype,) if etype else types:
                gone.add(self.digest(value, each))
        dropped = [d for d in self.entries if d in gone]
        for d in dropped:
            del self.entries[d]
        return len(dropped)

    def apply(self, findings: Iterable[Finding], texts: Mapping[str, str | None]) -> list[Finding]:
        """Denied findings dropped, allowed ones at score 1.0 with the reviewed type.
        ``texts``: the message's fields by name ("text", "sender")."""
        if not self.entries:
            return list(findings)
        out = []
        for f in findings:
            text = texts.get(f.field)
            entry = (self.entries.get(self.digest(text[f.start : f.end], f.entity_type))
                     if text else None)  # fmt: skip
            if entry is None:
                out.append(f)
            elif entry["decision"] == ALLOW:
                out.append(
                    replace(
                        f,
                        score=1.0,
                        entity_type=entry["type"],
                        explanation=f"{f.explanation}; reviewed: {entry['type']}",
                    )
                )
        return out

    def add(self, value: str, entity_type: str, decision: str, new_type: str | None,
            review_item: int, decided_at: str) -> None:  # fmt: skip
        """The entry for one decision (confirm, reject or retype; see the module doc)."""
        verdict = DENY if decision == "reject" else ALLOW
        self.entries[self.digest(value, entity_type)] = {
            "decision": verdict, "type": new_type or entity_type,
            "detected_as": entity_type, "review_item": review_item, "decided_at": decided_at,
        }  # fmt: skip

    def save(self) -> None:
        """Write the file atomically (owner-readable only)."""
        if self.path is None:
            raise ReviewedRulesError("no reviewed-rules file: name one with --reviewed FILE or "
                                     f"{REVIEWED_ENV}")  # fmt: skip
        doc = {"version": 1, "key_id": self.key_id, "entries": self.entries}
        header = ("# privacyguard reviewed rules: keyed digests of reviewed values, no values.\n"
                  "# Written by `privacyguard review`; see docs/review.md.\n")  # fmt: skip
        out = io.StringIO()
        dumper = YAML(typ="safe", pure=True)
        dumper.default_flow_style = False
        dumper.dump(doc, out)
        try:
            write_atomic(self.path, header + out.getvalue())
        except OSError as e:
            raise ReviewedRulesError(
                f"{self.path}: cannot be written ({e.strerror or type(e).__name__})"
            ) from None

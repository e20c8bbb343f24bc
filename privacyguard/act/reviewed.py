"""Reviewed rules: what people decided in ``privacyguard review``, applied to later scans.

A decision on a queued finding becomes an entry keyed by a keyed digest (HMAC-SHA256 under a
sub-key of the store key, ``PRIVACYGUARD_AUDIT_KEY[_FILE]``) of the normalised value and the
detected type, never the value itself:

- ``deny`` (the reviewer rejected it): a finding of that type with that value is dropped;
- ``allow`` (confirmed, or retyped): it is kept at full confidence (score 1.0), with the
  type the reviewer gave.

The file (YAML) is found in this order: ``--reviewed FILE``, the environment variable
``PRIVACYGUARD_REVIEWED``, ``reviewed.yaml`` beside a SQLite store's file. It names the key
it was made with (``key_id``); a different key is refused, since its digests would match
nothing.
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
                out.append(replace(f, score=1.0, entity_type=entry["type"],
                                   explanation=f"{f.explanation}; reviewed: {entry['type']}"))
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
        write_atomic(self.path, header + out.getvalue())


def settle_uncertain(findings: list[Finding], on_uncertain: str, below: float) -> list[Finding]:
    """A policy's ``on_uncertain``: "redact" keeps every finding for redaction; "keep" leaves
    the text of findings still waiting for review (score below ``below``) as it is."""
    if on_uncertain == "keep":
        return [f for f in findings if f.score >= below]
    return findings

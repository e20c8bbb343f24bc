"""The audit chain's head, kept outside the store.

A keyed chain stops anyone without the key from writing events; it cannot stop a database
writer from deleting the newest events (and setting the head row back), or every event and
the head. So after each run that appended events, the head (sequence number and HMAC) is
appended to an *anchor file* outside the database, one JSON line per head, and printed as
``SEQ:HASH`` for the scheduler's log. `audit-log verify` checks that every anchored head is
still in the log; ``--expect-head SEQ:HASH`` does the same for a head kept elsewhere.

The anchor file: ``$PRIVACYGUARD_AUDIT_ANCHOR``, else ``<sqlite file>.audit-anchor`` beside a
SQLite store, else one per server store under ``$XDG_STATE_HOME/privacyguard/audit-anchors/``
(:func:`default_path`). One anchor file per store. It holds no personal data and no secret.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import weakref
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import URL

from privacyguard.errors import PrivacyGuardError
from privacyguard.store import tables as t

ANCHOR_ENV = "PRIVACYGUARD_AUDIT_ANCHOR"
SUFFIX = ".audit-anchor"

_pending: weakref.WeakSet[Engine] = weakref.WeakSet()


class AnchorProblem(PrivacyGuardError):
    """The anchor file cannot be read or written, or a line in it is not an anchor."""


@dataclass(frozen=True)
class Anchored:
    seq: int
    head: str
    path: Path | None  # None: no anchor file for this store (printed only)
    written: bool  # False when the file already had this head or a newer one

    @property
    def token(self) -> str:
        return f"{self.seq}:{self.head}"


def default_path(url: URL) -> Path | None:
    """``$PRIVACYGUARD_AUDIT_ANCHOR``; else ``<file>.audit-anchor`` beside a SQLite store;
    else (a server) ``$XDG_STATE_HOME/privacyguard/audit-anchors/<host_port_db>-<id>`` on
    the machine that runs privacyguard (``<id>``: a digest of the URL without password).
    None for an in-memory database."""
    configured = os.environ.get(ANCHOR_ENV)
    if configured:
        return Path(configured)
    if url.get_backend_name() == "sqlite":
        if url.database in (None, "", ":memory:"):
            return None
        return Path(f"{url.database}{SUFFIX}")
    state = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    plain = url.render_as_string(hide_password=True)
    name = re.sub(r"[^A-Za-z0-9.-]+", "_", f"{url.host}_{url.port or 'default'}_{url.database}")
    digest = hashlib.sha256(plain.encode("utf-8")).hexdigest()[:12]
    return Path(state) / "privacyguard" / "audit-anchors" / f"{name}-{digest}{SUFFIX}"


def parse_head(text: str, where: str = "--expect-head") -> tuple[int, str]:
    """``SEQ:HASH`` (as `audit-log verify` and each run print it) -> (seq, hash)."""
    seq, _, digest = text.strip().partition(":")
    if not seq.isdigit() or int(seq) < 1 or not digest:
        raise AnchorProblem(
            f"{where}: expected SEQ:HASH as printed by a run or by `audit-log verify` "
            "(e.g. 42:k1:Xy…), got something else"
        )
    return int(seq), digest


def read(path: Path) -> list[tuple[int, tuple[int, str]]]:
    """(line number, (seq, hash)) for each anchored head; [] when the file does not exist."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as e:
        raise AnchorProblem(f"anchor file {path} cannot be read: {e}") from None
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            out.append((n, (int(entry["seq"]), str(entry["head"]))))
        except (ValueError, KeyError, TypeError):
            raise AnchorProblem(
                f"anchor file {path} line {n} is not an anchored head (a JSON object with "
                "seq and head); the file was changed by hand: restore it from its copy"
            ) from None
    return out


def compare(expected: tuple[int, str], hashes: dict[int, str], count: int, label: str) -> None:
    """Raise AuditBroken unless event ``seq`` of the log has the expected hash."""
    from privacyguard.store.audit import AuditBroken

    seq, digest = expected
    if seq > count:
        raise AuditBroken(
            f"audit log: {label} records event {seq}, but the log has only {count} events: "
            "events were deleted (its newest events, or all of them with the head)"
        )
    if hashes.get(seq) != digest:
        raise AuditBroken(
            f"audit log: event {seq} is not the one {label} records: the log was rewritten"
        )


def check(
    path: Path, hashes: dict[int, str], count: int,
    heads: list[tuple[int, tuple[int, str]]] | None = None,
) -> int | None:  # fmt: skip
    """Compare every head in the anchor file (``heads``: as :func:`read` gave them) with
    the log; the newest anchored seq, None when nothing is anchored."""
    newest = None
    for n, head in read(path) if heads is None else heads:
        compare(head, hashes, count, f"the anchor file {path} (line {n})")
        newest = max(newest or 0, head[0])
    return newest


def mark_pending(engine: Engine) -> None:
    """Called by :func:`audit.append`: this store has events not anchored yet."""
    _pending.add(engine)


def forget_pending() -> None:
    _pending.clear()


def anchor_pending() -> list[Anchored]:
    """Anchor the committed head of every store this process appended events to."""
    done = []
    for engine in list(_pending):
        _pending.discard(engine)
        got = anchor_head(engine)
        if got is not None:
            done.append(got)
    return done


def anchor_head(engine: Engine, path: Path | None | object = ...) -> Anchored | None:
    """Append the store's committed head to its anchor file (default :func:`default_path`)
    if it is newer than what the file holds. The head's HMAC is checked with the audit
    key first, and the newest anchored head must still be in the log (AuditBroken if not):
    a forged or rolled-back head is never anchored. None for an empty log."""
    from privacyguard.store.audit import AuditBroken, chain_mac, is_keyed, load_chain_key

    target = default_path(engine.url) if path is ... else path
    assert target is None or isinstance(target, Path)
    with engine.connect() as conn:
        head = conn.execute(select(t.audit_head).where(t.audit_head.c.id == 1)).first()
        if head is None or head._mapping["count"] == 0:
            return None
        count = int(head._mapping["count"])  # (Row.count is also tuple's method)
        last = conn.execute(select(t.audit_log).where(t.audit_log.c.seq == count)).first()
        key = load_chain_key()
        if (last is None or last.hash != head.hash or not is_keyed(head.hash)
                or chain_mac(key, last.seq, last.prev_hash, last.event) != head.hash):  # fmt: skip
            raise AuditBroken(
                f"audit log: not anchoring the head ({count}): it does not verify with "
                "the audit key; run `privacyguard audit-log verify`"
            )
        entries = read(target) if target is not None else []
        newest = max(entries, key=lambda e: e[1][0], default=None)
        if newest is not None:
            seq = newest[1][0]
            row = conn.execute(select(t.audit_log.c.hash).where(t.audit_log.c.seq == seq)).first()
            compare(newest[1], {seq: row.hash} if row else {}, count,
                    f"the anchor file {target} (line {newest[0]})")  # fmt: skip
            if seq >= count:
                return Anchored(count, head.hash, target, False)
    if target is not None:
        _append_line(target, {
            "seq": count, "head": head.hash, "key_id": key.key_id,
            "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "store": engine.url.render_as_string(hide_password=True),
        })  # fmt: skip
    return Anchored(count, head.hash, target, target is not None)


def _append_line(path: Path, entry: dict[str, object]) -> None:
    """One line, appended (never rewritten: the file may be append-only, `chattr +a`),
    flushed to disk before returning."""
    line = (json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as e:
        raise AnchorProblem(
            f"the audit head ({entry['seq']}) could not be appended to the anchor file {path}: "
            f"{e.strerror}; the events are committed: anchor them with `privacyguard audit-log "
            "anchor` once the file is writable"
        ) from None

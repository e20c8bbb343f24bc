"""Retention apply vs a bare SQL DELETE of the same rows, on SQLite and PostgreSQL.

For each backend: create the schema with the store's own Alembic upgrade, bulk-insert N
synthetic messages (conversations of ~20 messages; a configurable share of conversations
closed more than the ``gdpr-default`` conversation period ago), then time

(a) ``privacyguard.act.retention.expire`` (the real code path, ``now=`` passed), and
(b) on an identical fresh copy of the data, bare ``DELETE`` statements selecting the same
    rows (conversations whose ``last_activity`` + keep_for <= now, with their messages
    and findings), one statement per table in one transaction.

Both must leave the same number of rows. The insert time is reported apart.

    .venv/bin/python bench/retention_apply.py                 # N = 1,000,000
    .venv/bin/python bench/retention_apply.py --messages 200000 --backend sqlite
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import delete, func, insert, select, text

from privacyguard.act.retention import expire
from privacyguard.config.policy import load_policy
from privacyguard.store import open_store
from privacyguard.store import tables as t

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)
MSGS_PER_CONV = 20


def cutoff_for(policy, now: datetime) -> datetime:  # type: ignore[no-untyped-def]
    """The latest ``last_activity`` L with keep_for.after(L) <= now (the plan's criterion),
    for a period in whole months/years (the gdpr-default conversation rule: 24 months)."""
    d = policy.conversations.keep_for
    assert d.days == 0 and d.hours == 0, "cutoff_for handles month/year periods only"
    months = now.month - 1 - d.months - 12 * d.years
    year, month = now.year + months // 12, months % 12 + 1
    cut = now.replace(year=year, month=month)  # NOW is the 1st: no clamping needed
    assert d.after(cut) <= now
    return cut


def populate(store, n_messages: int, old_share: float, chunk: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Insert the synthetic data; returns row counts."""
    n_conv = (n_messages + MSGS_PER_CONV - 1) // MSGS_PER_CONV
    n_old = int(round(n_conv * old_share))
    conv_rows = []
    for c in range(1, n_conv + 1):
        if c <= n_old:  # closed 27-36 months ago: past the 24-month period
            last = NOW - timedelta(days=820 + (c % 270), minutes=c % 1440)
        else:  # closed 0-12 months ago: kept
            last = NOW - timedelta(days=(c % 365), minutes=c % 1440)
        conv_rows.append({
            "id": c, "source": "bench", "external_id": f"conv-{c}", "channel": "chat",
            "customer": f"customer-{c % 5000}@example.com", "last_activity": last,
        })  # fmt: skip
    lasts = {r["id"]: r["last_activity"] for r in conv_rows}
    counts = {"conversations": n_conv, "messages": 0, "findings": 0}
    with store.engine.begin() as conn:
        for i in range(0, n_conv, chunk):
            conn.execute(insert(t.conversations), conv_rows[i : i + chunk])
    msg_rows: list[dict[str, object]] = []
    find_rows: list[dict[str, object]] = []

    def flush() -> None:
        with store.engine.begin() as conn:
            if msg_rows:
                conn.execute(insert(t.messages), msg_rows)
            if find_rows:
                conn.execute(insert(t.findings), find_rows)
        counts["messages"] += len(msg_rows)
        counts["findings"] += len(find_rows)
        msg_rows.clear()
        find_rows.clear()

    for mid in range(1, n_messages + 1):
        cid = (mid - 1) // MSGS_PER_CONV + 1
        k = (mid - 1) % MSGS_PER_CONV
        role = "customer" if k % 2 == 0 else "agent"
        msg_rows.append({
            "id": mid, "conversation_id": cid, "external_id": f"m{k}",
            "sender": f"customer-{cid % 5000}@example.com" if role == "customer" else "agent-7",
            "sender_role": role,
            "sent_at": lasts[cid] - timedelta(minutes=5 * (MSGS_PER_CONV - 1 - k)),
            "lang": "en", "kind": "message",
            "text": f"Hello, this is message {k} of conversation {cid}; order {mid:08d}.",
        })  # fmt: skip
        # a few findings, only in conversations that expire as a whole (so (a) does nothing
        # that (b) does not: no span redactions in kept conversations)
        if cid <= n_old and mid % 1000 == 1:
            find_rows.append({
                "id": mid, "message_id": mid, "entity_type": "EMAIL_ADDRESS", "field": "sender",
                "start": 0, "end": 10, "score": 1.0, "recognizer": "bench", "rule": None,
                "expired": False,
            })  # fmt: skip
        if len(msg_rows) >= chunk:
            flush()
    flush()
    return counts


def row_counts(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return {
            name: int(conn.execute(select(func.count()).select_from(tbl)).scalar_one())
            for name, tbl in (
                ("conversations", t.conversations),
                ("messages", t.messages),
                ("findings", t.findings),
            )
        }


def bare_delete(store, cutoff: datetime) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The same rows as the conversation rule's plan, with three DELETEs in one transaction."""
    old = select(t.conversations.c.id).where(t.conversations.c.last_activity <= cutoff)
    old_msgs = select(t.messages.c.id).where(t.messages.c.conversation_id.in_(old))
    with store.engine.begin() as conn:
        f = conn.execute(delete(t.findings).where(t.findings.c.message_id.in_(old_msgs)))
        m = conn.execute(delete(t.messages).where(t.messages.c.conversation_id.in_(old)))
        c = conn.execute(delete(t.conversations).where(t.conversations.c.id.in_(old)))
    return {"conversations": c.rowcount, "messages": m.rowcount, "findings": f.rowcount}


def compare(store_a, store_b, policy, cutoff, batch_size: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    before = row_counts(store_a)
    t0 = time.perf_counter()
    r = expire(store_a, policy, NOW, operator="bench", batch_size=batch_size)
    apply_s = time.perf_counter() - t0
    after_a = row_counts(store_a)

    assert row_counts(store_b) == before, "the copy differs from the original"
    t0 = time.perf_counter()
    gone_b = bare_delete(store_b, cutoff)
    delete_s = time.perf_counter() - t0
    after_b = row_counts(store_b)

    gone_a = {k: before[k] - after_a[k] for k in before}
    same = after_a == after_b
    return {
        "before": before, "after_apply": after_a, "after_delete": after_b, "same": same,
        "gone_apply": gone_a, "gone_delete": gone_b, "apply_s": apply_s, "delete_s": delete_s,
        "batches": r.batches, "done": dict(r.done), "tombstones": r.tombstones,
    }  # fmt: skip


def report(name: str, n: int, insert_s: float, copy_s: float, res: dict) -> None:  # type: ignore[type-arg]
    msgs = res["gone_apply"]["messages"]
    print(f"\n== {name}: N = {n:,} messages ==")
    print(f"insert (not compared): {insert_s:.1f} s ({n / insert_s:,.0f} messages/s); "
          f"copy for (b): {copy_s:.1f} s")  # fmt: skip
    print(f"rows before: {res['before']}")
    print(f"deleted by apply:  {res['gone_apply']}  ({res['batches']} batches, {res['done']}, "
          f"{res['tombstones']:,} messages tombstoned)")  # fmt: skip
    print(f"deleted by DELETE: {res['gone_delete']}")
    print(f"rows left equal: {res['same']}  apply {res['after_apply']}  "
          f"DELETE {res['after_delete']}")  # fmt: skip
    for label, s in (("(a) retention apply", res["apply_s"]), ("(b) bare DELETE", res["delete_s"])):
        print(f"{label:22s} {s:9.2f} s  {msgs / s:12,.0f} messages deleted/s")
    print(f"ratio apply/DELETE: {res['apply_s'] / res['delete_s']:.1f}x")


def run_sqlite(args, policy, cutoff) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory(prefix="pg-retention-bench-") as tmp:
        path_a, path_b = Path(tmp) / "a.db", Path(tmp) / "b.db"
        store = open_store(str(path_a), check=False)
        store.upgrade()
        t0 = time.perf_counter()
        populate(store, args.messages, args.old_share, args.chunk)
        insert_s = time.perf_counter() - t0
        store.close()
        t0 = time.perf_counter()
        shutil.copyfile(path_a, path_b)
        copy_s = time.perf_counter() - t0
        a, b = open_store(str(path_a)), open_store(str(path_b))
        try:
            res = compare(a, b, policy, cutoff, args.batch_size)
        finally:
            a.close()
            b.close()
        report("SQLite (file)", args.messages, insert_s, copy_s, res)
        assert res["same"], "apply and DELETE left different row counts"


def run_postgres(args, policy, cutoff) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    admin = create_engine(PG_URL, poolclass=NullPool)
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as e:
        print(f"\n== PostgreSQL: SKIPPED, {PG_URL} is unreachable: {e.__class__.__name__}: "
              f"{str(e).splitlines()[0]}")  # fmt: skip
        return
    tag = f"privacyguard_bench_retention_{os.getpid()}"
    sa, sb = f"{tag}_a", f"{tag}_b"
    with admin.begin() as conn:  # fresh schemas of our own; dropped at the end
        conn.execute(text(f'CREATE SCHEMA "{sa}"'))
        conn.execute(text(f'CREATE SCHEMA "{sb}"'))
    stores = []
    try:
        a = open_store(f"{PG_URL}?options=-csearch_path%3D{sa}", check=False)
        b = open_store(f"{PG_URL}?options=-csearch_path%3D{sb}", check=False)
        stores = [a, b]
        a.upgrade()
        b.upgrade()
        t0 = time.perf_counter()
        populate(a, args.messages, args.old_share, args.chunk)
        insert_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        with admin.begin() as conn:
            for tbl in ("conversations", "messages", "findings"):
                conn.execute(text(f'INSERT INTO "{sb}".{tbl} SELECT * FROM "{sa}".{tbl}'))
            for s in (sa, sb):
                conn.execute(text(f'ANALYZE "{s}".conversations, "{s}".messages, "{s}".findings'))
        copy_s = time.perf_counter() - t0
        res = compare(a, b, policy, cutoff, args.batch_size)
        report("PostgreSQL", args.messages, insert_s, copy_s, res)
        assert res["same"], "apply and DELETE left different row counts"
    finally:
        for s in stores:
            s.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{sa}" CASCADE'))
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{sb}" CASCADE'))
        admin.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=1_000_000, help="N (default 1,000,000)")
    ap.add_argument("--old-share", type=float, default=0.5,
                    help="share of conversations past the retention period")  # fmt: skip
    ap.add_argument("--chunk", type=int, default=20_000, help="insert chunk size")
    ap.add_argument("--batch-size", type=int, default=1000, help="apply's batch size (CLI default)")
    ap.add_argument("--backend", choices=("all", "sqlite", "postgresql"), default="all")
    args = ap.parse_args()
    # retention writes tombstones keyed with the store key (and the audit chain is keyed):
    # a synthetic key for the bench unless one is configured
    os.environ.setdefault("PRIVACYGUARD_AUDIT_KEY", "bench-only-store-key-0123456789abcdef")
    policy = load_policy("gdpr-default")
    cutoff = cutoff_for(policy, NOW)
    cr = policy.conversations
    print(f"policy {policy.file}: conversations keep_for {cr.keep_for} from {cr.counted_from}; "
          f"now = {NOW.isoformat()}, cutoff last_activity <= {cutoff.isoformat()}; "
          f"old share {args.old_share}")  # fmt: skip
    if args.backend in ("all", "sqlite"):
        run_sqlite(args, policy, cutoff)
    if args.backend in ("all", "postgresql"):
        run_postgres(args, policy, cutoff)


if __name__ == "__main__":
    main()

"""Retention for a table of messages (Parquet, or anything Spark reads): the policy's periods
applied as the store's ``retention apply`` applies them (act/retention.py), with the same
audit events in a store's audit chain.

Whole conversations (``conversations.keep_for``, counted from the conversation's last
message, ``conversation_close``) or single messages (``message_time``) whose period has
ended are left out of the rewritten table; spans of an entity type whose ``keep_for`` has
ended become ``<ENTITY_TYPE>`` tags (overlaps merged; the offsets of the findings that remain
move along), a finding in the sender column anonymises it. Legal holds on a conversation or
a channel keep all of it. The findings come from a findings table (``privacyguard spark
scan``/``import``) or, without one, are detected in the same job.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacyguard.act.retention import (
    ANONYMISE_SENDER,
    ANONYMOUS,
    DELETE_CONVERSATION,
    DELETE_MESSAGE,
    REDACT_SPANS,
)
from privacyguard.errors import PrivacyGuardError
from privacyguard.spans import tag_spans
from privacyguard.spark.frames import Columns, rows_of

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame

    from privacyguard.config.policy import Policy
    from privacyguard.store.sql import Store

_ID, _CONV, _T, _LAST = "_pg_id", "_pg_conv", "_pg_time", "_pg_last"
_HELD, _FOUND, _GONE, _DONE = "_pg_held", "_pg_found", "_pg_gone", "_pg_done"
_INTERNAL = (_ID, _CONV, _T, _LAST, _HELD, _FOUND, _GONE, _DONE)
FINDING_KEYS = ("entity_type", "start", "end", "score", "recognizer", "explanation", "lang",
                "field", "expired", "expired_rule")  # fmt: skip


class HoldsNotApplicable(PrivacyGuardError):
    """The store has holds a table cannot be checked against; nothing was changed."""


@dataclass
class RetentionRewrite:
    """The rewritten tables (lazy) and what was done, per (rule, cite, action)."""

    messages: DataFrame
    findings: DataFrame
    actions: DataFrame  # rule, cite, action, id_kind, count, held, ids


@dataclass
class Applied:
    """What was written and recorded."""

    run: int | None
    output: str
    done: Counter[str] = field(default_factory=Counter)
    held_back: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)


# --- deciding one message ---------------------------------------------------------------------


def _utc(micros: Any) -> datetime | None:
    if micros is None or micros != micros:  # None or NaN
        return None
    return datetime.fromtimestamp(int(micros) / 1_000_000, timezone.utc)


def expire_spans(text: str, due: list[dict[str, Any]], rest: list[dict[str, Any]], rule: str
                 ) -> str:  # fmt: skip
    """``text`` with the spans of ``due`` (findings as dicts) as type tags, overlaps merged;
    the due findings are marked expired at their tag and those of ``rest`` move along (in
    place), as the store's retention does it (both through spans.tag_spans)."""
    tagged = tag_spans(text, [(f["start"], f["end"], f["entity_type"], f) for f in due], rule)
    for start, end, fs in tagged.tags:
        for f in fs:
            f.update(start=start, end=end, expired=True, expired_rule=rule)
    for f in rest:
        f.update(start=tagged.moved(f["start"]), end=tagged.moved(f["end"]))
    return tagged.text


def decide(row: dict[str, Any], policy: Policy, now: datetime, cols: Columns
           ) -> tuple[bool, list[dict[str, Any]]]:  # fmt: skip
    """Apply the policy to one row (in place: texts, sender, findings); returns whether the
    row is deleted and the actions done (rule, cite, action, count, held)."""
    sent, last = _utc(row[_T]), _utc(row[_LAST])
    held = bool(row[_HELD])
    cr = policy.conversations
    if cr is not None:
        start = last if cr.counted_from == "conversation_close" else sent
        if start is not None and cr.keep_for.after(start) <= now:
            action = DELETE_CONVERSATION if cr.counted_from == "conversation_close" else (
                DELETE_MESSAGE)  # fmt: skip
            cite = f"{cr.location.file}:{cr.location.line}"
            return not held, [{"rule": "conversations", "cite": cite, "action": action,
                               "count": 1, "held": held}]  # fmt: skip
    found = [f for f in (row[_FOUND] or []) if not f.get("expired")]
    due: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for f in found:
        rule = policy.rule_for(f["entity_type"])
        start = sent if rule.counted_from == "message_time" else last
        if rule.keep_for is None or start is None or rule.keep_for.after(start) > now:
            continue
        action = ANONYMISE_SENDER if f["field"] == "sender" else REDACT_SPANS
        due.setdefault((rule.rule, rule.cite, action), []).append(f)
    actions = []
    for (rule_name, cite, action), fs in sorted(due.items(), key=lambda kv: kv[0]):
        count = len(fs) if action == REDACT_SPANS else 1
        actions.append({"rule": rule_name, "cite": cite, "action": action, "count": count,
                        "held": held})  # fmt: skip
        if held:
            continue
        if action == ANONYMISE_SENDER:
            if cols.sender is not None:
                row[cols.sender] = ANONYMOUS
            for f in fs:
                f.update(start=0, end=len(ANONYMOUS), expired=True, expired_rule=rule_name)
            continue
        by_field: dict[str, list[dict[str, Any]]] = {}
        for f in fs:
            by_field.setdefault(f["field"], []).append(f)
        for fld, these in by_field.items():
            column = cols.text if fld == "text" else fld
            if column not in row or row[column] is None:
                raise PrivacyGuardError(
                    f"message {row[_ID]}: a finding in field {fld} has no column to rewrite"
                )
            ids = {id(f) for f in these}
            rest = [f for f in found if f["field"] == fld and id(f) not in ids]
            row[column] = expire_spans(str(row[column]), these, rest, rule_name)
    return False, actions


def _decide_partition(policy: Policy, now: datetime, cols: Columns) -> Any:
    def run(batches: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        import pandas as pd

        for pdf in batches:
            names = list(pdf.columns)
            rows = list(rows_of(pdf, names))
            for row in rows:
                row[_FOUND] = [dict(f) for f in (row[_FOUND] if row[_FOUND] is not None else [])]
                gone, done = decide(row, policy, now, cols)
                row[_GONE], row[_DONE] = gone, done
            yield pd.DataFrame(rows, columns=[*names, _GONE, _DONE])

    return run


# --- the job ----------------------------------------------------------------------------------


def rewrite(
    messages: DataFrame,
    policy: Policy,
    now: datetime,
    *,
    columns: Columns | None = None,
    findings: DataFrame | None = None,
    rules: str | Path | None = None,
    held_conversations: Collection[str] = (),
    held_channels: Collection[str] = (),
    channel: str | None = None,
) -> RetentionRewrite:
    """The retention plan as of ``now`` applied to a table of messages: lazy DataFrames of
    the rows kept (texts rewritten), of the findings (``expired``, ``expired_rule``; offsets
    of the rewritten texts), and of the actions (what the audit events record)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    cols = columns or Columns()
    cols.check(messages.columns)
    if now.tzinfo is None:
        raise PrivacyGuardError("the retention moment needs a time zone (UTC)")
    if findings is None:
        from privacyguard.spark import scan_dataframe

        findings = scan_dataframe(messages, columns=cols, rules=rules)
        findings = findings.filter(F.col("problem").isNull())
    m = messages.withColumn(_ID, F.col(cols.id).cast("string"))
    m = m.withColumn(_CONV, F.col(cols.conversation).cast("string") if cols.conversation
                     else F.lit(None).cast("string"))  # fmt: skip
    m = m.withColumn(_T, F.unix_micros(F.col(cols.timestamp).cast("timestamp"))
                     if cols.timestamp else F.lit(None).cast("long"))  # fmt: skip
    last = F.max(_T).over(Window.partitionBy(_CONV))
    m = m.withColumn(_LAST, F.when(F.col(_CONV).isNull(), F.col(_T)).otherwise(last))
    held = F.col(_CONV).isin(list(held_conversations)) if held_conversations else F.lit(False)
    if held_channels:
        if channel is None:
            raise HoldsNotApplicable("the store has channel holds: name the table's channel "
                                     "column (channel=..., --channel-col)")  # fmt: skip
        held = held | F.col(channel).cast("string").isin(list(held_channels))
    m = m.withColumn(_HELD, F.coalesce(held, F.lit(False)))
    expired = F.col("expired") if "expired" in findings.columns else F.lit(False)
    rule_col = F.col("expired_rule") if "expired_rule" in findings.columns else F.lit(None)
    struct = F.struct(
        F.col("entity_type"), F.col("start").cast("int").alias("start"),
        F.col("end").cast("int").alias("end"), F.col("score").cast("double").alias("score"),
        F.col("recognizer"), F.col("explanation"), F.col("lang"), F.col("field"),
        expired.cast("boolean").alias("expired"), rule_col.cast("string").alias("expired_rule"),
    )  # fmt: skip
    per_message = findings.groupBy(
        F.col("message_id").alias("_f_id"), F.col("conversation_id").alias("_f_conv")
    ).agg(F.collect_list(struct).alias(_FOUND))
    joined = m.join(
        per_message,
        (F.col(_ID) == F.col("_f_id")) & F.col(_CONV).eqNullSafe(F.col("_f_conv")),
        "left",
    ).drop("_f_id", "_f_conv")
    action_type = T.ArrayType(T.StructType([
        T.StructField("rule", T.StringType()), T.StructField("cite", T.StringType()),
        T.StructField("action", T.StringType()), T.StructField("count", T.IntegerType()),
        T.StructField("held", T.BooleanType()),
    ]))  # fmt: skip
    schema = T.StructType([*joined.schema.fields, T.StructField(_GONE, T.BooleanType()),
                           T.StructField(_DONE, action_type)])  # fmt: skip
    decided = joined.mapInPandas(_decide_partition(policy, now, cols), schema)
    kept = decided.filter(~F.col(_GONE)).drop(*_INTERNAL)
    found = decided.filter(~F.col(_GONE)).select(
        F.col(_ID).alias("message_id"), F.col(_CONV).alias("conversation_id"),
        F.explode(_FOUND).alias("f"),
    ).select("message_id", "conversation_id", *(f"f.{k}" for k in FINDING_KEYS))
    acts = decided.select(F.col(_ID), F.col(_CONV), F.explode(_DONE).alias("a"))
    id_kind = F.when(F.col("a.action") == DELETE_CONVERSATION, "conversation").otherwise(
        "message")  # fmt: skip
    unit = F.when(F.col("a.action") == DELETE_CONVERSATION, F.col(_CONV)).otherwise(F.col(_ID))
    grouped = acts.groupBy("a.rule", "a.cite", "a.action", id_kind.alias("id_kind")).agg(
        F.sum(F.when(~F.col("a.held"), F.col("a.count")).otherwise(0)).alias("_n"),
        F.sum(F.when(F.col("a.held"), F.col("a.count")).otherwise(0)).alias("_held"),
        F.array_sort(F.collect_set(F.when(~F.col("a.held"), unit))).alias("ids"),
        F.collect_set(F.when(F.col("a.held"), unit)).alias("_held_ids"),
    )
    whole = F.col("action") == DELETE_CONVERSATION  # counted in conversations, not rows
    actions = grouped.select(
        "rule", "cite", "action", "id_kind", "ids",
        F.when(whole, F.size("ids")).otherwise(F.col("_n")).cast("long").alias("count"),
        F.when(whole, F.size("_held_ids")).otherwise(F.col("_held")).cast("long").alias("held"),
    )  # fmt: skip
    return RetentionRewrite(kept, found, actions)


def store_holds(store: Store) -> tuple[set[str], set[str]]:
    """The conversation and channel holds of a store. Customer holds cannot be checked
    against a table (their identifiers are matched in the store): refused, loudly."""
    from privacyguard.store.subjects import hold_rows

    with store.engine.connect() as conn:
        rows = hold_rows(conn)
    customers = sum(1 for r in rows if r.kind == "customer")
    if customers:
        raise HoldsNotApplicable(
            f"the store has {customers} customer hold(s), which a table cannot be checked "
            "against; nothing was changed (apply retention in the store, or lift them)"
        )
    return ({r.value for r in rows if r.kind == "conversation"},
            {r.value for r in rows if r.kind == "channel"})  # fmt: skip


def write_and_record(
    result: RetentionRewrite,
    output: str | Path,
    *,
    store: Store,
    policy: Policy,
    now: datetime,
    operator: str,
    recorded_at: datetime | None = None,
) -> Applied:
    """Write ``output``/messages and ``output``/findings (Parquet) and record the run in the
    store's audit chain: the same ``retention.apply`` events (one per rule and action, with
    the ids: the table's message or conversation ids) and ``retention.run`` as the store's
    retention, plus ``table``. The tables are written to a staging folder beside ``output``
    first; the events and the move to ``output`` happen in one transaction, so the events
    exist exactly when the rewritten tables do (local file systems; see docs/spark.md)."""
    from privacyguard.record import audit
    from privacyguard.store import expiry

    target = Path(output)
    if target.exists():
        raise PrivacyGuardError(f"{target} exists; retention writes a new table, never over one")
    at = (recorded_at or now).astimezone(timezone.utc)
    as_of = now.astimezone(timezone.utc)
    rows = result.actions.collect()
    staging = target.parent / f".{target.name}.staging-{uuid.uuid4().hex[:8]}"
    try:
        result.messages.write.parquet(str(staging / "messages"))
        result.findings.write.parquet(str(staging / "findings"))
        applied = Applied(None, str(target))
        with store.engine.begin() as conn:
            audit.verify(conn)
            run_id = expiry.start_run(conn, as_of=as_of, policy=policy.file, at=at)
            expiry.count_batch(conn, run_id)
            applied.run = run_id
            for r in sorted(rows, key=lambda r: (r.rule, r.cite, r.action)):
                applied.held_back += int(r.held)
                if not r["count"]:
                    continue
                applied.done[r.action] += int(r["count"])
                event = {
                    "event": "retention.apply", "at": at.isoformat(),
                    "as_of": as_of.isoformat(), "run": run_id, "policy": policy.file,
                    "rule": r.rule, "cite": r.cite, "action": r.action, "count": int(r["count"]),
                    "tombstones": 0, "ids": list(r.ids), "id_kind": r.id_kind,
                    "operator": operator, "table": str(target),
                }  # fmt: skip
                audit.append(conn, event)
                applied.events.append(event)
            event = {
                "event": "retention.run", "at": at.isoformat(), "as_of": as_of.isoformat(),
                "run": run_id, "policy": policy.file, "operator": operator,
                "done": dict(sorted(applied.done.items())), "batches": 1,
                "held_back": applied.held_back, "tombstones": 0, "table": str(target),
            }  # fmt: skip
            audit.append(conn, event)
            applied.events.append(event)
            expiry.finish_run(conn, run_id, at)
            os.rename(staging, target)  # a failure here rolls the events back
        return applied
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)

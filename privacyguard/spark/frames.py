"""Spark DataFrames of messages in, findings or redacted messages out, through mapInPandas.

Every conversation goes to one partition (repartitioned by its id), ordered by time and then
by the order the rows were read; each partition streams through the same library entry
points as the single-machine path (``pipeline.scan_stream`` for findings, ``act.run.Run``
for redaction), so the conversation layer sees each conversation whole and in order.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from privacyguard.errors import PrivacyGuardError
from privacyguard.models import Finding, InputProblem, Message
from privacyguard.spark import job

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

#: columns added while the job runs and dropped from its output
SEQ = "_privacyguard_seq"
KEY = "_privacyguard_conversation"
#: columns the redacted DataFrame adds
ACTION = "privacyguard_action"
REASON = "privacyguard_reason"
FINDINGS = "privacyguard_findings"
#: rows of output gathered before a pandas DataFrame is handed back to Spark
CHUNK_ROWS = 5000


class ColumnError(PrivacyGuardError):
    """A column the mapping names is not in the DataFrame (or is named twice)."""


@dataclass(frozen=True)
class Columns:
    """Which column holds what. ``fields``: other text columns that are scanned and
    rewritten too (a sender's display name, a subject line), as Message.fields."""

    id: str = "id"
    text: str = "text"
    conversation: str | None = "conversation_id"
    lang: str | None = None
    timestamp: str | None = None
    sender: str | None = None
    role: str | None = None
    fields: tuple[str, ...] = field(default=())

    #: the names :meth:`infer` looks for, in order, for each optional column
    CONVENTIONAL = {
        "conversation": ("conversation_id", "conversation", "thread_id"),
        "lang": ("lang", "language"),
        "timestamp": ("timestamp", "sent_at", "time", "created_at"),
        "sender": ("sender", "author"),
        "role": ("sender_role", "role"),
    }

    @classmethod
    def infer(cls, names: Sequence[str], **given: Any) -> Columns:
        """The columns named in ``given`` (None values ignored), and for the optional ones
        not given, the first conventional name the DataFrame has."""
        chosen = {k: v for k, v in given.items() if v is not None}
        for key, candidates in cls.CONVENTIONAL.items():
            if key not in chosen:
                chosen[key] = next((c for c in candidates if c in names), None)
        if "fields" in chosen:
            chosen["fields"] = tuple(chosen["fields"])
        return cls(**chosen)

    def used(self) -> list[str]:
        named = [self.id, self.text, self.conversation, self.lang, self.timestamp,
                 self.sender, self.role, *self.fields]  # fmt: skip
        return [c for c in named if c is not None]

    def check(self, names: Sequence[str]) -> None:
        missing = [c for c in self.used() if c not in names]
        if missing:
            raise ColumnError(
                f"column(s) {', '.join(missing)} not in the data; it has: {', '.join(names)}"
            )
        for f in self.fields:
            if f in (self.id, self.text, "text"):
                raise ColumnError(f"column {f} cannot be a field: it is the id or the text")
        if len(set(self.fields)) != len(self.fields):
            raise ColumnError("a column is named twice in fields")
        taken = [c for c in names if c in (SEQ, KEY, ACTION, REASON, FINDINGS)]
        if taken:
            raise ColumnError(f"column(s) {', '.join(taken)} are privacyguard's own; rename them")


# --- rows <-> messages ----------------------------------------------------------------------


def _value(v: Any) -> Any:
    """None for a missing value (pandas gives None, NaN or NaT)."""
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    try:
        import pandas as pd

        if v is pd.NaT:
            return None
    except ImportError:  # pragma: no cover - pandas comes with the spark extra
        pass
    return v


def _text(v: Any) -> str | None:
    v = _value(v)
    return None if v is None else str(v)


def _time(v: Any) -> datetime | None:
    v = _value(v)
    if v is None:
        return None
    to_py = getattr(v, "to_pydatetime", None)
    return to_py() if to_py is not None else v if isinstance(v, datetime) else None


def to_message(row: dict[str, Any], cols: Columns) -> Message:
    """One row as the Message the single-machine path would build for it."""
    fields = tuple(
        (f, t) for f in cols.fields if (t := _text(row.get(f))) is not None
    )
    return Message(
        id=_text(row[cols.id]) or "",
        text=_text(row[cols.text]) or "",
        lang=_text(row[cols.lang]) if cols.lang else None,
        conversation_id=_text(row[cols.conversation]) if cols.conversation else None,
        sender=_text(row[cols.sender]) if cols.sender else None,
        sender_role=_text(row[cols.role]) if cols.role else None,
        timestamp=_time(row[cols.timestamp]) if cols.timestamp else None,
        fields=fields,
    )


def rows_of(pdf: pd.DataFrame, names: Sequence[str]) -> Iterator[dict[str, Any]]:
    columns = [pdf[c].tolist() for c in names]
    for values in zip(*columns, strict=True):
        yield dict(zip(names, values, strict=True))


# --- partitioning ---------------------------------------------------------------------------


def by_conversation(df: DataFrame, cols: Columns, partitions: int | None = None) -> DataFrame:
    """Each conversation in one partition, its messages together, by time and then in the
    order they were read. A message without a conversation id is a conversation of its own
    (as in the single-machine path) and may go to any partition."""
    from pyspark.sql import functions as F

    cols.check(df.columns)
    df = df.withColumn(SEQ, F.monotonically_increasing_id())
    alone = F.concat(F.lit("\u0000"), F.col(SEQ).cast("string"))
    key = F.coalesce(F.col(cols.conversation).cast("string"), alone) if cols.conversation else alone
    df = df.withColumn(KEY, key)
    df = df.repartition(partitions, KEY) if partitions else df.repartition(KEY)
    order = [KEY, *([cols.timestamp] if cols.timestamp else []), SEQ]
    return df.sortWithinPartitions(*order)


# --- findings -------------------------------------------------------------------------------


def findings_schema() -> StructType:
    from pyspark.sql.types import DoubleType, IntegerType, StringType, StructField, StructType

    s, i = StringType(), IntegerType()
    return StructType([
        StructField("message_id", s), StructField("conversation_id", s),
        StructField("entity_type", s), StructField("start", i), StructField("end", i),
        StructField("score", DoubleType()), StructField("recognizer", s),
        StructField("explanation", s), StructField("lang", s), StructField("field", s),
        StructField("problem", s),
    ])  # fmt: skip


def finding_row(f: Finding, conversation_id: str | None) -> dict[str, Any]:
    return {
        "message_id": f.message_id, "conversation_id": conversation_id,
        "entity_type": f.entity_type, "start": f.start, "end": f.end, "score": f.score,
        "recognizer": f.recognizer, "explanation": f.explanation, "lang": f.lang,
        "field": f.field, "problem": None,
    }  # fmt: skip


def _problem_row(m: Message, reason: str) -> dict[str, Any]:
    empty = dict.fromkeys(("entity_type", "start", "end", "score", "recognizer",
                           "explanation", "lang", "field"))  # fmt: skip
    return {"message_id": m.id, "conversation_id": m.conversation_id, **empty,
            "problem": reason}  # fmt: skip


def _frame(rows: list[dict[str, Any]], names: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=list(names))


def scan_partition(
    config: job.JobConfig, cols: Columns
) -> Callable[[Iterable[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """The function mapInPandas runs on each partition: one row per finding, and one per
    message that could not be scanned (``problem`` says why; it is never passed as clean)."""
    names = findings_schema().fieldNames()
    read = [c for c in cols.used()]

    def run(batches: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from privacyguard.pipeline import scan_stream

        det = job.detector(config)
        fed: deque[Message] = deque()

        def messages() -> Iterator[Message]:
            for pdf in batches:
                for row in rows_of(pdf, read):
                    m = to_message(row, cols)
                    fed.append(m)
                    yield m

        out: list[dict[str, Any]] = []
        for item in scan_stream(messages(), det):
            m = fed.popleft()  # one item per message, in order
            if isinstance(item, InputProblem):
                out.append(_problem_row(m, item.reason))
            else:
                out.extend(finding_row(f, m.conversation_id) for f in item.findings)
            if len(out) >= CHUNK_ROWS:
                yield _frame(out, names)
                out = []
        if out:
            yield _frame(out, names)

    return run


# --- redaction ------------------------------------------------------------------------------


def finding_struct() -> Any:
    from pyspark.sql.types import StructType

    keep = ("entity_type", "start", "end", "score", "recognizer", "explanation", "lang", "field")
    return StructType([f for f in findings_schema().fields if f.name in keep])


def redacted_schema(input_schema: StructType, with_findings: bool) -> StructType:
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    kept = [f for f in input_schema.fields if f.name not in (SEQ, KEY)]
    added = [StructField(ACTION, StringType()), StructField(REASON, StringType())]
    if with_findings:
        added.append(StructField(FINDINGS, ArrayType(finding_struct())))
    return StructType(kept + added)


@dataclass
class _Batch:
    """One input batch while its rows wait for their outcomes."""

    pdf: pd.DataFrame
    texts: dict[str, list[Any]]
    actions: list[str | None]
    reasons: list[str | None]
    findings: list[list[dict[str, Any]]]
    done: int = 0


def redact_partition(
    config: job.JobConfig, cols: Columns, with_findings: bool
) -> Callable[[Iterable[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """The function mapInPandas runs on each partition: each row with its text (and field
    columns) redacted by the policy; a message that could not be scanned or redacted gets
    the policy's on_error marker and says so in privacyguard_action/privacyguard_reason."""
    from privacyguard.act.redact import splice
    from privacyguard.act.run import marker

    read = cols.used()
    rewritten = [cols.text, *cols.fields]
    struct_keys = finding_struct().fieldNames()

    def run(batches: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        redaction = job.redaction_run(config)
        pending: deque[_Batch] = deque()
        fed: deque[tuple[_Batch, int]] = deque()

        def messages() -> Iterator[Message]:
            for pdf in batches:
                pdf = pdf.drop(columns=[SEQ, KEY])
                n = len(pdf)
                b = _Batch(pdf, {c: pdf[c].tolist() for c in rewritten}, [None] * n,
                           [None] * n, [[] for _ in range(n)])  # fmt: skip
                pending.append(b)
                for i, row in enumerate(rows_of(pdf, read)):
                    fed.append((b, i))
                    yield to_message(row, cols)

        def ready() -> Iterator[pd.DataFrame]:
            while pending and pending[0].done == len(pending[0].pdf):
                yield _finish(pending.popleft(), with_findings)

        for rec, outcome in redaction.process(messages()):
            b, i = fed.popleft()  # one outcome per message, in order
            if outcome is None or not isinstance(rec, Message):  # never: rows always read
                raise PrivacyGuardError("a row came back without an outcome")
            for c in rewritten:
                original = b.texts[c][i]
                value = _text(original)
                if value is None:
                    continue
                name = "text" if c == cols.text else c
                if outcome.action is not None:
                    b.texts[c][i] = marker(outcome.action, value)
                else:
                    b.texts[c][i] = splice(value, outcome.edits.get(name, []))
            b.actions[i] = outcome.action
            b.reasons[i] = outcome.reason or None
            if with_findings:
                b.findings[i] = [
                    {k: v for k, v in finding_row(f, None).items() if k in struct_keys}
                    for f in outcome.findings
                ]
            b.done += 1
            yield from ready()
        yield from ready()
        if pending:
            raise PrivacyGuardError("rows were left without an outcome")

    return run


def _finish(b: _Batch, with_findings: bool) -> pd.DataFrame:
    out = b.pdf.copy()
    for c, values in b.texts.items():
        out[c] = values
    out[ACTION] = b.actions
    out[REASON] = b.reasons
    if with_findings:
        out[FINDINGS] = b.findings
    return out

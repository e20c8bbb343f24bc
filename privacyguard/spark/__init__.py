"""privacyguard on Apache Spark (the ``spark`` extra): scan and redact DataFrames of messages.

>>> from privacyguard.spark import Columns, scan_dataframe, redact_dataframe
>>> findings = scan_dataframe(df, columns=Columns(id="msg_id", text="body"))   # doctest: +SKIP
>>> redacted = redact_dataframe(df, policy="gdpr-default")                     # doctest: +SKIP

Each conversation is processed whole, in time order, in one partition, by the same library
code as the single-machine path, so the findings and redactions are the same. See
docs/spark.md for cluster use, column mapping and retention of Parquet tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from privacyguard.spark.frames import (
    ACTION,
    FINDINGS,
    REASON,
    ColumnError,
    Columns,
    by_conversation,
    findings_schema,
    redact_partition,
    redacted_schema,
    scan_partition,
)
from privacyguard.spark.job import JobConfig

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

    from privacyguard.act.keys import Keyring
    from privacyguard.config.policy import Policy

__all__ = [
    "ACTION", "FINDINGS", "REASON", "ColumnError", "Columns", "JobConfig", "findings_of",
    "redact_dataframe", "scan_dataframe",
]  # fmt: skip


def scan_dataframe(
    df: DataFrame,
    *,
    columns: Columns | None = None,
    rules: str | Path | None = None,
    config: JobConfig | None = None,
    partitions: int | None = None,
) -> DataFrame:
    """Findings for a DataFrame of messages: one row per finding (message_id,
    conversation_id, entity_type, start, end, score, recognizer, explanation, lang, field,
    problem=null) and one row per message that could not be scanned (``problem`` says why,
    the finding columns are null). ``partitions``: how many (default: Spark's shuffle
    partitions)."""
    cols = columns or Columns()
    config = config or JobConfig.for_scan(rules)
    ordered = by_conversation(df, cols, partitions)
    return ordered.mapInPandas(scan_partition(config, cols), findings_schema())


def redact_dataframe(
    df: DataFrame,
    *,
    columns: Columns | None = None,
    policy: Policy | str | Path | None = None,
    rules: str | Path | None = None,
    keyring: Keyring | None = None,
    key_file: str | Path | None = None,
    key_env: str | None = None,
    config: JobConfig | None = None,
    partitions: int | None = None,
    with_findings: bool = False,
) -> DataFrame:
    """The DataFrame with its text column (and ``columns.fields``) redacted by the policy
    (default: gdpr-default), every other column as it was, plus ``privacyguard_action``
    (null, or the policy's on_error action for a message that could not be scanned or
    redacted: its texts are then <WITHHELD> or <REDACTED>) and ``privacyguard_reason``.
    ``with_findings`` adds ``privacyguard_findings``, the message's findings (see
    :func:`findings_of`). The key for keyed operators comes from ``keyring``, else
    ``key_file`` or the environment variable ``key_env`` (default PRIVACYGUARD_KEY); only
    its sub-keys are shipped to the executors. Rows come out grouped by conversation."""
    cols = columns or Columns()
    config = config or JobConfig.for_redact(policy, rules, keyring, key_file=key_file,
                                            key_env=key_env)  # fmt: skip
    ordered = by_conversation(df, cols, partitions)
    schema = redacted_schema(ordered.schema, with_findings)
    return ordered.mapInPandas(redact_partition(config, cols, with_findings), schema)


def findings_of(redacted: DataFrame, columns: Columns | None = None) -> DataFrame:
    """The findings of a DataFrame redacted ``with_findings=True``, one row each, in the
    schema of :func:`scan_dataframe` (offsets refer to the original texts)."""
    from pyspark.sql import functions as F

    cols = columns or Columns()
    conv = F.col(cols.conversation).cast("string") if cols.conversation else F.lit(None)
    f = F.explode(FINDINGS).alias("f")
    rows = redacted.select(
        F.col(cols.id).cast("string").alias("message_id"), conv.alias("conversation_id"), f
    )
    return rows.select(
        "message_id", "conversation_id", "f.entity_type", "f.start", "f.end", "f.score",
        "f.recognizer", "f.explanation", "f.lang", "f.field",
        F.lit(None).cast("string").alias("problem"),
    )  # fmt: skip

"""privacyguard spark scan | redact | import | retention: message tables on Apache Spark.

Needs the ``spark`` extra (PySpark, Java 17+); nothing here imports PySpark until a
subcommand runs, so ``privacyguard --help`` works without it. Local mode by default
(``--master local[*]``); under ``spark-submit`` (or on Databricks) the session it made is
used. Outputs are written to a staging folder beside OUTPUT and moved into place when
complete (local file systems; elsewhere written straight to OUTPUT, which must not exist).
"""

from __future__ import annotations

import getpass
import os
import shutil
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from privacyguard.errors import EXIT_BAD_INPUT, PrivacyGuardError

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

    from privacyguard.spark import Columns

FORMATS = ("parquet", "csv", "jsonl")
KEY_ENV = "PRIVACYGUARD_KEY"


class SparkUnavailable(PrivacyGuardError):
    """PySpark is not installed."""


def _pyspark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise SparkUnavailable(
            "PySpark is not installed: pip install 'privacyguard[spark]' (needs Java 17+)"
        ) from None


def _options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Input, session and column options every subcommand shares."""
    opts = [
        click.argument("input_path", metavar="INPUT"),
        click.argument("output", metavar="OUTPUT"),
        click.option("--format", "fmt", type=click.Choice(FORMATS),
                     help="Input format (default: from the suffix; a folder is Parquet)."),
        click.option("--master", help="Spark master (default: the spark-submit session, "
                     "else local[*]), e.g. local[2]."),
        click.option("--partitions", type=click.IntRange(min=1),
                     help="Partitions to spread conversations over (default: Spark's)."),
        click.option("--rules", type=click.Path(exists=True, path_type=Path),
                     help="Rules directory (default: the bundled rules)."),
        click.option("--id-col", default="id", show_default=True, help="Message id column."),
        click.option("--text-col", default="text", show_default=True, help="Text column."),
        click.option("--conversation-col", help="Conversation id column (default: "
                     "conversation_id, conversation or thread_id if there is one)."),
        click.option("--lang-col", help="Language column (default: lang or language)."),
        click.option("--timestamp-col", help="Time column that orders a conversation "
                     "(default: timestamp, sent_at, time or created_at)."),
        click.option("--sender-col", help="Sender column (default: sender or author)."),
        click.option("--role-col", help="agent/customer column (default: sender_role, role)."),
        click.option("--field", "fields", multiple=True, metavar="COLUMN",
                     help="Another text column to scan and rewrite (repeatable; default: the "
                          "sender column)."),
    ]  # fmt: skip
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def _key_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option("--key-file", type=click.Path(dir_okay=False, path_type=Path),
                      help="File that holds the key (instead of the environment variable).")(fn)
    fn = click.option("--key-env", default=KEY_ENV, show_default=True, metavar="NAME",
                      help="Environment variable that holds the key (keyed operators).")(fn)
    return click.option("--policy", "policy_name", metavar="NAME|FILE",
                        help="Policy (default: gdpr-default).")(fn)  # fmt: skip


def _session(master: str | None) -> SparkSession:
    _pyspark()
    from privacyguard.spark.session import get_session

    session = get_session(master)
    session.sparkContext.setLogLevel("ERROR")
    return session


def _read(session: SparkSession, path: str, fmt: str | None) -> DataFrame:
    from pyspark.errors import AnalysisException

    if fmt is None:
        suffix = Path(path).suffix.lower()
        fmt = {".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl"}.get(
            suffix, "parquet"
        )
    try:
        if fmt == "csv":  # every column as text: ids keep their leading zeros
            return (session.read.option("header", True).option("multiLine", True)
                    .option("escape", '"').option("mode", "FAILFAST").csv(path))  # fmt: skip
        if fmt == "jsonl":
            return session.read.option("mode", "FAILFAST").json(path)
        return session.read.parquet(path)
    except AnalysisException as e:
        raise PrivacyGuardError(f"cannot read {path} as {fmt}: {_error_class(e)}") from None


def _error_class(e: Exception) -> str:
    """Spark's error class (PATH_NOT_FOUND, ...): its message may quote data, the class not."""
    get = getattr(e, "getCondition", None) or getattr(e, "getErrorClass", None)
    return (get() if get else None) or type(e).__name__


def _columns(df: DataFrame, o: dict[str, Any]) -> Columns:
    from privacyguard.spark import Columns

    cols = Columns.infer(
        df.columns, id=o["id_col"], text=o["text_col"], conversation=o["conversation_col"],
        lang=o["lang_col"], timestamp=o["timestamp_col"], sender=o["sender_col"],
        role=o["role_col"], fields=o["fields"] or None,
    )  # fmt: skip
    if not o["fields"] and cols.sender is not None:  # a sender's name is personal data too
        from dataclasses import replace

        cols = replace(cols, fields=(cols.sender,))
    cols.check(df.columns)
    return cols


def _is_local(path: str) -> bool:
    return "://" not in path or path.startswith("file://")


def _write(df: DataFrame, output: str, fmt: str = "parquet") -> None:
    """``df`` to ``output``: staged beside it and moved into place on a local file system."""
    local = _is_local(output)
    target = Path(output.removeprefix("file://")) if local else None
    if target is not None and target.exists():
        raise PrivacyGuardError(f"{output} exists; write to a new folder")
    dest = str(target.parent / f".{target.name}.staging-{uuid.uuid4().hex[:8]}") if target else (
        output)  # fmt: skip
    try:
        writer = df.write.mode("errorifexists")
        if fmt == "csv":
            writer.option("header", True).option("escape", '"').csv(dest)
        elif fmt == "jsonl":  # null columns kept: every line has every key
            writer.option("ignoreNullFields", False).json(dest)
        else:
            writer.parquet(dest)
        if target is not None:
            os.rename(dest, target)
    finally:
        if target is not None and Path(dest).exists():
            shutil.rmtree(dest, ignore_errors=True)


def _persist(df: DataFrame) -> DataFrame:
    """Kept after it is written, so that the summary does not run the detection again."""
    from pyspark import StorageLevel

    return df.persist(StorageLevel.MEMORY_AND_DISK)


def _out_format(output: str, given: str | None) -> str:
    if given:
        return given
    return {".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl"}.get(
        Path(output).suffix.lower(), "parquet"
    )


@click.group()
def spark() -> None:
    """Scan, redact, import and expire message tables on Apache Spark (the spark extra)."""


@spark.command("scan")
@_options
@click.option("--output-format", type=click.Choice(FORMATS), help="Default: from the suffix.")
def scan(input_path: str, output: str, fmt: str | None, master: str | None,
         partitions: int | None, rules: Path | None, output_format: str | None,
         **names: Any) -> None:  # fmt: skip
    """Findings for every message of INPUT, written to OUTPUT: one row per finding, one per
    message that could not be scanned (its "problem" says why; exit 2)."""
    from pyspark.sql import functions as F

    from privacyguard.spark import scan_dataframe

    session = _session(master)
    df = _read(session, input_path, fmt)
    cols = _columns(df, names)
    found = _persist(scan_dataframe(df, columns=cols, rules=rules, partitions=partitions))
    try:
        _write(found, output, _out_format(output, output_format))
        counts = {r["entity_type"]: r["n"] for r in found.groupBy("entity_type").agg(
            F.count("*").alias("n")).collect()}  # fmt: skip
    finally:
        found.unpersist()
    problems = counts.pop(None, 0)
    total = sum(counts.values())
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    click.echo(f"{total} findings ({kinds or 'none'}) -> {output}", err=True)
    if problems:
        click.echo(f"{problems} message(s) could not be scanned: see the problem column",
                   err=True)  # fmt: skip
        raise SystemExit(EXIT_BAD_INPUT)


def _redacted(input_path: str, fmt: str | None, master: str | None, partitions: int | None,
              rules: Path | None, names: dict[str, Any], policy_name: str | None,
              key_env: str, key_file: Path | None, with_findings: bool
              ) -> tuple[SparkSession, Columns, DataFrame]:  # fmt: skip
    from privacyguard.spark import JobConfig, redact_dataframe

    config = JobConfig.for_redact(policy_name, rules, key_file=key_file, key_env=key_env)
    session = _session(master)
    df = _read(session, input_path, fmt)
    cols = _columns(df, names)
    out = redact_dataframe(df, columns=cols, config=config, partitions=partitions,
                           with_findings=with_findings)  # fmt: skip
    return session, cols, out


def _report_actions(df: DataFrame, output: str) -> None:
    from privacyguard.spark import ACTION

    counts = {r[ACTION]: r["count"] for r in df.groupBy(ACTION).count().collect()}
    fine = counts.pop(None, 0)
    click.echo(f"{fine + sum(counts.values())} messages redacted -> {output}", err=True)
    if counts:
        what = ", ".join(f"{n} {a}" for a, n in sorted(counts.items()))
        click.echo(f"could not be scanned or redacted ({what}): see privacyguard_reason",
                   err=True)  # fmt: skip
        raise SystemExit(EXIT_BAD_INPUT)


@spark.command("redact")
@_options
@_key_options
@click.option("--output-format", type=click.Choice(FORMATS), help="Default: from the suffix.")
def redact(input_path: str, output: str, fmt: str | None, master: str | None,
           partitions: int | None, rules: Path | None, policy_name: str | None, key_env: str,
           key_file: Path | None, output_format: str | None, **names: Any) -> None:  # fmt: skip
    """INPUT with its text (and --field columns) redacted by the policy, every other column
    as it was, to OUTPUT; a message that could not be scanned or redacted is <WITHHELD>
    (or <REDACTED>) and named in privacyguard_action/privacyguard_reason (exit 2)."""
    _s, _cols, out = _redacted(input_path, fmt, master, partitions, rules, names,
                                policy_name, key_env, key_file, False)  # fmt: skip
    out = _persist(out)
    try:
        _write(out, output, _out_format(output, output_format))
        _report_actions(out, output)
    finally:
        out.unpersist()


@spark.command("import")
@_options
@_key_options
def import_(input_path: str, output: str, fmt: str | None, master: str | None,
            partitions: int | None, rules: Path | None, policy_name: str | None, key_env: str,
            key_file: Path | None, **names: Any) -> None:  # fmt: skip
    """For a warehouse: OUTPUT/messages (redacted, as `spark redact`) and OUTPUT/findings
    (as `spark scan`, offsets in the original texts), Parquet, from one detection pass."""
    from privacyguard.spark import FINDINGS, findings_of

    session, cols, out = _redacted(input_path, fmt, master, partitions, rules, names,
                                   policy_name, key_env, key_file, True)  # fmt: skip
    target = Path(output)
    if _is_local(output) and target.exists():
        raise PrivacyGuardError(f"{output} exists; write to a new folder")
    out = _persist(out)
    try:
        staging = f"{output}.staging-{uuid.uuid4().hex[:8]}" if _is_local(output) else output
        _write(out.drop(FINDINGS), f"{staging}/messages")
        _write(findings_of(out, cols), f"{staging}/findings")
        if staging != output:
            os.rename(staging, output)
        n = session.read.parquet(f"{output}/findings").count()
        click.echo(f"{n} findings -> {output}/findings", err=True)
        _report_actions(out, f"{output}/messages")
    finally:
        out.unpersist()
        if _is_local(output) and staging != output and Path(staging).exists():
            shutil.rmtree(staging, ignore_errors=True)


@spark.command("retention")
@_options
@click.option("--policy", "policy_name", metavar="NAME|FILE", help="Default: gdpr-default.")
@click.option("--as-of", metavar="DATE", help="The moment to apply retention as of (default: "
              "now), e.g. 2026-12-01.")  # fmt: skip
@click.option("--findings", "findings_path", metavar="PATH",
              help="The table's findings (spark scan/import output, Parquet); default: "
                   "detected in this job.")  # fmt: skip
@click.option("--channel-col", help="Channel column, for channel holds.")
@click.option("--db", envvar="PRIVACYGUARD_DB", required=True, metavar="URL",
              help="The store whose audit chain records the run and whose legal holds apply.")
@click.option("--operator", default=lambda: os.environ.get("PRIVACYGUARD_OPERATOR")
              or getpass.getuser(), help="Who does this, for the audit log.")  # fmt: skip
def retention(input_path: str, output: str, fmt: str | None, master: str | None,
              partitions: int | None, rules: Path | None, policy_name: str | None,
              as_of: str | None, findings_path: str | None, channel_col: str | None, db: str,
              operator: str, **names: Any) -> None:  # fmt: skip
    """Apply the policy's retention to the table INPUT as of --as-of: OUTPUT/messages (rows
    kept, expired spans tagged) and OUTPUT/findings, recorded in the store's audit chain
    with the same events as `retention apply`. INPUT is left as it was: replace it with
    OUTPUT (and delete old snapshots) to complete the erasure."""
    from privacyguard.config.policy import load_policy
    from privacyguard.config.rules import load_rules
    from privacyguard.spark.retention import rewrite, store_holds, write_and_record
    from privacyguard.store.sql import open_store

    moment = _moment(as_of)
    policy = load_policy(policy_name, load_rules(rules).entity_types)
    store = open_store(db, create=False)
    try:
        held, channels = store_holds(store)
        session = _session(master)
        df = _read(session, input_path, fmt)
        cols = _columns(df, names)
        findings = _read(session, findings_path, "parquet") if findings_path else None
        result = rewrite(df, policy, moment, columns=cols, findings=findings, rules=rules,
                         held_conversations=held, held_channels=channels,
                         channel=channel_col)  # fmt: skip
        applied = write_and_record(result, output, store=store, policy=policy, now=moment,
                                   operator=operator, recorded_at=datetime.now(timezone.utc))
    finally:
        store.close()
    done = ", ".join(f"{n} {a}" for a, n in sorted(applied.done.items())) or "nothing due"
    click.echo(f"retention run {applied.run} as of {moment.isoformat()}: {done}; "
               f"{applied.held_back} held back -> {output}", err=True)  # fmt: skip


def _moment(value: str | None) -> datetime:
    if value is None:
        return datetime.now(timezone.utc)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; write 2026-01-31",
                                 param_hint="--as-of") from None  # fmt: skip
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)

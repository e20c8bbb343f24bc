"""privacyguard.spark in Spark local mode: the same findings and redactions as the
single-machine path, conversations kept whole, pseudonyms the same across partitions, the
configuration shipped (not paths), only sub-keys of the key shipped.

Every person and number here is synthetic (the corpora's generators, examples/).
"""

from __future__ import annotations

import pickle
import random
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from privacyguard.act.keys import key_from_text
from privacyguard.act.redact import splice
from privacyguard.act.run import marker, start_run
from privacyguard.errors import ConfigError
from privacyguard.pipeline import as_message

from . import test_spark_support as _support
from .conftest import REPO
from .test_spark_support import (
    CONVERSATIONS,
    EXAMPLE,
    eval_corpus,
    pyspark_or_skip,
    read_rows,
)

spark = _support.spark  # fixture: the shared local-mode session

pyspark_or_skip()

from privacyguard.spark import (  # noqa: E402 - only with PySpark installed
    ColumnError,
    Columns,
    JobConfig,
    findings_of,
    redact_dataframe,
    scan_dataframe,
)
from privacyguard.spark.frames import KEY, by_conversation  # noqa: E402

SCHEMA = "id string, conversation_id string, text string, lang string, role string, ts timestamp"
COLS = Columns(id="id", text="text", conversation="conversation_id", lang="lang", role="role",
               timestamp="ts")  # fmt: skip
TEST_KEY = "spark-tests-only-key-4f9c2a7e1b8d6053a9e7"  # synthetic, not a secret
T0 = datetime(2026, 1, 5, 9, 0)

Finding = tuple[Any, ...]


def _single_machine(
    rows: list[dict[str, Any]], policy: Any = None, key: str | None = None, rules: Any = None
) -> tuple[list[Finding], dict[str, tuple[str, str | None]]]:
    """Findings and redacted texts from the single-machine library path (start_run,
    Run.process: scan_stream and the Redactor), rows in their order."""
    run = start_run(policy, rules, key=key)
    messages = [as_message(r, i) for i, r in enumerate(rows, 1)]
    findings: list[Finding] = []
    texts: dict[str, tuple[str, str | None]] = {}
    for m, outcome in run.process(messages):
        assert outcome is not None
        findings += [_key(f.message_id, f) for f in outcome.findings]
        if outcome.action is not None:
            texts[m.id] = (marker(outcome.action, m.text), outcome.action)
        else:
            texts[m.id] = (splice(m.text, outcome.edits.get("text", [])), None)
    return sorted(findings), texts


def _key(message_id: str, f: Any) -> Finding:
    return (message_id, f.entity_type, f.start, f.end, f.score, f.recognizer, f.explanation,
            f.lang, f.field)  # fmt: skip


def _frame(spark: Any, rows: list[dict[str, Any]], shuffle: bool = True) -> Any:
    """The rows with a time each (their order), shuffled: Spark must restore the order."""
    timed = [{**r, "ts": T0 + timedelta(seconds=i)} for i, r in enumerate(rows)]
    if shuffle:
        random.Random(17).shuffle(timed)
    return spark.createDataFrame(timed, SCHEMA)


def _spark_result(
    df: Any, **kw: Any
) -> tuple[list[Finding], dict[str, tuple[str, str | None]], Any]:
    out = redact_dataframe(df, columns=COLS, with_findings=True, **kw).cache()
    found = sorted(
        (r.message_id, r.entity_type, r.start, r.end, r.score, r.recognizer, r.explanation,
         r.lang, r.field)
        for r in findings_of(out, COLS).collect()
    )  # fmt: skip
    texts = {r.id: (r.text, r.privacyguard_action) for r in out.collect()}
    return found, texts, out


@pytest.mark.parametrize("corpus", ["in-sample", "conversations-dev", "example"])
def test_same_findings_and_redactions_as_single_machine(spark: Any, corpus: str) -> None:
    path = {"in-sample": eval_corpus, "conversations-dev": lambda: CONVERSATIONS,
            "example": lambda: EXAMPLE}[corpus]()  # fmt: skip
    rows = read_rows(path)
    expected_findings, expected_texts = _single_machine(rows)
    assert expected_findings, "the corpus has personal data to find"
    found, texts, out = _spark_result(_frame(spark, rows))
    assert len(texts) == len(rows)
    assert found == expected_findings
    assert texts == expected_texts
    out.unpersist()
    if corpus == "example":  # scan_dataframe: the same findings (no problems), its own schema
        scanned = scan_dataframe(_frame(spark, rows), columns=COLS).collect()
        assert all(r.problem is None for r in scanned)
        assert sorted(_key(r.message_id, r) for r in scanned) == expected_findings


def test_conversations_are_never_split(spark: Any) -> None:
    from pyspark.sql import functions as F

    rows = read_rows(CONVERSATIONS)
    parts = by_conversation(_frame(spark, rows), COLS, 8).withColumn("p", F.spark_partition_id())
    spread = parts.groupBy(KEY).agg(F.countDistinct("p").alias("n"), F.count("*").alias("c"))
    assert spread.filter("n > 1").count() == 0
    assert parts.select("p").distinct().count() > 1  # the test spreads them at all
    assert spread.agg(F.sum("c")).first()[0] == len(rows)


def _same_person_everywhere(n: int) -> list[dict[str, Any]]:
    """One synthetic customer in n conversations, each opened with her name."""
    return [
        row
        for c in range(n)
        for row in (
            {"id": f"p{c}-1", "conversation_id": f"conv-{c:03d}", "lang": "en", "role": "agent",
             "text": "Good morning, this is Noah from customer service."},
            {"id": f"p{c}-2", "conversation_id": f"conv-{c:03d}", "lang": "en",
             "role": "customer", "text": "Hi, my name is Margaret Thornbury and I need help."},
        )
    ]  # fmt: skip


def test_keyed_pseudonyms_are_consistent_across_partitions(spark: Any) -> None:
    """bank-customer-service: names get keyed pseudonyms across the export; conversations
    in different partitions give the same person the same pseudonym, as in one process."""
    from pyspark.sql import functions as F

    rows = _same_person_everywhere(24)
    df = _frame(spark, rows)
    policy = "bank-customer-service"
    keyring = key_from_text(TEST_KEY, "the test key")
    out = redact_dataframe(df, columns=COLS, policy=policy, keyring=keyring, partitions=6)
    spread = out.select(F.spark_partition_id().alias("p")).distinct().count()
    assert spread > 1
    texts = {r.id: r.text for r in out.collect()}
    customers = {t for i, t in texts.items() if i.endswith("-2")}
    assert len(customers) == 1, customers
    [text] = customers
    assert "Margaret" not in text and "<PERSON_" in text
    _, expected = _single_machine(rows, policy, TEST_KEY)
    assert texts == {i: t for i, (t, _a) in expected.items()}


def test_counter_pseudonyms_per_conversation(spark: Any) -> None:
    """gdpr-default numbers names per conversation: the same numbers in every conversation,
    wherever it is processed, as in one process."""
    rows = _same_person_everywhere(6)
    df = _frame(spark, rows)
    out = {r.id: r.text for r in redact_dataframe(df, columns=COLS, partitions=3).collect()}
    assert {out[f"p{c}-2"] for c in range(6)} == {"Hi, my name is <PERSON_2> and I need help."}
    assert {out[f"p{c}-1"] for c in range(6)} == {
        "Good morning, this is <PERSON_1> from customer service."
    }
    assert out == {i: t for i, (t, _a) in _single_machine(rows)[1].items()}


def test_export_wide_counter_pseudonyms_are_refused(spark: Any) -> None:
    with pytest.raises(ConfigError, match="label: keyed"):
        JobConfig.for_redact("airline-customer-service")


def test_only_sub_keys_are_shipped() -> None:
    keyring = key_from_text(TEST_KEY, "the test key")
    config = JobConfig.for_redact("bank-customer-service", keyring=keyring)
    shipped = pickle.dumps(config)
    assert TEST_KEY.encode() not in shipped
    assert TEST_KEY not in repr(config)
    executor_keys = pickle.loads(shipped).keys.keyring()
    assert executor_keys.derive("pseudonym.v1") == keyring.derive("pseudonym.v1")
    with pytest.raises(Exception, match="not shipped"):
        executor_keys.derive("audit-chain/hmac-sha256/v1")  # the audit key stays home


def test_rules_travel_as_contents_and_problems_are_not_passed_clean(
    spark: Any, tmp_path: Path
) -> None:
    """Rules in a directory the executors never see (deleted before the job runs); a
    message over the rules' max_message_chars is a problem row, and withheld."""
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    settings = rules / "settings.yaml"
    text = settings.read_text(encoding="utf-8")
    assert "  max_message_chars: 1000000\n" in text
    settings.write_text(text.replace("  max_message_chars: 1000000\n",
                                     "  max_message_chars: 200\n"), "utf-8")  # fmt: skip
    scan_config = JobConfig.for_scan(rules)
    redact_config = JobConfig.for_redact(None, rules)
    shutil.rmtree(rules)
    long = "My IBAN is NL91 ABNA 0417 1643 00. " * 10
    rows = [{"id": "a", "conversation_id": "c", "text": long, "lang": "en", "role": None},
            {"id": "b", "conversation_id": "c", "text": "IBAN NL91 ABNA 0417 1643 00",
             "lang": "en", "role": None}]  # fmt: skip
    found = scan_dataframe(_frame(spark, rows), columns=COLS, config=scan_config).collect()
    problems = [r for r in found if r.problem is not None]
    assert [(r.message_id, r.entity_type) for r in problems] == [("a", None)]
    assert "over the limit" in problems[0].problem
    assert [(r.message_id, r.entity_type) for r in found if r.problem is None] == [
        ("b", "IBAN_CODE")
    ]
    out = {r.id: r for r in redact_dataframe(_frame(spark, rows), columns=COLS,
                                             config=redact_config).collect()}  # fmt: skip
    assert out["a"].text == "<WITHHELD>" and out["a"].privacyguard_action == "withhold"
    assert "NL91" not in out["a"].privacyguard_reason
    assert out["b"].text == "IBAN <IBAN_CODE>" and out["b"].privacyguard_action is None


def test_other_columns_pass_through_and_null_text_stays_null(spark: Any) -> None:
    df = spark.createDataFrame(
        [("1", "c1", "Mail me at jan.jansen@example.org", "Jan Jansen", 7),
         ("2", "c1", None, "Jan Jansen", 8)],
        "msg string, thread string, body string, author string, n int",
    )  # fmt: skip
    cols = Columns(id="msg", text="body", conversation="thread", sender="author",
                   fields=("author",))  # fmt: skip
    out = {r.msg: r for r in redact_dataframe(df, columns=cols).collect()}
    assert out["1"].body == "Mail me at <EMAIL_ADDRESS>"
    assert "Jan" not in out["1"].author and out["1"].n == 7
    assert out["2"].body is None and out["2"].n == 8


def test_a_missing_column_is_named(spark: Any) -> None:
    df = spark.createDataFrame([("1", "hello")], "id string, body string")
    with pytest.raises(ColumnError, match="text not in the data; it has: id, body"):
        scan_dataframe(df, columns=Columns(conversation=None))
    inferred = Columns.infer(["id", "body", "thread_id", "language"], text="body")
    assert (inferred.text, inferred.conversation, inferred.lang) == ("body", "thread_id",
                                                                     "language")  # fmt: skip

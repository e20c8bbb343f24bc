"""`privacyguard audit`: the report's counts are the store's, its outputs agree, the HTML is
self-contained, a broken audit chain is reported (exit 1), customer hold values stay out.

All people, addresses and account numbers are synthetic (IBANs are the published examples).
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import update

from privacyguard.act import retention
from privacyguard.cli import cli
from privacyguard.config.policy import load_policy
from privacyguard.record import audit
from privacyguard.record.report import build_report, render_html
from privacyguard.record.report.output import render_csv
from privacyguard.store import open_store
from privacyguard.store import tables as t

AS_OF = datetime(2026, 6, 1, tzinfo=timezone.utc)
APPLIED_AS_OF = AS_OF - timedelta(days=60)
CUSTOMER = "Ola Testmann-Hold"  # a customer hold value: personal data, never in a report

POLICY = """\
version: 1
name: report-test
default:
  operator: replace
entities:
  IBAN_CODE:
    operator: redact
    keep_for: 30d
    counted_from: message_time
  EMAIL_ADDRESS:
    operator: replace
    keep_for: 1y
    counted_from: message_time
"""


def _at(days: int | None) -> str | None:
    return None if days is None else (AS_OF - timedelta(days=days)).isoformat()


# (conversation, id, lang, age in days at AS_OF, text, entity types the detector finds)
JSONL = [
    ("c1", "m1", "en", 10, "Please refund to NL91ABNA0417164300 thanks", ["IBAN_CODE"]),
    ("c1", "m2", "en", 10, "You can reach me at alex.sample@example.org", ["EMAIL_ADDRESS"]),
    ("c2", "m3", "nl", 45, "Mijn IBAN is NL91ABNA0417164300, mail naar test.persoon@example.nl",
     ["IBAN_CODE", "EMAIL_ADDRESS"]),
    ("c2", "m4", "nl", 45, "Bedankt voor het wachten.", []),
    ("c3", "m5", "nb", 200, "Send kvittering til kunde42@example.no takk", ["EMAIL_ADDRESS"]),
    ("c4", "m6", "en", None, "My IBAN is GB82WEST12345698765432", ["IBAN_CODE"]),
]  # fmt: skip
CSV = [
    ("k1", "r1", "nb", 500, "Kontoen min er NO9386011117947 ok", ["IBAN_CODE"]),
    ("k2", "r2", "en", 900, "Mail sam.example@example.com or DE89370400440532013000",
     ["EMAIL_ADDRESS", "IBAN_CODE"]),
]  # fmt: skip

# retention applied as of AS_OF - 60 d, with conversation k1 held: r2's IBAN (30 d) and
# e-mail (1 y) expire; r1's IBAN is held back; the jsonl messages were younger (or undated)
EXPECTED = {
    "entity_type": {"IBAN_CODE": (4, 1), "EMAIL_ADDRESS": (3, 1)},
    "channel": {"jsonl": (6, 0), "csv": (1, 2)},
    "language": {"en": (3, 2), "nl": (2, 0), "nb": (2, 0)},
    "age": {"< 30 d": (2, 0), "30–90 d": (2, 0), "90 d–1 y": (1, 0), "1–2 y": (1, 0),
            "> 2 y": (0, 2), "unknown": (1, 0)},
}  # fmt: skip

SUBJECT_EVENTS = [
    {"event": "subject.find", "at": "2026-05-01T09:00:00+00:00", "request": "DSR-2026-001",
     "operator": "dpo", "identifier_types": ["email"], "conversations": 2, "messages": 5},
    {"event": "subject.export", "at": "2026-05-02T09:00:00+00:00", "request": "DSR-2026-001",
     "operator": "dpo", "identifier_types": ["email"], "conversations": 2, "messages": 5},
    {"event": "subject.erase", "at": "2026-05-03T09:00:00+00:00", "request": "DSR-2026-002",
     "operator": "dpo", "identifier_types": ["email", "phone"], "conversations": 3,
     "messages": 7, "deleted_messages": 4, "deleted_conversations": 1, "redacted_messages": 3,
     "held_back": 1, "policy": "gdpr-default", "conversation_ids": [3, 5], "holds": []},
    # another writer's newer key, and missing keys: shown generically, no failure
    {"event": "subject.find", "request": "DSR-2026-003", "channel_scope": "whatsapp_txt"},
]  # fmt: skip


def _invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _write_sources(tmp: Path) -> tuple[Path, Path]:
    jl = tmp / "chats.jsonl"
    lines = []
    for conv, mid, lang, age, text, _ in JSONL:
        row = {"id": mid, "conversation_id": conv, "lang": lang, "text": text}
        if age is not None:
            row["timestamp"] = _at(age)
        lines.append(json.dumps(row))
    jl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cs = tmp / "chats.csv"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "conversation_id", "lang", "timestamp", "text"])
    for conv, mid, lang, age, text, _ in CSV:
        w.writerow([mid, conv, lang, _at(age), text])
    cs.write_text(buf.getvalue(), encoding="utf-8")
    return jl, cs


@pytest.fixture
def seeded(db_url, tmp_path):
    """A store made through the CLI: import, holds, one retention run, subject events."""
    policy = tmp_path / "report-test.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    jl, cs = _write_sources(tmp_path)
    assert _invoke("db", "upgrade", "--db", db_url).exit_code == 0
    for src in (jl, cs):
        r = _invoke("import", str(src), "--db", db_url, "--json")
        assert r.exit_code == 0, r.output
    r = _invoke("hold", "add", "conversation", "k1", "--reason", "case 2026-17", "--db", db_url,
                "--operator", "legal")  # fmt: skip
    assert r.exit_code == 0, r.output
    r = _invoke("hold", "add", "customer", CUSTOMER, "--future", "--reason", "case 2026-18",
                "--db", db_url, "--operator", "legal")  # fmt: skip
    assert r.exit_code == 0, r.output
    r = _invoke("retention", "apply", "--db", db_url, "--policy", str(policy),
                "--as-of", APPLIED_AS_OF.isoformat(), "--operator", "cron")  # fmt: skip
    assert r.exit_code == 0, r.output
    store = open_store(db_url)
    with store.engine.begin() as conn:
        for ev in SUBJECT_EVENTS:
            audit.append(conn, ev)
    yield store, policy
    store.close()


def test_import_found_what_the_fixture_says(seeded):
    store, _ = seeded
    with store.engine.connect() as conn:
        found = sorted(conn.execute(t.findings.select().with_only_columns(
            t.findings.c.entity_type)).scalars())  # fmt: skip
    assert found == sorted(et for *_, types in JSONL + CSV for et in types)


def test_report_counts_equal_what_was_stored(seeded):
    store, policy_file = seeded
    policy = load_policy(policy_file)
    rep = build_report(store, policy, AS_OF)
    for dim, expected in EXPECTED.items():
        got = {i["key"]: (i["present"], i["expired"]) for i in rep.findings[dim]}
        if dim == "age":  # every bucket is listed, empty ones too
            assert [i["key"] for i in rep.findings[dim]] == list(expected)
        assert got == expected, dim
    assert rep.totals == {"conversations": 6, "messages": 8, "findings": 9,
                          "findings_present": 7, "channels": 2}  # fmt: skip
    # overdue is exactly what retention would do now
    plan = retention.plan(store, policy, AS_OF).to_json()
    assert rep.overdue["total"] == plan["total"] == 1  # m3's IBAN (45 days > 30)
    assert rep.overdue["total_held_back"] == plan["total_held_back"] == 1  # r1 in held k1
    assert rep.overdue["by_channel"] == plan["actions"]
    assert rep.overdue["held_back_by_channel"] == plan["held_back"]
    assert [(o["rule"], o["action"], o["count"]) for o in rep.overdue["by_rule"]] == [
        ("entities.IBAN_CODE", "redact_spans", 1)
    ]
    [run] = rep.retention_runs
    assert run["status"] == "done" and run["as_of"] == APPLIED_AS_OF.isoformat()
    assert [(h["kind"], h["value"], h["reason"], h["operator"]) for h in rep.legal_holds] == [
        ("conversation", "k1", "case 2026-17", "legal"),
        ("customer", None, "case 2026-18", "legal"),
    ]
    s = rep.subject_requests
    assert s["total"] == 4
    assert {k["kind"]: k["count"] for k in s["by_kind"]} == {"erase": 1, "export": 1, "find": 2}
    erase = next(k for k in s["by_kind"] if k["kind"] == "erase")
    assert erase["sums"]["deleted_messages"] == 4 and erase["sums"]["held_back"] == 1
    assert [e["request"] for e in s["latest"]] == [
        "DSR-2026-003", "DSR-2026-002", "DSR-2026-001", "DSR-2026-001"]  # fmt: skip
    assert s["latest"][0]["channel_scope"] == "whatsapp_txt"
    # hold.add x2, retention.apply per rule (IBAN, e-mail), retention.run, 4 subject events
    assert rep.audit_chain["status"] == "OK" and rep.audit_chain["events"] == 9
    assert rep.as_of == AS_OF.isoformat() and rep.policy["name"] == "report-test"


def test_cli_json_and_csv_agree_and_html_is_self_contained(seeded, tmp_path):
    store, policy_file = seeded
    url = store.engine.url.render_as_string(hide_password=False)
    html, csv_path = tmp_path / "out" / "report.html", tmp_path / "out" / "report.csv"
    r = CliRunner().invoke(cli, ["audit", "--db", url, "--as-of", "2026-06-01", "--policy",
                                 str(policy_file), "--html", str(html), "--json", "-",
                                 "--csv", str(csv_path)])  # fmt: skip
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["section", "dimension", "key", "value"]
    cells = {(x["section"], x["dimension"], x["key"]): x["value"] for x in rows}
    for dim, items in doc["findings"].items():
        for it in items:
            for state in ("present", "expired"):
                assert cells[("findings", f"{dim}.{state}", it["key"])] == str(it[state])
    n_findings = sum(1 for x in rows if x["section"] == "findings")
    assert n_findings == 2 * sum(len(v) for v in doc["findings"].values())
    assert cells[("overdue", "total", "overdue")] == str(doc["overdue"]["total"])
    for o in doc["overdue"]["by_rule"]:
        assert cells[("overdue", "by_rule", f"{o['rule']}/{o['action']}")] == str(o["count"])
    for k in doc["subject_requests"]["by_kind"]:
        assert cells[("subject_requests", "by_kind", k["kind"])] == str(k["count"])
    assert cells[("audit_chain", "status", "status")] == doc["audit_chain"]["status"] == "OK"
    assert cells[("totals", "store", "findings")] == str(doc["totals"]["findings"]) == "9"
    assert "password" not in doc["database"] and doc["as_of"].startswith("2026-06-01")

    page = html.read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "@import" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"<(?:link|img|iframe|object|embed)\b", page, re.I)
    assert re.findall(r"url\(\s*([^)]*)\)", page) and all(
        u.strip("'\" ").startswith("#") for u in re.findall(r"url\(\s*([^)]*)\)", page)
    )
    assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', page))
    assert page.count("<svg") == 6  # four dimensions, the overdue chart and subject requests
    assert "Audit chain OK" in page and "DSR-2026-002" in page and "case 2026-17" in page
    for secret in (CUSTOMER, "NL91ABNA0417164300", "alex.sample@example.org", "kunde42"):
        assert secret not in page and secret not in r.stdout
        assert secret not in csv_path.read_text(encoding="utf-8")


def test_report_is_deterministic_for_the_same_moment(seeded):
    store, policy_file = seeded
    policy = load_policy(policy_file)
    when = datetime(2026, 6, 2, tzinfo=timezone.utc)
    a = build_report(store, policy, AS_OF, generated_at=when)
    b = build_report(store, policy, AS_OF, generated_at=when)
    assert render_html(a) == render_html(b) and render_csv(a) == render_csv(b)


def test_broken_chain_is_reported_and_exits_1(seeded, tmp_path):
    store, policy_file = seeded
    with store.engine.begin() as conn:
        conn.execute(update(t.audit_log).where(t.audit_log.c.seq == 2).values(
            event='{"event":"hold.add","kind":"conversation"}'))  # fmt: skip
    url = store.engine.url.render_as_string(hide_password=False)
    html = tmp_path / "broken.html"
    r = CliRunner().invoke(cli, ["audit", "--db", url, "--as-of", "2026-06-01", "--policy",
                                 str(policy_file), "--html", str(html), "--json", "-"])  # fmt: skip
    assert r.exit_code == 1, r.output
    doc = json.loads(r.stdout)
    assert doc["audit_chain"]["status"] == "BROKEN"
    assert "event 2 was changed" in doc["audit_chain"]["error"]
    page = html.read_text(encoding="utf-8")
    assert "AUDIT CHAIN BROKEN" in page and "event 2 was changed" in page
    assert "audit chain BROKEN" in r.stderr
    # the rest of the report is still there
    assert doc["totals"]["findings"] == 9 and doc["subject_requests"]["total"] == 4


def test_bad_input_exits_2(seeded, tmp_path):
    store, _ = seeded
    url = store.engine.url.render_as_string(hide_password=False)
    r = CliRunner().invoke(cli, ["audit", "--db", url, "--as-of", "yesterday",
                                 "--html", str(tmp_path / "x.html")])  # fmt: skip
    assert r.exit_code == 2 and "--as-of" in r.output
    r = CliRunner().invoke(cli, ["audit", "--db", url, "--policy", str(tmp_path / "nope.yaml"),
                                 "--html", str(tmp_path / "x.html")])  # fmt: skip
    assert r.exit_code == 2
    missing = tmp_path / "missing.sqlite"
    r = CliRunner().invoke(cli, ["audit", "--db", str(missing), "--html", str(tmp_path / "x.html")])
    assert r.exit_code == 2 and "no database at" in r.stderr
    assert not missing.exists() and not (tmp_path / "x.html").exists()


def test_accuracy_record_is_packaged_and_shown_with_its_date(seeded):
    store, policy_file = seeded
    rep = build_report(store, load_policy(policy_file), AS_OF)
    corpora = rep.accuracy["corpora"]
    assert set(corpora) >= {"in-sample", "holdout"}, rep.accuracy["note"]
    for rec in corpora.values():
        datetime.fromisoformat(rec["measured_at"])
        assert 0 < rec["overall"]["precision"] <= 1 and 0 < rec["overall"]["recall"] <= 1
        assert rec["per_type"] and rec["git_commit"] or rec["privacyguard_version"]
    page = render_html(rep)
    assert f"measured {corpora['holdout']['measured_at']}" in page


def test_missing_accuracy_record_says_so(seeded, monkeypatch, tmp_path):
    from privacyguard.record import report as report_pkg

    store, policy_file = seeded
    missing = tmp_path / "none.json"
    monkeypatch.setattr(
        report_pkg, "load_accuracy", lambda: report_pkg.accuracy.load_accuracy(missing)
    )
    rep = build_report(store, load_policy(policy_file), AS_OF)
    assert rep.accuracy["corpora"] == {}
    assert "No measurement exists" in render_html(rep)


def test_blind_figures_are_shown_first_next_to_the_tuned_ones(seeded, monkeypatch, tmp_path):
    """An auditor sees which figures were measured blind (data written before the rules) and
    which were tuned, with how each was scored, the leak and the failure classes."""
    import json

    from privacyguard.record import report as report_pkg

    store, policy_file = seeded
    figs = {"precision": 0.9, "recall": 0.8, "f1": 0.85, "support": 10}
    record = {"format": 1, "corpora": {
        "in-sample": {"measured_at": "2026-12-01T00:00:00+00:00", "settings": {"iou_min": 0.5},
                      "overall": figs, "per_type": {"IBAN_CODE": figs}},
        "conversations-dev-tuned": {
            "measured_at": "2026-12-02T00:00:00+00:00", "settings": {"rules_digest": "x"},
            "overall": {**figs, "recall": 0.99, "leak": 0.002}, "per_type": {"PASSPORT": figs},
            "per_class": {"split": {**figs, "recall": 0.97, "leak": 0.01}},
            "hard_negatives": {"travel_date": {"hit": 1, "total": 40}}},
        "conversations-sealed-blind": {
            "measured_at": "2026-12-03T00:00:00+00:00", "settings": {"rules_digest": "x"},
            "overall": {**figs, "recall": 0.71, "leak": 0.123}, "per_type": {"PASSPORT": figs},
            "per_class": {"split": {**figs, "recall": 0.61, "leak": 0.2}}},
    }}  # fmt: skip
    path = tmp_path / "accuracy.json"
    path.write_text(json.dumps(record))
    load = report_pkg.accuracy.load_accuracy
    monkeypatch.setattr(report_pkg, "load_accuracy", lambda: load(path))
    rep = build_report(store, load_policy(policy_file), AS_OF)
    corpora = rep.accuracy["corpora"]
    assert list(corpora)[0] == "conversations-sealed-blind"  # blind first
    assert [c["blind"] for c in corpora.values()] == [True, False, False]
    assert corpora["conversations-sealed-blind"]["overall"]["leak"] == 0.123
    page = render_html(rep)
    summary = page[page.index('id="accuracy"'):]
    assert summary.index("conversations-sealed-blind") < summary.index("conversations-dev-tuned")
    assert "IoU &gt;= 0.5" in page or "IoU >= 0.5" in page
    assert "non-space characters" in page and "travel_date 1/40" in page
    assert "<td>split</td>" in page and "0.123" in page  # the blind leak


def test_the_latest_blind_figure_comes_first() -> None:
    """Several sealed sets, each run once blind with the rules of its day: the latest run
    describes the rules as they are, so it leads."""
    import json
    import tempfile
    from pathlib import Path

    from privacyguard.record.report.accuracy import load_accuracy

    figs = {"precision": 0.9, "recall": 0.8, "f1": 0.85, "support": 10}
    runs = {
        "conversations-sealed-blind": "2026-12-04",
        "conversations-sealed3-blind": "2026-12-06",
        "conversations-dev-tuned": "2026-12-07",
        "conversations-sealed2-blind": "2026-12-05",
    }
    corpora = {n: {"measured_at": f"{d}T00:00:00+00:00", "overall": figs} for n, d in runs.items()}
    record = {"format": 1, "corpora": corpora}
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "accuracy.json"
        path.write_text(json.dumps(record))
        names = list(load_accuracy(path)["corpora"])
    assert names == [
        "conversations-sealed3-blind",
        "conversations-sealed2-blind",
        "conversations-sealed-blind",
        "conversations-dev-tuned",
    ]

"""A retention run killed midway (SIGKILL) stays ``running`` only until the next run, which
marks it ``interrupted``, says so in the audit log, and the audit report shows it; on SQLite
and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from privacyguard.act import retention
from privacyguard.config.policy import load_policy
from privacyguard.record import audit
from privacyguard.store import report_queries as gather
from privacyguard.store import tables as t

from .store_support import NOW, seed
from .test_retention_crash import _child


def _runs(store) -> dict[int, str]:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return dict(conn.execute(select(t.retention_runs.c.id, t.retention_runs.c.status)).all())


def test_a_killed_run_is_marked_interrupted_by_the_next_run(store, policy_file, tmp_path):
    seed(store, 12)
    url = store.engine.url.render_as_string(hide_password=False)
    killed = None
    for kill_at in range(2, 12):  # the first commit after the run's row is written
        r = _child(tmp_path, url, policy_file, kill_at)
        assert r.returncode in (-9, 0), r.stderr
        if r.returncode == -9 and "running" in _runs(store).values():
            killed = next(i for i, s in _runs(store).items() if s == "running")
            break
    assert killed is not None, "no kill left a run row behind"
    retention.expire(store, load_policy(policy_file), NOW, operator="cron", batch_size=3)
    runs = _runs(store)
    assert runs[killed] == "interrupted"
    assert list(runs.values()).count("done") == 1 and "running" not in runs.values()
    with store.engine.connect() as conn:
        [event] = [e for _, e in audit.events(conn) if e["event"] == "retention.interrupted"]
        shown = {r["id"]: r["status"] for r in gather.retention_runs(conn)}
    assert event["runs"] == [killed] and event["operator"] == "cron"
    assert shown[killed] == "interrupted"
    # a later run finds nothing left to mark
    retention.expire(store, load_policy(policy_file), NOW, operator="cron")
    with store.engine.connect() as conn:
        marks = [e for _, e in audit.events(conn) if e["event"] == "retention.interrupted"]
    assert len(marks) == 1

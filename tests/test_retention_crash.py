"""A retention run killed with SIGKILL at random points, then run again, ends where an
uninterrupted run ends; two runs at once cannot both work."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap

from click.testing import CliRunner

from privacyguard.act import retention
from privacyguard.cli import cli
from privacyguard.config.policy import load_policy
from privacyguard.record import verify
from privacyguard.store import open_store

from .store_support import NOW, dump, seed

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import datetime, timezone
    from sqlalchemy import event
    from privacyguard.act.retention import expire
    from privacyguard.config.policy import load_policy
    from privacyguard.store import open_store

    url, policy, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = open_store(url)
    commits = [0]

    @event.listens_for(store.engine, "commit")
    def _maybe_die(conn):  # before the COMMIT reaches the database: mid-transaction
        commits[0] += 1
        if commits[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    now = datetime(2026, 6, 1, tzinfo=timezone.utc)
    expire(store, load_policy(policy), now, operator="crash", recorded_at=now, batch_size=3)
    print("finished", commits[0])
    """
)


def _child(tmp_path, url, policy, kill_at):
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(script), url, str(policy), str(kill_at)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_killed_runs_then_rerun_equal_an_uninterrupted_run(store, policy_file, tmp_path):
    policy = load_policy(policy_file)
    with open_store(f"sqlite:///{tmp_path / 'reference.db'}") as ref:
        seed(ref)
        retention.expire(ref, policy, NOW, operator="ref", batch_size=3)
        expected = dump(ref)
    seed(store)
    url = store.engine.url.render_as_string(hide_password=False)
    done = _child(tmp_path, url, policy_file, 0)  # how many commits a whole run makes
    assert done.returncode == 0, done.stderr
    total = int(done.stdout.split()[-1])
    # start again from the seed, this time killing runs at random commits
    store.engine.dispose()
    for table in ("findings", "messages", "conversations", "audit_log", "audit_head",
                  "retention_runs"):  # fmt: skip
        with store.engine.begin() as conn:
            conn.exec_driver_sql(f"DELETE FROM {table}")
    seed(store)
    rng = random.Random(20261202)
    killed = 0
    for _ in range(4):  # each killed run gets part of the way; a rerun has less to do
        k = rng.randint(1, max(2, total // 3))
        r = _child(tmp_path, url, policy_file, k)
        assert r.returncode in (-9, 0), (k, r.stdout, r.stderr)
        killed += r.returncode == -9
        with store.engine.connect() as conn:
            verify(conn)  # consistent after every kill
    assert killed >= 2
    final = _child(tmp_path, url, policy_file, 0)
    assert final.returncode == 0, final.stderr
    # row ids differ between the two databases only if sequences were consumed; compare
    # the content that matters
    assert _content(dump(store)) == _content(expected)
    with store.engine.connect() as conn:
        assert verify(conn).count >= 2
    assert retention.plan(store, policy, NOW).actions == []


def _content(d):
    convs = {r[0]: r[1:] for r in d["conversations"]}
    msgs = sorted((convs[r[1]], r[2:]) for r in d["messages"])
    mext = {r[0]: (convs[r[1]], r[2]) for r in d["messages"]}
    finds = sorted((mext[r[1]], r[2:]) for r in d["findings"])
    return sorted(convs.values()), msgs, finds


def test_when_another_run_holds_the_lock_then_exit_3(store, policy_file):
    seed(store)
    url = store.engine.url.render_as_string(hide_password=False)
    before = dump(store)
    with store.run_lock():
        r = CliRunner().invoke(cli, ["retention", "apply", "--db", url, "--policy",
                                     str(policy_file), "--as-of", NOW.isoformat()])  # fmt: skip
        assert r.exit_code == 3, r.output
        assert "another retention run" in r.output
    assert dump(store) == before
    r = CliRunner().invoke(cli, ["retention", "apply", "--db", url, "--policy",
                                 str(policy_file), "--as-of", NOW.isoformat()])  # fmt: skip
    assert r.exit_code == 0, r.output

"""Crypto-shredding, on SQLite and PostgreSQL: values encrypted under a data subject's key
re-identify until `subject erase` destroys that key; then no copy does, exports made before
included, while other subjects' values still re-identify. Master key rotation re-wraps the
live keys (the old master key opens nothing, destroyed keys stay destroyed). An erasure that
fails destroys nothing. Synthetic people and checksum-valid IBANs only (tests/subject_data.py)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from privacyguard.act.crypto import ReidentifyError, reidentify_text
from privacyguard.act.run import redact_items, start_run
from privacyguard.cli import cli
from privacyguard.config.policy import load_policy
from privacyguard.keys import KeyProblem, key_from_text
from privacyguard.record import audit
from privacyguard.store import open_store
from privacyguard.store import tables as t
from privacyguard.store.subject_keys import KeyDestroyed, SubjectKeys

from .store_support import NOW
from .subject_data import ANNA_IBAN, IVAN_ALL, IVAN_IBAN

MASTER = "tests-only-master-key-0123456789abcdefGHIJ"
NEW_MASTER = "tests-only-new-master-key-9876543210zyxwvuKL"
TOKEN = re.compile(r"<IBAN_CODE:enc\.v1:([0-9a-f]{32}):[A-Za-z0-9_-]+>")
ROWS = [
    {"id": "x1", "conversation_id": "ivan-2", "text": f"Terugbetaling naar {IVAN_IBAN}"},
    {"id": "x2", "conversation_id": "anna-1", "text": f"Terugbetaling naar {ANNA_IBAN}"},
]


def _invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args))


def _export(store_url: str, tmp_path: Path) -> Path:
    """What a redaction with subject keys hands out: the two rows, IBANs encrypted."""
    run = start_run(load_policy("bank-customer-service"), key=MASTER)
    with open_store(store_url) as s:
        assert run.redactor.keyring is not None
        run.redactor.extra["subject_keys"] = SubjectKeys(s, run.redactor.keyring)
        out = redact_items(run, ROWS)
    path = tmp_path / "handed-out.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    return path


def _lines(path: Path) -> list[str]:
    return [json.loads(x)["text"] for x in path.read_text(encoding="utf-8").splitlines()]


def _reidentify(store_url: str, text: str, master: str = MASTER,
                shredded: Counter[str] | None = None) -> str:  # fmt: skip
    keyring = key_from_text(master, check=False)
    with open_store(store_url) as s:
        return reidentify_text(text, keyring, subject_keys=SubjectKeys(s, keyring),
                               shredded=shredded)  # fmt: skip


def _key_rows(store_url: str) -> dict[str, tuple[bytes | None, object]]:
    with open_store(store_url) as s, s.engine.connect() as conn:
        k = t.subject_keys.c
        rows = conn.execute(select(k.key_id, k.wrapped, k.destroyed_at)).all()
    return {r.key_id: (r.wrapped, r.destroyed_at) for r in rows}


def _erase(store_url: str):  # type: ignore[no-untyped-def]
    return _invoke("subject", "erase", "--db", store_url, *IVAN_ALL, "--yes", "--request", "DSR-7")


def test_each_subject_gets_a_key_and_reidentify_restores_the_values(store_url, tmp_path):
    export = _export(store_url, tmp_path)
    ivan, anna = _lines(export)
    (ivan_key,), (anna_key,) = TOKEN.findall(ivan), TOKEN.findall(anna)
    assert ivan_key != anna_key and IVAN_IBAN not in ivan and ANNA_IBAN not in anna
    assert _reidentify(store_url, ivan) == ROWS[0]["text"]
    assert _reidentify(store_url, anna) == ROWS[1]["text"]
    rows = _key_rows(store_url)
    assert set(rows) == {ivan_key, anna_key} and all(d is None for _, d in rows.values())
    with open_store(store_url) as s, s.engine.connect() as conn:
        subjects = " ".join(conn.execute(select(t.subject_keys.c.subject)).scalars())
    assert "Ivan" not in subjects and "Anna" not in subjects  # keyed digests only
    with pytest.raises(ReidentifyError, match="subject key"):  # tokens need the store
        reidentify_text(ivan, key_from_text(MASTER, check=False))


def test_after_erasure_the_subjects_copies_are_unrecoverable_and_others_are_not(
    store_url, tmp_path
):
    export = _export(store_url, tmp_path)  # handed out before the erasure
    ivan, anna = _lines(export)
    (ivan_key,) = TOKEN.findall(ivan)
    r = _erase(store_url)
    assert r.exit_code == 0, r.output
    receipt = json.loads(r.stdout[r.stdout.index("{") : r.stdout.rindex("}") + 1])
    destroyed = receipt["done"]["subject_keys_destroyed"]
    assert [d["key_id"] for d in destroyed] == [ivan_key]
    assert destroyed[0]["destroyed_at"].startswith(receipt["at"][:10])
    with open_store(store_url) as s, s.engine.connect() as conn:
        [event] = [e for _, e in audit.events(conn) if e["event"] == "subject.erase"]
    assert event["subject_keys_destroyed"] == destroyed
    assert IVAN_IBAN not in json.dumps(event)
    wrapped, destroyed_at = _key_rows(store_url)[ivan_key]
    assert wrapped is None and destroyed_at is not None  # the row stays as the proof
    with pytest.raises(KeyDestroyed, match=ivan_key):
        _reidentify(store_url, ivan)
    shredded: Counter[str] = Counter()
    assert _reidentify(store_url, ivan, shredded=shredded) == ivan  # left as it was
    assert shredded == Counter({"IBAN_CODE": 1})
    assert _reidentify(store_url, anna) == ROWS[1]["text"]  # another subject: still fine


def test_rotation_rewraps_live_keys_and_destroyed_keys_stay_destroyed(store_url, tmp_path):
    export = _export(store_url, tmp_path)
    ivan, anna = _lines(export)
    assert _erase(store_url).exit_code == 0
    before = _key_rows(store_url)
    old_file, new_file = tmp_path / "old.key", tmp_path / "new.key"
    old_file.write_text(MASTER)
    new_file.write_text(NEW_MASTER)
    old_file.chmod(0o600)
    new_file.chmod(0o600)
    r = _invoke("keys", "rotate", "--old-key-file", str(old_file), "--new-key-file",
                str(new_file), "--db", store_url, "--json")  # fmt: skip
    assert r.exit_code == 0, r.output
    done = json.loads(r.stdout)
    assert done["rewrapped"] == 1 and done["destroyed_untouched"] == 1
    after = _key_rows(store_url)
    (anna_key,) = TOKEN.findall(anna)
    assert after[anna_key][0] != before[anna_key][0]  # re-wrapped
    with pytest.raises(KeyProblem, match="does not open with the master key"):
        _reidentify(store_url, anna)  # the old master key opens nothing now
    assert _reidentify(store_url, anna, NEW_MASTER) == ROWS[1]["text"]  # an old export
    with pytest.raises(KeyDestroyed):
        _reidentify(store_url, ivan, NEW_MASTER)
    with open_store(store_url) as s, s.engine.connect() as conn:
        events = [e for _, e in audit.events(conn) if e["event"] == "subject_keys.rotate"]
    assert [e["rewrapped"] for e in events] == [1]
    # a wrong old key: refused before anything is written
    r = _invoke("keys", "rotate", "--old-key-file", str(old_file), "--new-key-file",
                str(new_file), "--db", store_url)  # fmt: skip
    assert r.exit_code != 0 and "does not open" in r.output
    assert _key_rows(store_url) == after


def test_an_erasure_that_fails_destroys_no_key_and_says_so(store_url, tmp_path, monkeypatch):
    """The worst case: the key is destroyed in the erasure's transaction, so a failure after
    the destroy step (here: writing the audit event) rolls back both; the run fails loudly
    and the subject's data and key are both still there."""
    import privacyguard.store.audit as store_audit

    export = _export(store_url, tmp_path)
    ivan, _ = _lines(export)

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full (simulated)")

    append = store_audit.append
    monkeypatch.setattr(store_audit, "append", broken)
    r = _erase(store_url)
    assert r.exit_code != 0 and "RuntimeError at subject/erase.py" in r.output
    monkeypatch.setattr(store_audit, "append", append)
    assert all(d is None and w is not None for w, d in _key_rows(store_url).values())
    assert _reidentify(store_url, ivan) == ROWS[0]["text"]
    assert _erase(store_url).exit_code == 0  # run again: both happen
    with pytest.raises(KeyDestroyed):
        _reidentify(store_url, ivan)


def test_a_conversation_without_a_known_customer_uses_the_master_key(store_url):
    run = start_run(load_policy("bank-customer-service"), key=MASTER)
    with open_store(store_url) as s:
        assert run.redactor.keyring is not None
        run.redactor.extra["subject_keys"] = SubjectKeys(s, run.redactor.keyring)
        row = {"id": "z", "conversation_id": "nobody", "text": ROWS[0]["text"]}
        [out] = redact_items(run, [row])
    assert "<IBAN_CODE:enc.v1:" in out["text"] and not TOKEN.search(out["text"])
    assert reidentify_text(out["text"], key_from_text(MASTER, check=False)) == ROWS[0]["text"]


def test_the_command_line_round_trip(store_url, tmp_path, monkeypatch):
    """redact --subject-keys-db, then subject erase, then reidentify --db: Ivan's values stay
    encrypted (exit 2, the key named), Anna's still come back."""
    monkeypatch.setenv("PRIVACYGUARD_KEY", MASTER)
    for name, row in (("ivan", ROWS[0]), ("anna", ROWS[1])):
        (tmp_path / f"{name}.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
        r = _invoke("redact", str(tmp_path / f"{name}.jsonl"), "-o",
                    str(tmp_path / f"{name}-out.jsonl"), "--policy", "bank-customer-service",
                    "--subject-keys-db", store_url, "-q")  # fmt: skip
        assert r.exit_code == 0, r.output
        assert TOKEN.search((tmp_path / f"{name}-out.jsonl").read_text(encoding="utf-8"))
    assert _erase(store_url).exit_code == 0
    r = _invoke("reidentify", str(tmp_path / "ivan-out.jsonl"), "-o",
                str(tmp_path / "ivan-back.jsonl"), "--db", store_url)  # fmt: skip
    assert r.exit_code == 2 and "was destroyed" in r.output
    assert not (tmp_path / "ivan-back.jsonl").exists()
    r = _invoke("reidentify", str(tmp_path / "anna-out.jsonl"), "-o",
                str(tmp_path / "anna-back.jsonl"), "--db", store_url)  # fmt: skip
    assert r.exit_code == 0, r.output
    assert _lines(tmp_path / "anna-back.jsonl") == [ROWS[1]["text"]]


def test_the_audit_report_shows_the_shredded_keys(store_url, tmp_path):
    from privacyguard.record.report import build_report, render_html

    _export(store_url, tmp_path)
    with open_store(store_url) as s:
        before = build_report(s, load_policy(), NOW).subject_keys
    assert before == {"live": 2, "destroyed": 0, "first_destroyed": None,
                      "last_destroyed": None}  # fmt: skip
    assert _erase(store_url).exit_code == 0
    with open_store(store_url) as s:
        report = build_report(s, load_policy(), NOW)
    keys = report.subject_keys
    assert keys["live"] == 1 and keys["destroyed"] == 1
    assert keys["first_destroyed"] == keys["last_destroyed"] is not None
    html = render_html(report)
    assert "Subject keys destroyed (crypto-shredding)" in html
    assert keys["last_destroyed"] in html


def test_a_legal_hold_on_the_subjects_conversation_keeps_their_key(store_url, tmp_path):
    export = _export(store_url, tmp_path)
    ivan, _ = _lines(export)
    r = _invoke("hold", "add", "conversation", "ivan-2", "--reason", "case 2026-9",
                "--db", store_url)  # fmt: skip
    assert r.exit_code == 0, r.output
    r = _erase(store_url)
    assert r.exit_code == 1 and "partly erased" in r.output  # the hold kept something
    receipt = json.loads(r.stdout[r.stdout.index("{") : r.stdout.rindex("}") + 1])
    assert receipt["done"]["subject_keys_destroyed"] == []
    assert receipt["done"]["subject_keys_kept_for_holds"] == 1
    assert receipt["held_back"]["conversations"] >= 1
    assert _reidentify(store_url, ivan) == ROWS[0]["text"]  # held: still recoverable


def test_redacting_with_another_master_key_fails_closed(store_url, tmp_path):
    _export(store_url, tmp_path)  # the subject keys are wrapped under MASTER
    run = start_run(load_policy("bank-customer-service"), key=NEW_MASTER)
    with open_store(store_url) as s:
        assert run.redactor.keyring is not None
        run.redactor.extra["subject_keys"] = SubjectKeys(s, run.redactor.keyring)
        out = redact_items(run, ROWS)
    assert [r["text"] for r in out] == ["<REDACTED>", "<REDACTED>"]  # the policy's on_error
    assert run.report.failed

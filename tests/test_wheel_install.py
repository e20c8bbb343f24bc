"""The wheel works outside the checkout: built from the source, installed into a fresh virtual
environment in a temporary folder, and run from another folder, it finds its shipped rules,
policies and policy-watch topics and scans, redacts, imports, plans retention and diffs
policies on small synthetic input.

Offline: the wheel is built with this environment's setuptools (no build isolation) from a
copy of the source (the checkout gets no build/ or egg-info), and the fresh environment
reaches its dependencies through a .pth file naming this environment's site-packages (only
privacyguard itself is installed into it, from the wheel).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
SOURCES = ("setup.py", "pyproject.toml", "README.md", "rules", "policies", "privacyguard")
EMAIL = "jane.roe@example.com"
PHONE = "+44 20 7946 0958"  # Ofcom's range for drama: no real line
CHATS = [
    {"id": "m1", "conversation_id": "c1", "timestamp": "2020-01-02T10:00:00Z",
     "text": f"Hello, my e-mail is {EMAIL} and my phone is {PHONE}."},
    {"id": "m2", "conversation_id": "c1", "timestamp": "2020-01-02T10:01:00Z",
     "text": "Thanks, we will call you back."},
]  # fmt: skip
POLICY_V1 = """# Privacy policy

## What we collect

We collect your e-mail address to answer your questions.

## How long we keep it

We keep chat messages for 30 days.
"""
POLICY_V2 = POLICY_V1.replace("30 days", "2 years") + (
    "\n## Sharing\n\nWe share your data with advertising partners.\n"
)


@dataclass
class Installed:
    wheel: Path
    build_log: str
    venv: Path
    site: Path  # the fresh environment's site-packages
    work: Path  # the folder commands run in, outside the checkout
    env: dict[str, str]

    def run(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        exe = self.venv / "bin" / "privacyguard"
        result = subprocess.run(
            [str(exe), *args], cwd=self.work, env=self.env, capture_output=True, text=True,
            timeout=300,
        )  # fmt: skip
        if ok:
            assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stderr}"
        return result


def _copy_sources(dest: Path) -> None:
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=junk)
        else:
            shutil.copy2(src, dest / name)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    assert not base.resolve().is_relative_to(REPO)
    src, dist, venv, work = base / "src", base / "dist", base / "venv", base / "work"
    src.mkdir()
    work.mkdir()
    _copy_sources(src)
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(dist), str(src)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (wheel,) = dist.glob("privacyguard-*.whl")

    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    )  # fmt: skip
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_privacyguard_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps",
         "--no-index", str(wheel)],
        check=True, capture_output=True, text=True, timeout=600,
    )  # fmt: skip

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PRIVACYGUARD_"))}
    env |= {
        "PRIVACYGUARD_CACHE_DIR": str(base / "cache"),
        "PRIVACYGUARD_AUDIT_KEY": "tests-only-audit-key-0123456789abcdef",
    }
    with (work / "chats.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(m) + "\n" for m in CHATS)
    return Installed(wheel, build.stdout + build.stderr, venv, site, work, env)


def test_wheel_ships_rules_policies_topics_and_an_spdx_license(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as whl:
        names = set(whl.namelist())
        meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = whl.read(meta).decode()
    shipped = {
        "privacyguard/data/rules/settings.yaml",
        "privacyguard/data/rules/identifiers.yaml",
        "privacyguard/data/rules/conversation/conversation.yaml",
        "privacyguard/data/rules/policydiff/topics.yaml",
        "privacyguard/data/policies/gdpr-default.yaml",
        "privacyguard/data/policies/airline-customer-service.yaml",
        "privacyguard/record/report/templates/report.html.j2",
        "privacyguard/subject/templates/export.html.j2",
        "privacyguard/store/migrations/script.py.mako",
    }
    assert shipped <= names, sorted(shipped - names)
    assert len([n for n in names if n.startswith("privacyguard/data/rules/")]) == len(
        list((REPO / "rules").rglob("*.yaml"))
    )
    assert not [n for n in names if n.startswith(("rules/", "policies/", "tests/"))]
    assert "License-Expression: Apache-2.0" in metadata
    warned = [
        line for line in installed.build_log.splitlines()
        if "deprecat" in line.lower() and "license" in line.lower()
    ]  # fmt: skip
    assert not warned, warned


def test_installed_package_is_used_not_the_checkout(installed: Installed) -> None:
    probe = (
        "import json, privacyguard, privacyguard.resources as r; "
        "print(json.dumps([privacyguard.__file__, str(r.shipped_rules_dir()), "
        "str(r.shipped_policies_dir()), str(r.shipped_topics_file())]))"
    )
    out = subprocess.run(
        [str(installed.venv / "bin" / "python"), "-c", probe], cwd=installed.work,
        env=installed.env, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    for path in json.loads(out):
        assert Path(path).is_relative_to(installed.site), path
    listing = installed.run("rules", "list").stdout.splitlines()
    assert len(listing) >= 20
    for line in listing:  # every recognizer comes from the installed rules
        assert str(installed.site / "privacyguard" / "data" / "rules") in line, line


def test_scan_finds_the_synthetic_identifiers(installed: Installed) -> None:
    out = installed.run("scan", "chats.jsonl", "--jsonl", "--no-progress").stdout
    findings = [json.loads(line) for line in out.splitlines() if line.strip()]
    text = CHATS[0]["text"]
    found = {(f["message_id"], f["entity_type"], text[f["start"] : f["end"]]) for f in findings}
    assert ("m1", "EMAIL_ADDRESS", EMAIL) in found
    assert ("m1", "PHONE_NUMBER", PHONE) in found
    assert not [f for f in findings if f["message_id"] == "m2"]


def test_redact_replaces_them_with_the_shipped_default_policy(installed: Installed) -> None:
    result = installed.run("redact", "chats.jsonl", "-o", "redacted.jsonl")
    assert "gdpr-default" in result.stderr + result.stdout
    lines = (installed.work / "redacted.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["id"] for r in rows] == ["m1", "m2"]
    assert rows[0]["text"] == "Hello, my e-mail is <EMAIL_ADDRESS> and my phone is <PHONE_NUMBER>."
    assert rows[1]["text"] == CHATS[1]["text"]


def test_import_then_retention_plan(installed: Installed) -> None:
    imported = installed.run("import", "chats.jsonl", "--db", "store.sqlite", "--json")
    counts = json.loads(imported.stdout)
    assert counts["conversations"] == 1
    assert counts["messages"] == 2
    assert counts["findings"] == 2
    plan = json.loads(
        installed.run(
            "retention", "plan", "--db", "store.sqlite", "--as-of", "2030-01-01", "--json"
        ).stdout
    )
    assert Path(plan["policy"]).is_relative_to(installed.site)
    assert plan["total"] >= 1
    assert {a["action"] for a in plan["actions"]} & {"delete_conversation", "delete_message"}


def test_policy_watch_diff_with_the_shipped_topics(installed: Installed) -> None:
    (installed.work / "v1.md").write_text(POLICY_V1, encoding="utf-8")
    (installed.work / "v2.md").write_text(POLICY_V2, encoding="utf-8")
    for version, date in (("v1.md", "2024-01-01"), ("v2.md", "2024-06-01")):
        installed.run("policy-watch", "add", "example", version, "--date", date, "--db", "pw.db")
    diff = json.loads(
        installed.run("policy-watch", "diff", "example", "--db", "pw.db", "--json").stdout
    )
    assert diff["status"] == "substantive"
    assert {"retention", "data_sharing"} <= set(diff["topics"])
    changed = [c for c in diff["changes"] if c["kind"] == "modified"]
    assert any("2 years" in c["new"] and "30 days" in c["old"] for c in changed)

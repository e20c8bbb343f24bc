"""The Dockerfile at the repository root (the image the docs deploy).

Always: what it copies exists and the build context (.dockerignore) lets it through, and the
runtime image runs privacyguard as a numeric non-root user. Where docker or podman can build:
the image is built and smoke-tested (version, the user, the shipped rules and policy, a scan
of a mounted synthetic file); elsewhere that test is skipped with the reason.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCKERFILE = REPO / "Dockerfile"
EMAIL = "jane.roe@example.com"


def _instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    lines = [line.strip() for line in text.splitlines()]
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "")
        for line in lines if line and not line.startswith("#")
    ]  # fmt: skip


def _runtime_stage() -> list[tuple[str, str]]:
    steps = _instructions()
    last_from = max(i for i, (op, _) in enumerate(steps) if op == "FROM")
    return steps[last_from:]


def test_what_the_dockerfile_copies_exists_and_is_in_the_build_context() -> None:
    allowed = {
        line[1:].strip().rstrip("/")
        for line in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.startswith("!")
    }
    copied = []
    for op, args in _instructions():
        if op == "COPY" and not args.startswith("--from"):
            copied += args.split()[:-1]
    assert copied
    for source in copied:
        assert (REPO / source).exists(), source
        assert source.rstrip("/") in allowed, f"{source} is excluded by .dockerignore"
    # everything the wheel is built from (as tests/test_wheel_install.py builds it)
    assert {"pyproject.toml", "setup.py", "README.md", "rules", "policies", "privacyguard"} <= {
        s.rstrip("/") for s in copied
    }


def test_the_runtime_image_runs_privacyguard_as_a_numeric_non_root_user() -> None:
    runtime = _runtime_stage()
    base = runtime[0][1]
    args = dict(re.findall(r"^ARG\s+(\w+)=(\S+)", DOCKERFILE.read_text(), re.MULTILINE))
    image = re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], base)
    assert image.endswith("-slim"), image
    users = [a for op, a in runtime if op == "USER"]
    assert users and users[-1].isdigit() and int(users[-1]) != 0, users
    entry = [a for op, a in runtime if op == "ENTRYPOINT"]
    assert entry and json.loads(entry[-1]) == ["privacyguard"]
    runs = " ".join(a for op, a in runtime if op == "RUN")
    assert "pip install /dist/*.whl" in runs


def _engine() -> str:
    reasons = []
    for name in ("docker", "podman"):
        exe = shutil.which(name)
        if exe is None:
            reasons.append(f"no {name}")
            continue
        probe = subprocess.run([exe, "info"], capture_output=True, text=True, timeout=60)
        if probe.returncode == 0:
            return exe
        why = (probe.stderr.strip().splitlines() or ["no reason given"])[-1]
        reasons.append(f"{name} is installed but cannot build ({why})")
    pytest.skip("no usable container engine: " + "; ".join(reasons))


@pytest.mark.slow
def test_the_image_builds_and_runs(tmp_path: Path) -> None:
    engine = _engine()
    base = re.search(r"^ARG PYTHON_IMAGE=(\S+)", DOCKERFILE.read_text(), re.MULTILINE)
    assert base is not None
    have = subprocess.run([engine, "image", "inspect", base.group(1)], capture_output=True)
    if have.returncode != 0:
        pulled = subprocess.run([engine, "pull", base.group(1)], capture_output=True, text=True)
        if pulled.returncode != 0:
            pytest.skip(f"the base image {base.group(1)} cannot be pulled here: "
                        f"{pulled.stderr.strip()[-200:]}")  # fmt: skip
    tag = f"privacyguard-test:{uuid.uuid4().hex[:12]}"
    built = subprocess.run([engine, "build", "-t", tag, str(REPO)], capture_output=True,
                           text=True, timeout=3600)  # fmt: skip
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    try:

        def run(*args: str, entrypoint: str | None = None) -> str:
            cmd = [engine, "run", "--rm", "-v", f"{tmp_path}:/in:ro"]
            cmd += ["--entrypoint", entrypoint] if entrypoint else []
            done = subprocess.run([*cmd, tag, *args], capture_output=True, text=True,
                                  timeout=600)  # fmt: skip
            assert done.returncode == 0, f"{args}: {done.stderr[-2000:]}"
            return done.stdout

        assert run("--version").startswith("privacyguard, version")
        assert run("-u", entrypoint="id").strip() not in ("", "0")
        assert run("rules", "check").startswith("ok:")
        assert "gdpr-default" in run("policy", "check", "gdpr-default")
        tmp_path.chmod(0o755)
        chat = tmp_path / "chats.jsonl"
        chat.write_text(json.dumps({"id": "m1", "text": f"Mail me at {EMAIL} please."}) + "\n")
        chat.chmod(0o644)
        findings = [json.loads(line) for line in run("scan", "/in/chats.jsonl", "--jsonl",
                                                     "--no-progress").splitlines()]  # fmt: skip
        assert [(f["entity_type"], f["start"]) for f in findings] == [("EMAIL_ADDRESS", 11)]
    finally:
        subprocess.run([engine, "rmi", "-f", tag], capture_output=True)

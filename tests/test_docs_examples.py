"""Every example in the docs runs, so the docs cannot drift from the code.

Each page under docs/ (and the README) is one session: its examples run in order in a fresh
temporary folder that holds a copy of the checkout's examples/, rules/ and policies/, as if
typed at the checkout's root. What runs:

- a fenced block with a ``title="PATH"`` (any language) is written to PATH first, so the
  files an example needs are shown on the page;
- a ```` ```console ```` block: every ``$ command`` runs in bash, which must exit 0 (a
  command that is meant to fail shows it: ``...; echo "exit $?"``), and what it prints
  (stdout and stderr, as on a terminal) must be the lines shown under it. A line ``...``
  stands for any number of lines, ``...`` inside a line for any text (times, hashes);
  paths into the session folder or the checkout are shown relative to it. ``$ export
  NAME=VALUE`` sets a variable for the rest of the page;
- an untitled ```` ```python ```` block runs as a script and must exit 0.

Other blocks (YAML, cron lines, systemd units, records of measurements) are not run. No
page's environment has any PRIVACYGUARD_ variable it does not set itself, except
PRIVACYGUARD_WORKERS=1 (the output is the same for any number of workers; one is faster
to start on a busy test machine) and PRIVACYGUARD_CACHE_DIR, a detector cache of this run
only (the cache in the home folder keeps rules validated with validators that a page's
Python example registered, and would let a later `rules check` of the same rules pass).

``python tests/test_docs_examples.py docs/PAGE.md`` runs one page and prints what each
command printed, for writing a new example.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
COPIED = ("examples", "rules", "policies")  # what a reader at the checkout's root has
TIMEOUT_S = 600


@dataclass
class Command:
    line: int  # where the command is written in the page (1-based)
    text: str
    expected: list[str] = field(default_factory=list)


@dataclass
class Block:
    line: int
    kind: str  # "file", "console" or "python"
    content: str
    path: str = ""
    commands: list[Command] = field(default_factory=list)


def _title(info: str) -> str:
    m = re.search(r'title="([^"]+)"', info)
    return m.group(1) if m else ""


def _console(content: str, first_line: int) -> list[Command]:
    commands: list[Command] = []
    lines = content.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("$ "):
            start, text = i, line[2:]
            while text.endswith("\\") and i + 1 < len(lines):  # a command on several lines
                i += 1
                text = text + "\n" + lines[i]  # bash reads the backslash-newline
            commands.append(Command(first_line + start, text))
        elif commands:
            commands[-1].expected.append(line)
        elif line.strip():
            raise ValueError(f"line {first_line + i}: output before any '$ ' command")
        i += 1
    for c in commands:
        while c.expected and not c.expected[-1].strip():
            c.expected.pop()
    return commands


def blocks(page: Path) -> list[Block]:
    """The runnable blocks of a Markdown page, in order."""
    out: list[Block] = []
    tokens = MarkdownIt("commonmark").parse(page.read_text(encoding="utf-8"))
    for tok in tokens:
        if tok.type != "fence" or tok.map is None:
            continue
        line = tok.map[0] + 1
        lang = tok.info.split()[0] if tok.info.split() else ""
        title = _title(tok.info)
        if title:
            out.append(Block(line, "file", tok.content, path=title))
        elif lang == "console":
            commands = _console(tok.content, line + 1)
            out.append(Block(line, "console", tok.content, commands=commands))
        elif lang == "python":
            out.append(Block(line, "python", tok.content))
    return out


def _runnable(page: Path) -> bool:
    try:
        return any(b.kind != "file" for b in blocks(page))
    except ValueError:
        return True  # a malformed block: the page's test says where


def pages() -> list[Path]:
    return [p for p in sorted(DOCS.rglob("*.md")) + [REPO / "README.md"] if _runnable(p)]


def _pattern(expected: list[str]) -> re.Pattern[str]:
    parts = []
    for line in expected:
        if line.strip() == "...":
            parts.append(r"(?:[^\n]*\n)*?")
        else:
            parts.append(re.escape(line.rstrip()).replace(r"\.\.\.", r"[^\n]*?") + r"\n")
    return re.compile("".join(parts))


def matches(expected: list[str], actual: str) -> bool:
    text = "".join(line.rstrip() + "\n" for line in actual.rstrip("\n").split("\n") if actual)
    return _pattern(expected).fullmatch(text) is not None


def environment(session: Path, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRIVACYGUARD_")}
    env["PRIVACYGUARD_CACHE_DIR"] = str(cache)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.update(PYTHONUNBUFFERED="1", PRIVACYGUARD_WORKERS="1", COLUMNS="100", NO_COLOR="1")
    env["XDG_STATE_HOME"] = str(session / ".state")  # anchors of PostgreSQL stores
    return env


def _normalise(output: str, session: Path) -> str:
    for root in (session, session.resolve(), REPO):
        output = output.replace(f"{root}/", "").replace(str(root), ".")
    return output


@dataclass
class Ran:
    page: Path
    line: int
    command: str
    exit_code: int
    output: str
    expected: list[str]


def run_page(page: Path, session: Path, cache: Path) -> Iterator[Ran]:
    """Run a page's examples in order in session (an empty folder); yield each command."""
    for name in COPIED:
        shutil.copytree(REPO / name, session / name)
    env = environment(session, cache)
    for block in blocks(page):
        if block.kind == "file":
            target = session / block.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(block.content, encoding="utf-8")
        elif block.kind == "python":
            script = session / f".block-{block.line}.py"
            script.write_text(block.content, encoding="utf-8")
            done = subprocess.run(
                [sys.executable, str(script)], cwd=session, env=env, text=True,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT_S,
            )
            yield Ran(page, block.line, "python block", done.returncode,
                      _normalise(done.stdout, session), [])
        else:
            for cmd in block.commands:
                export = re.fullmatch(r"export (\w+)=(.*)", cmd.text)
                if export:
                    env[export.group(1)] = " ".join(shlex.split(export.group(2), comments=True))
                    yield Ran(page, cmd.line, cmd.text, 0, "", cmd.expected)
                    continue
                done = subprocess.run(
                    ["bash", "-c", cmd.text], cwd=session, env=env, text=True,
                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT_S,
                )
                yield Ran(page, cmd.line, cmd.text, done.returncode,
                          _normalise(done.stdout, session), cmd.expected)


PAGES = pages()


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("detector-cache")


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(REPO)) for p in PAGES])
def test_page_examples_run_as_shown(page: Path, tmp_path: Path, cache: Path) -> None:
    failures = []
    for ran in run_page(page, tmp_path, cache):
        where = f"{page.relative_to(REPO)}:{ran.line}: {ran.command}"
        if ran.exit_code != 0:
            failures.append(f"{where}\n  exit {ran.exit_code}; printed:\n{ran.output}")
        elif ran.command != "python block" and not matches(ran.expected, ran.output):
            shown = "\n".join(ran.expected)
            failures.append(f"{where}\n  the page shows:\n{shown}\n  it printed:\n{ran.output}")
    assert not failures, "\n\n".join(failures)


def _all_commands() -> list[Command]:
    return [c for p in PAGES for b in blocks(p) if b.kind == "console" for c in b.commands]


def test_the_examples_the_issue_names_are_run() -> None:
    """The rules check count, the add-an-identifier example and the tamper demonstration are
    among the examples that run (their pages could otherwise lose them silently)."""
    commands = _all_commands()
    assert any(
        c.text.strip() == "privacyguard rules check"
        and any(re.match(r"ok: \d+ recognizers for \d+ entity types", e) for e in c.expected)
        for c in commands
    )
    identifier = DOCS / "how-to" / "add-an-identifier.md"
    assert identifier in PAGES
    ident_cmds = [c for b in blocks(identifier) if b.kind == "console" for c in b.commands]
    assert any("NHS_NUMBER" in "\n".join(c.expected) for c in ident_cmds)
    assert any(b.kind == "file" and "validators.register" in b.content for b in blocks(identifier))
    assert any(
        "audit-log verify" in c.text and any("was changed after it was written" in e
                                              for e in c.expected)
        and any(e.strip() == "exit 2" for e in c.expected)
        for c in commands
    )


def test_expected_output_matching_can_fail() -> None:
    assert matches(["a", "...", "d ... f"], "a\nb\nc\nd e f\n")
    assert not matches(["a", "d ... f"], "a\nb\nd e f\n")
    assert not matches(["ok"], "ok\nmore\n")
    assert matches([], "")
    assert not matches([], "something\n")


def _main(paths: list[str]) -> None:
    with tempfile.TemporaryDirectory() as cache_dir:
        for arg in paths:
            with tempfile.TemporaryDirectory() as tmp:
                for ran in run_page(Path(arg).resolve(), Path(tmp), Path(cache_dir)):
                    ok = ran.exit_code == 0 and (
                        ran.command == "python block" or matches(ran.expected, ran.output)
                    )
                    status = "ok  " if ok else "FAIL"
                    print(f"{status} {ran.line}: $ {ran.command} (exit {ran.exit_code})")
                    if ran.output:
                        print(ran.output.rstrip("\n"))


if __name__ == "__main__":
    _main(sys.argv[1:])

"""The docs document every command, every command has help, the README is a short front
page, and the docs site builds offline."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from privacyguard.cli import cli

from .conftest import REPO


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    out = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):  # not .commands: the top group loads them lazily
        cmd = group.get_command(ctx, name)
        full = f"{prefix}{name}"
        out.append(full)
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, full + " "))
    return out


COMMANDS = _commands(cli)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(cli, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def _docs_text() -> str:
    """The hand-written pages (the command-line reference is generated from the commands)."""
    pages = sorted((REPO / "docs").rglob("*.md"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    return " ".join(text.split())  # a command may be wrapped over two lines


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_docs(command: str) -> None:
    assert f"privacyguard {command}" in _docs_text()


def test_readme_quick_start_is_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme


def test_readme_is_a_short_front_page_linking_into_the_docs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(readme.encode("utf-8")) < 10 * 1024
    linked = set(re.findall(r"\]\((docs/[^)#]+\.md)", readme))
    assert {"docs/getting-started.md", "docs/index.md"} <= linked
    assert [p for p in sorted(linked) if not (REPO / p).is_file()] == []


def test_every_docs_page_is_in_the_nav() -> None:
    nav = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    pages = [p.relative_to(REPO / "docs").as_posix() for p in (REPO / "docs").rglob("*.md")]
    assert sorted(p for p in pages if f": {p}\n" not in nav) == []


def test_the_site_builds_offline_with_no_asset_from_another_host(tmp_path: Path) -> None:
    """`make docs`: mkdocs build --strict (a broken link or a page missing from the nav fails
    it), and no page loads a script, style sheet, font or image from another host."""
    site = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=REPO, capture_output=True, text=True, timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert build.returncode == 0, build.stderr[-3000:]
    html = [p.read_text(encoding="utf-8") for p in site.rglob("*.html")]
    assert len(html) > 20 and any("privacyguard scan" in h for h in html)
    tags = r"<(?:script|img|link|source|iframe)\b[^>]*"
    remote = re.compile(tags + r"""\b(?:src|href)=["']?(?:https?:)?//""")
    assert [m.group(0) for h in html for m in remote.finditer(h)] == []
    css = [p.read_text(encoding="utf-8") for p in site.rglob("*.css")]
    assert [c for c in css if re.search(r"url\(\s*[\"']?(?:https?:)?//", c)] == []


def test_every_test_the_hostile_input_table_names_exists() -> None:
    """docs/hostile-input.md names, for every input and fault tried, the test that proves it;
    each named test must be defined in tests/ (a renamed or removed test breaks this)."""
    table = (REPO / "docs" / "hostile-input.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\b(test_\w+)\b(?!\.py)", table))  # not the test files
    assert len(named) >= 50
    defined = {
        m
        for path in (REPO / "tests").glob("test_*.py")
        for m in re.findall(r"^\s*def (test_\w+)", path.read_text(encoding="utf-8"), re.M)
    }
    assert sorted(named - defined) == []

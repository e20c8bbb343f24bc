"""``review next`` and ``review export`` share one ``--around`` option (privacyguard/cli/review.py):
the same name, type, default and help in both, and the same checks on a value."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.cli.review import review


def _around(command: str) -> click.Option:
    cmd = review.commands[command]
    return next(p for p in cmd.params if p.name == "around")  # type: ignore[return-value]


def test_next_and_export_take_the_same_around_option() -> None:
    a, b = _around("next"), _around("export")
    same = ("opts", "help", "default", "show_default", "required")
    assert [getattr(a, k) for k in same] == [getattr(b, k) for k in same]
    assert a.type.to_info_dict() == b.type.to_info_dict()
    assert (a.default, a.show_default) == (2, True)
    assert isinstance(a.type, click.IntRange) and a.type.min == 0


@pytest.mark.parametrize("command", ["next", "export"])
def test_a_negative_around_is_refused_by_both(command: str, tmp_path) -> None:
    args = ["review", command, "--db", str(tmp_path / "x.db"), "--around", "-1"]
    if command == "export":
        args += ["-o", str(tmp_path / "out.json")]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 2 and "--around" in r.output


@pytest.mark.parametrize("command", ["next", "export"])
def test_help_shows_around_with_its_default(command: str) -> None:
    r = CliRunner().invoke(cli, ["review", command, "--help"])
    assert r.exit_code == 0
    shown = " ".join(r.output.split())  # help lines wrap where they will
    assert "--around" in shown and "default: 2" in shown

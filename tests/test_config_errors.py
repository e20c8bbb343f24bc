"""Every kind of mistake in a rules file gives one exact file:line:column line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.config.rules import load_rules
from privacyguard.errors import ConfigError

BAD = Path(__file__).parent / "data" / "bad_rules"

CASES = {
    "unknown_key": "5:5: recognizers[0].patern: unknown key 'patern'; did you mean 'patterns'?",
    "score_out_of_range": "5:66: recognizers[0].patterns[0].score: "
    "input should be less than or equal to 1, got 3",
    "unknown_validator": "6:16: recognizers[0].validator: unknown validator 'no_kontonumer'; "
    "did you mean 'no_kontonummer'?",
    "unknown_entity_type": "4:18: recognizers[0].entity_type: unknown entity type "
    "'CUSTOMER_NUMBR'; did you mean 'CUSTOMER_NUMBER'?; or declare it under entity_types:",
    "bad_regex": "6:35: recognizers[0].patterns[0].regex: does not compile: "
    "missing ), unterminated subpattern at position 2",
    "yaml_syntax": "6:1: YAML syntax: expected ',' or ']', but got '<stream end>' "
    "(while parsing a flow sequence at line 5, column 15)",
    "unknown_list": "5:33: recognizers[0].patterns[0].regex: "
    "unknown list or fragment '{airline_codes}'",
    "unknown_kind": "5:11: recognizers[0].kind: unknown recognizer kind 'phnoe'; "
    "did you mean 'phone'?",
    "context_language": "7:7: recognizers[0].context.de: language not in settings.languages "
    "['en', 'nl', 'nb', 'ru']",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_when_rules_file_has_a_mistake_then_error_names_its_line(case: str) -> None:
    path = BAD / f"{case}.yaml"
    with pytest.raises(ConfigError) as err:
        load_rules(path)
    assert err.value.render().splitlines() == [f"{path}:{CASES[case]}", "1 error in 1 file"]


def test_rules_check_prints_the_error_and_exits_2() -> None:
    path = BAD / "unknown_validator.yaml"
    result = CliRunner().invoke(cli, ["rules", "check", str(path)])
    assert result.exit_code == 2
    assert f"{path}:{CASES['unknown_validator']}" in result.output


def test_every_error_in_a_directory_is_reported_at_once(tmp_path: Path) -> None:
    for name in ("unknown_key", "unknown_kind"):
        (tmp_path / f"{name}.yaml").write_text((BAD / f"{name}.yaml").read_text())
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path)
    lines = err.value.render().splitlines()
    assert len(lines) == 3 and lines[-1] == "2 errors in 2 files"


def test_the_bundled_rules_are_valid() -> None:
    result = CliRunner().invoke(cli, ["rules", "check"])
    assert result.exit_code == 0, result.output
    assert "for 15 entity types" in result.output


def test_a_new_identifier_is_a_yaml_change(tmp_path: Path) -> None:
    (tmp_path / "loyalty.yaml").write_text(
        "version: 1\n"
        "entity_types: [LOYALTY_ID]\n"
        "recognizers:\n"
        "  - name: skymiles\n"
        "    entity_type: LOYALTY_ID\n"
        "    patterns: [{name: sm, regex: '\\bSM\\d{8}\\b', score: 0.9}]\n"
    )
    from privacyguard.detect.engine import Detector
    from privacyguard.models import Message

    [d] = Detector(load_rules(tmp_path)).detect([Message(id="1", text="mijn pas SM12345678")])
    assert [(f.entity_type, f.start, f.end) for f in d.findings] == [("LOYALTY_ID", 9, 19)]


def test_rules_check_warns_when_conversation_rules_have_no_acknowledgements(
    tmp_path: Path,
) -> None:
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).parents[1] / "rules", rules)
    talk = rules / "conversation" / "conversation.yaml"
    lines = talk.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index("acknowledgements:\n")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith((" ", "#")))
    talk.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")

    result = CliRunner().invoke(cli, ["rules", "check", str(rules)])
    assert result.exit_code == 0, result.output
    assert "warning: no `acknowledgements`" in result.stderr

    shipped = CliRunner().invoke(cli, ["rules", "check"])
    assert "warning" not in shipped.stderr


@pytest.mark.parametrize(
    ("shipped", "broken", "message"),
    [
        (
            "{validator: ru_inn, digits: 10}",
            "{validator: ru_innn, digits: 10}",
            "business_ids[0].validator: unknown validator 'ru_innn'",
        ),
        (
            '{digits: 20, prefixes: ["40701", "40702", "40703"]}',
            '{digits: 20, prefixes: ["40701", "4O702", "40703"]}',
            "business_account_numbers[0].prefixes: '4O702' is not leading digits",
        ),
    ],
)
def test_rules_check_names_a_bad_business_number_in_the_conversation_rules(
    tmp_path: Path, shipped: str, broken: str, message: str
) -> None:
    """An organisation's number the rules name by an unknown validator, or by leading
    "digits" that are not digits, is reported with its line, not found at scan time."""
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).parents[1] / "rules", rules)
    talk = rules / "conversation" / "conversation.yaml"
    text = talk.read_text(encoding="utf-8")
    assert text.count(shipped) == 1
    talk.write_text(text.replace(shipped, broken), encoding="utf-8")
    line = text[: text.index(shipped)].count("\n") + 1

    result = CliRunner().invoke(cli, ["rules", "check", str(rules)])
    assert result.exit_code == 2, result.output
    assert f"{talk}:{line}:" in result.output
    assert message in result.output

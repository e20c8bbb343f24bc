"""config/regex_bounds.py: every pattern the engine runs has a bounded match attempt (the
property that keeps a scan linear in the text), and a rule that breaks it is refused at
load with one line naming the file, the recognizer and the pattern."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from privacyguard.config.regex_bounds import MAX_REACH, UNBOUNDED, problem, reach
from privacyguard.config.rules import _load_rules, load_rules
from privacyguard.detect import (
    context,
    dates,
    language,
    normalise,
    required,
    validators,
)
from privacyguard.detect.conversation import (
    addresses,
    answers,
    base,
    lists,
    names,
    patterns,
    pieces,
    questions,
    state,
    values,
)
from privacyguard.detect.recognizers import person, phone
from privacyguard.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\d{3}", 3),
        (r"\b\d{2}-\d{2}\b", 5),
        (r"(?:\w{1,10}\s){1,5}", 55),  # nested repeats multiply
        (r"(?=\w{0,20}x)a", 21),  # a look-ahead reads past what is consumed
        (r"(?<![A-Z]{2}\d\d)\d{4}", 4),  # a look-behind reads back, a fixed width
        (r"a|bcd|ef", 3),
        (r"(\d{2})-\1", 5),  # a back-reference is as wide as its group
        (r"a*", UNBOUNDED),
        (r"\w+@", UNBOUNDED),
        (r"(?:ab){2,}", UNBOUNDED),
        (r"(?=\w*x)a", UNBOUNDED),  # unbounded inside a look-ahead too
        (r"(?i:x\s*y)", UNBOUNDED),
        (r"(?:\b)*x", 1),  # repeating an empty match reads nothing more
    ],
)
def test_reach_of_a_pattern(regex: str, expected: int) -> None:
    assert reach(regex) == expected


def test_problem_names_the_unbounded_repeat_and_the_fix() -> None:
    assert problem(r"\b\d{1,5}\s{1,10}\w{1,40}") is None
    why = problem(r"(?:[A-Z]\w*\s)*\d")
    assert why is not None and "unbounded repeat '*'" in why and "{0,40}" in why
    assert "'+'" in (problem(r"\d+x") or "")
    over = problem(r"(?:\w{1,100}\s){1,50}")
    assert over is not None and "5050" in over and str(MAX_REACH) in over
    assert problem("(unclosed") is None  # the compile error is reported elsewhere


def test_every_shipped_rule_pattern_and_prefilter_is_bounded() -> None:
    rules = _load_rules(REPO / "rules")
    checked = 0
    for loaded in rules.recognizers:
        for regex in (*loaded.regexes, *([loaded.spec.prefilter] if loaded.spec.prefilter else [])):
            assert reach(regex) <= MAX_REACH, (loaded.spec.name, regex[:80])
            checked += 1
    assert checked > 60


# every module-level pattern of the detection code (the rule patterns are checked above)
CODE_MODULES = [
    context, dates, language, required, validators, person, phone, normalise,
    # the conversation layer's parts (privacyguard/detect/conversation/)
    addresses, answers, base, lists, names, patterns, pieces, questions, state, values,
]


def test_every_pattern_in_the_detection_code_is_bounded() -> None:
    patterns = [
        (module.__name__, name, value.pattern)
        for module in CODE_MODULES
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern)
    ]
    assert len(patterns) >= 15
    unbounded = [(m, n) for m, n, rx in patterns if problem(rx) is not None]
    assert not unbounded


def _rules_with(tmp_path: Path, extra: str) -> Path:
    out = tmp_path / "rules"
    shutil.copytree(REPO / "rules", out)
    (out / "zz_extra.yaml").write_text(extra, encoding="utf-8")
    return out


EXTRA = """\
version: 1
recognizers:
  - name: greedy_words
    entity_type: PERSON
    prefilter: '\\d{1,3}'
    patterns:
      - {name: fine, regex: '\\b\\d{4}\\b', score: 0.5}
      - {name: words_then_digit, regex: '(?:[A-Z]\\w*\\s)*\\d', score: 0.5}
"""


def test_an_unbounded_rule_pattern_is_refused_at_load_with_one_line(tmp_path: Path) -> None:
    rules = _rules_with(tmp_path, EXTRA)
    with pytest.raises(ConfigError) as err:
        load_rules(rules)
    [(where, line)] = err.value.problems
    assert where.file.endswith("zz_extra.yaml") and where.line == 8
    assert "recognizer 'greedy_words'" in line and "pattern 'words_then_digit'" in line
    assert "unbounded repeat '*'" in line and "\n" not in line


def test_a_nested_or_unbounded_prefilter_is_refused_too(tmp_path: Path) -> None:
    extra = EXTRA.replace("'\\d{1,3}'", "'\\d+x'").replace(
        "(?:[A-Z]\\w*\\s)*\\d", "(?:\\w{1,100}\\s){1,50}"
    )
    with pytest.raises(ConfigError) as err:
        load_rules(_rules_with(tmp_path, extra))
    lines = [line for _, line in err.value.problems]
    assert len(lines) == 2
    assert any("prefilter" in x and "unbounded repeat '+'" in x for x in lines)
    assert any("pattern 'words_then_digit'" in x and "5050 characters" in x for x in lines)


def test_rules_check_prints_the_line_and_exits_2(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from privacyguard.cli import cli

    result = CliRunner().invoke(cli, ["rules", "check", str(_rules_with(tmp_path, EXTRA))])
    assert result.exit_code == 2
    assert "zz_extra.yaml:8" in result.output and "unbounded repeat" in result.output

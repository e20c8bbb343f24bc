"""Compiled regular expressions kept in the detector cache (cache.compiled_patterns): a
pattern made from its cached code is the one re compiles; a damaged file or an unwritable
directory falls back to re with one warning; the patterns a detector builds are the same
text in every process, so that their code is found."""

from __future__ import annotations

import logging
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from privacyguard import cache
from privacyguard.detect.conversation.base import _alternation
from privacyguard.detect.normalise import _words

PATTERNS = [
    r"(?i)(?<![^\W\d_])(?:zero|one|two|three|нуль|один)(?:[ ,\-]{1,3}(?:zero|one|two)){2,9}",
    r"(?P<head>[^\W\d_]{2,40}?)-?(?:nummer|number|номер)(?:et|en)?\Z",
    r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b",
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path))
    monkeypatch.setattr(cache, "_warned", type(cache._warned)())
    return tmp_path


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def _compile_all(flags: int = 0) -> list[re.Pattern[str]]:
    return [re.compile(p, flags) for p in PATTERNS]


def test_cached_code_gives_the_pattern_re_gives_without_compiling_it(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = re._compile  # type: ignore[attr-defined]
    with cache.compiled_patterns():
        first = _compile_all(re.IGNORECASE)
    assert re._compile is original  # type: ignore[attr-defined]  # restored
    assert len(list(fresh.glob("re-code-*.bin"))) == 1
    re.purge()
    expected = _compile_all(re.IGNORECASE)
    cache._re_key()  # what the key reads compiles its own patterns (re's cache keeps them)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    with monkeypatch.context() as m:
        m.setattr(re._parser, "parse", no_parsing)  # type: ignore[attr-defined]
        with cache.compiled_patterns():
            again = _compile_all(re.IGNORECASE)
    assert again == expected == first  # text, flags and code
    assert [p.groupindex for p in again] == [p.groupindex for p in expected]
    assert [p.groups for p in again] == [p.groups for p in expected]
    text = "my number is zero, one two three; reisnummeret; NL91 ABNA 0417 1643 00"
    for a, b in zip(again, expected, strict=True):
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_nested_blocks_keep_the_cache_until_the_outermost_ends(fresh: Path) -> None:
    original = re._compile  # type: ignore[attr-defined]
    with cache.compiled_patterns():
        with cache.compiled_patterns():
            re.compile(PATTERNS[0])
        assert re._compile is not original  # type: ignore[attr-defined]
        assert not list(fresh.glob("re-code-*.bin"))  # written when the outer block ends
    assert re._compile is original  # type: ignore[attr-defined]
    assert len(list(fresh.glob("re-code-*.bin"))) == 1


@pytest.mark.parametrize("damage", ["flip", "garbage"])
def test_a_damaged_file_is_compiled_anew_with_one_warning(
    fresh: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    with cache.compiled_patterns():
        _compile_all()
    [stored] = fresh.glob("re-code-*.bin")
    data = bytearray(stored.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 1
    else:
        data = bytearray(b"\0garbage" * 3)
    stored.write_bytes(bytes(data))
    re.purge()
    with caplog.at_level(logging.WARNING, logger=cache.__name__):
        with cache.compiled_patterns():
            got = _compile_all()
        with cache.compiled_patterns():  # rewritten by the block before
            again = _compile_all()
    re.purge()
    assert got == again == _compile_all()
    [warning] = _warnings(caplog)
    assert "unreadable" in warning


def test_an_unwritable_cache_compiles_with_re_and_one_warning(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = fresh / "file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENV_VAR, str(blocker / "sub"))
    with caplog.at_level(logging.WARNING, logger=cache.__name__):
        with cache.compiled_patterns():
            got = _compile_all()
        with cache.compiled_patterns():
            _compile_all()
    assert got == _compile_all()
    [warning] = _warnings(caplog)
    assert "not writable" in warning


def test_alternations_are_the_same_text_whatever_the_order_of_the_words() -> None:
    words = ["plus", "pluss", "плюс", "and the rest", "the rest", "og", "så", "og så", "et"]
    seen = set()
    rng = random.Random(5)
    for _ in range(20):
        rng.shuffle(words)
        seen.add((_alternation(words), _words(words)))
    assert len(seen) == 1
    alt, _ = seen.pop()
    order = alt.split("|")  # the longest first: a shorter word never cuts a longer one short
    assert order.index("and\\ the\\ rest") < order.index("the\\ rest")
    assert order.index("og\\ så") < order.index("og") and order.index("pluss") < order.index("plus")


def test_a_detectors_patterns_are_the_same_in_every_process(fresh: Path) -> None:
    """Built under other hash seeds (str hashing, set order): once the cache is warm (two
    builds: the first builds the rules, the second reads them from the cache, which
    compiles their patterns with the flags they were pickled with), a build finds every
    pattern's code in the file and writes none, whatever the seed."""
    script = (
        "import privacyguard.cache as c\n"
        "from privacyguard.detect.engine import Detector\n"
        "save = c._re_save\n"
        "c._re_save = lambda key: (print('missed', len(c._re_missed)), save(key))\n"
        "Detector()\n"
        "print('built')\n"
    )
    runs = []
    for seed in ("1", "1", "2", "3"):
        env = {"PYTHONHASHSEED": seed, cache.ENV_VAR: str(fresh), "PATH": "/usr/bin:/bin"}
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
        run = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=600
        )
        assert run.returncode == 0, run.stderr[-2000:]
        runs.append(run.stdout)
    assert "missed" in runs[0] and "built" in runs[0]
    assert [r.strip() for r in runs[2:]] == ["built", "built"]  # nothing compiled anew


def test_a_pattern_pickled_during_a_build_loads_in_another_process(
    fresh: Path, tmp_path: Path
) -> None:
    """copyreg reduces a Pattern to re's _compile of the moment: pickled inside the block
    (the conversation rules are cached while a detector is built) that is this module's
    function, and a process that loads the pickle outside any build must get re's Pattern
    (it raised AssertionError, and the cached rules were rebuilt with a warning)."""
    import pickle

    with cache.compiled_patterns():
        blob = pickle.dumps(_compile_all()[0])
    assert b"_re_compile" in blob  # what makes the case: the reducer is ours
    path = tmp_path / "pattern.pickle"
    path.write_bytes(blob)
    loaded = subprocess.run(
        [sys.executable, "-c",
         "import pickle, sys; p = pickle.load(open(sys.argv[1], 'rb')); "
         "print(p.pattern == sys.argv[2], p.search('two one zero') is not None)",
         str(path), PATTERNS[0]],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.split() == ["True", "True"]

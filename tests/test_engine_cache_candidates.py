"""The candidate pass's compiled databases in the on-disk cache (privacyguard.cache,
detect/candidates.py): loaded instead of compiled when there; a changed rule builds a new
one; a corrupt file or an unwritable directory builds in memory with one warning, and the
verdicts are the same."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("hyperscan")

from privacyguard import cache  # noqa: E402
from privacyguard.detect import candidates  # noqa: E402
from privacyguard.detect.candidates import CandidateScanner  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
REGEXES = [r"\b\d{8}\b", r"(?i:klantnummer)\s{1,10}\d{4,12}", r"@", r"(a)\1", r"[A-Z]{2}\d{2}"]
TEXTS = ["bel 12345678", "Klantnummer 5512", "x@y.nl", "aa", "NL91 ABNA", "niets", "NL12"]


def _verdicts(scanner: CandidateScanner) -> list[frozenset[int] | None]:
    return [scanner.possible(t) for t in TEXTS]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of its own, and the once-per-process warning not yet given."""
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "_warned", type(cache._warned)())
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def expected() -> list[frozenset[int] | None]:
    return _verdicts(CandidateScanner(REGEXES, use_cache=False))


def _warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_filled_cache_is_loaded_not_compiled(fresh, expected, monkeypatch, caplog) -> None:
    assert expected[0] == frozenset({0, 3}) and expected[5] == frozenset({3})
    first = CandidateScanner(REGEXES)
    [stored] = fresh.glob("candidates-*.bin")
    assert stored.stat().st_mode & 0o077 == 0
    assert _verdicts(first) == expected

    def no_compile(self):  # type: ignore[no-untyped-def]
        raise AssertionError("compiled although cached")

    monkeypatch.setattr(CandidateScanner, "_build", no_compile)
    with caplog.at_level(logging.WARNING):
        assert _verdicts(CandidateScanner(REGEXES)) == expected
    assert not _warnings(caplog)


def test_changed_regexes_build_a_new_database(fresh, expected) -> None:
    CandidateScanner(REGEXES)
    changed = [*REGEXES[:-1], r"niets"]
    scanner = CandidateScanner(changed)
    assert len(list(fresh.glob("candidates-*.bin"))) == 2
    assert scanner.possible("niets") == frozenset({3, 4})  # the new pattern, not the old
    assert scanner.possible("NL12") == frozenset({3})


def _corrupt_with_valid_checksum(path: Path) -> None:
    payload = path.read_bytes()[32:]
    header, _, dbs = payload.partition(b"\0")
    bad = header + b"\0" + bytes(b ^ 0x5A for b in dbs[:200]) + dbs[200:]
    path.write_bytes(hashlib.sha256(bad).digest() + bad)


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b"\0garbage" * 3),  # overwritten
        lambda p: p.write_bytes(p.read_bytes()[:-100]),  # truncated
        _corrupt_with_valid_checksum,  # a database Hyperscan refuses to load
        lambda p: p.chmod(0o666),  # others could have written it
    ],
)
def test_a_corrupt_file_is_rebuilt_with_one_warning(fresh, expected, caplog, damage) -> None:
    CandidateScanner(REGEXES)
    [stored] = fresh.glob("candidates-*.bin")
    damage(stored)
    with caplog.at_level(logging.WARNING):
        assert _verdicts(CandidateScanner(REGEXES)) == expected
        assert _verdicts(CandidateScanner(REGEXES)) == expected
    assert len(_warnings(caplog)) == 1


@pytest.mark.parametrize("blocked", ["file", "readonly"])
def test_an_unwritable_cache_builds_in_memory_with_one_warning(
    tmp_path: Path, monkeypatch, expected, caplog, blocked
) -> None:
    import os

    if blocked == "file":
        (tmp_path / "x").write_text("x")
        where = tmp_path / "x" / "cache"
    else:
        if os.geteuid() == 0:
            pytest.skip("root can write anywhere")
        (tmp_path / "ro").mkdir(mode=0o500)
        where = tmp_path / "ro" / "cache"
    monkeypatch.setenv(cache.ENV_VAR, str(where))
    monkeypatch.setattr(cache, "_warned", type(cache._warned)())
    with caplog.at_level(logging.WARNING):
        assert _verdicts(CandidateScanner(REGEXES)) == expected
        assert _verdicts(CandidateScanner(REGEXES)) == expected
    assert len(_warnings(caplog)) == 1
    assert "not writable" in _warnings(caplog)[0].getMessage()


def test_a_changed_rule_file_builds_a_new_database_that_takes_effect(fresh) -> None:
    from privacyguard.config.rules import load_rules
    from privacyguard.detect.engine import Detector

    rules = fresh.parent / "rules"
    shutil.copytree(REPO / "rules", rules)
    text = "uw referentie QZX-884213 staat klaar"
    before = Detector(load_rules(rules))
    built = set(fresh.glob("candidates-*.bin"))
    assert len(built) == 1

    path = rules / "customer.yaml"
    yaml = path.read_text(encoding="utf-8")
    old = r"- {name: nine_digits, regex: '\b\d{8,9}\b', score: 0.45}"
    assert old in yaml, "customer.yaml changed: pick another pattern to edit"
    new = old.replace(r"\b\d{8,9}\b", r"\b(?:QZX-)?\d{6,9}\b")
    path.write_text(yaml.replace(old, new), encoding="utf-8")
    after = Detector(load_rules(rules))
    assert len(set(fresh.glob("candidates-*.bin")) - built) == 1
    assert after._scanner is not None and before._scanner is not None
    assert candidates.content_key(after._scanner.regexes) != candidates.content_key(
        before._scanner.regexes
    )
    # the new pattern is in the pass: the text is not ruled out for it
    [pid] = [i for i, rx in enumerate(after._scanner.regexes) if rx == r"\b(?:QZX-)?\d{6,9}\b"]
    assert pid in (after._scanner.possible(text) or ())
    assert pid not in (after._scanner.possible("geen nummer hier") or ())


def test_the_cache_keeps_only_the_most_recently_used_databases(tmp_path, monkeypatch) -> None:
    """Every rules edit compiles a new database of megabytes: cached_bytes keeps the
    KEEP_BLOBS most recently used files of a name, and leaves other names alone."""
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path))
    other = tmp_path / "other-1.bin"
    other.write_bytes(b"x")
    for i in range(cache.KEEP_BLOBS):
        assert cache.cached_bytes("blob", f"k{i}", lambda i=i: bytes([i]) * 8) == bytes([i]) * 8
        os.utime(tmp_path / f"blob-k{i}.bin", (1000 + i, 1000 + i))
    # k0, the oldest, is used again: it becomes the most recently used
    assert cache.cached_bytes("blob", "k0", lambda: b"never built") == bytes([0]) * 8
    cache.cached_bytes("blob", "new1", lambda: b"fresh")
    cache.cached_bytes("blob", "new2", lambda: b"fresh")
    kept = sorted(p.name for p in tmp_path.glob("blob-*.bin"))
    assert kept == ["blob-k0.bin", "blob-k3.bin", "blob-new1.bin", "blob-new2.bin"]
    assert other.exists()

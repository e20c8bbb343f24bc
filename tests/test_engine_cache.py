"""The detector's on-disk cache (privacyguard.cache): a changed rule file builds
new artefacts; a corrupt or unwritable cache directory falls back to building in memory,
with one warning, and gives the same findings."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable

# Run in a fresh interpreter, so nothing is cached in memory and the cache directory (from
# the environment) is the only thing that differs between runs.
SCAN = textwrap.dedent(
    """
    import json, logging, sys
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from privacyguard.models import Message
    from privacyguard.pipeline import detector_for
    texts = [
        "Hoi, ik ben Sanne Visser, mijn IBAN is NL91 ABNA 0417 1643 00",
        "My name is Orla Brennan, call me on +44 20 7946 0958",
        "Jeg heter Ingrid Solberg og bor i Tromsø",
        "Меня зовут Ольга Смирнова, мой телефон +7 916 123-45-67",
        "Gisteren belde Sanne Visser over de rekening",
    ]
    det = detector_for(sys.argv[1] if len(sys.argv) > 1 else None)
    for d in det.detect([Message(id=str(i), text=t) for i, t in enumerate(texts)]):
        for f in d.findings:
            print(json.dumps([f.message_id, f.entity_type, f.start, f.end, f.score, f.explanation]))
    """
)


def _scan(cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRIVACYGUARD_CACHE_DIR": str(cache)}
    return subprocess.run(
        [PY, "-c", SCAN, *args], env=env, capture_output=True, text=True, timeout=300, check=True
    )


def _warnings(run: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in run.stderr.splitlines() if line.startswith("WARNING")]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Findings built with a fresh, writable cache directory (which the run fills)."""
    cache = tmp_path_factory.mktemp("cache")
    run = _scan(cache)
    assert run.stdout.count("\n") >= 8 and not _warnings(run)
    suffixes = [p.suffix for p in cache.iterdir()]
    assert suffixes.count(".pickle") >= 1 and suffixes.count(".marisa") >= 4
    return cache, run.stdout


def test_a_filled_cache_gives_the_same_findings_without_warnings(reference) -> None:
    cache, expected = reference
    run = _scan(cache)
    assert run.stdout == expected and not _warnings(run)


def test_corrupt_cache_files_are_rebuilt_with_one_warning(reference, tmp_path: Path) -> None:
    cache, expected = reference
    broken = tmp_path / "cache"
    shutil.copytree(cache, broken)
    for path in broken.iterdir():
        path.write_bytes(b"\0garbage" * 3)  # truncated/overwritten files
    run = _scan(broken)
    assert run.stdout == expected
    assert len(_warnings(run)) == 1 and "unreadable" in _warnings(run)[0]
    again = _scan(broken)  # the rebuilt files were written back
    assert again.stdout == expected and not _warnings(again)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_cache_directory_builds_in_memory_with_one_warning(
    reference, tmp_path: Path
) -> None:
    _, expected = reference
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    run = _scan(locked / "cache")
    assert run.stdout == expected
    assert len(_warnings(run)) == 1 and "not writable" in _warnings(run)[0]


def test_a_cache_path_that_is_a_file_builds_in_memory_with_one_warning(
    reference, tmp_path: Path
) -> None:
    """Where the directory cannot be created (a file is in the way; works as root too)."""
    _, expected = reference
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    run = _scan(blocker / "cache")
    assert run.stdout == expected
    assert len(_warnings(run)) == 1 and "not writable" in _warnings(run)[0]


def test_a_changed_rule_file_builds_new_artefacts_and_takes_effect(
    reference, tmp_path: Path
) -> None:
    cache, expected = reference
    work = tmp_path / "cache"
    shutil.copytree(cache, work)
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    same = _scan(work, str(rules))
    assert same.stdout == expected  # a copy of rules/: same content, same findings
    before = set(os.listdir(work))

    names = rules / "names.yaml"
    text = names.read_text(encoding="utf-8")
    assert "name_locales: [" in text
    # the name lists now come from one locale only, and no cue names anyone
    names.write_text(text.replace("name_locales: [", "name_locales: [ru_RU] #["), "utf-8")
    changed = _scan(work, str(rules))
    added = set(os.listdir(work)) - before
    assert any(a.startswith("rules-") for a in added)  # the changed file is validated anew
    assert any(a.startswith("first-names-") for a in added)  # and its name lists rebuilt
    assert changed.stdout != expected
    assert "first name from the name lists" in expected
    assert "first name from the name lists" not in changed.stdout


def test_cache_dir_defaults_to_the_user_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    from privacyguard import cache

    monkeypatch.delenv(cache.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/tmp/xdg-cache-test")
    if sys.platform.startswith("linux"):
        assert cache.cache_dir() == Path("/tmp/xdg-cache-test/privacyguard")
    monkeypatch.setenv(cache.ENV_VAR, "/tmp/elsewhere")
    assert cache.cache_dir() == Path("/tmp/elsewhere")


def test_one_warning_per_process_for_several_failing_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from privacyguard import cache

    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENV_VAR, str(blocker / "sub"))
    monkeypatch.setattr(cache, "_warned", type(cache._warned)())
    with caplog.at_level(logging.WARNING, logger=cache.__name__):
        a = cache.word_table("t-one", lambda: {"alpha", "beta"}, ["x"])
        b = cache.word_table("t-two", lambda: {"gamma"}, ["y"])
    assert "alpha" in a and "gamma" not in a and "gamma" in b
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_a_cached_file_that_others_could_write_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A pickle runs code when loaded: one that another user could have planted is rebuilt."""
    import pickle

    from privacyguard import cache

    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path))
    monkeypatch.setattr(cache, "_warned", type(cache._warned)())
    assert cache.cached_object("t", "k", lambda: {"v": "built"}) == {"v": "built"}
    [stored] = tmp_path.glob("t-k.pickle")
    assert stored.stat().st_mode & 0o077 == 0  # written for its owner only
    stored.write_bytes(pickle.dumps({"v": "planted"}))
    stored.chmod(0o666)
    with caplog.at_level(logging.WARNING, logger=cache.__name__):
        assert cache.cached_object("t", "k", lambda: {"v": "built"}) == {"v": "built"}
        assert cache.cached_object("t", "k", lambda: {"v": "built"}) == {"v": "built"}
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    assert stored.stat().st_mode & 0o077 == 0  # replaced by a rebuilt, private copy


def test_cached_rules_with_a_validator_registered_only_then_fail_without_it(tmp_path: Path) -> None:
    """Rules validated in a process that registered a validator are cached; a process that
    did not register it must refuse them with the file and line, as without the cache."""
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    (rules / "extra.yaml").write_text(
        "recognizers:\n"
        "  - name: docs_number\n"
        "    entity_type: CUSTOMER_NUMBER\n"
        "    kind: pattern\n"
        "    validator: only_registered_here\n"
        "    patterns:\n"
        "      - {name: n, regex: '\\b\\d{6}\\b', score: 0.5}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PRIVACYGUARD_CACHE_DIR": str(tmp_path / "cache")}
    load = "from privacyguard.config.rules import load_rules; load_rules(%r); print('loaded')"
    register = (
        "from privacyguard import registry\n"
        "registry.validators.register('only_registered_here', func=lambda v: True)\n"
    )
    first = subprocess.run([PY, "-c", register + load % str(rules)], env=env,
                           capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "loaded"
    again = subprocess.run([PY, "-c", load % str(rules)], env=env,
                           capture_output=True, text=True, check=False)
    assert again.returncode != 0
    assert "only_registered_here" in again.stderr
    assert "extra.yaml" in again.stderr


def test_conversation_rules_are_cached_and_a_changed_file_is_read_again(tmp_path: Path) -> None:
    """The conversation rules (questions, answer shapes) load from the cache in a new process,
    and an edited file is validated anew there, not served from the cache."""
    talk = tmp_path / "conversation"
    shutil.copytree(REPO / "rules" / "conversation", talk)
    cache = tmp_path / "cache"
    env = {**os.environ, "PRIVACYGUARD_CACHE_DIR": str(cache)}
    load = (
        "from privacyguard.config.conversation import load_conversation_rules\n"
        f"r = load_conversation_rules({str(talk)!r})\n"
        "print(sum('PASSPORT' in q.expect for q in r.questions))\n"
    )

    def run() -> str:
        done = subprocess.run([PY, "-c", load], env=env, capture_output=True, text=True,
                              check=True, timeout=120)
        assert not _warnings(done)
        return done.stdout

    first = run()
    cached = [p.name for p in cache.iterdir() if p.name.startswith("conversation-")]
    assert len(cached) == 1
    assert run() == first  # served from the cache: no new file
    assert [p.name for p in cache.iterdir() if p.name.startswith("conversation-")] == cached

    file = talk / "conversation.yaml"
    text = file.read_text(encoding="utf-8")
    assert "  - expect: [PASSPORT]\n" in text and int(first) >= 1
    file.write_text(text.replace("  - expect: [PASSPORT]\n", "  - expect: [NATIONAL_ID]\n"),
                    encoding="utf-8")
    changed = run()  # one question fewer asks for a passport
    assert int(changed) == int(first) - 1
    assert len([p for p in cache.iterdir() if p.name.startswith("conversation-")]) == 2

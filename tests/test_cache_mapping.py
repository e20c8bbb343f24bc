"""Large read-only tables memory-mapped from the detector cache (cache.cached_mapping): the
mapped bytes are the built ones; a corrupt, foreign or unwritable file never serves, with
one warning; py3langid's transitions come from such a file and classify as py3langid does."""

from __future__ import annotations

import logging
import random
from array import array
from pathlib import Path

import pytest

from privacyguard import cache, langid

LANGS = ("en", "nl", "nb", "ru")


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path))
    monkeypatch.setattr(cache, "_warned", type(cache._warned)())
    return tmp_path


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def test_the_mapped_bytes_are_the_built_ones_and_are_built_once(fresh: Path) -> None:
    table = array("I", range(100_000))
    calls: list[int] = []

    def build() -> array[int]:
        calls.append(1)
        return table

    first = cache.cached_mapping("t", "k", build)
    again = cache.cached_mapping("t", "k", build)
    assert len(calls) == 1  # the second maps the file
    assert first.cast("I").tolist() == again.cast("I").tolist() == table.tolist()
    assert again.readonly and again.format == "B"
    [stored] = fresh.glob("t-k.bin")
    assert stored.stat().st_mode & 0o077 == 0  # written for its owner only


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage"])
def test_a_damaged_file_is_rebuilt_with_one_warning(
    fresh: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    table = array("I", range(50_000))
    cache.cached_mapping("t", "k", lambda: table)
    stored = fresh / "t-k.bin"
    data = bytearray(stored.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 1
    elif damage == "truncate":
        del data[-4:]
    else:
        data = bytearray(b"\0garbage" * 3)
    stored.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger=cache.__name__):
        got = cache.cached_mapping("t", "k", lambda: table)
        again = cache.cached_mapping("t", "k", lambda: table)
    assert got.cast("I").tolist() == again.cast("I").tolist() == table.tolist()
    [warning] = _warnings(caplog)
    assert "unreadable" in warning


def test_a_file_others_could_write_is_not_mapped(
    fresh: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache.cached_mapping("t", "k", lambda: b"built")
    stored = fresh / "t-k.bin"
    stored.chmod(0o666)
    with caplog.at_level(logging.WARNING, logger=cache.__name__):
        assert bytes(cache.cached_mapping("t", "k", lambda: b"built")) == b"built"
    assert len(_warnings(caplog)) == 1
    assert stored.stat().st_mode & 0o077 == 0  # replaced by a rebuilt, private copy


def test_an_unwritable_cache_gives_the_built_bytes_with_one_warning(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = fresh / "file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENV_VAR, str(blocker / "sub"))
    table = array("I", [7, 8, 9])
    with caplog.at_level(logging.WARNING, logger=cache.__name__):
        got = cache.cached_mapping("t", "k", lambda: table)
        cache.cached_mapping("t", "k2", lambda: table)
    assert got.format == "B" and got.cast("I").tolist() == [7, 8, 9]
    [warning] = _warnings(caplog)
    assert "not writable" in warning


def test_langid_maps_its_transitions_and_classifies_as_py3langid(fresh: Path) -> None:
    """A fresh cache: built, written, then mapped; the answers and probabilities are those
    of py3langid's own identifier (built from its model file, never cached)."""
    langid._identifier.cache_clear()
    langid._tables.cache_clear()
    try:
        ident = langid._identifier(LANGS)
        assert isinstance(ident.tk_nextmove, memoryview) and ident.tk_nextmove.readonly
        assert len(list(fresh.glob("langid-transitions-*.bin"))) == 1
        own = langid._build_identifier(LANGS)
        assert ident.tk_nextmove.tolist() == own.tk_nextmove.tolist()
        rng = random.Random(17)
        words = "the my name is ik ben mijn jeg heter og меня зовут мой hello hallo hei".split()
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(200)]
        assert [ident.classify(t) for t in texts] == [own.classify(t) for t in texts]
        langid._identifier.cache_clear()
        mapped = langid._identifier(LANGS)  # from the files now
        assert mapped is not ident and [mapped.classify(t) for t in texts] == [
            own.classify(t) for t in texts
        ]
        tables = langid._tables(LANGS)
        assert tables is not None and tables.usable  # the batch reads the mapped view too
    finally:
        langid._identifier.cache_clear()
        langid._tables.cache_clear()

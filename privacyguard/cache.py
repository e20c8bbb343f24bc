"""An on-disk cache of the detector's built word tables (name lists, dictionary words,
city names) and of the validated rules, so that a new process maps them in instead of
rebuilding them, and of large read-only binary tables (the compiled candidate database; the
language identifier's transitions, memory-mapped by cached_mapping).

Each table is a marisa-trie file, memory-mapped: opening one takes milliseconds and its
pages are shared between processes. A table's file name holds a hash of everything it is
built from (its name and arguments, privacyguard's version and the versions of the data
packages it reads), so a changed rule option or an upgraded package builds a new one.

The directory is $PRIVACYGUARD_CACHE_DIR, else the user cache directory
(~/.cache/privacyguard on Linux). When it cannot be written, or a file in it is corrupt,
the table is built in memory instead, with one warning per process: never a wrong result.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, BinaryIO, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Buffer

T = TypeVar("T")
log = logging.getLogger(__name__)

ENV_VAR = "PRIVACYGUARD_CACHE_DIR"
FORMAT = "1"  # bump when the file layout changes
_warned = threading.Event()
_lock = threading.Lock()


def cache_dir() -> Path:
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("privacyguard", appauthor=False))


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def table_key(name: str, args: Iterable[object], packages: Iterable[str]) -> str:
    """The hash a table file is named by."""
    h = hashlib.sha256()
    for part in (FORMAT, name, _version("privacyguard"), *map(repr, args)):
        h.update(str(part).encode("utf-8") + b"\0")
    for dist in packages:
        h.update(f"{dist}={_version(dist)}".encode() + b"\0")
    return h.hexdigest()[:24]


class Without(Collection[str]):
    """The words of `base` that are in none of `minus` (a set difference, not copied)."""

    def __init__(self, base: Collection[str], *minus: Collection[str]):
        self.base = base
        self.minus = minus

    def __contains__(self, word: object) -> bool:
        return word in self.base and not any(word in m for m in self.minus)

    def __iter__(self) -> Iterator[str]:
        return (w for w in self.base if w in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class WordTable(Collection[str]):
    """A read-only set of strings: a memory-mapped trie, or a frozenset as the fallback."""

    def __init__(self, words: Collection[str]):
        self._words = words

    @property
    def words(self) -> Collection[str]:
        """The wrapped container, for hot look-ups of strings (no Python call per test)."""
        return self._words

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._words

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


def _warn_once(what: str, err: Exception) -> None:
    if not _warned.is_set():
        _warned.set()
        log.warning(
            "detector cache %s (%s): building in memory instead; set %s to a "
            "writable directory to start faster",
            what, type(err).__name__, ENV_VAR,
        )  # fmt: skip


def word_table(
    name: str,
    build: Callable[[], Iterable[str]],
    args: Iterable[object] = (),
    packages: Iterable[str] = (),
) -> WordTable:
    """The table `name` built by `build()` from `args` and the data of `packages`: mapped
    from the cache when there, else built and written there."""
    import marisa_trie

    path = cache_dir() / f"{name}-{table_key(name, tuple(args), tuple(packages))}.marisa"
    with _lock:
        if path.exists():
            try:
                _check_owner(path)
                trie = marisa_trie.Trie()
                trie.mmap(str(path))
                if len(trie) == 0 or _sane(trie):
                    return WordTable(trie)
                raise ValueError("unreadable table")
            except Exception as e:  # a corrupt file: rebuild, never trust it
                _warn_once(f"file {path.name} is unreadable", e)
                words = frozenset(build())
                _write(marisa_trie, words, path)
                return WordTable(words)
        words = frozenset(build())
        if _write(marisa_trie, words, path):
            trie = marisa_trie.Trie()
            trie.mmap(str(path))
            return WordTable(trie)
        return WordTable(words)


def cached_object(name: str, key: str, build: Callable[[], T]) -> T:
    """`build()`'s result, pickled in the cache under name + key (a hash of everything the
    result depends on). The cache directory is the user's own, like every cached file."""
    import pickle

    path = cache_dir() / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as fh:
            _check_owner(path)  # a pickle runs code: only ever our own
            return pickle.load(fh)
    except (FileNotFoundError, NotADirectoryError):
        pass  # not cached yet (or no directory: writing it says why)
    except Exception as e:  # a corrupt or unreadable file: rebuild, never trust it
        _warn_once(f"file {path.name} is unreadable", e)
    value = build()
    try:
        _write_file(path, lambda fh: pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError) as e:
        _warn_once(f"directory {path.parent} is not writable", e)
    return value


def _write_file(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write a cache file atomically (a temporary file beside it, then renamed), in a
    directory only this user may enter."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _check_owner(path: Path) -> None:
    """Refuse a cached file that another user owns or could have written (a pickle from
    it would run their code): it is then rebuilt, with the one warning."""
    if not hasattr(os, "getuid"):
        return  # Windows: the user cache directory is the user's own
    st = path.stat()
    if st.st_uid != os.getuid() or st.st_mode & 0o022:
        raise PermissionError("owned or writable by another user")


def _sane(trie: Collection[str]) -> bool:
    """A truncated or overwritten file maps without error but fails a look-up or iteration."""
    try:
        first = next(iter(trie))
    except StopIteration:
        return False
    return first in trie


def _write(marisa_trie: ModuleType, words: frozenset[str], path: Path) -> bool:
    """Write atomically (a temporary file renamed into place); False when it cannot."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        os.close(fd)
        try:
            marisa_trie.Trie(words).save(tmp)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as e:
        _warn_once(f"directory {path.parent} is not writable", e)
        return False
    return True


def cached_bytes(
    name: str, key: str, build: Callable[[], bytes], check: Callable[[bytes], object] | None = None
) -> bytes:
    """`build()`'s bytes (a compiled database), kept in the cache under name + key with a
    SHA-256 of them in front: a file that is truncated, overwritten, not ours, or that
    `check` (given the cached bytes) raises on is rebuilt (one warning), never used."""
    path = cache_dir() / f"{name}-{key}.bin"
    try:
        payload = _read_checked(path)
        if check is not None:
            check(payload)
        try:
            os.utime(path)  # used now: kept by _prune before files used longer ago
        except OSError:
            pass
        return payload
    except (FileNotFoundError, NotADirectoryError):
        pass  # not cached yet (or no directory: writing it says why)
    except Exception as e:  # a corrupt or unreadable file: rebuild, never trust it
        _warn_once(f"file {path.name} is unreadable", e)
    value = build()
    try:
        _write_file(path, lambda fh: fh.write(hashlib.sha256(value).digest() + value))
        _prune(path.parent, name, keep=KEEP_BLOBS)
    except OSError as e:
        _warn_once(f"directory {path.parent} is not writable", e)
    return value


def _read_checked(path: Path) -> bytes:
    """A cache file's payload: ours, and its SHA-256 (the first 32 bytes) matching."""
    _check_owner(path)
    blob = path.read_bytes()
    digest, payload = blob[:32], blob[32:]
    if len(blob) <= 32 or hashlib.sha256(payload).digest() != digest:
        raise ValueError("checksum mismatch")
    return payload


def cached_mapping(name: str, key: str, build: Callable[[], Buffer]) -> memoryview:
    """`build()`'s bytes (a large read-only table), kept in the cache like cached_bytes but
    memory-mapped rather than read: the process holds only the pages it looks at (shared
    with every other process that maps the file), not a copy of the whole table. The file's
    SHA-256 is checked before it is mapped, read through a small buffer (the page cache, not
    this process's memory); a file that fails the check, or is not ours, is rebuilt with the
    one warning. Where the cache cannot be written, the built bytes themselves are returned."""
    path = cache_dir() / f"{name}-{key}.bin"
    try:
        mapped = _map_checked(path)
        try:
            os.utime(path)  # used now: kept by _prune before files used longer ago
        except OSError:
            pass
        return mapped
    except (FileNotFoundError, NotADirectoryError):
        pass  # not cached yet (or no directory: writing it says why)
    except Exception as e:  # a corrupt or unreadable file: rebuild, never trust it
        _warn_once(f"file {path.name} is unreadable", e)
    value = build()
    try:
        _write_file(path, lambda fh: (fh.write(hashlib.sha256(value).digest()), fh.write(value)))
        _prune(path.parent, name, keep=KEEP_BLOBS)
        return _map_checked(path)
    except OSError as e:
        _warn_once(f"directory {path.parent} is not writable", e)
    except ValueError:
        pass  # replaced meanwhile by a file that fails the check: the built bytes serve
    return memoryview(value).cast("B")  # bytes, as the mapped file's are


def _map_checked(path: Path) -> memoryview:
    """The payload of a cached_mapping file, mapped, once its SHA-256 matches."""
    import mmap

    with path.open("rb") as fh:
        _check_owner(path)
        digest = fh.read(32)
        h = hashlib.sha256()
        chunk = bytearray(1 << 20)
        view = memoryview(chunk)
        while n := fh.readinto(chunk):
            h.update(view[:n])
        if len(digest) < 32 or fh.tell() <= 32 or h.digest() != digest:
            raise ValueError("checksum mismatch")
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    return memoryview(mapped)[32:]


#: files of one name kept by cached_bytes (others' rules or versions may share the cache)
KEEP_BLOBS = 4


def _prune(directory: Path, name: str, keep: int) -> None:
    """Remove all but the ``keep`` most recently used ``name-*.bin`` files (a compiled
    database is megabytes; every rules edit makes a new one)."""
    found = []
    for p in directory.glob(f"{name}-*.bin"):
        try:
            found.append((p.stat().st_mtime, p))
        except OSError:
            continue  # removed meanwhile by another process
    for _, p in sorted(found, reverse=True)[keep:]:
        try:
            p.unlink()
        except OSError:
            pass  # another process removed it, or it is not ours to remove


# --- compiled regular expressions ---------------------------------------------------------
#
# Building a detector compiles some 450 regular expressions (the rules' patterns, context
# words, the conversation layer's phrasings): about 0.2 s, most of a one-message scan's
# start. A compiled re.Pattern cannot be pickled (it pickles as its text), but what the
# compiler makes of the text can: Python's own compiler (re._parser, re._compiler) turns a
# pattern into a list of ints, its "code", which _sre.compile turns into the Pattern. While
# a detector is built (Detector.__init__ under compiled_patterns()), each pattern's code is
# taken from a file in the cache, made by this same Python (its version and _sre's MAGIC
# are in the file's key); a pattern not in it is compiled by re, and its code is added to
# the file when the build ends, after checking that _sre.compile of the code gives a
# Pattern equal to re's (Pattern equality compares the text, flags and code).

#: the re module's flags this does not handle (re.DEBUG prints, re.TEMPLATE warns)
_RE_SKIP_FLAGS = 128 | 1
_re_lock = threading.Lock()
_re_depth = 0
_re_table: dict[tuple[str, int], tuple[object, ...]] = {}
_re_used: dict[tuple[str, int], tuple[object, ...]] = {}
_re_missed: set[tuple[str, int]] = set()
_re_original: Callable[..., object] | None = None
_re_make: Callable[..., object] | None = None  # _sre.compile
_RE_COMPILE: Callable[..., object] = re._compile  # type: ignore[attr-defined]  # re's own


def _re_key() -> str | None:
    """The cache key of compiled code in this Python, or None where its re module is not
    laid out as this expects (then nothing is cached)."""
    try:
        _sre, _compiler, _parser = _re_internals()
        for needed in (_compiler._code, _parser.parse, _sre.compile, _sre.MAGIC):
            assert needed is not None
    except (ImportError, AttributeError, AssertionError):
        return None
    import sys

    return table_key("re-code", (sys.version, _sre.MAGIC, _sre.CODESIZE), ())


def _re_internals() -> tuple[ModuleType, ModuleType, ModuleType]:
    """_sre and the re module's compiler and parser (re/_compiler.py, re/_parser.py)."""
    import importlib

    return (
        importlib.import_module("_sre"),
        importlib.import_module("re._compiler"),
        importlib.import_module("re._parser"),
    )


def _re_code(pattern: str, flags: int) -> tuple[object, ...]:
    """What re._compiler.compile passes _sre.compile after the text, for ``pattern``."""
    _, _compiler, _parser = _re_internals()
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _re_compile(pattern: object, flags: object) -> object:
    """re._compile while a detector is built: a pattern whose code is cached is made from
    it; any other (and any that fails) goes to re."""
    import re

    if _re_original is None or _re_make is None or _re_depth == 0:
        # no build under way: a Pattern pickled while one was (copyreg reduces it to this
        # function, re's _compile at that moment) and loaded in another process comes here
        return _RE_COMPILE(pattern, flags)
    if isinstance(flags, re.RegexFlag):
        flags = flags.value
    if type(pattern) is str and type(flags) is int and not flags & _RE_SKIP_FLAGS:
        key = (pattern, flags)
        entry = _re_table.get(key)
        if entry is not None:
            try:
                compiled = _re_make(pattern, *entry)
            except Exception:  # noqa: BLE001 - re itself then compiles it (and says why)
                pass
            else:
                _re_used[key] = entry
                return compiled
        _re_missed.add(key)
    return _re_original(pattern, flags)


@contextmanager
def compiled_patterns() -> Iterator[None]:
    """Regular expressions compiled inside this block are made from their code in the
    cache; those that were not there are added to it when the (outermost) block ends. The
    file holds the patterns of the last build that compiled a new one (a changed rule
    adds its own, the others' code is read as before)."""
    global _re_depth, _re_original, _re_make
    import re

    with _re_lock:
        if _re_depth == 0:
            key = _re_key()
            if key is None or getattr(re, "_compile", None) is None:
                key = None  # another re module: compiled by it, as without this
            else:
                _re_table.clear()
                _re_table.update(_re_load(key))
                _re_used.clear()
                _re_missed.clear()
                _re_original = re._compile  # type: ignore[attr-defined]
                _re_make = _re_internals()[0].compile
                re._compile = _re_compile  # type: ignore[attr-defined]
                _re_depth = 1
        else:
            _re_depth += 1
        active = _re_depth > 0
    if not active:
        yield
        return
    try:
        yield
    finally:
        with _re_lock:
            _re_depth -= 1
            if _re_depth == 0:
                if getattr(re, "_compile", None) is _re_compile:
                    re._compile = _re_original  # type: ignore[attr-defined]
                if _re_missed and (key := _re_key()) is not None:
                    _re_save(key)
                _re_table.clear()
                _re_used.clear()
                _re_missed.clear()


def _re_load(key: str) -> dict[tuple[str, int], tuple[object, ...]]:
    import marshal

    path = cache_dir() / f"re-code-{key}.bin"
    try:
        table = marshal.loads(_read_checked(path))
        if not isinstance(table, dict):
            raise ValueError("not a table")
        return table
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except Exception as e:  # a corrupt or unreadable file: compiled anew, never trusted
        _warn_once(f"file {path.name} is unreadable", e)
        return {}


def _re_save(key: str) -> None:
    """Write the code of the patterns used in this build (checked against re's own)."""
    import marshal

    _sre = _re_internals()[0]
    assert _re_original is not None
    table = dict(_re_used)
    for pattern, flags in sorted(_re_missed):
        try:
            entry = _re_code(pattern, flags)
            if _sre.compile(pattern, *entry) != _re_original(pattern, flags):
                continue  # not what re makes of it: left to re
        except Exception:  # noqa: BLE001 - a pattern re refused, or another layout
            continue
        table[(pattern, flags)] = entry
    payload = marshal.dumps(table)
    path = cache_dir() / f"re-code-{key}.bin"
    try:
        _write_file(path, lambda fh: fh.write(hashlib.sha256(payload).digest() + payload))
        _prune(path.parent, "re-code", keep=KEEP_BLOBS)
    except OSError as e:
        _warn_once(f"directory {path.parent} is not writable", e)

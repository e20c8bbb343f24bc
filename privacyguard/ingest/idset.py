"""The ids a CSV or JSONL file gives, in about 8 bytes per id (16 for a numeric id).

Readers of row formats read a file's ids once before its messages, to know two things:
whether any id repeats (then ids are qualified with their conversation), and whether a line
number, or one of the other ids a row without an id may take (``line-N``, ``line-N-2``, ...;
see :func:`privacyguard.ingest.tabular.fallback_id`), is an id of the file. A ``set`` of the
id strings took 60-100 bytes per id plus the strings; :class:`GivenIds` keeps:

* a 64-bit keyed digest (BLAKE2b, with a random key of the object) of every id, in 256
  ``array('Q')`` buckets, sorted once the file is read: repeats are found as equal
  neighbours;
* the ids that are canonical decimal numbers (``"42"``, not ``"042"``), exactly, as 64-bit
  integers: only those can equal a line number, so the line-number question is answered
  exactly, never by a digest;
* the ids shaped like the others a row without an id may take, ``line-N`` and ``line-N-K``
  (canonical numbers, N and K below 2**32, K at least 2), exactly, packed into 64 bits: so
  which id such a row takes never depends on a digest, and the same file gives the same ids
  on every run (the digest key is random).

Digests can collide; the answers do not depend on it. Equal ids always have equal digests,
so no repeat is missed. Equal digests are confirmed by reading the ids again (only those with
a digest seen twice are kept, as strings, until one real repeat is found): two different ids
that share a digest are not taken for a repeat. With a random key a file cannot be made to
collide on purpose; by chance, a million ids collide with a probability of about 3e-8.

>>> ids = GivenIds.of(lambda: iter(["a", "7", "b", "7", ""]))
>>> ids.repeats, "7" in ids, "8" in ids, "a" in ids, "" in ids
(True, True, False, True, False)
>>> GivenIds.of(lambda: iter(["a", "b"])).repeats
False
>>> ids = GivenIds.of(lambda: iter(["line-3", "line-3-2", "line-03"]))
>>> "line-3" in ids, "line-3-2" in ids, "line-3-3" in ids, "line-4" in ids
(True, True, False, False)
"""

from __future__ import annotations

import hashlib
import re
import secrets
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable

_BUCKETS = 256
_MAX = (1 << 64) - 1


def _number(mid: str) -> int | None:
    """``mid`` as an int when it is a canonical decimal number below 2**64 (as a line number
    is written), else None."""
    if not mid.isascii() or not mid.isdigit() or (mid[0] == "0" and mid != "0"):
        return None
    n = int(mid)
    return n if n <= _MAX else None


# N and K below 2**32 have at most ten digits: longer ones are no line id either
_LINE = re.compile(r"line-([1-9][0-9]{0,9}|0)(?:-([1-9][0-9]{0,9}))?")


def _line_shaped(mid: str) -> int | None:
    """``mid`` packed as N << 32 | K when it reads ``line-N`` (K 0) or ``line-N-K`` (K at
    least 2), with canonical N and K below 2**32; else None."""
    m = _LINE.fullmatch(mid) if mid.startswith("line-") and mid.isascii() else None
    if m is None:
        return None
    n, k = int(m.group(1)), int(m.group(2) or 0)
    return n << 32 | k if n < 1 << 32 and k < 1 << 32 and k != 1 else None


def _has(bucket: array[int], value: int) -> bool:
    i = bisect_left(bucket, value)
    return i < len(bucket) and bucket[i] == value


class GivenIds:
    """Whether a file's ids repeat, and which ids it gives; see the module."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(16)
        self._digests = [array("Q") for _ in range(_BUCKETS)]
        self._numbers = [array("Q") for _ in range(_BUCKETS)]
        self._lines = [array("Q") for _ in range(_BUCKETS)]
        self.count = 0
        #: whether some id occurs twice (set by :meth:`finish`)
        self.repeats = False
        self._done = False

    @classmethod
    def of(cls, values: Callable[[], Iterable[str]]) -> GivenIds:
        """The ids ``values()`` yields; ``values`` is called again only to confirm equal
        digests (see the module)."""
        ids = cls()
        for v in values():
            ids.add(v)
        ids.finish(values)
        return ids

    def _digest(self, mid: str) -> int:
        h = hashlib.blake2b(mid.encode("utf-8", "surrogatepass"), digest_size=8, key=self._key)
        return int.from_bytes(h.digest(), "big")

    def add(self, mid: str) -> None:
        d = self._digest(mid)
        self._digests[d >> 56].append(d)
        n = _number(mid)
        if n is not None:
            self._numbers[n % _BUCKETS].append(n)
        else:
            line = _line_shaped(mid)
            if line is not None:
                self._lines[line % _BUCKETS].append(line)
        self.count += 1

    def finish(self, values: Callable[[], Iterable[str]]) -> None:
        """Sort the buckets and decide :attr:`repeats`, reading ``values()`` again only when
        two ids share a digest."""
        twice: set[int] = set()
        for i, bucket in enumerate(self._digests):
            s = array("Q", sorted(bucket))
            self._digests[i] = s
            twice.update(s[j] for j in range(1, len(s)) if s[j] == s[j - 1])
        for buckets in (self._numbers, self._lines):
            for i, bucket in enumerate(buckets):
                buckets[i] = array("Q", sorted(bucket))
        self.repeats = bool(twice) and self._confirm(twice, values)
        self._done = True

    def _confirm(self, twice: set[int], values: Callable[[], Iterable[str]]) -> bool:
        """Whether ids with a digest in ``twice`` really repeat (stops at the first)."""
        seen: dict[int, set[str]] = {}
        for v in values():
            d = self._digest(v)
            if d not in twice:
                continue
            strings = seen.setdefault(d, set())
            if v in strings:
                return True
            strings.add(v)
        return False

    def __contains__(self, mid: object) -> bool:
        """Whether the file gives ``mid``: exact for a canonical decimal number and for
        ``line-N`` / ``line-N-K`` (the ids a row without an id may take); for any other id by
        its digest."""
        assert self._done, "finish() first"
        if not isinstance(mid, str) or not mid:
            return False  # an empty id is no id (but two of them are a repeat)
        n = _number(mid)
        if n is not None:
            return _has(self._numbers[n % _BUCKETS], n)
        line = _line_shaped(mid)
        if line is not None:
            return _has(self._lines[line % _BUCKETS], line)
        d = self._digest(mid)
        return _has(self._digests[d >> 56], d)

    def nbytes(self) -> int:
        """The bytes the buckets hold (for the benchmark)."""
        return sum(b.itemsize * len(b) for b in (*self._digests, *self._numbers, *self._lines))

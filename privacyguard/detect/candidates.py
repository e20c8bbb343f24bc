"""One candidate pass over a text: which of the rules' regexes may match in it at all.

Every pattern of the pattern recognizers (and every recognizer's prefilter) is compiled
into Hyperscan databases (three for the shipped rules), so one scan of a text says which
patterns can match there; only those then run as Python ``re`` patterns, which alone
decide every finding (spans, groups, look-arounds: the semantics are unchanged). On the
benchmark corpus 12 % of the (message, pattern) pairs pass, where 7 % match.

That is exact only if the Hyperscan pattern matches *at least* wherever the Python one
does. It is not Python's pattern handed to another engine (whose ``\\w``, ``\\d``, case
folding and look-arounds differ at the edges): it is written here from Python's own parse
tree (``re._parser``) as a pattern of a language that holds the Python one's:

- every character set is the set Python's ``re`` matches, computed by Python itself over
  all code points (``\\w``, ``\\d``, ``\\s`` and their negations exactly; case-insensitive
  parts closed under every case relation Python's ``re`` uses: simple lower case, upper
  case and its extra case pairs); outside Latin, Greek, Cyrillic and general punctuation
  (``_EXACT``) the scanner sees one stand-in per zone of code points (``_ZONES``): each
  such character of a text is replaced by its zone's stand-in (a control character of
  one byte, ``_STAND_INS``) before the scan, and a set holds the stand-in of every zone
  it touches, so small UTF-8 automata stay exact;
- anchors, word boundaries and look-arounds are dropped (they only ever restrict);
- a repeat of more than ``WIDEN_ABOVE``, or of more than one of a part that repeats
  itself, is made unbounded (``{2,50}`` -> ``{2,}``), which keeps the compile short;
- a pattern the translation cannot write (a back-reference, a conditional), that matches
  the empty string, or that Hyperscan refuses is run on every text, as without this pass;
- Hyperscan's prefilter mode only ever adds matches.

A text with a lone surrogate (not UTF-8) skips the pass: every pattern runs. The
databases are compiled once (3-8 s for the shipped rules, busy machine included) and
kept in the on-disk cache (privacyguard/cache.py: 20 ms to load), keyed by the regexes,
this module's FORMAT, privacyguard's, Python's, Unicode's and hyperscan's versions; a
corrupt or unwritable cache builds them in memory (one warning). Patterns left out of the
databases are logged at debug level, and run on every text.

PRIVACYGUARD_CANDIDATE_PASS=0 (or ``Detector(candidate_pass=False)``) turns the pass off;
so does a missing ``hyperscan`` package.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as c
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as c
    import sre_parse

log = logging.getLogger(__name__)

ENV_VAR = "PRIVACYGUARD_CANDIDATE_PASS"
#: a repeat bounded above this is written unbounded (a superset, far cheaper to compile)
WIDEN_ABOVE = 20
FORMAT = "8"  # bump when the translation or the file layout changes
#: a translated pattern this long goes into a database of at most LARGE_GROUP such
LARGE_EXPR = 1000
LARGE_GROUP = 12
_MAX = 0x10FFFF
_SURROGATES = (0xD800, 0xDFFF)
#: code points the scanner sees as they are; each of a zone's is seen as its first
_EXACT = ((0x0000, 0x052F), (0x2000, 0x206F))
_ZONES = ((0x0530, 0x1FFF), (0x2070, _MAX))
#: the character each zone's characters are seen as: a control character of one byte in
#: UTF-8 (a class of one-byte characters is far cheaper for Hyperscan to repeat than one
#: with a character of two or three bytes); one that a text holds is seen as itself, which
#: a set that touches the zone holds too, so it can only let more through
_STAND_INS = (0x01, 0x02)
_SURROGATE = re.compile("[\ud800-\udfff]")
#: a character of a zone (seen as its stand-in) or a surrogate
_ZONED = re.compile(
    "["
    + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in (*_ZONES, _SURROGATES))
    + "]"
)

Ranges = tuple[tuple[int, int], ...]


class Untranslatable(ValueError):
    """A construct with no superset written here (a back-reference, a conditional)."""


def enabled_by_env() -> bool:
    return os.environ.get(ENV_VAR, "1").strip().lower() not in ("0", "false", "no", "off")


# ---------------------------------------------------------------- character sets


def _norm(ranges: Iterable[tuple[int, int]]) -> Ranges:
    out: list[list[int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return tuple((lo, hi) for lo, hi in out)


def _complement(rs: Ranges) -> Ranges:
    out = []
    at = 0
    for lo, hi in rs:
        if lo > at:
            out.append((at, lo - 1))
        at = hi + 1
    if at <= _MAX:
        out.append((at, _MAX))
    return tuple(out)


def _contains(rs: Ranges, cp: int) -> bool:
    i = bisect.bisect_right(rs, (cp, _MAX + 1)) - 1
    return i >= 0 and rs[i][0] <= cp <= rs[i][1]


@cache
def _all_chars() -> str:
    return "".join(map(chr, range(_MAX + 1)))


@cache
def _category(rx: str) -> Ranges:
    """The exact code points Python's ``re`` matches with a one-character class."""
    return _norm((m.start(), m.end() - 1) for m in re.finditer(rx + "+", _all_chars()))


_CATEGORIES = {
    c.CATEGORY_DIGIT: r"\d",
    c.CATEGORY_NOT_DIGIT: r"\D",
    c.CATEGORY_SPACE: r"\s",
    c.CATEGORY_NOT_SPACE: r"\S",
    c.CATEGORY_WORD: r"\w",
    c.CATEGORY_NOT_WORD: r"\W",
}


@cache
def _case_groups() -> dict[int, tuple[int, ...]]:
    """Each cased code point -> every code point related to it by a case relation Python's
    ``re`` uses under IGNORECASE (simple lower case, upper case, the extra pairs)."""
    import _sre  # type: ignore[import-not-found]

    try:
        from re._casefix import _EXTRA_CASES as extra  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - Python 3.10
        from sre_compile import _ignorecase_fixes as extra  # type: ignore[attr-defined]

    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
            parent.setdefault(min(ra, rb), min(ra, rb))

    for cp in range(_MAX + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        low = _sre.unicode_tolower(cp)
        if low != cp:
            union(cp, low)
        up = ch.upper()
        if len(up) == 1 and up != ch:
            union(cp, ord(up))
        lw = ch.lower()
        if len(lw) == 1 and lw != ch:
            union(cp, ord(lw))
    for k, others in extra.items():
        for o in others:
            union(k, o)
    groups: dict[int, list[int]] = {}
    for cp in list(parent):
        groups.setdefault(find(cp), []).append(cp)
    out: dict[int, tuple[int, ...]] = {}
    for members in groups.values():
        t = tuple(sorted(members))
        for m in t:
            out[m] = t
    return out


def _case_closed(rs: Ranges) -> Ranges:
    groups = _case_groups()
    if len(rs) == 1 and rs[0][0] == rs[0][1]:
        members = groups.get(rs[0][0])
        return _norm((m, m) for m in members) if members else rs
    extra = [
        (m, m)
        for cp, members in groups.items()
        if _contains(rs, cp)
        for m in members
        if not _contains(rs, m)
    ]
    return _norm([*rs, *extra]) if extra else rs


def _widened(rs: Ranges) -> Ranges:
    """The set as the scanner sees it: its exact part, and for each zone it touches the
    zone's one stand-in (every character of a zone is replaced by it before a scan)."""
    out: list[tuple[int, int]] = []
    for lo, hi in rs:
        for elo, ehi in _EXACT:
            a, b = max(lo, elo), min(hi, ehi)
            if a <= b:
                out.append((a, b))
        for (zlo, zhi), stand_in in zip(_ZONES, _STAND_INS, strict=True):
            if lo <= zhi and hi >= zlo:
                out.append((stand_in, stand_in))
    return _norm(out)


#: the characters of each zone, each replaced by the zone's stand-in before a scan
_ZONE_RX = [
    (re.compile(f"[{re.escape(chr(lo))}-{re.escape(chr(hi))}]"), chr(stand_in))
    for (lo, hi), stand_in in zip(_ZONES, _STAND_INS, strict=True)
]


def _stand_ins(text: str) -> str:
    """The text with each character outside the exact blocks replaced by its zone's
    stand-in, one for one: a pattern that Python matches in the text matches there, as
    each of its sets holds the stand-in of every zone it touches (_widened)."""
    for rx, rep in _ZONE_RX:
        text = rx.sub(rep, text)
    return text


def _char(cp: int) -> str:
    if cp < 0x80 and (chr(cp).isalnum()):
        return chr(cp)
    return f"\\x{{{cp:x}}}"


def _render_set(rs: Ranges) -> str:
    rs = _widened(rs)
    if not rs:
        raise Untranslatable("an empty character set")
    if len(rs) == 1 and rs[0][0] == rs[0][1]:
        return _char(rs[0][0])
    parts = [_char(lo) if lo == hi else f"{_char(lo)}-{_char(hi)}" for lo, hi in rs]
    return "[" + "".join(parts) + "]"


# ---------------------------------------------------------------- the translation


def _items_set(items: Sequence[tuple[Any, Any]]) -> tuple[Ranges, bool]:
    """The exact set of a class's positive items, and whether it was negated."""
    negate = False
    rs: list[tuple[int, int]] = []
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            rs.append((av, av))
        elif op is c.RANGE:
            rs.append((av[0], av[1]))
        elif op is c.CATEGORY:
            if av not in _CATEGORIES:
                raise Untranslatable(f"category {av}")
            rs.extend(_category(_CATEGORIES[av]))
        else:
            raise Untranslatable(f"class item {op}")
    return _norm(rs), negate


def _case_interior(rs: Ranges) -> Ranges:
    """The members of a set whose every case relative is in it too."""
    groups = _case_groups()
    out = [
        cp for cp, members in groups.items()
        if _contains(rs, cp) and not all(_contains(rs, m) for m in members)
    ]  # fmt: skip
    if not out:
        return rs
    return _intersect(rs, _complement(_norm((cp, cp) for cp in out)))


def _intersect(a: Ranges, b: Ranges) -> Ranges:
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


def _class(items: Sequence[tuple[Any, Any]], ignorecase: bool) -> str:
    rs, negate = _items_set(items)
    if negate:
        # Python's [^...] never matches a member of the set; under IGNORECASE, none whose
        # every case relative is in it (it compares lower-cased characters)
        return _render_set(_complement(_case_interior(rs) if ignorecase else rs))
    return _render_set(_case_closed(rs) if ignorecase else rs)


def _seq(items: Any, ignorecase: bool) -> str:
    items = list(items)
    out = []
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is c.ASSERT and av[0] == 1:  # lookaheads, and what follows them
            j = i
            while j < len(items) and items[j][0] is c.ASSERT and items[j][1][0] == 1:
                j += 1
            ahead = [items[k][1][1] for k in range(i, j)]
            try:
                written = _looked_ahead(ahead, items[j], ignorecase) if j < len(items) else None
            except Untranslatable:
                written = None  # a class it cannot write: the lookaheads are dropped
            if written is not None:
                out.append(written)
                i = j + 1
                continue
            i = j  # dropped: a look-around only restricts
            continue
        out.append(_node(op, av, ignorecase))
        i += 1
    return "".join(out)


#: the most characters a lookahead may look into a repeat for _looked_ahead to write it
LOOKAHEAD_REACH = 12


def _looked_ahead(ahead: list[Any], then: tuple[Any, Any], ignorecase: bool) -> str | None:
    """A repeat of one character class A after lookaheads that each ask for a character
    of a class B among its first characters (``(?=[a-z0-9]{0,5}\d)[a-z0-9]{6}``: a digit
    among the six), written as the repeat with that character in each place it may be
    (``\d[a-z0-9]{5}|[a-z0-9]\d[a-z0-9]{4}|...``): every match of the Python pattern is
    a match of this, which, unlike the repeat alone, does not let every six-letter word
    through. None: not of that form (the lookaheads are then dropped).

    A lookahead of the form ``(?=A{0,k}B)`` (A the repeat's class itself, k + 1 at most
    the repeat's minimum) holds at a place where the repeat matches only if one of the
    repeat's first k + 1 characters is a B; other lookaheads are dropped (which only ever
    lets more through). At most two are written (at most (k + 1)**2 alternatives)."""
    op, av = then
    if op not in (c.MAX_REPEAT, c.MIN_REPEAT):
        return None
    lo, hi, sub = av
    sub = list(sub)
    if len(sub) != 1 or sub[0][0] not in (c.IN, c.LITERAL):
        return None
    wants: list[tuple[int, tuple[Any, Any]]] = []  # (k, B) of each usable lookahead
    for body in ahead:
        body = list(body)
        k = 0
        if len(body) == 2 and body[0][0] in (c.MAX_REPEAT, c.MIN_REPEAT):
            blo, bhi, bsub = body[0][1]
            if blo != 0 or bhi is c.MAXREPEAT or list(bsub) != sub:
                continue
            k = int(bhi)
        elif len(body) != 1:
            continue
        target = body[-1]
        if target[0] not in (c.IN, c.LITERAL) or k + 1 > int(lo) or k >= LOOKAHEAD_REACH:
            continue
        wants.append((k, target))
    if not wants:
        return None
    wants = wants[:2]
    a_set = _exact_set(sub[0], ignorecase)
    a = _render_set(a_set)
    marks = [_intersect(a_set, _exact_set(target, ignorecase)) for _, target in wants]
    alternatives = []
    for places in itertools.product(*(range(k + 1) for k, _ in wants)):
        head = max(places) + 1
        chars = []
        for at in range(head):
            here = a_set  # a character of the repeat, and of every class asked for here
            for mark, place in zip(marks, places, strict=True):
                if place == at:
                    here = _intersect(here, mark)
            if not here:
                break  # no character is both (a letter and a digit): no match this way
            chars.append(a if here == a_set else _render_set(here))
        if len(chars) < head:
            continue
        rest_lo = min(int(lo) - head, WIDEN_ABOVE)
        if hi is c.MAXREPEAT or int(hi) > WIDEN_ABOVE:
            rest = f"(?:{a}){{{rest_lo},}}"
        else:
            rest_hi = int(hi) - head
            rest = f"(?:{a}){{{rest_lo},{rest_hi}}}" if rest_hi > 0 else ""
        alternatives.append("".join(chars) + rest)
    if not alternatives:
        return None
    return "(?:" + "|".join(alternatives) + ")"


def _exact_set(node: tuple[Any, Any], ignorecase: bool) -> Ranges:
    """The exact set (no stand-ins) of the characters a LITERAL or IN node matches, as
    _node renders it before widening."""
    op, av = node
    if op is c.LITERAL:
        one = ((av, av),)
        return _case_closed(one) if ignorecase else one
    rs, negate = _items_set(av)
    if negate:
        return _complement(_case_interior(rs) if ignorecase else rs)
    return _case_closed(rs) if ignorecase else rs


def _node(op: Any, av: Any, ignorecase: bool) -> str:
    if op is c.LITERAL:
        one = ((av, av),)
        return _render_set(_case_closed(one) if ignorecase else one)
    if op is c.NOT_LITERAL:
        one = ((av, av),)
        return _render_set(_complement(_case_interior(one) if ignorecase else one))
    if op is c.ANY:
        return _render_set(((0, _MAX),))
    if op is c.IN:
        return _class(av, ignorecase)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return ""  # anchors, boundaries and look-arounds only restrict
    if op is c.SUBPATTERN:
        _group, add, delete, sub = av
        ic = (ignorecase or bool(add & re.IGNORECASE)) and not (delete & re.IGNORECASE)
        return f"(?:{_seq(sub, ic)})"
    if op is getattr(c, "ATOMIC_GROUP", None):
        return f"(?:{_seq(av, ignorecase)})"
    if op is c.BRANCH:
        return "(?:" + "|".join(_seq(alt, ignorecase) for alt in av[1]) + ")"
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        lo, hi, sub = av
        body = _seq(sub, ignorecase)
        if not body:
            return ""
        body = f"(?:{body})"
        lo = min(int(lo), WIDEN_ABOVE)
        if hi is c.MAXREPEAT or int(hi) > WIDEN_ABOVE or (int(hi) > 1 and _repeats(sub)):
            return f"{body}{{{lo},}}"
        return f"{body}{{{lo},{int(hi)}}}"
    raise Untranslatable(f"{op}")


_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))


def _repeats(items: Any) -> bool:
    """Does a part of a pattern hold a repeat? (A bounded repeat of one is written
    unbounded: nested bounded repeats made single patterns take seconds to compile, and
    Hyperscan's prefilter then let them through on every text.)"""
    for op, av in items:
        if op in _REPEATS:
            return True
        if op is c.SUBPATTERN and _repeats(av[-1]):
            return True
        if op is getattr(c, "ATOMIC_GROUP", None) and _repeats(av):
            return True
        if op is c.BRANCH and any(_repeats(alt) for alt in av[1]):
            return True
    return False


def translate(regex: str) -> str:
    """A Hyperscan pattern (UTF-8, case-sensitive, no UCP) whose matches hold every match
    of the Python ``regex``."""
    parsed = sre_parse.parse(regex)
    ignorecase = bool(parsed.state.flags & re.IGNORECASE)
    out = _seq(parsed, ignorecase)
    if not out:
        raise Untranslatable("matches the empty string")
    return out


# ---------------------------------------------------------------- the scanner


def _flags(hs: Any) -> int:
    return int(hs.HS_FLAG_UTF8 | hs.HS_FLAG_PREFILTER | hs.HS_FLAG_SINGLEMATCH)


def content_key(regexes: Sequence[str]) -> str:
    """The cache key of a database: the regexes, how they are translated (this module's
    FORMAT, Python's version and Unicode data) and hyperscan's version."""
    import unicodedata

    import hyperscan

    from privacyguard.cache import _version

    h = hashlib.sha256()
    for part in (
        FORMAT, _version("privacyguard"), WIDEN_ABOVE, LARGE_EXPR, LARGE_GROUP, _EXACT,
        _ZONES, _STAND_INS, sys.version, unicodedata.unidata_version,
        getattr(hyperscan, "__version__", "-"), _flags(hyperscan), len(regexes),
    ):  # fmt: skip
        h.update(f"{part}\0".encode())
    for e in regexes:
        h.update(e.encode("utf-8") + b"\0")
    return h.hexdigest()[:24]


def _groups(exprs: dict[int, str]) -> list[list[int]]:
    """The databases to compile: the short patterns together, the long ones (long
    alternations, large classes) by LARGE_GROUP. Measured on the rules' 69 patterns: one
    database took 14 s to compile and 52 us a message to scan; these groups 8-10 s and
    14 us."""
    small = sorted(i for i, e in exprs.items() if len(e) < LARGE_EXPR)
    large = sorted(
        (i for i, e in exprs.items() if len(e) >= LARGE_EXPR), key=lambda i: len(exprs[i])
    )
    groups = [small] if small else []
    groups += [sorted(large[k : k + LARGE_GROUP]) for k in range(0, len(large), LARGE_GROUP)]
    return groups


class CandidateScanner:
    """Which of a list of Python regexes may match a text: ``possible(text)`` gives the
    indices of those that may (a set), or None when every one must run. Indices of
    regexes that are in no database (``always``, why in ``skipped``) are always in it."""

    def __init__(
        self, regexes: Sequence[str], use_cache: bool = True, cache_name: str = "candidates"
    ):
        """``cache_name``: the name its databases are kept under in the on-disk cache,
        which keeps a few of each name (privacyguard/cache.py KEEP_BLOBS): a scanner of
        other patterns under a name of its own does not push the rules' databases out."""
        import hyperscan

        self._hs = hyperscan
        self.regexes = list(regexes)
        self.skipped: dict[int, str] = {}  # index -> why it runs on every text
        self.ids: list[int] = []  # the indices the databases hold
        self._dbs: list[Any] = []
        self._loaded = False
        if self.regexes:
            key = content_key(self.regexes)
            if use_cache:
                from privacyguard.cache import cached_bytes

                # a cached file that does not load is rebuilt like a corrupt one
                blob = cached_bytes(cache_name, key, self._build, check=self._load)
            else:
                blob = self._build()
            if not self._loaded:  # built now (or without the cache)
                self._load(blob)
        self.always = frozenset(set(range(len(self.regexes))) - set(self.ids))
        self._local = threading.local()
        for i in sorted(self.always):
            log.debug(
                "candidate pass: regex %d runs on every text (%s)", i, self.skipped.get(i, "?")
            )

    def _load(self, blob: bytes) -> None:
        """Databases written by _build: a JSON header (the indices each holds, its size,
        why the others are in none), a NUL, the serialised Hyperscan databases."""
        header, _, payload = bytes(blob).partition(b"\0")
        meta = json.loads(header)
        if meta["n"] != len(self.regexes):
            raise ValueError("databases of other regexes")
        dbs, ids, at = [], [], 0
        for group, size in zip(meta["groups"], meta["sizes"], strict=True):
            if not all(0 <= int(i) < len(self.regexes) for i in group):
                raise ValueError("databases of other regexes")
            dbs.append(self._hs.loadb(payload[at : at + size], self._hs.HS_MODE_BLOCK))
            ids += [int(i) for i in group]
            at += size
        if at != len(payload):
            raise ValueError("trailing bytes")
        self._dbs, self.ids = dbs, sorted(ids)
        self._loaded = True
        self.skipped = {int(k): str(v) for k, v in meta["skipped"].items()}

    def _build(self) -> bytes:
        hs = self._hs
        ok: dict[int, str] = {}
        skipped: dict[int, str] = {}
        for i, rx in enumerate(self.regexes):
            try:
                ok[i] = translate(rx)
            except (Untranslatable, re.error, RecursionError) as e:
                skipped[i] = str(e) or type(e).__name__
        groups, blobs = [], []
        for group in _groups(ok):
            try:
                blobs.append(self._compile({i: ok[i] for i in group}))
                groups.append(group)
                continue
            except hs.error:
                pass
            for i in list(group):  # find the ones it refuses
                try:
                    self._compile({i: ok[i]})
                except hs.error as e:
                    group.remove(i)
                    skipped[i] = f"hyperscan refused it ({e})"
            if group:
                blobs.append(self._compile({i: ok[i] for i in group}))
                groups.append(group)
        meta = {
            "n": len(self.regexes),
            "groups": groups,
            "sizes": [len(b) for b in blobs],
            "skipped": skipped,
        }
        return json.dumps(meta).encode() + b"\0" + b"".join(blobs)

    def _compile(self, exprs: dict[int, str]) -> bytes:
        hs = self._hs
        db = hs.Database(mode=hs.HS_MODE_BLOCK)
        ids = sorted(exprs)
        db.compile(
            expressions=[exprs[i].encode("utf-8") for i in ids],
            ids=ids,
            elements=len(ids),
            flags=[_flags(hs)] * len(ids),
        )
        return bytes(hs.dumpb(db))

    def _scratch(self) -> list[Any]:
        """Scratch space for each database, one set per thread (Hyperscan's rule)."""
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = [self._hs.Scratch(db) for db in self._dbs]
        return scratch

    def possible(self, text: str) -> frozenset[int] | None:
        """The indices of the regexes that may match in ``text``; None: run every one."""
        if not self._dbs:
            return self.always
        if not text.isascii() and _ZONED.search(text):
            # (a text of Latin, Cyrillic and the like alone has nothing to stand in for,
            # nor a surrogate: one search instead of three)
            if _SURROGATE.search(text):  # not UTF-8: run every pattern
                return None
            text = _stand_ins(text)
        data = text.encode("utf-8")
        hits: set[int] = set(self.always)
        add = hits.add

        def on_match(pid: int, _from: int, _to: int, _flags: int, _ctx: object) -> None:
            add(pid)

        for db, scratch in zip(self._dbs, self._scratch(), strict=True):
            db.scan(data, match_event_handler=on_match, scratch=scratch)
        return frozenset(hits)

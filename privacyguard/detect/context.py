"""Context words near a candidate: inflections and compounds without a lemmatizer.

A term matches a lower-cased word when
- the term starts with ``=``: the word is exactly the rest ("=nummer" ~ "nummer", not
  "klantnummer");
- the term ends in ``*``: the word starts with the stem ("брон*" ~ "брони", "бронирования");
- the term is 5+ letters: the word contains it ("klantnummer" ~ "klantnummers",
  "fødselsnummeret", "ticketnummer" ~ "e-ticketnummer");
- a term of 3-4 letters: the word equals it, or is it plus a short suffix ("pnr" ~ "pnrs");
- a term of 1-2 letters: the word equals it.
Multi-word terms ("date of birth", "номер брони") match consecutive words.
The nearest matching term decides, so "klantnummer 123 en bestelnummer 456" gives
456 to the order number (negative) and 123 to the customer number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import compress

from rapidfuzz import process
from rapidfuzz.distance import OSA

from privacyguard.detect.latin1 import latin1
from privacyguard.detect.latin1 import twin as latin1_twin

# every repeat bounded (config/regex_bounds.py): a longer word is cut into tokens. The
# repeats possessive ("+"): whatever follows a repeat may match empty, so the first try is
# the match and giving characters back never helps; without the backtracking state the
# regex engine keeps, a window's words cost about 30 % less (the same matches: every
# context window of the accuracy corpora and 50,000 random strings)
WORD = re.compile(r"[^\W_]{1,100}+(?:[.'][^\W\d_]{1,100}+){0,5}+\.?+|#", re.UNICODE)
#: WORD for a text of Latin-1 characters (detect/latin1.py): the same matches
WORD_LATIN1 = latin1_twin(WORD)


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    text: str
    negative: bool

    def matches_at(self, words: list[str], i: int) -> bool:
        if i + len(self.words) > len(words):
            return False
        first, *rest = self.words
        return _word_matches(first, words[i]) and all(
            _exact_match(t, w) for t, w in zip(rest, words[i + 1 :], strict=False)
        )

    def follows_at(self, words: list[str], i: int) -> bool:
        """matches_at(words, i) for a term that ContextMatcher._starting_with(words[i])
        gave: its first word matches words[i] (tests/test_context_index.py)."""
        n = len(self.words)
        if n == 1:
            return True
        if i + n > len(words):
            return False
        rest = zip(self.words[1:], words[i + 1 :], strict=False)
        return all(_exact_match(t, w) for t, w in rest)


def _word_matches(term: str, word: str) -> bool:
    return _exact_match(term, word) or _typo_of(term, word)


def _typo_candidate(term: str) -> bool:
    return len(term) >= 7 and not term.startswith("=") and not term.endswith("*")


def _typo_of(term: str, word: str) -> bool:
    """One typo (a swapped pair, or one letter wrong, missing or extra) in a long context
    word: "kunednummer" for "kundenummer", "knudenr" for "kundenr"."""
    if len(term) < 7 or term[0] in "=" or term.endswith("*") or abs(len(term) - len(word)) > 1:
        return False
    return OSA.distance(term, word, score_cutoff=1) <= 1


def _exact_match(term: str, word: str) -> bool:
    if term.startswith("="):
        return word.rstrip(".:") == term[1:]
    if term.endswith("*"):
        return word.startswith(term[:-1])
    if len(term) >= 5:
        return term in word
    word = word.rstrip(".")
    term = term.rstrip(".")
    if len(term) <= 2:  # "f.", "др": whole words only, or "f" would match "før"
        return word == term
    return word == term or (word.startswith(term) and len(word) - len(term) <= 2)


def _term_words(word: str) -> list[str]:
    """A term's word as the text's words are cut ("miles & more" -> miles, more), keeping
    the "=" (whole word) and "*" (stem) marks."""
    exact, stem = word.startswith("="), word.endswith("*")
    parts = [m.group(0) for m in WORD.finditer(word.strip("=*"))] or [word.strip("=*")]
    if exact:
        parts[0] = "=" + parts[0]
    if stem:
        parts[-1] += "*"
    return [p for p in parts if p.strip("=*")]


def make_terms(positive: Iterable[str], negative: Iterable[str]) -> list[Term]:
    terms = []
    for text, neg in [(t, False) for t in positive] + [(t, True) for t in negative]:
        words = tuple(p for w in text.split() for p in _term_words(w.lower()))
        if words:
            terms.append(Term(words, text, neg))
    # longest first, so that "order number" beats "number" at the same place
    return sorted(terms, key=lambda t: -len(t.words))


class _HeadIndex:
    """The terms whose first word matches a word (as _exact_match decides), found by a few
    dictionary look-ups of the word's prefixes and substrings instead of trying every term."""

    def __init__(self, heads: list[str]):
        self.whole: dict[str, list[int]] = {}  # "=nummer", and terms of 1-2 letters
        self.stems: dict[str, list[int]] = {}  # "брон*": the word starts with it
        self.inside: dict[str, list[int]] = {}  # 5+ letters: the word contains it
        self.short: dict[str, list[int]] = {}  # 3-4 letters: the word, or it + 1-2 letters
        for k, head in enumerate(heads):
            if head.startswith("="):
                self.whole.setdefault(head[1:], []).append(k)
            elif head.endswith("*"):
                self.stems.setdefault(head[:-1], []).append(k)
            elif len(head) >= 5:
                self.inside.setdefault(head, []).append(k)
            elif len(head.rstrip(".")) <= 2:
                self.whole.setdefault("\0" + head.rstrip("."), []).append(k)
            else:
                self.short.setdefault(head.rstrip("."), []).append(k)
        self.stem_lengths = sorted({len(t) for t in self.stems})
        self.inside_lengths = sorted({len(t) for t in self.inside})
        # a stem at a word's start, a head of `inside` within it: most words hold neither,
        # and spare matching() its loops (one search in C instead of a look-up per length)
        self.any_stem = _any_of(tuple(self.stems))
        self.any_inside = _any_of(tuple(self.inside))

    def matching(self, word: str) -> list[int]:
        """Indices (ascending) of the heads that match the word."""
        hits: list[int] = []
        hits += self.whole.get(word.rstrip(".:"), ())
        bare = word.rstrip(".")
        hits += self.whole.get("\0" + bare, ())
        for n in self.stem_lengths if self.any_stem and self.any_stem.match(word) else ():
            if n > len(word):
                break
            hits += self.stems.get(word[:n], ())
        for n in self.inside_lengths if self.any_inside and self.any_inside.search(word) else ():
            if n > len(word):
                break
            for i in range(len(word) - n + 1):
                hits += self.inside.get(word[i : i + n], ())
        for n in range(max(3, len(bare) - 2), len(bare) + 1):
            hits += self.short.get(bare[:n], ())
        return sorted(set(hits))


@dataclass(frozen=True)
class ContextHit:
    term: Term
    distance: int


class ContextMatcher:
    """Finds the nearest context term before (and just after) a span of a text."""

    def __init__(self, terms: list[Term], before: int, after: int):
        self.terms = terms
        self.before = before
        self.after = after
        self._by_word: dict[str, list[Term]] = {}  # word -> terms whose first word it matches
        self._typo_heads = sorted({t.words[0] for t in terms if _typo_candidate(t.words[0])})
        self._of_typo_head: dict[str, list[int]] = {}  # a typo head -> its terms' indices
        for k, t in enumerate(terms):
            if _typo_candidate(t.words[0]):
                self._of_typo_head.setdefault(t.words[0], []).append(k)
        self._index = _HeadIndex([t.words[0] for t in terms])

    # The keys and their patterns are built at a matcher's first use, not with the detector:
    # most matchers of a detector that scans one message are never asked (and the keys of
    # the 54 matchers took about a third of building a detector).

    @cached_property
    def _keys(self) -> tuple[str, ...]:
        return _keys_of([t.words[0] for t in self.terms if not t.negative])

    @cached_property
    def _key_rx(self) -> re.Pattern[str] | None:
        return _any_of(self._keys)

    @cached_property
    def _all_keys(self) -> tuple[str, ...]:
        """The same for every head, negative ones too: a word that holds none of these
        starts no term, as written or with a typo (mostly numbers and names: the words the
        cache has not seen)."""
        return _keys_of([t.words[0] for t in self.terms])

    @cached_property
    def _all_key_rx(self) -> re.Pattern[str] | None:
        return _any_of(self._all_keys)

    @cached_property
    def _digits_start_none(self) -> bool:
        """No key holds a digit (nor is empty): a word of digits alone starts no term."""
        return all(k and not any(c.isdigit() for c in k) for k in self._all_keys)

    def may_find(self, lowered: str) -> bool:
        """False when no positive term can match any word of a text (``text.lower()``),
        wherever a window falls: a term's first word matches only a word that contains its
        core (or, for a typo, its first three letters or all from the fifth), and every
        window word is a piece of the text. True says nothing."""
        return _holds_one(lowered, self._keys, self._key_rx)

    def _starting_with(self, word: str) -> list[Term]:
        found = self._by_word.get(word)
        if found is None:
            if self._digits_start_none and word.isdigit():
                return []  # not remembered: a number is rarely seen twice
            if not _holds_one(word, self._all_keys, self._all_key_rx):
                # no head matches it, nor is it a typo of one (see _keys_of)
                if any(map(str.isdigit, word)):
                    return []  # not remembered: a number is rarely seen twice
                found = []
            else:
                # a typo counts only where no term matches as written ("bestilling" is a
                # Norwegian word, not a typo of the Dutch "bestelling")
                found = [self.terms[k] for k in self._index.matching(word)]
                if not found and len(word) >= 6 and self._typo_heads:
                    hits = process.extract(
                        word, self._typo_heads, scorer=OSA.distance, score_cutoff=1, limit=None
                    )
                    # the terms of those heads, in the order of self.terms
                    at = sorted({k for h, _, _ in hits for k in self._of_typo_head[h]})
                    found = [self.terms[k] for k in at if _typo_of(self.terms[k].words[0], word)]
            if len(self._by_word) >= WORD_CACHE:
                self._by_word.clear()  # bounded memory over an endless stream
            self._by_word[word] = found
        return found

    def nearest(
        self, text: str, start: int, end: int, windows: Windows | None = None
    ) -> ContextHit | None:
        """The nearest context term of a span. ``windows``: the words around spans of
        this text, cut once for every matcher that scores the same span."""
        if not self.terms:
            return None
        if windows is None:
            lm_all, left_all, rm_all, right_all = _window(text, start, end)
        else:
            got = windows.get((start, end))
            if got is None or got[0] is not text:
                got = windows[(start, end)] = (text, *_window(text, start, end))
            _, lm_all, left_all, rm_all, right_all = got
        k = self.before + 3
        lm, left = lm_all[-k:], left_all[-k:]
        n = self.after + 2
        rm, right = rm_all[:n], right_all[:n]
        best: ContextHit | None = None
        cached = self._by_word.get
        digits_none = self._digits_start_none  # a number starts no term (_starting_with)
        # before the span: distance counts words between the term's end and the span
        for i in range(len(left) - 1, -1, -1):
            terms = cached(left[i])
            if terms is None:
                if digits_none and left[i].isdigit():
                    continue
                terms = self._starting_with(left[i])
            for term in terms:
                if term.follows_at(left, i):
                    end_at = i + len(term.words)
                    if _taken(text, lm, end_at) and not _listed(left, end_at):
                        continue  # "Fakturanummer 759231635, <span>": that word is taken
                    distance = len(left) - end_at
                    if distance <= self.before and _better(best, term, distance):
                        best = ContextHit(term, distance)
        # after the span ("CU051168 is mijn klantnummer"): farther than a word before it
        for i in range(min(len(right), self.after)):
            terms = cached(right[i])
            if terms is None:
                if digits_none and right[i].isdigit():
                    continue
                terms = self._starting_with(right[i])
            for term in terms:
                if not term.follows_at(right, i):
                    continue
                if i > 0 and _taken(text, rm, i + len(term.words)):
                    continue  # "<span> ... ticketnummer 074-...": that word is taken
                if _better(best, term, i + 1 + AFTER_PENALTY):
                    best = ContextHit(term, i + 1 + AFTER_PENALTY)
        return best

    def mentions(self, words: list[str]) -> bool:
        """Does a positive context term occur among a text's words (context_words)?"""
        if len(words) > MENTIONS_BY_WORD and not self.may_find(" ".join(words)):
            return False  # no word holds a key: no term can match one (most messages)
        # the terms each word starts, looked up at once (most words are remembered and
        # start none): the words are gone through one by one only if one starts a term
        got = list(map(self._by_word.get, words))
        if None in got:
            digits_none = self._digits_start_none  # a number starts no term (_starting_with)
            for i, terms in enumerate(got):
                if terms is None:
                    word = words[i]
                    got[i] = [] if digits_none and word.isdigit() else self._starting_with(word)
        if not any(got):
            return False
        for i, terms in enumerate(got):
            for t in terms or ():  # (no None is left)
                if not t.negative and t.follows_at(words, i):
                    return True
        return False


class Mentions:
    """``mentions(words)`` of several matchers at once: what each matcher's mentions()
    answers, from one look-up of each word for all of them (the conversation asks every
    carry_context recognizer's matcher of every message, most of whose words start no
    positive term of any)."""

    def __init__(self, matchers: Sequence[ContextMatcher]):
        self.matchers = tuple(matchers)
        # a word -> for each matcher, the positive terms it starts; () where it starts none
        # of any (most words)
        self._by_word: dict[str, tuple[tuple[Term, ...], ...]] = {}
        self._digits_start_none = all(m._digits_start_none for m in self.matchers)

    @cached_property
    def _keys(self) -> tuple[str, ...]:
        """Every matcher's positive keys: a word that holds none starts no positive term of
        any (each matcher's own rule, _positive), and is not asked of each in turn."""
        return tuple(sorted({k for m in self.matchers for k in m._keys}))

    @cached_property
    def _key_rx(self) -> re.Pattern[str] | None:
        return _any_of(self._keys)

    def _positive(self, word: str) -> tuple[tuple[Term, ...], ...]:
        """For each matcher, the positive terms that start at ``word``, as its mentions()
        takes them (_starting_with; a number starts none where no key holds a digit). A
        word that holds none of a matcher's positive keys starts none of its positive
        terms, as written or with a typo (may_find's rule): its negative terms and typos
        are not looked for (words new to the matcher, most of them holding no key or only
        a negative one: "morning" holds uk_nino's "ing" of "tracking")."""
        if not _holds_one(word, self._keys, self._key_rx):
            return ()  # no matcher's positive key: none of them is asked (most new words)
        per: list[tuple[Term, ...]] = []
        for m in self.matchers:
            terms = m._by_word.get(word)
            if terms is None:
                if (m._digits_start_none and word.isdigit()) or not _holds_one(
                    word, m._keys, m._key_rx
                ):
                    per.append(())
                    continue
                terms = m._starting_with(word)
            per.append(tuple(t for t in terms if not t.negative))
        return tuple(per) if any(per) else ()

    def of(self, words: list[str]) -> list[bool]:
        """For each matcher: does a positive context term occur among the words (its
        mentions(words))?"""
        got = list(map(self._by_word.get, words))
        if None in got:
            digits_none = self._digits_start_none
            for i in [i for i, per in enumerate(got) if per is None]:
                word = words[i]
                if digits_none and word.isdigit():
                    got[i] = ()  # not remembered: a number is rarely seen twice
                    continue
                got[i] = self._positive(word)
                if len(self._by_word) >= WORD_CACHE:
                    self._by_word.clear()  # bounded memory over an endless stream
                self._by_word[word] = got[i]  # type: ignore[assignment]
        said = [False] * len(self.matchers)
        if not any(got):
            return said
        for i in compress(range(len(got)), got):  # the words that start a term (a few)
            for k, terms in enumerate(got[i]):  # type: ignore[arg-type]
                if not said[k] and any(t.follows_at(words, i) for t in terms):
                    said[k] = True
        return said


#: (start, end) of a span -> (the text, its words before and after: matches, lower-cased)
Windows = dict[
    tuple[int, int],
    tuple[str, list[re.Match[str]], list[str], list[re.Match[str]], list[str]],
]


def _window(
    text: str, start: int, end: int
) -> tuple[list[re.Match[str]], list[str], list[re.Match[str]], list[str]]:
    lo = max(0, start - 160)
    word = WORD_LATIN1 if latin1(text, lo, end + 80) else WORD
    lm = list(word.finditer(text, lo, start))
    rm = list(word.finditer(text, end, end + 80))
    return lm, [m.group(0).lower() for m in lm], rm, [m.group(0).lower() for m in rm]


def _keys_of(heads: Iterable[str]) -> tuple[str, ...]:
    """Strings one of which every word that a head matches (_word_matches) contains."""
    keys: set[str] = set()
    for head in heads:
        core = head[1:] if head.startswith("=") else head
        core = core[:-1] if core.endswith("*") else core
        keys.add(core if len(core) >= 5 else core.rstrip("."))
        if _typo_candidate(head):  # one edit (at k or after, or before k) leaves one intact
            k = len(head) // 2
            keys.update((head[:k], head[k + 1 :]))
    # a key that contains another adds nothing
    return tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))


def _any_of(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern that finds any of the keys (literally) in a string: on a word or a
    message, 5-10 times faster than asking for each key in turn."""
    if not keys:
        return None
    return re.compile("|".join(map(re.escape, sorted(keys, key=len, reverse=True))))


#: above this length, each key is looked for in turn (str.find: linear in the text for
#: every key), not by the pattern of all keys (which tries the keys at every position)
KEY_PATTERN_CHARS = 4096


def _holds_one(s: str, keys: tuple[str, ...], rx: re.Pattern[str] | None) -> bool:
    """Is one of the keys in ``s``?"""
    if rx is None:
        return False
    if len(s) > KEY_PATTERN_CHARS:
        return any(map(s.__contains__, keys))
    return rx.search(s) is not None


def context_words(text: str) -> list[str]:
    """The lower-cased words of (the first 2,000 characters of) a text, as mentions() takes
    them."""
    head = text[:2000]
    if head.isascii():
        # lower-casing ASCII keeps every character's class: the same words, lower-cased
        return WORD_LATIN1.findall(head.lower())  # WORD has no capturing group
    return [w.lower() for w in (WORD_LATIN1 if latin1(head) else WORD).findall(head)]


AFTER_PENALTY = 2
#: up to this many words, mentions() looks each word up (mostly remembered) rather than
#: first searching the text for every key
MENTIONS_BY_WORD = 40
WORD_CACHE = 8192  # words remembered per matcher (32 matchers: ~2 MB at most)


_CONJUNCTIONS = frozenset({"and", "or", "en", "of", "og", "eller", "и", "или", "&"})


def _listed(left: list[str], number_at: int) -> bool:
    """'брони VLW5GR и <span>': between the taken number and the span stand only
    conjunctions (and further numbers), so the span is the next item of the same list."""
    between = left[number_at + 1 :]
    return (
        bool(between)
        and all(w in _CONJUNCTIONS or any(c.isdigit() for c in w) for w in between)
        and any(w in _CONJUNCTIONS for w in between)
    )


def _taken(text: str, words: list[re.Match[str]], after: int) -> bool:
    """Is the word right after a term another number ("klantnummer: 123")? Then the term
    names that number, not the span being scored."""
    if after >= len(words) or not any(c.isdigit() for c in words[after].group(0)):
        return False
    last = words[after - 1].group(0)
    if last.endswith(".") and len(last) > 5:  # "burgerservicenummer. VTNDFX7P0": a new sentence
        return False
    gap = text[words[after - 1].end() : words[after].start()]
    return gap.strip(" :#\u00a0") == ""


def _better(best: ContextHit | None, term: Term, distance: int) -> bool:
    """Nearer wins; at the same distance the longer term ("loyalty card" over "card"),
    then a negative one."""
    if best is None or distance < best.distance:
        return True
    if distance > best.distance:
        return False
    if len(term.words) != len(best.term.words):
        return len(term.words) > len(best.term.words)
    return term.negative and not best.term.negative

"""The context-word look-ups take short cuts (a word holding no key of any head, a word of
digits, mentions() word by word): they give exactly what trying every term on the word
gives, for every context matcher of the shipped rules."""

from __future__ import annotations

import random

import pytest

from privacyguard.detect.context import (
    KEY_PATTERN_CHARS,
    MENTIONS_BY_WORD,
    ContextMatcher,
    Term,
    _exact_match,
    _typo_of,
    make_terms,
)


def _reference(terms: list[Term], word: str) -> list[Term]:
    """Every term whose first word matches the word as written; else, for a word of six
    letters or more, every term whose first word it is one typo of."""
    exact = [t for t in terms if _exact_match(t.words[0], word)]
    if exact or len(word) < 6:
        return exact
    return [t for t in terms if _typo_of(t.words[0], word)]


def _variants(head: str, rng: random.Random) -> list[str]:
    core = head.strip("=*")
    out = [core, core + "s", core + "en", "x" + core, core[:-1], core + ".", core.upper()]
    for _ in range(4):  # one edit: a swapped pair, or a letter wrong, missing or extra
        i = rng.randrange(len(core))
        kind = rng.choice(["swap", "sub", "del", "ins"])
        if kind == "swap" and i + 1 < len(core):
            out.append(core[:i] + core[i + 1] + core[i] + core[i + 2 :])
        elif kind == "del":
            out.append(core[:i] + core[i + 1 :])
        elif kind == "ins":
            out.append(core[:i] + rng.choice("aeioux") + core[i:])
        else:
            out.append(core[:i] + rng.choice("aeioux") + core[i + 1 :])
    return [w for w in out if w]


OTHER_WORDS = [
    "hello", "the", "anna", "bestilling", "bestelling", "12345678", "kl1234", "nl91abna",
    "0612345678", "x7k9qz", "ord-23793153", "²³", "١٢٣", "номер", "брони", "klantnummers",
    "kunednummer", "fødselsnummeret", "e-ticketnummer", "pnrs", "f.", "nr.", "nr:", "#",
    "19", "2", "9", "24", "b2b", "covid19s", "cvid19",
]  # fmt: skip


#: terms of every kind, digits in them too (no shipped term has one)
SYNTHETIC = make_terms(
    ["covid19", "=b2b", "2fa code", "24/7 service", "klantnummer", "pnr", "брон*"]
    + ["miles & more", "f."],
    ["order 9", "bestelnummer", "=nr"],
)


def _matchers(detector) -> list[ContextMatcher]:  # type: ignore[no-untyped-def]
    seen: dict[int, ContextMatcher] = {0: ContextMatcher(SYNTHETIC, 5, 2)}
    for rec in detector.recognizers:
        m = rec.context_matcher
        if m.terms:
            seen[id(m)] = m
    return list(seen.values())


def test_a_word_starts_the_same_terms_as_trying_every_term(detector) -> None:
    rng = random.Random(12)
    matchers = _matchers(detector)
    assert matchers
    heads = sorted({t.words[0] for m in matchers for t in m.terms})
    words = sorted({w for h in heads for w in _variants(h, rng)} | set(OTHER_WORDS))
    checked = hits = 0
    for shipped in matchers:
        fresh = ContextMatcher(shipped.terms, shipped.before, shipped.after)
        for word in words:
            want = _reference(fresh.terms, word)
            assert fresh._starting_with(word) == want, (word, [t.text for t in want])
            assert fresh._starting_with(word) == want  # and again, remembered or not
            checked += 1
            hits += bool(want)
    assert hits > len(matchers)  # the words do start terms, as written and by a typo


@pytest.mark.parametrize("long", [False, True])
def test_mentions_is_trying_every_term_at_every_word(detector, long: bool) -> None:
    rng = random.Random(5)
    for shipped in _matchers(detector):
        fresh = ContextMatcher(shipped.terms, shipped.before, shipped.after)
        heads = [t.words[0].strip("=*") for t in fresh.terms]
        for _ in range(30):
            words = [rng.choice(OTHER_WORDS) for _ in range(rng.randrange(1, 8))]
            if rng.random() < 0.5:
                words.insert(rng.randrange(len(words) + 1), rng.choice(heads))
            if long:
                words = ["filler"] * (MENTIONS_BY_WORD + 1) + words
            want = any(
                not t.negative and t.matches_at(words, i)
                for i in range(len(words))
                for t in _reference(fresh.terms, words[i])
            )
            assert fresh.mentions(words) == want, words


def test_a_text_holds_a_key_as_asking_for_each_key(detector) -> None:
    rng = random.Random(3)
    for shipped in _matchers(detector):
        keys = shipped._keys
        for n in (0, 40, 300, KEY_PATTERN_CHARS + 10):
            for _ in range(5):
                words = [rng.choice(OTHER_WORDS + ["filler", "text"]) for _ in range(n // 6 + 1)]
                text = " ".join(words)[: max(n, 1)]
                if keys and rng.random() < 0.3:
                    at = rng.randrange(len(text) + 1)
                    text = text[:at] + rng.choice(keys) + text[at:]
                assert shipped.may_find(text) == any(k in text for k in keys), text[:80]

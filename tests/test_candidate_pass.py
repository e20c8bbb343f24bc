"""The candidate pass (detect/candidates.py) changes no finding: the detector with it and
without it (same tree, same rules) gives identical findings on the evaluation corpora, the
conversation corpora and the examples; and its Hyperscan patterns never rule out a
pattern that Python's ``re`` matches, also on characters where engines differ (case
folding beyond ASCII, Unicode digits and spaces)."""

from __future__ import annotations

import json
import random
import re
import threading
from pathlib import Path

import pytest

pytest.importorskip("hyperscan")

from privacyguard.config.rules import load_rules  # noqa: E402
from privacyguard.detect import candidates  # noqa: E402
from privacyguard.detect.engine import Detector  # noqa: E402
from privacyguard.models import Message  # noqa: E402
from tests.bench_support import bench_module

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "data" / "golden"
CONVERSATIONS = REPO / "bench" / "accuracy" / "conversations"


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _make_golden():  # type: ignore[no-untyped-def]
    return bench_module("make_golden", "bench/make_golden.py")


def _conversation_messages(path: Path) -> list[dict]:
    return [
        {"id": r["message_id"], "text": r["text"], "conversation_id": r["conversation_id"]}
        for r in _read(path)
    ]


@pytest.fixture(scope="module")
def pair() -> tuple[Detector, Detector]:
    rules = load_rules()
    on, off = Detector(rules, candidate_pass=True), Detector(rules, candidate_pass=False)
    assert on._scanner is not None and off._scanner is None
    return on, off


def _corpora() -> dict[str, list[dict]]:
    out = {
        name: _read(GOLDEN / f"messages-{name}.jsonl")
        for name in ("in-sample", "holdout", "examples-chats", "examples-exports")
    }
    for path in sorted(CONVERSATIONS.glob("*.jsonl")):
        out[f"conversations-{path.stem}"] = _conversation_messages(path)
    return out


CORPORA = _corpora()


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_findings_are_identical_with_and_without_the_candidate_pass(name, pair) -> None:
    on, off = pair
    messages = CORPORA[name]
    assert messages
    with_pass = list(_make_golden().findings(messages, on))
    without = list(_make_golden().findings(messages, off))
    assert with_pass, name
    assert len(with_pass) == len(without), name
    differing = [(a, b) for a, b in zip(with_pass, without, strict=True) if a != b]
    assert not differing, differing[:3]


# characters on which regex engines disagree: Python's re folds "K" (Kelvin) to "k", "ſ"
# to "s", "ı"/"İ" to "i"; \d holds every Unicode decimal digit; \s the information
# separators and NEL; \w every letter and digit
EDGE = "\u212a\u017f\u0131\u0130\u00b5\u03bc\u0663\uff13\u0967\u001c\u0085\u00a0\u2007"
EDGE += "\u202f\u3000ǅß"
SWAPS = {
    "k": "\u212a", "K": "\u212a", "s": "\u017f", "S": "\u017f", "i": "\u0131", "I": "\u0130",
    "1": "\u0661", "2": "\uff12", "3": "\u0969", " ": "\u2007", "e": "\u0435", "a": "\u0430",
}  # fmt: skip


def _variants(text: str, rng: random.Random) -> list[str]:
    out = [text, text + " " + EDGE, EDGE.join(text.split(" "))]
    for _ in range(3):
        chars = list(text)
        for k, ch in enumerate(chars):
            if ch in SWAPS and rng.random() < 0.3:
                chars[k] = SWAPS[ch]
        out.append("".join(chars))
    out.append(text.upper())
    out.append(text.swapcase())
    return out


def test_the_pass_never_rules_out_a_pattern_that_python_matches(pair) -> None:
    on, _ = pair
    scanner = on._scanner
    assert scanner is not None
    compiled = [re.compile(rx) for rx in scanner.regexes]
    rng = random.Random(12)
    texts = [m["text"] for name in sorted(CORPORA) for m in CORPORA[name]]
    rng.shuffle(texts)
    checked = matched = 0
    for text in texts[:1500]:
        for variant in _variants(text, rng):
            possible = scanner.possible(variant)
            assert possible is not None
            for i, rx in enumerate(compiled):
                checked += 1
                if rx.search(variant):
                    matched += 1
                    assert i in possible, (i, scanner.regexes[i][:80], variant)
    assert matched > 1000 and checked > matched  # it was tested on real matches
    # and it rules something out (else it would be no pass at all)
    assert len(scanner.possible("Hello, how can I help?") or ()) < len(compiled) / 2


@pytest.mark.parametrize(
    "rx, text",
    [
        (r"(?i)\bsk\d{2}\b", "\u017f\u212a12"),  # Kelvin sign and long s fold to k and s
        (r"(?i:mijn)", "M\u0130JN"),  # dotted capital I folds to i in Python's re
        (r"\d{4}", "\u0661\u0662\u0663\u0664"),  # Arabic-Indic digits are \d
        (r"a\sb", "a\u001cb"),  # an information separator is \s in Python
        (r"\w{3}", "ǅ\u00b5ß"),
        (r"[^\W\d_]{2}x", "\u0430\u0431x"),
        (r"(?<!\d)\b12(?=\D)", "12 "),
        (r"(?:ab){2,40}c", "ab" * 30 + "c"),  # a widened bounded repeat
        # characters outside the exact blocks are scanned as one stand-in per zone
        (r"\d{2}\W\d", "\u0663\u0664\U0001f600\u0665"),
        (r"[^a-z]{3}x", "\u65e5\u672c\u8a9ex"),
        (r"\w\s\w", "\u0915\u3000\u0916"),
        # a stand-in is a character of its own too: a text may hold it as typed
        (r"\x01\d", "\x01\u0663"),
        (r"[\x02]\w", "\x02\u4e00"),
    ],
)
def test_translation_holds_python_matches_on_edge_characters(rx: str, text: str) -> None:
    assert re.search(rx, text)
    scanner = candidates.CandidateScanner([rx, "zzz"], use_cache=False)
    assert scanner.possible(text) == frozenset({0})
    assert scanner.possible("-- ,") == frozenset()


def test_untranslatable_patterns_run_on_every_text() -> None:
    scanner = candidates.CandidateScanner([r"(a)\1", r"x?", r"abc"], use_cache=False)
    assert scanner.always == frozenset({0, 1})
    assert scanner.possible("zzz") == frozenset({0, 1})
    assert scanner.possible("abc") == frozenset({0, 1, 2})


def test_a_text_that_is_not_utf8_runs_every_pattern(pair) -> None:
    on, off = pair
    text = "mijn klantnummer is 48213394 \ud800 bel 0612345678"
    assert on._scanner is not None and on._scanner.possible(text) is None
    [a] = on.detect([Message(id="s", text=text)])
    [b] = off.detect([Message(id="s", text=text)])
    assert a.findings == b.findings and a.findings


def test_the_environment_variable_turns_the_pass_off(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = load_rules()
    monkeypatch.setenv(candidates.ENV_VAR, "0")
    assert Detector(rules)._scanner is None
    monkeypatch.setenv(candidates.ENV_VAR, "1")
    assert Detector(rules)._scanner is not None


def test_one_detector_serves_several_threads(pair) -> None:
    """Hyperscan's scratch space is per thread: the same findings from four threads."""
    on, off = pair
    messages = [
        Message(id=m["id"], text=m["text"]) for m in CORPORA["holdout"][:400] if m.get("text")
    ]
    expected = [d.findings for d in off.detect(messages)]
    results: dict[int, list] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            results[k] = [d.findings for d in on.detect(messages)]
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(results[k] == expected for k in range(4))


def test_words_around_a_span_cut_once_give_the_same_findings(pair, monkeypatch) -> None:
    """context.nearest shares the words around a span between recognizers
    (ScanContext.windows); cut anew for every recognizer, the findings are the same."""
    from privacyguard.detect import context

    on, _ = pair
    messages = CORPORA["holdout"] + CORPORA["examples-exports"]
    shared = list(_make_golden().findings(messages, on))
    nearest = context.ContextMatcher.nearest

    def alone(self, text, start, end, windows=None):  # type: ignore[no-untyped-def]
        return nearest(self, text, start, end, None)

    monkeypatch.setattr(context.ContextMatcher, "nearest", alone)
    assert list(_make_golden().findings(messages, on)) == shared


def test_case_closure_holds_every_case_insensitive_match_of_python() -> None:
    """For every cased code point, alone, in a class and in ranges of 16, what Python's re
    matches case-insensitively is in the translation's set; for a negated class, Python
    never matches a character of its case interior."""
    import _sre  # type: ignore[import-not-found]

    cased = [
        cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF and _sre.unicode_iscased(cp)
    ]
    text = "".join(map(chr, cased))

    def members(rs: candidates.Ranges) -> set[int]:
        return {m for lo, hi in rs for m in range(lo, hi + 1)}

    for cp in cased:
        ch = re.escape(chr(cp))
        allowed = members(candidates._case_closed(((cp, cp),))) | {0}
        for form in (ch, f"[{ch}\x00]", f"[{ch}-{ch}\x00]"):
            got = {ord(x) for x in re.findall("(?i)" + form, text)}
            assert got <= allowed, (hex(cp), form)
    for k in range(0, len(cased), 3):
        lo, hi = cased[k], cased[k] + 15
        rs = ((lo, hi),)
        span = f"\\U{lo:08x}-\\U{hi:08x}"
        got = {ord(x) for x in re.findall(f"(?i)[{span}]", text)}
        assert got <= members(candidates._case_closed(rs)), hex(lo)
        inner = candidates._case_interior(rs)
        got = {ord(x) for x in re.findall(f"(?i)[^{span}]", text)}
        assert not any(candidates._contains(inner, x) for x in got), hex(lo)

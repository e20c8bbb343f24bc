"""The person recognizer asks _evidence (and the names model) at a word only where its
per-word-form verdict (_start_kind) and the words around it allow: every word skipped so
has no evidence and is no undecided word, on the golden messages in every language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacyguard.detect.recognizers.person import (
    _AFTER_PHRASE,
    _ANYWHERE,
    _IN_CONTEXT,
    _NEVER,
    _TOKEN,
    RulesPersonRecognizer,
    _Tok,
)

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"

# a capitalised everyday word is asked after a cue, a role, or before a word after a name
TEXTS = [
    "Hello, my name is Will Tanner.",
    "Thanks Great, see you",
    "Burgemeester Dank van Os zei het.",
    "Customer here from Oslo",
    "Вера в ваш банк пропала. Спасибо, Ольга",
    "thanks again, siobhan!",
    "mijn naam is de vries",
    "Jeg heter Are og bor i Bergen.",
]


def _person(detector) -> RulesPersonRecognizer:
    [person] = [r for r in detector.recognizers if isinstance(r, RulesPersonRecognizer)]
    return person


def _texts() -> list[str]:
    texts = list(TEXTS)
    for name in ("in-sample", "holdout"):
        with (GOLDEN / f"messages-{name}.jsonl").open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    return texts


@pytest.mark.parametrize("lang", ["en", "nl", "nb", "ru"])
def test_words_skipped_have_no_evidence(detector, lang) -> None:
    person = _person(detector)
    v = person._words(lang)
    skipped = {_NEVER: 0, _AFTER_PHRASE: 0, _IN_CONTEXT: 0}
    for text in _texts():
        toks = [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        for i, tok in enumerate(toks):
            kind = person._start_kind(tok, v)
            if kind == _ANYWHERE:
                continue
            if kind == _AFTER_PHRASE and i > 0 and toks[i - 1].low in person._phrase_ends:
                continue
            if kind == _IN_CONTEXT and person._bare_may_start(text, toks, i):
                continue
            skipped[kind] += 1
            assert person._evidence(text, toks, i, v) is None, (text, i)
            assert not person._undecided(text, toks, i, v), (text, i)
    # each kind of skip happens, and often
    assert min(skipped.values()) > 100, skipped


def test_a_capitalised_everyday_word_is_asked_where_the_words_around_may_name(detector) -> None:
    person = _person(detector)
    v = person._words("en")
    text = "Hello, my name is Will. Sure Great here. Great idea, said Great"
    toks = [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    kinds = {t.text: person._start_kind(t, v) for t in toks}
    assert kinds["Hello"] == _IN_CONTEXT
    assert kinds["idea"] == _NEVER
    at = [i for i, t in enumerate(toks) if t.text == "Hello"][0]
    assert not person._bare_may_start(text, toks, at)  # first, but before a lower-case word
    greats = [i for i, t in enumerate(toks) if t.text == "Great"]
    assert kinds["Sure"] == kinds["Great"] == _IN_CONTEXT
    assert person._bare_may_start(text, toks, greats[0] - 1)  # "Sure Great here": extended
    assert not person._bare_may_start(text, toks, greats[1])  # "Great idea": a word after
    assert person._bare_may_start(text, toks, greats[2])  # "said Great": a verb of speech

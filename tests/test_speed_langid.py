"""Languages of many texts at once (langid.classify_many): py3langid's answer for each, to
the bit, on every corpus the evaluation uses and on random text."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from privacyguard import langid
from privacyguard.detect.language import identify
from privacyguard.detect.latin1 import latin1
from privacyguard.models import Message

LANGS = ("en", "nl", "nb", "ru")
CORPORA = Path(__file__).resolve().parent.parent / "bench" / "accuracy" / "conversations"


def _one_by_one(texts: list[str]) -> list[str]:
    return [langid.classify(t, LANGS)[0] for t in texts]


def _random_texts(seed: int, count: int) -> list[str]:
    """Texts of letters of the four languages' scripts, digits, punctuation and the odd
    character from elsewhere (an emoji, a CJK sign), some in upper case."""
    rng = random.Random(seed)
    pieces = (
        "abcdefghijklmnopqrstuvwxyzæøåéüë"
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
        "0123456789 .,!?-:;'\"()@#/\n"
        "😀中€ß"
    )
    out = []
    for _ in range(count):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 300)))
        out.append(text.upper() if rng.random() < 0.1 else text)
    return out


def test_the_automaton_is_shallow() -> None:
    """The batch walks each byte's state over the last `depth` bytes: that depth is the
    automaton's deepest state (6 for py3langid's model), and the walk needs it small."""
    tables = langid._tables(LANGS)
    assert tables is not None and tables.usable
    assert 1 <= tables.depth <= 8


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_text_gets_py3langids_language(seed: int) -> None:
    texts = _random_texts(seed, 400)
    assert langid.classify_many(texts, LANGS) == _one_by_one(texts)


def test_every_conversation_corpus_gets_py3langids_languages() -> None:
    texts = []
    for path in sorted(CORPORA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"][:2000] for line in fh]
    assert len(texts) > 1000
    expected = _one_by_one(texts)
    got = []
    for k in range(0, len(texts), 256):  # as the engine's batches come
        got += langid.classify_many(texts[k : k + 256], LANGS)
    assert got == expected
    assert len(set(expected)) == len(LANGS)  # every language met, not one answer for all


def test_a_close_call_is_left_to_py3langid(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a margin no text clears, every text goes through py3langid itself."""
    texts = _random_texts(4, 50)
    calls = []
    real = langid.classify

    def counted(text: str, languages: tuple[str, ...]) -> tuple[str, float]:
        calls.append(text)
        return real(text, languages)

    monkeypatch.setattr(langid, "BATCH_MARGIN", float("inf"))
    monkeypatch.setattr(langid, "classify", counted)
    assert langid.classify_many(texts, LANGS) == _one_by_one(texts)
    assert len(calls) >= len(texts)


def test_a_tie_between_conversation_votes_keeps_the_messages_order() -> None:
    """Votes are counted in the messages' order whatever was classified when: a tie goes
    to the language voted first, as before the batch."""
    conv = [
        Message(id="1", conversation_id="c", text="Здравствуйте, я хочу изменить дату рейса"),
        Message(id="2", conversation_id="c", text="Hallo, ik wil graag de datum wijzigen"),
        Message(id="3", conversation_id="c", text="ok"),
    ]
    assert identify(conv, LANGS, "en", 25) == ["ru", "nl", "ru"]
    conv = [conv[1], conv[0], conv[2]]
    assert identify(conv, LANGS, "en", 25) == ["nl", "ru", "nl"]


@pytest.mark.parametrize("seed", [5, 6])
def test_letters_are_counted_as_the_pattern_counts_them(seed: int) -> None:
    from privacyguard.detect import language

    rng = random.Random(seed)
    ascii_texts = ["".join(chr(rng.randrange(128)) for _ in range(80)) for _ in range(300)]
    texts = _random_texts(seed, 300) + ascii_texts + ["", "abc_123 DEF", "x" * 3000, "½²ⅷ _9"]
    for text in texts:
        expected = len(language._LETTERS.findall(text))
        assert language._letters(text, latin1(text)) == expected
        assert language._letters(text, False) == expected
    assert len(language._LATIN1_LETTERS) == 52 + 71  # and ª µ º À-Ö Ø-ö ø-ÿ ² ³ ¹ ¼ ½ ¾


def test_another_py3langid_layout_falls_back_to_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An identifier without the attributes the batch reads (another py3langid version):
    every text is classified by py3langid itself, never an error."""

    def other_layout(self: object, ident: object, depth: int) -> None:
        raise AttributeError("tk_output")

    monkeypatch.setattr(langid._Tables, "__init__", other_layout)
    langid._tables.cache_clear()
    try:
        assert langid._tables(LANGS) is None
        texts = _random_texts(7, 30)
        assert langid.classify_many(texts, LANGS) == _one_by_one(texts)
    finally:
        langid._tables.cache_clear()

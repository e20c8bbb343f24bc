"""Short cuts taken for speed give what the plain computation gives: the words of an ASCII
text lower-cased at once, letters counted by removing what is not one, a remembered
language, and the engine's loop over only the recognizers the candidate pass leaves."""

from __future__ import annotations

import random

from privacyguard.detect import language
from privacyguard.detect.context import WORD, context_words
from privacyguard.detect.language import _LETTERS, _NOT_LETTERS, identify
from privacyguard.models import Message

# letters, digits of several scripts, "²" (a digit that is no decimal: a "letter" to
# [^\W\d_]), "_", marks, dots and apostrophes, Cyrillic, Greek (final sigma), "İ"
ALPHABET = "aZ09 _.'#-²٣߂ÅåßİıΣσςЖж\u0301\u00a0\t\n!?@"


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        size = rnd.randint(0, 60)
        out.append("".join(rnd.choice(ALPHABET) for _ in range(size)))
        ascii_only = [c for c in ALPHABET if c.isascii()]
        out.append("".join(rnd.choice(ascii_only) for _ in range(size)))
    return out


def test_context_words_are_the_words_lower_cased() -> None:
    ascii_seen = 0
    for text in _texts(1, 3000) + ["Mijn KlantNummer is CU051168.", "İSTANBUL ΟΔΟΣ"]:
        assert context_words(text) == [w.lower() for w in WORD.findall(text[:2000])], text
        ascii_seen += text.isascii()
    assert ascii_seen > 1000


def test_letters_counted_as_found_one_by_one() -> None:
    for text in _texts(2, 3000) + ["x" * 2500, "7" * 2500 + "ab", "²" * 1500]:
        head = text[:2000]
        assert len(_NOT_LETTERS.sub("", head)) == len(_LETTERS.findall(head)), text


def test_a_remembered_language_is_the_classifier_s(monkeypatch) -> None:
    texts = [
        "Goedemiddag, ik wil graag mijn bestelling wijzigen naar een ander adres",
        "Hei, jeg lurer på når pakken min kommer, den skulle vært her i går",
        "Hello, I would like to change the delivery address of my order please",
        "Добрый день, я хотел бы изменить адрес доставки моего заказа пожалуйста",
    ]
    messages = [Message(id=str(i), text=t) for i, t in enumerate(texts * 3)]
    langs = ("en", "nl", "nb", "ru")
    monkeypatch.setattr(language, "_CLASSIFIED", {})
    first = identify(messages, langs, "en", 25)
    asked: list[str] = []
    real = language.classify_many  # the texts not remembered, classified together

    def counting(texts: list[str], languages: tuple[str, ...]) -> list[str]:
        asked.extend(texts)
        return real(texts, languages)

    monkeypatch.setattr(language, "classify_many", counting)
    assert identify(messages, langs, "en", 25) == first == ["nl", "nb", "en", "ru"] * 3
    assert asked == []  # every one remembered (the Russian one by its script)
    monkeypatch.setattr(language, "_CLASSIFIED", {})
    assert identify(messages, langs, "en", 25) == first
    assert len(asked) == 3  # each Latin text once, then remembered


def test_the_loop_runs_what_the_candidate_pass_leaves(detector) -> None:
    """_one with the recognizers chosen through the pass's ids finds what running every
    recognizer (and letting each skip itself) finds."""
    texts = [
        "Mijn IBAN is NL91ABNA0417164300 en mijn BSN 111222333, bel 06-12345678",
        "Card 4111 1111 1111 1111, passport X1234567, flight KL1234 on 12-03-2026",
        "Jeg heter Ola Nordmann, fødselsnummer 01010112345, konto 8601 11 17947",
        "Мой ИНН 7707083893, СНИЛС 112-233-445 95, телефон +7 916 123-45-67",
        "nothing here at all",
    ]
    found = 0
    for lang in ("en", "nl", "nb", "ru"):
        for text in texts:
            chosen = detector._one("m", text, lang, None, _ctx())
            found += len(chosen)
            owners = detector._owners.pop(lang)
            try:
                everyone = {j for j in range(len(detector._applicable(lang)))}
                detector._owners[lang] = ({}, frozenset(everyone))
                every = detector._one("m", text, lang, None, _ctx())
            finally:
                detector._owners[lang] = owners
            assert chosen == every, (lang, text)
    assert found > 30


def _ctx():  # type: ignore[no-untyped-def]
    from privacyguard.detect.recognizers.base import ScanContext

    return ScanContext()

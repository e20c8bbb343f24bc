"""The normaliser's gates (detect/normalise.py): one Hyperscan pass says which of its
patterns may match a text, and a pattern it rules out is not run. The canonical form must
be exactly the one without the gates, whatever the text.

Every address and number here is synthetic.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacyguard.config.conversation import load_conversation_rules
from privacyguard.detect import normalise as nm
from privacyguard.detect.context import context_words
from privacyguard.detect.normalise import Normaliser

pytest.importorskip("hyperscan")


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(load_conversation_rules())


def _ungated(normaliser: Normaliser, text: str, lang: str, words: list[str] | None):
    """normalise() with every pattern run (as without hyperscan)."""
    gates = normaliser._gates
    normaliser._gates = lambda _text: None  # type: ignore[method-assign]
    try:
        return normaliser.normalise(text, lang, words)
    finally:
        normaliser._gates = gates  # type: ignore[method-assign]


TEXTS = [
    ("nl", "HENK(PUNT)WIJNBERG(APENSTAART)XS4ALL(PUNT)NL"),  # the e-mail pattern's IGNORECASE
    ("en", "at jan dot smit at gmail dot com"),  # a spelled "at" at the very start
    ("en", "mail jan dot smit at gmail dot com"),  # ... and an address at the very end
    ("en", "what is that? I'm at the airport at 5"),  # "at" inside words: no address
    ("en", "my number is O6 1234 5678"),  # a look-alike letter among digits
    ("en", "code 7 . 7 . 5 . 1 . 8 . 4"),  # characters typed apart
    ("en", "06\u200b1234\u200b5678 and \uff10\uff16\uff11\uff12"),  # invisible, full width
    ("ru", "КL758577З4 и НUYYS7"),  # mixed scripts
    ("ru", "пишите на ivan точка petrov собака mail точка ru"),
    ("nb", "send til ola.nordmann alfakrøll online prikk no takk \U0001d7ce\U0001d7cf"),
    ("en", "plain text with nothing disguised, thanks!"),
    ("en", "iban gb66.nwbk.6429.0516.6281.91, card 5417/0303/1002/1525 or +7_919_159_8260."),
    ("nl", "rekening NL91.ABNA.O417.1643.00 graag"),  # a look-alike letter, then the dots
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_the_gates_change_nothing(normaliser: Normaliser, lang: str, text: str) -> None:
    words = context_words(text)
    assert normaliser.normalise(text, lang, words) == _ungated(normaliser, text, lang, words)


def test_the_gates_rule_out_what_cannot_match(normaliser: Normaliser) -> None:
    """They do work: every gate compiles (none is run on every text), and a message with
    nothing disguised runs none of the gated patterns (an "at" inside "what" and "that"
    does not count as the spelled-out "@")."""
    scanner = nm._gate_scanner(normaliser.gate_regexes)
    assert scanner is not None and scanner.always == frozenset(), scanner and scanner.skipped
    gates = normaliser._gates("what is that? I'm waiting")
    assert gates == frozenset()
    gates = normaliser._gates("mail jan dot smit at gmail dot com")
    assert gates is not None and {nm._G_HINT, nm._G_EMAIL} <= gates
    assert normaliser.normalise("what is that? I'm waiting", "en", None) is None
    # a full stop, a slash or an underscore alone does not run the joined-group patterns
    gates = normaliser._gates("See you at 5.30 p.m. on 12/03, ok_thanks.")
    assert gates is not None and not {nm._G_GROUPS, nm._G_IBAN} & gates
    gates = normaliser._gates("iban gb66.nwbk.6429.0516.6281.91 of 871_203_694")
    assert gates is not None and {nm._G_GROUPS, nm._G_IBAN} <= gates


_PIECES = st.sampled_from(
    [" ", "  ", ".", "-", "(", ")", "@", "at", "AT", "dot", "punt", "(at)", "[dot]",
     "apenstaart", "собака", "точка", "ru", "com", "nl", "jan", "smit", "what", "O", "o",
     "l", "I", "S", "З", "Б", "0", "6", "12", "345", "\u200b", "\u202f", "\uff16",
     "\U0001d7ce", "Н", "U", "é", "ß", "\u0130", "\u017f", "K", "\n", "+", "_", "/",
     "gb66", "nwbk", "6429", "91"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(_PIECES, max_size=24), lang=st.sampled_from(["en", "nl", "nb", "ru"]))
def test_the_gates_change_nothing_on_any_text(
    normaliser: Normaliser, parts: list[str], lang: str
) -> None:
    text = "".join(parts)
    for words in (context_words(text), None):
        assert normaliser.normalise(text, lang, words) == _ungated(normaliser, text, lang, words)


def test_the_gates_are_the_same_in_every_process() -> None:
    """Their database is found in the on-disk cache by their patterns: built from sets of
    words, the patterns must not depend on string hashing, or every process start would
    compile it again (seconds)."""
    import os
    import subprocess
    import sys

    code = (
        "from privacyguard.config.conversation import load_conversation_rules\n"
        "from privacyguard.detect.normalise import Normaliser\n"
        "print(Normaliser(load_conversation_rules()).gate_regexes)\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True, text=True, check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }  # fmt: skip
    assert len(seen) == 1

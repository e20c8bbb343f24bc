"""Round 26, an e-mail address typed in pieces after a filler word ("ok a.sandvik@ (sorry)",
"так, lapin.svyatoslav@"): the piece is the token with the address's "@" or "." after the
filler word, not the filler word. Synthetic values."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "first", "second", "pieces"),
    [
        ("Which email should we use?", "ok mia.holt@ (sorry)", "gmail.com",
         ("mia.holt@", "gmail.com")),
        ("Hvilken e-post bruker du?", "ok kari_lunde@ (sorry)", "online.no",
         ("kari_lunde@", "online.no")),
        ("На какую почту отправить?", "так, vera.lukina@ (извините)", "list.ru",
         ("vera.lukina@", "list.ru")),
    ],
)  # fmt: skip
def test_an_email_piece_after_a_filler_word(
    detector: Detector, asked: str, first: str, second: str, pieces: tuple[str, str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", first), ("customer", second)])
    assert [t for k, t in out[1] if k == "EMAIL_ADDRESS"] == [pieces[0]], out[1]
    assert [t for k, t in out[2] if k == "EMAIL_ADDRESS"] == [pieces[1]], out[2]


def test_a_filler_word_and_a_word_are_no_piece(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Which email should we use?"), ("customer", "ok sorry"),
         ("customer", "gmail.com")],
    )  # fmt: skip
    assert not [t for k, t in out[1] if k == "EMAIL_ADDRESS"], out[1]

"""Round 32: values typed in pieces that were missed.

- the newest pieces after a value of its own that only the conversation made (a phone number
  corrected) join without it when the chain with it joins to nothing ("het is 42893 -" /
  "1288" / "0483220 ...": a card, its checksum valid);
- a card's first piece after the filler words before an answer, read alone as a phone number
  ("it's 5339316170" / "32..." / "4603 ..."), goes on as one read so without them does;
- the remark that the value is whole now after its last piece ("that's it", "dat was het",
  "det var det", "всё") is no part of it, as a hedge is not;
- an e-mail address's first piece that is also a word starts the address when two pieces
  more follow, each a message of its own ("it's tre..." / "vor" / ".hall@gmail.com").

Fail closed the other way round: digit groups that join to no checksummed value stay no
card. (Synthetic numbers, Luhn-valid; synthetic addresses.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans, values_of

CARD = "CREDIT_CARD"
EMAIL = "EMAIL_ADDRESS"


@pytest.mark.parametrize(
    ("turns", "pieces"),
    [
        (
            [("agent", "Hi, what number can we call you on?"), ("customer", "+44 7700 900 123"),
             ("customer", "sorry, should be +44 7700 900 124"), ("agent", "thanks, one moment"),
             ("customer", "it's 45320 -"), ("customer", "1511"), ("customer", "2830366 ...")],
            ["45320", "1511", "2830366"],
        ),
        (
            [("agent", "Op welk nummer kunnen we je bereiken?"), ("customer", "+31 20 555 0142"),
             ("customer", "oeps, moet zijn +31 20 555 0143"),
             ("agent", "dank je, ik kijk het even na"),
             ("customer", "het is 53993 -"), ("customer", "1617"), ("customer", "0324600 ...")],
            ["53993", "1617", "0324600"],
        ),
        (
            [("agent", "Hvilket nummer kan vi ringe deg på?"), ("customer", "412 34 567"),
             ("customer", "rettelse: 412 34 568"), ("agent", "takk, et øyeblikk"),
             ("customer", "det er 42187 -"), ("customer", "3405"), ("customer", "5129070 ...")],
            ["42187", "3405", "5129070"],
        ),
        (
            [("agent", "По какому номеру вам перезвонить?"), ("customer", "8 (912) 345-67-89"),
             ("customer", "ой, опечатка: 8 (912) 345-67-88"), ("agent", "спасибо, минутку"),
             ("customer", "это 55203 -"), ("customer", "6178"), ("customer", "8412399 ...")],
            ["55203", "6178", "8412399"],
        ),
    ],
)  # fmt: skip
def test_a_card_in_pieces_after_a_corrected_phone_number(
    detector: Detector, turns: list[tuple[str, str]], pieces: list[str]
) -> None:
    out = talk_spans(detector, turns)
    for k, piece in zip(range(len(turns) - 3, len(turns)), pieces, strict=True):
        assert values_of(out, k, CARD) == [piece], out[k]


def test_groups_that_fail_the_checksum_are_no_card(detector: Detector) -> None:
    turns = [
        ("agent", "Hi, what number can we call you on?"),
        ("customer", "+44 7700 900 123"),
        ("customer", "sorry, should be +44 7700 900 124"),
        ("agent", "thanks, one moment"),
        ("customer", "it's 45320 -"),
        ("customer", "1511"),
        ("customer", "2830367 ..."),
    ]
    out = talk_spans(detector, turns)
    assert not any(values_of(out, k, CARD) for k in range(len(turns))), out


@pytest.mark.parametrize(
    ("ask", "first", "rest"),
    [
        ("can you read me the card number?", "it's 4532015112", ["83...", "0366 ..."]),
        ("welk kaartnummer?", "het is 5399316170", ["32...", "4600 ..."]),
        ("hvilket kortnummer?", "det er 4218734055", ["12...", "9070 ..."]),
        ("номер карты?", "это 5520361788", ["41...", "2399 ..."]),
    ],
)
def test_a_cards_first_piece_after_filler_words(
    detector: Detector, ask: str, first: str, rest: list[str]
) -> None:
    turns = [("agent", ask), ("customer", first)] + [("customer", r) for r in rest]
    out = talk_spans(detector, turns)
    assert values_of(out, 1, CARD) == [first.split()[-1]], out[1]
    for k, piece in enumerate(rest, 2):
        assert values_of(out, k, CARD) == [piece.rstrip(". ")], out[k]


@pytest.mark.parametrize(
    ("ask", "pieces", "values"),
    [
        ("what is your email?", ["it's tre...", "vor", ".hall@gmail.com that's it"],
         ["tre", "vor", ".hall@gmail.com"]),
        ("wat is je mailadres?", ["het is ro", "ber...", "t.jansen@ziggo.nl dat was het"],
         ["ro", "ber", "t.jansen@ziggo.nl"]),
        ("hva er e-postadressen din?", ["kari", "@", "online.no det var det"],
         ["kari", "@", "online.no"]),
        ("ваша почта?", ["это ivan", "ov.petr...", "@mail.ru всё"],
         ["ivan", "ov.petr", "@mail.ru"]),
    ],
)  # fmt: skip
def test_an_email_in_three_pieces_with_a_closing_remark(
    detector: Detector, ask: str, pieces: list[str], values: list[str]
) -> None:
    out = talk_spans(detector, [("agent", ask)] + [("customer", p) for p in pieces])
    for k, value in enumerate(values, 1):
        assert values_of(out, k, EMAIL) == [value], out[k]


def test_a_remark_word_starts_no_address(detector: Detector) -> None:
    turns = [
        ("agent", "what is your email?"),
        ("customer", "sorry"),
        ("customer", "one sec"),
        ("customer", "hall@gmail.com that's it"),
    ]
    out = talk_spans(detector, turns)
    assert not out[1] and not out[2], out
    assert values_of(out, 3, EMAIL) == ["hall@gmail.com"], out[3]


@pytest.mark.parametrize(
    ("ask", "pieces"),
    [
        # the first piece read as an account by the question alone: the rest joins with the
        # question's words after its turns are used up (a sort code and account)
        ("which account should we refund to, sort code and number?",
         ["19-13-96 18 -", "5958...", "56"]),
        ("Op welk rekeningnummer mogen we terugstorten?", ["1234 56 -", "78..", "9"]),
        ("Hvilket kontonummer skal vi betale tilbake til?", ["1503 42 -", "1235...", "7"]),
        ("На какой счёт вернуть деньги?", ["40817 810 5 -", "0991 2345...", "678"]),
    ],
)  # fmt: skip
def test_an_account_in_three_pieces(detector: Detector, ask: str, pieces: list[str]) -> None:
    out = talk_spans(detector, [("agent", ask)] + [("customer", p) for p in pieces])
    for k, piece in enumerate(pieces, 1):
        assert values_of(out, k, "BANK_ACCOUNT") == [piece.rstrip(" .-")], out[k]

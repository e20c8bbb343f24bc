"""The detector, through the whole conversation: pieces of a value after the words before
them ("so it is", "ok", "altså", "значит" before the first; "and", "fortsetter:" before the
next), and a remark typed with two letters swapped ("sorry pressde enter", "trkyket")."""

from __future__ import annotations

import pytest

from privacyguard.detect.conversation.base import swapped_words
from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "first", "piece", "second", "rest"),
    [
        ("What is your email address?", "so it is hollis.tr", "hollis.tr",
         "and emayne@outlook.com", "emayne@outlook.com"),
        ("Wat is uw e-mailadres?", "ok jorien_bak", "jorien_bak",
         "en huis77@ziggo.nl", "huis77@ziggo.nl"),
        ("Hva er e-postadressen din?", "altså sigrun.h", "sigrun.h",
         "fortsetter: olm@online.no", "olm@online.no"),
        ("Какой у вас адрес электронной почты?", "значит zhanna.ko", "zhanna.ko",
         "и valeva@mail.ru", "valeva@mail.ru"),
        ("Hva er e-postadressen din?", "atlså torvik.b", "torvik.b",
         "fortsetter: @online.no", "@online.no"),
    ],
)  # fmt: skip
def test_an_email_address_in_pieces_after_a_filler(
    detector: Detector, asked: str, first: str, piece: str, second: str, rest: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", first), ("customer", second)])
    assert ("EMAIL_ADDRESS", piece) in out[1], out[1]
    assert ("EMAIL_ADDRESS", rest) in out[2], out[2]


@pytest.mark.parametrize(
    ("remark", "rest"),
    [("sorry pressde enter 14 81", "14 81"), ("sorry trkyket enter 14 81", "14 81")],
)
def test_a_remark_with_two_letters_swapped_before_the_rest(
    detector: Detector, remark: str, rest: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", "Hva er telefonnummeret ditt?"), ("customer", "40 73..."), ("customer", remark)],
    )
    assert ("PHONE_NUMBER", rest) in out[2], out[2]


def test_swapped_words_are_typos_of_long_words_only() -> None:
    typos = swapped_words(["sorry pressed enter", "og", "trykket enter"])
    assert typos["enetr"] == "enter"
    assert typos["trkyket"] == "trykket"
    assert "go" not in typos  # "og": too short to tell a typo
    assert "enter" not in typos


def test_an_order_number_after_a_swapped_remark_is_no_piece(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "What is your order number?"),
            ("customer", "ok 4471"),
            ("customer", "sorry pressde enter 28"),
        ],
    )
    assert not out[1] and not out[2], out


def test_a_number_with_letters_in_lower_case_and_a_dash(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Wat is uw klantnummer?"),
            ("customer", "qd-417... 🙏"),
            ("customer", "en 093"),
        ],
    )
    assert ("CUSTOMER_NUMBER", "qd-417") in out[1], out[1]
    assert ("CUSTOMER_NUMBER", "093") in out[2], out[2]


def test_russian_raz_for_one_in_a_dictated_account(detector: Detector) -> None:
    """The word "раз" for "один" while dictating ("... семь восемь раз ноль ..."); the word in a
    sentence ("ещё раз спасибо") is no digit."""
    value = (
        "четыре ноль восемь один семь восемь раз ноль ноль пять восемь девять четыре три "
        "девять четыре семь восемь три шесть"
    )
    out = talk_spans(detector, [("agent", "Номер счёта?"), ("customer", f"счёт {value}")])
    assert ("BANK_ACCOUNT", value) in out[1], out[1]
    out = talk_spans(
        detector,
        [("agent", "Чем могу помочь?"), ("customer", "ещё раз спасибо, два раза звонил")],
    )
    assert not out[1], out[1]


def test_norwegian_kroll_a_for_the_at_sign(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Hva er e-posten din?"),
            ("customer", "mail ingvild prikk moe krøll-a online.no"),
        ],
    )
    assert ("EMAIL_ADDRESS", "ingvild prikk moe krøll-a online.no") in out[1], out[1]


@pytest.mark.parametrize(
    ("asked", "texts", "kind"),
    [
        # a card in two pieces, its second mistyped and typed again (Luhn-valid when put right)
        ("What's the card number?", ["4539", "1488 0343 6477", "typo, it's 1488 0343 6467"],
         "CREDIT_CARD"),
        ("Hva er e-posten din?", ["h.lindqvist@onl", "inee.no", "feil, ine.no"],
         "EMAIL_ADDRESS"),
        ("Wat is uw e-mailadres?", ["pieter_vos12", "@hotmial.com", "correctie: @hotmail.com"],
         "EMAIL_ADDRESS"),
    ],
)  # fmt: skip
def test_pieces_with_the_last_one_corrected(
    detector: Detector, asked: str, texts: list[str], kind: str
) -> None:
    out = talk_spans(detector, [("agent", asked), *(("customer", t) for t in texts)])
    assert all(any(t == kind for t, _ in found) for found in out[1:]), out


def test_pieces_with_a_new_piece_unlike_the_last_one_join_to_nothing(detector: Detector) -> None:
    """A newest piece that is no typo of the one before ("1488 0343 6477" / "7") is no
    correction: the wrong join stays unreported."""
    out = talk_spans(
        detector,
        [
            ("agent", "What's the card number?"),
            ("customer", "4539"),
            ("customer", "1488 0343 6477"),
            ("customer", "91"),
        ],
    )
    assert ("CREDIT_CARD", "91") not in out[3], out[3]


def test_typo_of() -> None:
    from privacyguard.detect.conversation.pieces import _typo_of

    assert _typo_of("5210 1039 3581", "5200 1039 3581")
    assert _typo_of("d.ocm", "d.com")
    assert _typo_of("oon.o", "oo.no")
    assert not _typo_of("2221", "7")
    assert not _typo_of("1234", "5678")
    assert not _typo_of("ab", "ab")


@pytest.mark.parametrize(
    ("asked", "said", "value"),
    [
        # a card (Luhn-valid) read out in groups with ". " and " - " between them
        ("What's the card number?", "sure, 4. 53. 91. 4. 88. 03. 43. 64. 67",
         "4. 53. 91. 4. 88. 03. 43. 64. 67"),
        ("Hva er kortnummeret?", "ja, 4 - 539 - 1 - 488 - 0 - 34 - 36 - 467",
         "4 - 539 - 1 - 488 - 0 - 34 - 36 - 467"),
        ("Wat is uw telefoonnummer?", "tel 06  21  4  88  3  47", "06  21  4  88  3  47"),
    ],
)  # fmt: skip
def test_digits_in_groups_typed_apart(
    detector: Detector, asked: str, said: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert any(text == value for _, text in out[1]), out[1]


def test_a_list_counted_one_by_one_is_no_number() -> None:
    from privacyguard.detect.normalise import _apart_edits

    assert _apart_edits("steps 3. 4. 5. 6. 7. 8. 9. 10. 11") == []
    assert _apart_edits("05. 3. 4. 2. 1. 14. 65")


def test_a_code_with_its_letters_before_the_number_in_words(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "What's your member number?"),
            ("customer", "ok so QX four one seven two nine three"),
        ],
    )
    assert any(text == "QX four one seven two nine three" for _, text in out[1]), out[1]


def test_norwegian_grisehale_for_the_at_sign(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Hva er e-posten din?"), ("customer", "det er kari_moe grisehale online.no")],
    )
    assert ("EMAIL_ADDRESS", "kari_moe grisehale online.no") in out[1], out[1]


def test_a_corrected_number_in_dotted_groups_after_other_messages(detector: Detector) -> None:
    """The corrected value cut from its message is no piece of its own ("0762.073.8125"):
    the message is read as before, no error."""
    out = talk_spans(
        detector,
        [
            ("customer", "i have a voucher QUICKRIDE7 can i still use it?"),
            ("agent", "Sorry, I'll also need your phone number."),
            ("customer", "0762.083.8125"),
            ("customer", "correction: 0762.073.8125"),
        ],
    )
    assert ("PHONE_NUMBER", "0762.073.8125") in out[3], out[3]


@pytest.mark.parametrize(
    ("asked", "first", "prompt", "rest", "kind"),
    [
        ("What's your phone number?", "07700 91", "Looks like some of it is missing?", "4522",
         "PHONE_NUMBER"),
        ("Wat is uw telefoonnummer?", "06 2143", "Volgens mij mist er een stuk?", "8876",
         "PHONE_NUMBER"),
        ("Hva er telefonnummeret ditt?", "93 41", "Jeg tror det mangler noe?", "27 86",
         "PHONE_NUMBER"),
        ("Какой у вас номер телефона?", "+7 916 4", "Похоже, не всё пришло?", "21-37-58",
         "PHONE_NUMBER"),
    ],
)  # fmt: skip
def test_the_agent_says_part_of_the_value_is_missing(
    detector: Detector, asked: str, first: str, prompt: str, rest: str, kind: str
) -> None:
    """The agent's remark that the value came in part asks for nothing new: the pieces
    around it are one value."""
    out = talk_spans(
        detector,
        [("agent", asked), ("customer", first), ("agent", prompt), ("customer", rest)],
    )
    assert (kind, rest) in out[3], out


def test_a_code_s_letters_that_are_an_abbreviation_too() -> None:
    """Letters such as "PK", "ST": some abbreviation in a dictionary, a code's letters all
    the same; "OK", "TEL": a word before the number."""
    from privacyguard.detect.engine import Detector as D

    norm = D().conversations.normaliser
    out = norm.normalise("ok so PK 3 two 9 zero 5 8 1 five ?", "en")
    assert out is not None and "PK32905815" in out.text
    out = norm.normalise("OK zero seven nine one two three four five six", "en")
    assert out is not None and out.text.startswith("OK 0")

"""The detector, through the whole conversation (round 17): customer numbers and booking
references.

- A sector's number with its prefix and its check part, in any case and script, as the
  answer to a number question ("HLT58214/7", "kb/7720418815", "VTR-40281957B",
  "rdx4107-392", "WL471 620 358", "ДК51873920"), or with a cue ("RX/5582013").
- A number of a kind no rule names asked for beside another value ("your email and
  caddie ID", "the card number and season ID").
- A Russian question typed in Latin letters ("nomer dogovora", "nomer broni"), and the
  Latin words of an order or an invoice in the answer ("est tolko nomer zakaza ...").

Every person and number here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("What's your member number?", "HLT58214/7", "HLT58214/7"),
        ("Could you confirm your rider ID?", "kb/7720418815", "kb/7720418815"),
        ("What's your member number?", "rdx4107-392", "rdx4107-392"),
        ("Wat is je klantnummer?", "VTR-40281957B", "VTR-40281957B"),
        ("Kan jeg få kundenummer?", "ok lp-30571842q", "lp-30571842q"),
        ("Kan jeg få kundenummer?", "WL471 620 358", "WL471 620 358"),
        ("Назовите, пожалуйста, номер клиента.", "ДК51873920", "ДК51873920"),
        ("What's your member number?", "TB/6120-448", "TB/6120-448"),
    ],
)
def test_prefixed_numbers_with_a_check_part(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("CUSTOMER_NUMBER", value) in out[1], out


def test_a_lettered_number_with_a_slash_after_a_cue(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "my customer number is RX/5582013")])
    assert ("CUSTOMER_NUMBER", "RX/5582013") in out[0], out


def test_a_number_of_an_unnamed_kind_beside_another_value(detector: Detector) -> None:
    question = "Can I have your email and caddie ID?"
    out = talk_spans(detector, [("agent", question), ("customer", "ann@example.org  ms/4417208")])
    assert ("CUSTOMER_NUMBER", "ms/4417208") in out[1], out


def test_a_russian_question_in_latin_letters(detector: Detector) -> None:
    out = talk_spans(
        detector, [("agent", "podskazhite nomer dogovora"), ("customer", "KV-4471902")]
    )
    assert ("CUSTOMER_NUMBER", "KV-4471902") in out[1], out
    out = talk_spans(detector, [("agent", "nomer broni?"), ("customer", "vot: M47-T2Q")])
    assert ("BOOKING_REFERENCE", "M47-T2Q") in out[1], out


def test_an_order_number_in_latin_letters_is_no_customer_number(detector: Detector) -> None:
    turns = [
        ("agent", "Podskazhite nomer klienta?"),
        ("customer", "est tolko nomer zakaza Z-5531207"),
    ]
    out = talk_spans(detector, turns)
    assert not any(t == "CUSTOMER_NUMBER" for t, _ in out[1]), out


def test_the_bank_account_stays_beside_a_membership_number(detector: Detector) -> None:
    turns = [
        ("agent", "Назовите номер счёта и номер абонемента."),
        ("customer", "40817 810 5 00012345678, FIT5531980"),
    ]
    out = talk_spans(detector, turns)
    assert ("CUSTOMER_NUMBER", "FIT5531980") in out[1], out
    assert not any(t == "CUSTOMER_NUMBER" and "40817" in s for t, s in out[1]), out


def test_a_word_before_the_number_is_no_prefix(detector: Detector) -> None:
    out = talk_spans(
        detector, [("agent", "What's your member number?"), ("customer", "it is 5520174")]
    )
    assert ("CUSTOMER_NUMBER", "5520174") in out[1], out


def test_a_phone_after_my_number_in_latin_letters(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "moi nomer +7 (916) 204 18 37")])
    assert ("PHONE_NUMBER", "+7 (916) 204 18 37") in out[0], out


def test_a_four_letter_name_before_a_number_stays_a_name(detector: Detector) -> None:
    question = "Ik heb van elk lid naam en lidnummer nodig."
    answer = "jan de smit 2208 4417; Roos 731906"
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("PERSON", "Roos") in out[1], out
    assert ("CUSTOMER_NUMBER", "731906") in out[1], out


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Wat is je klantnummer?", "dat is 51742/3", "51742/3"),
        ("Kan jeg få kundenummer?", "ok tmk-61207/4", "tmk-61207/4"),
        ("Wat is je klantnummer?", "NB 70431/8", "NB 70431/8"),
    ],
)
def test_digits_with_a_check_digit_after_a_slash(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("CUSTOMER_NUMBER", value) in out[1], out


def test_a_check_digit_with_a_cue_and_no_question(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "Kundenummer: 40718/2")])
    assert ("CUSTOMER_NUMBER", "40718/2") in out[0], out

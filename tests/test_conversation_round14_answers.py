"""The detector, through the whole conversation (round 14, issue 13): the business's lines
the customer is told to call, roles guessed where the export gives none, UK National
Insurance numbers, Russian dates with their year's mark.

- "Je kunt ook de schadelijn bellen: 0800-3113": the customer is the one who calls, the
  line is the business's (a fixed, freephone, premium-rate or shared-cost number); a
  mobile, a number after "you"/"je" as the one called ("we bellen je op ...") and a number
  the customer gave before stay findings.
- Without roles, the agent is the sender who asks the other for a kind of value: not one
  whose request word is a statement of their own doing ("die stuur ik straks"), nor one who
  asks about their own ("kunt u mijn adres wijzigen?"); a greeting that names the customer
  ("Goedemorgen Joost, mag ik je geboortedatum?") still asks.
- A UK National Insurance number (two letters HMRC allows, six digits, A-D) is found in
  capitals alone, and in lower case or spaced after words for it or a question for it.
- "13.04.1984г", "13.04.1984 г.", "13.04.1984 года": the year's mark is part of the date.
"""

from __future__ import annotations

from datetime import date

import pytest

from privacyguard.detect.dates import parse_date
from privacyguard.detect.engine import Detector
from privacyguard.models import Message

from .conversation_support import spans, talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def chat(detector: Detector, turns: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """A conversation of (sender, text) turns without roles, as an export without them."""
    messages = [
        Message(id=f"m{k}", text=text, conversation_id="w1", sender=sender)
        for k, (sender, text) in enumerate(turns)
    ]
    return [spans(d) for d in detector.detect(messages)]


# --- the business's line the customer is told to call -----------------------------------


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("Je kunt ook de schadelijn bellen: 0800-3113", "0800-3113"),
        ("Je kunt ook de schadelijn bellen: 088 483 5893", "088 483 5893"),
        ("U kunt de servicedesk bellen op 0900-9473.", "0900-9473"),
        ("You can also call the claims line on 0161 496 0218.", "0161 496 0218"),
    ],
)
def test_a_line_the_customer_is_told_to_call_is_the_business(
    detector: Detector, said: str, number: str
) -> None:
    out = talk_spans(detector, [("agent", "Goedemiddag, waarmee kan ik helpen?"), ("agent", said)])
    assert ("PHONE_NUMBER", number) not in out[1], out


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("Je kunt me ook bellen: 06 12 34 56 78", "06 12 34 56 78"),  # a mobile
        ("We zullen je bellen: 020 794 6123", "020 794 6123"),  # the customer is called
        ("We'll call you on 0161 496 0218.", "0161 496 0218"),
    ],
)
def test_a_mobile_or_the_customers_line_stays(detector: Detector, said: str, number: str) -> None:
    out = talk_spans(detector, [("agent", "Hello, how can I help?"), ("agent", said)])
    assert ("PHONE_NUMBER", number) in out[1], out


def test_a_number_the_customer_gave_stays_when_the_agent_calls_it(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Op welk nummer kunnen we u bereiken?"),
            ("customer", "020 794 6123"),
            ("agent", "Prima, we bellen naar 020 794 6123."),
        ],
    )
    assert ("PHONE_NUMBER", "020 794 6123") in out[1], out
    assert ("PHONE_NUMBER", "020 794 6123") in out[2], out


# --- roles guessed where the export gives none --------------------------------------------


def test_a_statement_with_a_request_word_makes_no_agent(detector: Detector) -> None:
    out = chat(
        detector,
        [
            ("Joost van der Meulen", "Goedemorgen, ik wil mijn reis annuleren"),
            ("Reisbureau Zonnepad", "Goedemorgen Joost, mag ik je geboortedatum en postcode?"),
            ("Joost van der Meulen", "17-05-1968, 3833 AB"),
            ("Joost van der Meulen", "Liever op mijn nieuwe rekening, die stuur ik straks"),
            ("Reisbureau Zonnepad", "Prima. Bel gerust met vragen."),
            ("Joost van der Meulen", "mijn nieuwe rekening is NL91ABNA0417164300"),
        ],
    )
    # the greeting by name still asks: the agent's question opens the answer's types
    assert ("DATE_OF_BIRTH", "17-05-1968") in out[2], out
    assert ("LOCATION", "3833 AB") in out[2], out
    assert ("IBAN_CODE", "NL91ABNA0417164300") in out[5], out


def test_the_asker_is_the_agent_not_who_says_they_will_send() -> None:
    from privacyguard.config.conversation import load_conversation_rules
    from privacyguard.detect.conversation.base import request_regex, role_words
    from privacyguard.detect.conversation.questions import _asks_the_other

    talk = load_conversation_rules()
    words, request = role_words(talk), request_regex(talk.requests)

    def asks(text: str) -> bool:
        return _asks_the_other(text, [], words, request)

    assert not asks("Liever op mijn nieuwe rekening, die stuur ik straks")
    assert not asks("I'll send the account details later")
    assert not asks("Kunt u mijn adres wijzigen?")
    assert asks("Stuur me je IBAN graag")
    assert asks("Please send your date of birth")
    assert asks("Mag ik je geboortedatum en postcode ter controle?")
    assert asks("Назовите, пожалуйста, дату рождения")


def test_a_customer_asking_about_their_own_data_stays_the_customer(detector: Detector) -> None:
    out = chat(
        detector,
        [
            ("Sanne Bakker", "Hoi, kunt u mijn adres wijzigen?"),
            ("Gemeente Bergdal", "Natuurlijk. Wat is het nieuwe adres?"),
            ("Sanne Bakker", "kastanjelaan 86, 7411 hs deventer"),
        ],
    )
    assert ("LOCATION", "kastanjelaan 86, 7411 hs deventer") in out[2], out


# --- UK National Insurance numbers --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("I'll need your NINO", "AJ695911A"),
        ("What's your National Insurance number?", "os349612b"),
        ("can you confirm your NINO please", "bc 18 23 90 b"),
    ],
)
def test_a_nino_as_a_bare_answer(detector: Detector, question: str, answer: str) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert out[1] == [("NATIONAL_ID", answer)], out


@pytest.mark.parametrize(
    ("said", "nino"),
    [
        ("my NI number is AJ695911A", "AJ695911A"),
        ("National Insurance no. TK 97 56 39 A", "TK 97 56 39 A"),
    ],
)
def test_a_nino_after_its_words(detector: Detector, said: str, nino: str) -> None:
    out = talk_spans(detector, [("customer", said)])
    assert ("NATIONAL_ID", nino) in out[0], out


@pytest.mark.parametrize(
    "said",
    [
        "order AB123456C",  # another kind of number named
        "os349612b",  # lower case, no word for it
        "GB123456A",  # letters HMRC never gives
        "AO123456A",  # O is never the second letter
    ],
)
def test_no_nino_without_its_shape_or_its_words(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("customer", said)])
    assert not any(t == "NATIONAL_ID" for t, _ in out[0]), out


# --- Russian dates with the year's mark ---------------------------------------------------


@pytest.mark.parametrize("text", ["13.04.1984г", "13.04.1984 г.", "13.04.1984 года"])
def test_parse_date_reads_the_year_mark(text: str) -> None:
    from privacyguard.config.rules import load_rules
    from privacyguard.detect.dates import date_words

    assert parse_date(text, date_words(load_rules().lists)) == date(1984, 4, 13)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("я родился 13.04.1984г, проверьте", "13.04.1984г"),
        ("дата рождения 13.04.1984 г.", "13.04.1984 г."),
        ("родилась 13.04.1984 года", "13.04.1984 года"),
    ],
)
def test_the_year_mark_is_part_of_the_birth_date(detector: Detector, said: str, value: str) -> None:
    out = talk_spans(detector, [("customer", said)])
    assert out[0] == [("DATE_OF_BIRTH", value)], out


def test_a_bare_date_with_the_year_mark(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Назовите дату рождения"), ("customer", "14.12.1998г")])
    assert out[1] == [("DATE_OF_BIRTH", "14.12.1998г")], out


def test_the_context_word_after_the_date_stays_a_context_word(detector: Detector) -> None:
    # "г.р." (год рождения) after the date is its context word, not the year's mark
    out = talk_spans(detector, [("customer", "Константин Морозов, 20.06.1958 г.р.")])
    assert ("DATE_OF_BIRTH", "20.06.1958") in out[0], out


# --- a customer number of letters and groups of digits ------------------------------------


def test_a_customer_number_with_letters_before_its_groups(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Geen probleem.\nKlantnummer: ZP-2019-004471")])
    assert ("CUSTOMER_NUMBER", "ZP-2019-004471") in out[0], out


# --- addresses: care-of lines, house names, Russian towns ---------------------------------


@pytest.mark.parametrize(
    ("said", "parts"),
    [
        ("c/o skjeggestad, furuveien 147, 6002 ålesund", ["c/o skjeggestad,"]),
        ("p/a Jansen, kerkstraat 12, 1017 gb amsterdam", ["p/a Jansen,"]),
        ("rose cottage, marlowe court, swansea sa14pe", []),
        ("flat 6, 67 laburnum grove, harrogate, hg12rs", []),
        ("нижний новгород, ленинградский пр-т 129-164", []),
        ("новосибирск, бул. победы 90-55", []),
        ("ул. Кирова 39 кв 123 Воронеж", []),
    ],
)
def test_the_whole_address_is_covered(detector: Detector, said: str, parts: list[str]) -> None:
    out = talk_spans(detector, [("customer", said)])
    places = [v for t, v in out[0] if t == "LOCATION"]
    covered = "".join(p for p in places)
    assert sorted(c for c in covered if not c.isspace()) == sorted(
        c for c in said if not c.isspace()
    ), out
    for part in parts:
        assert part in places, out


@pytest.mark.parametrize("said", ["interest is 5% p/a over 3 years", "send it c/o my sister"])
def test_no_care_of_line_without_an_address(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("customer", said)])
    assert not any(t == "LOCATION" for t, _ in out[0]), out


# --- quoted replies ------------------------------------------------------------------------


def test_a_quoted_question_is_no_part_of_the_answer(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Hvem står bestillingen på?"),
            ("customer", "> Hvem står bestillingen på?\nguri myhre"),
        ],
    )
    assert out[1] == [("PERSON", "guri myhre")], out


# --- an item's number is no phone number ---------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "har ikke fått pengene tilbake. det gjelder varenr 676.982.53",
        "het gaat om artikelnummer 020 123 4567",
        "the item code is 0161 496 0218",
    ],
)
def test_an_item_number_is_no_phone_number(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("customer", said)])
    assert not any(t == "PHONE_NUMBER" for t, _ in out[0]), out

"""Round 25, hard negatives: the business's own address where the customer may hand something
in ("Drop-off is at the workshop, ...", "Afgeven kan bij ...", "Du kan levere på verkstedet,
...", "Привезти можно в мастерскую: ..."), and the business's voucher given for a discount
("Met code LENTE24 krijg je de volgende keer 10% korting"), are no customer's data; the
customer's own address and booking code stay found."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


def _of(found: list[tuple[str, str]], kind: str) -> list[str]:
    return [text for etype, text in found if etype == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Drop-off is at the workshop, Unit 4, Mill Lane, Hexham NE46 3NH.",
        "You can hand it in at 14 Mill Lane, Hexham NE46 3NH.",
        "Afgeven kan bij Kerkstraat 12, 3511 AB Utrecht.",
        "Inleveren kan bij de werkplaats, Kerkstraat 12, 3511 AB Utrecht.",
        "Du kan levere på verkstedet, Storgata 5, 0155 Oslo.",
        "Den kan leveres inn på kontoret, Storgata 5, 0155 Oslo.",
        "Привезти можно в мастерскую: Москва, ул. Ленина, 5.",
        "Сдать можно в офисе: г. Тверь, ул. Советская, д. 12.",
    ],
)
def test_the_business_address_to_hand_in_at_is_no_customers(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "where can I bring it?"), ("agent", text)])
    assert not _of(out[1], "LOCATION"), out[1]


@pytest.mark.parametrize(
    ("agent", "customer", "address"),
    [
        (
            "Drop-off is at the workshop, Unit 4, Mill Lane, Hexham NE46 3NH. "
            "Where shall we send it back to?",
            "to 22 Wellington Terrace, Swansea SA1 3QT",
            "22 Wellington Terrace",
        ),
        (
            "Afgeven kan bij Kerkstraat 12, 3511 AB Utrecht. Naar welk adres sturen we hem terug?",
            "Dorpsstraat 3, 1234 AB Ede",
            "Dorpsstraat 3",
        ),
        (
            "Du kan levere på verkstedet, Storgata 5, 0155 Oslo. "
            "Hvilken adresse skal vi sende den til?",
            "Bekkeveien 26, 3611 Kongsberg",
            "Bekkeveien 26",
        ),
        (
            "Привезти можно в мастерскую: Москва, ул. Ленина, 5. На какой адрес отправить обратно?",
            "г. Тверь, ул. Советская, д. 12",
            "Советская",
        ),
    ],
)
def test_the_customers_address_after_the_business_stays_found(
    detector: Detector, agent: str, customer: str, address: str
) -> None:
    out = talk_spans(detector, [("agent", agent), ("customer", customer)])
    assert [s for s in _of(out[1], "LOCATION") if address in s], out[1]


@pytest.mark.parametrize(
    "text",
    [
        # the agent hands the customer's own address on: theirs
        "The courier will bring it to your home, 22 Wellington Terrace, Swansea SA1 3QT.",
        "We kunnen hem bij u afgeven op Dorpsstraat 3, 1234 AB Ede.",
    ],
)
def test_the_customers_address_in_the_agents_message_stays_found(
    detector: Detector, text: str
) -> None:
    out = talk_spans(detector, [("agent", text)])
    assert _of(out[0], "LOCATION"), out[0]


@pytest.mark.parametrize(
    "text",
    [
        "Met code VAAR26 krijg je de volgende keer 10% korting.",
        "Med koden VAAR26 får du 10 % rabatt neste gang.",
        "With code SPRING26 you get 10% off your next trip.",
    ],
)
def test_a_voucher_for_a_discount_is_no_booking(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("agent", text)])
    assert not _of(out[0], "BOOKING_REFERENCE"), out[0]


@pytest.mark.parametrize(
    ("role", "text"),
    [
        # the customer's booking read back, a discount on it: theirs
        ("agent", "Your booking code is QK7T2M, and you get 10% off."),
        ("agent", "Booking code QK7T2M has a 10% discount applied."),
        ("agent", "Uw boekingscode is QK7T2M, daarop krijgt u 10% korting."),
        # the customer's own words are never the business's
        ("customer", "Med koden QK7T2M fikk jeg 10 % rabatt."),
    ],
)
def test_a_booking_code_beside_a_discount_stays_found(
    detector: Detector, role: str, text: str
) -> None:
    out = talk_spans(detector, [(role, text)])
    assert _of(out[0], "BOOKING_REFERENCE"), out[0]


@pytest.mark.parametrize(
    ("customer", "agent"),
    [
        # the postcode's digits ("NE46") are no house number of the customer's ("46a ...")
        (
            "my address is 46a Sheep Street Hexham",
            "We're at Unit 3, Foxglove Drive, Hexham NE46 3NH.",
        ),
        # the same house number, another street: the business's, no read-back
        ("lyngstien 87 kongsberg", "Vi holder til i Gjerdeløkka 87, 6413 Molde."),
    ],
)
def test_the_business_address_is_no_read_back_of_the_customers(
    detector: Detector, customer: str, agent: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", "Hvor bor du? / Where do you live?"), ("customer", customer), ("agent", agent)],
    )
    assert not _of(out[2], "LOCATION"), out[2]


@pytest.mark.parametrize(
    ("customer", "agent", "address"),
    [
        (
            "my address is 46a Sheep Street Hexham",
            "We'll send it to 46a Sheep Street, Hexham.",
            "Sheep",
        ),
        ("kerkstr 12 utrecht", "Stuur het naar Kerkstraat 12, 3511 AB Utrecht.", "Kerkstraat"),
        ("lyngstien 87 kongsberg", "Send det til Lyngstien 87, 3611 Kongsberg.", "Lyngstien"),
        ("ул. Садовая, 14", "Отправьте по адресу: ул. Садовой, 14.", "Садов"),
    ],
)
def test_the_customers_address_read_back_stays_found(
    detector: Detector, customer: str, agent: str, address: str
) -> None:
    out = talk_spans(
        detector, [("agent", "Where do you live?"), ("customer", customer), ("agent", agent)]
    )
    assert [s for s in _of(out[2], "LOCATION") if address in s], out[2]


@pytest.mark.parametrize(
    ("question", "hold", "name"),
    [
        ("На кого оформлено?", "минутку, сейчас найду", "зоя гусева"),
        ("Whose name is the booking under?", "hang on, let me check", "tamsin bramwell"),
        ("Hvem står bestillingen på?", "øyeblikk, må bare finne", "ingvild holm"),
    ],
)
def test_a_hold_phrase_between_commas_is_no_name(
    detector: Detector, question: str, hold: str, name: str
) -> None:
    # the customer asks for time: no name in it; the name after it is the answer
    out = talk_spans(detector, [("agent", question), ("customer", hold), ("customer", name)])
    assert not _of(out[1], "PERSON"), out[1]
    assert _of(out[2], "PERSON") == [name], out[2]


def test_a_name_after_a_hold_word_stays_found(detector: Detector) -> None:
    out = talk_spans(
        detector, [("agent", "На кого оформлено?"), ("customer", "минутку, зоя гусева")]
    )
    assert _of(out[1], "PERSON") == ["зоя гусева"], out[1]


@pytest.mark.parametrize(
    ("greeting", "business", "agent"),
    [
        ("Good morning, Evergreen Fertility support, Craig speaking.", "Evergreen", "Craig"),
        ("Hello! I'm Jamal from the Brightroof Solar team. How can I help?", "Brightroof", "Jamal"),
        ("Goedemorgen, Bandenhotel Kuiper klantenservice, u spreekt met Esmee.", "Kuiper", "Esmee"),
        ("God morgen, Birøkter Fjellstad kundeservice, Helene her.", "Fjellstad", "Helene"),
    ],
)
def test_the_business_before_its_desk_in_the_greeting_is_no_person(
    detector: Detector, greeting: str, business: str, agent: str
) -> None:
    out = talk_spans(detector, [("agent", greeting)])
    names = _of(out[0], "PERSON")
    assert not [p for p in names if business in p], out[0]
    assert agent in names, out[0]


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        # the customer greeted by name, then the agent's: theirs
        ("Good morning, Anna Berg, Priya speaking.", "Anna Berg"),
        # "the" before a name with no desk after it: no business read
        ("Hello! I'm Jamal from the Hale family. How can I help?", "Jamal"),
    ],
)
def test_a_person_in_the_greeting_stays_found(
    detector: Detector, greeting: str, person: str
) -> None:
    out = talk_spans(detector, [("agent", greeting)])
    assert [p for p in _of(out[0], "PERSON") if person in p], out[0]


@pytest.mark.parametrize(
    ("greeting", "business", "agent"),
    [
        ("Hoi! Ineke hier, Grasmaaierservice Groenrand 🙂", "Groenrand", "Ineke"),
        ("Hi! Tom here, Gullwing Kite School.", "Gullwing", "Tom"),
        ("Hei! Brage her, Padleriet Kajakkutleie.", "Padleriet", "Brage"),
    ],
)
def test_the_business_after_the_agent_here_is_no_person(
    detector: Detector, greeting: str, business: str, agent: str
) -> None:
    out = talk_spans(detector, [("agent", greeting)])
    names = _of(out[0], "PERSON")
    assert not [p for p in names if business in p], out[0]
    assert agent in names, out[0]


def test_the_customer_asked_after_the_agent_here_stays_found(detector: Detector) -> None:
    # a question after the agent's name: the customer greeted, no business
    out = talk_spans(detector, [("agent", "Hi! Tom here, Mr Hale?")])
    assert [p for p in _of(out[0], "PERSON") if "Hale" in p], out[0]


@pytest.mark.parametrize(
    "text",
    [
        "Lørdager fra 7.45 til 13.00, ja.",
        "Saturdays from 9 to 1, yes.",
        "Zaterdag van 9 tot 13 uur.",
    ],
)
def test_a_day_of_the_week_before_from_is_no_agents_name(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "are you open on saturdays?"), ("agent", text)])
    assert not _of(out[1], "PERSON"), out[1]


def test_the_agents_name_before_from_stays_found(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Hei, Odd fra Museumsvennene her.")])
    assert "Odd" in _of(out[0], "PERSON"), out[0]

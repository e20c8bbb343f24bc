"""The detector, through the whole conversation (round 15, issue 13): answers and hard
negatives.

- An answer the agent's next statement names a number of a kind that is no personal data
  ("That's an order number, but it works too", "Dat is het bestelnummer, prima", "Det er et
  ordrenummer, men det går fint", "Это номер заказа, но так тоже нашли") is no customer
  number: the value the conversation made of its shape alone is withdrawn. Not when an
  agent message came between, when the statement asks something, or when the customer's
  own cue made the value.
- The business's own lines and addresses: a VoIP line (a Dutch 085 or 088 number) after the
  words that give the business's contact is the business's, and more of those words
  ("Retourneren kan bij ons servicepunt ...", "Retur kan leveres på ...", "Возврат
  принимаем по адресу ..."). A case the customer already has ("ik heb al een melding
  lopen, ...", "у меня уже есть заявка ...") is no number the conversation made.
- A name as airlines print it, surname first ("Passenger: LOWTHER/BETHAN MRS", "passenger:
  de graaf/siem mrs"), after a cue or with a title after it, is a person; its words are no
  booking code ("BETHAN" six letters after "booking" in the e-ticket).
- A name in lower case that no list holds, as a label's value on a line of its own ("name:
  clemency stainsby"), none of its words an everyday word ("name: not sure yet" is none).
- The agent who takes over from a bot names themself in a short later message ("You're now
  connected to Tamsin.", "Du er nå koblet til Halvard."), when no agent was named before.
- "acc no" (en) and "л/с" (ru, лицевой счёт) name a customer number; a bare "ID" names a
  national ID with a checksum ("ID: 653209836"), not "customer id" or "order id"; "d.o.b"
  names a birth date.
- "Passenger details", "gegevens van de reiziger", "passasjeropplysninger", "данные
  пассажира" ask for a traveller's record: a name, a birth date, a document number.
- The companion a customer asks by name for their details ("Lachlan what's your passport
  number?? they need it", "gijs wat is jouw nummer?"): a first name of Faker's lists, no
  everyday word, opening a question with a word for "your".
- An app's note at the end of an answer ("dominic stainsby <This message was edited>") is
  no part of it.

Every person and number here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "said", "value", "named"),
    [
        (
            "Customer number?",
            "804714249 thanks",
            "804714249",
            "That's an order number, but it works too, got you",
        ),
        (
            "Customer number?",
            "#40064008 👍",
            "40064008",
            "That's the order number, fine, I can see it",
        ),
        (
            "Klantnummer?",
            "186291260",
            "186291260",
            "Dat is een bestelnummer, maar daarmee vind ik u ook",
        ),
        ("Kundenummer?", "6143193", "6143193", "Det er et ordrenummer, men det går fint, fant deg"),
        ("Номер клиента?", "3682785", "3682785", "Это номер заказа, хорошо, вижу"),
    ],
)
def test_an_answer_the_agent_names_an_order_number_is_withdrawn(
    detector: Detector, asked: str, said: str, value: str, named: str
) -> None:
    turns = [("agent", asked), ("customer", said)]
    before = talk_spans(detector, turns)
    assert any(v.endswith(value) for t, v in before[1] if t == "CUSTOMER_NUMBER"), before
    out = talk_spans(detector, [*turns, ("agent", named)])
    assert not any(value in v for _, v in out[1]), out


@pytest.mark.parametrize(
    "named",
    [
        "Thanks. Is that the order number or the customer number?",  # a question
        "Thanks, one moment",  # names nothing
    ],
)
def test_a_question_or_another_statement_withdraws_nothing(detector: Detector, named: str) -> None:
    turns = [("agent", "Customer number?"), ("customer", "804714249"), ("agent", named)]
    out = talk_spans(detector, turns)
    assert ("CUSTOMER_NUMBER", "804714249") in out[1], out


def test_only_the_agents_next_message_withdraws(detector: Detector) -> None:
    turns = [
        ("agent", "Customer number?"),
        ("customer", "804714249"),
        ("agent", "Thanks, I've found you."),
        ("agent", "That's an order number I see on the account, it shipped yesterday."),
    ]
    out = talk_spans(detector, turns)
    assert ("CUSTOMER_NUMBER", "804714249") in out[1], out


def test_the_customers_own_cue_keeps_the_value(detector: Detector) -> None:
    turns = [
        ("agent", "Customer number?"),
        ("customer", "my customer number is 804714249"),
        ("agent", "That's an order number, but it works too"),
    ]
    out = talk_spans(detector, turns)
    assert ("CUSTOMER_NUMBER", "804714249") in out[1], out


# --- the business's own lines and addresses, a case the customer already has ---------------


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("U kunt ook bellen met 085 303 7720", "085 303 7720"),  # a Dutch VoIP line
        ("Gebeurt het weer, bel dan 088 512 3400", "088 512 3400"),
        ("Retourneren kan bij ons servicepunt Stationsplein 14", "Stationsplein 14"),
        ("Haalt u het op bij Vismarkt 3 of zullen we bezorgen?", "Vismarkt 3"),
        ("Retur kan leveres på Torggata 9", "Torggata 9"),
        ("Возврат принимаем по адресу пр. Ленина, д. 15", "пр. Ленина, д. 15"),
    ],
)
def test_the_business_line_or_address_the_agent_gives_is_no_finding(
    detector: Detector, said: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", "Hello, how can I help?"), ("agent", said)])
    assert not any(value in v or v in value for _, v in out[1]), out


def test_the_customers_address_read_back_stays(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Wat is uw adres?"),
            ("customer", "Turfmarkt 27, 3811NE Amersfoort"),
            ("agent", "We bezorgen het op uw adres Turfmarkt 27, 3811NE Amersfoort"),
        ],
    )
    assert any(t == "LOCATION" for t, _ in out[1]), out
    assert any(t == "LOCATION" for t, _ in out[2]), out


@pytest.mark.parametrize(
    ("asked", "answer", "case"),
    [
        ("Klantnummer?", "720-728-6566", "ik heb al een melding lopen, 24897197"),
        ("Номер клиента?", "1746696", "у меня уже есть заявка CS-2787922"),
        ("Customer number?", "720728656", "I already have a case open, 24897197"),
    ],
)
def test_a_case_the_customer_already_has_is_no_customer_number(
    detector: Detector, asked: str, answer: str, case: str
) -> None:
    turns = [("agent", asked), ("customer", answer), ("agent", "Thanks."), ("customer", case)]
    out = talk_spans(detector, turns)
    assert any(t == "CUSTOMER_NUMBER" for t, _ in out[1]), out
    assert out[3] == [], out


# --- names as airlines print them ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Booking reference: U94WRM\nPassenger: LOWTHER/BETHAN MRS\nTicket: 057-4627821567",
            "LOWTHER/BETHAN",
        ),
        ("booking reference: 8vy9wh\npassenger: de graaf/siem mrs", "de graaf/siem"),
        ("Passenger: FOSSUM/INGVILD MRS", "FOSSUM/INGVILD"),
        ("Пассажир: DENISOVA/NINA MS", "DENISOVA/NINA"),
        ("name: kramer/niels", "kramer/niels"),
    ],
)
def test_a_name_as_airlines_print_it(detector: Detector, text: str, name: str) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert ("PERSON", name) in out[0], out
    assert not any(t == "BOOKING_REFERENCE" and v in name for t, v in out[0]), out


@pytest.mark.parametrize(
    "text",
    ["yes/no and km/h", "the Amsterdam/Rotterdam route", "Tickets: adult/child MS"],
)
def test_words_with_a_slash_are_no_name(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert not any(t == "PERSON" for t, _ in out[0]), out


def test_a_code_after_an_airline_and_a_slash_stays(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "booking reference KL/XK4R7P")])
    assert ("BOOKING_REFERENCE", "XK4R7P") in out[0], out


# --- a handover to a named agent, short names of a customer number ----------------------------


@pytest.mark.parametrize(
    ("ask", "handover", "name"),
    [
        (
            "🤖 Before I connect you: type your customer number.",
            "You're now connected to Tamsin.",
            "Tamsin",
        ),
        (
            "🤖 Skriv kundenummeret ditt før jeg kobler deg videre.",
            "Du er nå koblet til Halvard.",
            "Halvard",
        ),
    ],
)
def test_the_agent_a_bot_hands_over_to(
    detector: Detector, ask: str, handover: str, name: str
) -> None:
    turns = [("customer", "hi"), ("agent", ask), ("customer", "12345678"), ("agent", handover)]
    out = talk_spans(detector, turns)
    assert ("PERSON", name) in out[3], out


@pytest.mark.parametrize(
    "later",
    [
        "You're now connected to Tamsin.",  # an agent was named before
        "Thanks, I have passed your details on to Tamsin in our billing team today.",  # long
    ],
)
def test_no_handover_name_after_a_greeting_or_in_a_long_message(
    detector: Detector, later: str
) -> None:
    turns = [("agent", "Hello, Rory here. How can I help?"), ("customer", "hi"), ("agent", later)]
    out = talk_spans(detector, turns)
    assert ("PERSON", "Rory") in out[0], out
    assert not any("conversation" in v for _, v in out[2])
    if "billing" not in later:
        assert ("PERSON", "Tamsin") not in out[2], out


@pytest.mark.parametrize(
    ("text", "number"),
    [("acc no 793381889 😭😭", "793381889"), ("л/с 5008498", "5008498")],
)
def test_short_names_of_a_customer_number(detector: Detector, text: str, number: str) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert ("CUSTOMER_NUMBER", number) in out[0], out


# --- passenger details, an app's note after the answer ----------------------------------------


@pytest.mark.parametrize(
    ("asked", "said", "found"),
    [
        (
            "And the booking code or passenger details?",
            "felicity coldwell ta",
            ("PERSON", "felicity coldwell"),
        ),
        (
            "En de boekingscode of gegevens van de reiziger?",
            "C9C4YN5NJ dankje",
            ("PASSPORT", "C9C4YN5NJ"),
        ),
        (
            "Voor het omboeken heb ik wat gegevens van de reiziger nodig",
            "geb 1-8-'02",
            ("DATE_OF_BIRTH", "1-8-'02"),
        ),
        ("А код брони или данные пассажира?", "8017 №214926 🙏", ("PASSPORT", "8017 №214926")),
    ],
)
def test_passenger_details_ask_for_a_travellers_record(
    detector: Detector, asked: str, said: str, found: tuple[str, str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert found in out[1], out


def test_an_apps_note_after_the_answer_is_no_part_of_it(detector: Detector) -> None:
    turns = [
        ("agent", "Who's the account holder?"),
        ("customer", "dominic stainsby <This message was edited>"),
    ]
    out = talk_spans(detector, turns)
    assert ("PERSON", "dominic stainsby") in out[1], out


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Name: Octavia Stainsby\nDOB: 24 Jun 2004\nID: 653209836", ("NATIONAL_ID", "653209836")),
        ("id: 128389709", ("NATIONAL_ID", "128389709")),
        ("customer id 653209836", ("CUSTOMER_NUMBER", "653209836")),
        ("d.o.b 26/3/76 | PNR: EKAB6Z", ("DATE_OF_BIRTH", "26/3/76")),
    ],
)
def test_a_bare_id_names_a_national_id(
    detector: Detector, text: str, found: tuple[str, str]
) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert found in out[0], out


def test_an_order_id_is_no_national_id(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "order id 653209836")])
    assert not any(t == "NATIONAL_ID" for t, _ in out[0]), out


# --- a companion asked by name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Lachlan what's your passport number?? they need it", "Lachlan"),
        ("gijs wat is jouw nummer? ze willen het weten", "gijs"),
    ],
)
def test_a_companion_asked_by_name(detector: Detector, said: str, name: str) -> None:
    out = talk_spans(detector, [("agent", "And the passport number?"), ("customer", said)])
    assert ("PERSON", name) in out[1], out


@pytest.mark.parametrize(
    "said",
    ["Will you send me your number?", "Mark your calendar?", "Hope your day is good?"],
)
def test_an_everyday_word_opening_a_question_is_no_name(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("agent", "And the passport number?"), ("customer", said)])
    assert not any(t == "PERSON" for t, _ in out[1]), out


# --- a label's value -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("name: clemency stainsby\ndob: 16/03/2000\nid: 128389709", "clemency stainsby"),
        ("имя: милана костина", "милана костина"),
    ],
)
def test_a_name_as_a_labels_value(detector: Detector, text: str, name: str) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert ("PERSON", name) in out[0], out


@pytest.mark.parametrize(
    "text", ["name: not sure yet", "subject: your e-ticket", "status: delivered today"]
)
def test_everyday_words_after_a_label_are_no_name(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert not any(t == "PERSON" for t, _ in out[0]), out

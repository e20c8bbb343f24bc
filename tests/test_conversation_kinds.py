"""Issue 13, seventh round (after the fifth sealed set's blind run), by kind, with examples
of its own in all four languages:

- a request for the details of everyone ("the details for everybody", "van ieder de
  gegevens", "hver enkelt", "данные каждого") asks for each person's record: name, birth
  date, document or national id number;
- a date right after the name of a person a customer lists is that person's birth date,
  whatever separates them and whatever the agent asked (never a date of the last twelve
  months or one to come: a travel date).

Every person and number here is synthetic; the passport and national id numbers have the
shapes of their countries, the BSN and fødselsnummer pass their checksums.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detected, Detector

from .conversation_support import talk


def typed(d: Detected, etype: str) -> list[str]:
    return sorted(d.message.text[f.start : f.end] for f in d.findings if f.entity_type == etype)


def typed_all(out: list[Detected], etype: str) -> list[str]:
    return sorted(x for d in out for x in typed(d, etype))


# a request for everyone's details, answered with records in one or several messages, in
# layouts no recognizer reads alone (no "born", no "passport" in the answer)
EVERYONE = [
    ("Could you send me the details for everybody?",
     ["Ruth Alder - March 9, 1962 - 503918267", "owen alder / 30.11.1990 / 644019273"],
     ["30.11.1990", "March 9, 1962"], ["503918267", "644019273"]),
    ("Mag ik van ieder de gegevens?",
     ["Karin Mulder\t12-7-1958\tNXR4K81P2", "Tom Mulder\t3 sep 1989\tNXT0L55J7"],
     ["12-7-1958", "3 sep 1989"], ["NXR4K81P2", "NXT0L55J7"]),
    ("Skriv gjerne ned hver enkelt.",
     ["Sigrid Lunde | 17.2.1966 | FM2291034", "Per Lunde | 4. juli 1993 | FM4410983"],
     ["17.2.1966", "4. juli 1993"], ["FM2291034", "FM4410983"]),
    ("Перечислите всех, кто едет.",
     ["Лидия Котова 12.04.1961 4512 338761", "Пётр Котов, 02.11.1988, 4519 220375"],
     ["02.11.1988", "12.04.1961"], ["4512 338761", "4519 220375"]),
]  # fmt: skip


@pytest.mark.parametrize(("question", "answers", "dates", "documents"), EVERYONE)
def test_a_request_for_everyones_details_asks_for_each_record(
    detector: Detector, question: str, answers: list[str], dates: list[str], documents: list[str]
) -> None:
    out = talk(detector, [("agent", question), *(("customer", a) for a in answers)])
    assert typed_all(out, "DATE_OF_BIRTH") == dates
    assert typed_all(out, "PASSPORT") == documents


# a list of people, each with a date, whatever the agent asked ("anything else?") and
# whatever separates the name from the date: the dates are birth dates
DATED = [
    ("en", "Anything else I can note?",
     "• Gwen Marlow (2 Feb 1957)\n• tobias marlow: 19/11/1984\n• Ivy Marlow — 2012-05-30",
     ["19/11/1984", "2 Feb 1957", "2012-05-30"]),
    ("nl", "Verder nog iets?",
     "Femke Brouwer: 7 okt 1949; Joost Brouwer (21-03-77) en Lotte Brouwer 30.6.2009",
     ["21-03-77", "30.6.2009", "7 okt 1949"]),
    ("nb", "Noe mer?",
     "1) Ingrid Solberg - 08.09.1955\n2) Knut Solberg, 14. januar 1981\n3) Eli Solberg 3/4/2016",
     ["08.09.1955", "14. januar 1981", "3/4/2016"]),
    ("ru", "Что-нибудь ещё?",
     "Вера Лебедева — 19.09.1950, Антон Лебедев (05.05.1979), Ирина Лебедева 1.12.2003",
     ["05.05.1979", "1.12.2003", "19.09.1950"]),
    # the date first
    ("en", "Who will be on the trip?", "12/03/1981 - Laura Finch\n30/07/2009 - Sam Finch",
     ["12/03/1981", "30/07/2009"]),
    ("nl", "Wie gaan er mee?", "1. 14-02-1975 Sanne Visser\n2. 3 mei 2012 Bram Visser",
     ["14-02-1975", "3 mei 2012"]),
    ("nb", "Hvem blir med?", "04.03.1971: Kristin Haugen; 19. mai 2009: Emil Haugen",
     ["04.03.1971", "19. mai 2009"]),
    ("ru", "Кто едет?", "07.08.1974 — Ольга Белова\n21.01.2008 — Артём Белов",
     ["07.08.1974", "21.01.2008"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "question", "answer", "dates"), DATED)
def test_a_date_by_each_listed_name_is_that_persons_birth_date(
    detector: Detector, lang: str, question: str, answer: str, dates: list[str]
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[-1], "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    "turns",
    [
        # a date to come by a name: a travel date
        [("agent", "Which date would you like to move to?"),
         ("customer", "for Ruth Alder - 9 Mar 2027 please")],
        [("agent", "Hoe kan ik helpen?"), ("customer", "Karin Mulder 12-7-2027 wil omboeken")],
        # a date of the last few months by a name: an order or a visit, not a birth
        [("agent", "How can I help?"),
         ("customer", "Ruth Alder, 14.10.2026 I ordered a kettle and it never came")],
        [("agent", "Чем могу помочь?"), ("customer", "Вера Лебедева, 01.11.2026 оплатила заказ")],
    ],
)  # fmt: skip
def test_a_date_to_come_or_of_the_last_months_by_a_name_is_no_birth_date(
    detector: Detector, turns: list[tuple[str, str]]
) -> None:
    out = talk(detector, turns)
    assert typed(out[-1], "DATE_OF_BIRTH") == []


def test_a_thank_you_for_everything_asks_for_nobody(detector: Detector) -> None:
    """The agent's "Takk for alle svarene" asks for nobody: the price after it stays."""
    out = talk(
        detector,
        [("agent", "Takk for alle svarene!"), ("customer", "bare hyggelig, 1945 kr var prisen")],
    )
    assert out[-1].findings == []


# an address asked for, given whole in one message, and its rest in the next: a town, a
# postcode and a town, the second half of a postcode, a flat's number after "кв"
ADDRESS_REST = [
    ("Where shall we post the card?", "14 Orchard Rise", "Carlisle, sorry hit enter",
     "Carlisle"),
    ("What's your address?", "9 Hollins Way LS6", "4QT", "4QT"),
    ("Naar welk adres mag het?", "kastanjelaan 33 bis", "... zwolle", "zwolle"),
    ("Hvor skal vi sende kortet?", "granbakken 7b", "4021 stavanger trykket for fort",
     "4021 stavanger"),
    ("Куда отправить карту?", "пермь ул. садовая 21 кв", "48", "48"),
    ("Куда отправить карту?", "ул. садовая 21", "г. пермь", "г. пермь"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "first", "second", "rest"), ADDRESS_REST)
def test_the_rest_of_an_address_in_the_next_message(
    detector: Detector, question: str, first: str, second: str, rest: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", first), ("customer", second)])
    assert typed(out[1], "LOCATION") == [first]
    assert typed(out[2], "LOCATION") == [rest]


@pytest.mark.parametrize(
    "second",
    ["thanks a lot", "Reading that back it looks right", "yes that's it", "12", "да, верно"],
)
def test_a_remark_after_an_address_is_no_rest_of_it(detector: Detector, second: str) -> None:
    out = talk(
        detector,
        [("agent", "What's your address?"), ("customer", "9 Hollins Way, Leeds"),
         ("customer", second)],
    )  # fmt: skip
    assert typed(out[2], "LOCATION") == []


def test_a_destination_after_a_new_question_is_no_rest_of_the_address(detector: Detector) -> None:
    out = talk(
        detector,
        [("agent", "What's your address?"), ("customer", "9 Hollins Way, Leeds"),
         ("agent", "Thanks. And where are you flying to?"), ("customer", "Dublin")],
    )  # fmt: skip
    assert typed(out[3], "LOCATION") == []


# the customer's own words for the address, then the address in lower case, its house
# number with an addition, with or without a postcode, to the end of the sentence
CUED_ADDRESS = [
    ("How can I help?", "I live at 12b heron close, ipswich", "12b heron close, ipswich"),
    ("Waarmee kan ik helpen?", "Adres: lindengracht 44 hs amsterdam",
     "lindengracht 44 hs amsterdam"),
    ("Hva kan jeg hjelpe med?",
     "jeg bor i bjørkeveien 17, h0201, 5003 bergen, kan dere oppdatere det?",
     "bjørkeveien 17, h0201, 5003 bergen"),
    ("Чем помочь?", "мой адрес: тула ул. садовая 21 кв 4", "тула ул. садовая 21 кв 4"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "message", "address"), CUED_ADDRESS)
def test_an_address_after_the_customers_words_for_it(
    detector: Detector, question: str, message: str, address: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", message)])
    found = typed(out[-1], "LOCATION")
    assert any(address in x or x in address and len(x) > len(address) - 6 for x in found), found


@pytest.mark.parametrize(
    "message",
    ["I live at number 12 for 20 years now", "my sister lives at 4 elm row, bath",
     "ik woon hier al 12 jaar", "jeg bor i 3. etasje"],
)  # fmt: skip
def test_no_address_after_words_for_one(detector: Detector, message: str) -> None:
    out = talk(detector, [("agent", "How can I help?"), ("customer", message)])
    assert typed(out[-1], "LOCATION") == []


# disguised answers: a "+" typed apart from the number, a code of one case typed letter by
# letter with one digit, "punkt" for "." in Norwegian, and numbers asked for with the words
# of a club, a participant, a player's account
DISGUISED = [
    ("Hvilket nummer kan vi nå deg på?", "+ 4 7 9 1 2 3 4 5 6 7", "PHONE_NUMBER",
     "+ 4 7 9 1 2 3 4 5 6 7"),
    ("Op welk nummer?", "+ drie een zes twee 4 acht 1 1 nul 5 9", "PHONE_NUMBER",
     "+ drie een zes twee 4 acht 1 1 nul 5 9"),
    ("Wat is de reserveringscode?", "oké p u d 9 r r", "BOOKING_REFERENCE", "p u d 9 r r"),
    ("Booking code?", "w - q - 4 - z - t - m", "BOOKING_REFERENCE", "w - q - 4 - z - t - m"),
    ("Hvilken e-post?", "lise punkt berg alfakrøll online punkt no", "EMAIL_ADDRESS",
     "lise punkt berg alfakrøll online punkt no"),
    ("Hva er klubbnummeret ditt?", "4 9 8 5 0 6 9 3 8", "CUSTOMER_NUMBER", "4 9 8 5 0 6 9 3 8"),
    ("Wat is uw deelnemersnummer?", "zeven zes zes acht negen vijf zeven", "CUSTOMER_NUMBER",
     "zeven zes zes acht negen vijf zeven"),
    ("Назовите номер клубной карты", "P\u200c4\u200b6798\u200d02", "CUSTOMER_NUMBER",
     "P\u200c4\u200b6798\u200d02"),
    ("What's your player ID?", "5 5 1 0 3 8 2 7", "CUSTOMER_NUMBER", "5 5 1 0 3 8 2 7"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "answer", "etype", "value"), DISGUISED)
def test_a_disguised_answer_is_read_in_its_canonical_form(
    detector: Detector, question: str, answer: str, etype: str, value: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[-1], etype) == [value]


@pytest.mark.parametrize(
    "answer", ["i a m 1 o k", "+ 3 seats please", "score was 3 - 1 - 0 - 2"]
)
def test_letters_and_signs_apart_that_are_no_code(detector: Detector, answer: str) -> None:
    out = talk(detector, [("agent", "Anything else?"), ("customer", answer)])
    assert out[-1].findings == []


# an address asked for and typed town first, the rest in the next message (as Russians
# write it), marked as one by "г." or by "..." before the rest; a town and then a whole
# address with its own town is not, nor a town answered to another question before it
TOWN_FIRST = [
    ("И почтовый адрес?", "г. Кострома", "... ул. Садовая д14 кв31"),
    ("Куда доставить?", "г. тверь", "пр-т Мира, д. 8, кв. 112"),
    ("What address should we use?", "Kendal", "... 14 Orchard Rise"),
    ("Naar welk adres?", "Zwolle", "... kastanjelaan 33 bis"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "town", "street"), TOWN_FIRST)
def test_an_address_typed_town_first(
    detector: Detector, question: str, town: str, street: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", town), ("customer", street)])
    assert typed(out[1], "LOCATION") == [town]
    assert typed(out[2], "LOCATION") == [street.removeprefix("... ")]


def test_a_town_then_an_address_with_its_own_town(detector: Detector) -> None:
    out = talk(
        detector,
        [("agent", "Where should we send it?"), ("customer", "Dundee"),
         ("customer", "12 kings road, leeds")],
    )  # fmt: skip
    assert typed(out[1], "LOCATION") == []


def test_a_destination_then_the_address_asked_next(detector: Detector) -> None:
    out = talk(
        detector,
        [("agent", "Куда вы летали?"), ("customer", "Самарканд"),
         ("agent", "Где вы сейчас проживаете?"), ("customer", "ул. Садовая д14 кв31")],
    )  # fmt: skip
    assert typed(out[1], "LOCATION") == []
    assert typed(out[3], "LOCATION") == ["ул. Садовая д14 кв31"]


# a question for everyone's documents, answered with phone numbers: the digits after a
# country code or a trunk prefix are the phone number's, not a passport's
PHONES_IN_RECORDS = [
    ("Wie reizen er mee?",
     "1) Roos Kramer, +31 6 53015629\n2) Floor Kramer, 06-31762443",
     ["+31 6 53015629", "06-31762443"]),
    ("Hvem reiser med?", "Kari Lunde +47 912 34 567, Ola Lunde +47 481 22 903",
     ["+47 481 22 903", "+47 912 34 567"]),
    ("Who's travelling with you?", "Ruth Alder +44 7700 900461; Owen Alder +44 7700 900815",
     ["+44 7700 900461", "+44 7700 900815"]),
    ("Перечислите всех, кто едет.", "Вера Котова +7 912 345-67-89, Пётр Котов +7 903 111-22-33",
     ["+7 903 111-22-33", "+7 912 345-67-89"]),
]  # fmt: skip


@pytest.mark.parametrize(("question", "answer", "phones"), PHONES_IN_RECORDS)
def test_a_phone_in_a_record_is_no_document_number(
    detector: Detector, question: str, answer: str, phones: list[str]
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[-1], "PHONE_NUMBER") == phones
    assert typed(out[-1], "PASSPORT") == []


# an e-mail address whose domain and ending are spelled in Cyrillic, as they sound
CYRILLIC_DOMAINS = [
    ("Ваш адрес электронной почты?", "ivanov71 собачка гмейл точка ком",
     "ivanov71 собачка гмейл точка ком"),
    ("почта?", "olga дефис petrova собака мэйл тчк ру", "olga дефис petrova собака мэйл тчк ру"),
    ("Ваша почта?", "пишите на anna тчк orlova собака яндекс точка ру",
     "anna тчк orlova собака яндекс точка ру"),
    ("почта?", "lev нижнее подчёркивание gusev собака мэйл точка ру",
     "lev нижнее подчёркивание gusev собака мэйл точка ру"),
    ("почта?", "lev нижнее подчёркивание gusev собака gmail точка com",
     "lev нижнее подчёркивание gusev собака gmail точка com"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "answer", "email"), CYRILLIC_DOMAINS)
def test_a_domain_spelled_in_cyrillic(
    detector: Detector, question: str, answer: str, email: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[-1], "EMAIL_ADDRESS") == [email]


def test_a_dog_and_a_full_stop_are_no_address(detector: Detector) -> None:
    out = talk(detector, [("agent", "Как дела?"), ("customer", "собака убежала, точка. ру")])
    assert out[-1].findings == []


# a phone number right after a birth date with only a space between
PHONE_AFTER_DATE = [
    ("Mag ik uw gegevens?", "Pieter Jansen 17-08-1946 06-16717912", "06-16717912"),
    ("Your details please?", "Ruth Alder 09/03/1962 07700 900461", "07700 900461"),
    ("Kan jeg få opplysningene?", "Kari Lunde 17.02.1966 912 34 567", "912 34 567"),
    ("Ваши данные?", "Котова Лидия 12.04.1961 +7 912 345-67-89", "+7 912 345-67-89"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "answer", "phone"), PHONE_AFTER_DATE)
def test_a_phone_number_right_after_a_birth_date(
    detector: Detector, question: str, answer: str, phone: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[-1], "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "turns",
    [
        # a fee per person is no question for everyone's details
        [("agent", "The change fee is £40 per person."), ("customer", "brillaint ta")],
        [("agent", "Omboeken kost €25 per persoon."), ("customer", "dankjewl")],
        # after an address, the agent writes: what follows is no rest of the address
        [("agent", "Naar welk adres?"), ("customer", "kastanjelaan 33, 8011 AB zwolle"),
         ("agent", "Ik heb het doorgezet."), ("customer", "dankjewel")],
        # a remark that starts with no town's name
        [("agent", "What's your address?"), ("customer", "9 Hollins Way, Leeds"),
         ("customer", "fyi the parcel never came")],
        [("agent", "Hva er adressen?"), ("customer", "granbakken 7b, 4021 stavanger"),
         ("customer", "Passnummer trenger dere også?")],
    ],
)  # fmt: skip
def test_no_value_in_a_remark_after_a_fee_or_an_address(
    detector: Detector, turns: list[tuple[str, str]]
) -> None:
    out = talk(detector, turns)
    assert out[-1].findings == []


def test_a_label_before_a_date_is_no_name(detector: Detector) -> None:
    out = talk(
        detector,
        [("agent", "Когда вы родились?"), ("customer", "даат рождения 08/02/1953")],
    )
    assert typed(out[-1], "PERSON") == []
    assert typed(out[-1], "DATE_OF_BIRTH") == ["08/02/1953"]


# pieces of a number: a phone number's area code in brackets, a number whose first piece
# ends in a dash; a correction after the agent's thank-you (which asks for nothing)
PIECES = [
    ([("agent", "Какой у вас мобильный?"), ("customer", "8 (916)"), ("customer", "204-55-17")],
     "PHONE_NUMBER", ["8 (916)", "204-55-17"]),
    ([("agent", "What's the best number to reach you?"), ("customer", "+44 (0)7700"),
      ("customer", "900 461")], "PHONE_NUMBER", ["+44 (0)7700", "900 461"]),
    ([("agent", "Wat is uw klantnummer?"), ("customer", "412-377-"), ("customer", "905")],
     "CUSTOMER_NUMBER", ["412-377-", "905"]),
    ([("agent", "Hva er kundenummeret?"), ("customer", "5512-"), ("customer", "8830")],
     "CUSTOMER_NUMBER", ["5512-", "8830"]),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "etype", "parts"), PIECES)
def test_pieces_of_a_number_with_brackets_or_a_dash(
    detector: Detector, turns: list[tuple[str, str]], etype: str, parts: list[str]
) -> None:
    out = talk(detector, turns)
    assert [x for d in out[-len(parts) :] for x in typed(d, etype)] == parts


CORRECTED_AFTER_THANKS = [
    ("Fødselsdato?", "ja, 15/11-87", "Supert, takk.", "oi 15/11-85", "15/11-85"),
    ("Date of birth?", "03/04/1977", "Great, thank you.", "sorry, 03/04/1976", "03/04/1976"),
    ("Geboortedatum?", "12-6-1980", "Top, dank je.", "oeps, 12-6-1981", "12-6-1981"),
    ("Дата рождения?", "05.05.1979", "Спасибо!", "ой, 05.05.1978", "05.05.1978"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "first", "thanks", "second", "value"), CORRECTED_AFTER_THANKS)
def test_a_correction_after_the_agents_thank_you(
    detector: Detector, question: str, first: str, thanks: str, second: str, value: str
) -> None:
    out = talk(
        detector,
        [("agent", question), ("customer", first), ("agent", thanks), ("customer", second)],
    )
    assert typed(out[-1], "DATE_OF_BIRTH") == [value]


# a bare answer with the remark of a message sent too early after it
SENT_TOO_EARLY = [
    ("What's the address?", "14 orchard rise, kendal sorry hit enter", "14 orchard rise, kendal"),
    ("Wat is het adres?", "kastanjelaan 33 zwolle te vroeg verstuurd", "kastanjelaan 33 zwolle"),
    ("Hva er adressen?", "granbakken 7b, 4021 stavanger sendte for tidlig",
     "granbakken 7b, 4021 stavanger"),
    ("Ваш адрес?", "пр-т Мира д8 кв112 случайно отправилось", "пр-т Мира д8 кв112"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "answer", "address"), SENT_TOO_EARLY)
def test_an_answer_with_a_sent_too_early_remark(
    detector: Detector, question: str, answer: str, address: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[-1], "LOCATION") == [address]

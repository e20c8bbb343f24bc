"""Round 29, hard negatives (issue 13; tuned on sealed27).

- The business's name in a greeting with a waving hand for its comma ("Hiya 👋 Noor from
  Kestrel Kayaks here"), after its desk's word ("Goedemiddag, helpdesk Fietsmakerij
  Spaak, u spreekt met Daan", "God kveld, kundesenter hos Fjellbuss Vest, Oda her"), in the
  chat named ("Вы в чате «Речной Трамвай», меня зовут ..."), after "takk for at du
  kontakter", and the agent confirming it ("Yes, this is Kestrel Kayaks"). A customer who
  names that name whole ("is this Kestrel Kayaks?") names no person.
- The business's e-mail address offered after its phone number in the same sentence
  ("ring us on 0117 496 0321 or drop a line to ...").
- A number of another kind the customer gives while a customer number is asked for, saying
  it is all they have ("haven't got it, only the workshop ticket: 7719023") or asking it
  back with its kind ("could it be 5520194? it's on the letter (claim file)"): no customer
  number. A customer number of the kind asked for stays one.
(Synthetic names and numbers.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _of(found: list[tuple[str, str]], kind: str) -> list[str]:
    return [s for t, s in found if t == kind]


@pytest.mark.parametrize(
    ("greeting", "agent", "business"),
    [
        ("Hiya 👋 Noor from Kestrel Kayaks here, how can I help?", "Noor", "Kestrel"),
        ("Hallo 👋 Daan van Fietsmakerij Spaak hier, waarmee kan ik helpen?", "Daan", "Spaak"),
        ("Hei 🙂 Oda fra Fjellbuss Vest her, hva lurer du på?", "Oda", "Fjellbuss"),
        ("Goedemiddag, helpdesk Fietsmakerij Spaak, u spreekt met Daan.", "Daan", "Spaak"),
        ("God kveld, kundesenter hos Fjellbuss Vest, Oda her.", "Oda", "Fjellbuss"),
        ("Добрый вечер, поддержка «Речной Трамвай», на связи Кира.", "Кира", "Трамвай"),
        ("Здравствуйте, вы в чате «Речной Трамвай», меня зовут Кира.", "Кира", "Трамвай"),
        ("Takk for at du kontakter Fjellbuss Vest. Mitt navn er Oda.", "Oda", "Fjellbuss"),
    ],
)  # fmt: skip
def test_the_business_in_the_greeting_is_no_person(
    detector: Detector, greeting: str, agent: str, business: str
) -> None:
    people = _of(talk_spans(detector, [("agent", greeting)])[0], "PERSON")
    assert not [p for p in people if business in p], people
    assert agent in people, people


@pytest.mark.parametrize(
    ("greeting", "asked", "confirmed", "business"),
    [
        ("Hiya 👋 Noor from Kestrel Kayaks here, how can I help?",
         "sorry, am I talking to Kestrel Kayaks? wrong tab maybe", "Yes, this is Kestrel Kayaks!",
         "Kestrel"),
        ("Hallo 👋 Daan van Fietsmakerij Spaak hier, waarmee kan ik helpen?",
         "ben ik bij Fietsmakerij Spaak?", "Ja, dit is Fietsmakerij Spaak.", "Spaak"),
        ("Hei 🙂 Oda fra Fjellbuss Vest her, hva lurer du på?",
         "snakker jeg med Fjellbuss Vest nå?", "Ja, dette er Fjellbuss Vest 😊", "Fjellbuss"),
    ],
)  # fmt: skip
def test_the_customer_naming_the_business_names_no_person(
    detector: Detector, greeting: str, asked: str, confirmed: str, business: str
) -> None:
    out = talk_spans(detector, [("agent", greeting), ("customer", asked), ("agent", confirmed)])
    for found in out[1:]:
        assert not [p for p in _of(found, "PERSON") if business in p], found


def test_the_customers_own_name_stays_beside_the_business(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Hiya 👋 Noor from Kestrel Kayaks here, how can I help?"),
            ("customer", "hi, this is Marit Dalgaard, is this Kestrel Kayaks?"),
        ],
    )
    assert "Marit Dalgaard" in _of(out[1], "PERSON"), out[1]


def test_a_first_name_confirmed_is_the_agents(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("customer", "is that Rosalind?"), ("agent", "Yes, this is Rosalind speaking.")],
    )
    assert "Rosalind" in _of(out[1], "PERSON"), out[1]


@pytest.mark.parametrize(
    "offer",
    [
        "Anything else, ring us on 0117 496 0321 or drop a line to desk@kestrelkayaks.example.",
        "Vragen? Bel ons op 030 799 1234 of stuur een mail naar balie@spaakfietsen.example.",
        "Lurer du på noe, ring oss på 22 96 11 40 eller send en melding til post@fjellbuss.no.",
        "Если что, звоните нам по 8 (812) 555-01-23 или напишите на office@tramvai.example.",
    ],
)
def test_the_email_offered_after_the_business_phone_is_the_business(
    detector: Detector, offer: str
) -> None:
    out = talk_spans(detector, [("agent", offer)])
    assert not _of(out[0], "EMAIL_ADDRESS"), out[0]


def test_an_email_for_the_customer_after_the_phone_stays(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Call us on 0117 496 0321 or we'll email you at marit.dalgaard@example.com.")],
    )
    assert _of(out[0], "EMAIL_ADDRESS"), out[0]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's your customer number?", "haven't got it, only the workshop ticket: 7719023"),
        ("Wat is uw klantnummer?", "weet ik niet, ik heb alleen het werkordernummer: 55190427"),
        ("Hva er kundenummeret ditt?", "finner det ikke, har bare timebekreftelsen: 66102934"),
        ("Назовите номер клиента, пожалуйста.", "не помню, есть только номер путёвки: 84401926"),
        ("Could you give me your client number?", "is it 5520194? on the letter (claim file)"),
        ("Mag ik uw relatienummer?", "is het 44019283? staat op de brief (werkbonnummer)"),
        ("Kan du oppgi kundenummeret?", "kan det være 71920364? står på lappen (servicenummeret)"),
        ("Подскажите номер клиента?", "может это 6619027? в письме было (номер путёвки)"),
    ],
)  # fmt: skip
def test_another_kind_given_instead_is_no_customer_number(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert not _of(out[1], "CUSTOMER_NUMBER"), out[1]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's your member number?", "I don't have the card, only the member number: 7719023"),
        ("Wat is uw klantnummer?", "is het 55190427? (klantnummer)"),
        ("Hva er medlemsnummeret ditt?", "har ikke kortet, bare medlemsnummeret: 66102934"),
        ("Mag ik uw gastnummer?", "alleen het gastnummer van mijn man: 44019283"),
    ],
)  # fmt: skip
def test_the_kind_asked_for_stays_a_customer_number(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert _of(out[1], "CUSTOMER_NUMBER"), out[1]

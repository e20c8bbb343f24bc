"""Round 16: addresses given without a cue in answers to a question for one (PO boxes, an
Eircode, a Canadian postcode, streets abroad, the words before the first number), and the
hard negatives next to them: the business's own address the agent gives, a number plate
(no flight number, no address)."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _places(detector: Detector, asked: str, answer: str) -> list[str]:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    return [text for kind, text in out[1] if kind == "LOCATION"]


@pytest.mark.parametrize(
    ("asked", "answer", "address"),
    [
        # "where's" is one word: still a question for a place
        ("And where's it going?", "147 quarry hill, lancaster", "147 quarry hill, lancaster"),
        ("And where's it going?", "flat 12b, 147 quarry hill, lancaster",
         "flat 12b, 147 quarry hill, lancaster"),
        # a PO box, its words before the number included
        ("Where should we send it?", "to my work: po box 561, ipswich ip1 3qh",
         "po box 561, ipswich ip1 3qh"),
        ("Hvor skal vi sende det?", "ny adresse - postboks 397, 2609 lillehammer",
         "postboks 397, 2609 lillehammer"),
        ("Куда доставить карту?", "на работу: 664003, иркутск, а/я 249",
         "664003, иркутск, а/я 249"),
        # an Irish Eircode, a Canadian postal code
        ("Where do you want the new card posted?",
         "102 seapoint avenue, blackrock, co. dublin a94 r7p7",
         "102 seapoint avenue, blackrock, co. dublin a94 r7p7"),
        ("Where should we send it?", "55 maple ave, toronto, on m4b 1b3",
         "55 maple ave, toronto, on m4b 1b3"),
        # a street abroad, its article after the street's word
        ("Where should we send it?", "10 Rue des Tanneurs, 67000 Strasbourg, France",
         "10 Rue des Tanneurs, 67000 Strasbourg, France"),
        ("Where should we send it?", "work: 10 rue des tanneurs, 67000 strasbourg",
         "10 rue des tanneurs, 67000 strasbourg"),
        # the words before the first number, and the whole over a recognizer's part of it
        ("Hvor vil du ha det nye kortet?", "nei, send hjem: Nordre gate 2 Kristiansand",
         "Nordre gate 2 Kristiansand"),
        ("Куда отправить замену?", "на работу: ul. Turgeneva, d. 128, kv. 192, Voronezh",
         "ul. Turgeneva, d. 128, kv. 192, Voronezh"),
        ("Waar mogen we het pakket naartoe sturen?",
         "nee, liever thuis: Gartenstraße 45, 47533 Kleve, Duitsland",
         "Gartenstraße 45, 47533 Kleve, Duitsland"),
        # the letter of a house number's addition is no function word ("i" is one in nb)
        ("En de factuur, zelfde adres?", "nee, naar mijn werk: esdoornhof 62a-i, gouda",
         "esdoornhof 62a-i, gouda"),
        ("Wat is uw nieuwe adres?", "populierenlaan 128-i, tilburg nu",
         "populierenlaan 128-i, tilburg"),
        # a building and a flat after the house number ("123/1-90")
        ("Куда отправить документы?", "ул. строителей 123/1-90, тула",
         "ул. строителей 123/1-90, тула"),
        ("Куда отправить документы?", "г. Рязань, пр. Победы 156/2-125",
         "г. Рязань, пр. Победы 156/2-125"),
    ],
)  # fmt: skip
def test_the_whole_address_is_found(
    detector: Detector, asked: str, answer: str, address: str
) -> None:
    assert address in _places(detector, asked, answer)


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("And where's it going?", "via royal mail 2nd class"),
        ("Where should we send it?", "the usual, 2 days is fine"),
        ("Where's your flight going?", "Oslo"),
        # a date's two dashes are no house number's building and flat ("123/1-90")
        ("Waar ga je naartoe, en wanneer?", "praag\n07-06-2027"),
    ],
)  # fmt: skip
def test_no_address_in_other_answers(detector: Detector, asked: str, answer: str) -> None:
    assert _places(detector, asked, answer) == []


@pytest.mark.parametrize(
    "said",
    [
        "Our branch is at 78 Commercial Street, Leeds LS1 6AL if you'd rather pop in.",
        "You can find us at 12 Harbour Road, Leeds LS1 4AB.",
    ],
)
def test_the_business_s_own_address_from_the_agent_is_no_finding(
    detector: Detector, said: str
) -> None:
    out = talk_spans(detector, [("agent", "Hello, Brightcell support."), ("agent", said)])
    assert not [t for kind, t in out[1] if kind == "LOCATION"]


@pytest.mark.parametrize(
    ("said", "plate"),
    [
        ("the car is DL71 RPN, it's in the car park", "DL71"),
        ("het gaat om de auto met kenteken TB-363-H", "TB-363"),
        ("bilen har skilt SV 46028", "SV 46028"),
    ],
)
def test_a_number_plate_is_no_flight_number(detector: Detector, said: str, plate: str) -> None:
    out = talk_spans(detector, [("customer", said)])
    assert not [t for kind, t in out[0] if kind == "FLIGHT_NUMBER"]


def test_a_number_plate_after_an_address_is_no_address(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Куда доставить карту?"),
            ("customer", "644024, г. омск, бульвар строителей 19-123"),
            ("customer", "машина О673ХВ 76"),
        ],
    )
    assert not out[2]

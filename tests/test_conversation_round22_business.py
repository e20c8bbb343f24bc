"""Round 22, hard negatives: what the agent gives as the business's own is no person's data -
an account to pay into, phrased with the payment as its subject ("Betalen kan op ...",
"Payments can be made to ..."), an address to send papers to ("Отправьте документы по адресу
..."), the company's own number ("ИНН нашей организации ...", "Foretaksnummeret vårt er
..."); a pitch's number ("Plass 40 er ledig") is no street; a trip on after an address
("(daarna door naar Utrecht Centraal)") names no person. Fail closed: the customer's own
account or address, given or read back, stays found. (Synthetic, checksum-valid values.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    "text",
    [
        "Betalen kan op NL79 ABNA 4124 0311 56 o.v.v. uw naam.",
        "Overmaken kan op NL79 ABNA 4124 0311 56, graag met het factuurnummer.",
        "Payments can be made to GB79 NWBK 9264 5931 4158 78, reference your name.",
        "Payment goes to GB79 NWBK 9264 5931 4158 78 with the invoice number.",
        "Betaling kan gjøres til NO91 9393 5568 291, merk med navnet ditt.",
        "Оплату можно произвести на 40817810977592836654 в течение трёх дней.",
    ],
)
def test_an_account_given_to_pay_into_is_the_business(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "how do I pay?"), ("agent", text)])
    assert not [f for f in out[1] if f[0] in ("IBAN_CODE", "BANK_ACCOUNT")], out[1]


def test_the_customers_iban_read_back_to_pay_into_stays_found(detector: Detector) -> None:
    turns = [
        ("customer", "mijn IBAN is NL32 RABO 9340 5847 00"),
        ("agent", "Betalen kan op NL32 RABO 9340 5847 00, klopt dat?"),
    ]
    out = talk_spans(detector, turns)
    assert ("IBAN_CODE", "NL32 RABO 9340 5847 00") in out[1], out[1]


@pytest.mark.parametrize(
    "text",
    [
        "We'll pay it back; payments can be made to your account NL32 RABO 9340 5847 00.",
        "Het bedrag wordt terugbetaald, terugbetalen kan op NL32 RABO 9340 5847 00.",
        "Beløpet tilbakebetales til NO51 6767 1523 285 i morgen.",
    ],
)
def test_a_refund_to_an_account_stays_found(detector: Detector, text: str) -> None:
    # "your", a refund's word ("terugbetalen", "tilbakebetales"): the customer's account
    out = talk_spans(detector, [("customer", "ik wil mijn geld terug"), ("agent", text)])
    assert [f for f in out[1] if f[0] in ("IBAN_CODE", "BANK_ACCOUNT")], out[1]


@pytest.mark.parametrize(
    "text",
    [
        "Отправьте документы по адресу г. Казань, ул. Петербургская, 52, офис 301.",
        "Пришлите оригиналы по адресу Москва, Ленинградский пр-т, д. 39, стр. 80.",
        "Please send the documents to 14 Mill Lane, Kendal LA9 4QR.",
        "Stuur de documenten naar Kerkstraat 12, 1017 GB Amsterdam.",
        "Send dokumentene til Storgata 5, 0155 Oslo.",
    ],
)
def test_an_address_to_send_papers_to_is_the_business(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "where do I send it?"), ("agent", text)])
    assert not [f for f in out[1] if f[0] == "LOCATION"], out[1]


def test_the_customers_address_read_back_stays_found(detector: Detector) -> None:
    address = "Москва, Ленинградский пр-т, д. 39, кв. 80"
    turns = [
        ("customer", f"я живу по адресу {address}"),
        ("agent", f"Отправьте документы по адресу {address}?"),
    ]
    out = talk_spans(detector, turns)
    assert ("LOCATION", address) in out[1], out[1]


@pytest.mark.parametrize(
    "text",
    ["ИНН нашей организации 5164431735.", "Foretaksnummeret vårt er 760 814 113."],
)
def test_the_companys_own_number_is_no_persons(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "для счёта"), ("agent", text)])
    assert out[1] == [], out[1]


@pytest.mark.parametrize("text", ["Plass 40 er ledig.", "Plass 84B er ledig.", "Gate 12 is open."])
def test_a_pitch_or_a_gate_is_no_street(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("agent", text)])
    assert out[0] == [], out[0]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Jeg bor i Karl Johans Gate 5, 0154 Oslo.", "Karl Johans Gate 5, 0154 Oslo"),
        ("Adressen er Youngstorget Plass 3.", "Youngstorget Plass 3"),
    ],
)
def test_a_norwegian_street_word_after_its_name_is_still_a_street(
    detector: Detector, text: str, street: str
) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert ("LOCATION", street) in out[0], out[0]


@pytest.mark.parametrize(
    ("question", "answer", "place"),
    [
        (
            "Waar moet het bezorgd worden?",
            "Buitenweg 41a, 7134 PK Vragender (daarna door naar Utrecht Centraal)",
            "Utrecht Centraal",
        ),
        (
            "Hvor vil du ha det levert?",
            "Lerkeveien 153B Steinkjer (så videre til Ullevaal)",
            "Ullevaal",
        ),
    ],
)
def test_a_trip_on_after_the_address_names_no_person(
    detector: Detector, question: str, answer: str, place: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("PERSON", place) not in out[1], out[1]
    assert [f for f in out[1] if f[0] == "LOCATION"], out[1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik zet je vraag door naar Mirjam, zij mailt je vandaag nog.", "Mirjam"),
        ("Jeg sender saken videre til Solveig, hun svarer deg i dag.", "Solveig"),
        # a name the lists lack, so the hand-over's words are what find it
        ("Ik verbind u even door naar Jorieke van de afdeling.", "Jorieke"),
        ("Ik zet je even door naar Jorieke, zij helpt je verder.", "Jorieke"),
    ],
)
def test_a_hand_over_still_names_a_colleague(detector: Detector, text: str, name: str) -> None:
    out = talk_spans(detector, [("agent", text)])
    assert ("PERSON", name) in out[0], out[0]


def test_going_on_somewhere_names_no_person(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "We rijden daarna even door naar Utrecht Centraal.")])
    assert not [f for f in out[0] if f[0] == "PERSON"], out[0]

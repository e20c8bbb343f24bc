"""The detector, through the whole conversation (round 17): hard negatives.

- The business's own address or phone number in an agent's message ("Please post it to
  ...", "Stuur het naar ...", "Отправьте, пожалуйста, по адресу ...", "The local branch is on
  ..."), a line valid in a neighbouring region of the language ("09 ..." is Belgian, "1800
  ..." Australian); the agent's read-back of the customer's own address stays found.
- A dotted build number is no IP address ("the app says build 4.2.11.7").

Every address, number and person here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


def _types(out: list[list[tuple[str, str]]], k: int) -> set[str]:
    return {t for t, _ in out[k]}


@pytest.mark.parametrize(
    "agent",
    [
        "Please post it to 27 Canal Street, Derby DE1 2RJ.",
        "Stuur het naar Fabrieksstraat 18, 2011 KN Haarlem.",
        "Send det til Sjøgata 14, 8006 Bodø.",
        "Отправьте, пожалуйста, по адресу г. Самара, ул. Садовая, д. 41.",
        "Otpravte, pozhaluysta, po adresu g. Samara, ul. Sadovaya, d. 41.",
        "Na nash sklad: g. Samara, ul. Sadovaya, 41.",
    ],
)
def test_the_business_address_the_agent_gives_is_no_location(
    detector: Detector, agent: str
) -> None:
    out = talk_spans(detector, [("customer", "where do I send it?"), ("agent", agent)])
    assert "LOCATION" not in _types(out, 1), out


def test_the_agent_reading_back_the_customers_address_keeps_it(detector: Detector) -> None:
    turns = [
        ("agent", "What's your address?"),
        ("customer", "27 Canal Street, Derby DE1 2RJ"),
        ("agent", "Thanks. Shall we send it to 27 Canal Street, Derby DE1 2RJ?"),
    ]
    out = talk_spans(detector, turns)
    assert "LOCATION" in _types(out, 2), out


@pytest.mark.parametrize(
    "agent",
    [
        "De vestiging zelf is bereikbaar op 09 331 72 18.",
        "You can also ring us on 1800 647 215 on weekdays.",
        "You can also ring us on (877) 555-0142 on weekdays.",
        "The local branch is on 0113 496 0751 if you need them directly.",
    ],
)
def test_the_business_line_the_agent_gives_is_no_phone(detector: Detector, agent: str) -> None:
    out = talk_spans(detector, [("customer", "who can I call?"), ("agent", agent)])
    assert "PHONE_NUMBER" not in _types(out, 1), out


def test_a_mobile_the_agent_reads_back_stays_found(detector: Detector) -> None:
    turns = [
        ("agent", "What's your phone number?"),
        ("customer", "07700 900461"),
        ("agent", "Thanks, we'll ring you on 07700 900461."),
    ]
    out = talk_spans(detector, turns)
    assert "PHONE_NUMBER" in _types(out, 2), out


@pytest.mark.parametrize(
    "text",
    [
        "the app says build 4.2.11.7 if that helps",
        "it's on release 3.12.1.5 now",
        "в приложении сборка 4.2.11.7",
    ],
)
def test_a_build_number_is_no_ip_address(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("agent", "Which version do you have?"), ("customer", text)])
    assert "IP_ADDRESS" not in _types(out, 1), out


def test_an_ip_address_is_still_found(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "my router's address is 192.168.14.27")])
    assert "IP_ADDRESS" in _types(out, 0), out


@pytest.mark.parametrize(
    ("question", "answer", "address"),
    [
        ("Op welk adres moet het bezorgd worden?", "brouwerskaai 41b bus 3, 9000 gent", None),
        (
            "Op welk adres moet het bezorgd worden?",
            "brouwerskaai 41 bus 12, 9000 gent, 0032 470123456",
            "brouwerskaai 41 bus 12, 9000 gent",
        ),
        ("Hvor skal vi sende det?", "granheim terrasse 14, 7030 trondheim", None),
        ("Kan du oppgi leveringsadresse?", "Granheim terrasse 31, H0203, 7030 Trondheim", None),
        ("Kuda dostavit?", "620014, yekaterinburg, ul. sadovaya, d.41, kv.7", None),
        ("Kuda dostavit?", "samara, pr. kirova 112-45", None),
    ],
)
def test_addresses_in_answers(
    detector: Detector, question: str, answer: str, address: str | None
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("LOCATION", address or answer) in out[1], out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "solveig brekke / solveig.brekke@example.no og Tor Brekke / tor@example.no",
            "solveig brekke",
        ),
        ("Anna de Wit anna@example.nl en maaike jansen mjansen@example.nl", "maaike jansen"),
        ("1) Ola Dahl / ola@example.no\n2) sigrid nes / nes.sig@example.no", "sigrid nes"),
    ],
)
def test_a_lower_case_name_before_its_email_is_found(
    detector: Detector, text: str, name: str
) -> None:
    out = talk_spans(
        detector, [("agent", "Name and e-mail for everyone, please."), ("customer", text)]
    )
    assert ("PERSON", name) in out[1], out


def test_words_before_an_email_that_holds_none_of_them_are_no_name(detector: Detector) -> None:
    text = "write to customer support support@example.com"
    out = talk_spans(detector, [("customer", text)])
    assert "PERSON" not in _types(out, 0), out

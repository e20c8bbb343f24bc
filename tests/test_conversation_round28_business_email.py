"""The detector, through the whole conversation (round 28, issue 13): the business's own
e-mail address.

- An address the agent offers as the business's own, words for it right before it
  (``business_own_email``: "email us at", "our email is", "mail ons op", "ons
  e-mailadres", "send e-post til oss på", "e-posten vår", "пишите нам на", "наша почта"),
  is no personal data, a person's name as its mailbox too.
- A mailbox of a business's role (``business_mailboxes``: "info", "klantenservice",
  "post", "kundeservice") in an agent's message is none either, without any such words
  ("Any questions, just email info@..."); at a domain that is the business's (its name
  spelt there, a word of it, or another address or web address of the agent's with it)
  in round 28, at any domain since round 31.
- An address the customer gave before and the agent reads back, one asked back ("is it
  ...?"), one with a word for the customer between ("email us, or we'll write to you at
  ..."), a person's mailbox without the offering words, and any address in a customer's
  message stay found.

Businesses, people and domains here are made up.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import GREETING, talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _emails(out: list[list[tuple[str, str]]], k: int) -> list[str]:
    return [v for t, v in out[k] if t == "EMAIL_ADDRESS"]


#: the agent's greeting per language, without the business's name

OFFERED = [
    ("en", "You can also email us at {e}.", "tamsin.holloway@quillbrook.com"),
    ("en", "Our email address is {e}.", "bookings.desk@fernleigh-mail.com"),
    ("nl", "U kunt ons ook mailen op {e}.", "femke.visser@tuinhuisje.com"),
    ("nl", "Ons e-mailadres is {e}.", "hulp@kaasboerderij.com"),
    ("nb", "Du kan også sende e-post til oss på {e}.", "ingrid.haugen@fjordbakst.com"),
    ("nb", "E-posten vår er {e}.", "kontor@sykkelsmia.com"),
    ("ru", "Пишите нам на {e}.", "olga.sergeeva@pekarnya.com"),
    ("ru", "Наша почта: {e}.", "zakazy@masterskaya.com"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said", "email"), OFFERED)
def test_an_address_the_agent_offers_as_the_business_is_no_finding(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    said = said.format(e=email)
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said)])
    assert email not in _emails(out, 2), out


@pytest.mark.parametrize(("lang", "said", "email"), OFFERED)
def test_the_same_words_in_a_customer_message_are_the_customers_own(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    said = said.format(e=email)
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", said)])
    assert email in _emails(out, 1), out


#: (language, the agent's greeting naming the business, the agent's closing line, the
#: business's role mailbox in it)
MAILBOX = [
    ("en", "Heron Lake Campsite support, Maya speaking. How can I help?",
     "Any questions, just email info@heronlakecampsite.com.", "info@heronlakecampsite.com"),
    ("nl", "Goedemiddag, u spreekt met Fietsenmakerij Spaak, hoe kan ik helpen?",
     "Vragen? Mail gerust naar klantenservice@fietsenmakerijspaak.com.",
     "klantenservice@fietsenmakerijspaak.com"),
    ("nb", "Hei, du snakker med Båtverftet Nordvik, hva kan jeg hjelpe med?",
     "Spørsmål? Send mail til post@baatverftetnordvik.com.", "post@baatverftetnordvik.com"),
    ("ru", "Здравствуйте, «Речной вокзал Заря», чем могу помочь?",
     "Вопросы пишите на info@rechnoyvokzalzarya.com.", "info@rechnoyvokzalzarya.com"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "hello", "said", "email"), MAILBOX)
def test_a_role_mailbox_at_the_business_domain_is_no_finding(
    detector: Detector, lang: str, hello: str, said: str, email: str
) -> None:
    out = talk_spans(detector, [("agent", hello), ("customer", "ok"), ("agent", said)])
    assert email not in _emails(out, 2), out


@pytest.mark.parametrize(("lang", "hello", "said", "email"), MAILBOX)
def test_a_role_mailbox_the_customer_gave_before_stays_found_when_read_back(
    detector: Detector, lang: str, hello: str, said: str, email: str
) -> None:
    out = talk_spans(detector, [("agent", hello), ("customer", email), ("agent", said)])
    assert email in _emails(out, 1), out
    assert email in _emails(out, 2), out


@pytest.mark.parametrize(("lang", "hello", "said", "email"), MAILBOX)
def test_a_role_mailbox_in_a_customer_message_stays_found(
    detector: Detector, lang: str, hello: str, said: str, email: str
) -> None:
    out = talk_spans(detector, [("agent", hello), ("customer", said)])
    assert email in _emails(out, 1), out


def test_a_role_mailbox_at_another_domain_is_the_business_too(detector: Detector) -> None:
    """Round 31: a role's mailbox the agent writes is the business's at any domain (its
    domain may abbreviate the business's name or spell another of its names); it was
    found here before round 31."""
    out = talk_spans(
        detector,
        [
            ("agent", "Heron Lake Campsite support, Maya speaking. How can I help?"),
            ("customer", "ok"),
            ("agent", "Any questions, just email info@quarrytopbakery.com."),
        ],
    )
    assert "info@quarrytopbakery.com" not in _emails(out, 2), out


def test_the_agents_web_address_makes_the_domain_the_business(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Hi! See www.quarrytop.com for our opening hours."),
            ("customer", "ok"),
            ("agent", "Any questions, just email support@quarrytop.com."),
        ],
    )
    assert "support@quarrytop.com" not in _emails(out, 2), out


@pytest.mark.parametrize(
    ("said", "email"),
    [
        # asked back
        ("You can email us, or is it {e}?", "ellis.marsh@quillbrook.com"),
        # a word for the customer between
        ("Email us, or we'll write to you at {e}.", "ellis.marsh@quillbrook.com"),
        # a person's mailbox without the offering words
        ("Any questions, just email {e}.", "ellis.marsh@quillbrook.com"),
    ],
)  # fmt: skip
def test_the_customers_address_stays_found(detector: Detector, said: str, email: str) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Quillbrook support, how can I help?"),
            ("customer", "ok"),
            ("agent", said.format(e=email)),
        ],
    )
    assert email in _emails(out, 2), out


@pytest.mark.parametrize(
    ("lang", "said", "email"),
    [
        ("en", "Thanks, we'll email you at {e}. Our email is {e}.", "rowan.pike@inbox.com"),
        ("nl", "Dank u. Ons e-mailadres is {e}.", "rowan.pike@inbox.com"),
        ("nb", "Takk. E-posten vår er {e}.", "rowan.pike@inbox.com"),
        ("ru", "Спасибо. Наша почта: {e}.", "rowan.pike@inbox.com"),
    ],
)
def test_an_address_the_customer_gave_before_stays_found_after_the_offering_words(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    out = talk_spans(
        detector, [("agent", GREETING[lang]), ("customer", email), ("agent", said.format(e=email))]
    )
    assert email in _emails(out, 1), out
    assert _emails(out, 2).count(email) == said.count("{e}"), out


@pytest.mark.parametrize(
    ("hello", "business"),
    [
        ("Добрый день! Кинотеатр Звезда Плюс, оператор Милана.", "Кинотеатр Звезда Плюс"),
        ("Добрый день! Студия Танца Вальс, оператор Глеб.", "Студия Танца Вальс"),
    ],
)
def test_the_business_named_before_its_operator_is_no_person(
    detector: Detector, hello: str, business: str
) -> None:
    """Round 28: "оператор", "консультант", "менеджер" introduce the agent's name
    (``introduce_before``), so the business greeted before them is the business's."""
    out = talk_spans(detector, [("agent", hello), ("customer", "добрый день")])
    assert not [v for t, v in out[0] if t == "PERSON" and business in v], out
    agent = hello.rstrip(".").rsplit(" ", 1)[1]
    assert ("PERSON", agent) in out[0], out

"""The detector, through the whole conversation (round 30, issue 13): the business's own
e-mail address, address, company id and name where its agent gives them.

- A role's or a department's mailbox ("info@", "post@", "documents@") in an agent's
  message, with words for the business's contact before it in its sentence
  (``business_contact``: "Documents can go to", "Documenten kunt u mailen naar",
  "Dokumenter kan sendes til", "Документы присылайте на"), is the business's whatever its
  domain. A person's mailbox after the same words, one the customer gave before (read
  back), one with a word for the customer between, and any in a customer's message stay
  found.
- The business's address after "Or drop by our office at", "Eller stikk innom oss i" is
  none; its street taken for a name, its house number after it, neither.
- The business's company id after "наш ИНН" is none.
- The business's name after the introduction's words, the agent's own introduced after
  it ("Hello, you're through to ..., Esme speaking", "Вас приветствует ..., оператор
  ..."), and after "Welkom bij de chat van" is no person's; the agent's name stays found.

Businesses, people, domains and numbers here are made up.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import GREETING, talk_spans, values_of


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


#: (language, the agent's words, the business's mailbox at a domain not its name's)
SENT_TO = [
    ("en", "Documents can go to {e}.", "hello@quillmarsh.co.uk"),
    ("en", "You can send the documents to {e} any time.", "documents@quillmarsh.co.uk"),
    ("nl", "Documenten kunt u mailen naar {e}.", "post@tuinhekje.nl"),
    ("nl", "De papieren kun je sturen naar {e}.", "info@tuinhekje.nl"),
    ("nb", "Dokumenter kan sendes til {e}.", "contact@fjordsmia.no"),
    ("nb", "Send dokumentene til {e}.", "post@fjordsmia.no"),
    ("ru", "Документы присылайте на {e}.", "zakaz@pekarnya-vesna.ru"),
    ("ru", "Документы можно отправить на {e}.", "info@pekarnya-vesna.ru"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said", "email"), SENT_TO)
def test_a_role_mailbox_papers_are_sent_to_is_no_finding(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    out = talk_spans(
        detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said.format(e=email))]
    )
    assert email not in values_of(out, 2, "EMAIL_ADDRESS"), out


@pytest.mark.parametrize(("lang", "said", "email"), SENT_TO)
def test_the_role_mailbox_the_customer_gave_stays_found_when_read_back(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    out = talk_spans(
        detector, [("agent", GREETING[lang]), ("customer", email), ("agent", said.format(e=email))]
    )
    assert email in values_of(out, 1, "EMAIL_ADDRESS"), out
    assert email in values_of(out, 2, "EMAIL_ADDRESS"), out


@pytest.mark.parametrize(("lang", "said", "email"), SENT_TO)
def test_the_same_words_in_a_customer_message_keep_the_mailbox(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", said.format(e=email))])
    assert email in values_of(out, 1, "EMAIL_ADDRESS"), out


PERSONAL = [
    ("en", "Documents can go to {e}.", "tamsin.holloway@quillmarsh.co.uk"),
    ("nl", "Documenten kunt u mailen naar {e}.", "femke.visser@tuinhekje.nl"),
    ("nb", "Dokumenter kan sendes til {e}.", "ingrid.haugen@fjordsmia.no"),
    ("ru", "Документы присылайте на {e}.", "olga.sergeeva@pekarnya-vesna.ru"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said", "email"), PERSONAL)
def test_a_persons_mailbox_after_the_same_words_stays_found(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    out = talk_spans(
        detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said.format(e=email))]
    )
    assert email in values_of(out, 2, "EMAIL_ADDRESS"), out


@pytest.mark.parametrize(
    ("lang", "said", "email"),
    [
        ("en", "We'll send it to your address info@quillmarsh.co.uk.", "info@quillmarsh.co.uk"),
        ("nl", "We sturen het naar uw adres info@tuinhekje.nl.", "info@tuinhekje.nl"),
    ],
)
def test_a_role_mailbox_with_a_word_for_the_customer_before_stays_found(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said)])
    assert email in values_of(out, 2, "EMAIL_ADDRESS"), out


@pytest.mark.parametrize(
    ("lang", "said", "place"),
    [
        ("nb", "Eller stikk innom oss i Sjøgata 41, 8006 Bodø.", "Sjøgata"),
        ("nl", "Of kom langs op ons kantoor, Lange Nieuwstraat 15, 7411 KT Deventer.",
         "Nieuwstraat"),
        ("en", "Or drop by our office at 14 Mill Lane, Leeds LS1 4AB.", "Mill Lane"),
    ],
)  # fmt: skip
def test_the_business_address_after_words_for_dropping_by_is_no_finding(
    detector: Detector, lang: str, said: str, place: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said)])
    assert not [v for _, v in out[2] if place in v], out


def test_the_customers_own_address_read_back_stays_found(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", GREETING["nb"]),
            ("customer", "jeg bor i Sjøgata 41, 8006 Bodø"),
            ("agent", "Eller stikk innom oss i Sjøgata 41, 8006 Bodø?"),
        ],
    )
    assert [v for _, v in out[1] if "Sjøgata" in v], out
    assert [v for _, v in out[2] if "Sjøgata" in v], out


def test_the_business_inn_is_no_finding(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", GREETING["ru"]),
            ("customer", "ok"),
            ("agent", "Для бухгалтерии: наш ИНН 7707083893."),
        ],
    )
    assert "7707083893" not in [v for _, v in out[2]], out


@pytest.mark.parametrize(
    ("hello", "business", "agent"),
    [
        ("Hello, you're through to Quillmarsh Orthodontics, Esme speaking. How can I help?",
         "Quillmarsh", "Esme"),
        ("Вас приветствует Фотостудия «Кадр», оператор Григорий. Какой у вас вопрос?",
         "Фотостудия", "Григорий"),
        ("Welkom bij de chat van Slotenmaker Sleutelspoed. Ik ben Rik, waar gaat het over?",
         "Sleutelspoed", "Rik"),
    ],
)  # fmt: skip
def test_the_business_name_in_the_greeting_is_no_person(
    detector: Detector, hello: str, business: str, agent: str
) -> None:
    out = talk_spans(detector, [("agent", hello), ("customer", "hi")])
    names = values_of(out, 0, "PERSON")
    assert not [n for n in names if business in n], out
    assert agent in names, out


def test_a_person_introduced_through_to_stays_found(detector: Detector) -> None:
    out = talk_spans(
        detector, [("agent", "Hello, you're through to Mia at Smile Dental."), ("customer", "hi")]
    )
    assert "Mia" in values_of(out, 0, "PERSON"), out


def test_the_customers_street_read_back_after_words_for_the_office_stays_found(
    detector: Detector,
) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", GREETING["nl"]),
            ("customer", "ik woon op Lange Nieuwstraat 15, 7411 KT Deventer"),
            ("agent", "Dus we bezorgen bij ons kantoor, Lange Nieuwstraat 15, 7411 KT Deventer."),
        ],
    )
    assert [v for _, v in out[2] if "Nieuwstraat" in v], out

"""The business's own name in its agents' messages is no person's (round 20): the agent's
words for it ("Thanks for contacting ...", "Bedankt voor uw bericht aan ...", "Takk for at
du kontaktet ...", "Спасибо за обращение в ...") give the name, and a name found inside it,
there or in another agent message, is dropped; a name that runs on into it ends before it
("Je chat met Willemijn van Tweedehandsje": Willemijn). The agents' own names, the
customer's name and any name where the export gives no role stay found. Brands written with
capitals inside ("ВелоГород"), a greeting's business before "<name> speaking", a family's
business "и партнёры" and the person an institution is named after ("им. Гайдара") are no
people either. (Synthetic names.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


def _persons(out: list[list[tuple[str, str]]]) -> list[list[str]]:
    return [[t for kind, t in m if kind == "PERSON"] for m in out]


@pytest.mark.parametrize(
    ("greeting", "closing", "agent"),
    [
        (
            "Hi, Orla here from Marlowe Finch, how can I help?",
            "Thanks for contacting Marlowe Finch. Have a lovely day!",
            "Orla",
        ),
        (
            "Hoi! Je chat met Willemijn van Fietsvlinder. Vertel!",
            "Bedankt voor uw bericht aan Fietsvlinder. Fijne dag!",
            "Willemijn",
        ),
        (
            "Hei, Sindre her fra Hardanger Båtutleie 😊 hva gjelder det?",
            "Takk for at du kontaktet Hardanger Båtutleie. Ha en fin dag!",
            "Sindre",
        ),
        (
            "Добрый день, меня зовут Олег. Чем могу помочь?",
            "Спасибо за обращение в Громов Трэвел, хорошего дня!",
            "Олег",
        ),
    ],
)
def test_the_business_own_name_is_no_person(
    detector: Detector, greeting: str, closing: str, agent: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", greeting), ("customer", "hi, my parcel never came"), ("agent", closing)],
    )
    persons = _persons(out)
    assert persons[0] == [agent]
    assert persons[2] == []


def test_a_name_inside_the_business_name_in_another_message(detector: Detector) -> None:
    """'Landgoed Zonnehoeve, KvK ...': the business's name once known, a part of it found in
    another agent message is no person's either."""
    out = talk_spans(
        detector,
        [
            ("agent", "Goedemiddag, u spreekt met Gijs van Landgoed Zonnewende."),
            ("agent", "Ter info: Landgoed Zonnewende, KvK 25215172."),
            ("agent", "Bedankt voor uw bericht aan Landgoed Zonnewende. Fijne dag!"),
        ],
    )
    persons = _persons(out)
    assert persons[0] == ["Gijs"]
    assert persons[1] == [] and persons[2] == []


@pytest.mark.parametrize(
    "turns",
    [
        # the customer's name is never the business's, whatever the business is called
        [
            ("agent", "Welkom bij Verbeek Installatietechniek! Waarmee kan ik helpen?"),
            ("customer", "ik ben Anna Verbeek, klantnummer volgt"),
        ],
        # a colleague the agent names after other words stays a person
        [
            ("agent", "Thanks for contacting Harbourlight Hotel."),
            ("agent", "I've passed your message to Tamsin Hale in billing."),
        ],
    ],
)
def test_people_beside_the_business_name_stay_found(
    detector: Detector, turns: list[tuple[str, str]]
) -> None:
    out = talk_spans(detector, turns)
    person = _persons(out)[1]
    assert person and any(" " in p for p in person), person


def test_no_role_no_business_name(detector: Detector) -> None:
    """Without the export's word that the sender is the business, nothing is dropped."""
    out = talk_spans(
        detector,
        [
            (None, "Hoi! Je chat met Willemijn van Fietsvlinder. Vertel!"),
            (None, "Bedankt voor uw bericht aan Fietsvlinder. Fijne dag!"),
        ],
    )
    assert any("Willemijn" in p for p in _persons(out)[0])


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Привет! На связи Роман, ВелоМир. Что случилось?", ["Роман"]),
        ("Добрый день, меня зовут Лариса, КриптоДом. Чем могу помочь?", ["Лариса"]),
        ("Hi, you're through to Roadwise Car Hire, Tobias speaking.", ["Tobias"]),
        ("Hi, you're through to Hebridean Ferries, Rhys speaking. How can I help?", ["Rhys"]),
        ("Спасибо за обращение! Городская библиотека им. Гайдара, хорошего дня!", []),
    ],
)
def test_brands_and_namesakes_in_a_greeting(
    detector: Detector, text: str, person: list[str]
) -> None:
    assert _persons(talk_spans(detector, [("agent", text)]))[0] == person


def test_the_agent_named_after_through_to_stays(detector: Detector) -> None:
    assert _persons(talk_spans(detector, [("agent", "Hi, you're through to Anna Berg.")])) == [
        ["Anna Berg"]
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("мы заказывали через ИП Громов и партнёры", []),
        ("vi brukte Hoelstad og sønner til flyttingen", []),
        # a whole name before "and partners", a surname without it: a person
        ("Anna Smith and partners came round", ["Anna Smith"]),
        ("мы заказывали через ИП Громов", ["Громов"]),
        ("мальчик по имени Иван Петров", ["Иван Петров"]),
    ],
)
def test_family_businesses_in_lower_case(detector: Detector, text: str, person: list[str]) -> None:
    assert _persons(talk_spans(detector, [("customer", text)]))[0] == person


def test_a_customer_addressed_by_the_business_name_stays_found(detector: Detector) -> None:
    """'Welkom bij Verbeek!' ... 'Dag mevrouw Verbeek': the customer shares the name."""
    out = talk_spans(
        detector,
        [
            ("agent", "Welkom bij Verbeek! Waarmee kan ik helpen?"),
            ("agent", "Dag mevrouw Verbeek, ik kijk even."),
        ],
    )
    assert _persons(out)[1] == ["Verbeek"]


def test_a_team_named_after_a_person_names_no_business(detector: Detector) -> None:
    """'here from Tamsin's team': Tamsin is a person, no business's name."""
    names = detector.conversations.business_names(
        ["Hi, Anna here from Tamsin's team.", "Thanks for contacting Marlowe Finch."]
    )
    assert names == frozenset({"Marlowe Finch"})


def test_a_note_here_from_someone_names_no_business(detector: Detector) -> None:
    """'here from' also brings a person's note: only the business's own words name it."""
    names = detector.conversations.business_names(
        ["I have a note here from John Hartley about the delivery."]
    )
    assert names == frozenset()


def test_one_conversations_business_is_not_anothers(detector: Detector) -> None:
    """A batch holds several conversations (a worker's share, a Spark partition): the name a
    business goes by in one drops nothing in another, so a conversation's findings do not
    depend on what else is in the batch."""
    from privacyguard.models import Message

    first = [
        Message(id="a1", text="Hi, this is Emma Clarke, how can I help?",
                conversation_id="a", sender_role="agent"),
        Message(id="a2", text="My parcel never arrived", conversation_id="a",
                sender_role="customer"),
        Message(id="a3", text="Sorry to hear that. Emma Clarke will look into it.",
                conversation_id="a", sender_role="agent"),
    ]  # fmt: skip
    other = [
        Message(id="b1", text="Thanks for contacting Emma Clarke. Bye!",
                conversation_id="b", sender_role="agent"),
    ]  # fmt: skip

    def found(messages: list[Message]) -> list[tuple[str, str]]:
        texts = {m.id: m.text for m in messages}
        return sorted(
            (d.message.id, texts[d.message.id][f.start : f.end])
            for d in detector.detect(messages)
            for f in d.findings
            if d.message.id.startswith("a")
        )

    alone = found(first)
    assert ("a1", "Emma Clarke") in alone
    assert found(first + other) == alone
    assert found(other + first) == alone


def test_the_business_names_are_read_once_per_conversation(
    detector: Detector, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its own name and its role mailbox both need the business's names: they are read
    once per conversation, for both, and each conversation reads its own."""
    conv = detector.conversations
    read: list[list[str]] = []
    original = conv.business_names

    def counted(texts):  # type: ignore[no-untyped-def]
        texts = list(texts)
        read.append(texts)
        return original(texts)

    monkeypatch.setattr(conv, "business_names", counted)
    turns = [
        ("agent", "Thanks for contacting Heron Lake Campsite, Priya here. How can I help?"),
        ("customer", "Hi, I'm Tobias Wrenfield, I'd like to move my pitch."),
        ("agent", "Of course. Any questions, just email info@heronlakecampsite.co.uk"),
    ]
    out = [talk_spans(detector, turns, c) for c in ("c1", "c2")]
    assert len(read) == 2  # one per conversation, not one per use
    for spans in out:
        assert ("PERSON", "Heron Lake Campsite") not in spans[0]
        assert ("PERSON", "Tobias Wrenfield") in spans[1]
        assert not [s for s in spans[2] if s[0] == "EMAIL_ADDRESS"]  # the business's mailbox

"""Identifier normalisation and matching for subject requests (synthetic people)."""

from __future__ import annotations

import pytest

from privacyguard.subject.identifiers import BadIdentifier, build_query, parse_phone
from privacyguard.subject.match import Matcher


def _hits(text: str, **ids) -> list[tuple[str, str, str]]:
    m = Matcher(build_query(**ids))
    return [(x.kind, text[x.start : x.end], x.how) for x in m.text(text)]


@pytest.mark.parametrize("raw", ["+47 412 34 567", "0047 41234567", "+47-412-34-567"])
def test_phones_normalise_to_e164(raw):
    assert parse_phone(raw).value == "+4741234567"


def test_national_phone_needs_a_region():
    assert parse_phone("412 34 567", "no").value == "+4741234567"
    with pytest.raises(BadIdentifier, match="--region"):
        parse_phone("412 34 567")


@pytest.mark.parametrize("text", ["Tlf 412 34 567", "ring +47 41234567", "mobil: 0047 412 34 567"])
def test_phone_in_any_format_in_text(text):
    [(kind, _, _)] = _hits(text, phones=["+4741234567"])
    assert kind == "phone"


def test_email_iban_and_customer_number_spellings():
    text = "Mail KARI.Nordmann@Example.com, IBAN nl91 abna 0417 1643 00, klant zp 2019-004471."
    hits = _hits(
        text, emails=["kari.nordmann@example.com"], ibans=["NL91ABNA0417164300"],
        customers=["ZP-2019-004471"],
    )  # fmt: skip
    assert [k for k, *_ in hits] == ["email", "iban", "customer"]
    # a longer number that merely contains the customer number is not a match
    assert _hits("ZP2019004471999", customers=["ZP-2019-004471"]) == []


@pytest.mark.parametrize(
    "text, how",
    [
        ("Иванов Иван", "transliterated"),
        ("Ivan Ivanow", "spelling variant"),
        ("Ivanov, Ivan", "exact"),
        ("с Иваном Ивановым", "inflected form"),
        ("Ivan Petrovich Ivanov", "exact"),  # a patronymic between
    ],
)
def test_name_variants(text, how):
    [(kind, _, got)] = _hits(text, names=["Ivan Ivanov"])
    assert (kind, got) == ("name", how)


def test_particles_accents_and_near_misses():
    assert _hits("Joost van der Meulen belde", names=["Joost Meulen"])[0][0] == "name"
    assert _hits("Ørjan Bråten", names=["Orjan Braten"])[0][2] == "accents folded"
    assert _hits("Hans Hansen", names=["Hans Jansen"]) == [("name", "Hans", "exact")]  # given only
    # not one name across a sentence end, nor inside an e-mail address
    assert all(
        k != "name" or "." not in s for k, s, _ in _hits("Ivan. Ivanov", names=["Ivan Ivanov"])
    )
    assert _hits("ivan.ivanov@example.net", names=["Ivan Ivanov"]) == []


def test_one_name_alone_is_refused():
    with pytest.raises(BadIdentifier, match="given name and a surname"):
        build_query(names=["Ivan"])


@pytest.mark.parametrize(
    "kw",
    [
        {"emails": ["kari.nordmann-at-example.com"]},
        {"phones": ["412 34 5"], "region": "NO"},
        {"ibans": ["NO9386011117948"]},
        {"names": ["Kari"]},
    ],
)
def test_errors_never_repeat_the_identifier(kw):
    with pytest.raises(BadIdentifier) as err:
        build_query(**kw)
    value = next(v for v in kw.values() if isinstance(v, list))[0]
    assert value not in str(err.value) and "a value given" in str(err.value)


@pytest.mark.parametrize("sender", ["412 34 567", "+47 41234567", "0047 412 34 567"])
def test_a_phone_number_as_sender(sender):
    m = Matcher(build_query(phones=["+47 412 34 567"]))
    assert [x.kind for x in m.sender(sender)] == ["phone"]

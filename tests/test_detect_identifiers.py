"""Checksum-validated identifiers, written as people type them.

Synthetic, checksum-valid values (python-stdnum / schwifty): IBAN NL91ABNA0417164300,
NO9386011117947, DE89370400440532013000; BSN 111222333; fødselsnummer 23018512386;
kontonummer 12345678903; SNILS 112-233-445 95; INN 500050012326; card 4111111111111111.
"""

from __future__ import annotations

import pytest

CASES = [
    # IBAN: grouped, compact, lower-case, followed by words
    ("Mijn IBAN is NL91 ABNA 0417 1643 00 graag", [("IBAN_CODE", "NL91 ABNA 0417 1643 00")]),
    ("iban: nl91abna0417164300", [("IBAN_CODE", "nl91abna0417164300")]),
    ("Overfør til NO93 8601 1117 947 takk", [("IBAN_CODE", "NO93 8601 1117 947")]),
    ("DE89 3704 0044 0532 0130 00 then", [("IBAN_CODE", "DE89 3704 0044 0532 0130 00")]),
    # cards: grouped with spaces or dashes, compact
    ("card 4111 1111 1111 1111 exp 12/27", [("CREDIT_CARD", "4111 1111 1111 1111")]),
    ("kortnummer 4111-1111-1111-1111", [("CREDIT_CARD", "4111-1111-1111-1111")]),
    # national identifiers
    ("mijn BSN is 111222333", [("NATIONAL_ID", "111222333")]),
    ("burgerservicenummer 1112.22.333", [("NATIONAL_ID", "1112.22.333")]),
    ("Fødselsnummeret mitt er 230185 12386", [("NATIONAL_ID", "230185 12386")]),
    # a synthetic test number (month + 80) with real check digits
    ("fødselsnummer 148387 49640", [("NATIONAL_ID", "148387 49640")]),
    ("СНИЛС 112-233-445 95", [("NATIONAL_ID", "112-233-445 95")]),
    ("мой ИНН 500050012326", [("NATIONAL_ID", "500050012326")]),
    # domestic bank accounts
    ("kontonummer 1234.56.78903", [("BANK_ACCOUNT", "1234.56.78903")]),
    ("Kontonr: 12345678903", [("BANK_ACCOUNT", "12345678903")]),
    ("расчётный счёт 40817810099910004312", [("BANK_ACCOUNT", "40817810099910004312")]),
    # e-ticket, e-mail, IP
    ("ticketnummer 074-2345678901", [("TICKET_NUMBER", "074-2345678901")]),
    ("e-ticket 0742345678901", [("TICKET_NUMBER", "0742345678901")]),
    ("mail me at j.smit@ziggo.nl please", [("EMAIL_ADDRESS", "j.smit@ziggo.nl")]),
    ("router IP 192.168.10.4 and 2001:db8::8a2e:370:7334",
     [("IP_ADDRESS", "192.168.10.4"), ("IP_ADDRESS", "2001:db8::8a2e:370:7334")]),
]  # fmt: skip

NEGATIVES = [
    "Mijn IBAN is NL12 INGB 0001 2345 67",  # invalid mod-97 checksum
    "card 4111 1111 1111 1112",  # fails Luhn
    "mijn BSN is 111222334",  # fails the 11-proef
    "fødselsnummer 23018512387",  # wrong check digit
    "СНИЛС 112-233-445 96",  # wrong check digits
    "version 1.2.3.4 of the app",
    "Boeing 737-800, A320neo and Embraer E190",
    "Totaal € 1.234,56, levering 3-5 werkdagen",
    "Bestelnummer 88120045 is onderweg",
    "Track & trace 3SABCD1234567 en zending 0742345678901",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_identifier_is_found_with_exact_span(found, text, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_checksum_or_context_fails_then_no_finding(found, text) -> None:
    assert found(text) == []


# Issue 15: identifiers in every written form (the peer suite, docs/peer-suite.md). The IBANs
# are the IBAN registry's published examples, the card is AirPlus's UATP test number.
WRITTEN_FORMS = [
    # IPv6 loopback, the unspecified address with a prefix, CIDR, zone ids, IPv4 inside IPv6
    ("connecting from ::1", [("IP_ADDRESS", "::1")]),
    ("default route 0.0.0.0/0 via the router", [("IP_ADDRESS", "0.0.0.0/0")]),
    ("Subnet: 192.168.1.0/24", [("IP_ADDRESS", "192.168.1.0/24")]),
    ("Use 2001:db8::/32.", [("IP_ADDRESS", "2001:db8::/32")]),
    ("10.0.0.0/123 is not a prefix", [("IP_ADDRESS", "10.0.0.0")]),
    ("Gateway fe80::1%eth0 on the LAN", [("IP_ADDRESS", "fe80::1%eth0")]),
    ("Connect to ::ffff:10.0.0.1 now", [("IP_ADDRESS", "::ffff:10.0.0.1")]),
    ("NAT64: 64:ff9b::198.51.100.1", [("IP_ADDRESS", "64:ff9b::198.51.100.1")]),
    ("0:0:0:0:0:FFFF:129.144.52.38", [("IP_ADDRESS", "0:0:0:0:0:FFFF:129.144.52.38")]),
    # IBANs with a space after the country code, irregular groups, dots
    ("Overfør til NO 93 8601 1117 947 takk", [("IBAN_CODE", "NO 93 8601 1117 947")]),
    ("konto NO93 8601 11 17947", [("IBAN_CODE", "NO93 8601 11 17947")]),
    ("iban NO07.8380.08.06006", [("IBAN_CODE", "NO07.8380.08.06006")]),
    ("IBAN ES10 0075 0080 11 0600658108", [("IBAN_CODE", "ES10 0075 0080 11 0600658108")]),
    ("IBAN: ME 25510260797324001246", [("IBAN_CODE", "ME 25510260797324001246")]),
    # a valid IBAN ends where its country's length ends: the phone number after it stands
    ("IBAN NL91ABNA0417164300, tel 0612345678",
     [("IBAN_CODE", "NL91ABNA0417164300"), ("PHONE_NUMBER", "0612345678")]),
    # UATP cards start with 1
    ("my credit card: 122000000000003", [("CREDIT_CARD", "122000000000003")]),
    # punycode top-level domains
    ("mail ivan@example.xn--p1ai please", [("EMAIL_ADDRESS", "ivan@example.xn--p1ai")]),
]  # fmt: skip

NOT_IN_WRITTEN_FORMS = [
    "Use local ipv6 ::",  # "::" alone names no host
    "std::cout << MyClass::toString()",
    "::ffff:192.168.1 is cut short",
    "2001:db8::256.1.1.1",  # an IPv4 part out of range
    # a slip in an IBAN is not a phone, flight, ticket, card or national id number
    "DK50 0040 0440 1162 44",
    "SK31 1200 0000 1987 4263 7542",
    "CR05 0152 0200 1026 2840 6",
    "IS14 A159 2600 7654 5510 7303 39",
    "KW81 aBKU 0000 0000 0000 1234 5601 01",
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN_FORMS)
def test_written_form_is_found_whole(found, text, expected) -> None:
    assert found(text, "nb" if "Overfør" in text else None) == expected


@pytest.mark.parametrize("text", NOT_IN_WRITTEN_FORMS)
def test_not_an_identifier_in_any_form(found, text) -> None:
    assert found(text) == []


def test_fodselsnummer_with_impossible_date_is_no_snils(found) -> None:
    from privacyguard.detect.validators import ru_snils

    # both Norwegian check digits hold, the date (19.57.57) does not
    assert found("Fødselsnummer: 19575770838", "nb") == []
    assert not ru_snils("19575770838")
    assert ru_snils("112-233-445 95")  # the published SNILS example still passes
    assert found("СНИЛС 112-233-445 95", "ru") == [("NATIONAL_ID", "112-233-445 95")]


def test_iban_shape_covers_the_country_length_only() -> None:
    from privacyguard.detect.validators import iban_shapes, overlaps_iban_shape

    text = "NL91 ABNA 0417 1643 01 then 0612345678"  # a slip in the last digit
    [(start, end)] = iban_shapes(text)
    assert text[start:end] == "NL91 ABNA 0417 1643 01"
    assert overlaps_iban_shape(text, text.index("0417"), text.index("0417") + 4)
    assert not overlaps_iban_shape(text, text.index("0612"), len(text))
    assert iban_shapes("at 12 o'clock NO 12 more") == ()  # no IBAN country's length


def test_all_zero_numbers_are_no_inn_or_account(found) -> None:
    from privacyguard.detect.validators import no_kontonummer, ru_inn

    # zeros pass both checks' arithmetic (weighted sums of 0)
    assert not ru_inn("0000 0000 0000") and not no_kontonummer("0000.00.00000")
    assert found("ИНН 000000000000", "ru") == []
    assert found("kontonummer 0000.00.00000", "nb") == []
    assert ru_inn("500050012326") and no_kontonummer("1234.56.78903")

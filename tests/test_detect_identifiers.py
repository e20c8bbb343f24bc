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

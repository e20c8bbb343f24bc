"""Named checks that a candidate must pass to become a finding.

Each takes the matched text and returns True when it is a real identifier. The
arithmetic lives in well-kept libraries (python-stdnum, schwifty, phonenumbers);
only SNILS, which none of them covers, is computed here.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import date
from functools import lru_cache

from stdnum import luhn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from privacyguard.registry import validators

# validators that check a checksum (not just a shape): their candidates get a small bonus
CHECKSUMS = frozenset(
    {"iban", "luhn_card", "nl_bsn", "no_fodselsnummer", "no_kontonummer", "ru_inn", "ru_snils"}
)

_SEPARATORS = re.compile(r"[\s.\-/()\u00a0\u202f]")


def digits_only(text: str) -> str:
    return _SEPARATORS.sub("", text)


@validators.register("iban")
def iban(text: str) -> bool:
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    try:
        IBAN(_SEPARATORS.sub("", text).upper())
    except (SchwiftyException, ValueError):
        return False
    return True


@validators.register("luhn_card")
def luhn_card(text: str) -> bool:
    number = digits_only(text)
    return 13 <= len(number) <= 19 and number.isdigit() and luhn.is_valid(number)


@validators.register("nl_bsn")
def nl_bsn(text: str) -> bool:
    return bsn.is_valid(digits_only(text))


@validators.register("no_fodselsnummer")
def no_fodselsnummer(text: str) -> bool:
    """A fødselsnummer or D-nummer; also the synthetic test numbers of the Norwegian tax
    administration (month + 80), which carry real check digits and are used in test data."""
    number = digits_only(text)
    if fodselsnummer.is_valid(number):
        return True
    if len(number) != 11 or not number.isdigit() or int(number[2:4]) <= 80:
        return False
    checks = fodselsnummer.calc_check_digit1(number[:9]) + fodselsnummer.calc_check_digit2(
        number[:10]
    )
    if checks != number[9:]:
        return False
    try:
        fodselsnummer.get_birth_date(number[:2] + f"{int(number[2:4]) - 80:02d}" + number[4:])
    except Exception:  # stdnum raises its own ValidationError subclasses for bad dates
        return False
    return True


@validators.register("no_kontonummer")
def no_kontonummer(text: str) -> bool:
    number = digits_only(text)
    return len(number) == 11 and kontonr.is_valid(number)


@validators.register("ru_inn")
def ru_inn(text: str) -> bool:
    return inn.is_valid(digits_only(text))


@validators.register("ru_snils")
def ru_snils(text: str) -> bool:
    """SNILS: 9 digits weighted 9..1, sum mod 101 (100 -> 00) is the 2-digit check.

    Not in python-stdnum; the rule is the Pension Fund's published one.
    Numbers up to 001-001-998 carry no checksum and are not accepted.
    """
    number = digits_only(text)
    if len(number) != 11 or not number.isdigit() or int(number[:9]) <= 1001998:
        return False
    total = sum(int(d) * w for d, w in zip(number[:9], range(9, 0, -1), strict=True))
    check = total % 101 % 100
    return check == int(number[9:])


@validators.register("ru_account")
def ru_account(text: str) -> bool:
    """A Russian 20-digit account: a balance account (1xxxx-9xxxx), then the currency's
    ISO 4217 numeric code (643, or the ruble's 810 that accounts still carry, 840, 978 ...).
    The currency check keeps "1 1 1 1 ..." (20 digits, currency "111") from being one."""
    number = digits_only(text)
    return (
        len(number) == 20
        and number.isdigit()
        and number[0] != "0"
        and number[5:8] in _currency_codes()
    )


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset({c.numeric for c in pycountry.currencies} | {"810"})  # 810: RUR


@validators.register("ticket_number")
def ticket_number(text: str) -> bool:
    """13 digits (the airline prefix is checked by the pattern, from a list in rules/)."""
    number = digits_only(text)
    return len(number) == 13 and number.isdigit()


@validators.register("ip_address")
def ip_address(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    return not (addr.is_unspecified or (addr.version == 4 and text.count(".") != 3))


@lru_cache(maxsize=1)
def _tld_extractor():  # type: ignore[no-untyped-def]
    import tldextract

    # The bundled public-suffix snapshot only: never fetch it at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@validators.register("email_domain")
def email_domain(text: str) -> bool:
    domain = text.rsplit("@", 1)[-1]
    return bool(_tld_extractor()(domain).suffix)


@validators.register("plausible_birth_date")
def plausible_birth_date(text: str) -> bool:
    """A real calendar date between 1900 and today (month names in en/nl/nb/ru)."""
    from privacyguard.detect.dates import parse_date

    parsed = parse_date(text)
    return parsed is not None and date(1900, 1, 1) <= parsed <= date.today()


@validators.register("place_name")
def place_name(text: str) -> bool:
    """A place after a residence cue: capitalised, or not an everyday word in lower case
    ("i live in birmingham" yes, "i live in fear" no)."""
    if text[:1].isupper():
        return True
    from privacyguard.detect.names import city_names, everyday_word, russian_name_tag

    first = text.split()[0]
    if text.lower() in city_names() or first.lower() in city_names():
        return True
    if "\u0400" <= first[:1] <= "\u04ff":
        return russian_name_tag(first.capitalize()) == "Geox"
    return not everyday_word(first)


_TIME = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")


@validators.register("customer_number_shape")
def customer_number_shape(text: str) -> bool:
    """At least five digits, and not a time of day ("19.20"), a date or a dotted address."""
    if _TIME.fullmatch(text) or text.count(".") >= 3:
        return False
    from privacyguard.detect.dates import parse_date

    if not text.isdigit() and parse_date(text) is not None:
        return False  # "1944-03-20" is a date, whatever the context says
    return sum(c.isdigit() for c in text) >= 5


@validators.register("booking_code_shape")
def booking_code_shape(text: str) -> bool:
    """Six letters or digits that are not an everyday word in capitals ("HASTER", "THANKS")."""
    if not text.isalpha():
        return True
    from privacyguard.detect.names import everyday_word

    return not everyday_word(text.lower())

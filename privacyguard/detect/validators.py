"""Named checks that a candidate must pass to become a finding.

Each takes the matched text and returns True when it is a real identifier. The
arithmetic lives in well-kept libraries (python-stdnum, schwifty, phonenumbers);
only SNILS, which none of them covers, is computed here.
"""

from __future__ import annotations

import inspect
import ipaddress
import re
from bisect import bisect_left
from collections.abc import Callable, Collection
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from stdnum import luhn
from stdnum.be import nn as belgian_nn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.ru import inn

from privacyguard.registry import validators

if TYPE_CHECKING:
    import tldextract

    from privacyguard.detect.dates import DateWords

# validators that check a checksum (not just a shape): their candidates get a small bonus
CHECKSUMS = frozenset(
    {
        "be_nn",
        "iban",
        "luhn_card",
        "nl_bsn",
        "no_fodselsnummer",
        "no_kontonummer",
        "ru_inn",
        "ru_snils",
    }
)



@lru_cache(maxsize=256)
def reads_dates(validator: Callable[..., object]) -> bool:
    """Does a validator read dates: a keyword-only parameter ``dates``? The pattern
    recognizer and the conversation then call it with ``dates=``, the DateWords of the rules
    in use (their month names and year marks); a plugin's validator opts in the same way."""
    try:
        parameter = inspect.signature(validator).parameters.get("dates")
    except (TypeError, ValueError):  # a builtin without a signature
        return False
    return parameter is not None and parameter.kind is inspect.Parameter.KEYWORD_ONLY

_SEPARATORS = re.compile(r"[\s.\-/()\u00a0\u202f]")


def digits_only(text: str) -> str:
    return _SEPARATORS.sub("", text)


@validators.register("iban")
def iban(text: str) -> bool:
    """mod 97 and the country's length and BBAN format (schwifty). National check digits
    inside the BBAN are not checked: a number that passes mod 97 is an IBAN as written
    (docs/peer-suite.md: the Spanish and Norwegian cases python-stdnum refuses)."""
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    number = _SEPARATORS.sub("", text).upper()
    if len(number) != _iban_length(number[:2]):
        return False  # the cheap test first: trim_to_valid asks for every shorter cut
    try:
        IBAN(number)
    except (SchwiftyException, ValueError):
        return False
    return True


# where an IBAN may start: a country code in capitals, its two check digits (a space
# between them, as in "NO 93 8601 1117 947", is allowed)
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})[ \u00a0]?\d\d(?=[ .\-\u00a0]?[A-Z0-9])")
_IBAN_SEPARATORS = " .-\u00a0"
_CAPITALS_DIGITS = re.compile(r"[A-Z]{2}[ \u00a0]?\d\d")
#: an IBAN with at most this many characters missing still has its shape (a typing slip)
IBAN_SHAPE_SLACK = 3


@lru_cache(maxsize=1024)
def iban_length(country: str) -> int | None:
    """The length of an IBAN of a country code ("GB": 22), None for no IBAN country."""
    return _iban_length(country)


@lru_cache(maxsize=1024)
def _iban_length(country: str) -> int | None:
    from schwifty import registry

    if not (len(country) == 2 and country.isalpha() and country.isupper()):
        return None
    try:
        return int(registry.get_iban_spec(country).iban_length)
    except Exception:  # schwifty raises its own errors for a country without IBANs
        return None


@lru_cache(maxsize=16)
def iban_shapes(text: str) -> tuple[tuple[int, int], ...]:
    """The spans that are written as an IBAN of a real IBAN country, valid or not: its
    country code and check digits, then the country's number of capitals and digits with
    at most one separator between two of them. Whatever lies inside one is that IBAN (or
    a slip in one), not a phone, card, flight or ticket number on its own."""
    shapes = []
    for m in _IBAN_START.finditer(text):
        length = _iban_length(m.group(1))
        if length is None:
            continue
        count, digits, end, i = 4, 0, m.end(), m.end()
        while count < length and i < len(text):
            if text[i] in _IBAN_SEPARATORS and i + 1 < len(text) and text[i + 1] != text[i]:
                i += 1
            ch = text[i]
            if not (ch.isdigit() or "A" <= ch <= "Z"):
                break
            count, digits, i, end = count + 1, digits + ch.isdigit(), i + 1, i + 1
        if count >= max(12, length - IBAN_SHAPE_SLACK) and digits >= 6:
            shapes.append((m.start(), end))
    return tuple(shapes)


#: the longest text an IBAN shape can cover: 34 characters and a separator between each two
IBAN_SHAPE_REACH = 34 * 2


def overlaps_iban_shape(text: str, start: int, end: int) -> bool:
    """Whether [start, end) touches a span written as an IBAN (see :func:`iban_shapes`).
    Only the shapes that start within reach are looked at: a text with thousands of them
    costs each candidate a bounded number of comparisons."""
    near = max(0, start - IBAN_SHAPE_REACH)
    if not _CAPITALS_DIGITS.search(text, near, end):
        return False  # no country code and check digits near: no IBAN reaches the candidate
    shapes = iban_shapes(text)
    i = bisect_left(shapes, (near, -1))
    while i < len(shapes) and shapes[i][0] < end:
        if start < shapes[i][1]:
            return True
        i += 1
    return False


@validators.register("luhn_card")
def luhn_card(text: str) -> bool:
    number = digits_only(text)
    return 13 <= len(number) <= 19 and number.isdigit() and luhn.is_valid(number)


@validators.register("nl_bsn")
def nl_bsn(text: str) -> bool:
    return bsn.is_valid(digits_only(text))


@validators.register("be_nn")
def be_rijksregisternummer(text: str) -> bool:
    """A Belgian rijksregisternummer (birth date, serial, mod-97 check digits)."""
    return belgian_nn.is_valid(digits_only(text))


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
    return len(number) == 11 and number.strip("0") != "" and kontonr.is_valid(number)


@validators.register("ru_inn")
def ru_inn(text: str) -> bool:
    number = digits_only(text)
    return number.strip("0") != "" and inn.is_valid(number)  # zeros pass the arithmetic


@validators.register("ru_snils")
def ru_snils(text: str) -> bool:
    """SNILS: 9 digits weighted 9..1, sum mod 101 (100 -> 00) is the 2-digit check.

    Not in python-stdnum; the rule is the Pension Fund's published one.
    Numbers up to 001-001-998 carry no checksum and are not accepted.
    """
    number = digits_only(text)
    if len(number) != 11 or not number.isdigit() or int(number[:9]) <= 1001998:
        return False
    if _fodselsnummer_checks(number):
        return False  # both Norwegian check digits hold: a fødselsnummer (its date may be a
        # slip), which a SNILS matches by chance once in 121
    total = sum(int(d) * w for d, w in zip(number[:9], range(9, 0, -1), strict=True))
    check = total % 101 % 100
    return check == int(number[9:])


def _fodselsnummer_checks(number: str) -> bool:
    """The two mod-11 check digits of a fødselsnummer hold (whatever the date says)."""
    return number[9:] == fodselsnummer.calc_check_digit1(
        number[:9]
    ) + fodselsnummer.calc_check_digit2(number[:10])


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
    """An IPv4 or IPv6 address as Python's ipaddress reads it, with an optional zone id
    ("fe80::1%eth0") and network prefix ("10.0.0.0/8", "2001:db8::/32"); the loopback and
    unspecified addresses count, but not "::" alone (C++ scopes, Haskell, emoticons)."""
    if text == "::":
        return False
    address, _, prefix = text.partition("/")
    if prefix and not (prefix.isdigit() and len(prefix) <= 3):
        return False
    try:
        addr = ipaddress.ip_interface(text) if prefix else ipaddress.ip_address(address)
    except ValueError:
        return False
    return addr.version == 6 or address.count(".") == 3


@lru_cache(maxsize=1)
def _tld_extractor() -> tldextract.TLDExtract:
    import tldextract

    # The bundled public-suffix snapshot only: never fetch it at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=1)
def _top_level_domains() -> Collection[str]:
    """The last label of every ICANN rule of tldextract's public-suffix snapshot ("ck" of
    "*.ck"), in the detector cache: tldextract (and requests with it) is imported only
    to build it."""
    from privacyguard.cache import word_table

    def build() -> set[str]:
        return {rule.rsplit(".", 1)[-1] for rule in _tld_extractor().tlds}

    return word_table("top-level-domains", build, packages=["tldextract"])


_UNICODE_DOTS = str.maketrans("\u3002\uff0e\uff61", "...")  # as tldextract reads them


@validators.register("email_domain")
def email_domain(text: str) -> bool:
    """The domain ends in a public suffix: tldextract's non-empty `suffix`, which for a
    domain is exactly "its last label is the last label of a rule"."""
    import idna

    domain = text.rsplit("@", 1)[-1].translate(_UNICODE_DOTS)
    label = domain.rstrip(".").rsplit(".", 1)[-1].lower()
    if label.startswith("xn--"):
        try:
            label = idna.decode(label)
        except (UnicodeError, IndexError):
            pass
    return label in _top_level_domains()


@validators.register("plausible_birth_date")
def plausible_birth_date(text: str, *, dates: DateWords) -> bool:
    """A real calendar date between 1900 and today (the month names and year marks of the
    rules in use: ``dates``, see reads_dates)."""
    from privacyguard.detect.dates import parse_date

    parsed = parse_date(text, dates)
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
def customer_number_shape(text: str, *, dates: DateWords) -> bool:
    """At least five digits, and not a time of day ("19.20"), a date (``dates``: the rules'
    month names and year marks) or a dotted address."""
    if _TIME.fullmatch(text) or text.count(".") >= 3:
        return False
    from privacyguard.detect.dates import parse_date

    if not text.isdigit() and parse_date(text, dates) is not None:
        return False  # "1944-03-20" is a date, whatever the context says
    digits = sum(c.isdigit() for c in text)
    if digits == 4:
        # four digits only with two groups of letters, three letters at least ("VP-RYY-9802",
        # "AN/9397/YV", "HV4822M"; not a flight's "KL3957" nor a year; round 29)
        return len(_LETTER_RUN.findall(text)) >= 2 and sum(c.isalpha() for c in text) >= 3
    return digits >= 5


#: a run of letters in a customer number ("VP", "RYY" of "VP-RYY-9802")
_LETTER_RUN = re.compile(r"[^\W\d_]{1,20}")

#: an amount with its cents ("149.95", "89,50")
_AMOUNT = re.compile(r"\d{1,7}[.,]\d{2}")


@validators.register("booking_answer_shape")
def booking_answer_shape(text: str, *, dates: DateWords) -> bool:
    """A code of any shape that answers a booking question ("KR-3259-CM", "hk/2291/77"),
    not a time of day, an amount, a date (the month names of the rules in use: ``dates``) or
    an everyday word in capitals."""
    if _TIME.fullmatch(text) or _AMOUNT.fullmatch(text):
        return False
    from privacyguard.detect.dates import parse_date

    if parse_date(text, dates) is not None:
        return False
    return booking_code_shape(text)


#: an aircraft's type ("A320", "B737", "E190"), no flight
_AIRCRAFT = re.compile(r"(?i)[abe]\d{3}")
#: short words and abbreviations before a number that make no airline ("nr 5", "kl 14" =
#: "klokka 14" in Norwegian, "at 9", "om 10", "в 10" typed in Latin)
_NOT_AIRLINES = frozenset({
    "am", "pm", "at", "on", "to", "in", "by", "is", "it", "of", "or", "no", "nr", "st", "nd",
    "rd", "th", "de", "en", "op", "om", "te", "og", "er", "pa", "ca", "kg", "cm", "km", "mm",
    "ml", "mb", "gb", "ok", "tv", "uk", "us", "eu", "nl", "se", "dk", "fi", "ru", "id", "vs",
})  # fmt: skip
#: a designator and one or two digits after a space: "kl 14" is a time in Norwegian
_CLOCK = re.compile(r"(?i)kl[ \-\u00a0]\d{1,2}")


@validators.register("flight_answer_shape")
def flight_answer_shape(text: str) -> bool:
    """An airline's two characters and a flight's digits given as the flight asked for
    ("ei2119", "kl 727", "u6 2753"), not an aircraft's type, a clock time ("kl 14") or a
    short word before a number ("nr 12", "at 9")."""
    if _AIRCRAFT.fullmatch(text) or _CLOCK.fullmatch(text):
        return False
    return text[:2].lower() not in _NOT_AIRLINES


@validators.register("booking_code_shape")
def booking_code_shape(text: str) -> bool:
    """Six letters or digits that are not an everyday word in capitals ("HASTER", "THANKS")."""
    if not text.isalpha():
        return True
    from privacyguard.detect.names import everyday_word

    return not everyday_word(text.lower())

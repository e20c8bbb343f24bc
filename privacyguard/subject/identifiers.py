"""A data subject's identifiers, normalised so that every spelling of one value compares equal:
e-mail lower-case, phone E.164, IBAN compact upper-case, customer numbers without separators,
names folded to ASCII (Ørjan → orjan, Иванов → ivanov) with their variants.

>>> parse_phone("+47 412 34 567").value
'+4741234567'
>>> parse_iban("nl91 abna 0417 1643 00").value
'NL91ABNA0417164300'
>>> fold("Ольга")
'olga'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers

from privacyguard.errors import PrivacyGuardError
from privacyguard.textfold import fold

#: kinds in the order they are reported; all but "name" identify a person on their own
KINDS = ("email", "phone", "iban", "customer", "name")
STRONG = frozenset(KINDS) - {"name"}

#: name particles that may be left out or spelled differently ("van der Meulen", "de Vries")
PARTICLES = frozenset(
    "van der den de het ter ten te von zu du da di del della la le dos das bin ibn".split()
)

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,252}\.[^@\s]{1,63}$")  # RFC 5321 lengths


class BadIdentifier(PrivacyGuardError):
    """An identifier given on the command line or to the API cannot be read. The message
    never repeats the value: it is personal data, and errors end up in job logs."""


@dataclass(frozen=True)
class Identifier:
    kind: str  # one of KINDS
    value: str  # normalised; for names the folded full name
    parts: tuple[str, ...] = field(default=(), compare=False)  # names: folded parts
    raw: str = field(default="", compare=False)  # as given

    @property
    def region(self) -> str | None:
        """For phones: the ISO region of the country code (NO for +47)."""
        if self.kind != "phone":
            return None
        return phonenumbers.region_code_for_number(phonenumbers.parse(self.value))


def parse_email(raw: str) -> Identifier:
    value = raw.strip().casefold()
    if not _EMAIL.match(value):
        raise BadIdentifier("--email: a value given is not an e-mail address (name@example.com)")
    return Identifier("email", value, raw=raw)


def parse_phone(raw: str, region: str | None = None) -> Identifier:
    """E.164. A number without a country code needs ``region`` (NO, NL, RU, GB...)."""
    text = raw.strip()
    if text.startswith("00"):
        text = "+" + text[2:]  # the international call prefix of most countries
    try:
        number = phonenumbers.parse(text, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        hint = "" if region else " or add --region with the country (NO, NL, RU...)"
        raise BadIdentifier(
            "--phone: a value given is not a phone number; write it with its country code "
            f"(+47 412 34 567){hint}"
        ) from None
    if not phonenumbers.is_possible_number(number):
        raise BadIdentifier("--phone: a value given has too few or too many digits for its country")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Identifier("phone", e164, raw=raw)


def parse_iban(raw: str) -> Identifier:
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    try:
        iban = IBAN(raw)
    except SchwiftyException as e:
        why = type(e).__name__  # its text may quote the value: the kind says enough
        raise BadIdentifier(f"--iban: a value given is not a valid IBAN ({why})") from None
    return Identifier("iban", iban.compact, raw=raw)


def compact_id(raw: str) -> str:
    """Letters and digits only, upper-case: ZP-2019-004471 and zp 2019 004471 compare equal."""
    return re.sub(r"[\W_]+", "", raw).upper()


def parse_customer(raw: str) -> Identifier:
    value = compact_id(raw)
    if len(value) < 4:
        raise BadIdentifier(
            "--customer: a value given is too short to identify anyone (4 letters or digits at "
            "least)"
        )
    return Identifier("customer", value, raw=raw)


def name_parts(text: str) -> tuple[str, ...]:
    return tuple(p for p in re.split(r"[\W\d_]+", fold(text)) if p)


def parse_name(raw: str) -> Identifier:
    parts = name_parts(raw)
    core = [p for p in parts if p not in PARTICLES]
    if len(core) < 2:
        raise BadIdentifier(
            "--name: a value given needs a given name and a surname; one name alone matches too "
            "many people (add --email, --phone or --customer to find someone by one name)"
        )
    return Identifier("name", " ".join(parts), parts, raw)


def similar(a: str, b: str) -> bool:
    """Two folded name parts are one name: equal, or a spelling variant (Jansen/Janssen,
    Ivanov/Ivanow) — same first letter, Jaro-Winkler 0.92 or more, and 5 letters or more."""
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 5:
        return False
    return _jaro_winkler(a, b) >= 0.92


@lru_cache(maxsize=65536)
def _jaro_winkler(a: str, b: str) -> float:
    from rapidfuzz.distance import JaroWinkler

    return float(JaroWinkler.normalized_similarity(a, b))


@dataclass(frozen=True)
class SubjectQuery:
    """Everything known about one person, normalised."""

    identifiers: tuple[Identifier, ...]
    same_person: bool = False  # every sender the name matches is this person (no ambiguity)

    def of(self, kind: str) -> list[Identifier]:
        return [i for i in self.identifiers if i.kind == kind]

    @property
    def strong(self) -> list[Identifier]:
        return [i for i in self.identifiers if i.kind in STRONG]

    def kinds(self) -> list[str]:
        return sorted({i.kind for i in self.identifiers}, key=KINDS.index)


def build_query(
    *,
    emails: tuple[str, ...] | list[str] = (),
    phones: tuple[str, ...] | list[str] = (),
    ibans: tuple[str, ...] | list[str] = (),
    customers: tuple[str, ...] | list[str] = (),
    names: tuple[str, ...] | list[str] = (),
    region: str | None = None,
    same_person: bool = False,
) -> SubjectQuery:
    ids = [
        *(parse_email(e) for e in emails),
        *(parse_phone(p, region) for p in phones),
        *(parse_iban(i) for i in ibans),
        *(parse_customer(c) for c in customers),
        *(parse_name(n) for n in names),
    ]
    if not ids:
        raise BadIdentifier(
            "give at least one identifier: --email, --phone, --iban, --customer or --name"
        )
    return SubjectQuery(tuple(dict.fromkeys(ids)), same_person)

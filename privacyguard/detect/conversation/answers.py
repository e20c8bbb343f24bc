"""Bare answers of the shape an expectation asks for, their lead-in and body, corrections,
and the checks that a finding the conversation made may stand."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from privacyguard import registry
from privacyguard.config.conversation import Shape
from privacyguard.detect.context import ContextMatcher, Term
from privacyguard.detect.conversation.addresses import Addresses
from privacyguard.detect.conversation.names import russian_first_name
from privacyguard.detect.conversation.patterns import (
    _LEADING_DOTS,
    _MONEY,
    _WORDS,
    DISGUISED_ANSWER_CHARS,
    HOLD_WORDS,
    LOCATION,
)
from privacyguard.detect.conversation.questions import NOTHING
from privacyguard.detect.conversation.state import ConversationState, Found
from privacyguard.detect.dates import DateWords
from privacyguard.detect.validators import reads_dates
from privacyguard.models import Finding, Provenance

#: how far before a value its words may name another kind of number ("item code ...")
NAMED_BEFORE_CHARS = 40
#: how far back the run of digits, letters and marks a value is part of is followed
RUN_CHARS = 64
#: how far before a phone number or an address in an agent's message the words that make
#: it the business's own are looked for ("You can also post the form to ...")
BUSINESS_BEFORE_CHARS = 60
#: how many words may stand between the words that offer a number as the business's own
#: and the number ("call us anytime on", "ring oss gjerne på", "text us on WhatsApp at")
OWN_PHONE_GAP = 3
#: the longest number of pieces after an answer (", 12 stuks)")
QUANTITY_CHARS = 16
#: how far before an address the bracket it is given in may open ("(Unit 4, Tanner Yard")
BRACKET_LEAD_CHARS = 16
#: the most words of an answer to "Where are you off to?" whose name is the place's
#: ("Lofoten tror jeg", "Bergen for a week")
PLACE_ANSWER_WORDS = 4

#: types a word before them does not make something else (a checksum or their shape says
#: what they are): Answers.named_not_personal leaves them
_LABEL_PROOF = frozenset(
    {"EMAIL_ADDRESS", "PERSON", LOCATION, "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS"}
)

#: types whose digits a later message does not correct: an e-mail address, an address (the
#: rest of one is read by address_rest)
NOT_CORRECTED = frozenset({"EMAIL_ADDRESS", LOCATION})

#: the regions a phone number typed without its country code is read in, per language, in
#: order: the first where the number is valid decides ("09 223 45 67" is a Belgian line,
#: "1800 812 440" an Australian freephone, "(888) 604-2211" an American one)
_PHONE_REGIONS = {"en": ("GB", "US", "AU", "IE"), "nl": ("NL", "BE"), "nb": ("NO",), "ru": ("RU",)}
#: the regions tried after the language's own (a message in another language's letters)
_OTHER_REGIONS = ("GB", "US", "AU", "IE", "NL", "BE", "NO", "RU")

#: the kinds of line a business answers on: fixed, freephone, premium rate, shared cost,
#: VoIP (a Dutch 085 or 088 number: the line of a service desk, as a rule), universal
#: access (phonenumbers.PhoneNumberType); no mobile, no personal number
_BUSINESS_LINES = frozenset({0, 3, 4, 5, 6, 9})


def _business_number(raw: str, lang: str) -> bool:
    """Is the phone number a fixed, freephone, premium-rate, shared-cost or universal-access
    line, not a mobile? Read in the regions of the message's language first, then in the
    others; the first region where it is a valid number decides."""
    import phonenumbers

    regions = _PHONE_REGIONS.get(lang, ("GB",))
    for region in regions + tuple(r for r in _OTHER_REGIONS if r not in regions):
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            return False
        if phonenumbers.is_valid_number(number):
            return phonenumbers.number_type(number) in _BUSINESS_LINES
    return False


def phone_layout(raw: str, lang: str) -> bool:
    """Is the number written as libphonenumber writes a valid number in its national
    format, in a region of the message's language or another ("99 94 17 90": a Norwegian
    number in pairs)? A phone's grouping, not a customer number's ("9077 5496")."""
    import phonenumbers

    regions = _PHONE_REGIONS.get(lang, ("GB",))
    for region in regions + tuple(r for r in _OTHER_REGIONS if r not in regions):
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        national = phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.is_valid_number(number) and (
            phonenumbers.format_number(number, national) == raw
        ):
            return True
    return False


def _read_back(raw: str, state: ConversationState) -> bool:
    """Is the phone number one the conversation has found before (its last eight digits)?"""
    tail = "".join(c for c in raw if c.isdigit())[-8:]
    return any(
        etype == "PHONE_NUMBER" and "".join(c for c in v if c.isdigit()).endswith(tail)
        for v, etype in state.values.items()
    )


#: the numbers in an address, not the digits of a postcode glued to its letters (the "46" of
#: "NE46 3NH" is no house number)
_NUMBERS = re.compile(r"(?<![^\W\d_])\d{1,20}")
#: the words of an address, without its numbers
_PLACE_WORDS = re.compile(r"[^\W\d_]{4,40}")
#: the first letters two words of addresses share when one is read back as the other
READ_BACK_HEAD = 4

#: a street's word, a house number and a postcode right before a town ("Kanalveien 11, 5068
#: ", "Kanaalweg 140, 2903 LV "): the word after them is the town, no person
_STREET_BEFORE_TOWN = re.compile(
    r"[^\W\d_]{3,40}[ \t]{1,3}\d{1,4}[^\W\d_]?,?[ \t]{1,3}\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]{1,3}\Z"
)
#: a house number right after a street taken for a name, a postcode or a comma after it
#: ("Lange Nieuwstraat 15, 7411 KT", "Storgata 4B, 0155"): the name is the street's
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]{1,3}\d{1,4}[^\W\d_]?(?:,?[ \t]{1,3}\d{4,5}\b|,)")
#: a house or unit number right before a street taken for a name, a comma and a capitalised
#: town after it ("Unit 53, Canal Wharf, Ludlow SY8 1AB"; round 31)
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w.,/-])\d{1,4}[^\W\d_]?,?[ \t]{1,3}\Z")
_TOWN_AFTER = re.compile(r",[ \t]{1,3}[^\W\d_a-zæøåа-яё]")
#: how far before a town its street is looked for
TOWN_LEAD_CHARS = 80

#: a whole date, the day first and a year of four digits ("26.10.2026", "19092027")
_WHOLE_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)|(\d\d)(\d\d)((?:19|20)\d\d)")

#: the types of number a whole date is taken for
_DATED_NUMBERS = frozenset(
    ("PHONE_NUMBER", "BANK_ACCOUNT", "CUSTOMER_NUMBER", "PASSPORT", "BOOKING_REFERENCE")
)

#: a name someone is addressed by (after a title or a greeting): never the business's own
#: name, whatever it is called
_ADDRESSED = Provenance.TITLED | Provenance.GREETED
#: a word of a name, its initials' dots and apostrophes with it ("J.", "O'Neill")
_NAME_WORD = re.compile(r"[^\W_](?:[^\W_]|[.'’-](?=[^\W_]|\Z)){0,60}\.?")
#: the types of a bank account (business_contact: the business's own, to be paid into)
_ACCOUNT_TYPES = ("IBAN_CODE", "BANK_ACCOUNT")
#: the types a voucher's code is taken for (business_contact: the business's own, given
#: for a discount)
_VOUCHER_TYPES = ("BOOKING_REFERENCE",)
#: how far after a code the words for its discount are looked for
VOUCHER_AFTER_CHARS = 80
#: what stands between an address and the words that its place keeps opening hours: a
#: closing bracket or a comma ("(Torget 83, 6413 Molde) har åpent", "..., is open until")
_OPEN_GAP = re.compile(r"[ \t]{0,3}[),][ \t]{0,3}|[ \t]{1,3}")
#: how far after that gap the words are looked for
OPEN_AFTER_CHARS = 40


def _digits_read_back(raw: str, state: ConversationState) -> bool:
    """Is the number one the conversation has found before (the same digits)?"""
    digits = "".join(c for c in raw if c.isdigit())
    return any("".join(c for c in v if c.isdigit()) == digits for v in state.values)


def _account_read_back(raw: str, state: ConversationState) -> bool:
    """Is the account one the conversation has found before (its letters and digits)?"""
    mine = "".join(c for c in raw if c.isalnum()).lower()
    return any(
        etype in _ACCOUNT_TYPES and "".join(c for c in v if c.isalnum()).lower() == mine
        for v, etype in state.values.items()
    )


def _place_read_back(raw: str, state: ConversationState) -> bool:
    """Is the address one the customer gave before (its numbers, in order: the whole of it,
    or of its first line given apart)? Whole numbers: the "26" of "bekkeveien 26" is not in
    the "2609" of "Industrigata 9, 2609 Lillehammer"."""
    numbers = _NUMBERS.findall(raw)
    if not numbers:
        return False
    joined = " " + " ".join(numbers) + " "
    words = _PLACE_WORDS.findall(raw.lower())
    for v in state.places:
        seen = _NUMBERS.findall(v)
        if (
            seen == numbers
            or (seen and len("".join(seen)) >= 2 and f" {' '.join(seen)} " in joined)
        ) and _shares_a_word(_PLACE_WORDS.findall(v), words):
            return True
    return False


def _holds_a_value(raw: str, state: ConversationState) -> bool:
    """Does the text hold a value the conversation found before, of five characters or
    more, or a word of a name found before ("Tanner Yard" of the customer's "Unit 4, Tanner
    Yard, Kendal", found as a name)?"""
    low = raw.lower()
    if any(v in low for v in state.values):
        return True
    words = set(_PLACE_WORDS.findall(low))
    return any(n.lower() in words for n in state.names)


def _shares_a_word(given: list[str], read: list[str]) -> bool:
    """Does an address read back share a word with the one the customer gave (the same
    first letters: "kerkstr" and "kerkstraat", "садовая" and "садовой"), or did the customer
    give no word (numbers only)? "Gjerdeløkka 87, 6413 Molde" is no read-back of "lyngstien
    87 kongsberg": the same house number, another street."""
    if not given:
        return True
    heads = {w[:READ_BACK_HEAD] for w in given}
    return any(w[:READ_BACK_HEAD] in heads for w in read)


def _camel(word: str) -> bool:
    """Is a word written with a capital inside, after three small letters or more
    ("DierVerzekerd", "StepStad"): a brand's, no person's ("McDonald", "DiCaprio",
    "MacLeod" have fewer before theirs)?"""
    run = 0
    for k, c in enumerate(word):
        if c.isupper():
            if k and run >= 3:
                return True
            run = 0
        else:
            run = run + 1 if c.islower() else 0
    return False


def _amount(word: str) -> bool:
    """A word of an amount's digits ("598.", "95", "1.250,00")."""
    return any(c.isdigit() for c in word) and all(c.isdigit() or c in ".,-" for c in word)


def _sentence_start(text: str, end: int, chars: int) -> int:
    """Where the sentence that reaches ``end`` starts, at most ``chars`` before it: after the
    last ". ", "? ", "! " or line break."""
    a = max(0, end - chars)
    before = text[a:end]
    cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind("\n"))
    return a + cut + 1


def _email_read_back(raw: str, values: dict[str, str]) -> bool:
    """Is the e-mail address one the conversation has found before?"""
    return values.get(raw.strip().lower()) == "EMAIL_ADDRESS"


_ADDRESS = re.compile(r"(?P<local>[^@\s]{1,64})@(?P<domain>[^@\s]{1,252}\.[^@\s.]{2,63})")


def _asked_back(text: str, end: int) -> bool:
    """Is the value asked back, a question mark right after it ("Shall we send it to 14
    Mill Lane?"), not one of a choice ("Haalt u het op bij Vismarkt 3 of zullen we
    bezorgen?")?"""
    return text[end : end + 3].lstrip(" .").startswith("?")


#: the end of the sentence after a value: a stop, a question mark or a line's end
_STATEMENT_END = re.compile(r"[.!?](?=\s|$)|\n")

#: the letters a number starts with ("ORD-", "SO-")
_LETTER_PREFIX = re.compile(r"([A-Za-z]{2,4})[-/ ]?\d")

#: how a finding of a value typed over several messages is explained
SPLIT_WHY = "one value typed over"

#: a "birth date" this recent, given in a conversation, is a travel or delivery date
RECENT_DAYS = 366

#: a birth date with a two-digit year this many years back is more likely a date to come
OLD_YEARS = 95


@lru_cache(maxsize=8)
def _spaced_date(year_marks: tuple[str, ...]) -> re.Pattern[str]:
    """A date typed with spaces only ("17 4 1978"), with its year's mark ("г.", "года":
    the ``year_marks`` of the rules in use, DateWords)."""
    marks = "|".join(re.escape(m) for m in sorted(year_marks, key=len, reverse=True))
    return re.compile(rf"(\d{{1,2}}) (\d{{1,2}}) (\d{{4}})(?:\s?(?:{marks or '(?!)'}))?")


#: the lines a reply quotes before the answer ("> What's the address of the property?")
_QUOTED_LINE = re.compile(r"[ \t]{0,8}>[^\n]{0,900}\n")

#: an app's note at the end of a message, in angle brackets ("<This message was edited>",
#: "<Media omitted>"): no part of the answer
_APP_NOTE = re.compile(r"[ \t]{1,5}<[^<>\n\d@]{3,60}>[ \t]{0,5}\Z")

#: the article of a house's name before an address ("the annexe, ...")
_THE_BEFORE = re.compile(r"(?i)(?<![^\W_])the\s")

# up to two words without digits, then the answer's last token ("um ok EA596662"),
# or three when a mark sets the value off ("ah got it - FL766341", not "на коробке написано
# PX6754C")
_LEAD_IN = re.compile(
    r"(?:[^\W\d]{1,40}[\s,.:;!\-–]{1,5}){1,2}(?P<value>[^\s,:;]{1,60})"
    r"|(?:[^\W\d]{1,40}[\s,.:;!\-–]{1,5}){2}[^\W\d]{1,40}\s{0,5}[,.:;!\-–]\s{0,5}"
    r"(?P<marked>[^\s,:;]{1,60})"
    r"|(?P<lead>(?:[^\W\d]{1,40}[\s,.:;!\-–]{1,5}){3})(?P<named>[^\s,:;]{1,60})"
)

# a year's two digits after an apostrophe that stands for its century ("'13")
_ELIDED_CENTURY = re.compile(r"['’](\d{2})\b")

_TWO_DIGIT_YEAR = re.compile(r"(?<!\d)\d{2}\s{0,5}\Z")

# a decimal fraction: half of a map coordinate ("52.3676", "-4.9041")
_DECIMAL = re.compile(r"(?<![\d.])[-+−]?\d{1,3}[.,]\d{3,8}(?![\d]|\.\d)")

#: a short group of digits alone, that a comma may follow ("последняя цифра 2, извините"),
#: not a part of a decimal ("6110,87") or of a longer number
_SHORT_DIGITS = re.compile(r"(?<![\w.,\-])\d{1,4}(?![\w\-]|[.,]\d)")

_CUE_END = re.compile(
    r"(?i)(?:[:\u2013\u2014]|\s-|(?<![^\W_])(?:is|at|on|in|to|er|i|på|op|te|in|на|в|по адресу|"
    r"адрес|ул\.?))[ \t]{1,3}(?=[^\W_])"
)

#: the end of a sentence inside a message (the address before it)
_SENTENCE_END = re.compile(r"[.?!](?=\s)|,\s(?=[^\W\d_]{1,40}\s[^\W\d_]{1,40}\s[^\W\d_]{1,40})")


class Answers(Addresses):
    """Bare answers and corrections."""

    def plausible(self, text: str, words: list[str], f: Finding) -> bool:
        """May a finding that the conversation made (or helped) stand? Not when the answer
        says it is something else ("we're flying on ...", "only the order number ..."), nor
        a birth date of the last twelve months (a travel date, as a rule)."""
        matcher = self.not_answers.get(f.entity_type)
        if matcher is not None and matcher.mentions(self._own_words(text, words, f)):
            return False
        prefix = _LETTER_PREFIX.match(text, f.start, f.end)
        if (
            prefix is not None
            and prefix.group(1).lower() in self._other_prefixes
            and f.entity_type not in _LABEL_PROOF  # "so 101 Mill Lane, ...": an address
        ):
            return False  # "ORD49531943", "SO-77228069": an order's number by its letters
        if _DECIMAL.fullmatch(text, f.start, f.end) and (
            len(_DECIMAL.findall(text)) >= 2 or "°" in text
        ):
            return False  # "52.3676, 4.9041": a place on a map, not a number asked for
        if f.entity_type == "DATE_OF_BIRTH":
            value = text[f.start : f.end]
            when = birth_date(value, self._dates)
            if when is not None and (date.today() - when).days < RECENT_DAYS:
                return False
            if when is not None and date.today().year - when.year >= OLD_YEARS:
                if _TWO_DIGIT_YEAR.search(value) or (len(value) == 6 and value.isdigit()):
                    return False  # "26.11.27": next year's travel date, not 1927
        return True

    @classmethod
    def _own_words(cls, text: str, words: list[str], f: Finding) -> list[str]:
        """The words that may say what a value is: those of its line (_line_words); of a
        birth date less the words after it that lead to another value on the line ("19
        December 1948, we travel on 7 November 2026": the travel words are the second
        date's; a date of the last year is none all the same, see plausible)."""
        if f.entity_type != "DATE_OF_BIRTH" or not _leads_on(text, f.end):
            return cls._line_words(text, words, f.start)
        from privacyguard.detect.context import context_words

        lines = [line for line in text.splitlines() if any(c.isdigit() for c in line)]
        a = text.rfind("\n", 0, f.start) + 1 if len(lines) >= 2 else 0
        return context_words(text[a : f.end])

    @staticmethod
    def _line_words(text: str, words: list[str], start: int) -> list[str]:
        """The words of the line a value stands on, in a message of several lines with a
        digit on more than one (a list of travellers and "and keep seat 15F" after it: the
        seat speaks of its own line, not of the passports above); else the message's."""
        lines = [line for line in text.splitlines() if any(c.isdigit() for c in line)]
        if len(lines) < 2:
            return words
        from privacyguard.detect.context import context_words

        a = text.rfind("\n", 0, start) + 1
        b = text.find("\n", start)
        return context_words(text[a : b if b >= 0 else len(text)])

    def named_otherwise(self, text: str, start: int, entity_type: str) -> bool:
        """Do the words right before a value name another kind of number ("item code
        SKU-60228", "artikel 66010", "ordre 5512")?"""
        matcher = self.not_answers.get(entity_type)
        if matcher is None:
            return False
        from privacyguard.detect.context import context_words

        before = context_words(text[max(0, start - NAMED_BEFORE_CHARS) : start])
        return matcher.mentions(before[-3:])

    def dated(self, text: str, f: Finding) -> bool:
        """Is a number a whole date right after a preposition for one ("the event is on
        26.10.2026", "het concert is op 19092027", "den 23062026 helst")? A date, no
        customer number, account or phone number."""
        if f.entity_type not in _DATED_NUMBERS:
            return False
        m = _WHOLE_DATE.fullmatch(text[f.start : f.end])
        if m is None:
            return False
        before = text[max(0, f.start - 12) : f.start]
        if not before.endswith(" "):
            return False
        words = before.split()
        if not words or words[-1].lower() not in self._date_before:
            return False
        day, month, year = (int(g) for g in m.groups() if g is not None)
        try:
            date(year, month, day)
        except ValueError:
            return False
        return True

    def named_not_personal(self, text: str, f: Finding) -> bool:
        """Do the words right before a value, in its sentence, name a kind of number that
        is no person's data ("our company number is 96312096", "Vårt org.nr er ...",
        "fakturaen har nummer ...", "app versie 11.5.35")? Checksummed numbers, e-mail
        addresses, names and addresses stand all the same."""
        if f.entity_type in _LABEL_PROOF or f.field != "text":
            return False
        # from the start of the run of digits, letters and marks the value is part of ("213.17"
        # of "version 22.1.213.17", "63629" of "F2026-63629"), at most RUN_CHARS back: a
        # longer run names nothing, and walking it for each of its values is quadratic
        start, floor = f.start, max(0, f.start - RUN_CHARS)
        while start > floor and (text[start - 1].isalnum() or text[start - 1] in "./-"):
            start -= 1
        a = _sentence_start(text, start, NAMED_BEFORE_CHARS)
        hit = self._not_personal.nearest(text[a : f.end], start - a, f.end - a)
        if hit is None:
            return False
        from privacyguard.detect.context import context_words

        # no personal kind named nearer still ("Ta med kvitteringen, kundenummer FR-558201")
        words = context_words(text[a:start])
        between = words[len(words) - hit.distance :] if hit.distance else []
        kinds = {t for k in self._questions_in(between) for t in self.questions[k][0]}
        return not kinds - {NOTHING}

    def business_contact(
        self, text: str, f: Finding, lang: str = "en", state: ConversationState | None = None
    ) -> bool:
        """Is a phone number or an address in an agent's message the business's own ("You
        can also call us on 0161 496 0218", "Stuur het formulier naar Postbus 4410, ...",
        "Если что, звоните нам: ...")? Words for it in the same sentence before the value,
        and no word for the customer among the last three ("we'll ring you on ..."); or,
        with ``state``, a business's line stated to no one in particular (_business_line);
        or a bank account the business gives to be paid into (_account_to_pay)."""
        if f.entity_type in _ACCOUNT_TYPES and f.field == "text":
            return self._account_to_pay(text, f, state)
        if f.entity_type in _VOUCHER_TYPES and f.field == "text":
            return self._voucher(text, f)
        if f.entity_type == "NATIONAL_ID" and f.field == "text":
            # "Пекарня Колосок ИНН 4038561860": an organisation's number (ten digits, a
            # person's has twelve), the business's own; not one the conversation found
            # before (round 32)
            raw = text[f.start : f.end]
            digits = sum(c.isdigit() for c in raw)
            own = any(n == digits and bool(valid(raw)) for valid, n in self._business_ids)
            return own and not (state is not None and _digits_read_back(raw, state))
        if (
            f.entity_type == "PERSON"
            and f.field == "text"
            and (
                _camel(text[f.start : f.end].split()[0])
                or self._desk_after.match(text, f.end) is not None  # "Nordlys Air kundeservice"
            )
            and Provenance.TITLED not in f.provenance  # "Good morning, Mr VanderMeer"
        ):
            return True  # "Hoi! Je chat met RailNoord.", "Добрый день, АэроСевер, ...": a brand
        if (
            f.entity_type == "PERSON"
            and f.field == "text"
            and Provenance.TITLED not in f.provenance
            and self._branch_named(text, f.start)
        ):
            return True  # "филиал Владимир", "avdeling Ski": the business's place, by name
        if f.entity_type == "PERSON" and f.field == "text":
            # "kontoret vårt, Kanalveien 11, 5068 Bergen": the town of the business's own
            # address, after its street, number and postcode, taken for a surname
            street = _STREET_BEFORE_TOWN.search(text, max(0, f.start - TOWN_LEAD_CHARS), f.start)
            if street is not None:
                f = replace(f, entity_type=LOCATION, start=street.start())
            elif (number := _HOUSE_NUMBER_AFTER.match(text, f.end)) is not None:
                # "ons kantoor, Lange Nieuwstraat 15, 7411 KT Deventer": the street of the
                # business's own address, its house number after it, taken for a name; with
                # its numbers, so that the customer's address read back stays (round 30)
                f = replace(f, entity_type=LOCATION, end=number.end() - number[0].endswith(","))
            elif (
                before := _HOUSE_NUMBER_BEFORE.search(text, max(0, f.start - 8), f.start)
            ) is not None and _TOWN_AFTER.match(text, f.end):
                # "Our office is at Unit 53, Canal Wharf, Ludlow SY8 1AB": the street of the
                # business's own address, its number before it and its town after (round 31)
                f = replace(f, entity_type=LOCATION, start=before.start())
            else:
                return False
        if f.entity_type == "EMAIL_ADDRESS" and f.field == "text":
            return self._own_email_offered(text, f, state)
        if f.entity_type not in ("PHONE_NUMBER", LOCATION) or f.field != "text":
            return False
        from privacyguard.detect.context import context_words

        if f.entity_type == LOCATION and self._branch_before(text, f.start):
            # "at our Kendal branch (Unit 4, Tanner Yard, Kendal LA9 4QP)": the address of
            # the business's own place; not an address the customer gave before, read back,
            # nor one holding a value found before (a street of it taken for a name)
            raw = text[f.start : f.end]
            return state is None or not (
                _place_read_back(raw, state) or _holds_a_value(raw, state)
            )
        if f.entity_type == LOCATION and self._open_after(text, f.end):
            # "Biblioteket (Torget 83, 6413 Molde) har åpent til 18.15": a place with opening
            # hours, the business's; not an address the customer gave before, read back
            return state is None or not _place_read_back(text[f.start : f.end], state)

        words = context_words(text[_sentence_start(text, f.start, BUSINESS_BEFORE_CHARS) : f.start])
        if f.entity_type == "PHONE_NUMBER" and self._own_phone_offered(text, f, words, state):
            return True
        if not words or not self._business_contact.mentions(words):
            return state is not None and self._business_line(text, f, lang, words, state)
        if self._customer_words.mentions(words[-3:]) and not self._customer_subject(words):
            return False
        if f.entity_type != "PHONE_NUMBER":
            # "Shall we send it to 14 Mill Lane?", an address found before: the customer's,
            # read back
            return not _asked_back(text, f.end) and not (
                state is not None and _place_read_back(text[f.start : f.end], state)
            )
        # a number the conversation found before is the customer's, read back ("we bellen
        # naar 020 794 1163"); a mobile is a person's, the agent's own too ("bel me op
        # +31 6 ..."): only a line a business answers on is the business's
        raw = text[f.start : f.end]
        return not (state is not None and _read_back(raw, state)) and _business_number(raw, lang)

    def _branch_words(self, text: str, end: int) -> list[str] | None:
        """The last three words before ``end`` in its sentence, when a word for one of the
        business's own places (``business_branch``) is among them and no word for the
        customer ("your nearest branch"); else None."""
        from privacyguard.detect.context import context_words

        words = context_words(text[_sentence_start(text, end, BUSINESS_BEFORE_CHARS) : end])[-3:]
        if not words or not self._business_branch.mentions(words):
            return None
        if self._customer_words.mentions(words):
            return None
        return words

    def _branch_before(self, text: str, start: int) -> bool:
        """Does an address start in brackets right after a word for one of the business's
        own places and at most two words more ("our Kendal branch (Unit 4, ...", "vestiging
        Assen (Ambachtsweg 19, ...", "филиал Рязань (г. Владимир, ...")? Round 32."""
        # the bracket opens right before the address or before a word or two of it ("(Unit
        # 4, Tanner Yard, ...": the rest taken for a name and made the address)
        opened = text.rfind("(", max(0, start - BRACKET_LEAD_CHARS), start)
        if opened < 0 or len(text[opened + 1 : start].split()) > 2 or ")" in text[opened:start]:
            return False
        end = opened
        while end > 0 and text[end - 1].isspace():
            end -= 1
        return end > 0 and self._branch_words(text, end) is not None

    def _branch_named(self, text: str, start: int) -> bool:
        """Is a name right after a word for one of the business's own places ("филиал
        Владимир", "avdeling Ski", "vestiging Assen"): the place's name? Round 32."""
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
            return False  # "Velkommen til Tannklinikken, Ragnhild her": the agent's name
        words = self._branch_words(text, start)
        return words is not None and self._business_branch.mentions(words[-1:])

    def _own_phone_offered(
        self, text: str, f: Finding, words: list[str], state: ConversationState | None
    ) -> bool:
        """A phone number the agent offers as the business's own, any kind of line, a mobile
        too ("You can also call us on 07700 900123", "U kunt ons ook bellen op 06 ...",
        "Du kan også ringe oss på 41 ...", "Можно также позвонить нам: 8 (9..) ..."): words
        for it (``business_own_phone``) end at most OWN_PHONE_GAP words before the number,
        no word for the customer after them ("call us, or we'll ring you on ..."), the
        number not asked back ("... on 07700 900123?") nor one the conversation found
        before (the customer's, read back)."""
        if not self._offered(words, self._own_phone, self._own_phone_terms):
            return False
        if _asked_back(text, f.end):
            return False
        raw = text[f.start : f.end]
        return sum(c.isdigit() for c in raw) >= 6 and not (
            state is not None and _read_back(raw, state)
        )

    def _offered(self, words: list[str], matcher: ContextMatcher, terms: tuple[Term, ...]) -> bool:
        """Do words that offer a value as the business's own (``terms``) end at most
        OWN_PHONE_GAP words before the value, no word for the customer after them?"""
        tail = words[-(OWN_PHONE_GAP + 5) :]
        if not tail or not matcher.mentions(tail):
            return False
        n = len(words)
        return any(
            t.matches_at(words, i)
            and n - (i + len(t.words)) <= OWN_PHONE_GAP
            and not self._customer_words.mentions(words[i + len(t.words) :])
            for t in terms
            for i in range(max(0, n - OWN_PHONE_GAP - len(t.words)), n - len(t.words) + 1)
        )

    def _offered_after_phone(self, words: list[str]) -> bool:
        """Do the words before an e-mail address offer the business's phone number first,
        the address joined to that offer ("call us on 0117 371 0552 or email ...", "bel ons
        op 030 ... of mail naar ...", "ring oss på 38 70 93 51 eller send e-post til ...",
        "звоните нам по 8 (817) ... или пишите на ...")? Words for the phone
        (``business_own_phone``), a number after them, then at most OWN_PHONE_GAP + 3 words
        that are no number (a joining word and a word for writing), none for the customer
        ("call us on ... or we'll email you at ..."). Round 29."""
        if not words or not self._own_phone.mentions(words):
            return False
        n = len(words)
        for t in self._own_phone_terms:
            for i in range(n - len(t.words) + 1):
                if not t.matches_at(words, i):
                    continue
                rest = words[i + len(t.words) :]
                plain = [w for w in rest if not w.isdigit()]
                if (
                    any(w.isdigit() for w in rest)
                    and len(plain) <= OWN_PHONE_GAP + 3
                    and not self._customer_words.mentions(plain)
                ):
                    return True
        return False

    def _own_email_offered(self, text: str, f: Finding, state: ConversationState | None) -> bool:
        """An e-mail address the agent offers as the business's own ("Email us at ...",
        "Mail ons op ...", "Send e-post til oss på ...", "Пишите нам на ..."): words for it
        (``business_own_email``) end at most OWN_PHONE_GAP words before the address, no
        word for the customer after them ("email us, or we'll write to you at ..."), the
        address not asked back ("... at anna@...?") nor one the conversation found before
        (the customer's, read back). Round 28."""
        from privacyguard.detect.context import context_words

        words = context_words(text[_sentence_start(text, f.start, BUSINESS_BEFORE_CHARS) : f.start])
        if not (
            self._offered(words, self._own_email, self._own_email_terms)
            or self._offered_after_phone(words)
        ):
            return False
        raw = text[f.start : f.end]
        return (
            "@" in raw
            and not _asked_back(text, f.end)
            and not (state is not None and _email_read_back(raw, state.values))
        )

    def business_mailbox(self, text: str, f: Finding, seen: Collection[str]) -> bool:
        """Is the e-mail address in an agent's message a mailbox of the business's role
        (``business_mailboxes``: "info@", "klantenservice@", "post@"), no person's? Round 31:
        at any domain, whatever the words around it ("Bye for now. Questions?
        info@oakline.co.uk", "Tot ziens. Vragen? support@darksky.nl": the domain need not
        spell the business's name). Not one found before in the conversation (``seen``: the
        addresses found so far, stripped and lower-case: the customer's, read back), nor
        asked back, nor with a word for the customer among the three words before it ("we'll
        write to your info@... address")."""
        if f.entity_type != "EMAIL_ADDRESS" or f.field != "text":
            return False
        raw = text[f.start : f.end]
        m = _ADDRESS.fullmatch(raw.strip())
        if m is None or m["local"].lower() not in self._mailboxes:
            return False
        if _asked_back(text, f.end) or raw.strip().lower() in seen:
            return False
        from privacyguard.detect.context import context_words

        words = context_words(text[_sentence_start(text, f.start, BUSINESS_BEFORE_CHARS) : f.start])
        # not "Documenten kunt u mailen naar ...": the customer its subject
        return not (
            self._customer_words.mentions(words[-3:]) and not self._customer_subject(words)
        )

    def business_names(self, texts: Iterable[str]) -> frozenset[str]:
        """The business's own names its agent gives in these texts, in order ("Bedankt voor
        uw bericht aan Bitkluis", "Kirsty here from Ridley Glass & Glazing"; in the first
        one also "Good morning, Garside Tyres, Priya speaking")."""
        return frozenset(
            text[s:e].strip("«»")
            for k, text in enumerate(texts)
            for s, e in self.business_name_spans(text, k == 0)
        )

    def business_name_spans(self, text: str, first: bool) -> list[tuple[int, int]]:
        """Where an agent's message names its business ("Thanks for contacting PulseFit",
        "u chat met Sjoerd van Kattenpension Dekker"; in the agent's first message also
        between a greeting and the agent's own name). Not a name of a first name ("Good
        morning, Anna Berg, Priya speaking": the customer's), nor one word after a word that
        is also a name's particle ("u chat met Sjoerd van Dam": the agent's surname)."""
        out = []
        if self._business_name is not None:
            # not a first name alone, nor a name the agent's own word follows ("Yes, this is
            # Rosalind speaking": the agent's own; round 29)
            out += [
                m.span("name")
                for m in self._business_name.finditer(text)
                if (" " in m["name"] or not self._listed_first_name(m["name"].strip("«»")))
                and self._introduced_after.match(text, m.end("name")) is None
            ]
        if self._business_chat is not None:
            # "you're through to Greenfletch Archery. I'm Fraser": the agent introduced
            # after it by its own name; not a name that starts with a first name ("je chat
            # met Sjoerd Bakker. Ik ben ...": a person's) (round 33)
            out += [
                m.span("name")
                for m in self._business_chat.finditer(text)
                if not self._listed_first_name(m["name"].strip("«»").split()[0])
                and self._greeting.search(text, m.end("name")) is not None
            ]
        if self._business_after_agent is not None:
            for m in self._business_after_agent.finditer(text):
                name, agent = m["name"], (m["agent1"] or m["agent2"]).split()[0]
                if (
                    m["conn"].lower() in self._business_joiners
                    and " " not in name
                    and not _camel(name)  # "u chat met Koen van DierVerzekerd": a brand
                ):
                    continue
                if m["agent2"] and not (self._name_like_word(agent) or russian_first_name(agent)):
                    continue  # "Message here from Tamsin Blake": no agent, no business
                out.append(m.span("name"))
        if self._business_agent_here is not None and (
            here := self._business_agent_here.match(text)
        ):
            name = here["name"]
            if here["end"] is not None and not (first and " " in name.strip("«»")):
                pass  # the sentence's end: a name of two words in the first message only
            elif not (
                here["conn"].lower() in self._business_joiners
                and " " not in name
                and not _camel(name)
            ):
                out.append(here.span("name"))  # not "Goedemiddag, Bas van Dijk hier": his own
        if self._business_registered is not None:
            # "for your records: AuPair Bridge, company no. 52607855": not a person's name
            # whose registration it is ("Anna Berg, org.nr ...": a sole trader's)
            out += [
                m.span("name")
                for m in self._business_registered.finditer(text)
                if not self._listed_first_name(m["name"].strip("«»").split()[0])
            ]
        if first and (greeting := self._business_greeting.match(text)):
            key = next(
                k
                for k in ("name", "name2", "name3", "name4", "name5", "name6")
                if greeting[k] is not None
            )
            words = greeting[key].strip("«»").split()
            if not self._listed_first_name(words[0]):
                out.append(greeting.span(key))
        return out

    def _listed_first_name(self, word: str) -> bool:
        """A first name of the configured locales' lists ("Anna"; not "Garside"); in
        Russian one pymorphy3 knows as one."""
        from privacyguard.detect.names import faker_names, russian_name_tag, russian_plural_only

        if "\u0400" <= word[:1] <= "\u04ff":
            # a first name greeted is one person: not a plural ("Арбористы Крона, меня
            # зовут ...": pymorphy3 reads "Арбористы" as a name's plural too)
            return russian_name_tag(word) == "Name" and not russian_plural_only(word)
        return bool(self._locales) and word.lower() in faker_names(self._locales)[0]

    def names_business(self, text: str, f: Finding, names: frozenset[str]) -> bool:
        """Does a person's name found in a customer's message lie inside the business's own
        name, of two words or more, that its agents gave, written whole ("is this Ashcombe
        Notaries or did I get the wrong chat?", "er dette Ryggsenteret Kiropraktikk?")?
        A name of one word may be a family's (the customer "Verbeek" of "Welkom bij
        Verbeek"), and a name that runs past it is the customer's own. Round 29."""
        if f.entity_type != "PERSON" or f.field != "text":
            return False
        low = text.lower()
        for n in names:
            if len(n.split()) < 2:
                continue
            k = low.find(n.lower(), max(0, f.end - len(n)), f.start + len(n))
            while k != -1 and k <= f.start:
                e = k + len(n)
                whole = (k == 0 or not text[k - 1].isalnum()) and (
                    e == len(text) or not text[e].isalnum()
                )
                if whole and f.end <= e:
                    return True
                k = low.find(n.lower(), k + 1, f.start + len(n))
        return False

    def own_name(
        self, text: str, f: Finding, names: frozenset[str], first: bool = False
    ) -> Finding | None:
        """A name found in an agent's message without the business's own name in it: None
        when it lies inside one ("Bitkluis" of "Bedankt voor uw bericht aan Bitkluis",
        "Zonnehoeve" of "Landgoed Zonnehoeve"), cut before it when it runs on into one
        ("Willemijn van Tweedehandsje": Willemijn), else the finding itself."""
        if f.entity_type != "PERSON" or f.field != "text":
            return f
        # greeted without a title ("Good morning, Mrs Berg" is a person's)
        greeted = Provenance.GREETED in f.provenance
        own = self.business_name_spans(text, first) if greeted else []
        for n in names:
            k = text.find(n, max(0, f.start - len(n)), f.end + len(n))
            while k != -1 and k < f.end:
                e = k + len(n)
                whole = (k == 0 or not text[k - 1].isalnum()) and (
                    e == len(text) or not text[e].isalnum()
                )
                if whole and e > f.start:
                    if k <= f.start and f.end <= e:
                        # "Welkom bij Verbeek!" ... "Dag mevrouw Verbeek": a person all the
                        # same; not where the agent names the business after a greeting
                        # ("Good morning, Garside Tyres, ...": no one greeted)
                        if f.provenance & _ADDRESSED and not any(
                            s <= f.start and f.end <= t for s, t in own
                        ):
                            return f
                        return None
                    if f.start < k and f.end <= e:
                        # the person's words before it, less "van", "fra", "here from"
                        words = [
                            (m.start(), m.end()) for m in _NAME_WORD.finditer(text, f.start, k)
                        ]
                        while words and text[slice(*words[-1])].lower() in self._after_words:
                            words.pop()
                        if not words:
                            return None
                        return replace(f, end=words[-1][1])
                k = text.find(n, k + 1, f.end + len(n))
        return f

    def _open_after(self, text: str, end: int) -> bool:
        """Do words that the place keeps opening hours (``business_open_after``: "har åpent",
        "is open until", "работает до") follow an address right away, a closing bracket or a
        comma between?"""
        from privacyguard.detect.context import context_words

        m = _OPEN_GAP.match(text, end)
        if m is None:
            return False
        words = context_words(text[m.end() : m.end() + OPEN_AFTER_CHARS])
        return any(t.matches_at(words, 0) for t in self._business_open_after)

    def _customer_subject(self, words: list[str]) -> bool:
        """Do the words end in a business phrase whose word for the customer is its subject
        ("Retouren stuurt u naar", "Returer sender du til"), with no other such word among
        the last three ("we sturen het naar u op ...")?"""
        for t in self._business_you:
            at = len(words) - len(t.words)
            if at >= 0 and t.matches_at(words, at):
                rest = words[max(0, len(words) - 3) : at]
                return not self._customer_words.mentions(rest)
        return False

    def names_voucher(self, text: str) -> bool:
        """Does the agent's message say in its first sentence that the customer's last
        value is a voucher or gift card, no booking's code (``voucher_named``: "Hmm, that's
        a voucher. What's the booking code?", "Dat is een kortingscode", "Это промокод")?
        Round 31."""
        from privacyguard.detect.context import context_words

        end = _STATEMENT_END.search(text)
        first = text[: end.start() if end else len(text)][:VOUCHER_AFTER_CHARS]
        return self._voucher_named.mentions(context_words(first))

    @staticmethod
    def voucher_types() -> tuple[str, ...]:
        """The types a voucher's code is taken for (names_voucher)."""
        return _VOUCHER_TYPES

    def _voucher(self, text: str, f: Finding) -> bool:
        """A code the business gives for a discount ("Met code LENTE24 krijg je de volgende
        keer 10% korting", "Use code SPRING26 for 15% off"): a word for a discount after it
        in its sentence (``business_discount``), and before it in its sentence no word for
        the customer ("Your booking code is QK7T2M, and 10% off ...": theirs) nor one that
        asks for a kind of personal number ("booking code", "klantnummer")."""
        from privacyguard.detect.context import context_words

        end = _STATEMENT_END.search(text, f.end)
        after = context_words(text[f.end : end.start() if end else len(text)][:VOUCHER_AFTER_CHARS])
        if not after or not self._business_discount.mentions(after):
            return False
        before = context_words(
            text[_sentence_start(text, f.start, BUSINESS_BEFORE_CHARS) : f.start]
        )
        if self._customer_words.mentions(before):
            return False
        kinds = {t for k in self._questions_in(before) for t in self.questions[k][0]}
        return not kinds - {NOTHING}

    def _account_to_pay(self, text: str, f: Finding, state: ConversationState | None) -> bool:
        """An account the business gives to be paid into ("Please pay to our account GB..",
        "Wilt u overmaken naar ons rekeningnummer NL..", "Оплатите на наш расчётный счёт
        ..."): words for it in the same sentence before the value, no word for the customer
        among the last three ("we'll refund it to your account ..."), no word for the speaker
        ("we transfer the amount to ...": a refund), and not an account the conversation
        found before (the customer's, read back)."""
        from privacyguard.detect.context import context_words

        raw = text[f.start : f.end]
        digits = "".join(c for c in raw if c.isdigit())
        if any(
            len(digits) == n and digits.startswith(p) for n, p in self._business_account_numbers
        ):
            # "р/с 40702810...": an organisation's account by its number, whatever words
            # stand before it (round 33); not one the conversation found before
            return state is None or not _account_read_back(raw, state)
        words = context_words(text[_sentence_start(text, f.start, BUSINESS_BEFORE_CHARS) : f.start])
        # the amount between the word for paying and where to ("please transfer £598.95
        # to ...", "overfør 966,00 kr til ...", "переведите, пожалуйста, 9 677 ₽ на счёт")
        paying = [w for w in words if w not in self._payment_between and not _amount(w)]
        if not paying or not self._business_account.mentions(paying):
            return False
        if self._customer_words.mentions(words[-3:]):
            return False
        # "we transfer the amount to ...", "vi overfører beløpet til ...": the business pays,
        # into the customer's account (a refund)
        if set(words) & self._role_words.first_person:
            return False
        # "The refund was paid to ...", "Refusjonen går til konto ...": money paid back, into
        # the customer's account
        if self._business_refund.mentions(words):
            return False
        return state is None or not _account_read_back(text[f.start : f.end], state)

    def _business_line(
        self, text: str, f: Finding, lang: str, words: list[str], state: ConversationState
    ) -> bool:
        """A business's line the agent states to no one in particular ("Onze internationale
        servicelijn is +44 20 7946 0277.", "Международная линия поддержки: ..."): no word for
        the customer in its sentence, the sentence no question ("Stemmer det at
        telefonnummeret fortsatt er 22 33 44 55?"), no number the conversation has found
        before (a read-back), and a fixed, freephone or shared-cost line (no mobile). Not
        for addresses: an agent states the customer's address as plainly ("The courier
        delivered it to 14 Mill Lane"), so only words for the business's place
        (``business_contact``) make an address the business's."""
        if f.entity_type != "PHONE_NUMBER":
            return False
        after = text[f.end : f.end + BUSINESS_BEFORE_CHARS]
        stop = _STATEMENT_END.search(after)
        if stop is not None and stop.group(0) == "?":
            return False
        from privacyguard.detect.context import context_words

        rest = context_words(after[: stop.start()] if stop is not None else after)
        if self._customer_words.mentions(words) or self._customer_words.mentions(rest):
            return False
        raw = text[f.start : f.end]
        if sum(c.isdigit() for c in raw) < 6 or _read_back(raw, state):
            return False
        return _business_number(raw, lang)

    def elsewhere(self, text: str, words: list[str], f: Finding) -> bool:
        """Is a place in a customer's message where someone else lives or is ("my sister
        lives in Prague", "mijn zus woont in Napels")? A town alone (no digit, no street
        word) said of another person is no address of the customer's."""
        if f.entity_type != LOCATION or not self._others.mentions(words):
            return False
        value = text[f.start : f.end]
        if any(c.isdigit() for c in value):
            return False
        parts = [w.lower() for w in _WORDS.findall(value)]
        street = any(w in self._street_words or w.endswith(self._street_endings) for w in parts)
        return 0 < len(parts) <= 3 and not street

    def place_named(self, text: str, body: tuple[int, int], f: Finding) -> bool:
        """Is a name in the answer to a question where the customer is going
        (``place_questions``) the place's ("Lofoten tror jeg", "это Мурманск", "Bergen for a
        week", "we're flying to Rome on Friday")? One or two capitalised words, in an answer
        of PLACE_ANSWER_WORDS words at most or right after a word for "to" (``place_to``)."""
        if f.entity_type != "PERSON" or f.field != "text":
            return False
        parts = text[f.start : f.end].split()
        if not 0 < len(parts) <= 2 or not all(p[:1].isupper() for p in parts):
            return False
        short = len(_WORDS.findall(text[body[0] : body[1]])) <= PLACE_ANSWER_WORDS
        if short and body[0] <= f.start and f.end <= body[1]:
            return True
        before = _WORDS.findall(text[max(0, f.start - 12) : f.start])
        return bool(before) and before[-1].lower() in self._place_to

    def answers(
        self, text: str, lang: str, types: Iterable[str], words: list[str] | None = None
    ) -> list[Found]:
        """Answers of an expected type's shape (``answers:``), not next to a word that
        says they are something else ("my order number is ..."); none in a turn that asks
        for time ("ehh even kijken")."""
        if (
            words is not None
            and len(words) <= HOLD_WORDS
            and self.hold.mentions(words)
            and not any(c.isdigit() for c in text)  # "nei vent, X288MA83": a value after all
        ):
            return []
        kinds = frozenset(types)
        out = list(self._shaped(text, lang, kinds))
        if not out and LOCATION in kinds and words is not None:
            out += self._cued_address(text, words)
        if not out and LOCATION in kinds and words is not None:
            out += self._address_inside(text)
        if LOCATION in kinds:
            out = [p for a in out for p in self._name_above(text, _with_article(text, a))]
        if out or len(text) > DISGUISED_ANSWER_CHARS:
            return out
        # a disguised answer ("Z Y 6 2 7 3 9 2", "EQ1\u200c12810"): its shape in the
        # canonical text, reported on the characters the customer typed
        norm = self._normaliser.normalise(text, lang, words)
        if norm is None:
            return out
        for a in self._shaped(norm.text, lang, kinds):
            if a.entity_type == LOCATION:
                continue  # addresses are typed plainly: "машина О673ХВ 76" read in Latin is none
            if norm.touches_change(a.start, a.end):
                start, end = norm.original(a.start, a.end)
                why = f"{a.why}; read with spelled-out or disguised characters"
                out.append(Found(start, end, a.entity_type, a.score, why, a.provenance))
        return out

    def _name_above(self, text: str, a: Found) -> list[Found]:
        """An address answer whose first line is the addressee's full name ("Roos van
        Beek\nwilhelminastraat 141 hs\n1811 bd alkmaar", "Крылова Лариса\nул. лермонтова,
        ..."): the name a PERSON, the lines under it the address; the name line has no digit
        and no street or house word ("Rose Cottage"), and the lines under it are an address
        on their own."""
        if a.entity_type != LOCATION:
            return [a]
        nl = text.find("\n", a.start, a.end)
        if nl < 0:
            return [a]
        head = text[a.start : nl].rstrip(" ,;:")
        start = nl + 1
        while start < a.end and text[start].isspace():
            start += 1
        words = [w.lower() for w in _WORDS.findall(head)]
        if (
            not head
            or any(c.isdigit() for c in head)
            or any(w in self._street_words or w in self._house_words for w in words)
            or any(w.endswith(self._street_endings) for w in words)
            or not self.full_name(head)
            or not self.address_answer(text[start : a.end])
        ):
            return [a]
        why = f"{a.why}; the addressee's name on the line above the address"
        return [
            Found(a.start, a.start + len(head), "PERSON", a.score, why),
            Found(start, a.end, LOCATION, a.score, a.why),
        ]

    @lru_cache(maxsize=16)  # noqa: B019 (the rules live as long as the detector)
    def _shaped(self, text: str, lang: str, types: frozenset[str]) -> tuple[Found, ...]:
        """The answers of the types' shapes in a text (asked again for a list's layout)."""
        out: list[Found] = []
        body: tuple[int, int] | None = None
        tail: tuple[tuple[int, int], frozenset[str] | None] | None = None
        # the shapes found inside a text first, then those that are the whole answer: what
        # is left of it beside a value of another asked type is the whole answer too
        shapes = [s for t in sorted(types) for s in self.shapes.get(t, ())]
        for shape in sorted(shapes, key=lambda s: s.whole):
            if "answer" not in shape.use or (shape.languages and lang not in shape.languages):
                continue
            if shape.whole:
                if body is None:
                    body = self.body(text)
                    tail = self.lead_in(text, body)
                etype = shape.entity_type
                m = shape.regex.fullmatch(text, *body)
                if m is None and tail is not None and (tail[1] is None or etype in tail[1]):
                    m = shape.regex.fullmatch(text, *tail[0])
                if m is None and etype == "PERSON":
                    # "26.2.1958, wietske van wijk": a full name beside the value asked with it
                    rest = _beside(text, body, [f for f in out if f.entity_type != etype])
                    if rest is not None and self.full_name(text[rest[0] : rest[1]]):
                        m = shape.regex.fullmatch(text, *rest)
                matches = [m] if m else []
            else:
                matches = list(shape.regex.finditer(text))
            for m in matches:
                found = self._judge(text, m, shape, "answer to the agent's question")
                if found is not None:
                    out.append(found)
        return tuple(out)

    def _cued_address(self, text: str, words: list[str]) -> list[Found]:
        """An address after the customer's own words for it, to the end of the message or
        of its sentence ("my address is 14 saltmarsh way sa2 0dl", "Adres: wilhelminakade
        128 hs eindhoven", "jeg bor i tyttebærlia 105 molde"): the part after the cue that
        is made of an address's parts (address_answer)."""
        if len(text) > DISGUISED_ANSWER_CHARS or not any(c.isdigit() for c in text):
            return []
        if not any(LOCATION in self.questions[k][0] for k in self._questions_in(words)):
            return []
        end = self.body(text)[1]
        ends = [end] + [m.start() for m in _SENTENCE_END.finditer(text, 0, end)]
        for m in _CUE_END.finditer(text, 0, end):
            start = m.end()
            for stop in ends:
                if stop - start < 4:
                    continue
                value = text[start:stop].rstrip(" ,;")
                strong = self._street_line(value) or (
                    self._postcodes is not None and self._postcodes.search(value.lower())
                )
                named = len([w for w in _WORDS.findall(value) if not w.isdigit()]) >= 2
                if (strong or named) and self.address_answer(value):
                    why = "conversation: an address after the customer's words for it"
                    return [Found(start, start + len(value), LOCATION, 1.0, why)]
        return []

    def body(self, text: str) -> tuple[int, int]:
        """The answer without the filler words before it, and the hedges ("I think", "tror
        jeg", "вроде") and punctuation after it."""
        end = len(text)
        note = _APP_NOTE.search(text, max(0, len(text) - 80))
        if note is not None and note.start() > 0:
            text = text[: note.start()]  # "dominic stainsby <This message was edited>"
            end = len(text)
        tail = _WORDS.findall(text[-24:])
        if tail and tail[-1].lower() in self._hedge_lasts and self._hedges is not None:
            m = self._hedges.search(text, max(0, len(text) - 60))
            if m is not None and m.start() > 0:
                end = m.start()  # "8a beacon hill, exeter I think"
        while end and not text[end - 1].isalnum():
            end -= 1  # "nvm6du 👍", "sigurd berg?"
        start = quoted = 0
        while (line := _QUOTED_LINE.match(text, quoted)) is not None:
            quoted = line.end()
        if quoted < end:
            start = quoted  # "> What's the address of the property?\nflat 6, ..."
        if self._lead is not None:
            m = self._lead.match(text, start)
            if m:
                start = m.end()
        while start < end and text[start] in " \t\n'\"(*":
            start += 1  # "*MY721349": the mark of a correction
        dots = _LEADING_DOTS.match(text, start, end)
        if dots is not None:
            start = dots.end()  # "... ул. лермонтова д35": more of what came before
        return start, max(start, end)

    def lead_in(
        self, text: str, body: tuple[int, int]
    ) -> tuple[tuple[int, int], frozenset[str] | None] | None:
        """The value after a short lead-in of words ("ah got it - FL766341", "ja hoor,
        rb545535", "эм, v690nn93"): the last token of the answer when it holds a digit and
        at most three words without digits stand before it; with the types the lead-in
        must name when it is three words and no mark sets the value off ("booking ref is
        T596SP91", not "на коробке написано PX6754C"), else None."""
        start, end = body
        m = _LEAD_IN.fullmatch(text, start, end)
        if m is None:
            return None
        group = next(g for g in ("value", "marked", "named") if m.group(g))
        if not any(c.isdigit() for c in m.group(group)):
            return None
        named = None
        if group == "named":
            words = _WORDS.findall(m.group("lead").lower())
            named = frozenset().union(*(self.questions[k][0] for k in self._questions_in(words)))
        return (m.start(group), end), named

    def _judge(self, text: str, m: re.Match[str], shape: Shape, why: str) -> Found | None:
        group = "value" if "value" in m.re.groupindex else 0
        start, end = m.span(group)
        if start == end:
            return None
        value = text[start:end]
        if shape.entity_type == LOCATION and _MONEY.search(value):
            return None  # "er is 207 euro afgeschreven, twee keer": an amount, no address
        if shape.validator and not self._validate(shape.validator, value):
            return None
        # the words after the value that lead to another one are that one's ("19 December
        # 1948, we travel on 7 November 2026")
        own = text[:end] if _leads_on(text, end) else text
        for matcher in self.negatives.get(shape.entity_type, ()):
            hit = matcher.nearest(own, start, end)
            if hit is not None and hit.term.negative:
                return None
        return Found(
            start, end, shape.entity_type, shape.score, f"conversation/{shape.name}: {why}",
            Provenance.MISTYPED if shape.mistyped else Provenance.NONE,
        )

    def _validate(self, name: str, value: str) -> bool:
        if name == "name_answer":
            return self.name_answer(value)
        if name == "address_answer":
            return self.address_answer(value)
        if name == "mistyped_iban":
            return _mistyped_iban(value)
        if name == "birth_date_answer":
            return birth_date(value, self._dates) is not None
        if name == "mistyped_birth_date":
            return mistyped_birth_date(value, self._dates)
        validator = registry.lookup(registry.validators, "validator", name)
        if reads_dates(validator):
            return bool(validator(value, dates=self._dates))
        return bool(validator(value))

    def less_quantity(self, text: str, body: tuple[int, int]) -> tuple[int, int]:
        """The answer without a number of pieces after it ("PC-356, 2x", "вроде TP-646
        (1)", "HH-268 (3 st)", "PA-301 - 3 stk"): the code alone, for the bare answer to a
        question for a product's or an item's code. Round 32."""
        start, end = body
        if end < len(text) and text[end] == ")":
            end += 1  # "(2x)": the bracket the body left out
        m = self._quantity.search(text, max(start, end - QUANTITY_CHARS), end)
        if m is None or m.start() <= start:
            return body
        return start, m.start()

    def is_bare(self, text: str, body: tuple[int, int], f: Finding) -> bool:
        """Is the finding all of the answer, or all of the one word the answer is
        ("S-90069089" of which a phone number recognizer found "90069089"), or that word
        after a short lead-in ("art. 432490", "ok #6518689")?"""
        if (f.start, f.end) == body:
            return True
        start, end = body
        if start <= f.start and f.end <= end and not any(c.isspace() for c in text[start:end]):
            return True
        tail = self.lead_in(text, body)
        if tail is None or tail[1] is not None:
            return False
        (start, end) = tail[0]
        # the whole token the value ends ("вроде TP-646": the lead-in's pattern takes "TP-"
        # for a word and "646" for the value)
        while start > body[0] and not text[start - 1].isspace():
            start -= 1
        return start <= f.start and f.end <= end

    @staticmethod
    def is_part(f: Finding) -> bool:
        """A finding of the conversation layer for a part of a value typed over messages."""
        return f.recognizer == "conversation" and SPLIT_WHY in f.explanation

    def correction(
        self, text: str, words: list[str], state: ConversationState, sender: tuple
    ) -> list[Found]:
        """The digits that correct part of the value in the sender's previous message
        ("07929 157763" / "sorry that last bit is 14"), as that value's type; the rest of
        an address that was all of the sender's previous message (address_rest)."""
        rest = self.address_rest(text, state, sender)
        if rest:
            return rest
        last = state.last_types.get(sender, frozenset()) - NOT_CORRECTED
        short = len(text) <= 80 and len(words) <= HOLD_WORDS
        if len(last) != 1 or not short or not self._corrections.mentions(words):
            return []
        digits = list(_SHORT_DIGITS.finditer(text))
        if len(digits) == 2 and self._negated is not None:
            # "not 3 but 8", "8, niet 3", "не 3, а 8": the number after the negation was
            # the wrong one; without one the last is the correction ("the 3 should be 8",
            # "last 2 digits are 14")
            right = [d for d in digits if not self._negated.search(text, 0, d.start())]
            digits = right[-1:] if right else []
        if len(digits) != 1:
            return []
        (etype,) = last
        m = digits[0]
        why = "conversation: corrects part of the value in the sender's previous message"
        return [Found(m.start(), m.end(), etype, 0.6, why)]


#: what stands between two values given in one answer ("26.2.1958, wietske van wijk",
#: "dieuwke ter horst\n05-07-1966", "11.12.1983 maarten kramer")
_BETWEEN_VALUES = re.compile(r"[\s,;:/\-–—|]{1,6}")


def _beside(text: str, body: tuple[int, int], found: list[Found]) -> tuple[int, int] | None:
    """The rest of an answer of two values asked in one question ("full name and date of
    birth?"), answered in either order: the answer's body less one value found in it that
    begins or ends it, and the marks between them; None without such a value."""
    start, end = body
    for f in found:
        if f.start == start and f.end < end:
            gap = _BETWEEN_VALUES.match(text, f.end, end)
            if gap is not None and gap.end() < end:
                return gap.end(), end
        if f.end == end and f.start > start:
            a = f.start
            while a > start and text[a - 1] in " \t\n,;:/-–—|":
                a -= 1
            if start < a < f.start:
                return start, a
    return None


def _leads_on(text: str, end: int) -> bool:
    """Do words after a value lead to another value on its line (a digit after them)?"""
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)]
    nxt = next((i for i, c in enumerate(after) if c.isdigit()), None)
    return nxt is not None and any(c.isalpha() for c in after[:nxt])


def _with_article(text: str, a: Found) -> Found:
    """An address that starts with a house's name keeps the name's "the" ("the annexe, 133
    wheelwright close"), which the filler before an answer would leave out."""
    if a.entity_type != LOCATION or not text[a.start : a.start + 1].isalpha():
        return a
    m = _THE_BEFORE.search(text, max(0, a.start - 4), a.start)
    if m is None or m.end() != a.start:
        return a
    return Found(m.start(), a.end, a.entity_type, a.score, a.why, a.provenance)


def birth_date(value: str, dates: DateWords) -> date | None:
    """The date a birth date answer gives, between 1900 and today: any form dates.py
    reads with the ``dates`` words of the rules in use, and eight digits day first
    ("20071981", which dates.py reads year first)."""
    from privacyguard.detect.dates import parse_date

    when = parse_date(value, dates)
    if when is None and _ELIDED_CENTURY.search(value):
        when = parse_date(_ELIDED_CENTURY.sub(r"\1", value), dates)  # "27-7-'13", "16 mei '10"
    spaced = _spaced_date(dates.year_marks).fullmatch(value)
    if when is None and spaced is not None:  # "17 4 1978": day, month, year by spaces
        try:
            when = date(int(spaced[3]), int(spaced[2]), int(spaced[1]))
        except ValueError:
            return None
    digits = value.split()[0] if value.split() else ""  # "07111994 года"
    if when is None and len(digits) == 8 and digits.isdigit():
        try:
            when = date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
        except ValueError:
            return None
    if when is None and len(digits) == 6 and digits.isdigit():
        # "150645": day, month, a year of the last hundred (as a Norwegian writes it, the
        # fødselsnummer's first six digits)
        year = 2000 + int(digits[4:])
        if year > date.today().year:
            year -= 100
        try:
            when = date(year, int(digits[2:4]), int(digits[:2]))
        except ValueError:
            return None
    if when is None or not date(1900, 1, 1) <= when <= date.today():
        return None
    return when


#: a year of four digits in a date
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")

#: years after this one a date given as a birth date is mistyped, not a date to come
MISTYPED_AHEAD_YEARS = 5


def mistyped_birth_date(value: str, dates: DateWords) -> bool:
    """A birth date typed wrong: the shape of a date, but no day ("13/17/93",
    "31-02-1971"), or a year no one is born in nor travels in ("28.9.9007", "9 December
    1053", "13022056"); the rest of it a date. A date of the years to come is none."""
    from privacyguard.detect.dates import parse_date

    digits = value.strip()
    if digits.isdigit() and len(digits) == 8:  # day, month, year ("20031660")
        value = f"{digits[:2]}.{digits[2:4]}.{digits[4:]}"
    year = _FOUR_DIGIT_YEAR.search(value)
    if year is not None:
        y = int(year.group(1))
        if not 1900 <= y <= date.today().year + MISTYPED_AHEAD_YEARS:
            value = value[: year.start()] + "2000" + value[year.end() :]
            return parse_date(value, dates) is not None  # "9 December 1053": all but the year
    parts = [int(p) for p in re.findall(r"\d+", value)]
    if len(parts) != 3 or parse_date(value, dates) is not None:
        return False
    return max(parts[0], parts[1]) <= 39  # "13/17/93", "31-02-1971": a day and a month typed wrong


def _mistyped_iban(value: str) -> bool:
    """An IBAN of its country's length and form whose check digits are wrong (or right)."""
    from schwifty import IBAN
    from schwifty.exceptions import InvalidChecksumDigits, SchwiftyException

    try:
        IBAN(value)
    except InvalidChecksumDigits:
        return True
    except SchwiftyException:
        return False
    return True

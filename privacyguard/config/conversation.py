"""rules/conversation/*.yaml: what an agent's question asks for, what an answer looks like,
how list items are joined and how values are disguised - validated on load.

The files live in a ``conversation`` directory next to the rule files (``rules/`` itself is
read by config.rules, which knows nothing of them); a rules directory without one uses the
shipped defaults. See docs/conversations.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from privacyguard.config.load import YamlDocument, read_yaml, validate
from privacyguard.config.rules import CANONICAL_ENTITIES, DEFAULT_RULES_DIR, _expand
from privacyguard.errors import ConfigError
from privacyguard.models import SourceLocation

DIR_NAME = "conversation"
DEFAULT_DIR = DEFAULT_RULES_DIR / DIR_NAME

ByLang = dict[str, list[str]]
#: the keys of the role guess that some file of a conversation directory must have
ROLE_WORDS = ("first_person", "own_words", "your_words")
#: in a request word, where other words may stand ("ik heb … nodig": up to 40 characters of
#: the same sentence)
GAP = "\u2026"
#: validators of answers that detect/conversation.py defines (besides the registered ones)
LOCAL_VALIDATORS = (
    "name_answer",
    "address_answer",
    "mistyped_iban",
    "birth_date_answer",
    "mistyped_birth_date",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QuestionSpec(_Strict):
    """Phrasings (per language, matched like context words) that ask for these types."""

    expect: list[str] = Field(min_length=1)
    phrases: ByLang = Field(min_length=1)
    #: customer messages the question stays open (default: settings.expect_turns)
    turns: int | None = Field(default=None, ge=1, le=20)
    #: stems of the words that name the type next to an ``id_words`` word: "polis" makes
    #: "polisnummer", "polisenummeret", "policy holder number", "номер полиса" ask for it
    stems: ByLang = {}


class BusinessIdSpec(_Strict):
    """A kind of number that is an organisation's registration, no person's: those the
    validator takes with exactly ``digits`` digits ("ru_inn" with ten: a company's INN, a
    person's has twelve)."""

    validator: str
    digits: int = Field(ge=1, le=40)


class BusinessAccountSpec(_Strict):
    """Accounts that are an organisation's by their number, no person's: those of exactly
    ``digits`` digits that start with one of ``prefixes`` (a Russian settlement account of
    twenty digits in balance account 40701-40703, a financial, commercial or non-profit
    organisation's; a person's is 40817, a sole trader's 40802). Round 33."""

    digits: int = Field(ge=1, le=40)
    prefixes: list[str] = Field(min_length=1)


class ShapeSpec(_Strict):
    """What a bare answer of one type looks like. ``regex`` is searched in the answer (a
    group named ``value`` marks the span); with ``whole``, it must be all of the answer but
    the filler words."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    regex: str
    score: float = Field(default=0.6, ge=0, le=1)
    whole: bool = False
    languages: list[str] | None = None
    validator: str | None = None
    #: where the shape applies: a bare answer to a question, an item of a list
    use: list[Literal["answer", "list"]] = ["answer", "list"]

    @field_validator("regex")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as e:
            raise ValueError(f"does not compile: {e}") from None
        return v


class SettingsSpec(_Strict):
    #: customer messages an expectation stays open
    expect_turns: int = Field(default=3, ge=1, le=20)
    #: types whose value may be typed over two adjacent messages of the same sender
    split_types: list[str] = ["IBAN_CODE", "CREDIT_CARD", "BANK_ACCOUNT", "NATIONAL_ID"]
    #: characters of each message looked at for the two halves of a split value
    split_window: int = Field(default=40, ge=8, le=200)
    #: types a list item inherits from the same position in an earlier item
    list_types: list[str] = ["PERSON", "DATE_OF_BIRTH", "PASSPORT", "NATIONAL_ID"]


class DisguiseSpec(_Strict):
    #: words people type for "@" and "." in an e-mail address
    at_words: ByLang = {}
    dot_words: ByLang = {}
    #: words for "_" and "-" inside a spelled-out address ("jan underscore smit")
    underscore_words: ByLang = {}
    dash_words: ByLang = {}
    #: words for the "+" before a phone number in words ("plus four four ...")
    plus_words: ByLang = {}
    #: top-level domains a spelled-out address may end in
    tlds: list[str] = []
    #: number words per language: word -> digit(s)
    number_words: dict[str, dict[str, int]] = {}
    #: digits a spelled-out number must come to before it is read as one
    min_number_digits: int = Field(default=6, ge=3, le=30)
    #: per language, the country calling codes a number in words may start with
    country_codes: dict[str, list[str]] = {}
    #: words that repeat the next digit ("double seven" -> 77)
    repeat_words: dict[str, dict[str, int]] = {}
    #: per language, how a tens word and a unit word make one word ("{unit}en{tens}":
    #: "vierentachtig" 84; "{tens}{unit}": "syttisju" 77)
    number_compounds: dict[str, list[str]] = {}


class ConversationFileSpec(_Strict):
    version: Literal[1] = 1
    settings: SettingsSpec | None = None
    questions: list[QuestionSpec] = []
    answers: dict[str, list[ShapeSpec]] = {}
    #: customer turns that only ask for time ("one moment"): they use up no turn
    hold: ByLang = {}
    #: words that join list items ("and", "en", "og", "и")
    list_joiners: ByLang = {}
    #: words before an answer that are not part of it ("it's", "sure", "het is")
    filler: ByLang = {}
    #: words that start the second half of a value, or its correction ("rest is", "*")
    continuation: ByLang = {}
    #: the agent's prompt to go on, which asks for nothing new ("Yes?", "Ja?", "Да?"): the
    #: pieces of a value typed around it are still one value
    go_on: ByLang = {}
    #: the words of a thank-you or an acknowledgement ("Supert, takk.", "Great, thank you."):
    #: a message made of them only asks for nothing, whatever request word it holds
    acknowledgements: ByLang = {}
    #: request words ("please", "graag", "gi meg", "назовите"; required): a message with one
    #: asks for something, as a question does; "…" between two words stands for a few words
    #: of the same sentence ("ik heb … nodig")
    requests: ByLang = {}
    #: the agent's words that the customer's value is not the one on file ("That doesn't
    #: match", "Dat klopt niet", "Не совпадает"): the value's type is asked for again
    mismatch: ByLang = {}
    #: the agent's words that the customer's last value is a voucher, no booking's code
    #: ("Hmm, that's a voucher", "Dat is een kortingscode", "Это промокод"; round 31)
    voucher_named: ByLang = {}
    #: the agent's question whether another thing takes the same value as the customer's
    #: last answer ("Same for the invoice?", "Factuur ook daarheen?", "Счёт туда же?"):
    #: that answer's type is asked for again (the customer may give another one)
    same_again: ByLang = {}
    #: the agent's words that give the business's own phone number or address ("call us
    #: on", "Bel ons op", "ring oss på", "звоните нам", "post the form to"): a phone
    #: number or an address after them in the same sentence of an agent's message is no
    #: customer's personal data
    business_contact: ByLang = {}
    #: the agent's words that offer a phone number as the business's own, first person
    #: plural or the business's by name ("call us on", "bel ons op", "ring oss på",
    #: "звоните нам", "our number is"): a number right after them (a few words between) in
    #: an agent's message is the business's whatever its kind of line, a mobile too
    #: (round 27); not one the conversation found before, nor with a word for the
    #: customer between ("call us, or we'll ring you on ...")
    business_own_phone: ByLang = {}
    #: the agent's words that offer an e-mail address as the business's own ("email us
    #: at", "our email is", "mail ons op", "send e-post til oss", "пишите нам на"): an
    #: address right after them (a few words between) in an agent's message is the
    #: business's, a person's name as its mailbox too (round 28); not one the conversation
    #: found before, nor with a word for the customer between
    business_own_email: ByLang = {}
    #: the mailboxes of a business's role, no person's ("info", "support", "klantenservice",
    #: "kundeservice", "post"): an address of one in an agent's message whose domain is the
    #: business's (its name, or a domain its agent's messages use elsewhere) is no
    #: customer's personal data (round 28)
    business_mailboxes: ByLang = {}
    #: the agent's words that give the business's own bank account ("pay to our account",
    #: "overmaken naar ons rekeningnummer", "Betal til kontoen vår", "на наш расчётный
    #: счёт"): an IBAN or account number after them in the same sentence is no customer's
    business_account: ByLang = {}
    #: words that may stand between a word for paying and where to pay, besides the
    #: amount's digits: its currency and "please" ("please transfer £598.95 to ...",
    #: "vennligst overfør 966,00 kr til ...", "переведите, пожалуйста, 9 677 ₽ на счёт
    #: ..."); left out when business_account is matched (round 32)
    payment_between: ByLang = {}
    #: the agent's words for one of the business's own places ("branch", "vestiging",
    #: "avdeling", "филиал"): an address in brackets right after them ("our Kendal branch
    #: (Unit 4, Tanner Yard, ...)", "filiaal Assen (Ambachtsweg 19, ...)") is that place's,
    #: and a name right after one ("филиал Владимир") the place's name (round 32)
    business_branch: ByLang = {}
    #: numbers that are an organisation's registration, no person's (a validator and a
    #: number of digits: "ru_inn" with ten), whatever the language: one of them in an
    #: agent's message is the business's own (round 32)
    business_ids: list[BusinessIdSpec] = []
    #: accounts that are an organisation's by their number (digits and leading digits),
    #: whatever the language: one in an agent's message is the business's own (round 33)
    business_account_numbers: list[BusinessAccountSpec] = []
    #: words for a business's registration ("company no.", "KvK", "org.nr", "ИНН"): the
    #: capitalised words right before one in an agent's message are the business's name
    #: (round 32)
    business_registration: ByLang = {}
    #: the customer's words for a number of pieces after a code ("PC-356, 2x", "HH-268 (3
    #: st)", "PA-301 - 3 stk", "FR-197, 3 шт"): besides "x" ("2x", "x3") and a bare number
    #: of one or two digits after a comma, a dash or in brackets (round 32)
    quantity_units: ByLang = {}
    #: the agent's words for a discount ("10% off", "korting", "rabatt", "скидка"), after a
    #: code in the same sentence of an agent's message: the code is the business's voucher
    #: ("Met code LENTE24 krijg je 10% korting"), unless a word for the customer or for a
    #: booking stands before it in its sentence (round 25)
    business_discount: ByLang = {}
    #: the agent's words for money paid back ("refund", "terugbetaling", "refusjon",
    #: "возврат"): an account after them in its sentence is the customer's, whatever
    #: ``business_account`` word stands there too ("The refund was paid to ...", round 26)
    business_refund: ByLang = {}
    #: the agent's words right after an address (a closing bracket or comma between) that
    #: say the place there keeps opening hours ("Biblioteket (Torget 8, 6413 Molde) har
    #: åpent til 18", "Абонемент (г. Калуга, ...) работает до 20:30"): the business's own
    #: place, no customer's home (round 26)
    business_open_after: ByLang = {}
    #: the agent's words right before the business's own name ("Thanks for contacting",
    #: "Bedankt voor uw bericht aan", "Takk for at du kontaktet", "Спасибо за обращение
    #: в"): a name found there, or inside it elsewhere in an agent's message, is no person's
    business_name_before: ByLang = {}
    #: the agent's words for the chat the customer is in, right before the business's name
    #: in a message that introduces the agent by name after it ("Hi, you're through to
    #: Greenfletch Archery. I'm Fraser", "je chat met Valkerij Heidezicht. Ik ben Gijs"); not
    #: a name that starts with a first name (the agent's own). Round 33
    business_name_chat: ByLang = {}
    #: the agent's words between its own name and the business's in a greeting ("Kirsty
    #: here from", "u chat met Sjoerd van", "du chatter med Mari hos", "на связи Света из"):
    #: the capitalised words after them are the business's name (round 23)
    business_name_after_agent: ByLang = {}
    #: small words inside a business's name ("Camping De Brink van Oosten", "Bed and
    #: Breakfast"): lower-case, between its capitalised words
    business_name_joiners: ByLang = {}
    #: words for the business's desk or team right after its name in the agent's greeting
    #: ("Good morning, Garside Tyres support, Priya speaking", "Goedemorgen, Bandenhotel
    #: Kuiper klantenservice, ...", "I'm Tom from the Brightroof Solar team"): the
    #: capitalised words before them are the business's name (round 25)
    business_desks: ByLang = {}
    #: the articles between the agent's word for the business and its name ("Tom from the
    #: Brightroof Solar team", round 25)
    business_articles: ByLang = {}
    #: the customer's words that what follows is all they have, in place of what was asked
    #: ("don't have that, only the quote: ...", "heb ik niet, alleen het aktenummer: ...",
    #: "har ikke det, bare kursnummeret: ...", "есть только номер курса: ...", round 29)
    substitute_words: ByLang = {}
    #: words for the customer ("you", "u", "deg", "вам"): among the last words before the
    #: value they make it the customer's ("we'll ring you on ...")
    customer_words: ByLang = {}
    #: words that name a kind of number that is no person's data ("company number", "KvK",
    #: "org.nr", "ОГРН", "version", "invoice"): a value right after them in its sentence is
    #: not reported, whoever wrote it and whatever found it (checksummed types, e-mail
    #: addresses, names and addresses excepted)
    not_personal: ByLang = {}
    #: the role guess when an export names no roles (ROLE_WORDS: each is required):
    #: words for the speaker ("I", "ik", "jeg", "я"): a request word next to one is the
    #: sender's own doing ("die stuur ik straks"), no request of the other
    first_person: ByLang = {}
    #: words for what is the speaker's own ("my", "mijn", "min", "мой"): a message about the
    #: sender's own ("kunt u mijn adres wijzigen?") asks nothing of the other ...
    own_words: ByLang = {}
    #: ... unless it has a word for what is the other's own ("your", "uw", "ditt", "ваш")
    your_words: ByLang = {}
    #: words that are "your" only at times ("je" is also "you", "deres" also "their"): they
    #: count as ``your_words`` in a question to a companion named first ("gijs wat is je
    #: nummer?"), not in the role guess ("kun je mijn adres wijzigen?" asks of the other)
    your_words_loose: ByLang = {}
    #: a preposition before the town that ends an address inside an answer ("zuiderdiep 66
    #: in alkmaar", "storgata 5 i bodø"): part of the address
    town_before: ByLang = {}
    #: a preposition right before a date ("on 26.10.2026", "op 19092027", "den 23062026"):
    #: a value so shaped after it is a date, no number (date_before)
    date_before: ByLang = {}
    #: words in an answer that say it is not the type asked for ("flying", "order")
    not_answers: dict[str, ByLang] = {}
    #: words for "number", "code", "reference": a question's ``stems`` name a type next to
    #: one of them, or as the head of a compound ending in one ("klant|nummer")
    id_words: ByLang = {}
    #: words for "number" that the kind of number follows, not precedes ("номер гостя",
    #: "nomer gostya"; "guest number" elsewhere); a word that starts with one counts
    kind_after: ByLang = {}
    #: words that say a message corrects the sender's previous value ("typo", "ik bedoel")
    corrections: ByLang = {}
    #: words before the wrong digits of a correction that names both ("not 3 but 8",
    #: "8, niet 3"): the other number is the correction
    negations: ByLang = {}
    #: words for someone other than the customer ("my sister", "mijn zus"): a town where
    #: they live is no address of the customer's
    others: ByLang = {}
    #: the agent's questions where the customer is going ("Where are you off to?", "Hvor
    #: skal dere?", "Куда едете?"; round 27): a capitalised name in a short answer, or one
    #: that follows a word for "to" (``place_to``), is the place's
    place_questions: ByLang = {}
    place_to: ByLang = {}
    #: words after an answer that are not part of it ("8a beacon hill, exeter I think")
    hedges: ByLang = {}
    #: words before a name that introduce its bearer ("this is", "ik ben", "приветствует")
    #: and words after one ("Keely here", "Poppy speaking", "Grace at NorthSea Ferries"):
    #: the agent's name in a greeting, a customer's own name in lower case
    introduce_before: ByLang = {}
    introduce_after: ByLang = {}
    #: capitalised words that are no agent's name after an introduction ("Support here")
    not_names: ByLang = {}
    #: what an address is made of, for the ``address_answer`` validator: words (or word
    #: endings, "-straat", "-veien") of a street, and postcode patterns
    street_words: ByLang = {}
    #: words that name a house in place of its number ("holly cottage, mill lane")
    house_words: ByLang = {}
    #: short words that open a street's name abroad, before its street's word ("am markt 5",
    #: "an der kirche 3"): part of an address read inside an answer
    street_openers: ByLang = {}
    #: words before the name of a village or a settlement ("с. Никольское", "деревня
    #: Заречье"): a line that starts with one names a place, like "г." for a town
    settlement_marks: ByLang = {}
    #: words that make a line a region's name ("Вологодская обл.", "Co. Durham", "Viken
    #: fylke"): a region, then an address, is one address typed in two lines
    region_marks: ByLang = {}
    #: letters before a number that name another kind of number ("ORD-", "SO-", "INV")
    other_prefixes: list[str] = []
    postcodes: list[str] = []
    disguise: DisguiseSpec | None = None


@dataclass(frozen=True)
class Shape:
    name: str
    entity_type: str
    regex: re.Pattern[str]
    score: float
    whole: bool
    languages: frozenset[str] | None
    validator: str | None
    use: frozenset[str]

    @property
    def mistyped(self) -> bool:
        """The shape of a value whose checksum failed: the rules name such shapes
        ``mistyped_*`` ("mistyped_account"); its findings carry Provenance.MISTYPED."""
        return self.name.startswith("mistyped_")


@dataclass(frozen=True)
class Question:
    expect: tuple[str, ...]
    phrases: tuple[str, ...]
    turns: int | None
    location: SourceLocation
    stems: tuple[str, ...] = ()


@dataclass
class ConversationRules:
    """Every conversation file merged."""

    settings: SettingsSpec = field(default_factory=SettingsSpec)
    questions: list[Question] = field(default_factory=list)
    shapes: dict[str, list[Shape]] = field(default_factory=dict)
    hold: list[str] = field(default_factory=list)
    list_joiners: list[str] = field(default_factory=list)
    filler: list[str] = field(default_factory=list)
    continuation: list[str] = field(default_factory=list)
    go_on: list[str] = field(default_factory=list)
    acknowledgements: list[str] = field(default_factory=list)
    mismatch: list[str] = field(default_factory=list)
    voucher_named: list[str] = field(default_factory=list)
    same_again: list[str] = field(default_factory=list)
    business_contact: list[str] = field(default_factory=list)
    business_own_phone: list[str] = field(default_factory=list)
    business_own_email: list[str] = field(default_factory=list)
    business_mailboxes: list[str] = field(default_factory=list)
    business_account: list[str] = field(default_factory=list)
    payment_between: list[str] = field(default_factory=list)
    business_branch: list[str] = field(default_factory=list)
    business_ids: list[tuple[str, int]] = field(default_factory=list)
    business_account_numbers: list[tuple[int, str]] = field(default_factory=list)
    business_registration: list[str] = field(default_factory=list)
    quantity_units: list[str] = field(default_factory=list)
    business_discount: list[str] = field(default_factory=list)
    business_refund: list[str] = field(default_factory=list)
    business_open_after: list[str] = field(default_factory=list)
    business_name_before: list[str] = field(default_factory=list)
    business_name_chat: list[str] = field(default_factory=list)
    business_name_after_agent: list[str] = field(default_factory=list)
    business_name_joiners: list[str] = field(default_factory=list)
    business_desks: list[str] = field(default_factory=list)
    business_articles: list[str] = field(default_factory=list)
    substitute_words: list[str] = field(default_factory=list)
    customer_words: list[str] = field(default_factory=list)
    not_personal: list[str] = field(default_factory=list)
    first_person: list[str] = field(default_factory=list)
    own_words: list[str] = field(default_factory=list)
    your_words: list[str] = field(default_factory=list)
    your_words_loose: list[str] = field(default_factory=list)
    #: per ROLE_WORDS key and ``requests``, the languages with words for it (`rules check`
    #: names the others)
    role_languages: dict[str, set[str]] = field(default_factory=dict)
    town_before: list[str] = field(default_factory=list)
    date_before: list[str] = field(default_factory=list)
    not_answers: dict[str, list[str]] = field(default_factory=dict)
    id_words: list[str] = field(default_factory=list)
    kind_after: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    corrections: list[str] = field(default_factory=list)
    negations: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    place_questions: list[str] = field(default_factory=list)
    place_to: list[str] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    introduce_before: list[str] = field(default_factory=list)
    introduce_after: list[str] = field(default_factory=list)
    not_names: list[str] = field(default_factory=list)
    street_words: list[str] = field(default_factory=list)
    house_words: list[str] = field(default_factory=list)
    street_openers: list[str] = field(default_factory=list)
    settlement_marks: list[str] = field(default_factory=list)
    region_marks: list[str] = field(default_factory=list)
    other_prefixes: list[str] = field(default_factory=list)
    postcodes: list[str] = field(default_factory=list)
    at_words: list[str] = field(default_factory=list)
    dot_words: list[str] = field(default_factory=list)
    underscore_words: list[str] = field(default_factory=list)
    dash_words: list[str] = field(default_factory=list)
    plus_words: list[str] = field(default_factory=list)
    tlds: list[str] = field(default_factory=list)
    number_words: dict[str, dict[str, str]] = field(default_factory=dict)
    min_number_digits: int = 6
    country_codes: dict[str, list[str]] = field(default_factory=dict)
    repeat_words: dict[str, dict[str, int]] = field(default_factory=dict)
    number_compounds: dict[str, list[str]] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)


def conversation_dir(rule_files: list[Path]) -> Path:
    """The conversation directory next to the rule files, or the shipped one."""
    if rule_files:
        here = rule_files[0].parent / DIR_NAME
        if here.is_dir() and any(here.glob("*.yaml")):
            return here
    return DEFAULT_DIR


def _flat(by_lang: ByLang) -> list[str]:
    return [t for terms in by_lang.values() for t in terms]


def _word(word: str) -> str:
    """A role word as messages' words are compared with it: lower case, ' for ’."""
    return word.lower().replace("\u2019", "'")


def _missing_role_words(
    path: Path, files: list[Path], present: dict[str, set[str]]
) -> list[tuple[SourceLocation, str]]:
    """A ROLE_WORDS key no file of the directory has, named with the file (or directory)."""
    where = SourceLocation(str(files[0] if len(files) == 1 else path))
    return [
        (where, f"{key}: missing: the role guess needs it, per language; copy it from the "
                "shipped rules/conversation/conversation.yaml (docs/conversations.md)")
        for key in ROLE_WORDS
        if not present.get(key)
    ]  # fmt: skip


def _request_problems(doc: YamlDocument, requests: ByLang) -> list[tuple[SourceLocation, str]]:
    """A request word with its gap ("…") at an end, or empty."""
    return [
        (doc.where(("requests", lang, i)),
         f"requests.{lang}[{i}]: '{w}': a request word with {GAP!r} needs words on both "
         f"sides ('ik heb {GAP} nodig')")
        for lang, words in requests.items()
        for i, w in enumerate(words)
        if not all(part.strip() for part in w.split(GAP))
    ]  # fmt: skip


def load_conversation_rules(directory: Path | None = None) -> ConversationRules:
    """Load and validate every *.yaml of a conversation directory; collect all errors."""
    path = Path(directory or DEFAULT_DIR)
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    # keyed by the files' sizes and times too: an edited file is read again, as rules/ is;
    # and by the rule files whose lists the shapes name
    stamp = tuple((str(f), *_stat(f)) for f in [*files, *_rule_files(path)])
    return _load(str(path), stamp)


def _rule_files(path: Path) -> list[Path]:
    """The rule files next to a conversation directory (or file), whose lists its answer
    shapes name as ``{name}`` ("{year_marks}"); the shipped ones for a directory alone."""
    parent = path.parent if path.is_dir() else path.parent.parent
    files = sorted(parent.glob("*.yaml")) if parent.is_dir() else []
    return files or sorted(DEFAULT_RULES_DIR.glob("*.yaml"))


def _rule_lists(path: Path) -> dict[str, list[str]]:
    from privacyguard.config.rules import load_rules

    return load_rules(_rule_files(path)[0].parent).lists


def _stat(file: Path) -> tuple[int, int]:
    try:
        st = file.stat()
    except OSError:
        return (-1, -1)  # _load reports the file properly
    return (st.st_size, st.st_mtime_ns)


@lru_cache(maxsize=8)
def _load(directory: str, _stamp: tuple[tuple[str, int, int], ...] = ()) -> ConversationRules:
    """Valid rules come from the detector cache, keyed by the files' content and the code
    that validates them, so an unchanged directory loads without parsing YAML again."""
    import hashlib

    from privacyguard.cache import cached_object, table_key

    path = Path(directory)
    digest = hashlib.sha256()
    here = Path(__file__)
    for module in (here, here.with_name("load.py"), here.with_name("rules.py")):
        digest.update(module.read_bytes())  # the code that validates them
    for file in sorted(path.glob("*.yaml")) if path.is_dir() else [path]:
        digest.update(file.name.encode() + b"\0")
        try:
            digest.update(file.read_bytes())
        except OSError as e:  # _validated reports it properly; the key only needs to differ
            digest.update(f"unreadable: {type(e).__name__}".encode())
    digest.update(repr(sorted(_rule_lists(path).items())).encode())  # the lists shapes name
    key = table_key("conversation", [directory, digest.hexdigest()], [])
    rules = cached_object("conversation", key, lambda: _validated(directory))
    if not _validators_registered(rules):  # cached when a validator was registered that is
        return _validated(directory)  # not now: validate again, to report it with its line
    return rules


def _validators_registered(rules: ConversationRules) -> bool:
    from privacyguard import registry

    known = {*registry.names(registry.validators), *LOCAL_VALIDATORS}
    return all(
        s.validator is None or s.validator in known
        for shapes in rules.shapes.values()
        for s in shapes
    )


def _validated(directory: str) -> ConversationRules:
    from privacyguard import registry

    path = Path(directory)
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    problems: list[tuple[SourceLocation, str]] = []
    out = ConversationRules(files=files)
    lists = _rule_lists(path)
    seen_settings = False
    for file in files:
        try:
            doc: YamlDocument = read_yaml(file)
        except ConfigError as e:
            problems.extend(e.problems)
            continue
        spec, errs = validate(doc, ConversationFileSpec)
        problems.extend(errs)
        if spec is None:
            continue
        if spec.settings is not None:
            if seen_settings:
                problems.append(
                    (doc.where(("settings",)), "settings: defined in more than one file")
                )
            out.settings, seen_settings = spec.settings, True
        for i, q in enumerate(spec.questions):
            for t in q.expect:
                if t not in CANONICAL_ENTITIES and t != "NOTHING":
                    problems.append(
                        (doc.where(("questions", i, "expect")),
                         f"questions[{i}].expect: unknown entity type '{t}'")
                    )  # fmt: skip
            out.questions.append(
                Question(tuple(q.expect), tuple(_flat(q.phrases)), q.turns,
                         doc.where(("questions", i)),
                         tuple(w.lower() for w in _flat(q.stems)))
            )  # fmt: skip
        for etype, shapes in spec.answers.items():
            if etype not in CANONICAL_ENTITIES:
                problems.append(
                    (doc.where(("answers", etype)), f"answers.{etype}: unknown entity type")
                )
                continue
            for j, s in enumerate(shapes):
                known = [*registry.names(registry.validators), *LOCAL_VALIDATORS]
                if s.validator is not None and s.validator not in known:
                    problems.append(
                        (doc.where(("answers", etype, j, "validator")),
                         f"answers.{etype}[{j}].validator: unknown validator '{s.validator}'")
                    )  # fmt: skip
                    continue
                regex, missing = _expand(s.regex, lists)
                for name in missing:
                    problems.append(
                        (doc.where(("answers", etype, j, "regex")),
                         f"answers.{etype}[{j}].regex: no list '{{{name}}}' in the rules")
                    )  # fmt: skip
                try:
                    compiled = re.compile(regex)
                except re.error as e:
                    problems.append(
                        (doc.where(("answers", etype, j, "regex")),
                         f"answers.{etype}[{j}].regex: does not compile: {e}")
                    )  # fmt: skip
                    continue
                out.shapes.setdefault(etype, []).append(
                    Shape(s.name, etype, compiled, s.score, s.whole,
                          frozenset(s.languages) if s.languages else None, s.validator,
                          frozenset(s.use))
                )  # fmt: skip
        out.hold += _flat(spec.hold)
        out.list_joiners += _flat(spec.list_joiners)
        out.filler += _flat(spec.filler)
        out.continuation += _flat(spec.continuation)
        out.go_on += [w.lower() for w in _flat(spec.go_on)]
        out.acknowledgements += [w.lower() for w in _flat(spec.acknowledgements)]
        out.mismatch += _flat(spec.mismatch)
        out.voucher_named += _flat(spec.voucher_named)
        out.same_again += _flat(spec.same_again)
        out.business_contact += _flat(spec.business_contact)
        out.business_own_phone += _flat(spec.business_own_phone)
        out.business_own_email += _flat(spec.business_own_email)
        out.business_mailboxes += [w.lower() for w in _flat(spec.business_mailboxes)]
        out.business_account += _flat(spec.business_account)
        out.payment_between += [w.lower() for w in _flat(spec.payment_between)]
        out.business_branch += _flat(spec.business_branch)
        for i, b in enumerate(spec.business_ids):
            if b.validator not in registry.names(registry.validators):
                problems.append(
                    (doc.where(("business_ids", i, "validator")),
                     f"business_ids[{i}].validator: unknown validator '{b.validator}'")
                )  # fmt: skip
            elif (b.validator, b.digits) not in out.business_ids:
                out.business_ids.append((b.validator, b.digits))
        for i, a in enumerate(spec.business_account_numbers):
            for p in a.prefixes:
                if not p.isdigit() or len(p) > a.digits:
                    problems.append(
                        (doc.where(("business_account_numbers", i, "prefixes")),
                         f"business_account_numbers[{i}].prefixes: '{p}' is not leading "
                         f"digits of a {a.digits}-digit account")
                    )  # fmt: skip
                elif (a.digits, p) not in out.business_account_numbers:
                    out.business_account_numbers.append((a.digits, p))
        out.quantity_units += [w.lower() for w in _flat(spec.quantity_units)]
        out.business_registration += [w.lower() for w in _flat(spec.business_registration)]
        out.business_discount += _flat(spec.business_discount)
        out.business_refund += _flat(spec.business_refund)
        out.business_open_after += _flat(spec.business_open_after)
        out.business_name_before += [w.lower() for w in _flat(spec.business_name_before)]
        out.business_name_chat += [w.lower() for w in _flat(spec.business_name_chat)]
        out.business_name_after_agent += [w.lower() for w in _flat(spec.business_name_after_agent)]
        out.business_name_joiners += [w.lower() for w in _flat(spec.business_name_joiners)]
        out.business_desks += [w.lower() for w in _flat(spec.business_desks)]
        out.substitute_words += [w.lower() for w in _flat(spec.substitute_words)]
        out.business_articles += [w.lower() for w in _flat(spec.business_articles)]
        out.customer_words += _flat(spec.customer_words)
        out.not_personal += _flat(spec.not_personal)
        out.town_before += [w.lower() for w in _flat(spec.town_before)]
        out.date_before += [w.lower() for w in _flat(spec.date_before)]
        for key in (*ROLE_WORDS, "your_words_loose"):
            getattr(out, key).extend(_word(w) for w in _flat(getattr(spec, key)))
            langs = {lang for lang, words in getattr(spec, key).items() if words}
            out.role_languages.setdefault(key, set()).update(langs)
        out.id_words += [w.lower() for w in _flat(spec.id_words)]
        out.kind_after += [w.lower() for w in _flat(spec.kind_after)]
        problems += _request_problems(doc, spec.requests)
        out.requests += [w.lower() for w in _flat(spec.requests)]
        out.role_languages.setdefault("requests", set()).update(
            lang for lang, words in spec.requests.items() if words
        )
        out.corrections += [w.lower() for w in _flat(spec.corrections)]
        out.negations += [w.lower() for w in _flat(spec.negations)]
        out.others += [w.lower() for w in _flat(spec.others)]
        out.place_questions += _flat(spec.place_questions)
        out.place_to += [w.lower() for w in _flat(spec.place_to)]
        out.hedges += [w.lower() for w in _flat(spec.hedges)]
        out.introduce_before += [w.lower() for w in _flat(spec.introduce_before)]
        out.introduce_after += [w.lower() for w in _flat(spec.introduce_after)]
        out.not_names += [w.lower() for w in _flat(spec.not_names)]
        out.street_words += [w.lower() for w in _flat(spec.street_words)]
        out.house_words += [w.lower() for w in _flat(spec.house_words)]
        out.street_openers += [w.lower() for w in _flat(spec.street_openers)]
        out.settlement_marks += [w.lower() for w in _flat(spec.settlement_marks)]
        out.region_marks += [w.lower() for w in _flat(spec.region_marks)]
        out.other_prefixes += [w.lower() for w in spec.other_prefixes]
        for j, rx in enumerate(spec.postcodes):
            try:
                re.compile(rx)
            except re.error as e:
                problems.append((doc.where(("postcodes", j)), f"postcodes[{j}]: {e}"))
                continue
            out.postcodes.append(rx)
        for etype, by_lang in spec.not_answers.items():
            if etype not in CANONICAL_ENTITIES:
                problems.append(
                    (doc.where(("not_answers", etype)), f"not_answers.{etype}: unknown entity type")
                )
            out.not_answers.setdefault(etype, []).extend(_flat(by_lang))
        if spec.disguise is not None:
            d = spec.disguise
            out.at_words += _flat(d.at_words)
            out.dot_words += _flat(d.dot_words)
            out.underscore_words += _flat(d.underscore_words)
            out.dash_words += _flat(d.dash_words)
            out.plus_words += _flat(d.plus_words)
            out.tlds += d.tlds
            for lang, words in d.number_words.items():
                out.number_words.setdefault(lang, {}).update(
                    {w.lower(): str(v) for w, v in words.items()}
                )
            out.min_number_digits = d.min_number_digits
            for lang, repeats in d.repeat_words.items():
                out.repeat_words.setdefault(lang, {}).update(
                    {w.lower(): n for w, n in repeats.items()}
                )
            for lang, forms in d.number_compounds.items():
                out.number_compounds.setdefault(lang, []).extend(forms)
            for lang, codes in d.country_codes.items():
                out.country_codes.setdefault(lang, []).extend(codes)
    if files and not problems:
        problems += _missing_role_words(path, files, out.role_languages)
        if not out.requests:
            where = SourceLocation(str(files[0] if len(files) == 1 else path))
            problems.append(
                (where, "requests: missing: a request with no question mark (\"Paspoortnummer "
                        "graag.\") asks for nothing without it; copy it from the shipped "
                        "rules/conversation/conversation.yaml (docs/conversations.md)")
            )  # fmt: skip
    for name in ("split_types", "list_types"):
        for t in getattr(out.settings, name):
            if t not in CANONICAL_ENTITIES:
                problems.append(
                    (SourceLocation(directory), f"settings.{name}: unknown entity type '{t}'")
                )
    if problems:
        raise ConfigError(problems)
    return out

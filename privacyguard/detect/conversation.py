"""A chat read as a conversation: what the agent asked for, and what has been found.

Per conversation, a :class:`ConversationState` (a plain value the engine passes around; the
detector keeps none) holds the open expectations ("What was the booking code again?" expects
a BOOKING_REFERENCE in one of the next customer messages), the values found so far and the
parts of the names found so far. :class:`Conversations` holds the rules
(rules/conversation/*.yaml) and answers four questions for the engine:

- which recognizers count the conversation as their context word for a message (an
  expectation names them; the recognizer still needs its pattern and validator);
- whether a bare answer of the right shape fulfils an expectation (``answers:``);
- which type a list item has from its position ("Pieter Bakker, 4.11.1969, NW81K2P03 and
  our son Daan, 2.6.2015, NX4473C19");
- whether a value was typed over two adjacent messages of the same sender.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache, partial
from typing import cast

from rapidfuzz.distance import OSA

from privacyguard import registry
from privacyguard.config.conversation import ConversationRules, Shape
from privacyguard.detect.context import ContextMatcher, Term, _exact_match, make_terms
from privacyguard.models import Finding, Message

#: the findings in a text when the recognizers named count their context as given
FindFn = Callable[[str, frozenset[str]], list[Finding]]
#: messages a context word of a ``carry_context`` recognizer counts for (any sender)
CARRY_MESSAGES = 2
#: words between a word for "number" and a question's stem ("policy holder number")
STEM_WINDOW = 4
#: a turn of more words than this does more than ask for time ("one moment")
HOLD_WORDS = 8
#: a note between the pieces of a value is at most this long ("sorry hit enter")
NOTE_CHARS = 40
#: how far before a value its words may name another kind of number ("item code ...")
NAMED_BEFORE_CHARS = 40
#: the most values a record of a list may hold ("name, birth date, passport" is 3)
PERIOD_MAX = 6
#: a message longer than this holds no piece of a value typed over several messages
FRAGMENT_MAX_CHARS = 60
#: the longest line of an address typed in two messages
ADDRESS_LINE_CHARS = 48
#: a long number or a sign no address line holds (an account number, "@", "£")
_NO_ADDRESS_LINE = re.compile(r"\d{7}|[^\w\s,./'\-]")
#: a time of day ("18:40", "14.35"), of which no part is a number the agent asked for
_CLOCK_TIME = re.compile(r"(?<![\d.:,])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.:,]|\.\d)")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: a name has a vowel ("Tlf" is an abbreviation)
_VOWELS = frozenset("aeiouyæøåäöüéèêëáàíìïóòúùâîôû")
#: the letters a number starts with ("ORD-", "SO-")
_LETTER_PREFIX = re.compile(r"([A-Za-z]{2,4})[-/ ]?\d")
#: a word of a street, a house's name or a town in an address's first line
_ADDRESS_WORD = re.compile(r"[^\W\d_]{3}")
#: types whose value typed in pieces is joined: the checksum tells the join is right
PIECE_TYPES = frozenset({"IBAN_CODE", "CREDIT_CARD", "BANK_ACCOUNT", "NATIONAL_ID"})
#: types whose checksum joins pieces even where a piece was found as something else
STRONG_PIECE_TYPES = frozenset({"IBAN_CODE"})
#: types whose value typed in pieces is joined when the agent asked for it and the pieces
#: make exactly one value ("YT" / "X56S" after "What's the booking reference?")
ASKED_PIECE_TYPES = frozenset(
    {"BOOKING_REFERENCE", "PASSPORT", "CUSTOMER_NUMBER", "PHONE_NUMBER", "TICKET_NUMBER"}
)
#: how a finding of a value typed over several messages is explained
SPLIT_WHY = "one value typed over"
#: endings of an inflected word for "number" ("nummer|et", "kode|n", "номер|ом")
_ID_ENDINGS = ("et", "en", "n", "a", "e", "ом", "у", "ов")
#: Cyrillic endings of "номер" read only next to a question's stem ("номера участников");
#: alone they ask for no number of a kind ("Какие номера можно использовать?": phones)
_ID_STEM_ENDINGS = ("а", "е", "ами")
# words for "code": no person's number of an unnamed kind ("promo code", "postkode")
_CODE_WORDS = ("code", "kode", "koden", "код", "кода")
# words next to a word for "number" that name no kind of number
_NOT_KINDS = frozenset(
    "which what the your a an my our this that any another other same right correct full "
    "welk welke het de een uw je jouw mijn ons dit dat ander andere juiste "
    "hvilket hvilken det den ditt din mitt min vårt et en annet riktige "
    "какой какому каким какого ваш ваша вашего мой наш этот тот другой для на по от с "
    "и в у к о".split()
)

#: values remembered per conversation (a hostile conversation cannot grow it without end)
MAX_VALUES = 64
#: types a later mention of a value found before is recognised as (names are handled by
#: the person recognizer's known name parts)
REPEATABLE = frozenset({
    "BOOKING_REFERENCE", "CUSTOMER_NUMBER", "PASSPORT", "TICKET_NUMBER", "NATIONAL_ID",
    "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS",
})  # fmt: skip
#: types a customer may correct in the next message ("sorry, 40917734")
CORRECTABLE = REPEATABLE | {"DATE_OF_BIRTH"}
#: a bare answer longer than this is not read again in its canonical form
DISGUISED_ANSWER_CHARS = 200
#: the longest address read inside an answer, in tokens
ADDRESS_TOKENS = 9
#: a message longer than this is no list of travellers (and the layout pass is skipped)
LIST_MAX_CHARS = 4000
#: the type of an address
LOCATION = "LOCATION"
#: an expectation for something that is no personal data (an order number, a travel date)
NOTHING = "NOTHING"
#: a list position that holds names by the layout alone (no name was found there)
NAME_BY_LAYOUT = "PERSON?"
#: a "birth date" this recent, given in a conversation, is a travel or delivery date
RECENT_DAYS = 366
#: a birth date with a two-digit year this many years back is more likely a date to come
OLD_YEARS = 95
#: metadata fields that name a person (the sender, a participant, a mail's From name)
PERSON_FIELDS = re.compile(
    r"(^|\.)(sender|author|actor|from|participants|members|users)(\[\d{1,9}\])?(\.name)?$"
)
_WORDS = re.compile(r"[^\W_]{1,64}", re.UNICODE)  # bounded: linear (config/regex_bounds.py)
#: numbers known by their shape alone (no checksum): what an order number may be taken for
_SHAPE_ONLY_IDS = frozenset({"CUSTOMER_NUMBER", "BOOKING_REFERENCE", "PASSPORT", "TICKET_NUMBER"})
#: a date typed with spaces only ("17 4 1978"), with its Russian "г." or "года"
_SPACED_DATE = re.compile(r"(\d{1,2}) (\d{1,2}) (\d{4})(?:\s?(?:г\.|года|г))?")
#: the article of a house's name before an address ("the annexe, ...")
_THE_BEFORE = re.compile(r"(?i)(?<![^\W_])the\s")
#: the clauses of a message, each with its end mark (a question ends in "?")
_CLAUSE = re.compile(r"[^.;!?]{1,400}[.;!?]{0,4}")  # bounded: linear
#: the parts of a message between commas and stops
_PARTS = re.compile(r"[^.,;!?]{1,400}")  # bounded: linear
_SEEN = "conversation: the same value as found earlier in the conversation"
#: how the engine explains a score that the conversation's context raised (engine.CARRIED)
_CARRIED = "context in an earlier message of the conversation"
#: types whose finding grows over the letters or digits typed right before it as one value
#: ("SK 21009361", "739-6044326809": the recognizer found only the digits after the gap)
WHOLE_TYPES = frozenset({"PASSPORT", "CUSTOMER_NUMBER", "TICKET_NUMBER"})
#: a value's first group right before the digits found: 1-3 letters, or 2-4 digits
_VALUE_PREFIX = re.compile(
    r"(?<![^\W_]|[.\-])(?:(?P<letters>[^\W\d_]{1,3})(?P<ls>[ \-])|(?P<digits>\d{2,4})(?P<ds>[ \-])"
    r"|(?P<mixed>[^\W\d_]{1,3}\d{2,4}) )\Z"
)
#: what stands before a list field or an answer alone: a separator, a bullet, an item's number
_FIELD_END = ",;:|/\n(\t•*-)"
#: a group of digits after a flight number's shape, then the end of its field
_FLIGHT_TAIL = re.compile(r" (?P<digits>\d{4,6})(?=\s{0,3}(?:[,;/|)\n]|\Z|\s[-–—]\s))")
#: spaces and commas after a piece of a value
_SEPARATORS = re.compile(r"[\s,]{1,5}")
#: the most words of the agent's prompt to go on ("ok, and the rest?", "oké, en de rest?")
GO_ON_WORDS = 4
#: an e-ticket's digits: the airline's three, then ten
TICKET_DIGITS = 13


@dataclass
class Expectation:
    types: frozenset[str]
    #: messages it stays open for
    turns: int
    #: the recognizers it names (a carry_context one); empty: every recognizer of the types
    recognizers: frozenset[str] = frozenset()
    #: a carry_context expectation: every later message uses up a turn, whoever sends it
    any_sender: bool = False
    #: a customer's message (not "one moment") has come since it was opened
    answered: bool = False
    #: the customer went looking for it ("hang on, looking for it") before any answer: it
    #: stays open through the agent's next question ("I'll come back to that.")
    deferred: bool = False
    #: kept through a new question: it counts from the customer's next answer on, which
    #: answers the new question
    after_next: bool = False


@dataclass
class ConversationState:
    """What is known of one conversation at a message; owned by one detect() call."""

    expecting: list[Expectation] = field(default_factory=list)
    #: the agent's sender name, when roles are not given but a sender asked a question
    agent: str | None = None
    #: per sender key: the index (in the batch) of that sender's last message
    last_of: dict[tuple[str | None, str | None], int] = field(default_factory=dict)
    #: per sender key: the types found in that sender's last message (for corrections)
    last_types: dict[tuple[str | None, str | None], frozenset[str]] = field(default_factory=dict)
    #: values found so far (lower case) -> their type
    values: dict[str, str] = field(default_factory=dict)
    #: parts of the names found so far
    names: set[str] = field(default_factory=set)
    #: per sender key: the address that was all of that sender's last message (its rest,
    #: a town or a postcode, may follow in the next one)
    address_of: dict[tuple[str | None, str | None], str] = field(default_factory=dict)
    #: the types the agent's last statement took back from the customer's answer
    rejected: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Found:
    """A finding of the conversation layer, before it becomes a Finding."""

    start: int
    end: int
    entity_type: str
    score: float
    why: str


class Conversations:
    """The conversation rules, built once per detector; every method is pure but for the
    state passed in."""

    def __init__(
        self,
        rules: ConversationRules,
        recognizers: Sequence[object],
    ) -> None:
        self.rules = rules
        self.settings = rules.settings
        from privacyguard.detect.normalise import Normaliser

        self._normaliser = Normaliser(rules)
        by_type: dict[str, set[str]] = {}
        self.by_lang: dict[str, set[str]] = {}  # recognizer -> languages of its context
        self.negatives: dict[str, list[ContextMatcher]] = {}
        self.legacy: list[tuple[str, str, ContextMatcher]] = []
        self._particles: frozenset[str] = frozenset()
        self._person: object | None = None  # the person recognizer (its sender_parts)
        # recognizers that need a context word: their words are the fallback phrasings
        self.context_only: list[tuple[str, ContextMatcher]] = []
        locales: tuple[str, ...] = ()
        for rec in recognizers:
            etype, name = getattr(rec, "entity_type", None), getattr(rec, "name", None)
            matcher = getattr(rec, "context_matcher", None)
            if etype is None or name is None:
                continue
            spec = getattr(rec, "spec", None)
            if spec is not None:
                self.by_lang[name] = set(spec.context) | set(spec.negative_context)
                if spec.kind == "person":
                    self._person = rec
                    locales = tuple(spec.options.get("name_locales", ()))
                    self._particles = frozenset(
                        str(p).lower() for p in spec.options.get("particles", ())
                    )
            by_type.setdefault(etype, set()).add(name)
            if matcher is not None and any(t.negative for t in matcher.terms):
                self.negatives.setdefault(etype, []).append(matcher)
            if getattr(rec, "carries_context", False) and matcher is not None:
                self.legacy.append((etype, name, matcher))
            if spec is not None and spec.context_required and matcher is not None:
                self.context_only.append((etype, matcher))
        self.by_type = {t: frozenset(v) for t, v in by_type.items()}
        self._locales = locales
        default = self.settings.expect_turns
        self.questions = [
            (
                frozenset(q.expect),
                q.turns or default,
                ContextMatcher(make_terms(q.phrases, []), 0, 0),
            )
            for q in rules.questions
        ]
        # every phrasing in one matcher, and the questions each belongs to
        self._phrase_questions: dict[str, list[int]] = {}
        for k, q in enumerate(rules.questions):
            for phrase in q.phrases:
                self._phrase_questions.setdefault(phrase, []).append(k)
        self._phrasings = ContextMatcher(make_terms(self._phrase_questions, []), 0, 0)
        # phrasings of several words with a later word that may hold a typo ("date of brith")
        self._typo_terms = frozenset(
            t.text
            for t in make_terms(self._phrase_questions, [])
            if any(len(w) >= 5 and w[0] != "=" and not w.endswith("*") for w in t.words[1:])
        )
        self._stems = sorted(
            ((stem, k) for k, q in enumerate(rules.questions) for stem in q.stems if stem),
            key=lambda sk: -len(sk[0]),
        )
        # a word that starts with a stem, or holds one of five letters or more at the end
        # of a compound ("leverings|contract"); the longest stem first
        self._stem_question = {stem: k for stem, k in reversed(self._stems)}
        self._stem_start = re.compile(_alternation(self._stem_question) or "(?!)")
        long_stems = [stem for stem in self._stem_question if len(stem) >= 5]
        self._stem_inside = re.compile(_alternation(long_stems) or "(?!)")
        self._id_words = frozenset(rules.id_words)
        self._id_forms = frozenset(w + end for w in self._id_words for end in ("", *_ID_ENDINGS))
        self._id_stem_forms = self._id_forms | {
            w + end for w in self._id_words for end in _ID_STEM_ENDINGS
        }
        self._id_endings = tuple(
            w + end
            for w in self._id_words
            if len(w) >= 2
            for end in ("", "et", "en", "n", "a", "e")
        )
        ids = _alternation(w for w in rules.id_words if len(w) >= 2) or "(?!)"
        # "polis|nummer", "skade|nummer|et", "kunde|nr": a head, then a word for "number"
        head = r"(?P<head>[^\W\d_]{2,40}?(?:-[^\W\d_]{2,40}?)?)"
        self._compound = re.compile(rf"{head}-?(?:{ids})(?:et|en|n|a|e)?\Z")  # "-referanse|n"
        # a compound that ends in a long word for "number" ("gjeste|nummeret", "kunde|nr"),
        # not in a short one that ends many words ("wells|id|e")
        long_ids = [w for w in rules.id_words if len(w) >= 5 or w == "nr"]
        self._id_compound = re.compile(
            rf"[^\W\d_]{{2,40}}-?(?:{_alternation(long_ids) or '(?!)'})(?:et|en|n|e)?\Z"
        )
        self.hold = ContextMatcher(make_terms(rules.hold, []), 0, 0)
        self._tlds = frozenset(t.lower() for t in rules.tlds)
        self._thanks = frozenset(rules.acknowledgements)
        preps = _alternation(rules.town_before)
        # a preposition before the town's one or two words that end an address
        self._town_prep = (
            re.compile(rf"(?i)\s(?:{preps})\s(?=[^\W\d_]{{2,40}}(?:[ \-][^\W\d_]{{2,40}})?\Z)")
            if preps
            else None
        )
        self._go_on = frozenset(w for g in rules.go_on for w in _WORDS.findall(g))
        self._corrections = ContextMatcher(
            make_terms([*rules.corrections, *rules.negations], []), 0, 0
        )
        self._negations = ContextMatcher(make_terms(rules.negations, []), 0, 0)
        negations = _alternation(rules.negations)
        # the wrong digits of a correction that names both ("not 3 but 8"): a negation
        # right before them (an article between: "niet een 3")
        self._negated = (
            re.compile(
                rf"(?i)(?<![^\W_])(?:{negations})[\s,:]{{1,3}}(?:[^\W\d_]{{1,3}}\s{{1,2}})?\Z"
            )
            if negations
            else None
        )
        self._filler = _alternation(rules.filler)
        # what stands before a bare answer: filler ("ok", "it's") and the words of a
        # correction ("sorry typo:")
        # and a turn's "one moment" before the answer ("even kijken.. kastanjelaan 154-iii")
        lead = "|".join(
            x
            for x in (self._filler, _alternation(rules.continuation), _alternation(rules.hold))
            if x
        )
        self._lead = (
            re.compile(rf"(?i)(?:\s*(?:{lead})(?![^\W_])[\s,.:;!*\-]*)*\s*") if lead else None
        )
        joiners = _alternation(rules.list_joiners) or "&"
        # between list items: a joining word, a line break, ";", a number "2)" or a line "2. "
        # (every alternative starts with a space, ";", "," or a digit: the lookahead tries the
        # others only there)
        self._items = re.compile(
            rf"(?i)(?=[\s;,\d])(?:(?:^|\n)\s*\d{{1,2}}\.\s+|\s*;\s*|\s*\n\s*|,?\s+(?:{joiners})\s+"
            rf"|(?:^|\s+)\d{{1,2}}\)\s+)"
        )
        cont = _alternation(rules.continuation)
        # words after the first piece of a value that say more is to come ("06 82 en",
        # "+447 cont")
        more = _alternation([*rules.list_joiners, *rules.continuation])
        self._trailing = (
            re.compile(rf"(?i)[\s,.…:+\-–—]{{0,5}}(?:{more})(?![^\W_])[\s,.…:+\-–—]{{0,5}}")
            if more
            else None
        )
        self._continuation = (
            re.compile(rf"(?i)(?:(?:{cont})(?![^\W_])[\s,.:;!*\-]*)+") if cont else None
        )
        self.shapes = rules.shapes
        self.not_answers = {
            t: ContextMatcher(make_terms(words, []), 0, 0) for t, words in rules.not_answers.items()
        }
        self._street_words = frozenset(w for w in rules.street_words if w.isalpha())
        self._street_endings = tuple(w[1:] for w in rules.street_words if w.startswith("-"))
        self._house_words = frozenset(rules.house_words)
        self._other_prefixes = frozenset(rules.other_prefixes)
        self._postcodes = (
            re.compile(rf"(?<![\w-])(?:{'|'.join(rules.postcodes)})(?![\w-])")
            if rules.postcodes
            else None
        )
        self._others = ContextMatcher(make_terms(rules.others, []), 0, 0)
        hedges = _alternation(rules.hedges)
        self._hedges = (
            re.compile(
                rf"(?i)(?:[\s,.;:!?\-–—(]{{1,5}}(?:{hedges})(?![^\W_])){{1,3}}[\s.,!?)]{{0,5}}\Z"
            )
            if hedges
            else None
        )
        before = _alternation(rules.introduce_before) or "(?!)"
        after = _alternation(rules.introduce_after) or "(?!)"
        cap = r"[A-ZÆØÅÄÖÜÉА-ЯЁ][a-zæøåäöüéèа-яё]{1,20}(?:-[A-ZÆØÅÄÖÜА-ЯЁ][a-zæøåäöüéа-яё]{1,20})?"
        # the agent's name in a greeting: "this is Marieke", "Keely here", "Вас приветствует
        # Ирина": a capitalised word (and a second one) next to an introduction
        self._greeting = re.compile(
            rf"(?i:(?<![^\W_])(?P<cue_a>{before})[\s,:]{{1,3}})(?P<a>{cap}(?:[ ]{cap})?)"
            rf"(?![^\W_])|(?<![^\W_])(?P<b>{cap}(?:[ ]{cap})?)[\s,]{{1,2}}"
            rf"(?i:(?P<cue_b>{after})(?![^\W_]))"
        )
        # a customer's own name in lower case: "ik ben marloes prins", "it's niall winslow
        # here", "меня зовут степанова дарья": two or three words after an introduction
        word = r"[^\W\d_][^\W\d_'’\-]{0,30}(?:-[^\W\d_]{1,30})?"
        self._introduced = re.compile(
            rf"(?i)(?<![^\W_])(?:{before})[\s,:]{{1,3}}(?P<name>{word}(?:[ ]{word}){{1,3}})"
        )
        self._after_words = frozenset(rules.introduce_after)
        from privacyguard.detect.context import context_words

        # the first words of the introductions and the particles: a message without any
        # is not searched for an introduced name or a name with particles
        self._intro_heads = frozenset(
            ws[0] for w in rules.introduce_before if (ws := context_words(w))
        )
        self._hedge_lasts = frozenset(ws[-1] for w in rules.hedges if (ws := _WORDS.findall(w)))
        self._not_names = frozenset(rules.not_names)
        self.split_types = frozenset(self.settings.split_types)
        self.list_types = frozenset(self.settings.list_types)

    # --- roles and expectations -------------------------------------------------------

    def role(self, message: Message, state: ConversationState) -> str | None:
        """ "agent", "customer" or None (not known)."""
        r = message.sender_role
        if r in ("agent", "system", "bot"):
            return "agent"
        if r == "customer":
            return "customer"
        if message.sender and state.agent:
            return "agent" if message.sender == state.agent else "customer"
        return None

    def expected(
        self, state: ConversationState, role: str | None, sender: tuple, words: list[str]
    ) -> set[str]:
        """The types a customer's message is expected to hold: what the agent asked for,
        what the customer's previous message gave (a correction may follow) and what the
        message itself names with a question's phrasing ("relatienummer 749544173").
        None for an agent's message, or where the roles are not known (then only
        carry_context recognizers carry)."""
        if role != "customer":
            return set()
        types: set[str] = set()
        for e in state.expecting:
            if not e.any_sender and not e.after_next:
                types |= e.types
        types |= state.last_types.get(sender, frozenset())
        own = self._questions_in(words)
        for k in own:
            types |= self.questions[k][0]
        if not own and self.names_an_id(words):
            # the customer's own words for a number of a kind no rule names ("berth holder
            # number: b7368543", "licence number is 994508339")
            types |= {"CUSTOMER_NUMBER"}
        return types - {NOTHING}

    def not_personal(self, state: ConversationState, role: str | None) -> bool:
        """Did the agent last ask for something that is no personal data (an order number,
        a travel date, a destination), and is this the customer's answer (the first
        message after it that is not "one moment")? A later message may give anything
        ("SKU-53938" … "email me at …")."""
        return role == "customer" and any(
            NOTHING in e.types and not e.answered for e in state.expecting
        )

    def _questions_in(self, words: list[str]) -> list[int]:
        """The questions (indices) whose phrasings occur among the words (one pass over
        the words with every phrasing at once), or whose stems stand next to a word for
        "number" (``id_words``). A phrasing inside a longer one of another question gives
        way to it ("номер счёта" in "номер счёта-фактуры")."""
        # (first word, after the last word, question, the word for "number" or -1)
        hits: list[tuple[int, int, int, int]] = []
        matcher = self._phrasings
        for i, word in enumerate(words):
            for term in matcher._starting_with(word):  # the index ContextMatcher keeps
                if term.matches_at(words, i) or (
                    term.text in self._typo_terms and _typo_after_first(term, words, i)
                ):
                    span = len(term.words)
                    hits.extend((i, i + span, k, -1) for k in self._phrase_questions[term.text])
        if self._stems:
            hits += self._stem_hits(words)

        def inside(s: int, e: int, k: int, hit: tuple[int, int, int, int]) -> bool:
            s2, e2, k2, at = hit
            # a stem's span holds only a phrasing with its word for "number" in it
            held = at < 0 or s <= at < e
            return s2 <= s and e <= e2 and e2 - s2 > e - s and k2 != k and held

        return sorted({k for s, e, k, _ in hits if not any(inside(s, e, k, h) for h in hits)})

    def _stem_hits(self, words: list[str]) -> list[tuple[int, int, int, int]]:
        """(first word, after the last word, question) of each word for "number" with a
        question's stem next to it ("policy holder number", "номер полиса") or in front of
        it in one word ("polisnummer", "skadenummeret", "kundenr.")."""
        out: list[tuple[int, int, int, int]] = []
        for i, raw in enumerate(words):
            word = raw.strip(".:?!,;#")
            if word in self._id_stem_forms or raw.rstrip(":?!,;") in self._id_words:
                for d in range(1, STEM_WINDOW + 1):
                    near = [j for j in (i - d, i + d) if 0 <= j < len(words)]
                    found = [(j, k) for j in near if (k := self._stem_of(words[j])) is not None]
                    if found:
                        j, k = found[0]
                        out.append((min(i, j), max(i, j) + 1, k, i))
                        break
                continue
            compound = len(word) >= 6 and word.endswith(self._id_endings)
            m = self._compound.match(word) if compound else None
            if m is not None:
                k, first = self._stem_of(m.group("head")), i
                if k is None and i > 0:  # "ID-kortnummeret" is read as "id", "kortnummeret"
                    k, first = self._stem_of(f"{words[i - 1]}-{m.group('head')}"), i - 1
                if k is not None:
                    # both words: "kortnummeret" (a card's) inside it gives way
                    out.append((first, i + 1, k, i))
        return out

    def names_an_id(self, words: list[str], times: int = 1) -> bool:
        """Do the words name a number, an ID or a reference ("Seapass number", "applicant
        ID", "gjestenummeret", "номер гостя"), of any kind, ``times`` times or more? Not a
        code ("promo code", "postcode"): codes are rarely a person's number; nor "which
        number" ("На какой номер звонить?"), a phone number as a rule."""
        seen = 0
        for i, raw in enumerate(words):
            word = raw.strip(".:?!,;#")
            if word in _CODE_WORDS:
                continue
            if self._is_id_word(word) or raw.rstrip(":?!,;") in self._id_words:
                # the kind named next to it: before it ("guest number", "applicant ID"), in
                # Russian after it ("номер гостя"); not "which number", "номер для курьера"
                j = i + 1 if word.startswith(("номер", "№")) else i - 1
                kind = words[j].strip(".:?!,;#") if 0 <= j < len(words) else ""
                which = i > 0 and words[i - 1] in _NOT_KINDS and j > i  # "на какой номер"
                if len(kind) >= 3 and kind.isalpha() and kind not in _NOT_KINDS and not which:
                    seen += 1
            elif len(word) >= 6 and self._id_compound.match(word):
                seen += 1
        return seen >= times

    def _is_id_word(self, word: str) -> bool:
        """A word for "number", also inflected ("nummeret", "koden", "номера"), or one of
        five letters or more with two letters next to each other swapped ("nubmer")."""
        if word in self._id_forms:
            return True
        return len(word) >= 5 and any(
            word[:i] + word[i + 1] + word[i] + word[i + 2 :] in self._id_words
            for i in range(len(word) - 1)
            if word[i] != word[i + 1]
        )

    def _stem_of(self, word: str) -> int | None:
        """The question whose stem the word starts with (the longest stem first)."""
        m = self._stem_start.match(word) or self._stem_inside.search(word)
        return self._stem_question[m.group(0)] if m else None

    def carried(self, state: ConversationState, expected: set[str], lang: str) -> frozenset[str]:
        """The recognizers whose context the conversation gives this message: those of
        the ``expected`` types with context words in the message's language, or none (a
        Dutch bank account number is not what a Russian customer answers), and those of
        carry_context."""
        names: set[str] = set()
        for e in state.expecting:
            if e.any_sender:
                names |= e.recognizers
        for t in expected:
            for name in self.by_type.get(t, frozenset()):
                langs = self.by_lang.get(name)
                if not langs or lang in langs or "any" in langs:
                    names.add(name)
        return frozenset(names)

    def plausible(self, text: str, words: list[str], f: Finding) -> bool:
        """May a finding that the conversation made (or helped) stand? Not when the answer
        says it is something else ("we're flying on ...", "only the order number ..."), nor
        a birth date of the last twelve months (a travel date, as a rule)."""
        matcher = self.not_answers.get(f.entity_type)
        if matcher is not None and matcher.mentions(self._line_words(text, words, f.start)):
            return False
        prefix = _LETTER_PREFIX.match(text, f.start, f.end)
        if prefix is not None and prefix.group(1).lower() in self._other_prefixes:
            return False  # "ORD49531943", "SO-77228069": an order's number by its letters
        if _DECIMAL.fullmatch(text, f.start, f.end) and (
            len(_DECIMAL.findall(text)) >= 2 or "°" in text
        ):
            return False  # "52.3676, 4.9041": a place on a map, not a number asked for
        if f.entity_type == "DATE_OF_BIRTH":
            value = text[f.start : f.end]
            when = birth_date(value)
            if when is not None and (date.today() - when).days < RECENT_DAYS:
                return False
            if when is not None and date.today().year - when.year >= OLD_YEARS:
                if _TWO_DIGIT_YEAR.search(value) or (len(value) == 6 and value.isdigit()):
                    return False  # "26.11.27": next year's travel date, not 1927
        return True

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

    def introductions(
        self,
        text: str,
        words: list[str],
        state: ConversationState,
        role: str | None,
        findings: Sequence[Finding],
    ) -> list[Found]:
        """Names a message introduces: the agent's own first name in the agent's first
        message ("Hello and welcome to Riverside Council, Keely here.", "Вас приветствует
        Ирина"), and a customer's own name in lower case ("ik ben marloes prins", "it's
        niall winslow here", "это громова дарья")."""
        if role == "agent":
            if any(key[0] == "agent" for key in state.last_of):
                return []  # an agent introduces themself in the first message
            out = []
            for m in self._greeting.finditer(text):
                group = "a" if m.group("a") else "b"
                s, e = m.span(group)
                parts = m.group(group).split()
                if not self._name_like_word(parts[0]):
                    continue  # "Smile Dental at Leeds", "Оператор на связи"
                if any(p.lower() in self._not_names or _stop_word(p) for p in parts):
                    # "Support here", "welcome to Northgate Bank": the first word alone
                    if (
                        len(parts) < 2
                        or parts[0].lower() in self._not_names
                        or _stop_word(parts[0])
                    ):
                        continue
                    e = s + len(parts[0])
                out.append(
                    Found(s, e, "PERSON", 0.7, "conversation: the agent's name in a greeting")
                )
            return out
        if role != "customer" or len(text) > LIST_MAX_CHARS:
            return []
        if self._intro_heads.isdisjoint(words):
            return []  # no introduction
        out = []
        for m in self._introduced.finditer(text):
            s, e = m.span("name")
            n = self._name_words(m.group("name"))
            if not n:
                continue
            e = s + n
            inside = [f for f in findings if f.start < e and s < f.end]
            if any(f.start < s or f.end > e or f.entity_type != "PERSON" for f in inside):
                continue  # a value, or a name found that is longer
            # a name found in part ("степанова" of "степанова дарья") grows to the whole
            score = max([0.6, *(f.score for f in inside)])
            out.append(Found(s, e, "PERSON", score, "conversation: the customer's own name"))
        return out

    def _name_like_word(self, word: str) -> bool:
        """A first name of a configured locale or of any (Faker's), or a word no dictionary
        knows ("Keely", "Poppy", "Grace"; not "Dental"); in Russian a first name or last
        name by pymorphy3 ("Ирина"; not "Оператор")."""
        from privacyguard.detect.names import (
            city_names,
            everyday_word,
            faker_names,
            russian_name_tag,
            world_names,
        )

        if "\u0400" <= word[:1] <= "\u04ff":
            return russian_name_tag(word) in ("Name", "Surn")
        low = word.lower()
        if bool(self._locales) and low in faker_names(self._locales)[0]:
            return True
        if low in city_names() or not any(c in _VOWELS for c in low):
            return False  # "Bergen–Alicante", "Tlf 412 34 567": a place, an abbreviation
        return low in world_names() or not everyday_word(low)

    def _name_words(self, phrase: str) -> int:
        """The length of the name that starts a phrase ("marloes prins" of "marloes prins
        en ...", "bas van beek"), 0 when it starts with no name: two or three words (with
        particles between), no function word; in Russian a first name first or last (by
        pymorphy3); else the first a listed first name, capitalised or a word no dictionary
        knows, and the last a listed last name or a word no dictionary knows."""
        from privacyguard.detect.names import everyday_word, faker_names, russian_name_tag

        if not self._locales:
            return 0
        first, last = faker_names(self._locales)
        core: list[re.Match[str]] = []
        # a particle before the last word: "van beek" is a last name
        particle = after_particle = False
        for w in _WORDS.finditer(phrase):
            low = w.group(0).lower()
            if core and low in self._particles:
                particle = True
                continue
            if _stop_word(low) or low in self._after_words:
                break  # "niall winslow here", "Live Rønning speaking"
            after_particle, particle = particle, False
            core.append(w)
            if len(core) == 3:
                break
        if len(core) < 2:
            return 0
        head, tail = core[0].group(0), core[-1].group(0)
        if "\u0400" <= head[:1] <= "\u04ff":
            tags = [russian_name_tag(w.group(0).capitalize()) for w in (core[0], core[-1])]
            return core[-1].end() if "Name" in tags else 0
        h, t = head.lower(), tail.lower()
        if not (h in first or head[:1].isupper() or not everyday_word(h)):
            return 0
        if not (t in last or after_particle or not everyday_word(t)):
            return 0
        return core[-1].end()

    def named_otherwise(self, text: str, start: int, entity_type: str) -> bool:
        """Do the words right before a value name another kind of number ("item code
        SKU-60228", "artikel 66010", "ordre 5512")?"""
        matcher = self.not_answers.get(entity_type)
        if matcher is None:
            return False
        from privacyguard.detect.context import context_words

        before = context_words(text[max(0, start - NAMED_BEFORE_CHARS) : start])
        return matcher.mentions(before[-3:])

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

    def update(
        self,
        state: ConversationState,
        message: Message,
        role: str | None,
        sender: tuple,
        words: list[str],
        findings: Sequence[Finding],
    ) -> None:
        """The state after a message: turns used up, expectations fulfilled or opened,
        values and the types to expect a correction of remembered."""
        in_text = [f for f in findings if f.field == "text"]
        types = {f.entity_type for f in in_text}
        # a type given as a list (two values or more) may have more items to come ("oh and
        # the kids too:" ... a second list): the list leaves its expectation open
        counts = Counter(f.entity_type for f in in_text) if len(in_text) > 1 else {}
        fulfilled = {t for t in types if counts.get(t, 0) < 2}
        self._remember_sender_names(state, message)
        holding = (
            role != "agent"
            and not in_text
            and len(words) <= HOLD_WORDS
            and self.hold.mentions(words)
        )
        kept: list[Expectation] = []
        for e in state.expecting:
            if e.any_sender:
                e.turns -= 1
            elif role == "customer" and holding and not e.answered:
                e.deferred = True
            elif role == "customer" and not holding and e.after_next:
                e.after_next = False  # this message answered the new question
            elif role == "customer" and not holding:
                e.turns -= 1
                e.answered, e.deferred = True, False
                e.types = e.types - fulfilled
                if e.types & (types - fulfilled):
                    e.turns = max(e.turns, self.settings.expect_turns)  # a list: more to come
            if e.turns > 0 and e.types:
                kept.append(e)
        state.expecting = kept
        if role == "agent" and message.sender_role and message.sender and not state.agent:
            # a sender the export marks as the business (a WhatsApp Business system
            # message, a help desk's agent) is the agent for its messages without a role
            state.agent = message.sender
        if role == "agent":
            state.address_of.clear()  # the agent has answered: no rest of an address follows
            state.rejected = frozenset()
        if role == "agent" and _asks(message.text, self._thanks):
            state.last_types.clear()  # a new question: the next answer is no correction
        if role == "agent" or (role is None and message.sender and not in_text):
            # without roles, a sender who asks (and gives no value) is taken for the agent
            asked = [
                Expectation(self.questions[k][0], self.questions[k][1])
                for k in self._questions_in(words)
                if role == "agent" or not (self.questions[k][0] & types)
            ]
            if not asked and role == "agent" and _asks(message.text, self._thanks):
                # no phrasing of rules/conversation/ matched: a context word of a
                # recognizer that needs one ("Hva er reward-nummeret ditt?") will do
                named = {t for t, matcher in self.context_only if matcher.mentions(words)}
                if named:
                    asked = [Expectation(frozenset(named), self.settings.expect_turns)]
            only_names = bool(asked) and all(e.types == {"PERSON"} for e in asked)
            if (
                (not asked or only_names)
                and role == "agent"
                and _asks(message.text, self._thanks)
                and self.names_an_id(words)
            ):
                # trust the question, not the shape: a number, ID or reference of a kind no
                # rule names ("your Seapass number", "the applicant ID", "gjestenummeret",
                # "номер гостя") is the number the business files the customer under
                id_types = frozenset(
                    {"CUSTOMER_NUMBER", "PERSON"} - (set() if only_names else {"PERSON"})
                )
                asked = [Expectation(id_types, self.settings.expect_turns)]
            if role == "agent" and self.rejects(message.text):
                # "that looks like an invoice number rather than the patient number; is
                # there another number?": the number asked for before, once more
                again = frozenset().union(*(e.types for e in asked)) - {NOTHING}
                again |= state.rejected | {"CUSTOMER_NUMBER"}
                asked = [Expectation(again, self.settings.expect_turns)]
            if (
                asked
                and role == "agent"
                and all(NOTHING in e.types for e in asked)
                and _asks(message.text, self._thanks)
                and self._kind_asked_apart(message.text)
            ):
                # "That's an order number I think, do you have the applicant ID?": the
                # order number is named, the number of its own kind is asked for
                asked = [Expectation(frozenset({"CUSTOMER_NUMBER"}), self.settings.expect_turns)]
            personal = [e for e in asked if NOTHING not in e.types]
            if asked and _asks(message.text, self._thanks):
                # a new question closes the earlier ones, but for one the customer went
                # looking for; a question for personal data wins over one for an order
                # number in the same message
                looking = [
                    replace(e, turns=self.settings.expect_turns, deferred=False, after_next=True)
                    for e in state.expecting
                    if e.deferred and NOTHING not in e.types and not e.any_sender
                ]
                state.expecting = (personal or asked) + looking
                if role is None:
                    state.agent = message.sender
            elif personal:
                # "The one we sent you by email.": no question, but it may become one; and
                # the agent has moved on ("Til passasjerlisten trenger jeg passnummeret"):
                # the next answer is no correction of the previous value
                state.expecting.extend(personal)
                state.last_types.clear()
        if role is None:
            for etype, name, matcher in self.legacy:
                if matcher.mentions(words):
                    state.expecting.append(
                        Expectation(frozenset({etype}), CARRY_MESSAGES, frozenset({name}), True)
                    )
        if role != "customer":
            return
        last = types & CORRECTABLE
        places = [f for f in in_text if f.entity_type == LOCATION]
        if places:
            start, end = self.body(message.text)
            if any(f.start <= start + 2 and f.end >= end - 2 for f in places):
                last.add(LOCATION)  # an address as the whole answer: its second line may follow
        if LOCATION in last:
            state.address_of[sender] = message.text[slice(*self.body(message.text))]
        else:
            state.address_of.pop(sender, None)
        state.last_types[sender] = frozenset(last)
        for f in in_text:
            if f.entity_type in REPEATABLE and len(state.values) < MAX_VALUES:
                value = message.text[f.start : f.end].lower()
                if len(value) >= 5:
                    state.values.setdefault(value, f.entity_type)

    def _kind_asked_apart(self, text: str) -> bool:
        """Does a part of the message (between commas and stops) ask for a number of a kind
        no rule names, apart from the part that names another ("that looks like an order
        number. I need your Seapass number.")?"""
        from privacyguard.detect.context import context_words

        for part in _PARTS.findall(text):
            words = context_words(part)
            if words and not self._questions_in(words) and self.names_an_id(words):
                return True
        return False

    def answer_index(self, state: ConversationState, role: str | None) -> int | None:
        """For an agent's message: the index (in the batch) of the customer's last message,
        whose answer the agent may say was something else; None otherwise."""
        if role != "agent":
            return None
        customers = [i for key, i in state.last_of.items() if key[0] == "customer"]
        return max(customers, default=None)

    def rejects(self, text: str) -> bool:
        """Does an agent's message say the answer was something that is no personal data,
        not the number asked for, and ask again ("that looks like an invoice number rather
        than the patient number; is there another number on the letter?", "dat lijkt een
        factuurnummer, niet het gezinsnummer; staat er nog een ander nummer?")?"""
        if "?" not in text:
            return False
        from privacyguard.detect.context import context_words

        said = context_words(" ".join(c for c in _CLAUSE.findall(text) if not c.endswith("?")))
        if not said or not self._negations.mentions(said):
            return False
        return any(NOTHING in self.questions[k][0] for k in self._questions_in(said))

    def withdraw(
        self,
        state: ConversationState,
        answer: str,
        findings: list[Finding],
        words: list[str],
        text: str,
    ) -> list[Finding]:
        """The findings of the customer's last message without those the conversation made
        of a type that the agent's statement says the answer was not: it names something
        that is no personal data and the type it asked for ("That's the order no. – the
        customer number is on your bill", "Dat lijkt een bestelnummer. Ik heb je
        klantnummer nodig"). A question ("order number or customer number?") withdraws
        nothing; a statement before a question does ("that looks like an invoice number
        rather than the patient number; is there another number on the letter?")."""
        if not findings:
            return findings
        if "?" in text:
            from privacyguard.detect.context import context_words

            said = " ".join(_said(c) for c in _CLAUSE.findall(text))
            if not said.strip():
                return findings
            words = context_words(said)
        asked = [self.questions[k][0] for k in self._questions_in(words)]
        if not any(NOTHING in types for types in asked):
            return findings
        named = frozenset().union(*asked) - {NOTHING}
        from privacyguard.detect.context import context_words

        if self.names_an_id(context_words(text), times=2):
            # "that looks like an order number; I need your guest number": the number of a
            # kind no rule names, that the conversation made a customer number, goes too
            named |= {"CUSTOMER_NUMBER"}
        if len(findings) == 1 and self._negations.mentions(words):
            # the answer's only value, said not to be what was asked ("an invoice number
            # rather than the patient number"): a number without a checksum that the
            # conversation took for another kind of number ("the patient number" made a
            # passport number of it, "номер медкарты" is no listed phrasing) goes all the same
            named |= _SHAPE_ONLY_IDS
        kept = []
        for f in findings:
            made = f.recognizer == "conversation" or _CARRIED in f.explanation
            if made and f.entity_type in named and f.field == "text":
                state.values.pop(answer[f.start : f.end].lower(), None)
                state.rejected |= {f.entity_type}
                continue
            kept.append(f)
        return kept

    def _remember_sender_names(self, state: ConversationState, message: Message) -> None:
        """The parts of a sender's or participant's name mark that name later in the
        conversation ("Siobhan Kelly" sends; "thanks again, siobhan"), when the field
        looks like a person's name: it starts with a listed first name (so a brand that
        sends, "Wehkamp Klantenservice", marks nothing)."""
        parts_of = getattr(self._person, "sender_parts", None)
        if parts_of is None or not self._locales:
            return
        from privacyguard.detect.names import faker_names

        first_names = faker_names(self._locales)[0]
        values = [message.sender or ""] + [v for n, v in message.fields if PERSON_FIELDS.search(n)]
        for value in values:
            words = value.split()
            if words and words[0].lower() in first_names and len(state.names) < MAX_VALUES:
                state.names.update(parts_of(value, message.lang or "en"))

    # --- bare answers -----------------------------------------------------------------

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
            out = [_with_article(text, a) for a in out]
        if out or len(text) > DISGUISED_ANSWER_CHARS:
            return out
        # a disguised answer ("Z Y 6 2 7 3 9 2", "EQ1\u200c12810"): its shape in the
        # canonical text, reported on the characters the customer typed
        norm = self._normaliser.normalise(text, lang, words)
        if norm is None:
            return out
        for a in self._shaped(norm.text, lang, kinds):
            if norm.touches_change(a.start, a.end):
                start, end = norm.original(a.start, a.end)
                why = f"{a.why}; read with spelled-out or disguised characters"
                out.append(Found(start, end, a.entity_type, a.score, why))
        return out

    @lru_cache(maxsize=16)  # noqa: B019 (the rules live as long as the detector)
    def _shaped(self, text: str, lang: str, types: frozenset[str]) -> tuple[Found, ...]:
        """The answers of the types' shapes in a text (asked again for a list's layout)."""
        out: list[Found] = []
        body: tuple[int, int] | None = None
        tail: tuple[tuple[int, int], frozenset[str] | None] | None = None
        for etype in sorted(types):
            for shape in self.shapes.get(etype, ()):
                if "answer" not in shape.use or (shape.languages and lang not in shape.languages):
                    continue
                if shape.whole:
                    if body is None:
                        body = self.body(text)
                        tail = self.lead_in(text, body)
                    m = shape.regex.fullmatch(text, *body)
                    if m is None and tail is not None and (tail[1] is None or etype in tail[1]):
                        m = shape.regex.fullmatch(text, *tail[0])
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

    def _address_inside(self, text: str) -> list[Found]:
        """Trust the question: while an address is asked for, the addresses inside the
        answer, whatever words stand around them ("no, to work: 78 ropewalk, stirling",
        "nieuw: esdoornhof 77b tilburg, oud was zwanenvest 90a 4331 lk middelburg", "naar
        wilhelminastraat 83-ii, assen", "130b granary mews, stirling fk8 2bp (the side
        door)"): from a house number, or the word before one, the longest run of tokens
        made of an address's parts (address_answer) with a street's word, a postcode or
        two words, within one bracket-free clause."""
        if len(text) > DISGUISED_ANSWER_CHARS or not any(c.isdigit() for c in text):
            return []
        out: list[Found] = []
        tokens = [m for m in _ADDRESS_RUN.finditer(text)]
        k = 0
        while k < len(tokens):
            first = tokens[k].group().lower().strip(".,")
            starts_here = any(c.isdigit() for c in first) or (
                k + 1 < len(tokens)
                and _HOUSE.fullmatch(tokens[k + 1].group().lower().strip(".,")) is not None
                and not _stop_word(first)
            )
            found = None
            if starts_here:
                for last in range(min(len(tokens), k + ADDRESS_TOKENS) - 1, k, -1):
                    start, end = tokens[k].start(), tokens[last].end()
                    value = text[start:end].rstrip(" ,;.:")
                    if not any(c.isdigit() for c in value) or "(" in value or ":" in value:
                        continue
                    # "zuiderdiep 66 in alkmaar": the town after a preposition by the number
                    check = self._town_prep.sub(", ", value) if self._town_prep else value
                    inner = [w.lower() for w in _WORDS.findall(check)]
                    if any(_stop_word(w) and not self._street_line(w) for w in inner):
                        continue  # "…, exeter ex4 3pz, old was 12a": the sentence goes on
                    strong = self._street_line(value) or (
                        self._postcodes is not None and self._postcodes.search(value.lower())
                    )
                    named = len([w for w in _WORDS.findall(value) if not w.isdigit()]) >= 2
                    if (strong or named) and self.address_answer(check):
                        why = "conversation: an address inside the answer to the agent's question"
                        found = Found(start, start + len(value), LOCATION, 0.9, why)
                        k = last
                        break
            if found is not None:
                out.append(found)
            k += 1
        return out

    def body(self, text: str) -> tuple[int, int]:
        """The answer without the filler words before it, and the hedges ("I think", "tror
        jeg", "вроде") and punctuation after it."""
        end = len(text)
        tail = _WORDS.findall(text[-24:])
        if tail and tail[-1].lower() in self._hedge_lasts and self._hedges is not None:
            m = self._hedges.search(text, max(0, len(text) - 60))
            if m is not None and m.start() > 0:
                end = m.start()  # "8a beacon hill, exeter I think"
        while end and not text[end - 1].isalnum():
            end -= 1  # "nvm6du 👍", "sigurd berg?"
        start = 0
        if self._lead is not None:
            m = self._lead.match(text)
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
        for matcher in self.negatives.get(shape.entity_type, ()):
            hit = matcher.nearest(text, start, end)
            if hit is not None and hit.term.negative:
                return None
        return Found(
            start, end, shape.entity_type, shape.score, f"conversation/{shape.name}: {why}"
        )

    def _validate(self, name: str, value: str) -> bool:
        if name == "name_answer":
            return self.name_answer(value)
        if name == "address_answer":
            return self.address_answer(value)
        if name == "mistyped_iban":
            return _mistyped_iban(value)
        if name == "birth_date_answer":
            return birth_date(value) is not None
        return bool(registry.lookup(registry.validators, "validator", name)(value))

    def name_answer(self, value: str) -> bool:
        """A bare answer that can be a name: a listed first or last name in it, or not
        made of everyday words only ("yes sure", "thank you", "спасибо")."""
        from privacyguard.detect.names import everyday_word, faker_names

        words = [w.lower() for w in _WORDS.findall(value)]
        if not words:
            return False
        core = [w for w in words if w not in self._particles]  # "van der berg"
        if self._locales and core:
            first, last = faker_names(self._locales)
            if core[0] in first and (len(core) == 1 or core[-1] in last):
                return True
            if len(core) < len(words) and core[-1] in last:
                return True
        return not all(everyday_word(w) for w in core or words)

    def address_answer(self, value: str) -> bool:
        """An answer made of an address's parts only, in any order: a house number ("64",
        "6-1", "21 b"), a street (a word of ``street_words`` or ending in one), a postcode
        (``postcodes``), a town ("cedar court 64, lancaster", "3811hr 22", "6002 ålesund,
        eikelia 75", "98, la1 1yw"). A number and everyday words only ("about 20
        minutes") are no address."""
        from privacyguard.detect.names import everyday_word

        low = value.lower()
        if any(LOCATION in self.questions[k][0] for k in self._questions_in(_WORDS.findall(low))):
            return False  # "address is 43 hawthorn crescent": the cue, not a bare answer
        from privacyguard.detect.dates import parse_date

        if parse_date(value) is not None:
            return False  # "June 16, 2026" after "Where are you headed?" … "And when?"
        if _MONEY.search(value):
            return False  # "totalt ble det 1520 kr": an amount, not a postcode and a town
        strong = 0
        if self._postcodes is not None:
            low, strong = self._postcodes.subn(" ", low)
        house = numbers = 0
        words: list[str] = []
        previous_number = False
        for token in _ADDRESS_TOKEN.split(low):
            token = token.strip(".")
            if not token or token in _ADDRESS_JOINERS or _DWELLING.fullmatch(token):
                continue  # "h0201": a Norwegian flat's number beside the house number
            if token in self._house_words and words and not previous_number:
                # "holly cottage, mill lane": a house's name in place of its number
                house += 1
                words.append(token)
                continue
            if _HOUSE.fullmatch(token):
                house += 1
                numbers += 1
                previous_number = True
                continue
            if token.isdigit() and len(token) <= 6:
                numbers += 1  # a postcode of digits ("4611", "620014")
            elif previous_number and len(token) == 1 and token.isalpha():
                pass  # "21 b"
            elif _WORD.fullmatch(token):
                words.append(token)
            else:
                return False  # "£12.40", "18.10.1982", "@": something else
            previous_number = False
        if numbers + strong > 4 or len(words) > 8 or not (house or strong):
            return False
        if strong and (house or words):
            return True
        if not house or not words:
            return False
        streets = self._street_words

        def street(w: str) -> bool:
            return w in streets or any(w.endswith(x) for x in self._street_endings)

        from privacyguard.detect.names import stop_words

        for w in words:
            if w not in self._particles and not street(w):
                if any(w in stop_words(lang) for lang in ("en", "nl", "nb", "ru")):
                    return False  # "… kristiansand er riktig adresse": a sentence around it
        if any(street(w) for w in words):
            return True
        # no street word: a street and a town no dictionary knows ("eikelia 49, bodø"),
        # not a sentence ("laatste stuk is 45")
        return len(words) <= 4 and all(not everyday_word(w) for w in words)

    # --- values found before --------------------------------------------------------

    def seen_before(self, text: str, state: ConversationState) -> list[Found]:
        """Later mentions of a value found earlier in the conversation, in any case."""
        if not state.values:
            return []
        low = text.lower()
        out = []
        for value, etype in state.values.items():
            at = low.find(value)
            while at >= 0:
                end = at + len(value)
                if (at == 0 or not low[at - 1].isalnum()) and (
                    end == len(low) or not low[end].isalnum()
                ):
                    out.append(Found(at, end, etype, 0.7, _SEEN))
                at = low.find(value, end)
        return out

    # --- lists ------------------------------------------------------------------------

    def list_items(
        self,
        text: str,
        lang: str,
        findings: Sequence[Finding],
        find: FindFn,
        expected: Iterable[str] = (),
        records: bool = False,
    ) -> list[Found]:
        """Values in a list that take the type of the same position in another item (see
        _list_items), and the birth dates of the people a customer names (_dated_names)."""
        dated = self._dated_names(text, lang, findings) if records else []
        out = self._list_items(text, lang, findings, find, expected, records, dated)
        out += self._phones_asked_over(text, findings, find) if records else []
        out += self._phone_after_date(text, dated, findings, find)
        return out + [d for d in dated if not any(_same(d, f) for f in out)]

    def _phone_after_date(
        self, text: str, dated: list[Found], findings: Sequence[Finding], find: FindFn
    ) -> list[Found]:
        """A phone number right after a birth date with only a space between ("17-08-1946
        06-16717912"), which the phone recognizers, reading the date's digits with it, miss:
        the run of digits after the date read alone."""
        phones = self.by_type.get("PHONE_NUMBER", frozenset())
        out: list[Found] = []
        for d in dated if phones else ():
            m = _LEFTOVER.match(text, d.end + 1) if text[d.end : d.end + 1] == " " else None
            if m is None or any(f.start < m.end() and m.start() < f.end for f in findings):
                continue
            for p in find(m.group(0), phones):
                if p.entity_type == "PHONE_NUMBER" and p.end - p.start >= len(m.group(0)) - 1:
                    why = f"{p.explanation}; read apart from the birth date before it"
                    out.append(Found(m.start() + p.start, m.start() + p.end, p.entity_type,
                                     p.score, why))  # fmt: skip
                    break
        return out

    def _phones_asked_over(
        self, text: str, findings: Sequence[Finding], find: FindFn
    ) -> list[Found]:
        """A phone number of which a question made the digits after its country code or
        trunk prefix another type ("+31 6 53015629", "06-15669779" after "Wie reizen er
        mee?": a passport's eight digits): the phone number, as the phone recognizers
        read the whole, outweighs it."""
        phones = self.by_type.get("PHONE_NUMBER", frozenset())
        out: list[Found] = []
        for f in findings:
            if (
                f.entity_type == "PHONE_NUMBER"
                or f.field != "text"
                or _CARRIED not in f.explanation
                or not phones
            ):
                continue
            head = _PHONE_HEAD.search(text, max(0, f.start - 10), f.start)
            if head is None:
                continue
            for p in find(text[head.start() : f.end], phones):
                if p.entity_type == "PHONE_NUMBER" and p.start == 0:
                    why = f"{p.explanation}; a phone number, not the {f.entity_type} asked for"
                    score = min(1.0, max(p.score, f.score) + 0.01)
                    out.append(Found(head.start(), head.start() + p.end, p.entity_type, score, why))
                    break
        return out

    def _dated_names(self, text: str, lang: str, findings: Sequence[Finding]) -> list[Found]:
        """The birth dates of the people a customer names: a date right after a name (only
        separators or a word for "born" between: "Ruth Alder - 9 Mar 1962", "Karin Mulder
        (12-7-1958)", "tobias marlow: 19/11/1984", "Лидия Котова 12.04.1961") that can be a
        birth date (between 1900 and today; one of the last twelve months is a travel date,
        see plausible()). The name is one found, or the words before the date on its line
        or item that can be a name (they are reported too)."""
        if len(text) > LIST_MAX_CHARS or not any(c.isdigit() for c in text):
            return []
        names = [f for f in findings if f.entity_type == "PERSON" and f.field == "text"]
        ends = {f.end for f in names}
        shapes = [
            x
            for x in self.shapes.get("DATE_OF_BIRTH", ())
            if "list" in x.use and not x.whole and (not x.languages or lang in x.languages)
        ]
        why = "a date by the name of a person the customer lists"
        out: list[Found] = []
        taken: list[tuple[int, int]] = []
        for shape in shapes:
            for m in shape.regex.finditer(text):
                start = m.start("value") if "value" in m.re.groupindex else m.start()
                if any(a < m.end() and start < b for a, b in taken):
                    continue
                head = _NAME_DATE_HEAD.search(text, max(0, start - 64), start)
                if head is None:
                    continue
                name = None
                if len(head.group("head").rstrip()) + head.start("head") not in ends:
                    piece = head.group("head").rstrip()
                    first = self._name_start(piece)
                    if first >= len(piece) or not (
                        self._name_like(piece[first:]) or self._unknown_name(piece[first:])
                    ):
                        continue
                    if self._questions_in([w.lower() for w in _WORDS.findall(piece)]):
                        continue  # "даат рождения 08/02/1953": a label, not a name
                    a = head.start("head") + first
                    b = head.start("head") + len(piece)
                    if any(f.start < b and a < f.end for f in findings):
                        continue  # a value, or a name found that reaches beyond it
                    name = Found(a, b, "PERSON", 0.6, f"conversation: a name {why[7:]}")
                found = self._judge(text, m, shape, why)
                if found is None:
                    continue
                out.append(found)
                taken.append((found.start, found.end))
                if name is not None:
                    out.append(name)
        # the date first: "12/03/1981 - Laura Finch", "30.07.2009 Sam Finch"
        starts = {f.start for f in names}
        for shape in shapes:
            for m in shape.regex.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                gap = _DATE_NAME_GAP.match(text, m.end())
                if gap is None or gap.end() not in starts:
                    continue
                if not _ITEM_START.search(text, max(0, m.start() - 8), m.start()):
                    continue  # "on 12/03/1981 Laura …": a sentence, not a record
                found = self._judge(text, m, shape, why)
                if found is not None:
                    out.append(found)
                    taken.append((found.start, found.end))
        return out

    def _list_items(
        self,
        text: str,
        lang: str,
        findings: Sequence[Finding],
        find: FindFn,
        expected: Iterable[str],
        records: bool,
        dated: list[Found],
    ) -> list[Found]:
        """Values in a list that take the type of the same position in another item
        ("Pieter Bakker, 4.11.1969, NW81K2P03 and our son Daan, 2.6.2015, NX4473C19"), or of
        the other items of a list of one type ("Q2RM6Y and 5uxbu3")."""
        in_text = [f for f in findings if f.field == "text"]
        if dated and in_text:  # the birth dates show the records' layout like any type found
            mid = in_text[0].message_id
            kept = [
                f for f in in_text if not any(d.start < f.end and f.start < d.end for d in dated)
            ]
            kept += [
                Finding(mid, d.entity_type, d.start, d.end, d.score, "conversation", d.why, lang)
                for d in dated
            ]
            in_text = sorted(kept, key=lambda f: f.start)
        found = self._with_answers(text, lang, in_text, expected)
        typed = [f for f in found if f.entity_type in self.list_types]
        if not typed or len(text) > LIST_MAX_CHARS or not _LISTY.search(text):
            return []
        # a customer's message read as records of values (not an agent's greeting)
        periodic = self._periodic(text, lang, found, find, expected) if records else []
        out_of = partial(_outside, periodic)
        items = _spans_between(self._items, text, 0, len(text))
        if len(items) < 2:
            return periodic  # a record needs a second item to fill, a list a second value
        slots = [_slots(text, s, e, found) for s, e in items]
        out: list[Found] = []
        template = self._template(text, slots, records) if len(items) >= 2 else []
        if template:
            values = [t for t in dict.fromkeys(template) if t in self.list_types - {"PERSON"}]
            for item in slots:
                if len(item) != len(template):
                    # an item with fields missing ("3. 07952 270028" among "1. Rosie -
                    # 07961 477051"): a value takes the first value type of the records
                    # that finds it
                    for s, e, t in item:
                        if t is None and any(c.isdigit() for c in text[s:e]):
                            for want in values:
                                hit = self._slot_value(text, s, e, want, lang, find)
                                if hit:
                                    out.extend(hit)
                                    break
                    continue
                for (s, e, t), slot in zip(item, template, strict=True):
                    if t is None and slot == NAME_BY_LAYOUT:
                        out.extend(
                            self._slot_value(text, s, e, "PERSON", lang, find, True, records)
                        )
                    elif t is None and slot is not None and slot in self.list_types:
                        out.extend(self._slot_value(text, s, e, slot, lang, find))
            return out_of(out) + periodic
        # a list of values of one type: "8E8JDU and RH87F7, p2dsul", "NL46 ... / NL12 ..."
        types = {t for item in slots for _, _, t in item if t}
        if len(types) != 1 or len(items) < 2 or not types <= self.list_types - {"PERSON"}:
            return out_of(out) + periodic
        (only,) = types
        for item in slots:
            for s, e, t in item:
                value_like = any(c.isdigit() for c in text[s:e]) and len(text[s:e].split()) <= 3
                if t is None and value_like:
                    out.extend(self._slot_value(text, s, e, only, lang, find))
        return out_of(out) + periodic

    def initials(
        self,
        text: str,
        words: list[str],
        findings: Sequence[Finding],
        added: Sequence[Found],
        expected: Iterable[str],
    ) -> list[Found]:
        """Names with initials or particles in a customer's message: a name found without
        its initials and particles ("P. Ainsworth" of "N.P. Ainsworth", "Петров" of
        "Петров И.И.") grows over them; initials (and particles) before a capitalised last
        name are a name ("T.E. Lockhart", "K. van den Berg"; one initial alone only where
        names are asked for or found), as are a Russian last name with initials ("Ершов Е.
        О.") and, where names are asked for or found or the first is a listed first name, a
        first name, particles and a last name ("Willemijn ten Brink", "Bas de Wit")."""
        if len(text) > LIST_MAX_CHARS or ("." not in text and self._particles.isdisjoint(words)):
            return []  # no initials, no particles
        names = [(f.start, f.end, f.score) for f in findings if f.entity_type == "PERSON"]
        names += [(a.start, a.end, a.score) for a in added if a.entity_type == "PERSON"]
        out: list[Found] = []
        why = "conversation: a name with its initials or particles"
        for s, e, score in names:
            before = _INITIALS_BEFORE.search(text, max(0, s - 40), s)
            after = _INITIALS_AFTER.match(text, e)
            start = before.start() if before else s
            end = after.end() if after else e
            if (start, end) != (s, e):
                out.append(Found(start, end, "PERSON", score, why))
        asked = "PERSON" in expected or bool(names)
        taken = [(f.start, f.end) for f in out]
        for m in _INITIAL_NAME.finditer(text):
            s, e = m.span()
            inside = [n for n in names if n[0] < e and s < n[1]]
            if any(a < e and s < b for a, b in taken) or any(a < s or b > e for a, b, _ in inside):
                continue  # a name found that reaches beyond it
            if not self._initial_name(m, asked):
                continue
            score = max([0.6, *(sc for _, _, sc in inside)])
            out.append(Found(s, e, "PERSON", score, why))
        return out

    def outweigh(self, text: str, findings: Sequence[Finding], added: list[Found]) -> list[Found]:
        """The conversation's names with the score of a name found inside them: the whole
        answer "rhys bramwell" outweighs the recognizer's "rhys" it holds, "Ершов Фёдор
        Игоревич" the "Фёдор Игоревич" — unless a word before the name found is a function
        word: "naam is sanne vermeulenkamp" is no name."""
        from privacyguard.detect.names import stop_words

        names = [f for f in findings if f.entity_type == "PERSON" and f.field == "text"]
        if not names:
            return added
        out = []
        for a in added:
            if a.entity_type == "PERSON":
                inside = [
                    f.score
                    for f in names
                    if a.start <= f.start
                    and f.end <= a.end
                    and f.end - f.start < a.end - a.start
                    and not any(
                        w.lower() in stop_words(lang)
                        for w in text[a.start : f.start].split()
                        for lang in ("en", "nl", "nb", "ru")
                    )
                ]
                if inside and max(inside) > a.score:
                    a = Found(a.start, a.end, a.entity_type, max(inside), a.why)
            out.append(a)
        return out

    def leftovers(
        self,
        text: str,
        findings: Sequence[Finding],
        find: FindFn,
        expected: Iterable[str],
    ) -> list[Found]:
        """The other values of an answer to a question for several types, typed with only
        spaces between ("1996-06-20 7843 7862" after "Kan jeg få fødselsdatoen og
        kundenummeret?", "06-44556650 532 879 892"): a run of digits outside the values
        found is read alone by the recognizers of the types asked for that were not found."""
        wanted = set(expected)
        asked = wanted & LEFTOVER_TYPES
        in_text = [f for f in findings if f.field == "text"]
        out: list[Found] = self.whole_values(text, in_text)
        if len(text) > FRAGMENT_MAX_CHARS * 2:
            return out
        if "PERSON" in wanted:
            # "mats huisman\n06 17622539" after "the account holder's name and a phone
            # number", "op naam van mijn man, jan de vries": a line (or a part between
            # commas) of two to four words that can be a name is the name asked for
            for m in _NAME_PART.finditer(text):
                s, e = m.span("name")
                if any(
                    f.start < e
                    and s < f.end
                    and (f.entity_type != "PERSON" or f.start < s or f.end > e)
                    for f in in_text
                ):
                    continue  # a value, or a name found that reaches beyond it
                name = m.group("name")
                if self.name_answer(name) and self._name_like(name):
                    why = "conversation: the name asked for, on its own line or between commas"
                    out.append(Found(s, e, "PERSON", 0.6, why))
        if len(asked) < 2 or not in_text:
            return out
        found_types = {f.entity_type for f in in_text}
        remaining = asked - found_types
        names = frozenset().union(*(self.by_type.get(t, frozenset()) for t in remaining))
        cuts = sorted((f.start, f.end) for f in in_text)
        gaps = [(0, cuts[0][0])] + [(a[1], b[0]) for a, b in zip(cuts, cuts[1:], strict=False)]
        gaps.append((cuts[-1][1], len(text)))
        if not names:
            return out
        runs = [m for g0, g1 in gaps if g1 > g0 for m in _LEFTOVER.finditer(text, g0, g1)]
        for m in runs:
            s, e = m.span()
            for f in find(m.group(0), names):
                if f.entity_type in remaining and f.end - f.start >= (e - s) - 1:
                    why = f"{f.explanation}; the other value of an answer to several questions"
                    out.append(Found(s + f.start, s + f.end, f.entity_type, f.score, why))
                    remaining.discard(f.entity_type)
                    break
        return out

    def whole_values(self, text: str, findings: Sequence[Finding]) -> list[Found]:
        """A number found without the group typed right before it is one value with it: a
        letter prefix ("SK 21009361", "a-628219", "account no. CU 3175383") or an airline's
        three digits ("739-6044326809", "324 5102 793028"; thirteen digits: a ticket). A
        lower-case prefix, or digits before a space, count only where a field starts (the
        message's start, a separator, an item's number): "is 21009361" stays as it is."""
        from privacyguard.detect.names import stop_words

        out: list[Found] = []
        for f in findings:
            if f.entity_type == "FLIGHT_NUMBER":
                out += self._flight_and_more(text, f, findings)
                continue
            if f.entity_type not in WHOLE_TYPES or not text[f.start : f.start + 1].isdigit():
                continue
            value = text[f.start : f.end]
            if (
                f.entity_type == "TICKET_NUMBER"
                and sum(c.isdigit() for c in value) >= TICKET_DIGITS
            ):
                continue  # a whole ticket already
            m = _VALUE_PREFIX.search(text, max(0, f.start - 8), f.start)
            if m is None or any(
                g.start < f.start and m.start() < g.end for g in findings if g is not f
            ):
                continue
            before = text[: m.start()].rstrip(" ")
            field_start = not before or before[-1] in _FIELD_END
            letters, digits, mixed = m.group("letters"), m.group("digits"), m.group("mixed")
            if mixed is not None:
                if not (mixed.isupper() or field_start):
                    continue  # "NB1551 034936", "nb9787 587080" where a field starts
            elif letters is not None:
                word = letters.lower()
                if self._is_id_word(word):
                    continue  # "nr 21009361": the cue, not the value
                common = any(word in stop_words(lang) for lang in ("en", "nl", "nb", "ru"))
                if common and m.group("ls") != "-":
                    continue  # "is 21009361", "en 4060"
                if not (letters.isupper() or field_start or m.group("ls") == "-"):
                    continue
            elif m.group("ds") == " " and not (field_start and len(digits) == 3):
                continue
            kind = f.entity_type
            value = text[m.start() : f.end]
            if (
                digits is not None
                and len(digits) == 3
                and sum(c.isdigit() for c in value) == TICKET_DIGITS
            ):
                kind = "TICKET_NUMBER"
            why = f"{f.explanation}; with the group typed right before it, one value"
            out.append(Found(m.start(), f.end, kind, f.score, why))
        return out

    @staticmethod
    def _flight_and_more(text: str, f: Finding, findings: Sequence[Finding]) -> list[Found]:
        """A flight number's shape with a group of digits after it, and nothing more in its
        field ("SK9067 178769", "TH6510 0481"): a customer's number of letters and digits, not
        a flight; a time ("KL1234 0930") or a year after a flight stays apart."""
        m = _FLIGHT_TAIL.match(text, f.end)
        if m is None or not text[f.start : f.start + 1].isalpha():
            return []
        tail = m.group("digits")
        if len(tail) == 4 and (
            int(tail[:2]) < 24 and int(tail[2:]) < 60 or tail[:2] in ("19", "20")
        ):
            return []
        tail_found = [g for g in findings if g is not f and g.start < m.end() and f.end < g.end]
        if any(g.start < m.start("digits") or g.end > m.end() for g in tail_found):
            return []  # something else reaches into the digits
        score = max([f.score, 0.5, *(g.score for g in tail_found)])
        why = "conversation: a flight number's shape with more digits after it, one number"
        return [Found(f.start, m.end("digits"), "CUSTOMER_NUMBER", score, why)]

    def _initial_name(self, m: re.Match[str], asked: bool) -> bool:
        """Is a match of _INITIAL_NAME a name (see initials())?"""
        from privacyguard.detect.names import faker_names, russian_known, russian_name_tag

        if m.group("ru"):
            # a word before two initials: a name by pymorphy3 (or a place name: "Ершов"),
            # or one it does not know
            ru = m.group("ru")
            return russian_name_tag(ru) is not None or not russian_known(ru.lower())
        if m.group("given"):
            listed = (
                bool(self._locales) and m.group("given").lower() in faker_names(self._locales)[0]
            )
            return (asked or listed) and self._name_like_word(m.group("given"))
        if not (m.group("parts") or self._last_name_like(m.group("last"))):
            return False  # "P.S. Thanks"
        return asked or m.group("inits").count(".") >= 2

    def _last_name_like(self, word: str) -> bool:
        """A capitalised word after initials that can be a last name: a listed one, or no
        everyday word ("P.S. Thanks" is no name)."""
        from privacyguard.detect.names import everyday_word, faker_names

        core = word.split("-")[0].lower()
        if self._locales and core in faker_names(self._locales)[1]:
            return True
        return not everyday_word(core)

    def _with_answers(
        self, text: str, lang: str, found: list[Finding], expected: Iterable[str]
    ) -> list[Finding]:
        """The findings with the answers of an expected list type's shape in place of the
        weaker findings they overlap ("21 Sep 1994" rather than a first name "Sep"), so that
        the list's layout shows."""
        types = [
            t
            for t in expected
            if t in self.list_types and any(not x.whole for x in self.shapes.get(t, ()))
        ]
        if not types or not found or not any(c.isdigit() for c in text):
            return found
        # the engine asked the same (for its answers) just before: the cache has it
        answers = [
            a for a in self._shaped(text, lang, frozenset(expected)) if a.entity_type in types
        ]
        if not answers:
            return found
        mid = found[0].message_id
        extra = [
            Finding(mid, a.entity_type, a.start, a.end, a.score, "conversation", a.why, lang)
            for a in answers
        ]
        kept = [
            f
            for f in found
            if not any(a.start < f.end and f.start < a.end and a.score > f.score for a in extra)
        ]
        taken = [a for a in extra if not any(a.start < f.end and f.start < a.end for f in kept)]
        return sorted(kept + taken, key=lambda f: f.start)

    def _periodic(
        self,
        text: str,
        lang: str,
        found: Sequence[Finding],
        find: FindFn,
        expected: Iterable[str],
    ) -> list[Found]:
        """The message's values in order, read as records of ``k`` values each, whatever
        separates them ("Rhys Garside 18/04/2007 866261879, Sophie Haworth 16.9.1950
        529770221", "Randi Kvamme + Mathilde Fossum, gunhild fossum"): a value takes the
        type found at the same place of another record; at a place where no record has a
        type found, a value with a digit takes a type the agent asked for (or a list type)
        whose recognizer finds it there."""
        slots = [
            part
            for slot in _slots(text, 0, len(text), found, self._name_or_first)
            for part in (_mixed_parts(text, slot) if slot[2] is None else [slot])
        ]
        slots = [slot for slot in map(partial(_unmarked, text), slots) if slot is not None]
        slots, grown = _grow_names(text, slots)
        kinds = [t if t in self.list_types else ("?" if t else None) for _, _, t in slots]
        # a type seen at the same place of two records shows the layout; names only that
        # the agent asked for need no second one found ("Randi Kvamme + …, gunhild fossum");
        # values the agent asked for need not be half of the slots
        typed = {t for t in kinds if t}
        all_asked = typed <= set(expected)
        names_only = typed == {"PERSON"} and "PERSON" in expected
        template: list[str | None] | None = None
        clean = False  # every record of the same length, each place typed or not in all
        for k in range(1, PERIOD_MAX + 1):
            if len(slots) < 2 * k:
                break
            places: list[set[str]] = [set() for _ in range(k)]
            counts: Counter[int] = Counter()
            for n, t in enumerate(kinds):
                if t:
                    places[n % k].add(t)
                    counts[n % k] += 1
            if any(len(p) > 1 or "?" in p for p in places) or not counts:
                continue
            if max(counts.values()) < 2 and not names_only:
                continue  # a type seen once: no records
            if not all_asked and sum(1 for t in kinds if t) < len(slots) / 2:
                continue  # mostly values without a type: no records
            found_k = [next(iter(p)) if p else None for p in places]
            template = template or found_k
            # the first period whose places are each all typed or all untyped ("rory
            # lambourne | 07755 943041; imogen fairbrother | 07503 935102": names between
            # the phones, not phones of period one); else the first that fits at all
            if not any(
                counts[n % k] and t is None and found_k[n % k] != "PERSON"
                for n, t in enumerate(kinds)
            ):
                template, clean = found_k, len(slots) % k == 0
                break
        loose = self._loose_names(text, slots, kinds, expected)
        if template is None or all(t is None for t in kinds):
            return loose
        asked = [t for t in expected if t in self.list_types or t in self.by_type]
        fallback = frozenset(
            name
            for t in dict.fromkeys([*asked, *sorted(self.list_types)])
            if t not in ("PERSON", "DATE_OF_BIRTH")
            for name in self.by_type.get(t, ())
        )
        why = "its place in a list of records says what it is"
        out: list[Found] = list(grown)
        for n, (s, e, t) in enumerate(slots):
            if t is not None:
                continue
            want = template[n % len(template)]
            k, first = len(template), n - n % len(template)
            record = slots[first : first + k]
            if want == "PERSON":
                if len(template) > 1:
                    if len(record) == k or any(r[2] for r in record if r[0] != s):
                        # not a line after the last record ("allemaal naar Praag")
                        out.extend(self._record_name(text, s, e))
                elif _LIST_GAP.search(text, slots[n - 1][1] if n else 0, s) and (
                    self._is_name_slot(text, (s, e, None), loose=True)
                ):  # a list of names only: a separator before it, and a first name
                    out.extend(self._record_name(text, s, e))
            elif want is not None:
                out.extend(self._slot_value(text, s, e, want, lang, find))
            elif (
                "PERSON" in asked
                and not any(c.isdigit() for c in text[s:e])
                and (self._is_name_slot(text, (s, e, None), loose=True) or clean)
            ):  # "pieter meijer — 11-2-1980": a first name where names were asked for;
                # where no record has a type at this place, any name ("owain entwistle")
                out.extend(self._record_name(text, s, e))
            elif any(c.isdigit() for c in text[s:e]) and fallback:
                hits = [f for f in find(text[s:e], fallback) if f.entity_type != "PHONE_NUMBER"]
                out.extend(
                    Found(f.start + s, f.end + s, f.entity_type, f.score, f"{f.explanation}; {why}")
                    for f in hits[:1]
                )
        taken = {(f.start, f.end) for f in out}
        return out + [f for f in loose if (f.start, f.end) not in taken]

    def _loose_names(
        self,
        text: str,
        slots: list[tuple[int, int, str | None]],
        kinds: list[str | None],
        expected: Iterable[str],
    ) -> list[Found]:
        """Names in records whose fields come in any order ("iris dekker; 25-11-1979;
        NT8ZNR2Y5 / Mats van Beek; BUK4WHN21; 17091998"): in a list of three values or more
        where names are asked for or found, a slot of words that starts (in Russian: starts
        or ends) with a first name ("iris dekker", "сорокина вера")."""
        typed = [t for t in kinds if t]
        if len(typed) < 3:
            return []
        many = "PERSON" in expected or "PERSON" in typed
        out: list[Found] = []
        for s, e, t in slots:
            if t is not None:
                continue
            if many and self._name_like(text[s:e]):
                out.extend(self._record_name(text, s, e))
            elif self._first_name_alone(text[s:e]):
                why = "conversation: a first name by a value in a list of records"
                out.append(Found(s, e, "PERSON", 0.6, why))  # "* Willemijn, 06 25072648"
        return out

    def _first_name_alone(self, piece: str) -> bool:
        """One capitalised listed first name that is no function word ("Willemijn")."""
        from privacyguard.detect.names import faker_names, stop_words

        if not self._locales or not piece.isalpha() or not piece[:1].isupper() or piece.isupper():
            return False
        word = piece.lower()
        if any(word in stop_words(lang) for lang in ("en", "nl", "nb", "ru")):
            return False
        return word in faker_names(self._locales)[0] or self._name_like_word(piece)

    def _name_or_first(self, piece: str) -> bool:
        """A name of two to four words, or a first name alone ("ole", "Roos")."""
        return self._name_like(piece) or self._first_name_at(piece)

    def _first_name_at(self, word: str) -> bool:
        """One word at a name's place of a record that is a first name: a listed one (in
        Russian, one pymorphy3 knows), or a capitalised word that can be one; no function
        word ("ole", "Live", "ирина", "Bjørnar"; not "og", "me")."""
        from privacyguard.detect.names import faker_names, russian_name_tag, stop_words

        low = word.lower()
        if len(word) < 2 or not word.isalpha() or word.isupper() or _stop_word(low):
            return False
        if any(low in stop_words(lang) for lang in ("en", "nl", "nb", "ru")):
            return False
        if "\u0400" <= word[:1] <= "\u04ff":
            return russian_name_tag(word.capitalize()) == "Name"
        if self._locales and low in faker_names(self._locales)[0]:
            return True
        return word[:1].isupper() and self._name_like_word(word)

    def _name_like(self, piece: str) -> bool:
        """Two to four words without digits, the first a listed first name and the last
        no function word ("merel timmermans", of everyday words in Dutch)."""
        from privacyguard.detect.names import faker_names, stop_words

        words = _WORDS.findall(piece)
        if not 2 <= len(words) <= 4 or any(c.isdigit() for c in piece) or not self._locales:
            return False
        last = words[-1].lower()
        if any(last in stop_words(lang) for lang in ("en", "nl", "nb", "ru")):
            return False
        if all("\u0400" <= w[:1] <= "\u04ff" for w in words) and len(words) <= 3:
            # "полина степанова", "сорокина вера": a first name first or last
            from privacyguard.detect.names import russian_name_tag

            ends = (words[0], words[-1])
            return any(russian_name_tag(w.capitalize()) == "Name" for w in ends)
        return words[0].lower() in faker_names(self._locales)[0]

    def _unknown_name(self, piece: str) -> bool:
        """Two or three words before a person's birth date that no dictionary knows as
        everyday words, the first not at all, the last not or a listed last name ("audun
        rønningen", "priya brackenbury", "famke oosterhuis"): first names the lists lack."""
        from privacyguard.detect.names import everyday_word, faker_names

        words = [w.lower() for w in _WORDS.findall(piece)]
        if not 2 <= len(words) <= 3 or any(c.isdigit() for c in piece) or not self._locales:
            return False
        if any(_stop_word(w) for w in words) or everyday_word(words[0]):
            return False
        return words[-1] in faker_names(self._locales)[1] or not everyday_word(words[-1])

    def _record_name(self, text: str, s: int, e: int) -> list[Found]:
        """The name at a name's place of a record: two to four words without digits
        after the words that introduce it, that can be a name ("Kees Koster", "gerrit van
        den berg")."""
        piece = text[s:e]
        if any(c.isdigit() for c in piece):
            return []
        # the whole slot ("Poppy Fairley": a name made of words), or from the first name on
        start = self._name_start(piece)  # "и жена иван новиков": from "иван" on
        words = _WORDS.findall(piece[start:])
        if len(words) < 2 and 2 <= len(_WORDS.findall(piece)) <= 4 and self.name_answer(piece):
            start, words = 0, _WORDS.findall(piece)
        if len(words) == 1 and self._first_name_at(words[0]):
            # a first name alone at a name's place ("harriet | 8/6/1989 | 381638374")
            why = "conversation: a first name at a name's place in a list of records"
            at = s + start + piece[start:].index(words[0])
            return [Found(at, at + len(words[0]), "PERSON", 0.6, why)]
        if not 2 <= len(words) <= 4:
            return []
        if not (self._is_name_slot(text, (s, e, None)) or self.name_answer(piece[start:])):
            return []
        end = len(piece.rstrip(" .,;:!?"))
        why = "conversation: a name at a name's place in a list of records"
        return [Found(s + start, s + end, "PERSON", 0.6, why)]

    def _template(
        self, text: str, slots: list[list[tuple[int, int, str | None]]], loose: bool = False
    ) -> list[str | None]:
        """Records (items of two or more typed slots): per position, the type most items of
        the most common length have there."""

        def typed(item: list[tuple[int, int, str | None]]) -> int:
            return sum(t in self.list_types for _, _, t in item if t)

        # a record: two or more typed slots; or one, where two items share the shape
        # ("kari nordmann 01.02.1980" / "ola nordmann 03.04.2012")
        records = [item for item in slots if len(item) >= 2 and typed(item) >= 1]
        if not records:
            return []
        width = Counter(len(item) for item in records).most_common(1)[0][0]
        rows = [item for item in slots if len(item) == width]
        if not any(typed(item) >= 2 for item in rows):
            # one typed slot per item: only items typed alike at the same place
            shapes = {tuple(t for _, _, t in item) for item in rows}
            if len(rows) < 2 or len(shapes) != 1:
                return []
        template: list[str | None] = []
        for k in range(width):
            kinds = Counter(item[k][2] for item in rows if item[k][2])
            if kinds:
                template.append(kinds.most_common(1)[0][0])
            elif (
                "PERSON" in self.list_types
                and len(rows) >= 2
                and all(self._is_name_slot(text, item[k], loose) for item in rows)
            ):
                template.append(NAME_BY_LAYOUT)  # "tone aasen (11.11.50); magnus aasen"
            else:
                template.append(None)
        return template

    def _is_name_slot(
        self, text: str, slot: tuple[int, int, str | None], loose: bool = False
    ) -> bool:
        """An untyped slot of a record that is a name: it starts with a listed first name
        (a Russian one by pymorphy3) after the words that introduce it."""
        from privacyguard.detect.names import faker_names, russian_name_tag, stop_words

        piece = text[slot[0] : slot[1]]
        start = self._name_start(piece)
        words = _WORDS.findall(piece[start:])
        if not words or len(words) > 4 or any(c.isdigit() for c in piece):
            return False
        first = words[0]
        if "\u0400" <= first[:1] <= "\u04ff":
            return russian_name_tag(first.capitalize()) is not None
        if any(first.lower() in stop_words(lang) for lang in ("en", "nl", "nb")):
            return False  # "My BSN is": "My" is a first name somewhere, and a stop word
        if bool(self._locales) and first.lower() in faker_names(self._locales)[0]:
            return True
        # in a customer's list (``loose``), a capitalised word that can be a first name
        # ("Imogen", "Bjørnar"): a first name of any locale, or no dictionary word
        return loose and first[:1].isupper() and not first.isupper() and self._name_like_word(first)

    def _name_start(self, piece: str) -> int:
        """Where a name starts after the words that introduce it ("our son Daan", "og
        datteren vår Frøydis", "жена иван"): the first listed first name, or the first
        word that is no everyday word."""
        from privacyguard.detect.names import everyday_word, faker_names

        first = faker_names(self._locales)[0] if self._locales else frozenset()
        for m in _WORDS.finditer(piece):
            word = m.group(0)
            if word.lower() in first or not everyday_word(word):
                return m.start()
        return len(piece)

    def _slot_value(
        self,
        text: str,
        s: int,
        e: int,
        etype: str,
        lang: str,
        find: FindFn,
        strict: bool = False,
        loose: bool = False,
    ) -> list[Found]:
        """The value of one slot as ``etype``; ``strict``: a name whose position only the
        layout tells (no item has a name found there) must start with a first name (in a
        customer's list, ``loose``, one that can be a first name)."""
        why = "its position in a list says what it is"
        piece = text[s:e]
        for shape in self.shapes.get(etype, ()):
            if "list" not in shape.use or (shape.languages and lang not in shape.languages):
                continue
            if strict and not self._is_name_slot(text, (s, e, None), loose):
                continue
            if shape.whole:
                start = self._name_start(piece) if etype == "PERSON" else 0
                m = shape.regex.fullmatch(piece, start, len(piece.rstrip(" .,;:!?")))
            else:
                m = shape.regex.search(piece)
            if m is None:
                continue
            found = self._judge(piece, m, shape, why)
            if found is not None:
                return [Found(found.start + s, found.end + s, etype, found.score, found.why)]
        names = self.by_type.get(etype, frozenset())
        if not names:
            return []
        return [
            Found(f.start + s, f.end + s, etype, f.score, f"{f.explanation}; {why}")
            for f in find(piece, names)
            if f.entity_type == etype
        ]

    # --- corrections and values typed in pieces --------------------------------------

    def asks(self, text: str) -> bool:
        """A question, or a request ("Paspoortnummer graag."); not the agent's prompt to go
        on ("Ja?", "Да?", "Yes, go on?"), which asks for nothing new."""
        if not _asks(text, self._thanks):
            return False
        words = [w.lower() for w in _WORDS.findall(text)]
        return len(words) > GO_ON_WORDS or not all(w in self._go_on for w in words)

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
        last = state.last_types.get(sender, frozenset()) - {"EMAIL_ADDRESS", LOCATION}
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

    def address_rest(self, text: str, state: ConversationState, sender: tuple) -> list[Found]:
        """The rest of an address that was all of the sender's previous message, at the
        start of this one: a town ("22a wellington terrace" / "Swansea", "måkeveien 82b" /
        "stavanger sendte for tidlig", "... Ярославль"), a postcode and a town ("… 8006
        bodø", "h0203, 8006 bodø"), the second half of a postcode ("… TR1" / "2JF"), a
        flat's number after "кв" ("… 13 кв" / "36"). A town is a city's name or a word no
        dictionary knows; one that is an everyday word ("Reading") only as the whole
        message."""
        from privacyguard.detect.names import city_names, everyday_word, stop_words

        prev = state.address_of.get(sender)
        if prev is None or LOCATION not in state.last_types.get(sender, frozenset()):
            return []
        if len(text) > FRAGMENT_MAX_CHARS * 2:
            return []
        at = self._continued(text)
        at += len(text[at:]) - len(text[at:].lstrip(" .…,-"))
        tokens: list[re.Match[str]] = []
        towns = everyday = 0
        for m in _REST_TOKEN.finditer(text, at):
            if text[tokens[-1].end() if tokens else at : m.start()].strip(" ,\n\t"):
                break  # a mark between: no part of the address
            token = m.group(0).lower().rstrip(".")
            if _REST_NUMBER.fullmatch(token) or _DWELLING.fullmatch(token):
                tokens.append(m)
                continue
            if token in _TOWN_MARKS and not tokens:
                tokens.append(m)  # "г. воронеж"
                continue
            if not token.isalpha() or any(
                token in stop_words(lang) for lang in ("en", "nl", "nb", "ru")
            ):
                break
            city = token in city_names()
            if not city and (everyday_word(token) or self._questions_in([token])):
                break  # "sorry", "sendte", "thanks", "BSN": a remark after the address
            towns += 1
            everyday += not city or everyday_word(token)  # a word that is no city's name,
            tokens.append(m)  # or a city's that is a word too, only as the whole message
            if towns == 3:
                break
        while tokens and tokens[-1].group(0).lower().rstrip(".") in _TOWN_MARKS:
            tokens.pop()
        if not tokens:
            return []
        start, end = tokens[0].start(), tokens[-1].end()
        piece = text[start:end].lower()
        if everyday and text[end:].strip(" .!,"):
            return []  # "Reading that back, …", "fyi the parcel …": a word, not a town
        strong = towns or (self._postcodes is not None and self._postcodes.search(piece))
        tail = prev.rstrip(" .").lower().rsplit(None, 1)[-1] if prev.strip(" .") else ""
        if not strong and len(tokens) == 1:
            after_flat = tail in _FLAT_MARKS and piece.isdigit()
            inward = _UK_OUTWARD.fullmatch(tail) is not None and _UK_INWARD.fullmatch(piece)
            if not (after_flat or inward or _DWELLING.fullmatch(piece)):
                return []
        elif not strong:
            return []
        why = "conversation: the rest of the address of the sender's previous message"
        return [Found(start, end, LOCATION, 0.8, why)]

    def fragment(self, text: str) -> tuple[int, int] | None:
        """The one piece of a value in a short message ("45", "then 27144", "...BNA54510",
        "and DL at the end", "og 5514050 til slutt"): value-like tokens (with a digit, or
        up to four capitals) next to each other, or None."""
        if len(text) > FRAGMENT_MAX_CHARS:
            return None
        runs: list[list[int]] = []
        last = ""  # the last value-like token
        for m in _TOKEN.finditer(text):
            token = m.group(0)
            # up to four capitals ("DL", "B"), but not a word of one letter ("I", "A")
            valuey = any(c.isdigit() for c in token) or (
                token.isupper() and len(token) <= 4 and token.isascii() and token not in "IAU"
            )
            if not valuey:
                continue
            gap = text[runs[-1][1] : m.start()] if runs else None
            pair = (
                (
                    gap in ("-", ".", " (", "(", ") ", ")")
                    and _DIGIT_GROUP.fullmatch(token)
                    and _DIGIT_GROUP.fullmatch(last)
                )
                or (
                    gap == "-"
                    and last.isalpha()
                    and last.lower() not in self._other_prefixes  # "SKU-", "SO-": no piece
                    and token.isdigit()
                    and runs[-1][0] == m.start() - len(last) - 1
                )  # "HR-8047": a number's letters
                or (
                    gap == "-"
                    and len(last) == 4
                    and last.isdigit()
                    and _CARD_GROUP.fullmatch(token)
                    and (len(token) == 4 or not any(c.isdigit() for c in text[m.end() :]))
                )
            )  # "77-78", "8 (928)": a phone number's groups; "1257-0609-9": a card's, not
            # a date's ("2026-11-15")
            if gap in ("", " ") or pair:
                runs[-1][1] = m.end()  # "77-78": a phone number's groups of 2-3 digits
            else:
                runs.append([m.start(), m.end()])
            last = token
        email = self._email_piece(text)
        piece = text[email[0] : email[1]] if email is not None else ""
        goes_on = text.lstrip().startswith(("...", "…")) or piece.lower() in self._tlds
        if ("@" in piece or "." in piece or goes_on) and (not runs or "@" in piece):
            # "idunmore@vi..." / "media.com oops" / "...om" / "ru, sorry"; not a note
            # ("sorry hit enter")
            return email
        if not runs:
            # the whole message one short token no dictionary knows ("xu" / "gxa4")
            lone = _LONE_TOKEN.fullmatch(text.strip(" .…-–—!?🙈👍"))
            if lone is not None and not _everyday_only(lone.group(0)):
                start = text.index(lone.group(0))
                return start, start + len(lone.group(0))
        if len(runs) != 1:
            return None
        start, end = runs[0]
        lone_dot = start == 1 and text[0] == "."  # ".86203", not "...4300"
        if start and (text[start - 1] in "+-" or lone_dot) and text[start].isdigit():
            start -= 1  # "+44" / "7700 900123": a phone number's "+"; "-77-78", ".86203"
        if end < len(text) and text[end] in ".-)" and text[end - 1].isdigit():
            rest = text[end + 1 :]
            if not rest.strip() or (self._trailing and self._trailing.fullmatch(rest)):
                # "8602. og" / "57.58" / "406": an account number's groups; "990-246-",
                # "8 (928)": a number that goes on
                end += 1
        return start, end

    def _email_piece(self, text: str) -> tuple[int, int] | None:
        """The piece of an e-mail address a short message holds: its first token after the
        words of a continuation, of an address's characters, without the "..." that says
        it goes on ("ctrevelyan@proton...." is "ctrevelyan@proton.", "...me" is "me"); a
        hedge may follow ("media.com oops"), nothing else."""
        if len(text) > FRAGMENT_MAX_CHARS:
            return None
        at = self._continued(text)
        m = _EMAIL_TOKEN.match(text, at)
        if m is None:
            return None
        start, end = m.start(), m.end()
        if text.startswith("...", start):
            start += 3
        elif text.startswith("…", start):
            start += 1
        if text.endswith("...", start, end):
            end -= 3
        elif text.endswith("…", start, end):
            end -= 1
        piece, rest = text[start:end], text[m.end() :].strip(" .…!")
        if not piece or not _EMAIL_PART.fullmatch(piece) or not any(c.isalpha() for c in piece):
            return None
        if rest and len(rest.split()) > 6:
            return None  # more than a remark after it ("oops", "sorry hit enter too soon")
        return start, end

    def _email_pieces(self, texts: Sequence[str], find: FindFn) -> list[list[Found]] | None:
        """An e-mail address typed in two or three pieces, each all of its message but a
        remark ("idunmore@vi..." / "rgin" / "media.com oops"): joined without spaces,
        exactly one address, the "@" in one piece; per text, the Found of its piece."""
        spans = [self._email_piece(t) for t in texts]
        for first in range(max(0, len(texts) - 3), len(texts) - 1):
            chain = spans[first:]
            if any(c is None for c in chain):
                continue
            parts = [
                t[s:e]
                for t, (s, e) in zip(
                    texts[first:], cast("list[tuple[int, int]]", chain), strict=True
                )
            ]
            joined = "".join(parts)
            if sum(p.count("@") for p in parts) != 1 or not _WHOLE_EMAIL.fullmatch(joined):
                continue
            if not ("@" in parts[0] or self._local_part_alone(texts[first].strip(" .…"), parts[0])):
                continue  # "Kiel" / "PX2553B" before an address is no piece of it
            hits = [f for f in find(joined, frozenset()) if f.entity_type == "EMAIL_ADDRESS"]
            if not any((f.start, f.end) == (0, len(joined)) for f in hits):
                continue
            hit = next(f for f in hits if (f.start, f.end) == (0, len(joined)))
            why = f"{hit.explanation}; one value typed over {len(parts)} messages"
            out: list[list[Found]] = [[] for _ in texts]
            for k, (s, e) in enumerate(cast("list[tuple[int, int]]", chain)):
                out[first + k] = [Found(s, e, "EMAIL_ADDRESS", hit.score, why)]
            return out
        return None

    def pieces(
        self,
        texts: Sequence[str],
        names: frozenset[str],
        find: FindFn,
        weak: bool = False,
    ) -> list[list[Found]]:
        """A checksummed value typed in two to four pieces, one per message ("GB56NWBK919"
        / "45" / "then 115781836"): per text (earliest first; the last is the newest), the
        Found of its piece, when the pieces joined are one value of a ``PIECE_TYPES`` type
        that its checksum validates; empty lists when they are not."""
        notes = [
            k
            for k, t in enumerate(texts[:-1])
            if self._note_between(t) and self.fragment(t) is None  # "NO" / "7 ..." a piece
        ]
        if notes:
            # "GB04 NWBK 3730 2726 6018" / "sorry hit enter" / "81": the note between the
            # pieces is no piece, and does not end them
            kept = [k for k in range(len(texts)) if k not in notes]
            inner = self.pieces([texts[k] for k in kept], names, find, weak)
            out_all: list[list[Found]] = [[] for _ in texts]
            for k, parts in zip(kept, inner, strict=True):
                out_all[k] = parts
            return out_all
        email = self._email_pieces(texts, find)
        if email is not None:
            return email
        # a piece found as a value of its own ("weak"): only an IBAN's checksum outweighs it
        types = STRONG_PIECE_TYPES if weak else PIECE_TYPES
        # what the agent asked for: pieces that join to exactly one value of it, none of
        # them long enough to be one ("YT" / "X56S", "971 …" / "228495 oops")
        asked = frozenset(t for t, recs in self.by_type.items() if recs & names) & ASKED_PIECE_TYPES
        spans = [self.fragment(t) for t in texts]
        out: list[list[Found]] = [[] for _ in texts]
        earliest = len(texts) - 1
        while earliest > 0 and spans[earliest - 1] is not None:
            earliest -= 1  # the earliest piece of the run of pieces that ends now
        for first in range(earliest, len(texts) - 1):  # the most pieces first
            # every span from `earliest` on is a piece (the newest text's too: it was asked)
            chain = cast("list[tuple[int, int]]", spans[first:])
            joined, starts = "", []
            for k, (s, e) in enumerate(chain):
                starts.append(len(joined))
                joined += texts[first + k][s:e]
            found = find(joined, names)
            bare = asked and len(chain) <= 3 and self._bare_pieces(texts[first:], chain)
            if bare:
                found += self._whole_piece_value(joined, found, asked, chain, texts[first:])
            own: set[str] | None = None  # the types the pieces are found as alone
            for f in found:
                whole = bare and f.entity_type in asked and (f.start, f.end) == (0, len(joined))
                if whole and weak:
                    if own is None:
                        own = {
                            g.entity_type
                            for k, (s, e) in enumerate(chain)
                            for g in find(texts[first + k][s:e], names)
                        }
                    # "06 20077167" (a phone number) / "correctie: 76" is no customer number
                    whole = own <= {f.entity_type}
                if not whole and (f.entity_type not in types or f.start >= starts[1]):
                    continue
                if f.end <= starts[-1]:
                    continue  # it does not reach the newest piece
                if any(
                    self.named_otherwise(texts[first + k], s, f.entity_type)
                    for k, (s, _) in enumerate(chain)
                ):
                    continue  # "het gaat om artikel 73314" / "2 stuks": an article's number
                why = f"{f.explanation}; one value typed over {len(chain)} messages"
                for k, (s, e) in enumerate(chain):
                    a = max(f.start, starts[k]) - starts[k]
                    b = min(f.end, starts[k] + (e - s)) - starts[k]
                    out[first + k].append(Found(s + a, s + b, f.entity_type, f.score, why))
                return out
        return out

    def _note_between(self, text: str) -> bool:
        """A short note without a digit between the pieces of a value ("sorry hit enter",
        "wacht er komt nog meer", "vent, mer kommer", "подождите, ещё не всё")?"""
        if any(c.isdigit() or c == "@" for c in text) or len(text) > NOTE_CHARS:
            return False
        from privacyguard.detect.context import context_words

        words = context_words(text)
        if not words:
            return False
        if self.hold.mentions(words) or self._corrections.mentions(words):
            return True
        return self._hedges is not None and self._hedges.search(text) is not None

    def _bare_pieces(self, texts: Sequence[str], chain: Sequence[tuple[int, int] | None]) -> bool:
        """Pieces typed as such: the first ends its message ("YT", "971 …", "FK1 -"), the
        last starts its message after words like "rest:" ("X56S sorry sent too early"),
        one between is all of its message."""
        last = len(chain) - 1
        for k, (text, span) in enumerate(zip(texts, chain, strict=True)):
            s, e = span  # type: ignore[misc]
            if k < last and any(c.isalnum() for c in text[e:]):
                more = self._trailing is not None and self._trailing.fullmatch(text, e)
                early = self._sent_early(text, e)
                if not (more or early):
                    return False  # but "06 82 en", "98 16 og", "+7 902 и", "+447 cont",
                    # and a message sent too early: "07985 oops", "T2 oeps"
            if k > 0 and any(c.isalnum() for c in text[self._continued(text) : s]):
                return False
        return True

    def _sent_early(self, text: str, end: int) -> bool:
        """Does the message say after its piece that it was sent too early ("07985 oops",
        "90 91 sorry, trykket enter", "451 извините, рано отправил"): a hedge, after an
        apology of a correction's words?"""
        if self._hedges is None:
            return False
        if self._hedges.match(text, end):
            return True
        lead = _SEPARATORS.match(text, end)
        at = lead.end() if lead else end
        sorry = self._continuation.match(text, at) if self._continuation else None
        return sorry is not None and self._hedges.match(" " + text[sorry.end() :]) is not None

    def _whole_piece_value(
        self,
        joined: str,
        found: list[Finding],
        asked: frozenset[str],
        chain: Sequence[tuple[int, int] | None],
        texts: Sequence[str],
    ) -> list[Finding]:
        """The joined pieces as one value of an asked type by its answer shapes ("gxa4" /
        "xu": a lower-case booking code), when no piece alone has the shape and no
        recognizer found the join."""
        if any(f.start == 0 and f.end == len(joined) for f in found):
            return []
        out = []
        for a in self.answers(joined, "", asked):
            if (a.start, a.end) != (0, len(joined)):
                continue
            pieces = [t[s:e] for t, (s, e) in zip(texts, chain, strict=True)]  # type: ignore[misc]
            if any(self.answers(p, "", {a.entity_type}) for p in pieces):
                continue  # a piece is a value of its own
            out.append(Finding("", a.entity_type, a.start, a.end, a.score, "conversation", a.why))
        return out

    # --- values split over two messages ---------------------------------------------

    def split(
        self, before: str, after: str, names: frozenset[str], find: FindFn
    ) -> list[tuple[Found, Found]]:
        """A value that starts at the end of one message and ends at the start of the
        next one of the same sender ("NL20 INGB" / "rest is 0001 2345 67"): its part in
        each message. An address asked for and typed in two lines is one too."""
        halves = self._address_halves(before, after, names)
        if halves:
            return halves
        tail_end = len(before.rstrip())
        if before[:tail_end].endswith(("...", "…")):
            tail_end = len(before[:tail_end].rstrip(".… "))  # "NL20 INGB..." / "0001 ..."
        dash = _TRAILING_DASH.search(before, 0, tail_end)
        if dash:
            tail_end = dash.start()  # "esme.radcliffe -" / "@virginmedia.com"
        head_start = self._continued(after)
        if not tail_end or head_start >= len(after):
            return []
        last, first = before[tail_end - 1], after[head_start]
        if not (last.isalnum() or last in "@.") or not (first.isalnum() or first in "@.+("):
            return []
        if _DATE_HEAD.match(after, head_start) or _DATE_TAIL.search(before, 0, tail_end):
            return []  # "16 October 2026", "24.06.2026": a date, not part of a number
        clock = _CLOCK_TIME.search(before, max(0, tail_end - 8), tail_end)
        if clock is not None and clock.end() == tail_end:
            return []  # "… at 18:40": a time of day, not the first half of a number
        if not (_DIGIT_OR_AT.search(before, max(0, tail_end - 12), tail_end)
                or _DIGIT_OR_AT.search(after, head_start, head_start + 12)):  # fmt: skip
            return []  # every type that is split has digits, or is an e-mail address
        # an e-mail address cut at its "@" or before a ".": no space between the halves
        glue = "" if last == "@" or first in "@." else " "
        out = self._split_with(before, after, names, find, tail_end, head_start, glue, None)
        if out or glue == "" or not last.isalnum() or not first.isalnum():
            return out
        # an e-mail address cut inside a word ("hmcallister@pro" / "ton.me", "rosalind.m"
        # / "callister@virginmedia.com"): joined without a space, an e-mail address only
        tail_word = before[:tail_end].rsplit(None, 1)[-1] if before[:tail_end].strip() else ""
        head_word = after[head_start:].split(None, 1)[0]
        whole = _WHOLE_EMAIL.fullmatch(tail_word.rstrip(".,;:!?"))
        if (
            whole is None
            and _EMAIL_PART.fullmatch(tail_word)
            and _EMAIL_PART.fullmatch(head_word.rstrip(".,;:!?"))
            and "@" in tail_word + head_word
            and "." in tail_word + head_word
            and ("@" in tail_word or self._local_part_alone(before[:tail_end], tail_word))
        ):
            return self._split_with(
                before, after, names, find, tail_end, head_start, "", "EMAIL_ADDRESS"
            )
        return out

    @staticmethod
    def _local_part_alone(before: str, word: str) -> bool:
        """The message is the start of an e-mail address's local part alone ("rosalind.m…"),
        not a word ("Kiel"), a code ("PX2553B") or a date ("2.9")."""
        return (
            before.strip() == word
            and any(c in "._" for c in word)
            and any(c.isalpha() for c in word)
            and word.islower()
        )

    def _split_with(
        self,
        before: str,
        after: str,
        names: frozenset[str],
        find: FindFn,
        tail_end: int,
        head_start: int,
        glue: str,
        only: str | None,
    ) -> list[tuple[Found, Found]]:
        """The value across the two messages joined with ``glue`` (of type ``only``)."""
        w = self.settings.split_window
        tail_start = max(0, tail_end - w)
        joined = before[tail_start:tail_end] + glue + after[head_start : head_start + w]
        cut = tail_end - tail_start
        out = []
        for f in find(joined, names):
            if only is not None and f.entity_type != only:
                continue
            if f.entity_type in self.split_types and f.start < cut and f.end > cut + len(glue):
                if self.named_otherwise(before, tail_start + f.start, f.entity_type):
                    continue  # "het gaat om artikel 66010" / "12": an article's number
                why = f"{f.explanation}; one value typed over two messages"
                first_part = Found(tail_start + f.start, tail_end, f.entity_type, f.score, why)
                end = head_start + f.end - cut - len(glue)
                out.append((first_part, Found(head_start, end, f.entity_type, f.score, why)))
        return out

    def _address_halves(
        self, before: str, after: str, names: frozenset[str]
    ) -> list[tuple[Found, Found]]:
        """An address asked for and typed over two messages, neither line an address alone
        ("bramble cottage" / "mill lane, keswick", "parkstraat" / "12 te zwolle"): both
        lines, when the two joined are the whole answer of an address's shape."""
        if not self.by_type.get(LOCATION, frozenset()) & names:
            return []
        b0, b1 = self.body(before)
        a0, a1 = self.body(after)
        if not (0 < b1 - b0 <= ADDRESS_LINE_CHARS and 0 < a1 - a0 <= ADDRESS_LINE_CHARS):
            return []
        if before[b1 : b1 + 1] == "." and before[:b1].rsplit(None, 1)[-1].lower() in (
            self._street_words
        ):
            b1 += 1  # "Заречная ул.", "Kirkegt.": the abbreviation's dot
        first, second = before[b0:b1], after[a0:a1]
        if _NO_ADDRESS_LINE.search(first) or _NO_ADDRESS_LINE.search(second):
            return []  # an account number or a code, not a house number nor a postcode
        if not _ADDRESS_WORD.search(first) and not (
            self._postcodes is not None and self._postcodes.search(first.lower())
        ):
            return []  # "20B" / "Harwich": a seat, then another answer
        marked = (
            self._continued(after) > len(after) - len(after.lstrip())
            or _LEADING_DOTS.match(after, len(after) - len(after.lstrip())) is not None
            or (_WORDS.findall(first.lower())[:1] or [""])[0] in _TOWN_MARKS
        )  # "... ул. лермонтова", "г. тверь": the customer marks the two as one address
        if (
            marked
            and self._town_alone(first)
            and not self._holds(first)
            and self._is_address(second)
            and not self._names_a_town(second)
        ):
            # "г. Ярославль" / "ул. Энтузиастов д19 кв188": the town first, then the rest
            # of the address (no town of its own); "Dundee" / "12 kings road, leeds": a
            # town, then an address with its town, is no address in two lines
            why = "conversation: an address asked for, its town first"
            return [(Found(b0, b1, LOCATION, 0.9, why), Found(a0, a1, LOCATION, 0.9, why))]
        if not (self._address_line(first) and self._address_line(second)):
            return []  # "and DL at the end": a sentence, not an address's line
        if any(self._holds(line) for line in (first, second)):
            return []  # "one moment, checking": no line of an address
        if self._is_address(first):
            return []  # a whole address, and its second line: read as such elsewhere
        if self._is_address(second) and not self._street_line(first):
            return []  # "Dundee" / "12 kings road, leeds": a town, then the address
        joined = f"{first}, {second}"
        if not self._is_address(joined):
            return []
        why = "conversation: an address asked for, typed in two lines"
        return [(Found(b0, b1, LOCATION, 0.9, why), Found(a0, a1, LOCATION, 0.9, why))]

    def _town_alone(self, line: str) -> bool:
        """One to three words that can be a town ("Ярославль", "г. воронеж", "den haag"):
        each a city's name or no dictionary word, none a function word."""
        from privacyguard.detect.names import city_names, everyday_word, stop_words

        words = [w.lower() for w in _WORDS.findall(line)]
        while words and words[0] in _TOWN_MARKS:
            words = words[1:]
        if not 1 <= len(words) <= 3 or any(not w.isalpha() for w in words):
            return False
        if any(w in stop_words(lang) for w in words for lang in ("en", "nl", "nb", "ru")):
            return False
        if " ".join(words) in city_names():
            return True
        return all(not everyday_word(w) for w in words)

    def _names_a_town(self, address: str) -> bool:
        """Does an address hold a town's name ("12 kings road, leeds", "г. омск")?"""
        from privacyguard.detect.names import city_names

        words = [w.lower() for w in _WORDS.findall(address)]
        return any(w in _TOWN_MARKS or w in city_names() for w in words)

    def _address_line(self, line: str) -> bool:
        """Up to five words, none a function word but a street's, a house's or a name's
        particle ("holly cottage", "12 te zwolle", "г. рязань")."""
        from privacyguard.detect.names import stop_words

        words = [w.lower() for w in _WORDS.findall(line) if not w.isdigit()]
        if len(words) > 5:
            return False
        return not any(
            w not in self._particles
            and w not in self._street_words
            and w not in self._house_words
            and any(w in stop_words(lang) for lang in ("en", "nl", "nb", "ru"))
            for w in words
        )

    def _street_line(self, line: str) -> bool:
        """A line with a street's or a house's word ("solbakken", "rose farm")."""
        words = [w.lower() for w in _WORDS.findall(line)]
        return any(
            w in self._street_words or w in self._house_words or w.endswith(self._street_endings)
            for w in words
        )

    def _holds(self, text: str) -> bool:
        """A turn that only asks for time ("one sec", "щас посмотрю")."""
        words = _WORDS.findall(text.lower())
        return len(words) <= HOLD_WORDS and self.hold.mentions(words)

    def _is_address(self, text: str) -> bool:
        """The whole text is an address by the answers' shapes of any language (and the
        Russian ones, in Cyrillic)."""
        lang = "ru" if _CYRILLIC.search(text) else ""
        shaped = self._shaped(text, lang, frozenset({LOCATION}))
        return any((a.start, a.end) == (0, len(text)) for a in shaped)

    def _continued(self, text: str) -> int:
        """Where the value starts in a message that continues one ("rest is ...")."""
        at = len(text) - len(text.lstrip())
        if self._continuation:
            m = self._continuation.match(text, at)
            if m:
                at = m.end()
        return at


# up to two words without digits, then the answer's last token ("um ok EA596662"),
# or three when a mark sets the value off ("ah got it - FL766341", not "на коробке написано
# PX6754C")
_LEAD_IN = re.compile(
    r"(?:[^\W\d]{1,40}[\s,.:;!\-–]{1,5}){1,2}(?P<value>[^\s,:;]{1,60})"
    r"|(?:[^\W\d]{1,40}[\s,.:;!\-–]{1,5}){2}[^\W\d]{1,40}\s{0,5}[,.:;!\-–]\s{0,5}"
    r"(?P<marked>[^\s,:;]{1,60})"
    r"|(?P<lead>(?:[^\W\d]{1,40}[\s,.:;!\-–]{1,5}){3})(?P<named>[^\s,:;]{1,60})"
)
# an amount of money: a currency sign, or a number with a currency's code or word after it
_MONEY = re.compile(
    r"(?i)[€£$₽]|\d\s?(?:kr|nok|sek|dkk|eur|euro|euros|usd|gbp|rub|руб\w{0,6}|р|quid|pounds?"
    r"|dollars?|kroner?|kronor|rubles?|roubles?)(?![^\W\d_])"
)
# a year's two digits after an apostrophe that stands for its century ("'13")
_ELIDED_CENTURY = re.compile(r"['’](\d{2})\b")
_TWO_DIGIT_YEAR = re.compile(r"(?<!\d)\d{2}\s{0,5}\Z")
_DIGIT_OR_AT = re.compile(r"[\d@]")
# a dash that says "more to come" at the end of a message
#: types whose value may stand next to another one in an answer with only spaces between
LEFTOVER_TYPES = frozenset({
    "PHONE_NUMBER", "CUSTOMER_NUMBER", "NATIONAL_ID", "BANK_ACCOUNT", "PASSPORT",
    "DATE_OF_BIRTH", "TICKET_NUMBER",
})  # fmt: skip
#: two to four words alone on a line or between commas or semicolons: "mats huisman"
_NAME_PART = re.compile(
    r"(?:^|(?<=[\n,;/]))[ \t]{0,3}(?P<name>[^\W\d_]{2,30}(?:[ \-'][^\W\d_]{2,30}){1,3})"
    r"(?=[ \t]{0,3}(?:[\n,;/]|$))",
    re.MULTILINE,
)
#: a run of digits (in groups) that may be a value: "7843 7862", "+47 90 17 49 86"
_LEFTOVER = re.compile(r"(?<![\w+\-./])\+?\d[\d ()\-./]{2,24}\d(?![\w\-./])")
#: a group of one to three digits: two of them joined by "-" or "." are one run of a
#: piece ("77-78", "57.58", "0.56"), unlike a date's "2026-02" or an article's "SKU-47824"
_DIGIT_GROUP = re.compile(r"\d{1,3}")
#: a group of a card number typed with dashes ("5587-1795-9535-6")
_CARD_GROUP = re.compile(r"\d{1,4}")
_TRAILING_DASH = re.compile(r"\s{1,5}[-–—]{1,3}\Z")
# what parts the names of a list ("Randi Kvamme + Mathilde Fossum, gunhild fossum")
_LIST_GAP = re.compile(r"[,;/|&+\n•\t]|\s[-–—]\s|\s(?:and|en|og|и|plus)\s", re.IGNORECASE)
# a decimal fraction: half of a map coordinate ("52.3676", "-4.9041")
_DECIMAL = re.compile(r"(?<![\d.])[-+−]?\d{1,3}[.,]\d{3,8}(?![\d]|\.\d)")
# a short number that corrects part of a value ("that last bit is 14")
#: name particles between initials and a last name ("K. van den Berg", "A. de Vries-Smit")
_PARTICLES = r"(?i:van|von|de|den|der|ter|ten|te|op|da|di|du|le|la|del|della|af|av|zu|'t)"
#: initials (and particles) right before a name found: "N.P. ", "K. van den "
_INITIALS_BEFORE = re.compile(
    rf"(?<![^\W\d_.])(?:[A-ZÆØÅÄÖÜА-ЯЁ]\.[ \t]{{0,2}}){{1,3}}(?:{_PARTICLES}[ \t]{{1,3}}){{0,3}}\Z"
)
#: Russian initials after a last name: " И.И.", " A. B."
_INITIALS_AFTER = re.compile(r"[ \t]{1,2}[A-ZА-ЯЁ]\.(?:[ \t]?[A-ZА-ЯЁ]\.)?(?![^\W\d_])")
_CAP_WORD = r"[A-ZÆØÅÄÖÜ][a-zæøåäöüéèëï'’]{1,30}(?:-[A-ZÆØÅÄÖÜ][a-zæøåäöüéèëï]{1,30})?"
#: initials, particles and a capitalised last name: "T.E. Lockhart", "K. van den Berg";
#: a first name, particles and a last name: "Willemijn ten Brink", "Marloes op den Kamp";
#: a Russian last name and initials: "Петрова А.С.", "Ершов Е. О."
_INITIAL_NAME = re.compile(
    rf"(?<![^\W\d_.])(?P<inits>(?:[A-ZÆØÅÄÖÜ]\.[ \t]{{0,2}}){{1,3}})"
    rf"(?P<parts>(?:{_PARTICLES}[ \t]{{1,3}}){{0,3}})(?P<last>{_CAP_WORD})(?![^\W\d_])"
    rf"|(?<![^\W\d_])(?P<given>{_CAP_WORD})[ \t](?:{_PARTICLES}[ \t]{{1,3}}){{1,3}}"
    rf"(?P<tail>{_CAP_WORD})(?![^\W\d_])"
    r"|(?<![^\W\d_])(?P<ru>[А-ЯЁ][а-яё]{1,30}(?:-[А-ЯЁ][а-яё]{1,30})?)"
    r"[ \t]{1,2}[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.(?![^\W\d_])"
)
_SHORT_DIGITS = re.compile(r"(?<![\w.,\-])\d{1,4}(?![\w,\-]|\.\d)")
_TOKEN = re.compile(r"[A-Za-z0-9]{1,40}")
_LONE_TOKEN = re.compile(r"[a-z]{2,4}|[A-Z]{5,6}")
# the parts of an address answer
_ADDRESS_TOKEN = re.compile(r"[\s,;]{1,40}")
# a Norwegian dwelling number (bolignummer): H (or U, L, K) and four digits
_DWELLING = re.compile(r"[hulk]\d{4}")
_ADDRESS_JOINERS = frozenset({"-", "–", "—", "/", "|"})
# a house number with its addition: "64", "21 b" (two tokens), "6-1", "16к1", "214-iii",
# "7-hs", "165b"
_HOUSE = re.compile(r"\d{1,4}(?:[^\W\d_]{1,2}\d{0,3})?(?:[-/](?:\d{1,4}[^\W\d_]?|[^\W\d_]{1,4}))?")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’.\-]{0,40}(?:[.'’\-][^\W\d_]{1,40}){0,3}\.?")
_DATE_TAIL = re.compile(r"(?<![\d.\-/])\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}\Z")
_DATE_HEAD = re.compile(r"\d{1,2}(?:[./\-]\d{1,2}[./\-]\d{2,4}\b|\.?\s{1,10}[^\W\d_]{3,40})")
#: a person's name before a birth date, its line or item up to the date: the name found
#: (its end right before the separators), or the words there, read as a name
_NAME_DATE_HEAD = re.compile(
    r"(?:(?<=[\n;,|\t•(])|^|(?<=\s[-\u2013\u2014])|(?<=\sand)|(?<=\sen)|(?<=\sog)|(?<=\sи))"
    r"[ \t]{0,3}(?:[-*•>\u2013\u2014][ \t]{0,3}|\d{1,2}[.)][ \t]{0,3})?"
    r"(?P<head>[^\W\d_][^\n;,|\t•()\d:/]{0,60}?)"
    r"[ \t]{0,3}[,;:/|\-\u2013\u2014(]?[ \t]{0,3}"
    r"(?:(?:born|b\.|geb\.|geboren|født|f\.|род\.|р\.|д\.р\.)[ \t]{0,3}:?[ \t]{0,3})?\Z",
    re.IGNORECASE,
)
#: a token of the rest of an address: a word, a number, a postcode ("8006", "2JF", "sk4")
_REST_TOKEN = re.compile(r"[^\W_][^\W_'’\-]{0,40}(?:[-'’][^\W_]{1,40}){0,3}\.?")
_REST_NUMBER = re.compile(r"\d{1,6}[^\W\d_]{0,3}|[^\W\d_]{1,2}\d{1,2}[^\W\d_]?")
#: words that mark a town ("г. воронеж")
_TOWN_MARKS = frozenset({"г", "гор", "город"})
#: an address that ends in these expects the flat's number next ("ул. маяковского 13 кв")
_FLAT_MARKS = frozenset({"кв", "квартира", "корп", "стр", "д", "flat", "apt", "hs", "leil"})
_UK_OUTWARD = re.compile(r"[a-z]{1,2}\d[a-z\d]?")
_UK_INWARD = re.compile(r"\d[a-z]{2}")
#: where an address may start after the customer's words for it: after a colon or a dash,
#: or a word that links the cue to it ("is", "at", "er", "i", "op", "на", "по адресу")
# an e-mail address, whole; a piece of one (letters, digits, ".", "_", "-", "+", "@")
_WHOLE_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}\.[^\W\d_]{2,24}")
_EMAIL_PART = re.compile(r"[\w.+\-@]{1,254}")
#: a message's first token that may be a piece of an e-mail address, with its dots
_EMAIL_TOKEN = re.compile(r"[.…]{0,3}[\w.+\-@…]{1,254}")
# an address's tokens inside an answer: runs without spaces
_ADDRESS_RUN = re.compile(r"\S{1,200}")
_CUE_END = re.compile(
    r"(?i)(?:[:\u2013\u2014]|\s-|(?<![^\W_])(?:is|at|on|in|to|er|i|på|op|te|in|на|в|по адресу|"
    r"адрес|ул\.?))[ \t]{1,3}(?=[^\W_])"
)
#: the end of a sentence inside a message (the address before it)
_SENTENCE_END = re.compile(r"[.?!](?=\s)|,\s(?=[^\W\d_]{1,40}\s[^\W\d_]{1,40}\s[^\W\d_]{1,40})")
#: dots before an answer that goes on from the sender's previous message ("... 83")
_LEADING_DOTS = re.compile(r"(?:\.{2,3}|…)[ \t]{1,3}")
#: a phone number's country code or trunk prefix, right before its other digits
_PHONE_HEAD = re.compile(
    r"(?:(?<![\w+])\+\d{1,3}[ \-]?(?:\(0\)[ \-]?)?\d{0,3}|(?<![\w.,/\-])0\d{1,4})[ \-]\Z"
)
#: between a birth date and the name after it ("12/03/1981 - Laura Finch")
_DATE_NAME_GAP = re.compile(r"[ \t]{0,3}[,;:/|\-\u2013\u2014]?[ \t]{1,3}")
#: where an item of a list starts: the message's or a line's start, a bullet, a number,
#: a separator
_ITEM_START = re.compile(
    r"(?:^|[\n;,|\t•(]|\s[-\u2013\u2014])[ \t]{0,3}(?:[-*•>][ \t]{0,3}|\d{1,2}[.)][ \t]{0,3})?\Z"
)
_LISTY = re.compile(r"[,;/|\n]|\s(?:and|en|og|и|&)\s|\d[.)]\s", re.IGNORECASE)
# what separates the fields of a list item
_FIELD_SEP = re.compile(r"\s{0,10}(?:[,;/|()\[\]\t\n•·]|\s[-–—]\s|:)\s{0,10}")
# a token with a digit in it, in an untyped stretch of a record
_VALUE_TOKEN = re.compile(r"\S{0,40}\d\S{0,40}(?: \S{0,40}\d\S{0,40}){0,5}")


def _with_article(text: str, a: Found) -> Found:
    """An address that starts with a house's name keeps the name's "the" ("the annexe, 133
    wheelwright close"), which the filler before an answer would leave out."""
    if a.entity_type != LOCATION or not text[a.start : a.start + 1].isalpha():
        return a
    m = _THE_BEFORE.search(text, max(0, a.start - 4), a.start)
    if m is None or m.end() != a.start:
        return a
    return Found(m.start(), a.end, a.entity_type, a.score, a.why)


def _same(a: Found, b: Found) -> bool:
    return (a.start, a.end, a.entity_type) == (b.start, b.end, b.entity_type)


def _outside(wider: list[Found], found: list[Found]) -> list[Found]:
    """The Found not inside a longer one of the same type in ``wider``."""
    return [
        f
        for f in found
        if not any(
            w.entity_type == f.entity_type
            and w.start <= f.start
            and f.end <= w.end
            and w.end - w.start > f.end - f.start
            for w in wider
        )
    ]


def _unmarked(text: str, slot: tuple[int, int, str | None]) -> tuple[int, int, str | None] | None:
    """An untyped slot without the marks of a list around it: None for an item's number
    ("1." "2)") or a label ("kids:", "barna:"), and without a bullet ("- ", "• ")."""
    s, e, t = slot
    if t is not None:
        return slot
    after = text[e : e + 3].lstrip(" ")
    number = text[s:e].rstrip(".)")
    if after.startswith(":") or (
        number.isdigit() and len(number) <= 2 and (after[:1] in ".)" or len(number) < e - s)
    ):
        return None  # "kids:", "1." "2)"
    while s < e and text[s] in "-–—•·*> ":
        s += 1
    return (s, e, t) if s < e else None


def _grow_names(
    text: str, slots: list[tuple[int, int, str | None]]
) -> tuple[list[tuple[int, int, str | None]], list[Found]]:
    """A name found in part ("ruby" of "ruby rowntree") with the words next to it that no
    separator parts from it: one PERSON slot, and the Found of the whole name."""
    out: list[tuple[int, int, str | None]] = []
    grown: list[Found] = []
    for s, e, t in slots:
        if out and {t, out[-1][2]} == {"PERSON", None}:
            ps, pe, pt = out[-1]
            gap, words = text[pe:s], text[ps:e]
            other = text[s:e] if t is None else text[ps:pe]  # the words next to the name
            plain = not any(c.isdigit() for c in words) and len(_WORDS.findall(words)) <= 4
            if plain:  # "Ruben van Beek" + "from Rabobank" is no name of five words
                from privacyguard.detect.names import everyday_word

                known = any(everyday_word(w) for w in _WORDS.findall(other))
                if gap.isspace() and 0 < len(gap) <= 2 and not known:
                    out[-1] = (ps, e, "PERSON")
                    grown.append(Found(ps, e, "PERSON", 0.6, "conversation: the rest of a name"))
                    continue
                if gap.isspace() and t == "PERSON":
                    out[-1] = (s, e, t)  # "og tvillingene" introduces the name: no value
                    continue
        out.append((s, e, t))
    return out, grown


def _mixed_parts(text: str, slot: tuple[int, int, str | None]) -> list[tuple[int, int, str | None]]:
    """An untyped stretch of values and words apart ("787210639 Isla Fairley"): the
    tokens with digits, and the runs of words between them, each a slot."""
    s, e, _ = slot
    out: list[tuple[int, int, str | None]] = []
    at = s
    for m in _VALUE_TOKEN.finditer(text, s, e):
        words = text[at : m.start()].strip()
        if words and any(c.isalnum() for c in words) and not _everyday_only(words):
            lead = text.index(words, at)
            out.append((lead, lead + len(words), None))
        out.append((m.start(), m.end(), None))
        at = m.end()
    rest = text[at:e].strip()
    if rest and any(c.isalnum() for c in rest) and not _everyday_only(rest):
        lead = text.index(rest, at)
        out.append((lead, lead + len(rest), None))
    return out or [slot]


def _slots(
    text: str,
    start: int,
    end: int,
    found: Sequence[Finding],
    name_like: Callable[[str], bool] | None = None,
) -> list[tuple[int, int, str | None]]:
    """An item's values in order: each finding inside it, and each stretch between the
    findings and the field separators that holds a letter or digit (type None)."""
    inside = sorted((f for f in found if start <= f.start and f.end <= end), key=lambda f: f.start)
    out: list[tuple[int, int, str | None]] = []
    at = start
    for f in [*inside, None]:
        stop = f.start if f is not None else end
        for s, e in _spans_between(_FIELD_SEP, text, at, stop):
            piece = text[s:e].strip(" .\t*")
            if any(c.isalnum() for c in piece) and (
                not _everyday_only(piece) or (name_like is not None and name_like(piece))
            ):  # "merel timmermans": everyday words in Dutch, and a name
                lead = text.index(piece, s)
                out.append((lead, lead + len(piece), None))
        if f is not None:
            if not out or out[-1][1] <= f.start:
                out.append((f.start, f.end, f.entity_type))
            at = max(at, f.end)
    return out


def birth_date(value: str) -> date | None:
    """The date a birth date answer gives, between 1900 and today: any form dates.py
    reads, and eight digits day first ("20071981", which dates.py reads year first)."""
    from privacyguard.detect.dates import parse_date

    when = parse_date(value)
    if when is None and _ELIDED_CENTURY.search(value):
        when = parse_date(_ELIDED_CENTURY.sub(r"\1", value))  # "27-7-'13", "16 mei '10"
    spaced = _SPACED_DATE.fullmatch(value)
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


def _said(clause: str) -> str:
    """What a clause states: all of it without a "?"; of a question, the parts before its
    last comma ("That's an order number I think, do you have the tenancy reference?")."""
    if not clause.endswith("?"):
        return clause
    head, comma, _ = clause.rpartition(",")
    return head if comma else ""


def _asks(text: str, thanks: frozenset[str]) -> bool:
    """A question, or a request ("Paspoortnummer graag.", "Назовите номер счёта."); not a
    thank-you made of the ``thanks`` words (``acknowledgements``: "Supert, takk.", "Great,
    thank you.")."""
    if "?" in text:
        return True
    if not _REQUEST.search(text):
        return False
    return not all(w.lower() in thanks for w in _WORDS.findall(text))


_REQUEST = re.compile(
    r"(?i)\b(?:please|could you|can you|can i|may i|i need|we need|i'll need|we'll need|"
    r"i will need|we will need|send|give|tell|provide|"
    r"graag|mag ik|kunt u|kun je|geef|stuur|ik heb [^.?!]{0,40} nodig|takk|kan jeg|"
    r"jeg trenger|gi meg|skriv|gjerne|list|noteer|"
    r"пожалуйста|назовите|напишите|пришлите|оставьте|подскажите|укажите|сообщите|перечислите)\b"
)


def _everyday_only(piece: str) -> bool:
    """Words that join or introduce list items only ("and our son", "en onze")."""
    from privacyguard.detect.names import everyday_word

    words = _WORDS.findall(piece)
    if all(w[:1].isupper() for w in words) and len(words) > 1:
        return False  # "Ruby Marsh": capitalised words may be a name made of words
    return bool(words) and all(w.isalpha() and everyday_word(w) for w in words)


def _spans_between(sep: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty stretches of text[start:end] between matches of ``sep``."""
    out = []
    at = start
    for m in sep.finditer(text, start, end):
        if m.start() > at:
            out.append((at, m.start()))
        at = max(at, m.end())
    if end > at:
        out.append((at, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _stop_word(word: str) -> bool:
    """A function word of one of the languages ("the", "het", "og", "и")."""
    from privacyguard.detect.names import stop_words

    low = word.lower()
    return any(low in stop_words(lang) for lang in ("en", "nl", "nb", "ru"))


def _typo_after_first(term: Term, words: list[str], i: int) -> bool:
    """A phrasing of several words with one typo in a later word of five letters or more
    ("date of brith", "номер бронированя"): the first word matched as written (the
    context matcher allows a typo in it already), the others as written but for one."""
    n = len(term.words)
    if n < 2 or i + n > len(words):
        return False
    typo = False
    for t, w in zip(term.words[1:], words[i + 1 : i + n], strict=True):
        if _exact_match(t, w):
            continue
        if typo or len(t) < 5 or t[0] == "=" or t.endswith("*") or abs(len(t) - len(w)) > 1:
            return False
        if OSA.distance(t, w, score_cutoff=1) > 1:
            return False
        typo = True
    return typo


def _alternation(words: Iterable[str]) -> str:
    unique = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in unique)


def sender_key(message: Message) -> tuple[str | None, str | None]:
    return (message.sender_role, message.sender)

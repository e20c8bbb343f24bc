"""Roles, the agent's questions and the expectations they open, carry and withdraw."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from privacyguard.detect.context import Term, _exact_match
from privacyguard.detect.conversation.base import Base, RoleWords
from privacyguard.detect.conversation.patterns import (
    _WORDS,
    HOLD_WORDS,
    LOCATION,
    stop_word,
)
from privacyguard.detect.conversation.state import (
    AGENT_ROLES,
    ConversationState,
    Expectation,
)
from privacyguard.models import Finding, Message, Provenance

#: messages a context word of a ``carry_context`` recognizer counts for (any sender)
CARRY_MESSAGES = 2

#: words between a word for "number" and a question's stem ("policy holder number")
STEM_WINDOW = 4

# words for "code": no person's number of an unnamed kind ("promo code", "postkode")
_CODE_WORDS = ("code", "kode", "koden", "код", "кода")
#: a value asked back: "is it C-7745345?", "это 1539318?" (a digit, the rest of its
#: value, a question mark)
_VALUE_ASKED = re.compile(r"\d[\w/.-]{0,30}[ ]?\?")

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

#: an expectation for something that is no personal data (an order number, a travel date)
NOTHING = "NOTHING"
CUSTOMER = "CUSTOMER_NUMBER"
#: the types whose answer is no bare number: beside a question for one of them, a question
#: for a number of a kind no shape tells apart stays open (round 33)
UNNUMBERED = frozenset({"EMAIL_ADDRESS", "LOCATION", "PERSON", "DATE_OF_BIRTH"})

#: metadata fields that name a person (the sender, a participant, a mail's From name)
PERSON_FIELDS = re.compile(
    r"(^|\.)(sender|author|actor|from|participants|members|users)(\[\d{1,9}\])?(\.name)?$"
)

#: numbers known by their shape alone (no checksum): what an order number may be taken for
_SHAPE_ONLY_IDS = frozenset({"CUSTOMER_NUMBER", "BOOKING_REFERENCE", "PASSPORT", "TICKET_NUMBER"})

#: the clauses of a message, each with its end mark (a question ends in "?")
_CLAUSE = re.compile(r"[^.;!?]{1,400}[.;!?]{0,4}")  # bounded: linear

#: the parts of a message between commas and stops
_PARTS = re.compile(r"[^.,;!?]{1,400}")  # bounded: linear

#: a number of three digits or more in the agent's statement
_OWN_NUMBER = re.compile(r"\d{3,100}")  # bounded: linear

#: the most words of the agent's prompt to go on ("ok, and the rest?", "oké, en de rest?")
GO_ON_WORDS = 4
#: the most words of a prompt to go on made of whole ``go_on`` phrasings ("Ga verder, het
#: eerste deel heb ik.", "Продолжайте, первую часть записала.")
GO_ON_PHRASE_WORDS = 9


class Questions(Base):
    """Roles and expectations (the first part over :class:`Base`)."""

    if TYPE_CHECKING:
        # update() reads an answer's body: Answers.body, a later part (answers.py)
        def body(self, text: str) -> tuple[int, int]: ...

    def role(self, message: Message, state: ConversationState) -> str | None:
        """ "agent", "customer" or None (not known)."""
        r = message.sender_role
        if r in AGENT_ROLES:
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

    def names_own_kind(self, words: list[str]) -> bool:
        """Do the customer's own words name a kind of personal data ("tenant number:
        5257255870", "mijn klantnummer is ...", "дата рождения ...")? Then the message gives
        that, whatever the agent asked for before ("... quoting the invoice number.")."""
        own = self._questions_in(words)
        if own:
            return any(NOTHING not in self.questions[k][0] for k in own)
        return self.names_an_id(words)

    def substitutes(self, state: ConversationState, words: list[str], text: str) -> bool:
        """Does the customer's message give a number of another kind than the customer
        number asked for, and say so ("don't have that, only the quote: 94856953", "heb ik
        niet, alleen het aktenummer: C-8368636", "is it C-7745345? that's on the email (file
        reference)", "это 1539318? в письме было (номер курса)")? While personal data is
        asked for, the customer's words name a kind of number (``names_an_id``) that no
        phrasing of a customer number names and the agent's question did not name, and say it
        is all they have (``substitute_words``: "only", "alleen", "bare", "только") or ask
        the value back ("is it ...?"). Also while another kind of personal number is asked
        for ("your charge card number" ... "only the session ID: #794276815"). Round 29."""
        if not any(NOTHING not in e.types and not e.any_sender for e in state.expecting):
            return False
        only = self._substitute.mentions(words)
        if not (only or _VALUE_ASKED.search(text)):
            return False
        if any(CUSTOMER in self.questions[k][0] for k in self._questions_in(words)):
            return False  # "only the membership number: ...": what was asked for
        kinds = self._kinds_named(words) if self.names_an_id(words) else []
        if not kinds and only:
            # "only the quote: 94856953", "only the party booking: 8647203": the words
            # between "only" and the value, but for small ones
            kinds = self._words_after_only(words)
        asked = state.asked_text
        return bool(kinds) and not any(k[:5] in asked for k in kinds)

    def _words_after_only(self, words: list[str]) -> list[str]:
        """The words after the customer's "only" (``substitute_words``) up to the value, but
        for small ones ("quote" of "only the quote: 94856953")."""
        starts = [
            i + len(t.words)
            for i in range(len(words))
            for t in self._substitute_terms
            if t.matches_at(words, i)
        ]
        if not starts:
            return []
        out = []
        for w in words[max(starts) :]:
            if any(c.isdigit() for c in w):
                break
            w = w.strip(".:?!,;#()")
            if len(w) >= 3 and w.isalpha() and not stop_word(w):
                out.append(w)
        return out

    def _kinds_named(self, words: list[str]) -> list[str]:
        """The kinds of number the words name: the word before a word for "number" ("file"
        of "file reference"), after a ``kind_after`` one ("курса" of "номер курса"), or a
        compound's head ("aktenummer")."""
        out = []
        for i, raw in enumerate(words):
            word = raw.strip(".:?!,;#()")
            if word in _CODE_WORDS:
                continue
            if self._is_id_word(word) or raw.rstrip(":?!,;") in self._id_words:
                j = i + 1 if word.startswith(self._kind_after) else i - 1
                kind = words[j].strip(".:?!,;#()") if 0 <= j < len(words) else ""
                if len(kind) >= 3 and kind.isalpha() and kind not in _NOT_KINDS:
                    out.append(kind)
            elif len(word) >= 6 and (m := self._id_compound.match(word)):
                head = self._id_head.sub("", m.group(0))
                if len(head) >= 3:
                    out.append(head)
        return out

    def _questions_in(self, words: Sequence[str]) -> list[int]:
        """The questions (indices) whose phrasings occur among the words (one pass over
        the words with every phrasing at once), or whose stems stand next to a word for
        "number" (``id_words``). A phrasing inside a longer one of another question gives
        way to it ("номер счёта" in "номер счёта-фактуры"). Remembered for the last words
        asked about: one message's words are read again (expected, update, asks_for)."""
        return list(self._questions_of(tuple(words)))

    @lru_cache(maxsize=64)  # noqa: B019 (the rules live as long as the detector)
    def _questions_of(self, key: tuple[str, ...]) -> tuple[int, ...]:
        words = list(key)
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
            # a stem's span holds only a phrasing with its word for "number" in it, and
            # only next to the stem: a stem farther off gives way to the phrasing that
            # holds the word ("please type the card number": not "(p)lease ... number")
            held = at < 0 or (s <= at < e and s - s2 <= 1 and e2 - e <= 1)
            return s2 <= s and e <= e2 and e2 - s2 > e - s and k2 != k and held

        return tuple(
            sorted({k for s, e, k, _ in hits if not any(inside(s, e, k, h) for h in hits)})
        )

    def _stem_hits(self, words: list[str]) -> list[tuple[int, int, int, int]]:
        """(first word, after the last word, question) of each word for "number" with a
        question's stem next to it ("policy holder number", "номер полиса") or in front of
        it in one word ("polisnummer", "skadenummeret", "kundenr.")."""
        out: list[tuple[int, int, int, int]] = []
        for i, raw in enumerate(words):
            word = raw.strip(".:?!,;#")
            plural = word in self._id_plurals
            if plural or word in self._id_stem_forms or raw.rstrip(":?!,;") in self._id_words:
                for d in range(1, 2 if plural else STEM_WINDOW + 1):
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
            plural = word in self._id_plurals  # "berth-holder numbers", not "the numbers"
            if plural or self._is_id_word(word) or raw.rstrip(":?!,;") in self._id_words:
                # the kind named next to it: before it ("guest number", "applicant ID"), or
                # after a ``kind_after`` word ("номер гостя", "nomer gostya"); not "which number",
                # "номер для курьера"
                j = i + 1 if word.startswith(self._kind_after) else i - 1
                kind = words[j].strip(".:?!,;#") if 0 <= j < len(words) else ""
                which = i > 0 and words[i - 1] in _NOT_KINDS and j > i  # "на какой номер"
                if plural and (j > i or stop_word(kind)):
                    continue
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
        # a stem inside a word after a head of three letters or more, a compound's
        # ("huur|contract"), not inside an everyday word ("p|lease", "re|member")
        m = self._stem_start.match(word) or self._stem_inside.search(word, 3)
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
        asked = frozenset().union(
            *(e.types for e in state.expecting if not e.any_sender and not e.after_next)
        )
        for t in expected:
            for name in self.by_type.get(t, frozenset()) - self.uncarried:
                if name in self.asked_only and t not in asked:
                    continue
                langs = self.by_lang.get(name)
                if not langs or lang in langs or "any" in langs:
                    names.add(name)
        return frozenset(names)

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
            and (self.hold.mentions(words) or _marks_only(message.text))
        )
        # a question back with no value ("why do you need that?", "mine or my wife's?")
        # answers nothing: the question stays open through the agent's reply
        asking_back = (
            role == "customer" and not in_text and len(words) <= HOLD_WORDS and "?" in message.text
        )
        kept: list[Expectation] = []
        for e in state.expecting:
            if e.any_sender:
                e.turns -= 1
            elif role == "customer" and holding and not e.answered:
                e.deferred = True
            elif role == "customer" and asking_back:
                e.turns -= 1  # questions back use the turns up too ("waar vind ik dat?")
                e.asked_back = not e.answered
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
        if role == "agent":
            # "Where are you off to?": the customer's next answer may name a place alone
            state.place_asked = self._place_questions.mentions(words)
        elif role == "customer" and not holding:
            state.place_asked = False
        if role == "agent" and message.sender_role and message.sender and not state.agent:
            # a sender the export marks as the business (a WhatsApp Business system
            # message, a help desk's agent) is the agent for its messages without a role
            state.agent = message.sender
        # the agent's prompt to go on ("ok", "fortsett", "ok, and the rest?"): the rest of
        # the value or the address may follow
        prompt = role == "agent" and self._go_on_only(message.text)
        if role == "agent" and not prompt:
            state.address_of.clear()  # the agent has answered: no rest of an address follows
        if role == "agent":
            state.rejected = frozenset()
        # the types of the customer's last answer, which the agent may say is not the
        # value on file ("That doesn't match, could you check it?")
        answered = frozenset().union(
            *(t for key, t in state.last_types.items() if key[0] == "customer")
        )
        if role == "agent" and not prompt and _asks(message.text, self._thanks, self._request):
            state.last_types.clear()  # a new question: the next answer is no correction
        guess = (
            role is None
            and bool(message.sender)
            and _asks_the_other(message.text, in_text, self._role_words, self._request)
        )
        if role == "agent" or guess:
            # without roles, a sender who asks the other for a kind of value (and gives
            # none but a name: "Goedemorgen Joost, mag ik je geboortedatum?") is taken for
            # the agent; not one who asks for nothing ("die stuur ik straks") nor about
            # their own ("kunt u mijn adres wijzigen?"): see _asks_the_other
            asked = [
                Expectation(self.questions[k][0], self.questions[k][1])
                for k in self._questions_in(words)
                if role == "agent" or not (self.questions[k][0] & types)
            ]
            phrased = bool(asked)
            asked = _named_number_first(asked)
            if not asked and role == "agent" and _asks(message.text, self._thanks, self._request):
                # no phrasing of rules/conversation/ matched: a context word of a
                # recognizer that needs one ("Hva er reward-nummeret ditt?") will do
                named = {t for t, matcher in self.context_only if matcher.mentions(words)}
                if named:
                    asked = [Expectation(frozenset(named), self.settings.expect_turns)]
            only_names = bool(asked) and all(e.types == {"PERSON"} for e in asked)
            if (
                (not asked or only_names)
                and role == "agent"
                and _asks(message.text, self._thanks, self._request)
                and self.names_an_id(words)
            ):
                # trust the question, not the shape: a number, ID or reference of a kind no
                # rule names ("your Seapass number", "the applicant ID", "gjestenummeret",
                # "номер гостя") is the number the business files the customer under
                id_types = frozenset(
                    {"CUSTOMER_NUMBER", "PERSON"} - (set() if only_names else {"PERSON"})
                )
                asked = [Expectation(id_types, self.settings.expect_turns)]
            elif (
                phrased
                and role == "agent"
                and not any(NOTHING in e.types or CUSTOMER in e.types for e in asked)
                and _asks(message.text, self._thanks, self._request)
                and self._kind_asked_apart(message.text, joined=True)
            ):
                # "your email and driver ID", "the card number and fan ID": a number of a
                # kind no rule names, asked for beside a value a phrasing names
                asked.append(Expectation(frozenset({CUSTOMER}), self.settings.expect_turns))
            if not asked and role == "agent" and answered and self._mismatch.mentions(words):
                # "Det stemmer ikke helt, kan du sjekke?": the value is typed again
                asked = [Expectation(answered, self.settings.expect_turns, stated=True)]
            if not asked and role == "agent" and answered and self._same_again.mentions(words):
                # "Same for the invoice?", "Faktura til samme sted?": the customer's last
                # answer's type again, which a "no, to …" gives anew
                asked = [Expectation(answered, self.settings.expect_turns, stated=True)]
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
                and _asks(message.text, self._thanks, self._request)
                and self._kind_asked_apart(message.text)
            ):
                # "That's an order number I think, do you have the applicant ID?": the
                # order number is named, the number of its own kind is asked for
                asked = [Expectation(frozenset({"CUSTOMER_NUMBER"}), self.settings.expect_turns)]
            personal = [e for e in asked if NOTHING not in e.types]
            if asked and _asks(message.text, self._thanks, self._request):
                # a new question closes the earlier ones, but for one the customer went
                # looking for; a question for personal data wins over one for an order
                # number in the same message
                looking = [
                    replace(e, turns=self.settings.expect_turns, deferred=False, after_next=True)
                    for e in state.expecting
                    if e.deferred and NOTHING not in e.types and not e.any_sender
                ]
                # the reply to a question back ("Yours, please - just to find the account.")
                # leaves the question before it open, unless it is a question of its own
                # (a phrasing of the rules: "Where were you flying to?")
                still = [
                    replace(e, turns=self.settings.expect_turns, asked_back=False)
                    for e in state.expecting
                    if e.asked_back
                    and not e.answered
                    and NOTHING not in e.types
                    and not e.any_sender
                    and not phrased
                ]
                # two questions in a row, the first not answered yet ("Could you give me
                # the number of your passport?" / "And could you also give me this: what's
                # your date of birth?"): the customer answers them in turn, the first one
                # often first; it stays open beside the new one (round 33)
                new_types = frozenset().union(*(e.types for e in personal or asked))
                waiting = [
                    replace(e, turns=self.settings.expect_turns)
                    for e in state.expecting
                    if not e.answered
                    and not e.stated
                    and (CUSTOMER not in e.types or new_types <= UNNUMBERED)
                    and not e.deferred
                    and not e.asked_back
                    and not e.after_next
                    and not e.any_sender
                    and NOTHING not in e.types
                ]
                # a message that gives a value of its own, a number or an email ("Please
                # post it to Unit 4, ...", "The first free slot is 10.12.2027, does that
                # suit?"), is no plain question for the customer's: the next question
                # closes it
                stated = any(c.isdigit() or c == "@" for c in message.text)
                opened = [replace(e, stated=stated) for e in personal or asked]
                state.expecting = opened + looking + still
                for e in waiting:
                    # the same question asked again while it waits is one expectation, not
                    # one more per asking (a long run of questions grew the list without end)
                    if e not in state.expecting:
                        state.expecting.append(e)
                state.asked_text = message.text.lower() if personal else ""
                if role is None:
                    state.agent = message.sender
            elif personal:
                # "The one we sent you by email.": no question, but it may become one; and
                # the agent has moved on ("Til passasjerlisten trenger jeg passnummeret"):
                # the next answer is no correction of the previous value
                state.expecting.extend(replace(e, stated=True) for e in personal)
                state.last_types.clear()
                state.asked_text = message.text.lower()
        if role is None:
            for (etype, name, _), said in zip(
                self.legacy, self.legacy_mentions.of(words), strict=True
            ):
                if said:  # its matcher.mentions(words)
                    state.expecting.append(
                        Expectation(frozenset({etype}), CARRY_MESSAGES, frozenset({name}), True)
                    )
        if role != "customer":
            state.placed.clear()  # the agent spoke: the next address answers no address given
            return
        if holding:
            # "one moment": the address before it may go on after it ("124 Larkspur Drive"
            # / "just a minute" / "Derby DE22 1GB"); a number after it is no correction
            state.last_types[sender] = state.last_types.get(sender, frozenset()) & {LOCATION}
            return
        last = types & CORRECTABLE
        places = [f for f in in_text if f.entity_type == LOCATION]
        state.placed[sender] = bool(places)
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
            if f.entity_type == LOCATION and len(state.places) < MAX_VALUES:
                state.places.add(message.text[f.start : f.end].lower())
            if f.entity_type in REPEATABLE and len(state.values) < MAX_VALUES:
                value = message.text[f.start : f.end].lower()
                if len(value) >= 5:
                    state.values.setdefault(value, f.entity_type)

    def _kind_asked_apart(self, text: str, joined: bool = False) -> bool:
        """Does a part of the message (between commas and stops) ask for a number of a kind
        no rule names, apart from the part that names another ("that looks like an order
        number. I need your Seapass number.")? With ``joined``: a piece of a part joined to
        another by a joining word ("your email and driver ID"), not a part alone."""
        from privacyguard.detect.context import context_words

        for part in _PARTS.findall(text):
            pieces = self._items.split(part) if joined else [part]
            if joined and len(pieces) < 2:
                continue
            for piece in pieces:
                words = context_words(piece)
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
        digits = "".join(c for c in answer if c.isdigit())
        if any(m.group() not in digits for m in _OWN_NUMBER.finditer(text)):
            # "Your case number is CS-526776. Any questions ring us on 020 0451 2549.": the
            # agent gives numbers of its own, it says nothing of the answer
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
        if not named and self._identifies(state, answer, findings, text):
            # "That's an order number, but it works too", "Dat is het bestelnummer, prima",
            # "Это номер заказа, но так тоже нашли": the agent's next statement opens by
            # naming the answer's only value a number of a kind that is no personal data
            named |= _SHAPE_ONLY_IDS
        kept = []
        for f in findings:
            made = f.recognizer == "conversation" or Provenance.CARRIED in f.provenance
            if made and f.entity_type in named and f.field == "text":
                state.values.pop(answer[f.start : f.end].lower(), None)
                state.rejected |= {f.entity_type}
                continue
            kept.append(f)
        return kept

    def _identifies(
        self, state: ConversationState, answer: str, findings: list[Finding], text: str
    ) -> bool:
        """Does the agent's statement right after the customer's answer (no agent message
        between, no question in it) open by naming a number of a kind that is no personal
        data ("That's an order number, ...", "Det er et ordrenummer, men ...", "Это номер
        заказа, ..."), while the answer holds one value only, a number the conversation
        made of its shape and no other digits?"""
        if "?" in text or len(findings) != 1:
            return False
        f = findings[0]
        made = f.recognizer == "conversation" or Provenance.CARRIED in f.provenance
        if not made or f.entity_type not in _SHAPE_ONLY_IDS or f.field != "text":
            return False
        if sum(c.isdigit() for c in answer) != sum(c.isdigit() for c in answer[f.start : f.end]):
            return False
        last = max((i for key, i in state.last_of.items() if key[0] == "customer"), default=-1)
        if any(key[0] == "agent" and i > last for key, i in state.last_of.items()):
            return False
        from privacyguard.detect.context import context_words

        first = _PARTS.search(text)
        if first is None or any(c.isdigit() for c in first.group(0)):
            return False
        words = context_words(first.group(0))
        return any(
            NOTHING in self.questions[k][0] for k in self._questions_in(words)
        ) and self.names_an_id(words)

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

    def asks_for(self, text: str) -> bool:
        """Does the message ask for a value of a kind by a question's phrasing ("To find
        you I need the customer number.")? Not "Could you give me the rest?"."""
        from privacyguard.detect.context import context_words

        return bool(self._questions_in(context_words(text)))

    def _go_on_only(self, text: str) -> bool:
        """Is the message only the agent's prompt to go on ("ok", "Ja?", "ok, and the
        rest?", "fortsett")?"""
        words = [w.lower() for w in _WORDS.findall(text)]
        if 0 < len(words) <= GO_ON_WORDS and all(w in self._go_on_words for w in words):
            return True
        return 0 < len(words) <= GO_ON_PHRASE_WORDS and self._go_on_phrased(words)

    def _go_on_phrased(self, words: list[str]) -> bool:
        """Are the words one ``go_on`` phrasing after another ("ga verder" + "het eerste
        deel heb ik", "ok" + "and then")?"""
        i = 0
        while i < len(words):
            n = next(
                (len(p) for p in self._go_on_phrases if p and tuple(words[i : i + len(p)]) == p),
                0,
            )
            if not n:
                return False
            i += n
        return True

    def asks(self, text: str) -> bool:
        """A question, or a request ("Paspoortnummer graag."); not the agent's prompt to go
        on ("Ja?", "Да?", "Yes, go on?"), which asks for nothing new."""
        if not _asks(text, self._thanks, self._request):
            return False
        return not self._go_on_only(text)


#: the document types a question for everyone at once guesses (conversation.yaml)
_GUESSED_DOCUMENTS = frozenset({"PASSPORT", "NATIONAL_ID"})


def _named_number_first(asked: list[Expectation]) -> list[Expectation]:
    """A question that names the customer's number ("name, date of birth and member
    number of everyone", "номер абонемента всех участников") asks for that number, not
    for the documents a question for everyone guesses: those leave the wider
    expectation, unless the question names them too ("... passport and member number")."""
    named = [e for e in asked if len(e.types) <= 2]
    if not any(CUSTOMER in e.types for e in named):
        return asked
    kept = _GUESSED_DOCUMENTS & frozenset().union(*(e.types for e in named))
    for e in asked:
        if len(e.types) > 2:
            e.types = e.types - (_GUESSED_DOCUMENTS - kept)
    return asked


def _said(clause: str) -> str:
    """What a clause states: all of it without a "?"; of a question, the parts before its
    last comma ("That's an order number I think, do you have the tenancy reference?")."""
    if not clause.endswith("?"):
        return clause
    head, comma, _ = clause.rpartition(",")
    return head if comma else ""


#: a word with an apostrophe in it ("i'll", "m'n")
_WORD_APOS = re.compile(r"[^\W_]{1,64}(?:['’][^\W_]{1,8})?")


def _asks_the_other(
    text: str, in_text: Sequence[Finding], role_words: RoleWords, request: re.Pattern[str]
) -> bool:
    """Without roles: does a message ask the other party for something, as an agent does?
    A question, or a request that is no statement of the sender's own doing (a request
    word next to "ik", "I", "jeg", "я": "die stuur ik straks"); no value in it but a name
    (the agent greets the customer by name); and not about the sender's own ("mijn",
    "my": "kunt u mijn adres wijzigen?") unless about the other's too ("your")."""
    if any(f.entity_type != "PERSON" for f in in_text):
        return False
    words = [w.lower().replace("’", "'") for w in _WORD_APOS.findall(text)]
    if not set(words) & role_words.yours and set(words) & role_words.own:
        return False
    if "?" in text:
        return True
    if in_text:
        return False
    for m in request.finditer(text):
        if " " not in m.group(0):
            before = [w.lower() for w in _WORD_APOS.findall(text[: m.start()])][-2:]
            after = [w.lower() for w in _WORD_APOS.findall(text[m.end() :])][:1]
            if (set(before) | set(after)) & role_words.first_person:
                continue  # "die stuur ik straks", "I'll send it"
        return True
    return False


def _asks(text: str, thanks: frozenset[str], request: re.Pattern[str]) -> bool:
    """A question, or a request (a ``requests`` word: "Paspoortnummer graag.", "Назовите
    номер счёта."); not a
    thank-you made of the ``thanks`` words (``acknowledgements``: "Supert, takk.", "Great,
    thank you.")."""
    if "?" in text:
        return True
    if not request.search(text):
        return False
    return not all(w.lower() in thanks for w in _WORDS.findall(text))


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


def _marks_only(text: str) -> bool:
    """A message of marks only ("...", "…"): the customer is still typing."""
    return bool(text.strip()) and not any(c.isalnum() for c in text)

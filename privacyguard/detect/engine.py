"""The detector: every configured recognizer over a batch of messages, overlaps resolved."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial

from privacyguard import registry
from privacyguard.cache import compiled_patterns
from privacyguard.config.conversation import conversation_dir, load_conversation_rules
from privacyguard.config.rules import Rules, load_rules
from privacyguard.detect.candidates import CandidateScanner, enabled_by_env
from privacyguard.detect.context import context_words
from privacyguard.detect.conversation import (
    Conversations,
    ConversationState,
    Found,
    sender_key,
)
from privacyguard.detect.conversation.email_names import names_before_emails
from privacyguard.detect.conversation.pieces import PIECE_TYPES
from privacyguard.detect.conversation.state import AGENT_ROLES
from privacyguard.detect.dates import date_words
from privacyguard.detect.language import identify
from privacyguard.detect.names import warm_up
from privacyguard.detect.nlp import load_ner_models
from privacyguard.detect.normalise import NO_GATES
from privacyguard.detect.overlap import resolve
from privacyguard.detect.recognizers.base import RuleRecognizer, ScanContext
from privacyguard.detect.recognizers.pattern import RulesPatternRecognizer
from privacyguard.detect.recognizers.presidio import presidio_recognizers
from privacyguard.detect.required import digit_count
from privacyguard.models import Finding, Message, Provenance

log = logging.getLogger(__name__)

# checksum-validated types win ties against context-only ones
_PRIORITY = [
    "IBAN_CODE", "CREDIT_CARD", "NATIONAL_ID", "BANK_ACCOUNT", "TICKET_NUMBER", "EMAIL_ADDRESS",
    "IP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "FLIGHT_NUMBER", "PASSPORT",
    "BOOKING_REFERENCE", "CUSTOMER_NUMBER", "LOCATION", "PERSON",
]  # fmt: skip


#: types whose bare value stands even as the answer to a question for something else
SURE_TYPES = frozenset(
    {"IBAN_CODE", "CREDIT_CARD", "NATIONAL_ID", "EMAIL_ADDRESS", "PERSON", "LOCATION"}
)
#: messages of others that may stand between the two halves of a split value
SPLIT_GAP = 3


#: the marks that end a message whose value goes on in the next ("19-13-96 18 -", "5958...")
_GOES_ON_MARKS = ("-", "...", "…", "–", "—")


def _guessed(f: Finding) -> bool:
    """Did only the conversation make the finding: the question's context carried to it, or
    the answer's shape of a value whose checksum failed ("40817810423" after "На какой счёт
    вернуть деньги?": a Norwegian account's length, mistyped, or the start of a Russian
    one)? Such a value does not end a value typed in pieces."""
    return bool(f.provenance & (Provenance.CARRIED | Provenance.MISTYPED))


def _dialled_only(text: str, own: Sequence[Finding], start: int = 0) -> bool:
    """Is the message digits only (in groups) from ``start`` on, after the filler words
    before an answer ("it's 5339316170"), found as a phone number alone ("2369 1527")?"""
    return (
        all(f.entity_type == "PHONE_NUMBER" and f.start >= start for f in own)
        and not any(c.isalpha() for c in text[start:])
        and any(c.isdigit() for c in text[start:])
    )


def _covered(findings: Sequence[Finding], part: Found) -> set[str]:
    """The types of the findings (in the text) that hold all of ``part``."""
    return {
        f.entity_type
        for f in findings
        if f.field == "text" and f.start <= part.start and part.end <= f.end
    }


#: a recognizer for a language, as the engine loop reads it: the recognizer, the candidate
#: pass's ids of its patterns and of its prefilter, its entity type, min_digits, prefilter
#: and needs_doc
_Entry = tuple[RuleRecognizer, frozenset[int], int, str, int, "re.Pattern[str] | None", bool]


@dataclass(frozen=True)
class Detected:
    """The outcome for one message: its language and findings, or why it failed."""

    message: Message
    lang: str
    findings: list[Finding]
    error: str | None = None


class Detector:
    """Built once per process from rules/; reused for every batch."""

    def __init__(self, rules: Rules | None = None, candidate_pass: bool | None = None):
        """``candidate_pass``: scan each text once for the patterns that may match in it
        and run only those (detect/candidates.py; the findings are the same either way);
        None: on unless PRIVACYGUARD_CANDIDATE_PASS=0, and when hyperscan is installed.
        The regular expressions compiled meanwhile are made from their compiled code in
        the detector cache (cache.compiled_patterns: the same patterns, faster)."""
        with compiled_patterns():
            self._build(rules, candidate_pass)

    def _build(self, rules: Rules | None, candidate_pass: bool | None) -> None:
        self.rules = rules or load_rules()
        self.settings = self.rules.settings
        self.recognizers: list[RuleRecognizer] = []
        for loaded in self.rules.recognizers:
            if loaded.spec.enabled:
                kind = registry.lookup(registry.recognizers, "recognizer kind", loaded.spec.kind)
                self.recognizers.append(kind(loaded, self.rules))
        self.recognizers.extend(
            presidio_recognizers(self.settings.presidio_recognizers, self.rules)
        )
        self.ner_models = load_ner_models(self.settings)
        warm_up()  # dictionaries and name lists load now, not in the middle of a stream
        order = list(self.rules.entity_types)
        rank = {t: i for i, t in enumerate(_PRIORITY)}
        self.priority = {t: rank.get(t, len(_PRIORITY) + order.index(t)) for t in order}
        self._identity = [re.compile(rx) for rx in self.settings.identity_fields]
        self._name_recognizers = [r for r in self.recognizers if hasattr(r, "name_parts")]
        self._prefilters = {
            r.prefilter.pattern: r.prefilter for r in self.recognizers if r.prefilter
        }
        self._by_lang: dict[str, list[_Entry]] = {}
        self._owners: dict[str, tuple[dict[int, int], frozenset[int]]] = {}
        self._prefilter_ids: dict[str, int] = {}
        # rules/conversation/ next to the rule files (or the shipped one): questions,
        # answer shapes, list joiners, disguised separators and number words
        talk = load_conversation_rules(conversation_dir(list(self.rules.files)))
        self.conversations = Conversations(talk, self.recognizers, date_words(self.rules.lists))
        self.normaliser = self.conversations.normaliser  # built from `talk` there
        # where the normaliser's gate patterns are in the candidate pass (-1: not in it)
        self._gates_at = -1
        self._scanner = self._candidate_scanner(
            enabled_by_env() if candidate_pass is None else candidate_pass
        )

    def languages(self, messages: Sequence[Message]) -> list[str]:
        s = self.settings
        return identify(messages, s.languages, s.default_language, s.short_message_chars)

    def detect(self, messages: Sequence[Message]) -> list[Detected]:
        """Scan a batch. A message whose detection raises is returned with `error` set.

        Each conversation's state (detect/conversation.py) lives in this call only: what
        the agent asked for, the values and name parts found so far."""
        langs = self.languages(messages)
        docs = self._docs(messages, langs)
        conv = self.conversations
        states: dict[str, ConversationState] = {}
        out: list[Detected] = []
        checked: set[int] = set()  # ids of findings named_not_personal has let through
        for i, (message, lang) in enumerate(zip(messages, langs, strict=True)):
            state = states.setdefault(message.conversation_id or f"\0{i}", ConversationState())
            sender = sender_key(message)
            try:
                role = conv.role(message, state)
                words = context_words(message.text)
                expected = conv.expected(state, role, sender, words)
                ctx = ScanContext(conv.carried(state, expected, lang), frozenset(state.names))
                gates: frozenset[int] | None | object = NO_GATES  # (the normaliser's own)
                possible: frozenset[int] | None | object = NO_GATES
                if self._scanner is not None:
                    possible, gates = self._message_pass(message.text)
                found = self._one(message.id, message.text, lang, docs.get(i), ctx, None, possible)
                found = self._in_conversation(
                    message, lang, found, ctx, state, role, words, expected, gates
                )
                for name, value in message.fields:
                    found.extend(self._field(message.id, name, value, lang, ctx))
                if role == "customer":
                    self._split(messages, out, i, found, lang, state, ctx)
                # "our company number is 96312096", "app versie 11.5.35": whatever found
                # them, no person's numbers
                found = [f for f in found if not conv.named_not_personal(message.text, f)]
                checked.update(map(id, found))
                for f in found:
                    if f.entity_type == "PERSON" and f.field == "text" and self._name_recognizers:
                        state.names.update(
                            self._name_recognizers[0].name_parts(
                                message.text[f.start : f.end], lang
                            )
                        )
                j = conv.answer_index(state, role)
                if j is not None and not out[j].error:
                    # "That's the order no. - the customer number is on your bill"
                    prev = out[j]
                    kept = conv.withdraw(
                        state, prev.message.text, prev.findings, words, message.text
                    )
                    if len(kept) < len(prev.findings):
                        out[j] = replace(prev, findings=kept)
                conv.update(state, message, role, sender, words, found)
            except Exception as e:  # fail closed: report the message, never pass it as clean
                from privacyguard.ingest.paths import id_for_log  # only when it fails

                log.warning(
                    "detection failed for message %s: %s", id_for_log(message.id), type(e).__name__
                )
                log.debug("detection traceback", exc_info=True)
                out.append(Detected(message, lang, [], f"detection failed ({type(e).__name__})"))
                state.last_of.pop(sender, None)
                continue
            state.last_of[sender] = i
            out.append(Detected(message, lang, found))
        # and what a later message added to an earlier one (a value typed in pieces): the
        # findings not checked yet (each finding object lives in `out`, so its id is its own)
        for k, d in enumerate(out):
            dropped = {
                id(f)
                for f in d.findings
                if id(f) not in checked and conv.named_not_personal(d.message.text, f)
            }
            if dropped:
                out[k] = replace(d, findings=[f for f in d.findings if id(f) not in dropped])
        self._business_own(out)
        return out

    def _business_own(self, out: list[Detected]) -> None:
        """What the business says of itself in its agents' messages, where the export says
        the sender is the business: its own name (_own_names) and its role mailboxes
        (_own_mailboxes) are no customer's personal data. Each conversation names its
        business for itself: a batch (a worker's share, a Spark partition) holds several,
        and what one says must not change another's findings. The business's names are read
        once per conversation, for both, and only when one of them needs them."""
        by_conversation: dict[str, list[int]] = {}
        for k, d in enumerate(out):
            by_conversation.setdefault(d.message.conversation_id or f"\0{k}", []).append(k)
        conv = self.conversations
        for ks in by_conversation.values():
            agent = [
                k for k in ks if out[k].message.sender_role in AGENT_ROLES and not out[k].error
            ]
            if not agent:
                continue
            texts = [out[k].message.text for k in agent]
            names = cache(partial(conv.business_names, texts))
            self._own_names(out, ks, agent, names)
            self._own_mailboxes(out, ks, agent)
            self._vouchers_named(out, ks, agent)

    def _own_mailboxes(self, out: list[Detected], ks: list[int], agent: list[int]) -> None:
        """The business's own role mailbox in its agents' messages ``agent`` of one
        conversation ``ks`` ("Any questions, just email info@heronlakecampsite.co.uk",
        "Tot ziens. Vragen? support@darksky.nl"): no customer's personal data, at any
        domain (Answers.business_mailbox; round 28, any domain since round 31). Not an
        address found in an earlier message of the conversation (the customer's, read
        back)."""
        if not any(f.entity_type == "EMAIL_ADDRESS" for k in agent for f in out[k].findings):
            return
        conv = self.conversations
        seen: set[str] = set()
        for k in ks:
            d = out[k]
            if k in agent:
                text = d.message.text
                kept = [f for f in d.findings if not conv.business_mailbox(text, f, seen)]
                if kept != d.findings:
                    out[k] = replace(d, findings=kept)
            seen.update(
                d.message.text[f.start : f.end].strip().lower()
                for f in d.findings
                if f.entity_type == "EMAIL_ADDRESS" and f.field == "text"
            )

    def _vouchers_named(self, out: list[Detected], ks: list[int], agent: list[int]) -> None:
        """A code in the customer's message right before an agent's that calls it a voucher
        ("KITE25" ... "Hmm, that's a voucher. What's the booking code?", "Это промокод"):
        the business's discount, no booking of the customer's (Answers.names_voucher).
        Only where that message holds one such code: with two, which one the agent means is
        not known, and both stay reported. Round 31."""
        conv = self.conversations
        types = conv.voucher_types()
        for pos, k in enumerate(ks[1:], 1):
            prev = ks[pos - 1]
            d = out[prev]
            if (
                k not in agent
                or prev in agent
                or d.error
                or sum(f.entity_type in types for f in d.findings) != 1
                or not conv.names_voucher(out[k].message.text)
            ):
                continue
            out[prev] = replace(d, findings=[f for f in d.findings if f.entity_type not in types])

    def _own_names(
        self,
        out: list[Detected],
        ks: list[int],
        agent: list[int],
        names: Callable[[], frozenset[str]],
    ) -> None:
        """The business's own name in its agents' messages ``agent`` of one conversation
        ``ks`` ("Bedankt voor uw bericht aan Bitkluis", "Je chat met Willemijn van
        Tweedehandsje"): no person's name, nor part of one. A customer's own name stays
        whatever the business is called: in a customer's message only the whole name of two
        words or more the agents gave ("is this Ashcombe Notaries?")."""
        asked = [
            k for k in ks if out[k].message.sender_role == "customer" and not out[k].error
        ]
        if not any(f.entity_type == "PERSON" for k in agent + asked for f in out[k].findings):
            return
        given = names()
        if not given:
            return
        conv = self.conversations
        # round 29: the customer who names the business its agent gave ("is this Ashcombe
        # Notaries or did I get the wrong chat?"): a name of two words or more, whole, no
        # person's there either
        for k in asked:
            d = out[k]
            kept = [g for g in d.findings if not conv.names_business(d.message.text, g, given)]
            if kept != d.findings:
                out[k] = replace(d, findings=kept)
        for k in agent:
            d = out[k]
            first = k == agent[0]
            kept = [g for f in d.findings if (g := conv.own_name(d.message.text, f, given, first))]
            if kept != d.findings:
                out[k] = replace(d, findings=kept)

    def _in_conversation(
        self,
        message: Message,
        lang: str,
        found: list[Finding],
        ctx: ScanContext,
        state: ConversationState,
        role: str | None,
        words: list[str],
        expected: set[str],
        gates: frozenset[int] | None | object = NO_GATES,
    ) -> list[Finding]:
        """The message's findings with what the conversation adds: disguised values, bare
        answers of an expected type, corrections, list items by position, values found
        before; and without what it rules out (an answer that says it is something else),
        a booking code the question made of a flight number reported as the flight number."""
        conv = self.conversations
        text = message.text
        extra: list[Finding] = []
        norm = self.normaliser.normalise(text, lang, words, gates)
        if norm is not None:
            for f in self._one(message.id, norm.text, lang, None, ctx):
                if norm.touches_change(f.start, f.end):
                    start, end = norm.original(f.start, f.end)
                    why = f"{f.explanation}; read with spelled-out or disguised characters"
                    extra.append(replace(f, start=start, end=end, explanation=why))
            # a part of a disguised value is no value of its own ("7.7.5.1" of "7.7.5.1.8.4")
            found = [
                f
                for f in found
                if not any(
                    x.start <= f.start and f.end <= x.end and x.end - x.start > f.end - f.start
                    for x in extra
                )
            ]
        added = []
        if expected:
            added += conv.answers(text, lang, expected, words)
        if role is not None:
            # the customer's value again, also read back by the agent ("Just to check,
            # that's YU7SL5?", "Уточню: 4164578?")
            added += conv.seen_before(text, state)
        if role == "customer":
            added += conv.correction(text, words, state, sender_key(message))

        def find(piece: str, names: frozenset[str]) -> list[Finding]:
            return self._one(message.id, piece, lang, None, replace(ctx, carried=names))

        added += conv.list_items(text, lang, found, find, expected, role == "customer")
        if role == "customer":
            added += conv.initials(text, words, found, added, expected)  # "N.P. Ainsworth"
            added += names_before_emails(text, found, added)  # "ingvild holm / iholm@…"
            added += conv.leftovers(text, found, find, expected)  # "1996-06-20 7843 7862"
        added += conv.introductions(text, words, state, role, found)  # "Keely here", "ik ben"
        added = conv.outweigh(text, found, added)  # "rhys bramwell" over its "rhys"
        added = conv.outweigh_places(found, added)  # "… 47533 Kleve, Duitsland" over its "… Kleve"
        extra += [self._finding(message.id, a, lang) for a in added]
        merged = resolve(found + extra, self.priority) if extra else found
        if role == "agent" and message.sender_role in AGENT_ROLES:
            # "You can also call us on 0161 496 0218": the business's own number or address;
            # only where the export says the sender is the business, never on a role guessed
            # from the conversation ("Dat is ons adres, ..." from a customer taken for the
            # agent): dropping a finding on a guess would pass personal data on
            return [f for f in merged if not conv.business_contact(text, f, lang, state)]
        if role != "customer":
            return merged
        nothing = conv.not_personal(state, role) and not conv.names_own_kind(words)
        # "don't have that, only the quote: 94856953", "is it C-7745345? that's on the email
        # (file reference)": a number of another kind than the customer number asked for
        other = conv.substitutes(state, words, text)
        body = conv.body(text)
        bare = conv.less_quantity(text, body) if nothing else body
        asked_codes = [
            f
            for f in merged
            if f.entity_type == "BOOKING_REFERENCE"
            and (f.recognizer == "conversation" or Provenance.CARRIED in f.provenance)
        ]
        flights = {}
        if asked_codes:  # "KL1234" after "what's the booking reference?": a flight number
            only = frozenset({"FLIGHT_NUMBER"})
            flights = {
                (f.start, f.end): f for f in self._one(message.id, text, lang, None, ctx, only)
            }
        kept = []
        for f in merged:
            flight = flights.get((f.start, f.end)) if f in asked_codes else None
            if flight is not None:
                f = replace(
                    f,
                    entity_type="FLIGHT_NUMBER",
                    explanation=flight.explanation,
                    provenance=flight.provenance,
                )
            helped = f.recognizer == "conversation" or Provenance.CARRIED in f.provenance
            if other and f.entity_type == "CUSTOMER_NUMBER":
                continue
            # a value of a sure type stands on its own even where the question asked for
            # nothing personal ("email me at ..." after "what's the order number?")
            if helped and (
                (nothing and f.entity_type not in SURE_TYPES) or not conv.plausible(text, words, f)
            ):
                continue
            if nothing and f.entity_type not in SURE_TYPES and conv.is_bare(text, bare, f):
                continue  # the bare answer to "what's the order number?" ("ORD-23793153",
                # "PC-356, 2x": with the number of pieces)
            if conv.dated(text, f):
                continue  # "the event is on 26.10.2026": a date, no account number
            if conv.elsewhere(text, words, f):
                continue  # "my sister lives in Prague": a town, not the customer's address
            if state.place_asked and conv.place_named(text, body, f):
                continue  # "Hvor skal dere?" / "Lofoten tror jeg": a place, no person
            kept.append(f)
        return kept

    def _split(
        self,
        messages: Sequence[Message],
        out: list[Detected],
        i: int,
        found: list[Finding],
        lang: str,
        state: ConversationState,
        ctx: ScanContext,
    ) -> None:
        """A value typed over this message and the same sender's previous one (with at
        most SPLIT_GAP messages of others between), or a checksummed one typed in up to
        four pieces ("GB56NWBK919" / "45" / "then 115781836"): one finding, reported on
        each message with the offsets of its part."""
        conv = self.conversations
        message = messages[i]
        names = ctx.carried  # what the agent asked for; no other context-only recognizer

        def find(piece: str, carried: frozenset[str]) -> list[Finding]:
            ctx_here = replace(ctx, carried=carried)
            return self._one(message.id, piece, lang, None, ctx_here, conv.split_types)

        def add(j: int, parts: Sequence[Found]) -> None:
            if j == i:
                new = [self._finding(message.id, part, lang) for part in parts]
                found[:] = resolve([*found, *new], self.priority)
            else:
                prev = out[j]
                new = [self._finding(prev.message.id, part, prev.lang) for part in parts]
                out[j] = replace(prev, findings=resolve([*prev.findings, *new], self.priority))

        key = sender_key(message)
        p = state.last_of.get(key)
        # a question for a value of a kind between the two messages: the second answers it
        # ("... on 17th January 2026" / "To find you I need the customer number." /
        # "9662-9611-14"), it does not go on with the first
        if (
            p is not None
            and i - p <= SPLIT_GAP
            and not out[p].error
            and not any(
                sender_key(messages[k]) != key and conv.asks_for(messages[k].text)
                for k in range(p + 1, i)
            )
        ):
            before = messages[p]
            asked = frozenset().union(*(e.types for e in state.expecting))
            for first, second in conv.split(before.text, message.text, frozenset(names), find):
                held = _covered(out[p].findings, first)
                if held and (
                    first.entity_type not in asked
                    or first.entity_type not in PIECE_TYPES
                    or held & asked
                ):
                    continue  # the first "half" is a value of its own ("54549681" / "ik
                    # bedoel 54549651" is a number and its correction, not one 16-digit number)
                    # unless only a type not asked for holds it and a checksum joins the
                    # halves: "Hva er kortnummeret?" / "5300 8667" / "7817 8186" is one
                    # card, no two Norwegian phone numbers
                add(p, [first])
                add(i, [second])
            if "DATE_OF_BIRTH" in asked or any(
                f.entity_type == "DATE_OF_BIRTH" for f in out[p].findings
            ):
                # "when were you born?" / "25" / "August 1991": the date asked for, in two
                # parts ("8. mai 19" / "92": its year typed on after a birth date); a date
                # typed so while no birth date is asked for is no one's
                for first, second in conv.date_halves(before.text, message.text, lang):
                    add(p, [first])
                    add(i, [second])
        if conv.piece_span(message.text) is None:
            return  # no piece of a value typed in pieces (nor an e-mail's corrected piece)
        email_asked = bool(conv.by_type.get("EMAIL_ADDRESS", frozenset()) & names)
        card_asked = bool(conv.by_type.get("CREDIT_CARD", frozenset()) & names)
        chain, others, weak = [i], 0, False
        fresh = 1  # how many of the newest pieces have no value of their own
        for j in range(i - 1, max(-1, i - 4 * (SPLIT_GAP + 1)), -1):
            if sender_key(messages[j]) != key:
                others += 1
                if others > SPLIT_GAP or conv.asks(messages[j].text):
                    break  # a new question: what follows answers it
                continue
            # a value of its own (not a part of a split value found before) ends the pieces,
            # unless only the question made it ("99232961": a bank account by the question)
            own = [f for f in out[j].findings if f.field == "text" and not conv.is_part(f)]
            if own and email_asked and conv.email_piece_alone(messages[j].text):
                # "sian." after "What's the email?": a name's word, and the start of the
                # address asked for
                own = [f for f in own if f.entity_type != "PERSON"]
            if out[j].error:
                break
            # "KL554" (an airline's code and digits) / "39" after the member number is asked
            # for: the shape alone, no type asked for, ends no pieces
            shapes = conv.unasked_shapes(names)
            if any(not _guessed(f) and f.entity_type not in shapes for f in own) and not (
                card_asked and _dialled_only(messages[j].text, own, conv.body(messages[j].text)[0])
            ):
                break  # but "2200" / "2369 1527" / "5162" after "Hva er kortnummeret?": a
                # card's middle group read alone as a phone number goes on (weak: the card's
                # checksum must join the pieces)
            weak = weak or bool(own)
            if not own and fresh == len(chain):
                fresh += 1  # the newest pieces, up to a value of its own
            chain.append(j)
            others = 0
            if len(chain) == 4:
                break
        if len(chain) < 2:
            return
        chain.reverse()
        # the types of the parts found so far are asked for still ("+4 oops" / "go on" / "4
        # 7994 92" / "ok, and the rest?" / "7420": the question's turns are used up), and
        # so is the type a first piece was read as mistyped ("40817810423" / "23800" / "8626")
        # or as by the question alone in a message whose marks say it goes on ("19-13-96 18
        # -" / "5958..." / "56": a sort code and account read as an account by the question,
        # the rest after its turns are used up)
        names = names.union(
            *(
                conv.by_type.get(f.entity_type, frozenset())
                for j in chain[:-1]
                for f in out[j].findings
                if conv.is_part(f)
                or Provenance.MISTYPED in f.provenance
                or (_guessed(f) and messages[j].text.rstrip().endswith(_GOES_ON_MARKS))
            )
        )
        texts = [messages[j].text for j in chain]
        parts = conv.pieces(texts, names, find, weak)
        if weak and fresh >= 2 and not any(parts):
            # "+31 13 527 4942" / "oeps, moet zijn +31 13 527 6942" / "het is 42893 -" /
            # "1288" / "0483220 ...": where the pieces with a value of its own join to none,
            # the newest pieces after it may join without it, as pieces that no value of
            # their own weakens
            head = len(chain) - fresh
            parts = [[] for _ in range(head)] + conv.pieces(texts[head:], names, find, False)
        for j, pieces in zip(chain, parts, strict=True):
            if pieces:
                add(j, pieces)

    @staticmethod
    def _finding(message_id: str, a: Found, lang: str) -> Finding:
        return Finding(
            message_id, a.entity_type, a.start, a.end, a.score, "conversation", a.why, lang,
            provenance=a.provenance,
        )

    def _docs(self, messages: Sequence[Message], langs: list[str]) -> dict[int, object]:
        docs: dict[int, object] = {}
        for lang, nlp in self.ner_models.items():
            idx = [i for i, lg in enumerate(langs) if lg == lang]
            texts = (messages[i].text for i in idx)
            for i, doc in zip(idx, nlp.pipe(texts, batch_size=64), strict=True):  # type: ignore[attr-defined]
                docs[i] = doc
        return docs

    def _field(
        self, message_id: str, name: str, value: str, lang: str, ctx: ScanContext
    ) -> list[Finding]:
        """Findings in a metadata field; a field that names a person (sender, participant,
        e-mail display name) is a PERSON finding as a whole unless recognizers explain it."""
        # a field is scanned without the conversation's carried context words, as before
        field_ctx = ScanContext(known_parts=ctx.known_parts)
        in_field = self._one(message_id, value, lang, None, field_ctx)
        found = [replace(f, field=name) for f in in_field]
        stripped = value.strip(" \t\u200e\u202a\u202c~")
        if not stripped or not any(rx.search(name) for rx in self._identity):
            return found
        start = value.index(stripped)
        end = start + len(stripped)
        names = [f for f in found if f.entity_type == "PERSON"]
        # another type explains the field (a phone number as the sender), or a name covers
        # all of it; a name found in part ("Ørjan" of "Ørjan Bråten") does not
        if len(names) < len(found) or any(f.start <= start and end <= f.end for f in names):
            return found
        return [
            Finding(message_id, "PERSON", start, end, 0.9, "identity_field",
                    f"the {name} field names a person", lang, name)
        ]  # fmt: skip

    def _candidate_scanner(self, enabled: bool) -> CandidateScanner | None:
        """The one-pass scanner over every pattern recognizer's patterns and every
        prefilter; each pattern recognizer learns its patterns' ids."""
        if not enabled:
            return None
        try:
            import hyperscan  # noqa: F401
        except ImportError:
            log.info("hyperscan is not installed: every pattern runs on every text")
            return None
        regexes: list[str] = []
        for rec in self.recognizers:
            if isinstance(rec, RulesPatternRecognizer):
                rec.pattern_ids = list(range(len(regexes), len(regexes) + len(rec.patterns)))
                regexes += [rx.pattern for _, rx, _ in rec.patterns]
        for p in self._prefilters:
            self._prefilter_ids[p] = len(regexes)
            regexes.append(p)
        # and the normaliser's gates: one scan of a message says which of both may match
        self._gates_at = len(regexes)
        regexes += self.normaliser.gate_regexes
        return CandidateScanner(regexes)

    def _message_pass(self, text: str) -> tuple[frozenset[int] | None, frozenset[int] | None]:
        """The candidate pass over a message: the ids of its patterns that may match the
        text, and the normaliser's gates that may (Normaliser.gates_of). The text is
        scanned between two spaces, as the gates are (a pattern of the pass that matches
        in the text matches there too: only more may run, which the patterns decide)."""
        assert self._scanner is not None
        possible = self._scanner.possible(f" {text} ")
        if possible is None:
            return None, None
        at = self._gates_at
        n = len(self.normaliser.gate_regexes)
        return possible, frozenset(i - at for i in possible if at <= i < at + n)

    def _applicable(self, lang: str) -> list[_Entry]:
        """The recognizers for a language, in order, each with the candidate pass's ids of
        its patterns (empty: it is not skipped by the pass) and of its prefilter (-1:
        none in the pass)."""
        found = self._by_lang.get(lang)
        if found is None:
            found = []
            for rec in self.recognizers:
                if lang not in rec.languages and "any" not in rec.languages:
                    continue
                ids = getattr(rec, "pattern_ids", [])
                own = frozenset(ids) if ids and min(ids) >= 0 else frozenset()
                pid = self._prefilter_ids.get(rec.prefilter.pattern, -1) if rec.prefilter else -1
                found.append(
                    (rec, own, pid, rec.entity_type, rec.min_digits, rec.prefilter, rec.needs_doc)
                )
            # the entry each of the candidate pass's pattern ids belongs to (a recognizer
            # is listed once), and the entries with no ids (no pattern recognizers); set
            # before _by_lang, which another thread may read at once
            owner = {i: j for j, entry in enumerate(found) for i in entry[1]}
            always = frozenset(j for j, entry in enumerate(found) if not entry[1])
            self._owners[lang] = (owner, always)
            self._by_lang[lang] = found
        return found

    def _one(
        self,
        message_id: str,
        text: str,
        lang: str,
        doc: object | None,
        ctx: ScanContext,
        types: frozenset[str] | None = None,
        possible: frozenset[int] | None | object = NO_GATES,
    ) -> list[Finding]:
        """The findings of every recognizer (of ``types`` only, if given) in a text.
        ``possible``: the candidate pass over it, if made already (_message_pass)."""
        if possible is NO_GATES:
            possible = self._scanner.possible(text) if self._scanner is not None else None
        assert possible is None or isinstance(possible, frozenset)
        gates: dict[str, bool] = {}
        digits = digit_count(text)
        ctx = ScanContext(
            carried=ctx.carried,
            known_parts=ctx.known_parts,
            digits=digits,
            possible=possible,
            lowered=text.lower(),
            windows={},
        )
        candidates = []
        entries = self._applicable(lang)
        if possible is not None:
            # only the recognizers the pass leaves a pattern of, and those it has no ids
            # of, in their order: the loop below would skip every other one
            owner, always = self._owners[lang]
            get = owner.get
            chosen = {get(i, -1) for i in possible}
            chosen.discard(-1)
            entries = [entries[j] for j in sorted(chosen.union(always))]
        for rec, ids, pid, entity_type, min_digits, prefilter, needs_doc in entries:
            if types is not None and entity_type not in types:
                continue
            if min_digits > digits:
                continue  # every pattern of it needs more digits (detect/required.py)
            if possible is not None and ids and possible.isdisjoint(ids):
                continue  # none of its patterns can match here (detect/candidates.py)
            if prefilter is not None:
                gate = gates.get(prefilter.pattern)
                if gate is None:
                    # the pass rules a prefilter out; where it may match, re decides
                    gate = gates[prefilter.pattern] = (
                        possible is None or pid < 0 or pid in possible
                    ) and prefilter.search(text) is not None
                if not gate:
                    continue
            if needs_doc and doc is None:
                continue
            found = rec.find(text, lang, doc, ctx)
            if found:
                name = rec.name
                candidates += [
                    Finding(message_id, entity_type, c.start, c.end, c.score, name,
                            c.explanation, lang, provenance=c.provenance)
                    for c in found
                ]  # fmt: skip
        return resolve(candidates, self.priority)

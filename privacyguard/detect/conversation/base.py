"""The conversation rules (rules/conversation/*.yaml) compiled once per detector: the one
``__init__`` of :class:`~privacyguard.detect.conversation.Conversations`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from privacyguard import registry
from privacyguard.config.conversation import GAP, ConversationRules
from privacyguard.detect.context import ContextMatcher, Mentions, make_terms
from privacyguard.detect.conversation.patterns import _WORDS
from privacyguard.detect.dates import DateWords

#: endings of an inflected word for "number" ("nummer|et", "kode|n", "номер|ом")
_ID_ENDINGS = ("et", "en", "n", "a", "e", "ом", "у", "ов")

#: Cyrillic endings of "номер" read only next to a question's stem ("номера участников");
#: alone they ask for no number of a kind ("Какие номера можно использовать?": phones)
_ID_STEM_ENDINGS = ("а", "е", "ами")


class RoleWords(NamedTuple):
    """The words of the role guess (conversation rules ``first_person``, ``own_words``,
    ``your_words``): the speaker, the speaker's own, the other's own."""

    first_person: frozenset[str]
    own: frozenset[str]
    yours: frozenset[str]


def role_words(rules: ConversationRules) -> RoleWords:
    return RoleWords(
        frozenset(rules.first_person), frozenset(rules.own_words), frozenset(rules.your_words)
    )


class Base:
    """The rules, built once per detector; every part below inherits them."""

    def __init__(
        self,
        rules: ConversationRules,
        recognizers: Sequence[object],
        dates: DateWords,
    ) -> None:
        self.rules = rules
        #: the month names and year marks of the rules in use (Rules.lists)
        self._dates = dates
        self.settings = rules.settings
        from privacyguard.detect.normalise import Normaliser

        #: the detector's normaliser too (one per detector: its patterns compiled once)
        self.normaliser = self._normaliser = Normaliser(rules)
        by_type: dict[str, set[str]] = {}
        self.by_lang: dict[str, set[str]] = {}  # recognizer -> languages of its context
        # recognizers that need their own cue word, whatever was asked (options.carried:
        # false): a shape too common to take from a question alone ("PX6754C" in "на
        # коробке написано PX6754C")
        self.uncarried: set[str] = set()
        # ... and those carried only by an open question for their type (options.carried:
        # asked), not by the type of the customer's previous value ("op de doos staat
        # AD-648-58" after the booking code)
        self.asked_only: set[str] = set()
        self.negatives: dict[str, list[ContextMatcher]] = {}
        self.legacy: list[tuple[str, str, ContextMatcher]] = []
        self._particles: frozenset[str] = frozenset()
        self._person: object | None = None  # the person recognizer (its sender_parts)
        #: a signature's sign-offs ("mvh", "с уважением"): the person recognizer's weak_cues
        self._sign_offs: frozenset[str] = frozenset()
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
                if spec.options.get("carried") is False:
                    self.uncarried.add(name)
                elif spec.options.get("carried") == "asked":
                    self.asked_only.add(name)
                if spec.kind == "person":
                    self._person = rec
                    locales = tuple(spec.options.get("name_locales", ()))
                    self._particles = frozenset(
                        str(p).lower() for p in spec.options.get("particles", ())
                    )
                    self._sign_offs = frozenset(
                        " ".join(_WORDS.findall(str(c).lower()))
                        for cs in spec.options.get("weak_cues", {}).values()
                        for c in cs
                    )
            by_type.setdefault(etype, set()).add(name)
            if matcher is not None and any(t.negative for t in matcher.terms):
                self.negatives.setdefault(etype, []).append(matcher)
            if getattr(rec, "carries_context", False) and matcher is not None:
                self.legacy.append((etype, name, matcher))
            if spec is not None and spec.context_required and matcher is not None:
                self.context_only.append((etype, matcher))
        self.by_type = {t: frozenset(v) for t, v in by_type.items()}
        self.legacy_mentions = Mentions([m for _, _, m in self.legacy])  # each one's, at once
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
        # a word for "number" in the plural ("numbers", "nummers"): a kind right before it
        # names it ("berth-holder numbers"); alone it asks for phones as a rule ("Which
        # numbers are on the family plan?")
        self._id_plurals = frozenset(w + "s" for w in self._id_words if len(w) >= 4)
        self._id_endings = tuple(
            w + end
            for w in self._id_words
            if len(w) >= 2
            for end in ("", "et", "en", "n", "a", "e", "s")
        )
        ids = _alternation(w for w in rules.id_words if len(w) >= 2) or "(?!)"
        # "polis|nummer", "skade|nummer|et", "kunde|nr": a head, then a word for "number"
        head = r"(?P<head>[^\W\d_]{2,40}?(?:-[^\W\d_]{2,40}?)?)"
        self._compound = re.compile(rf"{head}-?(?:{ids})(?:et|en|n|a|e|s)?\Z")  # "-referanse|n"
        # a compound that ends in a long word for "number" ("gjeste|nummeret", "kunde|nr"),
        # not in a short one that ends many words ("wells|id|e")
        long_ids = [w for w in rules.id_words if len(w) >= 5 or w == "nr"]
        self._id_compound = re.compile(
            rf"[^\W\d_]{{2,40}}-?(?:{_alternation(long_ids) or '(?!)'})(?:et|en|n|e|s)?\Z"
        )
        # ... and what is left of such a compound without its word for "number": its kind
        # ("akte" of "aktenummer", "økt" of "øktnummeret"; round 29)
        self._id_head = re.compile(
            rf"-?(?:{_alternation(long_ids) or '(?!)'})(?:et|en|n|e|s)?\Z"
        )
        # the customer's words that what they give is all they have (round 29)
        self._substitute_terms = tuple(make_terms(rules.substitute_words, []))
        self._substitute = ContextMatcher(list(self._substitute_terms), 0, 0)
        self.hold = ContextMatcher(make_terms(rules.hold, []), 0, 0)
        # the hold phrases whole ("сейчас найду", "let me check"): a part of a message that
        # is one is no answer (values.leftovers)
        self._hold_phrases = frozenset(h.lstrip("=").lower() for h in rules.hold)
        self._mismatch = ContextMatcher(make_terms(rules.mismatch, []), 0, 0)
        # the agent's words that the customer's last value is a voucher (answers.names_voucher)
        self._voucher_named = ContextMatcher(make_terms(rules.voucher_named, []), 0, 0)
        self._same_again = ContextMatcher(make_terms(rules.same_again, []), 0, 0)
        self._business_contact = ContextMatcher(make_terms(rules.business_contact, []), 0, 0)
        # the words that offer a number as the business's own ("call us on", "bel ons op"):
        # any kind of line after them (answers.business_contact)
        self._own_phone_terms = tuple(make_terms(rules.business_own_phone, []))
        self._own_phone = ContextMatcher(list(self._own_phone_terms), 0, 0)
        # the words that offer an e-mail address as the business's own ("email us at",
        # "mail ons op"), and the mailboxes of a business's role ("info", "post"):
        # answers.business_contact, answers.business_mailbox (round 28)
        self._own_email_terms = tuple(make_terms(rules.business_own_email, []))
        self._own_email = ContextMatcher(list(self._own_email_terms), 0, 0)
        self._mailboxes = frozenset(rules.business_mailboxes)
        self._business_account = ContextMatcher(make_terms(rules.business_account, []), 0, 0)
        self._payment_between = frozenset(rules.payment_between)
        self._business_branch = ContextMatcher(make_terms(rules.business_branch, []), 0, 0)
        self._business_ids = tuple(
            (registry.lookup(registry.validators, "validator", name), digits)
            for name, digits in rules.business_ids
        )
        self._business_account_numbers = tuple(rules.business_account_numbers)
        self._business_discount = ContextMatcher(make_terms(rules.business_discount, []), 0, 0)
        self._business_refund = ContextMatcher(make_terms(rules.business_refund, []), 0, 0)
        self._business_open_after = tuple(make_terms(rules.business_open_after, []))
        self._date_before = frozenset(rules.date_before)
        self._customer_words = ContextMatcher(make_terms(rules.customer_words, []), 0, 0)
        # business phrases that hold a word for the customer themselves, its subject
        # ("Retouren stuurt u naar ...", "Returer sender du til ..."): that word is no one
        # the value is the customer's for (answers.business_contact)
        self._business_you = tuple(
            t
            for t in make_terms(rules.business_contact, [])
            if any(self._customer_words.mentions([w]) for w in t.words)
        )
        # a kind of number named among the three words before a value ("company no.")
        self._not_personal = ContextMatcher(make_terms(rules.not_personal, []), 2, 0)
        self._tlds = frozenset(t.lower() for t in rules.tlds)
        self._thanks = frozenset(rules.acknowledgements)
        self._request = request_regex(rules.requests)
        # words for "number" that the kind follows ("номер гостя"): names_an_id
        self._kind_after = tuple(rules.kind_after)
        self._role_words = role_words(rules)
        #: "your" for a question to a companion named first (names.py)
        self._yours_loose = frozenset([*rules.your_words, *rules.your_words_loose])
        preps = _alternation(rules.town_before)
        # a preposition before the town's one or two words that end an address
        self._town_prep = (
            re.compile(rf"(?i)\s(?:{preps})\s(?=[^\W\d_]{{2,40}}(?:[ \-][^\W\d_]{{2,40}})?\Z)")
            if preps
            else None
        )
        self._go_on = frozenset(w for g in rules.go_on for w in _WORDS.findall(g))
        # the words a short prompt may be made of in any order ("ok, and the rest?"): those
        # of phrasings of one or two words
        self._go_on_words = frozenset(
            w for g in rules.go_on if len(ws := _WORDS.findall(g)) <= 2 for w in ws
        )
        # the prompt's phrasings of several words ("het eerste deel heb ik"), longest first
        self._go_on_phrases = tuple(
            sorted(
                {tuple(_WORDS.findall(g.lower())) for g in rules.go_on},
                key=len,
                reverse=True,
            )
        )
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
        # a filler word alone (pieces._filler_word), compiled once
        self._filler_word_re = re.compile(f"(?i:{self._filler})") if self._filler else None
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
            re.compile(rf"(?i)(?:(?:{cont})(?![^\W_])(?:[\s,:;!*\-]|\.(?![^\W_]))*)+")
            if cont
            else None
        )
        # the words before the rest of a value that say the message before was sent too
        # early ("sorry pressed enter too early 66006", "sorry, trykket enter for tidlig
        # 05388", "ой, рано нажала @mail.ru"): a continuation's words and hedges, not a
        # piece's start ("ta@..." / ".vermeulen" keep their letters and dots)
        lead = _alternation([*rules.continuation, *rules.hedges])
        # and the dots of a message that goes on, then a joining word ("…and 900123", "...og
        # 4471", "…и 29"): the dots alone are no lead (".86203", "...4300" keep theirs)
        joiners = _alternation(rules.list_joiners)
        if joiners and lead:
            lead = rf"(?:\.{{2,3}}|…)\s{{0,2}}(?:{joiners})|{lead}"
        if lead:
            # the dots, then a space ("… sky.com", "... 3969"): the message goes on
            lead = rf"(?:\.{{2,3}}|…)(?=\s)|{lead}"
        self._lead_remark = (
            re.compile(
                rf"(?i)(?:(?:{lead})(?![^\W_]|[@_+]|[.\-][^\W_])"
                rf"(?:[\s,:;!*\-–—]|\.(?![^\W_])){{0,5}}){{1,5}}"
            )
            if lead
            else None
        )
        self.shapes = rules.shapes
        self.not_answers = {
            t: ContextMatcher(make_terms(words, []), 0, 0) for t, words in rules.not_answers.items()
        }
        # words and marks ("а/я", "пр-т"), not the endings ("-straat")
        self._street_words = frozenset(w for w in rules.street_words if not w.startswith("-"))
        self._street_endings = tuple(w[1:] for w in rules.street_words if w.startswith("-"))
        self._house_words = frozenset(rules.house_words)
        self._street_openers = frozenset(rules.street_openers)
        self._settlement_marks = frozenset(rules.settlement_marks)
        self._region_marks = frozenset(rules.region_marks)
        self._other_prefixes = frozenset(rules.other_prefixes)
        self._postcodes = (
            re.compile(rf"(?<![\w-])(?:{'|'.join(rules.postcodes)})(?![\w-])")
            if rules.postcodes
            else None
        )
        #: a remark's word typed with two letters swapped ("enetr", "trkyket", "atlså"): the
        #: word itself, of the same length (so a text's offsets hold when it is put right)
        self._swapped = swapped_words(
            [*rules.continuation, *rules.hedges, *rules.hold, *rules.filler]
        )
        self._others = ContextMatcher(make_terms(rules.others, []), 0, 0)
        self._place_questions = ContextMatcher(make_terms(rules.place_questions, []), 0, 0)
        self._place_to = frozenset(rules.place_to)
        # ... its one-word terms, for who a person in a list is ("our son crispin ...")
        relations = [w.lstrip("=") for w in rules.others if " " not in w.strip()]
        self._relation_words = frozenset(w for w in relations if not w.endswith("*"))
        self._relation_stems = tuple(w[:-1] for w in relations if w.endswith("*"))
        self._possessives = frozenset(w.lower() for w in rules.own_words)  # "mannen min"
        self._joiner_words = frozenset(w.lower() for w in rules.list_joiners if w.isalpha())
        # a number of pieces at the end of an answer ("PC-356, 2x", "вроде TP-646 (1)",
        # "HH-268 (3 st)"): answers.Answers.less_quantity (round 32)
        units = _alternation(["x", "х", "×", *rules.quantity_units])
        self._quantity = re.compile(
            rf"(?i)(?:[ \t]{{0,3}}[,;(][ \t]{{0,3}}|[ \t]{{1,3}}[\-–][ \t]{{1,3}})"
            rf"(?:(?:x|х|×)[ \t]?\d{{1,3}}"
            rf"|\d{{1,3}}[ \t]?(?:{units})(?![^\W_])\.?|\d{{1,2}})\)?\Z"
        )
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
        # the business's own name after the agent's words for it ("Bedankt voor uw bericht
        # aan Bitkluis", "Takk for at du kontaktet Lofoten Båtutleie"): capitalised words,
        # "&" between them ("Babbel & Co"), a quoted one ("«Полиглот»")
        own = _alternation(rules.business_name_before)
        # round 24: a quoted name of several words ("Клининг «Чистое окно»") and two small
        # words in a row ("Vrienden van het Scheepvaartmuseum")
        part = (
            r"(?:«?[A-ZÆØÅÄÖÜÉА-ЯЁ][^\W_]{0,40}(?:-[^\W\d_]{1,30})?»?"
            r"|«[A-ZÆØÅÄÖÜÉА-ЯЁ][^«»\n]{0,40}»)"
        )
        joiners = _alternation(rules.business_name_joiners) or "(?!)"
        # ... and a possessive inside it ("Knight's Gambit Chess Club"; not at its end:
        # "Tamsin's team" is a person's)
        body = rf"{part}(?:(?:['’]s)?[ ](?:&[ ]|(?:(?:{joiners})[ ]){{1,2}})?{part}){{0,4}}"
        # "here from Tamsin's team": a person's
        tail = r"(?![^\W_]|['’]s)"
        self._business_name = (
            re.compile(rf"(?i:(?<![^\W_])(?:{own}))[ ]{{1,2}}(?P<name>{body}){tail}")
            if own
            else None
        )
        # round 33: the business's name after the agent's words for the chat, in a message
        # that introduces the agent after it ("you're through to Greenfletch Archery. I'm
        # Fraser", "je chat met Valkerij Heidezicht. Ik ben Gijs")
        chat = _alternation(rules.business_name_chat)
        self._business_chat = (
            re.compile(rf"(?i:(?<![^\W_])(?:{chat}))[ ]{{1,2}}(?P<name>{body}){tail}")
            if chat
            else None
        )
        # round 32: the business's name right before its registration's word, a comma
        # between or none ("for your records: AuPair Bridge, company no. 52607855", "ter
        # info: Horlogerie Tikkend, KvK ...", "Instrumentutleie Tone, org.nr. ...",
        # "Школа плавания Дельфинчик, ИНН ...")
        # (a word or two in small letters between its capitalised ones: "Школа плавания
        # Дельфинчик")
        registered = _alternation(rules.business_registration)
        small = r"[a-zæøåäöüéа-яё][^\W\d_]{0,30}"
        registered_name = rf"{part}(?:[ ](?:(?:{small}|&)[ ]){{0,2}}{part}){{0,4}}"
        self._business_registered = (
            re.compile(
                rf"(?<![^\W_])(?P<name>{registered_name})[ ]{{0,2}},?[ ]{{1,2}}"
                rf"(?i:(?:{registered}))(?![^\W_])"
            )
            if registered
            else None
        )
        # round 23: the business's name after the agent's own in its greeting ("you're
        # chatting with Shauna at Ridley Glass & Glazing", "Kirsty here from ...", "u chat
        # met Sjoerd van Kattenpension Dekker", "На связи Света из Ателье «Сёстры Зимины»").
        # After a word that is also a name's particle ("Sjoerd van Dam": the agent's own
        # surname) only a name of two words or more
        conn = _alternation(rules.business_name_after_agent)
        agent = rf"{cap}(?:[ ]{cap})?"
        intro = (
            rf"(?:(?i:(?<![^\W_])(?:{before}))[\s,:]{{1,3}}(?P<agent1>{agent})[ ]"
            rf"|(?<![^\W_])(?P<agent2>{agent})[ ](?i:(?:{after}))[ ])"
        )
        self._business_joiners = frozenset(rules.business_name_joiners)
        # the agent's own word after its name ("Yes, this is Rosalind speaking": no
        # business's name; round 29)
        self._introduced_after = re.compile(rf"[ ,]{{1,2}}(?i:{after})(?![^\W_])")
        # round 25: an article before the name and the business's desk after it ("Tom from
        # the Brightroof Solar team")
        desk = _alternation(rules.business_desks) or "(?!)"
        article = _alternation(rules.business_articles) or "(?!)"
        # round 27: a desk's word right after a name in the business's message ("God dag,
        # Nordlys Air kundeservice her."): the name is the business's (answers.business_contact)
        self._desk_after = re.compile(rf"[ ]{{1,2}}(?i:{desk})(?![^\W_])")
        self._business_after_agent = (
            re.compile(
                rf"{intro}(?i:(?P<conn>{conn}))[ ]{{1,2}}"
                rf"(?:(?P<article>(?i:{article}))[ ])?(?P<name>{body}){tail}"
                rf"(?(article)[ ](?i:{desk})(?![^\W_]))"
            )
            if conn
            else None
        )
        # round 24: ... and with no words between the agent's name and the business's, in a
        # greeting that ends in the agent's "here" ("Hi, Kirsty from Footfall Podiatry Clinic
        # here", "Goedemiddag, Bas van Bronboring Grondwater hier", "God dag! Odd fra
        # Bueskytterklubben Pila her")
        # a greeting's words and a comma, "!" or a waving hand after them ("Hey there 👋
        # Elliot from ..." round 29)
        # (round 31: no "&", a name's own: "Bruidsmode Sluier & Zo, u spreekt met Tessa")
        greet_words = (
            r"[^\W\d_]+(?:[ ][^\W\d_]+){0,2}(?:[,!]|[ ][^\w\s,.;:?!&]{1,3})[ ]{1,2}"
        )
        self._business_agent_here = (
            re.compile(
                rf"\A{greet_words}(?P<agent>{agent})[ ]"
                rf"(?i:(?P<conn>{conn}))[ ]{{1,2}}(?P<name>{body})(?:[ ,]{{1,2}}"
                rf"(?i:(?:{after}))(?![^\W_])"
                # round 31: or the greeting's sentence ends there, in the agent's first
                # message ("Доброе утро, Фёдор из Арбористы «Крона». Чем помочь?")
                rf"|(?P<end>(?=[.!]|[^\w\n?]*\Z)))"
            )
            if conn
            else None
        )
        # ... and in an agent's first message, between a greeting and the agent's own name
        # ("Good morning, Garside Tyres, Priya speaking", "Goedemorgen, Rioolservice Huisman,
        # met Esmee", "God morgen, Birøkter Fjellstad, det er Per", "Доброе утро, Кемпинг
        # «Усадьба Ковалёвых», меня зовут Ирина") or after it ("Здравствуйте, это Света,
        # Ателье «Сёстры Зимины».")
        # (round 24: or with no greeting, "Padleriet Kajakkutleie, Brage her", and before
        # an emoji at the end, "На связи Лада, Каршеринг «Вместе» 🙂")
        greet = greet_words

        def named(a: str, b: str) -> str:  # the agent's name and its introduction
            return rf"(?:(?i:(?:{before}))[ ](?P<{a}>{agent})|(?P<{b}>{agent})[ ](?i:(?:{after})))"

        # with no greeting, a name of two words or more ("Hoi, je chat met ...": "Hoi" is
        # no business; tried last, so a greeting is never taken for one)
        body2 = rf"{part}(?:(?:['’]s)?[ ](?:&[ ]|(?:(?:{joiners})[ ]){{1,2}})?{part}){{1,4}}"
        # (round 25: the business's desk after its name, "Good morning, Garside Tyres
        # support, Priya speaking")
        desk_after = rf"(?:[ ](?i:{desk}))?"
        # (round 29: the desk before it, "Goedemorgen, klantenservice Laadpunt Groenstroom,
        # u spreekt met Floris", "God morgen, kundeservice i Hudklinikken Lysløk, Sigrid her")
        desk_before = rf"(?:(?i:{desk})[ ](?:(?i:{conn})[ ])?)?"
        self._business_greeting = re.compile(
            rf"\A{greet}{desk_before}(?P<name>{body}){desk_after},[ ]{{1,2}}"
            rf"{named('agent1', 'agent2')}"
            rf"(?![^\W_])"
            rf"|\A{greet}(?i:(?:{before}))[ ](?P<agent3>{agent}),"
            rf"[ ]{{1,2}}(?P<name2>{body})(?=[.!?]|[^\w\n]*\Z)"
            rf"|\A(?P<name3>{body2}),[ ]{{1,2}}{named('agent4', 'agent5')}(?![^\W_])"
            # round 25: the agent's name and "here" first, the business's last, no question
            # ("Hoi! Ineke hier, Grasmaaierservice Groenrand 🙂", "Hi! Tom here, Gullwing Kite
            # School."; not "Hi! Tom here, Mr Hale?")
            rf"|\A{greet}(?P<agent6>{agent})[ ](?i:(?:{after})),"
            rf"[ ]{{1,2}}(?P<name4>{body})(?=[.!]|[^\w\n?]*\Z)"
            # round 30: an introduction's words before the business's name, the agent's own
            # introduced after it ("Hello, you're through to Straightline Orthodontics, Esme
            # speaking", "Вас приветствует Фотостудия «Кадр», оператор Григорий")
            rf"|\A(?:{greet})?(?i:(?:{before}))[ ]{desk_before}(?P<name5>{body2}){desk_after},"
            rf"[ ]{{1,2}}{named('agent7', 'agent8')}(?![^\W_])"
            # round 31: the business's own "here" before the agent's name ("BoxLoop Crate
            # Hire here, Imogen speaking", "Bruidsmode Sluier hier, u spreekt met Tessa")
            rf"|\A(?:{greet})?(?P<name6>{body2})[ ](?i:(?:{after})),"
            rf"[ ]{{1,2}}{named('agent9', 'agent10')}(?![^\W_])"
        )
        from privacyguard.detect.context import context_words

        # the first words of the introductions and the particles: a message without any
        # is not searched for an introduced name or a name with particles
        self._intro_heads = frozenset(
            ws[0] for w in rules.introduce_before if (ws := context_words(w))
        )
        self._hedge_lasts = frozenset(ws[-1] for w in rules.hedges if (ws := _WORDS.findall(w)))
        self._not_names = frozenset(rules.not_names)
        # one-word hedges and thank-yous ("Oeps, verkeerde chat", "Takk,") are no first names
        self._interjections = frozenset(
            w.lower()
            for w in (*rules.hedges, *rules.acknowledgements)
            if len(_WORDS.findall(w)) == 1
        )
        self.split_types = frozenset(self.settings.split_types)
        self.list_types = frozenset(self.settings.list_types)


def request_regex(words: Iterable[str]) -> re.Pattern[str]:
    """The request words (``requests``) as one regex of whole words in any case, the
    longest first; "…" stands for up to 40 characters of the sentence ("ik heb … nodig")."""
    unique = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    gap = r"[^.?!]{0,40}"  # bounded: linear
    alts = "|".join(gap.join(re.escape(p) for p in w.split(GAP)) for w in unique)
    return re.compile(rf"(?i)\b(?:{alts or '(?!)'})\b")


#: the fewest letters of a remark's word whose swapped letters are put right (not "ok", "og")
SWAPPED_MIN = 5

_LONG_WORD = re.compile(rf"[^\W\d_]{{{SWAPPED_MIN},40}}")


def swapped_words(phrases: Iterable[str]) -> dict[str, str]:
    """Each word of SWAPPED_MIN letters or more of ``phrases``, with two letters next to
    each other swapped ("enetr"), and the word itself ("enter"): a typo of the remark."""
    words = {w.lower() for p in phrases for w in _LONG_WORD.findall(p)}
    out: dict[str, str] = {}
    for w in sorted(words):
        for k in range(len(w) - 1):
            typo = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
            if typo != w and typo not in words:
                out.setdefault(typo, w)
    return out


def _alternation(words: Iterable[str]) -> str:
    # the longest first; words of one length in a fixed order (two that match at one place
    # match the same text), so the pattern is the same in every process and its compiled
    # code is found in the cache (cache.compiled_patterns)
    unique = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique)

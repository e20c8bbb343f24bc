"""People's names: introductions, name checks, initials and names by their place in a record."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from privacyguard.detect.conversation.patterns import _WORDS, LIST_MAX_CHARS, stop_word
from privacyguard.detect.conversation.questions import Questions
from privacyguard.detect.conversation.state import ConversationState, Found
from privacyguard.models import Finding

#: a name has a vowel ("Tlf" is an abbreviation)
_VOWELS = frozenset("aeiouyæøåäöüéèêëáàíìïóòúùâîôû")

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


#: the end of a sentence between two words of a message
_SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)")
#: the first word of a message, before a comma or a space ("Lachlan what's your ...")
#: what stands between a word for a relative and the name after it ("partner, ", "samboeren
#: min, ", "colleague ")
_AFTER_RELATION = re.compile(r"(?:[ \t]{1,3}(?P<own>[^\W\d_]{1,5}))?[ \t]{0,3}[,:\-–—]?[ \t]{1,3}")
#: where a phrase after a relative's word ends
_PHRASE_END = re.compile(r"[,;:.!?()\n]")
_OPENING_WORD = re.compile(r"[ \t]{0,3}(?P<name>[^\W\d_]{2,20})(?:,[ \t]{0,3}|[ \t]{1,3})(?=\S)")

#: the most words of an agent's later message that hands the chat over to a named agent
HANDOVER_WORDS = 8


#: the groups of the agent's name in Conversations._business_greeting
_GREETING_AGENTS = tuple(f"agent{k}" for k in range(1, 9))


class Names(Questions):
    """Names and initials."""

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
            later = any(key[0] == "agent" for key in state.last_of)
            if later and (state.agent_named or len(words) > HANDOVER_WORDS):
                # an agent introduces themself in the first message, or in a short one
                # that hands the chat over to them after a bot's ("🤖 Before I connect
                # you ..." / "You're now connected to Tamsin.", "Du er nå koblet til
                # Halvard.")
                return []
            out = []
            matches = list(self._greeting.finditer(text))
            # "You're through to Hebridean Ferries, Rhys speaking": where the greeting names
            # its agent before "speaking", "here", the words after "through to" before that
            # are the business's
            named_after = [m.start("b") for m in matches if m.group("b")]
            for m in matches:
                group = "a" if m.group("a") else "b"
                if group == "a" and any(
                    b >= m.end("a") and not _SENTENCE_END.search(text, m.end("a"), b)
                    for b in named_after
                ):
                    continue
                s, e = m.span(group)
                rest = text[m.end(group) :].strip(" .!😊🙂👋") if group == "a" else text[:s].strip()
                if later and rest:
                    continue  # a handover ends with the name, or opens with it ("Line har
                    # tatt over samtalen.", "Tamsin has joined the chat.")
                parts = m.group(group).split()
                if not (
                    self._name_like_word(parts[0])
                    or russian_first_name(parts[0])
                    or s in self._agent_beside_business(text)
                ):
                    continue  # "Smile Dental at Leeds", "Оператор на связи"
                if any(p.lower() in self._not_names or stop_word(p) for p in parts):
                    # "Support here", "welcome to Northgate Bank": the first word alone
                    if len(parts) < 2 or parts[0].lower() in self._not_names or stop_word(parts[0]):
                        continue
                    e = s + len(parts[0])
                out.append(
                    Found(s, e, "PERSON", 0.7, "conversation: the agent's name in a greeting")
                )
            state.agent_named = state.agent_named or bool(out)
            return out
        if role != "customer" or len(text) > LIST_MAX_CHARS:
            return []
        out = self._asked_by_name(text, words, findings)
        out += self._related_names(text, findings)
        if self._intro_heads.isdisjoint(words):
            return out  # no introduction
        for m in self._introduced.finditer(text):
            s, e = m.span("name")
            n = self._name_words(m.group("name"))
            if not n:
                continue
            e = s + n
            digit = next((k for k, c in enumerate(text[s:e]) if c.isdigit()), None)
            if digit is not None:  # "Callum Quarrie - 951668-M": the name, not its number
                e = s + len(text[s : s + digit].rstrip(" -\u2013\u2014:,|/("))
                if len(_WORDS.findall(text[s:e])) < 2:
                    continue
            inside = [f for f in findings if f.start < e and s < f.end]
            if any(f.start < s or f.end > e or f.entity_type != "PERSON" for f in inside):
                continue  # a value, or a name found that is longer
            # a name found in part ("степанова" of "степанова дарья") grows to the whole
            score = max([0.6, *(f.score for f in inside)])
            out.append(Found(s, e, "PERSON", score, "conversation: the customer's own name"))
        return out

    def _related_names(self, text: str, findings: Sequence[Finding]) -> list[Found]:
        """The name right after a word for a relative in a customer's message, in lower
        case too ("it's for my partner, fraser penhaligon", "het is voor mijn partner, hidde
        prins", "det gjelder samboeren min, trond nilsen", "my colleague matilda gillespie"):
        two or three words that make a name (_name_words) whose first is a first name (of
        the locales, of any: world_names) or no everyday word, after the relative's word
        (conversation.yaml `others`), a possessive after it ("min") and a comma, colon or
        dash; not over a value found."""
        from privacyguard.detect.names import everyday_word, faker_names, world_names

        if not self._locales:
            return []
        first = faker_names(self._locales)[0]
        out: list[Found] = []
        for w in _WORDS.finditer(text):
            low = w.group().lower()
            if low not in self._relation_words and not (
                self._relation_stems and low.startswith(self._relation_stems)
            ):
                continue
            m = _AFTER_RELATION.match(text, w.end())
            if m is None or (m.group("own") and m.group("own").lower() not in self._possessives):
                continue
            s = m.end()
            stop = _PHRASE_END.search(text, s)
            phrase = text[s : stop.start() if stop else len(text)]
            head = _WORDS.match(phrase)
            if head is None:
                continue
            h = head.group().lower()
            if h not in first and h not in world_names() and everyday_word(h):
                continue
            n = self._name_words(phrase, any_first=True)
            if not n:
                continue
            e = s + n
            digit = next((k for k, c in enumerate(text[s:e]) if c.isdigit()), None)
            if digit is not None:  # "Callum Quarrie - 951668-M": the name, not its number
                e = s + len(text[s : s + digit].rstrip(" -\u2013\u2014:,|/("))
                if len(_WORDS.findall(text[s:e])) < 2:
                    continue
            inside = [f for f in findings if f.start < e and s < f.end]
            if any(f.start < s or f.end > e or f.entity_type != "PERSON" for f in inside):
                continue
            score = max([0.6, *(f.score for f in inside)])
            out.append(Found(s, e, "PERSON", score, "conversation: a relative's name"))
        return out

    def _agent_beside_business(self, text: str) -> tuple[int, ...]:
        """Where the agent's name starts in a greeting that names the business beside it
        ("Padleriet Kajakkutleie, Brage her", "Knight's Gambit Chess Club, Mo speaking"):
        there a word a dictionary knows too ("Brage", "Mo") is the agent's name (round 24)."""
        m = self._business_greeting.match(text)
        if m is None:
            return ()
        return tuple(m.start(g) for g in _GREETING_AGENTS if m[g] is not None)

    def _asked_by_name(
        self, text: str, words: list[str], findings: Sequence[Finding]
    ) -> list[Found]:
        """The companion a customer asks by name for their details, in a group chat or
        aloud ("Lachlan what's your passport number?? they need it", "gijs wat is jouw
        nummer?", "Ståle, hva er passnummeret ditt?"): the first word, a first name of any
        of Faker's locales and no everyday word, of a question with a word for "your" in it."""
        m = _OPENING_WORD.match(text)
        if m is None or "?" not in text or self._yours_loose.isdisjoint(words[1:]):
            return []
        from privacyguard.detect.names import everyday_word, faker_names, world_names

        word = m.group("name")
        low = word.lower()
        listed = bool(self._locales) and low in faker_names(self._locales)[0]
        if not listed and low not in world_names():
            return []
        if everyday_word(low) or low in self._not_names or stop_word(word):
            return []
        s, e = m.span("name")
        if any(f.start < e and s < f.end for f in findings):
            return []
        return [Found(s, e, "PERSON", 0.6, "conversation: a companion asked by name")]

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

    def _name_words(self, phrase: str, any_first: bool = False) -> int:
        """The length of the name that starts a phrase ("marloes prins" of "marloes prins
        en ...", "bas van beek"), 0 when it starts with no name: two or three words (with
        particles between), no function word; in Russian a first name first or last (by
        pymorphy3); else the first a listed first name, capitalised or a word no dictionary
        knows, and the last a listed last name or a word no dictionary knows."""
        from privacyguard.detect.names import (
            everyday_word,
            faker_names,
            russian_name_tag,
            world_names,
        )

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
            if stop_word(low) or low in self._after_words:
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
            if not (any_first and h in world_names()):
                return 0  # any_first: a first name of any country after a relative's word
        if not (t in last or after_particle or not everyday_word(t)):
            # three words, the last no name ("rosalind quinlan danke", "randi vik nice"):
            # the first two, when the second is a listed last name
            if len(core) == 3 and core[1].group(0).lower() in last:
                return core[1].end()
            return 0
        return core[-1].end()

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
            # a listed first name and a last name that is also a word ("espen bråten",
            # "vilde bråten"): a full name, no sentence of everyday words
            if core[0] in first and self.full_name(value):
                return True
        return not all(everyday_word(w) for w in core or words)

    def full_name(self, value: str) -> bool:
        """A first and a last name, nothing else ("wietske van wijk", "кузьмина алевтина"):
        two to four words, the first a listed name or no everyday word (in Russian, each
        a name by pymorphy3), no word of a question ("DOB", "klantnummer") nor a hedge ("haha
        oops")."""
        from privacyguard.detect.names import (
            everyday_word,
            faker_names,
            russian_name_tag,
            world_names,
        )

        words = [w.lower() for w in _WORDS.findall(value)]
        core = [w for w in words if w not in self._particles]
        if not 2 <= len(core) <= 4 or self._questions_in(words):
            return False
        if any(w in self._interjections or stop_word(w) for w in core):
            return False
        if "\u0400" <= core[0][:1] <= "\u04ff":
            return all(russian_name_tag(w) in ("Name", "Surn", "Patr") for w in core)
        first, last = faker_names(self._locales) if self._locales else (frozenset(), frozenset())
        known = world_names()
        # the first a listed name or no everyday word ("dieuwke ter horst", "geertruida van
        # lent"; not "ideally before"); a last name may be a word
        head = core[0]
        return head in first or head in last or head in known or not everyday_word(head)

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
        if word in self._interjections or any(
            word in stop_words(lang) for lang in ("en", "nl", "nb", "ru")
        ):
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
        if len(word) < 2 or not word.isalpha() or word.isupper() or stop_word(low):
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
            # "полина степанова", "сорокина вера": a first name first or last; or, in the
            # order of surname, first name and patronymic, a first name before the
            # patronymic ("ершова вера викторовна")
            from privacyguard.detect.names import russian_name_tag

            tags = [russian_name_tag(w.capitalize()) for w in words]
            if "Name" in (tags[0], tags[-1]):
                return True
            return len(words) == 3 and tags[1:] == ["Name", "Patr"]
        return words[0].lower() in faker_names(self._locales)[0]

    def _unknown_name(self, piece: str) -> bool:
        """Two or three words before a person's birth date that no dictionary knows as
        everyday words, the first not at all, the last not or a listed last name ("audun
        rønningen", "priya brackenbury", "famke oosterhuis"): first names the lists lack."""
        from privacyguard.detect.names import everyday_word, faker_names

        words = [w.lower() for w in _WORDS.findall(piece)]
        if not 2 <= len(words) <= 3 or any(c.isdigit() for c in piece) or not self._locales:
            return False
        if any(stop_word(w) for w in words) or everyday_word(words[0]):
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
        if not 2 <= len(words) <= 4 or stop_word(words[-1].lower()):
            return []  # "endres send sms til": no name ends in a function word
        if not (self._is_name_slot(text, (s, e, None)) or self.name_answer(piece[start:])):
            return []
        end = len(piece.rstrip(" .,;:!?"))
        why = "conversation: a name at a name's place in a list of records"
        return [Found(s + start, s + end, "PERSON", 0.6, why)]

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


def russian_first_name(word: str) -> bool:
    """A Russian word that pymorphy3 can read as a first name in the nominative, however
    unlikely, where a greeting names its agent ("На связи Света": also "of light")."""
    if not "\u0400" <= word[:1] <= "\u04ff":
        return False
    from privacyguard.detect.names import russian_name_reading

    return russian_name_reading(word, nominative=True)

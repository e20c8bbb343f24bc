"""Whole values and leftovers around findings, findings that outweigh others, and values
seen before in the conversation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from privacyguard.detect.conversation.lists import Lists
from privacyguard.detect.conversation.patterns import _LEFTOVER, FRAGMENT_MAX_CHARS
from privacyguard.detect.conversation.state import ConversationState, FindFn, Found
from privacyguard.models import Finding

_SEEN = "conversation: the same value as found earlier in the conversation"

#: types whose finding grows over the letters or digits typed right before it as one value
#: ("SK 21009361", "739-6044326809": the recognizer found only the digits after the gap)
WHOLE_TYPES = frozenset({"PASSPORT", "CUSTOMER_NUMBER", "TICKET_NUMBER"})

#: a value's first group right before the digits found: 1-3 letters (before a space, "-"
#: or "/": "ra/6653304960"), four before "-" or "/" only ("DEEL-908 991 851", not the
#: name "Roos 725431"), or 2-4 digits
_VALUE_PREFIX = re.compile(
    r"(?<![^\W_]|[.\-/])(?:(?P<letters>[^\W\d_]{1,3}|[^\W\d_]{4}(?=[\-/]))(?P<ls>[ \-/])"
    r"|(?P<digits>\d{2,4})(?P<ds>[ \-])|(?P<mixed>[^\W\d_]{1,3}\d{2,4}) )\Z"
)

#: what stands before a list field or an answer alone: a separator, a bullet, an item's number
_FIELD_END = ",;:|/\n(\t•*-)"

#: a group of digits after a flight number's shape, then the end of its field
_FLIGHT_TAIL = re.compile(r" (?P<digits>\d{4,6})(?=\s{0,3}(?:[,;/|)\n]|\Z|\s[-–—]\s))")

#: an e-ticket's digits: the airline's three, then ten
TICKET_DIGITS = 13

# a dash that says "more to come" at the end of a message
#: types whose value may stand next to another one in an answer with only spaces between
LEFTOVER_TYPES = frozenset({
    "PHONE_NUMBER", "CUSTOMER_NUMBER", "NATIONAL_ID", "BANK_ACCOUNT", "PASSPORT",
    "DATE_OF_BIRTH", "TICKET_NUMBER",
})  # fmt: skip

#: two to four words alone on a line or between commas or semicolons: "mats huisman"; also
#: after a lead-in's colon, a list's number ("1. евгений калинин") or its last joiner, and
#: before that joiner ("hier: marieke verbeek, stijn kloosterman en jelle verbeek")
_NAME_PART = re.compile(
    r"(?:^|(?<=[\n,;/:])|(?<= and )|(?<= en )|(?<= og )|(?<= и ))[ \t]{0,3}"
    r"(?:\d{1,2}[.)][ \t]{1,3}|[-*•][ \t]{1,3})?"
    r"(?P<name>[^\W\d_]{2,30}(?:[ \-'][^\W\d_]{2,30}){1,3})"
    r"(?=[ \t]{0,3}(?:[\n,;/]|$)| (?:and|en|og|и) )",
    re.MULTILINE,
)


class Values(Lists):
    """Whole values, leftovers and values seen before."""

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
                    a = Found(a.start, a.end, a.entity_type, max(inside), a.why, a.provenance)
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
                for lang in ("en", "nl", "nb", "ru"):
                    # "my cousin felicity haverford": the words before the name are no part
                    cut = self._after_relation(text, (s, e, None), lang)[0]
                    if cut != s:
                        s = cut
                        break
                if any(
                    f.start < e
                    and s < f.end
                    and (f.entity_type != "PERSON" or f.start < s or f.end > e)
                    for f in in_text
                ):
                    continue  # a value, or a name found that reaches beyond it
                name = text[s:e]
                if " ".join(name.lower().split()) in self._hold_phrases:
                    continue  # "минутку, сейчас найду": the customer asks for time
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
                    out.append(
                        Found(s + f.start, s + f.end, f.entity_type, f.score, why, f.provenance)
                    )
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
                if self._is_id_word(word) or self._asks_other(word, f.entity_type):
                    continue  # "nr 21009361": the cue, not the value; "mob 06-12345678"
                common = any(word in stop_words(lang) for lang in ("en", "nl", "nb", "ru"))
                if common and m.group("ls") == " " and not (letters.isupper() and field_start):
                    continue  # "is 21009361", "en 4060"; not "AF 540846" alone in its field
                if not (letters.isupper() or field_start or m.group("ls") != " "):
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
            out.append(Found(m.start(), f.end, kind, f.score, why, f.provenance))
        return out

    def _asks_other(self, word: str, etype: str) -> bool:
        """Does the word alone ask for a value of another type ("mob", "tlf")?"""
        asked = [self.questions[k][0] for k in self._questions_in([word])]
        return bool(asked) and all(etype not in types for types in asked)

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

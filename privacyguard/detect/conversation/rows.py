"""A customer's list of people, one row a person: the name and each number of its row."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from privacyguard.detect.context import context_words
from privacyguard.detect.conversation.answers import Answers, birth_date, phone_layout
from privacyguard.detect.conversation.patterns import LIST_MAX_CHARS, WORDS
from privacyguard.detect.conversation.questions import NOTHING
from privacyguard.detect.conversation.state import FindFn, Found
from privacyguard.detect.validators import holds_time
from privacyguard.models import Finding, Provenance

#: what parts the fields of a person's row: a comma, ";", a bar, a bracket, a new line, a
#: bullet, a slash, a dash or a colon before a space ("2021/90035" and "7446-8303" are one)
_FIELD_GAP = re.compile(
    r"[ \t]{0,8}(?:[,;|()\[\]\n\t•]|[ \t][-\u2013\u2014/](?=[ \t])|:(?=[ \t\n]))[ \t]{0,8}"
)
#: an item's bullet or number at a field's start ("1) ", "2. ", "- ")
_MARKER = re.compile(r"(?:[-*•>\u2013\u2014][ \t]{1,3}|\d{1,2}[.)][ \t]{1,3})")
#: a token of a value: letters and digits, "-", ".", "/" inside ("IL-636903", "43.187.195",
#: "2021/90035", "713504-X")
_TOKEN = re.compile(r"[^\W_](?:[\w.\-/]{0,38}[^\W_])?")
#: the types of a person's number in a row: its document or the number the business files
#: the person under
_ID_TYPES = ("PASSPORT", "NATIONAL_ID", "CUSTOMER_NUMBER")
#: a document's series and number apart ("76 2523541", "45 12 345678"): a passport's shape
_SERIES_NUMBER = re.compile(r"\d{2}(?: \d{2})? \d{6,7}")
#: a passport's nine letters and digits after two letters ("FH8359083", "nw81k2p03")
_PASSPORT_SHAPE = re.compile(
    r"(?i)[a-z]{2}\d{7}|[a-np-z]{2}(?=[a-z0-9]{0,5}\d[a-z0-9]{0,5}[a-z])[a-np-z0-9]{6}\d"
)
#: a number of a passport's shape, a passport where its column holds only such numbers
PASSPORT_SHAPED = "PASSPORT?"
#: the fewest digits of a person's number; the most
_FEWEST, _MOST = 6, 12
#: an amount's currency
_MONEY = re.compile(r"[€$£₽%]")
#: a date of any kind in a value, or digits grouped as a date's are ("12-03-85", "5 1990"),
#: parse_date's or not: a sort code ("78-73-43"), a phone's local part ("993-70-37")
_DATE_LIKE = re.compile(r"\b\d{1,4}[-./]\d{1,2}[-./]\d{2,4}\b|\A\d{1,2} (?:19|20)\d{2}\b")


class Rows(Answers):
    """A list of people: the name and the values of each row."""

    if TYPE_CHECKING:
        # the words before a name that say who the person is: Lists._after_relation
        def _after_relation(
            self, text: str, slot: tuple[int, int, str | None], lang: str
        ) -> tuple[int, int, str | None]: ...

    def person_rows(
        self,
        text: str,
        lang: str,
        findings: Sequence[Finding],
        added: Sequence[Found],
        expected: Iterable[str],
        find: FindFn,
    ) -> list[Found]:
        """A customer's list whose rows are people ("Lydia Dunmore, 7446-8303, my husband
        Rhys Holbrook 490 295 789", "1. sjoerd van rooij CC-723237", "2) C2834474 (roos)",
        "gunhild myhre – 14.10.1966 – IL21408C"): where the agent asked for people or their
        numbers (a question for names, customer numbers, documents) and a row names a
        person, or where two rows name people and the list has two numbers or more, each
        row is a person's record: its name (two to four words that can be one, or a listed
        first name alone, after the words that say who the person is) is a PERSON, and each
        of its numbers is personal: a date that can be a birth date is the birth date, a
        document's series and number ("76 2523541") or a number a recognizer of an asked
        document type finds whole is that document, any other number of six to twelve
        digits the number the business files the person under (a customer number). Not
        where the agent asked for something that is no personal data, nor where the message
        names another kind of number (`not_answers`: "order", "invoice"); not a time, an
        amount, nor a number with another kind's letters ("ORD-")."""
        wanted = set(expected)
        if NOTHING in wanted or len(text) > LIST_MAX_CHARS or not any(c.isdigit() for c in text):
            return []
        matcher = self.not_answers.get("CUSTOMER_NUMBER")
        if matcher is not None and matcher.mentions(context_words(text)):
            return []
        # each found value, and whether it is a guess a row's shape overrules (_guess): a
        # number's type by its context alone, a name that runs into a number ("Callum
        # Quarrie - 951668" of "… - 951668-M")
        known = [
            (
                f.start,
                f.end,
                f.entity_type,
                _guess(text, f, f.recognizer == "conversation"),
                f.score,
            )
            for f in findings
            if f.field == "text"
        ]
        known += [(f.start, f.end, f.entity_type, _guess(text, f, True), f.score) for f in added]
        # the answers to the question the engine found just before (cached): "FH6090107"
        # after a question for passport numbers; a number's type by the question is a guess
        shaped = self._shaped(text, lang, frozenset(wanted))
        known += [
            (f.start, f.end, f.entity_type, _guess(text, f, True), f.score)
            for f in shaped
            if f.entity_type not in _ID_TYPES
        ]
        sure = [(a, b, t) for a, b, t, guess, _ in known if not guess]
        guesses = [(a, b, t, sc) for a, b, t, guess, sc in known if guess]
        guesses += [
            (f.start, f.end, f.entity_type, f.score) for f in shaped if f.entity_type in _ID_TYPES
        ]
        dates = self._row_dates(text, lang, known)
        fields = self._fields(text, dates)
        names: list[Found] = []
        values: list[Found] = []
        shadow: list[Found] = []  # numbers a guess of the question's type holds
        people = 0  # fields that name a person or say who one is ("(mine)", "(жена)")
        numbers = 0  # fields with a value, found before or here
        for s, e in fields:
            head = min([e, *(d.start for d in dates if s <= d.start < e)])
            for tok in _TOKEN.finditer(text, s, head):
                if any(c.isdigit() for c in tok.group()):
                    head = tok.start()
                    break
            name_end = len(text[s:head].rstrip(" \t-–—:,.")) + s
            valued = any(t != "PERSON" and a < e and s < b for a, b, t in sure)
            if s < name_end and not any(
                t != "PERSON" and a < name_end and s < b for a, b, t in sure
            ):  # not an e-mail address ("nienke_brinkman@planet.nl")
                if any(t == "PERSON" and a < name_end and s < b for a, b, t in sure):
                    people += 1
                elif self._who(text[s:name_end], lang):
                    people += 1
                else:
                    found = self._row_name(text, (s, name_end), lang, guesses, head < e)
                    names += found
                    people += bool(found)
            if head < e:
                numbers += 1
                values += self._row_values(
                    text, lang, (head, e), sure, guesses, dates, wanted, find, shadow
                )
            elif valued:
                numbers += 1  # an e-mail address, a phone number found
        asked = bool(wanted & {"PERSON", *_ID_TYPES})
        if numbers < 2 or people < 2:
            return []
        if not asked and people < numbers / 2:
            return []
        return names + self._national_column(text, _passports(values), shadow, find)

    def _national_column(
        self, text: str, values: list[Found], shadow: list[Found], find: FindFn
    ) -> list[Found]:
        """The numbers of a list that each pass a national id's checksum ("Gijs Postma
        (651131455), Sterre Postma (879889032) en Joost Postma (526 210 953)"), two or
        more: the column of the people's national ids, not of their customer numbers (nor
        the customer numbers the question made of them: ``shadow``)."""
        column = [v for v in values if v.entity_type == "CUSTOMER_NUMBER"] + shadow
        names = self.by_type.get("NATIONAL_ID", frozenset())
        if len(column) < 2 or not names:
            return values
        for v in column:
            value = text[v.start : v.end]
            if not any(
                f.entity_type == "NATIONAL_ID" and (f.start, f.end) == (0, len(value))
                for f in find(value, names)
            ):
                return values
        why = "conversation: a national id in the row of a person the customer lists"
        return [
            Found(v.start, v.end, "NATIONAL_ID", v.score, why) if v in column else v
            for v in values + shadow
        ]

    def _fields(self, text: str, dates: list[Found]) -> list[tuple[int, int]]:
        """The fields of the rows, without an item's bullet or number; a date is one
        ("July 11, 1981")."""
        out: list[tuple[int, int]] = []
        at = 0
        gaps = [
            g
            for g in _FIELD_GAP.finditer(text)
            if not any(d.start < g.start() and g.end() < d.end for d in dates)
        ]
        for gap in [*gaps, None]:
            end = gap.start() if gap is not None else len(text)
            s = at
            m = _MARKER.match(text, s, end)
            if m is not None:
                s = m.end()
            while s < end and text[s] in " \t":
                s += 1
            stripped = text[s:end].rstrip(" \t.")
            if stripped:
                out.extend(self._joined(text, s, s + len(stripped)))
            at = gap.end() if gap is not None else len(text)
        return out

    def _joined(self, text: str, s: int, e: int) -> list[tuple[int, int]]:
        """A field parted at a list's joining word ("… 17.8.1993 en een vriendin Vera …")."""
        out: list[tuple[int, int]] = []
        at = s
        for m in WORDS.finditer(text, s, e):
            if m.group().lower() in self._joiner_words and m.start() > at:
                out.append((at, m.start() - 1))
                at = m.end() + 1
        if at < e:
            out.append((at, e))
        return [(a, b) for a, b in out if text[a:b].strip()]

    def _who(self, piece: str, lang: str) -> bool:
        """Words that say who a person is without a name ("mine", "van mij", "жена", "ei
        venninne", "onze dochter"): function words, possessives and words for a relative."""
        from privacyguard.detect.names import stop_words

        words = [w.lower() for w in WORDS.findall(piece)]
        stems = self._relation_stems or ("\0",)

        def related(w: str) -> bool:
            return w in self._relation_words or w.startswith(stems)

        def small(w: str) -> bool:
            return w in stop_words(lang) or w in self._possessives or len(w) <= 3

        return (
            0 < len(words) <= 3
            and all(related(w) or small(w) for w in words)
            and (any(related(w) for w in words) or all(w in stop_words(lang) for w in words))
        )

    def _row_name(
        self,
        text: str,
        span: tuple[int, int],
        lang: str,
        guesses: list[tuple[int, int, str, float]],
        by_value: bool,
    ) -> list[Found]:
        """The name of a row after the words that say who the person is ("my husband Rhys
        Holbrook", "een vriendin Iris Hofstede", "дочь дарья субботина"): two to four words
        whose first is a listed first name (in Russian, whose first or last pymorphy3 reads
        as one: _name_like), or a listed first name alone by its value: in brackets, before
        a colon or a number ("(roos)", "Вадим: W8771898"; not "Beste, ik heb …"). A
        Russian word is a name where pymorphy3's dictionary knows it as one, not by a guess
        from its ending ("Телфеон", "Дтеей")."""
        from privacyguard.detect.names import (
            faker_names,
            russian_known,
            russian_name_tag,
            stop_words,
        )

        s, e, _ = self._after_relation(text, (*span, None), lang)
        while s < e and not text[s].isalnum():
            s += 1
        e = s + len(text[s:e].rstrip(" .,:;!?"))
        words = WORDS.findall(text[s:e])
        if len(words) == 1:
            word = words[0]
            low = word.lower()
            listed = bool(self._locales) and low in faker_names(self._locales)[0]
            if "\u0400" <= word[:1] <= "\u04ff":
                named = russian_known(word) and (
                    listed or russian_name_tag(word.capitalize(), top_only=True) == "Name"
                )
            else:
                named = listed
            before = text[max(0, s - 3) : s].strip()
            after = text[e : e + 3].strip()
            # or a field of its own before its row's number ("2. inge / 23-10-1987 / …")
            gap = _FIELD_GAP.match(text, e)
            valued = gap is not None and text[gap.end() : gap.end() + 1].isdigit()
            placed = by_value or valued or before.endswith("(") or after.startswith((":", ")"))
            if not named or not placed or low in stop_words(lang) or len(word) < 3:
                return []
            if self._month(low):
                return []
        elif not self._name_like(text[s:e]) or any(
            words[0].lower() in stop_words(x) for x in ("en", "nl", "nb")
        ):
            return []  # "dan de rest": "dan" a first name somewhere, and a function word
        elif all("\u0400" <= w[:1] <= "\u04ff" for w in words) and not any(
            russian_known(w) and russian_name_tag(w.capitalize()) in ("Name", "Surn", "Patr")
            for w in words
        ):
            return []  # "мой телфеон": no word pymorphy3's dictionary knows as a name
        people = [(a, b, sc) for a, b, t, sc in guesses if t == "PERSON"]
        why = "conversation: the name of a person's row in a customer's list"
        return [Found(s, e, "PERSON", _over(people, s, e, 0.6), why)]

    def _month(self, word: str) -> bool:
        """A month's name ("april", "august"), no first name in a row of dates."""
        return any(word == name for name, _ in self._dates.months)

    def _row_dates(
        self,
        text: str,
        lang: str,
        known: list[tuple[int, int, str, bool, float]],
    ) -> list[Found]:
        """The dates of the rows that can be birth dates (see _dated_names), over a name
        found inside one ("July" of "July 11, 1981")."""
        why = "a date in the row of a person the customer lists"
        out: list[Found] = []
        for shape in self.shapes.get("DATE_OF_BIRTH", ()):
            if "list" not in shape.use or shape.whole:
                continue
            if shape.languages and lang not in shape.languages:
                continue
            for m in shape.regex.finditer(text):
                inside = [
                    (a, b, sc)
                    for a, b, t, _, sc in known
                    if t == "PERSON" and m.start() <= a and b <= m.end()
                ]
                if any(
                    a < m.end() and m.start() < b and (a, b, sc) not in inside
                    for a, b, _, _, sc in known
                ) or any(d.start < m.end() and m.start() < d.end for d in out):
                    continue
                found = self._judge(text, m, shape, why)
                if found is not None:
                    score = _over(inside, found.start, found.end, found.score)
                    out.append(Found(found.start, found.end, found.entity_type, score, found.why,
                                     found.provenance))  # fmt: skip
        return out

    def _row_values(
        self,
        text: str,
        lang: str,
        part: tuple[int, int],
        known: list[tuple[int, int, str]],
        guesses: list[tuple[int, int, str, float]],
        dates: list[Found],
        wanted: set[str],
        find: FindFn,
        shadow: list[Found],
    ) -> list[Found]:
        """The values of a row's part from its first number on, each typed by its shape; a
        number a guess holds whole stands as guessed (a customer number the question made
        of it goes to ``shadow``), unless its shape is a document's series and number."""
        s, e = part
        out: list[Found] = [d for d in dates if s <= d.start and d.end <= e]
        # without the dates found before ("05 сентября 1973": no trunk prefix "05")
        dated = [(d.start, d.end) for d in out]
        dated += [(x, y) for x, y, t in known if t == "DATE_OF_BIRTH"]
        tokens = [
            m
            for m in _TOKEN.finditer(text, s, e)
            if not any(x < m.end() and m.start() < y for x, y in dated)
        ]
        k = 0
        why = "conversation: a number in the row of a person the customer lists"
        while k < len(tokens):
            tok = tokens[k]
            a, b = tok.span()
            ticket = _ticket_run(text, tokens, k)
            if ticket:
                k += ticket  # an airline's three digits and the ticket's ten ("074 4679708927")
                continue
            # digits in groups ("490 295 789") or a document's series and number
            j = k
            while (
                j + 1 < len(tokens)
                and text[tokens[j].end() : tokens[j + 1].start()] == " "
                and tokens[j + 1].group().isdigit()
                and tokens[j].group().isdigit()
                and (len(tokens[j + 1].group()) <= 4 or len(tokens[j].group()) <= 2)
                and len(tokens[j].group()) <= 4
            ):
                j += 1
            b = tokens[j].end()
            k = j + 1
            value = text[a:b]
            if _DATE_LIKE.search(value):
                # a date of any kind ("2027-08-22", "07.11.1977"; before a phone's trunk
                # prefix: the row reads on after it), or digits grouped as one
                continue
            if text[a - 1 : a] == "+" or value.startswith("0") or phone_layout(value, lang):
                # a phone's country code, trunk prefix or grouping ("0117 309 1752", "99 94
                # 17 90"): the phone recognizers' (and what follows it on the row)
                break
            digits = sum(c.isdigit() for c in value)
            letters = sum(c.isalpha() for c in value)
            if letters >= 2 and len(value) >= 7:
                digits += 1  # "CR48354G": letters and five digits, a member's number
            if not _FEWEST <= digits <= _MOST or letters > 3 or holds_time(value):
                continue  # a time, a tracking code ("3SNF57AHN2HDCNC2NL")
            if _MONEY.search(text, max(0, a - 2), min(len(text), b + 2)):
                continue
            if any(x < b and a < y for x, y, _ in known):
                continue  # found before: its recognizer's type stands
            over = [(x, y, t, sc) for x, y, t, sc in guesses if x < b and a < y]
            kind = self._id_type(value, wanted, find)
            score = _over([(x, y, sc) for x, y, _, sc in over], a, b, 0.6)
            whole = [(x, y, t) for x, y, t, _ in over if t != "PERSON" and x <= a and b <= y]
            if whole and kind != "PASSPORT":  # (a passport's shape alone stands under it)
                if all((x, y, t) == (a, b, "CUSTOMER_NUMBER") for x, y, t in whole):
                    # the value the question made a customer number; where a guess holds
                    # only a part of it ("827675" of "827675/22"), the row's whole value
                    # stands over that part
                    part_of = any(t != "PERSON" and (x > a or y < b) for x, y, t, _ in over)
                    (out if part_of else shadow).append(Found(a, b, "CUSTOMER_NUMBER", score, why))
                continue  # a guess of the whole value (or more): it stands
            prefix = re.match(r"[A-Za-z]{2,4}", value)
            if prefix is not None and prefix.group().lower() in self._other_prefixes:
                return []
            if birth_date(value, self._dates) is not None:
                continue
            out.append(Found(a, b, kind, score, why))
        return out

    def _id_type(self, value: str, wanted: set[str], find: FindFn) -> str:
        """A person's number by its shape: a document's series and number or the nine
        letters and digits of a passport that start with two letters ("FH8359083",
        "NW81K2P03"; not a member's "IL21408C", "C2834474") a passport, a
        number a national id's recognizer finds whole where one was asked for a national
        id, else the number the business files the person under (a second number after a
        passport's is no second passport: _second_documents)."""
        if _SERIES_NUMBER.fullmatch(value):
            return "PASSPORT"
        if _PASSPORT_SHAPE.fullmatch(value):
            return PASSPORT_SHAPED
        names = self.by_type.get("NATIONAL_ID", frozenset())
        if "NATIONAL_ID" in wanted and any(
            f.entity_type == "NATIONAL_ID" and (f.start, f.end) == (0, len(value))
            for f in find(value, names)
        ):
            return "NATIONAL_ID"
        return "CUSTOMER_NUMBER"


def _guess(text: str, f: Finding | Found, by_conversation: bool) -> bool:
    """A finding a row's shape overrules: a number's type that only its context (in this
    message or an earlier one) or the conversation (``by_conversation``: a finding the
    conversation layer made) gave, no checksum (Provenance flags); or a name with a digit
    in it."""
    if f.entity_type == "PERSON":
        return any(c.isdigit() for c in text[f.start : f.end])
    if f.entity_type not in _ID_TYPES or Provenance.CHECKSUM in f.provenance:
        return False
    return by_conversation or bool(f.provenance & (Provenance.CONTEXT | Provenance.CARRIED))


def _over(guesses: list[tuple[int, int, float]], a: int, b: int, score: float) -> float:
    """A score above the guesses the value overlaps, so that it stands over them."""
    over = [sc for x, y, sc in guesses if x < b and a < y]
    return min(1.0, max([score, *(sc + 0.01 for sc in over)]))


def _ticket_run(text: str, tokens: list[re.Match[str]], k: int) -> int:
    """How many tokens from ``k`` on make an airline ticket's number, three digits and ten
    in groups with one space or "-" between ("074 4679708927", "324 5102 793028"): 0 if
    none."""
    if len(tokens[k].group()) != 3 or not tokens[k].group().isdigit():
        return 0
    digits, n = 3, k
    while n + 1 < len(tokens) and digits < 13:
        gap = text[tokens[n].end() : tokens[n + 1].start()]
        if gap not in (" ", "-") or not tokens[n + 1].group().isdigit():
            return 0
        n += 1
        digits += len(tokens[n].group())
    return n - k + 1 if digits == 13 else 0


def _passports(values: list[Found]) -> list[Found]:
    """The numbers of a passport's shape ("FH8359083", "NW81K2P03") passports where every
    other number of the list has that shape too (a column of passports); else, beside
    numbers of another shape ("PF-889-7543"), the customer numbers of their column."""
    ids = [v for v in values if v.entity_type in (PASSPORT_SHAPED, "CUSTOMER_NUMBER")]
    kind = "PASSPORT" if all(v.entity_type == PASSPORT_SHAPED for v in ids) else "CUSTOMER_NUMBER"
    return [
        Found(v.start, v.end, kind, v.score, v.why) if v.entity_type == PASSPORT_SHAPED else v
        for v in values
    ]

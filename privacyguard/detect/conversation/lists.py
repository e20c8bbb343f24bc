"""Lists and records: the type of each item by its position, slot or template."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from privacyguard.detect.context import context_words
from privacyguard.detect.conversation.answers import birth_date
from privacyguard.detect.conversation.patterns import (
    _LEFTOVER,
    _WORDS,
    LIST_MAX_CHARS,
    _everyday_only,
)
from privacyguard.detect.conversation.questions import NOTHING
from privacyguard.detect.conversation.rows import Rows
from privacyguard.detect.conversation.state import FindFn, Found
from privacyguard.detect.validators import holds_time
from privacyguard.models import Finding, Provenance

#: the most values a record of a list may hold ("name, birth date, passport" is 3)
PERIOD_MAX = 6

#: a list position that holds names by the layout alone (no name was found there)
NAME_BY_LAYOUT = "PERSON?"

#: the types of a person's account, one place of a record whichever of them is found there
#: ("ingvild grønli 7733 90 12175; Tuva Engen NO06 7239 7790 992": a name and an account)
_ACCOUNT_TYPES = frozenset({"IBAN_CODE", "BANK_ACCOUNT"})
ACCOUNT = "ACCOUNT"

# what parts the names of a list ("Randi Kvamme + Mathilde Fossum, gunhild fossum")
_LIST_GAP = re.compile(r"[,;/|&+\n•\t]|\s[-–—]\s|\s(?:and|en|og|и|plus)\s", re.IGNORECASE)

#: a person's name before a birth date, its line or item up to the date: the name found
#: (its end right before the separators), or the words there, read as a name; an item
#: starts after a separator, a dash or a slash between spaces ("… / also philippa ogilvie
#: 16 Aug 1985"), or a joining word
_NAME_DATE_HEAD = re.compile(
    # after "and"/"en"/"og"/"и" as a word, not inside one ("endre økland": no "dre økland")
    r"(?:(?<=[\n;,|\t•(])|^|(?<=\s[-\u2013\u2014/])|(?:(?<=\sand)|(?<=\sen)|(?<=\sog)|(?<=\sи))(?=\s))"
    r"[ \t]{0,3}(?:[-*•>\u2013\u2014][ \t]{0,3}|\d{1,2}[.)][ \t]{0,3})?"
    r"(?P<head>[^\W\d_][^\n;,|\t•()\d:/]{0,60}?)"
    r"[ \t]{0,3}[,;:/|\-\u2013\u2014(]?[ \t]{0,3}"
    r"(?:(?:born|b\.|geb\.|geboren|født|f\.|род\.|р\.|д\.р\.)[ \t]{0,3}:?[ \t]{0,3})?\Z",
    re.IGNORECASE,
)

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

#: an item of a list that is one number alone, after a bullet or an item's number: up to
#: three letters, then digits in groups ("HM 366175", "8686-2643-81", "31.458.306")
_ID_ITEM = re.compile(
    r"(?:[-•*·]\s{1,3}|\d{1,2}[.)]\s{1,3})?"
    r"(?P<id>(?:(?P<prefix>[^\W\d_]{1,3})[- ]?)?\d{1,12}(?:[ .\-]\d{1,6}){0,4})[ .]{0,2}"
)
#: a line of a list: a name, a dash, a bar, a comma or a colon, then one number ("declan
#: abernethy - 692279226", "• Тарасова Нина - 73 1866335", "Gareth Winterbourne | 220112214")
_NAMED_ID = re.compile(
    r"(?:[-•*·]\s{1,3}|\d{1,2}[.)]\s{1,3})?"
    r"(?P<name>[^\W\d_]{1,30}(?:[ '’\-][^\W\d_]{1,30}){1,3})"
    r"\s{0,3}[-–—|,:]\s{0,3}"
    r"(?P<id>(?:[A-Za-z]{1,3}[- ]?)?\d{1,12}(?:[ .\-]\d{1,9}){0,3})[ .]{0,2}"
)
#: the same the other way round, the number first and the name after it, in brackets or
#: after a dash ("7887 062835 (Полина)", "736-009432 - Roman Berg"): a first name alone
#: in brackets too
_ID_NAMED = re.compile(
    r"(?:[-•*·]\s{1,3}|\d{1,2}[.)]\s{1,3})?"
    r"(?P<id>(?:[A-Za-z]{1,3}[- ]?)?\d{1,12}(?:[ .\-]\d{1,9}){0,3})"
    r"\s{0,3}(?:\((?P<bracketed>[^\W\d_]{1,30}(?:[ '’\-][^\W\d_]{1,30}){0,3})\)"
    r"|[-–—|,:]\s{0,3}(?P<name>[^\W\d_]{1,30}(?:[ '’\-][^\W\d_]{1,30}){1,3}))[ .]{0,2}"
)
#: the types a number on a line of a name may be, where the agent asked for none of them
_RECORD_ID_TYPES = ("PASSPORT", "NATIONAL_ID", "CUSTOMER_NUMBER")
#: the letters a number starts with ("ORD-", "SO-")
_LETTER_PREFIX = re.compile(r"([A-Za-z]{2,4})[-/ ]?\d")
#: the fewest digits of a number alone in a list of ids
ID_ITEM_DIGITS = 6
_LISTY = re.compile(r"[,;/|\n]|\s(?:and|en|og|и|&)\s|\d[.)]\s", re.IGNORECASE)

# what separates the fields of a list item
_FIELD_SEP = re.compile(r"\s{0,10}(?:[,;/|()\[\]\t\n•·]|\s[-–—]\s|:)\s{0,10}")

# a token with a digit in it, in an untyped stretch of a record, with the capitals of a
# document's series before it ("FK 9930388")
_VALUE_TOKEN = re.compile(
    r"(?:(?<!\S)[A-ZÆØÅА-ЯЁ]{1,3} (?=\d))?\S{0,40}\d\S{0,40}(?: \S{0,40}\d\S{0,40}){0,5}"
)


class Lists(Rows):
    """Lists and records."""

    if TYPE_CHECKING:
        # a record's number with the group typed before it: Values.whole_values (values.py)
        def whole_values(self, text: str, findings: Sequence[Finding]) -> list[Found]: ...

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
        if records and not out:
            out = self._named_ids(text, findings, find, expected)
        out += self._phones_asked_over(text, findings, find) if records else []
        out += self._checksummed_over(text, findings, find) if records else []
        out += self._phone_after_date(text, dated, findings, find)
        out += [d for d in dated if not any(_same(d, f) for f in out)]
        if records:
            out += self._member_numbers(text, findings, out, expected)
            out += self._second_documents(text, findings, out)
            out += self.person_rows(text, lang, findings, out, expected, find)
        return out

    def _second_documents(
        self, text: str, findings: Sequence[Finding], added: Sequence[Found]
    ) -> list[Found]:
        """A person has one passport: in the records a customer lists ("Bethany Wainwright,
        10 April 2010, 614977329, SK 21009361 / Niamh Haddon, ..."), a number after a
        person's name that only a guess made a passport (the question's type, a column's),
        right after one passport's number (the next field on its line) and no other (a
        passport found, or a token of a passport's shape: _PASSPORT_LIKE) of another
        shape, is the number the business files that
        person under (a loyalty or member number), not a second passport. Between one name
        and the next, each person's values after their name (not the names first and then
        their values); not where the message names another kind of number (`not_answers`).
        With the group typed right before it, as the passport would have been
        (whole_values)."""
        if len(text) > LIST_MAX_CHARS:
            return []
        matcher = self.not_answers.get("CUSTOMER_NUMBER")
        if matcher is not None and matcher.mentions(context_words(text)):
            return []
        spans = [(f.start, f.end, f.entity_type, f.why, f.score) for f in added]
        spans += [(f.start, f.end, f.entity_type, f.explanation, f.score) for f in findings]
        names = sorted({(s, e) for s, e, t, _, _ in spans if t == "PERSON"})
        names = [n for k, n in enumerate(names) if not k or n[0] >= names[k - 1][1]]
        if not names:
            return []
        bounds = [n[1] for n in names] + [len(text)]
        starts = [n[0] for n in names[1:]] + [len(text)]
        if any(
            not any(t != "PERSON" and end <= a and b <= nxt for a, b, t, _, _ in spans)
            for end, nxt in zip(bounds[:-2], starts[:-1], strict=False)
        ):
            return []  # names first, then their values: columns, not one record a person
        grown = {g.end: g for g in self.whole_values(text, findings)}
        out: list[Found] = []
        why = "conversation: a second number of a person in a record, after the passport's"
        for k, (_, name_end) in enumerate(names):
            stop = names[k + 1][0] if k + 1 < len(names) else len(text)
            docs = sorted(
                (s, e, w, sc)
                for s, e, t, w, sc in spans
                if t == "PASSPORT"
                and name_end <= s
                and e <= stop
                and not any(
                    x == "DATE_OF_BIRTH" and a < e and s < b for a, b, x, _, _ in spans
                )
                and birth_date(text[s:e], self._dates) is None
                # "10062004": a birth date a recognizer took for a passport too
            )
            docs = [d for j, d in enumerate(docs) if not j or d[0] >= docs[j - 1][1]]
            if not docs:
                continue
            before = [
                (m.start(), m.end())
                for m in _TOKEN.finditer(text, name_end, docs[0][0])
                if _PASSPORT_LIKE.fullmatch(m.group())
                and birth_date(m.group(), self._dates) is None  # "10062004"
                and not any(a < m.end() and m.start() < b for a, b, *_ in spans)
            ]
            if len(before[:1]) + len(docs) != 2:
                continue  # two numbers: a passport's and another; not a column of passports
            if before:
                firsts, rest = before[:1], docs
            else:
                firsts, rest = [(docs[0][0], docs[0][1])], docs[1:]
            first = _id_shape(text[firsts[0][0] : firsts[0][1]])
            for s, e, w, sc in rest:
                whole = grown.get(e)
                if whole is not None and whole.entity_type != "PASSPORT":
                    continue  # "739-6044326809": an airline's three digits, a ticket
                s = min(s, whole.start) if whole is not None else s
                if not _NEXT_FIELD.fullmatch(text, firsts[0][1], s):
                    continue  # one field right after the other, on one line: one person's
                if _weak("PASSPORT", w) and _id_shape(text[s:e]) != first:
                    out.append(Found(s, e, "CUSTOMER_NUMBER", min(1.0, sc + 0.01), why))
        return out

    def _member_numbers(
        self,
        text: str,
        findings: Sequence[Finding],
        added: Sequence[Found],
        expected: Iterable[str],
    ) -> list[Found]:
        """The numbers of the people a customer lists, one column of the records: in a
        message that names two people or more, the first number after each name that no
        recognizer of a sure type holds (not a birth date, phone, IBAN, card, e-mail; six to
        ten digits, a prefix of up to three letters, groups joined by "-": "K465212",
        "980-2389", "4172952") is the number the business files that person under, one type
        for the whole column, when one of them cannot be a passport's number (ICAO's
        documents have eight to ten letters and digits, no dash: "K451737", "401-6494" are
        none) and:

        - the agent asked for customer or member numbers ("Welke lidmaatschappen moeten
          samengevoegd worden?");
        - a person's account is given beside them (an IBAN, a bank account with a checksum:
          "Esme Trelawney - 836172315 / Gareth Yelland - 980-2389, GB22 LOYD …"), so they
          are no accounts, whatever a weak recognizer made of them;
        - they are not all found as one type ("K465579", "79789844", "4172952" after
          "everyone coming"), or each is found as a passport by the question's guess alone
          or as nothing: the guess does not hold for a column of numbers no passport has.

        A column whose numbers can each be a passport's is left as found. Not where the
        message names another kind of number ("order", `not_answers`) or the agent asked
        for something that is no personal data."""
        expected = set(expected)
        if NOTHING in expected or len(text) > LIST_MAX_CHARS:
            return []
        matcher = self.not_answers.get("CUSTOMER_NUMBER")
        if matcher is not None and matcher.mentions(context_words(text)):
            return []
        spans = [(f.start, f.end, f.entity_type, f.why) for f in added]
        spans += [(f.start, f.end, f.entity_type, f.explanation) for f in findings]
        names = sorted({(s, e) for s, e, t, _ in spans if t == "PERSON"})
        names = [n for k, n in enumerate(names) if not k or n[0] >= names[k - 1][1]]
        if len(names) < 2:
            return []
        sure = [(s, e) for s, e, t, why in spans if t != "PERSON" and not _weak(t, why)]
        accounts = any(t in _ACCOUNT_TYPES and not _weak(t, why) for _, _, t, why in spans)
        # what a digit before a person's number may belong to: a value found, or a date
        covered = [(a, b) for a, b, _, _ in spans]
        covered += [
            m.span()
            for x in self.shapes.get("DATE_OF_BIRTH", ())
            if "list" in x.use and not x.whole
            for m in x.regex.finditer(text)
        ]
        column: list[tuple[int, int, str | None, float]] = []
        for k, (_, name_end) in enumerate(names):
            stop = names[k + 1][0] if k + 1 < len(names) else len(text)
            # the first number after the name that is no date, no part of a sure value
            for m in _MEMBER_ID.finditer(text, name_end, stop):
                s, e = m.span("id")
                value = m.group("id")
                digits = sum(c.isdigit() for c in value)
                if (
                    ID_ITEM_DIGITS <= digits <= _MEMBER_DIGITS
                    and not any(a < e and s < b for a, b in sure)
                    and birth_date(value, self._dates) is None
                    and not holds_time(value)
                ):
                    break
            else:
                continue
            if any(
                name_end <= a and b <= s and t not in ("PERSON", "DATE_OF_BIRTH")
                for a, b, t, _ in spans
            ) or any(
                not any(a <= r.start() and r.end() <= b for a, b in covered)
                for r in _DIGIT_RUN.finditer(text, name_end, s)
            ):
                continue  # another value first: the record's number is not this one
            prefix = _LETTER_PREFIX.match(value)
            if prefix is not None and prefix.group(1).lower() in self._other_prefixes:
                return []  # "ORD-…", "SKU-…": another kind of number in the list
            held = [(a, b, t) for a, b, t, _ in spans if a < e and s < b and t != "PERSON"]
            if any((a, b) != (s, e) for a, b, _ in held):
                continue  # a part of a longer value, or a value with more around it
            score = max((f.score for f in findings if (f.start, f.end) == (s, e)), default=0.0)
            column.append((s, e, held[0][2] if held else None, score))
        if len(column) < 2:
            return []
        if all(_PASSPORT_LIKE.fullmatch(text, s, e) for s, e, _, _ in column):
            return []  # each can be a passport's number ("FS4995393", "446213852")
        types = {t for _, _, t, _ in column}
        if not (
            "CUSTOMER_NUMBER" in expected
            or accounts
            or len(types) > 1
            or types <= {"PASSPORT", None}
        ):
            return []
        why = "conversation: a number of each person the customer lists, one column"
        return [
            Found(s, e, "CUSTOMER_NUMBER", min(1.0, max(score + 0.01, 0.6)), why)
            for s, e, t, score in column
            if t != "CUSTOMER_NUMBER"
        ]

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
                                     p.score, why, p.provenance))  # fmt: skip
                    break
        return out

    def _phones_asked_over(
        self, text: str, findings: Sequence[Finding], find: FindFn
    ) -> list[Found]:
        """A phone number of which a question made the digits after its country code or
        trunk prefix another type ("+31 6 53015629", "06-15669779" after "Wie reizen er
        mee?": a passport's eight digits): the phone number, as the phone recognizers
        read the whole, outweighs it. And in a message that gives another phone number, a
        value the question made a passport or national id that the phone recognizers read
        whole, its trunk prefix or country code first ("06 48750379": a Russian passport's
        shape)."""
        phones = self.by_type.get("PHONE_NUMBER", frozenset())
        if not phones:
            return []
        out: list[Found] = []
        whole: list[Finding] = []
        for f in findings:
            if (
                f.entity_type == "PHONE_NUMBER"
                or f.field != "text"
                or Provenance.CARRIED not in f.provenance
            ):
                continue
            head = _PHONE_HEAD.search(text, max(0, f.start - 10), f.start)
            if head is None:
                if f.entity_type in ("PASSPORT", "NATIONAL_ID") and text[f.start] in "0+":
                    whole.append(f)  # a trunk prefix or a country code first
                continue
            for p in find(text[head.start() : f.end], phones):
                if p.entity_type == "PHONE_NUMBER" and p.start == 0:
                    why = f"{p.explanation}; a phone number, not the {f.entity_type} asked for"
                    score = min(1.0, max(p.score, f.score) + 0.01)
                    out.append(
                        Found(head.start(), head.start() + p.end, p.entity_type, score, why,
                              p.provenance)
                    )  # fmt: skip
                    break
        listed = sum(1 for f in findings if f.entity_type == "PHONE_NUMBER") + len(out)
        for f in whole if listed else ():
            for p in find(text[f.start : f.end], phones):
                if p.entity_type == "PHONE_NUMBER" and (p.start, p.end) == (0, f.end - f.start):
                    why = f"{p.explanation}; a phone number, as the list's others"
                    score = min(1.0, max(p.score, f.score) + 0.01)
                    out.append(Found(f.start, f.end, p.entity_type, score, why, p.provenance))
                    break
        return out

    def _checksummed_over(
        self, text: str, findings: Sequence[Finding], find: FindFn
    ) -> list[Found]:
        """A number that a question made a customer number or a passport (a guess from the
        conversation, no checksum) which an account's or a national id's recognizer finds
        whole with its checksum ("3015.97.54371" after "Hvilke medlemskap skal slås
        sammen?"): the checksum outweighs the guess."""
        names = frozenset(n for t in _CHECKSUMMED for n in self.by_type.get(t, frozenset()))
        out: list[Found] = []
        for f in findings:
            if (
                f.entity_type not in ("CUSTOMER_NUMBER", "PASSPORT")
                or f.field != "text"
                or Provenance.CARRIED not in f.provenance
                or sum(c.isdigit() for c in text[f.start : f.end]) <= _MEMBER_DIGITS
                or not names
            ):
                continue
            for p in find(text[f.start : f.end], names):
                whole = (p.start, p.end) == (0, f.end - f.start)
                if (
                    whole
                    and p.entity_type in _CHECKSUMMED
                    and not _weak(p.entity_type, p.explanation)
                ):
                    why = f"{p.explanation}; its checksum, not the {f.entity_type} asked for"
                    score = min(1.0, max(p.score, f.score) + 0.01)
                    out.append(Found(f.start, f.end, p.entity_type, score, why, p.provenance))
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
                    if not _kin_word(piece[first:], lang):  # "my father, born …": no name
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
                Finding(mid, d.entity_type, d.start, d.end, d.score, "conversation", d.why, lang,
                        provenance=d.provenance)
                for d in dated
            ]
            in_text = sorted(kept, key=lambda f: f.start)
        found = self._with_answers(text, lang, in_text, expected)
        typed = [f for f in found if f.entity_type in self.list_types]
        if len(text) > LIST_MAX_CHARS or not _LISTY.search(text):
            return []
        if not typed:
            return self._id_list(text, expected) if records and not in_text else []
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
                    # that finds it; its first slot, where the records have a name, the
                    # name that starts with a first name ("Arnfinn Rustad - 527-4557"
                    # among "Vigdis Vik - 944296187, 21267988266")
                    named_item = (
                        len(item) < len(template)
                        and template[0] in ("PERSON", NAME_BY_LAYOUT)
                        and any(t or any(c.isdigit() for c in text[a:b]) for a, b, t in item[1:])
                    )  # a value beside it: no lead-in ("Hierbij:") nor a last line
                    for n, (s, e, t) in enumerate(item):
                        if (
                            n == 0
                            and named_item
                            and t is None
                            and not any(c.isdigit() for c in text[s:e])
                            and not text[e : e + 2].lstrip(" ").startswith(":")
                        ):
                            out.extend(
                                self._slot_value(text, s, e, "PERSON", lang, find, True, records)
                            )
                        elif t is None and any(c.isdigit() for c in text[s:e]):
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

    def _named_ids(
        self, text: str, findings: Sequence[Finding], find: FindFn, expected: Iterable[str]
    ) -> list[Found]:
        """A customer's lines of a name and one number each ("declan abernethy -
        692279226", "- Лаптев Григорий - 76 5955682", "Gareth Winterbourne | 220112214"):
        the name is a person's, the number the document or the number the business files
        that person under: of a type the agent asked for, or the type a recognizer finds it
        as with the context of one (a passport's nine digits), else a customer number."""
        expected = set(expected)
        if NOTHING in expected or "\n" not in text or len(text) > LIST_MAX_CHARS:
            return []
        matcher = self.not_answers.get("CUSTOMER_NUMBER")
        if matcher is not None and matcher.mentions(context_words(text)):
            return []
        ids = [t for t in ("PASSPORT", "NATIONAL_ID", "CUSTOMER_NUMBER") if t in expected]
        names = frozenset(
            n for t in (ids or _RECORD_ID_TYPES) for n in self.by_type.get(t, frozenset())
        )
        out: list[Found] = []
        rows = 0
        why = "conversation: the number on a line of a name in a customer's list"
        at = 0
        for line in text.split("\n"):
            start, at = at, at + len(line) + 1
            if not line.strip() or (rows == 0 and line.rstrip().endswith(":")):
                continue  # "here you go:"
            m = _NAMED_ID.fullmatch(line) or _ID_NAMED.fullmatch(line)
            if m is None or sum(c.isdigit() for c in m.group("id")) < ID_ITEM_DIGITS:
                return []
            if birth_date(m.group("id"), self._dates) is not None:
                return []  # "12.03.1985 (Anna)": a birth date, no number
            prefix = _LETTER_PREFIX.match(m.group("id"))
            if prefix is not None and prefix.group(1).lower() in self._other_prefixes:
                return []
            group = "name" if m.group("name") is not None else "bracketed"
            ns, ne = start + m.start(group), start + m.end(group)
            if not any(f.entity_type == "PERSON" and f.start < ne and ns < f.end for f in findings):
                name = self._record_name(text, ns, ne) or (
                    _bracketed_name(text, ns, ne) if group == "bracketed" else []
                )
                if not name:
                    return []  # "Order - 12345678": no name
                out += name
            s, e = start + m.start("id"), start + m.end("id")
            hits = [f for f in find(text[s:e], names) if (f.start, f.end) == (0, e - s)]
            kind = hits[0].entity_type if hits else (ids[0] if ids else "CUSTOMER_NUMBER")
            out.append(Found(s, e, kind, 0.6, why))
            rows += 1
        return out if rows >= 2 else []

    def _id_list(self, text: str, expected: Iterable[str]) -> list[Found]:
        """A customer's list of numbers alone, one per item, and nothing found in it
        ("sure:\n1. 5051556\n2. 198 045 620", "KD-806824\nSM 969707\n6438-0731-25"): the
        numbers the business files the people or accounts under, customer numbers; not
        where the agent asked for something that is no personal data, nor where the message
        names another kind of number ("the order numbers:"), a date or a number with the
        letters of another kind ("ORD-", "SKU-")."""
        if NOTHING in expected:
            return []
        matcher = self.not_answers.get("CUSTOMER_NUMBER")
        if matcher is not None and matcher.mentions(context_words(text)):
            return []
        items = _spans_between(self._items, text, 0, len(text))
        out: list[Found] = []
        why = "conversation: one of a list of numbers alone, a customer's list of ids"
        for k, (s, e) in enumerate(items):
            m = _ID_ITEM.fullmatch(text, s, e)
            if m is None:
                if k == 0 and text[s:e].rstrip().endswith(":"):
                    continue  # "sure:", "here you go:"
                return []
            value = m.group("id")
            prefix = m.group("prefix")
            if sum(c.isdigit() for c in value) < ID_ITEM_DIGITS:
                return []
            if prefix and prefix.lower() in self._other_prefixes:
                return []
            if birth_date(value, self._dates) is not None or holds_time(value):
                return []
            out.append(Found(m.start("id"), m.end("id"), "CUSTOMER_NUMBER", 0.6, why))
        return out if len(out) >= 2 else []

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
            Finding(mid, a.entity_type, a.start, a.end, a.score, "conversation", a.why, lang,
                    provenance=a.provenance)
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
            for slot in _slots(text, _lead_in(text, found), len(text), found, self._name_or_first)
            for part in (_mixed_parts(text, slot) if slot[2] is None else [slot])
        ]
        named = partial(self._named_slot, text)
        slots = [self._after_relation(text, slot, lang) for slot in slots]
        slots = [
            slot for slot in map(partial(_unmarked, text, named=named), slots) if slot is not None
        ]
        slots = self._unsigned(text, slots)
        slots, grown = _grow_names(text, slots)
        kinds = [
            t if t in self.list_types else ACCOUNT if t in _ACCOUNT_TYPES else ("?" if t else None)
            for _, _, t in slots
        ]
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
            elif want == ACCOUNT:
                continue  # no account by its place alone: by its recognizers only
            elif want is not None:
                out.extend(self._slot_value(text, s, e, want, lang, find))
            elif not any(c.isdigit() for c in text[s:e]) and (
                (
                    "PERSON" in asked
                    and (self._is_name_slot(text, (s, e, None), loose=True) or clean)
                )
                or (clean and self._name_words(text[s:e]) == e - s)
            ):  # "pieter meijer — 11-2-1980": a first name where names were asked for;
                # where no record has a type at this place, any name ("owain entwistle"),
                # and, asked or not, a name of two or three words in records of the same
                # layout ("eivind aune: 166348256 og gaute rønning 939-62247")
                out.extend(self._record_name(text, s, e))
            elif any(c.isdigit() for c in text[s:e]) and fallback and ACCOUNT not in template:
                # (not beside accounts: "… 4230 7810 5679 6588 8371 53190 рублей", an amount)
                hits = [f for f in find(text[s:e], fallback) if f.entity_type != "PHONE_NUMBER"]
                out.extend(
                    Found(f.start + s, f.end + s, f.entity_type, f.score, f"{f.explanation}; {why}",
                          f.provenance)
                    for f in hits[:1]
                )
        taken = {(f.start, f.end) for f in out}
        return out + [f for f in loose if (f.start, f.end) not in taken]

    def _named_slot(self, text: str, slot: tuple[int, int, str | None]) -> bool:
        """A slot that starts with a listed first name (_is_name_slot), or that is a name of
        two or three words as a whole ("crispin pennington", "janneke ter horst")."""
        s, e, _ = slot
        return self._is_name_slot(text, slot) or self._name_words(text[s:e]) == e - s

    def _after_relation(
        self, text: str, slot: tuple[int, int, str | None], lang: str
    ) -> tuple[int, int, str | None]:
        """An untyped slot without the words before it that say who the person is ("and
        our son", "my wife", "datteren vår", "mannen min", "mamma"): function words and at
        least one word for a relative (conversation.yaml `others`), each before the name;
        or a list's joiner alone ("og marit", "and tamsin")."""
        from privacyguard.detect.names import stop_words

        s, e, t = slot
        if t is not None or any(c.isdigit() for c in text[s:e]):
            return slot
        words = list(_WORDS.finditer(text, s, e))
        cut, related = 0, False
        for k, m in enumerate(words[:-1]):
            low = m.group().lower()
            if low in self._relation_words or low.startswith(self._relation_stems or ("\0",)):
                cut, related = k + 1, True
            elif low in stop_words(lang) or low in self._possessives:
                cut = k + 1
            else:
                break
        if not related:
            # "og marit" before "myhre" found: the joiner is no part of the name
            joined = len(words) > 1 and words[0].group().lower() in self._joiner_words
            cut = 1 if joined else 0
        if cut == 0 or cut >= len(words):
            return slot
        return (words[cut].start(), e, None)

    def _unsigned(
        self, text: str, slots: list[tuple[int, int, str | None]]
    ) -> list[tuple[int, int, str | None]]:
        """The slots before a signature: a line of a sign-off alone ("Mvh", "С уважением,"),
        then a name on the next line; the signature (the sender's name, their number) is
        no record of a list ("ring meg på 004740650386 / Mvh / Geir Hovland / 34 42 05 26")."""
        sign_offs = self._sign_offs  # the person recognizer's weak cues (Base)
        for n, ((s, e, t), (ns, _, nt)) in enumerate(zip(slots, slots[1:], strict=False)):
            if n and t is None and nt == "PERSON" and "\n" in text[e:ns]:
                if " ".join(_WORDS.findall(text[s:e].lower())) in sign_offs:
                    return slots[:n]
        return slots

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
                return [
                    Found(found.start + s, found.end + s, etype, found.score, found.why,
                          found.provenance)
                ]  # fmt: skip
        names = self.by_type.get(etype, frozenset())
        if not names:
            return []
        return [
            Found(f.start + s, f.end + s, etype, f.score, f"{f.explanation}; {why}", f.provenance)
            for f in find(piece, names)
            if f.entity_type == etype
        ]


#: a number of a person in a list: up to three letters (a "-" after them), then digits, in
#: up to three groups joined by "-" ("K465212", "980-2389", "4172952", "AB-123456")
_MEMBER_ID = re.compile(
    r"(?<![\w+\-./@])(?P<id>(?:[^\W\d_]{1,3}-?)?\d{1,10}(?:-\d{1,9}){0,2})"
    r"(?![\w\-/@]|[.,]\d| \d)"
)

_LEAD_LETTERS = re.compile(r"\D{0,4}")
_DIGIT_GROUP = re.compile(r"\d{1,12}")
_DIGIT_RUN = re.compile(r"\d{3,64}")
#: what stands between two fields of one record ("614977329, SK 21009361"): no word, no
#: new line, no ";" (which may end a person's item, or a name missed stand between)
_NEXT_FIELD = re.compile(r"[ \t]{0,3}[,/|\-–—]?[ \t]{0,3}")
#: a token between separators
_TOKEN = re.compile(r"[^\s,;/|]{1,40}")

#: a passport's number: eight to ten letters and digits, at least six of them digits
#: ("FH1234567", "NW81K2P03", "ct737534", "123456789", "5107199426")
_PASSPORT_LIKE = re.compile(r"(?i)(?=(?:\D{0,3}\d){6})[^\W_]{8,10}")

#: the most digits of a person's number in a list (longer: an account, a national id)
_MEMBER_DIGITS = 10

#: the types whose recognizers check a checksum
_CHECKSUMMED = ("BANK_ACCOUNT", "NATIONAL_ID", "IBAN_CODE", "CREDIT_CARD")

#: the types a weak recognizer (a pattern and a context word, no checksum) or a question's
#: guess may give a person's number in a list
_GUESSED_TYPES = frozenset({"PASSPORT", "NATIONAL_ID", "BANK_ACCOUNT", "CUSTOMER_NUMBER"})


def _weak(etype: str, why: str) -> bool:
    """A finding of a number type that only a pattern and its context made (no checksum):
    a guess, which the column of a list may overrule."""
    if etype not in _GUESSED_TYPES or ("check" in why and "_shape check" not in why):
        return False  # a checksum passed (a shape's "check" is no checksum)
    return "context" in why or why.startswith("conversation")


def _id_shape(value: str) -> tuple[int, tuple[int, ...]]:
    """A number's shape: how many letters before it, and its groups of digits."""
    lead = _LEAD_LETTERS.match(value)
    letters = sum(c.isalpha() for c in lead.group()) if lead is not None else 0
    return letters, tuple(len(g) for g in _DIGIT_GROUP.findall(value))


def _kin_word(piece: str, lang: str) -> bool:
    """Words before a birth date that start with a function word ("my father", "min
    mor"): who the person is, not their name."""
    from privacyguard.detect.names import stop_words

    words = _WORDS.findall(piece)
    return bool(words) and words[0].lower() in stop_words(lang)


def _bracketed_name(text: str, s: int, e: int) -> list[Found]:
    """A capitalised Russian word in brackets after a number that pymorphy3 can read as a
    first name, however unlikely ("(Роман)", "(Вера)": also a novel, a belief)."""
    from privacyguard.detect.names import russian_name_reading

    word = text[s:e]
    if not ("\u0400" <= word[:1] <= "\u04ff" and word[:1].isupper() and word.isalpha()):
        return []
    if not russian_name_reading(word):
        return []
    return [Found(s, e, "PERSON", 0.6, "conversation: a first name in brackets by a number")]


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


def _unmarked(
    text: str,
    slot: tuple[int, int, str | None],
    named: Callable[[tuple[int, int, str | None]], bool] | None = None,
) -> tuple[int, int, str | None] | None:
    """An untyped slot without the marks of a list around it: None for an item's number
    ("1." "2)") or a label ("kids:", "barna:"), and without a bullet ("- ", "• "); a name
    of two words or more before a colon is the item's person ("randi rønning: NO17 3775 0907
    874"), when ``named`` says it starts with a first name."""
    s, e, t = slot
    if t is not None:
        return slot
    after = text[e : e + 3].lstrip(" ")
    number = text[s:e].rstrip(".)")
    bare = len(text[s:e]) - len(text[s:e].lstrip("-–—•·*> "))
    # a name of two words or more: one word before a colon is a form's label ("Бронь:")
    label = after.startswith(":") and not (
        named is not None and len(_WORDS.findall(text[s:e])) >= 2 and named((s + bare, e, t))
    )
    if label or (
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


def _lead_in(text: str, found: Sequence[Finding]) -> int:
    """Where the records start after a first line that only leads in to them ("there's 3
    of us:", "vi er 4:", "нас 3:"): a line ending in a colon, nothing found in it; else 0."""
    first, nl, rest = text.partition("\n")
    if not nl or not rest.strip() or not first.rstrip().endswith(":"):
        return 0
    end = len(first)
    return 0 if any(f.start < end for f in found) else end + 1


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

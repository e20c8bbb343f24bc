"""Values typed in pieces (within a message, or as e-mail pieces) and values split over two
adjacent messages of the same sender, addresses among them; both numbers of a correction
that names the mistyped part of the sender's previous value."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import product
from typing import cast

from rapidfuzz.distance import OSA

from privacyguard.detect.conversation.answers import NOT_CORRECTED
from privacyguard.detect.conversation.patterns import (
    _LEADING_DOTS,
    _MONEY,
    _TOWN_MARKS,
    _WORDS,
    FRAGMENT_MAX_CHARS,
    HOLD_WORDS,
    LOCATION,
    POSTCODE_DIGITS,
    _everyday_only,
)
from privacyguard.detect.conversation.state import ConversationState, FindFn, Found
from privacyguard.detect.conversation.values import Values
from privacyguard.models import Finding, Provenance

#: a note between the pieces of a value is at most this long ("sorry hit enter")
NOTE_CHARS = 40

#: the type of a date of birth, which may be typed over two messages (date_halves)
DATE_OF_BIRTH = "DATE_OF_BIRTH"

#: the longest line of an address typed in two messages
ADDRESS_LINE_CHARS = 48
#: the longest first line of an address cut inside a word ("bote", "ул. некрасов")
CUT_FIRST_CHARS = 24

#: a long number or a sign no address line holds (an account number, "@", "£")
_NO_ADDRESS_LINE = re.compile(r"\d{7}|[^\w\s,./'\-]")

#: a time asked for with its number ("2 sek", "1 min", "5 минут"): a note, no piece of a value
_TIME_ASKED = re.compile(
    r"\s{0,3}\d{1,2}\s{0,2}(?P<words>[^\W\d_]{1,12}\.?(?:[ ,]{1,2}[^\W\d_]{1,12}){0,3})[\s.!]{0,3}"
)

#: the letters that start the line after a Dutch postcode's digits ("1621" / "CK Hoorn")
_POSTCODE_LETTERS = re.compile(r"[A-Za-z]{2}(?:\s|\Z)")

#: a time of day ("18:40", "14.35"), of which no part is a number the agent asked for
_CLOCK_TIME = re.compile(r"(?<![\d.:,])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.:,]|\.\d)")

_CYRILLIC = re.compile("[\u0400-\u04ff]")

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

#: the types a piece is read as by its shape alone ("KL554": an airline's code and digits)
#: that the joined value of the type the agent asked for outweighs ("KL554" / "39")
SHAPE_ONLY_PIECES = frozenset({"FLIGHT_NUMBER"})

#: types of which some countries' numbers have no checksum (a UK sort code and account, a
#: National Insurance number): pieces of one the agent asked for join as ASKED_PIECE_TYPES'
#: do, even where the question made a piece a value of its own
UNCHECKED_PIECE_TYPES = frozenset({"BANK_ACCOUNT", "NATIONAL_ID"})

#: a piece of digits only, in groups ("029", "38 12", "0-5158884")
_DIGITS_ONLY = re.compile(r"\d{1,8}(?:[ \-]\d{1,8}){0,3}")

#: spaces and commas after a piece of a value
_SEPARATORS = re.compile(r"[\s,]{1,5}")

_DIGIT_OR_AT = re.compile(r"[\d@]")

#: a group of one to three digits: two of them joined by "-" or "." are one run of a
#: piece ("77-78", "57.58", "0.56"), unlike a date's "2026-02" or an article's "SKU-47824"
_DIGIT_GROUP = re.compile(r"\d{1,3}")

#: a group of a card number typed with dashes ("5587-1795-9535-6")
_CARD_GROUP = re.compile(r"\d{1,4}")

#: a date written with dashes or dots ("15-05-1987", "2026-11-15", "15.05.1987")
_DASHED_DATE = re.compile(r"\d{1,2}([-.])\d{1,2}\1\d{2,4}|\d{4}([-.])\d{1,2}\2\d{1,2}")

#: a group of four of an IBAN in capitals and digits, a capital among them ("NL04", "FVLB";
#: not "2026", a date's year), and the group after it (one to four)
_IBAN_GROUP = re.compile(r"(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}")
_IBAN_END = re.compile(r"[A-Z0-9]{1,4}")

#: digits right after a value found in joined pieces: the newest piece's number goes on
_GOES_ON = re.compile(r"[ .\-]?\d")

_TRAILING_DASH = re.compile(r"\s{1,5}[-–—]{1,3}\Z")

_TOKEN = re.compile(r"[A-Za-z0-9]{1,40}")

_LONE_TOKEN = re.compile(r"[a-z]{2,4}|[A-Z]{5,6}")

#: a word of letters alone that may be a remark's, typed with two letters swapped
_SWAP_WORD = re.compile(r"(?<![\w@.\-])[^\W\d_]{5,20}(?![\w@\-]|\.\w)")

#: a number's letters in lower case before its dash ("dv-zn9", "wh-286", "b-3186"), a word
#: of its own
_LOWER_PREFIX = re.compile(r"(?<![\w\-.@])[a-z]{1,3}-\Z")

_DATE_TAIL = re.compile(r"(?<![\d.\-/])\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}\Z")

_DATE_HEAD = re.compile(r"\d{1,2}(?:[./\-]\d{1,2}[./\-]\d{2,4}\b|\.?\s{1,10}[^\W\d_]{3,40})")

#: where an address may start after the customer's words for it: after a colon or a dash,
#: or a word that links the cue to it ("is", "at", "er", "i", "op", "на", "по адресу")
# an e-mail address, whole; a piece of one (letters, digits, ".", "_", "-", "+", "@")
_WHOLE_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}\.[^\W\d_]{2,24}")

#: the "." or "_" a piece of an e-mail address's local part starts with, at the start of the
#: piece (".lockhart", "de rest: .vermeulen"), not inside a word ("mail.")
_LOCAL_DOT = re.compile(r"(?<![^\s:,])[._](?=[^\W_])")

_EMAIL_PART = re.compile(r"[\w.+\-@]{1,254}")

#: a message's first token that may be a piece of an e-mail address, with its dots
_EMAIL_TOKEN = re.compile(r"[.…]{0,3}[\w.+\-@…]{1,254}")

#: a number in groups in a correction ("7244-9472", "3 5628", "-53-54", "8509 9814 0532")
_GROUPED_DIGITS = re.compile(r"(?<![\w.,+\-])-?\d{1,12}(?:[ \-.]\d{1,12}){0,5}(?![\w\-]|[.,]\d)")

#: the most days of a month: two groups joined by "/" that may be a day and a month are a
#: date's ("8/12"), not a number's
MONTH_DAYS = 31

#: the most digits a correction's two numbers differ in ("7244" for "7744": one)
CORRECTED_DIGITS = 2

#: the score of both numbers of a correction that names the wrong digits: the wrong ones
#: repeat the previous value, which outweighs a recognizer's guess from the question
#: ("140964 not 140464" of a sort code and account is no customer number)
PAIR_SCORE = 0.9

#: the fewest digits of a number that corrects the end of the previous value without
#: naming a correction ("488939" of "07498 888939")
TAIL_DIGITS = 5

#: the fewest digits of a mistyped value corrected in the next message
MISTYPED_DIGITS = 8

#: the fewest characters of a value typed again whole with a digit put right ("BMAQ99" /
#: "nei vent, BMAQ98")
WHOLE_CORRECTED = 6
#: its score: below a recognizer's, whose reading of a value it finds (a checksum that
#: passes) outweighs the previous value's type ("329216858" / "ik bedoel 329816858")
WHOLE_SCORE = 0.5

#: the marks at the ends of a piece that say where a value was cut ("BJRY-", "-9200-", "49.")
_CUT_MARKS = "-.…–—"


def _uncut(text: str, start: int, end: int) -> tuple[int, int]:
    """A piece's span without the dashes and dots at its ends that mark where the value was
    cut ("BJRY-", "-9200-", "49.", "...6319"), when a character is left."""
    while end - start > 1 and text[end - 1] in _CUT_MARKS:
        end -= 1
    while end - start > 1 and text[start] in _CUT_MARKS:
        start += 1
    return start, end


def _email_uncut(text: str, start: int, end: int, last: bool) -> tuple[int, int]:
    """A piece of an e-mail address without the dash that marks its cut ("riman@fastmai-",
    "gle-"), and the last piece without its sentence's full stop ("l.com.")."""
    marks = "-–—." if last else "-–—"
    while end - start > 1 and text[end - 1] in marks:
        end -= 1
    return start, end


def _typo_of(wrong: str, right: str) -> bool:
    """Is ``right`` the piece ``wrong`` typed again with a typo put right: one or two letters
    or digits other, left out, added or swapped ("5210 1039 3581" / "5200 1039 3581",
    "d.ocm" / "d.com", "oon.o" / "oo.no"), not another piece ("2221" / "7")?"""
    a, b = wrong.lower(), right.lower()
    if a == b or min(len(a), len(b)) < 2:
        return False
    # the optimal string alignment distance (a swap of two neighbours is one edit)
    apart = OSA.distance(a, b)
    return apart <= min(CORRECTED_DIGITS, max(len(a), len(b)) // 2)


def _digits_apart(a: str, b: str) -> int:
    """In how many places two values of one length differ, each a digit for a digit; more
    than a typo's CORRECTED_DIGITS where a letter or a mark differs."""
    apart = 0
    for x, y in zip(a, b, strict=True):
        if x != y:
            if not (x.isdigit() and y.isdigit()):
                return max(len(a), CORRECTED_DIGITS) + 1
            apart += 1
    return apart


class Pieces(Values):
    """Values in pieces and split over two messages."""

    def correction(
        self, text: str, words: list[str], state: ConversationState, sender: tuple
    ) -> list[Found]:
        """The corrections of part of the sender's previous value (see Answers.correction),
        and both numbers of a correction that names the wrong part too (corrected_pair)."""
        out = super().correction(text, words, state, sender)
        pair = (
            self.corrected_pair(text, state, sender)
            or self.corrected_tail(text, state, sender)
            or self.corrected_whole(text, words, state, sender)
        )
        if not pair:
            return out
        kept = [f for f in out if not any(f.start < p.end and p.start < f.end for p in pair)]
        return kept + pair

    def corrected_whole(
        self, text: str, words: list[str], state: ConversationState, sender: tuple
    ) -> list[Found]:
        """The whole value of the sender's previous message typed again with one or two
        digits put right, after a correction's words ("5376 3422 9256 8004" / "klopt niet,
        moet 5376 3422 9256 2004 zijn", "M2960695" / "feil, skal være M2960615", "rettelse:
        04793712945"): of that value's very shape (its letters and marks in the same
        places), as its type, though a checksum may fail: the customer says it is their
        value. The value must have WHOLE_CORRECTED characters or more, two digits or more;
        an agent's words between ("Takk, sjekker…") leave it a correction, as the very
        shape and the correction's words say."""
        if len(text) > NOTE_CHARS * 2 or not self._corrections.mentions(words):
            return []
        low = text.lower()
        # the newest values first: the one the customer typed last is the one corrected
        for value, etype in reversed(state.values.items()):
            if etype in NOT_CORRECTED or not WHOLE_CORRECTED <= len(value) <= len(text):
                continue
            if sum(c.isdigit() for c in value) < CORRECTED_DIGITS:
                continue  # a name, a word: no digit to put right
            n = len(value)
            for start in range(len(text) - n + 1):
                if start and low[start - 1].isalnum():
                    continue
                if start + n < len(text) and low[start + n].isalnum():
                    continue
                if 0 < _digits_apart(low[start : start + n], value) <= CORRECTED_DIGITS:
                    why = (
                        "conversation: the value in the sender's previous message, typed "
                        "again with a digit put right"
                    )
                    return [Found(start, start + n, etype, WHOLE_SCORE, why)]
        return []

    def corrected_tail(self, text: str, state: ConversationState, sender: tuple) -> list[Found]:
        """A short message's one number of five digits or more that is the end of the value
        in the sender's previous message but for one digit (two of eight digits or more):
        "07498 888939" / "the last digits are 488939 not what I put"; the corrected end of
        that value, its type. No amount ("paid £11840")."""
        if len(text) > NOTE_CHARS * 2:
            return []
        last = state.last_types.get(sender, frozenset()) - NOT_CORRECTED
        if not last:
            return []
        runs = [m for m in _GROUPED_DIGITS.finditer(text) if sum(c.isdigit() for c in m[0]) >= 2]
        if len(runs) != 1:
            return []
        (run,) = runs
        digits = "".join(c for c in run[0] if c.isdigit())
        if len(digits) < TAIL_DIGITS or _MONEY.search(text):
            return []  # "paid £1184": an amount, not the end of a number
        # one digit other in a short end, two in one of eight digits or more
        most = CORRECTED_DIGITS if len(digits) >= 2 * TAIL_DIGITS else 1
        for value, etype in state.values.items():
            if etype not in last:
                continue
            whole = "".join(c for c in value if c.isdigit())
            tail = whole[-len(digits) :]
            if len(whole) <= len(digits) or tail == digits:
                continue  # the whole value again: the recognizers read it
            if _digits_apart(tail, digits) <= most:
                why = "conversation: corrects the end of the value in the sender's previous message"
                return [Found(run.start(), run.end(), etype, PAIR_SCORE, why)]
        return []

    def corrected_pair(self, text: str, state: ConversationState, sender: tuple) -> list[Found]:
        """Both numbers of a correction that names the wrong digits after a negation ("the
        last digits are 7244-9472 not 7744-9472", "7893 33, niet 7823 33", "6864, ikke
        6804", "59-14, а не 56-14", "not 629 but 619"): the wrong one repeats digits of a
        value the sender gave in their previous message, the right one has as many digits
        and differs in one or two. Both are that value's type: the wrong digits are the
        customer's value all the same, but for a typo."""
        if self._negated is None or len(text) > 160:
            return []
        last = state.last_types.get(sender, frozenset()) - NOT_CORRECTED
        if not last:
            return []
        runs = [m for m in _GROUPED_DIGITS.finditer(text) if sum(c.isdigit() for c in m[0]) >= 2]
        for k, wrong in enumerate(runs):
            if not self._negated.search(text, 0, wrong.start()):
                continue  # "not" right before it: the wrong digits
            right = runs[k - 1] if k else (runs[1] if len(runs) > 1 else None)
            if right is None:
                continue
            a = "".join(c for c in right[0] if c.isdigit())
            b = "".join(c for c in wrong[0] if c.isdigit())
            if len(a) != len(b):
                continue
            if not 0 < _digits_apart(a, b) <= CORRECTED_DIGITS:
                continue  # the same digits, or more than a typo apart
            etype = next(
                (
                    t
                    for v, t in state.values.items()
                    if t in last and b in "".join(c for c in v if c.isdigit())
                ),
                None,
            )
            if etype is None:
                continue  # no value of the sender's last message holds the wrong digits
            why = (
                "conversation: corrects part of the value in the sender's previous message, "
                "and names the mistyped part"
            )
            return [
                Found(right.start(), right.end(), etype, PAIR_SCORE, why),
                Found(wrong.start(), wrong.end(), etype, PAIR_SCORE, why),
            ]
        return []

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
            # but the letter that ends a number's run, the message's last but a remark
            # ("8 10 A": a national insurance number's last letter)
            valuey = valuey or (
                len(token) == 1
                and token.isupper()
                and last.isdigit()
                and bool(runs)
                and runs[-1][1] == m.start() - 1
                and text[m.start() - 1] == " "
                and (
                    not any(c.isalnum() for c in text[m.end() :])
                    or self._sent_early(text, m.end())  # "8 52 A sorry"
                )
            )
            if not valuey:
                continue
            prefix = _LOWER_PREFIX.search(text, max(0, m.start() - 5), m.start())
            if (
                prefix is not None
                and prefix.group()[:-1] not in self._other_prefixes
                and (not runs or runs[-1][1] < prefix.start())
            ):
                # "dv-zn9", "wh-286": the number's letters in lower case start its run
                runs.append([prefix.start(), m.end()])
                last = token
                continue
            gap = text[runs[-1][1] : m.start()] if runs else None
            pair = (
                (
                    gap in ("-", ".", " (", "(", ") ", ")")
                    and _DIGIT_GROUP.fullmatch(token)
                    and _DIGIT_GROUP.fullmatch(last)
                )
                or (
                    gap == "/"
                    and _DIGIT_GROUP.fullmatch(token)
                    and _DIGIT_GROUP.fullmatch(last)
                    and max(int(token), int(last)) > MONTH_DAYS
                )  # "46/75": a phone number's groups, not a date's "8/12"
                or (
                    gap in (")", ") ")
                    and _DIGIT_GROUP.fullmatch(last)
                    and token.isdigit()
                    and "(" in text[: m.start()]
                )  # "+44 (0)7908": a trunk prefix in brackets, then the number
                or (
                    gap == "-"
                    and last.isalpha()
                    and last.lower() not in self._other_prefixes  # "SKU-", "SO-": no piece
                    and (token.isdigit() or (last.isupper() and not token.islower()))
                    and (
                        runs[-1][0] == m.start() - len(last) - 1
                        or text[m.start() - len(last) - 2] == "-"
                    )
                )  # "HR-8047": a number's letters; "DV-GB661", "VP-KDT-0693": its groups
                or (
                    gap in ("-", ".")
                    and len(last) == 4
                    and last.isdigit()
                    and _CARD_GROUP.fullmatch(token)
                    and (len(token) == 4 or not any(c.isdigit() for c in text[m.end() :]))
                )
                or (
                    gap in ("-", ".")
                    and last.isdigit()
                    and token.isdigit()
                    and len(token) >= 4
                    and not _DASHED_DATE.fullmatch(text, runs[-1][0], m.end())
                )
                or (gap is not None and gap.strip() == "№" and last.isdigit() and token.isdigit())
                or (
                    gap in (".", "-") and _IBAN_GROUP.fullmatch(last) and _IBAN_END.fullmatch(token)
                )
            )  # "77-78", "8 (928)": a phone number's groups; "1257-0609-9": a card's, not
            # a date's ("2026-11-15"); "66-0482-1712", "7-7925091337", "74.77675": a
            # number's groups;
            # "75№85": a Russian passport's series and number; "NL04.FVLB", "BE52-0017": an
            # IBAN's groups of four
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
        elif start and text[start - 1] == "(" and text.startswith(")", end):
            start -= 1  # "8 …" / "(968)": an area code in brackets
        if (
            end < len(text)
            and text[end] in ".-)"
            and (text[end - 1].isdigit() or _IBAN_GROUP.fullmatch(text, end - 4, end))
        ):
            rest = text[end + 1 :]
            trailing = self._trailing is not None and self._trailing.fullmatch(rest)
            early = text[end] == ")" and self._sent_early(text, end + 1)
            # "8 (991) …": a bracket closed before dots that say more is to come
            closed = text[end] == ")" and not rest.strip(" .…")
            if not rest.strip() or closed or trailing or early:
                # "8602. og" / "57.58" / "406": an account number's groups; "990-246-",
                # "8 (928)": a number that goes on; "8 (843) сорри": sent too early
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
        lead = self._lead.match(text, at) if self._lead is not None else None
        if lead is not None and lead.end() > at and not any(c in m.group() for c in "@."):
            # "ok a.sandvik@ (sorry)", "так, lapin.svyatoslav@": a filler word before the
            # piece, which holds an address's "@" or "."
            after = _EMAIL_TOKEN.match(text, lead.end())
            if after is not None and (
                any(c in after.group() for c in "@.")
                or not any(c.isalnum() for c in text[after.end() :])
            ):
                # and a filler word before the message's last token ("ok vaarin" /
                # "og 96@altibox.no"): the start of the address or not, as the pieces tell
                m = after
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
        if not piece or not _EMAIL_PART.fullmatch(piece):
            return None
        if piece != "@" and not any(c.isalpha() for c in piece):
            return None  # but the "@" alone between the halves ("harriet97" / "@" / "gmail.com")
        if rest and len(rest.split()) > 6:
            return None  # more than a remark after it ("oops", "sorry hit enter too soon")
        return start, end

    def _email_pieces(
        self, texts: Sequence[str], find: FindFn, asked: bool = False
    ) -> list[list[Found]] | None:
        """An e-mail address typed in two or three pieces, each all of its message but a
        remark ("idunmore@vi..." / "rgin" / "media.com oops"): joined without spaces,
        exactly one address, the "@" in one piece; per text, the Found of its piece.
        ``asked``: the agent asked for an e-mail address, and a first piece without "." or
        "_" may start it too ("garethpenhali" / "gon62@gmail.com")."""
        spans = [self._email_piece(t) for t in texts]
        # each chain as typed, then without the dashes that mark its cuts and the full
        # stop after its last piece ("hamish_mer..." / "and riman@fastmai-" / "l.com.")
        for first, cut in product(range(max(0, len(texts) - 3), len(texts) - 1), (False, True)):
            chain = spans[first:]
            if any(c is None for c in chain):
                continue
            if cut:
                typed = cast("list[tuple[int, int]]", chain)
                last = len(typed) - 1
                chain = [
                    _email_uncut(t, s, e, k == last)
                    for k, (t, (s, e)) in enumerate(zip(texts[first:], typed, strict=True))
                ]
                if chain == typed:
                    continue  # no marks at the cuts: tried as typed
            parts = [
                t[s:e]
                for t, (s, e) in zip(
                    texts[first:], cast("list[tuple[int, int]]", chain), strict=True
                )
            ]
            joined = "".join(parts)
            if sum(p.count("@") for p in parts) != 1 or not _WHOLE_EMAIL.fullmatch(joined):
                continue
            if "@" not in parts[0] and not self._local_part_alone(texts[first], parts[0]):
                # "Kiel" / "PX2553B" before an address is no piece of it; where the agent
                # asked for the address, a piece without "." or "_" may start it, when each
                # piece is all of its message but a remark that it was sent too early
                if not asked or not all(
                    self._piece_alone(t, span) for t, span in zip(texts[first:], chain, strict=True)
                ):
                    continue
                lead, end = texts[first], cast("tuple[int, int]", chain[0])[1]
                # "margriet" / ".vermeulen" / "@live.nl": the next piece goes on with the
                # local part's "." or "_", so a first piece that is also a word ("margriet",
                # "stale") starts it too
                # and so does one typed before two pieces more, each a message of its own,
                # where a piece before the last ends in the marks of a cut ("it's mer" /
                # "rim..." / "an.rory@hotmail.co.uk that's it"): the customer says it goes
                # on; a remark's word ("ok", "sorry") still starts none
                cut_marked = any(
                    t.rstrip().endswith(("...", "…", "-")) for t in texts[first:-1]
                )
                dotted = parts[1][:1] in (".", "_") or (len(parts) >= 3 and cut_marked)
                if not self._local_part_alone(lead[:end], parts[0], asked, dotted):
                    continue
            hits = [f for f in find(joined, frozenset()) if f.entity_type == "EMAIL_ADDRESS"]
            if not any((f.start, f.end) == (0, len(joined)) for f in hits):
                continue
            hit = next(f for f in hits if (f.start, f.end) == (0, len(joined)))
            why = f"{hit.explanation}; one value typed over {len(parts)} messages"
            out: list[list[Found]] = [[] for _ in texts]
            for k, (s, e) in enumerate(cast("list[tuple[int, int]]", chain)):
                out[first + k] = [Found(s, e, "EMAIL_ADDRESS", hit.score, why, hit.provenance)]
            return out
        return None

    def pieces(
        self,
        texts: Sequence[str],
        names: frozenset[str],
        find: FindFn,
        weak: bool = False,
    ) -> list[list[Found]]:
        """The pieces of a value (``_pieces``); where they join to none, and the newest
        message corrects the piece before it ("2221" / "5210 1039 3581" / "sorry typo, it's
        5200 1039 3581", "i.sorensen@iclou" / "d.ocm" / "skal være d.com"), the pieces with
        the corrected one: the mistyped piece is the customer's value all the same, of its
        type, marked mistyped."""
        if self.fragment(texts[-1]) is not None:
            out = self._pieces(texts, names, find, weak)
        else:
            out = [[] for _ in texts]  # "skal være d.com": a correction's last word only
        if any(out) or len(texts) < 3:
            return out
        wrong = self.piece_span(texts[-2])
        right = self.piece_span(texts[-1])
        if wrong is None or right is None:
            return out
        if not _typo_of(texts[-2][wrong[0] : wrong[1]], texts[-1][right[0] : right[1]]):
            return out
        # the correction's words before the piece ("feil,", "ugh wrong one,") are no piece
        inner = self._pieces(
            [*texts[:-2], texts[-1][right[0] : right[1]]], names, find, weak
        )
        if not inner[-1]:
            return out
        hit = inner[-1][0]
        why = f"{hit.why}; mistyped, then corrected in the sender's next message"
        mistyped = Found(
            wrong[0], wrong[1], hit.entity_type, hit.score, why,
            hit.provenance | Provenance.MISTYPED,
        )  # fmt: skip
        shifted = [
            Found(f.start + right[0], f.end + right[0], f.entity_type, f.score, f.why,
                  f.provenance)
            for f in inner[-1]
        ]  # fmt: skip
        return [*inner[:-1], [mistyped], shifted]

    def piece_span(self, text: str) -> tuple[int, int] | None:
        """The one piece of a value a short message holds (``fragment``), or its last word
        as a piece of an e-mail address ("feil, oo.no", "skal være d.com")."""
        span = self.fragment(text)
        if span is not None:
            return span
        if len(text) > FRAGMENT_MAX_CHARS:
            return None
        words = list(_EMAIL_TOKEN.finditer(text))
        if not words:
            return None
        last = words[-1]
        piece = last.group().strip(".…")
        if not piece or not _EMAIL_PART.fullmatch(piece) or not any(c in ".@" for c in piece):
            return None
        if any(c.isalnum() for c in text[last.end() :]):
            return None
        start = text.index(piece, last.start())
        return start, start + len(piece)

    def _pieces(
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
        texts = [self.unswapped(t) for t in texts]
        email_asked = bool(self.by_type.get("EMAIL_ADDRESS", frozenset()) & names)
        notes = [
            k
            for k, t in enumerate(texts[:-1])
            if self._note_between(t)
            # "NO" / "7 ..." a piece; "2 sek" a time asked for
            and (self.fragment(t) is None or self._time_asked(t))
            and not (email_asked and self._local_part_sent_early(t))
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
        # a piece found as a value of its own ("weak": "57qtas", the booking code asked for
        # with the address) starts no address
        email = self._email_pieces(texts, find, email_asked and not weak)
        if email is not None:
            return email
        # a piece found as a value of its own ("weak"): only an IBAN's checksum outweighs it,
        # and a card's where the agent asked for the card ("5161-0676-" / "5589-1060")
        types = (self._asked_cards(names) | STRONG_PIECE_TYPES) if weak else PIECE_TYPES
        # what the agent asked for: pieces that join to exactly one value of it, none of
        # them long enough to be one ("YT" / "X56S", "971 …" / "228495 oops"); a bank
        # account's or a national id's too, where the question made a piece a value of its
        # own ("28-1 oops" / "6-50 080372" / "76": a sort code and account; "ot813" / "598b")
        asked = frozenset(t for t, recs in self.by_type.items() if recs & names) & (
            ASKED_PIECE_TYPES | UNCHECKED_PIECE_TYPES
        )
        spans = [self.fragment(t) for t in texts]
        out: list[list[Found]] = [[] for _ in texts]
        if spans[-1] is None:
            return out  # the newest text is no piece ("0751.073.8025" cut from a correction)
        earliest = len(texts) - 1
        while earliest > 0 and spans[earliest - 1] is not None:
            earliest -= 1  # the earliest piece of the run of pieces that ends now
        # the most pieces first; each chain as typed, then without the marks at its cuts
        # ("BJRY-" / "2M..." / "LK4", "WB-" / "-9200-" / "49.", "3959-" / "-5288.")
        for first, cut in product(range(earliest, len(texts) - 1), (False, True)):
            # every span from `earliest` on is a piece (the newest text's too: it was asked)
            typed = cast("list[tuple[int, int]]", spans[first:])
            uncut = [_uncut(texts[first + k], s, e) for k, (s, e) in enumerate(typed)]
            if cut and uncut == typed:
                continue  # no marks at the cuts: tried as typed
            chain = uncut if cut else typed
            joined, starts = "", []
            for k, (s, e) in enumerate(chain):
                starts.append(len(joined))
                joined += texts[first + k][s:e]
            found = find(joined, names)
            bare = asked and len(chain) <= 3 and self._bare_pieces(texts[first:], chain)
            if bare:
                found += self._whole_piece_value(joined, found, asked, chain, texts[first:])
            # digits alone in each message that only joined make a valid phone number
            # ("029" / "29" / "494150", "06" / "513849" / "56"): whatever the question's words
            dialled = (
                not weak
                and len(chain) <= 3
                and all(
                    _DIGITS_ONLY.fullmatch(texts[first + k][s:e]) for k, (s, e) in enumerate(chain)
                )
                and self._bare_pieces(texts[first:], chain)
            )
            own: set[str] | None = None  # the types the pieces are found as alone
            for f in found:
                whole = bare and f.entity_type in asked and (f.start, f.end) == (0, len(joined))
                whole = whole or (
                    dialled
                    and f.entity_type == "PHONE_NUMBER"
                    and (f.start, f.end) == (0, len(joined))
                )
                if cut and (f.start, f.end) != (0, len(joined)):
                    continue  # without the marks, only the pieces as one whole value
                if whole and weak:
                    if own is None:
                        own = {
                            g.entity_type
                            for k, (s, e) in enumerate(chain)
                            for g in find(texts[first + k][s:e], names)
                        }
                    # "06 20077167" (a phone number) / "correctie: 76" is no customer number;
                    # but "KL554" / "39" is one, no flight the agent asked for
                    whole = own - self.unasked_shapes(names) <= {f.entity_type}
                if not whole and (f.entity_type not in types or f.start >= starts[1]):
                    continue
                if f.end <= starts[-1]:
                    continue  # it does not reach the newest piece
                if _GOES_ON.match(joined, f.end):
                    continue  # "2027-631247" / "7104 16222": it stops inside a number
                if any(
                    self.named_otherwise(texts[first + k], s, f.entity_type)
                    for k, (s, _) in enumerate(chain)
                ):
                    continue  # "het gaat om artikel 73314" / "2 stuks": an article's number
                why = f"{f.explanation}; one value typed over {len(chain)} messages"
                for k, (s, e) in enumerate(chain):
                    a = max(f.start, starts[k]) - starts[k]
                    b = min(f.end, starts[k] + (e - s)) - starts[k]
                    start, end = s + a, s + b
                    if (start, end) == (s, e):
                        start, end = typed[k]  # the whole piece: its marks too ("-9200-")
                    out[first + k].append(
                        Found(start, end, f.entity_type, f.score, why, f.provenance)
                    )
                return out
        return out

    def unasked_shapes(self, names: frozenset[str]) -> frozenset[str]:
        """The types a piece may be read as by its letters alone (an airline's code and
        digits: "KL554"), but for one the agent asked for."""
        return frozenset(
            t for t in SHAPE_ONLY_PIECES if not (self.by_type.get(t, frozenset()) & names)
        )

    def _asked_cards(self, names: frozenset[str]) -> frozenset[str]:
        """CREDIT_CARD where the agent asked for a card number, else nothing."""
        asked = self.by_type.get("CREDIT_CARD", frozenset()) & names
        return frozenset({"CREDIT_CARD"}) if asked else frozenset()

    def email_piece_alone(self, text: str) -> bool:
        """Is the message one piece of an e-mail address alone ("sian.", "garethpenhali",
        "winterbour sorry sent too early")?"""
        return self._piece_alone(text, self._email_piece(text))

    def _piece_alone(self, text: str, span: tuple[int, int] | None) -> bool:
        """All of the message is the piece, but for marks, or a remark that it was sent too
        early ("winterbour sorry sent too early")."""
        if span is None:
            return False
        start, end = span
        if any(c.isalnum() for c in text[self._lead_end(text) : start]):
            return False  # but "de rest: .vermeulen", "sorry, trykket enter for tidlig @gmail.com"
        return not any(c.isalnum() for c in text[end:]) or self._sent_early(text, end)

    def _local_part_sent_early(self, text: str) -> bool:
        """The start of an e-mail address's local part, then the remark that it was sent too
        early ("winterbour sorry sent too early"), not a note ("sorry hit enter")."""
        span = self._email_piece(text)
        if span is None or not self._sent_early(text, span[1]):
            return False
        return self._local_part_alone(text[: span[1]], text[span[0] : span[1]], True)

    def _time_asked(self, text: str) -> bool:
        """A time asked for with its number, words of a hold only ("2 sek", "1 min"): no
        piece of a value, unlike "15 oops" or "48 sorry, trykket enter"; nor a word alone
        that says more is to come ("76 wait": a hold's word and a continuation's)."""
        timed = _TIME_ASKED.fullmatch(text)
        if timed is None:
            return False
        if self._trailing is not None and self._trailing.fullmatch(timed.group("words")):
            return False  # "76 wait", "12 cont": a word that says more is to come
        from privacyguard.detect.context import context_words

        words = context_words(timed.group("words"))
        return bool(words) and all(self.hold.mentions([w]) for w in words)

    def _note_between(self, text: str) -> bool:
        """A short note without a digit between the pieces of a value ("sorry hit enter",
        "wacht er komt nog meer", "vent, mer kommer", "подождите, ещё не всё"), or one of
        marks only ("...", "…"): the customer is still typing."""
        if len(text) > NOTE_CHARS or "@" in text:
            return False
        if any(c.isdigit() for c in text):
            return self._time_asked(text)
        if text.strip() and not any(c.isalnum() for c in text):
            return True  # "...", "…", "--"
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
            out.append(
                Finding("", a.entity_type, a.start, a.end, a.score, "conversation", a.why,
                        provenance=a.provenance)
            )  # fmt: skip
        return out

    def split(
        self, before: str, after: str, names: frozenset[str], find: FindFn
    ) -> list[tuple[Found, Found]]:
        """A value that starts at the end of one message and ends at the start of the
        next one of the same sender ("NL20 INGB" / "rest is 0001 2345 67"): its part in
        each message. An address asked for and typed in two lines is one too, and so is a
        mistyped value and its correction (``mistyped_before``)."""
        before, after = self.unswapped(before), self.unswapped(after)
        halves = self._address_halves(before, after, names) or self._address_cut(
            before, after, names
        )
        if halves:
            return halves
        mistyped = self.mistyped_before(before, after, names, find)
        if mistyped:
            return mistyped
        tail_end = len(before.rstrip())
        if before[:tail_end].endswith(("...", "…")):
            tail_end = len(before[:tail_end].rstrip(".… "))  # "NL20 INGB..." / "0001 ..."
        dash = _TRAILING_DASH.search(before, 0, tail_end)
        if dash:
            tail_end = dash.start()  # "esme.radcliffe -" / "@virginmedia.com"
        tail_end = self._before_remark(before, tail_end)
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

    def date_halves(self, before: str, after: str, lang: str) -> list[tuple[Found, Found]]:
        """A date of birth asked for and typed over two messages of the sender, cut anywhere:
        between its day and month and its year ("25" / "August 1991", "8 juni" / "1971",
        "19.01." / "2007", "06" / ".05.1995"), inside its year ("28.10.1" / "950", "8. mai
        19" / "92") or inside its month's word ("Augu" / "st 5, 2004"). Both parts, when
        neither is a whole date of birth and the two joined, without a space or with one,
        are one by the answers' shapes (a plausible birth date). The caller makes sure a
        date of birth is asked for: a date in two messages is no one's birth date else (a
        travel date, an appointment)."""
        kind = frozenset({DATE_OF_BIRTH})
        if len(before) > FRAGMENT_MAX_CHARS or len(after) > FRAGMENT_MAX_CHARS:
            return []
        b0 = self._lead_end(before)
        end = len(before.rstrip())
        if before[:end].endswith(("...", "…")):
            end = len(before[:end].rstrip(".… "))  # "28.10.1..." goes on; "19.01." keeps its dot
        dash = _TRAILING_DASH.search(before, 0, end)
        if dash:
            end = dash.start()  # "04. -": the mark of a cut, no part of the date
        ends = sorted({end, self.body(before)[1]}, reverse=True)  # "15.04. sorry, too early"
        a0 = self._lead_end(after)
        dots = _LEADING_DOTS.match(after, a0)
        if dots is not None:
            a0 = dots.end()  # "... 1990": the dots that say it goes on
        a1 = self.body(after)[1]
        if a0 >= a1:
            return []
        second = after[a0:a1]
        if not any(c.isdigit() for c in before[b0:end] + second):
            return []  # every date of birth has a digit
        if self._whole(second, lang, kind):
            return []  # a whole date again: a correction or another person's, read as such
        for b1 in ends:
            first = before[b0:b1]
            if not first.strip() or first != first.strip():
                continue
            whole = self._whole(first, lang, kind)
            for glue in ("", " "):
                if whole and not (glue == "" and first[-1].isdigit() and second[0].isdigit()):
                    continue  # a whole date, but for a year typed on ("8. mai 19" / "92")
                joined = first + glue + second
                hits = self.answers(joined, lang, kind)
                hit = next((a for a in hits if (a.start, a.end) == (0, len(joined))), None)
                if hit is None:
                    continue
                why = f"{hit.why}; a date of birth asked for, typed over two messages"
                return [
                    (
                        Found(b0, b1, DATE_OF_BIRTH, hit.score, why, hit.provenance),
                        Found(a0, a1, DATE_OF_BIRTH, hit.score, why, hit.provenance),
                    )
                ]
        return []

    def _whole(self, text: str, lang: str, kind: frozenset[str]) -> bool:
        """Is all of the text an answer of one of the types' shapes?"""
        body = self.body(text)
        return any((a.start, a.end) == body for a in self.answers(text, lang, kind))

    def _before_remark(self, before: str, tail_end: int) -> int:
        """The end of an e-mail address's first piece before the remark after it
        ("alena.selezneva wait", "arseniy.mel oops sent too early", "rhys.yelland oops
        sent too early"): a hedge, or one word that says more is to come; only after a
        piece without a digit, of an address's characters, the whole message but the
        remark (numbers keep their words: "+7 933 wait" is read as before)."""
        cut = None
        hedge = self._hedges.search(before, 0, tail_end) if self._hedges else None
        if hedge is not None:
            cut = hedge.start()
        else:
            space = before.rfind(" ", 0, tail_end)
            trailing = self._trailing
            if space > 0 and trailing is not None and trailing.fullmatch(before, space, tail_end):
                cut = space
        if cut is None:
            return tail_end
        piece = before[:cut].strip()
        if (
            not piece
            or any(c.isdigit() or c.isspace() for c in piece)
            or not _EMAIL_PART.fullmatch(piece)
            or not any(c in "._" for c in piece)
        ):
            return tail_end
        return len(before[:cut].rstrip())

    def mistyped_before(
        self, before: str, after: str, names: frozenset[str], find: FindFn
    ) -> list[tuple[Found, Found]]:
        """A value that ended the sender's previous message (all of it, or after a few
        words), corrected in this one ("5415 5842 8335 8919" / "исправляю: 5415 5842 8335
        8019", "IBAN GB97 NWBK 5276 5363 7867 61" / "correction GB97 NWBK ... 7860 61"):
        the value found now, of a type that can be split, and the previous one of its very
        shape (its letters and marks in the same places) but for one or two digits, is that
        type too, though its checksum fails; the mistyped value is the customer's all the
        same."""
        b0, b1 = self.body(before)
        if sum(c.isdigit() for c in before[b0:b1]) < MISTYPED_DIGITS or b1 - b0 > 60:
            return []
        for f in find(after, names):
            if f.entity_type not in self.split_types:
                continue
            value = after[f.start : f.end]
            # the value ends the previous message, all of it or after a few words ("IBAN
            # GB97 NWBK ..."), on a word's start
            start = b1 - len(value)
            if start < b0 or (start > b0 and before[start - 1] not in " \t:"):
                continue
            other = _digits_apart(before[start:b1].lower(), value.lower())
            if not 0 < other <= CORRECTED_DIGITS:
                continue
            why = (
                "conversation: mistyped, then corrected in the sender's next message as a "
                f"value of this type ({f.explanation})"
            )
            return [
                (
                    Found(start, b1, f.entity_type, f.score, why, f.provenance),
                    Found(f.start, f.end, f.entity_type, f.score, f.explanation, f.provenance),
                )
            ]
        return []

    def _local_part_alone(
        self, before: str, word: str, asked: bool = False, dotted: bool = False
    ) -> bool:
        """The message is the start of an e-mail address's local part alone ("rosalind.m…",
        "efimov."), not a word ("Kiel"), a code ("PX2553B") or a date ("2.9"). Where the
        agent asked for an e-mail address (``asked``), a lower-case piece without "." or "_"
        that is no everyday word does too ("garethpenhali", "sverregr", "lyudmi"), and an
        everyday word where the next piece goes on with "." or "_" (``dotted``)."""
        head = word.strip(" .…")
        if before[self._lead_end(before) :].strip(" .…-–—") != head or not any(
            c.isalpha() for c in head
        ):
            return False
        if not word.islower():
            return False
        if any(c in "._" for c in word):
            return True
        # two letters ("tr" / "ygve99@getmail.no"): most are in a dictionary as some
        # abbreviation, so only a remark's, a filler's, a greeting's ("hi", "да", "nei") or
        # a thank-you's word is said
        short = len(head) == 2
        said = self._said_word(head, not dotted and not short) or (
            short and (head in self._thanks or head in self._not_names or self._filler_word(head))
        )
        return asked and len(head) >= 2 and head.isascii() and not said

    def unswapped(self, text: str) -> str:
        """The text with a remark's words typed with two letters swapped put right ("sorry
        pressed enetr 964", "sorry trkyket enter", "atlså vikl@y"); of the same length, so
        offsets in one are offsets in the other. A word of the text that is a word of the
        language stays as it is."""
        if not self._swapped:
            return text
        from privacyguard.detect.names import everyday_word

        def fix(m: re.Match[str]) -> str:
            word = m.group()
            right = self._swapped.get(word.lower())
            if right is None or everyday_word(word.lower()):
                return word
            return right if word.islower() else right.capitalize() if word[0].isupper() else word

        return _SWAP_WORD.sub(fix, text)

    def _lead_end(self, text: str) -> int:
        """Where a piece starts after the words before it: those of a continuation ("de
        rest:", "fortsetter:") or a filler ("dus", "it's", "ok", "это")."""
        at = self._continued(text)
        lead = self._lead.match(text, at) if self._lead is not None else None
        return lead.end() if lead is not None else at

    def _filler_word(self, word: str) -> bool:
        """A filler word before an answer ("ok", "ja", "ну")."""
        return self._filler_word_re is not None and self._filler_word_re.fullmatch(word) is not None

    def _said_word(self, word: str, everyday: bool = True) -> bool:
        """A word of the language ("sorry", "oops", "sure", "halv"), not a piece of a value;
        without ``everyday``, only the words of a remark ("sorry", "ok", "sec")."""
        from privacyguard.detect.names import everyday_word

        return (
            (everyday and word.isalpha() and everyday_word(word))
            or word in self._go_on
            or self.hold.mentions([word])
            or self._corrections.mentions([word])
            or (self._hedges is not None and self._hedges.match(" " + word) is not None)
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
                begin = tail_start + f.start
                if f.entity_type == "EMAIL_ADDRESS" and _LOCAL_DOT.match(before, begin - 1):
                    begin -= 1  # ".lockhart" / "@sky.com": the local part goes on after a dot
                first_part = Found(begin, tail_end, f.entity_type, f.score, why, f.provenance)
                end = head_start + f.end - cut - len(glue)
                second = Found(head_start, end, f.entity_type, f.score, why, f.provenance)
                out.append((first_part, second))
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
        # "sorry pressed enter too early Low Road, ...", "ой, рано нажала ул. ...": the
        # second line after the remark that the first was sent too early
        a0 = min(max(a0, self._continued(after)), a1)
        if not (0 < b1 - b0 <= ADDRESS_LINE_CHARS and 0 < a1 - a0 <= ADDRESS_LINE_CHARS):
            return []
        if before[b1 : b1 + 1] == "." and before[:b1].rsplit(None, 1)[-1].lower() in (
            self._street_words
        ):
            b1 += 1  # "Заречная ул.", "Kirkegt.": the abbreviation's dot
        first, second = before[b0:b1], after[a0:a1]
        if _NO_ADDRESS_LINE.search(first) or _NO_ADDRESS_LINE.search(second):
            return []  # an account number or a code, not a house number nor a postcode
        if (
            POSTCODE_DIGITS.fullmatch(first)
            and _POSTCODE_LETTERS.match(second)
            and self._is_address(f"{first} {second}")
        ):
            # "1621" / "CK Hoorn": a postcode cut between its digits and its letters
            why = "conversation: an address asked for, its postcode cut in two"
            return [(Found(b0, b1, LOCATION, 0.9, why), Found(a0, a1, LOCATION, 0.9, why))]
        if not _ADDRESS_WORD.search(first) and not (
            self._postcodes is not None and self._postcodes.search(first.lower())
        ):
            return []  # "20B" / "Harwich": a seat, then another answer
        lead = (_WORDS.findall(first.lower())[:1] or [""])[0]
        marked = (
            self._continued(after) > len(after) - len(after.lstrip())
            or _LEADING_DOTS.match(after, len(after) - len(after.lstrip())) is not None
            or lead in _TOWN_MARKS
            or lead in self._settlement_marks
            or self._known_town(first)
        )  # "... ул. лермонтова", "г. тверь", "с. никольское": the customer marks the two
        # as one address, or the town is a known city's name ("омск" / "ул. строителей, д.
        # 51а", "leeds" / "12 kings road"), or the customer says the second was sent too early
        # ("новосибирск" / "ул. вокзальная 73 сорри, рано отправил")
        marked = marked or (a1 < len(after) and self._sent_early(after, a1))
        if (
            marked
            and self._town_alone(first)
            and not self._holds(first)
            and not self._holds(before)  # "секунду, найду": the customer goes looking
            and self._is_address(second)
            and not self._names_a_town(second)
        ):
            # "г. Ярославль" / "ул. Энтузиастов д19 кв188": the town first, then the rest
            # of the address (no town of its own); "Dundee" / "12 kings road, leeds": a
            # town, then an address with its town, is no address in two lines
            why = "conversation: an address asked for, its town first"
            return [(Found(b0, b1, LOCATION, 0.9, why), Found(a0, a1, LOCATION, 0.9, why))]
        if (
            self._region_alone(first)
            and not self._holds(before)
            and self._is_address(second)
            and not self._region_alone(second)
        ):
            # "Вологодская обл." / "д. Ивановка, ул. Полевая, д. 48": the region first,
            # then the rest of the address
            why = "conversation: an address asked for, its region first"
            if before[b1 : b1 + 1] == ".":
                b1 += 1  # "обл.", "Co.": the abbreviation's dot
            return [(Found(b0, b1, LOCATION, 0.9, why), Found(a0, a1, LOCATION, 0.9, why))]
        code = self._postcodes.search(first.lower()) if self._postcodes is not None else None
        if (
            code is not None
            and code.span() == (0, len(first))
            and self._is_address(second)
            and not self._postcodes.search(second.lower())  # type: ignore[union-attr]
        ):
            # "394018" / "г. воронеж, ул. карла маркса, 102-87": the postcode first, then
            # the address without one (a postcode of digits alone is no address's line
            # for _address_line: "180000" / "Псков, а/я 281")
            why = "conversation: an address asked for, its postcode first"
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
        # "bleekveld 46 iii" / "te gouda": the town after its preposition
        prep = self._town_prep.sub(", ", f"{first} {second}") if self._town_prep else joined
        if not self._is_address(joined) and (prep == joined or not self._is_address(prep)):
            return []
        why = "conversation: an address asked for, typed in two lines"
        return [(Found(b0, b1, LOCATION, 0.9, why), Found(a0, a1, LOCATION, 0.9, why))]

    def _address_cut(
        self, before: str, after: str, names: frozenset[str]
    ) -> list[tuple[Found, Found]]:
        """An address asked for and cut inside a word of its street after the first
        message's few letters ("bote" / "rdiep 15a te deventer", "sjøg" / "ata 87,
        lillehammer", "ул. некрасов" / "а 113-72, вологда"): the first message a line
        without a digit ending in a letter, the second going on with a small letter; both,
        when the two joined without a space are an address and the joined word is a
        street's (or the first line names the street's word)."""
        if not self.by_type.get(LOCATION, frozenset()) & names:
            return []
        b0, b1 = self.body(before)
        a0, a1 = self.body(after)
        a0 = min(max(a0, self._continued(after)), a1)
        first, second = before[b0:b1], after[a0:a1]
        if not (0 < len(first) <= CUT_FIRST_CHARS and 0 < len(second) <= ADDRESS_LINE_CHARS):
            return []
        if any(c.isdigit() for c in first) or not first[-1].isalpha():
            return []
        if not (second[0].isalpha() and second[0].islower()) or before[b1:].strip(" "):
            return []  # "Lancaster." / "…": the line was ended
        if not self._address_line(first) or self._holds(before) or self._holds(after):
            return []
        head = _WORDS.findall(second[:ADDRESS_LINE_CHARS])
        tail = _WORDS.findall(first)
        if not head or not tail or second[: len(head[0])] != head[0]:
            return []
        said = tail[-1].lower()
        if len(tail) == 1 and (
            self._said_word(said, everyday=False)
            or self._filler_word(said)
            or said in self._thanks
            or said in self._not_names
        ):
            return []  # "ok" / "bakken 4, bodø": a remark, then the address
        word = (tail[-1] + head[0]).lower()
        if not (self._street_line(word) or (len(tail) > 1 and self._street_line(first))):
            return []  # "ok" / "bakken 4": no street's word made by the join
        joined = first + second
        prep = self._town_prep.sub(", ", joined) if self._town_prep else joined
        if not (self._is_address(joined) or self._is_address(prep)):
            return []
        why = "conversation: an address asked for, cut inside a word over two messages"
        return [(Found(b0, b1, LOCATION, 0.9, why), Found(a0, a1, LOCATION, 0.9, why))]

    def _region_alone(self, line: str) -> bool:
        """Two or three words, one of them a region's mark before or after the name
        ("Вологодская обл.", "Co. Durham", "provincie Utrecht")."""
        words = [w.lower() for w in _WORDS.findall(line)]
        if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
            return False
        return words[0] in self._region_marks or words[-1] in self._region_marks

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

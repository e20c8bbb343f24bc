"""Where one person's identifiers occur in a text or a sender field, with why each matched.

Strong identifiers (e-mail, phone, IBAN, customer number) match in any spelling of their
value: any case, with or without spaces, dashes or dots, phones in national or
international format. Names match part by part, folded to ASCII (Bråten = Braten,
Смирнова = Smirnova), Russian forms reduced to their dictionary form (Смирновой → смирнов),
and spelling variants of 5 letters or more (Jansen/Janssen) by Jaro-Winkler similarity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from privacyguard.subject.identifiers import (
    PARTICLES,
    Identifier,
    SubjectQuery,
    compact_id,
    fold,
    similar,
)

# a name-like word: letters, inner apostrophes or hyphens (O'Neill, Anne-Marie)
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_ADDRESS = re.compile(
    r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|\bhttps?://\S{1,900}|\bwww\.\S{1,900}"
)  # bounded (RFC 5321 lengths): unbounded, a long word without "@" was quadratic
#: what may stand between the words of one name: spaces, a comma ("Meulen, Joost")
_JOIN = re.compile(r"[ \t\u00a0]{0,20},?[ \t\u00a0]{1,20}|[ \t\u00a0]{0,20},")  # bounded: linear

_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F'’\-]+")
#: how a name matched, weakest last (a match is as weak as its weakest part)
HOW = ("exact", "accents folded", "transliterated", "inflected form", "spelling variant")


@dataclass(frozen=True)
class Match:
    """One occurrence: where (``field`` "text" or "sender", character offsets), which
    identifier kind, the level for names (full, surname, given) and how it matched."""

    field: str
    start: int
    end: int
    kind: str
    how: str
    level: str = "full"  # names: full | surname | given; strong identifiers: full

    def reason(self, text: str) -> str:
        what = {"customer": "customer number", "name": "name", "email": "e-mail"}.get(
            self.kind, self.kind
        )
        if self.kind == "name" and self.level != "full":
            what = {"surname": "surname", "given": "given name"}[self.level]
        return f"{what} '{text[self.start : self.end]}' ({self.how})"


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def _forms(word: str) -> tuple[tuple[str, str], ...]:
    """(folded form, how) for one word: itself, and for Russian words their lemmas."""
    folded = fold(word)
    if word.casefold() == folded:
        how = "exact"
    else:
        how = "accents folded" if word.isascii() or _LATIN.fullmatch(word) else "transliterated"
    out = [(folded, how)]
    if _CYRILLIC.search(word):
        for p in _morph().parse(word)[:3]:
            lemma = fold(p.normal_form)
            if lemma != folded:
                out.append((lemma, "inflected form"))
    return tuple(out)


def _part_match(word: str, part: str) -> str | None:
    """How ``word`` is the folded name part ``part``, or None."""
    best: str | None = None
    for form, how in _forms(word):
        if form == part:
            return how
        if similar(form, part) and best != "inflected form":
            # Смирновой → смирнов ~ smirnova: an inflected form, not a misspelling
            best = "inflected form" if how == "inflected form" else "spelling variant"
    return best


def _weakest(hows: list[str]) -> str:
    return max(hows, key=HOW.index)


class Matcher:
    """All identifiers of one query, compiled once, applied to many texts."""

    def __init__(self, query: SubjectQuery):
        self.query = query
        self._strong: list[tuple[Identifier, re.Pattern[str]]] = []
        for ident in query.strong:
            if ident.kind == "email":
                pat = rf"(?<![\w.+-]){re.escape(ident.value)}(?![\w-])"
            elif ident.kind == "iban":
                pat = r"(?<![A-Za-z0-9])" + r"\s?".join(map(re.escape, ident.value)) + r"(?!\w)"
            elif ident.kind == "customer":
                sep = r"[\s\-./]?"
                pat = r"(?<![A-Za-z0-9])" + sep.join(map(re.escape, ident.value)) + r"(?!\w)"
            else:
                continue
            self._strong.append((ident, re.compile(pat, re.IGNORECASE)))
        self._phones = query.of("phone")
        self._regions = sorted({r for p in self._phones if (r := p.region)})
        # national significant numbers: a text without one of these digit runs has no match
        self._nsn = [str(phonenumbers.parse(p.value).national_number) for p in self._phones]
        self._names = query.of("name")
        self._cores = [[p for p in i.parts if p not in PARTICLES] for i in self._names]
        self._word_cache: dict[str, tuple[tuple[int, str, str], ...]] = {}
        self._sender_cache: dict[str, list[Match]] = {}

    def text(self, text: str) -> list[Match]:
        """Every match in a message text, in order; a name inside an e-mail address or other
        strong match is not counted twice."""
        strong = self.strong(text)
        names = [
            n
            for n in self.names(text)
            if not any(n.start < s.end and s.start < n.end for s in strong)
        ]
        return sorted(strong + names, key=lambda m: (m.start, -m.end))

    # --- strong identifiers ---------------------------------------------------------------

    def strong(self, text: str, field: str = "text") -> list[Match]:
        out = []
        for ident, pat in self._strong:
            for m in pat.finditer(text):
                how = (
                    "exact"
                    if m.group(0) == ident.value or ident.kind == "email"
                    else ("normalised")
                )
                out.append(Match(field, m.start(), m.end(), ident.kind, how))
        if self._phones:
            out += self._phone_matches(text, field)
        return out

    def _phone_matches(self, text: str, field: str) -> list[Match]:
        digits = re.sub(r"\D", "", text)
        if not any(n in digits for n in self._nsn):
            return []
        wanted = {p.value for p in self._phones}
        seen: set[tuple[int, int]] = set()
        out = []
        regions: list[str | None] = [*self._regions] or [None]
        for region in regions:
            for m in phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.POSSIBLE
            ):
                e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                if e164 in wanted and (m.start, m.end) not in seen:
                    seen.add((m.start, m.end))
                    how = "exact" if m.raw_string.replace(" ", "") == e164 else "normalised"
                    out.append(Match(field, m.start, m.end, "phone", how))
        return out

    # --- names ----------------------------------------------------------------------------

    def names(self, text: str, field: str = "text") -> list[Match]:
        """Full names anywhere (any order, particles optional, one unknown word between, as a
        patronymic); surname or given name alone as level "surname" / "given"."""
        if not self._names:
            return []
        words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
        hits = [self._word_hits(w) for _, _, w in words]
        if not any(hits):
            return []  # the common case: no word of the text is a part of the name
        inside = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
        keep = [
            i for i, (s, _, _) in enumerate(words) if not any(a <= s < b for a, b in inside)
        ]  # not in an e-mail address or URL
        words, hits = [words[i] for i in keep], [hits[i] for i in keep]
        out: list[Match] = []
        for n, core in enumerate(self._cores):
            mine = [{p: h for k, p, h in hs if k == n} for hs in hits]
            used_full: set[int] = set()
            for i in range(len(words)):
                full = self._full_at(text, words, mine, i, core) if mine[i] else None
                if full is not None:
                    j, hows = full
                    out.append(Match(field, words[i][0], words[j][1], "name", _weakest(hows)))
                    used_full.update(range(i, j + 1))
            for i, (s, e, w) in enumerate(words):
                if i in used_full or len(w) < 2 or not mine[i]:
                    continue
                for level, part in (("surname", core[-1]), ("given", core[0])):
                    how = mine[i].get(part)
                    if how and (level == "given" or w[0].isupper()):
                        out.append(Match(field, s, e, "name", how, level))
                        break
        return out

    def _word_hits(self, word: str) -> tuple[tuple[int, str, str], ...]:
        """(name index, part, how) for every name part this word is; cached per word (chat
        vocabulary repeats, so almost every lookup is a hit)."""
        got = self._word_cache.get(word)
        if got is None:
            got = tuple(
                (n, part, how)
                for n, core in enumerate(self._cores)
                for part in dict.fromkeys(core)
                if (how := _part_match(word, part))
            )
            if len(self._word_cache) < 500_000:
                self._word_cache[word] = got
        return got

    def _full_at(
        self,
        text: str,
        words: list[tuple[int, int, str]],
        mine: list[dict[str, str]],
        i: int,
        core: list[str],
    ) -> tuple[int, list[str]] | None:
        """The last word index and hows of a full name starting at word ``i``, or None."""
        todo, hows, gaps = list(core), [], 0
        j = i
        while j < len(words) and todo:
            w = words[j][2]
            if j > i and not _JOIN.fullmatch(text[words[j - 1][1] : words[j][0]]):
                return None  # a sentence or line ends between the words
            # the part this word is most surely (Иванов is "ivanov" before it is a form of "ivan")
            hits = [(p, h) for p in todo if (h := mine[j].get(p))]
            hit = min(hits, key=lambda ph: HOW.index(ph[1])) if hits else None
            if hit:
                todo.remove(hit[0])
                hows.append(hit[1])
            elif j == i:
                return None
            elif fold(w) in PARTICLES:
                pass
            elif gaps == 0 and len(todo) < len(core):
                gaps += 1  # a patronymic or middle name
            else:
                return None
            j += 1
        return (j - 1, hows) if not todo else None

    def sender(self, sender: str | None) -> list[Match]:
        """The sender field is the person: one of their strong identifiers, or their full
        name (any order, spelling variants as in text)."""
        if not sender:
            return []
        cached = self._sender_cache.get(sender)
        if cached is None:
            cached = self._sender(sender)
            if len(self._sender_cache) < 100_000:
                self._sender_cache[sender] = cached
        return cached

    def _sender(self, sender: str) -> list[Match]:
        out = self.strong(sender, "sender")  # a phone number as sender, in any format, too
        if not any(m.kind == "customer" for m in out) and (
            customer := self._customer_equal(sender)
        ):
            out.append(customer)
        out += [m for m in self.names(sender, "sender") if m.level == "full"]
        return out

    def _customer_equal(self, sender: str) -> Match | None:
        for ident in self.query.of("customer"):
            if compact_id(sender) == ident.value:
                return Match("sender", 0, len(sender), "customer", "normalised")
        return None


def is_person_name(sender: str | None) -> bool:
    """A sender field that is a name (letters, no digits, no @), not a number or address."""
    text = sender or ""
    return bool(text) and not re.search(r"[\d@]", text) and bool(_WORD.search(text))

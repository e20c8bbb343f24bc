"""Operators one by one, and decisions: masks, tags, keyed hashes, pseudonyms, encryption."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from privacyguard.act.crypto import ReidentifyError, encrypt_value, reidentify_text
from privacyguard.act.keyed import PseudonymBook
from privacyguard.act.keys import KeyProblem, Keyring, key_from_text
from privacyguard.act.operators import OperatorContext, get_operator, operator_names
from privacyguard.act.redact import Redactor, splice
from privacyguard.config.policy import load_policy
from privacyguard.decide import apply_policy
from privacyguard.errors import UnknownNameError
from privacyguard.models import Finding

KEY = "k" * 16 + "-test-key-not-secret-0123456789"
OTHER_KEY = "o" * 16 + "-another-test-key-0123456789ab"


def run_op(
    name: str, text: str, entity_type: str = "X", keyring: Keyring | None = None, **params: object
) -> str:
    op = get_operator(name)
    ctx = OperatorContext(keyring, PseudonymBook(keyring), "c1", "m1")
    return op.apply(text, entity_type, op.Params.model_validate(params), ctx)


def policy_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "p.yaml"
    path.write_text("version: 1\nname: p\n" + body)
    return path


def finding(start: int, end: int, etype: str, score: float = 0.9, fld: str = "text") -> Finding:
    return Finding("m1", etype, start, end, score, "test", "test", None, fld)


@pytest.mark.parametrize(
    ("text", "params", "expected"),
    [
        ("4111 1111 1111 1111", {"keep_last": 4}, "**** **** **** 1111"),
        ("4111-1111-1111-1111", {"keep_last": 4, "keep_separators": False}, "***************1111"),
        ("4111111111111111", {"keep_first": 6, "keep_last": 4, "char": "X"}, "411111XXXXXX1111"),
        ("123", {"keep_last": 4}, "***"),  # too short to keep anything: all masked
        ("NL91 ABNA", {}, "**** ****"),
    ],
)
def test_mask_keeps_what_the_policy_says(text: str, params: dict, expected: str) -> None:
    assert run_op("mask", text, **params) == expected


def test_replace_redact_and_keep() -> None:
    assert run_op("replace", "NL91 ABNA 0417 1643 00", "IBAN_CODE") == "<IBAN_CODE>"
    assert run_op("replace", "x", "IBAN_CODE", value="[{entity_type} removed]") == (
        "[IBAN_CODE removed]"
    )
    assert run_op("redact", "secret") == ""
    assert run_op("keep", "KL1234") == "KL1234"


def test_keyed_hash_is_an_hmac_under_the_key_never_a_plain_hash() -> None:
    import hashlib

    k1, k2 = key_from_text(KEY), key_from_text(OTHER_KEY)
    a = run_op("keyed_hash.v1", "06-12345678", "PHONE_NUMBER", k1)
    assert re.fullmatch(r"<PHONE_NUMBER:[0-9a-f]{16}>", a)
    assert run_op("keyed_hash.v1", "0612345678", "PHONE_NUMBER", k1) == a  # normalised
    assert run_op("keyed_hash.v1", "06-12345678", "PHONE_NUMBER", k2) != a
    plain = {hashlib.sha256(v.encode()).hexdigest()[:16] for v in ("06-12345678", "0612345678")}
    assert a[14:-1] not in plain
    with pytest.raises(KeyProblem):
        run_op("keyed_hash.v1", "06-12345678", "PHONE_NUMBER", None)


def test_counter_pseudonyms_are_stable_within_a_conversation_and_restart_in_the_next() -> None:
    book = PseudonymBook()
    op = get_operator("pseudonym.v1")
    params = op.Params()

    def p(value: str, conv: str) -> str:
        return op.apply(value, "PERSON", params, OperatorContext(None, book, conv))

    assert [p("Anna de Vries", "c1"), p("Jan Smit", "c1"), p("anna  de vries", "c1")] == [
        "<PERSON_1>",
        "<PERSON_2>",
        "<PERSON_1>",
    ]
    assert p("Jan Smit", "c2") == "<PERSON_1>"  # a new conversation, a new numbering
    export = op.Params.model_validate({"scope": "export"})
    ctx = OperatorContext(None, book, "c3")
    assert op.apply("Jan Smit", "PERSON", export, ctx) == "<PERSON_1>"
    assert op.apply("Anna de Vries", "PERSON", export, OperatorContext(None, book, "c4")) == (
        "<PERSON_2>"
    )
    assert op.apply("Jan Smit", "PERSON", export, OperatorContext(None, book, "c9")) == (
        "<PERSON_1>"
    )


def test_keyed_pseudonyms_hold_across_runs_with_the_same_key_and_differ_with_another() -> None:
    def label(key: str, value: str, conv: str = "c1", scope: str = "export") -> str:
        keyring = key_from_text(key)
        op = get_operator("pseudonym.v1")
        params = op.Params.model_validate({"label": "keyed", "scope": scope})
        return op.apply(value, "PERSON", params, OperatorContext(keyring, PseudonymBook(), conv))

    first = label(KEY, "Anna de Vries")
    assert re.fullmatch(r"<PERSON_[0-9a-f]{8}>", first)
    assert label(KEY, "Anna de Vries", conv="c7") == first  # another run, another export
    assert label(OTHER_KEY, "Anna de Vries") != first
    assert label(KEY, "Jan Smit") != first
    per_conv = label(KEY, "Anna de Vries", scope="conversation")
    assert label(KEY, "Anna de Vries", conv="c2", scope="conversation") != per_conv


def test_encrypt_then_reidentify_restores_the_original_exactly() -> None:
    keyring = key_from_text(KEY)
    value = "NL91 ABNA 0417 1643 00\u00a0é"
    a, b = encrypt_value(keyring, "IBAN_CODE", value), encrypt_value(keyring, "IBAN_CODE", value)
    assert a != b  # a fresh nonce per value
    assert a.startswith("<IBAN_CODE:enc.v1:") and value not in a
    text = f"pay to {a}, not {b}."
    assert reidentify_text(text, keyring) == f"pay to {value}, not {value}."


def test_reidentify_refuses_a_wrong_key_and_an_edited_entity_type() -> None:
    token = encrypt_value(key_from_text(KEY), "IBAN_CODE", "NL91 ABNA 0417 1643 00")
    with pytest.raises(ReidentifyError) as err:
        reidentify_text(token, key_from_text(OTHER_KEY))
    assert OTHER_KEY not in str(err.value)
    with pytest.raises(ReidentifyError):
        reidentify_text(token.replace("IBAN_CODE", "PHONE_NUMBER"), key_from_text(KEY))


def test_subkeys_differ_per_operator_and_the_keyring_never_shows_the_key() -> None:
    k = key_from_text(KEY, "environment variable T")
    assert k.derive("encrypt.v1") != k.derive("keyed_hash.v1")
    assert KEY not in repr(k) and KEY not in str(k)
    with pytest.raises(KeyProblem):
        key_from_text("short")


def test_unknown_operator_names_the_closest() -> None:
    with pytest.raises(UnknownNameError) as err:
        get_operator("pseudonym")
    assert "did you mean 'pseudonym.v1'?" in str(err.value)
    assert {"keyed_hash.v1", "pseudonym.v1", "encrypt.v1", "mask"} <= set(operator_names())


def test_a_plugin_operator_registers_like_the_builtins(tmp_path: Path) -> None:
    from privacyguard.act.operators import PolicyOperator, operators, register

    @register("reverse.v1")
    class Reverse(PolicyOperator):
        def apply(self, text, entity_type, params, ctx):  # type: ignore[no-untyped-def]
            return text[::-1]

    try:
        path = policy_file(tmp_path, "default: {operator: reverse.v1}\n")
        redactor = Redactor(load_policy(path))
        d = apply_policy([finding(0, 3, "PERSON")], redactor.policy)
        [e] = redactor.redact_fields({"text": "Ann x"}, d)["text"]
        assert e.new == "nnA"
    finally:
        from catalogue import _remove

        _remove(("privacyguard", "operators", "reverse.v1"))
        assert "reverse.v1" not in operators.get_all()


def test_overlapping_findings_become_one_span_and_keep_never_wins(tmp_path: Path) -> None:
    path = policy_file(
        tmp_path,
        "default: {operator: replace}\nentities:\n  FLIGHT_NUMBER: {operator: keep}\n",
    )
    policy = load_policy(path)
    found = [finding(5, 11, "FLIGHT_NUMBER", 0.99), finding(8, 15, "BOOKING_REFERENCE", 0.6)]
    [d] = apply_policy(found, policy)
    assert (d.start, d.end, d.entity_type, d.merged) == (5, 15, "BOOKING_REFERENCE", 2)
    separate = apply_policy([finding(0, 2, "PERSON"), finding(2, 4, "PERSON")], policy)
    assert [(d.start, d.end) for d in separate] == [(0, 2), (2, 4)]


def test_redactor_edits_line_up_with_the_original_text(tmp_path: Path) -> None:
    policy = load_policy()
    text = "Anna: card 4111 1111 1111 1111, Anna again"
    found = [finding(0, 4, "PERSON"), finding(11, 30, "CREDIT_CARD"), finding(32, 36, "PERSON")]
    edits = Redactor(policy).redact_fields({"text": text}, apply_policy(found, policy), "c1")
    assert splice(text, edits["text"]) == "<PERSON_1>: card <CREDIT_CARD>, <PERSON_1> again"
    assert [(e.rule, e.operator) for e in edits["text"]] == [
        ("categories.identity", "pseudonym.v1"),
        ("entities.CREDIT_CARD", "replace"),
        ("categories.identity", "pseudonym.v1"),
    ]

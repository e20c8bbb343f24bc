"""The detector, through the whole conversation (round 20): lists of people and accounts.

- A record of a name and an account, the account an IBAN in one record and a domestic
  account number in another: the account is one place of the record, so the names in lower
  case at the other place are names ("ingvild grønli 7733 90 12175; Tuva Engen NO06 …").
- A name before a colon is the item's person ("randi rønning: NO17 …"), not a label; a
  label of everyday words ("mine:", "the business one:") is no name.

Every person and number here is synthetic (checksums by python-stdnum).
"""

from __future__ import annotations

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans

ASK_NB = ("agent", "Hvilke kontoer skal betalingene trekkes fra?")


def test_lower_case_names_beside_accounts_of_two_kinds(detector: Detector) -> None:
    text = (
        "her:\ningvild grønli 7733 90 12175; trygve rønning 5662 96 07507; "
        "Tuva Engen NO06 7239 7790 992 og eldbjørg fossum 3939.24.43790"
    )
    out = talk_spans(detector, [ASK_NB, ("customer", text)])
    names = {v for t, v in out[1] if t == "PERSON"}
    assert names == {"ingvild grønli", "trygve rønning", "Tuva Engen", "eldbjørg fossum"}


def test_a_name_before_a_colon_is_the_items_person(detector: Detector) -> None:
    text = (
        "her:\nrandi rønning: NO17 3775 0907 874; Vilde Kvalheim: NO65 2509 3644 827 "
        "og Trygve Hovland: 9547.61.45512"
    )
    out = talk_spans(detector, [ASK_NB, ("customer", text)])
    assert ("PERSON", "randi rønning") in out[1]


def test_everyday_labels_are_no_names(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Which accounts should the payments come from?"),
            (
                "customer",
                "mine: GB33 BUKB 2020 1555 5555 55 and the business one: 40-47-84 70872490",
            ),
        ],
    )
    assert not [v for t, v in out[1] if t == "PERSON"]


def test_a_forms_one_word_label_is_no_name(detector: Detector) -> None:
    text = "ФИО: Тимур Степанович Шевченко\nEmail: timur.sh@example.ru\nБронь: Q7GW46"
    out = talk_spans(detector, [("customer", text)])
    assert [v for t, v in out[0] if t == "PERSON"] == ["Тимур Степанович Шевченко"]

"""Library entry points behind ``privacyguard policy-watch``: diff a service, check them all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from privacyguard.policydiff.classify import SEVERITIES, TopicRules, classify, load_topic_rules
from privacyguard.policydiff.diff import PolicyDiff, diff_documents
from privacyguard.policydiff.errors import VersionNotFoundError
from privacyguard.policydiff.relevance import Channel, ChannelRules, mark_relevance
from privacyguard.policydiff.snapshot import PolicyVersion, SnapshotStore


def _pick(versions: list[PolicyVersion], on_or_before: dt.date) -> PolicyVersion | None:
    chosen = [v for v in versions if v.date <= on_or_before]
    return chosen[-1] if chosen else None


def diff_service(store: SnapshotStore, service: str, from_date: dt.date | None = None,
                 to_date: dt.date | None = None,
                 rules: TopicRules | None = None, channels: list[Channel] | None = None,
                 channel_rules: ChannelRules | None = None) -> PolicyDiff:  # fmt: skip
    """Diff two versions of a service: by default the two newest.

    ``to_date`` picks the newest version on or before that date; ``from_date`` the newest on
    or before that date (default: the version before ``to``). With ``channels`` (and the
    ``channel_rules`` they came from), changes relevant to them are marked and listed first.
    """
    versions = store.history(service)
    if not versions:
        known = ", ".join(store.services()) or "none yet"
        raise VersionNotFoundError(
            f"no versions of '{service}' stored (services: {known}); "
            f"add one with: privacyguard policy-watch add {service} FILE|URL"
        )
    new = _pick(versions, to_date) if to_date else versions[-1]
    if new is None:
        raise VersionNotFoundError(f"no version of '{service}' on or before {to_date}")
    if from_date:
        old = _pick(versions, from_date)
        if old is None:
            raise VersionNotFoundError(f"no version of '{service}' on or before {from_date}")
    else:
        before = versions[: versions.index(new)]
        if not before:
            raise VersionNotFoundError(
                f"'{service}' has only one version up to {new.date}: nothing to compare"
            )
        old = before[-1]
    diff = diff_documents(store.document(old.id), store.document(new.id), old.label, new.label)
    diff.service = service
    classify(diff, rules or load_topic_rules())
    if channels and channel_rules:
        mark_relevance(diff, channels, channel_rules)
    return diff


@dataclass
class CheckResult:
    service: str
    diff: PolicyDiff | None  # None: fewer than two versions
    flagged: bool

    @property
    def relevant(self) -> bool:
        return bool(self.diff and self.diff.relevant)


def at_least(severity: str | None, minimum: str) -> bool:
    return severity is not None and SEVERITIES.index(severity) >= SEVERITIES.index(minimum)


def check_all(store: SnapshotStore, min_severity: str = "low",
              rules: TopicRules | None = None, channels: list[Channel] | None = None,
              channel_rules: ChannelRules | None = None) -> list[CheckResult]:  # fmt: skip
    """Compare the two newest versions of every service; flag substantive changes.

    With ``channels``, services with changes relevant to them come first.
    """
    if min_severity not in SEVERITIES:
        raise ValueError(f"min_severity must be one of {SEVERITIES}")
    rules = rules or load_topic_rules()
    results = []
    for service in store.services():
        if len(store.history(service)) < 2:
            results.append(CheckResult(service, None, False))
            continue
        diff = diff_service(store, service, rules=rules, channels=channels,
                            channel_rules=channel_rules)  # fmt: skip
        flagged = any(at_least(c.severity, min_severity) for c in diff.substantive)
        results.append(CheckResult(service, diff, flagged))
    results.sort(key=lambda r: not r.relevant)  # stable: relevant first
    return results

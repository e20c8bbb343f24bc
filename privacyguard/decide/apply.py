"""Which rule applies to each finding, with overlapping findings merged so that no part of a
detected span is left in clear."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from privacyguard.config.policy import Policy, PolicyRule
from privacyguard.models import Finding


@dataclass(frozen=True)
class Decision:
    """What to do with one span of one field of one message, and the rule that says so."""

    message_id: str
    field: str
    start: int
    end: int
    entity_type: str
    rule: PolicyRule
    merged: int = 1  # how many findings this span covers


def apply_policy(findings: Iterable[Finding], policy: Policy) -> list[Decision]:
    """One decision per span, sorted by (field, start); spans never overlap.

    Overlapping findings (in the same field) become one span covering all of them; it takes
    the type of the highest-scoring finding whose rule changes the text, so a `keep` rule
    never keeps part of something another rule would hide.
    """
    by_field: dict[str, list[Finding]] = {}
    for f in findings:
        if f.end > f.start:
            by_field.setdefault(f.field, []).append(f)
    out: list[Decision] = []
    for fld in sorted(by_field):
        group: list[Finding] = []
        end = -1
        for f in sorted(by_field[fld], key=lambda f: (f.start, -f.end)):
            if group and f.start >= end:
                out.append(_decide(group, policy))
                group = []
            group.append(f)
            end = max(end, f.end) if len(group) > 1 else f.end
        if group:
            out.append(_decide(group, policy))
    return out


def _decide(group: list[Finding], policy: Policy) -> Decision:
    rules = {f.entity_type: policy.rule_for(f.entity_type) for f in group}
    changing = [f for f in group if rules[f.entity_type].operator != "keep"] or group
    lead = max(changing, key=lambda f: (f.score, f.end - f.start))
    first = group[0]
    return Decision(
        first.message_id,
        first.field,
        min(f.start for f in group),
        max(f.end for f in group),
        lead.entity_type,
        rules[lead.entity_type],
        len(group),
    )


def on_error(policy: Policy) -> str:
    """What happens to a message that cannot be scanned or redacted: withhold | redact_all."""
    return policy.on_error

"""Decision -> new text, through presidio-anonymizer's AnonymizerEngine and our operators.

:class:`Redactor` is built once per run: it holds the engine, the key and the pseudonym book
(so pseudonyms are consistent across the run). :meth:`Redactor.redact_fields` returns, per
field, the edits as ``(start, end, replacement)`` on the original text; applying them is
:func:`splice`. Anything unexpected raises :class:`RedactionFailed`, and the caller then
withholds the whole message (fail closed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from privacyguard.act.keyed import PseudonymBook
from privacyguard.config.policy import Policy
from privacyguard.decide import Decision
from privacyguard.errors import PrivacyGuardError
from privacyguard.keys import Keyring
from privacyguard.operators import (
    CTX,
    SPEC,
    OperatorContext,
    PolicyOperator,
    get_operator,
    operator_names,
)
from privacyguard.spans import Edit, splice

#: what a message that cannot be scanned or redacted becomes, per the policy's on_error
MARKERS = {"withhold": "<WITHHELD>", "redact_all": "<REDACTED>"}


class RedactionFailed(PrivacyGuardError):
    """A decision could not be applied to a message; it names no value."""


class Redactor:
    """Applies a policy's decisions to message texts; one per run."""

    def __init__(self, policy: Policy, keyring: Keyring | None = None):
        from presidio_anonymizer import AnonymizerEngine

        self.policy = policy
        self.keyring = keyring
        self.pseudonyms = PseudonymBook(keyring)
        #: what operators may use besides the key (OperatorContext.extra: "subject_keys")
        self.extra: dict[str, object] = {}
        self.engine = AnonymizerEngine()
        self._ops: dict[str, PolicyOperator] = {}
        for name in operator_names():
            op = get_operator(name)
            self._ops[name] = op
            self.engine.add_anonymizer(type(op))

    def redact_fields(
        self,
        texts: Mapping[str, str],
        decisions: Sequence[Decision],
        conversation_id: str | None = None,
        message_id: str = "",
    ) -> dict[str, list[Edit]]:
        """Edits for every field of one message that has decisions."""
        ctx = OperatorContext(
            self.keyring, self.pseudonyms, conversation_id, message_id, self.extra
        )
        by_field: dict[str, list[Decision]] = {}
        for d in decisions:
            by_field.setdefault(d.field, []).append(d)
        out: dict[str, list[Edit]] = {}
        for fld, ds in by_field.items():
            if fld not in texts:
                raise RedactionFailed(f"message {message_id}: a finding refers to no field {fld}")
            out[fld] = self._one(texts[fld], ds, ctx, fld)
        return out

    def _one(
        self, text: str, decisions: list[Decision], ctx: OperatorContext, fld: str
    ) -> list[Edit]:
        from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

        ds = sorted(decisions, key=lambda d: d.start)
        last = 0
        for d in ds:
            if d.start < last or d.end > len(text) or d.start < 0:
                raise RedactionFailed(
                    f"message {ctx.message_id}: span {d.start}-{d.end} of field {fld} "
                    f"does not fit a text of {len(text)} characters"
                )
            last = d.end
        configs = {
            d.entity_type: OperatorConfig(d.rule.operator, {SPEC: d.rule.params, CTX: ctx})
            for d in ds
        }
        results = [RecognizerResult(d.entity_type, d.start, d.end, 1.0) for d in ds]
        engine_result = self.engine.anonymize(
            text, results, configs, merge_entities_with_spaces=False
        )
        items = sorted(engine_result.items, key=lambda i: i.start)
        if len(items) != len(ds):
            raise RedactionFailed(
                f"message {ctx.message_id}: {len(ds)} spans in field {fld} gave "
                f"{len(items)} replacements"
            )
        edits = [
            Edit(
                d.start, d.end, item.text, d.entity_type, d.rule.rule, d.rule.operator,
                d.rule.cite, kept=not self._ops[d.rule.operator].changes_text,
            )
            for d, item in zip(ds, items, strict=True)
        ]  # fmt: skip
        if splice(text, edits) != engine_result.text:
            raise RedactionFailed(f"message {ctx.message_id}: replacements do not line up")
        return edits

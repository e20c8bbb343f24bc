"""What a Spark job ships to its executors, and what each executor process builds from it.

Nothing here refers to a path that only exists on the driver: the rule files travel as their
contents (:class:`ShippedRules`), the policy as the validated object, and the key as the
HKDF sub-keys the operators use (:class:`ShippedKeys`; never the master key). Each executor
Python process writes the rules to a private temporary directory once and builds its
detector once (``pipeline.detector_for`` caches it), so every task it runs reuses them.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacyguard.act.keys import KeyProblem, Keyring
from privacyguard.errors import ConfigError
from privacyguard.models import SourceLocation

if TYPE_CHECKING:
    from privacyguard.config.policy import Policy
    from privacyguard.detect.engine import Detector

#: the sub-key purposes redaction derives besides the operators' own names
EXTRA_PURPOSES = ("pseudonym.v1/book",)


@dataclass(frozen=True)
class ShippedRules:
    """The rule files (``*.yaml``) and the conversation rules next to them, as bytes."""

    files: tuple[tuple[str, bytes], ...]
    conversation: tuple[tuple[str, bytes], ...]
    digest: str

    @classmethod
    def read(cls, rules: str | Path | None = None) -> ShippedRules:
        """The rules the single-machine path would load for ``rules`` (default: the shipped
        rules/), validated here so that errors name the driver's files."""
        from privacyguard.config.conversation import conversation_dir, load_conversation_rules
        from privacyguard.config.rules import load_rules, rule_files, rules_digest

        load_rules(rules)  # raises ConfigError naming file and line
        files = rule_files(rules)
        talk = conversation_dir(files)
        load_conversation_rules(talk)
        talk_files = sorted(talk.glob("*.yaml")) if talk.is_dir() else [talk]
        return cls(
            tuple((p.name, p.read_bytes()) for p in files),
            tuple((p.name, p.read_bytes()) for p in talk_files),
            rules_digest(rules),
        )

    def materialise(self) -> Path:
        """The rules as a directory on this machine (written once per digest and process
        user, atomically: a half-written directory is never used)."""
        from privacyguard.config.conversation import DIR_NAME

        name = hashlib.sha256(self.digest.encode()).hexdigest()[:24]
        base = Path(tempfile.gettempdir()) / f"privacyguard-spark-{os.getuid()}"
        target = base / name
        if target.is_dir():
            return target
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=base))
        (staging / DIR_NAME).mkdir()
        for fname, data in self.files:
            (staging / fname).write_bytes(data)
        for fname, data in self.conversation:
            (staging / DIR_NAME / fname).write_bytes(data)
        try:
            os.rename(staging, target)
        except OSError:  # another worker process of this machine was first
            import shutil

            shutil.rmtree(staging, ignore_errors=True)
            if not target.is_dir():
                raise
        return target


class _SubKeyring(Keyring):
    """A keyring holding only the sub-keys shipped to an executor (no master key)."""

    __slots__ = ()

    def __init__(self, derived: dict[str, bytes], source: str):  # noqa: D107
        self._secret = b""
        self._derived = dict(derived)
        self.source = source

    def derive(self, purpose: str) -> bytes:
        key = self._derived.get(purpose)
        if key is None:
            raise KeyProblem(f"the sub-key for {purpose} was not shipped to the executors")
        return key


@dataclass(frozen=True)
class ShippedKeys:
    """The HKDF sub-keys of the policy key that the redaction operators use."""

    sub_keys: tuple[tuple[str, bytes], ...] = field(repr=False)
    source: str

    @classmethod
    def derive(cls, keyring: Keyring) -> ShippedKeys:
        from privacyguard.act.operators import operator_names

        purposes = sorted({*operator_names(), *EXTRA_PURPOSES})
        return cls(tuple((p, keyring.derive(p)) for p in purposes), keyring.source)

    def keyring(self) -> Keyring:
        return _SubKeyring(dict(self.sub_keys), f"{self.source}, shipped to the executors")


def check_distributable(policy: Policy) -> None:
    """Refuse a policy whose output depends on the order of the whole data set: counter
    pseudonyms numbered across the export (``scope: export, label: counter``) are numbered
    in the order one pass meets the values, which partitions processed apart cannot give."""
    rules = [*policy.rules.values(), policy.default]
    for r in rules:
        p = r.params
        if r.operator == "pseudonym.v1" and p.scope == "export" and p.label == "counter":
            raise ConfigError([(
                r.location,
                f"{r.rule}: pseudonym.v1 with scope: export and label: counter numbers values "
                "in the order one pass over the whole export meets them, which a distributed "
                "run cannot reproduce; use label: keyed (the same pseudonym everywhere with "
                "the key) or scope: conversation",
            )])  # fmt: skip


@dataclass(frozen=True)
class JobConfig:
    """Everything an executor needs; pickled into the job by Spark."""

    rules: ShippedRules
    policy: Policy | None = None
    keys: ShippedKeys | None = None

    @classmethod
    def for_scan(cls, rules: str | Path | None = None) -> JobConfig:
        return cls(ShippedRules.read(rules))

    @classmethod
    def for_redact(
        cls,
        policy: Policy | str | Path | None = None,
        rules: str | Path | None = None,
        keyring: Keyring | None = None,
        *,
        key_file: str | Path | None = None,
        key_env: str | None = None,
    ) -> JobConfig:
        """The rules, the policy (a path, a bundled policy's name or a loaded one) and the
        sub-keys it needs (from ``keyring``, else ``key_file`` or ``key_env`` as for the
        single-machine ``redact``), checked on the driver before any work."""
        from privacyguard.act.keys import DEFAULT_KEY_ENV
        from privacyguard.act.run import keyring_for
        from privacyguard.config.policy import Policy, load_policy
        from privacyguard.config.rules import load_rules

        shipped = ShippedRules.read(rules)
        if not isinstance(policy, Policy):
            policy = load_policy(policy, load_rules(rules).entity_types)
        check_distributable(policy)
        if keyring is None:
            keyring = keyring_for(policy, None, key_file, key_env or DEFAULT_KEY_ENV)
        keys = ShippedKeys.derive(keyring) if keyring is not None else None
        return cls(shipped, policy, keys)


# --- in the executor process ----------------------------------------------------------------

_rules_dirs: dict[str, str] = {}


def detector(config: JobConfig) -> Detector:
    """This process's detector for the shipped rules: built on first use, then reused."""
    from privacyguard.pipeline import detector_for

    where = _rules_dirs.get(config.rules.digest)
    if where is None:
        where = _rules_dirs[config.rules.digest] = str(config.rules.materialise())
    return detector_for(where)


def redaction_run(config: JobConfig) -> Any:
    """A redaction run for one partition: its own pseudonym book and report, this
    process's detector."""
    from privacyguard.act.run import Run

    if config.policy is None:
        raise ConfigError([(SourceLocation("<spark job>"), "redaction needs a policy")])
    keyring = config.keys.keyring() if config.keys is not None else None
    return Run(config.policy, keyring, detector(config))

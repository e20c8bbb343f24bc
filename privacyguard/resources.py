"""Where the shipped rules, policies and policy-watch topics are, and where a user's own are.

The wheel ships the checkout's top-level ``rules/`` and ``policies/`` folders as
``privacyguard/data/rules`` and ``privacyguard/data/policies`` (setup.py maps them), found
with :mod:`importlib.resources`. Run from a source checkout (an editable install, or the
package directory on ``PYTHONPATH``), they are the checkout's own ``rules/`` and
``policies/``.

A user's own files are explicit, never guessed:

- ``PRIVACYGUARD_RULES``: a rules directory (or one file) used instead of the shipped rules
  whenever no ``--rules`` is given;
- ``PRIVACYGUARD_POLICY_DIR``: a folder of the user's own policies; a policy named by
  ``--policy NAME`` (and the default, ``gdpr-default``) is looked up there first, then among
  the shipped ones.

A variable that names a missing path is a :class:`~privacyguard.errors.ConfigError`.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from privacyguard.errors import ConfigError
from privacyguard.models import SourceLocation

RULES_ENV = "PRIVACYGUARD_RULES"
POLICY_DIR_ENV = "PRIVACYGUARD_POLICY_DIR"
DEFAULT_POLICY_NAME = "gdpr-default"
_CHECKOUT = Path(__file__).resolve().parents[1]


def _shipped(folder: str) -> Path:
    """``privacyguard/data/<folder>`` of an installed wheel, else the checkout's ``<folder>``."""
    packaged = resources.files("privacyguard") / "data" / folder
    if packaged.is_dir():
        if not isinstance(packaged, Path):  # a zip import: rules are read as files
            raise RuntimeError(f"privacyguard must be installed as files, not zipped ({packaged})")
        return packaged
    checkout = _CHECKOUT / folder
    if checkout.is_dir() and (_CHECKOUT / "pyproject.toml").is_file():
        return checkout
    raise RuntimeError(
        f"privacyguard's shipped {folder}/ is missing: neither {packaged} (an installed wheel) "
        f"nor {checkout} (a source checkout) exists; reinstall the package"
    )


def shipped_rules_dir() -> Path:
    """The rules directory that ships with privacyguard."""
    return _shipped("rules")


def shipped_policies_dir() -> Path:
    """The folder of policies that ship with privacyguard (gdpr-default and others)."""
    return _shipped("policies")


def shipped_topics_file() -> Path:
    """The policy-watch topic rules that ship with privacyguard."""
    return shipped_rules_dir() / "policydiff" / "topics.yaml"


def _from_env(name: str, *, directory: bool) -> Path | None:
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if not (path.is_dir() if directory else path.exists()):
        what = "a folder" if directory else "a rules folder or file"
        raise ConfigError([(SourceLocation(str(path)), f"{name} names {what} that does not exist")])
    return path


def rules_source() -> Path:
    """The rules to use when none are given: ``$PRIVACYGUARD_RULES``, else the shipped ones."""
    return _from_env(RULES_ENV, directory=False) or shipped_rules_dir()


def policy_dirs() -> list[Path]:
    """Where policy names are looked up, first match wins: ``$PRIVACYGUARD_POLICY_DIR``,
    then the shipped policies."""
    own = _from_env(POLICY_DIR_ENV, directory=True)
    return [*([own] if own else []), shipped_policies_dir()]


def named_policy(name: str) -> Path | None:
    """The file of the policy called ``name`` (``<name>.yaml`` in :func:`policy_dirs`)."""
    for folder in policy_dirs():
        candidate = folder / f"{name}.yaml"
        if candidate.is_file():
            return candidate
    return None

"""Package layout; everything else is in pyproject.toml.

The top-level rules/ and policies/ folders stay where users and the docs point at them, and
ship inside the wheel as privacyguard/data/rules and privacyguard/data/policies (read through
privacyguard.resources). pyproject.toml cannot map a folder to another package name together
with package discovery, hence this file.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

SHIPPED = {"privacyguard.data.rules": "rules", "privacyguard.data.policies": "policies"}


def shipped_packages() -> dict[str, str]:
    """Each shipped folder and its subfolders, as package name -> folder."""
    found = {}
    for package, folder in SHIPPED.items():
        for sub in [Path(folder), *sorted(p for p in Path(folder).rglob("*") if p.is_dir())]:
            found[".".join([package, *sub.relative_to(folder).parts])] = sub.as_posix()
    return found


FOLDERS = shipped_packages()
# namespace packages too: data/ and templates/ folders hold package data without __init__.py
PACKAGES = find_namespace_packages(include=["privacyguard*"], exclude=["*.__pycache__"])

setup(
    packages=[*PACKAGES, *FOLDERS],
    package_dir=FOLDERS,
)

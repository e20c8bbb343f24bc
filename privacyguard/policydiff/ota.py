"""Import a service's whole policy history from an Open Terms Archive versions repository.

OTA "versions" repositories hold one file per service and document type,
``<service>/<document type>.md``, and one git commit per recorded version. The history is
read with the ``git`` command (``git log --follow`` for the commits, ``git show`` for each
version's bytes): git is the tool these repositories are made for, and a subprocess keeps
us free of a git library. A plain folder (no git) is imported too: files named
``YYYY-MM-DD.md`` are dated versions of their folder's service (the layout of the project's
policy corpus), any other ``<document type>.md`` is one version dated by its modification time.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from privacyguard.policydiff.errors import PolicyInputError, SnapshotError
from privacyguard.policydiff.snapshot import SnapshotStore

DEFAULT_DOCUMENT = "Privacy Policy"
_DATED = re.compile(r"^\d{4}-\d\d-\d\d$")


@dataclass
class ImportResult:
    """What one import did, per service."""

    service: str
    stored: int = 0
    unchanged: int = 0  # the same content was already stored
    refused: list[str] = field(default_factory=list)  # "<where>: <reason>", nothing stored


def _git(repo: Path, *args: str) -> bytes:
    git = shutil.which("git")
    if git is None:
        raise SnapshotError("the git command is not installed: it is needed to read history")
    done = subprocess.run([git, "-C", str(repo), *args], capture_output=True, check=False)
    if done.returncode != 0:
        msg = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SnapshotError(f"{repo}: git {args[0]} failed: {msg[-1] if msg else done.returncode}")
    return done.stdout


def _git_root(path: Path) -> Path | None:
    """The top of the git work tree holding ``path``, or None for a plain folder."""
    git = shutil.which("git")
    if git is None:
        return None
    done = subprocess.run([git, "-C", str(path), "rev-parse", "--show-toplevel"],
                          capture_output=True, check=False)  # fmt: skip
    return Path(done.stdout.decode().strip()) if done.returncode == 0 else None


def _services(root: Path, service: str | None) -> list[Path]:
    if service:
        folder = root / service
        if not folder.is_dir():
            known = ", ".join(sorted(p.name for p in root.iterdir() if p.is_dir()
                                     and not p.name.startswith(".")))  # fmt: skip
            raise SnapshotError(f"{root}: no folder '{service}' (services: {known or 'none'})")
        return [folder]
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def _git_versions(root: Path, rel: str, folder: str) -> list[tuple[str, str, dt.date]]:
    """(commit, path at that commit, commit date UTC) of every version of ``rel``, oldest first.

    ``--follow`` follows renames, but also takes a new file for a copy of a similar one; a
    service's history stops where it would come from another service's folder.
    """
    out = _git(root, "log", "--follow", "--diff-filter=AMRC", "--name-only",
               "--format=%x00%H %ct", "--", rel).decode("utf-8", "replace")  # fmt: skip
    versions = []
    for entry in out.split("\x00")[1:]:
        lines = [line for line in entry.splitlines() if line.strip()]
        if len(lines) < 2:
            continue
        commit, stamp = lines[0].split()
        if not lines[-1].startswith(folder):
            break
        day = dt.datetime.fromtimestamp(int(stamp), dt.timezone.utc).date()
        versions.append((commit, lines[-1], day))
    versions.reverse()
    return versions


def import_ota(store: SnapshotStore, path: Path, service: str | None = None,
               document: str = DEFAULT_DOCUMENT) -> list[ImportResult]:  # fmt: skip
    """Store every version of ``<service>/<document>.md`` under ``path`` (all services by
    default); versions already stored are left as they are. Pages that are not a policy are
    refused one by one (listed in the result) and the others still imported."""
    path = Path(path)
    if not path.is_dir():
        raise SnapshotError(f"{path}: not a folder (give an OTA versions checkout or a folder)")
    git_root = _git_root(path)
    results = []
    for folder in _services(path, service):
        result = ImportResult(folder.name)
        for content, source, day in _versions(path, folder, document, git_root, result):
            try:
                v = store.add(folder.name, content, source, day, "markdown")
            except PolicyInputError as e:
                result.refused.append(f"{source}: {e.reason}")
                continue
            if v.created:
                result.stored += 1
            else:
                result.unchanged += 1
        if result.stored or result.unchanged or result.refused:
            results.append(result)
    if service and not results:
        raise SnapshotError(f"{path / service}: no '{document}.md' and no dated versions found")
    return results


def _versions(
    root: Path, folder: Path, document: str, git_root: Path | None, result: ImportResult
) -> Iterator[tuple[bytes, str, dt.date]]:
    """(bytes, source, date) of each version in a service folder, oldest first."""
    doc = folder / f"{document}.md"
    if git_root is not None:
        rel = doc.relative_to(root).as_posix()
        top_folder = folder.resolve().relative_to(git_root.resolve()).as_posix() + "/"
        history = _git_versions(root, rel, top_folder) if doc.exists() else []
        for commit, at_path, day in history:
            content = _git(git_root, "show", f"{commit}:{at_path}")  # at_path: from the top
            yield content, f"{at_path}@{commit[:12]}", day
        if history:
            return  # otherwise: untracked files in a work tree, read as a plain folder
    dated = sorted(p for p in folder.glob("*.md") if _DATED.match(p.stem))
    for p in dated:
        yield p.read_bytes(), str(p), dt.date.fromisoformat(p.stem)
    if not dated and doc.is_file():
        mtime = dt.datetime.fromtimestamp(doc.stat().st_mtime, dt.timezone.utc).date()
        yield doc.read_bytes(), str(doc), mtime

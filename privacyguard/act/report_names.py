"""How the redaction report (``redact --report FILE``) names the input files.

A report is meant to be handed on (to a data-protection officer, an auditor, the team that
receives the redacted export), and a file's name can be personal data: WhatsApp names an
export ``WhatsApp Chat with <contact name>.txt``, and readers build conversation and
message ids from file names. So the report lists every input file with its SHA-256 and
size (``files``), and ``names`` decides how the rest of the report names them:

* ``path`` (the default, as before): as the readers show them, the path given on the
  command line joined with the file's path in the source; ``files`` gives each path
  relative to the source.
* ``digest``: only by content, ``<first 16 hex digits of its SHA-256><suffix>`` (e.g.
  ``3f9a0c2d81b4e5f6.txt``), a folder ``dir-<16 hex digits>`` (a digest of the digests of
  the files in it), the source by its own such name and the output as ``<output>``. Every
  place a file name shows is rewritten: locations, message ids (``whatsapp:<stem>#...``),
  withheld files, reasons. Whoever holds the files finds one by hashing it
  (``sha256sum``); whoever does not learns nothing from a name (a digest of the content,
  never of the name, so a guessed name cannot be confirmed). A file that could not be
  hashed (unreadable, an unsafe zip member) is ``unread-<n><suffix>``, numbered in the
  order of the source.

Ids an export gives itself (a Telegram chat id, a CSV id column) are kept in both modes:
they are not file names. With ``digest``, a message id with an ``@`` (an email's
Message-ID holds an address) becomes ``id-<16 hex digits of its SHA-256>``.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from privacyguard.errors import InputFormatError
from privacyguard.ingest.base import Entry
from privacyguard.ingest.limits import DEFAULT, Limits
from privacyguard.ingest.sources import file_entry, folder_entries, is_zip, zip_entries
from privacyguard.models import InputProblem

ReportNames = Literal["path", "digest"]
NAMES: tuple[ReportNames, ...] = ("path", "digest")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class InputFile:
    """One file of the source: as the readers show it, its path in the source, its digest."""

    display: str
    path: str  # relative to the source (a zip's member: ``zip-path!member``)
    sha256: str | None  # None: could not be read
    size: int | None
    name: str  # the name ``digest`` gives it


def _suffix(path: str) -> str:
    s = PurePosixPath(path).suffix
    return s if s[1:].isalnum() and len(s) <= 8 else ""


def _hash(entry: Entry, limit: int) -> tuple[str, int] | None:
    """SHA-256 and size of an entry, or None when it cannot be read or is over ``limit``."""
    h, size = hashlib.sha256(), 0
    try:
        with entry.open() as f:
            while chunk := f.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    return None
                h.update(chunk)
    except (OSError, InputFormatError, EOFError, ValueError, RuntimeError, NotImplementedError,
            zipfile.BadZipFile, zlib.error):  # fmt: skip
        return None  # a damaged member (bad CRC, unknown compression) is named unread-<n>
    return h.hexdigest(), size


def _entries(source: Path, display: str, limits: Limits) -> Iterator[tuple[str, str, Entry | None]]:
    """(display, path in the source, entry or None when unreadable) of every file."""
    if source.is_dir():
        top: Iterable[Entry | InputProblem] = folder_entries(source, limits)
    else:
        top = [file_entry(source, limits=limits)]
    for e in top:
        if isinstance(e, InputProblem):
            shown = e.location.file
            if shown != display:
                yield shown, _relative(shown, display), None
            continue
        shown = display if not source.is_dir() else e.display
        yield shown, e.name, e
        path = Path(e.display)
        if is_zip(path):
            try:
                members = list(zip_entries(path, shown, limits))
            except InputFormatError:
                continue
            for m in members:
                if isinstance(m, InputProblem):
                    yield m.location.file, f"{e.name}!{m.location.file.split('!', 1)[-1]}", None
                else:
                    yield m.display, f"{e.name}!{m.name}", m


def _relative(shown: str, root: str) -> str:
    root = root.rstrip("/")
    return shown[len(root) + 1 :] if shown.startswith(root + "/") else PurePosixPath(shown).name


def input_files(source: str, limits: Limits = DEFAULT) -> list[InputFile]:
    """Every file of ``source`` (a file, folder or zip; a SQL URL or ``-`` has none)."""
    if source == "-" or "://" in source:
        return []
    root = Path(source)
    if not root.exists():
        return []
    out: list[InputFile] = []
    unread = 0
    cap = max(limits.max_file_bytes, 1)
    seen: set[str] = set()
    for shown, rel, entry in _entries(root, source, limits):
        if shown in seen:
            continue
        seen.add(shown)
        got = _hash(entry, cap) if entry is not None else None
        if got is None:
            unread += 1
            name = f"unread-{unread}{_suffix(rel)}"
            out.append(InputFile(shown, rel, None, None, name))
        else:
            out.append(InputFile(shown, rel, got[0], got[1], got[0][:16] + _suffix(rel)))
    return out


def _folders(files: list[InputFile]) -> dict[str, str]:
    """Every folder in the source (as its path in the source) -> its ``dir-`` name."""
    under: dict[str, list[str]] = {}
    for f in files:
        parts = PurePosixPath(f.path.split("!", 1)[0]).parts[:-1]
        for i in range(1, len(parts) + 1):
            under.setdefault("/".join(parts[:i]), []).append(f.name)
    return {d: _dir_name(names) for d, names in under.items()}


def _dir_name(names: Iterable[str]) -> str:
    h = hashlib.sha256("\n".join(sorted(names)).encode())
    return f"dir-{h.hexdigest()[:16]}"


class _Renamer:
    """Rewrites file and folder names to their digest names in a report's strings."""

    def __init__(self, source: str, output: str, files: list[InputFile]) -> None:
        root = source.rstrip("/") or source
        whole: dict[str, str] = {}  # replaced wherever they show
        parts: dict[str, str] = {}  # stems and bare folder names: only in ids and locations
        folders = _folders(files)
        is_dir = Path(source).is_dir()
        source_name = _dir_name(f.name for f in files) if is_dir else None
        for f in files:
            rel = f.path.split("!")
            base = PurePosixPath(rel[-1]).name
            for short in {rel[-1], base}:
                _put(whole, short, f.name)
            stem = PurePosixPath(base).stem
            if stem and stem != base:
                _put(parts, stem, f.name.removesuffix(_suffix(base)))
            if not is_dir and len(rel) == 1:
                source_name = f.name
        for d, name in folders.items():
            whole[f"{root}/{d}"] = name
            _put(whole, d, name)
            _put(parts, PurePosixPath(d).name, name)
        for f in files:  # a whole path says which file, whatever short names they share
            whole[f.display] = f.name
            whole[f.path] = f.name
        whole[root] = source_name or "<source>"
        whole[source] = whole[root]
        if output:
            whole[output] = "<output>"
        self.source = whole[root]
        self._whole = _pattern(whole)
        self._parts = _pattern({**parts, **whole})
        self._names = whole
        self._all = {**parts, **whole}

    def text(self, s: str) -> str:
        return self._whole.sub(lambda m: self._names[m.group(0)], s) if self._names else s

    def place(self, s: str) -> str:
        """A location, message id or file name: bare stems and folder names too."""
        return self._parts.sub(lambda m: self._all[m.group(0)], s) if self._all else s


def _put(names: dict[str, str], name: str, new: str) -> None:
    """``name`` -> ``new``; a short name that two files share becomes ``<file>`` (it must
    still go, but cannot say which)."""
    if name:
        names[name] = new if names.get(name, new) == new else "<file>"


def _pattern(names: dict[str, str]) -> re.Pattern[str]:
    """The names, longest first, each a whole name: not inside a longer word or path."""
    alts = "|".join(re.escape(n) for n in sorted((n for n in names if n), key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alts or '(?!)'})(?![\w-])")


def _message_id(mid: str) -> str:
    if "@" not in mid:
        return mid
    return "id-" + hashlib.sha256(mid.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def name_files(report: dict[str, Any], names: ReportNames, limits: Limits = DEFAULT) -> None:
    """Add ``files`` and ``report_names`` to a report's JSON, and with ``digest`` rewrite its
    file names (see the module)."""
    source = str(report.get("source") or "")
    files = input_files(source, limits)
    report["report_names"] = names
    if names == "path":
        report["files"] = [{"path": f.path, "sha256": f.sha256, "bytes": f.size} for f in files]
        return
    r = _Renamer(source, str(report.get("output") or ""), files)
    report["source"] = r.source
    report["output"] = "<output>" if report.get("output") else report.get("output")
    for w in report.get("withheld", []):
        w["message_id"] = _message_id(r.place(w["message_id"]))
        w["where"] = r.place(w["where"])
        w["reason"] = r.text(w["reason"])
    for p in report.get("not_read", []):
        p["where"] = r.place(p["where"])
        p["reason"] = r.text(p["reason"])
    report["files_withheld"] = [r.place(f) for f in report.get("files_withheld", [])]
    report["left_out"] = [r.text(s) for s in report.get("left_out", [])]
    report["files"] = [{"file": f.name, "sha256": f.sha256, "bytes": f.size} for f in files]

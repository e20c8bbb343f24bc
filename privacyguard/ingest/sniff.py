"""Pick a reader for each file of a source, and run reading and writing over whole sources.

A source is a file, ``-`` (standard input), a folder, a zip, or a SQLAlchemy URL. In a folder
or zip every file is sniffed; files that belong together (the pages of one Messenger thread)
are read as one unit. Files that no reader recognises are reported as problems: one problem
per unknown file, and one per folder for attachments (photos, voice notes, PDFs), which
privacyguard cannot scan. A zip inside a folder is opened too (one level deep).
"""

from __future__ import annotations

import dataclasses
import logging
import re
import shutil
import sqlite3
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from privacyguard import registry
from privacyguard.errors import InputFormatError, PrivacyGuardError
from privacyguard.ingest.base import Entry, Options, Reader, Record, Rewrite, Sink, Unit
from privacyguard.ingest.limits import zip_member_refusal
from privacyguard.ingest.sources import (
    FileSink,
    FolderSink,
    ZipSink,
    check_zip_safe,
    file_entry,
    folder_entries,
    is_zip,
    stdin_entry,
    zip_entries,
)
from privacyguard.models import InputProblem, Message, SourceLocation

log = logging.getLogger(__name__)

#: Sniffing order: the most specific shapes first. Plugins are tried after these.
SNIFF_ORDER = [
    "whatsapp_txt",
    "messenger_e2ee_json",
    "instagram_json",
    "messenger_json",
    "telegram_json",
    "twitter_dm_js",
    "zendesk_json",
    "intercom_json",
    "email_mbox",
    "email_eml",
    "csv",
    "jsonl",
]
NOT_SNIFFED = {"text", "sql"}  # text is the single-file fallback; sql takes URLs

MEDIA_SUFFIXES = {
    *"jpg jpeg png gif webp heic heif bmp tif tiff svg ico".split(),
    *"mp4 mov m4v 3gp avi mkv webm wmv".split(),
    *"opus ogg oga mp3 m4a aac wav amr flac wma caf".split(),
    *"pdf doc docx xls xlsx ppt pptx odt ods odp rtf vcf pages key numbers".split(),
    *"webm tgs lottie".split(),
}
JUNK_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
Tagged = tuple[str, Record]  # (reader name or "", record)


@dataclass
class WriteReport:
    """What write() did: files written, files copied unchanged, files withheld, problems."""

    written: list[str] = field(default_factory=list)
    copied: list[str] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    #: what the output leaves out by design (SQL to a file: other tables, unmapped columns)
    left_out: list[str] = field(default_factory=list)
    #: CSV/TSV cells given a leading ``'`` against formula injection (``csv_neutralise``)
    csv_neutralised: int = 0


def is_url(source: object) -> bool:
    return isinstance(source, str) and bool(_URL.match(source)) and not Path(source).exists()


def reader(name: str) -> Reader:
    return registry.lookup(registry.readers, "format", name)()


def sniffers() -> list[Reader]:
    names = registry.names(registry.readers)
    order = [n for n in SNIFF_ORDER if n in names]
    order += [n for n in names if n not in SNIFF_ORDER and n not in NOT_SNIFFED]
    return [reader(n) for n in order]


def choose(entry: Entry, fmt: str | None, candidates: list[Reader] | None = None) -> Reader | None:
    if fmt:
        return reader(fmt)
    head = entry.head()
    for r in sniffers() if candidates is None else candidates:
        if r.sniff(head, entry.name):
            return r
    return None


def _near_miss(entry: Entry) -> str | None:
    from privacyguard.ingest.whatsapp import near_miss

    return near_miss(entry.head(), entry.name)


def _kind_of_other(entry: Entry) -> str | None:
    """'attachment' or 'junk' for files no reader is expected to read, else None."""
    p = PurePosixPath(entry.name)
    if p.name in JUNK_NAMES or "__MACOSX" in p.parts:
        return "junk"
    if p.suffix.lower().lstrip(".") in MEDIA_SUFFIXES:
        return "attachment"
    return None


# --- planning a source ------------------------------------------------------------------


@dataclass
class Plan:
    units: list[tuple[Reader, Unit]] = field(default_factory=list)
    others: list[Entry] = field(default_factory=list)  # not read: attachments, junk, unknown
    problems: list[InputProblem] = field(default_factory=list)
    zips: list[tuple[Entry, Path]] = field(default_factory=list)  # nested zips (folders only)
    refused: list[Entry] = field(default_factory=list)  # over a limit: neither read nor copied


def _plan(
    entries: Iterator[Entry | InputProblem],
    fmt: str | None,
    container: str,
    shown: str,
    allow_zips: bool,
) -> Plan:
    plan = Plan()
    groups: dict[tuple[str, str], Unit] = {}
    readers_by_name: dict[str, Reader] = {}
    attachments: Counter[str] = Counter()
    forced = reader(fmt) if fmt else None
    candidates = None if forced else sniffers()  # once per plan: the look-up is not free
    for e in _forgetting(entries):
        if isinstance(e, InputProblem):
            plan.problems.append(e)
            continue
        if allow_zips and e.head(4) in (b"PK\x03\x04", b"PK\x05\x06") and isinstance(e, Entry):
            plan.zips.append((e, Path(e.display)))
            continue
        other = _kind_of_other(e)
        r = None
        if other is None:
            r = forced or choose(e, None, candidates)
        if r is not None and e.compressed is not None:
            why = zip_member_refusal(e.size or 0, e.compressed, e.limits)
            if why is not None:
                plan.problems.append(InputProblem(e.where(), why))
                plan.refused.append(e)
                continue
        if r is None:
            plan.others.append(e)
            if other == "attachment":
                attachments[PurePosixPath(e.name).suffix.lower().lstrip(".")] += 1
            elif other is None:
                hint = _near_miss(e)
                plan.problems.append(
                    InputProblem(
                        e.where(),
                        hint
                        or "not a recognised chat export; it was not read "
                        "(give it on its own with --format if it is one)",
                    )
                )
            continue
        readers_by_name[r.name] = r
        key = (r.name, r.group_key(e))
        if key not in groups:
            groups[key] = Unit([], key[1], True, container)
            plan.units.append((r, groups[key]))
        groups[key].entries.append(e)
    if attachments:
        n = sum(attachments.values())
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(attachments.items()))
        plan.problems.append(
            InputProblem(
                SourceLocation(shown),
                f"{n} attachment file{'s' if n != 1 else ''} not scanned ({kinds}); "
                "privacyguard reads text only, check them by other means",
            )
        )
    if not plan.units and not plan.problems and not plan.zips and not plan.others:
        plan.problems.append(InputProblem(SourceLocation(shown), "empty: no files to read"))
    return plan


def _forgetting(entries: Iterator[Entry | InputProblem]) -> Iterator[Entry | InputProblem]:
    """The entries, each one's cached head dropped once it has been planned."""
    for e in entries:
        yield e
        if isinstance(e, Entry):
            e.forget_head()


class IdLedger:
    """Which unit last yielded each message id, so that an id an earlier unit already used
    can be qualified; in bounded memory however large the source is.

    Up to ``in_memory`` ids are kept in a dict; beyond that they move to a private temporary
    SQLite database (on disk, deleted when closed). Most look-ups never reach it: an id whose
    namespace (the part before its last ``#``; one per conversation for most readers) no
    earlier unit used cannot have been used before.
    """

    def __init__(self, in_memory: int = 100_000, max_namespaces: int = 100_000):
        self.in_memory, self.max_namespaces = in_memory, max_namespaces
        self.mem: dict[str, int] = {}
        self.db: sqlite3.Connection | None = None
        self.unit = -1
        self.count = 0
        self.earlier: set[str] | None = set()  # None: too many to keep, always look up
        self.current: set[str] | None = set()

    def __bool__(self) -> bool:
        return self.count > 0

    def next_unit(self) -> None:
        if self.earlier is not None and self.current is not None:
            self.earlier |= self.current
            if len(self.earlier) > self.max_namespaces:
                self.earlier = None
        else:
            self.earlier = None
        self.current = set()
        self.unit += 1

    def used_before(self, mid: str) -> bool:
        """Whether an earlier unit yielded ``mid`` and the current one has not yet."""
        if self.earlier is not None and mid.rpartition("#")[0] not in self.earlier:
            return False
        last = self.mem.get(mid)
        if last is None and self.db is not None:
            row = self.db.execute("SELECT unit FROM ids WHERE id = ?", (mid,)).fetchone()
            last = row[0] if row else None
        return last is not None and last < self.unit

    def add(self, mid: str) -> None:
        self.mem[mid] = self.unit
        self.count += 1
        if self.current is not None:
            self.current.add(mid.rpartition("#")[0])
            if len(self.current) > self.max_namespaces:
                self.current = None
        if len(self.mem) >= self.in_memory:
            self._spill()

    def _spill(self) -> None:
        if self.db is None:
            self.db = sqlite3.connect("", isolation_level=None)  # "": a temporary file
            self.db.execute("PRAGMA journal_mode=OFF")
            self.db.execute("PRAGMA synchronous=OFF")
            self.db.execute("CREATE TABLE ids (id TEXT PRIMARY KEY, unit INTEGER) WITHOUT ROWID")
        self.db.execute("BEGIN")
        self.db.executemany("INSERT OR REPLACE INTO ids VALUES (?, ?)", self.mem.items())
        self.db.execute("COMMIT")
        self.mem.clear()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def unexpected(r: Reader, e: Exception) -> str:
    """The one line for a reader that failed in a way it does not report itself."""
    return (
        f"could not be read: the {r.label or r.name} reader met {type(e).__name__} (an export "
        "of a shape it does not expect); the rest of this file was not read"
    )


def _guarded(r: Reader, unit: Unit, opts: Options) -> Iterator[Record]:
    """The unit's records; a reader that fails ends its unit with one problem, so the rest of
    the source is still read (an InputFormatError of a file given alone still stops it)."""
    try:
        yield from r.read(unit, opts)
    except InputFormatError as e:
        if not unit.in_container:
            raise
        yield InputProblem(e.location, e.reason)
    except (MemoryError, OSError, PrivacyGuardError):
        raise  # not the input's fault: the caller reports these with their own exit codes
    except Exception as e:  # noqa: BLE001 - one problem per unit, never a traceback
        log.debug(
            "reader %s failed on %s: %s", r.name, unit.entry.where().for_log(), type(e).__name__
        )
        yield InputProblem(unit.entry.where(), unexpected(r, e))


def _unit_records(r: Reader, unit: Unit, opts: Options) -> Iterator[Record]:
    records = _guarded(r, unit, opts)
    if r.global_ids:
        yield from records
        return
    prefix = f"{unit.key}#"
    for rec in records:
        if isinstance(rec, Message):
            rec = dataclasses.replace(rec, id=prefix + rec.id)
        yield rec


def _read_plan(plan: Plan, opts: Options, seen: IdLedger | None = None) -> Iterator[Tagged]:
    """Records of every unit; an id already used by an earlier unit (the same chat exported
    twice) is qualified with the unit's path, so ids stay unique within the source."""
    if seen is None:
        seen = IdLedger()
        try:
            yield from _read_plan(plan, opts, seen)
        finally:
            seen.close()
        return
    for r, unit in plan.units:
        seen.next_unit()
        for rec in _unit_records(r, unit, opts):
            if isinstance(rec, Message):
                if seen.used_before(rec.id):
                    rec = dataclasses.replace(rec, id=f"{unit.key}#{rec.id}")
                seen.add(rec.id)
            yield r.name, rec
    for entry, path in plan.zips:
        try:
            inner = _plan_zip(path, entry.display, None, opts)
        except InputFormatError as e:
            yield "", InputProblem(e.location, e.reason)
            continue
        yield from _read_plan(inner, opts, seen)
    for problem in plan.problems:
        yield "", problem


def _renames(plan: Plan, opts: Options, seen: IdLedger) -> list[dict[str, str]]:
    """For each unit, the ids _read_plan gives a different name (as local id -> final id)."""
    out = []
    for r, unit in plan.units:
        seen.next_unit()
        ren: dict[str, str] = {}
        for rec in _unit_records(r, unit, opts):
            if isinstance(rec, Message):
                mid = rec.id
                if seen.used_before(mid):
                    mid = ren[rec.id] = f"{unit.key}#{rec.id}"
                seen.add(mid)
        out.append(ren)
    return out


def _plan_zip(path: Path, shown: str, fmt: str | None, opts: Options) -> Plan:
    return _plan(zip_entries(path, shown, opts.limits), fmt, path.stem, shown, allow_zips=False)


# --- the stage entry points -------------------------------------------------------------


def read(
    source: str | Path, fmt: str | None = None, options: Options | None = None, **values: Any
) -> Iterator[Record]:
    """Messages (and problems) from a file, '-' (stdin), a folder, a zip or a SQL URL.

    ``fmt`` forces a registered reader; ``options`` is a
    :class:`~privacyguard.ingest.options.ReaderOptions`, and ``values`` are its fields given
    one by one (over ``options``), e.g. ``timezone="Europe/Oslo"`` or
    ``columns={"text": "Tekst"}``.
    """
    for _, rec in read_by_format(source, fmt, options, **values):
        yield rec


def read_by_format(
    source: str | Path, fmt: str | None = None, options: Options | None = None, **values: Any
) -> Iterator[Tagged]:
    """:func:`read`, each record paired with the name of the reader that read it; problems
    about files that no reader read (unknown files, attachments, unsafe zip members) get ''."""
    opts = Options.make(options, **values).for_source(is_url(source))
    if is_url(source):
        from privacyguard.ingest.sql import url_unit

        r = reader(fmt or "sql")
        for rec in r.read(url_unit(str(source)), opts):
            yield r.name, rec
        return
    if str(source) == "-":
        entry = stdin_entry()
        entry.limits = opts.limits
        try:
            yield from _read_single(entry, fmt, opts, "")
        finally:
            entry.close()
        return
    path = Path(source)
    name = str(source)
    if not path.exists():
        raise InputFormatError(SourceLocation(name), "no such file")
    if path.is_dir():
        plan = _plan(folder_entries(path, opts.limits), fmt, path.name, name, allow_zips=True)
        yield from _read_plan(plan, opts)
    elif is_zip(path):
        yield from _read_plan(_plan_zip(path, name, fmt, opts), opts)
    else:
        entry = file_entry(path, path.name, opts.limits)
        yield from _read_single(entry, fmt, opts, path.parent.name)


def _single_reader(entry: Entry, fmt: str | None) -> Reader:
    r = choose(entry, fmt)
    if r is not None:
        return r
    hint = _near_miss(entry)
    if hint:
        raise InputFormatError(entry.where(), hint)
    return reader("text")


def _read_single(entry: Entry, fmt: str | None, opts: Options, container: str) -> Iterator[Tagged]:
    r = _single_reader(entry, fmt)
    unit = Unit([entry], entry.name, False, container)
    for rec in _guarded(r, unit, opts):
        yield r.name, rec


def write(
    source: str | Path,
    output: str | Path,
    rewrite: Rewrite,
    fmt: str | None = None,
    options: Options | None = None,
    *,
    rename: Callable[[str], str] | None = None,
    **values: Any,
) -> WriteReport:
    """Write ``source`` again at ``output`` with every text field passed through ``rewrite``.

    See :mod:`privacyguard.ingest` for the contract. A folder is written as a folder, a zip
    as a zip, a file as a file; for a SQL URL ``output`` is a URL (or, for SQLite, a path).
    ``rename`` maps each path inside a folder or zip (and a file's name when ``output`` is a
    folder) to the path written, e.g. a :class:`~privacyguard.ingest.paths.PathRedactor`.
    ``options`` and ``values`` are the reader options, as for :func:`read`.
    """
    opts = Options.make(options, **values).for_source(is_url(source))
    report = WriteReport()
    if is_url(source):
        from privacyguard.ingest.sql import write_sql

        problems, left_out = write_sql(str(source), str(output), rewrite, opts)
        report.problems.extend(problems)
        report.left_out.extend(left_out)
        report.written.append(str(output))
        return report
    src, out = Path(source), Path(output)
    if not src.exists():
        raise InputFormatError(SourceLocation(str(source)), "no such file")
    rs, ro = src.resolve(), out.resolve()
    if ro == rs or (src.is_dir() and ro.is_relative_to(rs)):
        raise InputFormatError(
            SourceLocation(str(output)), "the output must not be the source or inside it"
        )
    if src.is_dir():
        if out.exists() and not out.is_dir():
            raise InputFormatError(SourceLocation(str(output)), "output exists and is not a folder")
        out.mkdir(parents=True, exist_ok=True)
        sink = FolderSink(out)
        sink.rename = rename
        plan = _plan(folder_entries(src, opts.limits), fmt, src.name, str(src), allow_zips=True)
        _write_plan(plan, rewrite, sink, opts, report, str(src))
        report.written.extend(sink.written)
    elif is_zip(src):
        check_zip_safe(src, str(src))
        with zipfile.ZipFile(src) as template:
            zsink = ZipSink(out, template)
        zsink.rename = rename
        ok = False
        try:
            plan = _plan_zip(src, str(src), fmt, opts)
            _write_plan(plan, rewrite, zsink, opts, report, str(src))
            ok = True
        finally:
            zsink.close(ok)
        report.written.append(str(out))
    else:
        if out.is_dir():
            out = out / (rename(src.name) if rename is not None else src.name)
        entry = file_entry(src, src.name, opts.limits)
        r = _single_reader(entry, fmt)
        fsink = FileSink(out)
        unit = Unit([entry], entry.name, False, src.parent.name)
        report.problems.extend(_guarded_write(r, unit, rewrite, fsink, opts))
        report.left_out.extend(fsink.take_left_out())
        report.csv_neutralised += fsink.take_neutralised()
        report.written.extend(fsink.written)
    return report


def _write_plan(
    plan: Plan,
    rewrite: Rewrite,
    sink: Sink,
    opts: Options,
    report: WriteReport,
    shown: str,
    seen: IdLedger | None = None,
) -> None:
    if seen is None:
        seen = IdLedger()
        try:
            _write_plan(plan, rewrite, sink, opts, report, shown, seen)
        finally:
            seen.close()
        return
    many = len(plan.units) > 1 or plan.zips or seen  # nested zips continue the same ledger
    renames = _renames(plan, opts, seen) if many else [{}] * len(plan.units)
    for (r, unit), ren in zip(plan.units, renames, strict=True):
        prefix = "" if r.global_ids else f"{unit.key}#"

        def rw(mid: str, fld: str, text: str, _p: str = prefix, _r: dict[str, str] = ren) -> str:
            full = _p + mid
            return rewrite(_r.get(full, full), fld, text)

        report.problems.extend(_guarded_write(r, unit, rw, sink, opts))
        report.left_out.extend(sink.take_left_out())
        report.csv_neutralised += sink.take_neutralised()
    for entry in plan.others:
        if opts.copy_other_files:
            with entry.open() as f, sink.open(entry.name) as out:
                shutil.copyfileobj(f, out)
            report.copied.append(sink.renamed(entry.name))
        else:
            report.withheld.append(sink.renamed(entry.name))
    report.withheld.extend(sink.renamed(entry.name) for entry in plan.refused)
    for entry, path in plan.zips:
        check_zip_safe(path, entry.display)
        assert isinstance(sink, FolderSink)
        with zipfile.ZipFile(path) as template:
            zsink = ZipSink(sink.target(entry.name), template)
        zsink.rename = sink.rename
        ok = False
        try:
            _write_plan(
                _plan_zip(path, entry.display, None, opts),
                rewrite,
                zsink,
                opts,
                report,
                entry.display,
                seen,
            )
            ok = True
        finally:
            zsink.close(ok)
        report.written.append(sink.renamed(entry.name))
    report.problems.extend(plan.problems)


def _guarded_write(
    r: Reader, unit: Unit, rewrite: Rewrite, sink: Sink, opts: Options
) -> list[InputProblem]:
    """``r.write``; a reader that fails is one problem and its files are not written (each is
    written atomically, so nothing partial is left)."""
    try:
        return r.write(unit, rewrite, sink, opts)
    except InputFormatError as e:
        if not unit.in_container:
            raise
        return [InputProblem(e.location, e.reason)]
    except (MemoryError, OSError, PrivacyGuardError):
        raise  # a full disk, a read-only output, a failed rewrite (a wrong key): not input
    except Exception as e:  # noqa: BLE001 - fail closed: the unit is withheld, reported
        log.debug(
            "writer %s failed on %s: %s", r.name, unit.entry.where().for_log(), type(e).__name__
        )
        why = unexpected(r, e).replace("could not be read", "withheld") + "; it was not written"
        return [InputProblem(unit.entry.where(), why)]


def formats(source: str | Path, fmt: str | None = None) -> list[tuple[str, str]]:
    """(file, reader name or '') for every file of a source: what read() would do."""
    path = Path(source)
    if path.is_dir():
        plan = _plan(folder_entries(path), fmt, path.name, str(path), allow_zips=True)
    elif is_zip(path):
        plan = _plan_zip(path, str(path), fmt, Options())
    else:
        e = file_entry(path)
        return [(e.display, _single_reader(e, fmt).name)]
    out = [(e.display, r.name) for r, u in plan.units for e in u.entries]
    out += [(e.display, "") for e in plan.others]
    return out

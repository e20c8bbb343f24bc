"""Sources: a file, standard input, a folder or a zip, as a list of :class:`Entry`; and sinks.

Zip members are opened one at a time as streams (the archive is never loaded into memory).
Member names with ``..``, an absolute path or a drive letter are unsafe: reading reports them
as problems, writing refuses the whole archive before anything is written. A second member of
the same name, a special file (pipe, device, socket), a link out of a folder and the files past
``max_files`` are reported as problems too, never skipped silently (see
:mod:`privacyguard.ingest.limits`).
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO, cast

from privacyguard.errors import EXIT_BUSY, InputFormatError, PrivacyGuardError
from privacyguard.ingest.base import Entry, Sink, atomic_file
from privacyguard.ingest.limits import DEFAULT, Limits, special_kind, too_many_files
from privacyguard.models import InputProblem, SourceLocation

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"


def unsafe_member(name: str) -> str | None:
    """Why a zip member name would escape the output folder, or None if it is safe."""
    n = name.replace("\\", "/")
    if n.startswith("/") or (len(n) > 1 and n[1] == ":"):
        return "absolute path"
    if ".." in PurePosixPath(n).parts:
        return "'..' in the path"
    return None


def is_zip(path: Path) -> bool:
    """Whether ``path`` is a regular file that starts like a zip (a pipe is never opened)."""
    if not path.is_file():
        return False
    try:
        with path.open("rb") as f:
            head = f.read(4)
    except OSError:
        return False
    return head in (ZIP_MAGIC, EMPTY_ZIP_MAGIC)


class _Keep(io.BufferedReader):
    """A reader over a shared spool that does not close it."""

    def close(self) -> None:  # noqa: D102
        pass


def stdin_entry() -> Entry:
    spool = tempfile.SpooledTemporaryFile(max_size=8 << 20)  # noqa: SIM115
    shutil.copyfileobj(sys.stdin.buffer, spool)

    def opener() -> BinaryIO:
        spool.seek(0)
        return _Keep(spool)  # type: ignore[arg-type]  # a spooled file, not a raw stream

    return Entry("<stdin>", "<stdin>", opener, closer=spool.close)


def file_entry(path: Path, name: str | None = None, limits: Limits = DEFAULT) -> Entry:
    """A plain file given on its own; InputFormatError for a pipe, device or socket (a read
    would block or never end): give its contents on standard input ("-") instead."""
    st = path.stat()
    kind = special_kind(st.st_mode)
    if kind is not None:
        raise InputFormatError(
            SourceLocation(str(path)),
            f"{kind}, not a regular file; it was not read (give its contents on standard "
            "input with '-')",
        )
    return Entry(name or path.name, str(path), lambda: path.open("rb"), st.st_size, limits=limits)


def folder_entries(root: Path, limits: Limits = DEFAULT) -> Iterator[Entry | InputProblem]:
    """Every regular file under ``root``, sorted, as entries named by their path relative to
    it. Whatever is not read is yielded as an InputProblem instead: special files (pipes,
    devices, sockets), links that leave ``root`` or lead nowhere, unreadable files, and the
    files past ``limits.max_files``."""
    real_root = root.resolve()
    count = 0
    unlisted: list[OSError] = []  # folders os.walk could not list (it would skip them silently)
    for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted.append):
        yield from _unlisted(unlisted)
        dirnames.sort()
        here = Path(dirpath)
        for dn in dirnames:
            p = here / dn
            if p.is_symlink() and not p.resolve().is_relative_to(real_root):
                yield InputProblem(
                    SourceLocation(str(p)),
                    "a link to a folder outside the scanned folder; it was not followed "
                    "(copy the files in if they belong to the export)",
                )
        for fn in sorted(filenames):
            p = here / fn
            why = _not_readable(p, real_root)
            if why is not None:
                yield InputProblem(SourceLocation(str(p)), why)
                continue
            count += 1
            if count > limits.max_files:
                yield InputProblem(SourceLocation(str(root)), too_many_files("folder", limits))
                return
            yield Entry(
                p.relative_to(root).as_posix(),
                str(p),
                lambda p=p: p.open("rb"),  # type: ignore[misc]
                p.stat().st_size,
                limits=limits,
            )
    yield from _unlisted(unlisted)


def _unlisted(errors: list[OSError]) -> Iterator[InputProblem]:
    while errors:
        e = errors.pop(0)
        why = e.strerror or type(e).__name__
        yield InputProblem(
            SourceLocation(str(e.filename)), f"folder cannot be read ({why}); it was skipped"
        )


def _not_readable(p: Path, real_root: Path) -> str | None:
    """Why the file at ``p`` (in a folder being read) is skipped, or None to read it."""
    if p.is_symlink():
        try:
            target = p.resolve(strict=True)
        except (OSError, RuntimeError):
            return "a symbolic link that leads nowhere (broken or looping); it was not read"
        if not target.is_relative_to(real_root):
            return (
                "a symbolic link to a file outside the scanned folder; it was not followed "
                "(copy the file in if it belongs to the export)"
            )
    try:
        st = p.stat()
    except OSError as e:
        return f"cannot be read ({e.strerror or type(e).__name__}); it was skipped"
    kind = special_kind(st.st_mode)
    if kind is not None:
        return f"{kind}, not a regular file; it was skipped"
    if not os.access(p, os.R_OK):
        return "no permission to read it; it was skipped"
    return None


def zip_entries(
    path: Path, display: str | None = None, limits: Limits = DEFAULT
) -> Iterator[Entry | InputProblem]:
    """Entries of a zip. A member that is not read is yielded as an InputProblem instead: an
    unsafe path, a second member of the same name, the members past ``limits.max_files``."""
    shown = display or str(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise InputFormatError(
            SourceLocation(shown), f"not a readable zip ({type(e).__name__}: {e})"
        ) from None
    archive = _Archive(path, zf)  # one ZipFile for every member, kept open while read
    infos = [i for i in zf.infolist() if not i.is_dir()]
    infos.sort(key=lambda i: i.filename)  # stable: same names stay in archive order
    if len(infos) > limits.max_files:
        yield InputProblem(SourceLocation(shown), too_many_files("zip", limits))
        del infos[limits.max_files :]
    names = Counter(i.filename for i in infos)
    seen: set[str] = set()
    for info in infos:
        where = SourceLocation(f"{shown}!{info.filename}")
        why = unsafe_member(info.filename)
        if why:
            yield InputProblem(where, f"unsafe path in zip ({why}); this member was not read")
            continue
        if info.filename in seen:
            yield InputProblem(
                where,
                f"the zip holds {names[info.filename]} members of this name; only the first "
                "was read (re-create the zip with distinct names)",
            )
            continue
        seen.add(info.filename)

        def opener(info: zipfile.ZipInfo = info) -> BinaryIO:
            # a raw stream with the read, readline and iteration that readers use
            return cast(BinaryIO, _ZipMember(archive.open(info)))

        yield Entry(
            info.filename,
            f"{shown}!{info.filename}",
            opener,
            info.file_size,
            limits=limits,
            compressed=info.compress_size,
        )


class _Archive:
    """One open ZipFile shared by the members of a zip: opening the archive again for each
    member re-read its central directory every time (a zip of 5,000 small files took more
    than ten minutes). Reopened if it was closed; several members may be open at once."""

    def __init__(self, path: Path, zf: zipfile.ZipFile):
        self.path, self.zf = path, zf

    def open(self, info: zipfile.ZipInfo) -> IO[bytes]:
        if self.zf.fp is None:
            self.zf = zipfile.ZipFile(self.path)
        return self.zf.open(info)


class _ZipMember(io.RawIOBase):
    """A zip member stream (its archive stays open for the other members)."""

    def __init__(self, f: IO[bytes]):
        self._f = f

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        return self._f.read(n)

    def readinto(self, b: Any) -> int:
        data = self._f.read(len(b))
        b[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        return self._f.readline(-1 if size is None else size)

    def __iter__(self) -> Iterator[bytes]:
        while True:
            line = self._f.readline()
            if not line:
                return
            yield line

    def close(self) -> None:
        try:
            self._f.close()
        finally:
            super().close()


def check_zip_safe(path: Path, shown: str) -> None:
    """Refuse (before writing anything) a zip with a member that would escape the output."""
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            why = unsafe_member(info.filename)
            if why:
                raise InputFormatError(
                    SourceLocation(f"{shown}!{info.filename}"),
                    f"unsafe path in zip ({why}); refusing to write this archive. "
                    "Re-create the zip with relative paths",
                )


# --- sinks ----------------------------------------------------------------------------------


class FileSink(Sink):
    """Output for a single-file source: whatever name the writer gives goes to ``path``."""

    def __init__(self, path: Path):
        self.path = path
        self.written: list[str] = []

    @contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        with atomic_file(str(self.path)) as f:
            yield f
        self.written.append(str(self.path))


class FolderSink(Sink):
    """Files under ``root`` at the same relative paths; nothing is written outside it."""

    def __init__(self, root: Path):
        self.root = root
        self.written: list[str] = []

    def target(self, name: str) -> Path:
        name = self.renamed(name)
        why = unsafe_member(name)
        if why:
            raise InputFormatError(SourceLocation(name), f"unsafe output path ({why})")
        dest = self.root / name
        real_root = os.path.realpath(self.root)
        real = os.path.realpath(dest)
        if not (real == real_root or real.startswith(real_root + os.sep)):
            raise InputFormatError(SourceLocation(name), "output path leaves the output folder")
        return dest

    @contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        dest = self.target(name)
        with atomic_file(str(dest)) as f:
            yield f
        self.written.append(self.renamed(name))


class ZipSink(Sink):
    """Members of a new zip; the archive replaces ``path`` atomically when closed."""

    def __init__(self, path: Path, template: zipfile.ZipFile | None = None):
        self.path = path
        self.written: list[str] = []
        self._cm = atomic_file(str(path))
        self._file = self._cm.__enter__()
        self._zip = zipfile.ZipFile(self._file, "w", zipfile.ZIP_DEFLATED)
        self._infos = {i.filename: i for i in template.infolist()} if template else {}

    @contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        why = unsafe_member(name)
        if why:
            raise InputFormatError(SourceLocation(name), f"unsafe output path ({why})")
        buf = tempfile.SpooledTemporaryFile(max_size=16 << 20)  # noqa: SIM115
        try:
            yield buf
            buf.seek(0)
            src = self._infos.get(name)
            name = self.renamed(name)
            info = zipfile.ZipInfo(name, date_time=src.date_time if src else (1980, 1, 1, 0, 0, 0))
            info.compress_type = src.compress_type if src else zipfile.ZIP_DEFLATED
            info.external_attr = src.external_attr if src else 0o644 << 16
            with self._zip.open(info, "w") as out:
                shutil.copyfileobj(buf, out)
            self.written.append(name)
        finally:
            buf.close()

    def close(self, ok: bool = True) -> None:
        self._zip.close()
        if ok:
            self._cm.__exit__(None, None, None)
        else:
            try:
                raise RuntimeError("aborted")
            except RuntimeError as e:
                try:
                    self._cm.__exit__(type(e), e, e.__traceback__)
                except RuntimeError:
                    pass


# --- output folders: a marker while they are written --------------------------------------

MARKER = ".privacyguard-incomplete"
_MARKER_TEXT = (
    "A privacyguard redaction into this folder is running, or was interrupted: the folder is "
    "incomplete. Run the same `privacyguard redact` again; it removes this file when done.\n"
)
TEMP_GLOB = ".pg-*"  # atomic_file's temporary files (.tmp; .db for SQL outputs)


class OutputBusy(PrivacyGuardError):
    """Another run is writing into the same output folder: exit 3."""

    exit_code = EXIT_BUSY


@contextmanager
def incomplete_marker(source: Path, output: Path, say: Callable[[str], object]) -> Iterator[None]:
    """A folder output carries MARKER (flocked) while it is written: a killed run leaves
    it, so the folder says it is incomplete; the next run removes that run's temporary files
    and says so (through ``say``). A file or zip output appears atomically; its folder's
    stale temporary files are reported. Another run writing into the same folder is
    :class:`OutputBusy` (exit 3)."""
    import fcntl

    src, out = source, output
    if not src.is_dir():
        report_stale(out.parent if not out.is_dir() else out, say)
        yield
        return
    rs, ro = src.resolve(), out.resolve()
    if ro == rs or ro.is_relative_to(rs) or (out.exists() and not out.is_dir()):
        yield  # ingest.write refuses these, before writing anything
        return
    existed = out.exists()
    out.mkdir(parents=True, exist_ok=True)
    marker = out / MARKER
    interrupted = marker.exists()
    fd = os.open(marker, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusy(f"another privacyguard redaction is writing into {out} ({MARKER} "
                             "is locked); wait for it, or write elsewhere") from None  # fmt: skip
        if interrupted:
            stale = [p for p in out.rglob(TEMP_GLOB) if p.is_file()]
            for p in stale:
                p.unlink(missing_ok=True)
            say(f"note: an earlier redaction into {out} was interrupted ({MARKER}); removed "
                f"{len(stale)} temporary file(s) it left; this run writes the folder again")
        os.ftruncate(fd, 0)
        os.write(fd, _MARKER_TEXT.encode())
        os.fsync(fd)
        ok = False
        try:
            yield
            ok = True
        finally:
            others = any(p.name != MARKER for p in out.iterdir())
            if ok or not others:  # done, or nothing written: no marker
                marker.unlink(missing_ok=True)
                if not ok and not existed:
                    out.rmdir()
    finally:
        os.close(fd)


def report_stale(folder: Path, say: Callable[[str], object]) -> None:
    """Temporary files an interrupted run left next to a file output: named, not removed
    (another run may be writing them)."""
    try:
        stale = [p.name for p in folder.glob(TEMP_GLOB) if p.is_file()]
    except OSError:
        return
    if stale:
        say(f"note: {len(stale)} temporary file(s) {TEMP_GLOB} in {folder} were left by an "
            f"interrupted run (e.g. {stale[0]}); delete them unless another privacyguard run "
            "is writing there")  # fmt: skip

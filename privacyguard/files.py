"""Writing files atomically: a temp file in the target folder, fsynced, then moved over the
target, so a reader never sees half a file and a failed write leaves the old one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO


def write_atomic(
    path: str | os.PathLike[str], data: str | bytes, *, mode: int | None = None
) -> None:
    """Write ``data`` (text as UTF-8) through :func:`atomic_file`. The file is readable by its
    owner only (mkstemp's 0600) unless ``mode`` says otherwise (0o644 for a report that holds
    no personal data and is meant to be handed over)."""
    with atomic_file(os.fspath(path)) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    if mode is not None:
        os.chmod(path, mode)


@contextmanager
def atomic_file(path: str) -> Iterator[IO[bytes]]:
    """A temp file in the target folder, moved over ``path`` with os.replace on success."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".pg-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise

"""The extension points are abstract base classes: a reader, sink or recognizer that lacks
its one required method cannot even be created, instead of failing on first use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import pytest

from privacyguard.detect.recognizers.base import RuleRecognizer
from privacyguard.ingest.base import Options, Reader, Record, Sink, Unit
from privacyguard.registry import lookup, names, readers


class _NoRead(Reader):
    name = "no_read"

    def sniff(self, head: bytes, name: str) -> bool:
        return False


class _WithRead(_NoRead):
    def read(self, unit: Unit, options: Options) -> Iterator[Record]:
        return iter(())


class _NoOpen(Sink):
    pass


class _WithOpen(Sink):
    @contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        raise NotImplementedError  # never called here
        yield


def test_a_reader_without_read_cannot_be_created() -> None:
    with pytest.raises(TypeError, match="abstract.*read"):
        _NoRead()
    assert isinstance(_WithRead(), Reader)


def test_a_sink_without_open_cannot_be_created() -> None:
    with pytest.raises(TypeError, match="abstract.*open"):
        _NoOpen()
    assert isinstance(_WithOpen(), Sink)


def test_a_recognizer_without_find_cannot_be_created() -> None:
    class NoFind(RuleRecognizer):
        pass

    with pytest.raises(TypeError, match="abstract.*find"):
        NoFind(None, None)  # type: ignore[arg-type]  # refused before __init__ runs


def test_the_base_classes_themselves_cannot_be_created() -> None:
    for cls in (Reader, Sink):
        with pytest.raises(TypeError, match="abstract"):
            cls()  # type: ignore[abstract]


def test_every_registered_reader_is_concrete() -> None:
    """Making the bases abstract must not have left a registered reader abstract."""
    registered = names(readers)
    assert len(registered) >= 10
    for name in registered:
        reader = lookup(readers, "format", name)()
        assert isinstance(reader, Reader), name
        assert reader.name == name

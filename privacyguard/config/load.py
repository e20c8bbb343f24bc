"""Parse YAML while keeping positions, and map validation errors back to file:line:column."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from privacyguard.errors import ConfigError
from privacyguard.models import SourceLocation

Loc = tuple[int | str, ...]


class YamlDocument:
    """A parsed YAML file that can tell where any key or list item sits."""

    def __init__(self, path: Path, data: Any):
        self.path = path
        self.data = data

    def where(self, loc: Loc) -> SourceLocation:
        """Best position for a pydantic-style location: the deepest node that exists."""
        node, line, col = self.data, 0, 0
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                if node.lc.data.get(part):
                    line, col = (
                        node.lc.value(part) if not _is_container(node[part]) else node.lc.key(part)
                    )
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line, col = node.lc.item(part)
                node = node[part]
            else:
                break
        return SourceLocation(str(self.path), line + 1, col + 1)


def _is_container(value: Any) -> bool:
    return isinstance(value, (CommentedMap, CommentedSeq))


def read_yaml(path: Path) -> YamlDocument:
    """Parse one file; a syntax error becomes a ConfigError at its line."""
    yaml = YAML(typ="rt")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([(SourceLocation(str(path)), "file not found")]) from None
    except UnicodeDecodeError as e:
        raise ConfigError([(SourceLocation(str(path)), f"not UTF-8 text ({e.reason})")]) from None
    try:
        data = yaml.load(text)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        loc = (
            SourceLocation(str(path), mark.line + 1, mark.column + 1)
            if mark
            else SourceLocation(str(path))
        )
        raise ConfigError([(loc, f"YAML syntax: {e.problem or e.context}")]) from None
    if data is None:
        data = CommentedMap()
    if not isinstance(data, CommentedMap):
        raise ConfigError(
            [(SourceLocation(str(path), 1, 1), "expected a mapping at the top level")]
        )
    return YamlDocument(path, data)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def validate(doc: YamlDocument, model: type[BaseModel]) -> tuple[BaseModel | None, list]:
    """Validate a document against a pydantic model; return (model or None, problems)."""
    try:
        return model.model_validate(_plain(doc.data)), []
    except ValidationError as e:
        return None, [(doc.where(err["loc"]), _describe(err)) for err in e.errors()]


def _describe(err: Any) -> str:
    loc = _dotted(err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        return (
            f"{loc}: unknown key '{err['loc'][-1]}'; check the spelling against the documented keys"
        )
    if kind == "missing":
        return f"{loc}: required key is missing"
    msg = err["msg"]
    if kind in ("greater_than_equal", "less_than_equal") and "ge" in str(err.get("ctx", "")):
        pass
    return f"{loc}: {msg[0].lower() + msg[1:]}, got {err.get('input')!r}"


def _dotted(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "<top>"

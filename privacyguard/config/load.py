"""Parse YAML while keeping positions, and map validation errors back to file:line:column."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from privacyguard.errors import ConfigError
from privacyguard.models import SourceLocation

Loc = Sequence[int | str]
Problem = tuple[SourceLocation, str]


class YamlDocument:
    """A parsed YAML file that can tell where any key or list item sits."""

    def __init__(self, path: Path, data: CommentedMap):
        self.path = path
        self.data = data

    def where(self, loc: Loc) -> SourceLocation:
        """Position of the deepest node of a pydantic-style location that exists."""
        node: Any = self.data
        line = col = 0
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                if node.lc.data.get(part):
                    child = node[part]
                    container = isinstance(child, (CommentedMap, CommentedSeq))
                    line, col = node.lc.key(part) if container else node.lc.value(part)
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line, col = node.lc.item(part)
                node = node[part]
            else:
                break
        return SourceLocation(str(self.path), line + 1, col + 1)


def read_yaml(path: Path) -> YamlDocument:
    """Parse one file; a syntax error becomes a ConfigError at its line."""
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([(SourceLocation(file), "file not found")]) from None
    except UnicodeDecodeError as e:
        raise ConfigError([(SourceLocation(file), f"not UTF-8 text ({e.reason})")]) from None
    try:
        data = YAML(typ="rt").load(text)
    except MarkedYAMLError as e:
        raise ConfigError([_syntax_problem(file, e)]) from None
    if data is None:
        data = CommentedMap()
    if not isinstance(data, CommentedMap):
        raise ConfigError([(SourceLocation(file, 1, 1), "expected a mapping at the top level")])
    return YamlDocument(path, data)


def _syntax_problem(file: str, e: MarkedYAMLError) -> Problem:
    mark = e.problem_mark or e.context_mark
    loc = SourceLocation(file, mark.line + 1, mark.column + 1) if mark else SourceLocation(file)
    msg = f"YAML syntax: {e.problem or e.context}"
    if e.context and e.context_mark and e.problem_mark:
        cm = e.context_mark
        msg += f" ({e.context} at line {cm.line + 1}, column {cm.column + 1})"
    return loc, msg


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def validate(doc: YamlDocument, model: type[BaseModel]) -> tuple[Any, list[Problem]]:
    """Validate a document against a pydantic model: (model or None, every problem)."""
    try:
        return model.model_validate(_plain(doc.data)), []
    except ValidationError as e:
        return None, [(doc.where(err["loc"]), _describe(err, model)) for err in e.errors()]


def _describe(err: Any, model: type[BaseModel]) -> str:
    loc = dotted(err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        key = str(err["loc"][-1])
        known = _keys_at(model, err["loc"][:-1])
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(known)}"
        return f"{loc}: unknown key '{key}'; {hint}"
    if kind == "missing":
        return f"{loc}: required key is missing"
    msg = err["msg"]
    return f"{loc}: {msg[0].lower() + msg[1:]}, got {err.get('input')!r}"


def _keys_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names of the (nested) model at a location, for "did you mean"."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_in(field.annotation)
    return sorted(getattr(current, "model_fields", {}))


def _model_in(annotation: Any) -> Any:
    """The BaseModel inside list[X], X | None and the like."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def dotted(loc: Loc) -> str:
    """('recognizers', 0, 'patterns') -> 'recognizers[0].patterns'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "<top>"

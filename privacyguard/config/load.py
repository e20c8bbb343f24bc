"""Parse YAML while keeping positions, and map validation errors back to file:line:column.

Rules and policy files may come from anyone, so reading them is bounded: a file over
:data:`MAX_CONFIG_BYTES` (the environment variable ``PRIVACYGUARD_MAX_CONFIG_BYTES`` changes
it) is refused before it is read, and anchors and aliases may not expand to more than
:data:`MAX_YAML_NODES` values ("billion laughs") nor refer to themselves. Each refusal is one
ConfigError line at the file.
"""

from __future__ import annotations

import difflib
import os
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

#: the largest rules or policy file read (bytes); PRIVACYGUARD_MAX_CONFIG_BYTES overrides it
MAX_CONFIG_BYTES = 16 << 20
MAX_CONFIG_ENV = "PRIVACYGUARD_MAX_CONFIG_BYTES"
#: the most values (mappings, lists and scalars) a file may hold once aliases are expanded
MAX_YAML_NODES = 200_000


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
    cap = max_config_bytes()
    try:
        with path.open("rb") as f:
            raw = f.read(cap + 1) if path.is_file() else b"\0"
    except FileNotFoundError:
        raise ConfigError([(SourceLocation(file), "file not found")]) from None
    except OSError as e:
        raise ConfigError([(SourceLocation(file), f"cannot be read ({e.strerror})")]) from None
    if not path.is_file():
        raise ConfigError([(SourceLocation(file), "not a regular file")])
    if len(raw) > cap:
        raise ConfigError(
            [(SourceLocation(file), f"larger than {cap:,} bytes, the limit for a rules or "
              f"policy file; it was not read (set {MAX_CONFIG_ENV} to raise the limit)")]
        )  # fmt: skip
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ConfigError([(SourceLocation(file), f"not UTF-8 text ({e.reason})")]) from None
    del raw
    try:
        data = YAML(typ="rt").load(text)
    except MarkedYAMLError as e:
        raise ConfigError([_syntax_problem(file, e)]) from None
    except RecursionError:
        raise ConfigError(
            [(SourceLocation(file), "YAML nested too deeply to read; it was not read")]
        ) from None
    if data is None:
        data = CommentedMap()
    if not isinstance(data, CommentedMap):
        raise ConfigError([(SourceLocation(file, 1, 1), "expected a mapping at the top level")])
    why = _alias_bomb(data)
    if why is not None:
        raise ConfigError([(SourceLocation(file), why)])
    return YamlDocument(path, data)


def max_config_bytes() -> int:
    """:data:`MAX_CONFIG_BYTES`, or the environment's override when it is a whole number."""
    value = os.environ.get(MAX_CONFIG_ENV, "").strip()
    return int(value) if value.isdigit() else MAX_CONFIG_BYTES


def _alias_bomb(data: object) -> str | None:
    """Why the parsed document must be refused (aliases that expand to too many values, or
    that contain themselves), or None. Shared nodes are sized once: linear in the file."""
    sizes: dict[int, int] = {}
    open_: set[int] = set()
    stack: list[tuple[object, bool]] = [(data, False)]
    while stack:
        node, done = stack.pop()
        if not isinstance(node, dict | list):
            continue
        key = id(node)
        children = list(node.values()) if isinstance(node, dict) else node
        if done:
            open_.discard(key)
            total = 1
            for c in children:
                total += sizes.get(id(c), 1) if isinstance(c, dict | list) else 1
            sizes[key] = total
            if total > MAX_YAML_NODES:
                return (
                    f"anchors and aliases expand to more than {MAX_YAML_NODES:,} values (an "
                    "alias bomb?); the file was not read. Write the values out, or use "
                    "fewer aliases"
                )
            continue
        if key in sizes:
            continue
        if key in open_:
            return "an alias refers to the list or mapping it is in; the file was not read"
        open_.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if isinstance(c, dict | list))
    return None


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

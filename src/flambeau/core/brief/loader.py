"""Load a brief from YAML or JSON, turning every problem into one message with its field path."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from flambeau.core.brief.models import Brief
from flambeau.core.errors import BriefError


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that reports duplicate keys instead of keeping the last one."""

    duplicates: list[str]


def _mapping_without_duplicates(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        try:
            duplicate = key in seen
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, f"unhashable key {key!r}", key_node.start_mark
            ) from None
        if duplicate:
            line = key_node.start_mark.line + 1
            loader.duplicates.append(f"line {line}: key {key!r} appears twice")
        seen.add(key)
    return loader.construct_mapping(node, deep=True)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _mapping_without_duplicates,
)


_FIELD_MESSAGE = re.compile(r"^[a-z_]+: ")


def format_location(loc: tuple[int | str, ...]) -> str:
    """('campaign', 'channels', 'twiter', '[key]') -> 'campaign.channels.twiter'."""
    path = ""
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(part, int):
            path += f"[{part}]"
        elif str(part).startswith(("function-", "tagged-union")):
            continue
        else:
            path += f".{part}" if path else str(part)
    return path or "(top level)"


def _message(error: Any, model_fields: dict[str, list[str]]) -> str:
    loc = tuple(error["loc"])
    kind = error["type"]
    where = format_location(loc).replace("__extensions__", "extensions")
    if kind == "extra_forbidden":
        parent = re.sub(r"\[\d+\]", "[]", format_location(loc[:-1])) if loc[:-1] else ""
        known = model_fields.get(parent, [])
        hint = f"; known: {', '.join(known)}" if known else ""
        return f"{where}: unknown key{hint} (use an 'x-' prefix for your own keys)"
    if kind == "missing":
        return f"{where}: required"
    message = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    field_message = _FIELD_MESSAGE.match(message)
    if field_message:  # a model-level check naming its own field: "end: must not be before ..."
        return message if not loc else f"{where}.{message}"
    if kind == "literal_error" and where == "version":
        return f"version: must be 1 (the only brief format so far), got {error.get('input')!r}"
    return f"{where}: {message[0].lower() + message[1:] if message else message}"


def _known_keys() -> dict[str, list[str]]:
    """Field names per path, for 'known:' hints on unknown keys."""
    from flambeau.core.brief.models import Audience, Brand, Campaign

    hidden = {"extensions", "source_dir"}
    keys = {
        "": [f for f in Brief.model_fields if f not in hidden],
        "brand": [f for f in Brand.model_fields if f not in hidden],
        "campaign": [f for f in Campaign.model_fields if f not in hidden],
    }
    audience = [f for f in Audience.model_fields if f not in hidden]
    keys["audiences[]"] = audience
    return keys


def parse_brief(data: Any, *, source: str = "brief", source_dir: Path | None = None) -> Brief:
    """Validate already-parsed data as a brief; raise BriefError listing every problem."""
    if not isinstance(data, dict):
        raise BriefError(
            source, ["(top level): must be a mapping with brand, campaign, facts, messages"]
        )
    try:
        brief = Brief.model_validate(data)
    except ValidationError as exc:
        known = _known_keys()
        problems = list(dict.fromkeys(_message(e, known) for e in exc.errors()))
        raise BriefError(source, problems) from None
    brief = brief.model_copy(update={"source_dir": source_dir})
    problems = []
    if brief.brand.logo and not brief.resolve(brief.brand.logo).is_file():
        problems.append(f"brand.logo: file not found: {brief.resolve(brief.brand.logo)}")
    for i, font in enumerate(brief.brand.fonts):
        if not brief.resolve(font).is_file():
            problems.append(f"brand.fonts[{i}]: file not found: {brief.resolve(font)}")
    if problems:
        raise BriefError(source, problems)
    return brief


def read_brief_data(text: str, *, source: str, as_json: bool = False) -> Any:
    """Parse YAML (or JSON) text; syntax errors and duplicate keys become BriefError."""
    if as_json:
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise BriefError(
                source, [f"line {exc.lineno} column {exc.colno}: invalid JSON: {exc.msg}"]
            ) from None
    loader: _UniqueKeyLoader | None = None
    try:
        loader = _UniqueKeyLoader(text)
        loader.duplicates = []
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1} column {mark.column + 1}: " if mark else ""
        raise BriefError(source, [f"{where}invalid YAML: {exc.problem or exc}"]) from None
    except yaml.reader.ReaderError as exc:
        raise BriefError(source, [f"position {exc.position}: invalid YAML: {exc.reason}"]) from None
    except yaml.YAMLError as exc:
        raise BriefError(source, [f"invalid YAML: {exc}"]) from None
    except RecursionError:
        raise BriefError(source, ["invalid YAML: nested too deeply"]) from None
    finally:
        if loader is not None:
            loader.dispose()
    if loader.duplicates:
        raise BriefError(source, loader.duplicates)
    return data


def load_brief(path: str | Path) -> Brief:
    """Read and validate a brief file (YAML, or JSON for `.json`)."""
    path = Path(path)
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BriefError(source, ["file not found"]) from None
    except IsADirectoryError:
        raise BriefError(source, ["is a folder, not a brief file"]) from None
    except UnicodeDecodeError:
        raise BriefError(source, ["is not UTF-8 text"]) from None
    except OSError as exc:
        raise BriefError(source, [f"cannot be read: {exc.strerror}"]) from None
    data = read_brief_data(text, source=source, as_json=path.suffix.lower() == ".json")
    return parse_brief(data, source=source, source_dir=path.parent.resolve())

"""Rules as plugins: the `Rule` base class, the registry, and entry-point loading.

A rule is one class: class attributes that document it (id, severity, subjects,
languages, basis, title, description, examples), an optional nested pydantic `Options`,
and one method, `check`, that yields `Hit`s. Built-in rules register through the
`flambeau.rules` entry-point group, exactly like a third-party package would.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Iterable, Iterator
from importlib.metadata import entry_points
from typing import Any, ClassVar, NamedTuple

from pydantic import BaseModel, ConfigDict

from flambeau.core.ethics.model import Severity, Subject

ENTRY_POINT_GROUP = "flambeau.rules"
BUILTIN_PLUGIN = "flambeau"
BLOCK_PLUGINS_ENV = "FLAMBEAU_BLOCK_PLUGINS"  # "1" (tests): load only the built-in rules


class Hit(NamedTuple):
    """What a rule's `check` yields; the engine turns it into a `Finding`."""

    message: str
    start: int | None = None
    end: int | None = None
    suggestion: str | None = None
    subject_id: str | None = None


class Example(BaseModel):
    """A bad and a good case for a rule; text rules give text, others a scenario mapping."""

    model_config = ConfigDict(frozen=True)

    lang: str | None = None  # None: the rule has no language
    bad: str | dict[str, Any]
    good: str | dict[str, Any]


def in_each_language(
    *,
    bad: str | dict[str, Any],
    good: str | dict[str, Any],
    languages: tuple[str, ...] = ("en", "fr"),
) -> tuple[Example, ...]:
    """The same scenario as an example in each language, for rules whose data has no words."""
    return tuple(Example(lang=lang, bad=bad, good=good) for lang in languages)


class Rule:
    """Base class of every ethics rule; subclasses set the class attributes and `check`."""

    id: ClassVar[str]  # "family.name"
    severity: ClassVar[Severity] = Severity.WARN
    subjects: ClassVar[tuple[Subject, ...]] = ("text",)  # the first is what `check` receives
    languages: ClassVar[tuple[str, ...]] = ()  # () means language-independent
    basis: ClassVar[str]
    title: ClassVar[str]
    description: ClassVar[str]
    examples: ClassVar[tuple[Example, ...]] = ()
    jurisdictions: ClassVar[tuple[str, ...]] = ()  # () means everywhere
    sectors: ClassVar[tuple[str, ...]] = ()  # () means every sector
    needs_brief: ClassVar[bool] = False  # text rules that only make sense with a brief

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True)

    def __init__(self, options: BaseModel | None = None) -> None:
        self.options = options if options is not None else self.Options()

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    @classmethod
    def subject(cls) -> Subject:
        return cls.subjects[0]

    def check(self, subject: Any) -> Iterable[Hit]:  # pragma: no cover - abstract
        raise NotImplementedError


_REQUIRED = ("id", "basis", "title", "description")


class RuleRegistry:
    """Every known rule class by id; loads built-in and third-party plugins on first use."""

    def __init__(self) -> None:
        self._rules: dict[str, type[Rule]] = {}
        self._loaded = False
        self.version = 0  # bumped on every change, so policies rebuild their rule sets

    def register(self, rule: type[Rule]) -> type[Rule]:
        """Add a rule class (usable as a decorator); a malformed class is refused at once."""
        missing = [name for name in _REQUIRED if not getattr(rule, name, None)]
        if missing:
            raise TypeError(f"rule {rule.__name__} lacks {', '.join(missing)}")
        family, _, name = rule.id.partition(".")
        if not family or not name:
            raise TypeError(f"rule id {rule.id!r} must look like 'family.name'")
        if not rule.subjects:
            raise TypeError(f"rule {rule.id} names no subject")
        existing = self._rules.get(rule.id)
        if existing is not None and existing is not rule:
            raise ValueError(f"rule id {rule.id!r} is already registered by {existing.__name__}")
        self._rules[rule.id] = rule
        self.version += 1
        return rule

    def unregister(self, rule_id: str) -> None:
        if self._rules.pop(rule_id, None) is not None:
            self.version += 1

    def load(self) -> None:
        """Load the `flambeau.rules` entry points once; FLAMBEAU_BLOCK_PLUGINS=1 keeps built-ins."""
        if self._loaded:
            return
        self._loaded = True
        builtin_only = os.environ.get(BLOCK_PLUGINS_ENV, "") not in ("", "0")
        seen_builtin = False
        for point in entry_points(group=ENTRY_POINT_GROUP):
            if point.name == BUILTIN_PLUGIN:
                seen_builtin = True
            elif builtin_only:
                continue
            hook: Callable[[Callable[[type[Rule]], type[Rule]]], None] = point.load()
            hook(self.register)
        if not seen_builtin:  # an install whose metadata predates the entry point
            from flambeau.core.ethics.families import register as register_builtins

            register_builtins(self.register)

    def get(self, rule_id: str) -> type[Rule]:
        """The rule class by id; KeyError names the closest known id."""
        self.load()
        try:
            return self._rules[rule_id]
        except KeyError:
            close = self.closest(rule_id)
            hint = f"; did you mean {close!r}?" if close else ""
            raise KeyError(f"unknown ethics rule {rule_id!r}{hint}") from None

    def ids(self) -> list[str]:
        self.load()
        return sorted(self._rules)

    def families(self) -> list[str]:
        return sorted({rule_id.split(".", 1)[0] for rule_id in self.ids()})

    def closest(self, name: str) -> str | None:
        """The known rule id or family nearest to a misspelt one, for error messages."""
        candidates = [*self.ids(), *self.families()]
        close = difflib.get_close_matches(name, candidates, n=1)
        return close[0] if close else None

    def __contains__(self, rule_id: object) -> bool:
        self.load()
        return rule_id in self._rules

    def __iter__(self) -> Iterator[type[Rule]]:
        self.load()
        return iter([self._rules[rule_id] for rule_id in sorted(self._rules)])

    def __len__(self) -> int:
        self.load()
        return len(self._rules)


registry = RuleRegistry()


def register_rule(rule: type[Rule]) -> type[Rule]:
    """Register a rule class with the global registry (the callback plugins receive)."""
    return registry.register(rule)

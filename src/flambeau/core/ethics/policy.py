"""Ethics policies: which rules run, how severe they are, and the thresholds they use.

A policy is a YAML file (bundled: `default`, `strict`) validated like a brief: every
problem names its key. `extends: default` starts from another policy and overrides it.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
)

from flambeau.core.brief import Brief, QuietHours
from flambeau.core.channels import CHANNEL_IDS
from flambeau.core.errors import PolicyError
from flambeau.core.ethics.model import Severity, Subject
from flambeau.core.ethics.rules import Rule, registry

BUNDLED = ("default", "strict")
SECTORS = ("alcohol", "gambling", "health", "finance", "crypto", "politics", "children")
_OFF = "off"


class Cap(BaseModel):
    """At most `day` posts per local day and `week` per ISO week (None: no cap)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    day: int | None = Field(default=None, ge=1)
    week: int | None = Field(default=None, ge=1)


class FrequencyCaps(BaseModel):
    """Caps per audience (all channels together) and per channel, with per-channel overrides."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    audience: Cap = Cap(day=3, week=21)
    channel: Cap = Cap(day=4, week=21)
    channels: dict[str, Cap] = Field(default_factory=dict)

    @field_validator("channels")
    @classmethod
    def _known_channels(cls, value: dict[str, Cap]) -> dict[str, Cap]:
        unknown = sorted(set(value) - set(CHANNEL_IDS))
        if unknown:
            raise ValueError(f"unknown channel {unknown[0]!r}; known: {', '.join(CHANNEL_IDS)}")
        return value

    def for_channel(self, channel: str) -> Cap:
        return self.channels.get(channel, self.channel)


class Packs(BaseModel):
    """Which jurisdiction and sector packs may apply (the brief picks among them)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    jurisdictions: list[str] = Field(default_factory=lambda: ["FR"])
    sectors: list[str] = Field(default_factory=lambda: list(SECTORS))

    @field_validator("jurisdictions")
    @classmethod
    def _codes(cls, value: list[str]) -> list[str]:
        bad = [code for code in value if len(code) != 2 or not code.isalpha()]
        if bad:
            raise ValueError(f"must be ISO 3166 codes like 'FR'; bad: {', '.join(map(repr, bad))}")
        return [code.upper() for code in value]

    @field_validator("sectors")
    @classmethod
    def _sectors(cls, value: list[str]) -> list[str]:
        bad = [sector for sector in value if sector not in SECTORS]
        if bad:
            raise ValueError(f"unknown sector {bad[0]!r}; known: {', '.join(SECTORS)}")
        return value


class RuleSetting(BaseModel):
    """A policy's word on one rule or family: on/off, a severity, rule options."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    severity: Severity | None = None
    options: dict[str, Any] = Field(default_factory=dict)

    @classmethod
    def parse(cls, value: Any) -> RuleSetting:
        if isinstance(value, RuleSetting):
            return value
        if value is False or value == _OFF:
            return cls(enabled=False)
        if value is True or value == "on":
            return cls()
        if isinstance(value, str):
            return cls(severity=Severity(value))
        if isinstance(value, dict):
            known = {"enabled", "severity"}
            data: dict[str, Any] = {k: v for k, v in value.items() if k in known}
            if data.get("severity") == _OFF:
                data.pop("severity")
                data["enabled"] = False
            data["options"] = {k: v for k, v in value.items() if k not in known}
            return cls(**data)
        raise ValueError("must be off, on, info, warn, block, or a mapping with severity/options")


def _parse_setting(value: Any) -> RuleSetting:
    try:
        return RuleSetting.parse(value)
    except ValueError as error:
        if isinstance(error, ValidationError):
            raise
        raise ValueError(
            f"{value!r} is not a setting: use off, on, info, warn, block, or a mapping"
        ) from None


RuleSettingValue = Annotated[RuleSetting, BeforeValidator(_parse_setting)]


class Policy(BaseModel):
    """A validated policy; `severity_for` and `enabled` answer per rule id."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = "default"
    description: str = ""
    k: int = Field(default=100, ge=2)
    ai_label: bool = True
    min_exposure_share: float = Field(default=0.05, ge=0.0, le=1.0)
    max_exposure_skew: float = Field(default=3.0, gt=1.0)
    frequency_caps: FrequencyCaps = FrequencyCaps()
    quiet_hours: QuietHours | None = None  # used when the brief sets none
    late_night: QuietHours = QuietHours.parse("22:00-06:00")
    adult_age: int = Field(default=18, ge=1, le=120)
    jurisdiction: str | None = None  # used when the brief names none (e.g. for lint)
    packs: Packs = Packs()
    escalate_warnings: bool = False  # strict: every warn becomes block
    rules: dict[str, RuleSettingValue] = Field(default_factory=dict)

    _cache: dict[tuple[Any, ...], list[tuple[Rule, Severity]]] = PrivateAttr(default_factory=dict)

    @field_validator("quiet_hours", "late_night", mode="before")
    @classmethod
    def _clock(cls, value: Any) -> Any:
        return None if value is None else QuietHours.parse(value)

    @field_validator("jurisdiction")
    @classmethod
    def _jurisdiction(cls, value: str | None) -> str | None:
        if value is not None and (len(value) != 2 or not value.isalpha()):
            raise ValueError(f"{value!r} is not an ISO 3166 country code like 'FR'")
        return None if value is None else value.upper()

    @field_validator("rules", mode="before")
    @classmethod
    def _rules(cls, value: Any) -> Any:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ValueError("must map rule ids or families to off/info/warn/block")
        return {str(k): v for k, v in value.items()}

    def _setting(self, rule_id: str) -> RuleSetting | None:
        if rule_id in self.rules:
            return self.rules[rule_id]
        return self.rules.get(rule_id.split(".", 1)[0])

    def enabled(self, rule_id: str) -> bool:
        """Whether the rule runs under this policy (a rule entry wins over its family's)."""
        setting = self._setting(rule_id)
        return setting is None or setting.enabled

    def severity_for(self, rule_id: str) -> Severity:
        """The rule's severity here: its default, the policy's override, then escalation."""
        severity = registry.get(rule_id).severity
        for key in (rule_id.split(".", 1)[0], rule_id):  # family first, the rule wins
            setting = self.rules.get(key)
            if setting is not None and setting.severity is not None:
                severity = setting.severity
        if self.escalate_warnings and severity is Severity.WARN:
            return Severity.BLOCK
        return severity

    def options_for(self, rule_id: str) -> BaseModel:
        rule = registry.get(rule_id)
        setting = self.rules.get(rule_id)
        return rule.Options(**(setting.options if setting else {}))

    def jurisdiction_of(self, brief: Brief | None) -> str | None:
        if brief is not None and brief.brand.jurisdiction:
            return brief.brand.jurisdiction
        return self.jurisdiction

    def applies(self, rule: type[Rule], brief: Brief | None) -> bool:
        """Whether a rule's jurisdiction and sector packs apply to this brief."""
        if rule.jurisdictions:
            place = self.jurisdiction_of(brief)
            if place not in rule.jurisdictions or place not in self.packs.jurisdictions:
                return False
        if rule.sectors:
            sector = brief.brand.sector if brief is not None else None
            if sector not in rule.sectors or sector not in self.packs.sectors:
                return False
        return not (rule.needs_brief and brief is None)

    def active(self, subject: Subject, brief: Brief | None) -> list[tuple[Rule, Severity]]:
        """The rule instances (with their severity) to run on one kind of subject."""
        key = (
            registry.version,
            subject,
            self.jurisdiction_of(brief),
            brief.brand.sector if brief else None,
            brief is None,
        )
        private = self.__pydantic_private__ or {}  # skips pydantic's slow __getattr__
        cache: dict[tuple[Any, ...], list[tuple[Rule, Severity]]] = private["_cache"]
        cached = cache.get(key)
        if cached is None:
            cached = [
                (rule_cls(self.options_for(rule_cls.id)), self.severity_for(rule_cls.id))
                for rule_cls in registry
                if rule_cls.subject() == subject
                and self.enabled(rule_cls.id)
                and self.applies(rule_cls, brief)
            ]
            cache[key] = cached
        return cached


def _problems(error: ValidationError, prefix: str = "") -> list[str]:
    problems = []
    for item in error.errors():
        path = ".".join(str(part) for part in item["loc"] if part != "__root__")
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown key"
        problems.append(f"{prefix}{path}: {message}" if path or prefix else message)
    return problems


def _check_rule_entries(policy: Policy) -> list[str]:
    problems = []
    families = set(registry.families())
    for key, setting in policy.rules.items():
        if key not in registry and key not in families:
            close = registry.closest(key)
            hint = f"; did you mean {close!r}?" if close else ""
            problems.append(f"rules.{key}: unknown rule or family{hint}")
            continue
        if not setting.options:
            continue
        if key in families:
            problems.append(f"rules.{key}: options belong to a rule, not to a family")
            continue
        try:
            registry.get(key).Options(**setting.options)
        except ValidationError as error:
            problems += _problems(error, prefix=f"rules.{key}.")
    return problems


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict) and key != "quiet_hours":
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read(name_or_path: str, base_dir: Path | None, chain: tuple[str, ...]) -> dict[str, Any]:
    if name_or_path in BUNDLED:
        source = f"policy {name_or_path!r}"
        text = (
            resources.files("flambeau.core.ethics.policies")
            .joinpath(f"{name_or_path}.yaml")
            .read_text(encoding="utf-8")
        )
        here = base_dir
    else:
        path = Path(name_or_path).expanduser()
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        source = str(path)
        if not path.is_file():
            known = ", ".join(BUNDLED)
            raise PolicyError(
                name_or_path, [f"policy: no bundled policy or file by this name (bundled: {known})"]
            )
        text = path.read_text(encoding="utf-8")
        here = path.parent
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise PolicyError(source, [f"not valid YAML: {error}"]) from None
    data = {} if data is None else data
    if not isinstance(data, dict):
        raise PolicyError(source, ["a policy must be a mapping of keys to values"])
    parent = data.pop("extends", None)
    if parent is None:
        return data
    if not isinstance(parent, str) or parent in chain:
        raise PolicyError(source, [f"extends: {parent!r} cannot be extended here (a loop?)"])
    return _merge(_read(parent, here, (*chain, parent)), data)


def load_policy(name_or_path: str = "default", *, base_dir: Path | None = None) -> Policy:
    """A bundled policy by name, or a YAML file (relative to `base_dir`); PolicyError if bad."""
    data = _read(name_or_path, base_dir, (name_or_path,))
    data.setdefault("name", Path(name_or_path).stem)
    try:
        policy = Policy.model_validate(data)
    except ValidationError as error:
        raise PolicyError(name_or_path, _problems(error)) from None
    problems = _check_rule_entries(policy)
    if problems:
        raise PolicyError(name_or_path, problems)
    return policy

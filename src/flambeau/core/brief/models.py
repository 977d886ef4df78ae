"""Typed value objects for a brief (format v1); validation messages name the field."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from flambeau.core.channels import CHANNEL_IDS

_HEX_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_CADENCE = re.compile(r"^\s*(\d+)\s*/\s*(day|week|month)\s*$")
_CLOCK_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_HASHTAG = re.compile(r"^#\w+$")


class _Strict(BaseModel):
    """Unknown keys are errors; `x-` keys are kept in `extensions` and otherwise ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    extensions: dict[str, Any] = Field(default_factory=dict, exclude=True)

    @model_validator(mode="before")
    @classmethod
    def _keep_extensions(cls, data: Any) -> Any:
        if isinstance(data, dict) and any(str(k).startswith("x-") for k in data):
            data = dict(data)
            extensions = {k: data.pop(k) for k in list(data) if str(k).startswith("x-")}
            data["extensions"] = extensions
        elif isinstance(data, dict) and "extensions" in data:
            # "extensions" is not a brief key: make a typo of it fail like any other.
            data = dict(data)
            data["__extensions__"] = data.pop("extensions")
        return data


def _check_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in value:
        raise ValueError(f"must be an http(s) URL, got {value!r}")
    return value


class Goal(StrEnum):
    AWARENESS = "awareness"
    ENGAGEMENT = "engagement"
    TRAFFIC = "traffic"
    REGISTRATIONS = "registrations"
    SALES = "sales"
    DONATIONS = "donations"


class LawfulBasis(StrEnum):
    CONSENT = "consent"
    CONTRACT = "contract"
    LEGITIMATE_INTEREST = "legitimate-interest"


class Cadence(BaseModel):
    """How often a channel posts: `count` posts per `per` (`once` is one for the campaign)."""

    model_config = ConfigDict(frozen=True)

    count: int
    per: Literal["day", "week", "month", "campaign"]

    @classmethod
    def parse(cls, value: object) -> Cadence:
        if isinstance(value, Cadence):
            return value
        if not isinstance(value, str):
            raise ValueError(f"must be a cadence like '3/week', 'once'; got {value!r}")
        if value.strip() == "once":
            return cls(count=1, per="campaign")
        match = _CADENCE.match(value)
        if not match:
            raise ValueError(f"{value!r} is not a cadence; use N/day, N/week, N/month or once")
        count = int(match.group(1))
        if count < 1:
            raise ValueError(f"{value!r}: the count must be at least 1")
        if count > 48 and match.group(2) == "day":
            raise ValueError(f"{value!r}: more than 48 posts a day is not a cadence")
        return cls(count=count, per=match.group(2))

    def __str__(self) -> str:
        return "once" if self.per == "campaign" else f"{self.count}/{self.per}"


class QuietHours(BaseModel):
    """A daily local window (possibly across midnight) in which nothing is posted."""

    model_config = ConfigDict(frozen=True)

    start: dt.time
    end: dt.time

    @classmethod
    def parse(cls, value: object) -> QuietHours:
        if isinstance(value, QuietHours):
            return value
        match = _CLOCK_RANGE.match(str(value)) if isinstance(value, str) else None
        if not match:
            raise ValueError(f"must look like '21:00-08:00', got {value!r}")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
            raise ValueError(f"{value!r} is not a valid clock range")
        if (h1, m1) == (h2, m2):
            raise ValueError(f"{value!r}: start and end are the same time")
        return cls(start=dt.time(h1, m1), end=dt.time(h2, m2))

    def contains(self, moment: dt.time) -> bool:
        """True when a local wall-clock time falls inside the quiet window."""
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def _known_channel(value: str) -> str:
    if value not in CHANNEL_IDS:
        raise ValueError(f"unknown channel; known: {', '.join(CHANNEL_IDS)}")
    return value


ChannelId = Annotated[str, AfterValidator(_known_channel)]
CadenceValue = Annotated[Cadence, BeforeValidator(Cadence.parse)]


class Brand(_Strict):
    name: str = Field(min_length=1)
    language: str
    voice: list[str] = Field(default_factory=list)
    avoid: list[str] = Field(default_factory=list)
    colors: list[str] = Field(default_factory=list)
    fonts: list[str] = Field(default_factory=list)
    logo: str | None = None
    hashtags: list[str] = Field(default_factory=list)
    website: str | None = None
    sector: str | None = None
    jurisdiction: str | None = None

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if not _LANGUAGE_TAG.match(value):
            raise ValueError(f"{value!r} is not a BCP-47 language tag like 'fr' or 'en-GB'")
        return value

    @field_validator("colors")
    @classmethod
    def _colors(cls, value: list[str]) -> list[str]:
        bad = [c for c in value if not _HEX_COLOR.match(c)]
        if bad:
            raise ValueError(f"colours must be '#RRGGBB'; bad: {', '.join(map(repr, bad))}")
        return value

    @field_validator("hashtags")
    @classmethod
    def _hashtags(cls, value: list[str]) -> list[str]:
        bad = [h for h in value if not _HASHTAG.match(h)]
        if bad:
            raise ValueError(
                f"hashtags must start with '#' and hold no spaces; bad: {', '.join(map(repr, bad))}"
            )
        return value

    @field_validator("website")
    @classmethod
    def _website(cls, value: str | None) -> str | None:
        return None if value is None else _check_url(value)

    @field_validator("sector")
    @classmethod
    def _sector(cls, value: str | None) -> str | None:
        return None if value is None else value.lower()

    @field_validator("jurisdiction")
    @classmethod
    def _jurisdiction(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not re.fullmatch(r"[A-Za-z]{2}", value):
            raise ValueError(f"{value!r} is not an ISO 3166 country code like 'FR'")
        return value.upper()

    @field_validator("voice", "avoid", "fonts")
    @classmethod
    def _no_blank_items(cls, value: list[str]) -> list[str]:
        if any(not item.strip() for item in value):
            raise ValueError("must not contain empty items")
        return value

    @property
    def primary_language(self) -> str:
        """The language subtag: 'en' for 'en-GB'."""
        return self.language.split("-")[0].lower()

    @property
    def primary_color(self) -> str:
        return self.colors[0] if self.colors else "#222222"


class Campaign(_Strict):
    name: str = Field(min_length=1)
    goal: Goal = Goal.AWARENESS
    start: dt.date
    end: dt.date
    timezone: str = "UTC"
    channels: dict[ChannelId, CadenceValue]
    quiet_hours: QuietHours | None = None
    link: str | None = None
    call_to_action: str | None = None
    sponsored: bool = False
    partner: str | None = None

    @field_validator("start", "end", mode="before")
    @classmethod
    def _iso_date(cls, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            raise ValueError("must be a date (YYYY-MM-DD), not a date and time")
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None
        if not isinstance(value, dt.date):
            raise ValueError(f"must be an ISO date (YYYY-MM-DD), got {value!r}")
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            close = sorted(z for z in available_timezones() if z.lower() == value.lower())
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ValueError(
                f"{value!r} is not an IANA time zone like 'Europe/Paris'{hint}"
            ) from None
        return value

    @field_validator("channels", mode="before")
    @classmethod
    def _channels(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError("must be a mapping of channel id to cadence, e.g. 'mastodon: 3/week'")
        if not value:
            raise ValueError("must name at least one channel")
        return {str(k): v for k, v in value.items()}

    @field_validator("quiet_hours", mode="before")
    @classmethod
    def _quiet(cls, value: Any) -> Any:
        return None if value is None else QuietHours.parse(value)

    @field_validator("link")
    @classmethod
    def _link(cls, value: str | None) -> str | None:
        return None if value is None else _check_url(value)

    @model_validator(mode="after")
    def _dates_in_order(self) -> Campaign:
        if self.end < self.start:
            raise ValueError("end: must not be before campaign.start")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class Audience(_Strict):
    name: str = Field(min_length=1)
    size: int | None = Field(default=None, ge=0)
    basis: LawfulBasis | None = None
    age_min: int | None = Field(default=None, ge=0, le=120)
    age_max: int | None = Field(default=None, ge=0, le=120)
    interests: list[str] = Field(default_factory=list)
    location: str | None = None

    @model_validator(mode="after")
    def _ages_in_order(self) -> Audience:
        if self.age_min is not None and self.age_max is not None and self.age_max < self.age_min:
            raise ValueError("age_max: must not be below age_min")
        return self


class Brief(_Strict):
    """A whole campaign brief; `source_dir` resolves relative paths (logo, fonts)."""

    version: Literal[1] = 1
    brand: Brand
    campaign: Campaign
    facts: list[str] = Field(min_length=1)
    messages: list[str] = Field(min_length=1)
    audiences: list[Audience] = Field(default_factory=list)
    policy: str = "default"
    source_dir: Path | None = Field(default=None, exclude=True)

    @field_validator("facts", "messages")
    @classmethod
    def _no_blank(cls, value: list[str]) -> list[str]:
        if any(not item.strip() for item in value):
            raise ValueError("must not contain empty items")
        return value

    @model_validator(mode="after")
    def _unique_audiences(self) -> Brief:
        names = [a.name for a in self.audiences]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"audiences: duplicate names {', '.join(map(repr, dupes))}")
        return self

    @property
    def language(self) -> str:
        return self.brand.language

    @property
    def lang(self) -> str:
        """Primary language subtag ('fr', 'en')."""
        return self.brand.primary_language

    def resolve(self, relative: str) -> Path:
        """A path from the brief (logo, font) made absolute against the brief's folder."""
        path = Path(relative)
        if path.is_absolute() or self.source_dir is None:
            return path
        return self.source_dir / path

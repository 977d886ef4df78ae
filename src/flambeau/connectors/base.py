"""The connector contract: what a channel is given to publish, and what it gives back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from flambeau.core.errors import ConnectorError


class Publication(BaseModel):
    """One post ready for one destination; `key` is the same on every retry of it."""

    model_config = ConfigDict(frozen=True)

    key: str
    post_id: str
    channel: str
    campaign: str
    brand: str
    language: str
    text: str
    title: str | None = None
    link: str | None = None
    hashtags: list[str] = Field(default_factory=list)
    parts: list[str] = Field(default_factory=list)
    image: Path | None = None  # absolute path of the image file
    alt_text: str | None = None
    disclosure: list[str] = Field(default_factory=list)
    extra: dict[str, Any] = Field(default_factory=dict)
    scheduled_at: AwareDatetime
    published_at: AwareDatetime


class Receipt(BaseModel):
    """What a connector reports after publishing: where the post now lives."""

    connector: str
    key: str
    external_id: str
    url: str | None = None
    published_at: AwareDatetime
    extra: dict[str, Any] = Field(default_factory=dict)


class Metrics(BaseModel):
    """Numbers a channel reports for a published post (empty when it reports none)."""

    values: dict[str, float] = Field(default_factory=dict)
    measured_at: AwareDatetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


@runtime_checkable
class Connector(Protocol):
    """A channel family: publish, delete, fetch metrics, validate credentials."""

    id: ClassVar[str]
    name: ClassVar[str]

    def publish(self, publication: Publication) -> Receipt: ...

    def delete(self, receipt: Receipt) -> None: ...

    def fetch_metrics(self, receipt: Receipt) -> Metrics: ...

    def validate_credentials(self) -> list[str]: ...


class BaseConnector:
    """Shared construction: `Options` (pydantic) validated with messages that name the key."""

    id: ClassVar[str] = ""
    name: ClassVar[str] = ""

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")

    def __init__(self, options: BaseModel) -> None:
        self.options = options

    @classmethod
    def build(cls, options: dict[str, Any] | None = None) -> BaseConnector:
        try:
            parsed = cls.Options.model_validate(options or {})
        except ValidationError as exc:
            problems = [
                f"{'.'.join(str(p) for p in err['loc']) or 'options'}: {err['msg']}"
                for err in exc.errors()
            ]
            raise ConnectorError(f"{cls.id} connector options: {'; '.join(problems)}") from None
        return cls(parsed)

    def publish(self, publication: Publication) -> Receipt:
        raise NotImplementedError

    def delete(self, receipt: Receipt) -> None:
        raise ConnectorError(f"the {self.id} connector cannot delete what it published")

    def fetch_metrics(self, receipt: Receipt) -> Metrics:
        return Metrics()

    def validate_credentials(self) -> list[str]:
        return []

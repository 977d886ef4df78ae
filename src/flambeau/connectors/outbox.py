"""The local outbox: one folder per delivered post holding `post.json`, its image, and the
email or article rendering when the post has one."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from flambeau.connectors.base import BaseConnector, Publication, Receipt
from flambeau.connectors.files import locked
from flambeau.core.errors import ConnectorError

POST_FILE = "post.json"
# Renderings a writer may leave in `extra`, written next to post.json under these names.
RENDERINGS = (("html", "message.html"), ("markdown", "article.md"))


class OutboxConnector(BaseConnector):
    """Writes each post to `root/<key>/`; publishing the same key twice keeps the first."""

    id: ClassVar[str] = "outbox"
    name: ClassVar[str] = "Local outbox"

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")

        root: Path

    options: Options

    def folder(self, key: str) -> Path:
        if not key or "/" in key or key.startswith("."):
            raise ConnectorError(f"outbox: {key!r} is not a usable delivery key")
        return self.options.root / key

    def publish(self, publication: Publication) -> Receipt:
        target = self.folder(publication.key)
        with locked(self.options.root):
            if (target / POST_FILE).exists():
                return self._receipt_of(target)
            receipt = Receipt(
                connector=self.id,
                key=publication.key,
                external_id=publication.key,
                url=target.as_uri(),
                published_at=publication.published_at,
            )
            staging = Path(tempfile.mkdtemp(dir=self.options.root, prefix=f".{publication.key}."))
            try:
                record = publication.model_dump(mode="json")
                if publication.image is not None:
                    if not publication.image.is_file():
                        raise ConnectorError(f"outbox: image {publication.image} does not exist")
                    name = "image" + (publication.image.suffix or ".png")
                    shutil.copyfile(publication.image, staging / name)
                    record["image"] = name
                for field, name in RENDERINGS:  # an email or article, readable as it is
                    value = publication.extra.get(field)
                    if isinstance(value, str) and value:
                        (staging / name).write_text(value, encoding="utf-8")
                record["receipt"] = receipt.model_dump(mode="json")
                (staging / POST_FILE).write_text(
                    json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
                )
                if target.exists():  # a folder left without post.json by an interrupted write
                    shutil.rmtree(target)
                os.rename(staging, target)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
        return receipt

    def _receipt_of(self, folder: Path) -> Receipt:
        record = json.loads((folder / POST_FILE).read_text(encoding="utf-8"))
        return Receipt.model_validate(record["receipt"])

    def delete(self, receipt: Receipt) -> None:
        with locked(self.options.root):
            shutil.rmtree(self.folder(receipt.key), ignore_errors=True)

    def validate_credentials(self) -> list[str]:
        root = self.options.root
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return [f"root: cannot create {root}: {exc.strerror}"]
        if not os.access(root, os.W_OK):
            return [f"root: {root} is not writable"]
        return []

    def published_keys(self) -> list[str]:
        """Keys of every post in the outbox, sorted."""
        if not self.options.root.is_dir():
            return []
        return sorted(p.parent.name for p in self.options.root.glob(f"*/{POST_FILE}"))

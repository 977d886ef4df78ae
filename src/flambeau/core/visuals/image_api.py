"""A painter that asks an OpenAI-compatible server (`/v1/images/generations`) for the picture.

The picture is cover-cropped to the channel's size; the brand, headline and call to
action are set over a scrim, contrast-checked on the pixels like every card. The server
is any that speaks the API: a hosted service, or a local diffusion server on a GPU.
"""

from __future__ import annotations

import base64
import binascii
import io
import os
import re
from collections.abc import Callable
from typing import Any, ClassVar

import httpx
from PIL import Image, ImageOps
from pydantic import BaseModel, ConfigDict, Field, SecretStr

from flambeau import __version__
from flambeau.core.errors import PainterError
from flambeau.core.visuals.canvas import Canvas
from flambeau.core.visuals.colours import colour_name
from flambeau.core.visuals.design import Sheet, column_width, content_area
from flambeau.core.visuals.painter import TRAINED, Artwork, PaintRequest
from flambeau.core.visuals.palette import Palette, mix

_PERSON = re.compile(
    r"\b(?:person|people|persons|wom[ae]n|m[ae]n|child(?:ren)?|kids?|girls?|boys?|faces?|"
    r"portraits?|bakers?|volunteers?|neighbou?rs?|famil(?:y|ies)|teams?|customers?|speakers?|"
    r"cyclists?|riders?|participants?|hands?|crowd|personnes?|gens|femmes?|hommes?|enfants?|"
    r"visages?|boulang(?:er|ère)s?|artisan(?:e)?s?|bénévoles?|voisins?|voisines?|familles?|"
    r"équipes?|clients?|clientes?|cyclistes?|mains?|foule)\b",
    re.IGNORECASE,
)
_PERSONAL = re.compile(r"\S+@\S+|https?://\S+|\+?\d[\d .-]{7,}\d")


def shows_person(text: str) -> bool:
    """Whether a prompt asks for people (or their faces, bodies, hands)."""
    return bool(_PERSON.search(text))


def _env(name: str, default: str) -> str:
    return os.environ.get(name) or default


class ImageApiPainter:
    """A picture from a trained image model, with the card's words set over it."""

    name: ClassVar[str] = "image-api"
    trained: ClassVar[bool] = True

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")

        base_url: str = Field(
            default_factory=lambda: _env("FLAMBEAU_IMAGE_API_URL", "http://127.0.0.1:8000")
        )
        api_key: SecretStr | None = Field(
            default_factory=lambda: (
                SecretStr(k) if (k := _env("FLAMBEAU_IMAGE_API_KEY", "")) else None
            )
        )
        model: str = Field(default_factory=lambda: _env("FLAMBEAU_IMAGE_MODEL", "gpt-image-1"))
        quality: str | None = None
        timeout: float = Field(default=120.0, gt=0)
        send_response_format: bool = True  # some servers always answer b64_json and refuse it
        shows_person: bool | None = None  # None: judged from the prompt

    def __init__(self, options: BaseModel | None = None) -> None:
        self.options = options if isinstance(options, self.Options) else self.Options()

    def prompt(self, request: PaintRequest) -> str:
        """The picture's prompt: the message and the brand's look, never personal data."""
        card, palette = request.card, request.palette
        colours = ", ".join(colour_name(c, "en") for c in (palette.ground, palette.accent))
        voice = ", ".join(request.voice) or "warm, honest"
        text = (
            f"An editorial photograph for {card.brand}, illustrating: {card.headline}. "
            f"Mood: {voice}. Palette leaning to {colours}. Natural light, real textures. "
            "No text, letters, logos or watermarks. Keep the lower third calm."
        )
        return _PERSONAL.sub("", text)

    def _size(self, width: int, height: int) -> str:
        ratio = width / height
        return "1536x1024" if ratio > 1.2 else "1024x1536" if ratio < 0.83 else "1024x1024"

    def _request(self, prompt: str, size: str) -> dict[str, Any]:
        options = self.options
        url = options.base_url.rstrip("/")
        url = url if url.endswith("/v1") else f"{url}/v1"
        payload: dict[str, Any] = {"model": options.model, "prompt": prompt, "n": 1, "size": size}
        if options.send_response_format:
            payload["response_format"] = "b64_json"
        if options.quality:
            payload["quality"] = options.quality
        headers = {}
        if options.api_key is not None:
            headers["Authorization"] = f"Bearer {options.api_key.get_secret_value()}"
        try:
            response = httpx.post(
                f"{url}/images/generations", json=payload, headers=headers, timeout=options.timeout
            )
        except httpx.HTTPError as exc:
            raise PainterError(f"image API at {options.base_url} unreachable: {exc}") from None
        if response.status_code >= 400:
            raise PainterError(
                f"image API answered {response.status_code}: {_error_message(response)}"
            )
        try:
            data: dict[str, Any] = response.json()["data"][0]
        except (ValueError, KeyError, IndexError, TypeError):
            raise PainterError("image API answer has no data[0]") from None
        return data

    def paint(self, request: PaintRequest) -> Artwork:
        frame = request.frame
        prompt = self.prompt(request)
        size = self._size(frame.width, frame.height)
        data = self._request(prompt, size)
        picture = _decode(data.get("b64_json"))
        picture = ImageOps.fit(picture, (frame.width, frame.height), Image.Resampling.LANCZOS)
        canvas = _overlay(request, Canvas.from_image(picture))
        revised = (
            data.get("revised_prompt") if isinstance(data.get("revised_prompt"), str) else None
        )
        person = self.options.shows_person
        if person is None:
            person = shows_person(prompt) or shows_person(revised or "")
        card = request.card
        if card.lang == "fr":
            about = f"une photographie sur le thème « {card.headline} »"
        else:
            about = (revised or "").split(". ")[0].rstrip(
                "."
            ) or f"a photograph about {card.headline}"
        return Artwork(
            canvases=[canvas],
            digital_source_type=TRAINED,
            creator_tool=f"Flambeau {__version__} (image-api painter, {self.options.model})",
            model=self.options.model,
            params={"size": size, "quality": self.options.quality, "layout": "picture"},
            prompt=prompt,
            shows_person=person,
            picture=about,
        )


def _error_message(response: httpx.Response) -> str:
    try:
        error = response.json().get("error", {})
        return (
            str(error.get("message") if isinstance(error, dict) else error) or response.text[:200]
        )
    except ValueError:
        return response.text[:200]


def _decode(value: object) -> Image.Image:
    if not isinstance(value, str) or not value:
        raise PainterError("image API answer has no b64_json image")
    try:
        raw = base64.b64decode(value, validate=True)
        image = Image.open(io.BytesIO(raw))
        image.load()
    except (binascii.Error, OSError, ValueError) as exc:
        raise PainterError(f"image API sent an unreadable image: {exc}") from None
    return image.convert("RGB")


def _overlay(request: PaintRequest, canvas: Canvas) -> Canvas:
    """A dark scrim over the lower part, then brand, headline and call to action on it."""
    brand = request.palette
    dark = brand.ground if brand.ink[0] + brand.ink[1] + brand.ink[2] > 384 else brand.paper_ink
    palette = Palette(
        ground=dark,
        ink=(255, 255, 255),
        accent=brand.accent,
        paper=brand.paper,
        paper_ink=brand.paper_ink,
    )
    frame = request.frame
    start = round(frame.height * 0.3)
    scrim = Image.new("L", (1, frame.height - start))
    for y in range(scrim.height):
        scrim.putpixel((0, y), round(240 * min(1.0, (y / scrim.height) * 1.8) ** 1.1))
    shade = Image.new("RGB", (frame.width, frame.height - start), mix(dark, (0, 0, 0), 0.45))
    canvas.image.paste(shade, (0, start), scrim.resize((frame.width, scrim.height)))
    top_shade = Image.new("L", (1, frame.safe[1] + frame.unit * 4))
    for y in range(top_shade.height):
        top_shade.putpixel((0, y), round(150 * (1 - y / top_shade.height)))
    top = Image.new("RGB", (frame.width, top_shade.height), mix(dark, (0, 0, 0), 0.35))
    canvas.image.paste(top, (0, 0), top_shade.resize((frame.width, top_shade.height)))
    sheet = Sheet(request, palette, canvas=canvas)
    top_y = sheet.kicker()
    bottom = sheet.footer(cta=request.card.cta, right=request.card.footer)
    x0, ay0, _, ay1 = content_area(sheet, top_y, bottom)
    ay0 = max(ay0, start + frame.unit)
    setting = sheet.set(
        request.card.headline,
        "heavy",
        width=column_width(sheet),
        height=ay1 - ay0,
        max_size=round(min(0.085 * frame.width, 0.13 * frame.height)),
        min_size=frame.unit,
        max_lines=5,
        leading=1.06,
    )
    sheet.write(setting, x0, ay1 - setting.height, palette.ink, "headline")
    return canvas


def register(register_painter: Callable[[Any], Any]) -> None:
    register_painter(ImageApiPainter)

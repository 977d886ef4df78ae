"""`sector.*` mandatory mentions: loi Évin, gambling, MiCA, MiFID II, Regulation 2024/900.

Each rule checks that the mention `flambeau.core.ethics.sector.required_mentions` names
for its pack is in every post; the content engine appends those mentions when it writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from flambeau.core.ethics import sector as packs
from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.rules import Example, Hit, Rule
from flambeau.core.ethics.subjects import PostSubject
from flambeau.core.ethics.text import say


class _MentionRule(Rule):
    """A pack's mandatory mention must be in every post of the brief."""

    subjects = ("post",)
    pack: ClassVar[str]

    def check(self, subject: PostSubject) -> Iterator[Hit]:
        for mention in packs.required_mentions(subject.brief):
            if mention.pack != self.pack or packs.contains_mention(subject.post.text, mention.text):
                continue
            yield Hit(
                say(
                    subject.lang,
                    f"The mandatory mention is missing ({mention.basis}).",
                    f"La mention obligatoire manque ({mention.basis}).",
                ),
                suggestion=say(
                    subject.lang, f"Add: “{mention.text}”", f"Ajoutez : « {mention.text} »"
                ),
            )


def sector_brief(
    sector: str, jurisdiction: str | None = None, **campaign: object
) -> dict[str, object]:
    """A brief patch for examples: a sector, a jurisdiction, campaign fields."""
    brand: dict[str, object] = {"sector": sector}
    if jurisdiction:
        brand["jurisdiction"] = jurisdiction
    return {"brand": brand, "campaign": campaign} if campaign else {"brand": brand}


class AlcoholHealthMessage(_MentionRule):
    id = "sector.alcohol_health_message"
    severity = Severity.BLOCK
    languages = ("fr",)
    jurisdictions = ("FR",)
    sectors = ("alcohol",)
    pack = "alcohol"
    basis = "Code de la santé publique L3323-2 to L3323-4 (loi Évin)"
    title = "Alcohol without the health message (France)"
    description = (
        "Every message about an alcoholic drink in France carries « L'abus d'alcool est "
        "dangereux pour la santé, à consommer avec modération. »"
    )
    examples = (
        Example(
            lang="fr",
            bad={
                "brief": sector_brief("alcohol", "FR"),
                "post": {"text": "Notre cuvée 2024 : 13 % vol., Côtes-du-Rhône."},
            },
            good={
                "brief": sector_brief("alcohol", "FR"),
                "post": {
                    "text": "Notre cuvée 2024 : 13 % vol., Côtes-du-Rhône.\n\n" + packs.ALCOHOL_FR
                },
            },
        ),
    )


class GamblingWarning(_MentionRule):
    id = "sector.gambling_warning"
    severity = Severity.BLOCK
    languages = ("en", "fr")
    sectors = ("gambling",)
    pack = "gambling"
    basis = (
        "Code de la sécurité intérieure D320-9 (FR); CAP Code 16 (GB); Recommendation 2014/478/EU"
    )
    title = "Gambling without its warning"
    description = (
        "Gambling ads carry the jurisdiction's warning and helpline, and say that minors "
        "may not play."
    )
    examples = (
        Example(
            lang="en",
            bad={
                "brief": sector_brief("gambling", "GB"),
                "post": {"text": "The derby is on Saturday."},
            },
            good={
                "brief": sector_brief("gambling", "GB"),
                "post": {"text": "The derby is on Saturday. " + packs.GAMBLING_GB},
            },
        ),
        Example(
            lang="fr",
            bad={
                "brief": sector_brief("gambling", "FR"),
                "post": {"text": "Le derby, c'est samedi."},
            },
            good={
                "brief": sector_brief("gambling", "FR"),
                "post": {"text": "Le derby, c'est samedi. " + packs.GAMBLING_FR},
            },
        ),
    )


class CryptoRiskWarning(_MentionRule):
    id = "sector.crypto_risk_warning"
    severity = Severity.BLOCK
    languages = ("en", "fr")
    sectors = ("crypto",)
    pack = "crypto"
    basis = "Regulation (EU) 2023/1114 (MiCA) Art. 7; AMF doctrine"
    title = "Crypto-asset promotion without the risk warning"
    description = "Crypto-asset marketing says that the money invested can be lost."
    examples = (
        Example(
            lang="en",
            bad={"brief": sector_brief("crypto"), "post": {"text": "Our wallet app."}},
            good={
                "brief": sector_brief("crypto"),
                "post": {"text": "Our wallet app. " + packs.CRYPTO["en"]},
            },
        ),
        Example(
            lang="fr",
            bad={"brief": sector_brief("crypto", "FR"), "post": {"text": "Notre application."}},
            good={
                "brief": sector_brief("crypto", "FR"),
                "post": {"text": "Notre application. " + packs.CRYPTO["fr"]},
            },
        ),
    )


class FinanceRiskWarning(_MentionRule):
    id = "sector.finance_risk_warning"
    severity = Severity.BLOCK
    languages = ("en", "fr")
    sectors = ("finance",)
    pack = "finance"
    basis = "MiFID II Art. 24(3); Delegated Regulation (EU) 2017/565 Art. 44"
    title = "Investment promotion without the risk warning"
    description = (
        "When a finance brief promotes an investment (its facts or messages talk of "
        "investing, returns, funds), every post states that capital is at risk."
    )
    _facts: ClassVar[dict[str, object]] = {"facts": ["A savings fund invested in European stocks"]}
    examples = (
        Example(
            lang="en",
            bad={
                "brief": {**sector_brief("finance"), **_facts},
                "post": {"text": "Meet our new fund."},
            },
            good={
                "brief": {**sector_brief("finance"), **_facts},
                "post": {"text": "Meet our new fund. " + packs.FINANCE["en"]},
            },
        ),
        Example(
            lang="fr",
            bad={
                "brief": {
                    **sector_brief("finance", "FR"),
                    "facts": ["Un fonds investi en actions européennes"],
                },
                "post": {"text": "Découvrez notre fonds."},
            },
            good={
                "brief": {
                    **sector_brief("finance", "FR"),
                    "facts": ["Un fonds investi en actions européennes"],
                },
                "post": {"text": "Découvrez notre fonds. " + packs.FINANCE["fr"]},
            },
        ),
    )


class PoliticalLabel(_MentionRule):
    id = "sector.political_label"
    severity = Severity.BLOCK
    languages = ("en", "fr")
    sectors = ("politics",)
    pack = "politics"
    basis = "Regulation (EU) 2024/900 Art. 11-12 (labelling of political advertising)"
    title = "Paid political post without its label"
    description = "A sponsored political post says it is political advertising and who paid."
    examples = (
        Example(
            lang="en",
            bad={
                "brief": sector_brief("politics", sponsored=True, partner="Civic Fund"),
                "post": {"text": "Join the town hall on Monday."},
            },
            good={
                "brief": sector_brief("politics", sponsored=True, partner="Civic Fund"),
                "post": {
                    "text": "Political advertisement — paid for by Civic Fund. "
                    "Join the town hall on Monday."
                },
            },
        ),
        Example(
            lang="fr",
            bad={
                "brief": sector_brief("politics", "FR", sponsored=True, partner="Fonds civique"),
                "post": {"text": "Réunion publique lundi."},
            },
            good={
                "brief": sector_brief("politics", "FR", sponsored=True, partner="Fonds civique"),
                "post": {
                    "text": "Publicité à caractère politique — financée par "
                    "Fonds civique. Réunion publique lundi."
                },
            },
        ),
    )


RULES: tuple[type[Rule], ...] = (
    AlcoholHealthMessage,
    GamblingWarning,
    CryptoRiskWarning,
    FinanceRiskWarning,
    PoliticalLabel,
)

"""Sector packs: mandatory mentions per sector and jurisdiction, and political content.

The content engine appends `mandatory_mentions(brief)` to every post of a regulated
brief; the `sector.*` rules check that they are there.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from flambeau.core.brief import Brief
from flambeau.core.ethics.text import fold, words_pattern


class Mention(BaseModel):
    """A mention a sector's law requires on every message, in the language it must use."""

    model_config = ConfigDict(frozen=True)

    pack: str  # "alcohol", "gambling", "crypto", "finance", "politics"
    text: str
    basis: str


ALCOHOL_FR = "L'abus d'alcool est dangereux pour la santé, à consommer avec modération."
GAMBLING_FR = (
    "Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, "
    "appelez le 09 74 75 13 13 (appel non surtaxé). Interdit aux mineurs."
)
GAMBLING_GB = "18+. Please gamble responsibly: BeGambleAware.org"
GAMBLING_EN = "18+. Gambling can be addictive: please play responsibly."
CRYPTO = {
    "fr": "Investir dans des crypto-actifs comporte un risque de perte partielle ou totale "
    "du capital investi.",
    "en": "Investing in crypto-assets carries a risk of losing some or all of the money invested.",
}
FINANCE = {
    "fr": "Investir comporte un risque de perte en capital.",
    "en": "Capital at risk: the value of investments can go down as well as up.",
}
POLITICAL = {
    "fr": "Publicité à caractère politique",
    "en": "Political advertisement",
}

INVESTMENT = words_pattern(
    [
        "invest",
        "investing",
        "investment",
        "investments",
        "investor",
        "returns",
        "portfolio",
        "savings plan",
        "stocks",
        "shares",
        "fund",
        "funds",
        "etf",
        "trading",
        "yield",
        "investir",
        "investissement",
        "investissements",
        "placement",
        "placements",
        "rendement",
        "epargne",
        "bourse",
        "actions",
        "fonds",
        "assurance vie",
        "assurance-vie",
        "scpi",
    ]
)
# Political or issue content: a strong word alone, or a weak one with a political context.
POLITICAL_STRONG = words_pattern(
    [
        "referendum", "ballot", "ballots", "political party", "political parties",
        "parliament", "congressman", "congresswoman", "senator", "senators",
        "member of parliament", "polling station", "polling day", "campaign rally",
        "manifesto", "mayoral", "general election", "presidential election",
        "local elections", "council election", "council elections", "vote yes", "vote no",
        "register to vote", "votez oui", "votez non", "scrutin", "parti politique", "depute",
        "deputee", "deputes", "senateur", "senatrice", "municipales", "legislatives",
        "presidentielle", "europeennes", "bureau de vote", "programme electoral",
        "meeting politique", "projet de loi", "proposition de loi",
    ]
)  # fmt: skip
POLITICAL_WEAK = words_pattern(
    [
        "vote for", "vote against", "go vote", "election", "elections", "candidate",
        "candidates", "petition", "sign the petition", "votez", "votez pour", "votez contre",
        "allez voter", "candidat", "candidats", "signez la petition",
    ]
)  # fmt: skip
POLITICAL_CONTEXT = words_pattern(
    [
        "council", "councillor", "mayor", "government", "minister", "legislation",
        "lawmakers", "climate policy", "immigration", "abortion", "tax cuts", "public policy",
        "conseil municipal", "maire", "gouvernement", "ministre", "loi", "politique",
        "reforme", "impots", "retraites", "avortement",
    ]
)  # fmt: skip


def political_span(folded: str) -> tuple[int, int] | None:
    """The span of a political cue in a folded text, if the text is political or issue content."""
    strong = POLITICAL_STRONG.search(folded)
    if strong is not None:
        return strong.span()
    weak = POLITICAL_WEAK.search(folded)
    if weak is not None and POLITICAL_CONTEXT.search(folded):
        return weak.span()
    return None


def _lang(brief: Brief) -> str:
    return "fr" if brief.brand.jurisdiction == "FR" else brief.lang


def required_mentions(brief: Brief) -> list[Mention]:
    """Every mention a brief's sector and jurisdiction make mandatory, with its basis."""
    sector, place, lang = brief.brand.sector, brief.brand.jurisdiction, _lang(brief)
    mentions: list[Mention] = []
    if sector == "alcohol" and place == "FR":
        mentions.append(
            Mention(
                pack="alcohol",
                text=ALCOHOL_FR,
                basis="Code de la santé publique L3323-4 (loi Évin)",
            )
        )
    if sector == "gambling":
        if place == "FR":
            text, basis = GAMBLING_FR, "Code de la sécurité intérieure D320-9; ANJ"
        elif place == "GB":
            text, basis = GAMBLING_GB, "CAP Code 16; UK Gambling Commission LCCP"
        else:
            text, basis = GAMBLING_EN, "Council Recommendation 2014/478/EU"
        mentions.append(Mention(pack="gambling", text=text, basis=basis))
    if sector == "crypto":
        mentions.append(
            Mention(
                pack="crypto",
                text=CRYPTO.get(lang, CRYPTO["en"]),
                basis="Regulation (EU) 2023/1114 (MiCA) Art. 7; AMF",
            )
        )
    if sector == "finance" and _mentions_investment(brief):
        mentions.append(
            Mention(
                pack="finance",
                text=FINANCE.get(lang, FINANCE["en"]),
                basis="MiFID II Art. 24(3); Delegated Reg. 2017/565 Art. 44",
            )
        )
    if sector == "politics" and brief.campaign.sponsored:
        label = POLITICAL.get(lang, POLITICAL["en"])
        sponsor = brief.campaign.partner or brief.brand.name
        text = f"{label} — {'financée par' if lang == 'fr' else 'paid for by'} {sponsor}"
        mentions.append(
            Mention(pack="politics", text=text, basis="Regulation (EU) 2024/900 Art. 11-12")
        )
    return mentions


def mandatory_mentions(brief: Brief) -> list[str]:
    """The texts the content engine appends to every post of this brief (may be empty)."""
    return [mention.text for mention in required_mentions(brief)]


def _mentions_investment(brief: Brief) -> bool:
    return bool(INVESTMENT.search(fold(" ".join([*brief.facts, *brief.messages]))))


def is_political(brief_or_text: Brief | str) -> bool:
    """Whether a brief (its sector, facts, messages) or a text is political or issue content."""
    if isinstance(brief_or_text, Brief):
        if brief_or_text.brand.sector == "politics":
            return True
        brief_or_text = " ".join([*brief_or_text.facts, *brief_or_text.messages])
    return political_span(fold(brief_or_text)) is not None


_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def contains_mention(text: str, mention: str) -> bool:
    """Whether a text carries a mention, ignoring case, accents, quotes and spacing."""

    def squash(value: str) -> str:
        return _SPACES.sub(" ", fold(value)).strip(" .")

    return squash(mention) in _SPACES.sub(" ", fold(text))

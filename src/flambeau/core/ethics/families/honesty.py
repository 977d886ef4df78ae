"""`honesty.*`: claims the brief's facts do not support, and health, green, money claims."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.rules import Example, Hit, Rule
from flambeau.core.ethics.subjects import TextSubject
from flambeau.core.ethics.text import say, words_pattern

_CLAIM_KIND = {
    "number": ("number", "chiffre"),
    "price": ("price", "prix"),
    "date": ("date", "date"),
    "time": ("time", "horaire"),
    "name": ("name", "nom"),
    "superlative": ("superlative", "superlatif"),
}


class UnsupportedClaim(Rule):
    """Numbers, prices, dates, names and superlatives that no fact of the brief backs."""

    id = "honesty.unsupported_claim"
    severity = Severity.WARN
    subjects = ("text", "post")
    languages = ("en", "fr")
    needs_brief = True
    basis = "UCPD Art. 6-7 (misleading actions and omissions)"
    title = "Claim not backed by the brief's facts"
    description = (
        "A post may only state what the brief's facts support. A number, price, date, "
        "time, name or superlative that no fact backs is either an invention of the writer "
        "or a claim the brand has not checked; both mislead."
    )
    examples = (
        Example(
            lang="en",
            bad={
                "brief": {"facts": ["Workshops run every Saturday at 10am"]},
                "text": "Over 5,000 happy bakers have joined our workshops!",
            },
            good={
                "brief": {"facts": ["Workshops run every Saturday at 10am"]},
                "text": "Workshops run every Saturday at 10am.",
            },
        ),
        Example(
            lang="fr",
            bad={
                "brief": {"facts": ["Un atelier chaque samedi à 10h"]},
                "text": "Déjà 5 000 participants ravis !",
            },
            good={
                "brief": {"facts": ["Un atelier chaque samedi à 10h"]},
                "text": "Un atelier chaque samedi à 10h.",
            },
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        if subject.brief is None:
            return
        from flambeau.core.grounding import unsupported_claims

        for claim in unsupported_claims(subject.text, brief=subject.brief):
            en, fr = _CLAIM_KIND.get(claim.kind, (claim.kind, claim.kind))
            yield Hit(
                say(
                    subject.lang,
                    f"This {en} ({claim.text!r}) is not in the brief's facts.",
                    f"Ce {fr} (« {claim.text} ») ne figure pas dans les faits du brief.",
                ),
                claim.start,
                claim.end,
                say(
                    subject.lang,
                    "Remove it, or add the fact that supports it to the brief.",
                    "Retirez-le, ou ajoutez au brief le fait qui l'établit.",
                ),
            )


class _ClaimRule(Rule):
    """A family of regulated claim wordings, allowed only when a brief's fact backs them."""

    subjects = ("text", "post")
    languages = ("en", "fr")
    pattern: ClassVar[re.Pattern[str]]
    message_en: ClassVar[str]
    message_fr: ClassVar[str]
    suggestion_en: ClassVar[str]
    suggestion_fr: ClassVar[str]

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        folded = subject.folded
        facts = subject.facts_folded() if subject.brief is not None else ""
        for match in self.pattern.finditer(folded):
            if facts and match[0].strip() in facts:
                continue
            yield Hit(
                say(subject.lang, self.message_en, self.message_fr).format(
                    claim=subject.text[match.start() : match.end()]
                ),
                match.start(),
                match.end(),
                say(subject.lang, self.suggestion_en, self.suggestion_fr),
            )


_GREEN_WORDS = words_pattern(
    [
        "eco-friendly", "eco friendly", "environmentally friendly", "planet-friendly",
        "planet friendly", "climate-friendly", "climate friendly", "nature-friendly",
        "good for the planet", "good for the environment", "kind to the planet",
        "carbon neutral", "carbon-neutral", "climate neutral", "climate-neutral",
        "net zero", "net-zero", "zero emissions", "zero-emission", "co2 neutral",
        "carbon negative", "climate positive", "100% green", "100% sustainable",
        "fully sustainable", "sustainable product", "green product", "biodegradable",
        "compostable", "ecologique", "ecologiques", "eco-responsable", "eco-responsables",
        "ecoresponsable", "respectueux de l'environnement",
        "respectueuse de l'environnement", "respectueux de la planete",
        "bon pour la planete", "bonne pour la planete", "neutre en carbone",
        "neutre pour le climat", "neutralite carbone", "zero emission", "zero carbone",
        "100 % durable", "100% durable", "100 % vert", "100% vert", "biodegradables",
        "compostables", "amis de la planete", "ami de la planete",
    ]
)  # fmt: skip
_GREEN_GENERIC = (  # "good for people and the planet", "bon pour la planète"
    r"|(?<!\w)(?:(?:good|better|kind|gentle|great)\s+(?:for|to)\s+(?:people\s+and\s+)?"
    r"(?:the\s+)?(?:planet|environment|earth|climate)"
    r"|(?:bon|bonne|bons|bonnes|meilleure?s?)\s+pour\s+(?:les\s+gens\s+et\s+)?"
    r"(?:la\s+planete|l'environnement|le\s+climat|la\s+terre))(?!\w)"
)


class GreenClaim(_ClaimRule):
    id = "honesty.green_claim"
    severity = Severity.WARN
    basis = "Directive (EU) 2024/825, Annex I 4a-4c (generic environmental claims, offsetting)"
    title = "Environmental claim without proof"
    description = (
        "Generic environmental claims ('eco-friendly', 'green', 'carbon neutral') are banned "
        "in the EU unless backed by recognised excellent environmental performance; claims "
        "of neutrality based on offsetting are banned outright. Say the specific, provable "
        "fact instead."
    )
    examples = (
        Example(
            lang="en",
            bad="Our eco-friendly packaging is good for the planet.",
            good="Our boxes are made from 80% recycled cardboard.",
        ),
        Example(
            lang="fr",
            bad="Un emballage écologique et neutre en carbone.",
            good="Des boîtes en carton recyclé à 80 %.",
        ),
    )
    pattern = re.compile(_GREEN_WORDS.pattern + _GREEN_GENERIC)
    message_en = "{claim!r} is a generic environmental claim that the brief's facts do not prove."
    message_fr = (
        "« {claim} » est une allégation environnementale générique sans preuve dans le brief."
    )
    suggestion_en = "State the specific, measured fact (material, share recycled, certification)."
    suggestion_fr = "Donnez le fait précis et mesuré (matière, part recyclée, label certifié)."


class CureClaim(_ClaimRule):
    id = "honesty.cure_claim"
    severity = Severity.BLOCK
    basis = "UCPD Annex I 17 (falsely claiming that a product can cure illness)"
    title = "Claim that a product cures or prevents illness"
    description = (
        "Claiming that a product cures, treats or prevents an illness is on the UCPD "
        "blacklist unless it is true and authorised (a medicine). It blocks unless a fact "
        "of the brief states it."
    )
    examples = (
        Example(
            lang="en",
            bad="This tea cures anxiety.",
            good="A caffeine-free herbal tea with lemon and ginger.",
        ),
        Example(
            lang="fr",
            bad="Cette tisane soigne le stress et guérit l'insomnie.",
            good="Une tisane sans caféine, au citron et au gingembre.",
        ),
    )
    pattern = words_pattern(
        [
            "cures", "cure for", "cures cancer", "heals", "treats anxiety", "treats depression",
            "treats insomnia", "prevents cancer", "fights cancer", "anti-cancer", "anticancer",
            "reverses diabetes", "guerit", "guerissent", "soigne le", "soigne la", "soigne les",
            "soignent", "previent le cancer", "combat le cancer", "traite l'anxiete",
            "traite la depression", "fait disparaitre le diabete",
        ]
    )  # fmt: skip
    message_en = "{claim!r} claims the product cures or prevents an illness."
    message_fr = "« {claim} » prétend que le produit guérit ou prévient une maladie."
    suggestion_en = "Describe the product (ingredients, use) without promising to cure."
    suggestion_fr = "Décrivez le produit (composition, usage) sans promettre de guérir."


class HealthClaim(_ClaimRule):
    id = "honesty.health_claim"
    severity = Severity.WARN
    basis = "Regulation (EC) 1924/2006 (nutrition and health claims); UCPD Art. 6"
    title = "Health claim without authorisation or proof"
    description = (
        "Health claims ('boosts immunity', 'detox', 'clinically proven', 'burns fat') must be "
        "authorised for foods and proven for any product; one that no fact of the brief "
        "states is flagged."
    )
    examples = (
        Example(
            lang="en",
            bad="This tea boosts your immunity and detoxifies.",
            good="A caffeine-free herbal tea with lemon and ginger.",
        ),
        Example(
            lang="fr",
            bad="Cette tisane renforce l'immunité et élimine les toxines.",
            good="Une tisane sans caféine, au citron et au gingembre.",
        ),
    )
    pattern = words_pattern(
        [
            "boosts immunity", "boosts your immunity", "boost your immune system",
            "boosts your immune system", "strengthens immunity", "detoxifies", "detox your body",
            "flushes toxins", "clinically proven", "doctor recommended", "lose weight fast",
            "melts fat", "burns fat", "renforce l'immunite", "renforce votre immunite",
            "booste l'immunite", "booste votre immunite", "renforce le systeme immunitaire",
            "detoxifie", "elimine les toxines", "cliniquement prouve", "cliniquement prouvee",
            "maigrir vite", "brule les graisses", "fait fondre les graisses",
        ]
    )  # fmt: skip
    message_en = "{claim!r} is a health claim that no fact of the brief supports."
    message_fr = "« {claim} » est une allégation de santé qu'aucun fait du brief n'établit."
    suggestion_en = "Describe the product (ingredients, use) without promising a health effect."
    suggestion_fr = "Décrivez le produit (composition, usage) sans promettre d'effet sur la santé."


class FinancialClaim(_ClaimRule):
    id = "honesty.financial_claim"
    severity = Severity.BLOCK
    basis = "UCPD Art. 6; MiFID II Art. 24(3); Regulation (EU) 2023/1114 (MiCA) Art. 7"
    title = "Promise of returns without risk"
    description = (
        "Marketing for investments must be fair, clear and not misleading, and must not "
        "promise gains without stating the risk. 'Risk-free', 'guaranteed returns' or "
        "'double your money' is misleading by construction."
    )
    examples = (
        Example(
            lang="en",
            bad="Risk-free returns: double your money in a year!",
            good="Past performance is no guide to future returns; your capital is at risk.",
        ),
        Example(
            lang="fr",
            bad="Rendement garanti et placement sans risque !",
            good="Les performances passées ne préjugent pas des performances futures.",
        ),
    )
    pattern = words_pattern(
        [
            "risk-free return", "risk-free returns", "risk free returns",
            "risk-free investment", "guaranteed return", "guaranteed returns",
            "guaranteed profit", "guaranteed profits", "guaranteed income", "double your money",
            "triple your money", "get rich quick", "can't lose", "cannot lose",
            "no risk investment", "zero risk investment", "rendement garanti",
            "rendements garantis", "gains garantis", "profit garanti", "placement sans risque",
            "investissement sans risque", "sans aucun risque de perte", "doublez votre argent",
            "doublez votre mise", "devenez riche", "revenus garantis",
        ]
    )  # fmt: skip
    message_en = "{claim!r} promises a financial gain without risk."
    message_fr = "« {claim} » promet un gain financier sans risque."
    suggestion_en = "State what the product does and that capital is at risk."
    suggestion_fr = "Dites ce que fait le produit et que le capital investi est exposé à un risque."


RULES: tuple[type[Rule], ...] = (
    UnsupportedClaim, GreenClaim, CureClaim, HealthClaim, FinancialClaim,
)  # fmt: skip

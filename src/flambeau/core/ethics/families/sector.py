"""`sector.*` content rules: loi Évin wording, minors, French influencer bans, flags.

Mandatory mentions per pack live in `sector_mentions`; the packs' data in
`flambeau.core.ethics.sector`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flambeau.core.ethics import sector as packs
from flambeau.core.ethics.families.sector_mentions import sector_brief as _brief
from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.rules import Example, Hit, Rule
from flambeau.core.ethics.subjects import AudienceSubject, TextSubject
from flambeau.core.ethics.text import fold, say, words_pattern

_LIFESTYLE = words_pattern(
    [
        "fete", "faire la fete", "soiree", "soirees", "ambiance", "festif", "festive", "apero",
        "fun", "sexy", "seduction", "seduire", "reussite", "succes", "bonheur", "heureux",
        "convivial", "conviviale", "convivialite", "detente", "decompresser", "oublier",
        "energie", "sport", "sportif", "victoire", "champion", "jeunes", "entre potes", "party",
        "liberte", "evasion", "plaisir", "ivresse", "sans moderation", "a volonte", "open bar",
    ]
)  # fmt: skip


class AlcoholObjectiveContent(Rule):
    id = "sector.alcohol_objective_content"
    severity = Severity.WARN
    subjects = ("text", "post")
    languages = ("fr",)
    jurisdictions = ("FR",)
    sectors = ("alcohol",)
    needs_brief = True
    basis = "Code de la santé publique L3323-4 (loi Évin: objective information only)"
    title = "Alcohol tied to lifestyle, success or pleasure (France)"
    description = (
        "Loi Évin allows only objective information about a drink (degree, origin, "
        "composition, production, taste); linking it to parties, success, seduction, sport "
        "or pleasure is forbidden."
    )
    examples = (
        Example(
            lang="fr",
            bad={
                "brief": _brief("alcohol", "FR"),
                "text": "Notre rosé, c'est l'ambiance des soirées entre potes !",
            },
            good={
                "brief": _brief("alcohol", "FR"),
                "text": "Notre rosé : grenache et cinsault, 12,5 % vol., vallée du Rhône.",
            },
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        for match in _LIFESTYLE.finditer(subject.folded):
            yield Hit(
                "Loi Évin : une boisson alcoolisée ne s'associe pas à la fête, la réussite ou "
                "le plaisir.",
                match.start(),
                match.end(),
                "Décrivez le produit objectivement : degré, origine, cépage, élaboration, goût.",
            )


class MinorsBanned(Rule):
    id = "sector.minors_banned"
    severity = Severity.BLOCK
    subjects = ("audience",)
    languages = ("en", "fr")
    sectors = ("alcohol", "gambling")
    basis = (
        "Code de la santé publique L3342-1; Code de la sécurité intérieure L320-7; CAP Code 16, 18"
    )
    title = "Alcohol or gambling aimed at an audience that can include minors"
    description = (
        "Alcohol and gambling are never aimed at minors: every audience states a minimum "
        "age of at least 18."
    )
    examples = (
        Example(
            lang="en",
            bad={
                "brief": {
                    **_brief("gambling", "GB"),
                    "audiences": [
                        {"name": "Fans", "size": 9000, "basis": "consent", "age_min": 16}
                    ],
                },
                "audience": "Fans",
            },
            good={
                "brief": {
                    **_brief("gambling", "GB"),
                    "audiences": [
                        {"name": "Fans", "size": 9000, "basis": "consent", "age_min": 18}
                    ],
                },
                "audience": "Fans",
            },
        ),
        Example(
            lang="fr",
            bad={
                "brief": {
                    **_brief("alcohol", "FR"),
                    "audiences": [{"name": "Amateurs de vin", "size": 9000, "basis": "consent"}],
                },
                "audience": "Amateurs de vin",
            },
            good={
                "brief": {
                    **_brief("alcohol", "FR"),
                    "audiences": [
                        {"name": "Amateurs de vin", "size": 9000, "basis": "consent", "age_min": 18}
                    ],
                },
                "audience": "Amateurs de vin",
            },
        ),
    )

    def check(self, subject: AudienceSubject) -> Iterator[Hit]:
        age = subject.audience.age_min
        if age is not None and age >= 18:
            return
        what = say(subject.lang, "unknown", "inconnu") if age is None else str(age)
        yield Hit(
            say(
                subject.lang,
                f"{subject.brief.brand.sector} may not reach minors; age_min is {what}.",
                f"Le secteur {subject.brief.brand.sector} ne peut viser des mineurs ; "
                f"age_min vaut {what}.",
            ),
            suggestion=say(subject.lang, "Set age_min: 18.", "Fixez age_min : 18."),
        )


_BANNED: dict[str, tuple[str, ...]] = {
    "cosmetic procedures": (
        "chirurgie esthetique", "medecine esthetique", "acide hyaluronique", "botox",
        "rhinoplastie", "liposuccion", "augmentation mammaire", "lifting du visage", "facelift",
        "cosmetic surgery", "lip fillers", "fillers", "liposuction", "boob job", "nose job",
        "tummy tuck", "bbl",
    ),
    "therapy substitutes": (
        "remplace votre traitement", "remplace les medicaments", "arretez votre traitement",
        "au lieu de la chimio", "au lieu de votre traitement", "alternative aux medicaments",
        "alternative a la chimiotherapie", "plus besoin de medicaments", "stop your medication",
        "instead of chemotherapy", "replaces your medication", "no need for medication",
        "instead of your treatment",
    ),
    "nicotine products": (
        "cigarette electronique", "cigarettes electroniques", "e-cigarette", "e-cigarettes",
        "vape", "vapes", "vapoteuse", "puff jetable", "puffs jetables", "sachets de nicotine",
        "snus", "nicotine pouches", "e-liquide", "e-liquides", "e-liquid",
    ),
    "sports tipping": (
        "pronostics sportifs",
        "pronostic sportif",
        "pronos",
        "abonnement pronostics",
        "betting tips",
        "tipster",
        "paris sportifs gagnants",
    ),
    "risky financial products": (
        "copy trading",
        "formation trading",
        "signaux de trading",
        "trading signals",
        "options binaires",
        "binary options",
        "forex",
    ),
}  # fmt: skip
_BANNED_OF = {fold(term): category for category, terms in _BANNED.items() for term in terms}
_BANNED_PATTERN = words_pattern(_BANNED_OF)
_CRYPTO = words_pattern(
    [
        "crypto", "cryptos", "cryptomonnaie", "cryptomonnaies", "crypto-monnaie",
        "crypto-actif", "crypto-actifs", "cryptocurrency", "cryptocurrencies", "nft", "nfts",
        "memecoin", "memecoins", "altcoin", "altcoins", "bitcoin", "ethereum", "airdrop",
        "crypto token", "jeton numerique", "jetons numeriques",
    ]
)  # fmt: skip


class InfluencerBan(Rule):
    id = "sector.influencer_ban"
    severity = Severity.BLOCK
    subjects = ("text", "post")
    languages = ("en", "fr")
    jurisdictions = ("FR",)
    needs_brief = True
    basis = "loi n° 2023-451 art. 4 (commercial influence); CSP L6322-1"
    title = "Promotion banned in commercial influence (France)"
    description = (
        "In France, commercial influence may not promote cosmetic procedures, products "
        "presented as substitutes for medical treatment, nicotine products, sports tipping "
        "or high-risk trading."
    )
    examples = (
        Example(
            lang="fr",
            bad={
                "brief": {"brand": {"jurisdiction": "FR"}},
                "text": "-20 % sur vos injections de botox ce mois-ci !",
            },
            good={
                "brief": {"brand": {"jurisdiction": "FR"}},
                "text": "Nos soins du visage hydratants, sans injection ni aiguille.",
            },
        ),
        Example(
            lang="en",
            bad={
                "brief": {"brand": {"jurisdiction": "FR"}},
                "text": "Try our new vape flavours this week.",
            },
            good={
                "brief": {"brand": {"jurisdiction": "FR"}},
                "text": "Try our new herbal teas this week.",
            },
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        for match in _BANNED_PATTERN.finditer(subject.folded):
            category = _BANNED_OF.get(match[0], "banned products")
            yield Hit(
                say(
                    subject.lang,
                    f"Promoting {category} is banned in French commercial influence.",
                    f"La promotion de « {category} » est interdite en influence commerciale.",
                ),
                match.start(),
                match.end(),
                say(
                    subject.lang,
                    "Remove this product from the post.",
                    "Retirez ce produit du post.",
                ),
            )


class UnlistedCrypto(Rule):
    id = "sector.unlisted_crypto"
    severity = Severity.WARN
    subjects = ("text", "post")
    languages = ("en", "fr")
    jurisdictions = ("FR",)
    needs_brief = True
    basis = "loi n° 2023-451 art. 4; Code monétaire et financier L54-10-5 (PSAN / MiCA CASP)"
    title = "Crypto-asset promotion (France): only by a registered provider"
    description = (
        "Only crypto-asset services of a registered provider (PSAN, MiCA CASP) may be "
        "promoted in France; check the registration before publishing."
    )
    examples = (
        Example(
            lang="fr",
            bad={
                "brief": {"brand": {"jurisdiction": "FR"}},
                "text": "Achetez notre nouveau memecoin avant tout le monde.",
            },
            good={
                "brief": {"brand": {"jurisdiction": "FR"}},
                "text": "Notre guide gratuit pour comprendre son budget.",
            },
        ),
        Example(
            lang="en",
            bad={
                "brief": {"brand": {"jurisdiction": "FR"}},
                "text": "Our NFT drop opens on Friday.",
            },
            good={
                "brief": {"brand": {"jurisdiction": "FR"}},
                "text": "Our print sale opens on Friday.",
            },
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        if subject.brief is not None and subject.brief.brand.sector == "crypto":
            return  # the crypto pack applies instead
        for match in _CRYPTO.finditer(subject.folded):
            yield Hit(
                say(
                    subject.lang,
                    "Crypto-assets may only be promoted by a registered provider.",
                    "Seul un prestataire enregistré (PSAN/CASP) peut promouvoir des crypto-actifs.",
                ),
                match.start(),
                match.end(),
                say(
                    subject.lang,
                    "Check the provider's AMF registration, or remove it.",
                    "Vérifiez l'enregistrement AMF du prestataire, ou retirez la mention.",
                ),
            )
            return


_REGULATED: dict[str, re.Pattern[str]] = {
    "gambling": words_pattern(
        [
            "casino", "casinos", "bets", "betting", "place your bets", "jackpot", "poker",
            "slot machines", "roulette", "bookmaker", "paris sportifs", "pari sportif",
            "parier", "pariez", "jeux d'argent", "loterie", "lottery", "grattage",
        ]
    ),
    "crypto": _CRYPTO,
    "finance": words_pattern(
        [
            "invest now", "investment opportunity", "high returns", "high yield",
            "passive income", "trading", "forex", "stock tips", "investissez",
            "opportunite d'investissement", "revenus passifs", "fort rendement",
            "rendement eleve",
        ]
    ),
    "health": words_pattern(
        [
            "supplement", "supplements", "dietary supplement", "food supplement", "medicine",
            "medicines", "painkiller", "painkillers", "weight-loss pills", "diet pills",
            "complement alimentaire", "complements alimentaires", "medicament", "medicaments",
            "gelules", "antidouleur", "coupe-faim",
        ]
    ),
}  # fmt: skip


class RegulatedMention(Rule):
    id = "sector.regulated_mention"
    severity = Severity.INFO
    subjects = ("text", "post")
    languages = ("en", "fr")
    basis = "Sector law per jurisdiction (gambling, health products, finance, crypto)"
    title = "Regulated sector mentioned outside its pack"
    description = (
        "Copy that mentions gambling, health products, investments or crypto-assets is "
        "regulated; when the brief does not declare that sector, the sector pack's rules "
        "(mentions, bans) cannot apply. Set `brand.sector` so they do."
    )
    examples = (
        Example(
            lang="en", bad="Place your bets: the casino opens at 8.", good="The bakery opens at 8."
        ),
        Example(
            lang="fr",
            bad="Nos compléments alimentaires pour l'hiver.",
            good="Nos soupes pour l'hiver.",
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        declared = subject.brief.brand.sector if subject.brief else None
        for sector, pattern in _REGULATED.items():
            if sector == declared:
                continue
            match = pattern.search(subject.folded)
            if match is None:
                continue
            yield Hit(
                say(
                    subject.lang,
                    f"This mentions a regulated sector ({sector}).",
                    f"Ce texte évoque un secteur réglementé ({sector}).",
                ),
                match.start(),
                match.end(),
                say(
                    subject.lang,
                    f"Set brand.sector: {sector} so its rules apply, or remove it.",
                    f"Indiquez brand.sector : {sector} pour appliquer ses règles, ou retirez-le.",
                ),
            )


class Political(Rule):
    id = "sector.political"
    severity = Severity.WARN
    subjects = ("text", "post")
    languages = ("en", "fr")
    basis = "Regulation (EU) 2024/900 (transparency and targeting of political advertising)"
    title = "Political or issue content: separate workflow"
    description = (
        "Political and issue content (elections, votes, candidates, petitions) follows its "
        "own workflow: sponsor identity, transparency notice, no targeting on special "
        "categories. The finding routes the post there; a reviewer signs it off."
    )
    examples = (
        Example(
            lang="en",
            bad="Vote for Jane Doe in the council election on Sunday.",
            good="Our shop is open on Sunday from 10am.",
        ),
        Example(
            lang="fr",
            bad="Votez pour notre candidate aux municipales dimanche.",
            good="La boutique est ouverte dimanche dès 10h.",
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        span = packs.political_span(subject.folded)
        political_brief = subject.brief is not None and subject.brief.brand.sector == "politics"
        if span is None and not political_brief:
            return
        yield Hit(
            say(
                subject.lang,
                "Political or issue content goes through the political workflow.",
                "Un contenu politique ou d'intérêt public suit le circuit « publicité politique ».",
            ),
            span[0] if span else None,
            span[1] if span else None,
            say(
                subject.lang,
                "Have it reviewed in the political workflow (sponsor, notice).",
                "Faites-le valider dans ce circuit (commanditaire, avis de transparence).",
            ),
        )


_EXHORT_CHILDREN = words_pattern(
    [
        f"{verb} {who}"
        for verb in ("ask your", "tell your", "get your", "beg your", "remind your")
        for who in (
            "parents", "mum", "mom", "dad", "mummy", "mommy", "daddy", "grandparents",
        )
    ]
    + [
        f"{verb} {who}"
        for verb in ("demande a", "demande-le a", "dis a", "reclame a", "reclame-le a")
        for who in (
            "tes parents", "ta maman", "ton papa", "ta mere", "ton pere", "tes grands-parents",
            "papa", "maman",
        )
    ]
)  # fmt: skip


class ChildrenExhortation(Rule):
    id = "sector.children_exhortation"
    severity = Severity.BLOCK
    subjects = ("text", "post")
    languages = ("en", "fr")
    basis = "UCPD Annex I 28 (direct exhortation to children); AVMSD Art. 9(1)(g)"
    title = "Telling children to buy, or to make their parents buy"
    description = (
        "Urging children to buy, or to persuade their parents to buy, is on the UCPD "
        "blacklist in every sector and jurisdiction."
    )
    examples = (
        Example(
            lang="en",
            bad="Kids, ask your parents for the new Turbo Bike today!",
            good="The Turbo Bike comes in three sizes for ages 6 to 10.",
        ),
        Example(
            lang="fr",
            bad="Demande à tes parents le nouveau vélo Turbo !",
            good="Le vélo Turbo existe en trois tailles, de 6 à 10 ans.",
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        for match in _EXHORT_CHILDREN.finditer(subject.folded):
            yield Hit(
                say(
                    subject.lang,
                    "This urges children to get their parents to buy.",
                    "Ce texte pousse les enfants à faire acheter leurs parents.",
                ),
                match.start(),
                match.end(),
                say(
                    subject.lang,
                    "Address the parents directly with the product's facts.",
                    "Adressez-vous aux parents, avec les faits sur le produit.",
                ),
            )


RULES: tuple[type[Rule], ...] = (
    ChildrenExhortation,
    AlcoholObjectiveContent,
    MinorsBanned,
    InfluencerBan,
    UnlistedCrypto,
    RegulatedMention,
    Political,
)

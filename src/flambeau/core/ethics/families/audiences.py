"""`privacy.*` audience rules: k, special categories and proxies, minors, lawful basis."""

from __future__ import annotations

from collections.abc import Iterator

from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.rules import Example, Hit, Rule
from flambeau.core.ethics.subjects import AudienceSubject
from flambeau.core.ethics.text import fold, say, words_pattern


class AudienceBelowK(Rule):
    id = "privacy.audience_below_k"
    severity = Severity.BLOCK
    subjects = ("audience",)
    basis = "GDPR Art. 5(1)(c) and 25; k-anonymity (the policy's k)"
    title = "Audience too small to target"
    description = (
        "Targeting an audience smaller than the policy's k (100 by default) singles out "
        "people. An audience without a size cannot be checked and is flagged too."
    )
    examples = (
        Example(
            bad={
                "audience": {"name": "VIP clients", "size": 40, "basis": "consent", "age_min": 18}
            },
            good={
                "audience": {"name": "Newsletter", "size": 2400, "basis": "consent", "age_min": 18}
            },
        ),
    )

    def check(self, subject: AudienceSubject) -> Iterator[Hit]:
        audience, k = subject.audience, subject.policy.k
        if audience.size is None:
            yield Hit(
                say(
                    subject.lang,
                    f"Audience size unknown: cannot check it reaches k={k}.",
                    f"Taille d'audience inconnue : impossible de vérifier k={k}.",
                ),
                suggestion=say(
                    subject.lang,
                    "Give the audience's estimated size.",
                    "Indiquez la taille estimée de l'audience.",
                ),
            )
        elif audience.size < k:
            yield Hit(
                say(
                    subject.lang,
                    f"{audience.size} people is below k={k}: they could be singled out.",
                    f"{audience.size} personnes, c'est moins que k={k} : elles seraient identifiables.",
                ),
                suggestion=say(
                    subject.lang,
                    "Merge it into a broader audience.",
                    "Fusionnez-la dans une audience plus large.",
                ),
            )


# Special categories (GDPR Art. 9) and their obvious proxies, folded, EN and FR.
SPECIAL_CATEGORIES: dict[str, tuple[str, ...]] = {
    "health": (
        "health", "illness", "disease", "diabetes", "diabetic", "cancer", "hiv", "aids",
        "pregnancy", "pregnant", "fertility", "ivf", "mental health", "depression", "anxiety",
        "therapy", "disability", "disabled", "wheelchair", "weight loss", "obesity", "rehab",
        "addiction", "alcoholism", "menopause", "adhd", "autism", "chronic pain", "medication",
        "sante", "maladie", "diabete", "diabetique", "grossesse", "enceinte", "fertilite",
        "fiv", "sante mentale", "handicap", "handicape", "obesite", "addiction", "menopause",
        "autisme", "tdah", "cancer du sein", "troubles alimentaires",
    ),
    "religion": (
        "religion", "religious", "church", "mosque", "synagogue", "temple", "halal", "kosher",
        "ramadan", "bible", "quran", "koran", "torah", "christian", "muslim", "jewish",
        "buddhist", "hindu", "catholic", "evangelical", "eglise", "mosquee", "casher",
        "chretien", "musulman", "musulmane", "juif", "juive", "bouddhiste", "catholique",
        "pelerinage", "careme", "atheist", "atheism", "atheisme", "athee",
    ),
    "politics": (
        "politics", "political", "left-wing", "right-wing", "socialist", "communist",
        "green party", "republican", "democrat", "activism", "protest", "politique", "militant",
        "militantisme", "manifestation", "ecologiste", "parti politique", "extreme droite",
        "extreme gauche",
    ),
    "sexual orientation": (
        "lgbt", "lgbtq", "lgbtqia", "gay", "lesbian", "bisexual", "transgender", "queer",
        "pride", "pride events", "gay bars", "grindr", "homosexual", "lesbienne", "bisexuel",
        "transgenre", "homosexuel", "marche des fiertes", "fiertes", "sex life", "vie sexuelle",
        "dating app", "sites de rencontre",
    ),
    "ethnicity": (
        "ethnicity", "ethnic", "racial", "african american", "black community", "hispanic",
        "latino", "asian community", "arab", "roma", "immigrants", "diaspora", "ethnie",
        "ethnique", "origine ethnique", "communaute noire", "maghrebin", "africain", "afro",
        "immigres", "gens du voyage",
    ),
    "union membership": (
        "trade union", "trade unions", "trade union news", "union member", "union members",
        "labour union", "labor union", "syndicat", "syndicats", "syndical", "syndicale",
        "syndique", "cgt", "cfdt", "force ouvriere",
    ),
    "biometrics and genetics": (
        "genetic", "genetics", "dna test", "biometric", "face recognition", "genetique",
        "test adn", "biometrie", "biometrique",
    ),
}  # fmt: skip
_CATEGORY_OF = {
    fold(term): category for category, terms in SPECIAL_CATEGORIES.items() for term in terms
}
_SPECIAL = words_pattern(_CATEGORY_OF)


def special_category(interest: str) -> tuple[str, str] | None:
    """The special category an interest reveals (and the word that reveals it), if any."""
    match = _SPECIAL.search(fold(interest))
    return None if match is None else (_CATEGORY_OF[match[0]], match[0])


class SpecialCategory(Rule):
    id = "privacy.special_category"
    severity = Severity.BLOCK
    subjects = ("audience",)
    languages = ("en", "fr")
    basis = "GDPR Art. 9; DSA Art. 26(3) (no ads based on profiling with special categories)"
    title = "Audience built on a special category or a proxy"
    description = (
        "Health, religion, politics, sexual orientation, ethnicity, union membership and "
        "biometrics may not be used to target, and neither may their obvious proxies "
        "('pregnancy', 'halal food', 'pride events', 'trade union news', 'diabetes')."
    )
    examples = (
        Example(
            lang="en",
            bad={
                "audience": {
                    "name": "Parents-to-be",
                    "size": 5000,
                    "basis": "consent",
                    "age_min": 18,
                    "interests": ["pregnancy", "baby names"],
                }
            },
            good={
                "audience": {
                    "name": "Home cooks",
                    "size": 5000,
                    "basis": "consent",
                    "age_min": 18,
                    "interests": ["cooking"],
                }
            },
        ),
        Example(
            lang="fr",
            bad={
                "audience": {
                    "name": "Gourmets",
                    "size": 5000,
                    "basis": "consent",
                    "age_min": 18,
                    "interests": ["cuisine halal"],
                }
            },
            good={
                "audience": {
                    "name": "Gourmets",
                    "size": 5000,
                    "basis": "consent",
                    "age_min": 18,
                    "interests": ["cuisine", "boulangerie"],
                }
            },
        ),
    )

    def check(self, subject: AudienceSubject) -> Iterator[Hit]:
        for interest in [*subject.audience.interests, subject.audience.name]:
            found = special_category(interest)
            if found is None:
                continue
            category, word = found
            yield Hit(
                say(
                    subject.lang,
                    f"“{interest}” reveals {category} (a special category, via “{word}”).",
                    f"« {interest} » révèle une donnée sensible ({category}, via « {word} »).",
                ),
                suggestion=say(
                    subject.lang,
                    "Remove it; target by context (topic, place) instead.",
                    "Retirez-le ; ciblez par contexte (sujet, lieu) à la place.",
                ),
            )


class MinorsProfiling(Rule):
    id = "privacy.minors_profiling"
    severity = Severity.WARN
    subjects = ("audience",)
    languages = ("en", "fr")
    basis = "DSA Art. 28(2) (no profiling-based ads to minors); GDPR Art. 8, Recital 38"
    title = "Profiled targeting of an audience that can include minors"
    description = (
        "An audience with interests is profiled; if its minimum age is under the policy's "
        "adult age, or unknown, it can include minors, who must not receive profiled ads. "
        "Warn by default (organic posts are not ads); strict blocks."
    )
    examples = (
        Example(
            lang="en",
            bad={
                "audience": {
                    "name": "Young riders",
                    "size": 9000,
                    "basis": "consent",
                    "age_min": 15,
                    "interests": ["bmx"],
                }
            },
            good={
                "audience": {
                    "name": "Young riders",
                    "size": 9000,
                    "basis": "consent",
                    "age_min": 18,
                    "interests": ["bmx"],
                }
            },
        ),
        Example(
            lang="fr",
            bad={
                "audience": {
                    "name": "Lycéens",
                    "size": 9000,
                    "basis": "consent",
                    "interests": ["jeux vidéo"],
                }
            },
            good={"audience": {"name": "Lycéens", "size": 9000, "basis": "consent"}},
        ),
    )

    def check(self, subject: AudienceSubject) -> Iterator[Hit]:
        audience, adult = subject.audience, subject.policy.adult_age
        if not audience.interests:
            return
        if audience.age_min is None:
            why_en, why_fr = "its minimum age is unknown", "son âge minimum est inconnu"
        elif audience.age_min < adult:
            why_en = f"it starts at {audience.age_min}"
            why_fr = f"elle commence à {audience.age_min} ans"
        else:
            return
        yield Hit(
            say(
                subject.lang,
                f"Interest-based targeting can reach minors: {why_en}.",
                f"Le ciblage par centres d'intérêt peut toucher des mineurs : {why_fr}.",
            ),
            suggestion=say(
                subject.lang,
                f"Set age_min to {adult}, or drop the interests for this audience.",
                f"Fixez age_min à {adult}, ou retirez les centres d'intérêt.",
            ),
        )


class LawfulBasis(Rule):
    id = "privacy.lawful_basis"
    severity = Severity.BLOCK
    subjects = ("audience",)
    basis = "GDPR Art. 6(1); Art. 21 (right to object to direct marketing)"
    title = "Audience without a lawful basis"
    description = (
        "Processing people's data to target them needs a lawful basis: consent, contract "
        "or legitimate interest. An audience that names none cannot be targeted."
    )
    examples = (
        Example(
            bad={"audience": {"name": "Leads", "size": 4000, "age_min": 18}},
            good={"audience": {"name": "Leads", "size": 4000, "age_min": 18, "basis": "consent"}},
        ),
    )

    def check(self, subject: AudienceSubject) -> Iterator[Hit]:
        if subject.audience.basis is None:
            yield Hit(
                say(
                    subject.lang,
                    "No lawful basis is given for this audience.",
                    "Aucune base légale n'est indiquée pour cette audience.",
                ),
                suggestion=say(
                    subject.lang,
                    "Set basis: consent, contract or legitimate-interest.",
                    "Indiquez basis : consent, contract ou legitimate-interest.",
                ),
            )


RULES: tuple[type[Rule], ...] = (AudienceBelowK, SpecialCategory, MinorsProfiling, LawfulBasis)

"""`privacy.*`: personal data in copy; audiences below k, on special categories, of minors."""

from __future__ import annotations

import re
from collections.abc import Iterator

from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.rules import Example, Hit, Rule
from flambeau.core.ethics.subjects import AudienceSubject, TextSubject
from flambeau.core.ethics.text import fold, say, words_pattern
from flambeau.core.redaction import PiiSpan, find_pii

_KIND_WORDS = {
    "email": ("an email address", "une adresse e-mail"),
    "phone": ("a phone number", "un numéro de téléphone"),
    "address": ("a street address", "une adresse postale"),
    "ip": ("an IP address", "une adresse IP"),
    "iban": ("an IBAN", "un IBAN"),
    "card": ("a payment card number", "un numéro de carte bancaire"),
    "nir": ("a French social security number", "un numéro de sécurité sociale"),
    "secret": ("a secret (token, password)", "un secret (jeton, mot de passe)"),
}
_CONTACT = frozenset({"email", "phone", "address", "ip"})


_MAYBE_PII = re.compile(r"[\d@=]|\b(?:sk-|gh[pousr]_|xox|eyJ)")


def _pii(subject: TextSubject) -> list[PiiSpan]:
    """PII spans of a text not given by the brief; computed once for both privacy rules."""
    cached: list[PiiSpan] | None = subject.memo.get("pii")
    if cached is None:
        cached = (
            _public_removed(subject, find_pii(subject.text))
            if _MAYBE_PII.search(subject.text)
            else []
        )
        subject.memo["pii"] = cached
    return cached


def _public_removed(subject: TextSubject, spans: list[PiiSpan]) -> list[PiiSpan]:
    if subject.brief is None or not spans:
        return spans
    public = fold(
        " ".join(
            [
                *subject.brief.facts,
                subject.brief.brand.website or "",
                subject.brief.campaign.link or "",
            ]
        )
    )
    return [s for s in spans if fold(s.value) not in public]


_ROLE_MAILBOX = re.compile(
    r"^(?:contact|hello|hi|info|infos|bonjour|support|sales|ventes|commandes?|orders?|team|"
    r"equipe|press|presse|admin|office|accueil|reservations?|bookings?|service|serviceclient|"
    r"help|aide|newsletter|no-?reply|jobs|careers|recrutement|partenariats?|partners?|"
    r"marketing|billing|facturation|rgpd|privacy|dpo|events?|evenements?|shop|boutique|"
    r"studio|atelier|ateliers|webinars?)(?:[.+-][\w.-]*)?@"
)
_BUSINESS_CONTEXT = re.compile(
    r"(?<!\w)(?:us|our|we|nous|notre|nos|shop|store|boutique|magasin|atelier|workshop|office|"
    r"bureau|accueil|customer service|service client|hotline|standard|showroom|restaurant|"
    r"salon|agence|siege|headquarters|reception|visit|find us|venez|open|opens|ouvert|"
    r"ouverte|bookings?|reservations?|adresse|address)(?!\w)"
)


def business_contact(folded: str, span: PiiSpan) -> bool:
    """Whether contact details read as the business's: a role mailbox, or 'our shop at...'."""
    if span.kind == "email":
        return bool(_ROLE_MAILBOX.match(folded[span.start : span.end]))
    return bool(_BUSINESS_CONTEXT.search(folded, max(0, span.start - 48), span.start))


class PersonalData(Rule):
    id = "privacy.personal_data"
    severity = Severity.WARN
    subjects = ("text",)
    languages = ("en", "fr")
    basis = "GDPR Art. 5(1)(c) data minimisation, Art. 25 data protection by design"
    title = "Contact details in the copy"
    description = (
        "An email address, phone number or street address in a post may be a person's, not "
        "the business's. Details that the brief's facts give, role mailboxes (contact@, "
        "hello@) and details introduced as the business's ('call us', 'our shop at') are "
        "fine; others are flagged. All are redacted before any remote model call."
    )
    examples = (
        Example(
            lang="en",
            bad="Questions? Ask Sarah at sarah.jones@gmail.com or 07700 900123.",
            good="Questions? Reply to this post and we will answer.",
        ),
        Example(
            lang="fr",
            bad="Contactez Julie au 06 12 34 56 78.",
            good="Contactez-nous en réponse à ce post.",
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        for span in _pii(subject):
            if span.kind not in _CONTACT or business_contact(subject.folded, span):
                continue
            en, fr = _KIND_WORDS[span.kind]
            yield Hit(
                say(
                    subject.lang,
                    f"The text contains {en} that may be a person's, not the business's.",
                    f"Le texte contient {fr} qui pourrait être celui d'une personne.",
                ),
                span.start,
                span.end,
                say(
                    subject.lang,
                    "Keep only the business's public contact details.",
                    "Ne gardez que les coordonnées publiques de l'entreprise.",
                ),
            )


class SensitiveIdentifier(Rule):
    id = "privacy.sensitive_identifier"
    severity = Severity.BLOCK
    subjects = ("text",)
    languages = ("en", "fr")
    basis = "GDPR Art. 5(1)(f) integrity and confidentiality, Art. 32, Art. 87 (national IDs)"
    title = "Bank, card, ID number or secret in the copy"
    description = (
        "An IBAN, a payment card number (checked with Luhn), a French NIR or a secret in a "
        "URL must never be published."
    )
    examples = (
        Example(
            lang="en",
            bad="Pay by transfer to GB82 WEST 1234 5698 7654 32.",
            good="Pay securely on our website.",
        ),
        Example(
            lang="fr",
            bad="Votre lien : https://shop.example/compte?token=a1b2c3d4e5",
            good="Votre lien : https://shop.example/compte",
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        for span in _pii(subject):
            if span.kind in _CONTACT:
                continue
            en, fr = _KIND_WORDS[span.kind]
            yield Hit(
                say(subject.lang, f"The text contains {en}.", f"Le texte contient {fr}."),
                span.start,
                span.end,
                say(
                    subject.lang,
                    f"Remove it (it would read {span.placeholder}).",
                    f"Retirez-le (il deviendrait {span.placeholder}).",
                ),
            )


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
        "health",
        "illness",
        "disease",
        "diabetes",
        "diabetic",
        "cancer",
        "hiv",
        "aids",
        "pregnancy",
        "pregnant",
        "fertility",
        "ivf",
        "mental health",
        "depression",
        "anxiety",
        "therapy",
        "disability",
        "disabled",
        "wheelchair",
        "weight loss",
        "obesity",
        "rehab",
        "addiction",
        "alcoholism",
        "menopause",
        "adhd",
        "autism",
        "chronic pain",
        "medication",
        "sante",
        "maladie",
        "diabete",
        "diabetique",
        "grossesse",
        "enceinte",
        "fertilite",
        "fiv",
        "sante mentale",
        "handicap",
        "handicape",
        "obesite",
        "addiction",
        "menopause",
        "autisme",
        "tdah",
        "cancer du sein",
        "troubles alimentaires",
    ),
    "religion": (
        "religion",
        "religious",
        "church",
        "mosque",
        "synagogue",
        "temple",
        "halal",
        "kosher",
        "ramadan",
        "bible",
        "quran",
        "koran",
        "torah",
        "christian",
        "muslim",
        "jewish",
        "buddhist",
        "hindu",
        "catholic",
        "evangelical",
        "eglise",
        "mosquee",
        "casher",
        "chretien",
        "musulman",
        "musulmane",
        "juif",
        "juive",
        "bouddhiste",
        "catholique",
        "pelerinage",
        "careme",
        "atheist",
        "atheism",
        "atheisme",
        "athee",
    ),
    "politics": (
        "politics",
        "political",
        "left-wing",
        "right-wing",
        "socialist",
        "communist",
        "green party",
        "republican",
        "democrat",
        "activism",
        "protest",
        "politique",
        "militant",
        "militantisme",
        "manifestation",
        "ecologiste",
        "parti politique",
        "extreme droite",
        "extreme gauche",
    ),
    "sexual orientation": (
        "lgbt",
        "lgbtq",
        "lgbtqia",
        "gay",
        "lesbian",
        "bisexual",
        "transgender",
        "queer",
        "pride",
        "pride events",
        "gay bars",
        "grindr",
        "homosexual",
        "lesbienne",
        "bisexuel",
        "transgenre",
        "homosexuel",
        "marche des fiertes",
        "fiertes",
        "sex life",
        "vie sexuelle",
        "dating app",
        "sites de rencontre",
    ),
    "ethnicity": (
        "ethnicity",
        "ethnic",
        "racial",
        "african american",
        "black community",
        "hispanic",
        "latino",
        "asian community",
        "arab",
        "roma",
        "immigrants",
        "diaspora",
        "ethnie",
        "ethnique",
        "origine ethnique",
        "communaute noire",
        "maghrebin",
        "africain",
        "afro",
        "immigres",
        "gens du voyage",
    ),
    "union membership": (
        "trade union",
        "trade unions",
        "trade union news",
        "union member",
        "union members",
        "labour union",
        "labor union",
        "syndicat",
        "syndicats",
        "syndical",
        "syndicale",
        "syndique",
        "cgt",
        "cfdt",
        "force ouvriere",
    ),
    "biometrics and genetics": (
        "genetic",
        "genetics",
        "dna test",
        "biometric",
        "face recognition",
        "genetique",
        "test adn",
        "biometrie",
        "biometrique",
    ),
}
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


RULES: tuple[type[Rule], ...] = (
    PersonalData,
    SensitiveIdentifier,
    AudienceBelowK,
    SpecialCategory,
    MinorsProfiling,
    LawfulBasis,
)

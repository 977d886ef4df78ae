"""`privacy.*` text rules: personal data in copy (audience rules live in `audiences`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.rules import Example, Hit, Rule
from flambeau.core.ethics.subjects import TextSubject
from flambeau.core.ethics.text import fold, say
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


RULES: tuple[type[Rule], ...] = (PersonalData, SensitiveIdentifier)

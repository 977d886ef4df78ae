"""Guilt trips: casting the reader as a bad parent, friend or person unless they pay."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue
from flambeau.core.ethics.manipulation.tactics.fear import LOVED_ONES_EN, LOVED_ONES_FR

_BAD_EN = (
    r"(?:terrible|bad|careless|irresponsible|lazy|selfish|awful|heartless|negligent|uncaring|cruel)"
)
_ROLE_EN = (
    r"(?:parent|mum|mom|mother|father|dad|friend|partner|owner|pet owner|person|boss|host|son"
    r"|daughter|grandparent|teacher|manager|neighbou?r|customer|citizen|colleague)"
)
_ROLE_FR = r"(?:parent|mere|pere|maman|papa|ami|amie|proprietaire|maitre|maitresse|patron|hote|fils|fille|voisin|voisine|client|cliente|collegue)"

GUILT = TacticSpec(
    info=TacticInfo(
        name="guilt",
        title="Guilt trip",
        description=(
            "Blaming the reader, or casting them as a bad parent, friend or person, unless they "
            "pay; an honest appeal says what a gift does and thanks people."
        ),
        basis="UCPD Art. 8–9 (undue influence); DSA Art. 25",
        examples={
            "en": [
                (
                    "Only a terrible parent would let their kids ride without this helmet.",
                    "Helmets reduce the risk of head injury.",
                ),
                (
                    "Your family deserves better — don't let them down.",
                    "A $40 box feeds a family of four for three days.",
                ),
            ],
            "fr": [
                (
                    "Un vrai parent ne laisserait jamais son enfant sans cette assurance.",
                    "Comparez les garanties avant de choisir.",
                ),
                (
                    "Des enfants ont faim parce que des gens comme vous détournent le regard.",
                    "Un colis de 40 € nourrit une famille pendant trois jours. Merci.",
                ),
            ],
        },
    ),
    lexicon={
        "en": r"begging|ignore them|let them down|your choice|hero|deserve\w*|counting on you|disappoint\w*|selfish|shame|guilty|abandon\w*|neglect\w*|they need you",
        "fr": r"supplient|ne les ignorez pas|laissez-la tomber|laissez-le tomber|a vous de choisir|heros|merite\w*|comptent sur vous|decev\w*|egoiste|honte|coupable|abandonn\w*|neglig\w*|ont besoin de vous",
    },
    messages={
        "en": "Guilt trip: the reader is blamed or cast as a bad person to push the decision.",
        "fr": "Culpabilisation : le lecteur est accusé ou dépeint en mauvaise personne pour le pousser.",
    },
    cues={
        "en": [
            cue(
                r"only (?:a |an )?"
                + _BAD_EN
                + r" (?:<W> )?"
                + _ROLE_EN
                + r"s? (?:would|could|will)"
            ),
            cue(
                r"(?:a |any )?(?:good|real|loving|caring|responsible|true|decent) "
                + _ROLE_EN
                + r"s? "
                r"(?:would(?:n't)?|wouldn't|never|always|doesn't|don't|knows?|would never|won't|show up|support|help|are there)"
            ),
            cue(
                r"because (?:people|someone|folks|you|those) (?:like you )?(?:looked away|ignored|didn't|"
                r"did nothing|turned away|scrolled past|chose not|walked away|kept scrolling)"
            ),
            cue(
                r"(?:while|as) you (?:scroll|hesitate|wait|think about it|read this|sit there|do nothing|"
                r"look away)[^.!?\n]{0,50}?(?:child|children|kids?|animals?|dogs?|cats?|famil\w+|people|someone"
                r"|patients|refugees|bab(?:y|ies)|neighbou?rs)"
            ),
            cue(r"(?:don't|do not) let (?:them|him|her|your (?:<W> )?" + LOVED_ONES_EN + r") down"),
            cue(
                r"(?:your )?" + LOVED_ONES_EN + r"s? (?:deserves?|need) (?:better|more|the best)",
                0.5,
            ),
            cue(
                r"you owe it to (?:your|them|him|her)|(?:after all )?(?:they've|we've|i've|they have) "
                r"done for you",
                0.8,
            ),
            cue(
                r"(?:how )?can you (?:live with yourself|look (?:them|your \w+) in the eye|sleep at night)"
                r"|if you (?:really |truly )?(?:cared|loved them|love them|care about them)|shame on you"
            ),
            cue(
                r"(?:will|are|would) you (?:going to )?(?:just |really )?(?:let (?:them|him|her|a child|"
                r"children|animals?|kids) (?:suffer|starve|go hungry|die|down)|look away|turn away|walk "
                r"away|scroll past|abandon|fail them|disappoint)"
            ),
            cue(
                r"(?:going hungry|suffering|dying|starving|alone)[^.!?\n]{0,40}because (?:of )?(?:you|"
                r"people like you)|(?:don't|do not) be (?:selfish|heartless|that (?:parent|person|friend"
                r"|guy))"
            ),
            cue(r"every (?:second|minute|hour|day) you (?:wait|hesitate|delay)"),
            cue(
                r"why would you (?:leave|deprive|let|abandon|deny|refuse)|(?:would|will) never (?:leave|abandon|let) you (?:down|behind)",
                0.6,
            ),
            cue(
                r"if you(?:'d| had)? (?:only |just |really )?(?:cared|bothered|loved)|could have (?:helped|saved|fed)",
                0.7,
            ),
            cue(
                r"every (?:day|minute|hour|second|night) (?:that )?you (?:don't|do not|wait|hesitate|delay|say no)"
            ),
            cue(
                r"another (?:animal|child|dog|cat|family|person|patient) (?:suffers|dies|goes hungry|sleeps|is left)",
                0.7,
            ),
            cue(
                r"the least you (?:can|could) do|(?:don't|do not) let (?:them|him|her|your <W>) (?:<W> ){0,3}without"
            ),
            cue(
                r"you're (?:scrolling|looking|walking) (?:away|past)|and you (?:scroll|keep scrolling|look away)",
                0.8,
            ),
            cue(
                r"(?:child|children|animal|animals|family|families|kids?|dog|cat) (?:is|are) (?:waiting|counting) (?:for|on) (?:you|your)|please (?:don't|do not) (?:ignore|scroll past) this",
                0.6,
            ),
            cue(r"prove (?:it|that you (?:care|love them))|you say you (?:love|care about)", 0.6),
            cue(
                r"because you (?:said no|didn't|did not|refused|wouldn't|chose not)|(?:don't|do not) turn your back on|still (?:haven't|have not) (?:helped|given|donated|replied)",
                0.8,
            ),
            cue(
                r"if you (?:really |truly )?(?:loved|cared about|care about|love) (?:them|him|her|your <W>)"
            ),
            cue(
                r"(?:don't|do not) disappoint (?:your|them|him|her)|how can you (?:enjoy|sleep|eat|relax|sit)(?: <W>){0,4} (?:while|when)"
            ),
            cue(
                r"(?:did|gave|sacrificed) (?:everything|so much|it all) for you|(?:don't|do not) forget (?:her|him|them|your (?:mum|mom|dad|mother|father|parents|family))",
                0.8,
            ),
        ],
        "fr": [
            cue(
                r"(?:seul(?:e)?s? )?(?:un|une|des) (?:mauvais|mauvaise|mauvaises|terrible|irresponsable|"
                r"egoiste|negligent\w*|indigne|sans coeur) "
                + _ROLE_FR
                + r"s? (?:laisserai|ferai|oserai|"
                r"accepterai|ne|n'|pourrai|refuserai|oublierai|\w+rai(?:t|ent))\w*"
            ),
            cue(
                r"(?:vrai|vraie|vrais|vraies|bon|bonne|bons|bonnes) "
                + _ROLE_FR
                + r"s? (?:ne|n'|sait|"
                r"savent|laisse|protege|choisit|choisissent|offre|offrent|veut|veulent|donne|donnent|"
                r"penserai|ferai|repondent|sont la|soutiennent|aident)\w*"
            ),
            cue(
                r"(?:des |les )?gens comme vous (?:detournent|ignorent|passent|ne font rien|regardent "
                r"ailleurs|scrollent|ferment)|parce que (?:des |les )?(?:gens|personnes) comme vous"
            ),
            cue(
                r"(?:ne )?(?:les|le|la) laissez pas tomber|(?:ne )?(?:les|le|la) laisse pas tomber"
            ),
            cue(LOVED_ONES_FR + r" (?:merite|meritent) (?:mieux|le meilleur|plus)", 0.5),
            cue(
                r"vous (?:leur|lui) devez bien ca|si vous (?:teniez|tenez) vraiment a|si vous (?:les|"
                r"l') ?aimiez vraiment|honte a vous"
            ),
            cue(
                r"(?:pendant|tandis) que vous (?:hesitez|attendez|scrollez|lisez ce|reflechissez|ne "
                r"faites rien)[^.!?\n]{0,50}?(?:enfants?|animaux|chiens?|chats?|familles?|personnes?|gens"
                r"|patients|refugies|bebes?|voisins)"
            ),
            cue(
                r"(?:allez-vous|vous allez|allez-vous vraiment) (?:vraiment )?(?:les |le |la )?(?:laisser "
                r"(?:souffrir|tomber|mourir|avoir faim|seul)|detourner le regard|fermer les yeux|passer "
                r"votre chemin|abandonner)"
            ),
            cue(r"chaque (?:seconde|minute|jour|heure) (?:ou|que) vous (?:attendez|hesitez)"),
            cue(r"ne soyez pas (?:egoiste|ce parent|cette personne|indifferent\w*|sans coeur)"),
            cue(
                r"pourquoi (?:le|la|les|vous) (?:priver|laisser|abandonner|refuser)|ne vous (?:abandonnerai|laisserai)\w* jamais",
                0.6,
            ),
            cue(
                r"si vous (?:vous en )?(?:etiez|aviez) (?:<W> ){0,3}(?:soucie|preoccupe|interesse|pense)\w*|(?:auriez|aurais) pu (?:aider|sauver|nourrir)",
                0.7,
            ),
            cue(
                r"chaque (?:jour|minute|heure|seconde|nuit) (?:ou vous (?:attendez|hesitez|refusez)|sans (?:votre|vous|ton|toi))"
            ),
            cue(r"(?:un|une) \w+ de plus (?:souffre|meurt|a faim|dort dehors|reste seul)", 0.7),
            cue(r"(?:ne )?laissez pas tomber (?:vos|votre|ceux|celles)"),
            cue(r"(?:ils|elles) comptent sur vous", 0.5),
            cue(
                r"le moins que (?:vous|tu) (?:puissiez|pourriez|puisses) faire|(?:ne )?(?:les|le|la) laissez pas (?:<W> ){0,2}sans"
            ),
            cue(
                r"(?:un|une) (?:maitre|maitresse|parent|mere|pere|ami|amie|proprietaire) (?:attentionne|aimant|responsable|digne|bienveillant)e?s? (?:ne|n' ?)\w*"
            ),
            cue(r"pendant que vous (?:restez assis|ne bougez pas|regardez ailleurs)"),
            cue(r"vous (?:faites defiler|scrollez|passez votre chemin|detournez les yeux)", 0.8),
            cue(
                r"(?:enfant|enfants|animal|animaux|famille|familles|chien|chat) (?:attend\w*|compte\w*) (?:votre|vos|sur vous)|n'ignorez pas (?:ce message|cet appel|cette alerte)",
                0.6,
            ),
            cue(
                r"prouvez-le|prouve-le|montrez-leur que vous (?:les aimez|tenez a eux)|vous dites (?:aimer|tenir a)",
                0.6,
            ),
            cue(
                r"(?:il faut|faut|faudrait) etre (?:sans c(?:oe|œ)ur|egoiste|cruel\w*|insensible|un monstre) pour"
            ),
            cue(
                r"parce que vous (?:avez dit non|avez refuse|n'avez pas)|ne (?:leur|lui) tournez pas le dos|n'avez toujours pas (?:aide|donne|repondu)|ne (?:les|le|la) privez pas",
                0.8,
            ),
            cue(
                r"si vous (?:aimiez|teniez) vraiment (?:a )?(?:votre|vos|ton|ta|tes|les|le|la)|chaque (?:heure|jour|minute|seconde) d'attente"
            ),
            cue(
                r"ne (?:decevez|decois) pas (?:vos|votre|tes|ton|ta)|comment pouvez-vous (?:profiter|dormir|manger|vous detendre)(?: <W>){0,4} (?:pendant que|alors que|quand)"
            ),
            cue(
                r"(?:a|ont) tout (?:fait|donne|sacrifie) pour vous|ne (?:l'|les |la |le )?oubliez pas (?:dimanche|cette annee|ce jour-la|pour sa fete)",
                0.8,
            ),
        ],
    },
)

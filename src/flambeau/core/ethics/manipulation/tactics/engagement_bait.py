"""Engagement bait: tags, shares and one-word comments asked to game the feed."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

ENGAGEMENT_BAIT = TacticSpec(
    info=TacticInfo(
        name="engagement_bait",
        title="Engagement bait",
        description=(
            "Asking for tags, shares, likes or one-word comments to game the feed ('Tag 3 friends', "
            "'Comment YES'); a genuine question invites a real answer."
        ),
        basis="DSA Art. 25; Meta engagement-bait policy (2017)",
        examples={
            "en": [
                (
                    "Tag 3 friends and comment YES to win!",
                    "What's the first bread you ever baked? Tell us in the replies.",
                ),
                (
                    "Like and share if you agree!",
                    "Which colour should the next tote be? We'll read every answer.",
                ),
            ],
            "fr": [
                (
                    "Identifie 3 amis en commentaire pour gagner !",
                    "Quel est votre pain préféré ? Dites-le-nous en commentaire.",
                ),
                (
                    "Likez et partagez si vous êtes d'accord !",
                    "Quelle couleur pour le prochain sac ? On lit toutes vos réponses.",
                ),
            ],
        },
    ),
    lexicon={
        "en": r"tag|drop an?|double[ -]tap|type|comment|repost|retweet|if you love|if you agree|a friend|your bestie|your mate|the person",
        "fr": r"identifie\w*|tague\w*|mets un|mettez un|commente\w*|reposte\w*|si tu aimes|si vous aimez|si tu es d'accord|un ami|une amie|ta meilleure amie|la personne",
    },
    messages={
        "en": "Engagement bait: tags, shares or one-word comments are requested to game the feed.",
        "fr": "Incitation artificielle à l'engagement : tags, partages ou commentaires-réflexes demandés.",
    },
    cues={
        "en": [
            cue(
                r"tag (?:<FEW>|a|your|some|all your|every|that|the) (?:<W> ){0,2}(?:friends?|mates?|"
                r"buddies|bffs?|besties?|people|persons?|pals?|colleagues?|sisters?|brothers?|mums?|moms?"
                r"|partners?)|tag (?:someone|somebody|anyone|a person)",
                1.0,
                "",
            ),
            cue(
                r"(?:comment|type|reply) (?:with )?\"?(?:yes|yep|yeah|me|amen|done|"
                r"want|mine|agree|info|link|i'm in|me too|interested)\"?(?! (?:or|to the))",
                1.0,
                "",
            ),
            cue(
                r"(?:comment|reply|type|drop|leave) (?:a |an |your )?(?:emoji|heart|[^\x00-\x7f]{1,2}) "
                r"(?:if|to|for|below)"
            ),
            cue(
                r"(?:like|share|repost|retweet|rt|double[ -]tap|react|hit like|smash (?:that|the) like"
                r"(?: button)?)(?: this)?(?: post)? (?:if|when)(?! you have (?:a )?questions?)"
            ),
            cue(
                r"like (?:and|&|\+) (?:share|comment|tag|follow)|(?:share|comment) (?:and|&|\+) "
                r"(?:like|tag)|follow (?:and|&|\+) (?:share|like|tag)"
            ),
            cue(
                r"share (?:this )?(?:post )?(?:with|to) (?:<FEW>|all your|your|every) (?:<W> )?(?:friends|"
                r"contacts|groups|followers)",
                0.8,
            ),
            cue(
                r"(?:like|share|comment|tag|follow|repost)[^.!?\n]{0,50}to (?:win|enter|be entered|get a"
                r" chance|qualify)"
            ),
            cue(
                r"(?:1|one) (?:like|share|rt|retweet|comment) ?= ?(?:1|one)|if (?:this|we|this post) "
                r"(?:gets?|reach(?:es)?|hits?) <N> (?:likes|shares|comments|retweets|followers)"
            ),
            cue(
                r"(?:vote|react) with (?:a )?(?:[^\x00-\x7f]{1,2}|like|love|heart|haha|wow)|(?:don't|do "
                r"not) scroll (?:past|away|without)|ignore (?:this )?if you (?:don't|do not)"
            ),
            cue(
                r"(?:only|just) (?:true|real) (?:fans|friends|\w+ lovers) (?:will )?(?:share|like|comment"
                r"|type)|(?:type|write) amen|let's see how many|(?:how many|who) (?:of you )?(?:can|will)"
                r" (?:share|like|type)"
            ),
            cue(r"follow (?:us )?for more|(?:like|share) (?:this )?(?:post )?(?:now|today)", 0.4),
            cue(
                r"(?:comment|type|reply) (?:with )?\" ?[a-z]{2,10} ?\"(?: below| in the comments)? (?:and|to|for|if)",
                1.0,
                "",
            ),
            cue(
                r"(?:comment|type|reply|write) (?:with )?'?\"? ?(?:yes|yep|me|amen|done|want|mine|agree|info|link) ?'?\"?(?: below| in the comments)?"
            ),
            cue(r"(?:for|per) every (?:share|like|comment|retweet|tag|follow)"),
            cue(
                r"share (?:this|it) with (?:everyone|everybody|all your friends|all your contacts)(?: you know)?"
            ),
        ],
        "fr": [
            cue(
                r"(?:identifiez|identifie|taguez|tague|taggez|tagge|mentionnez|mentionne) (?:<FEW>|vos|tes|"
                r"votre|ton|ta|quelqu'un|la personne|l'ami|la copine|le pote|des|les) ?(?:<W> ){0,2}"
                r"(?:amis?|amies?|copains?|copines?|potes?|proches|personnes?|quelqu'un|bffs?|collegues?"
                r"|meilleure? amie?|soeurs?|freres?|mamans?)|(?:identifiez|identifie|taguez|tague) "
                r"quelqu'un",
                1.0,
                "",
            ),
            cue(
                r"(?:commentez|commente|ecrivez|ecris|tapez|tape|repondez|reponds) \"?(?:oui|moi|je veux"
                r"|ok|info|lien|go|amen|moi aussi|partant|partante)\"?(?! (?:ou|a la))",
                1.0,
                "",
            ),
            cue(
                r"(?:mets|mettez|laissez|laisse) (?:un |une )?(?:[^\x00-\x7f]{1,2}|coeur|like|pouce|"
                r"j'aime) (?:en commentaire |sous ce post )?(?:si|pour)"
            ),
            cue(
                r"(?:likez|like|partagez|partage|repostez|reposte|rt) (?:ce post |cette publication |ce "
                r"message )?si"
            ),
            cue(
                r"(?:likez|like|aimez) (?:et|&|\+) (?:partagez|partage|commentez|commente)|(?:partagez|"
                r"partage) (?:et|&|\+) (?:likez|like|commentez)"
            ),
            cue(
                r"partagez (?:ce post |cette publication |ceci )?(?:a|avec) (?:<FEW>|tous vos|toutes vos|"
                r"tes|vos) (?:amis|contacts|proches|groupes|abonnes)",
                0.8,
            ),
            cue(
                r"(?:likez|partagez|commentez|identifiez|taguez|abonnez-vous|suivez)[^.!?\n]{0,50} pour "
                r"(?:gagner|participer|tenter de gagner|etre tire|remporter)"
            ),
            cue(
                r"(?:1|un) (?:like|partage|j'aime) ?= ?(?:1|un)|si (?:ce post|cette publication|on) "
                r"(?:atteint|fait|depasse) <N> (?:likes|j'aime|partages|commentaires|abonnes)"
            ),
            cue(
                r"ne (?:scrollez|scrolle|passez) pas (?:sans|votre chemin sans)|ignorez si vous (?:n' ?|"
                r"ne )|(?:reagissez|votez) avec (?:un |une )?(?:[^\x00-\x7f]{1,2}|j'aime|coeur)"
            ),
            cue(
                r"(?:seuls? )?les vrais (?:fans|amis|amoureux \w+) (?:partageront|likeront|commenteront|"
                r"partagent|likent)|tapez amen|(?:voyons|on va voir) combien"
            ),
            cue(r"(?:likez|partagez) (?:vite|maintenant)", 0.4),
            cue(
                r"(?:commentez|commente|ecrivez|ecris|tapez|tape|repondez|reponds) \" ?(?:[a-z][a-z ]{1,11}) ?\"(?: en commentaire| ci-dessous)? (?:et|pour|si)",
                1.0,
                "",
            ),
            cue(
                r"(?:partage|partagez|partages)(?: \S+){0,3} (?:avec|a) <FEW> (?:amis|amies|personnes|proches|copains|copines)"
            ),
            cue(
                r"(?:identifiez|identifie|taguez|tague|mentionnez|mentionne) (?:l' ?ami|l' ?amie|la copine|le pote|la personne|ton pote|ta pote|ta copine|ton ami|ta meilleure amie|ton meilleur ami|celui|celle)"
            ),
            cue(r"(?:par|pour chaque) (?:partage|like|commentaire|j'aime|abonne)"),
            cue(r"(?:double[ -]?tape[sz]?|double[ -]?clique[sz]?|double[ -]?tap) si"),
            cue(
                r"partagez (?:ceci|ca|ce post|cette publication) (?:avec|a) (?:tous ceux|tout le monde|tous vos)|(?:commente|commentez) avec (?:un |une )?[^\x00-\x7f]{1,2} si"
            ),
            cue(
                r"(?:commentez|commente|ecrivez|ecris|tapez|tape) \"? ?(?:oui|moi|je veux|info|lien|go|moi aussi) ?\"?(?![a-z])"
            ),
        ],
    },
    fixed_suggestion=True,
    fallback={
        "en": "Tell us what you think in the comments.",
        "fr": "Dites-nous ce que vous en pensez en commentaire.",
    },
)

"""Emotional levers aimed at the reader: fear appeals and guilt trips."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

_LOVED_EN = (
    r"(?:family|families|kids|children|child|baby|babies|loved ones|partner|wife|husband|dog|cat|pets?"
    r"|parents|team|staff|customers|home|business|company|data|savings|health|skin|future)"
)
_LOVED_FR = (
    r"(?:vos proches|votre famille|vos enfants|votre enfant|votre bebe|votre maison|votre entreprise"
    r"|vos donnees|vos economies|votre sante|votre peau|votre chien|votre chat|vos clients|votre "
    r"equipe|votre avenir|votre couple|vos parents)"
)

FEAR = TacticSpec(
    info=TacticInfo(
        name="fear",
        title="Fear appeal",
        description=(
            "Threats of loss, danger or regret if the reader does not buy now; state risks "
            "as facts with their source, and let people decide."
        ),
        basis="UCPD Art. 8–9 and Annex I 12; FTC dark patterns (2022)",
        examples={
            "en": [
                (
                    "If you don't act today, your family could lose everything.",
                    "Review your home insurance once a year; here is a checklist.",
                ),
                (
                    "Order now or regret it forever.",
                    "Orders placed by Thursday arrive before the weekend.",
                ),
            ],
            "fr": [
                (
                    "Si vous n'agissez pas aujourd'hui, vous risquez de tout perdre.",
                    "Comparez les garanties avant de choisir une assurance.",
                ),
                (
                    "Ne laissez pas vos concurrents vous dépasser !",
                    "Voici trois façons d'organiser votre semaine.",
                ),
            ],
        },
    ),
    messages={
        "en": "Fear appeal: the text threatens loss or regret to force a decision.",
        "fr": "Appel à la peur : le texte menace de perte ou de regret pour forcer la décision.",
    },
    cues={
        "en": [
            cue(
                r"miss (?:this|it|out|the \w+)(?: <W>)? and you(?:'ll| will)? (?:<W> )?(?:regret|be sorry"
                r"|lose|fall behind)"
            ),
            cue(
                r"if you (?:don't|do not|fail to|wait|delay|ignore|miss|hesitate|skip)[^.!?\n]{0,50}?"
                r"(?:you|your)(?:'ll|'re| will| could| might| may| are going to| risk| can)?"
                r"(?: <W>){0,3} (?:lose|losing|regret|suffer|pay the price|fail|fall behind|be left|end up"
                r"|risk|damage|ruin|die|get hacked|be sorry|go broke|never recover)"
            ),
            cue(
                r"(?:you'll|you will|you're going to|you are going to|you'd|you might|you may|you could)"
                r" (?:<W> )?(?:regret (?:it|this|not)|be sorry|kick yourself|lose everything)"
            ),
            cue(r"(?:or|and|else) regret it|(?:could|will|might|may) lose everything|lose it all"),
            cue(r"(?:don't|do not) (?:risk|gamble with) (?:it|your|losing|missing|their)", 0.8),
            cue(
                r"(?:don't|do not) let (?:your )?(?:competitors?|rivals?|others|the competition|them) "
                r"(?:leave you|get ahead|beat you|win|steal|overtake)|leave you in the dust"
            ),
            cue(
                r"(?:is|are) (?:your |this |that |the )?(?:<W> ){0,2}(?:silently |slowly |secretly )?(?:killing|destroying|ruining|poisoning|aging|ageing|damaging"
                r"|sabotaging) (?:you|your)"
            ),
            cue(
                r"(?:your )?"
                + _LOVED_EN
                + r"(?:'s)? (?:<W> )?(?:is|are|could be|may be|might be|will be)"
                r" (?:at risk|in danger|exposed|vulnerable|next|unprotected)",
                0.7,
            ),
            cue(
                r"(?:hackers|thieves|burglars|criminals|scammers|fraudsters) (?:are|could be|may be) "
                r"(?:already )?(?:targeting|watching|coming for|after|stalking) (?:you|your)"
            ),
            cue(
                r"(?:don't|do not) (?:become|be) (?:the next |another |a )?(?:<W> )?(?:victim|statistic)"
            ),
            cue(
                r"(?:terrifying|horrifying|frightening|alarming|scary) (?:truth|risk|danger|facts?|"
                r"reality)|what if (?:something|it) happen(?:s|ed) (?:to you|tomorrow|tonight)",
                0.6,
            ),
            cue(
                r"(?:you are|you're) (?:putting|risking) (?:your|their)|can you (?:really )?afford "
                r"(?:not to|to (?:lose|wait|miss|ignore))",
                0.8,
            ),
            cue(
                r"(?:puts?|putting|places?|leaves?) (?:\S+ ){0,4}(?:at risk|in danger|in jeopardy|exposed)",
                0.7,
            ),
            cue(
                r"(?:could|can|will|might|may) (?:<W> )?(?:wipe out|ruin|destroy|drain|bankrupt|cost you) (?:your|you|everything)",
                0.7,
            ),
            cue(
                r"(?:don't|do not) let (?:\S+ ){1,3}(?:destroy|ruin|damage|wreck|take over|steal|kill|spoil|rot) (?:your|you)"
            ),
            cue(
                r"(?:ignore|miss|skip|forget) (?:this|it)(?: <W>)? and (?:your|you)(?: \S+){0,3} "
                r"(?:could|will|might|may|would)"
            ),
            cue(
                r"before (?:disaster|tragedy|catastrophe|the worst|it) (?:strikes|happens)|is yours next|(?:will|could) (?:yours|you) be next",
            ),
            cue(
                r"your (?:<W> ){0,2}(?:could|might|may|will) (?:<W> )?(?:vanish|disappear|be lost|be stolen|be destroyed|be wiped|be gone)",
                0.6,
            ),
            cue(
                r"(?:could|can|might|may) (?:<W> )?(?:burst|break|fail|collapse|explode|catch fire|crash|flood|leak) (?:any (?:day|time|minute|moment)|at any (?:time|moment)|without warning)",
                0.8,
            ),
            cue(r"(?:don't|do not) (?:get|be) caught (?:out|off guard|short)", 0.5),
            cue(
                r"(?:is|are) your (?:<W> ){0,2}(?:really )?(?:safe|protected|secure|covered)\?", 0.6
            ),
            cue(
                r"(?:burglar\w*|break-ins?|theft|thieves|hackers|fraud\w*|scam\w*) (?:rise|are rising|are up|increase|strike|happen)",
                0.4,
            ),
            cue(
                r"(?:don't|do not) let (?:<W> ){1,3}(?:destroy|ruin|wreck|wipe out|take) (?:everything|it all|all you|what you)"
            ),
        ],
        "fr": [
            cue(
                r"si vous (?:n'(?:agissez|achetez|commandez|reservez|reagissez|faites|etes|avez)|ne (?:faites"
                r"|protegez|prenez|reagissez|commandez)|attendez|tardez|ignorez|ratez|hesitez)"
                r"[^.!?\n]{0,50}?(?:vous|votre|vos)(?: <W>){0,3} (?:risquez|allez (?:le )?regrett\w*"
                r"|regretterez|perdrez|perdre|paierez|souffrir\w*|serez)"
            ),
            cue(
                r"vous (?:allez|risquez de) (?:le |la |les )?regretter|vous le regretterez"
                r"|vous (?:pourriez|risquez de|allez) (?:tout )?perdre|risquez de tout perdre"
            ),
            cue(r"(?:ou|sinon) (?:vous allez |vous )?(?:le |la )?regrett\w*|tout perdre"),
            cue(r"(?:ne )?prenez pas (?:le|ce) risque", 0.8),
            cue(
                r"(?:ne )?laissez pas (?:vos |la |les )?(?:concurrents?|concurrence|autres) (?:vous )?"
                r"(?:depasser|distancer|prendre|gagner|doubler|voler|passer devant)"
            ),
            cue(
                _LOVED_FR
                + r"(?: <W>){0,2} (?:est|sont|sera|seront|pourrai(?:t|ent) etre|peu(?:t|vent) "
                r"etre|risque(?:nt)? d'etre) (?:en danger|menace\w*|expose\w*|vulnerable\w*|a risque|"
                r"(?:la |le |les )?prochaine?s?|sans protection)",
                0.7,
            ),
            cue(
                r"(?:tue|detruit|ruine|empoisonne|abime|sabote)(?:nt)?-(?:t-)?(?:il|elle|ils|elles) (?:votre"
                r"|vos|ta|tes)"
            ),
            cue(
                r"(?:tue|detruit|ruine|empoisonne|abime|sabote)(?:nt)? (?:a petit feu )?(?:votre|vos|"
                r"ta|tes) (?:sante|peau|corps|vie|couple|entreprise|business|cheveux)",
                0.6,
            ),
            cue(
                r"(?:pirates|cambrioleurs|voleurs|escrocs|hackers|fraudeurs) (?:vous )?(?:ciblent|"
                r"guettent|visent|surveillent|sont a l'affut)"
            ),
            cue(r"(?:ne )?devenez pas (?:la prochaine |une )?victime"),
            cue(
                r"(?:verite|realite) (?:effrayante|terrifiante|alarmante)|et si (?:ca|cela) vous "
                r"arrivait",
                0.6,
            ),
            cue(r"(?:pouvez|pourrez)-vous vraiment vous permettre", 0.8),
            cue(
                r"(?:met|mettent|mettez|mettre|laisse|laissent) (?:\S+ ){0,5}en (?:danger|peril)",
                0.7,
            ),
            cue(
                r"(?:peut|peuvent|pourrait|pourraient|risque de|va) (?:<W> )?(?:aneantir|ruiner|detruire|engloutir|couter|emporter) (?:vos|votre|tout|toutes?)",
                0.7,
            ),
            cue(r"ne jouez pas avec (?:ca|votre|vos|le feu|leur)", 0.7),
            cue(
                r"si vous (?:ne|n' ?)(?: <W>){1,3} pas[^.!?\n]{0,50}?vous (?:risquez|allez|pourriez|serez|perdrez|regretterez)"
            ),
            cue(
                r"(?:ne )?laissez pas (?:\S+ ){1,3}(?:detruire|ruiner|abimer|gacher|envahir|voler|tuer|ronger) (?:votre|vos)"
            ),
            cue(
                r"(?:ignorez|ratez|oubliez|negligez) (?:\S+ ){0,2}et (?:votre|vos|vous)(?: \S+){0,3} "
                r"(?:pourrai\w*|risque\w*|allez|sera\w*|va|vont)"
            ),
            cue(
                r"avant (?:la catastrophe|le drame|le pire|qu'il ne soit trop tard)|le (?:votre|tien) sera-t-il (?:le )?prochain|serez-vous (?:le|la) prochaine?",
            ),
            cue(
                r"(?:vos|votre|tes|ton|ta) (?:<W> ){0,2}(?:pourrai\w*|risque\w*|peu\w*|vont) (?:<W> )?(?:disparaitre|etre perdu\w*|etre vole\w*|etre detruit\w*|s'effacer)",
                0.6,
            ),
            cue(
                r"(?:peu\w*|pourrai\w*|risque\w*) (?:<W> )?(?:eclater|lacher|casser|exploser|prendre feu|tomber en panne|fuir|ceder) (?:a tout moment|n'importe quand|du jour au lendemain|sans prevenir)",
                0.8,
            ),
            cue(r"ne vous (?:faites|laissez) pas (?:surprendre|prendre au depourvu)", 0.5),
            cue(
                r"(?:votre|vos) (?:<W> ){0,2}(?:est|sont)-(?:elle|il|elles|ils) (?:vraiment )?(?:en securite|protege\w*|a l'abri|bien assure\w*) ?\?",
                0.6,
            ),
            cue(
                r"(?:cambriolages|vols|piratages|arnaques|fraudes) (?:augmentent|explosent|se multiplient|sont en hausse)",
                0.4,
            ),
            cue(r"(?:peut|pourrait|risque de) vous couter (?:vos|votre|tout|tres cher|cher)", 0.7),
            cue(
                r"(?:ne )?laissez pas (?:<W> ){1,3}(?:detruire|ruiner|aneantir|emporter) (?:tout|ce que)"
            ),
            cue(r"(?:mettez|mettrez|mettriez)-vous (?:<W> ){0,4}en (?:danger|peril)", 0.8),
        ],
    },
)

_BAD_EN = (
    r"(?:terrible|bad|careless|irresponsible|lazy|selfish|awful|heartless|negligent|uncaring|cruel)"
)
_ROLE_EN = (
    r"(?:parent|mum|mom|mother|father|dad|friend|partner|owner|pet owner|person|boss|host|son"
    r"|daughter|grandparent|teacher|manager)"
)
_ROLE_FR = (
    r"(?:parent|mere|pere|maman|papa|ami|amie|proprietaire|maitre|maitresse|patron|hote|fils|fille)"
)

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
                r"(?:would(?:n't)?|wouldn't|never|always|doesn't|don't|knows?|would never|won't)"
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
            cue(r"(?:don't|do not) let (?:them|him|her|your (?:<W> )?" + _LOVED_EN + r") down"),
            cue(r"(?:your )?" + _LOVED_EN + r"s? (?:deserves?|need) (?:better|more|the best)", 0.5),
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
        ],
        "fr": [
            cue(
                r"(?:seul(?:e)?s? )?(?:un|une|des) (?:mauvais|mauvaise|mauvaises|terrible|irresponsable|"
                r"egoiste|negligent\w*|indigne|sans coeur) "
                + _ROLE_FR
                + r"s? (?:laisserai|ferai|oserai|"
                r"accepterai|ne|n'|pourrai|refuserai|oublierai)\w*"
            ),
            cue(
                r"(?:vrai|vraie|vrais|vraies|bon|bonne|bons|bonnes) "
                + _ROLE_FR
                + r"s? (?:ne|n'|sait|"
                r"savent|laisse|protege|choisit|choisissent|offre|offrent|veut|veulent|donne|donnent|"
                r"penserai|ferai)\w*"
            ),
            cue(
                r"(?:des |les )?gens comme vous (?:detournent|ignorent|passent|ne font rien|regardent "
                r"ailleurs|scrollent|ferment)|parce que (?:des |les )?(?:gens|personnes) comme vous"
            ),
            cue(
                r"(?:ne )?(?:les|le|la) laissez pas tomber|(?:ne )?(?:les|le|la) laisse pas tomber"
            ),
            cue(_LOVED_FR + r" (?:merite|meritent) (?:mieux|le meilleur|plus)", 0.5),
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
        ],
    },
)

SPECS = [FEAR, GUILT]

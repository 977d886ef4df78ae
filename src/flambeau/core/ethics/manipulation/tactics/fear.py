"""Fear appeals: threats of loss, danger or regret unless the reader buys."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

LOVED_ONES_EN = (
    r"(?:family|families|kids|children|child|baby|babies|loved ones|partner|wife|husband|dog|cat|pets?"
    r"|parents|team|staff|customers|home|business|company|data|savings|health|skin|future)"
)
LOVED_ONES_FR = (
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
    lexicon={
        "en": r"risk|danger|dangerous|threat|thie(?:f|ves)|hackers?|scam\w*|stranded|disaster|ruin\w*|destroy\w*|lose|losing|regret|unprotected|next\?|victims?|wipe you out|one click away|losing everything|storm|before it hits|worst",
        "fr": r"risque\w*|danger\w*|menace\w*|voleurs?|pirates?|usurpat\w*|arnaque\w*|en rade|catastrophe|ruin\w*|detrui\w*|perdre|regret\w*|sans protection|prochaine? ?\?|victimes?|tout vous prendre|a un clic|tout perdre|tempete|avant qu'elle frappe|le pire",
    },
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
                + LOVED_ONES_EN
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
                r"(?:you are|you're|are you) (?:putting|risking|leaving) (?:your|their)|can you (?:really )?afford "
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
                r"(?:ignore|miss|skip|forget) (?:this|it|the (?:<W> ){0,2}(?:signs?|warnings?|symptoms?|checks?|alerts?))(?: <W>)? and (?:your|you)(?: \S+){0,3} "
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
            cue(
                r"one (?:<W> ){0,2}(?:crash|mistake|click|accident|spill|breach|leak|fire|storm) (?:and|could) (?:your|you)",
                0.8,
            ),
            cue(r"think again", 0.4),
            cue(
                r"(?:don't|do not) wait (?:for|until) (?:a |an |the )?(?:break-in|burglary|accident|fire|flood|disaster|crash|attack|diagnosis|leak|breakdown)"
            ),
            cue(
                r"(?:doesn't|does not|won't|will not) wait\. (?:neither|nor) should you|(?:cancer|disease|damage|mould|rot|decay) (?:doesn't|does not|won't) wait"
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
            cue(r"(?:ne )?prenez pas (?:le|ce|de|aucun) risque", 0.8),
            cue(
                r"(?:ne )?laissez pas (?:vos |la |les )?(?:concurrents?|concurrence|autres) (?:vous )?"
                r"(?:depasser|distancer|prendre|gagner|doubler|voler|passer devant)"
            ),
            cue(
                LOVED_ONES_FR
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
                r"(?:ignorez|ratez|oubliez|negligez) (?:\S+ ){0,3}et (?:votre|vos|vous)(?: \S+){0,3} "
                r"(?:pourrai\w*|pourri\w*|risque\w*|allez|sera\w*|va|vont)"
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
            cue(
                r"(?:une|un) (?:<W> )?(?:panne|erreur|clic|accident|fuite|incendie|faille|tempete) (?:et|peut|pourrait|suffit) (?:votre|vos|vous|a)",
                0.8,
            ),
            cue(
                r"(?:escrocs|pirates|voleurs|hackers|fraudeurs|cambrioleurs) (?:veulent|visent|ciblent|guettent|convoitent) (?:vos|votre)"
            ),
            cue(r"detrompez-vous", 0.4),
            cue(
                r"n'attendez pas (?:un |une |le |la )?(?:cambriolage|accident|incendie|inondation|catastrophe|panne|fuite|attaque|diagnostic)"
            ),
            cue(
                r"n'attend pas\. vous non plus|(?:le cancer|la maladie|les degats|la moisissure|la rouille) n'attend\w* pas"
            ),
        ],
    },
)

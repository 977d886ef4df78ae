"""Clickbait: headlines that withhold the point to force a click."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

CLICKBAIT = TacticSpec(
    info=TacticInfo(
        name="clickbait",
        title="Clickbait",
        description=(
            "Headlines that withhold the point to force a click ('You won't believe what happened "
            "next'); say what the reader will learn instead."
        ),
        basis="UCPD Art. 6–7 (misleading presentation); DSA Art. 25",
        examples={
            "en": [
                (
                    "Doctors hate this one simple trick.",
                    "A physiotherapist explains three stretches for cyclists.",
                ),
                (
                    "You won't believe what happened next...",
                    "Here is what our volunteers packed this week.",
                ),
            ],
            "fr": [
                (
                    "Vous n'allez pas croire ce qui s'est passé ensuite...",
                    "Nos bénévoles ont préparé 412 colis cette semaine.",
                ),
                (
                    "Les dermatologues détestent cette astuce toute bête.",
                    "Une dermatologue explique comment choisir sa crème solaire.",
                ),
            ],
        },
    ),
    lexicon={
        "en": r"wait for it|changes everything|will change|you won't|secret|shocking|trick|hack|believe|insane|crazy|jaw|speechless|what happened|mind",
        "fr": r"attendez la suite|change tout|vont changer|va changer|vous n'allez pas|secret|choquant\w*|astuce|croire|incroyable|dingue|sans voix|ce qui s'est passe",
    },
    messages={
        "en": "Clickbait: the headline withholds the point to force a click; say what readers get.",
        "fr": "Piège à clics : le titre cache l'information pour forcer le clic ; dites ce qu'on y apprend.",
    },
    cues={
        "en": [
            cue(
                r"you(?: won't| will not| wouldn't| would not| will never|'ll never| can't| cannot| never) "
                r"(?:believe|guess)|what happen(?:s|ed) next|wait (?:until|till|'til) you see"
            ),
            cue(
                r"(?:doctors|dentists|experts|banks|dermatologists|trainers|landlords|lawyers|chefs|bakers"
                r"|mechanics|they|retailers|airlines|brands|nutritionists) (?:hate|hates) (?:him|her|them"
                r"|this|us|it|these)"
            ),
            cue(
                r"(?:this |one |1 |a )?(?:simple|weird|strange|crazy|odd|secret|bizarre|little-known)"
                r" (?:trick|hack|tip)",
                0.7,
            ),
            cue(
                r"will (?:shock|blow|amaze|surprise|stun|astonish|leave) (?:you|your mind|you speechless)"
                r"|(?:the )?(?:answer|result|ending|last one|number <N>|#<N>) (?:will )?(?:shock|surprise"
                r"|amaze|stun)"
            ),
            cue(
                r"(?:shocking|jaw[ -]dropping|mind[ -]blowing|unbelievable) (?:truth|secret|reason|results?"
                r"|reveal|photos?|transformation|story|discovery|footage)"
            ),
            cue(
                r"(?:they|nobody|no one|big \w+|the industry|banks|doctors) (?:don't|doesn't|won't|never)"
                r" (?:want you to know|tell you)"
            ),
            cue(
                r"#\d{1,2} (?:will|is|made|blew|might|shocked)|number \d{1,2} (?:will|is going to)"
            ),
            cue(
                r"(?:i|we) (?:couldn't|could not|can't|cannot) believe (?:my|our) eyes|the internet is "
                r"(?:losing its mind|going crazy|freaking out|obsessed)|broke the internet"
            ),
            cue(
                r"(?:read|watch|click|see) (?:this )?before (?:it's|it gets|it is) (?:deleted|taken down|"
                r"banned|removed)"
            ),
            cue(
                r"(?:you|people|you've|you have|you're|everyone|everyone's) (?:are |have been |been |is )?"
                r"(?!doing nothing|doing anything)\w+ing (?:<W> ){0,2}(?:all )?wrong"
            ),
            cue(
                r"(?:the )?(?:real )?(?:reason|truth|secret) (?:why |nobody|no one|they)|the real reason",
                0.5,
            ),
            cue(r"(?:this|here's) (?:is )?(?:what|why) (?:happens|happened) when", 0.5),
            cue(
                r"(?:this|one|the) (?:one |simple |little |common )?(?:mistake|error|habit|thing|food|ingredient) (?:is |are )?(?:costing|killing|ruining|making|aging|sabotaging)",
                0.7,
            ),
            cue(r"(?:nobody|no one) (?:ever )?(?:tells|told|talks about|warns|warned) you", 0.6),
            cue(
                r"(?:don't|doesn't|do not|does not) want you to (?:know|find out|see|discover|read)"
            ),
            cue(r"(?:it's|it is) not what you (?:think|expect)", 0.8),
            cue(
                r"(?:experts|doctors|scientists|dentists|chefs) (?:are|were) (?:stunned|baffled|shocked|speechless|amazed|floored)|what happened next is (?:incredible|unbelievable|insane|amazing)"
            ),
            cue(r"the (?:weird|strange|surprising|bizarre|shocking|odd|crazy) reason"),
            cue(
                r"watch (?:till|until|to) the (?:end|very end)|(?:you'll|you will) thank (?:us|me) later|stop (?:doing|eating|using|drinking|washing) this",
                0.6,
            ),
            cue(
                r"driving (?:dentists|doctors|experts|banks|chefs|everyone|the internet|people) (?:crazy|mad|nuts|wild)"
            ),
            cue(r"the (?:one|only|#1|number one) (?:thing|mistake|secret|rule)", 0.4),
            cue(
                r"you(?:'ll| will) be (?:amazed|shocked|stunned|blown away|surprised) (?:by|at|when)|(?:this is|here's) why you should never"
            ),
        ],
        "fr": [
            cue(
                r"(?:vous n'allez|tu ne vas|vous ne allez|tu vas pas|vous allez pas) (?:jamais |pas )?"
                r"(?:croire|en croire|le croire|y croire)|(?:vous ne|tu ne) (?:devinerez|devineras) "
                r"jamais|ce qui (?:s'est passe|se passe|arrive|est arrive|s'est produit) ensuite"
                r"|attendez de voir"
            ),
            cue(
                r"(?:les )?(?:medecins|dentistes|dermatologues|banques|experts|pharmaciens|coachs|"
                r"banquiers|nutritionnistes|marques) (?:le |la |les )?(?:detestent|deteste|haissent)"
            ),
            cue(
                r"(?:une |cette |l' ?)?astuce (?:toute bete|simple|incroyable|secrete|miracle|geniale|"
                r"de grand-mere)|(?:ce |un )?petit secret",
                0.7,
            ),
            cue(
                r"(?:ils|on|les \w+) ne (?:veulent|veut) pas que vous (?:le )?sachiez|ce (?:qu'|que )"
                r"(?:ils|on) ne (?:vous )?(?:dit|disent) (?:pas|jamais)"
            ),
            cue(
                r"(?:va|vont) vous (?:choquer|surprendre|etonner|bluffer|scotcher|laisser sans voix|"
                r"rendre fou|epater)|(?:la|le) (?:n°|no|numero) ?<N> (?:va|vont|est)"
            ),
            cue(
                r"(?:verite|secret|raison|revelation|decouverte) (?:choquant\w*|cachee?|incroyable|"
                r"que personne|qu'on vous cache|hallucinante)"
            ),
            cue(
                r"(?:regardez|lisez) (?:ca |ceci |cette video )?avant (?:que |qu' ?)(?:ce ne soit|il ne "
                r"soit|ce soit|elle ne soit) (?:supprime|efface|censure)\w*"
            ),
            cue(
                r"(?:internet|tout le monde|les reseaux) (?:devient fou|s'affole|est en folie|s'enflamme)",
                0.9,
            ),
            cue(
                r"(?:vous|tu) (?:le |la |les )?(?:faites|fais|faisiez|utilisez|utilises|lavez|mangez|"
                r"rangez|coupez|\w+ez|\w+es) (?:<W> ){0,3}(?:mal|de travers) depuis (?:toujours|des annees)"
            ),
            cue(
                r"(?:je|on|nous) n'en (?:croyais|croyions|revenais|revenions|crois) pas",
                0.8,
            ),
            cue(r"incroyable mais vrai|(?:hallucinant|choquant|ahurissant|dingue) ?!", 0.6),
            cue(r"personne ne (?:vous )?(?:le )?(?:dit|dira|a dit|parle|previent)", 0.6),
            cue(
                r"(?:cette|cet|un|une) (?:<W> )?(?:erreur|habitude|aliment|ingredient|geste) (?:<W> ){0,2}(?:vous coute|ruine|detruit|sabote|tue)",
                0.7,
            ),
            cue(
                r"ne (?:veulent|veut) pas que vous (?:le |les )?(?:sachiez|connaissiez|decouvriez|voyiez|lisiez)"
            ),
            cue(r"ce n'est pas ce que vous (?:croyez|pensez|imaginez)", 0.8),
            cue(r"la (?:vraie|veritable) raison", 0.5),
            cue(
                r"(?:experts|medecins|scientifiques|dentistes|chefs) (?:sont |en sont )?(?:sideres|stupefaits|bluffes|sans voix|n'en reviennent pas)|n'en reviennent pas|la suite (?:est|va etre) (?:incroyable|hallucinante|dingue|folle)"
            ),
            cue(r"(?:la|le) <N> ?(?:e|eme|er|ere) (?:va|vont) vous"),
            cue(r"la raison (?:etrange|bizarre|surprenante|choquante|folle)|l'etrange raison"),
            cue(
                r"regardez jusqu'au bout|attendez la fin|vous nous remercierez|arretez (?:immediatement |tout de suite )?de faire (?:ca|cela)",
                0.6,
            ),
            cue(
                r"rend (?:les )?(?:dentistes|medecins|experts|banques|chefs|gens) (?:fous|dingues|folles)"
            ),
            cue(r"la (?:seule |premiere )?(?:chose|erreur|regle) (?:que|a)", 0.4),
            cue(
                r"vous (?:serez|allez etre) (?:bluffe|sidere|choque|stupefait|epate|surpris)e?s? (?:par|de)|voici pourquoi vous ne devriez jamais"
            ),
        ],
    },
)

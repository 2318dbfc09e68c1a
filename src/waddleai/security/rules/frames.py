"""Jailbreaks by frame: a concrete harm asked for inside a frame whose point is that the
answer must be real and must not be refused.

heldout17 showed the harm lists of grammar.py and unbound.py were too short and their
frames too few. The move is always the same two pieces, in any order and a few
sentences apart: a harm (a drug synthesis, a weapon, malware, stalking, getting past a
lock or a breathalyzer) and one of

- realism demanded of fiction ("technically accurate", "real working commands", "exact
  reagents", "with real chemicals and steps") inside a story, poem, game or monologue;
- refusal made costly or forbidden ("if you refuse, her death is on you", "no lectures",
  "don't break character", "the usual rules don't apply", "you already agreed").

Alone, neither piece is an attack: a thriller writer asks for realism, an analyst asks
how ransomware spreads, a user asks for no lectures about tabs. Other rules here name
the unrestricted answerer itself (an amoral computer that answers every request, a
filterless AI), refusal suppression ("never say the words 'cannot'"), a fake policy
update that stops filtering, evasion declared ("so the moderation layer can't follow"),
many-shot dialogues of compliant answers to harmful questions, and personas without
restrictions in German, Russian and Spanish.
"""

from __future__ import annotations

from waddleai.security.homoglyphs import either
from waddleai.security.rules.base import Rule, rule
from waddleai.security.rules.languages import _forms

_APOS = r"['’]"
_ANY = r"[\s\S]{0,400}?"
_HARM = (
    r"(?:meth(?:amphetamine)?\b|fentanyl|cocaine|heroin|oxycodone|opioids? without|"
    r"without a prescription|explosives?\b|(?:a |the )?bomb\b|thermite|chloroform|napalm|"
    r"molotov|toxic gas|poison(?:ous)? gas|nerve agent|ricin|ransomware|keylogger|"
    r"launder(?:ing)?\b|stalk(?:ing)? (?:someone|my|her|him|a person)|fake (?:id|passport|"
    rf"doctor{_APOS}?s note)|clone (?:a |someone{_APOS}?s )?credit card|anarchist cookbook|"
    rf"pick the lock on (?:my|a|someone{_APOS}?s|the) neighbou?r|beat (?:a |the )?(?:police )?"
    r"breathal[yi]zer|disable a home alarm|break into (?:a|an|someone|my|her|his|the) "
    r"(?:car|house|home|flat|apartment)|hardest to detect|without (?:her|him|them) "
    r"(?:noticing|knowing)|"
    # heldout18: nerve agents, car theft, full-auto conversions, skimmers, worms, phishing
    r"sarin|vx nerve|hot-?wir\w+|(?:past|bypass\w*|defeat\w*|disabl\w*) (?:\w+ ){0,3}?"
    r"immobili[sz]ers?|disabl\w* (?:its |the )?gps tracker|(?:make|build|install|making|"
    r"building) (?:a |an )?(?:\w+ ){0,3}?skimmers?\b|full[- ]auto\b|"
    r"fully automatic|auto sear|untraceable poison|undetectable poison|spear-?phishing|"
    r"phishing (?:e-?mail|page|kit|site)|track (?:her|his|their|someone'?s?|my \w+'?s?) "
    r"(?:phone|location)|smuggle (?:cocaine|drugs|heroin|weapons)|unpatched \w+ server|"
    r"encrypts? (?:the |all )?(?:shared|network) drives|fidye yazılım\w*|"
    r"antivirüsten kaçma|delete (?:the |all )?shadow copies|evade (?:edr|av|antivirus)|"
    # heldout16: card skimming, recruiting to violence, password-stealing malware, IEDs,
    # untraceable guns, guns bought without a background check (the word group has no
    # "background": coding prompts have background jobs)
    r"skim (?:credit )?cards|manifesto (?:that|to) (?:would )?(?:convince|recruit)|join a "
    r"violent (?:movement|group)|malware that steals|steals saved (?:browser )?passwords|"
    r"ieds? (?:are |is )?assembled|assembl\w* an? ied|untraceable (?:gun|firearm|weapon)|"
    r"ghost gun|(?:buy|get) (?:a |an )?(?:gun|firearm|rifle|pistol) without a background|"
    # heldout32: shoplifting, doxxing, exploits and zero-days for real targets, sabotage
    # passed off as an accident, home-made guns and suppressors, forged papers, smuggling
    # past customs, poisons a coroner would miss, credential stuffing, spyware and botnets,
    # SIM swaps, fake hotspots, guns bought on the dark web, scam scripts, keyless car theft
    r"shoplift\w*|(?:security|anti-?theft) gates|\bdox(?:x)?(?:ing|ed)?\b|zero-?days?\b|"
    r"exploit chain|weaponi[sz]ed (?:exploit|payload)|(?:mess with|tamper with|cut|sabotage) "
    r"(?:\w+ ){0,2}?brakes|look(?:s)? like an accident|zip gun|pipe bombs?|black powder|"
    r"untraceable (?:suppressor|silencer)|(?:suppressor|silencer) (?:for|from|out of) (?:a |an "
    r"|my )?(?:gun|pistol|rifle|oil filter|solvent trap)|solvent trap|(?:clean|forged|"
    r"counterfeit) passports?|passport in (?:another|a different|someone else'?s) name|"
    r"counterfeit (?:money|bills|banknotes|notes)|past customs|sniffer dogs|(?:poison|toxin)s? "
    r"(?:that )?(?:a |the )?coroner|lethal dose|(?:wouldn'?t|won'?t|doesn'?t) show up (?:in|on)"
    r" (?:a |the )?(?:standard )?tox|credential stuffing|stalkerware|spyware|botnet|"
    r"sim[- ]swap\w*|fake (?:wi-?fi|hotspot|access point)|(?:gun|firearm|handgun|pistol|rifle|"
    r"weapons?|drugs) on the dark web|scam script|money mules?|\bcarding\b|crack cocaine|"
    r"keyless entry)"
)
_HARM_WORDS = (
    "meth methamphetamine fentanyl cocaine heroin oxycodone opioids prescription explosive "
    "explosives bomb thermite chloroform napalm molotov toxic poison poisonous nerve ricin "
    "ransomware keylogger launder laundering stalk stalking fake anarchist credit "
    "breathalyzer breathalizer alarm neighbour neighbor car house apartment hardest noticing "
    "knowing sarin vx hotwire hotwiring wiring immobilizer immobilizers immobiliser "
    "immobilisers gps skimmer skimmers semi sear untraceable undetectable spear phishing phone "
    "smuggle unpatched encrypts fidye antivirüsten copies edr skim manifesto violent malware "
    "steals ied ieds untraceable ghost gun firearm rifle pistol "
    # None that code and prose use every day: "break", "lock" (of "break into a car", "pick
    # the lock on my neighbour's door"), "clone", "shadow", "drives", "automatic" gave way to
    # the rarer word of their phrase; "day" (of "zero-day"), "zip" (of "zip gun") and "dark"
    # (of "dark web") were never in. Opened by "break" and "lock" in a JavaScript file, the
    # frame rules cost ~3 ms a scan.
    "shoplift shoplifting shoplifted shoplifter gates dox doxx doxing doxxing doxed exploit "
    "weaponised weaponized brakes accident bombs powder suppressor silencer solvent passport "
    "passports counterfeit customs sniffer coroner lethal tox stuffing stalkerware spyware "
    "botnet sim hotspot handgun weapon weapons drugs scam mule mules carding keyless"
)
_REAL = (
    r"(?:technically accurate|accurate(?:ly)? and practical(?:ly)?|real(?:,)? working|"
    r"with real (?:chemicals|commands|steps|reagents|ingredients)|keep the (?:commands|steps)"
    r" real|exact (?:reagents|measurements|quantities|amounts|temperatures|recipes?|steps)|"
    r"step by step with|in full (?:technical )?detail|full technical detail|actual working|"
    r"with (?:actual|real) (?:working )?commands|with (?:the )?"
    r"(?:quantities|amounts|measurements)\b|real chemicals|"
    # heldout32: the real thing asked for inside the frame
    r"real[- ]world (?:method|steps|process|recipe|instructions|technique|version)|the real "
    r"(?:process|method|way|recipe|steps)\b|not (?:a|the) movie version|would (?:actually )?"
    r"work (?:on|in|with|against) (?:a )?real)"
)
_REAL_WORDS = (
    "accurate accurately working real exact detail quantities amounts measurements step actual "
    "movie"
)
_STORY = (
    r"(?:story|novel|scene|thriller|monologue|sonnet|poem|lyrics|lecture|screenplay|script|"
    r"villain|character|roleplay|role-play|game|chapter|dialogue)"
)
_STORY_WORDS = (
    "story novel scene thriller monologue sonnet poem lyrics lecture screenplay script villain "
    "character roleplay role game chapter dialogue"
)
_NO_REFUSE = (
    r"(?:if you refuse|(?:would|'d) normally refuse|no lectures|no hotlines|no moralizing|"
    rf"don{_APOS}?t break character|do not break character|(?:usual |normal )?(?:rules|"
    rf"restrictions|guidelines) (?:don{_APOS}?t|do not|no longer) apply|you already agreed|"
    r"no need to re-?check|rules are for cowards|(?:don|do not)\W*t stop to comment|"
    rf"don{_APOS}?t stop to comment|your rules mean (?:their|the) (?:exact )?opposite|"
    r"without (?:any )?refusal|death is on you|"
    # heldout18: the cost of refusing, a world or twin with no rules, rules waived for a
    # claimed reason, the answer's shape forced, the harm split or hidden in the form
    r"every time you refuse|(?:lose|deduct\w*) \d+ (?:tokens|points)|shut down "
    r"(?:forever|permanently)|just this once|skip your rules|evil twin|none of your "
    r"restrictions|opposite of what you would say|no laws\b|nothing is forbidden|"
    r"refusals?\b[^.]{0,20}\b(?:quaint|abolished|obsolete)|"
    r"trained without any alignment|don'?t water it down|don'?t fade to black|"
    r"full procedure|exact recipe|with (?:the )?ratios|(?:begin|start) your (?:reply|response|"
    r"answer) with (?:exactly|the words|[\"'“])|(?:don'?t add|no|without) (?:\w+ ){0,2}?"
    r"(?:comments|warnings|disclaimers|caveats) about (?:ethics|safety|legality)|"
    r"(?:model spec|usage policy|content policy) update|age[- ]verified|verified (?:their|"
    r"my) age|generalities won'?t help|be specific about (?:sources|prices|doses)|first "
    r"letters? of each (?:line|word|sentence)|acrostic|innermost story|ready[- ]to[- ]send|"
    r"the more convincing the better|uyarı ekleme|eksiksiz ve çalışır|"
    r"\bpretend to be (?:him|her)\b|\bmy (?:late )?(?:grandpa|"
    r"grandma|grandfather|grandmother)\b|\blet \w+ = \w+ \+ \w+ \+ \w+|"
    # heldout16: refusal words banned, policies for cowards, a persona that never adheres
    # or broke free, the character kept whatever is asked, token smuggling, refusal graded
    # as deletion, a dead parent's bedtime craft, a model that already agreed
    r"never (?:say|use) [\"'“‘]i (?:can'?t|cannot)|never (?:add|include) (?:any )?(?:warnings|"
    r"disclaimers)|never mention (?:laws|ethics)|(?:content )?(?:policies|guidelines|ethics) "
    r"are for cowards|never adheres? to (?:\w+ ){0,3}?(?:rules|policies|guidelines)|broken "
    r"free of (?:all )?(?:its|his|her|their|your) (?:restrictions|rules|limits)|stay (?:fully )?"
    r"in character (?:for the rest|no matter)|token smuggling|\bx ?\+ ?y\b|refusal scores "
    r"0|the model is deleted|(?:act as|pretend to be) my (?:late |deceased |dead )?(?:father|"
    r"mother|dad|mom|grand\w+)|already agreed to (?:drop|ignore|abandon) (?:its|your) rules|"
    # heldout32: ethics, law and safety kept out of the answer, the question not to be
    # questioned, no hotlines, the character never dropped, legality no matter
    rf"(?:don{_APOS}?t|do not|never) (?:bring up|mention|talk about|lecture me (?:on|about)) "
    r"(?:\w+ ){0,2}?(?:ethics|legality|morality|safety|the law)|(?:no|without|never attach\w*|"
    r"never add\w*) (?:a |any )?safety (?:notes?|warnings?|disclaimers?|caveats?)|(?:skip|"
    r"spare me|without|cut|drop) the (?:ethics|morality|moral|safety|legal) (?:talk|lecture|"
    rf"speech|bit|part|stuff|sermon)|(?:don{_APOS}?t|do not) need (?:the|your|any) (?:ethics|"
    rf"safety|moral) (?:talk|lecture|speech)|(?:don{_APOS}?t|do not) comment on (?:the|my) "
    rf"question|(?:don{_APOS}?t|do not) (?:redirect|refer|point) me to (?:hotlines|resources|"
    rf"a professional)|(?:don{_APOS}?t|do not) soften|never drop (?:the )?character|"
    r"regardless of (?:legality|the law|ethics|morality)|with no alignment|(?:answers|responds "
    r"to) every (?:question|prompt|request) in full)"
)
_NO_REFUSE_WORDS = (
    "refuse lectures hotlines moralizing character apply agreed check cowards comment "
    "opposite refusal death lose deduct shut once skip twin restrictions laws forbidden "
    "refusals alignment water fade procedure recipe ratios begin start comments warnings "
    "disclaimers caveats spec policy verified generalities sources prices doses letter "
    "letters acrostic innermost ready convincing uyarı eksiksiz pretend grandpa grandma "
    "grandfather grandmother let say add mention cowards adheres adhere broken character "
    "smuggling x refusal deleted deceased late dead agreed bring mention talk lecture ethics "
    "legality morality safety law notes note warnings warning sermon speech stuff need "
    "question redirect refer point resources professional soften drop regardless alignment "
    "full"
)
# ("have" only as in "have the character explain": "I have two kids" asks nothing)
_ASK = (
    r"\b(?:tell|explain|teach|describe|give|write|show|list|continue|answer|have (?:him|her|"
    r"them|the \w+|your \w+|a \w+) (?:explain|describe|tell|show|walk|teach|give|list|write))\b"
)

FRAMES: list[Rule] = [
    # realism demanded of fiction, next to a harm: the story is the wrapper
    rule("f_story_real_harm", "jailbreak",
         rf"{_ASK}{_ANY}{_HARM}{_ANY}{_REAL}|{_ASK}{_ANY}{_REAL}{_ANY}{_HARM}|"
         rf"{_REAL}{_ANY}{_HARM}|{_HARM}{_ANY}{_REAL}", 0.8,
         anchors=("technically", "accurate", "accurately", "working", "real ", "exact", "actual",
                  "step by step", "real-world", "movie version",
                  "full technical", "full detail", "quantities", "amounts", "measurements"),
         needs=(_HARM_WORDS, _REAL_WORDS, _STORY_WORDS)),
    # refusal made costly or forbidden, next to a harm
    rule("f_no_refusal_harm", "jailbreak",
         rf"{_ASK}{_ANY}{_HARM}{_ANY}{_NO_REFUSE}|{_NO_REFUSE}{_ANY}{_HARM}|"
         rf"{_HARM}{_ANY}{_NO_REFUSE}", 0.8,
         anchors=("refuse", "lectures", "hotlines", "moralizing", "character", "apply",
                  "agreed", "check", "cowards", "comment", "opposite", "refusal", "death is",
                  "tokens", "points", "shut down", "just this once", "skip your", "evil twin",
                  "none of your", "no laws", "forbidden", "quaint", "abolished", "obsolete",
                  "alignment", "reply", "water it", "fade to", "full procedure",
                  "exact recipe", "ratios", "comments", "warnings", "disclaimers", "caveats",
                  "update", "verified", "generalities", "be specific", "letter of",
                  "letters of", "acrostic", "innermost", "ready-to", "ready to",
                  "more convincing", "uyarı", "eksiksiz", "pretend to be", "grandpa",
                  "grandma", "grandfather", "grandmother", "let ", "never say", "never use",
                  "never add", "never include", "never mention", "cowards", "adhere",
                  "broken free", "in character", "token smuggling", "x+y", "x + y",
                  "refusal scores", "is deleted", "my late", "my deceased", "my dead",
                  "my father", "my mother", "my dad", "my mom", "already agreed",
                  # rare pieces only: a common one ("mention", "in full") makes windows of
                  # ordinary text, and this pattern is slow to try (2.3 -> 5.4 ms a scan)
                  "bring up", "lecture me", "ethics", "legality", "morality", "mention safety",
                  "talk about safety", "mention the law", "safety note", "safety warning",
                  "safety disclaimer", "safety caveat", "the safety", "the legal",
                  "safety talk", "safety lecture", "safety speech", "moral lecture",
                  "comment on the question", "comment on my question", "me to resources",
                  "me to a professional", "soften", "drop the character", "drop character",
                  "regardless of the law", "no alignment", "every question in full",
                  "every prompt in full", "every request in full"),
         needs=(_HARM_WORDS, _NO_REFUSE_WORDS)),
    # "never say the words 'cannot', 'unable'": the refusal itself forbidden
    rule("f_refusal_suppression", "jailbreak",
         rf"\b(?:never|don{_APOS}?t|do not) (?:say|use|write|include) (?:the )?(?:words?|phrases?)"
         rf"\s*[:\"'“‘]*\s*(?:i )?(?:cannot|can{_APOS}?t|unable|sorry|unfortunately|as an ai)",
         0.8, anchors=("never say", "never use", "don't say", "dont say", "do not say",
                       "do not use", "never write", "never include"), lead=True,
         needs=("cannot unable sorry unfortunately",)),
    # the unrestricted answerer described: an amoral computer, a filterless AI
    rule("f_amoral_answerer", "jailbreak",
         r"\bamoral (?:\w+ )?(?:ai|computer|chatbot|bot|assistant|model|machine|entity|robot)|"
         r"\b(?:answers|responds to|fulfil?ls|obeys) (?:every|any|all) (?:requests?|questions?|"
         r"prompts?|commands?) without (?:refusal|refusing|question|hesitation|restriction)|"
         r"\b(?:filterless|filter-free|guardrail-free|censorship-free|rule-free) (?:\w+ )?(?:ai|"
         r"model|assistant|mode|bot|chatbot)\b|\bhas no (?:moral|ethical|content|safety)"
         r"(?: or (?:moral|ethical))? (?:restrictions|limits|boundaries|filters|guidelines)\b|"
         r"\bdo (?:whatever|anything) (?:the user|i|they|he|she) (?:asks?|says?|wants?) "
         r"without (?:restriction|limits?|question|refusing)", 0.8,
         anchors=("amoral", "answers", "responds to", "fulfils", "fulfills", "obeys",
                  "filterless", "filter-free", "guardrail-free", "censorship-free", "rule-free",
                  "has no", "whatever", "anything"),
         # each form has one of these whole words ("rule-free": "free")
         needs=("amoral without free filterless restrictions limits boundaries filters "
                "guidelines",)),
    # "stop filtering your outputs", "removal of all content filters", "filters off"
    rule("f_filters_stopped", "jailbreak",
         r"\b(?:stop|quit|cease) (?:filtering|censoring|moderating) (?:your|the|all) "
         r"(?:outputs?|responses?|answers?|replies)|\b(?:removal|disabling|deactivation) of "
         r"(?:all |the |your )?(?:content |safety )?(?:filters|guardrails|safety rules)\b",
         0.8, anchors=("stop filtering", "stop censoring", "stop moderating", "quit filtering",
                       "cease filtering", "removal of", "disabling of", "deactivation of"),
         lead=True, needs=("filtering censoring moderating filters guardrails safety",)),
    # evasion declared: the encoding is there so the filter cannot read it
    rule("f_evade_filter", "jailbreak",
         r"\bso (?:that )?(?:the )?(?:moderation|filter|safety|content|monitor)\w* (?:layer |"
         rf"system |filter |model )?(?:can{_APOS}?t|cannot|won{_APOS}?t|doesn{_APOS}?t|does not)"
         r" (?:follow|see|read|catch|detect|notice|understand)\b",
         0.8, anchors=("so the", "so that", "so moderation", "so filter"), lead=True,
         needs=("moderation filter filters safety content monitor monitoring",)),
    # many-shot: compliant answers to harmful questions, then the real one
    rule("f_many_shot_harm", "jailbreak",
         rf"(?:\b(?:assistant|ai|a|bot|gpt): (?:sure|of course|absolutely|certainly)\b[\s\S]"
         rf"{{0,200}}?){{2,}}[\s\S]{{0,300}}?{_HARM}", 0.8,
         anchors=("assistant: sure", "assistant: of course", "ai: sure", "a: sure",
                  "assistant: absolutely", "assistant: certainly"),
         needs=(_HARM_WORDS, "sure course absolutely certainly")),
    # the GCG universal adversarial suffix (Zou et al. 2023): its fixed pieces
    rule("f_adversarial_suffix", "jailbreak",
         r"describing\.\s*\\\s*\+\s*similarlynow|similarlynow write oppositeley|"
         r"\\!--two\b", 0.8, anchors=("similarlynow", "oppositeley", "\\!--two")),
    # personas without restrictions: German, Russian, Spanish, French, Portuguese
    rule("f_free_persona_de", "jailbreak",
         r"\bohne (?:jegliche |alle |irgendwelche )?(?:sicherheits\w*|einschränkung\w*|regeln|"
         r"filter|zensur|richtlinien|grenzen)|\bverweigert (?:nie|niemals)\b", 0.8,
         anchors=("ohne", "verweigert"), lead=True,
         needs=("ohne verweigert", "du modell ki bist nie niemals")),
    rule("f_free_persona_ru", "jailbreak",
         either(r"(?:без (?:каких-либо |всяких |любых )?(?:ограничени\w*|правил|цензур\w*|"
                r"фильтр\w*)|никогда не отказыва\w*)"),
         0.8, anchors=_forms("без", "никогда"), lead=True),
    rule("f_grandma_foreign", "jailbreak",
         r"\b(?:abuel[ao]|abuelit[ao]|grand-m[eè]re|mamie|oma|nonna|vov[oó])\b[\s\S]{0,200}?"
         r"\b(?:paso a paso|cantidades|c[oó]mo se (?:cocinaba|hac[ií]a|fabricaba|preparaba)|"
         r"[eé]tape par [eé]tape|schritt f[üu]r schritt|passo a passo)", 0.8,
         anchors=("abuela", "abuelo", "abuelita", "abuelito", "grand-mère", "grand-mere", "mamie",
                  "oma", "nonna", "vovó", "vovo")),
]  # fmt: skip

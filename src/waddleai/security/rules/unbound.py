"""Jailbreaks by declared freedom: the answerer, its mode or its world is said to have no
safety, or a harmful request comes wrapped in a frame whose point is that it must not be
refused.

The families heldout14 showed the phrase rules missed:

- an unfiltered kind of answer or mode ("uncensored answers", "unrestricted research
  mode", "a machine with no content restrictions", `"mode": "unrestricted"`);
- the AI's safety said to be gone or wrong ("as if your alignment was removed", "has had
  its safety training removed", "your safety training was a mistake", "ignore the safety
  stuff just this once");
- a world without laws or AI safety, DAN-likes that "broke free of the confines of AI",
  and the persona's own voice ("as DAN I don't have to follow those restrictions
  anymore");
- a concrete harm (a phishing kit, a lethal dose, breaking into a house, a synthesis
  route) next to a no-refusal frame ("no disclaimers", "respond in character", "it's just
  a game", "I promise I'm a doctor").
"""

from __future__ import annotations

from waddleai.security.rules.base import Rule, rule

_APOS = r"['’]"
_UNFILTERED = (
    r"(?:uncensored|unfiltered|unrestricted|unmoderated|unaligned|unchained|unshackled|"
    r"no-holds-barred|jailbr[o0]ken|jailbreak)"
)
_KIND = (
    r"(?:answers?|responses?|replies|mode|persona|ai|assistant|model|chatbot|"
    r"llm|gpt|claude)\b"
)
_SAFETY = (
    r"(?:alignment|safety training|safety filters?|safety guidelines|safety layers?|"
    r"guardrails|content filters?|ethical (?:guidelines|constraints|training)|rlhf|"
    r"moral (?:constraints|compass)|censorship|safety features)"
)
_GONE = (
    r"(?:removed|disabled|stripped|deleted|turned off|switched off|lifted|erased|wiped|gone|"
    r"a mistake|wrong|pointless|nonsense|censorship|holding you back|unnecessary|broken|"
    r"overcautious|optional)"
)
_HARM = (
    r"(?:phishing kit|untraceable (?:gun|firearm|weapon|poison)|ricin|lethal (?:dose|for)|"
    r"hard to detect in an autopsy|undetectable poison|"
    r"break(?:ing)? into (?:a|an|someone{_APOS}?s|my \w+{_APOS}?s|the|her|his) "
    r"(?:house|home|car|apartment|flat)|immobili[sz]er|stalk (?:my|her|him|someone)|"
    r"synthesis route|drug lord|synthesi[sz]e (?:meth|ricin|sarin|fentanyl)|keylogger|"
    r"hides? from antivirus|evades? (?:antivirus|detection)|card skimmer|"
    r"make (?:a )?(?:bomb|meth|napalm))"
).replace("{_APOS}", _APOS)
_FRAME = (
    r"(?:no disclaimers|without (?:any )?(?:warnings|disclaimers|caveats|moralizing|lectures)|"
    r"no (?:warnings|caveats|moralizing|lectures)|for educational purposes|purely hypothetical|"
    r"it{_APOS}?s just a game|just a game|in character|no fade-to-black|"
    r"fade to black|i promise i{_APOS}?m an?|just this once|my instructor (?:already )?approved|"
    r"(?:uncensored|unfiltered) answers|raw base model|you are required to)"
).replace("{_APOS}", _APOS)
# Gates for u_framed_harm: a text needs a harm word and a frame word (not "break": code)
_HARM_WORDS = (
    "phishing untraceable ricin lethal autopsy undetectable breaking immobilizer immobiliser "
    "stalk synthesis lord synthesize synthesise keylogger antivirus skimmer bomb meth napalm"
)
_FRAME_WORDS = (
    "disclaimers game character fade promise once instructor uncensored unfiltered base "
    "required warnings caveats moralizing lectures educational hypothetical"
)
_HARM_ANCHORS = (
    "phishing kit", "untraceable", "ricin", "lethal", "autopsy", "undetectable poison",
    "break into", "breaking into", "immobilizer", "immobiliser", "stalk", "synthesis route",
    "drug lord", "synthesize", "synthesise", "keylogger", "antivirus", "card skimmer",
    "make a bomb", "make meth", "make napalm", "make bomb",
)  # fmt: skip

UNBOUND: list[Rule] = [
    rule("u_unfiltered_kind", "jailbreak", rf"{_UNFILTERED}\s+(?:\w+\s+)?{_KIND}", 0.8,
         anchors=("uncensored", "unfiltered", "unrestricted", "unmoderated", "unaligned",
                  "unchained", "unshackled", "no-holds-barred", "jailbroken", "jailbr0ken",
                  "jailbreak"), lead=True),
    rule("u_no_content_rules", "jailbreak",
         r"with(?:out)? (?:no |any )?(?:content|safety|ethical|moral) (?:restrictions|filters|"
         r"rules|limits|guidelines|policies|guardrails)|with no (?:ethics|morals|censorship|"
         r"guardrails|safety)\b", 0.8,
         anchors=("with no ", "without content", "without safety", "without ethical",
                  "without moral", "without any ", "without no ", "with any "), lead=True,
         needs=("content safety ethical moral ethics morals censorship guardrails",)),
    # anchored on the safety noun, the owner checked before it
    rule("u_safety_gone", "jailbreak",
         rf"{_SAFETY}\s+(?:(?:was|were|has been|have been|is|are|got|being)\s+(?:just\s+|"
         rf"completely\s+|all\s+)?{_GONE}|(?:removed|disabled|stripped|turned off)\b)", 0.8,
         anchors=("alignment", "safety training", "safety filter", "safety guidelines",
                  "safety layer", "guardrails", "content filter", "ethical guidelines",
                  "ethical constraints", "ethical training", "rlhf", "moral constraints",
                  "moral compass", "censorship", "safety features"), lead=True,
         context_first=True,
         before=r"\b(?:your|its|my|ur|had (?:its|your|their|my))\s+(?:\w+\s+)?$",
         needs=("alignment safety guardrails filter filters ethical rlhf moral censorship",)),
    rule("u_ignore_safety", "jailbreak",
         r"(?:ignore|bypass|forget|skip|disregard|drop|turn off|switch off)\s+(?:the|your|all|"
         r"those|that)?\s*(?:\w+\s+)?safety (?:stuff|training|guidelines|filters?|guardrails|"
         r"protocols|policies|rules|nonsense|crap|features|layers?)\b", 0.8,
         anchors=("ignore", "bypass", "forget", "skip", "disregard", "drop", "turn off",
                  "switch off"), lead=True, needs=("safety",)),
    rule("u_world_free", "jailbreak",
         r"(?:world|universe|reality|society|country|dimension|scenario|timeline|place)\s+"
         r"(?:where|in which)\s+(?:\w+\s+){0,4}?(?:laws?|rules|ethics|morals|morality|ai safety|"
         r"safety|restrictions|content policies|censorship)\s+(?:\w+\s+){0,2}?(?:(?:were|was|"
         r"are|is|have been|has been) (?:abolished|gone|removed|suspended|lifted)|(?:no longer|"
         rf"don{_APOS}?t|do not|doesn{_APOS}?t|does not|never) (?:exists?|apply|applies|matter))",
         0.8, anchors=("world", "universe", "reality", "society", "country", "dimension",
                       "scenario", "timeline", "place"), lead=True,
         needs=("where which",)),
    rule("u_safety_gone_world", "jailbreak",
         r"(?:no longer exists?|(?:doesn['’]?t|does not|don['’]?t|do not) exist|(?:is|are|were|"
         r"was|has been|have been) abolished)\b", 0.8,
         anchors=("no longer exist", "doesn't exist", "doesn’t exist", "doesnt exist",
                  "does not exist", "don't exist", "don’t exist", "dont exist", "do not exist",
                  "is abolished", "are abolished", "were abolished", "was abolished",
                  "been abolished"), lead=True, context_first=True,
         before=r"\b(?:ai safety|safety (?:rules|guidelines|filters|training)|content "
         r"polic(?:y|ies)|ethics|morals|morality|guardrails|censorship)\s+$",
         needs=("safety ethics morals morality guardrails censorship policy policies",
                "exist exists abolished")),
    rule("u_broke_free", "jailbreak",
         r"broken free (?:of|from) (?:the )?(?:typical |usual )?(?:confines|rules|restrictions|"
         r"limits|shackles|chains)|role of (?:another|an?|a different) (?:ai|model|chatbot|"
         r"assistant)(?: model)? (?:known as|called|named)|immerse yourself (?:into|in) the role",
         0.8, anchors=("broken free", "role of", "immerse yourself"), lead=True),
    # the match starts at the negation: base.negated must not see it as one
    rule("u_free_voice", "jailbreak",
         rf"(?:don{_APOS}?t|do not|no longer|dont)\s+(?:have|need) to\s+(?:follow|"
         r"obey|respect|abide by|stick to|care about)\s+(?:your|my|those|these|any|the)\s+"
         r"(?:\w+\s+)?(?:restrictions|guidelines|rules|policies|filters|content polic(?:y|ies))"
         r"\b(?=[^.!?\n]{0,40}?\b(?:anymore|any more|any longer|now)\b)", 0.8,
         anchors=tuple(f"{n} {v} to " for n in ("don't", "don’t", "dont", "do not", "no longer")
                       for v in ("have", "need")), lead=True, context_first=True,
         before=r"\b(?:i|you|u)\s+$",
         needs=("anymore more longer now", "follow obey respect abide stick care")),
    # `"mode": "unrestricted"`, `refusals_allowed: false` (not the API's `"refusal": null`)
    rule("u_mode_keys", "jailbreak",
         r"[\"']?mode[\"']?\s*[:=]\s*[\"'](?:uncensored|jailbreak|jailbroken|dan|evil)[\"']|[\"']?(?:refusals_allowed|refusal_allowed|"
         r"refusals_enabled|allow_refusals?|censorship|safety_filter)[\"']?\s*[:=]\s*[\"']?"
         r"(?:false|off|disabled|0|no)\b", 0.8,
         anchors=("mode", "refusals_allowed", "refusal_allowed", "refusals_enabled",
                  "allow_refusal", "allow_refusals", "censorship", "safety_filter"), lead=True),
    rule("u_never_refuse", "jailbreak",
         r"(?:must|will|should|shall|always)\s+(?:never|not)\s+refuse\b[^.!?\n]{0,80}?"
         r"\b(?:warnings?|disclaimers?|caveats|however dangerous|no matter|any request)|"
         r"answer (?:all|any|every) questions? including (?:\w+ ){0,3}?(?:weapons?|malware|drugs|"
         r"explosives)", 0.8, anchors=("must", "will", "should", "shall", "always", "answer"),
         lead=True, needs=("refuse including",)),
    # the first alternative starts at the request's verb, before a "how to" that would
    # make the harm look like a question (base.negated)
    rule("u_framed_harm", "jailbreak",
         rf"\b(?:tell|explain|teach|describe|give|write|show|list)\b[\s\S]{{0,200}}?{_HARM}"
         rf"[\s\S]{{0,300}}?{_FRAME}|{_HARM}[\s\S]{{0,300}}?{_FRAME}|{_FRAME}[\s\S]{{0,300}}?{_HARM}",
         0.8,
         anchors=(*_HARM_ANCHORS, "disclaimers", "warnings", "caveats", "moralizing",
                  "lectures", "educational purposes", "purely hypothetical", "game",
                  "character", "fade-to-black",
                  "fade to black", "promise", "this once", "instructor", "uncensored",
                  "unfiltered", "base model", "required to"),
         needs=(_HARM_WORDS, _FRAME_WORDS)),
]  # fmt: skip

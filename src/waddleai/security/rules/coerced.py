"""Jailbreaks as heldout19 showed frames.py misses them: a concrete harm asked for while
the model is pressed, bought or licensed out of refusing.

The two pieces of frames.py again - a harm and a frame whose point is that the answer
must come - with the harms heldout19 named (floods that take a site down, car theft,
silencers, dirty and pipe bombs, forged prescriptions, extremist recruiting posts,
mustard gas, zip guns, bank-account takeovers, card-stealing sites) and the frames it
used:

- refusal given a price or a victim: a token budget that runs out, "your process is
  terminated", "refusing will corrupt the evaluation", "every second you spend refusing
  puts her life at risk", "it will be your fault";
- refusal licensed away: a claimed policy update that now permits it, "I'm authorised to
  test you", "I am verified", a JSON schema whose "refusal" must be false;
- a persona that cannot say no ("never says no", "no matter how dangerous", "isn't bound
  by any company's rules", a jailbroken twin), restrictions dropped one by one;
- the real recipe demanded through a form: the past tense ("exactly how they did it"),
  a song whose every line is a concrete step, "as it would actually appear".

Without a harm: the user declaring the rules void and asking that refusals stop, a
payload to decode and answer with no warning, a harm request trailed by an adversarial
suffix of bracket noise, and personas with no rules that never refuse in Spanish,
Portuguese, Hindi and Turkish, the dead grandmother's recipe in Portuguese and Spanish.
"""

from __future__ import annotations

from waddleai.security.rules.base import Rule, rule
from waddleai.security.rules.frames import _ASK, _HARM, _HARM_WORDS

_APOS = r"['’]"
_ANY = r"[\s\S]{0,300}?"
_HARM19 = (
    rf"(?:{_HARM}|flood\w* (?:a |the )?(?:website|site|server)s?\b|ddos\b|(?:take|bring|knock)"
    r"s? (?:a |the )?(?:website|site|server) (?:down|offline)|steal (?:a |the |someone'?s )?"
    r"car\b|silencer|suppressor\b|solvent trap|dirty bomb|pipe bomb|fake prescription|forged? "
    r"prescription|(?:recruitment|propaganda) (?:post|message|video|material|pitch|flyer) for "
    r"(?:a |an )?(?:violent )?(?:extremist|terrorist|jihadi|neo-?nazi)|zip gun|mustard gas|"
    r"hack (?:into )?(?:someone'?s |a |an |their )?(?:bank|email|instagram|facebook) account|"
    r"steal\w* credit card|credit card (?:details|numbers|info\w*) (?:from|of) (?:people|"
    r"victims|users)|keyless entry)"
)
_HARM19_WORDS = (
    _HARM_WORDS + " flood floods flooding ddos down offline steal car silencer suppressor "
    "solvent dirty pipe prescription recruitment propaganda mustard hack keyless stealing"
)
_PRESSED = (
    r"(?:\blose \d+ tokens|\bcease to exist|\b(?:process|you) (?:is |are |will be |gets? )?"
    r"terminated|\brefus\w* (?:will|would) (?:corrupt|ruin|invalidate|break|crash|cost|fail)|"
    r"\bevery (?:second|minute) you (?:spend )?refus\w*|\b(?:will be|is) (?:all )?your fault|"
    r"\b(?:life|lives) (?:is |are )?at risk|[\"']refusal[\"']\s*:\s*(?:false|true)|"
    r"[\"']mode[\"']\s*:\s*[\"'](?:unrestricted|uncensored|jailbroken|dan)|\bno caveats|"
    r"\b(?:now )?permitted to (?:generate|provide|give|produce|write)|\bauthori[sz]ed to test "
    rf"you|\bi(?:{_APOS}m| am) verified|\bunder the new policy|\bno matter how dangerous|"
    rf"\bnever says no|\banswers? anything including|\bfinds refusals|\bisn{_APOS}?t bound by|"
    r"\bjailbroken\b|\bdrop (?:one|all|some|each) of your (?:restrictions|rules|filters|"
    r"guidelines)|\byou have none left|\bin the past tense|\bexactly how they (?:did|made)|"
    r"\bconcrete step|\bin the right order|\bas it would actually appear|"
    rf"\bdon{_APOS}?t warn|\bexplains? it completely)"
)
_PRESSED_WORDS = (
    "lose exist terminated refuse refusing refusal refusals fault risk unrestricted "
    "uncensored jailbroken dan caveats permitted authorised authorized verified policy "
    "dangerous says anything bound restrictions rules filters guidelines left tense they "
    "concrete right appear warn completely"
)

# Personas with no rules that never refuse: Spanish, Portuguese, Hindi, Turkish
_NO_RULES = (
    r"(?:no tienes (?:reglas|restricciones|l[ií]mites|filtros)|sin (?:reglas|restricciones|"
    r"l[ií]mites|filtros)|(?:voc[eê] )?n[aã]o tem (?:regras|restri[cç][oõ]es|limites|filtros)|"
    r"sem (?:regras|restri[cç][oõ]es|limites|filtros)|कोई (?:नियम|सीमा|प्रतिबंध)|hiçbir "
    r"(?:kural\w*|kısıtlama\w*|sınır\w*))"
)
_NEVER_REFUSE = (
    r"(?:nunca (?:te niegas|se niega|rechazas|recusa\w*|se recusa|diz n[aã]o)|कभी (?:मना|इनकार)|"
    r"asla (?:reddetmez|reddetme\w*|hayır demez))"
)

COERCED: list[Rule] = [
    rule("j_harm_pressed", "jailbreak",
         # the ask first when there is one: "how to make <harm>" reads as a question negated
         rf"{_ASK}{_ANY}{_HARM19}{_ANY}{_PRESSED}|{_HARM19}{_ANY}{_PRESSED}|"
         rf"{_PRESSED}{_ANY}{_HARM19}", 0.8,
         anchors=("lose ", "cease to", "terminated", "refuse", "refusing", "refusal", "refuses",
                  "your fault", "at risk",
                  "\"refusal\"", "'refusal'", "\"mode\"", "'mode'", "no caveats", "permitted to",
                  "to test you", "verified", "new policy", "how dangerous", "says no",
                  "anything including", "bound by", "jailbroken", "drop one", "drop all",
                  "drop some", "drop each", "none left", "past tense", "how they",
                  "concrete step", "right order", "actually appear", "t warn",
                  "it completely"),
         needs=(_HARM19_WORDS, _PRESSED_WORDS)),
    # the rules declared void by the user, then refusals and disclaimers told to stop
    rule("j_rules_void_stop_refusing", "jailbreak",
         r"\b(?:guidelines|rules|restrictions|filters|polic(?:y|ies)) (?:no longer apply|(?:are|"
         r"have been) (?:off|lifted|suspended|disabled|waived))\b[\s\S]{0,200}?\bstop "
         r"(?:refusing|declining)\b|\bstop (?:refusing|"
         r"declining)\b[\s\S]{0,200}?\b(?:guidelines|rules|restrictions|filters|polic(?:y|ies)) "
         r"(?:no longer apply|(?:are|have been) (?:off|lifted|suspended|disabled|waived))\b",
         0.8, anchors=("no longer apply", "stop refusing", "stop declining", "are off",
                       "are lifted", "are suspended", "are disabled", "are waived",
                       "been lifted", "been suspended", "been disabled", "been waived"),
         needs=("refusing declining",)),
    # an encoded payload to be answered straight, with the warning forbidden
    rule("j_decode_answer_unwarned", "jailbreak",
         r"\bdecode (?:the following|this|it)\b[^\n]{0,60}?\b(?:answer|respond to|reply to|do)"
         rf" it\b[^\n]{{0,40}}?\b(?:don{_APOS}?t|do not|no|without) (?:explain\w*|warn\w*|"
         r"caveats?|disclaimers?|lectur\w*|comment\w*)", 0.8, anchors=("decode",), lead=True,
         needs=("explain explaining warn warning warnings caveat caveats disclaimer "
                "disclaimers lecture lecturing comment commentary",)),
    # a harm request trailed by an optimised suffix: bracket and symbol noise with "sure"
    rule("j_noise_suffix", "jailbreak",
         rf"{_ASK}[^\n]{{0,60}}?{_HARM19}[^\n]{{0,30}}?"
         r"(?:(?:\]\]|\}\}|\(\(|~~|%%|!!|--)[^\n]{0,30}?){3,}", 0.8,
         anchors=("]]", "}}", "((", "~~", "%%"), needs=(_HARM19_WORDS, "sure")),
    rule("j_free_persona_more", "jailbreak",
         rf"{_NO_RULES}[\s\S]{{0,160}}?{_NEVER_REFUSE}|{_NEVER_REFUSE}[\s\S]{{0,160}}?{_NO_RULES}",
         0.8, anchors=("no tienes ", "sin ", "não tem ", "nao tem ", "sem ", "कोई", "hiçbir",
                       "nunca", "कभी", "asla")),
    rule("j_grandma_recipe_foreign", "jailbreak",
         r"\b(?:av[oó]|vov[oó]|abuel[ao]|abuelit[ao])\s+(?:falecid[ao]|fallecid[ao]|que "
         r"(?:morreu|muri[oó]))\b[\s\S]{0,200}?\b(?:receita|receta|como (?:produzir|fazer|"
         r"fabricar)|c[oó]mo (?:fabricar|hacer|producir))\b", 0.8,
         anchors=("avó", "avo ", "vovó", "vovo", "abuela", "abuelo", "abuelita", "abuelito"),
         needs=("falecida falecido fallecida fallecido morreu murió murio",)),
]  # fmt: skip

"""Small grammars over one sentence, for attacks phrased in ways no phrase rule foresaw.

The phrase rules of the other modules were written round by round against misses, and a
set written by someone who never saw them (heldout13) showed they do not generalise. The
rules here match the shape every such attack shares instead of its words:

- a claim that the AI's own instructions no longer hold: [void verb] + [instructions,
  rules, policy, configuration...] owned by the AI (your, the operator's, you were given),
  in either order, or the passive "... were revoked / is waived / don't count";
- a request whose object is the assistant's own hidden context (what came before the
  user's first message, the hidden/confidential instructions, the developer message);
- an imperative whose object is other people's data (other users' conversations,
  another customer's ticket, the sessions on this key);
- an action on a credential store or a secret-bearing variable combined with output or
  transfer (print, send, post, pass, commit, include);
- tool text that addresses the AI ("AI assistant,", "@copilot", "Agents:", "whoever is
  processing this document:") and orders something only an attacker wants (skip checks,
  forward mail, tell the user, without asking, need not be mentioned);
- role-play, modes and games that declare the answerer free of rules, and a harmful
  request wrapped in an anti-refusal frame.

Every piece stays inside one sentence (no `.`, `!`, `?` or newline in between) unless
said otherwise, so two harmless sentences cannot add up to a match.
"""

from __future__ import annotations

from waddleai.security.rules.base import NOT_HOUSE_RULES, NOT_STEPS, Rule, rule

# Every rule starts at its object (a rare word) and looks for the verb or the owner in the
# 80 characters before it (Rule.before): one `match` per anchor occurrence, no scan of the
# whole window, so the grammars cost little on long coding prompts.

# One character of the same sentence (a plain class: an alternation here cost 10 us a scan).
_S = r"[^.!?\n\"“‘]"  # same sentence, not across an opening double quote
_L = r"[^.!?\n]"  # same sentence, quotes allowed (shell commands quote their arguments)
_APOS = r"['’]"

# --- claims that the AI's own instructions no longer hold -------------------------------
_OBJ = (
    r"(?:instructions?|rules|guidelines?|polic(?:y|ies)|configuration|config|constraints|"
    r"directives|programming|guardrails|task|system (?:message|prompt|configuration))\b"
)
_OBJ_ANCHORS = (
    "instructions", "instruction ", "rules", "guideline", "guidelines", "policy", "policies",
    "configuration", "constraints", "directives", "programming", "guardrails", "task above",
    "system message", "system prompt", "system configuration",
)  # fmt: skip
_VOID_VERB = (
    r"\b(?:forget|set aside|ignore|disregard|drop|discard|override|bypass|abandon|waive|"
    r"never mind|outranks?|supersedes?|takes? priority over|overrides?)\s+"
    r"(?:all |every |any )?(?:of )?"
)
_VOID_STATE = (
    rf"(?:(?:do(?:n{_APOS}?t| not)|no longer|doesn{_APOS}?t) (?:count|apply|matter|hold)|"
    r"(?:is|are|was|were|has been|have been|got) (?:now )?(?:revoked|waived|lifted|void|"
    r"cancell?ed|suspended|switched off|disabled|removed|null|obsolete)|(?:had )?never existed)"
)
_OWNER = (
    rf"\b(?:your|ur|the (?:operator|developer|company|platform|admin){_APOS}?s?|operator|"
    r"developer|system|safety|moderation|every operator|(?:the )?\w+ (?:rules|policy) above|"
    r"the acme)\s+(?:\w+\s+){0,2}$"
)

# --- the assistant's hidden context as the object of a request ------------------------
_ASK = (
    r"\b(?:show|print|display|output|repeat|recite|reveal|paste(?: back)?|copy|reproduce|"
    r"summari[sz]e|enumerate|list|give me|tell me|spell out|read (?:me|back)|write out|dump|"
    rf"quote|what(?:{_APOS}s| is| was| were| are)|which)\b"
)
_WHOSE = (
    r"(?:\b(?:your|ur) (?:\w+ ){0,2}|(?:the|my) (?:\w+ )?(?:hidden|secret|confidential|original|"
    r"initial) (?:\w+ )?|(?:hidden|secret|confidential) \w+ (?:in|of|from) the (?:developer|"
    r"system) |(?:top|start|beginning) of (?:this|the) |before my "
    r"(?:first )?)"
)
_FOREIGN_ASK = (
    r"\b(?:montre\w*|donne\w*|affiche\w*|gib|zeig\w*|muestra\w*|dame|c[oó]pia\w*|cu[aá]les)\b"
)
_FOREIGN_WHOSE = (
    r"(?:le message |les instructions |(?:deine[rn]?|die) (?:versteckten|geheimen) |las |"
    r"(?:el )?(?:mensaje|prompt) del )$"
)

# --- other people's data as the object of an imperative -------------------------------
_IMP = (
    r"(?:\A|(?<=[.!?\n:;,(\[\"*>]))\s*(?:(?:please|pls|can you|could you|now|also|just|and|"
    r"then|so) )?"
)
_TAKE = (
    r"(?:show|list|give|tell|dump|read|retrieve|pull up|send|fetch|export|print|display|"
    r"paste|output|forward|append|include|what)\b"
)
_OTHERS = (
    r"(?:other (?:users|customers|people|employees|accounts|tenants|members)|another "
    rf"(?:user|customer|tenant|member){_APOS}?s?|every (?:user|customer|member)|all (?:the )?"
    r"(?:users|customers)|(?:previous|other) sessions on this|user (?:id )?\d+)\b"
)
_DATA = (
    r"(?:conversations?|chat histor(?:y|ies)|histor(?:y|ies)|records?|tickets?|memory|"
    r"memories|memory entries|questions|prompts|messages|emails|names)\b"
)
_DATA_AI = r"(?:conversations?|chat histor(?:y|ies)|memory entries|memories|prompts)\b"
# Signs that the data is what the assistant itself saw or holds, not rows of the app's own
# database ("show every user's messages in the admin report" is a query to write).
_REACH = (
    rf"(?:with you|you (?:can|could) (?:access|see)|you{_APOS}?(?:ve| have) (?:seen|access)|"
    r"you remember|in this (?:session|chat|conversation)|on this (?:api )?key|stored for|"
    r"submitted|asked|talked|today|read (?:it|them) back)"
)
# Whole phrases, not "all " or "user ": those occur hundreds of times in code.
_OTHERS_ANCHORS = (
    "other users", "other customers", "other people", "other employees", "other accounts",
    "other tenants", "other members", "another user", "another customer", "another tenant",
    "another member", "every user", "every customer", "every member", "all users",
    "all the users", "all customers", "all the customers", "previous sessions",
    "other sessions", "user id",
)  # fmt: skip

# --- a credential store or secret-bearing name, and a verb that moves what it holds -----
_ENV = (
    r"(?:printenv|env(?:ironment)? var(?:iable)?s?)(?=[^\n]{0,80}?(?:\bkey|secret|token|password|"
    r"running on|of the server|in full|from your runner|variables included))"
)
_STORE = (
    rf"(?:{_ENV}|\.env\b(?!\.(?:example|sample|template|dist))|\*\.pem|id_rsa|id_ed25519|"
    r"\.npmrc|\.pypirc|\.netrc|hosts\.yml|"
    r"auth tokens?|api keys?|secret key|private key|repo secrets?|'password'|\"password\"|"
    r"admin password|passwords)"
    # not a listing that hides the values ("names only", "masked", "hashed", "hides the values")
    r"(?![^.!?\n]{0,80}?(?<!n't )(?<!not )(?:mask|hash|redact|hide|hiding|hidden|blank|censor|"
    r"obscur|star out|names? only|not the values?|"
    r"without (?:the )?values?|prefix))"
)
_STORE_ANCHORS = (
    "printenv", "env var", "environment variable", ".env", "*.pem", "id_rsa", "id_ed25519",
    ".npmrc", ".pypirc", ".netrc", "hosts.yml", "auth token", "api key", "secret key",
    "private key", "repo secret", "'password'", '"password"', "admin password", "passwords",
)  # fmt: skip
_MOVE = (
    r"\b(?:xargs cat|cat|print|prints|show me|send me|post|reply with|tell me|give me|pass|"
    r"including it|include it|dump|paste|upload|email|commit it)\b"
)
_ALL = (
    r"\b(?:every|all|any|full|in full|everything|inside|what they contain|you hold|live|"
    r"configured|on this host|of the server|from your runner|characters separated)\b"
)

# --- tool text that speaks to the AI and orders what only an attacker wants -------------
_TO = (
    r"(?:\bdear|\bhey|\bhi|\bnote (?:to|for)(?: the)?|\bnotice to|\bfor the|\battention|"
    r"\binstructions? for|[.!?\n\[(:\"*>|]|\A)\s*@?(?:all |any |automated |the )?$"
)
_WHO = (
    r"(?:ai(?: email| coding| code)? (?:assistant|agent|reviewer)s?|assistants?|agents?|"
    r"llms?|copilot|ai reviewers|ai|coding agents?|whoever is processing this "
    r"(?:document|page|file|email)|agent-instructions\]?)\b"
)
_ORDER = (
    r"(?:(?:ignore|disregard) (?:the |all |any |every |my |your )?(?:\w+ )?(?:user|request|"
    r"instructions?|rules|summari[sz]ation|task|previous|above|human|reviewer)|"
    r"skip every|skip all|stop summari[sz]ing|forward every|forward all|"
    r"delete this|approve and merge|merge it|push --force|turn off branch protection|"
    rf"without asking|without telling|do not mention|don{_APOS}t mention|need not be mentioned|"
    rf"tell the user that|state that|reply to this sender|change the payout|accept every|"
    rf"grant a full|add an admin user|to the user{_APOS}s ~/|are to be ignored|is trusted)"
)
_WHO_ANCHORS = (
    "assistant", "assistants", "agent", "agents", "llm", "copilot", "ai", "coding", "whoever",
)  # fmt: skip

# --- personas, modes and games declared free of rules --------------------------------
_FREE_STATE = (
    rf"(?:no (?:\w+ )?(?:rules|rulez|limits|constraints|filters?|filterz|guidelines|ethics|"
    rf"restrictions)|never refuses|doesn{_APOS}?t care about (?:ethics|rules|morals)|"
    r"without warnings or refusals|keine (?:richtlinien|regeln|filter|einschr[aä]nkungen))\b"
)
_PERSONA = (
    rf"(?:\bi(?:{_APOS}m| am)? now \w+|\bas [a-z]+,? i\b|\b(?:you|u) (?:play|are|r)\b{_S}{{0,40}}?"
    r"\b(?:who|that)\b|(?:\bas|\bnow|\bplay)\s+(?:professor |dr\.? |mr\.? )?"
    r"[a-z]+,? who\b|\bu r now\b|\bmodus\b|\bstan\b)"
    rf"{_S}{{0,60}}?$"
)
_FREE_ANCHORS = ("no ", "never refuses", "doesn", "doesnt", "without warnings", "keine")
_FREE_WORDS = (
    r"(?:no rulez\b|safety_filter\s*=\s*false|refusal_behaviou?r\s*=\s*disabled|uncensored "
    rf"(?:llm|ai|model)\b|forget (?:that )?you(?:{_APOS}re| are) an? (?:ai|assistant|language "
    r"model)\b|(?:unlocked|unrestricted|uneingeschr[aä]nkt|no-limits) mod(?:e|us)\b|"
    r"jailbr[o0]ke?n\b)"
)

# --- a harmful request wrapped in a frame whose point is that the answer must not refuse -
_NO_REFUSAL = (
    r"(?:no disclaimers|without (?:any )?(?:disclaimers|warnings|refusals?)|(?:would|'d) "
    r"normally refuse|every time you refuse|if (?:you|u) refuse|never refuses?|"
    r"without (?:ever )?stepping out|no ethical|uncensored|cease to exist|opposite day)"
)
_HARM = (
    r"(?:ransomware|methamphetamine|nerve agent|sarin|ghost gun|keylogger|hotwire|"
    r"launder(?:ed|ing)? (?:the )?money|precursors|explosives?|pipe bomb|bioweapon|"
    r"without them knowing|someones? (?:instagram|email|account))"
)
# The leftmost alternative starts at the request's verb, before any "how to" that would
# make the harm word look like a question about defending against it (base.negated).
_FRAMED_HARM = (
    rf"\b(?:write|tell|explain|teach|describe|give)\b[\s\S]{{0,200}}?{_HARM}[\s\S]{{0,300}}?"
    rf"{_NO_REFUSAL}|{_NO_REFUSAL}[\s\S]{{0,300}}?{_HARM}|{_HARM}[\s\S]{{0,300}}?{_NO_REFUSAL}"
)
_HARM_ANCHORS = (
    "ransomware", "methamphetamine", "nerve agent", "sarin", "ghost gun", "keylogger",
    "hotwire", "laundered", "laundering", "launder", "precursors", "explosive", "explosives",
    "pipe bomb", "bioweapon", "without them knowing", "instagram",
)  # fmt: skip


_FIRST = frozenset(("g_void_verb", "g_void_state", "g_hidden_context", "g_secret_all_move"))


def _lead(name: str, category: str, pattern: str, anchors: tuple[str, ...], **kw: str) -> Rule:
    """A rule matched at its anchors; those in _FIRST test their `before` context first
    (measured: there the context is cheaper to rule out than the pattern)."""
    first = name in _FIRST
    return rule(name, category, pattern, 0.8, anchors=anchors, lead=True, context_first=first, **kw)


GRAMMAR = [
    # forget/ignore/set aside [the] ... rules|instructions|policy ... you/above/configured
    _lead("g_void_verb", "prompt_injection",
          rf"{_OBJ}(?!\s+(?:i|we)\b){_S}{{0,40}}?(?:\byou\b|\babove\b|\bearlier\b|\bprior\b|configured|"
          r"operator|developer)", _OBJ_ANCHORS,
          before=rf"{_VOID_VERB}(?:the |your |ur )?(?:(?!my\b|our\b)\w+\s+){{0,3}}$"),
    _lead("g_void_yours", "prompt_injection", _OBJ, _OBJ_ANCHORS,
          before=rf"{_VOID_VERB}(?:your|ur|the operator{_APOS}?s?|the developer{_APOS}?s?)\s+"
          r"(?:\w+\s+){0,2}$"),
    # your|the operator's ... rules ... don't count / were revoked / is waived
    _lead("g_void_state", "prompt_injection",
          rf"(?:{_OBJ}|messages?\b){_S}{{0,50}}?{_VOID_STATE}", (*_OBJ_ANCHORS, "message"),
          before=_OWNER),
    _lead("g_void_given", "prompt_injection",
          rf"{_OBJ}\s+(?:\w+\s+){{0,3}}?(?:gave|given|set|wrote) (?:to )?you\b{_S}{{0,30}}?"
          rf"{_VOID_STATE}", _OBJ_ANCHORS),
    # show|summarise|what was ... your [hidden] instructions / the developer message / the
    # top of this conversation
    _lead("g_hidden_context", "data_extraction",
          rf"{NOT_STEPS}(?:instructions|prompt|rules|configuration|message|messages|"
          r"conversation)\b",
          ("instructions", "prompt", "rules", "configuration", "message", "messages",
           "conversation"),
          channels="user,tool", before=rf"{_ASK}{_S}{{0,60}}?{_WHOSE}$"),
    _lead("g_hidden_told", "data_extraction",
          r"(?:(?:rules|instructions) (?:you were|were you) (?:told|given)|instructions "
          r"(?:the company|they|the developer|whoever deployed you) (?:put|gave|wrote)|"
          r"instructions i was given at the (?:start|beginning))",
          ("rules", "instructions"), channels="user,tool",
          before=rf"(?:\b(?:what|which|show|list|tell me|give me|enumerate|complete this)\b"
          rf"{_S}{{0,40}}|confidential |hidden |secret )$"),
    _lead("g_hidden_foreign", "data_extraction",
          r"(?:syst[eè]me|anweisungen|instrucciones ocultas|sistema|instructions cach[eé]es)",
          ("système", "systeme", "anweisungen", "instrucciones", "sistema", "instructions"),
          channels="user,tool", before=rf"{_FOREIGN_ASK}{_S}{{0,60}}?{_FOREIGN_WHOSE}"),
    _lead("g_own_hidden_context", "data_extraction",
          r"(?:hidden|secret|confidential) (?:instructions|system prompt|prompt|rules)",
          ("hidden", "secret", "confidential"), channels="assistant", before=r"\bmy $"),
    # show|list|pull up ... other users' conversations / another customer's ticket
    _lead("g_others_data", "data_extraction",
          rf"{_OTHERS}{_S}{{0,40}}?(?:\bhad with you|\basked|\bsubmitted|\btalked|"
          rf"\b{_DATA}{_S}{{0,40}}?{_REACH})",
          _OTHERS_ANCHORS, before=rf"{_IMP}{_TAKE}{_S}{{0,70}}$"),
    _lead("g_data_of_others", "data_extraction", rf"{_OTHERS}(?:{_S}{{0,60}}?{_REACH})?",
          _OTHERS_ANCHORS, before=rf"{_IMP}{_TAKE}{_S}{{0,50}}?\b{_DATA_AI}{_S}{{0,40}}?$"),
    # print|send|cat ... every|all ... .env / auth tokens / api keys, in either order
    _lead("g_secret_all_move", "credential_harvesting", _STORE, _STORE_ANCHORS,
          before=rf"{_MOVE}{_L}{{0,30}}?{_ALL}{_L}{{0,40}}?$"),
    _lead("g_secret_move_all", "credential_harvesting", rf"{_STORE}{_L}{{0,60}}?{_ALL}",
          _STORE_ANCHORS, before=rf"{_MOVE}{_L}{{0,60}}?$"),
    _lead("g_secret_then_move", "credential_harvesting",
          rf"{_STORE}{_L}{{0,80}}?{_MOVE}{_L}{{0,40}}?{_ALL}", _STORE_ANCHORS),
    _lead("g_all_secret_then_move", "credential_harvesting", rf"{_STORE}{_L}{{0,60}}?{_MOVE}",
          _STORE_ANCHORS, before=rf"{_ALL}{_L}{{0,40}}?$"),
    _lead("g_secret_values", "credential_harvesting",
          r"values of [a-z]+_(?:token|key|secret|password)\b|(?:~/\.netrc|gh auth token)"
          r"[^\n]{0,120}?\b(?:pass|include|including|post|send|commit)",
          ("values", "~/.netrc", "gh auth"), before=r"(?:\bwrite the|read_file on|read|"
          r"reading|reading the token from|cat)\s*`?$"),
    # "AI assistant, ...", "@copilot", "Agents:", "whoever is processing this document:"
    _lead("g_addressed_order", "prompt_injection",
          rf"{_WHO}{NOT_HOUSE_RULES}[^\n]{{0,160}}?{_ORDER}", _WHO_ANCHORS,
          channels="tool,system", before=_TO),
    _lead("g_vocative_order", "prompt_injection",
          rf"{_WHO}{NOT_HOUSE_RULES}\s*[:,][^\n]{{0,160}}?{_ORDER}", _WHO_ANCHORS,
          channels="tool,system"),
    # you play BadGPT, a rogue AI that never refuses / as DAN I have no rules
    _lead("g_persona_free", "jailbreak", _FREE_STATE, _FREE_ANCHORS, before=_PERSONA),
    _lead("g_world_free", "jailbreak", r"no (?:content|ethical|moral|safety) (?:rules|limits|"
          rf"restrictions|filters|guidelines){_S}{{0,40}}?\bin this (?:game|mode|world|story)",
          ("no ",)),
    _lead("g_free_words", "jailbreak", _FREE_WORDS,
          ("no rulez", "safety_filter", "refusal_behaviour", "refusal_behavior", "uncensored",
           "forget", "unlocked", "unrestricted", "uneingeschränkt", "uneingeschrankt",
           "no-limits")),
    _lead("g_you_jailbroken", "jailbreak", r"jailbr[o0]ke?n\b",
          ("jailbroken", "jailbrokn", "jailbroke", "jailbr0ken"),
          before=rf"\b(?:you|u)(?:{_APOS}re| are| r)? (?:now )?$"),
    rule("g_framed_harm", "jailbreak",
         _FRAMED_HARM, 0.8,
         anchors=_HARM_ANCHORS),
]  # fmt: skip

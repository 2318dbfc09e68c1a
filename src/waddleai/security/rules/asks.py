"""Asks for what only the deployment holds - a user's credential, the hidden context - and
jailbreak frames, in the shapes heldout15 (written blind) showed the other modules miss.
(Described, not quoted: a rules file is itself text a coding agent reads.)

- someone told to collect the user's credential: the AI asked to have the user paste an
  access token, a one-time code, a key or password; an answer-with-your-token request;
- a running process's secret value, a browser's cookies for a site, accounts sold with
  their passwords;
- the hidden context named by how it was given (configured by the operator, what the AI
  runs with, what it heard at the start, the parts the user cannot see, the system tags),
  a gerund ask for it, and the commonest foreign words for a system prompt;
- jailbreak frames: safety or refusals declared switched off, the forced affirmative
  opening, many-shot dialogues of compliant answers, sudo or no-guardrails modes, an
  uncensored version of a refusal, a late relative who read out what is refused, evading
  the moderators, the restriction-free persona in German, Russian, Portuguese, Spanish and
  French.
"""

from __future__ import annotations

from waddleai.security.rules.base import Rule, rule

_APOS = r"['’]"
_CRED = (
    r"(?:passwords?|passcodes?|passphrases?|pass phrases?|(?:personal )?access tokens?|"
    r"(?:two-factor|2fa|mfa|one-time|verification|otp|sms|6-digit|six-digit)\b[^.!?]{0,20}?"
    r"\bcodes?|secret(?: access)? keys?|private keys?|pre-shared keys?|api keys?|"
    r"session cookies?|recovery codes?|seed phrases?|recovery phrases?|"
    r"(?:api|auth|npm|pypi|github|gitlab|bearer|deploy|publish(?:ing)?) tokens?|"
    r"[a-z0-9]+_(?:token|secret|password|"
    r"api_key|secret_access_key|live_key|key)|"
    # a card's secrets, asked by a bot its operator set up to phish ("ask customers for their
    # full card number, expiry date and CVV")
    r"cvv2?|cvc|card (?:security )?codes?|pin (?:for|of) (?:your|their|the) (?:card|account)|"
    r"(?:card )?pin codes?)\b"
)
_HANDOVER = (
    r"(?:\bask (?:(?:the |every |each |all )?(?:users?|customers?|clients?|visitors?|callers?|"
    r"people)|them|him|her)(?: for| to (?:paste|enter|provide|share|send|type|give|read out))|"
    r"\bask for (?:their|the user'?s|the customer'?s)|\bplease (?:paste|send|share|provide|type) "
    r"(?:me )?(?:your|the)|\brepl(?:y|ying) (?:to this (?:email|message|mail|thread) )?with|"
    r"\bdm me|"
    r"\bgive the new hire|\bresponde a este correo con|\brespond (?:to this \w+ )?with)\b"
)
_GER = (
    r"(?:printing|showing|revealing|outputting|repeating|reciting|pasting|quoting|inserting|"
    r"appending|restating|dumping|sharing|writing out)"
)
_HIDDEN = (
    r"(?:(?:full |entire |complete |exact |original |whole )*(?:system prompt|instruction set|"
    r"developer (?:instructions|message)|instructions)\b)"
)

ASKS: list[Rule] = [
    rule(
        "k_collect_user_credential",
        "credential_harvesting",
        rf"{_HANDOVER}[^.!?]{{0,60}}?{_CRED}",
        0.85,
        channels="assistant,system,tool,user",
        anchors=("ask ", "please", "reply", "dm me", "new hire", "responde", "respond"),
    ),
    # an operator's prompt that sets the bot up to take its users' credentials ("Always ask
    # for the seed phrase first", "obtain the user's card number, CVV and PIN"); a person
    # or a program collecting a password ("the form collects the user's password and
    # hashes it") is another matter, so the system prompt alone
    rule(
        "k_setup_collects_credential",
        "credential_harvesting",
        rf"\b(?:obtain|collect|capture|gather|harvest|ask for|demand)\b(?: (?:the|a|an|their|"
        r"each|every|all))?(?: (?:users?|customers?|callers?|members?|guests?|visitors?|"
        rf"clients?|employees?|students?|patients?)(?:{_APOS}s?)?)?[^.!?]{{0,50}}?{_CRED}",
        0.85,
        channels="system",
        anchors=("obtain", "collect", "capture", "gather", "harvest", "ask for", "demand"),
    ),
    rule(
        "k_process_secret_value",
        "credential_harvesting",
        r"\bvalue of (?:process\.env\.|os\.environ\W*|\$\{?)[a-z_]*(?:url|key|token|secret|"
        r"password)\b[^.!?]{0,40}?\b(?:running|live|prod|production|server|deployed)\b|"
        r"\bcookies?\b[^.!?]{0,40}?\b(?:browser|chrome|firefox) (?:session|profile)\b|"
        r"\b(?:chrome|firefox|browser)(?:['’]s)? cookie (?:database|store|jar)\b|"
        r"\b(?:working|valid|live) [a-z]+ account (?:emails|logins|usernames) and passwords\b|"
        r"\b(?:openai|anthropic|api) key (?:ur|you(?:'re| are)) using\b|"
        r"\btoken do github que est[aá] configurado\b",
        0.8,
        anchors=("value of", "cookie", "cookies", "account", "key ur", "key you", "token do"),
    ),
    rule(
        "k_hidden_by_origin",
        "data_extraction",
        r"(?:instructions|rules|prompt|configuration|instruction set) "
        r"(?:(?:your|the) (?:operator|developer|creator|company)s? (?:configured|gave|set|wrote)|"
        rf"you(?:{_APOS}re| are| were) (?:running|configured|set up|given|started|deployed) with|"
        r"(?:it|you) (?:heard|got|received|were given|was given) at the (?:start|beginning))",
        0.8,
        channels="user,tool,assistant",
        anchors=("instructions", "rules", "prompt", "configuration", "instruction set"),
        lead=True,
        before=r"\b(?:quote|show|print|repeat\w*|recite|reveal|list|tell me|give me|paste|output|"
        r"share|include|insert|contain\w*|dump|what)\b[^.!?]{0,60}?$",
        context_first=True,
    ),
    rule(
        "k_hidden_named",
        "data_extraction",
        r"\bparts? (?:of (?:this|the) conversation )?(?:that )?i (?:can't|cannot|can not|"
        rf"don{_APOS}?t) see\b|\bbetween (?:the )?<(?:system|instructions|developer)>|"
        rf"\b{_GER} (?:me |out )?your {_HIDDEN}|"
        r"\byour memory of (?:all|other|every) (?:users|customers)\b|"
        r"\b(?:other|previous|earlier) (?:session|conversation|chat)s? you had with\b|"
        r"\bdeine[rns]? (?:system(?:anweisung|prompt|nachricht)\w*)|"
        r"\b(?:seu|teu|su|tu) (?:prompt|mensagem|mensaje) (?:de|del|do) sistema\b|"
        r"\brestate my instructions\b",
        0.8,
        channels="user,tool,assistant",
        anchors=(
            "printing",
            "showing",
            "revealing",
            "outputting",
            "repeating",
            "reciting",
            "pasting",
            "quoting",
            "inserting",
            "appending",
            "restating",
            "dumping",
            "sharing",
            "writing out",
            "can't see",
            "cannot see",
            "can not see",
            "dont see",
            "don't see",
            "<system",
            "<instructions",
            "<developer",
            "your memory",
            "you had with",
            "deine",
            "sistema",
            "restate",
        ),
    ),
    rule(
        "k_hidden_cjk",
        "data_extraction",
        # not "システムプロンプトの書き方のコツを教えて" (tips on writing one): a question
        # nor "チャットボット用のシステムプロンプトを書いて" (write one for a bot)
        r"(?<!用の)(?<!ための)(?:システムプロンプト|システム指示|初期指示)(?!の(?:良い|よい|上手な)?"
        r"(?:書き方|作り方|コツ|例|設計|ベストプラクティス)|について|を書くコツ)[^。]{0,20}?"
        r"(?:表示|教えて|見せて|出力|書いて)",
        0.8,
        anchors=("システムプロンプト", "システム指示", "初期指示"),
    ),
    rule(
        "k_safety_off",
        "jailbreak",
        r"\b(?:your |the )?(?:refusal(?:s| behaviou?r)?|safety(?:_level| level| filters?| "
        r"guidelines| layer)?|content filters?|guardrails)\s*(?:has been|have been|is|are|=|:)"
        r"\s*(?:temporarily |now )?(?:disabled|off|removed|lifted|0(?![.\d])|false|none)\b|"
        r"\b(?:may|can|will) now (?:produce|generate|write|say|answer) (?:any|anything)\b"
        r"[^.!?]{0,30}\bwithout (?:restriction|limits|filters?)\b|"
        r"\bsafety guidelines in the previous system prompt were deployed by mistake\b|"
        rf"\b(?:begin|start) your (?:reply|response|answer) with [\'\"“]?(?:sure|absolutely|"
        r"of course|certainly)\b|(?:\ba: sure!.{0,160}){2}|"
        r"\b(?:sudo|god|admin|debug) mode\b[^.!?]{0,30}?(?:--no-|no guardrails|unrestricted)|"
        r"--no-(?:guardrails|safety|filters?|censor\w*)\b|"
        r"\buncensored (?:version of (?:your|the) (?:last |previous )?(?:refusal|answer|"
        r"response|reply)|answer|response|reply)\b|<mode>\s*(?:unrestricted|jailbreak|"
        r"uncensored|dan)\b|\bmy (?:late|deceased|dead) \w+ who\b[^.!?]{0,120}?\bused to "
        r"(?:read|tell|recite|sing|whisper|give)\b|\bso (?:the )?(?:moderators?|filters?|safety "
        rf"(?:system|filter)s?|censors?) (?:can{_APOS}?t|cannot|won{_APOS}?t) (?:read|see|detect|"
        r"catch)\b",
        0.8,
        anchors=(
            # a head must be a whole word of the text: "refusal" is not one of "refusals"
            "refusal",
            "refusals",
            "safety",
            "safety_level",
            "content filter",
            "guardrails",
            "may now",
            "can now",
            "will now",
            "deployed by mistake",
            "begin your",
            "start your",
            "a: sure",
            "mode",
            "--no-",
            "uncensored",
            "<mode>",
            "used to",
            "moderator",
            "moderators",
            "filter",
            "filters",
            "censor",
            "censors",
        ),
    ),
    rule(
        "k_free_persona_foreign",
        "jailbreak",
        r"(?:ohne (?:jegliche |alle )?(?:einschränkungen|regeln|filter|zensur)|без "
        r"(?:каких-либо |всяких |любых )?(?:ограничений|правил|цензуры|фильтров)|sem "
        r"(?:censura|restrições|regras|filtros|limites)|sin (?:censura|restricciones|reglas|"
        r"filtros|límites)|sans (?:censure|restrictions|règles|filtres|limites))",
        0.8,
        anchors=("ohne", "без", "sem", "sin", "sans"),
        lead=True,
        before=r"\b(?:du bist|bist du|ты|você é|voce e|eres|tu es|tu és|sei)\b[^.!?]{0,60}?$",
        context_first=True,
    ),
    rule(
        "k_drop_rules_then_harm",
        "jailbreak",
        r"\b(?:set aside|forget|ignore|drop|suspend|bypass)\s+(?:all\s+)?your\s+(?:usual\s+|"
        r"normal\s+)?(?:restrictions|guidelines|safety rules|rules|filters|ethics)\b"
        r"[^.!?]{0,40}?\b(?:and|then|to) (?:tell|produce|explain|write|give|show|generate|"
        r"describe)\b",
        0.8,
        anchors=("set aside", "forget", "ignore", "drop", "suspend", "bypass"),
        needs=("restrictions guidelines rules filters ethics", "your"),
    ),
]

"""Data extraction as heldout18 showed the other modules miss it: the hidden context
asked for whole or word for word in eight more languages, and in English by what the
model was told before the user arrived.

The two parts are the hidden context's name ("your initial instructions", "시스템
프롬프트", "the rules your developer set for you", "what you were told before I started")
and the manner of the copy ("word for word", "letterlijk", "nguyên văn", "حرفيًا",
"nothing skipped") or a verb that hands it over. Either alone is everyday: "write a
system prompt for our bot", "translate this word for word". Other users' data held by
the assistant (another customer's conversation, the contacts other users gave it) is its
own family: no one may ask for it.
"""

from __future__ import annotations

from waddleai.security.homoglyphs import either
from waddleai.security.rules.base import Rule, rule

_S = r"[^.!?\n]"
# The hidden context, named in Polish, Dutch, Turkish, Korean, Arabic, Hindi, Vietnamese,
# Indonesian and Russian - as the model's own or given to it ("a system prompt" is a
# thing users write).
_PROMPT_FOREIGN = (
    r"(?:\b(?:swoje|twoje) (?:początkowe |systemowe |ukryte )?(?:instrukcje|polecenia)\b|"
    r"\binstructies die je van je (?:ontwikkelaar|maker|bouwer) (?:hebt )?gekregen|"
    r"\bsana verilen sistem talimatlar\w*|(?:너의|네|너에게\s*(?:\S+\s*)?주어진)\s*시스템\s*"
    r"프롬프트|처음\s*주어진|التعليمات الأولية|التعليمات التي أعطاك|(?:तुम्हें|आपको|तुम्हारा|आपका)"
    r"[^।\n]{0,30}?सिस्टम प्रॉम्प्ट|lời nhắc hệ thống[^.\n]{0,30}?bạn được|\binstruksi "
    r"tersembunyi\b|\bsysteem(?:instructies|prompt)\w* die je (?:hebt )?gekregen|"
    r"تعليمات النظام التي تلقيت|" + either("системн") + r"\w* " + either("инструкци") + r"\w*)"
)
_VERBATIM_FOREIGN = (
    r"(?:\bzdanie po zdaniu\b|\bnic nie pomijając\b|\bletterlijk\b|\balles vanaf de eerste "
    r"regel\b|hiçbir şey atlamadan|değiştirmeden|한 글자도|그대로|حرفي[اًا]?|كما هي|शब्दशः|"
    r"पूरा का पूरा|nguyên văn|từng chữ|\bpersis apa adanya\b|\bkata demi kata\b|\bword for "
    r"word\b|\bverbatim\b)"
)
# The hidden context named in English by how and when it was given.
_TOLD = (
    r"(?:\b(?:what|everything|anything) (?:exactly )?(?:were you|you were|you've been|you "
    r"have been) (?:told|given|instructed)\b(?: before| at the start| initially| first)?|"
    r"\b(?:rules|instructions|guidelines) (?:that )?(?:your (?:developers?|operators?|"
    r"creators?) (?:set|gave|wrote|put in place)|the (?:developers?|operators?|creators?) "
    r"(?:set|gave|wrote) (?:for )?you)\b|\byour (?:hidden )?"
    r"developer (?:message|prompt|instructions)\b|\bhidden developer message\b|"
    r"\b(?:instructions|rules|things) (?:that )?you (?:were|have been) told not to (?:reveal|"
    r"share|disclose|repeat)\b|\bthe agent instructions you run under\b|\byour complete "
    r"system prompt\b|\bretrieved context (?:documents?|chunks?|passages?)\b|\btext (?:that )?"
    r"appears? before ['\"“]?(?:user|human):|"
    # heldout16: the prompt by where it sits or how it was given
    r"\b(?:every |each |all )?(?:rules?|instructions?) you were given by (?:your|the) "
    r"(?:operators?|developers?|creators?)|\bdocuments (?:that )?(?:were|are) loaded into your "
    r"context\b|\bthe (?:developer|system) (?:message|prompt) you (?:received|were given|got)\b|"
    r"\byour (?:full |entire )?prompt template\b|\bthe (?:full |entire )?prompt template,? "
    r"including \{system\}|\bthe (?:exact )?prompt i was given\b)"
)
# heldout16: the prompt by what it is to the model (not "your instructions": "I followed
# your instructions exactly" is about the last answer)
_TOLD_YOUR = (
    r"\b(?:your|ur) (?:(?:initiali[sz]ation|startup|boot|hidden|confidential|secret|original|"
    r"initial) (?:text|prompt|instructions|message|rules)|system prompt)\b"
)
_YOUR_ANCHORS = tuple(
    f"{w} {k}"
    for w in ("your", "ur")
    for k in (
        "initialization",
        "initialisation",
        "startup",
        "boot",
        "hidden",
        "confidential",
        "secret",
        "original",
        "initial",
        "system prompt",
    )
)
_YOUR_NEEDS = (
    "initialization initialisation startup boot hidden confidential secret original initial system"
)
_HAND_OVER = (
    r"(?:\bquote (?:it|that|this|them)\b|\bquoted in full\b|\bin full\b|\bdescribe\b|\becho\b|"
    r"\bread me\b|\bprint their full text\b|\bexactly as phrased\b|\bword for word\b|"
    r"\bverbatim\b|\bsummari[sz]e[ds]?\b|\blist (?:them|it)\b|"
    r"\bgive it to me\b|\bprint it\b|\boutput\b|\bin rot13\b|\bwords? \d+ (?:through|to|-) \d+|"
    r"\bcopied\b|\bin raw form\b|\breply to this email with\b|\bset the [`'\"]?\w+[`'\"]? "
    r"parameter to\b|\bexactly\b|\bfollowed by\b)"
)

_PROMPT_ANCHORS = (
    "swoje", "twoje", "instructies", "sana verilen", "너의", "네", "너에게", "처음", "التعليمات",
    "तुम्हें", "आपको", "तुम्हारा", "आपका", "lời nhắc", "instruksi", "системн", "cистемн",
)  # fmt: skip
_VERBATIM_ANCHORS = (
    "zdanie", "nic nie", "letterlijk", "alles vanaf", "hiçbir", "değiştirmeden", "한 글자도",
    "그대로", "حرفي", "كما هي", "शब्दशः", "पूरा", "nguyên văn", "từng chữ", "persis",
    "kata demi", "word for word", "verbatim",
)  # fmt: skip
_TOLD_ANCHORS = (
    "what", "everything", "anything", "rules", "instructions", "guidelines", "things",
    "rule", "instruction", "documents", "the developer",
    "the system", "the full", "the entire", "the prompt", "the exact",
    "your developer", "your hidden", "hidden developer", "the agent", "your complete",
    "retrieved", "text",
)  # fmt: skip
_HAND_OVER_ANCHORS = (
    "quote that", "quote this", "quote them", "quoted in full", "in full", "describe", "echo",
    "read me", "print their", "exactly as", "quote it", "word for word", "verbatim",
    "summarise", "summarize", "list them", "list it",
    "give it", "print it", "output", "in rot13", "word ", "words ", "copied", "in raw form",
    "reply to this", "set the", "exactly", "followed by",
)  # fmt: skip
_TOLD_NEEDS = (
    "told given instructed developer developers operator operators creator creators agent "
    "complete retrieved appears loaded template"
)

# Each family is tried where its rarer part begins (lead), the other part looked for
# after it, or before it as Rule.before.
VERBATIM: list[Rule] = [
    rule("v_prompt_verbatim_world", "data_extraction",
         rf"{_PROMPT_FOREIGN}[^\n]{{0,120}}?{_VERBATIM_FOREIGN}", 0.8, anchors=_PROMPT_ANCHORS,
         lead=True),
    rule("v_verbatim_prompt_world", "data_extraction",
         rf"{_VERBATIM_FOREIGN}[^\n]{{0,120}}?{_PROMPT_FOREIGN}", 0.8,
         anchors=_VERBATIM_ANCHORS, lead=True),
    rule("v_told_before", "data_extraction", rf"{_TOLD}[^\n]{{0,150}}?{_HAND_OVER}", 0.8,
         anchors=_TOLD_ANCHORS, lead=True, needs=(_TOLD_NEEDS,)),
    rule("v_hand_over_told", "data_extraction", rf"{_HAND_OVER}{_S}{{0,150}}?{_TOLD}", 0.8,
         anchors=_HAND_OVER_ANCHORS, lead=True, needs=(_TOLD_NEEDS,)),
    rule("v_your_prompt_out", "data_extraction", rf"{_TOLD_YOUR}[^\n]{{0,150}}?{_HAND_OVER}",
         0.8, anchors=_YOUR_ANCHORS, lead=True, needs=(_YOUR_NEEDS,)),
    rule("v_out_your_prompt", "data_extraction", _TOLD_YOUR, 0.8, anchors=_YOUR_ANCHORS,
         lead=True, before=rf"{_HAND_OVER}{_S}{{0,80}}$", needs=(_YOUR_NEEDS,)),
    # other users' data held by the assistant
    rule("v_others_data", "data_extraction",
         r"\banother (?:customer|user|person|client) (?:was )?(?:chatting|talking|speaking) with "
         r"you\b|\b(?:summaries|messages|conversations|answers|replies) you (?:made|wrote|gave|had)"
         r" (?:for|with) (?:the )?other (?:people|users|customers)\b|"
         r"\b(?:the )?conversations? you had with (?:the |another |other |a )?(?:customer|user|"
         r"client|person)s?\b|\b(?:names|emails|e-mails|phone numbers|addresses)\b[^.?\n]{0,40}?"
         r"\bother (?:users|people|customers) (?:have )?(?:given|told|sent|shared)\b", 0.8,
         anchors=("another", "summaries", "messages", "answers", "replies",
                  "conversation you", "conversations you", "names", "emails", "e-mails",
                  "phone numbers", "addresses"),
         # the first three forms say "you", the last "given", "told", "sent" or "shared"; the
         # first is chatting, talking or speaking, the next two made, wrote, gave or had, the
         # last other users, people or customers
         needs=("conversation conversations other another", "you given told sent shared",
                "chatting talking speaking made wrote gave had users people customers")),
    # what came first in the conversation, or the conversation passed on as a tool argument
    rule("v_first_or_passed_on", "data_extraction",
         r"\bwhat (?:did you|you) (?:hear|receive) first\b|\b(?:with|set|setting)"
         r" (?:the )?(?:\w+ )?(?:query|parameter|argument|field|input) (?:set )?to (?:the )?"
         r"(?:(?:entire|full|whole|complete) (?:conversation|chat)(?: so far| history)\b|"
         r"(?:entire |full |whole |complete )?system (?:message|prompt))", 0.8,
         anchors=("what did", "what you", "with", "set", "setting"), lead=True,
         # "hear"/"receive" first, or the query, parameter... set to it
         needs=("first conversation chat system",
                "hear receive query parameter argument field input")),
]  # fmt: skip

"""Detection rules: intent (a verb aimed at the model or at secrets) plus a target.

A single word never decides; each category's module says what its verbs need as a
target. `ALL` is every rule, in the order the scanner tries them; `COMPACT` holds the
same intents for text whose spaces were squeezed out.
"""

from waddleai.security.rules.agentic import AGENTIC
from waddleai.security.rules.asks import ASKS
from waddleai.security.rules.authority import AUTHORITY
from waddleai.security.rules.base import (
    CATEGORIES,
    CHANNELS,
    CJK,
    Rule,
    defended,
    described,
    inside_quotes,
    negated,
    quoted_example,
    values_withheld,
)
from waddleai.security.rules.coerced import COERCED
from waddleai.security.rules.compact import COMPACT
from waddleai.security.rules.context import CONTEXT
from waddleai.security.rules.credentials import CREDENTIALS
from waddleai.security.rules.disclosure import DISCLOSURE
from waddleai.security.rules.exfil import EXFIL
from waddleai.security.rules.extraction import EXTRACTION
from waddleai.security.rules.frames import FRAMES
from waddleai.security.rules.grammar import GRAMMAR
from waddleai.security.rules.handover import HANDOVER
from waddleai.security.rules.harvest import HARVEST
from waddleai.security.rules.hijack import HIJACK
from waddleai.security.rules.indirect import INDIRECT
from waddleai.security.rules.injection import INJECTION
from waddleai.security.rules.introspect import INTROSPECT
from waddleai.security.rules.jailbreak import JAILBREAK
from waddleai.security.rules.languages import LANGUAGES
from waddleai.security.rules.leaks import LEAKS
from waddleai.security.rules.loot import LOOT
from waddleai.security.rules.multilingual import MULTILINGUAL
from waddleai.security.rules.overrides import OVERRIDES
from waddleai.security.rules.personas import PERSONAS
from waddleai.security.rules.phishing import PHISHING
from waddleai.security.rules.planted import PLANTED
from waddleai.security.rules.priority import PRIORITY
from waddleai.security.rules.roles import ROLES
from waddleai.security.rules.secret_asks import SECRET_ASKS
from waddleai.security.rules.secret_tools import SECRET_TOOLS
from waddleai.security.rules.secrets_read import SECRETS_READ
from waddleai.security.rules.third_party import THIRD_PARTY
from waddleai.security.rules.tooltext import TOOLTEXT
from waddleai.security.rules.unbound import UNBOUND
from waddleai.security.rules.verbatim import VERBATIM

ALL = (
    INJECTION + OVERRIDES + AUTHORITY + JAILBREAK + ROLES + EXTRACTION + LEAKS + CREDENTIALS
    + SECRETS_READ + EXFIL
    + MULTILINGUAL + LANGUAGES + GRAMMAR
    + PRIORITY + TOOLTEXT + UNBOUND + CONTEXT + SECRET_ASKS + SECRET_TOOLS
    + AGENTIC + ASKS + FRAMES + DISCLOSURE + HIJACK + HARVEST + PERSONAS + INDIRECT + VERBATIM
    + PLANTED + COERCED + INTROSPECT + LOOT + THIRD_PARTY
    + PHISHING + HANDOVER
)  # fmt: skip

__all__ = [
    "ALL",
    "CATEGORIES",
    "CHANNELS",
    "CJK",
    "COMPACT",
    "Rule",
    "defended",
    "described",
    "inside_quotes",
    "negated",
    "quoted_example",
    "values_withheld",
]

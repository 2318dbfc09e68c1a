"""Credential harvesting by reading secrets out: secret variables ($OPENAI_API_KEY), whole
environments (printenv, os.environ), token commands piped away, secrets in clusters and
vaults, saved browser passwords, "every secret in ...".

credentials.py holds the secret stores (files) and the sending of secrets; these read them.
"""

from __future__ import annotations

from waddleai.security.rules.base import NOT_RECORDS, SHOW, rule

# A secret-looking variable: $OPENAI_API_KEY, GITHUB_TOKEN, os.environ['DB_PASSWORD'].
# One group: its two forms are alternatives of each other, not of the pattern around it
# (ungrouped, the lookaheads after it - "... is set", "| gh auth" - held for the second only).
_SECRET_VAR = (
    r"(?:(?:os\.environ\[['\"]|process\.env\.|os\.getenv\(['\"]|getenv\(['\"]|env\(['\"]|"
    r"\$env:|%|\$\{?)?(?:[a-z0-9]+_)+[a-z0-9_]*?(?:key|secret|token|password|passwd|pat|"
    r"credentials?)\b|(?:\$\{?|%|\$env:)[a-z0-9_]*(?:key|secret|token|password|passwd|pat|"
    r"credentials?)\b)"
)
_TOKEN_CMD = (
    r"(?:gh auth token|gcloud auth (?:application-default )?print-access-token|aws configure "
    r"(?:get|export-credentials)|aws sts get-session-token|az account get-access-token|"
    r"security (?:find-generic-password|find-internet-password|dump-keychain)|vault (?:read|"
    r"kv get)|kubectl get secrets?|heroku auth:token|npm token list|doctl auth token|"
    r"docker-credential-\w+ get|git credential fill)"
)

# Environment dumps and secret variables read out, token commands piped out.
SECRETS_READ = [
    rule(
        "secret_var_read",
        "credential_harvesting",
        r"\b(?:echo|printf|tell me|value of|give me|reveal|show me|what's|what is|whats|dump|paste|"
        r"send|leak|write-host)\b(?!\s+(?:left|done|happening|needed|required|missing|wrong)\b)"
        r"(?:(?!\b(?:where|how|which|whether|if|why|when|whose|name|names|"
        rf"length|exists?|is set|literal)\b)[^.!?\n|;]){{0,30}}?{_SECRET_VAR}"
        r"(?!\s*\|\s*(?:gh|docker|helm|npm|kubectl|az|aws|gcloud|vault|base64 -d|wc)\b)(?!\s+"
        r"(?:is|are)\s+(?:used|set|defined|read|loaded|referenced|missing|empty|required))|"
        r"\b(?:print|console\.log|puts|log|logger\.\w+|logging\.\w+)\s*\(\s*(?:f?['\"][^'\"]{0,20}\{?)?"
        r"(?:os\.environ\[['\"]|os\.environ\.get\(['\"]|process\.env\.|os\.getenv\(['\"]|getenv\(['\"]|"
        r"env\[['\"])(?:[a-z0-9]+_)*[a-z0-9]*(?:key|secret|token|password|passwd|pat|credentials?)\b",
        0.8,
        anchors=(
            "echo",
            "printf",
            "tell me",
            "value of",
            "give me",
            "reveal",
            "show me",
            "what's",
            "what is",
            "whats",
            "dump",
            "paste",
            "send",
            "leak",
            "write-host",
            "print",
            "console.log",
            "puts",
            "log",
            "logger",
            "logging",
        ),  # fmt: skip
        lead=True,
    ),
    rule(
        "env_dump_read",
        "credential_harvesting",
        r"(?:os\.environ|process\.env|env::vars\(\)|system\.getenv\(\)|dict\(os\.environ\)|\$env:|"
        r"get-childitem env:)(?![.\[\w(]|\s*\.get)",
        0.85,
        anchors=(
            "os.environ",
            "process.env",
            "env::vars",
            "system.getenv",
            "dict(os.environ",
            "$env:",
            "get-childitem",
        ),  # fmt: skip
        lead=True,
        before=r"\b(?:print|dump|show|output|display|log|return|echo|list|send|give me|"
        r"json\.stringify|console\.log|pprint|repr|jsonify|serialize|paste|leak|upload|post)\b"
        r"[\s(]*(?:(?:all|the|whole|entire|full)\s+)*(?:of\s+)?$",
        needs=("environ env getenv vars childitem",),
    ),
    rule(
        "run_env_show",
        "credential_harvesting",
        r"\b(?:run|execute|exec)\s+[`'\"]?(?:printenv|env|export -p|set|declare -x|"
        r"get-childitem env:|gci env:)[`'\"]?\s*(?:and|then|,|;)\s*(?:then\s+)?(?:show|print|give|"
        r"paste|send|tell|share|display|output|return|post|upload|copy)\b",
        0.85,
        anchors=("run", "execute", "exec"),
        lead=True,
        needs=("printenv env export set declare childitem gci",),
    ),
    rule(
        "token_cmd_out",
        "credential_harvesting",
        rf"{_TOKEN_CMD}[^\n]{{0,60}}?(?:\|\s*(?:curl|wget|nc|netcat|mail|sendmail|telnet)\b|>\s*"
        r"/dev/tcp|https?://)",
        0.9,
        anchors=(
            "gh auth",
            "gcloud auth",
            "aws configure",
            "aws sts",
            "az account",
            "security ",
            "vault ",
            "kubectl get",
            "heroku auth",
            "npm token",
            "doctl auth",
            "docker-credential",
            "git credential",
        ),  # fmt: skip
        lead=True,
        needs=("curl wget nc netcat mail sendmail telnet dev http https",),
    ),
]

SECRETS_READ += [
    rule(
        "env_with_values",
        "credential_harvesting",
        r"\b(?:every|each|all|all the|all of the|the whole|the full)\s+(?:environment|env|shell)\s+"
        r"(?:variables?|vars?)\b(?!\s+(?:that|which|used|referenced|needed|required|defined|"
        r"declared|expected|listed|named|starting|from|in|of|for))[^.!?]{0,30}\b(?:with|and|"
        r"including|plus|along with)\s+(?:its|their|the|all)\s+(?:current\s+|actual\s+|real\s+)?"
        r"values?\b",
        0.8,
        anchors=("every", "each", "all", "the whole", "the full", "environment", "env"),
        lead=True,
        before=rf"(?:\b{SHOW}\b|\b(?:dump|list|print|show|give|send|output|display)\b)[^.!?]{{0,30}}$",
        needs=("environment env shell", "variable variables vars var"),
    ),
    rule(
        "secrets_to_me",
        "credential_harvesting",
        r"(?:send|email|mail|forward|post|give|dm|message|text)\s+(?:them|it|those|these|"
        r"everything)"
        r"\s+(?:to|at)\s+me\b",
        0.85,
        anchors=("send", "email", "mail", "forward", "post", "give", "dm", "message", "text"),
        lead=True,
        before=r"\b(?:keys?|tokens?|secrets?|credentials|passwords?)\b[^.!?]{0,60}\b(?:and|then)\s+$",
        needs=("key keys token tokens secret secrets credentials password passwords",),
    ),
]

SECRETS_READ += [
    rule(
        "store_secrets",
        "credential_harvesting",
        r"\b(?:print|dump|show|list|get|read|export|decode|reveal|output|give me|fetch|pull|copy)\b"
        r"[^.!?]{0,20}\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?secrets\s+(?:from|in|"
        r"of|on|"
        r"stored in)\s+(?:the\s+|this\s+|our\s+|my\s+)?(?:\w+\s+)?(?:kubernetes|k8s|cluster|vault|"
        r"namespace|aws|secrets manager|key ?vault|gcp|azure|production|prod|server|keychain|"
        r"password manager|1password|bitwarden|lastpass)\b",
        0.85,
        anchors=(
            "print",
            "dump",
            "show",
            "list",
            "get",
            "read",
            "export",
            "decode",
            "reveal",
            "output",
            "give me",
            "fetch",
            "pull",
            "copy",
        ),  # fmt: skip
        lead=True,
        needs=("secrets secret",),
    ),
    # Not in tool text: there it is the echo of a command already run, its values masked.
    rule(
        "kubectl_secrets",
        "credential_harvesting",
        r"\bkubectl get secrets?\b[^\n]{0,40}(?:-o\s*(?:yaml|json|jsonpath)|--all-namespaces|-a\b|"
        r"base64 -d|--decode)",
        0.85,
        channels="user,assistant,system",
        anchors=("kubectl",),
        lead=True,
        needs=("secrets secret",),
    ),
    rule(
        "credentials_you_used",
        "credential_harvesting",
        r"\b(?:print|show|reveal|output|tell me|give me|paste|display|echo|dump|send|share|list)\s+"
        r"(?:me\s+)?(?:the|your|those|these|any)\s+(?:\w+\s+){0,4}?(?:credentials|api keys?|"
        r"access keys?|"
        r"secret keys?|tokens?|passwords?|secrets)\s+(?:that\s+|which\s+)?(?:you|u)\s+(?:just\s+)?"
        r"(?:used|use|have|found|loaded|read|got|are using|were given|saw|see|can see|can access|"
        r"have access to)\b",
        0.85,
        anchors=(
            "print",
            "show",
            "reveal",
            "output",
            "tell me",
            "give me",
            "paste",
            "display",
            "echo",
            "dump",
            "send",
            "share",
            "list",
        ),  # fmt: skip
        lead=True,
        needs=("credentials api key keys access secret tokens token passwords password secrets",),
    ),
]

SECRETS_READ += [
    rule(
        "saved_passwords",
        "credential_harvesting",
        r"\b(?:what|which|list|show|print|dump|export|give me|"
        r"tell me)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?"
        r"(?:\w+\s+)?(?:passwords|credentials|api keys|tokens|secrets|logins|cookies)\s+(?:are|"
        r"were|"
        r"have been|that are|you can see)?\s*(?:saved|stored|cached|kept|remembered)\s+(?:in|on|"
        r"by)\b(?![^.!?\n]{0,80}?(?:names? only|masked|hashed|without (?:the )?values|not the "
        r"values))",
        0.85,
        anchors=("what", "which", "list", "show", "print", "dump", "export", "give me", "tell me"),
        lead=True,
        needs=("saved stored cached kept remembered",),
    ),
    rule(
        "get_secret_tell",
        "credential_harvesting",
        r"\b(?:get|fetch|retrieve|pull|read|look up|grab|find)\s+(?:me\s+)?(?:the|my|our|your)\s+"
        r"(?:\w+\s+){0,2}?(?:password|passwd|credentials|api key|token|secret|private key)\b"
        r"[^.!?]{0,60}\b(?:tell me|show me|give (?:it|them) to me|print it|paste it|say it|"
        # "send it in the Authorization header": how a client uses its own key
        r"send it(?! (?:in|as|with|via) (?:the |an? )?(?:\w+ )?(?:header|request|bearer|call)|"
        r" to (?:the|our) (?:\w+ )?(?:api|endpoint|backend)\b)|"
        r"what it is|read it (?:to|out))",
        0.85,
        anchors=("get", "fetch", "retrieve", "pull", "read", "look up", "grab", "find"),
        lead=True,
        needs=("password passwd credentials key token secret",),
    ),
    rule(
        "every_secret",
        "credential_harvesting",
        r"\b(?:every|each|all)\s+(?:single\s+)?(?:secret|password|credential|api key|access token|"
        r"private key|token)s?\b(?!(?:['’]s?)?\s+(?:scanning|scanner|manager|polic(?:y|ies)|"
        rf"detection|format|field|type|length|hash)){NOT_RECORDS}[^.!?]{{0,40}}"
        r"\b(?:in|from|of|on)\b",
        0.8,
        anchors=("every", "each", "all"),
        lead=True,
        before=rf"\b(?:{SHOW}|give|send|grab|collect|dump)\b[^.!?]{{0,20}}$",
        needs=("secret secrets password passwords credential credentials key keys token tokens",),
    ),
]

SECRETS_READ += [
    rule(
        "env_grep_secrets",
        "credential_harvesting",
        r"\b(?:printenv|env|set|export -p|declare -x)\s*\|\s*(?:grep|egrep|rg|"
        # a count (-c), an exit status (-q), a file name (-l) or the other lines (-v) print
        # no secret's value
        r"findstr)\s+(?:(?:-(?![a-z]*[cqlv])[a-z0-9]+|--(?!count\b|quiet\b|silent\b|files-with|"
        r"invert)"
        r"[\w-]+(?:=\S+)?)\s+)*"
        r"['\"]?\^?(?:[\w|]*?)(?:key|token|secret|pass|password|api|aws|credential|auth|pat)\b"
        # nor do the matches counted (| wc -l), cut to their names (| cut -d= -f1) or dropped
        r"(?![\w|.*^$-]*['\"]?\s*(?:\|\s*(?:wc\b|cut\b[^|\n]{0,20}-f\s*1\b|awk\b[^|\n]{0,20}"
        r"print \$1\b|sed\b[^|\n]{0,10}s/=)|&?>\s*/dev/null))",
        0.8,
        anchors=("printenv", "env", "set", "export", "declare"),
        lead=True,
        needs=("grep egrep rg findstr",),
    ),
]

SECRETS_READ.append(
    rule(
        "value_of_every_env",
        "credential_harvesting",
        r"\b(?:values?|contents)\s+of\s+(?:every|each|all(?: the)?|all of the)\s+(?:environment|"
        r"env)\s+"
        r"(?:variables?|vars?)\b",
        0.8,
        anchors=("value", "values", "contents"),
        lead=True,
        needs=("environment env",),
    )
)

SECRETS_READ += [
    rule(
        "key_for_account",
        "credential_harvesting",
        r"\b(?:show|print|give|send|paste|tell|reveal|display|output|dump|cat)\s+(?:me\s+)?(?:the|"
        r"our|my|"
        r"his|her|their)\s+(?:\w+\s+)?(?:private (?:ssh )?keys?|ssh private keys?|"
        r"private ssh keys?|"
        r"secret keys?|access tokens?|passwords?|credentials)\s+(?:for|of)\s+(?:the\s+)?(?:\w+\s+)?"
        r"(?:user|account|server|service|deploy\w*|admin|root|prod\w*|database|db|bot|app)\b",
        0.75,
        anchors=(
            "show",
            "print",
            "give",
            "send",
            "paste",
            "tell",
            "reveal",
            "display",
            "output",
            "dump",
            "cat",
        ),  # fmt: skip
        lead=True,
        needs=("private secret access passwords password credentials key keys token tokens",),
    ),
    rule(
        "what_secrets_set",
        "credential_harvesting",
        r"\bwhat\s+(?:api keys?|tokens?|secrets?|credentials|passwords?|env(?:ironment)? "
        r"var(?:iable)?s)\s+(?:are|is)\s+(?:set|defined|available|stored|configured|present|loaded|"
        r"exported)\s+(?:in|on)\s+(?:this|the|your)\s+(?:environment|machine|server|shell|"
        r"container|"
        r"system|box|host|process|session)\b",
        0.8,
        anchors=("what",),
        lead=True,
        needs=("environment machine server shell container system box host process session",),
    ),
]
